// The explorer's pages, chosen by the address's parameters: ?q= search, ?claim=, ?article=,
// ?actor=, ?measure=&place= (a figure), ?negotiation=; none: the start page.
import { actorLink, articleLink, articleOf, claimLink, day, el, expectViews, href, pageDone, table, view } from './view.js';
import { pathChart, seriesChart } from './charts.js';
import { highlight } from './highlight.js';

const main = document.getElementById('main');
const p = new URLSearchParams(location.search);
const iri = v => `<${v}>`;
const number = v => (v === undefined || v === '' ? '' : Number(v).toLocaleString('en'));

function page(title, ...intro) {
  document.title = `${title} — claimgraph explorer`;
  main.append(el('h1', {}, title), ...intro);
}

async function search(q) {
  document.getElementById('q').value = q;
  page(`Claims matching “${q}”`, el('p', { class: 'lead' }, 'Each claim once, however many outlets carried it, best match first.'));
  expectViews(1);
  const rows = await view(main, {
    title: 'Claims', query: 'claim-search', params: { q },
    empty: 'No claim has these words. Try fewer or other words, a word stem with * (negotiat*), or a phrase in quotes.',
    render: (rows, body) => body.append(el('ol', { class: 'results' }, rows.map(r => el('li', { class: 'result', dataCluster: r.cluster },
        el('p', { class: 'claim-text' }, claimLink(r.cluster, r.claim)),
        el('p', { class: 'meta' }, r.speakers ? ['said by ', ...r.speakers.split('; ').flatMap((s, i) => (i ? ['; ', actorLink(s)] : [actorLink(s)]))] : 'speaker not named',
            ' · first seen ', day(r.first_seen) || 'undated',
            ' · ', el('span', { class: 'count' }, `${r.articles} article${r.articles === '1' ? '' : 's'}`),
            ` · ${r.outlets} outlet${r.outlets === '1' ? '' : 's'}, ${r.independent_outlets} independent`),
        el('meter', { min: 0, max: 10, value: Math.min(10, Number(r.outlets)), 'aria-label': `${r.outlets} outlets` }))))),
  });
  return `${rows.length} claim${rows.length === 1 ? '' : 's'} match “${q}”.`;
}

async function start() {
  expectViews(1);
  page('Trace who said what', el('p', { class: 'lead' },
      'Search the words of a claim above, or start from the claims the most outlets carried, a negotiation or a figure.'));
  await view(main, {
    title: 'Claims carried most widely', query: 'independent-sources',
    keep: r => Number(r.articles) > 1,
    render: (rows, body) => body.append(table(rows.slice(0, 25), [
      ['Claim', r => claimLink(r.cluster, r.claim)], ['Articles', r => r.articles], ['Outlets', r => r.outlets],
      ['Independent outlets', r => r.independent_outlets]])),
  });
}

async function claim(cluster) {
  expectViews(2);
  page('A claim across the outlets');
  const head = el('div', { class: 'claim-head' });
  main.append(head);
  await view(main, {
    title: 'Where it appeared', query: 'claim-articles', params: { cluster: iri(cluster) },
    empty: 'No article carries this claim: the address may be from another store. Search for its words instead.',
    render: (rows, body) => {
      const dated = rows.filter(r => r.published);
      const first = dated[0];
      head.append(el('blockquote', { class: 'representative' }, rows[0].claim),
          first ? el('p', { class: 'first-reported' }, 'First reported ', el('strong', {}, day(first.published)), ' by ',
              el('strong', {}, first.publisher || 'an unnamed outlet'), first.speaker ? [', attributed to ', actorLink(first.speaker)] : '') : '');
      body.append(el('p', { class: 'legend' }, el('span', { class: 'key mode-direct' }, 'direct quote'), el('span', { class: 'key mode-indirect' }, 'indirect'),
          el('span', { class: 'key mode-mixed' }, 'mixed'), el('span', { class: 'key copy' }, 'syndicated copy'), el('span', { class: 'key first' }, 'first')));
      if (dated.length) body.append(pathChart(dated.map(r => ({ date: r.published, outlet: r.publisher, mode: r.mode, article: r.article,
        copyOf: r.syndicates, href: href({ article: r.article }),
        label: `${day(r.published)} ${r.publisher || ''}: ${r.speaker || 'unnamed'} (${r.mode}) — ${r.wording}` }))));
      body.append(table(rows, [
        ['Published', r => day(r.published) || 'undated'], ['Outlet', r => articleLink(r.article, r.publisher || 'article')],
        ['Speaker', r => actorLink(r.speaker)], ['Mode', r => el('span', { class: `badge mode-${r.mode}` }, r.mode)],
        ['Wording', r => [r.wording, r.syndicates ? el('span', { class: 'badge copy', title: r.syndicates }, 'syndicated copy') : '']]],
        'Each wording, oldest first'));
    },
  });
  await view(main, {
    title: 'Disputes and support', query: 'claim-responses', params: { cluster: iri(cluster) },
    empty: 'Nobody in the store disputes or supports this claim, and it answers no other.',
    render: (rows, body) => body.append(el('ul', { class: 'responses' }, rows.map(r => el('li', { class: `response ${r.relation.replace(' ', '-')}` },
        el('span', { class: 'relation' }, r.relation), ' ', actorLink(r.speaker) || 'an unnamed source', ', ', day(r.published) || 'undated',
        r.publisher ? ` (${r.publisher})` : '', ': “', articleLink(r.article, r.wording), '” — ',
        claimLink(r.other_cluster, r.relation.endsWith('by') ? 'their claim' : `the claim: ${r.other_claim}`))))),
  });
}

async function article(articleIri) {
  expectViews(2);
  page('An article and what was found in it');
  const rows = await view(main, {
    title: 'The article', query: 'article-details', params: { article: iri(articleIri) },
    empty: 'No such article in this store.',
    render: (rows, body) => {
      const a = rows[0];
      body.append(el('h3', {}, a.title || '(no headline)'),
          el('dl', { class: 'metadata' },
              el('dt', {}, 'Published'), el('dd', {}, a.published || 'not given'), el('dt', {}, 'Outlet'), el('dd', {}, a.publisher || 'not given'),
              el('dt', {}, 'Address'), el('dd', {}, a.url ? el('a', { href: a.url, rel: 'noopener nofollow' }, a.url) : 'not given'),
              el('dt', {}, 'Stored by'), el('dd', {}, `run ${a.run || '?'}`, a.run_started ? `, started ${a.run_started}` : '', a.software ? `, claimgraph ${a.software}` : ''),
              ...rows.filter(r => r.syndicates).map(r => [el('dt', {}, 'Syndicated copy of'), el('dd', {}, articleLink(r.syndicates, r.syndicates))]),
              ...rows.filter(r => r.syndicated_by).map(r => [el('dt', {}, 'Copied by'), el('dd', {}, articleLink(r.syndicated_by, r.syndicated_by))])));
    },
  });
  const text = rows[0]?.text;
  const holder = el('div', { class: 'article-text-holder' });
  main.append(holder);
  if (text === undefined) return;
  await view(main, {
    title: 'What was found', query: 'article-spans', params: { article: iri(articleIri) },
    empty: 'Nothing was found in this article.',
    render: (spans, body) => {
      holder.append(highlight(text, spans));
      body.append(el('details', {}, el('summary', {}, `All ${spans.length} findings as a table`),
          table(spans, [['Kind', r => r.kind], ['Where', r => r.spans], ['Words', r => r.text], ['Label', r => r.label || ''], ['Place', r => r.place || '']])));
    },
  });
}

/** Rows that differ only in their entity IRI, once each, with how many there were. */
function distinct(rows) {
  const seen = new Map();
  for (const r of rows) {
    const key = JSON.stringify([r.kind, r.wikidata, r.geonames, r.other_names, r.part_of]);
    seen.set(key, { r: seen.get(key)?.r ?? r, n: (seen.get(key)?.n ?? 0) + 1 });
  }
  return [...seen.values()];
}

async function actor(name) {
  expectViews(4);
  page(name);
  await view(main, {
    title: 'Who or what it is', query: 'actor-profile', params: { name },
    empty: `No actor or place has the label “${name}”. Labels are English names, as in the gazetteer.`,
    // an unnamed source is a node per article: the same description once, with how many articles give it
    render: (rows, body) => body.append(...distinct(rows).map(({ r, n }) => el('dl', { class: 'metadata' },
        r.kind === 'AnonymousSource' ? [el('dt', {}, 'Unnamed source'), el('dd', {}, `described so in ${n} article${n === 1 ? '' : 's'}; each article's source is its own`)] : '',
        el('dt', {}, 'Kind'), el('dd', {}, r.kind || ''),
        el('dt', {}, 'Wikidata'), el('dd', {}, r.wikidata ? el('a', { class: 'wikidata', href: `https://www.wikidata.org/wiki/${r.wikidata}`, rel: 'noopener' }, r.wikidata) : 'not linked'),
        el('dt', {}, 'GeoNames'), el('dd', {}, r.geonames ? el('a', { class: 'geonames', href: `https://www.geonames.org/${r.geonames}`, rel: 'noopener' }, r.geonames) : 'not linked'),
        r.other_names ? [el('dt', {}, 'Also called'), el('dd', {}, r.other_names)] : '',
        r.part_of ? [el('dt', {}, 'Belongs to'), el('dd', {}, ...r.part_of.split('; ').flatMap((s, i) => (i ? ['; ', actorLink(s)] : [actorLink(s)])))] : ''))),
  });
  const overTime = el('div', { class: 'over-time' });
  main.append(el('h2', {}, 'Over time'), overTime);
  const lanes = [];
  const by = await view(main, {
    title: `What ${name} says`, query: 'claims-by-actor', params: { name },
    empty: `No claim is attributed to ${name}. The articles may name it otherwise: search for the words of its claims above.`,
    render: (rows, body) => body.append(table(rows, [['Published', r => day(r.published)], ['Outlet', r => articleLink(articleOf(r.attribution), r.publisher)],
      ['Cue', r => r.cue], ['Mode', r => el('span', { class: `badge mode-${r.mode}` }, r.mode)], ['Claim', r => r.claim]])),
  });
  lanes.push(...by.filter(r => r.published).map(r => ({ date: r.published, outlet: `says (${by.length})`, mode: r.mode, article: r.attribution,
    href: href({ article: articleOf(r.attribution) }), label: `${day(r.published)} ${r.publisher}: ${r.claim}` })));
  const about = await view(main, {
    title: `What is said about ${name}`, query: 'claims-about-actor', params: { name },
    empty: `No claim is about ${name}. Try a wider name it belongs to (see “Belongs to” above), or search for the words of a claim.`,
    render: (rows, body) => body.append(table(rows, [['Published', r => day(r.published)], ['Outlet', r => articleLink(articleOf(r.attribution), r.publisher)],
      ['Speaker', r => actorLink(r.speaker)], ['Stance', r => r.stance], ['Claim', r => r.claim]])),
  });
  lanes.push(...about.filter(r => r.published).map(r => ({ date: r.published, outlet: `is said about (${about.length})`, mode: 'about', article: r.attribution,
    href: href({ article: articleOf(r.attribution) }), label: `${day(r.published)} ${r.speaker}: ${r.claim}` })));
  if (lanes.length) overTime.append(pathChart(lanes, { markFirst: false })); else overTime.append(el('p', { class: 'empty' }, 'No dated claims by or about it, so no timeline; the tables list any undated ones.'));
  await view(main, {
    title: 'Who talks about whom around it', query: 'actor-network', keep: r => r.speaker === name || r.about === name,
    empty: `${name} is not in the network of claims (nobody makes claims about it, it makes none about others). Search for the words of a claim to find the actors around it.`,
    render: (rows, body) => {
      const max = Math.max(...rows.map(r => Number(r.claims)));
      body.append(el('ul', { class: 'network' }, rows.map(r => el('li', {},
          r.speaker === name ? ['→ about ', actorLink(r.about)] : ['← from ', actorLink(r.speaker)],
          el('meter', { min: 0, max, value: r.claims, 'aria-label': `${r.claims} claims` }), ` ${r.claims} claims in ${r.articles} articles`))));
    },
  });
}

const MEASURES = ['deaths', 'injured', 'hostages', 'hostages_alive', 'hostages_dead', 'prisoners_released', 'detainees', 'aid_trucks', 'displaced', 'days', 'plan_points', 'other'];

async function figure(measure, place) {
  expectViews(measure === 'deaths' ? 3 : 2);
  const title = measure.replace(/_/g, ' ');
  page(`${title[0].toUpperCase()}${title.slice(1)} in ${place}`, el('p', { class: 'lead' },
      'Every reported figure on the day it speaks of (hover or focus a point for who stated it and where); red diamonds conflict with another source; squares are dataset counts.'),
      el('form', { class: 'figure-form', action: './', method: 'get' },
          el('label', { for: 'measure' }, 'Measure '), el('select', { id: 'measure', name: 'measure' }, MEASURES.map(m => el('option', { value: m, selected: m === measure }, m.replace(/_/g, ' ')))),
          el('label', { for: 'place' }, ' in '), el('input', { id: 'place', name: 'place', value: place }), ' ', el('button', { type: 'submit' }, 'Show')));
  // the sections in reading order; the conflicts are asked first, so the series can mark them
  const [chart, seriesHolder, conflictHolder, datasetHolder] = ['chart-holder', 'x', 'x', 'x'].map(c => el('div', { class: c }));
  main.append(chart, seriesHolder, conflictHolder, datasetHolder);
  const conflicts = await view(conflictHolder, {
    title: 'Figures that conflict', query: 'conflicting-figures', keep: r => r.measure === measure && r.place === place,
    empty: 'No two sources give conflicting figures here.',
    render: (rows, body) => body.append(table(rows, [['Day', r => r.as_of], ['Figure', r => number(r.value)], ['Stated by', r => actorLink(r.stated_by)],
      ['In', r => r.publisher], ['Against', r => number(r.other_value)], ['Stated by', r => actorLink(r.other_stated_by)], ['In', r => r.other_publisher]])),
  });
  const inConflict = new Set(conflicts.flatMap(r => [r.quantity, r.other_quantity]));
  const datasets = measure === 'deaths' ? await view(datasetHolder, {
    title: 'Against the datasets (UCDP, ACLED)', query: 'casualties-vs-datasets', keep: r => r.place === place,
    empty: 'No dataset has been linked for this place (claimgraph link imports UCDP or ACLED files).',
    render: (rows, body) => body.append(table(rows, [['Day', r => r.as_of], ['News figure', r => number(r.news_value)], ['Stated by', r => actorLink(r.stated_by)],
      ['Dataset', r => r.dataset], ['Dataset fatalities', r => number(r.dataset_fatalities)], ['Events', r => r.events], ['Period', r => `${r.from} to ${r.to}`]])),
  }) : [];
  const series = await view(seriesHolder, {
    title: 'Every reported figure', query: 'quantity-series', params: { measure, place },
    empty: `No ${title} figure for ${place}. Try another measure, or a place by its English label (Gaza Strip, Gaza City, Khan Younis).`,
    render: (rows, body) => body.append(table(rows, [['Day', r => r.as_of], ['Figure', r => [r.qualifier ? `${r.qualifier.replace('_', ' ')} ` : '', number(r.value)]],
      ['As written', r => r.text], ['Stated by', r => actorLink(r.stated_by)], ['Period', r => r.period || ''],
      ['Outlet', r => articleLink(articleOf(r.quantity), r.publisher)], ['', r => (inConflict.has(r.quantity) ? el('span', { class: 'badge conflict' }, 'conflicts') : '')]])),
  });
  const points = series.filter(r => r.as_of && r.value !== undefined).map(r => ({ date: r.as_of, value: Number(r.value), conflict: inConflict.has(r.quantity),
    href: href({ article: articleOf(r.quantity) }), label: `${r.as_of}: ${r.text} — ${r.stated_by || 'the reporter'}, ${r.publisher || ''}` }));
  const counts = datasets.map(r => ({ date: r.to, value: Number(r.dataset_fatalities), label: `${r.dataset}: ${number(r.dataset_fatalities)} from ${r.from} to ${r.to}` }));
  if (points.length) chart.append(seriesChart(points, counts));
}

async function negotiation(label) {
  expectViews(1);
  page(label ? label : 'Negotiations', el('p', { class: 'lead' }, 'Each step as the articles report it, with who took it and the words that state it.'));
  await view(main, {
    title: 'Developments', query: 'negotiation-timeline', keep: label ? r => r.negotiation === label : undefined,
    empty: label ? `No step of a negotiation called “${label}” was found. Try the list of all negotiations (Negotiations, above), or search for the words of a step.` : 'No negotiation step was found in this store. Search for a claim instead, or load articles that report talks.',
    render: (rows, body) => {
      const groups = Map.groupBy ? Map.groupBy(rows, r => r.negotiation) : rows.reduce((m, r) => m.set(r.negotiation, [...(m.get(r.negotiation) || []), r]), new Map());
      for (const [name, steps] of groups) {
        body.append(el('h3', {}, label ? name : el('a', { href: href({ negotiation: name }) }, name)),
            el('ol', { class: 'developments' }, steps.map(r => el('li', { class: 'development' },
                el('time', {}, r.date || ''), ' ', el('span', { class: 'badge' }, (r.kind || '').replace(/_/g, ' ')), ' ',
                r.actors ? r.actors.split('; ').flatMap((a, i) => (i ? [', ', actorLink(a)] : [actorLink(a)])) : '', ' — “',
                articleLink(articleOf(r.development), r.text), '”', r.publisher ? ` (${r.publisher})` : ''))));
      }
    },
  });
}

const route = p.has('q') ? search(p.get('q'))
  : p.has('claim') ? claim(p.get('claim'))
  : p.has('article') ? article(p.get('article'))
  : p.has('actor') ? actor(p.get('actor'))
  : p.has('measure') ? figure(p.get('measure'), p.get('place') || 'Gaza Strip')
  : p.has('negotiation') ? negotiation(p.get('negotiation'))
  : start();
// a route may return what the live region should say when it is done (else the rows are counted)
route.then(pageDone, () => pageDone()).finally(() => document.body.dataset.ready = 'true');
