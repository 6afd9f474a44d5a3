"""A whole transcript pasted on one line, with "Name: " labels inside it.

Pages that lost their line breaks (a repost on another site, a text layer) print the whole
dialogue on one line, each label after the end of the sentence before it and a space:
"... 下面开始提问。 王超: 非常感谢 ... 李强: 谢谢 ...", "... thank you. Ann Lee: Good
morning ... Tom Poe: Hello ...". Upper-case and dialogue labels are found by
`runon.split_run_on_turns` and `runon.split_glued_records`; this step reads the shape when
the labels are names printed once each: a line of `MIN_LINE_CHARS` or more holding at least
`MIN_LABELS` label-shaped names after a sentence end and a space, at least two of them
different. A name is a short run of ideographs (a label even printed once), or one to four
capitalised words printed at least twice (German capitalises every noun: "Das Fazit:" once
is prose), the first no article or determiner.
"""
from __future__ import annotations

import re
from collections import Counter

from teikit.lexicons import Lexicon
from teikit.model import HeaderKind, HeaderLine, Paragraph, Text, Transcript

MIN_LINE_CHARS = 300
MIN_LABELS = 3
# After a sentence end (any script) and one or two spaces: a name, a colon and a space.
_INSIDE = re.compile(r"(?<=[.?!。？！…”\"»)\]]) {1,2}"
                     r"([\u3400-\u9fff\uf900-\ufaff]{2,12}|[^\W\d_a-z][\w'’\-.]*(?: [^\W\d_a-z][\w'’\-.]*){0,3})"
                     r" ?[:：](?= )")


def split_one_line_dialogue(doc: Transcript, lex: Lexicon, plain: list | None = None) -> set[str]:
    """Split such lines before each label; the names split at (the labels pass takes them
    as labels). `plain`: the (paragraph, text) pairs of the one-line paragraphs, when known."""
    names: set[str] = set()
    if plain is None:
        plain = [(b, b.content[0].text) for b in doc.blocks if type(b) is Paragraph
                 and len(b.content) == 1 and type(b.content[0]) is Text]
    # long one-line paragraphs only (most documents have few or none)
    found_at = {id(b): found for b, text in plain if len(text) >= MIN_LINE_CHARS
                and (found := _labels_inside(b, lex))}
    for key, found in _answers_inside(plain, lex).items():
        found_at.setdefault(key, found)
    if not found_at:
        return names
    out: list = []
    for block in doc.blocks:
        found = found_at.get(id(block))
        if not found:
            out.append(block)
            continue
        text, start = block.content[0].text, 0
        for at, name in found:
            if text[start:at].strip():
                out.append(Paragraph(content=[Text(text[start:at].strip())], line=block.line))
            start = at
            names.add(name)
        out.append(Paragraph(content=[Text(text[start:].strip())], line=block.line))
    doc.blocks = out
    return names


def _labels_inside(block, lex: Lexicon) -> list[tuple[int, str]]:
    """(start, name) of the labels inside a long one-line paragraph, or [] (the colons are
    counted first: most long lines hold fewer than labels)."""
    text = block.content[0].text
    if text.count(": ") < MIN_LABELS and "： " not in text:
        return []  # (one scan settles most long lines of speech)
    found = [(m.start(1), m.group(1)) for m in _INSIDE.finditer(text)
             if m.group(1).split()[0].strip(".").upper() not in lex.label_not_words]
    # Capitalised words before a colon are also a noun phrase in prose ("Das Fazit: ...", as
    # German capitalises every noun): a name in letters must be printed at least twice, and
    # open with no article or determiner; ideographs before ": " after a sentence end are a
    # speaker's label even once.
    counts = Counter(name for _, name in found)
    found = [(at, name) for at, name in found if _IDEOGRAPH.match(name) or (
        counts[name] >= 2 and name.split()[0].lower() not in lex.articles | lex.determiners)]
    if len(found) < MIN_LABELS or len({name for _, name in found}) < 2:
        return []
    return found


_IDEOGRAPH = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")

# "南方周末:……吗? 莫言:……", "Q: ... here? A: ...": a question's line that runs on into its
# answer. The line opens with a label; after the question's end and a space comes another
# label (ideographs, their colon with or without a space; or capitalised words, a colon and
# a space). The same pair on `MIN_ANSWER_LINES` lines or more is the document's style.
MIN_ANSWER_LINES = 2
_NAME = r"(?:[\u3400-\u9fff\uf900-\ufaff]{1,12}|[^\W\d_a-z][\w'’\-.]*(?: [^\W\d_a-z][\w'’\-.]*){0,3})"
_OPENING = re.compile(rf"({_NAME}) ?[:：]")
_ANSWER_INSIDE = re.compile(r"(?<=[.?!。？！…]) {1,2}([\u3400-\u9fff\uf900-\ufaff]{1,12}(?= ?[:：])"
                            r"|[^\W\d_a-z][\w'’\-.]*(?: [^\W\d_a-z][\w'’\-.]*){0,3}(?= ?[:：] ))")


def _answers_inside(plain: list, lex: Lexicon) -> dict[int, list[tuple[int, str]]]:
    """{id(paragraph): [(start, name)]} of the answer labels run into question lines."""
    hits = []
    for block, text in plain:
        if text.count(":") + text.count("：") < 2:
            continue  # (one scan settles most lines)
        opening = _OPENING.match(text)
        inside = _ANSWER_INSIDE.search(text, opening.end()) if opening else None
        if inside and inside.group(1) != opening.group(1) \
                and inside.group(1).split()[0].strip(".").upper() not in lex.label_not_words:
            hits.append((block, opening.group(1), inside.start(1), inside.group(1)))
    pairs = Counter((asker, answerer) for _, asker, _, answerer in hits)
    return {id(block): [(at, answerer)] for block, asker, at, answerer in hits
            if pairs[(asker, answerer)] >= MIN_ANSWER_LINES}


TOP_BLOCKS = 5
# After a record's opening time: a label of capitalised words (titles and honorifics with
# their full stops) and a colon.
_LABEL_AFTER = re.compile(r"\s*([^\W\d_a-z][\w'’\-.]*(?: [^\W\d_a-z][\w'’\-.]*){0,6}) ?[:：](?= )")


def split_at_sitting_start(doc: Transcript, lex: Lexicon) -> set[str]:
    """A record pasted on one line whose first label follows the sitting's opening time
    (lexicon `sitting_starts`: "... Stenografischer Bericht Beginn: 12.00 Uhr Präsident Ann
    Roe: Nehmen Sie Platz. ..."): the line is split before that label, the part before it
    is the record's heading (a dateline: it gives the place and date); the label's name."""
    if not lex.sitting_starts:
        return set()
    pattern = lex.pattern("sitting_starts")
    for i, block in enumerate(doc.blocks[:TOP_BLOCKS]):  # the record's heading opens the text
        if type(block) is not Paragraph or len(block.content) != 1 or type(block.content[0]) is not Text:
            continue
        text = block.content[0].text
        if len(text) < MIN_LINE_CHARS:
            continue
        start = pattern.search(text)
        label = _LABEL_AFTER.match(text, start.end()) if start else None
        if label is None:
            continue
        at = label.start(1)
        # the record's heading run in before it (cover, contents, place and date): its dateline
        doc.blocks[i:i + 1] = [HeaderLine(HeaderKind.DATELINE, text[:at].strip(), block.line),
                               Paragraph(content=[Text(text[at:].strip())], line=block.line)]
        return {label.group(1)}
    return set()


def run_in_header(doc: Transcript, lex: Lexicon) -> None:
    """An unlabeled opening that is the record's header run into the line of its first turns
    (an OCR'd deposition: "COMMITTEE ... Tuesday, February 5, 2008 Washington, D.C. ... Mr.
    Barnett. Good morning."): cut from the same source line as the labelled turn after it,
    and printing a date with its weekday near its start, it is the record's heading (a
    dateline), not a speech."""
    from teikit.model import Turn
    from teikit.transforms.helpers.dates import find_date, has_weekday

    turns = [(i, b) for i, b in enumerate(doc.blocks) if type(b) is Turn][:2]
    if len(turns) < 2:
        return
    (at, first), (_, second) = turns
    para = first.paragraphs[0] if len(first.paragraphs) == 1 else None
    if first.label is not None or second.label is None or type(para) is not Paragraph \
            or len(para.content) != 1 or type(para.content[0]) is not Text or not para.line \
            or para.line != second.line:
        return
    text = para.content[0].text
    found = find_date(text[:RUN_IN_DATE_CHARS], lex)
    if found and has_weekday(text[found[0]:found[1]], lex):
        doc.blocks[at] = HeaderLine(HeaderKind.DATELINE, text.strip(), para.line)


RUN_IN_DATE_CHARS = 600


def split_one_line_records(doc: Transcript, lex: Lexicon, plain: list | None = None) -> set[str]:
    """Both splits of this module; the names split at (the labels pass takes them)."""
    return split_one_line_dialogue(doc, lex, plain) | split_at_sitting_start(doc, lex)
