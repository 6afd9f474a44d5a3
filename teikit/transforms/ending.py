"""End lines and page footers after the last turn; site lines that end any turn.

Walking back from the end of the last turn, paragraphs made only of end lines (END, ###,
-30-, a closing time, "(The briefing was concluded at 3:41 p.m.)") or of page furniture
(soft boilerplate such as "Source: U.S. Department of State", or a short title-cased line
without final punctuation such as a site name or a featured-page link) leave the turn:
they become `EndLine` and `Boilerplate` blocks after it. The walk stops at the first
paragraph that reads as speech, so a closing "Thank you." stays in the turn.
"""
from __future__ import annotations

import re

from teikit.lexicons import Lexicon
from teikit.model import Boilerplate, EndLine, LineBreak, Paragraph, Text, Transcript, Turn
from teikit.transforms.helpers.dates import date_line, find_date, is_time_line
from teikit.transforms.helpers.headerlines import SEPARATOR
from teikit.transforms.helpers.copyrighttail import copyright_tail
from teikit.transforms.helpers.metadatatail import is_update_stamp, metadata_tail
from teikit.transforms.helpers.footers import BULLET, SENTENCE_MARK as _SENTENCE_MARK, ends_sentence, menu_row, \
    plain_lines, promotion, unbulleted, widget_lines
from teikit.transforms.helpers.headerwidgets import counter_line
from teikit.transforms.helpers.lines import lines_of
from teikit.transforms.helpers.page import is_soft
from teikit.transforms.helpers.readerappeal import reader_appeal
from teikit.transforms.helpers.ruledtail import ruled_tail
from teikit.transforms.helpers.addendumtail import addendum_tail
from teikit.transforms.helpers.shapes import title_cased

END_MARK = re.compile(r"^[\[(]?[-–—\s]*(END|End|###|#\s#\s#|-30-|\*\s\*\s\*)[-–—\s]*[\])]?(\s+\S.*)?$")
# A release's end mark with its date after a slash: "Ends/Wednesday, December 23, 2015" (H149h).
DATED_END_MARK = re.compile(r"^(?:ENDS?|Ends?)\s*/\s*(\S.*)$")
MAX_FOOTER_WORDS = 10
# A Markdown link reference definition under the last answer (B1247h): "[books]: /books",
# "[nodeconf]: https://2017.nodeconf.com.ar "NodeConf Argentina 2017"": the target of a
# "[text][books]" link in the speech, printed at the end of the page's source, never shown.
_LINK_DEFINITION = re.compile(r"^\[[^\[\]]{1,60}\]:[ \t]+(?:https?://|/|#|mailto:|www\.)\S*"
                              r"(?:[ \t]+(?:\"[^\"]*\"|'[^']*'|\([^()]*\)))?$")


def end_kind(text: str, lex: Lexicon) -> str | None:
    """'end' for end lines, 'boilerplate' for footer lines, None for speech."""
    text = " ".join(text.replace("\u00a0", " ").split())
    if not text:
        return None
    m = END_MARK.match(text)
    if (m and (m.group(2) is None or is_time_line(m.group(2)))) or lex.pattern("concluded").fullmatch(text) \
            or is_time_line(text) or SEPARATOR.match(text) or _interview_credit(text, lex) \
            or (lex.header_notes and lex.pattern("header_notes").fullmatch(text.rstrip(". "))):
        return "end"  # also "Seul le prononcé fait foi.", "Check against delivery" under the speech (B1063f)
    if (dated := DATED_END_MARK.match(text)) and date_line(dated.group(1), lex):
        return "end"  # "Ends/Wednesday, December 23, 2015"
    if is_soft(text, lex) or _title_cased_footer(text, lex) or date_line(text, lex) or is_update_stamp(text, lex) \
            or menu_row(text) or _LINK_DEFINITION.match(text):
        return "boilerplate"  # page furniture: site names, links, a publication date, link targets (B1247h)
    return None


def _interview_credit(text: str, lex: Lexicon) -> bool:
    """ "Das Interview führte Ann Roe", "Propos recueillis par Ann Roe": who conducted the
    interview, printed after its last answer (lexicon `interview_credits`; H120m); "Grazie a
    Ann Roe per la traduzione!", "Translated by Ann Roe": who translated it (lexicon
    `translation_credits`; I161q)."""
    return len(text.split()) <= MAX_FOOTER_WORDS and any(
        getattr(lex, entry) and lex.pattern(entry).fullmatch(text.rstrip(".!")) is not None
        for entry in ("interview_credits", "translation_credits"))


def _title_cased_footer(text: str, lex: Lexicon) -> bool:
    return len(text.split()) <= MAX_FOOTER_WORDS and title_cased(text, lex.small_words, share=1.0)


# A sentence end inside a line: where a site trailer glued to the speech can begin.
# The longest site trailer glued to the last line of speech (the development sets' is 131).
MAX_TRAILER_CHARS = 400
GLUE_POINT = re.compile(r"(?<!\b[A-Z])[.?!][\"”’)]?\s+(?=[A-Z])")  # not after an initial


class EndingPass:
    name = "ending"
    after = ("header",)

    def apply(self, doc: Transcript, ctx) -> None:
        release_trailing_boilerplate(doc)
        close_last_turn(doc, ctx.lexicon)


def release_trailing_boilerplate(doc: Transcript) -> None:
    """Site lines that end a turn ("Advertisement" before the next label, a caption box)
    stand between the turns, outside the speech, in the same order."""
    out: list = []
    for block in doc.blocks:
        out.append(block)
        if isinstance(block, Turn) and len(block.paragraphs) > 1 and isinstance(block.paragraphs[-1], Boilerplate):
            keep = len(block.paragraphs)
            while keep > 1 and isinstance(block.paragraphs[keep - 1], Boilerplate):
                keep -= 1
            out.extend(block.paragraphs[keep:])
            del block.paragraphs[keep:]
    doc.blocks = out


def close_last_turn(doc: Transcript, lex: Lexicon) -> None:
    last = max((i for i, b in enumerate(doc.blocks) if isinstance(b, Turn)), default=None)
    if last is None:
        return
    turn = doc.blocks[last]
    _set_widget_apart(turn)
    doc.blocks[last + 1:last + 1] = copyright_tail(turn)  # a copyright notice over readers' comments (B552a)
    doc.blocks[last + 1:last + 1] = metadata_tail(turn, lex)  # "Publié le : …" / "Auteur : …" under the speech (B1604i)
    ruled = ruled_tail(turn, lex) or addendum_tail(turn, lex)  # "---" under the last answer, the site's
    # appeal and author box below (B956e), or the author's "**Nachtrag:** …" (B1138g)
    if ruled:
        doc.blocks[last + 1:last + 1] = ruled
    appeal = reader_appeal(turn, lex)  # "Liebe Leser von Publico: …" to the page's end (B863d)
    if appeal:
        doc.blocks[last + 1:last + 1] = appeal
    _headline_under_site_line(turn, _header_texts(doc))  # "Оригинальная запись в блоге X:" / the headline (B2064k)
    glued = _glued_trailer(turn, [b.text for b in doc.blocks if isinstance(b, Boilerplate)], lex)
    if glued is not None:
        doc.blocks.insert(last + 1, glued)
    taken: list[list] = []  # the end blocks of each paragraph taken, last paragraph first
    after = 0  # site lines already set apart right after the turn belong to the same row
    while last + 1 + after < len(doc.blocks) and isinstance(doc.blocks[last + 1 + after], Boilerplate):
        after += 1
    links = _link_run(turn, after)  # trailing paragraphs that are a row of short link-like lines
    at_end = after == 0 and last + 1 == len(doc.blocks)
    while len(turn.paragraphs) > 1:  # a turn keeps at least its first paragraph
        para = turn.paragraphs[-1]
        blocks = _as_end_blocks(para, lex, after_furniture=links > 0 or isinstance(turn.paragraphs[-2], Boilerplate),
                                page_end=at_end and not taken, under_site=bool(taken) or after > 0)
        if blocks is None and taken and len(turn.paragraphs) > 2:
            blocks = _sandwiched_link(para, turn.paragraphs[-2], lex)
        if blocks is None:
            break
        links -= 1
        taken.append(blocks)  # (not inserted at the front: a long footer would cost its square)
        turn.paragraphs.pop()
    trailing = [block for blocks in reversed(taken) for block in blocks]
    doc.blocks[last + 1:last + 1] = trailing


def _set_widget_apart(turn: Turn) -> None:
    """A widget's lines under its heading at the end of the last turn are site lines (H181e)."""
    count = widget_lines(turn)
    for n in range(len(turn.paragraphs) - count, len(turn.paragraphs)):
        para = turn.paragraphs[n]
        turn.paragraphs[n] = Boilerplate(plain_lines(para)[0], para.line)


def _header_texts(doc: Transcript) -> list[str]:
    """The lines of the header, above the first turn (the page's headline among them)."""
    out = []
    for block in doc.blocks:
        if isinstance(block, Turn):
            break
        if isinstance(getattr(block, "text", None), str):
            out.append(block.text)
    return out


def _headline_under_site_line(turn: Turn, header: list[str]) -> None:
    """A header line printed again as the last line, right under a site line (a repost's pointer
    to the original post, then the post's headline as its link: B2064k) is a site line too:
    speech that ends on the headline's words alone, under furniture, is none."""
    if not header or len(turn.paragraphs) < 3 or not isinstance(turn.paragraphs[-2], Boilerplate):
        return
    para = turn.paragraphs[-1]
    lines = plain_lines(para) if isinstance(para, Paragraph) else None
    if lines and len(lines) == 1 and (words := _words(lines[0])) and any(_words(h) == words for h in header):
        turn.paragraphs[-1] = Boilerplate(lines[0], para.line)


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.casefold())


def _sandwiched_link(para, above, lex: Lexicon) -> list | None:
    """A link-like line ("Continue", "Read more") between footer lines taken from the page's
    end and an end or footer line above it is a footer line too (H183e): speech does not
    go on after an end mark or a site line only to stop at a few unpunctuated words."""
    lines = plain_lines(para)
    if lines is None or len(lines) != 1 or not _link_line(lines[0]) or _as_end_blocks(above, lex) is None:
        return None
    return [Boilerplate(lines[0], para.line)]


# A widget's field and its one-word value: "Upload: jdoe", "Category:".
_WIDGET_FIELD = re.compile(r"^[^\W\d_]+\s?[:：](?:\s*[\w.-]+)?$")
# A viewer's footer of counters and fields is this many lines at least.
MIN_COUNTED_LINES = 3

# A link or widget line of a page: a few words without any sentence punctuation.
MAX_LINK_WORDS = 6
MIN_LINK_LINES = 2


def _link_line(text: str) -> bool:
    """A few words without sentence punctuation; not a numbered list's entry ("10   apples").
    A colon may end it: a widget's caption over what the page shows there ("Subscribe to:",
    "No comments:")."""
    text = unbulleted(text.strip())[0]  # a bulleted row of links and fields (H180e)
    return len(text.split()) <= MAX_LINK_WORDS and not _unpunctuated(text) and text[:1].isalpha()


def _unpunctuated(text: str) -> re.Match | None:
    """A sentence mark in `text` before a final colon (the colon of a widget's caption)."""
    return _SENTENCE_MARK.search(text.rstrip().rstrip(":："))


def _bulleted_run(turn: Turn, count: int) -> bool:
    return any(isinstance(p, Paragraph) and p.content and isinstance(p.content[0], Text)
               and BULLET.match(p.content[0].text) for p in turn.paragraphs[len(turn.paragraphs) - count:])


def _dangling_caption(text: str) -> bool:
    """The last line of the page, a few words that end with a colon and nothing after them:
    the caption of what the page shows there and the copy lost (a video, a form: "In the
    video, the moment:", "Watch it here:")."""
    text = text.strip()
    return text.endswith((":", "：")) and len(text.split()) <= MAX_FOOTER_WORDS and text[:1].isalpha()


def _link_run(turn: Turn, after: int = 0) -> int:
    """How many paragraphs at the end of the last turn are a run of at least two short
    lines without sentence punctuation (a site's links and widgets: "Keyboard shortcuts",
    "Next page >"), below speech that does end its sentences; 0 when there is no such run.
    `after`: site lines already set apart below the turn, counted in the run."""
    count, lines, counters = 0, after, 0
    for para in reversed(turn.paragraphs[1:]):
        if isinstance(para, Boilerplate):  # a line the boilerplate pass already set apart
            count, lines = count + 1, lines + 1
            continue
        if not isinstance(para, Paragraph):
            break
        texts = ["".join(i.text for i in items if isinstance(i, Text)) for items in lines_of(para)]
        if not all(_link_line(t) or counter_line(t) or _WIDGET_FIELD.match(t.strip()) for t in texts):
            break
        count, lines, counters = count + 1, lines + len(texts), counters + sum(map(counter_line, texts))
    before = turn.paragraphs[-count - 1] if count else None
    # (after closing quotes: ",,Nein.''"; a bulleted list after a colon is the speech's, H180e)
    speech_ends = isinstance(before, Paragraph) and before.content and isinstance(before.content[-1], Text) \
        and ends_sentence(before.content[-1].text, _SENTENCE_MARK) \
        and not (before.content[-1].text.rstrip().endswith((":", "：")) and _bulleted_run(turn, count))
    # a document viewer's footer holds its counters ("217 views", "0 download") and fields
    # ("Upload: jdoe"), under an excerpt cut in mid-sentence (H148h)
    counted = counters and count - counters >= 1 and lines >= MIN_COUNTED_LINES
    # (counters alone are a numbered list's entries: "10   apples", "3   pears")
    return count if lines >= MIN_LINK_LINES and (speech_ends and not counters or counted) else 0


def _as_end_blocks(item, lex: Lexicon, after_furniture: bool = False, page_end: bool = False,
                   under_site: bool = False) -> list | None:
    """The end lines and footer lines a trailing paragraph is made of, or None. Under site
    lines ("Bookmark and Share"), a line without any sentence punctuation (a row of links)
    is furniture too; so is a dangling caption or a notice about the transcript that ends the
    page (`page_end`); above site lines (`under_site`), a promotion with a social handle or
    a web address ("Follow us @harbour_talk", H182e)."""
    if isinstance(item, Boilerplate):
        return [item]
    if not isinstance(item, Paragraph):
        return None
    blocks = []
    for offset, items in enumerate(lines_of(item)):
        if not all(isinstance(i, Text) for i in items):
            return None
        text = "".join(i.text for i in items if not isinstance(i, LineBreak))
        kind = end_kind(text, lex)
        if kind is None and (after_furniture and (not _unpunctuated(text) or _WIDGET_FIELD.match(text.strip()))
                             or page_end and len(lines_of(item)) == 1 and (_dangling_caption(text)
                                                                          or _transcript_notice(text, lex))
                             or under_site and promotion(text)):
            kind = "boilerplate"
        if kind is None:
            return None
        number = item.line + offset if item.line else 0
        blocks.append(EndLine(text, number) if kind == "end" else Boilerplate(text, number))
    return blocks


# The transcript names itself this near the start of the notice's first sentence (its subject:
# "This transcript was ...", "Cette transcription a été ...", "Transcript accuracy may vary").
MAX_NOTICE_SUBJECT = 24
_FIRST_SENTENCE = re.compile(r"^.*?(?:[.!?。！？](?=\s|$)|$)")


def _transcript_notice(text: str, lex: Lexicon) -> bool:
    """The last paragraph of the page is a notice about the transcript (how it was made,
    that it is unedited): its first sentence has the transcript for subject (lexicon
    `transcript_words`). A speaker's closing words name it seldom, and never so."""
    if not lex.transcript_words:
        return False
    m = lex.pattern("transcript_words").search(_FIRST_SENTENCE.match(text).group(0))
    return m is not None and m.start() <= MAX_NOTICE_SUBJECT


def _glued_trailer(turn: Turn, site_lines: list[str], lex: Lexicon) -> Boilerplate | None:
    """A site trailer pasted onto the end of the last line of speech, without a line break
    ("Thank you. Press release <headline> Government Agency News"): a title-cased tail after
    a sentence end that begins or ends with words of a boilerplate line of the same page."""
    if not site_lines or not turn.paragraphs or not isinstance(turn.paragraphs[-1], Paragraph):
        return None
    para = turn.paragraphs[-1]
    if not para.content or not isinstance(para.content[-1], Text):
        return None
    text = para.content[-1].text
    # a trailer is a line's length: glue points further back than that are speech (and
    # reading every sentence end's tail of a long line would cost the square of its length)
    for m in GLUE_POINT.finditer(text, max(0, len(text) - MAX_TRAILER_CHARS)):
        tail = text[m.end():].strip()
        if title_cased(tail, lex.small_words) and _shares_site_words(tail, site_lines):
            para.content[-1] = Text(text[:m.end()].rstrip())
            return Boilerplate(tail, para.line)
    return None


def _shares_site_words(tail: str, site_lines: list[str], run: int = 2) -> bool:
    words = tail.lower().split()
    edges = [" ".join(words[:n]) for n in range(run, len(words) + 1)] + \
            [" ".join(words[-n:]) for n in range(run, len(words) + 1)]
    site = [" " + " ".join(line.lower().split()) + " " for line in site_lines]
    return any(f" {edge} " in line for edge in edges for line in site)


PASS = EndingPass()
