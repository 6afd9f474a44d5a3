"""A page's summary in another language above an unlabelled transcript (H2164k).

An audio host's episode page prints a machine summary in English ("This episode is about
podcasting and its growth ...") above the machine transcript of a Spanish episode, with no
label anywhere. The summary is the page's, not speech: a first paragraph of a few sentences
whose function words are clearly another language's than the document's (the speech below
decides the document's language), with the speech after it.
"""
from __future__ import annotations

from teikit.lexicons import Lexicon
from teikit.lexicons.detection import dominant_language

# A summary of a few sentences: a short line in another language may be a quotation or a title.
MIN_SUMMARY_WORDS = 25


def foreign_summary(text: str, lex: Lexicon) -> bool:
    """`text` (the page's first paragraph) is written in another language than the document."""
    if len(text.split()) < MIN_SUMMARY_WORDS:
        return False
    lang = dominant_language(text)
    return lang is not None and lang != lex.lang
