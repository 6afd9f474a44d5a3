"""A record's index printed without page numbers: its entries are no labels (L2492m).

A record republished on the web keeps its index and drops the leaders and page numbers
(H2103k reads those): under `INDICE`, each agenda item on a line of its own, closed by a colon,
and under it the names of those who spoke to it, one a line (`Sul processo verbale:` /
`Russo Perez` / `Disegno di legge: …:` / `Presidente` / `Moro` / `Uberti, Relatore` …). The
names are the speakers' labels printed again, alone on their lines, so they were read as labels
alone, each over the next entry as its speech. The index runs from its heading (the lexicon's
`contents_headings`, alone on its line) over lines that end no sentence (an item closed by a
colon, a name, a name and its office) to the first line that ends one; a name right over the
record's opening line (the lexicon's `procedural_lines`, `sitting_starts`: `La seduta comincia
alle 11.`) is still an entry, one over speech opens the speech. No candidate on the index's
lines is a label.
"""
from __future__ import annotations

from teikit.lexicons import Lexicon
from teikit.transforms.helpers.shapes import SENTENCE_END

MAX_INDEX_SCAN = 200          # the index and the officers' fields stand among the record's first lines
MAX_ENTRY_WORDS = 40          # an agenda item with its title, closed by a colon
MAX_NAME_WORDS = 8            # a name, or a name and its office, alone on its line


def index_candidates(lines: list[str], found: list, lex: Lexicon) -> set[tuple[str, str]]:
    """The (label, rest) pairs of the candidates on the lines of such an index."""
    if not lex.contents_headings:
        return set()
    heading = lex.pattern("contents_headings")
    start = next((i for i, line in enumerate(lines[:MAX_INDEX_SCAN]) if line.strip()
                  and len(line) < 40 and heading.fullmatch(line.strip().rstrip(":"))), None)
    if start is None:
        return set()
    out: set[tuple[str, str]] = set()
    for i in range(start + 1, len(lines)):
        text = lines[i].strip()
        if not text:
            continue
        if not _entry(text):
            break
        if found[i] and not _over_speech(lines, i, lex):
            out.update((c.label, c.rest) for c in found[i])
    return out


def _entry(text: str) -> bool:
    words = len(text.split())
    if text.endswith(":"):
        return words <= MAX_ENTRY_WORDS
    return words <= MAX_NAME_WORDS and not SENTENCE_END.search(text)


def _over_speech(lines: list[str], i: int, lex: Lexicon) -> bool:
    """The next line that holds words ends a sentence and is no procedural line of the record."""
    below = next((line.strip() for line in lines[i + 1:i + 3] if line.strip()), "")
    if not below or _entry(below):
        return False
    opening = (lex.procedural_lines and lex.pattern("procedural_lines").match(below)) or (
        lex.sitting_starts and lex.pattern("sitting_starts").match(below))
    return not opening


# An officer's field over a record: the office, a colon, the holder's name in capitals (L2497m).
MIN_HOLDER_WORDS, MAX_HOLDER_WORDS = 2, 5


def officer_fields(found: list) -> set[tuple[str, str]]:
    """The (label, rest) pairs of the colon candidates that are the header's officer fields
    (`Presidente: WALTER FELDMAN` over `O SR. PRESIDENTE - WALTER FELDMAN - PSDB - …`): an
    office and a name in capitals and nothing more, the name printed inside a label of another
    line. The record's labels name the holder; the field lists the sitting's officers."""
    fields = [(i, c) for i, shapes in enumerate(found[:MAX_INDEX_SCAN]) for c in shapes[:1]
              if c.shape == "colon" and MIN_HOLDER_WORDS <= len(c.rest.split()) <= MAX_HOLDER_WORDS
              and c.rest.isupper() and all(w.isalpha() for w in c.rest.replace("-", "").split())]
    if not fields:
        return set()  # (most documents: no such field among the first lines)
    at = {i for i, _ in fields}
    # the other lines' labels of other shapes, searched at once (a few fields, many labels)
    labels = "\n".join(c.label for i, shapes in enumerate(found) if i not in at for c in shapes if c.shape != "colon")
    return {(c.label, c.rest) for _, c in fields if c.rest in labels}
