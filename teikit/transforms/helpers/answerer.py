"""The answer voice of a Q/A interview, named where the interviewer addresses it.

An interview printed as "Q:"/"A:" (or "D -"/"R -", "P:"/"R:") prints no name in its answer
label; the first question often opens by addressing the person who answers it: "Admiral
Raborn, you have just left the Agency ...", "Parisi, avanti o indietro?". That name is the
answer voice's. A capitalised word before a comma opens many sentences ("Well, ..."), so the
address counts only when a title of office or a form of address precedes the name, or when
the header or the lead before the first question prints the same name (a lead "parla mister
Parisi" before "Parisi, avanti ..."). Only a name the text prints is taken, and only when the
answers carry one answer label and no other rule has named their speaker.
"""
from __future__ import annotations

import itertools
import re

from teikit.lexicons import Lexicon
from teikit.model import HeaderKind, HeaderLine, Paragraph, Person, Turn
from teikit.transforms.helpers.frontmatter import FENCES
from teikit.transforms.helpers import holders as hd
from teikit.transforms.helpers import names as nm
from teikit.transforms.helpers.attribution import add_person, normalised_label
from teikit.transforms.helpers.cjkoffices import headline_speaker, hosting_speaker
from teikit.transforms.helpers.dashedasking import asking_turns
from teikit.transforms.helpers.givenforms import given_name_form
from teikit.transforms.helpers.introductions import NameIndex
from teikit.transforms.helpers.leadguest import initialled_guest, interviewed_guest, office_guest
from teikit.transforms.helpers.longerforms import one_longer_form
from teikit.transforms.helpers.occasionguest import occasion_guest
from teikit.transforms.helpers.titlenames import interview_line
from teikit.transforms.helpers.questionaddress import agreed_address, heading_above_standfirst, heading_answerer
from teikit.transforms.helpers.roleshapes import appositive_guest, headed_speaker, quoting_title

# The address is at most this many words before its comma ("Admiral William Raborn,").
MAX_ADDRESS_WORDS = 5
_OPENING_MARKS = "\"“«¿¡-–— *_"  # (and a question's Markdown emphasis: "**Clara, when …?**", N1276h)


def address(text: str, lead: list[str], lex: Lexicon) -> tuple[str | None, str | None] | None:
    """(name, office) a question opens by addressing: "Admiral Raborn, you have ..." ->
    ("Raborn", None); "Herr Bundespräsident, wo waren Sie ..." -> (None, "Bundespräsident"),
    an office only after a form of address ("Mr. President,"). None without an address; see
    the module docstring for the evidence asked for."""
    head, comma, _ = text.lstrip(_OPENING_MARKS).partition(",")
    words = head.split()
    if not comma or not words or len(words) > MAX_ADDRESS_WORDS:
        return None
    if lex.address_offices and (office := _address_office(head, lex)):
        return None, office  # "Santo Padre, …": the Pope, whom the lead names (N2523m)
    honorifics = nm.folded(lex, "honorifics")
    k, addressed, offices = 0, False, []
    while k < len(words):
        if nm.fold(words[k]) in honorifics:
            addressed = True  # "Mr.", "Herr"
        elif _office(words[k], lex):
            offices.append(words[k])  # "Admiral", "President", "Alt-Ministerpräsident"
        else:
            break
        k += 1
    name = words[k:]
    if not name:
        return (None, " ".join(offices)) if addressed and offices else None
    if not all(w[:1].isupper() and nm.is_name_word(w, lex) for w in name) \
            or nm.fold(name[-1]) in nm.folded(lex, "discourse_words"):
        return None
    if k == 0 and len(name) < 2 and not _printed_in(name[-1], lead):
        return None  # "Well, I think": a sentence's opening, not an address; a full name is one (N341a)
    return " ".join(name), None


def _address_office(head: str, lex: Lexicon) -> str | None:
    """The office an address stands for ("Santo Padre" -> "Papa", lexicon `address_offices`)."""
    folded = nm.fold(" ".join(head.split()))
    return next((office for words, office in lex.address_offices.items() if nm.fold(words) == folded), None)


def _one_voice(labels: set[str]) -> bool:
    """One answer label, or a word and its initial: El País prints the first exchange
    `Pregunta.`/`Respuesta.` and the rest `P.`/`R.` (N1179g)."""
    if len(labels) == 1:
        return True
    short, full = sorted(labels, key=len) if len(labels) == 2 else ("", "")
    return len(short) == 1 and len(full) > 1 and full[0] == short


def _quoted(titles: list[str], lex: Lexicon) -> tuple[str, str | None] | None:
    """(name, role) of the person a quoting headline names (N199o's `quoting_title`), for a
    labelled interview's answers as for an unlabelled one's (N1176g)."""
    found = quoting_title(titles, lex)
    return (found[0], found[2]) if found else None


def _initials_of(name: str) -> str:
    """ "Сергей Викторович" -> "СВ", "С.В.Лавров" -> "СВ": the initials of the given names (a
    surname after initials is left out)."""
    initials, dot, surname = name.rpartition(".")
    return initials.replace(".", "").replace(" ", "") if dot else "".join(w[0] for w in name.split())


def _office(word: str, lex: Lexicon) -> bool:
    """A title of office, or a compound that ends with one ("Bundespräsident",
    "Alt-Ministerpräsident"): after a form of address, an office, not a name."""
    if nm.is_title_word(word, lex):
        return True
    folded = nm.fold(word)
    return any(len(t) >= 6 and folded.endswith(t) for t in nm.folded(lex, "title_words"))


def _printed_in(word: str, texts: list[str]) -> bool:
    return any(word in text.replace(",", " ").replace(".", " ").split() for text in texts)


def name_answerer(turns: list[Turn], lead: list[str], people: list, persons: list[Person], lex: Lexicon) -> None:
    """Point the answers of a Q/A interview at the person the first question addresses.
    `lead` is the text before the first question (header lines, unlabeled opening);
    `people` the (key, Person) pairs found so far, `persons` the document's list."""
    labelled = [(normalised_label(t.name or t.label), t) for t in turns if t.label]
    answers = [t for plain, t in labelled if plain in lex.answer_labels]
    if not answers or not _one_voice({plain for plain, t in labelled if plain in lex.answer_labels}):
        return
    first_answer = turns.index(answers[0])
    question = next((t for plain, t in labelled if plain in lex.question_labels), None)
    if question is None or turns.index(question) > first_answer:
        return
    current = {t.who for t in answers} - ({None} if len({t.label for t in answers}) > 1 else set())
    if len(current) > 1:
        return
    who = current.pop() if current else None
    person = next((p for _, p in people if p.id == who), None) if who else None
    voiced = next((t for t in answers if t.who == who), answers[0])
    plain = normalised_label(voiced.name or voiced.label)
    if person is not None and nm.fold(person.name or "") != nm.fold(plain):
        return  # a header already names the answerer
    opening = next((p.text for p in question.paragraphs if isinstance(p, Paragraph)), "")
    name, office = address(opening, lead, lex) or (None, None)
    role = None
    if name is None and office and (holder := hd.office_holder(office.split(), [], lead, lex)):
        name, role = holder  # "Herr Bundespräsident, …" under a lead naming "Bundespräsident Ann Roe"; "Santo Padre, …" (N2523m)
    titled = initialled_guest(lead, lex) if name else None
    if titled and _initials_of(name) == _initials_of(titled[0]):
        name, role = titled  # "Сергей Викторович, …" addresses С.В.Лавров of the title (N1175g)
    if name is None:
        name, role = (titled_guest(lead[:MAX_TITLE_LINES], lex)  # N71m
                      or appositive_guest(lead[:MAX_TITLE_LINES], lex)  # N196o
                      or office_guest(lead, lex, {k[-1] for k, p in people if k and p.id != who})  # N333c
                      or interviewed_guest(lead, lex)  # N338c
                      or initialled_guest(lead, lex)  # "Интервью Министра … С.В.Лаврова" (N1175g)
                      or headline_speaker(lead[:MAX_HEADLINE_LINES], lex)  # "作家廖亦武：…" (N958e)
                      or hosting_speaker(lead[:MAX_HEADLINE_LINES], lex)  # "发言人毛宁主持例行记者会" (N1166g)
                      or _quoted(lead[:MAX_TITLE_LINES], lex)  # 'Yolanda Díaz: "La reforma …"' over P./R. (N1176g)
                      or (None, None))
        if name is None:
            return
    found = NameIndex(lead + [opening], lex).introduced(tuple(nm.fold(w) for w in name.split()), [])
    if found and len(found[0].split()) > len(name.split()):
        name, role = found
    if person is None:
        key = tuple(nm.fold(nm.strip_initials(w)) for w in name.split()[-1:])  # "С.В.Лавров": lavrov
        person = add_person(key, people, persons, name=name, role=role, labels=[answers[0].label])
    else:
        person.name, person.role = name, person.role or role
    for turn in answers:
        turn.who = person.id
    _name_asker(question, name, lead, people)


def _name_asker(question: Turn, answerer: str, lead: list[str], people: list) -> None:
    """The interviewer printed before the answerer with a dash between them ("Udo Roe –
    Herbert Lee, Fraktionsvorsitzender"): the name of the question voice's person, when that
    person has no name but the label's (`I:`), N145h."""
    asker = next((p for _, p in people if p.id == question.who), None) if question.who else None
    if asker is None or nm.fold(asker.name or "") != nm.fold(normalised_label(question.name or question.label)):
        return
    pattern = re.compile(r"(?:^|[\s:])([^\W\d_][\w'’-]+(?: [^\W\d_][\w'’-]+){1,2})\s+[–—-]\s+" + re.escape(answerer)
                         + r"(?![\w])")
    found = {m.group(1) for text in lead for m in pattern.finditer(text)
             if all(w[:1].isupper() for w in m.group(1).split())}
    if len(found) == 1:
        asker.name = found.pop()


# closing quotes after the mark: "…?”", ",,…?''" (N441a); the bold of a question "**…?**" (N1038f)
_ASKS = re.compile(r"[?？][\"”»’')*_]*\s*$")
# An interview printed without labels asks at least this many questions.
MIN_QUESTIONS = 2


def name_unlabeled_answers(turns: list[Turn], header: list[HeaderLine], people: list, persons: list[Person],
                           lex: Lexicon) -> None:
    """An interview printed without labels, its questions (turns ending with a question mark)
    and answers alternating: the answers are by the person the first question addresses, by
    name, or by office ("Herr Bundespräsident, ...") with the holder the header or the lead
    names for it ("Bundespräsident Joachim Gauck hat ... ein Interview gegeben"); with no such
    holder, a person known by that office alone. The questions stay unattributed."""
    if len(turns) < MIN_QUESTIONS + 1 or any(t.label is not None or t.who is not None for t in turns):
        return
    dashed_asking = asking_turns(turns)  # "— Спасибо за интервью." closing a dashed interview (N1095f)
    asks = [ends_asking(t) or id(t) in dashed_asking for t in turns]
    if sum(asks) < MIN_QUESTIONS:
        return
    first = asks.index(True)
    answers = [t for k, t in enumerate(turns) if k > first and not asks[k]]
    if not any(asks[k - 1] and not asks[k] for k in range(first + 1, len(turns))):
        return  # questions that nobody answers in the next turn: no interview
    lead = [h.text for h in header] + [p.text for t in turns[:first] for p in t.paragraphs if isinstance(p, Paragraph)]
    opening = next((p.text for p in turns[first].paragraphs if isinstance(p, Paragraph)), "")
    found = address(opening, lead, lex)
    headed = None if found else headed_speaker(lead, lex)  # "Ann Roe, coach of …:" over the exchange (N199o)
    found = (headed[0], None) if headed else found
    found = found or agreed_address(turns, asks, lead, lex, address) \
        or (heading_answerer(_heading_over(lead, header), lead[:-1], lex) if lead else None) \
        or quoting_title([h.text for h in header if h.kind == HeaderKind.TITLE], lex) \
        or occasion_guest(lead, lex) or heading_above_standfirst(lead, lex)  # N190u, N191u, N199o, N603a, N2467m
    if found is None:
        return
    name, office, *given = found
    role = given[0] if given else None
    if office:
        holder = hd.office_holder(office.split(), header, lead, lex)
        name, role = (holder[0], holder[1] or office) if holder else (None, office)
    else:
        index = NameIndex(lead + [opening], lex)
        fuller = index.introduced(tuple(nm.fold(w) for w in name.split()), [])
        if fuller and len(fuller[0].split()) > len(name.split()):
            name, role = fuller
        elif " " not in name:  # "Conférence de Marcelo Bielsa le …" over "Monsieur Bielsa, …?" (N273b)
            name = one_longer_form(index, (nm.fold(name),), set()) or given_name_form(name, lead, lex) or name  # N1276h
    key = tuple(nm.fold(w) for w in (name or office).split()[-1:])
    add_person(key, people, persons, answers, name=name, role=role or (headed[1] if headed else None))


def _last_text(turn: Turn) -> str:
    return next((p.text for p in reversed(turn.paragraphs) if isinstance(p, Paragraph)), "")


def ends_asking(turn: Turn) -> bool:
    """The turn's last paragraph ends with a question mark."""
    return _ASKS.search(_last_text(turn)) is not None


# A page names its interview's guest in its first lines (title, subtitle).
MAX_TITLE_LINES = 3
# A front matter's title and the page's heading are among its first lines.
MAX_HEADLINE_LINES = 20


def titled_guest(lines: list[str], lex: Lexicon) -> tuple[str, str] | None:
    """(name, office) of the one person a title that names an interview introduces by office:
    "Interview #84: Vancouver, BC Councilor Andrea Reimer (with podcast)" -> ("Andrea Reimer",
    "Councilor"). None when that line names not exactly one (N71m)."""
    line = interview_line(lines, lex)
    if line is None:
        return None
    words = line.split()
    found = []
    for i, word in enumerate(words):
        if word.lower() not in lex.label_role_words:
            continue
        run = list(itertools.takewhile(lambda w: w[:1].isupper() and w[-1:].isalpha(), words[i + 1:i + 4]))
        if 2 <= len(run) <= 3:
            found.append((" ".join(run), word))
    return found[0] if len(found) == 1 else None


def _heading_over(lead: list[str], header: list[HeaderLine]) -> str:
    """The line right above the first question; under a page's front matter (its closing
    fence there), the page's title, the heading the front matter holds (N1312h)."""
    if lead[-1].strip() not in FENCES:
        return lead[-1]
    return next((h.text for h in header if h.kind == HeaderKind.TITLE), lead[-1])
