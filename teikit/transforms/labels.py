"""Speaker labels: find them at paragraph (or line) starts and group paragraphs into turns.

Label shapes recognised (the rule lives here and nowhere else):
- upper-case words ending in a colon: "SECRETARY BLINKEN:", "MS. JEAN-PIERRE:", "Q:", "SG:",
  with any spacing (no-break spaces, several spaces) after the colon, or alone on a line;
- mixed-case names ending in a colon, optionally with a role after a comma:
  "Sergey Lavrov:", "Peter Stano, Moderator:"; accepted only when the same label occurs
  twice, names a role, or names someone from the header, so that an ordinary sentence
  with a colon ("The answer is simple: no.") is never a label;
- generic question/answer labels without a colon: "Q    Good afternoon.", "Q Thank you".

Header fields ("Date:", "Location:") and editorial prefixes ("CORRECTED:") are not labels.
"""
from __future__ import annotations

import re
from collections import Counter

from teikit.lexicons import Lexicon
from teikit.model import Boilerplate, LineBreak, Paragraph, Text, Transcript, Turn
from teikit.transforms.helpers.lines import first_text as _first_text
from teikit.transforms.helpers.lines import lines_of
from teikit.transforms.helpers.shapes import title_cased

MAX_LABEL_WORDS = 8
MAX_LABEL_CHARS = 80
_UPPER_CHARS = re.compile(r"^[^\W\d_][\w\s.'’\-\u00a0]*$")
_MIXED_WORD = re.compile(r"^[^\W\d_][\w.'’\-]*$")
# Marks a copy-paste can leave before a label: a backtick, an asterisk of bold Markdown.
STRAY_MARKS = "`*'\"“”‘’•·-–—_ "
_PARENTHETICAL = re.compile(r"(\s*\([^()]{1,40}\))+$")
def split_label(line: str, lex: Lexicon, accept=None) -> tuple[str, str] | None:
    """If `line` starts with a speaker label, return (label as printed, rest of line).

    The label keeps its colon and inner spacing; `rest` is stripped. `accept(candidate,
    rest)` is the document's policy (see `LabelPolicy`); without one, only upper-case
    labels are taken.
    """
    found = colon_candidate(line)
    if found is not None:
        candidate, rest = found
        if accept(candidate, rest) if accept else is_upper_label(base_label(candidate), lex):
            return line[:len(candidate) + 1], rest
    m = _no_colon(lex).match(line)
    if m and (len(m.group(2)) > 1 or not m.group(3).islower()) and m.group(1).lower() not in lex.small_words:
        return line[:m.start(2)], line[m.end(2):].strip()
    return _bare_generic(line, lex)


_NO_COLON_CACHE: dict = {}


def _no_colon(lex: Lexicon) -> re.Pattern:
    """A generic label without a colon: "Q    Good afternoon.", "QUESTION What ..."."""
    if lex not in _NO_COLON_CACHE:
        words = "|".join(map(re.escape, lex.question_labels + lex.answer_labels))
        _NO_COLON_CACHE[lex] = re.compile(rf"^({words})\.?(?=\s)(\s+)(\S)")
    return _NO_COLON_CACHE[lex]


def colon_candidate(line: str) -> tuple[str, str] | None:
    """(text before the colon, text after it) when a colon near the start is followed by
    a space or the end of the line ("12:30" and "https://" are not label colons)."""
    colon = line.find(":", 0, MAX_LABEL_CHARS + 1)
    if colon <= 0:
        return None
    after = line[colon + 1:colon + 2]
    if after and not after.isspace():
        return None
    return line[:colon], line[colon + 1:].strip()


def base_label(candidate: str) -> str:
    """The label without a trailing parenthetical ("Q (AFP)" -> "Q", "PRESIDENT ZELENSKYY
    (via interpreter)" -> "PRESIDENT ZELENSKYY") and without stray marks pasted before it
    ("`MR PRICE" -> "MR PRICE")."""
    m = _PARENTHETICAL.search(candidate)
    candidate = candidate[:m.start()] if m else candidate
    return candidate.lstrip(STRAY_MARKS) if candidate[:1] in STRAY_MARKS else candidate


def _bare_generic(line: str, lex: Lexicon) -> tuple[str, str] | None:
    """A generic label alone on its line: "Q", "QUESTION"."""
    stripped = line.strip().rstrip(".")
    return (line.strip(), "") if stripped in lex.question_labels else None


def _words(candidate: str) -> list[str]:
    return candidate.replace("\u00a0", " ").split()


def is_upper_label(candidate: str, lex: Lexicon) -> bool:
    """Upper-case words (letters, digits, spaces, . ' ’ -), not a header field or prefix."""
    words = _words(candidate)
    if not words or len(words) > MAX_LABEL_WORDS or candidate != candidate.strip():
        return False
    if not _UPPER_CHARS.match(candidate) or candidate.upper() != candidate:
        return False
    return words[0].strip(".'’").upper() not in lex.label_not_words


def is_mixed_candidate(candidate: str, lex: Lexicon) -> bool:
    """Shape of a mixed-case label: capitalised name words, optionally ", Role"."""
    if candidate != candidate.strip() or candidate.count(",") > 1:
        return False
    words = _words(candidate.replace(",", " "))
    if not words or len(words) > 6:
        return False
    if words[0].strip(".'’").upper() in lex.label_not_words:
        return False
    for i, w in enumerate(words):
        if i and w.isdigit():  # "Speaker 1"
            continue
        if not _MIXED_WORD.match(w):
            return False
        if not w[0].isupper() and not (i and w.lower() in lex.label_small_words | lex.name_particles
                                                   | lex.reporter_words):
            return False  # "President of Russia Vladimir Putin", "CCTV reporter"
    return True


def heading_like(rest: str, lex: Lexicon) -> bool:
    """The rest of a title line such as "Secretary Blinken: Remarks With Foreign Minister
    Lavrov": title-cased words without sentence punctuation, not speech."""
    return title_cased(rest, lex.small_words, min_words=3, share=0.7)


class LabelPolicy:
    """Decides, for one document, which colon candidates are speaker labels.

    Upper-case labels are taken unless they occur once and open a heading-like line (a
    title with a colon). Mixed-case labels need evidence: the same label twice, a role
    word ("Moderator", "Secretary-General", "CCTV reporter"), a name from the header, or
    being the long form of a label already confirmed ("President of Russia Vladimir
    Putin:" beside "Vladimir Putin:"). Once three different mixed-case labels are
    confirmed, the style is established and a name label seen once is taken too. A single
    word is never one of the discourse words that open sentences ("Look:", "Remember:").
    """

    ESTABLISHED = 3

    def __init__(self, first_lines: list[str], header_text: str, lex: Lexicon):
        self.lex = lex
        self.counts: Counter = Counter()
        rests: dict[str, str] = {}
        for line in first_lines:
            found = colon_candidate(line)
            if found:
                self.counts[found[0]] += 1
                rests.setdefault(found[0], found[1])
        self.header_words = {w.strip(".,;:()").lower() for w in header_text.split()}
        self.decided: dict[str, bool] = {}
        self.confirmed = [_name_words(c) for c in self.counts
                          if self._mixed_evidence(c, rests[c]) and not is_upper_label(base_label(c), lex)]

    def __call__(self, candidate: str, rest: str) -> bool:
        if self.counts[candidate] >= 2:  # the rest of the line no longer matters: decide once
            if candidate not in self.decided:
                self.decided[candidate] = self._decide(candidate, rest)
            return self.decided[candidate]
        return self._decide(candidate, rest)

    def _decide(self, candidate: str, rest: str) -> bool:
        base = base_label(candidate)
        lex = self.lex
        if self.counts[candidate] < 2 and heading_like(rest, lex):
            return False
        if is_upper_label(base, lex):
            return True
        if self._mixed_evidence(candidate, rest):
            return True
        if not is_mixed_candidate(base, lex) or _single_discourse_word(base, lex):
            return False
        words = _name_words(candidate)
        if any(len(c) >= 2 and words[-len(c):] == c for c in self.confirmed):
            return True  # a long form of a confirmed label
        return len({tuple(c) for c in self.confirmed}) >= self.ESTABLISHED and len(words) <= 4

    def _mixed_evidence(self, candidate: str, rest: str) -> bool:
        """Evidence of its own for a mixed-case candidate."""
        lex = self.lex
        base = base_label(candidate)
        if not is_mixed_candidate(base, lex) or _single_discourse_word(base, lex):
            return False
        once = self.counts[candidate] < 2
        if once and heading_like(rest, lex):
            return False
        words = [w.lower() for w in re.split(r"[\s,\-\u00a0]+", base) if w]
        if any(w.strip(".") in lex.label_role_words for w in words):
            return True
        if len(words) == 1:
            return not once
        last = _words(base.split(",")[0])[-1]
        return not once or (last[:1].isupper() and last.strip(".").lower() in self.header_words)


def _name_words(candidate: str) -> list[str]:
    return [w.strip(".,").lower() for w in _words(base_label(candidate).split(",")[0])]


def _single_discourse_word(base: str, lex: Lexicon) -> bool:
    """ "Look:", and phrases that open with such a word ("First question:", "My answer:")."""
    words = _words(base)
    first = words[0].strip(".").lower() if words else ""
    return first in lex.discourse_words or (len(words) > 1 and first in lex.determiners)


# --- grouping into turns --------------------------------------------------------------

class LabelsPass:
    name = "labels"
    after = ("boilerplate",)

    def apply(self, doc: Transcript, ctx) -> None:
        group_turns(doc, ctx.lexicon)


def group_turns(doc: Transcript, lex: Lexicon) -> None:
    """Replace labelled paragraphs by Turns and attach following paragraphs to them."""
    all_lines = [_first_text(line) for b in doc.blocks if isinstance(b, Paragraph)
                 for line in lines_of(b)]
    accept = LabelPolicy(all_lines, " ".join(all_lines[:12]), lex)
    out: list = []
    current: Turn | None = None
    for block in doc.blocks:
        if not isinstance(block, Paragraph):
            if current is not None and isinstance(block, Boilerplate):
                current.paragraphs.append(block)
            else:
                out.append(block)
            continue
        for label, para in _split_at_labels(block, lex, accept):
            if label is not None:
                current = Turn(label=label, line=para.line)
                out.append(current)
                if para.content:
                    current.paragraphs.append(para)
            elif current is not None:
                current.paragraphs.append(para)
            else:
                out.append(para)
    doc.blocks = out


def _split_at_labels(paragraph: Paragraph, lex: Lexicon, accept) -> list[tuple[str | None, Paragraph]]:
    """Split a paragraph before every line that opens with a label."""
    if len(paragraph.content) == 1 and split_label(_first_text(paragraph.content), lex, accept) is None:
        return [(None, paragraph)]  # the common case: one line, no label
    pieces: list[tuple[str | None, Paragraph]] = []
    for offset, line in enumerate(lines_of(paragraph)):
        found = split_label(_first_text(line), lex, accept) if line else None
        number = paragraph.line + offset if paragraph.line else 0
        if found is not None:
            label, rest = found
            content = ([Text(rest)] if rest else []) + line[1:]
            pieces.append((label, Paragraph(content=_trim(content), line=number)))
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
