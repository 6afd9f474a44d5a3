"""A speaker label glued to the end of the sentence before it, with no space or line break
between them, as pages copied from HTML print a turn whose paragraph tags were lost: `… we
thank you.MR SMITH: Good morning …`, `… президенту РФ.Дмитрий Медведев: Привет всем!`.

A sentence's end (a full stop, question or exclamation mark or ellipsis after a word of two
letters or more, a closing quotation mark or bracket after it) followed at once (or after a
run of three spaces or more, a padded paragraph break: L491a) by a
capitalised name of two to five words, a colon and a space, then speech that does not open
in lower case, is a label when the evidence is plain: the name is in capitals (`MR SMITH`),
a lexicon question or answer label (`QUESTION`), or the text prints the same name in another
line (a lead that introduces the speaker, the label at the start of another line). The
paragraph is cut before the label, so that the labels pass reads it at a line start.

Also a label in capitals that ends a line after a sentence or a colon, its speech on the next
line (`… tonight: ANN LEE, Mayor of Rye:`, L137t): the paragraph is cut before it.

Also a label line without a colon glued to the sentence before it, the name ending the line
and its speech on the next (`… in der 2. Lesung befinden.Abg. Wendelin Lampert`, L373a), as
records that print each label alone on its line lose the line break: two to five capitalised
words (an abbreviated title with its stop: `Abg.`), cut off when the text prints the name in
another line too (the label alone above, the chair giving the floor); the labels pass then
decides whether the line alone is a label.

The rest of the line is not looked into twice: each glued sentence end is one regex match,
and a name is looked up in the text's word index (`namedelsewhere.NamesPrinted`) at most
`MAX_NAMES_LOOKED` times per document.
"""
from __future__ import annotations

import re

from teikit.lexicons import Lexicon
from teikit.model import LineBreak, Paragraph, Text, Transcript
from teikit.transforms.helpers.namedelsewhere import NamesPrinted

# A sentence's end glued to the next letter; the word before it must have two letters or more
# ("РФ.", "you."; not the initial of "U.S." nor "J."), which `_candidates` checks (a pattern
# that opens with the punctuation is scanned fast, one that opens with a lookbehind is not).
# A run of three spaces or more (or a tab) between them is the same lost paragraph break, as
# a page that pads its paragraphs prints it: `… What is that about?    CONDOLEEZZA RICE: Well`
# (L491a); one or two spaces are a sentence's spacing.
# The lookbehind after the first mark keeps a match from starting inside a run of marks: a
# run is tried once, from its first mark, so a hostile line of dots costs linear time, not
# quadratic (a match can only start at a run's first mark anyway: what follows is the same).
_GLUE = re.compile(r"[.!?…](?<![.!?…]{2})[.!?…]*[\"»”’)]?(?:[ \u00a0]{3,}|\t+)?(?=[^\W\d_])")
# A name of one to five capitalised words (abbreviations with their stop: "MR. SMITH"), a
# colon, a space and the first character of the speech.
_LABEL = re.compile(r"((?:[^\W\d_][\w'’-]*\.?[ \u00a0]){0,4}[^\W\d_][\w'’-]*)[ \u00a0]?:[ \u00a0]+(\S)")
MAX_NAMES_LOOKED = 16
# A sentence's end (after a word of two letters or more) glued to a name of two to five
# capitalised words (an abbreviated title with its stop) that ends the line: a label line that
# lost its line break (L373a). Only the line's last `MAX_TAIL` characters are searched.
_LINE_END_NAME = re.compile(r"(?<=[^\W\d_]{2})[.!?…][\"»”’)]?((?:[^\W\d_][\w'’-]*\.?[ \u00a0]){1,4}[^\W\d_][\w'’-]*)[ \u00a0]*$")
MAX_TAIL = 80
# A name in capitals of two to five words, its role after a comma, a colon at the line's end,
# after a sentence's end or a colon and a space ("… tonight: ANN LEE, Mayor of Rye:") (L137t).
_LINE_END_LABEL = re.compile(r"[.!?…:][\"”»’)]?[ \u00a0]+((?:[^\W\d_][\w'’.-]*[ \u00a0]+){1,4}[^\W\d_][\w'’.-]*)"
                             r"(,[ \u00a0][^:.!?]{1,80})?[ \u00a0]?:[ \u00a0]*$")


def split_glued_labels(doc: Transcript, lex: Lexicon) -> bool:
    """Cut paragraphs before labels glued to the sentence before them; True when one was."""
    found: dict[int, list[int]] = {}  # id(Text) -> cut offsets
    names: list[tuple[Text, int, int, str]] = []  # (item, cut, end of name, name) left to the text's evidence
    line_ends: list[tuple[Text, int, int, str]] = []  # the same, of label lines glued without a colon (L373a)
    items: list[Text] = []  # the text's lines in reading order, read again for the evidence below
    for block in doc.blocks:
        if type(block) is not Paragraph:
            continue
        for n, item in enumerate(block.content):
            if type(item) is not Text:
                continue
            items.append(item)
            if (alone := _line_end_name(item.text, lex)) is not None:
                line_ends.append((item, *alone))  # "… befinden.Abg. Wendelin Lampert" (L373a)
            if ":" not in item.text:
                continue
            if item.text.endswith((":", ": ")) and (n + 1 == len(block.content) or type(block.content[n + 1]) is LineBreak) \
                    and (label := _LINE_END_LABEL.search(item.text)) and label.group(1).isupper() \
                    and not _abbreviated_title(item.text[:label.start(1)]):
                found.setdefault(id(item), []).append(label.start(1))  # the label's speech is on the next line
            scan_end = _label_colon_end(item.text)
            if not scan_end:
                continue  # (no colon before a space: no label's, and the scan would read nothing)
            for cut, end, name, evident in _candidates(item.text, lex, scan_end):
                if evident:
                    found.setdefault(id(item), []).append(cut)
                else:
                    names.append((item, cut, end, name))
    if line_ends:  # a name printed as a line alone elsewhere is a label line (L373a)
        alone = set(map(str.strip, _lines_without(items, line_ends)))  # (C-level: every line is read)
        for entry in line_ends:
            if entry[3] in alone:
                found.setdefault(id(entry[0]), []).append(entry[1])
            else:
                names.append(entry)  # the chair giving the floor names the member, say
    if names and len({n for *_, n in names}) <= MAX_NAMES_LOOKED:
        printed = NamesPrinted(_lines_without(items, names))
        for item, cut, _, name in names:
            if printed.has(name):
                found.setdefault(id(item), []).append(cut)
    if not found:
        return False
    cut_paragraphs(doc, found)
    return True


def _label_colon_end(text: str) -> int:
    """Where the scan for glued sentence ends may stop in `text` (0: nothing to scan): the last
    colon followed by a space or a no-break space. `_LABEL` needs such a colon after the name,
    which starts where a `_GLUE` match ends, so a match ending at or after it is none of a
    label's; and a match ending before it reads no character from it on (its look-ahead is a
    letter before it), so it is found alike in the text cut there. Most lines holding a colon
    put it at their start ("NAME: speech", read up to that colon only) or print no colon before
    a space ("10:30", "https://"), which is passed over at once."""
    return max(0, text.rfind(": "), text.rfind(":\u00a0"))


def _candidates(text: str, lex: Lexicon, scan_end: int | None = None):
    """(cut, end of the name, name, whether its shape alone makes it a label) of each label
    glued to a sentence's end in `text`; sentence ends are looked for up to `scan_end`, by
    default `_label_colon_end(text)`: a label's colon follows its sentence end."""
    for m in _GLUE.finditer(text, 0, _label_colon_end(text) if scan_end is None else scan_end):
        before = text[max(0, m.start() - 2):m.start()]
        if len(before) < 2 or not before.isalpha():
            continue
        label = _LABEL.match(text, m.end())
        if label is None or label.group(2).islower():
            continue
        name = label.group(1)
        words = name.split()
        if not all(w[:1].isupper() for w in words):
            continue
        if _honorific(text[:m.start()], lex):
            continue  # "Mr.Ann Lee:" is one name, not a sentence's end
        upper = name.isupper()
        if len(words) == 1:
            if upper and name.rstrip(".") in lex.question_labels + lex.answer_labels:
                yield m.end(), label.end(1), name, True
            continue
        yield m.end(), label.end(1), name, upper


def _line_end_name(text: str, lex: Lexicon) -> tuple[int, int, str] | None:
    """(cut, end of the name, name) of a label line glued to the sentence that ends `text`
    (L373a), the name's words capitalised and no honorific's stop taken for a sentence's end."""
    # (the pattern opens with a lookbehind, tried at every position of the tail; most lines
    # are ruled out first by their last character, which must be one of the name's (`\w` is
    # `isalnum` or "_"; "\n" as `$` matches before it), then by holding no sentence end glued
    # to a letter, which `_GLUE`, opening with the punctuation, finds at C speed: every match
    # of the pattern is one of `_GLUE` at the same place)
    last = text.rstrip(" \u00a0")[-1:]
    if not (last.isalnum() or last in "_'’-\n"):
        return None
    start = max(0, len(text) - MAX_TAIL)
    if _GLUE.search(text, start) is None:
        return None
    m = _LINE_END_NAME.search(text, start)
    if m is None or not all(w[:1].isupper() for w in m.group(1).split()) or _honorific(text[:m.start()], lex):
        return None
    return m.start(1), m.end(1), m.group(1)


def _abbreviated_title(before: str) -> bool:
    """The line opens with one short word and its stop before the name ("SEN. ANN LEE:",
    "GOV. ROE:"): an office's abbreviation, not a sentence's end (L151p)."""
    head = before.strip()
    return " " not in head and head.endswith(".") and len(head) <= 6


def _honorific(before: str, lex: Lexicon) -> bool:
    word = before[before.rfind(" ") + 1:].lower()
    return word in lex.honorifics or f"{word}." in lex.honorifics


def _lines_without(items: list[Text], names: list) -> list[str]:
    """The lines of `items`, the glued labels taken out of theirs (a label is no evidence for itself)."""
    spans: dict[int, list[tuple[int, int]]] = {}
    for item, cut, end, _ in names:
        spans.setdefault(id(item), []).append((cut, end))
    lines = [item.text for item in items]  # (a C-level copy; the few items with spans are patched)
    for n in [n for n, same in enumerate(map(spans.__contains__, map(id, items))) if same]:
        text = items[n].text
        for cut, end in sorted(spans[id(items[n])], reverse=True):
            text = text[:cut] + " " + text[end:]
        lines[n] = text
    return lines


def cut_paragraphs(doc: Transcript, found: dict[int, list[int]]) -> None:
    """Replace each paragraph holding a Text item in `found` (by id) by its pieces."""
    out: list = []
    cut = found.keys()
    for block in doc.blocks:
        if type(block) is not Paragraph:
            out.append(block)
            continue
        # (a C-level test of the items' identities: this walks every block of the text; a
        # paragraph of one item, most of them, is one look-up)
        content = block.content
        if id(content[0]) in found if len(content) == 1 else not cut.isdisjoint(map(id, content)):
            out += cut_paragraph(block, found)
        else:
            out.append(block)
    doc.blocks = out


def cut_paragraph(paragraph: Paragraph, found: dict[int, list[int]]) -> list[Paragraph]:
    """The paragraph cut at the offsets `found` gives for its Text items (by id): the pieces
    keep their line breaks."""
    pieces = [Paragraph(content=[], line=paragraph.line, indent=paragraph.indent, kind=paragraph.kind)]
    line = paragraph.line
    for item in paragraph.content:
        if type(item) is LineBreak and line:
            line += 1
        cuts = found.get(id(item)) if type(item) is Text else None
        if not cuts:
            pieces[-1].content.append(item)
            continue
        bounds = [0, *sorted(cuts), len(item.text)]
        for n, (start, end) in enumerate(zip(bounds, bounds[1:])):
            if n:
                pieces[-1].joined = not item.text[start - 1].isspace()  # "… you.MS ROE:": no space between
                pieces.append(Paragraph(content=[], line=line))
            piece = item.text[start:end]
            piece = piece.lstrip(" \u00a0") if n else piece
            piece = piece.rstrip(" \u00a0") if n + 2 < len(bounds) else piece
            if piece:
                pieces[-1].content.append(Text(piece))
    pieces[-1].joined = paragraph.joined
    return [p for p in pieces if p.content]
