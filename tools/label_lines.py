"""Which lines of a transcript start a turn, read from its gold annotation.

Usage: python tools/label_lines.py CORPUS_SET_DIR [STEM...]   (prints one row per gold turn)

The gold (`<stem>.gold.json`, format in corpus/dev/README.md) gives each turn's printed
label and first words, not its line. This tool finds them in the text, in order: the next
place after the previous turn where the turn's first words occur, with the label (when it
has one) printed just before them. A turn "starts a line" when nothing but punctuation, a
timestamp or a number comes before its label (or first words) on that line; other turns
start inside a line (run-on text) and a line classifier cannot see them. A training aid for
tools/line_model.py; never pointed at corpus/holdout.
"""
from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path
from typing import NamedTuple

# What may come before a label on its line and still leave the turn at the line start.
_LEAD_TOKEN = re.compile(r"^(?:\d+|\d+[a-z]|[ivxlc]+|[a-z])$")
# How far before its first words a turn's label may be printed (notes, timestamps between).
LABEL_REACH = 14
KEY_TOKENS = 5


def norm_tokens(text: str) -> list[str]:
    """The scorer's normalisation (NFKC, case-folded, punctuation dropped), as tokens."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return re.sub(r"[^\w\s]", " ", text).split()


class GoldStart(NamedTuple):
    """Where one gold turn starts: its line (0-based), whether the turn opens that line,
    whether it carries a printed label; line -1 when the turn was not found."""
    line: int
    at_line_start: bool
    labelled: bool


def line_tokens(lines: list[str]) -> tuple[list[str], list[int], list[int]]:
    """All tokens of the text, each token's line and its position within its line."""
    tokens: list[str] = []
    of_line: list[int] = []
    within: list[int] = []
    for n, line in enumerate(lines):
        for k, tok in enumerate(norm_tokens(line)):
            tokens.append(tok)
            of_line.append(n)
            within.append(k)
    return tokens, of_line, within


def _find(tokens: list[str], key: list[str], start: int) -> int:
    """The first index >= start where `key` occurs in `tokens`, or -1."""
    first = key[0]
    for i in range(start, len(tokens) - len(key) + 1):
        if tokens[i] == first and tokens[i:i + len(key)] == key:
            return i
    return -1


def _label_before(tokens: list[str], label: list[str], at: int, floor: int) -> int:
    """Where `label` ends at most LABEL_REACH tokens before `at` (and not before `floor`):
    the label's first token's index, or -1."""
    for end in range(at, max(floor, at - LABEL_REACH) - 1, -1):
        begin = end - len(label)
        if begin >= floor and tokens[begin:end] == label:
            return begin
    return -1


def _opens_line(tokens: list[str], within: list[int], at: int) -> bool:
    """Whether only lead tokens (numbers, letters of a list) come before `at` on its line."""
    return all(_LEAD_TOKEN.match(tokens[i]) for i in range(at - within[at], at))


def gold_starts(lines: list[str], gold: dict) -> list[GoldStart]:
    """One GoldStart per gold turn, in order."""
    tokens, of_line, within = line_tokens(lines)
    cursor = 0
    found: list[GoldStart] = []
    for turn in gold["turns"]:
        words = norm_tokens(turn.get("first_words") or "")
        label = norm_tokens(turn.get("speaker_label") or "")
        start = _locate(tokens, within, words[:KEY_TOKENS], label, cursor)
        if start < 0:
            found.append(GoldStart(-1, False, bool(label)))
            continue
        found.append(GoldStart(of_line[start], _opens_line(tokens, within, start), bool(label)))
        cursor = start + max(1, len(label))
    return found


def _locate(tokens, within, key, label, cursor) -> int:
    """The token index a turn starts at: its label before its first words (labelled turns),
    else its first words, preferring an occurrence that opens a line."""
    if not key and not label:
        return -1
    if not key:  # a turn of nothing but its label
        return _find(tokens, label, cursor)
    at, fallback = cursor, -1
    while (at := _find(tokens, key, at)) >= 0:
        if label:
            begin = _label_before(tokens, label, at, cursor)
            if begin >= 0:
                return begin
        elif _opens_line(tokens, within, at):
            return at
        elif fallback < 0:
            fallback = at
        at += 1
    if label:  # first words not printed as given: the label alone
        return _find(tokens, label, cursor)
    return fallback


def read_lines(path: Path) -> list[str]:
    """The lines of a transcript as the reader splits them."""
    from teikit.readers.decode import decode
    return decode(path.read_bytes(), str(path))[0].splitlines()


def corpus_files(set_dir: Path) -> list[tuple[str, Path, Path]]:
    """(stem, text, gold) for every gold file of a corpus set."""
    if set_dir.name == "holdout":
        raise SystemExit("corpus/holdout is never read (it measures text the converter has not seen)")
    out = []
    for gold in sorted(set_dir.glob("*.gold.json")):
        stem = gold.name[:-len(".gold.json")]
        text = set_dir / f"{stem}.txt"
        if text.exists():
            out.append((stem, text, gold))
    return out


def main(set_dir: str, *stems: str) -> None:
    for stem, text, gold_path in corpus_files(Path(set_dir)):
        if stems and stem not in stems:
            continue
        lines = read_lines(text)
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        for turn, start in zip(gold["turns"], gold_starts(lines, gold)):
            shown = lines[start.line][:60] if start.line >= 0 else "(not found)"
            print(f"{stem}\t{start.line + 1}\t{'line' if start.at_line_start else 'inside'}\t"
                  f"{turn.get('speaker_label')}\t{shown}")


if __name__ == "__main__":
    main(*sys.argv[1:])
