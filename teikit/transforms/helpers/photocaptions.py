"""A picture's caption closed by its credit, in a page's header (H1751j).

A news page prints its photo's caption between the standfirst and the interview, the
photographer or agency credited at its end after a word for the picture and a colon:

    Anne Roe an ihrem neuen Arbeitsplatz im Ministerium Foto: Ann Lee
    The minister at her desk in Berlin. Photo: Reuters

The caption describes the picture: it is a note of the header, never the page's title (the
longest line of a header is often the caption), and the words before the credit's colon are
no speaker's label. The credit is a name or an agency (one to `MAX_CREDIT_WORDS` words, no
sentence after it); the caption before it holds `MIN_CAPTION_WORDS` words at least, so that
a lone field (`Foto: dpa`, site furniture) is no caption.
"""
from __future__ import annotations

import re

from teikit.lexicons import Lexicon, compiled_once

MIN_CAPTION_WORDS = 3
MAX_CREDIT_WORDS = 5


def _credit_tail(lex: Lexicon) -> re.Pattern:
    """The credit closing a line: " Foto: Ann Lee", " (Photo: AP/Jon Roe)", " | Bild: dpa", " -
    Foto: Ann Lee en Twitter" (a spaced dash before it, P2548m)."""
    word = r"[^\W_][\w.'’&/-]*"
    return compiled_once(rf"[ \u00a0]+(?:[(|]|[-–—](?=[ \u00a0]))?[ \u00a0]*(?:{lex.alternation('photo_credits')})[ \u00a0]*[:：][ \u00a0]*"
                         rf"{word}(?:[ \u00a0]+{word}){{0,{MAX_CREDIT_WORDS - 1}}}\)?[ \u00a0]*$", re.IGNORECASE)


def _bare_credit_tail(lex: Lexicon) -> re.Pattern:
    """The credit closing a line without a colon: " Foto Depositphotos", " Photo Reuters": the
    credit word capitalised, then one or two capitalised words, the line's last (H2563m)."""
    word = r"(?-i:[A-ZÀ-Þ])[\w.'’&/-]*"
    return compiled_once(rf"[ \u00a0]+(?=(?-i:[A-ZÀ-ÞА-Я]))(?:{lex.alternation('photo_credits')})[ \u00a0]+"
                         rf"{word}(?:[ \u00a0]+{word})?[ \u00a0]*$", re.IGNORECASE)


def credited_caption(text: str, lex: Lexicon) -> bool:
    """`text` is a picture's caption closed by its credit ("… Foto: Anja Weber"), or by a
    capitalised credit word and agency without a colon, on a line with no sentence end
    ("Il sindaco in piazza Foto Ansa", H2563m)."""
    caption = uncredited(text, lex)
    return caption != text and len(caption.split()) >= MIN_CAPTION_WORDS


def uncredited(text: str, lex: Lexicon) -> str:
    """`text` without the picture credit closing it: the words that can name a speaker (a
    caption names who is pictured; the credit who took the picture, and its colon joins the
    caption's last capitalised word to the credit word into a name: "… und Jugend Foto")."""
    if not lex.photo_credits:
        return text
    if ":" not in text and "：" not in text:
        if _SENTENCE_MARK.search(text):
            return text  # a sentence or a field's line: a capitalised "Foto …" inside it is no credit
        found = _bare_credit_tail(lex).search(text.rstrip())  # "… Foto Ansa" (H2563m)
    else:
        found = _credit_tail(lex).search(text.rstrip())
    return text[:found.start()] if found is not None else text


_SENTENCE_MARK = re.compile(r"[.!?;]")
