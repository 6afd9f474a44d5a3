"""Word tests of the labels pass's policy: titled names, names before a dash, the words
that identify a label's person, and sentence openers that are never labels."""
from __future__ import annotations

import re
from functools import lru_cache

from teikit.lexicons import Lexicon
from teikit.transforms.helpers.labelevidence import is_mixed_candidate
from teikit.transforms.helpers.labeltext import base_label, is_upper_label, words_of


def titled_name(name: str, lex: Lexicon) -> bool:
    """ "Mr. Barnett", "The Witness", "M. le président": a title or honorific, then words."""
    words = words_of(name)
    first = words[0].lower() if words else ""
    titled = first in lex.honorifics or first.rstrip(".") in lex.honorifics or first in lex.title_words \
        or first[-1:] == "." and first[:-1] in lex.title_words  # "Gen. Mahlock" (L1131g)
    return 2 <= len(words) <= 5 and titled and words[-1][:1].isupper()


def dash_name(base: str, lex: Lexicon) -> bool:
    """ "Anna Petrova", "Moderator": a mixed-case name of at most four words before a dash,
    not a sentence's opening ("Well", "Thank you", "So, I'm") nor a word broken off ("The Uni-")."""
    words = words_of(base)
    return "," not in base and len(words) <= 4 and all(len(w) >= 2 and not w.endswith("-") for w in words) \
        and is_mixed_candidate(base, lex) and not single_discourse_word(base, lex)


def name_words(name: str) -> list[str]:
    return [w.strip(".,").lower() for w in words_of(base_label(name).split(",")[0])]


def single_discourse_word(base: str, lex: Lexicon) -> bool:
    """ "Look:", and phrases that open with such a word ("First question:", "My answer:")."""
    words = words_of(base)
    first = words[0].strip(".").lower() if words else ""
    return first in lex.discourse_words or (len(words) > 1 and first in lex.determiners)


def collective_voice(base: str, lex: Lexicon) -> bool:
    """ "Des voix", "Une voix", "Some Hon. Members": unnamed voices of the floor, printed in
    mixed case, of two words or more (the lexicon's `generic_voices`, in capitals there; L1613i)."""
    return len(base.split()) >= 2 and bool(lex.generic_voices) \
        and lex.pattern("generic_voices").fullmatch(base.upper()) is not None


MAX_ROLE_WORDS = 8


def upper_name_and_role(base: str, lex: Lexicon) -> bool:
    """ "DONALD TRUMP, President of the United States": a name in capitals, a comma and a
    capitalised role in mixed case, as TV and radio transcripts label a guest at the first
    turn (the bare name follows afterwards); the role may name the employer after a comma
    ("BRYAN MCKUNE, Manager of Pilot Development, Alaska Airlines"). The name has two to five
    words, so a lone word in capitals before a comma ("WASHINGTON, D.C.") is none. The name may
    keep its party and state or a rank's note in brackets before the comma ("SEN. JOHN THUNE
    (R-SD), MINORITY WHIP", "LT. GEN. MARK HERTLING (RET.), CNN MILITARY ANALYST", L1180h)."""
    head, comma, role = base.partition(",")
    head, role = base_label(head.rstrip()), role.strip()
    if not comma or not role or role.count(",") > 1 or not 2 <= len(words_of(head)) <= 5:
        return False
    if role.isupper():  # the role in capitals too, its acronym in brackets: "ANN ROE, TITULAR DE LA ... (PROFECO)"
        core = _ACRONYM_TAIL.sub("", role)
        words = words_of(core)
        return is_upper_label(head, lex) and 1 < len(words) <= MAX_UPPER_ROLE_WORDS \
            and _UPPER_ROLE.match(core) is not None and words[-1].lower() not in lex.small_words \
            and words[-1].lower() not in lex.name_particles  # "..., CITY COUNCIL INTERVIEW OF": a heading
    words = words_of(role)
    return is_upper_label(head, lex) and len(words) <= MAX_ROLE_WORDS and role[:1].isupper() \
        and not role.isupper() and all(w[:1].isupper() or w.lower() in lex.small_words for w in words) \
        and not any(ch.isdigit() for ch in role)


MAX_UPPER_ROLE_WORDS = 12
_UPPER_ROLE = re.compile(r"^[^\W\d_][^\W\d_\s.'’\-]*(?:[ \u00a0.'’\-]+[^\W\d_][^\W\d_\s.'’\-]*)*\.?$")
_ACRONYM_TAIL = re.compile(r"[ \u00a0]*\([A-ZÀ-ÞА-ЯЁ0-9.\- ]{2,15}\)$")


def surname_in_header(word: str, header_lines: list[tuple[set, str]]) -> bool:
    """ "Mara :" under a lead naming "l'ancien Premier ministre, Moussa MARA": a one-word
    label that the header prints as a surname, after a capitalised given name.
    `header_lines`: (the line's lower-cased words, the line)."""
    low = word.lower()
    printing = [line for words, line in header_lines if low in words]
    if not printing:
        return False  # (most labels: the pattern, compiled per word, is not made)
    given = re.compile(rf"\b([^\W\d_][\w'’-]+)[ \u00a0]{re.escape(word)}\b", re.IGNORECASE)
    return any(line.split()[0] != word and any(m.group(1)[0].isupper() for m in given.finditer(line))
               for line in printing)


def office_holder_in_header(word: str, header_lines: list[tuple[set, str]], lex: Lexicon) -> bool:
    """ "RUTTE" alone over the speech, under a lead naming "minister-president Rutte": a surname
    in capitals that the header prints in mixed case after an office or a form of address of
    the lexicon (L1614i). `header_lines`: (the line's lower-cased words, the line)."""
    low, printed = word.lower(), word[:1] + word[1:].lower()
    offices = lex.title_words | lex.honorifics
    for words, line in header_lines:
        if low in words:
            for m in re.finditer(rf"(\S+)[ \u00a0]{re.escape(printed)}\b", line):
                if m.group(1).strip(",").lower() in offices:
                    return True
    return False


_DEFINED_SHORT = re.compile(r"^(.+?)\s*\(([^()]{1,30})\)$")


def short_forms(names) -> dict[str, str]:
    """{short form: label} for labels that define a short form at first mention: "Angela
    Merkel (Merkel)", "Die Zeit (Zeit)", "Sergio Sarmiento (SS)": the parenthesis holds the
    name's last word or its initials (a party, "Ulrich Roe (AfD)", is neither). An office with
    its holder's name in brackets, "The Chancellor of the Exchequer (Jeremy Hunt)", defines the
    office alone as the holder's short label (L1185h)."""
    found: dict[str, str] = {}
    for name in names:
        if not name.endswith(")"):
            continue
        m = _DEFINED_SHORT.match(name)
        words = m.group(1).split() if m else []
        if len(words) >= 2:
            short = m.group(2).strip()
            if short == words[-1] or short == "".join(w[0] for w in words if w[:1].isupper()):
                found.setdefault(short, name)
            elif words[0][:1].isupper() and _holder_name(short) and not _holder_name(m.group(1)):
                found.setdefault(m.group(1), name)
    return found


def _holder_name(text: str) -> bool:
    """Two to four capitalised words of letters: a holder's name in an office's brackets."""
    words = text.split()
    return 2 <= len(words) <= 4 and all(w[:1].isupper() and w.replace("-", "").replace("'", "").isalpha() for w in words)


def calendar_word(name: str, lex: Lexicon) -> bool:
    """ "Venerdì", "Monday": a weekday name of the lexicon, which names no speaker (a page's
    clock widget prints one before the time). Month names are left alone: "May", "June" and
    "August" are also names of people."""
    word = name.strip().rstrip(".,").lower()
    return " " not in word and bool(lex.weekdays) and lex.pattern("weekdays").fullmatch(word) is not None


@lru_cache(maxsize=None)
def _addressed(lex: Lexicon) -> re.Pattern | None:
    if not lex.address_words:
        return None
    words = lex.alternation("address_words")
    return re.compile(rf"(\S.{{0,40}}?) (?:{words}) ([^\W\d_a-zà-ÿа-я][\w'’.\-]*(?: [^\W\d_][\w'’.\-]*){{0,2}})")


@lru_cache(maxsize=4096)  # a transcript prints its few labels over and over
def addressed_speaker(base: str, lex: Lexicon) -> str | None:
    """The speaker of a label that names whom the speaker turns to: "OGS" in "OGS to
    Scott" (lexicon `address_words`); None for other labels."""
    if " " not in base:
        return None
    pattern = _addressed(lex)
    m = pattern.fullmatch(base) if pattern is not None else None
    return m.group(1) if m else None


def attendance_field(field: str, lex: Lexicon) -> bool:
    """ "Present", "Participants", and the field of a hearing's or a meeting's attendance line
    with up to two capitalised words before the lexicon's word ("Parties Present", "Members
    Present", "Other Participants"): a field listing who attends, never a speaker (L1651i)."""
    words = field.split()
    if not 1 <= len(words) <= 3:
        return False
    if lex.header_fields.get(" ".join(words).lower()) == "metadata":
        return True
    return lex.header_fields.get(words[-1].lower()) == "metadata" and all(w[:1].isupper() for w in words)


def attendance_names(header_lines: list[str], lex: Lexicon) -> set[str]:
    """The lower-cased names an attendance line of the header lists ("Present: Zöe, Molly,
    Robina", "Teilnehmer: ..."): a field the lexicon reads as the list of the people who speak,
    then names of one to three capitalised words separated by commas or the lexicon's
    `list_joiners` ("and", "und"; L300j). `header_lines`: the top lines of the text."""
    names: set[str] = set()
    joiners = "".join(rf"|\b{re.escape(w)}\b" for w in sorted(lex.list_joiners))  # "and", "und", "et"
    for line in header_lines:
        field, colon, items = line.partition(":")
        if not colon or not attendance_field(field, lex):
            continue
        for item in re.split(rf",|;{joiners}", items.strip().rstrip(".")):
            words = item.split()
            if 1 <= len(words) <= 3 and all(w[:1].isupper() for w in words):
                names.add(" ".join(words).lower())
    return names


def first_asker(c, others, lex: Lexicon) -> bool:
    """A mixed-case name of one to three words printed once, asking a question, in a text
    whose other labels (`others()`: how many are confirmed elsewhere, less this name's forms;
    counted only when the rest holds) are at least two different mixed-case names: the
    interviewers' label (a newspaper's or a programme's name)."""
    base = base_label(c.name)
    if not c.rest.rstrip().endswith(("?", "？")) or not 1 <= len(words_of(base)) <= 3 \
            or not is_mixed_candidate(base, lex) or single_discourse_word(base, lex):
        return False
    return others() >= 2
