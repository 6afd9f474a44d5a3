"""Record labels that need no second sighting: a member with a group abbreviation, the chair.

Parliamentary records print a speaker once in a short excerpt, with a full stop or a spaced
dash as separator ("Mme Ann Roe (Ve). Avant de ...", "Rossi (P.S.D.I.) - Se non ...",
"La présidente. Je voudrais ..."). A full stop or a dash after a name alone is weak evidence
(a sentence may end there), but a group abbreviation in brackets right before it, or the
chair's office with its article, is how records print speakers and nothing else.
"""
from __future__ import annotations

import re
from functools import lru_cache

from teikit.lexicons import LANGUAGES, Lexicon, compiled_once, own
from teikit.transforms.helpers.labelevidence import is_mixed_candidate
from teikit.transforms.helpers.labeltext import base_label, is_upper_label, words_of
from teikit.transforms.helpers.labelwords import titled_name
from teikit.transforms.helpers.names import fold, folded, is_title_word
from teikit.transforms.helpers.shapes import SENTENCE_END

# "(Ve)", "(MR)", "(CSU)", "(P.S.D.I.)", "(U.V.)", "(PD-IDP)", "(S&D)": one token, an
# upper-case letter first, short: a party or group abbreviation, not a place or a phrase (a
# stray space may close it, "(PPE )"). The kind of intervention may follow after a comma, in
# lower case, as the European Parliament prints it ("(PPE), question «carton bleu»",
# "(S&D), rapporteure").
_GROUP = re.compile(r"[ \u00a0]\((?P<g>[^\W\d_][\w.&\-/]{0,11})[ \u00a0]?\)"
                    r"(?:,[ \u00a0](?P<kind>[^\W\d_A-ZÀ-ÞА-ЯЁ][^,()\n]{0,39}))?$")
_NAME_WORD = re.compile(r"^[^\W\d_][\w.'’\-]*$")


def member_with_group(base_and_group: str, lex: Lexicon) -> bool:
    """ "Mme Emilie Flamand (Ve)", "Montesano (P.S.D.I.)", "M. Evrard (MR)": one to four
    capitalised name words (an honorific may open them) and a group abbreviation."""
    m = _GROUP.search(base_and_group)
    if not m or not m.group("g")[:1].isupper() or not any(ch.isupper() for ch in m.group("g")[1:] + m.group("g")[:1]):
        return False
    head = base_and_group[:m.start()]
    if ", " in head:  # "Ann Roe, Thun (SVP)": the member's home town after a comma (L1453i)
        head, _, town = head.partition(", ")
        if not _town(town):
            return False
    words = head.split()
    names = [w for w in words if w.lower() not in lex.honorifics and w.lower().rstrip(".") + "." not in lex.honorifics]
    if m.group("g").replace(".", "").upper() == "".join(w[0] for w in names).upper():
        return False  # "World Health Organization (WHO)": the words' own acronym, no group
    return 1 <= len(names) <= 4 and len(words) <= 5 and all(_NAME_WORD.match(w) and w[:1].isupper() for w in names)


def _town(text: str) -> bool:
    """ "Thun", "Schwanden-Sigriswil", "La Chaux-de-Fonds": one to three capitalised words, as
    cantonal records print a member's home town between the name and the party (L1453i)."""
    words = text.split()
    return 1 <= len(words) <= 3 and words[0][:1].isupper() and all(_NAME_WORD.match(w) for w in words)


# "Ann Roe (Pdcs) Presidente": a member with the group, then the office held in the sitting.
_MEMBER_GROUP_OFFICE = re.compile(r"(?P<member>[^()]+?[ \u00a0]\([^()]{1,12}\))[ \u00a0](?P<office>[^()]{3,60})")
MAX_OFFICE_AFTER_GROUP = 4


def member_group_office(name: str, lex: Lexicon) -> tuple[str, str] | None:
    """(member, office) of "Filippo Rossi (Pdcs) Presidente", "Ann Roe (Groen) Voorzitter": a
    member with a group (`member_with_group`) and an office of one to four words opening with
    a role or chair word of the lexicon, as news agencies' summaries of a commission label each
    speaker (L1456i); None for any other label."""
    if ") " not in name:
        return None
    m = _MEMBER_GROUP_OFFICE.fullmatch(name.strip())
    if m is None or not member_with_group(m.group("member"), lex):
        return None
    office = m.group("office").split()
    first = office[0].lower()
    if len(office) <= MAX_OFFICE_AFTER_GROUP and office[0][:1].isupper() \
            and (first in lex.label_role_words or first in lex.chair_words):
        return m.group("member"), m.group("office")
    return None


@lru_cache(maxsize=1)
def _mandates_in_every_language() -> re.Pattern:
    """Every language's phrases of speaking for a group: the European Parliament prints each
    member's label in the member's own language, whatever the language of the record."""
    return compiled_once("|".join(own(lang).alternation("group_mandates") for lang in LANGUAGES), re.IGNORECASE)


def member_for_group(base: str, lex: Lexicon) -> bool:
    """ "Manfred Weber, on behalf of the PPE Group", "Iratxe García Pérez, en nombre del Grupo
    S&D": one to four capitalised name words, a comma and a phrase of speaking for a group in
    any language, as the European Parliament's verbatim report labels its members (L1181h)."""
    head, comma, mandate = base.partition(", ")
    words = head.split()
    names = [w for w in words if w.lower() not in lex.honorifics]
    return bool(comma) and 1 <= len(names) <= 4 and len(words) <= 5 and len(mandate) <= 80 \
        and all(_NAME_WORD.match(w) and w[:1].isupper() or w.lower() in lex.name_particles for w in names) \
        and names[0][:1].isupper() and _mandates_in_every_language().match(mandate) is not None


# "В.", "В.В.": the initials of a given name and patronymic after a Russian surname.
_TWO_INITIALS = re.compile(r"[^\W\d_]\.[ \u00a0]?[^\W\d_]\.?")


def member_with_initials(base: str) -> bool:
    """ "Жириновский В. В.", "Нилов Я.Е.": a capitalised surname, then the initials of the given
    name and the patronymic, as Russian records print their members (L1164g). Two initials,
    not one: "John F." is the start of a name, and a given name comes before its initial."""
    surname, _, initials = base.partition(" ")
    return len(surname) >= 2 and surname[:1].isupper() and surname[1:2].islower() \
        and _NAME_WORD.match(surname) is not None and "." not in surname \
        and _TWO_INITIALS.fullmatch(initials.strip()) is not None


def record_member(name: str, lex: Lexicon) -> bool:
    """A member as records print one before a full stop or a spaced dash: with a group
    abbreviation (`member_with_group`) or, in Russian records, with two initials (and the
    member's offices and faction after a comma, L1182h)."""
    return member_with_group(name, lex) or member_with_initials(base_label(name).partition(", ")[0])


# "Гартунг В. К., фракция «СПРАВЕДЛИВАЯ РОССИЯ – ЗА ПРАВДУ».", "Нилов Я. Е., председатель
# Комитета ..., фракция ЛДПР.": the surname, two initials, then after a comma the member's
# offices and faction up to the full stop that closes the label (alone on its line, or before
# the speech's first capital). No sentence mark inside: the Duma's record prints its members so.
_INITIALLED_WITH_OFFICES = re.compile(
    r"([^\W\d_][\w\-]+[ \u00a0][^\W\d_]\.[ \u00a0]?[^\W\d_]\.),[ \u00a0]([^.!?:;\n]{3,240}?[^\s.])\."
    r"(?=[ \u00a0]+[^\W\d_]|[ \u00a0]*$)")


def initialled_member_label(line: str) -> tuple[int, str] | None:
    """(where the label ends, the label's name without its stop) of a Russian record's member
    printed with initials and offices (`_INITIALLED_WITH_OFFICES`), or None (L1182h)."""
    m = _INITIALLED_WITH_OFFICES.match(line)
    if m is None or not member_with_initials(m.group(1)):
        return None
    rest = line[m.end():].lstrip()
    return (m.end(), line[:m.end() - 1]) if not rest or rest[:1].isupper() else None


def chair_alone(base: str, lex: Lexicon) -> bool:
    """ "Председательствующий.": the chair's office, one word, as Russian records print the
    chair's label in mixed case (L1164g)."""
    return " " not in base and base.lower() in lex.chair_words and base[:1].isupper()


# The holder's name in brackets at the end of a record's label.
_HOLDER = re.compile(r"[ \u00a0]\(([^()]{2,60})\)$")
MAX_OFFICE_WORDS = 14


def office_with_holder(name: str, lex: Lexicon) -> bool:
    """ "La señora MINISTRA DE HACIENDA Y FUNCIÓN PÚBLICA (Montero Cuadrado)", "El señor MINISTRO
    DE ASUNTOS EXTERIORES, UNIÓN EUROPEA Y COOPERACIÓN (Albares Bueno)": an article or honorific
    (one or two), an office in capitals however long, the holder's name in brackets, as the
    Spanish Cortes print members of the government (L1169g). Longer than a name's label, so
    the mixed-case label shape (six words) missed it."""
    m = _HOLDER.search(name.rstrip())
    if m is None:
        return False
    words = name[:m.start()].replace(",", " ").split()
    k = 0
    while k < min(2, len(words)) and (words[k].lower() in lex.articles or words[k].lower() in lex.honorifics):
        k += 1
    office, holder = words[k:], m.group(1).split()
    return k >= 1 and 1 <= len(office) <= MAX_OFFICE_WORDS and all(w.isupper() for w in office) \
        and all(_NAME_WORD.match(w) and (w[:1].isupper() or fold(w) in folded(lex, "name_particles")) for w in holder)


MAX_HOLDER_WORDS = 4


def article_office_with_holder(name: str, lex: Lexicon) -> bool:
    """ "The Prime Minister (Rishi Sunak)", "The Secretary of State for Health and Social Care
    (Ann Roe)": an article, an office in capitalised words (small words between them), the
    holder's name in brackets, as Hansard prints a minister over the speech (L1185h)."""
    m = _HOLDER.search(name.rstrip())
    if m is None:
        return False
    words, holder = name[:m.start()].split(), m.group(1).split()
    return 2 <= len(words) <= MAX_OFFICE_WORDS and words[0].lower() in lex.articles and is_title_word(words[1], lex) \
        and all(w[:1].isupper() or w.lower() in lex.small_words for w in words[1:]) \
        and 2 <= len(holder) <= MAX_HOLDER_WORDS and all(_NAME_WORD.match(w) and w[:1].isupper() for w in holder)


def member_with_honorific(base: str, lex: Lexicon) -> bool:
    """ "M. Jean Dupont", "Mme Claire Petit", "M. de Courson": an honorific of the lexicon,
    then one to four capitalised name words (lower-case particles between them); an office may
    follow after a comma, as the government's members are printed: "Mme Élisabeth Borne,
    Première ministre", "M. Éric Dupond-Moretti, garde des sceaux, ministre de la justice"
    (L1171g)."""
    name, comma, office = base.partition(",")
    if comma and not _office_words(office):
        return False
    words = name.split()
    if not 2 <= len(words) <= 5 or fold(words[0]) not in folded(lex, "honorifics"):
        return False
    names = words[1:]
    particles = folded(lex, "name_particles")
    return names[-1][:1].isupper() and all(
        _NAME_WORD.match(w) and (w[:1].isupper() or fold(w) in particles)
        and fold(w) not in folded(lex, "title_words") | folded(lex, "chair_words") for w in names)


# An office after a member's name: a few words, no sentence's marks or digits.
MAX_MEMBER_OFFICE_WORDS = 12
_SENTENCE_MARKS = re.compile(r"[.!?;:\d()]")


def _office_words(office: str) -> bool:
    words = office.split()
    return 1 <= len(words) <= MAX_MEMBER_OFFICE_WORDS and _SENTENCE_MARKS.search(office) is None


def chair_with_article(base: str, lex: Lexicon) -> bool:
    """ "La présidente", "Le président", "Mme la Présidente", "Il Presidente": the chair's
    office after an article or honorific, as records print the chair's label. In capitals the
    accents may be dropped ("LE PRESIDENT"): the office is compared accent-folded (L166q)."""
    words = base.split()
    if not 2 <= len(words) <= 3 or not words[0][:1].isupper() or (
            words[-1].lower() not in lex.chair_words and fold(words[-1]) not in folded(lex, "chair_words")):
        return False
    return all(w.lower() in lex.articles or w.lower() in lex.honorifics or w.lower().rstrip(".") + "." in lex.honorifics
               for w in words[:-1])


def record_stop_speaker(name: str, lex: Lexicon) -> bool:
    """A record's speaker as printed before a full stop, whatever the case of its words: the
    chair's office after its article ("La présidente"), with the chair's name, or a member
    after an honorific, with an office after a comma ("Mme Ann Roe, Première ministre", L1171g)."""
    return chair_with_article(name, lex) or chair_with_name(name, lex) or member_with_honorific(name, lex)


MAX_CHAIR_NAME_WORDS = 4


def chair_with_name(base: str, lex: Lexicon) -> bool:
    """ "M. le président Gilles Carrez", "Mme la présidente Ann Roe-Berg": an honorific, an
    article and the chair's office (`chair_with_article`), then the chair's name in
    capitalised words, as French assembly records print the chair's label."""
    first = base.partition(" ")[0].lower()  # (the honorific tested before any split: most lines have none)
    if not (first in lex.honorifics or first.rstrip(".") + "." in lex.honorifics):
        return False  # "Le président Macron." opens a sentence; the record prints "M. le président ..."
    words = base.split()
    name = words[3:]
    if 1 <= len(name) <= MAX_CHAIR_NAME_WORDS and chair_with_article(" ".join(words[:3]), lex):
        return all(w[:1].isupper() and not w.isupper() or w.lower() in lex.name_particles for w in name) \
            and name[0][:1].isupper()
    return False


# "GALLO Raffaele", "DUPONT Jean-Marc": a surname in capitals, then the given name(s) in mixed
# case, as Italian and French assembly records print a member alone on the line over the speech.
_SURNAME_FIRST = re.compile(r"^[^\W\d_a-zà-ÿ][^\W\d_a-zà-ÿ'’\-]+(?: [^\W\d_a-zà-ÿ][^\W\d_a-zà-ÿ'’\-]+)?"
                            r"(?: [^\W\d_a-zà-ÿ][a-zà-ÿ'’\-]+){1,2}$")


def surname_first(base: str) -> bool:
    """The name is printed surname first, the surname in capitals ("GALLO Raffaele")."""
    return _SURNAME_FIRST.match(base) is not None


# "Johanna Roe-Berg (SPD) Sehr geehrter ...": a member and the group, then the speech at once.
_BARE = re.compile(r"^((?:[^\W\d_][\w.'’\-]*[ \u00a0]){1,4}\([^\W\d_][\w.\-/]{0,11}\))[ \u00a0]+(?=[^\W\d_a-zà-ÿ])")


def bare_member(line: str, lex: Lexicon) -> int | None:
    """The end of a member's name and group that open `line` with no separator after them
    (a site dropped the record's bold label and its colon), or None."""
    m = _BARE.match(line)
    return m.end(1) if m and member_with_group(m.group(1), lex) else None


def given_the_floor(name: str, before: list[str], any_case: bool = False) -> bool:
    """The last sentence of the line before names the member's surname: the chair gave the
    floor ("Das Wort hat nun Frau Kollegin Roe-Berg.") to "Johanna Roe-Berg (SPD)"; with
    `any_case`, a surname the label prints in capitals ("Collega Roe, prego." over "Anna ROE
    (Gruppo Misto)", L1825j)."""
    base = name.split("(")[0].strip()
    last = next((line for line in reversed(before) if line.strip()), "")
    sentence = re.split(r"(?<=[.!?])\s+", last.strip())[-1]
    if any_case:
        base, last, sentence = base.casefold(), last.casefold(), sentence.casefold()
    return bool(base) and not last.startswith(base) and base.split()[-1] in sentence


# A stage note in brackets over at most this many lines, right above a name alone on its line.
MAX_NOTE_LINES = 3
_WORD_EDGE = r"(?<![\w-]){}(?![\w-])"


def named_by_stage_note(name: str, above: list[str]) -> bool:
    """The lines right above a name alone on its line are one note in brackets that prints the
    name whole (two words or more): the record's stage line naming who speaks next ("(Die
    Vorsitzende eröffnet die Pressekonferenz und begrüßt SRS Hille …)"), as a chair's
    "Das Wort hat …" does for a member (`given_the_floor`)."""
    base = base_label(name).strip()
    if len(base.split()) < 2:
        return False
    note = " ".join(line.strip() for line in above if line.strip())
    start = note.rfind("(")
    if start < 0 or not note.endswith(")") or ")" in note[start:-1]:
        return False
    return re.search(_WORD_EDGE.format(re.escape(base)), note[start:]) is not None


# A US legislator's party and state in brackets: "(R-Utah)", "(D-N.J.)", "(I-Vt.)", "(D-New York)".
_PARTY_STATE = re.compile(r"\((?:[RDI]|Ind)-[A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*){0,2}\)$")


def party_state_member(alone: str, lex: Lexicon) -> bool:
    """ "Sen. Mike Lee (R-Utah)", "Rep. Ann Roe (D-N.J.)", "SEN. TOM POE (I-VT.)": a title (whole or
    abbreviated), a capitalised name of two to four words and the party and state in brackets,
    as hearing transcripts print a member alone over the speech (L866d). Such a line is a label
    printed once: nothing else closes a name with a party and a state."""
    m = _PARTY_STATE.search(alone) if alone.endswith(")") else None
    if m is None:
        return False
    words = alone[:m.start()].split()
    return 3 <= len(words) <= 5 and words[0].rstrip(".").lower() in lex.title_words \
        and all(_NAME_WORD.match(w) and w[:1].isupper() for w in words[1:])



def presiding_surname(base: str, header_lines: list[tuple[set, str]], lex: Lexicon) -> bool:
    """An honorific and one capitalised surname ("Mr. Linder", "Senator Ames") before a full
    stop, a hearing's label as the Government Printing Office prints it, when another of
    the first lines (the proceedings note, the members present) prints that surname as a
    word (L167q)."""
    words = words_of(base)
    if len(words) != 2 or not titled_name(base, lex) or not words[1][:1].isupper() or not words[1][1:].islower() \
            or is_title_word(words[1], lex) or words[1].lower() in lex.label_role_words:
        return False  # "Herr Bundeskanzler. Genau vor einer Woche ...": an office addressed, no surname
    surname = re.compile(rf"(?<![\w-]){re.escape(words[1])}(?![\w-])")
    return any(surname.search(line) and not line.lstrip().startswith(base) for _, line in header_lines)


def dash_style_label(name: str, dash_counts, lex: Lexicon) -> bool:
    """ "Presidente.-", "M. le président.  -": the full stop and dash are a record's label
    style, so a name or an office before them is a label. `dash_counts` counts the document's
    labels of that shape, by name."""
    base = base_label(name)
    words = words_of(base)
    # a mixed-case phrase ("Vielen Dank. - Dass ...") needs the style printed twice
    styled = len(dash_counts) >= 2 or dash_counts[name] >= 2
    if member_with_group(name.rstrip(), lex) or member_for_group(base, lex):
        return True  # "Ann Roe (PPE). –", "Ann Roe (S&D), rapporteure. –", "Ann Roe, on behalf of the PPE Group. –" (L1181h)
    return 1 <= len(words) <= 8 and words[0][:1].isupper() and not SENTENCE_END.search(base.rstrip(".")) \
        and (len(words) == 1 or titled_name(base, lex) or is_upper_label(base, lex)
             or (styled and is_mixed_candidate(base, lex)) or words[0].lower() in lex.honorifics)
