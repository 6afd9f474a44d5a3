"""Names printed in an oblique case, read in the nominative (N1099f).

Russian declines names: a title prints "Интервью Министра культуры Ольги Любимовой", an
introduction "беседа с Сергеем Петровым", while the labels print "О.Б.ЛЮБИМОВА:" and
"ПЕТРОВ:". The label's surname is the nominative; a text word is the same surname when one
of the lexicon's case endings (`name_cases`), put back to its nominative ending, gives it.
The case and gender that do so are then applied to the name's other words, so the person
is named "Ольга Любимова", as a reader (and the gold of every Russian set) writes it.
"""
from __future__ import annotations

import re

from teikit.lexicons import Lexicon
from teikit.transforms.helpers.foldwords import fold


def _nominative(word: str, endings: tuple) -> str:
    """`word` with the first of `endings` that closes it put back to its nominative ending."""
    low = word.lower()
    for oblique, nominative in endings:
        if low.endswith(oblique) and len(low) > len(oblique) + 1:
            cut = len(word) - len(oblique)
            return word[:cut] + (nominative.upper() if word.isupper() else nominative)
    return word


def oblique_case(words: list[str], key: tuple[str, ...], lex: Lexicon, given: list[str] = ()) -> tuple | None:
    """The endings of the case and gender in which `words` (as printed) are the name whose
    key is `key` (folded, nominative), or None when they are not. Several cases may fit a
    surname ("Любимовой" is genitive, dative or instrumental): the one that also fits most of
    the `given` names printed before it wins ("Ольгой": instrumental)."""
    if not lex.name_cases or len(words) != len(key):
        return None
    words = [w.rstrip(",.;:").rpartition(".")[2] for w in words]  # "Петровым,", "С.В.Лаврова"
    fitting = [endings for endings in lex.name_cases
               if all(fold(_nominative(w, endings)) == k for w, k in zip(words, key))]
    return max(fitting, key=lambda endings: sum(_nominative(w, endings) != w for w in given), default=None)


def in_nominative(name: str, endings: tuple) -> str:
    """Each word of `name` put back to the nominative of the case `endings` belong to; an
    initial ("С.") stays, a surname glued to initials ("С.В.Лаврова") is read after them."""
    out = []
    for word in name.split():
        initials, _, rest = word.rpartition(".")
        out.append(f"{initials}.{_nominative(rest, endings)}" if initials and rest else
                   word if initials else _nominative(word, endings))
    return " ".join(out)


def office_in_nominative(office: str, lex: Lexicon) -> str:
    """ "Министра культуры" -> "Министр культуры": the office's first word put back to the
    title word of the lexicon it declines (its complement is a genitive in any case)."""
    first, _, rest = office.partition(" ")
    low = first.lower()
    heads = [t for t in lex.title_words if t.isalpha() and len(t) >= 4 and 0 < len(low) - len(t.rstrip("ьй")) <= 3
             and low.startswith(t.rstrip("ьй")) and low != t]
    if not heads:
        return office
    head = max(heads, key=len)
    head = head.upper() if first.isupper() else head[:1].upper() + head[1:] if first[:1].isupper() else head
    return f"{head} {rest}".strip()


# An initial, or initials glued together: "С.", "С.В.", "J."
_INITIAL = re.compile(r"(?:[^\W\d_]\.)+")


def given_names_start(words: list[str], start: int, i: int, lex: Lexicon) -> int:
    """Where the given names before the surname at `i` begin, in a language whose names hold one
    given name and a patronymic at most (lexicon `patronymics`): the capitalised words before
    them ("России", "Российской Федерации") close the office, they are no names (N1405i)."""
    if not lex.patronymics or i - start < 2 or any(_INITIAL.fullmatch(w) for w in words[start:i]):
        return start
    patronymic = lex.pattern("patronymics").fullmatch(words[i - 1].rstrip(",;:")) is not None
    return max(start, i - 2 if patronymic else i - 1)
