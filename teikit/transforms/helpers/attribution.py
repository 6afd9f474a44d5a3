"""Who speaks where no label says so: unlabeled speech and Q/A answers by the one person the
header names (byline, title, a note), a title that names the one labelled host, and a heading
inside the text that names the next speaker ("Statement by Senator Ann Lee"). Split from
`transforms.persons`, which finds the people behind the labels."""
from __future__ import annotations

import re
from functools import lru_cache

from teikit.lexicons import Lexicon
from teikit.model import HeaderKind as K
from teikit.model import HeaderLine, Heading, Paragraph, Person, Transcript, Turn
from teikit.transforms.helpers import names as nm
from teikit.transforms.helpers.namecases import oblique_case
from teikit.transforms.helpers.dashedrole import dashed_role
from teikit.transforms.helpers.photocaptions import uncredited
from teikit.transforms.helpers.introducedcase import nominative_after_introducer
from teikit.transforms.helpers.knownpeople import Ids
from teikit.transforms.helpers.leadapposition import lead_guest, lead_office_apposition
from teikit.transforms.helpers.answererfield import answerer_field
from teikit.transforms.helpers.leadnamed import lead_named_twice
from teikit.transforms.helpers import ownwords as ow
from teikit.transforms.helpers.titlenames import author_byline, introduced_names, names_in
from teikit.transforms.helpers.officebyline import office_above
from teikit.transforms.helpers.dashedasking import asking_turns
from teikit.transforms.helpers.boldquestions import marked_question_turns
from teikit.transforms.helpers.speechheadings import speech_heading
from teikit.transforms.helpers.roleshapes import role_after


@lru_cache(maxsize=4096)
def normalised_label(label: str) -> str:
    plain = " ".join(nm.label_words(label)).upper()
    if 2 <= len(plain) <= 3 and plain.endswith(".") and plain[:-1].isalpha():
        return plain[:-1]  # "R.", "D.": a question or answer voice printed with a stop (N338c)
    return plain


def unique_id(base: str, people: list) -> str:
    """A free id for a person added to `people` after the labels were read (`Ids.free`)."""
    return Ids(p.id for _, p in people).free(base)


def add_person(key: tuple, people: list, persons: list[Person], turns=(), **fields) -> Person:
    """A new person for `key`, with an id no one in `people` has, added to `people` ((key,
    Person) pairs) and the document's `persons`, and the speaker of `turns`."""
    person = Person(id=unique_id(nm.slug(key), people), **fields)
    people.append((key, person))
    persons.append(person)
    for turn in turns:
        turn.who = person.id
    return person


class NamedPeople:
    """`people` ((key, Person) pairs) found by the words of a name, for a loop that names many:
    the keys and ids are indexed once, where a search of all of them per name made a page of
    thousands of self-introduced or handed-over speakers cost time quadratic in their number.
    Only this index may add to `people` while it is used."""

    def __init__(self, people: list) -> None:
        self.people = people
        self.by_key: dict[tuple, Person] = {}
        for key, person in people:
            self.by_key.setdefault(key, person)  # the first person of a key, as a search finds
        self.ids = Ids(p.id for _, p in people)

    def get(self, name: str, role: str | None) -> tuple[Person, bool]:
        """The person with this name, or a new one added to `people`; and whether it is new."""
        key = tuple(nm.fold(w) for w in name.split())
        person = self.by_key.get(key)
        if person is not None:
            return person, False
        person_id = self.ids.free(nm.slug(key))
        self.ids.add(person_id)
        person = Person(id=person_id, name=name, role=role)
        self.people.append((key, person))
        self.by_key[key] = person
        return person, True


def person_named(people: list, name: str, role: str | None) -> tuple[Person, bool]:
    """The person of `people` ((key, Person) pairs) with this name, or a new one added to
    them; and whether it is new. (A loop over many names keeps one `NamedPeople`.)"""
    return NamedPeople(people).get(name, role)


def attribute_unlabeled(doc: Transcript, turns: list[Turn], header: list[HeaderLine], people: list,
                         lex: Lexicon) -> None:
    """Unlabeled speech, and the answers of a Q/A interview ("A:", "Answer:"), are by the
    one person the header names who has no label of their own."""
    # in an interview printed as dashed replies, a reply that asks is the interviewer's
    # "**Q?**", "**Расскажите, …?**": the page's questions (N1114g, N1140g)
    own_introduction(turns, people, lex)  # "I’m Ann Roe, your host …" over "ROE:" (N2503m)
    marked = marked_question_turns(turns)
    asking = asking_turns(turns) | marked
    unlabeled = [t for t in turns if t.label is None and t.who is None and id(t) not in asking]
    # (an answer letter already given a named person, the witness of a swearing-in note, keeps it, N1606i)
    answers = [t for t in turns if t.label and normalised_label(t.name or t.label) in lex.answer_labels
               and not _named_elsewhere(doc, t)]
    # (and over questions the page marks or that ask: the author's byline names who asks, N1276h)
    candidates = ((answerer_field(header, people, lex) if answers or asking else [])  # "Interviewee: Fermat" (N1504i)
                  or _header_speakers(header, people, lex, authors=not answers and not asking)) \
        or lead_guest(header, unlabeled, people, lex) \
        or (lead_office_apposition(header, people, lex) if unlabeled and not answers else []) \
        or (lead_named_twice(header, people, lex) if marked else [])  # "Il motto di Giovanni Toraldo …" (N1243h)
    candidates = _one_name_each(candidates, lex)
    if answers and len(candidates) == 1:
        unlabeled += answers
    if not unlabeled:
        return
    host = _titled_host(turns, header, people) if not candidates else None
    if host is not None:
        for turn in unlabeled:
            turn.who = host.id
        return
    if len(candidates) != 1:
        why = "no one" if not candidates else f"{len(candidates)} people"
        doc.warn(f"unlabeled speech not attributed: the header names {why} without a label",
                 unlabeled[0].line)
        return
    name, office, key = candidates[0]
    # "… avec Florimond, développeur sur DiaLog." (N1111g), "Сергей Вакуленко -- программист, …" (N1142g)
    role = office or guest_role(name, header, lex) or dashed_role(name, header)
    add_person(key, people, doc.persons, unlabeled, name=name, role=role or None)


def own_introduction(turns: list[Turn], people: list, lex: Lexicon) -> None:
    """Unlabeled speech that opens the text, before its first label, with its speaker's own
    introduction naming one labelled speaker, is that speaker's (N2503m): a TV programme's host
    opens with "I’m Ann Roe, your host on THE HARBOUR HOUR. …", then prints "ROE:" at his later
    turns. The name said may be the label's surname or a shorter form of the name the fields
    print ("Ann Roe" for "Ann D. Roe"); a name that no label bears decides nothing here."""
    if not turns or turns[0].label is not None or turns[0].who is not None \
            or all(t.label is None for t in turns):
        return
    texts = [p.text for p in turns[0].paragraphs if isinstance(p, Paragraph)]
    name, _ = ow.self_named(texts[0] if texts else "", lex)
    if not name or any((other := ow.self_named(t, lex)[0]) and other != name for t in texts[1:]):
        return  # ("Hey, I'm Ann Roe." / "And I'm Ben Kay.": two voices in one turn)
    said = tuple(nm.fold(w) for w in name.split())
    found = {p.id for key, p in people if p.labels and (
        nm.same_person(key, said) or _outer_words(p.name or "") == _outer_words(name))}
    if len(found) == 1:
        turns[0].who = found.pop()


def _outer_words(name: str) -> tuple[str, ...]:
    """The first and last words of a name, folded: "Ann D. Roe" and "Ann Roe" agree."""
    words = [nm.fold(w) for w in name.split()]
    return (words[0], words[-1]) if len(words) >= 2 else tuple(words)


def _named_elsewhere(doc: Transcript, turn: Turn) -> bool:
    """The turn's person bears a name other than its label's words (a witness sworn in, N1606i)."""
    person = doc.person(turn.who) if turn.who else None
    return bool(person and person.name) and normalised_label(person.name) != normalised_label(turn.name or turn.label or "")


def _one_name_each(candidates: list, lex: Lexicon) -> list:
    """A title wrapped into the lead under it reads a name and the lead's first word as one
    ("Сергеем Вакуленко Сегодня" beside "Сергей Вакуленко"): a candidate whose name holds
    another's surname (in any case, "Петровой" for "Петрова") before its last word is that
    person (N1140g)."""
    keys = [c[2][-1] for c in candidates if c[2]]
    return [c for c in candidates if not any(
        nm.fold(w) == k or oblique_case([w], (k,), lex) for k in keys for w in c[0].split()[:-1])]


def guest_role(name: str, header: list[HeaderLine], lex: Lexicon) -> str | None:
    """The role a header line prints after the guest's name, full or given only: the title
    names "Florimond Manca", the standfirst "… avec Florimond, développeur sur DiaLog." (N1111g):
    the first such role of the title, the summary, the fields and the notes, in that order."""
    words = name.split()
    forms = [name] + ([words[0]] if len(words) > 1 else [])
    for kind in (K.TITLE, K.SUBTITLE, K.SUMMARY, K.METADATA, K.NOTE):
        for line in (h for h in header if h.kind == kind):
            for form in forms:
                for m in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", line.text):
                    role = role_after(line.text, m.end(), lex)
                    if role:
                        return role
    return None


def heading_speakers(doc: Transcript, people: list, lex: Lexicon) -> None:
    """An unlabeled turn right after a heading that names its speaker ("Statement by
    Senator Ann Lee", "Remarks by the Secretary-General") is by that person."""
    for before, turn in zip(doc.blocks, doc.blocks[1:]):
        if not (isinstance(before, Heading) and isinstance(turn, Turn) and turn.label is None):
            continue
        found = speech_heading(before.text.rstrip().rstrip(":："), lex)  # "STATEMENT BY ANN LEE:" too
        if found is None:
            continue
        name, office = found
        key = (nm.fold(name.split()[-1]),) if name else tuple(nm.fold(w) for w in office.split())
        person = next((p for k, p in people if nm.same_person(key, k) or (p.role and p.role == office and not name)),
                      None)
        if person is None:
            person = add_person(key, people, doc.persons, name=name, role=office or None)
        turn.who = person.id


def _titled_host(turns: list[Turn], header: list[HeaderLine], people: list) -> Person | None:
    """Unlabeled speech that opens the text, before any label, is by the one labeled speaker
    the title names ("外交部发言人华春莹主持例行记者会" and later "华春莹：")."""
    first_label = next((k for k, t in enumerate(turns) if t.label is not None), len(turns))
    if any(t.label is None for t in turns[first_label:]):
        return None
    titles = [h.text for h in header if h.kind in (K.TITLE, K.SUBTITLE, K.ACTIVITY)]
    named = {p.id: p for k, p in people if p.labels and _named_in(k, p, titles)}
    return next(iter(named.values())) if len(named) == 1 else None


def _named_in(key: tuple[str, ...], person: Person, titles: list[str]) -> bool:
    if not (key and key[0]):
        return False
    label = nm.label_words(person.labels[0])
    if len(label) == 1 and nm.is_cjk(label[0]):  # no spaces between words: the label inside the title
        return len(label[0]) >= 2 and any(label[0] in t for t in titles)
    wanted = " ".join(key)
    return any(f" {wanted} " in " " + " ".join(nm.fold(w) for w in t.split()) + " " for t in titles)


def _header_speakers(header: list[HeaderLine], people: list, lex: Lexicon,
                     authors: bool = True) -> list[tuple[str, str, tuple]]:
    """People the byline or title names who have no label of their own. Not `authors`: an
    author's byline ("By Tom Poe") over a Q/A interview names who asked, not who answers
    (N336c)."""
    found: list[tuple[str, str, tuple]] = []
    # a note: "The following is ... by NAME, ROLE"; a news lead: "The deputy minister Ann Lee told ..."
    for kind in (K.BYLINE, K.NOTE, K.TITLE, K.DATELINE):
        for line in (h for h in header if h.kind == kind):
            byline = kind == K.BYLINE
            if byline and not authors and author_byline(line.text, lex):
                continue
            # (a caption's closing credit, "… Jugend Foto: Anja Weber", names no speaker: H1751j)
            name_part, _, office = line.text.partition(",") if byline else (uncredited(line.text, lex), "", "")
            names = names_in(name_part, lex) if byline else introduced_names(name_part, lex)
            if not authors and kind == K.TITLE:
                names = [n for n in names if not _interviewer_after_guest(name_part, n, lex)]
            for name in names:
                key = (nm.fold(nm.strip_initials(name.split()[-1])),)
                family_first = (nm.fold(name.split()[0]),)  # "Chung Eui-yong", "Kishida Fumio"
                if any(nm.same_person(key, k) or nm.same_person(family_first, k)
                       or (p.name and nm.same_person(key, (nm.fold(p.name.split()[-1]),))) for k, p in people) \
                        or any(k == key for _, _, k in found):
                    continue
                full = nm.find_name(line.text, key, lex)
                # the name as find_name reads it: "И.И.Иванов", not the run "Федерации И.И.Иванов"
                printed = nominative_after_introducer(full[0] if full else name, line.text, lex)  # "с Сергеем …" (N1141g)
                if printed != (full[0] if full else name):
                    key = (nm.fold(printed.split()[-1]),)
                found.append((printed, office.strip() or (full[1] if full else "")
                              or office_above(header, line, lex), key))  # "Von Oberbürgermeister" over it (H2242l)
        if found:
            return found
    return found


def _interviewer_after_guest(title: str, name: str, lex: Lexicon) -> bool:
    """ "Ann Lee's interview with Tom Poe": a name after "with" (`interviewer_phrases`) in a
    title that names another person before it is the interviewer's, who asks (N336c)."""
    at = title.find(name)
    before = title[:at] if at > 0 else ""
    if not before or not lex.interviewer_phrases:
        return False
    if re.search(rf"(?:^|\s)(?:{lex.pattern('interviewer_phrases').pattern})\s+$", before, re.IGNORECASE) is None:
        return False
    return any(len(n.split()) >= 2 for n in names_in(before, lex))


def self_introduced(doc: Transcript, turns: list[Turn], people: list, lex: Lexicon) -> None:
    """A text without labels whose first turn opens with its speaker's own introduction
    ("This program is brought to you by ... My name is Eric Jansen, I'm the co-host of ..."):
    that turn is that person's. Only the first turn: later unlabeled turns may be other
    voices that the text does not name. A name needs two words or more, or an explicit
    naming phrase ("My name is")."""
    if not turns or turns[0].who is not None or any(t.label is not None for t in turns) \
            or any(t.who is not None for t in turns[2:]):
        return  # (the second turn may be the one the opening hands over to, L133t)
    opening = next((p.text for p in turns[0].paragraphs if isinstance(p, Paragraph)), "")
    name, role = ow.self_named(opening, lex)
    if not name:
        return
    person, new = person_named(people, name, role)
    if new:
        doc.persons.append(person)
    turns[0].who = person.id
