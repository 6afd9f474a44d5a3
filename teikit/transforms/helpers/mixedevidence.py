"""Evidence of its own for a mixed-case label candidate (`LabelPolicy` asks): a role word of
the lexicon ("Moderator", "Peter Stano, Moderator"), a title before a name, initials, a party
or country in brackets, a member the minutes list, or a name the header prints. Split from
`labelpolicy` (which was over 400 lines); same verdicts."""
from __future__ import annotations

import re
from collections.abc import Callable

from teikit.lexicons import Lexicon
from teikit.transforms.helpers.labelevidence import INITIALLED, heading_like, is_mixed_candidate, party_label, role_in_brackets
from teikit.transforms.helpers.labeltext import base_label, words_of
from teikit.transforms.helpers.labelwords import single_discourse_word, surname_in_header, titled_name
from teikit.transforms.helpers.names import compound_office
from teikit.transforms.helpers.memberlabels import article_office_with_holder, member_group_office, office_with_holder


def mixed_evidence(name: str, rest: str, once: bool, attending, header_lines: Callable[[], list[tuple[set, str]]],
                   lex: Lexicon) -> bool:
    """`name` (printed once when `once`, with `rest` after it) is a speaker's label on its own
    evidence. `attending`: the names the minutes list as present; `header_lines`: the header's
    (lower-cased words, line), read when asked."""
    base = base_label(name)
    if not (is_mixed_candidate(base, lex) or office_with_holder(name, lex) or article_office_with_holder(name, lex)
            or member_group_office(name, lex)) \
            or single_discourse_word(base, lex):  # ("La señora MINISTRA DE … (Montero Cuadrado)": an office of any
        return False  # length, L1169g; "The Secretary of State for Health and Social Care (Ann Roe)", L1185h)
    if once and heading_like(rest, lex):
        return False
    words = [w.lower() for w in re.split(r"[\s,\-\u00a0]+", base) if w]
    if any(w.strip(".") in lex.label_role_words for w in words) or titled_name(base, lex) \
            or INITIALLED.match(base) or party_label(name, base) or role_in_brackets(name, base, lex) \
            or staff_of_quoted_club(base, lex):  # "Тренер ФК «Зоркий»" (L2143k)
        return True  # "Moderator", "Peter Stano, Moderator", "Mr. Abulhasan (Kuwait)", "В.Путин"
    if len(words) == 1 and compound_office(base, lex):
        return True  # "Ratspräsident: …", the office alone, one compound word (L2105k)
    if once and base.lower() in attending:
        return True  # "Robina: …" under "Present: Zöe, Molly, Robina": a member the minutes list
    if len(words) == 1:
        return not once or surname_in_header(base, header_lines())
    named = words_of(base.split(",")[0])
    last = named[-1]
    word = last.strip(".").lower()
    # (a header word names a person only under a name of capitalised words: "Making the
    # Podcast: We secured our first guest!" is a title, whatever its last word)
    return not once or (last[:1].isupper() and all(w[:1].isupper() for w in named) and any(
        word in words for words, line in header_lines() if not line.startswith(name)))


_QUOTED_LAST = re.compile(r'[«"“„][^«»"“”„,]{1,40}[»"”“]$')


def staff_of_quoted_club(base: str, lex: Lexicon) -> bool:
    """ "Тренер ФК «Зоркий»": a staff word of the lexicon (`staff_words`), then the club, its
    name in quotation marks last, no comma (a club's press service labels its coach so, L2143k)."""
    return bool(lex.staff_words) and "," not in base and len(base.split()) >= 2 \
        and base.split()[0].lower() in lex.staff_words and _QUOTED_LAST.search(base) is not None
