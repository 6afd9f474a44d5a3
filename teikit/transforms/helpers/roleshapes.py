"""Where a text prints a named speaker's role beside the name (docs/convert-shapes.md,
N193o-N200o): the shapes of a lead, a title, a credit or a host's introduction that recur
across languages and sites.

- apposition after the name: "Ann Roe, the mayor of Eastvale", "Ann Roe (chair of the board)",
  "Ann Roe [chairman of the subcommittee]", "Анна Роева - актриса, ведущая";
- apposition before it: "the mayor of Eastvale, Ann Roe", "… y del primer ministro de Eslandia,
  Ann Roe";
- a copula: "Ann Roe is the author of …", "Ann Roe's a veteran correspondent", "(Ann serves
  as translator)" (lexicon `role_copulas`);
- the office printed right before the name ("Republican Senator Ann Roe": the full form of
  "Sen.") or glued after it in a credit ("SPEAKER: Ann Roe Director, …");
- the interview guest, the heading over an exchange, the deponent of a deposition.

A role phrase is only taken when one of its first words is a role word of the lexicon
(`label_role_words`, `role_nouns`, `chair_words`, `reporter_words`), so "Ann Roe, who
arrived" or "Ann Roe, Jr." give nothing, and it ends at the clause's end: a role is never read
from words about another.
"""
from __future__ import annotations

import re
from functools import lru_cache

from teikit.lexicons import Lexicon, compiled_once
from teikit.transforms.helpers import names as nm
from teikit.transforms.helpers.titlenames import interview_line, names_in
from teikit.transforms.helpers.headerlines import field_value
from teikit.transforms.helpers.officewords import balanced

# A role phrase after the name: the words up to the clause's end.
_CLAUSE_END = re.compile(r"[,.;:!?()\[\]\"“”«»/|]|\s[-–—]\s|\s*$")
_OPEN_AFTER = re.compile(r"\s*(?:\(([^()\n]{2,100})\)|\[([^\[\]\n]{2,100})\]|(,|\s[-–—]|\s/|\s\|)\s*)")
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
# At most this many words make a role phrase; the role word is among the first few.
MAX_ROLE_WORDS = 12
HEAD_WORDS = 4


@lru_cache(maxsize=None)
def role_heads(lex: Lexicon) -> frozenset:
    """Folded words that make a phrase a role: offices, functions, occupations ("mayor",
    "author"), not the words that only qualify one ("high", "press", "national")."""
    words = (nm.folded(lex, "label_role_words") | nm.folded(lex, "role_nouns") | nm.folded(lex, "chair_words")
             | nm.folded(lex, "reporter_words") | nm.folded(lex, "witness_words"))
    voices = {nm.fold(w) for w in lex.question_labels + lex.answer_labels}
    return words - voices - _not_roles(lex)


@lru_cache(maxsize=None)
def role_vocabulary(lex: Lexicon) -> frozenset:
    """`role_heads` and the titles of office that qualify them ("Senator", "stellvertretender",
    "Sen."): what may stand in an office printed before a name."""
    return (role_heads(lex) | nm.folded(lex, "title_words")) - _not_roles(lex)


def _not_roles(lex: Lexicon) -> frozenset:
    return nm.folded(lex, "honorifics") | nm.folded(lex, "articles") | nm.folded(lex, "small_words")


@lru_cache(maxsize=None)
def _leading(lex: Lexicon) -> frozenset:
    """Words a role phrase may open with that are not part of the role: articles, list
    joiners, prepositions, "former"."""
    return (nm.folded(lex, "articles") | nm.folded(lex, "list_joiners") | nm.folded(lex, "small_words")
            | nm.folded(lex, "office_modifiers") | nm.folded(lex, "determiners"))


def _is_role(words: list[str], lex: Lexicon, head: int) -> bool:
    vocab = role_heads(lex)
    return 0 < len(words) <= MAX_ROLE_WORDS and any(_in(w, vocab) for w in words[:head])


def _in(word: str, vocab: frozenset) -> bool:
    """A role word, also in the plural a list of offices prints ("Ministres")."""
    folded = nm.fold(word.strip("."))
    return folded in vocab or folded.endswith("s") and folded[:-1] in vocab


def _trimmed(phrase: str, lex: Lexicon) -> str:
    """The phrase without the article, joiner or modifier it opens with ("the former mayor" ->
    "mayor", "y del primer ministro" -> "primer ministro")."""
    words = phrase.split()
    leading = _leading(lex)
    while words and nm.fold(words[0]) in leading:
        words.pop(0)
    return " ".join(words).strip(" ,-–—")


_SHORT_FORM = re.compile(r"[ \u00a0]*\((?:[A-Z]\.?){2,5}\)")


def role_after(text: str, end: int, lex: Lexicon) -> str | None:
    """The role printed right after a name that ends at `end`: in parentheses or brackets,
    after a comma, a spaced dash or a slash, or after a copula ("is the", "'s a")."""
    rest = text[end:end + 400]
    short = _SHORT_FORM.match(rest)  # "Ann Lee (AL) is the director …": the short form is no role (N1065f)
    rest = rest[short.end():] if short else rest
    relative = _relative_clause(rest, lex)  # ", who was the director of …" (N952e)
    if relative is not None:
        rest = rest[relative:]
    copula = lex.pattern("role_copulas").match(rest) if lex.role_copulas else None
    if copula is not None:
        found = _accepted(_until_clause_end(rest[copula.end():]), lex, HEAD_WORDS)
        return found if found is not None and _noun_phrase(found, lex) else None  # not "a student when she …"
    m = _OPEN_AFTER.match(rest)
    if m is None:
        return None
    bracketed = m.group(1) or m.group(2)
    if bracketed:
        return _accepted(bracketed, lex, HEAD_WORDS)
    phrase = _until_clause_end(rest[m.end():])
    verb = lex.pattern("role_copulas").search(phrase) if lex.role_copulas else None
    phrase = phrase[:verb.start()] if verb else phrase  # ("…, developer senior … è questo": the clause's verb ends it, N2023k)
    first = nm.fold(phrase.split()[0]) if phrase.split() else ""
    if first and (rank := phrase.split()[0].rstrip(",.;")) in lex.counsel_postnominals:
        return rank  # "MS ANN ROE, KC appears with …": counsel's rank, printed after the name (R2514m)
    if first in _linking(lex):
        return None  # "Ann Roe, and the mayor, Tom Poe", "Ann Roe, du ministre …, Tom Poe": the next person's
    return _accepted(phrase, lex, HEAD_WORDS)


def _relative_clause(rest: str, lex: Lexicon) -> int | None:
    """Where the copula starts in ", who was the director of …", ", qui est le maire": a
    relative pronoun of the lexicon after the name's comma, then a copula (N952e); None
    for other text."""
    if not lex.relative_pronouns or not lex.role_copulas:
        return None
    m = compiled_once(rf",\s*(?:{lex.alternation('relative_pronouns')})(?=\s)", re.IGNORECASE).match(rest)
    return m.end() if m is not None and lex.pattern("role_copulas").match(rest, m.end()) else None


@lru_cache(maxsize=None)
def _linking(lex: Lexicon) -> frozenset:
    """Words that open the next item of a list rather than an apposition: joiners and
    prepositions ("and", "y del", "du"), not articles ("Ann Roe, the mayor")."""
    return (nm.folded(lex, "list_joiners") | nm.folded(lex, "small_words")) - nm.folded(lex, "articles")


def role_before(text: str, start: int, lex: Lexicon, end: int | None = None) -> str | None:
    """The role printed right before a name that starts at `start`, with a comma between:
    "Der Vorsitzende der Kammer, Ann Roe". The role word must open the phrase (after an
    article or joiner), so "In a talk with the mayor, Ann Roe said" gives nothing. In a list
    of people, each with a role ("… del presidente de Eslandia, Juan Pérez, y del primer
    ministro …"; the name, ending at `end`, is followed by a joiner or ends the line), in an
    apposition closed by a comma and a preposition (R2520m), or before a full name closed by a
    comma (R2453m), the role opens after a preposition inside the phrase."""
    before = text[max(0, start - 400):start]
    if not before.rstrip().endswith(","):
        return None
    head = before.rstrip()[:-1]
    phrase = re.split(r"[,.;:!?()\[\]\"“”«»]|\s[-–—]\s|^", head)[-1]
    found = _accepted(phrase, lex, 2)
    if found is not None and not _noun_phrase(found, lex):
        return None  # "The president said that the plan, Tom Poe, works": a clause
    if found is None and end is not None and _listed_after(text[end:end + 40], lex, len(text[start:end].split()) >= 2):
        words = phrase.split()
        small = nm.folded(lex, "small_words")
        starts = [k for k in range(1, len(words)) if nm.fold(words[k - 1]) in small and _in(words[k], role_heads(lex))]
        found = _accepted(" ".join(words[starts[-1]:]), lex, 1) if starts else None
    return found


def predicate_after_name(text: str, start: int, end: int, lex: Lexicon) -> str | None:
    """The role printed right after a name that a copula opens (R2550m): a German or Dutch
    sentence that opens with an adverbial puts the verb before its subject and the predicate
    noun after it ("Seit zehn Jahren ist Ann Roe Landeshauptfrau von Salzburg – …"): the words
    after the name up to the clause's end, a role word among the first. The name at `start`
    (to `end`) must follow the lexicon's `inverted_copulas` right away; without the copula
    ("…, als Ann Roe Salzburg besuchte") nothing is taken."""
    if not lex.inverted_copulas or text[end:end + 1] != " ":
        return None
    copula = compiled_once(rf"(?:^|\s)(?:{lex.alternation('inverted_copulas')})\s+$", re.IGNORECASE)
    if copula.search(text[max(0, start - 20):start]) is None:
        return None
    phrase = " ".join(_until_clause_end(text[end:end + 400]).split())
    words = phrase.split()
    # the role word first, a party's compound too ("ÖVP-Landeshauptmann")
    if not 0 < len(words) <= MAX_ROLE_WORDS or not compound_in(words[0], role_heads(lex)):
        return None
    return phrase if _noun_phrase(phrase, lex) else None


def _noun_phrase(phrase: str, lex: Lexicon) -> bool:
    """An office and what it is of ("coordinador de los diputados del PAN"), not a clause:
    after the role word, only role words and capitalised words until a preposition or article
    opens the complement ("president said that …" is a clause)."""
    words = phrase.split()
    small = nm.folded(lex, "small_words") | nm.folded(lex, "articles")
    head = next((k for k, w in enumerate(words) if _in(w, role_heads(lex))), 0)
    for word in words[head + 1:]:
        if nm.fold(word) in small:
            return True
        if not (word[:1].isupper() or _in(word, role_vocabulary(lex))):
            return False
    return True


def _listed_after(rest: str, lex: Lexicon, full: bool) -> bool:
    """A name followed by the next item of a list (", y del", ", and the"), by the line's end, by
    a comma and a preposition that goes on with the sentence the apposition interrupts
    ("Respuestas del Ministro de …, Serguéi Lavrov, a preguntas de los medios", R2520m), or, a
    `full` name of two words or more, by the comma that closes it as an apposition (R2453m)."""
    m = re.match(r"\s*(?:$|\n|,\s*([^\W\d_]+))", rest)
    return m is not None and (m.group(1) is None or full or nm.fold(m.group(1)) in _linking(lex))


def role_glued_before(text: str, start: int, lex: Lexicon, strict: bool = False) -> str | None:
    """The office printed right before a name with no comma ("Republican Senator Ann Roe",
    "stellvertretender Regierungssprecher Roe"): role words and capitalised words of the
    same sentence, ending with a role word. `strict`: only role words, the last an office or
    occupation, also as the last part of a compound ("Austria-Trainer Ann Roe")."""
    words = text[max(0, start - 200):start].split()
    vocab = role_vocabulary(lex)
    if not words or words[-1][-1:] in ":;,)" or not compound_in(words[-1], role_heads(lex) if strict else vocab):
        return None  # ("SPEAKER: Ann Roe": a field's name, not her office)
    role: list[str] = []
    for word in reversed(words[-HEAD_WORDS:]):
        folded = nm.fold(word.strip("."))
        known = compound_in(word, vocab) and word[-1:] not in ":;,)"
        if not known and (strict or not (_WORD.fullmatch(word) and word[:1].isupper())) \
                or folded in nm.folded(lex, "small_words") or folded in nm.folded(lex, "honorifics"):
            break
        role.insert(0, word)
    return balanced(" ".join(role)) or None  # "(ambassadeur Ann Roe)": no bracket (R2552m)


def compound_in(word: str, vocab: frozenset) -> bool:
    """A role word, or a compound whose last part is one ("Austria-Trainer", "Vize-Präsident")."""
    return _in(word, vocab) or "-" in word.strip("-") and _in(word.rsplit("-", 1)[-1], vocab)


def role_glued_after(text: str, end: int, lex: Lexicon) -> str | None:
    """The office printed right after a name in a credit whose line breaks were lost
    ("MODERATOR: Ann Roe Director, Eastern Program", "SPEAKER: Ann Roe Secretary General
    OSCE"): a run of capitalised role words, the first an office or occupation, ending at
    a comma, a line's end or an acronym; a capitalised word after it ("Ann Roe President
    Lee said") is another name, and nothing is taken."""
    m = re.match(r" ((?:[^\W\d_][\w'’-]* ?){1,%d})" % HEAD_WORDS, text[end:end + 120])
    if m is None:
        return None
    words = m.group(1).split()
    run = []
    for word in words:
        if not word[:1].isupper() or nm.fold(word) not in role_vocabulary(lex):
            break
        run.append(word)
    if not run or nm.fold(run[0]) not in role_heads(lex):
        return None
    after = words[len(run)] if len(run) < len(words) else ""  # (a comma ended the match)
    return None if after and not after.isupper() else " ".join(run)


def appositive_guest(lines: list[str], lex: Lexicon) -> tuple[str, str] | None:
    """(name, role) of the one person a line naming an interview introduces with a role in
    apposition: "Entrevista a Ana Roca, árbitra de Segunda División" (N196o)."""
    line = interview_line(lines, lex)
    if line is None:
        return None
    found = []
    for name in names_in(line, lex):
        at = line.find(name)
        role = role_after(line, at + len(name), lex) if at >= 0 else None
        if role:
            found.append((name, role))
    return found[0] if len(found) == 1 else None


# A heading names the one who answers: "Ann Roe, coach of the harbour team:" alone, or before the
# quote a headline gives ("Rafa, coach of the wolves: \"I always want to win\".", "Ann Lee: «Wir
# bleiben»"). Groups: the name, the apposition (if any), the opening quote (if any).
_HEADING = re.compile(r"([^\W\d_][\w'’.-]*(?:[ \u00a0][^\W\d_][\w'’.-]*){0,3})(?:,[ \u00a0]+([^:：\n]{2,100}))?"
                      r"[:：]\s*(?:$|([\"“«„'‘]))")
# A headline quoting the interviewee is among the first lines of a page.
MAX_HEADLINE_LINES = 3


def headed_speaker(lead: list[str], lex: Lexicon) -> tuple[str, str] | None:
    """N199o: (name, role) of the one who answers an exchange without labels, named by a
    heading "Name, role:" with a role of the lexicon in apposition, right before the exchange
    (the lead's last line: "Ann Roe, coach of the national team:") or a headline among its
    first lines ("Rafa, coach of the wolves: "we always want to win"")."""
    for line in lead[-1:] + lead[:MAX_HEADLINE_LINES]:
        m = _heading(line, lex)
        role = role_after(m.string, m.end(1), lex) if m else None
        if role:
            return m.group(1), role
    return None


def quoting_title(titles: list[str], lex: Lexicon) -> tuple[str, None, str | None] | None:
    """N199o (formerly N192u), the last resort when nothing else names the one who answers: a
    page title of the same shape that quotes them after the colon, with a role the lexicon
    does not know or none (`Mara, keeper of the wolves: "I never give up".`, `Ann Lee: «Wir
    bleiben»`): (name, None, the apposition as printed or None)."""
    for title in titles:
        m = _heading(title, lex)
        if m and m.group(3):
            return m.group(1), None, (m.group(2) or "").strip() or None
        fielded = field_value(title, lex)  # 'title: Neffa, Resistenza "…"' of a front matter
        m = _QUOTING_HEADLINE.match((fielded[1] if fielded else title).strip())
        if m and all(w[:1].isupper() and not _in(w, role_vocabulary(lex)) for w in m.group(1).split()):
            return m.group(1), None, None  # the words before the quote are its topic, no role (N1038f)
    return None


# A headline of the news, the quoted's name, a comma, the topic and their words in quotes without
# a colon: `Neffa, Resistenza "è un grido di aiuto"`, `Ann Lee, the new quay «we stay»` (N1038f).
_QUOTING_HEADLINE = re.compile(r"([^\W\d_][\w'’.-]*(?:[ \u00a0][^\W\d_][\w'’.-]*){0,3}),[ \u00a0]+"
                               r"[^:：\n\"“«„]{2,60}?[ \u00a0]+[\"“«„][^\"“”«»„\n]{2,200}[\"”»“]\W*$")


def _heading(line: str, lex: Lexicon) -> re.Match | None:
    """The match of a heading whose name is one to four capitalised words, none a role word
    ("Coach Roe:" names an office, not a person)."""
    m = _HEADING.match(line.strip())
    names = m is not None and all(w[:1].isupper() and not _in(w, role_vocabulary(lex)) for w in m.group(1).split())
    return m if names else None


def examined(text: str, start: int, lead: list[str], lex: Lexicon) -> str | None:
    """The witness word ("deponent", "Zeuge") the lead prints, for the person named right after
    a deposition phrase ("DEPOSITION OF: ANN ROE"): the one the record examines (N200o)."""
    if not lex.deposition_phrases:
        return None
    before = text[max(0, start - 40):start]
    if compiled_once(rf"(?:{lex.alternation('deposition_phrases')})\s*:?\s*$", re.IGNORECASE).search(before) is None:
        return None
    words = "|".join(re.escape(w) for w in sorted(lex.witness_words))
    printed = re.compile(rf"(?<!\w)(?:{words})(?!\w)", re.IGNORECASE)
    hits = [m.group() for line in lead for m in printed.finditer(line)]
    return hits[0].lower() if hits else None



def role_line_under(text: str, end: int, following: str | None, lex: Lexicon) -> str | None:
    """The role printed alone on the line under a line that ends with the name (`end`, the
    name's end in `text`; `following`, the next line of the lead): a speaker list or a credit
    stacked as "J. Deuring" over "raadslid CDA", N2021k. The whole line must be one role
    phrase whose first word (after an article) is a role word, with no field's colon; a line
    that goes on after the name, or a sentence under it, gives none."""
    if following is None or len(text) - end > 40 or text[end:].strip() or "\n" in following.strip() \
            or ":" in following:
        return None
    phrase = _until_clause_end(following.strip())
    if not phrase or len(phrase) < len(following.strip()) and following.strip()[len(phrase)] not in "(,":
        return None  # ("Director. She joined …": a sentence, not a role line)
    return _accepted(phrase, lex, 1)

def _until_clause_end(text: str) -> str:
    m = _CLAUSE_END.search(text)
    return text[:m.start()] if m else text


def _accepted(phrase: str, lex: Lexicon, head: int) -> str | None:
    phrase = _trimmed(" ".join(phrase.split()), lex)
    words = phrase.split()
    if not _is_role(words, lex, head) or _WORD.match(words[0]) is None:
        return None
    return phrase


def abbreviates(short: str, full: str) -> bool:
    """ "Sen." abbreviates "Senator", "SRS" "stellvertretender Regierungssprecher": the short
    form's letters, in order, from the full form's first letter."""
    letters = [c for c in short.lower() if c.isalpha()]
    text = full.lower()
    if not letters or not text or text[0] != letters[0] or len(letters) >= sum(c.isalpha() for c in text):
        return False
    at = 0
    for c in letters:
        at = text.find(c, at)
        if at < 0:
            return False
        at += 1
    return True


def is_abbreviation(role: str) -> bool:
    """ "Sen.", "SRS", "Amb.", "P": an office printed short (one word with a stop, or one to four
    capitals)."""
    role = role.strip()
    return " " not in role and (role.endswith(".") and len(role) <= 6 or role.isupper() and 1 <= len(role) <= 4)
