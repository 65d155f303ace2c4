// Running the canned queries from the browser, as `claimgraph query --param` runs them.
// QueryRunner binds each parameter as an RDF term in place of its variable: "<...>" an IRI, a whole
// number an xsd:integer, anything else a plain string. Here the same terms are written into the
// query text in place of the variable, outside strings, IRIs and comments, with every string
// escaped and every IRI checked, so a value can never change the query's meaning.

const XSD_INTEGER = 'http://www.w3.org/2001/XMLSchema#integer';
const endpoint = new URL(document.querySelector('meta[name="claimgraph-endpoint"]').content, location.href).href;
const texts = new Map();

/** The endpoint's address (absolute). */
export function endpointUrl() { return endpoint; }

/** The SPARQL term for a parameter value. */
export function term(value) {
  if (value.startsWith('<') && value.endsWith('>')) {
    const iri = value.slice(1, -1);
    // an absolute IRI with none of the characters SPARQL forbids in <...>
    if (!/^[A-Za-z][A-Za-z0-9+.-]*:[^<>"{}|^`\\\u0000-\u0020]*$/.test(iri)) throw new Error(`not an IRI: ${value}`);
    return `<${iri}>`;
  }
  if (/^-?\d+$/.test(value)) return `"${value}"^^<${XSD_INTEGER}>`;
  return '"' + value.replace(/[\\"\n\r\t\u0000-\u001f]/g, c => ({ '\\': '\\\\', '"': '\\"', '\n': '\\n', '\r': '\\r', '\t': '\\t' })[c]
      ?? '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0')) + '"';
}

// strings (long and short), IRIs, comments, variables: only variables are replaced
const TOKENS = /("""[\s\S]*?"""|'''[\s\S]*?'''|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|<[^<>"{}|^`\\\u0000-\u0020]*>|#[^\n]*|[?$][A-Za-z_][A-Za-z0-9_]*)/g;

/** The query text with each parameter's variable replaced by its term. */
export function bind(text, params) {
  const values = new Map(Object.entries(params).map(([k, v]) => [k, term(String(v))]));
  return text.replace(TOKENS, tok => (tok[0] === '?' || tok[0] === '$') && values.has(tok.slice(1)) ? values.get(tok.slice(1)) : tok);
}

/** A canned query's text, as the server ships it in queries/. */
export async function cannedText(name) {
  if (!texts.has(name)) {
    texts.set(name, fetch(`queries/${encodeURIComponent(name)}.rq`).then(r => {
      if (!r.ok) throw new Error(`no canned query ${name} (${r.status})`);
      return r.text();
    }));
  }
  return texts.get(name);
}

async function post(sparql, accept) {
  const r = await fetch(endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: accept },
    body: new URLSearchParams({ query: sparql }),
  });
  if (!r.ok) throw new Error(`the endpoint answered ${r.status}: ${(await r.text()).slice(0, 300)}`);
  return r;
}

/** Runs a SELECT; rows as objects of plain values (IRIs and literals as strings, unbound absent). */
export async function select(sparql) {
  const json = await (await post(sparql, 'application/sparql-results+json')).json();
  return json.results.bindings.map(b => Object.fromEntries(Object.entries(b).map(([k, v]) => [k, v.value])));
}

/** The answer as CSV from the endpoint: one value per cell (SPARQL 1.1 CSV results). */
export async function csv(sparql) {
  return (await post(sparql, 'text/csv')).text();
}

/** A link that opens the query in the Fuseki UI (served to localhost only). */
export function fusekiUiLink(sparql) {
  const service = new URL(endpoint).pathname.split('/').filter(Boolean)[0];
  return new URL(`/#/dataset/${service}/query?query=${encodeURIComponent(sparql)}`, endpoint).href;
}
