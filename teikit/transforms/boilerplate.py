"""Pass `boilerplate`: site lines with strong evidence become Boilerplate blocks.

Lines matching a strong phrase of page furniture (see `helpers.page`) are set apart
wherever they stand, splitting paragraphs around them, before labels are looked for.
Boilerplate is never dropped: it is written as `gap[@reason='editorial']` with the line
verbatim in `desc`.
"""
from __future__ import annotations

import re
from collections import Counter

from teikit.model import Boilerplate, Paragraph, Text, Transcript
from teikit.transforms.helpers.backlinks import back_links
from teikit.transforms.helpers.bannerblock import banner_entries
from teikit.transforms.helpers.mdxcomponents import component_lines
from teikit.transforms.helpers.caselessdialogue import caseless_dialogue
from teikit.transforms.helpers.dates import date_line
from teikit.transforms.helpers.frontfence import front_matter_lines
from teikit.transforms.helpers.frontmatter import MAX_FRONT_MATTER_LINES
from teikit.transforms.helpers.labelblocks import counting_up
from teikit.transforms.helpers.labelcolon import colon_split
from teikit.transforms.helpers.labeltimes import TIMESTAMP
from teikit.transforms.helpers.tagged import tagged_label_line
from teikit.transforms.helpers.shapes import SENTENCE_END
from teikit.transforms.helpers.lines import joined, lines_of
from teikit.transforms.helpers.memberlabels import chair_with_article
from teikit.transforms.helpers.namerolelines import name_role_line
from teikit.transforms.helpers.page import MAX_BOILERPLATE_CHARS, strong_each
from teikit.transforms.helpers.pagetabs import page_tabs
from teikit.transforms.helpers.relatedbox import related_box_lines
from teikit.transforms.helpers.transcriptlinks import transcript_links
from teikit.transforms.helpers.weatherwidget import weather_lines
from teikit.transforms.helpers.pollwidget import poll_lines
from teikit.transforms.helpers.pandocchrome import pandoc_chrome_lines
from teikit.transforms.helpers.paragraphnumbers import paragraph_numbers


class BoilerplatePass:
    name = "boilerplate"
    after: tuple[str, ...] = ()

    def apply(self, doc: Transcript, ctx) -> None:
        lex = ctx.lexicon
        blocks = doc.blocks
        texts, owners, three_lines, read = _plain_lines(blocks)
        repeated = repeated_widgets(texts, lex)
        # every line that could be a site line, tested at once (`strong_each` is much faster
        # on a whole document than line by line)
        short = [n for n, text in enumerate(texts) if len(text) <= MAX_BOILERPLATE_CHARS]
        short_texts = [texts[n] for n in short]
        # each distinct line tested once (the test reads the line alone): a page repeats its
        # widgets, labels alone on their line and short replies, and testing every copy
        # was most of the pass (the set is of lines the document holds: linear)
        distinct = list(dict.fromkeys(short_texts))
        strong = dict(zip(distinct, strong_each(distinct, lex)))
        site = [n for n in short if strong[texts[n]] or (repeated and texts[n].strip() in repeated)]
        # (margin numbers and form fields are shorter still: looked for among the short lines)
        brief = [(n, text) for n, text in zip(short, short_texts) if len(text) <= MAX_FIELD_CHARS]
        site = sorted(set(site) | margin_numbers(texts, brief) | form_fields(texts, brief)
                      | paragraph_numbers(texts, brief)  # "PN1" over each turn of a tribunal's transcript (P1801j)
                      | related_box_lines(texts, owners, lex)
                      | transcript_links(texts, lex)  # "Liz Covart Interview Transcription" twice over (B2166k)
                      | page_tabs(texts, lex)  # "- ABOUT THE EVENT" / "- AGENDA" / "- TRANSCRIPT" (B2261l)
                      | weather_lines(texts, owners, blocks)  # "Météo" / "Evreux" / … / "13°C" / "Vents : …" (B2245l)
                      | poll_lines(texts, lex)  # "Sondage" / "Que pensez-vous … ?" / "Résultats" (B2246l)
                      | back_links(texts, lex)  # "Al inicio de esta página" / " A Dirección de Taquígrafos" (B2490m)
                      | component_lines(texts, owners)  # "<RemoteImage" / "  alt={…}" / "/>" (B1137g)
                      | pandoc_chrome_lines(texts))  # "::: {.navbar}" … above "Title {#title}" (B1506i)
        site = sorted(set(site) | banner_entries(texts, owners, set(site), blocks))  # "Hugh Hewitt Book Club" in a show's banner (B2121k)
        if site and (fenced := front_matter_lines(texts[:MAX_FRONT_MATTER_LINES + 1])):
            site = [n for n in site if n >= fenced]  # the front matter is the header's fields (B1634i)
        # a site line is a line of one Text item (`_plain_lines`) whose very string is here
        # (all of them short: only short lines were tested)
        site_texts = {id(texts[n]) for n in site}
        # index of a block to split -> its lines; None for a paragraph of one Text item, which
        # is its site line: set apart whole, without being split (a widget repeated down a
        # page, a long list of site lines, is such a paragraph on every line)
        split: dict[int, list | None] = {}
        for n in site:
            if owners[n] not in split:
                split[owners[n]] = read.get(owners[n])
        captions = set()
        for k in three_lines:
            if _printed_twice_around_credit(lines := read[k]):
                split[k] = lines
                captions.add(k)
        if not split:
            return  # the common case: nothing to set apart
        # the blocks between those split are taken over by slices (most of a document); a
        # repeated widget may be on most lines of the others: the loop below is kept plain
        out: list = []
        done = 0
        for k in sorted(split):
            out.extend(blocks[done:k])
            done = k + 1
            first, caption = blocks[k].line, k in captions
            if split[k] is None:
                out.append(Boilerplate(text=blocks[k].content[0].text, line=first or 0))
                continue
            pending: list = []
            for offset, items in enumerate(split[k]):
                number = first + offset if first else 0
                if caption or (len(items) == 1 and type(items[0]) is Text and id(items[0].text) in site_texts):
                    if pending:
                        _flush(pending, out)
                    out.append(Boilerplate(text=items[0].text, line=number))  # (a caption's lines are one Text each)
                else:
                    pending.append((number, items))
            _flush(pending, out)
        out.extend(blocks[done:])
        doc.blocks = with_wrapped_notices(out)


# A notice hard-wrapped over several lines ("Copyright 2016 Acme, Inc. All materials herein" /
# "are protected by … reproduced," / … / "… from copies of the content."): each line but the
# last breaks off after a word or a comma, the last ends a sentence; each is words of prose,
# a few lines at most.
_BROKEN_OFF = re.compile(r"[^\W\d_],?$")
_FULL_STOP = re.compile(r"[.?!…][\"”’')\]>]*$")
MIN_NOTICE_WORDS = 4
MAX_NOTICE_LINES = 8


def with_wrapped_notices(blocks: list) -> list:
    """A site line that breaks off inside its sentence and the lines that go on with it, the
    first opening in lower case ("are protected by …"), the last ending the sentence: one
    hard-wrapped notice, all set apart (B1653i). Its lines were speech: an unlabelled turn
    before the first label."""
    out: list = []
    k = 0
    while k < len(blocks):
        block = blocks[k]
        out.append(block)
        k += 1
        if type(block) is not Boilerplate or not _breaks_off(block.text):
            continue
        run = _notice_lines(blocks, k)
        if run is None:
            continue
        for n, text in run:
            out.append(Boilerplate(text=text, line=n))
        k += len(run)
    return out


def _notice_lines(blocks: list, k: int) -> list | None:
    """[(line number, text)] of the one-line paragraphs from `k` on that carry a broken-off
    notice on to the end of its sentence, or None."""
    run: list = []
    for block in blocks[k:k + MAX_NOTICE_LINES]:
        content = block.content if type(block) is Paragraph else ()
        text = content[0].text if len(content) == 1 and type(content[0]) is Text else ""
        if len(text.split()) < MIN_NOTICE_WORDS or (not run and not text[:1].islower()):
            return None
        run.append((block.line, text))
        if _FULL_STOP.search(text.rstrip()):
            return run
        if not _BROKEN_OFF.search(text.rstrip()):
            return None
    return None


def _breaks_off(text: str) -> bool:
    return len(text.split()) >= MIN_NOTICE_WORDS and _BROKEN_OFF.search(text.rstrip()) is not None


def _plain_lines(blocks: list) -> tuple[list[str], list[int], list[int], dict[int, list]]:
    """The text of each line of a paragraph that is one Text item, the index of its block,
    the indexes of paragraphs of three lines of one item each, which may be photo captions,
    and the lines of each paragraph of several items by its index (to be split without
    reading them again). One walk over a document's lines: a long transcript has a paragraph
    on most lines, most of them one line of text, whose lines are not split out."""
    texts: list[str] = []
    owners: list[int] = []  # the block of each
    three_lines: list[int] = []  # five items with the two line breaks
    read: dict[int, list] = {}
    for n, block in enumerate(blocks):
        if type(block) is not Paragraph:
            continue
        content = block.content
        if len(content) == 1:
            if type(content[0]) is Text:
                texts.append(content[0].text)
                owners.append(n)
            continue
        if len(content) == 5:
            three_lines.append(n)
        read[n] = lines = lines_of(block)
        for items in lines:
            if len(items) == 1 and type(items[0]) is Text:
                texts.append(items[0].text)
                owners.append(n)
    return texts, owners, three_lines, read


# A photo credit under a caption is a few words ("Jane Roe Agency Images").
MAX_CREDIT_WORDS = 8
MIN_CAPTION_WORDS = 5  # "Yes." / "No." / "Yes." is speech


def _printed_twice_around_credit(lines: list) -> bool:
    """A photo caption as pages print it: the caption, its short credit line, the caption
    again (for the enlarged view): all three lines are site furniture."""
    if len(lines) != 3 or not all(len(items) == 1 and isinstance(items[0], Text) for items in lines):
        return False
    caption, credit, again = (items[0].text.strip() for items in lines)
    return len(caption.split()) >= MIN_CAPTION_WORDS and caption == again and 0 < len(credit.split()) <= MAX_CREDIT_WORDS \
        and len(caption) <= MAX_BOILERPLATE_CHARS


MAX_WIDGET_CHARS = 80
_NAME_LIKE = re.compile(r"^[^\W\d_][\w.'’\-]*(?:[ \u00a0][^\W\d_][\w.'’\-]*){0,5}$")


def repeated_widgets(lines: list[str], lex) -> set[str]:
    """Short lines a page repeats ("Bookmark and Share", "- Hansard - - - Excerpts", a
    "speaker" widget word, a transcription service's running header): printed twice or
    more on lines of their own (three times, or twice for three words or fewer: a heading
    printed twice is the title), without sentence punctuation, and not shaped like a name
    or a label (labels alone on their line repeat too). `lines`: the text of each line
    that is plain text alone."""
    ends = _SPEECH_ENDS
    counts = Counter(text.strip() for text in lines
                     if len(text) <= MAX_WIDGET_CHARS and not text.endswith(ends))  # sentences never are
    # a heading printed twice (page title and article title) is the header's business, and
    # so is the page's first line of several words printed again and again (the title)
    # (a counter or date widget may stand above it: "09.10.2013 Views" / "<title>" / "<title>")
    # (a page's first line of two words or more printed once again: its title bar and heading)
    top = {text.strip() for text in lines[:TOP_LINES]}
    first = lines[0].strip() if lines else ""
    found = {line for line, n in counts.items()
             if (n >= 3 or (n == 2 and len(line.split()) <= 3)) and _widget_shape(line, lex)
             and not (line in top and len(line.split()) >= MIN_REPEATED_TITLE_WORDS)
             and not (line == first and n == 2 and len(line.split()) >= 2)}
    # "主持人沙晨" / "李宁" over the speech, taking turns: labels of a caseless script (L320b)
    return found - caseless_dialogue(lines) if found else found


TOP_LINES = 3  # the page's first lines, where its title may be printed again and again


MIN_REPEATED_TITLE_WORDS = 5


_SPEECH_ENDS = tuple(".?!,;…\"”’'。？！)]—–-")


# A place: one to three capitalised words, a comma, one to three more ("Geneva, Switzerland").
_PLACE_LIKE = re.compile(r"^[^\W\d_][\w.'’-]*(?: [^\W\d_][\w.'’-]*){0,2}, [^\W\d_][\w.'’-]*(?: [^\W\d_][\w.'’-]*){0,2}$")


def _widget_shape(line: str, lex) -> bool:
    if not line or SENTENCE_END.search(line) or line[:1] in "([（" or line[-1] in "—–-" \
            or TIMESTAMP.match(line) or date_line(line, lex):
        return False  # speech, a marker, a date
    if (split := colon_split(line)) is not None and not _link_menu(line[split[0] + 1:]):
        return False  # a label line ("MR PRICE: Well —"), not "Link to this: Individually | In context" (B350a)
    if tagged_label_line(line):
        return False  # "【同期】中新社记者 梁晓辉": a speaker over each take of a video script
    name = line.lstrip("#").lstrip() if line[:1] == "#" else line  # "#### ANN LEE": a heading's label (L832d)
    words = name.split()
    if _NAME_LIKE.match(name) and all(w[:1].isupper() or (0 < k < len(words) - 1 and w.lower() in lex.name_particles)
                                      for k, w in enumerate(words)):
        return False  # "EDOUARD PHILIPPE", "Steve Filton", "Q", "Dominique de Villepin" (L2463m): labels alone
    if " - " in line and name_role_line(_unbolded(line)):
        return False  # "**Ann Lee - Acme, Head of IR**" alone over each of Ann Lee's turns (L1631i)
    if chair_with_article(line, lex):
        return False  # "De voorzitter" alone over the chair's words each time the chair speaks (L1454i)
    if _PLACE_LIKE.match(line) and all(w[:1].isupper() for w in words):
        return False  # "Independence, Missouri": a place line, printed again with the header (H150p)
    if line.upper() in lex.question_labels + lex.answer_labels:
        return False
    return True


def _unbolded(line: str) -> str:
    """The line without the Markdown bold marks around it, if it has them."""
    return line[2:-2] if len(line) > 4 and line[:2] in ("**", "__") and line[-2:] == line[:2] else line


# A menu of links: two to six entries of one to four words each, between bars.
_LINK_MENU = re.compile(r"\s*[^\W\d_][\w'’-]*(?: [\w'’-]+){0,3}(?: \| [^\W\d_][\w'’-]*(?: [\w'’-]+){0,3}){1,5}\s*")


def _link_menu(rest: str) -> bool:
    """What follows a colon is a menu of links between bars ("Individually | In context"): the
    line is a widget a page prints under each label, not a label with its speech (B350a)."""
    return _LINK_MENU.fullmatch(rest) is not None


# Margin numbers of a typescript (line numbers 1-25 down each page, page numbers) on lines of
# their own: at least this many, mostly counting up by one.
MIN_MARGIN_NUMBERS = 5
# a number alone, or a table's row number in its cell ("12 |", "| 12 |": a data site's rows)
_NUMBER_LINE = re.compile(r"^\s*(?:\|\s*)?(\d{1,3})\s*(?:\|\s*)?$")


def margin_numbers(lines: list[str], among: list[tuple[int, str]] | None = None) -> set[int]:
    """Indexes of lines that hold only a number counting the lines or pages of an OCR'd
    typescript ("20" / "ADMINISTRATOR GRIFFIN: Well, thanks for being" / "21" / "here,
    everybody."): furniture of the printed page, never speech. A few numbers alone ("3"
    as an answer), numbers that do not count up (a list of scores) and the cue numbers of
    captions (over a "00:00:01,000 --> ..." line) are left alone. `among`: (index, text) of
    the lines to look at, in order, every line of 9 characters or fewer among them (all lines
    when None)."""
    found = [n for n, text in (enumerate(lines) if among is None else among) if len(text) <= 9
             and _NUMBER_LINE.match(text)
             and "-->" not in (lines[n + 1] if n + 1 < len(lines) else "")]  # a caption's cue number
    if len(found) < MIN_MARGIN_NUMBERS:
        return set()
    return set(found) if counting_up([int(_NUMBER_LINE.match(lines[n]).group(1)) for n in found]) else set()


# A page's metadata form: "Document Type:" / "Collection:" / "Release Decision:" / "RIFPUB" ...
MIN_FORM_FIELDS = 4
MAX_FIELD_CHARS = 40
MAX_VALUE_WORDS = 8
MAX_VALUE_LINES = 3  # a value of a few short lines (a file's name and size as a table row)
_FIELD_NAME = re.compile(r"^[^\W\d_][^:：\n]{0,38}[:：]$")


def form_fields(lines: list[str], among: list[tuple[int, str]] | None = None) -> set[int]:
    """Indexes of the lines of a page's metadata form: field names alone on their line,
    ending in a colon ("Document Type:", "Release Decision:"), each followed by at most
    `MAX_VALUE_LINES` short value lines ("RIFPUB", "July 7, 2000") before the next field, `MIN_FORM_FIELDS`
    different names or more in a row. A dialogue of labels alone on their lines repeats its
    names and says sentences under them; a form names each field once. `among`: as for `margin_numbers`, with every line of
    `MAX_FIELD_CHARS` or fewer."""
    names = [n for n, text in (enumerate(lines) if among is None else among) if text[-1:] in ":："
             and len(text) <= MAX_FIELD_CHARS
             and _FIELD_NAME.match(text)]
    if len(names) < MIN_FORM_FIELDS:
        return set()
    found: set[int] = set()
    run: list[int] = []
    for n in names + [None]:
        if n is not None and run and n - run[-1] <= MAX_VALUE_LINES + 1 and lines[n] not in {lines[k] for k in run} \
                and all(_value(lines[k]) for k in range(run[-1] + 1, n)):
            run.append(n)
            continue
        if len(run) >= MIN_FORM_FIELDS:
            found.update(range(run[0], run[-1] + 1))
            if run[-1] + 1 < len(lines) and _value(lines[run[-1] + 1]):
                found.add(run[-1] + 1)
        run = [n] if n is not None else []
    return found


def _value(line: str) -> bool:
    """A field's value: a few words, not a sentence."""
    return bool(line) and not SENTENCE_END.search(line) and len(line.split()) <= MAX_VALUE_WORDS


def _flush(pending: list, out: list) -> None:
    if pending:
        out.append(joined([items for _, items in pending], pending[0][0]))
        pending.clear()


PASS = BoilerplatePass()
