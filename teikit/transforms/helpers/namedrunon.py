"""A whole transcript on one line with mixed-case name labels (video and audio transcript
files): "Maria Alvarran: When the doctors ... like me. Interviewer: They would put up a
screen ... Perfect. Francisco Gutierrez: Everything has always been good." (L29b).

`split_named_run_on` cuts such a line before each name label printed after a sentence end,
when the line opens with a name label and holds at least two more, or when two names take
turns, each printed twice or more; it returns the labels
cut at, which the labels pass takes as confirmed. A name label is two to four capitalised
words (a degree after a comma allowed: "Matthew Lunning, M.D.") or one role word of the
lexicon ("Interviewer", "Moderator")."""
from __future__ import annotations

import re
from functools import lru_cache

from teikit.lexicons import Lexicon
from teikit.model import Paragraph, Text, Transcript
from teikit.transforms.helpers.runon import run_on_key, split_apart

MIN_INNER_LABELS = 2
_NAME = r"[^\W\d_a-z][\w'’\-]+"
_LABEL = rf"((?:{_NAME}[ \u00a0]){{0,3}}{_NAME}(?:,[ \u00a0][^\W\d_a-z][\w.]{{1,10}})?)[ \u00a0\u202f]?:[ \u00a0](?=[^\W\d_a-z])"
_OPENING = re.compile(_LABEL)
# inside the line: after a sentence end (or a closing bracket or quote) and a space
_INNER = re.compile(rf"(?<=[.?!…)\"”])[ \u00a0]+{_LABEL}")


@lru_cache(maxsize=None)
def _role_words(lex: Lexicon) -> frozenset:
    return frozenset(w.lower() for w in lex.label_role_words)


def _name_label(name: str, lex: Lexicon) -> bool:
    words = name.split(",")[0].split()
    if len(words) == 1:
        return words[0].lower() in _role_words(lex)
    return all(w.lower() not in lex.small_words and w.lower() not in lex.label_not_words for w in words)


def split_named_run_on(doc: Transcript, lex: Lexicon, plain: list[tuple[Paragraph, str]]) -> set[str]:
    """Cut one-line paragraphs that are whole transcripts with mixed-case name labels;
    `plain`: `one_line_paragraphs(doc)` (the pieces replace their paragraph in it too)."""
    labels: set[str] = set()
    split: dict[int, tuple[int, list]] = {}
    for at, (block, text) in enumerate(plain):
        # cheap tests first: three label colons in the line, one of them early
        if ": " not in text[:60] or text.count(": ") < MIN_INNER_LABELS + 1:
            continue
        opening = _OPENING.match(text)
        if opening is None or opening.group(1).isupper():
            continue  # (labels in capitals inside a line are the run-on splitting's, L18/L29)
        if _name_label(opening.group(1), lex):
            inner = [m for m in _INNER.finditer(text, opening.end()) if _name_label(m.group(1), lex)]
            names = [opening.group(1)] + [m.group(1) for m in inner]
            if len(set(names)) < MIN_INNER_LABELS + 1 and not _two_in_turn(names):
                continue
        else:  # a first name alone ("Anna:"): only two names taking turns, each twice, tell a dialogue
            inner = [m for m in _INNER.finditer(text, opening.end()) if _given_name(m.group(1), lex)]
            names = [opening.group(1)] + [m.group(1) for m in inner]
            if not _given_name(opening.group(1), lex) or not _two_in_turn(names):
                continue
        cuts = [m.start(1) for m in inner]
        bounds = list(zip([0] + cuts, cuts + [len(text)]))
        split[id(block)] = (at, [Paragraph(content=[Text(text[a:b].strip())], line=block.line) for a, b in bounds])
        labels |= {run_on_key(opening.group(1))} | {run_on_key(m.group(1)) for m in inner}
    split_apart(doc, plain, split)  # one pass over the blocks, by identity (no list.index)
    return labels


def _two_in_turn(names: list[str]) -> bool:
    """Two names taking turns, each printed twice or more ("Ann Roe: … Tom Lee: … Ann Roe:
    … Tom Lee: …"): an interview's dialogue on one line, as strong as three names."""
    counts = {name: names.count(name) for name in set(names)}
    return len(counts) == 2 and min(counts.values()) >= 2 and all(a != b for a, b in zip(names, names[1:]))


def _given_name(name: str, lex: Lexicon) -> bool:
    """One capitalised word that no lexicon lists as another kind of word ("Anna", not
    "Note", "Well" or "Example")."""
    word = name.lower()
    return " " not in name and "," not in name and name[1:].islower() and word not in lex.small_words \
        and name.upper() not in lex.label_not_words and word not in lex.discourse_words
