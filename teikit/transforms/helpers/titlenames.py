"""Personal names printed in titles and bylines: runs of capitalised words that are no title
of office (`names_in`), and those an office or "by"/"with" introduces (`introduced_names`).

Nothing here invents a name: every name returned is a run of words printed in the text.
"""
from __future__ import annotations

import re
from functools import lru_cache

from teikit.lexicons import Lexicon
from teikit.transforms.helpers.names import POSSESSIVE, fold, folded, is_initial, is_name_word


# Title words that are not offices on their own ("the", "state").
NOT_OFFICES = frozenset("the of state first national security press high general".split())


def introduced_names(text: str, lex: Lexicon) -> list[str]:
    """Names in a title that an office or "by"/"with" introduces: "Remarks by Deputy
    Secretary of State Wendy Sherman" gives Wendy Sherman, "A Title of Some Length" nothing."""
    words = text.replace("\u00a0", " ").split()
    found = []
    for name in names_in(text, lex):
        first = name.split()[0]
        for i, w in enumerate(words):
            if w.strip(",;:()") == first:
                before = [fold(x) for x in words[max(0, i - 4):i]]
                before = [b for b in before if b not in folded(lex, "honorifics")]  # "by Mr. Name"
                if (before and before[-1] in folded(lex, "name_introducers") and not _interview_byline(before, lex)) or any(
                        b in folded(lex, "title_words") and b not in NOT_OFFICES
                        and b not in folded(lex, "articles") | folded(lex, "honorifics") for b in before) \
                        or _office_after(words, i + len(name.split()), lex) or _speech_of(words[:i], lex) or _occasion_of(words[:i], lex) \
                        or _delivers_after(words, i + len(name.split()), lex):
                    found.append(name)
                break
    return found + [n for n in shouted_introduced(words, lex) if n not in found]


def shouted_introduced(words: list[str], lex: Lexicon) -> list[str]:
    """ "Entrevue avec Gauthier DANIELS": a given name and a surname in capitals, as French and
    Italian pages print names, right after a name introducer ("avec", "by", N1233h). `names_in`
    takes no word in capitals (a run it cuts off names no one, N394a); the introducer right
    before the given name says that these two words are a person's name."""
    found = []
    for i in range(1, len(words) - 1):
        given, surname = words[i], words[i + 1].rstrip(",;:.")
        if fold(words[i - 1]) in folded(lex, "name_introducers") and given[:1].isupper() and is_name_word(given, lex) \
                and _shouted(surname) and len(surname) <= MAX_SHOUTED_SURNAME:
            found.append(f"{given} {surname}")
    return found


MAX_SHOUTED_SURNAME = 20  # letters of a surname in capitals; a longer run of capitals is no name


def _speech_of(before: list[str], lex: Lexicon) -> bool:
    """ "Speech of Abraham Lincoln at …", "Discours de Jean Roux": the words before the name
    end with a speech heading of the lexicon (`speech_headings`), an honorific aside, N339c."""
    if not lex.speech_headings or not before:
        return False
    while before and fold(before[-1]) in folded(lex, "honorifics"):
        before = before[:-1]
    tail = " ".join(before[-4:]) + " "
    return any(lex.pattern("speech_headings").fullmatch(tail[k:]) for k in range(len(tail)) if k == 0 or tail[k - 1] == " ")


def _interview_byline(before: list[str], lex: Lexicon) -> bool:
    """ "Interview by Tom Baker with …": the introducer is the lexicon's author byline right
    after an interview word, so the name is the interview's author, who asks (N1721j)."""
    if not (lex.author_bylines and lex.interview_words) or len(before) < 2:
        return False
    return lex.pattern("author_bylines").fullmatch(before[-1]) is not None \
        and lex.pattern("interview_words").fullmatch(before[-2]) is not None


def _occasion_of(before: list[str], lex: Lexicon) -> bool:
    """ "Conferenza stampa di Luciano Spalletti", "Persconferentie van Ann Roe": the words before
    the name end with an occasion of the lexicon (`occasions`) and the link word that says whose
    it is (`occasion_links`), N1720j. The person the title gives the occasion to is introduced
    as "Press conference by Ann Roe" introduces her. An interview is left out: "Intervista di
    Bruno Vespa a …" names who asks."""
    if len(before) >= 2 and fold(before[-1]) in folded(lex, "transcript_links") \
            and lex.pattern("transcript_words").fullmatch(before[-2]):
        return True  # "Full transcript of Ann Roe interview": whose words it holds (N2547m)
    if not lex.occasion_links or len(before) < 2 or fold(before[-1]) not in folded(lex, "occasion_links"):
        return False
    head = " ".join(before[-5:-1])
    interview = lex.pattern("interview_words") if lex.interview_words else None
    return any(m.end() == len(head) and not (interview and interview.search(m.group()))
               for m in lex.pattern("occasions").finditer(head))


def _delivers_after(words: list[str], end: int, lex: Lexicon) -> bool:
    """ "November 19, 1863: Abraham Lincoln delivers the Gettysburg Address.": a verb of
    delivering a speech right after the name (lexicon `speech_deliveries`), N556a."""
    if not lex.speech_deliveries or not 0 < end < len(words) or words[end - 1][-1:] in ",;:.":
        return False
    return lex.pattern("speech_deliveries").match(" ".join(words[end:end + 8])) is not None


def _office_after(words: list[str], end: int, lex: Lexicon) -> bool:
    """ "Interview de Ann Roux, ministre des ports": the name is followed by a comma and an
    office in lower case (an apposition introduces it as well as an office before it). An
    article there opens the office only when an office word follows it: "… dalla Terra Santa,
    la sera di lunedì …" goes on with the sentence (N2524m; Italian `la` is a title word)."""
    if not (0 < end < len(words) and words[end - 1].endswith(",") and words[end][:1].islower()):
        return False
    word = fold(words[end].strip(","))
    if word in folded(lex, "articles") and end + 1 < len(words):
        word = fold(words[end + 1].strip(","))
    return word in folded(lex, "title_words") - folded(lex, "articles")


def names_in(text: str, lex: Lexicon) -> list[str]:
    """Personal names printed in a title or byline: runs of 2-4 capitalised words that are
    neither titles of office nor common nouns of event titles."""
    return list(_names_in(text, lex))


@lru_cache(maxsize=1024)  # the same header lines are asked by several rules (a third of the calls)
def _names_in(text: str, lex: Lexicon) -> tuple[str, ...]:
    found: list[str] = []
    run: list[str] = []

    particles = folded(lex, "name_particles")

    def close() -> None:
        while run and fold(run[-1]) in particles:
            run.pop()  # "Congreso de": a name never ends with a particle
        while run and fold(run[0]) in particles and run[0].islower():
            run.pop(0)  # "Interview de Ann Roux": the particle belongs to the words before
        if 2 <= len(run) <= 4 and not is_initial(run[-1]) and fold(run[0]) not in particles:
            found.append(" ".join(run))
        run.clear()

    depth = 0
    for printed in text.replace("\u00a0", " ").split():
        word = POSSESSIVE.sub("", printed)
        opened = word.count("(") + word.count("[")
        if opened or depth:
            close()  # "Ann Lee (North Town) (Green)": nothing in parentheses is the name
            depth = max(0, depth + opened - word.count(")") - word.count("]"))
            continue
        bare = word.strip(",;:()[]")
        if bare and (is_name_word(bare, lex) or is_initial(bare)):
            run.append(bare)
            if (bare != word.rstrip("()") and not is_initial(word)) or word != printed:
                close()  # a comma ends the name, and so does a possessive ("Ann Roe's Regular Briefing", N333c)
        else:
            if run and _shouted(bare):
                run.clear()  # "le Directeur Sportif Yoann BEUNAICHE": the surname in capitals, the run cut off (N394a)
            close()
    close()
    return tuple(found)


def _shouted(word: str) -> bool:
    """A surname printed in capitals after the given name: letters only, three or more."""
    return len(word) >= 3 and word.isupper() and word.replace("-", "").isalpha()


def interview_line(lines: list[str], lex: Lexicon) -> str | None:
    """The first of `lines` that names an interview (lexicon `interview_words`): the line a
    page introduces its guest in (N71m, N196o)."""
    if not lex.interview_words:
        return None
    pattern = lex.pattern("interview_words")
    return next((line for line in lines if pattern.search(line)), None)


def author_byline(text: str, lex: Lexicon) -> bool:
    """ "By Tom Poe", "Von Anna Roe und Tom Poe": the lexicon's author word and nothing but
    names after it (not "by Senator Ann Lee ahead of the summit": remarks by a speaker); in
    every language of the lexicon: "Por Jorge Martín", "Par Jean Martin", "di Luca Bianchi" (H1190h)."""
    return bool(lex.author_bylines) and _names_after("author_bylines", text, lex)


def interviewer_credit(text: str, lex: Lexicon) -> bool:
    """ "Interviewed by Jane Roe", "Interviewé par Jean Martin": an oral history's credit of its
    interviewer, the lexicon's phrase (`interviewer_credits`) and nothing but names after it
    (H2003k)."""
    return bool(lex.interviewer_credits) and _names_after("interviewer_credits", text, lex)


def _names_after(phrases: str, text: str, lex: Lexicon) -> bool:
    """`text` is a phrase of the lexicon's list `phrases` and one or more names after it."""
    m = re.match(rf"(?:{lex.pattern(phrases).pattern})\s+(.+)$", text.strip(), re.IGNORECASE)
    if m is None:
        return False
    rest = re.sub(rf"\s+(?:{'|'.join(map(re.escape, lex.list_joiners))})\s+", ", ", m.group(1)) if lex.list_joiners \
        else m.group(1)
    parts = [part.strip(" .") for part in rest.split(",") if part.strip(" .")]
    return bool(parts) and all(names_in(part, lex) == [part] for part in parts)
