package org.claimgraph.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.claimgraph.domain.Article;
import org.claimgraph.eval.AttributionGold;
import org.claimgraph.eval.AttributionScorer;
import org.claimgraph.eval.ClusterGold;
import org.claimgraph.eval.ClusterScorer;
import org.claimgraph.eval.EntityGold;
import org.claimgraph.eval.EntityScore;
import org.claimgraph.eval.EntityScorer;
import org.claimgraph.eval.EventGold;
import org.claimgraph.eval.EventScorer;
import org.claimgraph.eval.RealNewsCorpus;
import org.claimgraph.export.ExtractJson;
import org.claimgraph.export.StoreExporter;
import org.claimgraph.ingest.Inputs;
import org.claimgraph.ingest.ReadResult;
import org.claimgraph.nlp.NlpModels;
import org.claimgraph.pipeline.Ingester;
import org.claimgraph.pipeline.Pipeline;
import org.claimgraph.rdf.ReferenceData;
import org.claimgraph.store.Store;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.jena.tdb2.TDB2Factory;
import java.util.ArrayList;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "score", mixinStandardHelpOptions = true,
        header = "Score extraction against gold annotations or the real-news corpus.",
        description = {"Score extraction against gold annotations. `score entities GOLD...` compares the actors and",
                "places found in each gold file's article (precision, recall, F1 by canonical entity, and the",
                "share of correct Wikidata links); `score attributions GOLD...` the attributions (found, and",
                "found with the right source); `score events GOLD...` the quantities and developments;",
                "`score claims GOLD` ingests the gold's articles into an in-memory store and scores the claim",
                "clusters (pairwise precision and recall) and dispute links. Gold files name their article (\"article\", \"url\");",
                "--article gives it for a gold file that does not (e.g. shared/gold/seed.json)."})
final class ScoreCommand implements Callable<Integer> {

    private final Io io;

    @Parameters(index = "0", paramLabel = "WHAT", description = "What to score: entities, attributions, events or claims.")
    String what;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "GOLD", description = "Gold files or folders of them.")
    List<Path> gold;

    @Option(names = "--article", paramLabel = "FILE", description = "The article of a gold file that does not name it.")
    Path article;

    @Option(names = "--split", paramLabel = "SPLIT", defaultValue = "dev",
            description = "For a real-news corpus folder (one with manifest.jsonl): dev, test or all (default: dev).")
    String split;

    @Option(names = "--details", description = "Per article: the entities missed, the spurious ones and wrong links.")
    boolean details;

    ScoreCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws IOException {
        if (!List.of("entities", "attributions", "events", "claims").contains(what)) {
            io.err().println("score what? `entities`, `attributions`, `events` or `claims`");
            return ExitCodes.USAGE;
        }
        if (what.equals("claims")) {
            return scoreClaims();
        }
        List<Case> cases = cases();
        if (cases == null) {
            return ExitCodes.PARTIAL;
        }
        ReferenceData reference = ReferenceData.load();
        Pipeline pipeline = Pipeline.standard(NlpModels.loadEnglish(), reference);
        ExtractJson extract = new ExtractJson(reference);
        EntityScore actors = EntityScore.ZERO;
        EntityScore places = EntityScore.ZERO;
        AttributionScorer.Score attributions = AttributionScorer.Score.ZERO;
        EventScorer.Score events = EventScorer.Score.ZERO;
        int articles = 0;
        boolean entities = what.equals("entities");
        boolean eventsWanted = what.equals("events");
        for (Case scored : cases) {
            Path file = Path.of(scored.label());
            EntityGold entityGold = scored.entities();
            AttributionGold attributionGold = scored.attributions();
            EventGold eventGold = scored.events();
            ObjectNode result = extract.toJson(pipeline.process(scored.article()));
            articles++;
            if (entities) {
                EntityScorer.Both both = EntityScorer.compare(entityGold.actors(), entityGold.locations(), result.get("actors"),
                        result.get("locations"));
                EntityScorer.Comparison ca = both.actors();
                EntityScorer.Comparison cl = both.places();
                actors = actors.plus(ca.score());
                places = places.plus(cl.score());
                if (details) {
                    io.out().println("# " + file.getFileName() + "  actors " + ca.score().row() + "  locations " + cl.score().row());
                    print("missed actors", ca.missed());
                    print("spurious actors", ca.spurious());
                    print("wrong actor links", ca.wrongQid());
                    print("missed locations", cl.missed());
                    print("spurious locations", cl.spurious());
                    print("wrong location links", cl.wrongQid());
                }
            } else if (eventsWanted) {
                EventScorer.Comparison c = EventScorer.compare(eventGold, result);
                events = events.plus(c.score());
                if (details) {
                    io.out().println("# " + file.getFileName());
                    print("missed", c.missed());
                    print("wrong", c.wrong());
                    print("spurious", c.spurious());
                }
            } else {
                AttributionScorer.Comparison c = AttributionScorer.compare(attributionGold.attributions(), result);
                attributions = attributions.plus(c.score());
                if (details) {
                    io.out().println("# " + file.getFileName());
                    print("missed", c.missed());
                    print("wrong source", c.wrongSource());
                    print("spurious", c.spurious());
                }
            }
        }
        if (what.equals("entities")) {
            io.out().println("kind\tgold\tsystem\tmatched\tprecision\trecall\tf1\twikidata_accuracy");
            io.out().println("actors\t" + actors.row());
            io.out().println("locations\t" + places.row());
            io.out().println("all\t" + actors.plus(places).row());
        } else if (what.equals("events")) {
            io.out().println(events.report());
        } else {
            io.out().println(attributions.report());
        }
        io.out().println("articles\t" + articles);
        io.out().flush();
        return ExitCodes.OK;
    }

    /**
     * Clusters and disputes need every article at once: the gold's articles go into an in-memory
     * store (claims are traced as in any ingest), then each gold member is found among the
     * store's attributions.
     */
    private int scoreClaims() throws IOException {
        ReferenceData reference = ReferenceData.load();
        NlpModels models = NlpModels.loadEnglish();
        for (Path p : gold) {
            if (Files.isDirectory(p) && RealNewsCorpus.isCorpus(p)) {
                RealNewsCorpus corpus = RealNewsCorpus.open(p);
                Map<String, Optional<Article>> articles = new HashMap<>();
                Map<String, AttributionGold> goldAttributions = new HashMap<>();
                Map<String, String> texts = new HashMap<>();
                Set<String> paths = new LinkedHashSet<>();
                List<RealNewsCorpus.Entry> entries = corpus.entries(split);
                try {
                    for (RealNewsCorpus.Entry e : entries) {
                        Article a = corpus.article(e);
                        articles.put(e.id(), Optional.of(a));
                        texts.put(e.id(), a.text());
                        goldAttributions.put(e.id(), corpus.gold(e, a.text()).attributions());
                        paths.add(corpus.file(e).toString());
                    }
                } catch (IOException e) {
                    io.err().println(e.getMessage());
                    return ExitCodes.PARTIAL;
                }
                scoreClusters(corpus.claims(entries, texts), articles, goldAttributions, paths, models, reference);
                io.out().println("articles\t" + entries.size());
                continue;
            }
            for (Path file : goldFiles(List.of(p))) {
                ClusterGold clusterGold = ClusterGold.read(file);
                Map<String, Optional<Article>> articles = new HashMap<>();
                Map<String, AttributionGold> goldAttributions = new HashMap<>();
                Set<String> paths = new LinkedHashSet<>();
                for (String goldFile : goldFilesOf(clusterGold)) {
                    AttributionGold g = AttributionGold.read(Path.of(goldFile));
                    goldAttributions.put(goldFile, g);
                    articles.put(goldFile, findArticle(Path.of(goldFile), g.article(), g.url()));
                    g.article().ifPresent(paths::add);
                }
                scoreClusters(clusterGold, articles, goldAttributions, paths, models, reference);
            }
        }
        io.out().flush();
        return ExitCodes.OK;
    }

    /** Ingests {@code paths} into an in-memory store and scores its clusters, disputes and supports against {@code gold}. */
    private void scoreClusters(ClusterGold gold, Map<String, Optional<Article>> articles, Map<String, AttributionGold> goldAttributions,
            Set<String> paths, NlpModels models, ReferenceData reference) {
        Store store = Store.over(TDB2Factory.createDataset().asDatasetGraph());
        Ingester.builder().store(store).pipelines(() -> Pipeline.standard(models, reference)).reference(reference)
                .build().ingest(Inputs.of(List.copyOf(paths), io.in()));
        List<JsonNode> attributions = new ArrayList<>(new StoreExporter(store.dataset()).table(StoreExporter.Table.attributions));
        Map<String, JsonNode> clusters = new HashMap<>();
        new StoreExporter(store.dataset()).table(StoreExporter.Table.claims).forEach(c -> clusters.put(c.get("iri").asText(), c));
        ClusterScorer.MemberFinder finder = ClusterScorer.finder(attributions,
                goldFile -> articles.getOrDefault(goldFile, Optional.empty()).map(a -> new String[] {a.id(), a.text()}),
                m -> goldAttributions.get(m.goldFile()).attributions().stream()
                        .filter(g -> g.sentenceHint().equals(m.sentenceHint()) && g.source().equals(m.source())
                                && m.cue().map(cue -> cue.equals(g.cue())).orElse(true))
                        .map(g -> g.content().orElse("")).reduce((x, y) -> x + " " + y));
        ClusterScorer.Score score = ClusterScorer.score(gold, finder, clusters);
        io.out().println(score.report());
        // the gold read as exhaustive: every other gold attribution of its articles is a claim of its own,
        // so a system cluster that joins it to anything counts against precision
        ClusterScorer.Score all = ClusterScorer.score(gold.withSingletons(singletons(gold, goldAttributions)), finder, clusters);
        io.out().println(String.format(Locale.ROOT, "cluster_pairs_all\t%d\t%d\t%d\t%.3f\t%.3f", all.goldPairs(), all.systemPairs(),
                all.rightPairs(), all.systemPairs() == 0 ? 1.0 : (double) all.rightPairs() / all.systemPairs(),
                all.goldPairs() == 0 ? 1.0 : (double) all.rightPairs() / all.goldPairs()));
        if (details) {
            all.wrongPairs().forEach(w -> io.out().println("  wrong pair: " + w));
            score.missedDisputes().forEach(m -> io.out().println("  missed dispute: " + m));
            score.missedSupports().forEach(m -> io.out().println("  missed support: " + m));
            score.splitClusters().forEach(m -> io.out().println("  " + m));
        }
    }

    /** The gold attributions of the gold's articles that no gold cluster names, as members. */
    private static List<ClusterGold.Member> singletons(ClusterGold gold, Map<String, AttributionGold> goldAttributions) {
        List<ClusterGold.Member> out = new ArrayList<>();
        goldAttributions.forEach((file, g) -> g.attributions().forEach(a -> {
            boolean listed = gold.clusters().stream().flatMap(c -> c.members().stream()).anyMatch(m -> m.goldFile().equals(file)
                    && m.sentenceHint().equals(a.sentenceHint()) && m.source().equals(a.source())
                    && m.cue().map(cue -> cue.equals(a.cue())).orElse(true));
            if (!listed) {
                out.add(new ClusterGold.Member(file, a.sentenceHint(), a.source(), Optional.of(a.cue())));
            }
        }));
        return out;
    }

    private static Set<String> goldFilesOf(ClusterGold gold) {
        Set<String> files = new LinkedHashSet<>();
        gold.clusters().forEach(c -> c.members().forEach(m -> files.add(m.goldFile())));
        gold.disputes().forEach(d -> files.add(d.member().goldFile()));
        gold.supports().forEach(d -> files.add(d.member().goldFile()));
        return files;
    }

    private void print(String label, List<String> items) {
        if (!items.isEmpty()) {
            io.out().println("  " + label + ": " + String.join(" | ", items));
        }
    }

    private List<Path> goldFiles() throws IOException {
        return goldFiles(gold);
    }

    private static List<Path> goldFiles(List<Path> paths) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    s.filter(f -> f.toString().endsWith(".json")).sorted().forEach(files::add);
                }
            } else {
                files.add(p);
            }
        }
        return files;
    }

    /** One article with its gold. */
    private record Case(String label, Article article, EntityGold entities, AttributionGold attributions, EventGold events) {
    }

    /**
     * The articles to score with their gold: the annotated articles of a real-news corpus folder
     * (one with a manifest.jsonl) in the chosen split, and each gold file's article. Null, after
     * saying why, when an article cannot be read.
     */
    private List<Case> cases() throws IOException {
        List<Case> out = new ArrayList<>();
        for (Path p : gold) {
            if (Files.isDirectory(p) && RealNewsCorpus.isCorpus(p)) {
                try {
                    RealNewsCorpus corpus = RealNewsCorpus.open(p);
                    for (RealNewsCorpus.Entry e : corpus.entries(split)) {
                        Article article = corpus.article(e);
                        RealNewsCorpus.Gold g = corpus.gold(e, article.text());
                        out.add(new Case(e.id(), article, g.entities(), g.attributions(), g.events()));
                    }
                } catch (IOException e) {
                    io.err().println(e.getMessage());
                    return null;
                }
                continue;
            }
            for (Path file : goldFiles(List.of(p))) {
                EntityGold entityGold = what.equals("entities") ? EntityGold.read(file) : null;
                AttributionGold attributionGold = what.equals("attributions") ? AttributionGold.read(file) : null;
                EventGold eventGold = what.equals("events") ? EventGold.read(file) : null;
                Optional<Article> a = entityGold != null ? findArticle(file, entityGold.article(), entityGold.url())
                        : eventGold != null ? findArticle(file, eventGold.article(), eventGold.url())
                        : findArticle(file, attributionGold.article(), attributionGold.url());
                if (a.isEmpty()) {
                    return null;
                }
                out.add(new Case(file.toString(), a.get(), entityGold, attributionGold, eventGold));
            }
        }
        return out;
    }

    /** The article a gold file is about: --article, or its "article" path, picked by "url" within JSON Lines. */
    private Optional<Article> findArticle(Path goldFile, Optional<String> goldArticle, Optional<String> url) {
        Path path = article != null ? article : goldArticle.map(Path::of).orElse(null);
        if (path == null) {
            io.err().println(goldFile + " does not name its article: give --article FILE");
            return Optional.empty();
        }
        List<Article> found = new ArrayList<>();
        Inputs.of(List.of(path.toString()), new ByteArrayInputStream(new byte[0])).read(r -> {
            if (r instanceof ReadResult.Read read
                    && (url.isEmpty() || url.equals(read.article().metadata().url()))) {
                found.add(read.article());
            }
        });
        if (found.size() != 1) {
            io.err().println(goldFile + ": expected one article in " + path + (url.map(u -> " with url " + u).orElse(""))
                    + ", found " + found.size());
            return Optional.empty();
        }
        return Optional.of(found.get(0));
    }
}
