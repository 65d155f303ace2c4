// The article's text with what was found in it marked at its character offsets. Spans overlap
// (a speaker inside a content, a mention inside a speaker), so the text is cut at every span's
// begin and end; each piece is marked with the kinds of every span covering it and links to the
// most specific of them (the shortest).
import { el, href } from './view.js';

function targetHref(s) {
  if (s.kind === 'mention' || s.kind === 'source') return s.label ? href({ actor: s.label }) : null;
  if (s.kind === 'cue' || s.kind === 'content') return s.target ? href({ claim: s.target }) : null;
  if (s.kind === 'quantity') return s.label ? href({ measure: s.label, place: s.place || 'Gaza Strip' }) : null;
  if (s.kind === 'development') return href({ negotiation: '' });
  return null;
}

/** spans: rows of article-spans ({kind, spans: "b-e b-e", text, label, place, target}). */
export function highlight(text, rows) {
  const spans = rows.flatMap(r => r.spans.split(' ').map(be => {
    const [b, e] = be.split('-').map(Number);
    return { ...r, begin: b, end: e };
  })).filter(s => s.begin >= 0 && s.end <= text.length && s.begin < s.end);
  const cuts = [...new Set([0, text.length, ...spans.flatMap(s => [s.begin, s.end])])].sort((a, b) => a - b);
  const out = el('div', { class: 'article-text', lang: 'en' });
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [b, e] = [cuts[i], cuts[i + 1]];
    const piece = text.slice(b, e);
    const over = spans.filter(s => s.begin <= b && s.end >= e);
    if (over.length === 0) { out.append(piece); continue; }
    const best = over.reduce((x, y) => (y.end - y.begin < x.end - x.begin ? y : x));
    const kinds = [...new Set(over.map(s => s.kind))];
    const title = over.map(s => `${s.kind}: ${s.label || s.text}`).join('; ');
    const link = targetHref(best);
    out.append(el(link ? 'a' : 'span', { href: link, class: `hl ${kinds.map(k => 'hl-' + k).join(' ')}`, title,
      dataBegin: b, dataEnd: e, dataKinds: kinds.join(' ') }, piece));
  }
  const legend = el('p', { class: 'legend' }, ...['source', 'cue', 'content', 'mention', 'quantity', 'development']
      .map(k => el('span', { class: `key hl hl-${k}` }, k === 'mention' ? 'actor or place' : k)));
  return el('div', {}, legend, out);
}
