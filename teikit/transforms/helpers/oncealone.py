"""Two speakers' names alone on their lines, each printed once over its speech (L2283l).

A press office's page of a short exchange (a greeting and its reply) prints each speaker's
name alone on a line, with the speech one blank line below, and each name once only:
`Anna Neri` / `Buongiorno a tutti …` / `Presidente Rossi` / `Grazie! …`. A name printed so once
is a heading by L3 (it needs the same label twice); here the page's whole dialogue is two or
more such names taking turns. It is taken only when every line alone over speech is such a
name (two to four capitalised words, printed once), the document has no colon label, and one
of the names opens with an office or title word (lexicon `title_words`: `Presidente`, `Papa`),
as headings over an article's paragraphs ("Early Years" / "Later Work") hold no office.

An organisation's press conference names its chief by office alone, one word of office words
joined by hyphens (`Director-General`, `Secretary-General`) under the spokesman's full name
(`Keith Rockwell` / `Thank you for …` / `Director-General` / `Well, …`): such an office counts
as one of the names, and as the one with an office word (L2464m).
"""
from __future__ import annotations

from teikit.lexicons import Lexicon
from teikit.transforms.helpers.labelevidence import is_mixed_candidate
from teikit.transforms.helpers.labeltext import base_label, words_of
from teikit.transforms.helpers.labelwords import single_discourse_word

MAX_NAME_WORDS = 4


def names_alone_once(weak, spoken: set[str], colon_labels, lex: Lexicon) -> frozenset[str]:
    """The names alone on their line over speech that make up a page's dialogue, each
    printed once (`weak`: the weak-shape candidates counted; `spoken`: the names alone with
    speech below; `colon_labels`: the colon candidates' names)."""
    over_speech = {n for s, n in weak if s == "alone" and n in spoken}
    if colon_labels or len(over_speech) < 2:
        return frozenset()
    if not all(weak[("alone", n)] == 1 and (_name_shaped(base_label(n), lex) or _office_alone(base_label(n), lex))
               for n in over_speech):
        return frozenset()  # a heading or a menu word over speech, or a name printed twice (L3's)
    if not any(words_of(base_label(n))[0].split("-")[0].lower() in lex.title_words for n in over_speech):
        return frozenset()
    return frozenset(over_speech)


def _name_shaped(base: str, lex: Lexicon) -> bool:
    return 2 <= len(words_of(base)) <= MAX_NAME_WORDS and is_mixed_candidate(base, lex) \
        and not single_discourse_word(base, lex)


def _office_alone(base: str, lex: Lexicon) -> bool:
    """ "Director-General": office words of the lexicon joined by hyphens, no name (L2464m)."""
    parts = base.split("-")
    return " " not in base and len(parts) >= 2 and all(p[:1].isupper() and p.lower() in lex.title_words for p in parts)
