#!/usr/bin/env python3
"""Adds one article to the real-news corpus: writes cache/{id}.json (git-ignored) and appends
its line to manifest.jsonl. The text is the search tool's excerpt for the page, as given, with
only a leading "date YYYY-MM-DD" marker removed and outer whitespace stripped (rebuild.py
applies the same rule, so the sha256 in the manifest can be checked).

    python3 gold/realnews/add.py --id ru-ua-2025-05-16-unn --url URL --outlet "UNN" \
        --published 2025-05-16 --conflict russia-ukraine-talks-2025 \
        --query "Russia Ukraine delegations Istanbul talks" --text-file /tmp/excerpt.txt [--title T]
"""
import argparse
import fcntl
import hashlib
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATE_MARK = re.compile(r"^\s*date \d{4}-\d{2}-\d{2}\s*")


def normalise(excerpt):
    return DATE_MARK.sub("", excerpt, count=1).strip()


def main():
    p = argparse.ArgumentParser()
    for f in ("id", "url", "outlet", "published", "conflict", "query", "text-file"):
        p.add_argument("--" + f, required=True)
    p.add_argument("--title")
    p.add_argument("--outlet-country")
    a = p.parse_args()
    if not re.fullmatch(r"[a-z0-9][a-z0-9-]*", a.id):
        sys.exit("id: lower case letters, digits and '-' only")
    with open(a.text_file, encoding="utf-8") as f:
        text = normalise(f.read())
    os.makedirs(os.path.join(HERE, "cache"), exist_ok=True)
    with open(os.path.join(HERE, "cache", a.id + ".json"), "w", encoding="utf-8") as f:
        json.dump({"id": a.id, "url": a.url, "title": a.title, "publisher": a.outlet, "published": a.published,
                   "text": text}, f, ensure_ascii=False, indent=1)
    line = {"id": a.id, "url": a.url, "outlet": a.outlet, "outlet_country": a.outlet_country,
            "published": a.published, "conflict": a.conflict, "split": "dev", "query": a.query,
            "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(), "chars": len(text)}
    path = os.path.join(HERE, "manifest.jsonl")
    with open(path, "a+", encoding="utf-8") as f:
        fcntl.flock(f, fcntl.LOCK_EX)
        f.seek(0)
        if any(json.loads(l)["id"] == a.id for l in f if l.strip()):
            sys.exit(f"{a.id} is already in manifest.jsonl (cache file rewritten)")
        f.write(json.dumps(line, ensure_ascii=False) + "\n")
    print(f"added {a.id}: {len(text)} chars")


if __name__ == "__main__":
    main()
