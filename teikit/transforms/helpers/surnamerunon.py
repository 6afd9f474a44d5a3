"""A council's or assembly's interventions run into one line under surname-first labels
printed without a colon (L213x).

Italian and French municipal records print each speaker surname first, the surname in
capitals, the office in brackets at most, and then the speech with no separator; a page that
lost its line breaks runs them together:

    CASTRONOVO Giuseppe (Presidente) Passiamo all'esame … La parola al Consigliere Carossa.
    CAROSSA Mario Presidente, intervengo perché … Quanto tempo ho, Presidente? CASTRONOVO
    Giuseppe (Presidente) Ha dieci minuti. CAROSSA Mario Starò nei dieci minuti.

(one line in the file). No colon marks the label, and a given name may be followed by a
capitalised word of the speech (`CAROSSA Mario Presidente, …`), so the shape is taken only as
a dialogue: at the line's start or after a sentence end, a surname in capitals (one or two
words) and one or two capitalised given names, at least `MIN_SPEAKERS` different surnames
printed at least `MIN_PRINTINGS` times each. A speaker's label is the surname and the given
names every printing shares, with the bracketed office printed right after them. An acronym
before a capitalised word (`NATO Allies`) is seldom printed twice after a sentence end, and
never beside a second one taking turns.
"""
from __future__ import annotations

import re
from collections import defaultdict

from teikit.model import Paragraph, Transcript
from teikit.transforms.helpers.labelshapes import Candidate
from teikit.transforms.helpers.runon import RUN_ON_MIN_CHARS, line_pieces, run_on_key, split_apart

MIN_SPEAKERS = 2
MIN_PRINTINGS = 2
_UPPER = r"[^\W\d_a-zß-ÿ]"
_SURNAME = rf"{_UPPER}{{2,}}(?:['’\-]{_UPPER}+)*"
_GIVEN = rf"{_UPPER}[a-zß-ÿ'’\-]+"
_LABEL = re.compile(rf"(?:(?<=^)|(?<=[.?!…\"”»)] ))({_SURNAME}(?: {_SURNAME})?)((?: {_GIVEN}){{1,2}})"
                    rf"(?= (?:\(|{_UPPER}))")
_OFFICE = re.compile(r" \([^()]{1,40}\)(?= )")
# a capital pair after a sentence end: every printing but one at the line's start has one,
# and this plain search is far cheaper than `_LABEL`'s lookbehind tried at every character
_PRINTING_HINT = re.compile(rf"[.?!…\"”»)] {_UPPER}{{2}}")


def split_surname_run_on(doc: Transcript, plain: list[tuple[Paragraph, str]]) -> set[str]:
    """Cut the long one-line paragraphs of `plain` (`runon.one_line_paragraphs`) before each
    such label; the labels cut at (`run_on_key` form: the labels pass takes them as labels)."""
    labels: set[str] = set()
    split: dict[int, tuple[int, list]] = {}
    for at, (block, text) in enumerate(plain):
        if len(text) < RUN_ON_MIN_CHARS:
            continue
        cuts = _labels_in(text)
        if not cuts:
            continue
        split[id(block)] = (at, line_pieces(text, [start for start, _ in cuts if start], block.line))
        labels.update(run_on_key(label) for _, label in cuts)
    split_apart(doc, plain, split)
    return labels


def _labels_in(text: str) -> list[tuple[int, str]]:
    """(offset, label) of the dialogue's labels in `text`, or none."""
    if not _may_hold_dialogue(text):
        return []
    return sorted(_dialogue_labels([(text, m) for m in _LABEL.finditer(text)]))


def surname_labels_at_line_starts(lines: list[str]) -> set[str]:
    """The labels of such a dialogue printed a paragraph each, at the start of `lines`
    (`BIANCHI Marco (Presidente) Apriamo la seduta.` / `VERDI Anna (Consigliera) Chiedo …`),
    in `run_on_key` form (T905d): the same evidence, two surnames printed twice each."""
    found = [(line, m) for line in lines if line[:2].isupper() and (m := _LABEL.match(line))]
    if len(found) < MIN_SPEAKERS * MIN_PRINTINGS:
        return set()
    return {run_on_key(label) for _, label in _dialogue_labels(found)}


def _dialogue_labels(found: list[tuple[str, re.Match]]) -> list[tuple[int, str]]:
    """(offset, label) of each printing of the surnames printed `MIN_PRINTINGS` times or more,
    when there are `MIN_SPEAKERS` such surnames; `found`: (text, `_LABEL` match in it)."""
    printed: dict[str, list] = defaultdict(list)
    for text, m in found:
        if m.group(1).isupper():
            printed[m.group(1)].append((text, m))
    speakers = {s: ms for s, ms in printed.items() if len(ms) >= MIN_PRINTINGS}
    if len(speakers) < MIN_SPEAKERS:
        return []
    cuts = []
    for surname, matches in speakers.items():
        given = _shared([m.group(2).split() for _, m in matches])
        for text, m in matches:
            end = m.start(2) + len(" " + " ".join(given))
            office = _OFFICE.match(text, end)
            cuts.append((m.start(), text[m.start():office.end() if office else end]))
    return cuts


def _may_hold_dialogue(text: str) -> bool:
    """Whether `text` has enough capital pairs after sentence ends for `MIN_SPEAKERS`
    surnames printed `MIN_PRINTINGS` times each (one printing may open the line)."""
    needed = MIN_SPEAKERS * MIN_PRINTINGS - 1
    for seen, _ in enumerate(_PRINTING_HINT.finditer(text), start=1):
        if seen >= needed:
            return True
    return False


def _shared(names: list[list[str]]) -> list[str]:
    """The given names that open every printing (at least the first)."""
    shared = names[0]
    for words in names[1:]:
        n = 0
        while n < min(len(shared), len(words)) and shared[n] == words[n]:
            n += 1
        shared = shared[:max(n, 1)]
    return shared


def add_surname_candidates(lines: list[str], found: list, labels: set[str]) -> None:
    """Give each line of `lines` that opens with one of `labels` (and a space) a candidate of
    that label first in `found` (its candidates), when no candidate names it already."""
    if not labels:
        return
    surnames = {label.split(" ", 1)[0] for label in labels}  # each label has a given name after a space
    for at, line in enumerate(lines):
        if line.split(" ", 1)[0] not in surnames:  # most lines: no label to look for
            continue
        label = next((label for label in labels if line.startswith(label + " ")), None)
        if label is None or any(c.name == label for c in found[at]):
            continue
        found[at].insert(0, Candidate(label=label, name=label, rest=line[len(label):].strip(), shape="bare",
                                      time=None, time_first=False))
