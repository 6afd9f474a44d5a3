"""Words of an office printed before a name (`names.office_before`): a field glued to the
link or article elided before it ("ministro dell'Economia", "ministre d'État", "ministre de
l'Économie"), and quotes that open or close outside the office."""
from __future__ import annotations

from teikit.lexicons import Lexicon


def balanced(text: str) -> str:
    """Quotes that open or close outside the office are not part of it: '"Administrator'."""
    if text.count('"') % 2 or text.count("“") != text.count("”") or text.count("«") != text.count("»"):
        return text.strip('"“”«»')
    return text


def elided_field(word: str, lex: Lexicon) -> bool:
    """ "dell'Economia", "d'État", "l'Économie": a capitalised word of an office's field
    glued to the link or article the language elides before it (lexicon `elisions`, N1189h)."""
    if not lex.elisions or "'" not in word and "’" not in word:
        return False
    m = lex.pattern("elisions").match(word)
    field = word[m.end():] if m else ""
    return len(field) >= 2 and field[:1].isupper() and not field.isupper() and not field.endswith(",")

