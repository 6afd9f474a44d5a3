"""What speakers say about themselves in their own turns.

- "My name is Dennis, and I will be your conference operator today." (an operator, a
  moderator or a diarization id `spk09` that the label does not name): the name after an
  explicit naming phrase of the lexicon (`naming_phrases`), or two or more name words after
  a self-introduction ("I'm Dana Lee"); the role after "I will be your ..." (`self_roles`).
- "Mr. Clemens. William Roger Clemens." (a roll call, "state your name for the record"):
  a turn that is nothing but a name ending with the label's surname.
- "Tracy Watson, USA Today. ..." at the start of a question: a journalist's name and outlet.
Only the speaker's own turns are read, and only their opening words.
"""
from __future__ import annotations

import re
from functools import lru_cache
from itertools import accumulate

from teikit.lexicons import Lexicon
from teikit.transforms.helpers import names as nm
from teikit.transforms.helpers.titlenames import names_in

OPENING_WORDS = 60  # introductions come first: "Good morning. My name is ..."
_ROLE_STOP = frozenset("today tonight this for on at and here now, with".split())


# A time mark printed inside the speech ("I'm the [00:00:07] co-host"): not a word said.
_TIME_MARK = re.compile(r"[\[(]?\d{1,2}(?::\d{2}){1,2}(?:[.,]\d+)?[\])]?")


def self_named(text: str, lex: Lexicon) -> tuple[str | None, str | None]:
    """(name, role) a speaker gives themself in the opening words of `text`."""
    words = [w for w in text.replace("\u00a0", " ").split()[:OPENING_WORDS] if not _TIME_MARK.fullmatch(w)]
    windows = _Windows(words)  # (joined once for the name and the role phrases)
    return _own_name(windows, lex), _own_role(windows, lex)


def _own_name(windows: _Windows, lex: Lexicon) -> str | None:
    words = windows.words
    naming = set(windows.ending_with(lex, "naming_phrases", 4))
    for i in sorted(naming.union(windows.ending_with(lex, "self_introductions", 4))):
        run = introduced_run(words, i, i in naming, lex)
        if run:
            return " ".join(run)
    return _named_after_role(windows, lex)


def introduced_run(words: list[str], i: int, explicit: bool, lex: Lexicon) -> list[str]:
    """The name a self-introduction gives from word i: two name words or more, one after an
    explicit naming phrase; after an office or title ("I'm Mayor Linda Park"), the name
    after it (N1262h)."""
    run = _name_words(words, i, lex)
    if explicit and run and _title_surname(words, i + len(run), lex):
        run = run + [words[i + len(run)].strip(",.;:!?")]  # "my name is Jason King and …" (N2445m)
    if len(run) >= 2 or (run and explicit):
        return run
    title = words[i].strip(",.") if i < len(words) else ""
    if not run and not explicit and i + 1 < len(words) and nm.is_title_word(title, lex) \
            and nm.fold(title) not in nm.folded(lex, "articles"):  # ("This is the Pod News Weekly Review")
        after = _name_words(words, i + 1, lex)
        return after if len(after) >= 2 else []
    return []


_CLOSING = ",.;:!?"


def _title_surname(words: list[str], end: int, lex: Lexicon) -> bool:
    """After "my name is Jason", a capitalised title word that closes the name ("King and I'm
    here", "Bishop.") is a surname (N2445m); one followed by its office's field ("King of …") or
    by more capitalised words, or after a comma, is none."""
    if not 0 < end < len(words) or words[end - 1].endswith(tuple(_CLOSING)):
        return False
    bare = words[end].strip(_CLOSING)
    if not bare[:1].isupper() or bare.isupper() or not nm.is_title_word(bare, lex):
        return False
    after = words[end + 1] if end + 1 < len(words) and bare == words[end] else ""
    return not after or after.islower() and nm.fold(after) not in (
        nm.folded(lex, "office_links") | nm.folded(lex, "articles") | nm.folded(lex, "occupation_links"))


# The role before one's name is short: "I'm your host", "I'm the co-host".
MAX_ROLE_BEFORE_NAME = 3


def _named_after_role(windows: _Windows, lex: Lexicon) -> str | None:
    """ "I'm your host, Jane Doe", "I'm your host Jane Doe": the name of two words or more right
    after the role a self-introduction gives (`self_roles`), a comma between them or not (N1221h)."""
    return name_after_role(windows.words, windows.ending_with(lex, "self_roles", 5), lex)


def name_after_role(words: list[str], starts, lex: Lexicon) -> str | None:
    """The name after the lower-case role words (no article or link: "a volunteer at the
    Veteran's History Project" names no one) that open at one of `starts`."""
    links = nm.folded(lex, "articles") | nm.folded(lex, "occupation_links")
    for i in starts:
        k = i
        while k < min(len(words), i + MAX_ROLE_BEFORE_NAME):
            bare = words[k].rstrip(",")
            if not bare.replace("-", "").isalpha() or not bare.islower() or nm.fold(bare) in links:
                break
            k += 1
            if words[k - 1].endswith(","):
                break  # "your host, Jane Doe": the comma ends the role
        if i < k < len(words) and _names_self(words, k, lex):
            return " ".join(_name_words(words, k, lex))
    return None


def name_ends_role(words: list[str], k: int, taken: list[str], lex: Lexicon) -> bool:
    """The role taken so far ends before word k: a name opens there after a lower-case role
    word ("your host Jane Doe"), not after a link ("director of the New York …")."""
    return bool(taken) and taken[-1].islower() and _names_self(words, k, lex) \
        and nm.fold(taken[-1]) not in nm.folded(lex, "articles") | nm.folded(lex, "occupation_links")


def _names_self(words: list[str], k: int, lex: Lexicon) -> bool:
    """A name of two words or more opens at `k`, after a word that is none of it."""
    return words[k][:1].isupper() and len(_name_words(words, k, lex)) >= 2


# An apposition after one's own name is a role in at most this many words.
MAX_APPOSITION_WORDS = 8


def introduced_as(text: str, lex: Lexicon) -> tuple[str, str] | None:
    """ "I'm Wendy Wilson, Head of Investor Relations.", "Ich bin Anja Roe, freie Dramaturgin.":
    (name, role) when a self-introduction's full name is followed by a comma and an apposition
    of at most `MAX_APPOSITION_WORDS` words, up to the next comma or sentence end, that holds a
    role word of the lexicon (`role_nouns`, `label_role_words`, `office_words`); the article
    opening it is left out (N361a). "I'm Tom Smith, is this on" or "I am Jo Lee, speaking from
    Geneva" hold none and give nothing."""
    words = [w for w in text.replace("\u00a0", " ").split()[:OPENING_WORDS] if not _TIME_MARK.fullmatch(w)]
    windows = _Windows(words)
    for i in windows.ending_with(lex, "self_introductions", 4):
        run = _name_words(words, i, lex)
        end = i + len(run)
        if len(run) < 2 or not words[end - 1].endswith(","):
            continue
        role = _apposition(words[end:end + MAX_APPOSITION_WORDS], lex)
        if role:
            return " ".join(run), role
    return None


def _apposition(words: list[str], lex: Lexicon) -> str | None:
    taken: list[str] = []
    for word in words:
        bare = word.strip(",.;:!?")
        if not bare:
            break
        taken.append(bare)
        if bare != word:
            break
    else:
        return None  # no comma or sentence end within reach: a clause goes on, not an apposition
    while taken and nm.fold(taken[0]) in nm.folded(lex, "articles"):
        taken = taken[1:]
    if not taken or nm.fold(taken[0]) in _ROLE_STOP:
        return None  # "I'm Jack Howe, and the voice you just heard ..."
    stop = next((k for k, w in enumerate(taken) if nm.fold(w) in _ROLE_STOP), len(taken))
    taken = taken[:stop]  # "your host for tonight": the role, not the occasion
    role_words = nm.folded(lex, "role_nouns") | nm.folded(lex, "label_role_words")
    role = " ".join(taken)
    if any(nm.fold(w) in role_words for w in taken) or lex.whole_words("office_words").search(role):
        return role  # (whole words: "speaking" holds no "king")
    return None


def _name_words(words: list[str], i: int, lex: Lexicon) -> list[str]:
    run: list[str] = []
    for word in words[i:i + 4]:
        bare = word.strip(",.;:!?")
        if not _name_like(bare, lex) or bare.isupper() and len(bare) > 1:
            break
        run.append(bare)
        if bare != word and not nm.is_initial(word):
            break  # a comma or full stop ends the name
    return run


def _own_role(windows: _Windows, lex: Lexicon) -> str | None:
    """ "I will be your moderator for today", "I am the Press Secretary for NASA", "I am
    with the Naval Historical Foundation" (an organisation: capitalised words)."""
    return _own_office(windows, lex) or _own_organisation(windows, lex) or _own_occupation(windows, lex)


def _own_occupation(windows: _Windows, lex: Lexicon) -> str | None:
    """ "I'm a volunteer at the Veteran's History Project": one or two lower-case words, a
    link, and a capitalised organisation (without the organisation it is no role:
    "I'm a big fan"); a field in lower case may come between the occupation and the
    organisation, after a link of its own: "I'm a professor of botany and zoology at Harbour
    University" (R2506m)."""
    words, links = windows.words, nm.folded(lex, "occupation_links")
    for i in windows.ending_with(lex, "self_occupations", 4, stop=len(words) - 2):
        k = _lower_run(words, i, 2, links)
        if k == i or k >= len(words) or nm.fold(words[k]) not in links:
            continue
        organisation = _own_organisation_words(words, k + 1, lex)
        field = _lower_run(words, k + 1, MAX_FIELD_WORDS, links)
        if not organisation and field > k + 1 and field < len(words) and nm.fold(words[field]) in links:
            k, organisation = field, _own_organisation_words(words, field + 1, lex)
        if organisation:
            return " ".join(words[i:k + 1] + organisation)
    return None


# A field of study or work between an occupation and its organisation: at most this many words.
MAX_FIELD_WORDS = 5


def _lower_run(words: list[str], i: int, most: int, links: frozenset) -> int:
    """Where a run of at most `most` lower-case words from word i, none a link, ends."""
    k = i
    while k < i + most and k < len(words) and words[k].islower() and words[k].isalpha() and nm.fold(words[k]) not in links:
        k += 1
    return k


def _own_organisation(windows: _Windows, lex: Lexicon) -> str | None:
    words = windows.words
    for i in windows.ending_with(lex, "self_affiliations", 5):
        taken = _own_organisation_words(words, i, lex)
        while taken and not taken[0][:1].isupper():
            taken = taken[1:]  # "the Naval Historical Foundation" -> "Naval Historical Foundation"
        if taken:
            return " ".join(taken)
    return None


def _own_organisation_words(words: list[str], i: int, lex: Lexicon) -> list[str]:
    """The capitalised name of an organisation from word i ("the" may open it)."""
    taken: list[str] = []
    for word in words[i:i + 7]:
        bare = word.strip(",.;:!?")
        if not bare[:1].isupper() and not (nm.fold(bare) in nm.folded(lex, "small_words")):
            break
        taken.append(bare)
        if bare != word:
            break
    while taken and not taken[-1][:1].isupper():
        taken.pop()
    return taken if any(w[:1].isupper() for w in taken) else []


def _own_office(windows: _Windows, lex: Lexicon) -> str | None:
    words = windows.words
    for i in windows.ending_with(lex, "self_roles", 5):
        taken: list[str] = []
        for k, word in enumerate(words[i:i + 6], start=i):
            bare = word.strip(",.;:!?")
            if nm.fold(bare) in _ROLE_STOP or not bare or name_ends_role(words, k, taken, lex):
                break  # (nor the name after the role: "I'm your host Jane Doe", N1221h)
            taken.append(bare)
            if bare != word:
                break
        role = " ".join(taken)
        anonymous = nm.folded(lex, "anonymous_words")
        if role and (lex.whole_words("office_words").search(role) or any(nm.fold(w) in anonymous for w in taken)):
            return role  # an office ("Press Secretary") or a function ("conference operator")
    return None


CLOSING_WORDS = 40  # a handover ends a turn: "... turn the conference over to Ann Lee, CFO."


def handed_to(text: str, lex: Lexicon) -> tuple[str, str | None] | None:
    """ "I would now like to turn the conference over to Stephanie Lee, Director of
    Financial Communications. Please go ahead.": the next speaker's name and office, after
    the last window of six of the closing words that ends with an introduction phrase."""
    words = text.replace("\u00a0", " ").split()[-CLOSING_WORDS:]
    found = None
    for i in _Windows(words).ending_with(lex, "introductions", 6):
        i = after_forms_of_address(words, i, lex)
        run = _name_words(words, i, lex)
        if len(run) >= 2:
            end = i + len(run)
            role = nm.role_after(words, end, lex) or None if words[end - 1].endswith(",") else None
            found = (" ".join(run), role)
    return found


def after_forms_of_address(words: list[str], i: int, lex: Lexicon) -> int:
    """Where the name begins after the forms of address at `i`: "over to Ms. Ruth Ann Roe."
    (N2342l). An article is no form of address here ("welcome the Harbour Master"): the
    lexicon's honorifics hold "the" for "the Hon.", which does not open a name."""
    honorifics = nm.folded(lex, "honorifics") - nm.folded(lex, "articles")
    while i < len(words) - 2 and nm.fold(words[i].rstrip(".")) in honorifics:
        i += 1
    return i


class _Windows:
    """The windows of a few words before each word of `words` (word i's window: the `width`
    words before it joined by spaces, and a space), where the phrase lists that close with
    "$" are looked for. Searched in place in the words joined once (`pos`, `endpos`: "$"
    holds at its end, a word boundary at its start sees the space before it), and only from
    the first place one search of all the words finds the phrase (most openings and closings
    hold none), instead of a string cut and searched per window and phrase."""

    def __init__(self, words: list[str]):
        self.words = words
        self.joined = " ".join(words) + " "
        self.starts = list(accumulate((len(w) + 1 for w in words[:-1]), initial=0))

    def ending_with(self, lex: Lexicon, name: str, width: int, stop: int | None = None):
        """Each i from 1 up to `stop` (default: the number of words) whose window of `width`
        words holds a phrase of the list `name` that ends it."""
        words, phrase, opened = self.words, lex.pattern(name), _unanchored(lex, name)
        stop = len(words) if stop is None else stop
        if opened is None:  # the plain form: each window cut out and searched
            return [i for i in range(1, stop) if phrase.search(" ".join(words[max(0, i - width):i]) + " ")]
        m = opened.search(self.joined)
        if m is None:
            return []  # no window ends with a phrase that the words do not hold
        first, starts, joined = m.start(), self.starts, self.joined
        # (nor does one that ends before the first place they hold one)
        return [i for i in range(1, stop) if starts[i] > first
                and phrase.search(joined, starts[max(0, i - width)], starts[i]) is not None]


@lru_cache(maxsize=None)
def _unanchored(lex: Lexicon, name: str) -> re.Pattern | None:
    """The phrase list `name` (each alternative closing with "$": a phrase that ends its
    window) with that "$" dropped: a window is a run of words followed by a space, so a
    phrase ending one is found by one search of all the words joined the same way. None
    where that does not hold: an alternative not closing with "$" or holding another, or one
    that may look before its match ("^", a look-behind), which sees a space in the joined
    words and nothing at a window's start (a word boundary sees no difference), or after it
    (a look-ahead sees past a window's end in the joined words)."""
    alternatives = getattr(lex, name)
    if not alternatives or not all(map(_ends_window, alternatives)):
        return None
    return re.compile("|".join(f"(?:{a[:-1]})" for a in alternatives), re.IGNORECASE)


def _ends_window(phrase: str) -> bool:
    """A phrase that holds only at the end of a window and sees nothing around its match:
    one "$", last; no other anchor ("^", "\\A", "\\Z"); no group but "(?:" (no look-around)."""
    return (phrase.endswith("$") and "$" not in phrase[:-1] and not phrase.endswith("\\$")
            and not any(anchor in phrase for anchor in ("^", "\\A", "\\Z"))
            and "(?" not in phrase.replace("(?:", ""))


def roll_call_name(text: str, key: tuple[str, ...], lex: Lexicon) -> str | None:
    """ "William Roger Clemens." as the whole turn of MR. CLEMENS: that name."""
    words = text.replace("\u00a0", " ").strip().rstrip(".").split()
    if not 2 <= len(words) <= 5 or not key or nm.fold(words[-1]) != key[-1]:
        return None
    return " ".join(words) if all(_name_like(w, lex) for w in words) else None


# The turns whose words tell a name from common words printed in capitals ("Thank You").
FIELD_NAME_TURNS = 50


def field_name(text: str, later: list[str], lex: Lexicon) -> str | None:
    """ "Jane Doe" as the whole first turn of MODERATOR (a header's field "Moderator: Jane Doe"
    read as a turn): the office's holder. Two to four name words, nothing else, none of them
    printed in lower case in the `later` turns' openings ("Thank You" / "Thank you for …")."""
    words = text.replace("\u00a0", " ").strip().split()
    if not 2 <= len(words) <= 4 or text.strip()[-1:] in ".?!…":
        return None
    if not all(_name_like(w, lex) for w in words) or names_in(text, lex) != [" ".join(words)]:
        return None
    lower = {w.lower() for w in words}
    return None if any(lower & set(other.split()) for other in later) else " ".join(words)


def is_name_run(words: list[str], lex: Lexicon) -> bool:
    """Two to four capitalised name words ("Tom Roe", not "Thank you")."""
    return 2 <= len(words) <= 4 and all(_name_like(w, lex) for w in words)


def _name_like(word: str, lex: Lexicon) -> bool:
    """A capitalised name word: "O'Brien" is one, "I'm" is not."""
    if re.search(r"[’'](?:m|s|re|ve|ll|d|t)$", word, re.IGNORECASE):
        return False
    return word[:1].isupper() and nm.is_name_word(word, lex)


_OPENING = re.compile(r"^((?:[^\W\d_][\w'’.-]*\s){1,3}[^\W\d_][\w'’-]*),\s+([^,.?!]{2,60}?)[.,]\s")


def questioner(text: str, lex: Lexicon) -> tuple[str, str] | None:
    """ "Tracy Watson, USA Today. I guess ..." opening a question: (name, outlet). A name and a
    capitalised phrase that are the whole paragraph ask nothing: "Ann Roe, Happy Birthday."
    addresses the one asked (N2501m)."""
    m = _OPENING.match(text.replace("\u00a0", " ") + " ")
    if m is None or m.end() > len(text.rstrip()):
        return None
    return named_outlet(m.group(1), m.group(2).strip(), lex)


def named_outlet(name: str, outlet: str, lex: Lexicon, bracketed: bool = False) -> tuple[str, str] | None:
    """(name, outlet) when `name` is a full name and `outlet` a capitalised outlet's name, else
    None. In brackets (N1031f) the outlet may be a web address ("motorsport.com") or open with
    an article ("The Race", "Le Monde")."""
    words = name.split()
    if not all(_name_like(w, lex) for w in words) or len(words) < 2:
        return None  # "Thank you, Mr. President." is no name
    head = outlet.split()
    if bracketed and len(head) > 1 and head[0].lower() in lex.articles:
        head = head[1:]
    if not (outlet[:1].isupper() or (bracketed and _WEB_ADDRESS.match(outlet))) or nm.is_title_word(head[0], lex):
        return None
    return name, outlet


# An outlet printed as its web address: "motorsport.com", "lequipe.fr".
_WEB_ADDRESS = re.compile(r"^[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}$")
