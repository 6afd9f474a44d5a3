"""Topic headings inside a statement: "** Syria", "## Budget" on a line of their own.

A spokesperson's briefing (a UN noon briefing) marks each topic of the opening statement
with a line "** Topic"; Markdown exports mark them "## Topic". Such a short line (at most
`MAX_WORDS` words, no sentence punctuation at its end) between paragraphs of a turn is a
heading, not a paragraph of speech: it is kept verbatim as a heading note.

A record's page marks each item of the agenda with a field line alone ("Argomento:",
"Subject:", a word of the lexicon's `label_not_words` and a colon), the item's title on the
line after it. Both end the turn they follow, as headings (`mark_field_headings`); so does an
item's heading that gives the field word, the item's number and title on one line
("Oggetto n. 2527 in data 7 luglio 1971 - Progeny test ...", `agenda_item`).
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
