#!/usr/bin/env python3
"""Check dev2 gold files (corpus/dev2/NNN.gold.json) against their texts.

Usage: check_gold_intl.py [DIR] [--from 301]

For every NNN.gold.json (NNN >= --from, default 301) beside NNN.txt it checks that the JSON
loads and has the dev keys plus `lang`; that every first_words, event and interpreter note
occurs in the text; that every boilerplate and non-turn line is an exact line of the text; that
each turn label is printed in the text and listed in `speakers`; that the date is YYYY-MM-DD;
and, with the scorer's own normalisation, that each gold key can be matched (a key of fewer
than 10 characters must be a whole short turn). Exit status 1 when a check fails.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from pathlib import Path

KEYS = {"source", "lang", "title", "date", "place", "venue", "speakers", "turns", "events",
        "interpreter_notes", "boilerplate_lines", "nonturn_lines"}
TURN_KEYS = {"speaker_label", "speaker_name", "interpreted", "first_words", "paragraphs"}
NONTURN_KINDS = {"title", "date", "byline", "place", "venue", "time", "end", "note", "interpreter_note",
                 "source", "kind", "dateline", "summary", "heading", "topics", "participants", "stage",
                 "caption"}
BCP47 = re.compile(r"^[a-z]{2,3}(-[A-Z][a-z]{3})?(-[A-Z]{2})?$")


def norm(s: str) -> str:
    """The scorer's normalisation (score_transcripts.norm)."""
    s = unicodedata.normalize("NFKC", s).casefold()
    s = re.sub(r"[^\w\s]", " ", s)
    return " ".join(s.split())


def squash(s: str) -> str:
    return "".join(s.split())


def check(gold_path: Path) -> list[str]:
    stem = gold_path.name[: -len(".gold.json")]
    errs: list[str] = []
    try:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        return [f"{stem}: gold does not load: {exc}"]
    text = (gold_path.parent / f"{stem}.txt").read_text(encoding="utf-8")
    lines = set(text.split("\n"))
    flat = squash(text)
    missing = KEYS - gold.keys()
    if missing:
        errs.append(f"missing keys {sorted(missing)}")
    if not BCP47.match(gold.get("lang") or ""):
        errs.append(f"lang {gold.get('lang')!r} is not a simple BCP 47 tag")
    if gold.get("date") and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", gold["date"]):
        errs.append(f"date {gold['date']!r} is not YYYY-MM-DD")
    labels = {s["label"] for s in gold.get("speakers", [])}
    for i, t in enumerate(gold.get("turns", [])):
        if TURN_KEYS - t.keys():
            errs.append(f"turn {i}: missing {sorted(TURN_KEYS - t.keys())}")
            continue
        fw = t["first_words"]
        if squash(fw) not in flat:
            errs.append(f"turn {i}: first_words not in text: {fw!r}")
        key = norm(fw)
        if len(key) < 10 and t["paragraphs"] > 1:
            errs.append(f"turn {i}: key {key!r} under 10 characters can only match exactly")
        lab = t["speaker_label"]
        if lab is not None:
            if lab not in text:
                errs.append(f"turn {i}: label not printed: {lab!r}")
            if lab not in labels:
                errs.append(f"turn {i}: label {lab!r} not in speakers")
        if not isinstance(t["paragraphs"], int) or t["paragraphs"] < 1:
            errs.append(f"turn {i}: bad paragraphs {t['paragraphs']!r}")
    n = len(gold.get("turns", []))
    for kind in ("events", "interpreter_notes"):
        for e in gold.get(kind, []):
            if squash(e["text"]) not in flat:
                errs.append(f"{kind}: not in text: {e['text']!r}")
            if not 0 <= e.get("in_turn", -1) < n:
                errs.append(f"{kind}: in_turn out of range: {e!r}")
    for b in gold.get("boilerplate_lines", []):
        if b not in lines:
            errs.append(f"boilerplate line is not an exact line: {b!r}")
    for d in gold.get("nonturn_lines", []):
        if d["text"] not in lines and d["text"].strip() not in {l.strip() for l in lines}:
            errs.append(f"non-turn line is not a line: {d['text']!r}")
        if d.get("kind") not in NONTURN_KINDS:
            errs.append(f"non-turn kind {d.get('kind')!r} unknown")
    if gold.get("title") and squash(gold["title"]) not in flat:
        errs.append("title not in text")
    for k in ("place", "venue"):
        if gold.get(k) and squash(gold[k]) not in flat:
            errs.append(f"{k} not in text")
    return [f"{stem}: {e}" for e in errs]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dir", nargs="?", type=Path, default=Path(__file__).resolve().parent.parent / "corpus" / "dev2")
    ap.add_argument("--from", dest="first", type=int, default=301)
    a = ap.parse_args(argv)
    errs: list[str] = []
    files = [p for p in sorted(a.dir.glob("*.gold.json")) if p.name.split(".")[0].isdigit()
             and int(p.name.split(".")[0]) >= a.first]
    for p in files:
        errs += check(p)
    for e in errs:
        print(e)
    print(f"{len(files)} gold files checked, {len(errs)} problem(s)")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
