#!/usr/bin/env python3
"""Checks the real-news corpus: the cache against the manifest, every annotation's spans
against its cached text, names against entities, and claims.json against the annotations.
Prints what is wrong (file and field) and a one-line summary; exit 1 if anything is wrong.

    python3 gold/realnews/check.py            # from the project folder
    python3 gold/realnews/check.py --stats    # also counts per conflict and split
"""
import hashlib
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"Person", "Organization", "State", "Government", "ArmedGroup", "Agency", "InternationalOrganization",
         "MediaOutlet", "Country", "City", "Territory", "Region", "Crossing", "Location"}
MEASURES = {"deaths", "injured", "hostages", "hostages_alive", "hostages_dead", "prisoners_released", "detainees",
            "aid_trucks", "displaced", "days", "plan_points", "other"}
QUALIFIERS = {None, "more_than", "at_least", "about", "exactly", "up_to"}
KINDS = {"talks_held", "proposal", "response", "acceptance", "rejection", "withdrawal", "pause", "resumption",
         "agreement", "implementation", "collapse"}
STANCES = {"assert", "deny", "accuse", "demand", "warn", "promise", "report", "respond"}
MODES = {"direct", "indirect", "mixed"}


def utf16(text):
    """Python index -> UTF-16 index table, so spans are checked as Java reads them."""
    table, n = [], 0
    for ch in text:
        table.append(n)
        n += 2 if ord(ch) > 0xFFFF else 1
    table.append(n)
    return table


def manifest():
    with open(os.path.join(HERE, "manifest.jsonl"), encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def main(argv):
    problems = []
    entries = manifest()
    by_id = {}
    for e in entries:
        for field in ("id", "url", "outlet", "published", "conflict", "query", "split", "sha256"):
            if not e.get(field):
                problems.append(f"manifest.jsonl: {e.get('id', '?')}: no {field}")
        if e["id"] in by_id:
            problems.append(f"manifest.jsonl: {e['id']} listed twice")
        by_id[e["id"]] = e
        if e.get("split") not in ("dev", "test"):
            problems.append(f"manifest.jsonl: {e['id']}: split must be dev or test")
    texts = {}
    for e in entries:
        path = os.path.join(HERE, "cache", e["id"] + ".json")
        if not os.path.exists(path):
            problems.append(f"{path}: missing (see README.md, 'Rebuild the cache')")
            continue
        with open(path, encoding="utf-8") as f:
            text = json.load(f)["text"]
        if hashlib.sha256(text.encode("utf-8")).hexdigest() != e["sha256"]:
            problems.append(f"{path}: text differs from the manifest's sha256")
        if any(ord(c) > 0xFFFF for c in text):
            problems.append(f"{path}: has characters outside the BMP: offsets are UTF-16 units")
        texts[e["id"]] = text
    attributions = {}
    for e in entries:
        path = os.path.join(HERE, "annotations", e["id"] + ".json")
        if not os.path.exists(path):
            problems.append(f"{path}: missing")
            continue
        if e["id"] not in texts:
            continue
        with open(path, encoding="utf-8") as f:
            a = json.load(f)
        problems += check_annotation(path, a, texts[e["id"]])
        attributions[e["id"]] = {x["id"] for x in a.get("attributions", [])}
    claims = os.path.join(HERE, "claims.json")
    if os.path.exists(claims):
        with open(claims, encoding="utf-8") as f:
            c = json.load(f)
        ids = set()
        for cl in c.get("clusters", []):
            ids.add(cl["id"])
            if len(cl["members"]) < 2:
                problems.append(f"claims.json: cluster {cl['id']} has fewer than two members")
            for m in cl["members"]:
                if m["attribution"] not in attributions.get(m["article"], set()):
                    problems.append(f"claims.json: cluster {cl['id']}: no attribution {m['article']}#{m['attribution']}")
        for link in c.get("disputes", []) + c.get("supports", []):
            m = link["from"]
            if link["cluster"] not in ids:
                problems.append(f"claims.json: link to unknown cluster {link['cluster']}")
            if m["attribution"] not in attributions.get(m["article"], set()):
                problems.append(f"claims.json: link from unknown attribution {m['article']}#{m['attribution']}")
    for p in problems:
        print(p)
    outlets = {e["outlet"] for e in entries}
    conflicts = Counter(e["conflict"] for e in entries)
    splits = Counter(e["split"] for e in entries)
    print(f"{len(entries)} articles, {len(outlets)} outlets, {len(conflicts)} conflicts, "
          f"dev {splits['dev']} test {splits['test']}; {len(problems)} problems")
    if "--stats" in argv:
        for k, v in sorted(conflicts.items()):
            print(f"  {k}: {v}")
    return 1 if problems else 0


def check_annotation(path, a, text):
    out = []
    table = utf16(text)
    n = table[-1]
    java_to_py = {j: i for i, j in enumerate(table)}

    def span(where, s, allow_null=False):
        if s is None:
            if not allow_null:
                out.append(f"{path}: {where}: span is null")
            return
        b, e = s
        if not (0 <= b < e <= n) or b not in java_to_py or e not in java_to_py:
            out.append(f"{path}: {where}: span {s} outside the text ({n} chars)")
            return
        piece = text[java_to_py[b]:java_to_py[e]]
        if piece != piece.strip() or (b > 0 and text[java_to_py[b] - 1].isalnum() and piece[0].isalnum()) \
                or (java_to_py[e] < len(text) and text[java_to_py[e]].isalnum() and piece[-1].isalnum()):
            out.append(f"{path}: {where}: span {s} cuts a word or has spaces at its ends")

    names = set()
    for i, ent in enumerate(a.get("entities", [])):
        names.add(ent["name"])
        if ent.get("type") not in TYPES:
            out.append(f"{path}: entities[{i}] {ent['name']}: type {ent.get('type')} not in the list")
        if ent.get("kind") not in ("actor", "place"):
            out.append(f"{path}: entities[{i}] {ent['name']}: kind must be actor or place")
        q = ent.get("wikidata")
        if q is not None and not (q.startswith("Q") and q[1:].isdigit()):
            out.append(f"{path}: entities[{i}] {ent['name']}: wikidata {q} is not a QID")
        if not ent.get("mentions"):
            out.append(f"{path}: entities[{i}] {ent['name']}: no mentions")
        for m in ent.get("mentions", []):
            span(f"entities[{i}] {ent['name']}", m)
    seen = set()
    for i, at in enumerate(a.get("attributions", [])):
        where = f"attributions[{i}] {at.get('id')}"
        if at.get("id") in seen:
            out.append(f"{path}: {where}: id repeated")
        seen.add(at.get("id"))
        span(where + " source_span", at.get("source_span"), allow_null=True)
        span(where + " via_span", at.get("via_span"), allow_null=True)
        span(where + " cue_span", at.get("cue_span"))
        if not at.get("content_spans"):
            out.append(f"{path}: {where}: no content_spans")
        for s in at.get("content_spans", []):
            span(where + " content", s)
        if not at.get("anonymous") and at.get("source") is not None and at["source"] not in names:
            out.append(f"{path}: {where}: named source {at['source']!r} is not among the entities")
        if at.get("via") is not None and at["via"] not in names:
            out.append(f"{path}: {where}: via {at['via']!r} is not among the entities")
        if at.get("mode") not in MODES:
            out.append(f"{path}: {where}: mode {at.get('mode')}")
        if at.get("stance") not in STANCES:
            out.append(f"{path}: {where}: stance {at.get('stance')}")
        if not at.get("cue_lemma") or at["cue_lemma"] != at["cue_lemma"].lower():
            out.append(f"{path}: {where}: cue_lemma must be lower case")
    for i, q in enumerate(a.get("quantities", [])):
        where = f"quantities[{i}]"
        span(where, q.get("span"))
        if q.get("measure") not in MEASURES:
            out.append(f"{path}: {where}: measure {q.get('measure')}")
        if q.get("qualifier") not in QUALIFIERS:
            out.append(f"{path}: {where}: qualifier {q.get('qualifier')}")
    for i, d in enumerate(a.get("developments", [])):
        where = f"developments[{i}]"
        span(where, d.get("span"))
        if d.get("kind") not in KINDS:
            out.append(f"{path}: {where}: kind {d.get('kind')}")
    return out


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
