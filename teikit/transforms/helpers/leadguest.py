"""The one person the lead introduces by office: the answer voice of a Q/A page (N333c).

A page of questions and answers labelled only "Q:"/"A:" (or "P:"/"R:", "Frage"/"Antwort")
often names its answerer nowhere but in the lines above the first question, with the office
right before the name: "Foreign Ministry Spokesperson Ann Roe's Regular Press Conference",
"Interview with author Jane Roe about her novel" (an occupation of the lexicon may be lower-case). When those lines introduce exactly one
person so, that person answers. A name only introduced by "by" or "with" is not taken (a byline
names the author, "with" the interviewer as often as the guest), nor one after an office's
field ("President of the Harbour Board" names a board), nor the name of another speaker.
"""
from __future__ import annotations

import re

from teikit.lexicons import Lexicon
from teikit.transforms.helpers import names as nm
from teikit.transforms.helpers.cjkoffices import occupation
from teikit.transforms.helpers.introducedcase import nominative as in_nominative_case
from teikit.transforms.helpers.namecases import office_in_nominative
from teikit.transforms.helpers.officephrases import role_word
from teikit.transforms.helpers.roleshapes import role_vocabulary
from teikit.transforms.helpers.titlenames import NOT_OFFICES, interview_line, names_in

# The office before the name is at most this many words.
MAX_OFFICE_WORDS = 4
# The lines above the first question read for the answerer.
MAX_LEAD_LINES = 12


def office_guest(lead: list[str], lex: Lexicon, speakers: set[str]) -> tuple[str, str] | None:
    """(name, office) of the one person `lead` introduces with an office right before the name,
    whose surname (folded) is none of `speakers`; None when none or several are."""
    found: dict[str, tuple[str, str]] = {}
    for line in lead[:MAX_LEAD_LINES]:
        for name, office in _office_introduced(line, lex):
            surname = nm.fold(name.split()[-1])
            if surname not in speakers:
                found.setdefault(surname, (name, office))
    return next(iter(found.values())) if len(found) == 1 else None


def _office_introduced(line: str, lex: Lexicon) -> list[tuple[str, str]]:
    """(name, office) of each name of `line` (`names_in`) printed right after an office: title
    words of the lexicon and role words, capitalised, with no field or article between."""
    raw = line.replace("\u00a0", " ").split()
    words = [nm.POSSESSIVE.sub("", w) for w in raw]
    vocab = role_vocabulary(lex) - NOT_OFFICES
    occupations = nm.folded(lex, "role_nouns")
    honorifics = nm.folded(lex, "honorifics")
    out = []
    for name in names_in(line, lex):
        first = name.split()[0]
        at = next((i for i, w in enumerate(words) if w.strip(",;:()\"“”«»") == first), None)
        if at is None:
            continue
        n = len(name.split())
        while n > 2 and nm.fold(words[at]) in vocab:  # "Councilor Bob Poe": an office the lexicon
            at, n = at + 1, n - 1                     # knows as a role word, not as a title
            name = " ".join(name.split()[1:])
        owner = next((j for j in range(at, min(at + n, len(raw))) if raw[j] != words[j]), None)
        if owner is not None:  # "Ann Roe's Regular Briefing": the name ends at the possessive
            name = " ".join(words[at:owner + 1])
        k = at
        while k > 0 and nm.fold(words[k - 1].strip(".")) in honorifics:
            k -= 1
        quoted = _quoted_body_before(words, k)  # "наставник «Порту» Хулен Лопетеги" (N2340l)
        k -= len(quoted)
        office: list[str] = []
        while k > 0 and len(office) < MAX_OFFICE_WORDS and not words[k - 1].endswith((",", ".", ":", ";")) \
                and _office_word(words[k - 1], bool(office), vocab, occupations):
            office.insert(0, words[k - 1])
            k -= 1
        if office and role_word(nm.fold(office[-1]), vocab):
            out.append((name, " ".join(office + quoted)))
    return out


# The quoted name of a team or body between an office and the holder's name is at most this
# many words ("Главный тренер «Юности» Михаил Захаров").
MAX_QUOTED_WORDS = 3
_OPENING_QUOTES = ("«", "“", "„", '"')
_CLOSING_QUOTES = ("»", "”", "“", '"')


def _quoted_body_before(words: list[str], k: int) -> list[str]:
    """The words of the quoted name that ends right before `words[k]` ("«Порту»", "«Динамо
    Москва»"), else []: what the office before it is of, printed between office and name; a
    quote closed by punctuation ("«Порту»,") ends a clause and is no part of the office."""
    if k == 0 or not words[k - 1].endswith(_CLOSING_QUOTES):
        return []
    for start in range(k - 1, max(k - 1 - MAX_QUOTED_WORDS, -1), -1):
        if words[start].startswith(_OPENING_QUOTES):
            return words[start:k]
    return []


def _office_word(word: str, inside: bool, vocab: frozenset, occupations: frozenset) -> bool:
    """A word of the office before a name: a capitalised title or role word ("Spokesperson"),
    an occupation in any case ("author Jane Roe", "die Historikerin"), or, inside the office, a
    capitalised word of its field ("Harbour Authority Spokesperson")."""
    folded = nm.fold(word)
    if folded in occupations:
        return True
    # "Bundesaußenministerin Annalena Baerbock": a compound that ends in a role word (N1162g)
    return word[:1].isupper() and (role_word(folded, vocab) or (inside and folded not in NOT_OFFICES))


# Lower-case words between an interview word and the guest's name ("Intervista a", "Entretien
# avec le"), and the lines of a page's head read for it.
MAX_LINK_WORDS = 2
MAX_HEAD_LINES = 3
# The interview word opens the line, after at most one word ("Exclusive interview with").
MAX_WORDS_BEFORE = 1
_CJK_RUN = re.compile(r"[\u3400-\u9fff]{4,15}")
# Spaces and the marks a Chinese headline sets between its kind and its subject.
_HEADLINE_MARKS = re.compile(r"[\s:：，,。|｜丨·・]")


def interviewed_guest(lines: list[str], lex: Lexicon) -> tuple[str, str | None] | None:
    """(name, role) of the one person the head's interview line names right after its interview
    word: "Intervista a Mario Rossi", "Interview mit Anna Schmidt über den Hafen", "Q&A with Ann
    Roe"; in ideographs an occupation or office glued before a name of two or three ideographs
    that ends the line ("专访著名作家王海"), N338c. The role is None in the first shape."""
    line = interview_line(lines[:MAX_HEAD_LINES], lex)
    if line is None:
        return None
    pattern = lex.pattern("interview_words")
    m = pattern.search(line)
    if nm.is_cjk(_HEADLINE_MARKS.sub("", line)):  # "专访：", "专访｜", "专访丨" before the guest (N1098f)
        return _cjk_guest(_HEADLINE_MARKS.sub("", line[m.end():]), lex)
    if len(line[:m.start()].split()) > MAX_WORDS_BEFORE:
        return None  # "Secretary Roe's interview with Tom Poe": the one named first answers, Poe asks
    words = line[m.end():].split()
    found = _name_after_links(words, lex)
    if found and found[1]:  # "Intervista di Bruno Vespa a Giorgia Meloni": the byline's name asks (N1721j)
        found = _name_after_links(found[2], lex)
        return (found[0], None) if found and not found[1] else None
    return (found[0], None) if found else None


def names_interview_guest(text: str, lex: Lexicon) -> bool:
    """The line is an interview word, link words and a name, nothing more: "Entrevista con
    Ana Ruiz", "Interview mit Anna Schmidt" (H1821j); the post's title, which a longer
    subtitle under it does not displace, not a byline ("Intervista di Bruno Vespa")."""
    if not lex.interview_words:
        return False
    m = lex.pattern("interview_words").match(text.strip())
    found = _name_after_links(text.strip()[m.end():].split(), lex) if m else None
    return found is not None and not found[1] and not found[2]


def opens_interview_heading(text: str, next_text: str, lex: Lexicon) -> bool:
    """(H2148k) The line opens with the interview word, link and role words, then the guest's
    name and what the interview was on ("Entrevista del embajador Christopher Landau en el
    programa “Así las cosas” de W Radio"), no sentence end; the line under it names that guest
    again (a standfirst: "Gabriela Warkentin y Javier Risco en entrevista con Christopher
    Landau, embajador ..."): the first is the post's title, the longer second its subtitle."""
    if not lex.interview_words or text.rstrip().endswith((".", "!", "?", ":")):
        return False
    m = lex.pattern("interview_words").match(text.strip())
    found = _name_after_links(text.strip()[m.end():].split(), lex) if m else None
    return found is not None and not found[1] and found[0] in next_text


def _name_after_links(words: list[str], lex: Lexicon) -> tuple[str, bool, list[str]] | None:
    """(name, by_author, words after it): the name of two or more words right after at most
    MAX_LINK_WORDS lower-case link words; `by_author` says a link word is the lexicon's author
    byline ("di", "by", "von"), which makes the name the interview's author, not its guest."""
    k = 0
    while k < len(words) and k < MAX_LINK_WORDS and words[k].islower():
        k += 1
    rest = " ".join(words[k:])
    names = names_in(rest, lex)
    if not names or not rest.startswith(names[0]) or len(names[0].split()) < 2:
        return None
    byline = lex.pattern("author_bylines") if lex.author_bylines else None
    by_author = byline is not None and any(byline.fullmatch(w) for w in words[:k])
    return names[0], by_author, words[k + len(names[0].split()):]


def _cjk_guest(tail: str, lex: Lexicon) -> tuple[str, str] | None:
    """(name, office) of "著名作家王海": a name of three, else two ideographs ending the tail,
    after an office or occupation of the lexicon."""
    if not _CJK_RUN.fullmatch(tail):
        return None
    roles = [w for entry in lex.office_suffixes for w in entry.split("|")] + list(lex.role_nouns)
    for size in (3, 2):
        office, name = tail[:-size], tail[-size:]
        if len(office) >= 2 and any(office.endswith(w) for w in roles):
            return name, occupation(office, lex) or office
    return None


# A surname after its initials, glued or spaced: "С.В.Лаврова", "С. В. Лаврова".
_INITIALLED = re.compile(r"(?<![\w.])((?:[^\W\d_]\.[ \u00a0]?){1,2}[^\W\d_][^\W\d_-]+(?:-[^\W\d_]+)?)")


def initialled_guest(lines: list[str], lex: Lexicon) -> tuple[str, str] | None:
    """(name, office) of "Интервью Министра иностранных дел России С.В.Лаврова телеканалу …": an
    interview title of a language that declines names (`name_cases`) whose office, right after
    the interview word, is in an oblique case, then the one name printed with initials (N1175g).
    The name is put back in the nominative, as N1141g puts back a name after an introducer
    (`introducedcase.nominative`: "Лаврова" -> "Лавров", "Любимовой" -> "Любимова")."""
    line = interview_line(lines[:MAX_HEAD_LINES], lex) if lex.name_cases else None
    m = lex.pattern("interview_words").search(line) if line else None
    found = list(_INITIALLED.finditer(line, m.end())) if m else []
    if len(found) != 1:
        return None
    office = " ".join(line[m.end():found[0].start()].split())
    if not office[:1].isupper() or office_in_nominative(office, lex) == office:
        return None  # no office, or one printed as it is named: the name's case is unknown
    return in_nominative_case(found[0].group(1), lex), office  # the office as printed (N1405i)
