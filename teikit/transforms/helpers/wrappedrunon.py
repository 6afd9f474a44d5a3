"""Several turns run together in a hard-wrapped block: a TV transcript pasted as lines broken
at a fixed width, each label in capitals printed where the previous speech ends, in the
middle of a line ("... killed Soleimani. JUDY WOODRUFF: A U.S. airstrike kills one").

`split_wrapped_run_on` is `runon.split_run_on_turns` for paragraphs of several lines: the
line breaks count as spaces while labels are looked for, and each piece keeps its breaks.
"""
from __future__ import annotations

import re
from collections import Counter

from teikit.lexicons import Lexicon
from teikit.model import LineBreak, Paragraph, Text, Transcript
from teikit.transforms.helpers.namedelsewhere import NamedElsewhere
from teikit.transforms.helpers.runon import labels_in, run_on_pattern, run_on_key
from teikit.transforms.helpers.runonwords import speaker_word, speech_after


# A line broken at a fixed width holds at least this many characters.
MIN_WRAPPED_CHARS = 60


def _wrapped_text(block) -> str | None:
    """The text of a paragraph of plain text, "\\n" between its lines (a paragraph per
    wrapped line when the lines are long, or one paragraph of them)."""
    if type(block) is not Paragraph:
        return None
    content = block.content
    if len(content) == 1 and type(content[0]) is Text:  # (most paragraphs: one line)
        text = content[0].text
    elif all(type(i) is Text or type(i) is LineBreak for i in content):
        text = "".join("\n" if type(i) is LineBreak else i.text for i in content)
    else:
        return None
    return text if len(text) >= MIN_WRAPPED_CHARS else None


def wrapped_paragraphs(blocks: list) -> list[tuple[Paragraph, str]]:
    """(block, `_wrapped_text(block)`) of the blocks that have one, in one walk: a one-line
    paragraph (most blocks) is read without a call."""
    found = []
    for block in blocks:
        if type(block) is Paragraph:
            content = block.content
            if len(content) == 1 and type(content[0]) is Text:
                if len(content[0].text) >= MIN_WRAPPED_CHARS:
                    found.append((block, content[0].text))
            elif (text := _wrapped_text(block)) is not None:
                found.append((block, text))
    return found


def _paragraph(text: str, line: int) -> Paragraph:
    content: list = []
    for n, part in enumerate(text.split("\n")):
        if n:
            content.append(LineBreak())
        if part:
            content.append(Text(part))
    return Paragraph(content=content, line=line)


def _after_speech(text: str, start: int) -> bool:
    """The label at `start` follows a sentence's last word, not an initial or an abbreviated
    article ("-EL C. PRESIDENTE ANA RIOS:" is one label)."""
    word = _word_before(text, start)
    return not word or sum(ch.isalpha() for ch in word) >= 2


def _word_before(text: str, at: int) -> str:
    """The last word before `at` (as `text[:at].split()[-1]`, without copying the text
    before it: a long line prints many labels)."""
    end = at
    while end and text[end - 1].isspace():
        end -= 1
    begin = end
    while begin and not text[begin - 1].isspace():
        begin -= 1
    return text[begin:end]


# Words of a name in capitals before the role of a "NAME, ROLE:" label.
MAX_NAME_WORDS = 4


def _name_before(text: str, begin: int, start: int) -> bool:
    """All that stands before the label at `start` (since `begin`) is a name in capitals and
    a comma: "ANN ROE, PRIME MINISTER: …" is one label whose role is printed alone elsewhere,
    no turn cut after the name (L142n)."""
    before = text[begin:start].strip()
    words = before[:-1].split()
    return before.endswith(",") and 0 < len(words) <= MAX_NAME_WORDS and all(
        w.isupper() and any(ch.isalpha() for ch in w) for w in words)


def split_wrapped_run_on(doc: Transcript, lex: Lexicon, scans: dict | None = None) -> set[str]:
    """Split hard-wrapped paragraphs before labels in capitals printed inside their lines,
    when the document's labels so printed make a dialogue: two different speakers at least,
    one of them twice. A label of two words or more with speech after it is taken when
    printed once. Returns the labels split at. `scans`: lines `runon.split_run_on_turns`
    scanned already, and their labels (`runon._reuse_scan`)."""
    pattern = run_on_pattern(lex)
    scans = scans or {}
    found: list[tuple[Paragraph, str, list]] = []  # (the paragraphs that print labels)
    for block, text in wrapped_paragraphs(doc.blocks):
        known = scans.get(id(block))
        if known is not None and known[0] is block and known[1] is text:  # (the line as it was scanned)
            labels = known[2]
        else:
            labels = labels_in(text.replace("\n", " ") + " ", pattern)  # (a label may end a line)
        if labels:
            found.append((block, text, labels))
    counts = Counter(speaker_word(name) for _, _, labels in found for _, name in labels)
    if len(counts) < 2 or max(counts.values(), default=0) < 2:
        return set()
    taken: set[str] = set()
    split: dict[int, list] = {}
    named_elsewhere = NamedElsewhere(t for _, t, _ in found)
    for block, text, labels in found:
        cuts = []
        for start, name in labels:
            key = run_on_key(name)
            if start and _after_speech(text, start) and not _name_before(text, cuts[-1] if cuts else 0, start) \
                    and (counts[speaker_word(name)] >= 2 or (
                    len(key.split()) >= 2 and speech_after(text, start + len(name)))
                    or named_elsewhere(key)):
                cuts.append(start)
                taken.add(key)
        if cuts:
            bounds = zip([0] + cuts, cuts + [len(text)])
            pieces = [text[a:b].strip(" \t") for a, b in bounds]
            split[id(block)] = [_paragraph(piece.strip("\n"), block.line) for piece in pieces if piece.strip()]
    if split:
        doc.blocks = [item for block in doc.blocks for item in split.get(id(block), (block,))]
    return taken


# A text whose lines break mid-sentence this often (of its longer lines) is hard-wrapped.
WRAPPED_SHARE = 0.6
MIN_WRAPPED_LINES = 6


def _line_count(paragraph: Paragraph) -> int:
    return 1 + sum(type(i) is LineBreak for i in paragraph.content)


def _open_end(paragraph: Paragraph) -> bool:
    """The paragraph's last line stops inside a sentence: on a letter, a digit or a comma."""
    last = paragraph.content[-1] if paragraph.content else None
    end = last.text.rstrip()[-1:] if type(last) is Text else ""
    return end.isalnum() or end == ","


def _lower_start(paragraph: Paragraph) -> bool:
    first = paragraph.content[0]
    return type(first) is Text and first.text[:1].islower()


def join_wrapped_lines(doc: Transcript) -> None:
    """A text printed as one paragraph per line whose lines mostly break in the middle of a
    sentence (a TV transcript wrapped at a fixed width, its lines too long to be taken for
    hard wrapping) has its paragraphs at sentence ends: inside a turn, a line that stops
    inside a sentence, or is followed by one that starts in lower case, goes on in the next
    line, when no blank line is between them."""
    turns = doc.turns()
    lines = open_ends = 0  # (a plain loop: this looks at every paragraph of speech)
    for turn in turns:
        for p in turn.paragraphs:
            if type(p) is Paragraph and len(p.content) == 1 and type(p.content[0]) is Text:
                text = p.content[0].text
                if len(text) >= MIN_WRAPPED_CHARS:
                    lines += 1
                    end = text.rstrip()[-1:]  # (`_open_end` of a paragraph of one line)
                    open_ends += end.isalnum() or end == ","
    if open_ends < MIN_WRAPPED_LINES or open_ends < WRAPPED_SHARE * lines:
        return
    for turn in turns:
        if len(turn.paragraphs) < 2:
            continue  # (nothing to join)
        out: list = []
        for item in turn.paragraphs:
            prev = out[-1] if out else None
            if type(prev) is Paragraph and type(item) is Paragraph and item.content and prev.line and item.line \
                    and item.line == prev.line + _line_count(prev) and (_open_end(prev) or _lower_start(item)):
                prev.content.append(LineBreak())
                prev.content.extend(item.content)
                continue
            out.append(item)
        turn.paragraphs = out


# "BRYAN MCKUNE, Manager of Pilot Development," / "Alaska Airlines: It's ...": a label in
# capitals with its role, broken by a fixed-width wrap before its colon.
_LABEL_HEAD = re.compile(r"^(?:[^\W\d_a-z][^\W\d_a-z.'’-]+[ \u00a0]){1,3}[^\W\d_a-z][^\W\d_a-z.'’-]+,"
                         r"(?:[ \u00a0][^\s,:]+){1,8},$")
_LABEL_TAIL = re.compile(r"^(?:[^\W\d_][\w.'’&-]*[ \u00a0]){0,4}[^\W\d_][\w.'’&-]*:[ \u00a0]+\S")


def join_broken_labels(doc: Transcript) -> None:
    """A label in capitals whose role a fixed-width wrap broke before the colon is one line
    again: the line break between its two parts becomes a space (nothing else changes)."""
    for block in doc.blocks:
        if type(block) is not Paragraph or len(block.content) < 3:
            continue
        content = block.content
        for i in range(1, len(content) - 1):
            if type(content[i]) is LineBreak and type(content[i - 1]) is Text and type(content[i + 1]) is Text \
                    and (i == 1 or type(content[i - 2]) is LineBreak) \
                    and _LABEL_HEAD.match(content[i - 1].text) and _LABEL_TAIL.match(content[i + 1].text):
                content[i - 1:i + 2] = [Text(content[i - 1].text + " " + content[i + 1].text)]
                break
