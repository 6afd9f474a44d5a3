"""A name in capitals alone on its line, printed once, over speech, in a document whose
other speakers are printed so too: a label when the text prints the same name elsewhere as
a name ("SEGOLENE ROYAL" over "Bonsoir.", and "Bonsoir Ségolène ROYAL." or a guests line
"Invités : Ségolène ROYAL, ..." above). A heading in capitals printed once ("PRESS
CONFERENCE") is seldom printed again with its words capitalised inside a sentence (L3b)."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from teikit.transforms.helpers.labeltext import base_label

# Different names in capitals alone on their line over speech that make the document's style.
MIN_UPPER_ALONE = 3


def _folded(text: str) -> str:
    """Lower case without accents: "Ségolène" and "SEGOLENE" are the same name."""
    if text.isascii():
        return text.lower()  # (the same, at C speed: most lines of most texts)
    decomposed = unicodedata.normalize("NFKD", text)
    if _ASTRAL.search(decomposed) is None:  # (the marks are dropped at C speed)
        return _bmp_marks().sub("", decomposed).casefold()
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")


@lru_cache(maxsize=1)
def _bmp_marks() -> re.Pattern:
    """The combining marks of the Basic Multilingual Plane as one character class (read once,
    on the first text outside ASCII: a few milliseconds); removing them with it is ten times
    faster than `str.translate` with a table."""
    marks = [cp for cp in range(0x300, 0x10000) if unicodedata.combining(chr(cp))]
    ranges: list[list[int]] = []
    for cp in marks:
        if ranges and ranges[-1][1] == cp - 1:
            ranges[-1][1] = cp
        else:
            ranges.append([cp, cp])
    return re.compile("[" + "".join(chr(a) if a == b else f"{chr(a)}-{chr(b)}" for a, b in ranges) + "]")


class NamesPrinted:
    """Whether a name's words (two to four) are printed in this order in a line other than
    the label line, each with a capital letter first, inside the line or after other words.

    Each line is folded once per document, when a look-up first reads it, in batches (folding
    every line for every candidate cost the square of a long text, 3 s on 1 MB). Names are
    looked for line by line from the top, up to the first line that prints them (a name is
    mostly printed near the top, in a lead or an earlier label, and the lines below it are
    then never folded), until the look-ups have read the document's lines
    `READINGS_BEFORE_INDEX` times over; after that the lines' words are indexed, so a name is
    looked for only in the lines that print its rarest word. A name looked up again gets the
    same answer."""

    # Reading a folded line for a word costs a hundredth or less of indexing its words (1.6 s
    # on a 10 MB text; 0.18 s for the 11,800 lines of the 1.8 MB mashup, whose 46 look-ups,
    # one per name printed once, read them 19 times over): dozens of look-ups read the lines,
    # only more build the index, and the two together stay linear in the text.
    READINGS_BEFORE_INDEX = 64

    def __init__(self, lines: list[str]) -> None:
        self.lines = lines
        # each line folded, None where folding changes its length (offsets would not match);
        # the lines above `folded_to` are folded, those below not yet
        self.folded: list[str | None] = [None] * len(lines)
        self.folded_to = 0
        self.index: dict[str, list[int]] | None = None  # word -> lines printing it (built when needed)
        self.read = 0  # lines read by look-ups without the index
        self.answers: dict[str, bool] = {}

    def _fold_to(self, end: int) -> None:
        """Fold the lines up to `end` (a batch at once: one comprehension, not a call a line)."""
        if end > self.folded_to:
            batch = self.lines[self.folded_to:end]
            self.folded[self.folded_to:end] = [text if len(text) == len(line) else None
                                               for line, text in zip(batch, map(_folded, batch))]
            self.folded_to = end

    def _build(self) -> dict[str, list[int]]:
        self._fold_to(len(self.lines))
        self.index = {}
        for n, text in enumerate(self.folded):
            if text is None:
                continue
            for word in set(_RUN.findall(text)):
                self.index.setdefault(word, []).append(n)
        return self.index

    def _lines_holding(self, word: str):
        """The lines whose folding holds `word`, in reading order; the lines are folded in
        batches as the reading reaches them (a look-up that stops early leaves the rest)."""
        start, size = 0, self.FIRST_BATCH
        while start < len(self.lines):
            end = min(len(self.lines), start + size)
            self._fold_to(end)
            self.read += end - start
            yield from [n for n, text in enumerate(self.folded[start:end], start) if text is not None and word in text]
            start, size = end, size * 2

    # Lines folded in the first batch a look-up reads; each next batch is twice as long.
    FIRST_BATCH = 256

    def _lines_to_read(self, runs: set[str]):
        """The lines that may print all of `runs` as whole words, in reading order: from the
        index, or (until the look-ups have read their share) the lines holding the longest of them
        anywhere, a larger set read by the same test, so the answer is the same."""
        if self.index is None and self.read < self.READINGS_BEFORE_INDEX * len(self.lines):
            if not runs:
                self.read += len(self.lines)
                self._fold_to(len(self.lines))
                return range(len(self.lines))
            return self._lines_holding(max(sorted(runs), key=len))
        index = self.index if self.index is not None else self._build()
        postings = [index.get(run, ()) for run in runs] or [range(len(self.lines))]
        return min(postings, key=len)

    def has(self, name: str) -> bool:
        if name not in self.answers:
            self.answers[name] = self._printed(name)
        return self.answers[name]

    def _printed(self, name: str) -> bool:
        words = name.split()
        if not 2 <= len(words) <= 4:
            return False
        runs = {run for w in words for run in _RUN.findall(_folded(w))}
        # every word of a match is a whole run of word characters in its line
        label = name.strip()
        pattern = re.compile(r"(?<!\w)" + r"[ \u00a0]+".join(re.escape(_folded(w)) for w in words) + r"(?!\w)")
        for n in self._lines_to_read(runs):
            line, text = self.lines[n], self.folded[n]  # (folded: every line read is)
            if text is None or line.strip() == label:
                continue
            for m in pattern.finditer(text):
                if all(w[:1].isupper() for w in line[m.start():m.end()].split()):
                    return True
        return False


_RUN = re.compile(r"\w+")


# "Track 2", "Voice 3", "Sprecher 1": a word and a number, as recording tools name their tracks
_NUMBERED = re.compile(r"^([^\W\d_][\w'’\-]{1,20})[ _]?(\d{1,3})$")


def numbered_family(base: str, rest: str, families: dict[str, dict[str, int]]) -> bool:
    """A word and a number alone on its line ("Track 6:" over "Abend."), printed once, beside
    labels of the same word with other numbers of which one is printed twice or more: a
    recording's speaker ids (L7b). Section headings ("Part 1:", "Part 2:") do not repeat.
    `families`: `numbered_families` of the document's label counts."""
    m = _NUMBERED.match(base)
    if m is None or rest:
        return False
    family = families.get(m.group(1).casefold(), {})
    return len(family) >= 2 and max(family.values()) >= 2


def numbered_families(counts) -> dict[str, dict[str, int]]:
    """word -> number -> printings, of the labels of a word and a number (`counts`: printings
    per label name), read once per document: asked per label, a walk of all the labels cost
    the square of a text of thousands of such labels."""
    families: dict[str, dict[str, int]] = {}
    for name, n in counts.items():
        other = _NUMBERED.match(name.strip().rstrip(":").strip())
        if other:
            family = families.setdefault(other.group(1).casefold(), {})
            family[other.group(2)] = family.get(other.group(2), 0) + n
    return families


def letter_and_name(base: str, lex) -> bool:
    """"Q - Alex Gauna", "A - Ann Roe": a question or answer letter of the lexicon, a dash and
    the speaker's name (one to four capitalised words), as call transcripts print the
    analyst asking and the executive answering (L8b)."""
    letter, dash, name = base.partition(" - ") if " - " in base else base.partition(" – ")
    if not dash or letter.strip() not in (*lex.question_labels, *lex.answer_labels):
        return False
    words = name.split()
    return 1 <= len(words) <= 4 and all(w[:1].isupper() and w[:1].isalpha() for w in words)


# Upper-case surnames (a given name may follow one) joined by spaced hyphens: several people,
# the authors or signatories a record lists, never one speaker.
_NAME_LIST = re.compile(r"[^\W\d_a-z][^\W\d_]*(?: [^\W\d_][\w'’]*)*(?: - [^\W\d_a-z][^\W\d_]*(?: [^\W\d_][\w'’]*)*)+")


def _list_goes_on(rest: str) -> bool:
    """After "ROE - ", the list goes on: an upper-case surname, then another spaced hyphen."""
    head, dash, _ = rest.partition(" - ")
    return bool(dash) and head.split(" ")[0].isupper() and len(head.split(" ")[0]) > 1 and len(head) <= 40


def names_listed(c, lex) -> bool:
    """"ROE - POE - LEE: ..." (a colon after upper-case surnames joined by spaced hyphens) or
    "ROE - POE - ..." (a spaced dash after one, the list going on): a record's list of a bill's
    authors, never one speaker; "Q - Ann Roe:" is a question letter and a name (L8b)."""
    if c.shape == "colon" and " - " in c.name:
        base = base_label(c.name)
        return bool(_NAME_LIST.fullmatch(base)) and not letter_and_name(base, lex)
    return c.shape == "spaced_dash" and _list_goes_on(c.rest)


def speech_after_stop(rest: str) -> bool:
    """What follows a full-stop label candidate reads as speech: a word in lower case, and
    no bracket first ("REASEGURO. (Número de expediente ...)" is a heading's reference,
    "EXCMO. SR. D. ANN ROE" a name in capitals after an abbreviation) (L10b)."""
    rest = rest.lstrip()
    return rest[:1] not in "([" and any(ch.islower() for ch in rest)


def titles_over_stamps(lines: list[str], found: list, lex) -> set[tuple[str, str]]:
    """(label, rest) of colon candidates on the line right above a publication stamp (a date
    and a clock time, `stamp_line`) whose rest ends without a sentence end: a headline of the
    shape "Name:Quote" over the page's stamp, never a turn ("周梅森:把人生活成一場奇跡" /
    "來源:《青年作家》 … 2024年04月10日07:32") (H12c)."""
    from teikit.transforms.helpers.headerwidgets import stamp_line  # (few lines reach it)
    out: set[tuple[str, str]] = set()
    for i, shapes in enumerate(found[:-1]):
        for c in shapes:
            if c.shape == "colon" and c.rest and c.rest.rstrip()[-1:] not in ".?!。？！…\"”" \
                    and stamp_line(lines[i + 1], lex):
                out.add((c.label, c.rest))
    return out


def headline_quotes(lines: list[str], found: list) -> set[tuple[str, str]]:
    """(label, rest) of a colon candidate on the text's first line, its name in mixed case
    and printed in capitals as a label below, and its rest ending without a sentence's end:
    the headline quoting the speaker (`Ann Lee: The harbour "will open in spring"` over the
    interview's `ANN LEE:` turns), never a turn (L132t). The text's labels are read only when
    its first line holds such a candidate."""
    first = next((i for i, line in enumerate(lines[:3]) if line.strip()), None)
    if first is None:
        return set()
    heads = [c for c in found[first] if c.shape == "colon" and c.rest and c.name != c.name.upper()
             and c.rest.rstrip().rstrip("\"”»’'").rstrip()[-1:] not in ".?!。？！…"]
    if not heads:
        return set()
    upper = {c.name.upper() for c in heads}
    below = {c.name for shapes in found[first + 1:] for c in shapes if c.shape == "colon" and c.name in upper}
    return {(c.label, c.rest) for c in heads if c.name.upper() in below}


# An ideographic label's name: two to six characters.
_CJK_KEY = re.compile(r"[\u3400-\u9fff]{2,6}")
_IDEOGRAPH = re.compile(r"[\u3400-\u9fff]")  # (a character `_CJK_KEY` matches)


class NamedElsewhere:
    """Whether an ideographic label printed once in a dialogue of labels is a speaker: its
    name is printed elsewhere too (a programme's guest row, the host's introduction); a word
    before a colon inside speech ("他说:") seldom is (L8c). `texts`: the document's lines,
    joined once and counted once per name (counting every line for every label grew with
    the square of a long text); a document's first `MAX_NAMED_KEYS` names are looked up."""

    def __init__(self, texts) -> None:
        self.texts = texts
        self.joined: str | None = None
        self.answers: dict[str, bool] = {}

    def __call__(self, key: str) -> bool:
        if not _CJK_KEY.fullmatch(key):
            return False
        if key not in self.answers:
            if self.joined is None:
                # (a name holds no line break: counts add up.) Only the lines holding an
                # ideograph can print the name: the others are left out of the copy, which
                # (two or four bytes a character in a text outside ASCII) was the peak memory
                # of a long transcript
                self.joined = "\n".join(t for t in self.texts if not t.isascii() and _IDEOGRAPH.search(t))
            self.answers[key] = len(self.answers) < MAX_NAMED_KEYS and _printed_twice(self.joined, key)
        return self.answers[key]


def _printed_twice(text: str, key: str) -> bool:
    """`text.count(key) >= 2`, read only up to the second time: count finds the first time,
    then looks again after it (the times do not overlap)."""
    first = text.find(key)
    return first >= 0 and text.find(key, first + len(key)) >= 0


# Distinct ideographic labels per document whose names are looked up elsewhere in the text.
MAX_NAMED_KEYS = 256
