"""The label a line opens with, under a document's label policy (`labelpolicy.LabelPolicy`)
or, without one, the shapes every document takes: upper-case colon labels and generic
question and answer labels ("Q.", "QUESTION", "R -"), as the labels pass asks for each line."""
from __future__ import annotations

import re

from teikit.lexicons import Lexicon
from teikit.transforms.helpers.labelshapes import WEAK_SHAPES, Candidate, candidates, list_bullet
from teikit.transforms.helpers.labeltext import base_label, is_upper_label


def split_label(line: str, lex: Lexicon, accept=None, found=None) -> Candidate | None:
    """The label `line` opens with, if the document's policy `accept` takes one (without
    a policy, only upper-case colon labels and generic question labels are taken).
    `found` is `candidates(line, lex)` when already known."""
    found = candidates(line, lex) if found is None else found
    if not found:  # most lines of speech: those not opening with a generic label's letter at once
        return generic_label(line, lex, getattr(accept, "run_on", ())) \
            if line.startswith(_generic_words(lex)[1]) or list_bullet(line) else None
    confirmed = getattr(accept, "run_on", ())  # letters split at inside run-on lines (`bareqa`)
    for c in found:
        if c.shape not in WEAK_SHAPES and (
                accept(c) if accept else (c.shape == "colon" and is_upper_label(base_label(c.name), lex))):
            return c
    generic = generic_label(line, lex, confirmed)
    if generic is not None or accept is None:
        return generic
    return next((c for c in found if c.shape in WEAK_SHAPES and accept(c)), None)


_NO_COLON_CACHE: dict = {}


def _generic_words(lex: Lexicon) -> tuple[re.Pattern, tuple[str, ...], int]:
    """The pattern of a generic label without a colon, the first letters of its words (a
    line opening otherwise holds none) and the length of a line that may be one alone."""
    cached = _NO_COLON_CACHE.get(lex)
    if cached is None:
        labels = lex.question_labels + lex.answer_labels
        # "Pregunta. Da la ...": a label word printed in title case, then a full stop (E.g.
        # Spanish print interviews open with the full words, then go on with "P."/"R.")
        labels += tuple(w.capitalize() for w in labels if len(w) > 1 and w.isupper())
        words = "|".join(map(re.escape, sorted(labels, key=len, reverse=True)))
        cached = _NO_COLON_CACHE[lex] = (re.compile(rf"^({words})(\.?)((?:[ \u00a0]+[-–—])?)(?=\s)(\s+)(\S)"),
                                         tuple({w[0] for w in labels}), max(map(len, labels)) + 3)
    return cached


def generic_label(line: str, lex: Lexicon, confirmed=()) -> Candidate | None:
    """A generic question or answer label without a colon: "Q    Good afternoon.",
    "QUESTION What ...", "Q. Why?", a "Q" alone on its line. A one-letter label that is
    also a word ("A") needs a full stop or wide spacing, or to be `confirmed` (a letter that
    split a run-on line of questions and answers)."""
    bullet = list_bullet(line)
    if bullet:  # "• Q But first of all, ...": a highlights page's bullet before the label (T902d)
        found = generic_label(line[bullet:], lex, confirmed)
        return found and Candidate(line[:bullet] + found.label, found.name, found.rest, found.shape)
    pattern, initials, longest = _generic_words(lex)
    if not line.startswith(initials):
        return None
    m = pattern.match(line)
    if m:
        word, stop, dash, space = m.group(1), m.group(2), m.group(3), m.group(4)
        if (word.lower() in lex.small_words or (len(word) == 1 and word not in lex.bare_labels)
                or not word.isupper()) and not stop and not dash and len(space) < 2 and word not in confirmed:
            return None  # "A man walked in", "Question what ...": a word needs a stop ("Pregunta. ¿Es así?")  # "A man walked in", "R Kelly sang": a letter needs a stop ("R. Sí.")
        if dash and m.group(5).islower():  # "Q — the United States ...": the dash is speech (a
            return Candidate(line[:m.end(2)], word, line[m.end(2):].strip(), "generic")  # question goes on)
        if len(space) > 1 or stop or dash or not m.group(5).islower():
            return Candidate(line[:m.start(4)], word, line[m.end(4):].strip(), "generic")
    stripped = line.strip().rstrip(".") if len(line) <= longest else ""
    if stripped in lex.question_labels:
        return Candidate(line.strip(), stripped, "", "generic")
    return None
