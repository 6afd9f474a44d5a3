"""A speaker labelled by an article and a common noun in lower case (T683c).

`Le sélectionneur : Bonjour à tous.` / `Un journaliste : Pourquoi … ?` / `Le sélectionneur :
Parce que …`, `The coach:` / `A reporter:`: a press conference that names nobody labels its
speakers by their function. No capitalised word makes such a label a name, so it is taken
only when the document prints it at least twice, beside another label, and one of the two
asks a question at its first printing (a press conference's reporter does): an essay's
`The problem: …` / `The solution: …` asks none. Discourse words (`The point:`) stay refused.
"""
from __future__ import annotations

import re

from teikit.lexicons import Lexicon

MAX_NOUN_WORDS = 2
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def article_role(name: str, lex: Lexicon) -> bool:
    """ "Le sélectionneur", "The coach", "Un journaliste": a capitalised article, then one or
    two words in lower case, none a discourse word."""
    words = name.split()
    if not 2 <= len(words) <= MAX_NOUN_WORDS + 1 or not words[0][:1].isupper():
        return False
    article = words[0].lower()
    if article not in lex.articles and article not in lex.indefinite_articles:
        return False
    return all(_WORD.fullmatch(w) and w.islower() and w not in lex.discourse_words for w in words[1:])


def article_role_dialogue(name: str, counts, rests: dict, lex: Lexicon) -> bool:
    """`name` is an article-and-noun label printed twice or more, beside another label, one
    of them asking at its first printing (`rests`: the rest of each name's first line)."""
    if counts[name] < 2 or not article_role(name, lex):
        return False
    other = next((n for n in counts if n != name and counts[n] >= 1), None)  # (the first other label)
    return other is not None and any(_QUESTION.search(rests.get(n, "")) for n in (name, other))


_QUESTION = re.compile(r"[?？]\s*\W*$")
