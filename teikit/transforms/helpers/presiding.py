"""Who holds an office label that prints no name (`THE COMMISSIONER:`, `Le président :`,
`Председательствующий.`), named by a record's presiding lines or its title:

- N2440m the caption's "Before" names the holder, with the label's office right after the name:
  `Before Mr Richard Roe SC, Commissioner`, `BEFORE MR. JUSTICE ANN LEE CHAIRPERSON OF THE
  INQUIRY`;
- N2441m a line says who takes the chair, before the chair's first turn: `Senator Ann Lee (Chair)
  in the chair.`, `Le sénateur Paul Roux (président) occupe le fauteuil.` (lexicon `chair_taken`);
- N2442m a presiding phrase alone on its header line, the office on the next line and the name
  on the line under it: `Председательствует` / `Председатель Совета` / `А.Б. ИВАНОВА`;
- N2450m a title opens with the holder's name and a colon, the office in the possessive after
  it: `Ann B. Lee: The President's News Conference` for `THE PRESIDENT.`.

Two different names for one office name no one.
"""
from __future__ import annotations

import re

from teikit.lexicons import Lexicon, compiled_once
from teikit.model import HeaderKind as K
from teikit.model import HeaderLine, Paragraph, Person, Transcript, Turn
from teikit.transforms.helpers import names as nm
from teikit.transforms.helpers.holders import display

# A presiding officer's name is two to four words; the caption prints the office within a few
# words after "Before" (titles, the name, letters after it).
MIN_NAME_WORDS, MAX_NAME_WORDS = 2, 4
MAX_BEFORE_WORDS = 9
# The lines under a presiding phrase alone that may hold the office and the name.
MAX_BLOCK_LINES = 3


def name_presiding(people: list[Person], doc: Transcript, lead: list[str], lex: Lexicon) -> None:
    """`lead`: the lines printed before the first label. Each person whose label is an office
    and who has no name yet is named by the first of the shapes that names one."""
    titles = [b.text for b in doc.blocks if isinstance(b, HeaderLine) and b.kind == K.TITLE]
    for person in people:
        office = _label_office(person, lex)
        if not office:
            continue
        found = _named_before(office, lead, lex) or _titled_holder(office, titles, lex)  # (N2440m, N2450m)
        if found is None and office[-1] in nm.folded(lex, "chair_words"):
            found = _taking_the_chair(_lines_before_turn(doc, person), office, lex) \
                or _phrase_block([b for b in doc.blocks if isinstance(b, HeaderLine)], lex)  # (N2441m, N2442m)
        if found is not None:
            person.name = found[0]
            person.role = person.role or found[1]


def _label_office(person: Person, lex: Lexicon) -> tuple[str, ...]:
    """The folded words of an office label without a name, its article left out: ("chairperson",)
    for `THE CHAIRPERSON:`; () for a named person or a label of a name."""
    if not person.labels or person.group or person.interpreter:
        return ()
    words = [nm.fold(w) for w in nm.label_words(person.labels[0])]
    while words and words[0] in nm.folded(lex, "articles"):
        words = words[1:]
    if person.name is not None and [nm.fold(w) for w in person.name.split()] != words:
        return ()  # (a label's office word read as its name, "Председательствующий", is none)
    if not 0 < len(words) <= 3 or not (person.role or words[-1] in nm.folded(lex, "chair_words")):
        return ()
    return tuple(words)


def _named_before(office: tuple[str, ...], lead: list[str], lex: Lexicon) -> tuple[str, str | None] | None:
    """N2440m: the name between "Before" (and titles) and the office the label prints."""
    if not lex.presiding_before:
        return None
    before = compiled_once(rf"\b(?:{lex.alternation('presiding_before')})\s*:?\s+", re.IGNORECASE)
    found: dict[str, str] = {}
    for line in lead:
        for m in before.finditer(line):
            words = line[m.end():].split()[:MAX_BEFORE_WORDS]
            named = _name_then_office(words, office, lex)
            if named:
                found.setdefault(nm.fold(named[0]), named)
    return _one(found)


def _name_then_office(words: list[str], office: tuple[str, ...], lex: Lexicon) -> tuple[str, str] | None:
    """(name, office as printed) when `words` open with titles, a name and letters after it,
    then the office's words."""
    bare = [nm.fold(w.strip(",;:.")) for w in words]
    titles = nm.folded(lex, "honorifics") | nm.folded(lex, "title_words") | nm.folded(lex, "bench_titles")
    k = 0
    while k < len(words) and bare[k] in titles:
        k += 1
    for j in range(k + MIN_NAME_WORDS, len(words) - len(office) + 1):
        if tuple(bare[j:j + len(office)]) != office:
            continue
        name = words[k:j]
        while name and nm.fold(name[-1].strip(",")) in nm.folded(lex, "postnominals"):
            name = name[:-1]  # "Ann Roe SC,": letters after the name, no part of it
        return (shown(name, lex), " ".join(words[j:j + len(office)]).strip(",;:.")) if name_of_words(name, lex) else None
    return None


# "John F. Kennedy: The President's News Conference": a name, a colon, the office's possessive.
_NAMED_TITLE = re.compile(r"^\s*([^:]{3,60}?)\s*:\s+(.+)$")
_POSSESSIVE = re.compile(r"[’']s$")


def _titled_holder(office: tuple[str, ...], titles: list[str], lex: Lexicon) -> tuple[str, None] | None:
    """N2450m: the name a title opens with, before its colon, when the rest of the title prints
    the label's office in the possessive: the document is that office holder's."""
    found: dict[str, tuple[str, None]] = {}
    for title in titles:
        m = _NAMED_TITLE.match(title)
        if m is None or not name_of_words(m.group(1).split(), lex):
            continue
        words = m.group(2).split()
        for k in range(len(words) - len(office) + 1):
            last = words[k + len(office) - 1]
            printed = [nm.fold(w) for w in words[k:k + len(office) - 1]] + [nm.fold(_POSSESSIVE.sub("", last))]
            if _POSSESSIVE.search(last) and tuple(printed) == office:
                found.setdefault(nm.fold(m.group(1)), (shown(m.group(1).split(), lex), None))
    return _one(found)


def _taking_the_chair(texts: list[str], office: tuple[str, ...], lex: Lexicon) -> tuple[str, None] | None:
    """N2441m: the name before "in the chair" ("(Chair)" between them, the label's office)."""
    if not lex.chair_taken:
        return None
    taken = compiled_once(rf"(?:\(\s*([^()]{{1,40}}?)\s*\)\s*)?(?:{lex.alternation('chair_taken')})\b", re.IGNORECASE)
    found: dict[str, tuple[str, None]] = {}
    for text in texts:
        for m in taken.finditer(text):
            if m.group(1) and tuple(nm.fold(w) for w in m.group(1).split()) != office:
                continue  # "(Vice-Chair) in the chair": another office than the label's
            name = _name_ending(text[:m.start()].split(), lex)
            if name:
                found.setdefault(nm.fold(name), (name, None))
    return _one(found)


def _phrase_block(header: list[HeaderLine], lex: Lexicon) -> tuple[str, str | None] | None:
    """N2442m: a presiding phrase alone on its line, then the office and the name on the lines
    under it (the name on the first or second of them)."""
    if not lex.chair_phrases:
        return None
    phrase = lex.pattern("chair_phrases")
    found: dict[str, tuple[str, str | None]] = {}
    for k, line in enumerate(header):
        if phrase.fullmatch(line.text.strip().rstrip(":")) is None:
            continue
        below = [h.text.strip() for h in header[k + 1:k + 1 + MAX_BLOCK_LINES]]
        for n, text in enumerate(below[:2]):
            if name_of_words(text.split(), lex):
                office = " ".join(below[:n]) or None
                found.setdefault(nm.fold(text), (shown(text.split(), lex), office))
                break
    return _one(found)


def _lines_before_turn(doc: Transcript, person: Person) -> list[str]:
    """The lines and paragraphs printed before the person's first turn."""
    out: list[str] = []
    for block in doc.blocks:
        if isinstance(block, Turn):
            if block.who == person.id:
                break
            out.extend(p.text for p in block.paragraphs if isinstance(p, Paragraph))
        elif isinstance(getattr(block, "text", None), str):
            out.append(block.text)
    return out


def _name_ending(words: list[str], lex: Lexicon) -> str | None:
    """The name of two to four words that ends `words` ("Le sénateur Paul K. Roux", "[Sir Ann
    Lee": the bracket opens the note, the title before the name is none of it)."""
    name: list[str] = []
    for word in reversed(words):
        bare = word.lstrip("[(")
        if len(name) == MAX_NAME_WORDS or not _name_word(bare, lex):
            break
        name.insert(0, bare)
        if bare != word:
            break
    return shown(name, lex) if name_of_words(name, lex) else None


def name_of_words(words: list[str], lex: Lexicon) -> bool:
    """Two to four name words or initials, the last no initial ("В.И. МАТВИЕНКО": capitals too)."""
    words = [w.strip(",;:") for w in words]
    return MIN_NAME_WORDS <= len(words) <= MAX_NAME_WORDS and all(_name_word(w, lex) for w in words) \
        and not _initials(words[-1])


def _name_word(word: str, lex: Lexicon) -> bool:
    return _initials(word) or nm.is_name_word(word.title() if word.isupper() else word, lex)


_INITIALS = re.compile(r"(?:[^\W\d_]\.){1,3}")


def _initials(word: str) -> bool:
    return _INITIALS.fullmatch(word) is not None


def shown(words: list[str], lex: Lexicon) -> str:
    """The name as printed, a name in capitals in title case ("Seán Ryan" for SEÁN RYAN)."""
    return display(" ".join(w.strip(",;:") for w in words), lex, name=True)


def _one(found: dict) -> tuple | None:
    return next(iter(found.values())) if len(found) == 1 else None
