"""Words of an office printed before a name (`names.office_before`): a field glued to the
link or article elided before it ("ministro dell'Economia", "ministre d'État", "ministre de
l'Économie"), and quotes that open or close outside the office."""
from __future__ import annotations

from teikit.lexicons import Lexicon


def balanced(text: str) -> str:
    """Quotes that open or close outside the office are not part of it: '"Administrator'; nor
    is a bracket the office opens with, around it and its holder: "(ambassadeur" of
    "(ambassadeur Ann Roe)" (R2552m)."""
    if text.count('"') % 2 or text.count("“") != text.count("”") or text.count("«") != text.count("»"):
        text = text.strip('"“”«»')
    if text.count("(") != text.count(")"):
        text = text.strip("()")
    return text


def elided_field(word: str, lex: Lexicon) -> bool:
    """ "dell'Economia", "d'État", "l'Économie": a capitalised word of an office's field
    glued to the link or article the language elides before it (lexicon `elisions`, N1189h)."""
    if not lex.elisions or "'" not in word and "’" not in word:
        return False
    m = lex.pattern("elisions").match(word)
    field = word[m.end():] if m else ""
    return len(field) >= 2 and field[:1].isupper() and not field.isupper() and not field.endswith(",")



def unelided(office: str, lex: Lexicon) -> str:
    """The office without the article a language elides onto its first word: "l’ambassadeur"
    before "Ann Roe" is "ambassadeur" (R2552m); "d’État" inside an office stays."""
    m = lex.pattern("elisions").match(office) if lex.elisions else None
    rest = office[m.end():] if m else ""
    return rest if rest[:1].isalpha() and rest[:1].islower() else office
