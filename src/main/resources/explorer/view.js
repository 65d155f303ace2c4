// One view of a page: a canned query run with parameters, drawn by a renderer, with its progress
// (and the page's, announced in one live region), its empty answer, "Show the SPARQL" and "Download CSV".
import { bind, cannedText, csv, fusekiUiLink, select } from './sparql.js';

/** Creates an element: el('a', {href: '...'}, 'text', child...). */
export function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') e.className = v; else if (k.startsWith('data')) e.setAttribute(k.replace(/[A-Z]/g, c => '-' + c.toLowerCase()), v);
    else e.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) if (c !== undefined && c !== null && c !== false) e.append(c instanceof Node ? c : String(c));
  return e;
}

/** A page address within the explorer. */
export function href(params) {
  return './?' + new URLSearchParams(params).toString();
}

/** The day of a date or date-time ("2025-07-24T19:40:00Z" → "2025-07-24"). */
export function day(value) { return value ? value.slice(0, 10) : ''; }

// The page's progress, in the one live region (#page-status): views run one after another, so
// "query N of M" counts the views started against the number the page said it would ask.
const status = () => document.getElementById('page-status');
const pageProgress = { started: 0, expected: 0, rows: 0, failed: 0 };

/** The page will ask `m` views (an estimate: a view may be skipped, and then the count ends early). */
export function expectViews(m) { pageProgress.expected = m; }

function showProgress(title) {
  pageProgress.started += 1;
  const s = status();
  s.className = 'page-status loading';
  s.textContent = `Loading ${title}… (query ${pageProgress.started} of ${Math.max(pageProgress.expected, pageProgress.started)})`;
}

/** Ends the page's progress: the live region says what arrived (`summary`, or the rows counted). */
export function pageDone(summary) {
  const s = status();
  s.className = 'page-status done';
  s.textContent = pageProgress.failed ? `Loaded, but ${pageProgress.failed} part${pageProgress.failed === 1 ? '' : 's'} of the page could not be loaded: see the messages below.`
    : summary ?? `Loaded: ${pageProgress.rows} row${pageProgress.rows === 1 ? '' : 's'}.`;
}

/**
 * Adds a view to `parent`: runs the canned query `query` with `params`, keeps only the rows `keep`
 * accepts (for queries without a parameter for this page), and draws them with `render(rows,
 * section)`. Returns the rows (the kept ones).
 */
export async function view(parent, { title, query, params = {}, keep, render, empty }) {
  const section = el('section', { class: 'view', 'aria-busy': 'true', dataQuery: query });
  const heading = el('h2', {}, title);
  const progress = el('p', { class: 'progress' }, el('progress', { 'aria-label': `loading ${title}` }), ` asking the endpoint (${query})…`);
  const body = el('div', { class: 'body' });
  section.append(heading, progress, body);
  parent.append(section);
  showProgress(title);
  let sparql;
  try {
    sparql = bind(await cannedText(query), params);
    section.append(tools(query, sparql, keep !== undefined));
    const all = await select(sparql);
    const rows = keep ? all.filter(keep) : all;
    progress.remove();
    if (rows.length === 0) body.append(el('p', { class: 'empty' }, empty ?? 'Nothing found. Try other words, or start from the search page.'));
    else render(rows, body);
    section.setAttribute('aria-busy', 'false');
    section.dataset.rows = rows.length;
    pageProgress.rows += rows.length;
    return rows;
  } catch (e) {
    progress.remove();
    pageProgress.failed += 1;
    // what happened, then what to try: most failures are a stopped server or a hand-edited address
    body.append(el('p', { class: 'error', role: 'alert' }, `This view could not be loaded: ${e.message}. `,
        'Reload the page to try again; if it fails again, check that claimgraph serve is still running, ',
        'or, if you edited the address, go back to the explorer\'s own link or start from ', el('a', { href: './' }, 'the start page'), '.'));
    section.setAttribute('aria-busy', 'false');
    section.dataset.rows = 'error';
    return [];
  }
}

function tools(query, sparql, filtered) {
  const pre = el('pre', { class: 'sparql' }, sparql);
  const details = el('details', { class: 'show-sparql' },
      el('summary', {}, 'Show the SPARQL'),
      el('p', {}, `The canned query `, el('code', {}, `${query}.rq`), ` with this page's parameters bound`,
          filtered ? '; the page keeps the rows that concern it.' : '.', ' ',
          el('a', { href: fusekiUiLink(sparql), target: '_blank', rel: 'noopener' }, 'Open it in the Fuseki query UI'),
          ' (on the server\'s own machine).'),
      pre);
  const link = el('a', { class: 'csv-file', download: `${query}.csv`, hidden: true });
  const button = el('button', { type: 'button', class: 'download-csv' }, 'Download CSV');
  button.addEventListener('click', async () => {
    button.disabled = true;
    try {
      const blob = new Blob([await csv(sparql)], { type: 'text/csv' });
      link.href = URL.createObjectURL(blob);
      link.click();
    } finally { button.disabled = false; }
  });
  return el('div', { class: 'tools' }, details, button, link);
}

/** A table of rows: columns are [header, row => cell content]. */
export function table(rows, columns, caption) {
  return el('table', {},
      caption ? el('caption', {}, caption) : null,
      el('thead', {}, el('tr', {}, columns.map(([h]) => el('th', { scope: 'col' }, h)))),
      el('tbody', {}, rows.map(r => el('tr', {}, columns.map(([, f]) => el('td', {}, f(r)))))));
}

export function actorLink(name) {
  return name ? el('a', { href: href({ actor: name }), class: 'actor' }, name) : '';
}

export function articleLink(iri, text) {
  return iri ? el('a', { href: href({ article: iri }), class: 'article' }, text || 'article') : text || '';
}

export function claimLink(iri, text) {
  return el('a', { href: href({ claim: iri }), class: 'claim' }, text);
}

/** The article an attribution, quantity or development belongs to (its IRI extends the article's). */
export function articleOf(iri) {
  const m = /^(.*\/id\/article\/[^/]+)\//.exec(iri || '');
  return m ? m[1] : null;
}
