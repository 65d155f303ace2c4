#!/usr/bin/env python3
"""Rebuilds cache/ from the workplace search tool's answers (the article texts are third-party
and never committed). For each manifest line, run the search tool on corpus `pages` with the
line's `query`, and save each JSON answer as a file in one folder; then

    python3 gold/realnews/rebuild.py ANSWERS_DIR

writes cache/{id}.json for every manifest line whose url appears in an answer, with the text
made as add.py makes it, and reports lines whose text no longer matches the manifest's sha256
(the stored page changed: its annotation's offsets would no longer hold).
"""
import glob
import hashlib
import json
import os
import sys

from add import HERE, normalise


def main(folder):
    with open(os.path.join(HERE, "manifest.jsonl"), encoding="utf-8") as f:
        entries = [json.loads(l) for l in f if l.strip()]
    excerpts = {}
    for path in glob.glob(os.path.join(folder, "*")):
        with open(path, encoding="utf-8") as f:
            for r in json.load(f).get("results", []):
                excerpts.setdefault(r["url"], r["excerpt"])
    os.makedirs(os.path.join(HERE, "cache"), exist_ok=True)
    written = changed = missing = 0
    for e in entries:
        if e["url"] not in excerpts:
            missing += 1
            print(f"{e['id']}: not in the answers (query: {e['query']})")
            continue
        text = normalise(excerpts[e["url"]])
        if hashlib.sha256(text.encode("utf-8")).hexdigest() != e["sha256"]:
            changed += 1
            print(f"{e['id']}: text differs from the manifest's sha256")
        with open(os.path.join(HERE, "cache", e["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump({"id": e["id"], "url": e["url"], "title": e.get("title"), "publisher": e["outlet"],
                       "published": e["published"], "text": text}, f, ensure_ascii=False, indent=1)
        written += 1
    print(f"wrote {written}, changed {changed}, missing {missing}")
    return 1 if changed or missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "answers"))
