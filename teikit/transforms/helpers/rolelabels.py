"""Labels that print a person's role in lower case after the name ("Сакен АЙМУРЗАЕВ,
ведущий:", "Anne Roy, journaliste :"): where the role starts (docs/convert-shapes.md L50)."""
from __future__ import annotations

from teikit.lexicons import Lexicon


def _words(text: str) -> list[str]:
    return text.replace("\u00a0", " ").split()


def lower_role_start(name: str, lex: Lexicon) -> int:
    """Index of the first word after the comma of "Name SURNAME, role" when that part is a
    role in lower case, as Russian, French or Italian pages print it ("Сакен АЙМУРЗАЕВ,
    ведущий", "Anne Roy, journaliste"): one of its words is a lexicon role word and the
    name before the comma has two or more capitalised words. Otherwise past the end."""
    head, comma, role = name.partition(",")
    if not comma or not role[:2].strip()[:1].islower():
        return len(name)  # cheap: no comma, or a capitalised role (checked word by word)
    head_words = _words(head)
    if len(head_words) < 2 or not all(w[:1].isupper() for w in head_words):
        return len(name)
    role_words = [w.strip(".").lower() for w in _words(role)]
    if not role_words or role_words[0] in lex.determiners | lex.articles or not any(
            w in lex.label_role_words and w.upper() not in lex.question_labels + lex.answer_labels
            for w in role_words):
        return len(name)  # "President Biden, my question:" opens a question, it names no role
    return len(head_words)
