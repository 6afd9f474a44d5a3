"""Roles printed as nouns around a name: a capitalised noun after its article ("Der
Kommunikationstheoretiker Norbert Bolz", N872d; "den Vorstandsmitgliedern Carsten Schmidt",
N601a) and an office in brackets after it ("Jessica Lachs (VP of Analytics at DoorDash)",
N879d). Used where names are read (`names.find_name`, `longerforms`, `introductions`,
`rolebefore`)."""
from __future__ import annotations

from teikit.lexicons import Lexicon
from teikit.transforms.helpers.foldwords import fold


def noun_after_article(printed: list[str], k: int, lex: Lexicon) -> bool:
    """Word k follows an article of the lexicon in its sentence ("den Vorstandsmitgliedern"):
    a capitalised common noun (German prints nouns capitalised), no given name (N601a)."""
    # (the article may open a quoted field value: `subtitle: "Der Kommunikationstheoretiker …`, N872d)
    return k >= 1 and fold(printed[k - 1].lstrip(_OPENING_QUOTES)) in lex.articles and printed[k][:1].isupper()


_OPENING_QUOTES = "\"“„«‚'"


def article_noun(printed: list[str], k: int, lex: Lexicon) -> bool:
    """`noun_after_article` in a language that capitalises its nouns (German): "Der
    Kommunikationstheoretiker Norbert Bolz" prints a role, no given name, before the name;
    English "the John F. Kennedy Library" a given name (N872d)."""
    return lex.capitalised_nouns and noun_after_article(printed, k, lex)


def article_role(printed: list[str], k: int, lex: Lexicon) -> bool:
    """Word k is an `article_noun` after a nominative article (`role_articles`): the role of the
    one person named right after it ("Der Kommunikationstheoretiker Norbert Bolz"), not a plural
    after a dative ("mit den Vorstandsmitgliedern Carsten Schmidt und …", N872d)."""
    return article_noun(printed, k, lex) and fold(printed[k - 1].lstrip(_OPENING_QUOTES)) in lex.role_articles \
        and printed[k].isalpha()


# An office in brackets after a name has at most this many words.
MAX_BRACKETED_ROLE_WORDS = 12


def role_in_brackets(printed: list[str], j: int, lex: Lexicon) -> str:
    """ "Jessica Lachs (VP of Analytics and Data Science at DoorDash)": the office printed in
    brackets right after a name, when it holds an office word of the lexicon (N879d); a party
    or a place in brackets ("(R-Utah)", "(Heidenrod)") is none."""
    if j >= len(printed) or not printed[j].startswith("("):
        return ""
    taken: list[str] = []
    for word in printed[j:j + MAX_BRACKETED_ROLE_WORDS]:
        taken.append(word)
        if word.endswith(")"):
            role = " ".join(taken)[1:-1].strip()
            return role if "(" not in role and lex.pattern("office_words").search(role) else ""
    return ""
