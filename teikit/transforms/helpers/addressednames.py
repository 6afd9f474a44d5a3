"""A first-name label completed by the host's greeting right before its turn (N1244h): a
podcast host ends a turn by greeting the next speaker with the full name and a question
(`… the authors of REWORK. Jason Fried, how are you?`, `And David Heinemeier Hansson, how are
you?`), and the next turn is labelled with the first name only (`**Jason: (00:00:43)** Good,
Shaun.`). The name addressed is the label's word and one to three capitalised words after it,
then a comma, in the last sentence of the turn right before one of the person's turns, a
sentence that asks; the person's name is that full name, as printed. A name mentioned
elsewhere (`Jason Fried said …`) or a greeting without a question names no one.

A full-name label completed by middle initials the same way (N2264l): a court clerk opens the
turn before the defendant's first answer by addressing him with the name as the indictment
prints it (`Donald J. Trump, the grand jury … has filed indictment … How do you plead …?`), and
the label is `DONALD TRUMP:`. The paragraph opens with the label's words, initials between
them, and a comma, and ends asking; the person's name is that form, as printed. The same
words with no initial, or a paragraph that does not ask, change nothing."""
from __future__ import annotations

import re

from teikit.model import Paragraph, Person, Turn
from teikit.transforms.helpers.lines import line_text

MAX_SURNAME_WORDS = 3
_LAST_SENTENCE = re.compile(r"(?:^|(?<=[.!?…]))\s*([^.!?…]*\?)[\s\"”’*_]*$")


def addressed_full_names(turns: list[Turn], people: list) -> None:
    """Give each person known by a one-word name the full name a turn before theirs addresses."""
    turns_before: dict[str, list[Turn]] | None = None
    for _, person in people:
        if person.name and " " not in person.name.strip() and person.name[:1].isupper():
            if turns_before is None:
                turns_before = _turns_before(turns)
            full = _addressed(turns_before.get(person.id, []), person)
            if full:
                person.name = full


def addressed_initials(turns: list[Turn], people: list) -> None:
    """Give each person known by a name of two words or more, no initial, the form with middle
    initials that opens a turn right before theirs, addressing them (N2264l)."""
    turns_before: dict[str, list[Turn]] | None = None
    for _, person in people:
        words = (person.name or "").split()
        if len(words) >= 2 and all(w[:1].isupper() and not w.endswith(".") for w in words):
            if turns_before is None:
                turns_before = _turns_before(turns)
            full = _addressed_with_initials(turns_before.get(person.id, []), words)
            if full:
                person.name = full


def _addressed_with_initials(turns_before: list[Turn], words: list[str]) -> str | None:
    """The name opening the last paragraph of one of `turns_before`: `words` with one or more
    middle initials after the first, then a comma, in a paragraph that ends asking."""
    pattern = None  # compiled for the first paragraph that opens with the first word (most open with none)
    for before in turns_before:
        text = _last_paragraph_text(before).strip()
        if not text.startswith(words[0]) or not text.rstrip(" \"”’*_").endswith("?"):
            continue
        if pattern is None:
            rest = "[ \u00a0]".join(map(re.escape, words[1:]))
            pattern = re.compile(rf"({re.escape(words[0])}(?:[ \u00a0][A-Z]\.)+[ \u00a0]{rest}),[ \u00a0]")
        m = pattern.match(text)
        if m:
            return m.group(1)
    return None


def _turns_before(turns: list[Turn]) -> dict[str, list[Turn]]:
    """Speaker id -> the turns right before each of their turns that another speaker says, in
    order (indexed once: a walk of all turns per person was quadratic in long transcripts)."""
    before_of: dict[str, list[Turn]] = {}
    for before, turn in zip(turns, turns[1:]):
        if turn.who != before.who:
            before_of.setdefault(turn.who, []).append(before)
    return before_of


def _addressed(turns_before: list[Turn], person: Person) -> str | None:
    given = person.name.strip()
    pattern = None  # compiled for the first paragraph that holds the name (most hold none)
    for before in turns_before:
        text = _last_paragraph_text(before)
        if given not in text:  # (the sentence is read, and the pattern compiled, for a name printed)
            continue
        last = _last_sentence(text)
        if not last:
            continue
        pattern = pattern or re.compile(
            rf"(?<![\w-]){re.escape(given)}((?:[ \u00a0][^\W\d_][\w'’-]*){{1,{MAX_SURNAME_WORDS}}}),[ \u00a0]")
        m = pattern.search(last)
        if m and all(w[:1].isupper() for w in m.group(1).split()):
            return given + m.group(1)
    return None


def _last_paragraph_text(turn: Turn) -> str:
    last = next((p for p in reversed(turn.paragraphs) if isinstance(p, Paragraph)), None)
    return line_text(last.content) if last is not None else ""


def _last_sentence(text: str) -> str | None:
    """The last sentence of a paragraph's text, when it asks."""
    m = _LAST_SENTENCE.search(text)
    return m.group(1) if m else None
