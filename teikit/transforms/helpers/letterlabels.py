"""A label of one letter named from the title (N142h): "K:" in "Katie Couric Interview: ...",
"S." and "M." in "# 24 Steve & Matthieu - Le Podcast". Interviews and podcasts label their
speakers by an initial; the title names them, or, when it names no one with that letter, the
lead ("… l'interview de Conchita pour l'émission …" for "C :", N251y)."""
from __future__ import annotations

import re

from teikit.lexicons import Lexicon
from teikit.model import Person
from teikit.transforms.helpers import names as nm
from teikit.transforms.helpers.titlenames import names_in

LETTER_LABEL = re.compile(r"^\s*([^\W\d_])\.?\s*[:：]?\s*$")
# Two given names joined in a title: "Steve & Matthieu", "Ann and Bo".
_PAIR = re.compile(r"(?<![\w-])([^\W\d_][\w'’-]+)\s+(?:&|\+|and|et|und|y|e|и)\s+([^\W\d_][\w'’-]+)(?![\w-])")
# The full names a title offers have two or three words.
MAX_TITLE_NAME_WORDS = 3
# A quotation in a title or lead is the name of a work or programme ("« Le Canapé Bleu »"), no person's.
_QUOTED = re.compile(r"«[^»]*»|“[^”]*”|„[^“”]*[“”]|\"[^\"]*\"")
# How many lower-case words ("de", "with", "d’une partie de") may stand between an interview
# word and the one-word name of the person interviewed.
MAX_LINK_WORDS = 2


def letter_labels(people: list[Person], titles: list[str], lex: Lexicon, lead: list[str] = ()) -> None:
    """Each speaker labelled by one letter (and nothing else) gets the one name of the title
    whose first word begins with that letter: a name of two or three words (`titlenames.names_in`)
    or one of two given names joined by "&" or "and". When the title has none with that letter,
    the lines of the `lead` (printed before the first label) are read the same way, and for a
    one-word name after an interview word ("l'interview de Conchita"). Names inside quotation
    marks name works, not people. Two candidates, or a name another speaker has, and none is taken; a question or answer letter of the lexicon (`I:`, `B:`,
    `P:`, `R:`) stands for a voice, not an initial."""
    voices = {v.upper() for v in (*lex.question_labels, *lex.answer_labels)}  # "I:"/"B:": interviewer, interviewee
    lettered = [(p, m.group(1).upper()) for p in people
                if p.labels and (m := LETTER_LABEL.match(p.labels[0])) and (p.name is None or len(p.name.strip(". ")) == 1)
                and m.group(1).upper() not in voices]
    if not lettered or not titles:
        return
    tiers = [_candidates(titles, lex), None]  # the lead is read only when a letter needs it
    taken = {nm.fold(p.name) for p in people if p.name}
    for person, letter in lettered:
        found = _with_letter(tiers[0], letter, taken) or _surname_in_title(titles, letter, lex, taken)
        if not found and lead:
            tiers[1] = _candidates(lead, lex, interviewed=True) if tiers[1] is None else tiers[1]
            found = _with_letter(tiers[1], letter, taken)
        if len(found) == 1 and not _other_initialled(letter, next(iter(found.values())), [*titles, *lead]):
            person.name = next(iter(found.values()))
            taken.add(nm.fold(person.name))


def _other_initialled(letter: str, name: str, lines: list[str]) -> bool:
    """The title or lead prints another person under that initial ("Ведущие: В. Демьяненко и
    Ю. Шихалева" for "Ю:" while the title names Юрий Решетников): two people the letter may
    stand for, so it names neither (N362a)."""
    surname = nm.fold(name.split()[-1])
    initialled = re.compile(rf"(?<![\w.]){re.escape(letter)}\.\s*([^\W\d_][\w'’-]+)", re.IGNORECASE)
    return any(nm.fold(m.group(1)) != surname and m.group(1)[:1].isupper() for line in lines
               for m in initialled.finditer(line))


def _with_letter(candidates: dict[str, str], letter: str, taken: set[str]) -> dict[str, str]:
    return {k: v for k, v in candidates.items() if v[:1].upper() == letter and k not in taken}


def _candidates(lines: list[str], lex: Lexicon, interviewed: bool = False) -> dict[str, str]:
    """The names of `lines` a letter label may stand for (folded -> as printed): names of two
    or three words, given names joined in a pair, and (`interviewed`) the one-word name after
    an interview word; nothing inside quotation marks, and no date ("Monday May 21")."""
    candidates: dict[str, str] = {}
    months, weekday = {nm.fold(m) for m in lex.months}, lex.pattern("weekdays")
    for line in lines:
        line = _QUOTED.sub(" ", line)
        for name in names_in(line, lex):
            if 2 <= len(name.split()) <= MAX_TITLE_NAME_WORDS \
                    and not any(nm.fold(w) in months or weekday.fullmatch(w) for w in name.split()):
                candidates.setdefault(nm.fold(name), name)
        for m in _PAIR.finditer(line):
            for word in m.groups():
                if word[:1].isupper() and not word.isupper():
                    candidates.setdefault(nm.fold(word), word)
        for word in _interviewed(line, lex) if interviewed else ():
            candidates.setdefault(nm.fold(word), word)
    return candidates


def _interviewed(line: str, lex: Lexicon) -> list[str]:
    """ "Conchita" in "… l'interview de Conchita pour …": a capitalised word (and no second one
    after it) at most `MAX_LINK_WORDS` lower-case words after an interview word of the lexicon."""
    words = line.replace("’", "' ").replace("'", "' ").split()
    interview = lex.pattern("interview_words", 0)
    out = []
    for k, word in enumerate(words):
        if not interview.fullmatch(word.strip(",.:;").lower()):
            continue
        j = k + 1
        while j < len(words) and j - k <= MAX_LINK_WORDS and words[j].islower():
            j += 1
        name = words[j].strip(",.:;") if j < len(words) and j - k > 1 else ""
        after = words[j + 1] if j + 1 < len(words) else ""
        if name.isalpha() and name[:1].isupper() and not name.isupper() and not after[:1].isupper() \
                and nm.is_name_word(name, lex):
            out.append(name)
    return out


# A Chinese given name has one or two ideographs after the surname.
_GIVEN_IDEOGRAPHS = "[\u3400-\u9fff]{1,2}"


def _surname_in_title(titles: list[str], surname: str, lex: Lexicon, taken: set[str]) -> dict[str, str]:
    """ "柯:" in a board post's transcript titled "[討論] 200124柯文哲聯訪逐字稿": the label's one
    ideograph (a surname) opens the one name the title prints right before an interview word
    of the lexicon ("聯訪", "專訪"), its given name one or two ideographs (N517a). The interview
    word marks where the name ends; without it no name is cut out of the ideographs."""
    if not nm.is_cjk(surname) or not lex.interview_words:
        return {}
    pattern = re.compile(rf"{re.escape(surname)}{_GIVEN_IDEOGRAPHS}(?=(?:{lex.alternation('interview_words')}))")
    found = {m.group(0) for title in titles for m in pattern.finditer(title)}
    return {name: name for name in found if nm.fold(name) not in taken} if len(found) == 1 else {}



def crew_letters(turns: list, lex: Lexicon) -> frozenset[str]:
    """The answer letters (`A:`) that name a person, not a voice (L1001f): a crew labelled
    by letters (`S:`, `C:`, `A:` for Saf, Canti and Alex) prints two letters at least that are
    no question or answer letters of the lexicon, and no question letter (`Q:`, `I:`)."""
    letters = {m.group(1).upper() for t in turns if t.label and len(t.name or t.label) <= 6
               and (m := LETTER_LABEL.match(t.name or t.label))}  # (a letter, its stop and colon, spaces)
    questions = {v.upper() for v in lex.question_labels}
    answers = {v.upper() for v in lex.answer_labels}
    if len(letters - questions - answers) < 2 or letters & questions:
        return frozenset()
    return frozenset(letters & answers)


# Question and answer letters that are the initials of the speakers named before them
# (N1240h): a child's interview of an author prints the first exchange with the given names
# (`**Pedro: ¿Cómo te defines?**` / `Ricardo: Vaya …`) and the initials afterwards (`**P: …?**`
# / `R: …`). `P` and `R` are Spanish's question and answer letters (pregunta, respuesta), so
# they were read as the generic voices; where every letter label of the text is the initial of
# exactly one name label printed before the letter's first turn, and two letters at least are
# so, the letters are those people, as L152p's initials are (`samepersons.merge_initials`).
MIN_INITIALLED = 2


def initialled_voices(turns: list, lex: Lexicon) -> frozenset[str]:
    """The question and answer letters of the lexicon that stand for the names printed
    before them (see the comment above), upper-cased; none unless every letter label does."""
    voices = {v.upper() for v in (*lex.question_labels, *lex.answer_labels) if len(v) == 1}
    words = {nm.fold(v) for v in (*lex.question_labels, *lex.answer_labels)}  # "Pregunta.", then "P.": no name
    # the name labels printed so far, by their folded initial (a walk of all of them at each
    # letter label was quadratic in a long transcript)
    named: dict[str, set[str]] = {}
    letters: dict[str, set[str]] = {}  # a letter -> the names printed before its first turn
    for turn in turns:
        label = (turn.name or turn.label or "").strip("*_ ")
        m = LETTER_LABEL.match(label) if label else None
        if m is not None:
            if m.group(1).upper() not in letters:
                letters[m.group(1).upper()] = set(named.get(nm.fold(m.group(1)), ()))
        elif label and label[:1].isupper() and not label.isupper() \
                and nm.fold(label.rstrip(".:：")) not in words:
            named.setdefault(nm.fold(label[:1]), set()).add(label)
    if len(letters) < MIN_INITIALLED or any(len(names) != 1 for names in letters.values()):
        return frozenset()
    if len({next(iter(names)) for names in letters.values()}) != len(letters):
        return frozenset()  # two letters for one name
    return frozenset(letters) & voices
