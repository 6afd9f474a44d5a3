"""A speaker's role printed right before the full name in the speech or the header, as news
and broadcast transcripts introduce people: "Foreign affairs correspondent Nick Schifrin
begins our coverage", "Senate Majority Leader Mitch McConnell", "we welcome New York Times
congressional reporter Luke Broadwater".

The role is the role word next to the name (lexicon `label_role_words`) with the capitalised
words before it ("Senate Majority Leader", "White House correspondent"); a lower-case word
ends it, so "congressional reporter" gives "reporter". Only a speaker whose full name (two
words or more) is known and who has no role yet gets one, from the first such mention.
"""
from __future__ import annotations

import re
from collections import Counter
from itertools import groupby
from operator import itemgetter

from teikit.lexicons import Lexicon
from teikit.model import HeaderLine, Paragraph, Transcript, Turn
from teikit.transforms.helpers import names as nm
from teikit.transforms.helpers.nounroles import article_role
from teikit.transforms.helpers.printednames import word_boundary

SCAN_CHARS = 60_000
_CAPITALISED = re.compile(r"^[^\W\d_][\w.'’&-]*$")


def _texts(doc: Transcript) -> list[str]:
    return [text for text, _ in _said(doc)]


def _said(doc: Transcript) -> list[tuple[str, str | None]]:
    """(text, the id of the person who says it or None) of the header lines and paragraphs."""
    out, size = [], 0
    for block in doc.blocks:
        turn = isinstance(block, Turn)
        for item in (block.paragraphs if turn else [block]):
            if isinstance(item, (Paragraph, HeaderLine)):
                out.append((item.text, block.who if turn else None))
                size += len(item.text)
        if size > SCAN_CHARS:
            break
    return out


def _role_before(words: list[str], lex: Lexicon) -> str | None:
    if len(words) >= 2 and nm.fold(words[-1]) in nm.folded(lex, "naming_links"):
        # "an actor named Becca Roe": the occupation before the link, in any case (N363a)
        noun = words[-2].strip(",;")
        return noun if nm.fold(noun) in nm.folded(lex, "role_nouns") | nm.folded(lex, "label_role_words") else None
    if len(words) >= 2 and article_role(words, len(words) - 1, lex):
        return words[-1]  # "Der Kommunikationstheoretiker Norbert Bolz": a noun after its article (N872d)
    if words and words[-1].lower() not in lex.label_role_words:
        return _role_with_field(words, lex)
    if not words:
        return None
    role = [words[-1]]
    for word in reversed(words[:-1]):
        if not (_CAPITALISED.match(word) and word[:1].isupper()) or word.lower() in lex.small_words \
                or _CONTRACTED.search(word):
            break  # (nor "I'm" of "I'm Mayor Linda Park", N1262h)
        role.insert(0, word)
    return " ".join(role)


# A contraction ends a clause's subject and verb, never an office's word: "I'm", "We've".
_CONTRACTED = re.compile(r"[’'](?:m|re|ve|ll|d)$", re.IGNORECASE)


# At most this many capitalised words name an office's field ("for Foreign Affairs and Trade").
MAX_FIELD_WORDS = 4


def _role_with_field(words: list[str], lex: Lexicon) -> str | None:
    """ "Shadow Minister for Infrastructure", "Secretary of State", "ministre de la Culture":
    a role word, a link to an office's field (`names.office_link`, an article after it at most)
    and the capitalised words of the field, right before the name (N910d)."""
    k = len(words)
    while k > 0 and len(words) - k < MAX_FIELD_WORDS and _CAPITALISED.match(words[k - 1]) and words[k - 1][:1].isupper():
        k -= 1
    if k == len(words) or k < 2:
        return None
    if words[k - 1].lower() in lex.articles and k >= 3:
        k -= 1
    if not nm.office_link(words[k - 1], lex):
        return None
    office = _role_before(words[:k - 1], lex) if words[k - 2].lower() in lex.label_role_words else None
    return f"{office} {' '.join(words[k - 1:])}" if office else None


def _mentions(texts: list[str], wanted: list) -> list[tuple[str, list[int]]]:
    """(text, starts) of each text that mentions a wanted name: where any of them stands, found
    by one scan for all names (searching each name through the texts cost a tenth of a
    conversion of a long transcript naming hundreds of speakers)."""
    # sre tries the names of an alternation one by one: grouped by their first character, a
    # place is tried against each first character once
    by_first: dict[str, list[str]] = {}
    for name in sorted({p.name for p in wanted}):
        by_first.setdefault(name[0], []).append(re.escape(name[1:]))
    names = "|".join(f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in by_first.items())
    anywhere = re.compile(rf"(?<![\w.])(?=(?i:{names})\b)")  # (zero-width: overlapping mentions too)
    out = []
    for text in texts:
        starts = [m.start() for m in anywhere.finditer(text)]
        if starts:
            out.append((text, starts))
    return out


def _plausible(name: str, mentioned: list[tuple[str, list[int]]]) -> list[tuple[str, list[int]]]:
    """(text, starts) of `mentioned` with only the starts where `name` may stand: its
    characters printed there in either case. Where the name and the characters printed are
    ASCII, they match regardless of case exactly when their lower cases are equal; elsewhere
    (characters such as "K", "ſ", "İ" match ASCII letters regardless of case) the start is
    kept for the name's pattern to tell. The pattern is then compiled only for the speakers
    that may be named there (one was compiled per speaker, named or not)."""
    low, n = name.lower(), len(name)
    if not name.isascii():
        return mentioned
    out = []
    for text, starts in mentioned:
        kept = [at for at in starts if not (printed := text[at:at + n]).isascii() or printed.lower() == low]
        if kept:
            out.append((text, kept))
    return out


class _Printing:
    """Whether a name is printed at a start `_mentions` found, as `(?i:<name>)\b` matching
    there tells: compared by lower case where the name and the characters there are ASCII,
    the pattern compiled only for a printing in other characters (`printednames`)."""

    def __init__(self, name: str):
        self.name, self.low, self.ascii = name, name.lower(), name.isascii()
        self.pattern: re.Pattern | None = None

    def at(self, text: str, start: int) -> bool:
        end = start + len(self.name)
        printed = text[start:end]
        if self.ascii and printed.isascii():
            return printed.lower() == self.low and word_boundary(text, end)
        if self.pattern is None:
            self.pattern = re.compile(rf"(?i:{re.escape(self.name)})\b")
        return self.pattern.match(text, start) is not None


# The words before a name read for its role: an office and its field ("Shadow Minister for
# Foreign Affairs and Trade", N910d).
ROLE_WORDS = 8


def roles_before_names(doc: Transcript, people: list, lex: Lexicon) -> None:
    # (a speaker whose role is one word, "correspondent", gets its fuller form from here:
    # "White House correspondent")
    wanted = [p for p in people if (p.role is None or " " not in p.role.strip()) and p.name and len(p.name.split()) >= 2]
    if not wanted:
        return
    mentioned = _mentions(_texts(doc), wanted)
    for person in wanted:
        plausible = _plausible(person.name, mentioned)
        if not plausible:
            continue  # (most speakers of a long record are not named where speakers are introduced)
        printed = _Printing(person.name)
        for text, starts in plausible:
            start = next((at for at in starts if printed.at(text, at)), None)
            if start is None:
                continue
            before = text[:start].rstrip()
            sentence = re.split(r"[.?!:;,()\"“”](?:\s|$)", before)[-1]  # ("… Museum. Tom Poe": none, N1065f)
            role = _role_before(sentence.split()[-ROLE_WORDS:], lex)
            if role and (person.role is None or role.lower().endswith(person.role.lower())):
                person.role = role
                break


def named_late(doc: Transcript, early: list, lex: Lexicon) -> None:
    """The roles printed before a name, read again for the persons named after the labelled
    speakers' roles were read: a surname's title for every person still without a role
    (N393a), and an office before the full name for the persons named since without one, as
    the answer voice of a Q/A interview named by the headline ("Minister for Ports Ann Roe
    leaving the studio ...", a photo's caption, gives `A:`'s Ann Roe her office, R2500m). (A
    role the person was named with, the title's "Councilor", stays.)"""
    known = {id(p) for p in early}
    roles_before_names(doc, [p for p in doc.persons if id(p) not in known and p.role is None], lex)
    titles_before_surnames(doc, doc.persons, lex)


# How much of the text before a surname is read for its title or a given name: an office of a
# few words and the clause it closes (`_title_before` takes the last five words of it).
MAX_BEFORE_SURNAME = 400


def titles_before_surnames(doc: Transcript, people: list, lex: Lexicon) -> None:
    """ "La parola al Consigliere Carossa.": a capitalised office of the lexicon right before a
    speaker's surname alone, in the header or another speaker's words, is that speaker's role
    (N363a). The surname is the name word the label prints in capitals ("CAROSSA Mario"), else
    the name's last word, looked for as a capitalised word; it is taken only when no other
    speaker has it and the text prints it after no other given name ("President Obama" is not
    Michelle Obama's office where "Barack Obama" is printed; in her own words it is never read)."""
    bearers = Counter(w for p in people for w in {nm.fold(x) for x in (p.name or "").split()})
    wanted, printed = {}, set()
    for person in people:
        surname = _surname(person) if person.role is None and (person.name or "").strip() else None
        if surname and bearers[nm.fold(surname)] == 1:
            wanted[nm.fold(surname)] = person
            printed.add((surname[:1].upper(), f"(?i:{re.escape(surname[1:])})"))  # "Carossa", "CAROSSA"
    if not wanted:
        return
    # one search for all. sre tries an alternation's names one by one, and a pattern that opens
    # with a lookbehind at every place: the names are grouped by their first characters (in
    # the same order, so the same match is found), which open the pattern, a character set
    # sre skips to, the lookbehind read behind them
    names = "|".join(rf"{re.escape(first)}(?<![\w.-].{{{len(first)}}})(?:{'|'.join(rest for _, rest in group)})"
                     for first, group in groupby(sorted(printed, key=_printed_form), key=itemgetter(0)))
    surnames = re.compile(rf"(?:{names})(?![\w-])")
    found: dict[str, list[tuple[str, str | None]]] = {}  # surname -> (text before it, who says it)
    for text, who in _said(doc):
        for m in surnames.finditer(text):
            if (key := nm.fold(m.group())) in wanted:  # (the words before it, not the whole line:
                # a line of thousands of mentions would be copied and split once per mention)
                found.setdefault(key, []).append((text[max(0, m.start() - MAX_BEFORE_SURNAME):m.start()], who))
    for key, mentions in found.items():
        person = wanted[key]
        own = {nm.fold(w) for w in person.name.split()}
        if any(_other_given(before, own, lex) for before, _ in mentions):
            continue  # a namesake: a relative the text names
        alone = len(person.name.split()) == 1
        role = next((r for before, who in mentions if who != person.id and (r := _title_before(before, lex, alone))), None)
        if role:
            person.role = role


def _printed_form(first_rest: tuple[str, str]) -> str:
    """The pattern of a surname as it was written whole (the order the names are tried in)."""
    return re.escape(first_rest[0]) + first_rest[1]


def _other_given(before: str, own: set[str], lex: Lexicon) -> bool:
    """The word right before the surname is a given name that is not the speaker's."""
    words = before.rstrip().split()[-1:]
    if words and (words[0][-1:] in ",;:!?»”\")" or words[0].endswith(".") and len(words[0].strip(".")) > 1):
        return False  # "Turchia-Italia. Mancini:": a sentence ends before the surname (N392a)
    return bool(words) and before[-1:].isspace() and nm.fold(words[0]) not in own \
        and nm.is_name_word(words[0], lex) and words[0][:1].isupper() and not _role_word(words[0], lex)


def _role_word(word: str, lex: Lexicon) -> bool:
    return word.lower() in lex.label_role_words or nm.fold(word) in nm.folded(lex, "role_nouns")


def _title_before(before: str, lex: Lexicon, surname_only: bool) -> str | None:
    words = re.split(r"[.?!:;,()\"“”]\s", before.rstrip())[-1].split()[-5:]
    after_article = _role_after_article(words, lex)
    if after_article or surname_only:  # (a label's surname alone is named only in that form)
        return after_article
    if not words or not words[-1][:1].isupper() or nm.fold(words[-1]) in nm.folded(lex, "naming_links"):
        return None  # an office before a surname is printed as a title, with its capital
    return _role_before(words, lex)


def _role_after_article(words: list[str], lex: Lexicon) -> str | None:
    """ "il capitano Chiellini", "il CT Mancini", "il mister bianconero Conte": an article, a
    role word of the lexicon in any case and at most one lower-case word after it (N392a)."""
    articles = nm.folded(lex, "articles")
    for size in (2, 3):
        if len(words) > size - 1 and len(words) >= size and nm.fold(words[-size]) in articles:
            role = words[len(words) - size + 1:]
            if _role_word(role[0], lex) and all(w.isalpha() and w.islower() and w not in lex.small_words
                                                and not _role_word(w, lex) for w in role[1:]):
                return " ".join(role)
    return None


def _surname(person) -> str | None:
    """The surname as the name prints it: the one name word the label shouts, else the last."""
    names = (person.name or "").split()
    shouted = {nm.fold(w) for label in person.labels for w in label.split() if w.isupper() and len(w) > 1}
    inside = [w for w in names if nm.fold(w) in shouted]
    surname = inside[0] if len(inside) == 1 else (names[-1] if names else "")
    return surname if len(surname) > 1 and surname.replace("-", "").replace("'", "").replace("’", "").isalpha() \
        else None  # ("Speaker 1" has no surname)
