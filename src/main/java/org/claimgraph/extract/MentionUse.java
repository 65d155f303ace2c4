package org.claimgraph.extract;

import java.util.ArrayList;
import java.util.List;
import org.claimgraph.domain.AnnotatedArticle;
import org.claimgraph.domain.EntityType;
import org.claimgraph.domain.Mention;
import org.claimgraph.domain.Sentence;
import org.claimgraph.domain.Token;

/**
 * Decides whether a country is spoken of as a place or as an actor. "in Qatar", "near Israel"
 * and "from Qatar" (after a thing) are places; "Qatar said", "Qatari mediators" and
 * "negotiators from Israel" are actors; "from Israel and the United States" passes the first
 * one's use to the second. Entities that are only actors or only places keep their kind.
 */
final class MentionUse {

    private final NameCues cues;

    MentionUse(NameCues cues) {
        this.cues = cues;
    }

    List<Mention> decide(AnnotatedArticle article, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            EntityType.Kind use = m.entity().isActor() && m.entity().isPlace()
                    ? useOfCountry(article, m, out)
                    : m.entity().defaultUse();
            out.add(new Mention(m.span(), m.text(), m.entity(), m.sentence(), m.confidence(), m.how(), use));
        }
        return out;
    }

    private EntityType.Kind useOfCountry(AnnotatedArticle article, Mention m, List<Mention> earlier) {
        if (m.how() == Mention.MatchKind.DEMONYM || m.sentence() < 0) {
            return EntityType.Kind.ACTOR;
        }
        Sentence s = article.sentences().get(m.sentence());
        List<Token> tokens = s.tokens();
        int k = TokenIndex.first(s, m.span()) - 1;
        if (k >= 0 && tokens.get(k).text().equalsIgnoreCase("the")) {
            k--;
        }
        if (k < 0) {
            return EntityType.Kind.ACTOR;
        }
        String before = tokens.get(k).text();
        if (cues.is("locative", before)) {
            return EntityType.Kind.PLACE;
        }
        if (before.equalsIgnoreCase("from")) {
            return k > 0 && cues.is("people-nouns", tokens.get(k - 1).text()) ? EntityType.Kind.ACTOR : EntityType.Kind.PLACE;
        }
        if ((before.equalsIgnoreCase("and") || before.equalsIgnoreCase("or") || before.equals(",")) && !earlier.isEmpty()) {
            Mention previous = earlier.get(earlier.size() - 1);
            boolean adjacent = previous.sentence() == m.sentence() && k > 0
                    && tokens.get(k - 1).span().end() >= previous.span().end()
                    && tokens.get(k - 1).span().begin() <= previous.span().end();
            if (adjacent && previous.entity().isPlace() && previous.entity().isActor()) {
                return previous.use();
            }
        }
        return EntityType.Kind.ACTOR;
    }
}
