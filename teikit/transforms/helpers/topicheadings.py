"""Topic headings inside a statement: "** Syria", "## Budget" on a line of their own; a
podcast page's chapter headings with their time ("## [00:00:14] Intro", H881d).

A spokesperson's briefing (a UN noon briefing) marks each topic of the opening statement
with a line "** Topic"; Markdown exports mark them "## Topic". Such a short line (at most
`MAX_WORDS` words, no sentence punctuation at its end) between paragraphs of a turn is a
heading, not a paragraph of speech: it is kept verbatim as a heading note.

A record's page marks each item of the agenda with a field line alone ("Argomento:",
"Subject:", a word of the lexicon's `label_not_words` and a colon), the item's title on the
line after it. Both end the turn they follow, as headings (`mark_field_headings`); so does an
item's heading that gives the field word, the item's number and title on one line
("Oggetto n. 2527 in data 7 luglio 1971 - Progeny test ...", `agenda_item`).

An online chat's editor prints a quoted sub-heading between two turns, the words of a guest
between quotation marks on a line of their own (`“过分强调外语,阻碍了优秀人才的选拔”` over the
host's next label): one short quotation, nothing after its closing mark and no sentence's end
inside it, as the last paragraph of a turn that a labelled turn follows, is a heading
(`mark_quoted_headings`, P1777j).
"""
from __future__ import annotations

import re

from teikit.lexicons import Lexicon
from teikit.model import Note, Paragraph, Text, Transcript, Turn
from teikit.transforms.helpers.shapes import SENTENCE_END

_TOPIC = re.compile(r"^(?:\*\*|#{1,6})[ \u00a0]+[^\W\d_]")
MAX_WORDS = 8


def mark_topic_headings(doc: Transcript) -> None:
    for block in doc.blocks:
        # a heading stands between paragraphs: turns of three items or more, not the first
        # or last item (most turns of a transcript are shorter, and are not looked into)
        if type(block) is not Turn or len(block.paragraphs) < 3:
            continue
        for para in block.paragraphs[1:-1]:
            content = para.content if type(para) is Paragraph else ()
            if len(content) == 1 and type(content[0]) is Text and content[0].text.lstrip()[:1] in ("*", "#"):
                text = content[0].text.strip()
                if _TOPIC.match(text) and len(text.split()) <= MAX_WORDS + 1 and not SENTENCE_END.search(text):
                    para.content = [Note(type="heading", text=text)]
    mark_chapter_headings(doc)


# A Markdown heading with the chapter's time: "## [00:00:14] Intro", "### 12:30 Q&A" (H881d),
# as one line of text or with the time already a timestamp note.
_CHAPTER = re.compile(r"^#{1,6}[ \u00a0]*$")
_CHAPTER_LINE = re.compile(r"^#{1,6}[ \u00a0]+[\[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?[ \u00a0]+\S")


def mark_chapter_headings(doc: Transcript) -> None:
    """A podcast page's chapter heading, a Markdown heading with the chapter's start time
    ("## [00:00:14] Intro"), standing after a turn's speech (before the next label, the last
    paragraph too) is a heading, not speech: its words become heading notes, its time stays
    the timestamp note it is (H881d)."""
    for block in doc.blocks:
        if type(block) is not Turn or len(block.paragraphs) < 2:
            continue
        for para in block.paragraphs[1:]:
            content = para.content if type(para) is Paragraph else ()
            if len(content) == 1 and type(content[0]) is Text and content[0].text[:1] == "#" \
                    and _CHAPTER_LINE.match(content[0].text) and len(content[0].text.split()) <= MAX_WORDS + 2 \
                    and not SENTENCE_END.search(content[0].text.strip()):
                para.content = [Note(type="heading", text=content[0].text.strip())]
            elif 2 <= len(content) <= 3 and type(content[0]) is Text and _CHAPTER.match(content[0].text) \
                    and type(content[1]) is Note and content[1].type == "timestamp" \
                    and all(type(i) is Text and len(i.text.split()) <= MAX_WORDS and not SENTENCE_END.search(i.text)
                            for i in content[2:]):
                para.content = [content[0] if type(content[0]) is not Text else Note(type="heading", text=content[0].text.strip()),
                                content[1], *(Note(type="heading", text=i.text.strip()) for i in content[2:] if i.text.strip())]


_FIELD_ALONE = re.compile(r"^([^\W\d_]+)[ \u00a0]?[:：]$")
# "OGGETTO N. 232/71 - Ratifica ...", "Oggetto n. 2510 in data ...", "Subject No. 4 - ...": a
# field word, a number (after its abbreviation), then the item's title.
_AGENDA_ITEM = re.compile(r"^([^\W\d_]+)[ \u00a0]+(?:(?:n|nr|no|num|núm)\.?|№|#)?[ \u00a0]*\d[\d/.-]*[ \u00a0]+\S",
                          re.IGNORECASE)


def agenda_item(text: str, lex: Lexicon) -> bool:
    """A record's agenda item heading: a field word of the lexicon's `label_not_words`
    ("Oggetto", "Subject", "Betreff") and the item's number, then its title."""
    m = _AGENDA_ITEM.match(text)
    return m is not None and m.group(1).upper() in lex.label_not_words


def mark_field_headings(doc: Transcript, lex: Lexicon) -> None:
    """A field line alone ("Argomento:") after the speech of a turn, and the short title
    on the line after it when that ends the turn ("Richieste di modifica dell'o.d.g."),
    are an agenda item's heading, not speech."""
    for block in doc.blocks:
        if type(block) is not Turn or len(block.paragraphs) < 2:
            continue
        paras = block.paragraphs
        for n in range(1, len(paras)):
            text = _one_line(paras[n])
            if text and text[:1].isalpha() and agenda_item(text, lex):
                paras[n].content = [Note(type="heading", text=text)]  # the next item of the agenda
                continue
            m = _FIELD_ALONE.match(text) if text and text[-1:] in ":：" else None
            if not m or m.group(1).upper() not in lex.label_not_words or type(paras[n - 1]) is not Paragraph:
                continue  # (after a site line: a widget's field, "217 views" / "Category:")
            title = _one_line(paras[n + 1]) if n + 2 == len(paras) else None
            if title and len(title.split()) <= MAX_WORDS and title[:1].isupper() and title[-1:] not in "?!:;,":
                # one heading of the field and the title, on their lines as printed
                paras[n].content = [Note(type="heading", text=f"{text}\n{title}")]
                del paras[n + 1]
            else:
                paras[n].content = [Note(type="heading", text=text)]
            break


def _one_line(para) -> str | None:
    content = para.content if type(para) is Paragraph else ()
    return content[0].text.strip() if len(content) == 1 and type(content[0]) is Text else None


# One quotation, nothing after it, no sentence's end inside it: "“...”", "«...»", "「...」".
_QUOTED_HEADING = re.compile(r"^(?:“[^“”]+”|«[^«»]+»|「[^「」]+」|„[^„“”]+[“”])$")
_INSIDE_END = re.compile(r"[.!?…。！？]")
MAX_QUOTED_HEADING_CHARS = 60


def mark_quoted_headings(doc: Transcript) -> None:
    """An editor's quoted sub-heading as the last paragraph of a turn, right before a labelled
    turn, is a heading, not speech (P1777j)."""
    blocks = doc.blocks
    for block, after in zip(blocks, blocks[1:]):
        if type(block) is not Turn or len(block.paragraphs) < 2 or type(after) is not Turn or after.label is None:
            continue
        text = _one_line(block.paragraphs[-1])
        if text and len(text) <= MAX_QUOTED_HEADING_CHARS and _QUOTED_HEADING.match(text) \
                and not _INSIDE_END.search(text) and type(block.paragraphs[-2]) is Paragraph:
            block.paragraphs[-1].content = [Note(type="heading", text=text)]
