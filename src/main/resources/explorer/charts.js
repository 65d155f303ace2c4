// Small SVG charts drawn by hand (no chart library to load): a claim's path across outlets and a
// figure's series over time. Every mark carries a <title> (the tooltip and what a screen reader reads).
const NS = 'http://www.w3.org/2000/svg';

function svg(tag, attrs = {}, ...children) {
  const e = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined && v !== null) e.setAttribute(k, v);
  for (const c of children) if (c) e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return e;
}

/** The chart in a box of its own that scrolls sideways when the screen is narrower than the chart can be read at. */
function box(chart) {
  const div = document.createElement('div');
  div.className = 'chart-box';
  div.append(chart);
  return div;
}

const DAY = 86400000;
const time = d => Date.parse(d.length === 10 ? d + 'T00:00:00Z' : d);

function dateAxis(dates, x0, x1) {
  let lo = Math.min(...dates), hi = Math.max(...dates);
  if (hi - lo < DAY) { lo -= DAY; hi += DAY; }
  const pad = (hi - lo) * 0.04;
  lo -= pad; hi += pad;
  return { at: t => x0 + (t - lo) / (hi - lo) * (x1 - x0), lo, hi };
}

// ticks on whole days (a few, evenly spaced), kept inside the plot so no label is cut
function dateTicks(g, axis, y, n) {
  const step = Math.max(1, Math.ceil((axis.hi - axis.lo) / DAY / n)) * DAY;
  const [x0, x1] = [axis.at(axis.lo), axis.at(axis.hi)];
  for (let t = Math.ceil(axis.lo / DAY) * DAY; t <= axis.hi; t += step) {
    const x = Math.min(x1 - 36, Math.max(x0 + 36, axis.at(t)));
    g.append(svg('line', { x1: axis.at(t), x2: axis.at(t), y1: y - 16, y2: y - 12, class: 'lane' }));
    g.append(svg('text', { x, y, 'text-anchor': 'middle', class: 'tick' }, new Date(t).toISOString().slice(0, 10)));
  }
}

/**
 * A claim's path: one row per outlet (in the order each first carried it), one dot per article on
 * its publication date, filled by how it is reported; a syndicated copy is a hollow dot joined to
 * the article it copies. items: {date, outlet, mode, href, label, copyOf}.
 */
export function pathChart(items, { markFirst = true } = {}) {
  const dated = items.filter(i => i.date);
  const outlets = [...new Set(dated.map(i => i.outlet || '(no outlet)'))];
  const W = 760, left = 170, right = 20, rowH = 34, top = 16, H = top + outlets.length * rowH + 30;
  const axis = dateAxis(dated.map(i => time(i.date)), left, W - right);
  const days = dated.map(i => i.date.slice(0, 10)).sort();
  // a screen reader hears the summary; the table beside the chart gives every point in words
  const root = svg('svg', { viewBox: `0 0 ${W} ${H}`, class: 'chart path-chart', role: 'img',
    'aria-label': `Timeline: ${dated.length} article${dated.length === 1 ? '' : 's'} in ${outlets.length} outlet${outlets.length === 1 ? '' : 's'}, `
      + `from ${days[0]} to ${days[days.length - 1]}; the table below lists each.` });
  const y = o => top + outlets.indexOf(o || '(no outlet)') * rowH + rowH / 2;
  outlets.forEach(o => {
    root.append(svg('line', { x1: left, x2: W - right, y1: y(o), y2: y(o), class: 'lane' }));
    root.append(svg('text', { x: left - 8, y: y(o) + 4, 'text-anchor': 'end', class: 'outlet' }, o));
  });
  const byArticle = new Map(dated.map(i => [i.article, i]));
  for (const i of dated) {
    const original = i.copyOf && byArticle.get(i.copyOf);
    if (original) root.append(svg('line', { x1: axis.at(time(original.date)), y1: y(original.outlet), x2: axis.at(time(i.date)), y2: y(i.outlet), class: 'copy-link' }));
  }
  // the first to carry it, ringed
  const first = !markFirst ? null : dated.reduce((a, b) => (time(b.date) < time(a.date) ? b : a), dated[0]);
  for (const i of dated) {
    // a link per point, so Tab reaches it; its name is the point's label
    const a = svg('a', { href: i.href, 'aria-label': i.label });
    const cls = `dot mode-${i.mode}${i.copyOf ? ' copy' : ''}${i === first ? ' first' : ''}`;
    a.append(svg('circle', { cx: axis.at(time(i.date)), cy: y(i.outlet), r: i === first ? 8 : 6, class: cls },
        svg('title', {}, i.label)));
    root.append(a);
  }
  const ticks = svg('g', {});
  dateTicks(ticks, axis, H - 8, 4);
  root.append(ticks);
  return box(root);
}

/**
 * A figure over time: one point per reported value (x the day it speaks of, y the value); points in
 * conflict with another source's are drawn as red diamonds; dataset counts, when given, as squares.
 * points: {date, value, label, href, conflict}; datasets: {date, value, label}.
 */
export function seriesChart(points, datasets = []) {
  const all = [...points, ...datasets];
  const W = 760, H = 320, left = 70, right = 20, top = 16, bottom = 34;
  const axis = dateAxis(all.map(p => time(p.date)), left, W - right);
  const max = Math.max(...all.map(p => p.value)) * 1.08 || 1;
  const yAt = v => H - bottom - v / max * (H - top - bottom);
  const root = svg('svg', { viewBox: `0 0 ${W} ${H}`, class: 'chart series-chart', role: 'img',
    'aria-label': `Chart of ${points.length} reported figure${points.length === 1 ? '' : 's'}${datasets.length ? ` and ${datasets.length} dataset counts` : ''}`
      + (points.length ? `, from ${Math.min(...points.map(p => p.value)).toLocaleString('en')} to ${Math.max(...points.map(p => p.value)).toLocaleString('en')}` : '')
      + '; the table below lists each.' });
  for (let i = 0; i <= 4; i++) {
    const v = max * i / 4;
    root.append(svg('line', { x1: left, x2: W - right, y1: yAt(v), y2: yAt(v), class: 'grid' }));
    root.append(svg('text', { x: left - 6, y: yAt(v) + 4, 'text-anchor': 'end', class: 'tick' }, Math.round(v).toLocaleString('en')));
  }
  const sorted = [...points].sort((a, b) => time(a.date) - time(b.date));
  root.append(svg('polyline', { class: 'series-line', points: sorted.map(p => `${axis.at(time(p.date))},${yAt(p.value)}`).join(' ') }));
  for (const d of datasets) {
    const x = axis.at(time(d.date)), y = yAt(d.value);
    root.append(svg('rect', { x: x - 6, y: y - 6, width: 12, height: 12, class: 'dataset-point' }, svg('title', {}, d.label)));
  }
  for (const p of points) {
    const x = axis.at(time(p.date)), y = yAt(p.value);
    const a = svg('a', { href: p.href, 'aria-label': p.label });
    a.append(p.conflict
      ? svg('path', { d: `M${x} ${y - 8}L${x + 8} ${y}L${x} ${y + 8}L${x - 8} ${y}Z`, class: 'point conflict' }, svg('title', {}, p.label))
      : svg('circle', { cx: x, cy: y, r: 6, class: 'point' }, svg('title', {}, p.label)));
    root.append(a);
  }
  const ticks = svg('g', {});
  dateTicks(ticks, axis, H - 10, 4);
  root.append(ticks);
  return box(root);
}
