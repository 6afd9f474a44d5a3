"""Persons: one per distinct speaker, however the label is spelt.

- Generic voices (Q, QUESTION, AUDIENCE MEMBER, PARTICIPANT, REPORTER ...) get no person:
  different journalists share the label, and no one is invented.
- Labels naming the same person (SECRETARY BLINKEN, SECRETAR BLINKEN, Secretary Blinken,
  BLINKEN) share one person; its id comes from the surname words (`blinken`, `le-drian`)
  or, for offices without a name, from the label (`moderator`, `senior-state-department-official`).
- The full name and office come from the header when printed there (byline first, then
  the title); otherwise only the name words of the label are used.
- INTERPRETER is a person with role "interpreter".
- An unlabeled opening speech is attributed to the one person the header names who has
  no label of their own; with none or several, it stays unattributed and a warning says so.
- A user registry (`--persons FILE`) adds names, roles, sex and authority ids.
"""
from __future__ import annotations

import re

from functools import lru_cache

from teikit.lexicons import FALLBACK, Lexicon, own
from teikit.model import HeaderKind as K
from teikit.model import HeaderLine, Paragraph, Person, Transcript, Turn
from teikit.transforms.helpers.initialledlists import initialled_surnames
from teikit.transforms.helpers.outletinitials import merge_outlet_short_forms
from teikit.transforms.helpers.jointlabels import joint_names
from teikit.transforms.helpers import attribution as at
from teikit.transforms.helpers.addressedanswers import answers_to_addressed_speakers
from teikit.transforms.helpers.answerer import name_answerer, name_unlabeled_answers
from teikit.transforms.helpers.dashedlead import name_dashed_exchanges
from teikit.transforms.helpers.greetedguest import name_greeted_answerer
from teikit.transforms.helpers.introducedturns import name_introduced_turns
from teikit.transforms.helpers.exchangespeakers import self_named_after_time, speakers_after_labelled_exchange
from teikit.transforms.helpers.headingspeakers import attribute_name_headings
from teikit.transforms.helpers.credits import name_credited_interviewer
from teikit.transforms.helpers.courtholder import name_the_court
from teikit.transforms.helpers.presiding import name_presiding
from teikit.transforms.helpers.castcredits import players
from teikit.transforms.helpers.ownturns import opening_of, own_words
from teikit.transforms.helpers.attendeetables import name_from_tables
from teikit.transforms.helpers.cjkoffices import surname_office_holder
from teikit.transforms.helpers.leadrolenames import lead_role_holder
from teikit.transforms.helpers.authorasks import name_author_asker
from teikit.transforms.helpers.bracketedquestioner import bracketed_questioner
from teikit.transforms.helpers.examinations import examined_by
from teikit.transforms.helpers.guestportrait import name_guest_from_portrait
from teikit.transforms.helpers import holders as hd
from teikit.transforms.helpers import names as nm
from teikit.transforms.helpers import ownwords as ow
from teikit.transforms.helpers import samepersons as sp
from teikit.transforms.helpers.knownpeople import Ids, KnownPeople
from teikit.transforms.helpers.firstturn import introduction
from teikit.transforms.helpers.floorroles import floor_roles
from teikit.transforms.helpers.fullnames import introduced_names
from teikit.transforms.helpers.inflectedheader import label_printing_kept
from teikit.transforms.helpers.rolebefore import named_late, roles_before_names, titles_before_surnames
from teikit.transforms.helpers.officeof import offices_of
from teikit.transforms.helpers.officeguest import office_of_guest
from teikit.transforms.helpers.openingreply import attribute_opening_reply
from teikit.transforms.helpers.letterlabels import crew_letters, initialled_voices, letter_labels
from teikit.transforms.helpers.rollcall import roll_call_letters
from teikit.transforms.helpers.titlefields import roles_in_title_brackets
from teikit.transforms.helpers.handover import attribute_handed_over
from teikit.transforms.helpers.headlinespeaker import attribute_quoted_headline
from teikit.transforms.helpers.nametitle import attribute_name_title
from teikit.transforms.helpers.labelparts import LabelParts, label_parts, office_inside
from teikit.transforms.helpers.attribution import normalised_label
from teikit.transforms.helpers.titledinterviewer import attribute_titled_interviewer


class _Voices:
    """The label patterns of one lexicon: generic voices, outlets, interpreters."""

    def __init__(self, lex: Lexicon):
        # a question letter of the lexicon, the initial of its word for a question (the first
        # word of its question labels: "D:" domanda, "P:" pregunta, "V:" vraag), is as generic
        # as "Q:"; "I:" (the interviewer, named where the text names one) is no such letter,
        # even where "INTERVIEWER" is a question label (N993e, N1066f); "Q 2", "Q2." (N604a)
        initials = {next((w[:1] for w in own(code).question_labels if len(w) > 1), "") for code in (lex.lang, FALLBACK)}
        letters = "".join(re.escape(w) for w in lex.question_labels if len(w) == 1 and w in initials)
        either = f"{lex.alternation('generic_voices')}|[{letters}]" if letters else lex.alternation('generic_voices')
        self.generic = re.compile(rf"^({either})( ?\d+)?$")
        self.outlet = re.compile(rf"(^| )({lex.alternation('outlets')})$")
        self.interpreter = re.compile(rf"^({lex.alternation('interpreter_labels')})$")
        self.interview = re.compile(rf"\b(?:{lex.alternation('interviewer_phrases')})(?:\s+|(?<=['’]))(.+)$",
                                    re.IGNORECASE)


@lru_cache(maxsize=None)
def voices(lex: Lexicon) -> _Voices:
    return _Voices(lex)


def is_generic(label: str, lex: Lexicon) -> bool:
    plain = normalised_label(label)
    if " " not in plain and plain.strip(".").lower() in lex.honorifics:
        return True  # "Mr.": a name left out of the record, nobody we can name
    v = voices(lex)
    if v.outlet.search(plain) is not None and (office_inside(plain, lex) is not None
                                                 or label_parts(plain, lex).fielded or _named_before_comma(plain, v, lex)):
        return False  # "任永蔚 中央电视台记者", "PIERRE MARTIN, CORRESPONDENT": a named reporter; PRESIDENTE DELLA REPUBBLICA: an office
    return v.generic.match(plain) is not None or v.outlet.search(plain) is not None


def _named_before_comma(plain: str, v, lex: Lexicon) -> bool:
    """ "PIERRE MARTIN, CORRESPONDENT": a name, then the reporter's function (L1097f)."""
    name, comma, _ = plain.partition(",")
    return bool(comma) and v.outlet.search(name) is None and v.generic.match(name) is None \
        and len(label_parts(name, lex).key) >= 2


class PersonsPass:
    name = "persons"
    after = ("header", "labels")

    def apply(self, doc: Transcript, ctx) -> None:
        find_persons(doc, ctx.lexicon, ctx.registry)


def find_persons(doc: Transcript, lex: Lexicon, registry=None) -> None:
    header = [b for b in doc.blocks if isinstance(b, HeaderLine)]
    title = doc.setting.title if doc.setting else None
    if title and all(h.text != title for h in header):  # a title read from a field ("title: ...")
        header.insert(0, HeaderLine(K.TITLE, title))
    titles = [h.text.strip() for h in header if h.kind == K.TITLE]
    if len(titles) > 1:  # a title wrapped over lines: an office on one, its holder on the next
        header.insert(0, HeaderLine(K.TITLE, " ".join(titles)))
    preamble = hd.preamble(doc)
    people: list[tuple[tuple[str, ...], Person]] = []
    known = KnownPeople(people)
    by_label: dict[str, Person | None] = {}  # decided once per distinct printed label
    turns = doc.turns()  # once: the pass only points turns at people, it adds or drops none
    crew = crew_letters(turns, lex) | (initialled := initialled_voices(turns, lex))  # "P:" after "Pedro:" (N1240h)
    for turn in turns:
        if turn.label is None and turn.name is None:  # (a Record's narrated speaker named: T1308h)
            continue
        name = turn.name or turn.label  # the speaker part, without markup or timestamp
        if name not in by_label:
            generic = is_generic(name, lex) and name.rstrip(":").upper() not in crew  # "S:"/"C:"/"A:" (L1001f)
            said = preamble + introduction(turns, turn)
            by_label[name] = None if generic else _person_for(name, known, header, said, lex)
            if by_label[name] is not None and turn.label is not None:
                by_label[name].labels.append(turn.label)
        person = by_label[name]
        turn.who = person.id if person else None
    sp.merge_office_holders(turns, people)
    qa_labels = frozenset(v.upper() for v in (*lex.question_labels, *lex.answer_labels)) - initialled
    sp.merge_initials(turns, people, qa_labels)  # also "T-M:" (L262x)
    merge_outlet_short_forms(turns, people)  # "FSN:" after "Ann Lee, Feature Story News (FSN):" (L2281l)
    sp.merge_given_names(turns, people, qa_labels)  # "LULU:" after "LULU MILLER:" (N301f)
    sp.merge_role_repeats(turns, people)
    name_from_tables([p for _, p in people], _printed_before_labels(doc), lex)  # "| Ann Lee Roe | ALR | Acme |" (N2443m)
    introduced_names(doc, header, people, lex)
    initialled_surnames(header, [p for _, p in people])  # "Громыко ." and "Присутствовали т.т. Громыко А. А." (N2317l)
    lead = _printed_before_labels(doc)
    name_the_court([p for _, p in people], lead, lex)  # "THE COURT:" and "Before: HON. ANN ROE" (N957e)
    name_presiding([p for _, p in people], doc, lead, lex)  # "Before Mr Tom Roe SC, Commissioner", "… in the chair" (N2440m-N2442m)
    players([p for _, p in people], doc, lex)  # "ANN LEE AS THE INTERVIEWER, TOM ROE AS JOHN SMITH" (N2444m)
    letter_labels([p for _, p in people], titles, lex, lead)  # "K:" under "Katie Couric Interview: ...", N251y
    roll_call_letters(people, turns, lex)  # "there's me, Saf. I'm joined by Canti." over S:, C: (N1037f)
    roles_in_title_brackets(titles, [p for _, p in people], lex)  # "chihao訪談逐字稿（提問：Yiping）" (N1036f)
    own_words(turns, people, lex)
    _questioners(turns, people, lex)  # "Tracy Watson, USA Today. …" opening a question voice's turn
    roles_before_names(doc, early := [p for _, p in people], lex)  # "correspondent Nick Schifrin"
    titles_before_surnames(doc, [p for _, p in people], lex)  # "La parola al Consigliere Carossa" (N363a)
    floor_roles(doc, turns, [p for _, p in people], lex)  # "Слово принадлежит члену Государственной Думы Вязигину" (R2495m)
    offices_of(turns, [p for _, p in people], lex)  # "my colleague, the foreign minister of Angola"
    office_of_guest(titles + _printed_before_labels(doc), [p for _, p in people], lex)  # "X's interview with the Minister of Y" (N442a)
    doc.persons = [p for _, p in people]
    examined_by(doc, doc.persons, lex, people)  # "BY MR. POE:" then "Q." and "A." (N1275h); "<ANN LEE, sworn:" (N1606i)
    name_guest_from_portrait(header, doc.persons, lex)  # "【嘉宾介绍】 / 王海峰，教授。" names "嘉宾：" (H1282h)
    at.heading_speakers(doc, people, lex)
    attribute_name_headings(doc, people)  # "Name, role:" over dashed turns (L194u)
    attribute_handed_over(doc, turns, people, lex)  # "... over to Meera Rao. Please go ahead."
    name_introduced_turns(doc, turns, header, people, lex)  # "my name is Ann …" / "my name is Ben …" (N2428l)
    at.attribute_unlabeled(doc, turns, header, people, lex)
    name_answerer(turns, _printed_before_labels(doc), people, doc.persons, lex)  # "Q: Admiral Raborn, ..."
    name_unlabeled_answers(turns, header, people, doc.persons, lex)  # "Herr Bundespräsident, ...?" and no labels
    name_dashed_exchanges(turns, header, people, doc.persons, lex)  # "Тренер «X» Ann Roe ответил …" / "– …?" (N2341l)
    answers_to_addressed_speakers(turns, people, lex)  # "- Владимир Васильевич, ...?" after his labelled turn (N1773j)
    name_greeted_answerer(turns, people, doc.persons, lex)  # "Buongiorno Antonio." opens an unlabeled interview (N810c)
    at.self_introduced(doc, turns, people, lex)  # no labels, and "My name is Eric Jansen" opens the text
    attribute_quoted_headline(doc, turns, header, people, lex)  # "Ann Lee: 'We stay.'" over her speech (N230y)
    attribute_name_title(doc, turns, header, people, lex)  # "MADAME ANNE ROUX" alone over her speech (N1605i)
    attribute_titled_interviewer(doc, turns, header, people, lex, voices(lex).interview)
    name_credited_interviewer(doc, turns, people, lex)  # "Das Interview führte Marco Witting" after the last answer
    name_author_asker(doc, turns, people, lex, lambda label: is_generic(label, lex))  # "Frage 1:" by "Geschrieben von: ..." (N441a)
    attribute_opening_reply(turns, doc.persons, lex)  # "They tell me Ann Lee is on the line." / "ANN LEE: Hello Tom." (N443a)
    speakers_after_labelled_exchange(turns)  # "HAZ: …?" / "Meyer: …" / "Was ist gelungen?" / "…" (T533a)
    self_named_after_time(doc, people, lex)  # "08:57 Good afternoon, … my name is Leah" (T534a)
    named_late(doc, early, lex)  # again, for the persons named since (N393a, R2500m)
    _drop_unspoken(doc, turns)
    if registry is not None:
        registry.apply(doc)


def _drop_unspoken(doc: Transcript, turns: list[Turn]) -> None:
    """A person made for a label whose turns were all pointed at someone else since (the
    answers of `R:` at the guest the title names) speaks no turn: not a speaker (N994e)."""
    spoken = {who for t in turns if t.who for who in t.who.split()}
    if any(p.labels and p.id not in spoken for p in doc.persons):
        doc.persons = [p for p in doc.persons if p.id in spoken or not p.labels]


def _printed_before_labels(doc: Transcript) -> list[str]:
    """Every line printed before the first labelled turn: header lines, site lines, the lead."""
    out: list[str] = []
    for block in doc.blocks:
        if isinstance(block, Turn):
            if block.label is not None:
                break
            out.extend(p.text for p in block.paragraphs if isinstance(p, Paragraph))
        elif hasattr(block, "text"):
            out.append(block.text)
        if len(out) > MAX_LEAD_LINES:
            break
    return out


# The lines before the first label read for a name the first question addresses.
MAX_LEAD_LINES = 200


def _questioners(all_turns: list[Turn], people: list, lex: Lexicon) -> None:
    generic: dict[str, bool] = {}  # decided once per distinct label
    named = at.NamedPeople(people)
    for turn in all_turns:
        if turn.who is not None or turn.label is None:
            continue
        label = turn.name or turn.label
        if label not in generic:
            generic[label] = is_generic(label, lex)
        if not generic[label]:
            continue
        found = ow.questioner(opening_of(turn), lex) or bracketed_questioner(turn, lex)
        if found is None:
            continue
        name, outlet = found
        person, _ = named.get(name, outlet)
        if turn.label not in person.labels:
            person.labels.append(turn.label)
        turn.who = person.id


def _person_for(label: str, known: KnownPeople, header: list[HeaderLine], preamble: list[str], lex: Lexicon) -> Person:
    if joint_names(label, lex):  # "Ann Lee, Tom Poe et Jo Roe": who answer together, one voice (L1505i)
        person = Person(id=known.ids.free(nm.slug(nm.label_words(label))), name=label.strip())
        known.add(("",) + tuple(nm.fold(w) for w in nm.label_words(label)), person)
        return person
    parts = label_parts(label, lex)
    key = parts.key
    plain = normalised_label(label)
    # a question or answer word is no misspelling of another label ("INTERVISTATA" beside
    # "INTERVISTATORE": the one asked and the one asking, N1066f)
    person = known.find(key, plain, near=plain.upper() not in (*lex.question_labels, *lex.answer_labels))
    if person is not None:
        if person.role is None and key and parts.office:
            person.role = hd.display(parts.office, lex)  # "任永蔚" seen first, "任永蔚 中央电视台记者" later
        return person
    if voices(lex).interpreter.match(plain):
        person = Person(id=known.ids.free("interpreter"), name="Interpreter", interpreter=True)
        known.add(("", plain), person)
        return person
    person = _new_person(label, parts, header, preamble, known.ids, lex)
    known.add(key or ("", plain), person)
    if parts.short and key:
        known.alias((nm.fold(parts.short.replace(".", "")),), person)  # "Sergio Ruiz (SR)", later "SR:"
    return person


def _new_person(label: str, parts: LabelParts, header: list[HeaderLine], preamble: list[str], ids: Ids,
                lex: Lexicon) -> Person:
    key = parts.key
    if not key:  # an office without a name: MODERATOR, THE VICE PRESIDENT
        words = nm.label_words(label)
        base = (parts.office or "").split() or words
        holder = (hd.office_holder(base, header, preamble, lex) or hd.named_after(base, header, preamble, lex, "witness")
                  or hd.named_after(base, header, preamble, lex, "chair"))
        fielded = None if holder else hd.field_holder(base, header, lex)  # "主  席 韓院長國瑜"
        if fielded:
            return Person(id=ids.free(nm.slug(base)), name=fielded[0], role=fielded[1] or parts.office)
        role = hd.display(parts.office, lex) if parts.office else parts.affiliation
        if holder and len(holder[1].split()) > len(base):
            role = holder[1]  # "Président de la République" for LE PRESIDENT
        elif holder and holder[1] and not holder[1].isupper():
            role = holder[1]  # the office as the text prints it, not as the label shouts it
        return Person(id=ids.free(nm.slug(base)), name=holder[0] if holder else None, role=role)
    # The id is made of all the name words of the label: an upper-case label prints the
    # surname alone ("LE DRIAN"), a mixed-case one the whole name, whose family name is
    # not always last ("Hua Chunying" -> "hua-chunying").
    texts = [h.text for h in header]
    if held := surname_office_holder(label, texts, lex) or lead_role_holder(label, texts, lex):
        return Person(id=ids.free(nm.slug(key)), name=held[0], role=held[1])  # "秦大使" (N2150k), "Тренер ФК «Зоркий»" (N2151k)
    name, role = hd.from_header(key, header, lex)
    if name and parts.name and nm.fold(name) == nm.fold(parts.name) and (
            _capitals(parts.name) < _capitals(name) or label_printing_kept(name, parts.name)):
        # "Christian HORNER (Red Bull)" listed, "Christian Horner:" the label's case (N1033f);
        # "Wywiad z Wiktorią Choręziak" over "Wiktoria Choręziak:": the label's case (N1302h)
        name = parts.name
    if name is None:
        name = hd.display(parts.name or " ".join(key), lex, name=True)
    office = hd.display(parts.office, lex) if parts.office else None
    if role and office and not hd.same_office(role, office, lex):
        role = office  # "EL C. PRESIDENTE NUÑEZ:" under "… DEL CIUDADANO SENADOR ARTURO NUÑEZ": he chairs (N1092f)
    return Person(id=ids.free(nm.slug(key)), name=name, role=role or office or parts.affiliation)


def _capitals(name: str) -> int:
    """How many words of a name are printed in capitals ("HORNER")."""
    return sum(w.isupper() and len(w) > 1 for w in name.split())

PASS = PersonsPass()
