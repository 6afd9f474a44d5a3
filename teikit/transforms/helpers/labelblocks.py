"""Label lines that a page splits or prefixes, made whole before labels are looked for.

- A member's label printed over two lines, the name and then the riding, office or party in
  brackets with the colon (a parliament's page copied line by line):

      Mr. Jean Roe
      (North Hill, Lib.):
      Mr. Speaker, ...

  is one label line, `Mr. Jean Roe (North Hill, Lib.):` (the line break becomes a space).
- A caption table (a subtitle file shown as a table and copied: "start, end, text" or "cue
  number, timing, text" per row, the cells separated by tabs), three rows or more: each
  row's number, timing and text are put on lines of their own, as a SubRip cue prints them,
  so that a label opens the text and the timestamps pass reads the timing (P4).
- A typescript whose lines are numbered in the margin (" 4            THE COURT: Thank you.",
  court and deposition transcripts), five numbered lines or more counting up: each number
  becomes a line of its own holding a `note[@type='line']`, so the label that follows opens
  the line, and the number is no speech.
- A page's short field code before a label alone on its line (`ti : ANN LEE`, a site's
  metadata prefix), when the same label stands alone on another line of the text: the code
  is page furniture (`Boilerplate`) and the label line stays.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from typing import NamedTuple

from teikit.lexicons import Lexicon
from teikit.model import Boilerplate, LineBreak, Note, Paragraph, Text, Transcript
from teikit.transforms.helpers.labeltext import is_upper_label
from teikit.transforms.helpers.lines import joined, lines_hit, lines_matching, lines_of, paragraph_lines, plain_texts
from teikit.transforms.helpers.portraits import (MAX_PORTRAIT_LINE, may_hold_portrait_labels, portrait_words,
                                                split_portrait_labels)

_GROUP_LINE = re.compile(r"^\([^()\n]{1,100}\)[ \u00a0]*[:：]")
_FIELD_CODE = re.compile(r"^([^\W\d_A-Z]{1,4})[ \u00a0]?[:：][ \u00a0]+(\S.{0,60}?)[ \u00a0]*$")
MAX_NAME_WORDS = 6
_END = re.compile(r"[.?!,;:…]$")


def join_label_blocks(doc: Transcript, lex: Lexicon, at: list[int]) -> None:
    """Make whole the label lines described in the module docstring, in the blocks at the
    indices `at` (those whose text holds a trigger: no other block can change)."""
    alone = None
    blocks = doc.blocks
    out: list = []
    done = 0  # blocks before this index are in `out`
    for i in at:
        block = blocks[i]
        if not isinstance(block, Paragraph) or _plain_without_colon(block):
            continue  # (a line of words with no colon near its start)
        lines = lines_of(block)
        texts = plain_texts(lines)
        changed = None
        if len(lines) > 1 and any(t and t.startswith("(") for t in texts[1:]):
            changed, lines, texts = _join_groups(block, lines, texts, lex)
        head = (texts[0] or "")[:7]
        code = _FIELD_CODE.match(texts[0]) if ":" in head or "：" in head else None
        if code and is_upper_label(code.group(2), lex):
            if alone is None:
                alone = _lines_alone(blocks)
            if code.group(2) in alone:
                cut = texts[0].index(code.group(2))
                changed = [Boilerplate(text=texts[0][:cut].rstrip(), line=block.line),
                           joined([[Text(texts[0][cut:])]] + lines[1:], block.line)]
        if changed is not None and changed is not block:
            out += blocks[done:i]
            out += changed if isinstance(changed, list) else [changed]
            done = i + 1
    if done:
        doc.blocks = out + blocks[done:]


def _plain_without_colon(block: Paragraph) -> bool:
    """One line of words without a colon among its first characters: no field code to
    find, no group line under a name (the walk below leaves it as it is)."""
    content = block.content
    if len(content) != 1 or type(content[0]) is not Text:
        return False
    head = content[0].text[:7]
    return ":" not in head and "：" not in head


def _join_groups(block: Paragraph, lines: list, texts: list, lex: Lexicon):
    """The paragraph with each name line joined to the bracketed group line under it."""
    merged: list = []
    i = 0
    changed = False
    while i < len(lines):
        name, group = texts[i], texts[i + 1] if i + 1 < len(lines) else None
        if name and group and _GROUP_LINE.match(group) and _name_line(name, lex):
            merged.append([Text(f"{name.rstrip()} {group.lstrip()}")])
            changed = True
            i += 2
            continue
        merged.append(lines[i])
        i += 1
    if not changed:
        return block, lines, texts
    new = joined(merged, block.line)
    return new, merged, plain_texts(merged)


def _name_line(text: str, lex: Lexicon) -> bool:
    """ "Mr. Jean Roe", "Hon. Ann Lee": a few capitalised words (honorifics and particles
    allowed), no sentence punctuation at the end."""
    words = text.split()
    return 1 <= len(words) <= MAX_NAME_WORDS and not _END.search(text.strip()) and \
        all(w[:1].isupper() or w.lower() in lex.name_particles for w in words)


def _lines_alone(blocks: list) -> set[str]:
    """Every line of plain text that stands alone (one text item) in the document, stripped;
    a one-line paragraph read without splitting it."""
    found = {b.content[0].text.strip() for b in blocks
             if type(b) is Paragraph and len(b.content) == 1 and type(b.content[0]) is Text}
    for block in blocks:
        if isinstance(block, Paragraph) and len(block.content) > 1:
            found.update(items[0].text.strip() for items in lines_of(block)
                         if len(items) == 1 and type(items[0]) is Text)
    return found


_TS = r"(?:\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{1,3}"
# "12\t00:00:01,000 --> 00:00:03,200\tText", "00:00:01.000\t00:00:03.200\tText"
CAPTION_ROW = re.compile(rf"^(?:(\d{{1,6}})[ \t]+)?({_TS}(?:[ \t]*-->[ \t]*|\t+){_TS})\t+(?=\S)")
MIN_CAPTION_ROWS = 3  # the trigger's count (`set_label_lines_apart`)


def split_caption_rows(doc: Transcript) -> None:
    """Put the cells of caption table rows on lines of their own (see the module)."""
    def cells(text: str) -> list | None:
        m = CAPTION_ROW.match(text) if text[:1].isdigit() else None
        if m is None:
            return None
        return ([Text(m.group(1))] if m.group(1) else []) + [Text(m.group(2)), Text(text[m.end():])]
    _split_lines(doc, cells)


def _split_lines(doc: Transcript, split) -> None:
    """Replace each line that opens with plain text for which `split(text)` gives items by
    one line per item (the last keeps the rest of the line). Both splits of this module
    need a digit first, or a typescript margin's spaces before it: a one-line paragraph
    opening otherwise (most of a transcript) is passed over without a call."""
    for block in doc.blocks:
        if not isinstance(block, Paragraph):
            continue
        content = block.content
        if len(content) == 1 and type(content[0]) is Text:  # one line of words: the common case
            first = content[0].text[:1]
            if not first.isdigit() and first != " " and first != "\t":
                continue
            new = split(content[0].text)
            if new is not None:
                block.content = joined([[item] for item in new], block.line).content
            continue
        lines = lines_of(block)
        out: list = []
        for items in lines:
            new = split(items[0].text) if items and type(items[0]) is Text else None
            if new is None:
                out.append(items)
                continue
            out.extend([item] for item in new[:-1])
            out.append([new[-1]] + list(items[1:]))
        if len(out) != len(lines):
            block.content = joined(out, block.line).content


# A line number in the margin of a typescript: one or two digits, then two spaces or a tab.
NUMBERED_LINE = re.compile(r"^[ \t]*(\d{1,2})(?:[ \t]{2,}|\t)(?=\S)")
# A copy that kept one space after the numbers ("1 CHAIR WILSON: The meeting ..."): read so
# only when the numbers count up line by line and labels follow some of them (T904d).
SPACED_NUMBERED_LINE = re.compile(r"^[ \t]*(\d{1,2}) (?=\S)")
# ... and a stenographer's numbered page whose empty lines keep their numbers ("3", "17"):
# a number alone on its line is one of the count, a margin number over no words (L2100k).
SPACED_OR_BARE_NUMBERED_LINE = re.compile(r"^[ \t]*(\d{1,2})(?: (?=\S)|[ \t]*$)")
MIN_NUMBERED_LINES = 5
MIN_NUMBERED_LABELS = 2
NUMBERED_COUNTING_SHARE = 0.6
LINE_NUMBER_NOTE = "line"


def split_line_numbers(doc: Transcript, pattern: re.Pattern = NUMBERED_LINE) -> None:
    """Set the margin numbers of a numbered typescript apart (see the module)."""
    indents: dict[int, int] = {}  # id(Text after a number) -> spaces between the number and the text

    def numbered(text: str) -> list | None:
        m = pattern.match(text) if text[:3].strip()[:1].isdigit() else None
        if m is None:
            return None
        number = Note(type=LINE_NUMBER_NOTE, text=text[:m.end()].strip())
        if m.end() == len(text):  # an empty numbered line: the number alone (L2100k)
            return [number]
        rest = Text(text[m.end():])
        indents[id(rest)] = len(text[m.end(1):m.end()].expandtabs(8))
        return [number, rest]
    _split_lines(doc, numbered)
    _join_wrapped_lines(doc, indents)
    if pattern is SPACED_OR_BARE_NUMBERED_LINE:
        _split_at_empty_numbered_lines(doc)


def without_line_numbers(paragraph: Paragraph) -> str:
    """The paragraph's text without the margin numbers set apart in it: "I'm with" and "24"
    over "UJA Federation of New York." are "I'm with UJA Federation of New York." (N2200l), so
    what a speaker says of themself reads across the typescript's lines."""
    kept = [i for i in paragraph.content if not (type(i) is Note and i.type == LINE_NUMBER_NOTE)]
    return paragraph.text if len(kept) == len(paragraph.content) else Paragraph(content=kept).text


def _number_alone(items: list) -> bool:
    """A line holding a margin number only (a number set apart from its words has a line of
    its own, the words on the next)."""
    return len(items) == 1 and type(items[0]) is Note and items[0].type == LINE_NUMBER_NOTE


def _split_at_empty_numbered_lines(doc: Transcript) -> None:
    """An empty numbered line is the typescript's blank line between paragraphs: the
    paragraph ends with its number, the next line opens the next one (L2100k)."""
    out: list = []
    for block in doc.blocks:
        if type(block) is not Paragraph or not any(type(i) is Note for i in block.content):
            out.append(block)
            continue
        lines = lines_of(block)
        start = 0
        for n, items in enumerate(lines[:-1]):
            if _number_alone(items) and _number_alone(lines[n + 1]):  # a number over no words
                out.append(joined(lines[start:n + 1], block.line + start))
                start = n + 1
        out.append(joined(lines[start:], block.line + start) if start else block)
    doc.blocks = out


# A typescript indents the first line of each paragraph (and each label) deeper than the lines
# that wrap it, by at least this many spaces.
MIN_PARAGRAPH_INDENT = 3


def _join_wrapped_lines(doc: Transcript, indents: dict[int, int]) -> None:
    """A numbered typescript's lines printed one a paragraph: a line indented less than the
    lines that open paragraphs is the wrapped rest of the line above, and joins its paragraph
    (P152p). Only when both depths occur twice or more, the shallow one the least."""
    depths = sorted(set(indents.values()))
    if len(depths) < 2 or depths[1] - depths[0] < MIN_PARAGRAPH_INDENT:
        return
    shallow = depths[0]
    counts = [sum(1 for d in indents.values() if d == depth) for depth in (shallow, depths[1])]
    if min(counts) < 2:
        return
    out: list = []
    for block in doc.blocks:
        wrapped = type(block) is Paragraph and len(block.content) >= 3 and type(block.content[0]) is Note \
            and indents.get(id(block.content[-1])) == shallow and len(lines_of(block)) == 2
        if wrapped and out and type(out[-1]) is Paragraph and type(out[-1].content[0]) is Note:
            out[-1].content += [LineBreak(), *block.content]
        else:
            out.append(block)
    doc.blocks = out


def counting_line_by_line(numbers: list[int]) -> bool:
    """Every number but one follows the one before by one or starts again at 1: a single
    space after a number is common in lists, so the count must hold all along (T904d)."""
    return sum(1 for a, b in zip(numbers, numbers[1:]) if b != a + 1 and b != 1) <= 1


def counting_up(numbers: list[int]) -> bool:
    """Most numbers follow the one before by one, or start again at 1 (a new page)."""
    counting = sum(1 for a, b in zip(numbers, numbers[1:]) if b == a + 1 or b == 1)
    return counting >= NUMBERED_COUNTING_SHARE * (len(numbers) - 1)


# Triggers of the steps above, searched once in the document's text: most documents hold
# none, and then no step walks the document; where one is found, only the blocks holding
# it are looked at. Each opens with a line break (the text starts with one), a literal the
# search skips to, rather than `^`, which is tried at every character.
_GROUP_TRIGGER = re.compile(r"\n\([^()\n]{1,100}\)[ \u00a0]*[:：]")
_FIELD_TRIGGER = re.compile(r"\n[^\W\d_A-Z]{1,4}[ \u00a0]?[:：][ \u00a0]+\S")
_JOIN_TRIGGER = re.compile(f"{_GROUP_TRIGGER.pattern}|{_FIELD_TRIGGER.pattern}")
_CAPTION_TRIGGER = re.compile(rf"\n(?:\d{{1,6}}[ \t]+)?{_TS}(?:[ \t]*-->[ \t]*|\t+){_TS}\t")
_NUMBER_TRIGGER = re.compile(r"\n[ \t]*(\d{1,2})(?:[ \t]{2,}|\t)(?=\S)")
_SPACED_NUMBER_TRIGGER = re.compile(r"\n[ \t]*(\d{1,2}) (?=\S)")
# the same numbers and those alone on their line, in reading order; group 2 marks the latter
_SPACED_OR_BARE_TRIGGER = re.compile(r"\n[ \t]*(\d{1,2})(?: (?=\S)|([ \t]*)(?=\n|$))")
# a label in capitals and its colon right after a number and one space ("4 SUPERVISOR ADAMS: Here.")
_SPACED_LABEL_TRIGGER = re.compile(r"\n[ \t]*\d{1,2} [^\W\d_a-z](?:[^\W\d_a-z]|[.' -]){0,40}:[ \t]")


def set_label_lines_apart(doc: Transcript, lex: Lexicon) -> set[int]:
    """Run the steps of this module, and `portraits.split_portrait_labels`, on a document
    whose text holds their trigger; the ids of turns opened by portrait label lines."""
    found = _triggers(doc, lex)
    opened: set[int] = set()
    joins = found.joins
    if found.portraits:
        before = doc.blocks
        follow = {id(before[i]) for i in joins}  # blocks split by a portrait hand over to their pieces
        opened = split_portrait_labels(doc, lex, found.portraits, follow)
        if doc.blocks is not before:
            joins = [i for i, b in enumerate(doc.blocks) if id(b) in follow]
    if joins:
        join_label_blocks(doc, lex, joins)
    if found.captions >= MIN_CAPTION_ROWS:
        split_caption_rows(doc)
    if len(found.numbers) >= MIN_NUMBERED_LINES and counting_up(found.numbers):
        split_line_numbers(doc)
    elif found.spaced_labels >= MIN_NUMBERED_LABELS and len(found.spaced) >= MIN_NUMBERED_LINES \
            and counting_line_by_line(found.spaced):
        split_line_numbers(doc, SPACED_NUMBERED_LINE)
    elif found.spaced_labels and found.bare and len(found.counted) >= MIN_NUMBERED_LINES \
            and counting_line_by_line(found.counted):
        # one label is enough where empty lines keep their numbers: no list numbers a blank (L2100k)
        split_line_numbers(doc, SPACED_OR_BARE_NUMBERED_LINE)
    return opened


# Lines joined for one search of the triggers: a copy of this many lines at a time, never
# one string of the whole text (which costs up to four bytes a character, and on a long
# transcript took the conversion's memory over ten times its input).
TRIGGER_LINES = 2048


class Triggers(NamedTuple):
    portraits: list[int]  # indices of the blocks holding a line that may be a portrait label
    joins: list[int]      # ... a group line or a field code (`join_label_blocks`)
    captions: int         # caption table rows
    numbers: list[int]    # margin numbers, in reading order
    spaced: list[int]     # numbers opening a line followed by one space (T904d)
    spaced_labels: int    # ... of them followed by a label in capitals
    counted: list[int]    # numbers opening a line followed by one space or alone on it (L2100k)
    bare: int             # ... of them alone on their line


def _triggers(doc: Transcript, lex: Lexicon) -> Triggers:
    """What the steps need, found in the document's lines as they are before any step
    runs. No trigger reaches past the end of its line, so lines searched a batch at a time
    give what the whole text would."""
    lines, paras, ends = paragraph_lines(doc.blocks)
    gate = False
    joins: list[int] = []
    captions, numbers, spaced, spaced_labels = 0, [], [], 0
    counted: list[int] = []
    bare = 0
    for start in range(0, max(len(lines), 1), TRIGGER_LINES):
        text = "\n" + "\n".join(lines[start:start + TRIGGER_LINES])
        gate = gate or may_hold_portrait_labels(text, lex)
        joins += lines_hit(text, _JOIN_TRIGGER, start)
        captions += len(_CAPTION_TRIGGER.findall(text))
        numbers += [int(n) for n in _NUMBER_TRIGGER.findall(text)]
        spaced_labels += len(_SPACED_LABEL_TRIGGER.findall(text))
        spaced += [int(n) for n in _SPACED_NUMBER_TRIGGER.findall(text)]
        hits = list(_SPACED_OR_BARE_TRIGGER.finditer(text))
        counted += [int(m.group(1)) for m in hits]
        bare += sum(1 for m in hits if m.group(2) is not None)
    # a text printing a portrait word between words: the lines that may be portrait labels
    # (`may_be_portrait_label`: the words' pattern run over the joined lines, not once a line)
    portraits = _portrait_lines(lines, lex) if gate else []
    return Triggers(_owners(portraits, ends, paras), _owners(joins, ends, paras), captions, numbers, spaced,
                    spaced_labels, counted, bare)


def _portrait_lines(lines: list[str], lex: Lexicon) -> list[int]:
    """The indices of the lines that may be portrait labels (`may_be_portrait_label`): the
    short lines, searched for a portrait word joined (one C-level scan, not a call a line)."""
    short = [n for n, line in enumerate(lines) if len(line) <= MAX_PORTRAIT_LINE]
    return [short[k] for k in lines_matching([lines[n] for n in short], portrait_words(lex))]


def _owners(lines: list[int], ends: list[int], paras: list[int]) -> list[int]:
    """The indices of the blocks holding the numbered lines, each once, in order."""
    owners = [paras[bisect_right(ends, n)] for n in lines]
    return sorted(set(owners))
