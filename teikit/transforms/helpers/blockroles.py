"""An event page's speaker block (N2262l): a function heading, the person's name alone on the
next line, the office and affiliation on the line under it, as think-tank and conference pages
print their speakers and presiders:

    Speaker
    Ann B. Lee
    Director of Harbour Studies, Port Institute
    Presider
    Tom Roe
    President, Roe Associates LLC; and Senior Advisor, Acme Bank

The line under the name is the person's role, whole: its commas and semicolons join offices,
they end no clause. The heading is a word of the lexicon (`function_headings`); a name line
under any other line, or a sentence under the name, gives none (the role shapes decide).
"""
from __future__ import annotations

from teikit.lexicons import Lexicon

MAX_ROLE_CHARS = 120
_SENTENCE_ENDS = tuple(".?!…:")


def block_role(texts: list[str], k: int, name: str, credits: int, lex: Lexicon) -> str | None:
    """The office line under `texts[k]` when that line is `name` alone under a function
    heading, all three among the first `credits` texts (the lines outside the speech)."""
    if not lex.function_headings or not 1 <= k < credits - 1 or " ".join(texts[k].split()) != name:
        return None
    heading = " ".join(texts[k - 1].split()).lower().rstrip(":")
    role = " ".join(texts[k + 1].split())
    if heading not in lex.function_headings or not role or len(role) > MAX_ROLE_CHARS \
            or role.endswith(_SENTENCE_ENDS) or not role[:1].isupper():
        return None
    return role
