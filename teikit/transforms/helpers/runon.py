"""Several turns run together on one line (OCR'd typescripts, some TV and news pages):
"... morning. Mr. Clemens. Good ...", "... ? QUESTION.- ...", "... that. THE PRESIDENT: Well".

`split_run_on_turns` splits such long lines before the labels printed inside them, so that
the labels pass finds each at the start of a paragraph; it returns the labels it split at,
which that pass then takes as confirmed. `split_caption_turns` splits lines at the ">>"
that closed captions print at each change of speaker (">> Tom Smith: How are you?").
`join_continued_lines` joins a run of short lines back into one paragraph, and
`announced_labels` reads a "speaker" line before a label line.
"""
from __future__ import annotations

import itertools
import re
from collections import Counter

from teikit.lexicons import Lexicon
from teikit.model import CONTINUED_LINE, Boilerplate, LineBreak, Paragraph, Text, Transcript
from teikit.transforms.helpers.labelshapes import candidates
from teikit.transforms.helpers.lines import first_text, joined, line_text, lines_of

# A label inside a long line, after a sentence end: "... ? QUESTION.- ...", "... morning.
# Mr. Clemens. Good ...". Several turns run together on one line (OCR'd typescripts).
RUN_ON_MIN_CHARS = 300
RUN_ON_SAMPLE = 30


def _run_on_pattern(lex: Lexicon) -> re.Pattern:
    """A label as it may stand inside a run-on line; where it may stand is `_ANCHOR`'s."""
    honorifics = "|".join(sorted({re.escape(h.rstrip(".").capitalize()) for h in lex.honorifics if h.isalpha()
                                  or h.rstrip(".").isalpha()}, key=len, reverse=True))
    generic = "|".join(map(re.escape, lex.question_labels))
    label = (r"(?:[^\W\d_a-z]{2,}[ \u00a0]){0,3}[^\W\d_a-z]{2,}[ \u00a0]?(?:\.-|:)(?=\s)"  # QUESTION.-  LE PRESIDENT :
             rf"|(?:{generic})[ \u00a0]?(?:\.-|:)(?=\s)"                                     # Q:
             rf"|(?:{honorifics})\.[ \u00a0][A-Z][\w'’\-]+\.(?=[ \u00a0][A-Z])")          # Mr. Clemens. Good
    return re.compile(rf"({label})")


# Where a label may start inside a line: after a sentence end or a bracketed note and one or
# two spaces, or after a page or line number of a typescript ("2401 5 Mr. Barnett."); or at
# the start of the paragraph. Found first, so that the label pattern is tried only there
# (trying it at every character of every long line cost a fifth of a conversion).
_ANCHOR = re.compile(r"[.?!…»”\"\d)\]] {1,2}(?! )")


def _labels_in(text: str, pattern: re.Pattern) -> list[tuple[int, str]]:
    """(start, label) of every label `pattern` finds at an anchor of `text`, left to right and
    not overlapping, as `finditer` of the pattern behind the anchors would give them."""
    found: list[tuple[int, str]] = []
    end = 0
    starts = (a.end() for a in _ANCHOR.finditer(text))
    for start in itertools.chain((0,), starts):
        if start < end:
            continue
        m = pattern.match(text, start)
        if m:
            found.append((start, m.group(1).strip()))
            end = m.end()
    return found


def run_on_key(name: str) -> str:
    return name.rstrip(":.-\u00a0 ")


def split_run_on_turns(doc: Transcript, lex: Lexicon) -> set[str]:
    """Split long one-line paragraphs before labels printed inside them, when the document
    has a dialogue of such labels: at least two different ones, each at least twice. In such
    a dialogue a label of two words or more printed once ("PRIME MINISTER MORI:", "Mr.
    Cohen.") is taken too: one-word ones may be an acronym or a word in capitals."""
    pattern = _run_on_pattern(lex)
    long_paras = [b for b in doc.blocks if isinstance(b, Paragraph) and len(b.content) == 1
                  and isinstance(b.content[0], Text) and len(b.content[0].text) > RUN_ON_MIN_CHARS]
    if not long_paras:
        return set()
    found: dict[int, list[tuple[int, str]]] = {}  # each long line scanned once

    def labels_of(para) -> list[tuple[int, str]]:
        if id(para) not in found:
            found[id(para)] = _labels_in(para.content[0].text, pattern)
        return found[id(para)]

    def dialogue_in(paras: list) -> set:
        counts = Counter(name for p in paras for _, name in labels_of(p))
        return {name for name, n in counts.items() if n >= 2 and not is_upper_label_word_only(name, lex)}

    # a run-on transcript shows its dialogue from the start: look at the first paragraphs
    # before scanning all of a long document
    if len(dialogue_in(long_paras[:RUN_ON_SAMPLE])) < 2:
        return set()
    dialogue = dialogue_in(long_paras)
    labels: set[str] = set()
    out: list = []
    for block in doc.blocks:
        if id(block) not in found:
            out.append(block)
            continue
        text, start = block.content[0].text, 0
        for at, name in found[id(block)]:
            if not at:
                continue  # a label at the start is the labels pass's to find
            key = run_on_key(name)
            if name in dialogue or (len(key.split()) >= 2 and key.split()[-1].lower() not in lex.small_words):
                labels.add(key)
                if text[start:at].strip():
                    out.append(Paragraph(content=[Text(text[start:at].strip())], line=block.line))
                start = at
        out.append(Paragraph(content=[Text(text[start:].strip())], line=block.line))
    doc.blocks = out
    return labels


def is_upper_label_word_only(name: str, lex: Lexicon) -> bool:
    """ "NATO:", "USA.-": an acronym alone, as speech prints them, is no evidence of a label."""
    word = name.rstrip(":.- \u00a0")
    return " " not in word and len(word) <= 4 and word not in lex.question_labels + lex.answer_labels


# Closed captions mark each change of speaker with ">>" (often followed by "Name:").
CAPTION_MARK = re.compile(r"(?:^|(?<=\s))>>[ \t\u00a0]+(?=\S)")
# A document with fewer marks than this does not print captions (a ">>" is a link arrow).
MIN_CAPTION_MARKS = 2


def split_caption_turns(doc: Transcript) -> bool:
    """Split one-line paragraphs before every caption mark inside them, when the document
    prints at least `MIN_CAPTION_MARKS` marks, one of them at the start of a line; True
    when it does (each mark then opens a turn, with a label or without)."""
    texts = [(b, b.content[0].text) for b in doc.blocks if isinstance(b, Paragraph) and len(b.content) == 1
             and isinstance(b.content[0], Text) and ">>" in b.content[0].text]
    marks = [m for _, text in texts for m in CAPTION_MARK.finditer(text)]
    if len(marks) < MIN_CAPTION_MARKS or not any(m.start() == 0 for m in marks):
        return False
    pieces = {id(b): [m.start() for m in CAPTION_MARK.finditer(text) if m.start()] for b, text in texts}
    out: list = []
    for block in doc.blocks:
        cuts = pieces.get(id(block))
        if not cuts:
            out.append(block)
            continue
        text = block.content[0].text
        for start, end in zip([0] + cuts, cuts + [len(text)]):
            if text[start:end].strip():
                out.append(Paragraph(content=[Text(text[start:end].strip())], line=block.line))
    doc.blocks = out
    return True


def join_continued_lines(doc: Transcript) -> None:
    """Lines the reader marked as continuing the line above (a run of short lines: hard
    wrapping, one sentence per line) become one paragraph with line breaks again."""
    out: list = []
    for block in doc.blocks:
        if isinstance(block, Paragraph) and block.kind == CONTINUED_LINE:
            block.kind = None
            if out and isinstance(out[-1], Paragraph):
                out[-1].content.append(LineBreak())
                out[-1].content.extend(block.content)
                continue
        out.append(block)
    doc.blocks = out


def announced_labels(doc: Transcript, lex: Lexicon) -> set[str]:
    """A line holding only an announcer word ("speaker", as earnings-call and meeting exports
    print it) before a line of label shape ("Operator", "Steve Filton"): that line is a
    label alone on its line, and the announcer line is page furniture (`Boilerplate`)."""
    if not lex.label_announcers:
        return set()
    names: set[str] = set()
    out: list = []
    for i, block in enumerate(doc.blocks):
        if isinstance(block, Boilerplate) and block.text.strip().lower() in lex.label_announcers:
            lines = [[Text(block.text)]]  # the boilerplate pass knew the line as page furniture
        else:
            lines = lines_of(block) if isinstance(block, Paragraph) else None
        if lines and line_text(lines[0]).strip().lower() in lex.label_announcers:
            nxt = doc.blocks[i + 1] if i + 1 < len(doc.blocks) else None
            following = lines[1] if len(lines) > 1 else (
                lines_of(nxt)[0] if isinstance(nxt, Paragraph) else [])
            alone = [c for c in candidates(first_text(following), lex) if c.shape == "alone"]
            if alone:
                names.add(run_on_key(alone[0].name))
                out.append(Boilerplate(line_text(lines[0]).strip(), block.line))
                if len(lines) > 1:
                    out.append(joined(lines[1:], block.line + 1 if block.line else 0))
                continue
        out.append(block)
    doc.blocks = out
    return names


def join_broken_paragraphs(turn, lex: Lexicon) -> None:
    """A blank line in the middle of a sentence (a page break, a copy-paste gap) does not
    end the paragraph: a paragraph that ends with a comma or a small word ("and", "of",
    "der", "et") continues in the next one of the same turn."""
    out: list = []
    for item in turn.paragraphs:
        if out and isinstance(item, Paragraph) and isinstance(out[-1], Paragraph) and _broken(out[-1], lex) \
                and item.content and isinstance(item.content[0], Text) and _blank_between(out[-1], item):
            out[-1].content.append(LineBreak())
            out[-1].content.extend(item.content)
            continue
        out.append(item)
    turn.paragraphs = out


def _blank_between(first: Paragraph, second: Paragraph) -> bool:
    """A blank line separates the two (a text with one paragraph per line breaks where
    its lines break, and says so)."""
    last_line = first.line + sum(isinstance(i, LineBreak) for i in first.content)
    return bool(first.line and second.line) and second.line > last_line + 1


def _broken(paragraph: Paragraph, lex: Lexicon) -> bool:
    last = paragraph.content[-1] if paragraph.content else None
    if not isinstance(last, Text):
        return False
    text = last.text.rstrip()
    if text.endswith((",", "，", "、")):
        return True
    word = text.rsplit(None, 1)[-1] if text else ""
    return word.isalpha() and word.islower() and word in lex.small_words
