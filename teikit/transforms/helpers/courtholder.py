"""The judge a court record's label `THE COURT` stands for (N957e): the caption names the judge
after "Before" ("Before: / HON. ANALISA TORRES, / District Judge", "BEFORE THE HONORABLE ROYCE
C. LAMBERTH UNITED STATES DISTRICT JUDGE") and prints the office after the name. A label of an
article and a court word of the lexicon (`court_words`) gets, over any name read before, the one
name printed after a court phrase (`court_phrases`) in the lines before the first label (the
header, site lines, unlabeled text), and the office after it: up to six capitalised words ending with a role word
(`roleshapes.role_heads`: "Judge")."""
from __future__ import annotations

import re

from teikit.lexicons import Lexicon, compiled_once
from teikit.model import Person
from teikit.transforms.helpers import names as nm
from teikit.transforms.helpers.holders import name_after_phrase
from teikit.transforms.helpers.roleshapes import role_heads

MAX_OFFICE_WORDS = 6


def name_the_court(people: list[Person], lead: list[str], lex: Lexicon) -> None:
    """`lead`: every line printed before the first label (header, site lines, unlabeled text)."""
    courts = [p for p in people if p.labels and _court_label(p.labels[0], lex)]
    if not courts or not lex.court_phrases:
        return
    phrase = compiled_once(rf"\b(?:{lex.alternation('court_phrases')})(?=[\s:])", re.IGNORECASE)
    text = "\n".join(lead)  # ("Before:" and the name may stand on lines of their own)
    named = name_after_phrase(text, phrase, lex)  # (the first court phrase's name)
    if not named:
        return
    role = _office_after(text, named[0], lex)
    for person in courts:
        person.name, person.role = named[0], person.role or role


def _court_label(label: str, lex: Lexicon) -> bool:
    """ "THE COURT:": an article and a court word."""
    words = [nm.fold(w) for w in nm.label_words(label)]
    return len(words) == 2 and words[0] in nm.folded(lex, "articles") and words[1] in nm.folded(lex, "court_words")


def _office_after(text: str, name: str, lex: Lexicon) -> str | None:
    """ ", District Judge", " UNITED STATES DISTRICT JUDGE": capitalised words after the name,
    the last a role word."""
    at = text.find(name)
    if at < 0:
        return None  # (a name wrapped over two lines: no office read)
    words = text[at + len(name):].lstrip(" ,\n").split()[:MAX_OFFICE_WORDS]
    heads = role_heads(lex)
    for k, word in enumerate(words):
        if not word[:1].isupper():
            return None
        if nm.fold(word.strip(",.;:")) in heads:
            return " ".join(words[:k + 1]).strip(",.;:")
    return None
