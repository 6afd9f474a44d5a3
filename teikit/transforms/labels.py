"""Pass `labels`: find speaker labels at line starts and group paragraphs into turns.

The shapes a label may take are in `helpers.labelshapes`; this pass decides, for one
document, which candidates are labels (`LabelPolicy`) and groups what follows each label
into its turn. Header fields ("Date:", "Location:") and editorial prefixes ("CORRECTED:")
are never labels; an ordinary sentence with a colon ("The answer is simple: no.") is not
one either.
"""
from __future__ import annotations

import re
from collections import Counter

from teikit.lexicons import Lexicon
from teikit.model import Boilerplate, LineBreak, Paragraph, Text, Transcript, Turn
from teikit.transforms.helpers.labelshapes import (DIARIZATION, Candidate, base_label, candidates,
                                                   is_upper_label, words_of)
from teikit.transforms.helpers.lines import first_text, lines_of
from teikit.transforms.helpers.shapes import SENTENCE_END, title_cased

_MIXED_WORD = re.compile(r"^[^\W\d_][\w.'’\-]*$")
# Shapes that need the same label printed twice in the document before they are believed.
WEAK_SHAPES = ("stop", "spaced", "alone")


def is_mixed_candidate(name: str, lex: Lexicon) -> bool:
    """Shape of a mixed-case label: capitalised name words, optionally ", Role"."""
    if name != name.strip() or name.count(",") > 1:
        return False
    words = words_of(name.replace(",", " "))
    if not words or len(words) > 6:
        return False
    if words[0].strip(".'’").upper() in lex.label_not_words:
        return False
    allowed = lex.label_small_words | lex.name_particles | lex.reporter_words | lex.honorifics
    for i, w in enumerate(words):
        if i and w.isdigit():  # "Speaker 1"
            continue
        if not _MIXED_WORD.match(w):
            return False
        if not w[0].isupper() and not (i and w.lower() in allowed):
            return False  # "President of Russia Vladimir Putin", "CCTV reporter"
    return True


def heading_like(rest: str, lex: Lexicon) -> bool:
    """The rest of a title line such as "Secretary Blinken: Remarks With Foreign Minister
    Lavrov": title-cased words without sentence punctuation, not speech."""
    return title_cased(rest, lex.small_words, min_words=3, share=0.7)


class LabelPolicy:
    """Decides, for one document, which label candidates are speaker labels.

    Colon and Markdown labels: upper-case ones are taken unless they occur once and open a
    heading-like line (a title with a colon). Mixed-case ones need evidence: the same label
    twice, a role word ("Moderator", "Secretary-General", "CCTV reporter"), a name from the
    header, or being the long form of a label already confirmed ("President of Russia
    Vladimir Putin:" beside "Vladimir Putin:"). Once three different mixed-case labels are
    confirmed, the style is established and a name label seen once is taken too. A single
    word is never one of the discourse words that open sentences ("Look:", "Remember:").
    Diarization ids ("SPEAKER_01:", "spk_0:") are always labels.

    Weaker shapes (a full stop, wide spacing, a label alone on its line) are taken only
    for a name of label shape printed so at least twice, or already confirmed as a label
    in a stronger shape.
    """

    ESTABLISHED = 3

    def __init__(self, first_lines: list[str], header_lines: list[str], lex: Lexicon, found=None):
        self.lex = lex
        self.counts: Counter = Counter()
        self.weak: Counter = Counter()
        rests: dict[str, str] = {}
        for shapes in found if found is not None else (candidates(line, lex) for line in first_lines):
            for c in shapes:
                if c.shape in WEAK_SHAPES:
                    self.weak[(c.shape, c.name)] += 1
                else:
                    self.counts[c.name] += 1
                    rests.setdefault(c.name, c.rest)
        # names printed in the header are evidence for a mixed-case label, but a line is no
        # evidence for itself ("Bundesregierung für Desinteressierte: BPK vom ..." is a title)
        self.header_lines = [({w.strip(".,;:()").lower() for w in line.split()}, line) for line in header_lines]
        self.decided: dict = {}
        self.styles: dict[str, int] = {}
        self.confirmed = [_name_words(c) for c in self.counts
                          if self._mixed_evidence(c, rests[c]) and not is_upper_label(base_label(c), lex)]

    def __call__(self, c: Candidate) -> bool:
        if c.shape in WEAK_SHAPES:
            key = (c.shape, c.name)
            if key not in self.decided:
                self.decided[key] = self._weak(c)
            return self.decided[key]
        if c.shape == "dash" and self._dash_style(c):
            return True
        if c.time and is_mixed_candidate(base_label(c.name), self.lex):
            return True  # "Tarik Jasarevic: (00:00)": a transcription service's label
        if self.counts[c.name] >= 2:  # the rest of the line no longer matters: decide once
            if c.name not in self.decided:
                self.decided[c.name] = self._decide(c.name, c.rest)
            return self.decided[c.name]
        return self._decide(c.name, c.rest)

    def _weak(self, c: Candidate) -> bool:
        lex = self.lex
        base = base_label(c.name)
        if not base or len(base) > 60 or (SENTENCE_END.search(base) and (
                c.shape == "alone" or not base.endswith("."))):
            return False
        if c.shape == "alone" and ("  " in base or "\t" in base):
            return False
        words = words_of(base)
        mixed = is_mixed_candidate(base, lex) and (
            len(words) >= 2 or words[0].lower() in lex.label_role_words | lex.anonymous_words)
        shaped = is_upper_label(base, lex) or mixed or _titled_name(base, lex)
        if c.shape == "spaced":
            shaped = is_upper_label(base, lex)
        if not shaped or _single_discourse_word(base, lex):
            return False
        if self.counts[c.name] >= 1 and self._decide(c.name, c.rest):
            return True  # confirmed in a stronger shape elsewhere
        if self.weak[(c.shape, c.name)] >= 2 or c.name in self.lex.question_labels:
            return True
        # A style of the document: several different upper-case names in the same shape
        # ("CL          Hello", "TAG        Thank you") are labels even when seen once.
        return c.shape != "alone" and is_upper_label(base, lex) and self._upper_in_shape(c.shape) >= 2

    def _dash_style(self, c: Candidate) -> bool:
        """ "Presidente.-", "M. le président.  -": the full stop and dash are a record's
        label style, so a name or an office before them is a label."""
        base = base_label(c.name)
        words = words_of(base)
        return 1 <= len(words) <= 8 and words[0][:1].isupper() and not SENTENCE_END.search(base.rstrip(".")) \
            and (len(words) == 1 or _titled_name(base, self.lex) or is_upper_label(base, self.lex)
                 or is_mixed_candidate(base, self.lex) or words[0].lower() in self.lex.honorifics)

    def _upper_in_shape(self, shape: str) -> int:
        if shape not in self.styles:
            self.styles[shape] = sum(1 for s, n in self.weak if s == shape and is_upper_label(base_label(n), self.lex))
        return self.styles[shape]

    def _decide(self, name: str, rest: str) -> bool:
        lex = self.lex
        base = base_label(name)
        if DIARIZATION.match(base):
            return True
        if self.counts[name] < 2 and heading_like(rest, lex):
            return False
        if is_upper_label(base, lex):
            return True
        if self._mixed_evidence(name, rest):
            return True
        if not is_mixed_candidate(base, lex) or _single_discourse_word(base, lex):
            return False
        words = _name_words(name)
        if any(len(c) >= 2 and words[-len(c):] == c for c in self.confirmed):
            return True  # a long form of a confirmed label
        return len({tuple(c) for c in self.confirmed}) >= self.ESTABLISHED and len(words) <= 4

    def _mixed_evidence(self, name: str, rest: str) -> bool:
        """Evidence of its own for a mixed-case candidate."""
        lex = self.lex
        base = base_label(name)
        if not is_mixed_candidate(base, lex) or _single_discourse_word(base, lex):
            return False
        once = self.counts[name] < 2
        if once and heading_like(rest, lex):
            return False
        words = [w.lower() for w in re.split(r"[\s,\-\u00a0]+", base) if w]
        if any(w.strip(".") in lex.label_role_words for w in words) or _titled_name(base, lex):
            return True  # "Moderator", "Peter Stano, Moderator", "Mr. Abulhasan (Kuwait)"
        if len(words) == 1:
            return not once
        last = words_of(base.split(",")[0])[-1]
        word = last.strip(".").lower()
        return not once or (last[:1].isupper() and any(
            word in words for words, line in self.header_lines if not line.startswith(name)))


def _titled_name(name: str, lex: Lexicon) -> bool:
    """ "Mr. Barnett", "The Witness", "M. le président": a title or honorific, then words."""
    words = words_of(name)
    first = words[0].lower() if words else ""
    titled = first in lex.honorifics or first.rstrip(".") in lex.honorifics or first in lex.title_words
    return 2 <= len(words) <= 5 and titled and words[-1][:1].isupper()


def _name_words(name: str) -> list[str]:
    return [w.strip(".,").lower() for w in words_of(base_label(name).split(",")[0])]


def _single_discourse_word(base: str, lex: Lexicon) -> bool:
    """ "Look:", and phrases that open with such a word ("First question:", "My answer:")."""
    words = words_of(base)
    first = words[0].strip(".").lower() if words else ""
    return first in lex.discourse_words or (len(words) > 1 and first in lex.determiners)


def split_label(line: str, lex: Lexicon, accept=None, found=None) -> Candidate | None:
    """The label `line` opens with, if the document's policy `accept` takes one (without
    a policy, only upper-case colon labels and generic question labels are taken).
    `found` is `candidates(line, lex)` when already known."""
    found = candidates(line, lex) if found is None else found
    if not found:  # most lines of speech
        return _generic(line, lex)
    for c in found:
        if c.shape not in WEAK_SHAPES and (
                accept(c) if accept else (c.shape == "colon" and is_upper_label(base_label(c.name), lex))):
            return c
    generic = _generic(line, lex)
    if generic is not None or accept is None:
        return generic
    return next((c for c in found if c.shape in WEAK_SHAPES and accept(c)), None)


_NO_COLON_CACHE: dict = {}


def _generic(line: str, lex: Lexicon) -> Candidate | None:
    """A generic question or answer label without a colon: "Q    Good afternoon.",
    "QUESTION What ...", "Q. Why?", a "Q" alone on its line. A one-letter label that is
    also a word ("A") needs a full stop or wide spacing."""
    cached = _NO_COLON_CACHE.get(lex)
    if cached is None:
        labels = lex.question_labels + lex.answer_labels
        words = "|".join(map(re.escape, labels))
        cached = _NO_COLON_CACHE[lex] = (re.compile(rf"^({words})(\.?)(?=\s)(\s+)(\S)"),
                                         tuple({w[0] for w in labels}), max(map(len, labels)) + 3)
    pattern, initials, longest = cached
    if not line.startswith(initials):
        return None
    m = pattern.match(line)
    if m:
        word, stop, space = m.group(1), m.group(2), m.group(3)
        if word.lower() in lex.small_words and not stop and len(space) < 2:
            return None  # "A man walked in"
        if len(space) > 1 or stop or not m.group(4).islower():
            return Candidate(line[:m.start(3)], word, line[m.end(3):].strip(), "generic")
    stripped = line.strip().rstrip(".") if len(line) <= longest else ""
    if stripped in lex.question_labels:
        return Candidate(line.strip(), stripped, "", "generic")
    return None


# --- grouping into turns --------------------------------------------------------------

class LabelsPass:
    name = "labels"
    after = ("boilerplate",)

    def apply(self, doc: Transcript, ctx) -> None:
        group_turns(doc, ctx.lexicon)


# A label inside a long line, after a sentence end: "... ? QUESTION.- ...", "... morning.
# Mr. Clemens. Good ...". Several turns run together on one line (OCR'd typescripts).
RUN_ON_MIN_CHARS = 300
RUN_ON_SAMPLE = 30


def _run_on_pattern(lex: Lexicon) -> re.Pattern:
    honorifics = "|".join(sorted({re.escape(h.rstrip(".").capitalize()) for h in lex.honorifics if h.isalpha()
                                  or h.rstrip(".").isalpha()}, key=len, reverse=True))
    return re.compile(
        r"(?<=[.?!…»”\"] )("
        r"(?:[^\W\d_a-z]{2,}[ \u00a0]){0,3}[^\W\d_a-z]{2,}[ \u00a0]?(?:\.-|:)(?=\s)"  # QUESTION.-  LE PRESIDENT :
        rf"|(?:{honorifics})\.[ \u00a0][A-Z][\w'’\-]+\.(?=[ \u00a0][A-Z])"           # Mr. Clemens. Good
        r")")


def split_run_on_turns(doc: Transcript, lex: Lexicon) -> None:
    """Split long one-line paragraphs before labels printed inside them, when the document
    has a dialogue of such labels: at least two different ones, each at least twice."""
    pattern = _run_on_pattern(lex)
    long_paras = [b for b in doc.blocks if isinstance(b, Paragraph) and len(b.content) == 1
                  and isinstance(b.content[0], Text) and len(b.content[0].text) > RUN_ON_MIN_CHARS]
    if not long_paras:
        return
    def dialogue_in(paras: list) -> set:
        counts = Counter(m.group(1).strip() for p in paras for m in pattern.finditer(p.content[0].text))
        return {name for name, n in counts.items() if n >= 2 and not is_upper_label_word_only(name, lex)}

    # a run-on transcript shows its dialogue from the start: look at the first paragraphs
    # before scanning all of a long document
    if len(dialogue_in(long_paras[:RUN_ON_SAMPLE])) < 2:
        return
    dialogue = dialogue_in(long_paras)
    out: list = []
    long_ids = {id(p) for p in long_paras}
    for block in doc.blocks:
        if id(block) not in long_ids:
            out.append(block)
            continue
        text, start = block.content[0].text, 0
        for m in pattern.finditer(text):
            if m.group(1).strip() in dialogue:
                if text[start:m.start()].strip():
                    out.append(Paragraph(content=[Text(text[start:m.start()].strip())], line=block.line))
                start = m.start()
        out.append(Paragraph(content=[Text(text[start:].strip())], line=block.line))
    doc.blocks = out


def is_upper_label_word_only(name: str, lex: Lexicon) -> bool:
    """ "NATO:", "USA.-": an acronym alone, as speech prints them, is no evidence of a label."""
    word = name.rstrip(":.- \u00a0")
    return " " not in word and len(word) <= 4 and word not in lex.question_labels + lex.answer_labels


def group_turns(doc: Transcript, lex: Lexicon) -> None:
    """Replace labelled paragraphs by Turns and attach following paragraphs to them."""
    split_run_on_turns(doc, lex)
    all_lines = [first_text(line) for b in doc.blocks if isinstance(b, Paragraph)
                 for line in lines_of(b)]
    found = [candidates(line, lex) for line in all_lines]  # once per line, in reading order
    accept = LabelPolicy(all_lines, all_lines[:12], lex, found)
    shapes = iter(found)
    out: list = []
    current: Turn | None = None
    for block in doc.blocks:
        if not isinstance(block, Paragraph):
            if current is not None and isinstance(block, Boilerplate):
                current.paragraphs.append(block)
            else:
                out.append(block)
            continue
        for found, para in _split_at_labels(block, lex, accept, shapes):
            if found is not None:
                current = Turn(label=found.label, name=found.name, time=found.time,
                               time_first=found.time_first, line=para.line)
                out.append(current)
                if para.content:
                    current.paragraphs.append(para)
            elif current is not None:
                current.paragraphs.append(para)
            else:
                out.append(para)
    doc.blocks = out


def _split_at_labels(paragraph: Paragraph, lex: Lexicon, accept, shapes) -> list[tuple[Candidate | None, Paragraph]]:
    """Split a paragraph before every line that opens with a label; `shapes` yields the
    label candidates of each line in reading order."""
    content = paragraph.content
    if len(content) == 1 and type(content[0]) is Text:  # one line of words: the common case
        found = split_label(content[0].text, lex, accept, next(shapes))
        if found is None:
            return [(None, paragraph)]
        return [(found, Paragraph(content=[Text(found.rest)] if found.rest else [], line=paragraph.line))]
    lines = lines_of(paragraph)
    if len(lines) == 1:
        found = split_label(first_text(lines[0]), lex, accept, next(shapes))
        if found is None:
            return [(None, paragraph)]
        per_line = iter([found])
    else:
        per_line = (split_label(first_text(line), lex, accept, next(shapes)) if line else next(shapes) and None
                    for line in lines)
    pieces: list[tuple[Candidate | None, Paragraph]] = []
    for offset, line in enumerate(lines):
        found = next(per_line)
        number = paragraph.line + offset if paragraph.line else 0
        if found is not None:
            content = ([Text(found.rest)] if found.rest else []) + line[1:]
            pieces.append((found, Paragraph(content=_trim(content), line=number)))
        elif not pieces:
            pieces.append((None, Paragraph(content=list(line), line=number)))
        else:
            para = pieces[-1][1]
            if para.content:
                para.content.append(LineBreak())
            para.content.extend(line)
    return pieces


def _trim(content: list) -> list:
    return [c for c in content if not (isinstance(c, Text) and not c.text)]


PASS = LabelsPass()
