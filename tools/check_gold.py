#!/usr/bin/env python3
"""Check hand-made gold annotations (NNN.gold.json) against their texts (NNN.txt).

Usage:
    check_gold.py DIR [DIR ...] [--quiet]

The gold format is the one of shared/corpus/dev/README.md. For every gold file this checks that
  * the JSON loads and has the required keys with the right types;
  * `date` is YYYY-MM-DD or null;
  * every turn's `first_words` occurs in the text (whitespace-normalised, lines listed as
    boilerplate or non-turn lines left out), and the turns' first words occur in text order;
  * every printed `speaker_label` occurs in the text, and every label is in `speakers`;
  * `paragraphs` is a positive integer and `in_turn` indexes an existing turn;
  * every event, interpreter note and timestamp text occurs in the text, at least as often as
    it is listed;
  * every boilerplate line and non-turn line is a line of the text (surrounding whitespace
    ignored);
  * `title` (when set) occurs in the text (YAML escapes such as \\_ and \\uXXXX undone).
Non-turn line kinds outside the documented list are reported as warnings only. It prints one
line per file (turns, events, notes, boilerplate) and every problem found, and exits 1 when any
gold file has a problem (2 for a usage error).
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

REQUIRED = {
    "source": str, "speakers": list, "turns": list, "events": list,
    "interpreter_notes": list, "boilerplate_lines": list, "nonturn_lines": list,
}
OPTIONAL_STR = ("title", "date", "place", "venue")
TURN_KEYS = {"speaker_label", "speaker_name", "interpreted", "first_words", "paragraphs"}
NONTURN_KINDS = {"title", "date", "byline", "place", "venue", "time", "end", "note",
                 "interpreter_note", "source", "kind", "front_matter", "heading", "timestamp",
                 "participants", "page", "cue",
                 # added for the non-English part (301-329)
                 "dateline", "summary", "topics", "stage",
                 # a photo caption in a page's header (dev56, dev58, dev63, dev66)
                 "caption"}


def squash(s: str) -> str:
    return " ".join(s.split())


def check_in_text(items, what, flat, problems):
    """Each item text must occur in the flattened text at least as often as listed."""
    wanted = Counter(squash(i.get("text", "")) for i in items)
    for t, n in wanted.items():
        if not t:
            problems.append(f"{what}: empty text")
        elif flat.count(t) < n:
            problems.append(f"{what} {t!r}: listed {n}x, found {flat.count(t)}x in the text")


def check_file(gold_path: Path) -> tuple[str, list[str], list[str]]:
    """Summary line, problems (the gold is wrong or does not fit its text), warnings."""
    problems: list[str] = []
    warnings: list[str] = []
    stem = gold_path.name[: -len(".gold.json")]
    txt_path = gold_path.with_name(stem + ".txt")
    try:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        return stem, [f"gold does not load: {exc}"], []
    try:
        text = txt_path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        return stem, [f"text does not load: {exc}"], []
    for key, typ in REQUIRED.items():
        if not isinstance(gold.get(key), typ):
            problems.append(f"key {key!r} missing or not a {typ.__name__}")
    for key in OPTIONAL_STR:
        if gold.get(key) is not None and not isinstance(gold[key], str):
            problems.append(f"key {key!r} is neither a string nor null")
    if problems:
        return stem, problems, warnings
    if gold.get("date") and not re.fullmatch(r"\d{4}-\d\d-\d\d", gold["date"]):
        problems.append(f"date {gold['date']!r} is not YYYY-MM-DD")
    flat = squash(text)
    lines = {ln.strip() for ln in text.splitlines()}
    # turn text skips the lines listed as non-speech (e.g. margin line numbers between two
    # halves of a sentence in an OCR'd typescript)
    skipped = {b.strip() for b in gold["boilerplate_lines"]} | {
        n.get("text", "").strip() for n in gold["nonturn_lines"]}
    speech = squash(" ".join(ln for ln in text.splitlines() if ln.strip() not in skipped))
    # the scorer's speech text leaves out events, notes and timestamps: first words that run
    # across one of them ("Whoo! ( Cheers and applause ) Please, ...") are found in this one
    bare = speech
    for what in ("events", "interpreter_notes", "timestamps"):
        for item in gold.get(what) or []:
            marker = squash(item.get("text", "")) if isinstance(item, dict) else ""
            if marker:
                bare = squash(bare.replace(marker, " "))
    turns = gold["turns"]
    if not turns:
        problems.append("no turns")
    labels = {s.get("label") for s in gold["speakers"]}
    pos = 0
    for i, t in enumerate(turns):
        missing = TURN_KEYS - set(t)
        if missing:
            problems.append(f"turn {i}: missing {sorted(missing)}")
            continue
        fw = squash(t["first_words"])
        if not fw:
            problems.append(f"turn {i}: empty first_words")
        elif fw not in speech:
            if fw not in bare:
                problems.append(f"turn {i}: first_words {fw!r} not in the text")
        else:
            at = speech.find(fw, pos)
            if at < 0:
                problems.append(f"turn {i}: first_words {fw!r} occur only before the previous turn")
            else:
                pos = at + 1
        lab = t["speaker_label"]
        if lab is not None and squash(lab) not in flat:
            problems.append(f"turn {i}: label {lab!r} not in the text")
        if lab not in labels:
            problems.append(f"turn {i}: label {lab!r} missing from speakers")
        if not isinstance(t["paragraphs"], int) or t["paragraphs"] < 1:
            problems.append(f"turn {i}: paragraphs must be a positive integer")
        if not isinstance(t["interpreted"], bool):
            problems.append(f"turn {i}: interpreted must be true or false")
    for what in ("events", "interpreter_notes", "timestamps"):
        items = gold.get(what, [])
        for it in items:
            k = it.get("in_turn")
            if k is not None and not (isinstance(k, int) and 0 <= k < len(turns)):
                problems.append(f"{what} {it.get('text')!r}: in_turn {k!r} out of range")
        check_in_text(items, what, flat, problems)
    for b in gold["boilerplate_lines"]:
        if b.strip() not in lines:
            problems.append(f"boilerplate {b!r} is not a line of the text")
    for n in gold["nonturn_lines"]:
        if n.get("text", "").strip() not in lines:
            problems.append(f"non-turn line {n.get('text')!r} is not a line of the text")
        if n.get("kind") not in NONTURN_KINDS:
            warnings.append(f"non-turn line {n.get('text')!r}: kind {n.get('kind')!r} is not one of the documented kinds")
    # a title taken from YAML front matter may be printed with YAML escapes (\_ = no-break space)
    unescaped = re.sub(r"\\u([0-9A-Fa-f]{4})", lambda m: chr(int(m.group(1), 16)), text)
    unescaped = squash(unescaped.replace("\\_", " ").replace("\u00a0", " "))
    nospace = "".join(unescaped.split())  # a title broken over lines in a language written without spaces
    if gold.get("title") and squash(gold["title"]) not in flat and squash(gold["title"]) not in unescaped \
            and "".join(gold["title"].split()) not in nospace:
        problems.append(f"title {gold['title']!r} not in the text")
    summary = (f"{stem}: {len(turns)} turns, {len(gold['events'])} events, "
               f"{len(gold['interpreter_notes'])} notes, {len(gold['boilerplate_lines'])} boilerplate, "
               f"{len(text.encode('utf-8'))} bytes")
    return summary, problems, warnings


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dirs", nargs="+", type=Path, help="folders of NNN.txt + NNN.gold.json")
    ap.add_argument("--quiet", action="store_true", help="print problems only")
    a = ap.parse_args(argv)
    bad = 0
    total = 0
    for d in a.dirs:
        if not d.is_dir():
            print(f"{d}: not a folder", file=sys.stderr)
            return 2
        for gp in sorted(d.glob("*.gold.json")):
            total += 1
            summary, problems, warnings = check_file(gp)
            if problems:
                bad += 1
            if problems or warnings or not a.quiet:
                print(summary)
            for p in problems:
                print(f"  PROBLEM {p}")
            for w in warnings:
                print(f"  warning {w}")
    print(f"{total} gold files, {bad} with problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
