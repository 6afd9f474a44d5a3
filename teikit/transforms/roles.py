"""Roles: after the persons pass, each named speaker gets the role the text prints about them
(docs/convert-shapes.md, N190o-N200o).

The persons pass reads a role from the label, a byline or an introduction; this pass reads
the shapes it leaves: a continuation note in a label ("(fortsetzend)") is not a role (N191o);
a party in the label stays an affiliation beside the office (N192o); a role in apposition to
the full name (N193o) or after a copula (N194o) in a header line, the lead, a line outside the
speech or what others say before the speaker's first turn; the fuller form of a short office
(N195o); an office glued to the name in a credit (N197o); a role read into the next person of
a list (N198o); the deponent a deposition names (N200o). Only the lines that name the speaker
are read, and only the phrase next to the name. (N190o is lexicon words; N196o and N199o name
an answer voice in `helpers.answerer`.)
"""
from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate
from os.path import commonprefix

from teikit.lexicons import Lexicon
from teikit.model import Paragraph, Person, Transcript, Turn
from teikit.transforms.helpers import holders as hd
from teikit.transforms.helpers import names as nm
from teikit.transforms.helpers import roleshapes as rs
from teikit.transforms.helpers.blockroles import block_role
from teikit.transforms.helpers.cjkoffices import spaced_office
from teikit.transforms.helpers.hostedroles import possessive_mentions, possessive_role
from teikit.transforms.helpers.labelparts import label_parts
from teikit.transforms.helpers.nextspeaker import SpeakerNames
from teikit.transforms.helpers.officelines import office_lines_over_labels
from teikit.transforms.helpers.printednames import standalone
from teikit.transforms.helpers.rolefields import field_role_of
from teikit.transforms.helpers.stackedroles import stacked_role

# The lead is read up to this many characters, and the speech before a speaker's first turn.
LEAD_CHARS = 20_000
INTRO_CHARS = 10_000
# Roles are read for this many speakers at most (a record of thousands of labels stays linear).
MAX_PEOPLE = 500


class RolesPass:
    name = "roles"
    after = ("persons",)

    def apply(self, doc: Transcript, ctx) -> None:
        find_roles(doc, ctx.lexicon)


def find_roles(doc: Transcript, lex: Lexicon) -> None:
    office_lines_over_labels(doc, lex)  # "国家卫生健康委新闻发言人、宣传司副司长" over the label "米锋" (R2528m)
    speaking = {t.who for t in doc.turns() if t.who}
    people = [p for p in doc.persons if p.id in speaking and not p.interpreter and not p.group]
    if not people:
        return
    for person in people:
        _label_parts_kept(person, lex)
    wanted = [p for p in people if _wants_role(p, lex)]
    lead = _lead(doc)
    said, first = _said_before_first(doc)
    lowered = [t.lower() for t in lead + said]  # (a quick test for the surname before the regex)
    holding = _Holders(lowered)
    hosted = possessive_mentions(lead + said, lex)  # "my cohost, Dan" (N951e)
    speakers = SpeakerNames(people)  # a role ends at the next speaker's name (R2452m)
    for person in wanted[:MAX_PEOPLE]:
        texts = lead + said[:first.get(person.id, 0)]
        found = _printed_role(person, texts, lowered, holding, lex, len(lead), speakers)
        if found is None and person.role is None:
            found = possessive_role(person, hosted, len(texts))
        if found is None or found.lower() == (person.role or "").lower():
            continue
        if person.role and rs.is_abbreviation(person.role):
            person.role = found
        elif person.role and (not _names_a_role(person.role, lex) or _label_group(person, lex)) \
                and not _a_roll(person.role, lex) and not _about_another(person, lex):
            person.affiliation, person.role = person.affiliation or person.role, found  # a party, a body: kept
        else:
            person.role = found
    for person in people[:MAX_PEOPLE]:
        texts = lead + said[:first.get(person.id, 0)]
        stacked = stacked_role(person, texts, lex, lowered[:len(texts)])
        if stacked:
            person.role = stacked  # "политолог, директор Института … Дмитрий Журавлев" (N300f)


def _label_parts_kept(person: Person, lex: Lexicon) -> None:
    """A continuation note read as the role is dropped (N191o); a party printed after an
    office label stays beside it (N192o)."""
    if not person.labels:
        return
    parts = label_parts(person.labels[0], lex)
    if person.role and _label_note(person.role, lex):
        person.role = hd.display(parts.office, lex) if parts.office else None
    if parts.office and parts.affiliation and not _label_note(parts.affiliation, lex) \
            and person.role == hd.display(parts.office, lex) and person.affiliation is None:
        person.affiliation = parts.affiliation


def _label_note(text: str, lex: Lexicon) -> bool:
    return bool(lex.label_notes) and lex.pattern("label_notes").fullmatch(text.strip().rstrip(".")) is not None


def _names_a_role(role: str, lex: Lexicon) -> bool:
    vocab = rs.role_vocabulary(lex)
    return any(rs.compound_in(w.strip(".,()"), vocab) for w in role.split())


def _a_roll(role: str, lex: Lexicon) -> bool:
    """ "Myrick, Sessions, Dreier, and McGovern": names read from a roll of members, no party."""
    joiners = "|".join(re.escape(w) for w in sorted(lex.list_joiners))
    return len([p for p in re.split(rf",|\s(?:{joiners})\s" if joiners else ",", role) if p.strip()]) >= 3


def _wants_role(person: Person, lex: Lexicon) -> bool:
    """No role yet, or one the text may print better: an abbreviation, a party alone, a
    list of names ("Myrick, Sessions, and McGovern" read from a roll)."""
    if not (person.name or "").strip():
        return False
    role = person.role
    return role is None or " " not in role.strip() or not _names_a_role(role, lex) or _about_another(person, lex) \
        or _label_group(person, lex)


def _label_group(person: Person, lex: Lexicon) -> bool:
    """The person's role is the body the label names in brackets after the full name, "Dr Ann
    Roe (The Harbour Office)": an affiliation, which a role printed about the person (the
    chair's "Ann Roe, who is director of ports") replaces as the role (R2518m)."""
    if not person.labels or not person.role:
        return False
    parts = label_parts(person.labels[0], lex)
    return parts.office is None and len(parts.key) >= 2 and parts.affiliation == person.role


def _about_another(person: Person, lex: Lexicon) -> bool:
    """A role read from a list of people, that goes on to the next one: "Y DEL PRIMER
    MINISTRO DE OSTRIA, LUIS GIL" for the first person of a title (N198o)."""
    words = (person.role or "").split()
    return bool(words) and nm.fold(words[0]) in lex.list_joiners


def _lead(doc: Transcript) -> list[str]:
    """Lines outside the speech (header, lead, site lines, a closing credit or biography) and
    unlabeled speech before the first labelled turn, up to `LEAD_CHARS` characters."""
    out: list[str] = []
    size, labelled = 0, False
    for block in doc.blocks:
        if isinstance(block, Turn):
            labelled = labelled or block.label is not None
            texts = [] if labelled else [p.text for p in block.paragraphs if isinstance(p, Paragraph)]
        else:
            texts = [block.text] if isinstance(getattr(block, "text", None), str) else []
        out.extend(texts)
        size += sum(len(t) for t in texts)
        if size > LEAD_CHARS:
            break
    return out


def _said_before_first(doc: Transcript) -> tuple[list[str], dict[str, int]]:
    """What was said in the first `INTRO_CHARS` of the speech, and for each speaker how many
    of those paragraphs come before the speaker's first turn: the host's introduction of a
    guest is among them."""
    first: dict[str, int] = {}
    said: list[str] = []
    size = 0
    for turn in doc.turns():
        if turn.who and turn.who not in first:
            first[turn.who] = len(said)
        if size < INTRO_CHARS:
            texts = [p.text for p in turn.paragraphs if isinstance(p, Paragraph)]
            said.extend(texts)
            size += sum(len(t) for t in texts)
    return said, first


class _Holders:
    """Which of the lead's and speech's lines (`lowered`, in lower case) hold a surname:
    found by searching them joined, once per speaker, at C level (testing each line for
    each speaker was a Python loop of speakers times lines, most of the roles pass)."""

    def __init__(self, lowered: list[str]):
        self.lowered = lowered
        self.text = "\n".join(lowered)
        self.ends = list(accumulate(len(t) + 1 for t in lowered))  # where each line's feed ends

    def __call__(self, needle: str, limit: int):
        """The indexes below `limit` of the lines holding `needle`, in order."""
        if "\n" in needle:  # (it could stand across two lines joined: looked for line by line)
            yield from (k for k in range(limit) if needle in self.lowered[k])
            return
        text, ends = self.text, self.ends
        at = text.find(needle)
        while at >= 0:
            k = bisect_right(ends, at)
            if k >= limit:
                return
            yield k
            at = text.find(needle, ends[k])


def _printed_role(person: Person, texts: list[str], lowered: list[str], holding: _Holders, lex: Lexicon,
                  credits: int = 0, speakers: SpeakerNames | None = None) -> str | None:
    """The role printed beside the person's name in `texts` (`lowered`: the same in lower
    case, and lines after them; `holding` finds the lines that hold a surname), the first
    `credits` of which are lines outside the speech (where a credit may glue the role to
    the name)."""
    words = [nm.fold(w) for w in person.name.split()]
    surname = _surname(person)
    if not surname:
        return None
    mention = None  # (compiled once a text in other than ASCII prints the surname: `printednames`)
    abbreviated = person.role if person.role and rs.is_abbreviation(person.role) else None
    replaceable = person.role is None or not _names_a_role(person.role, lex) or _about_another(person, lex) \
        or _label_group(person, lex)
    needle = surname.lower()
    for k in holding(needle, len(texts)):
        text = texts[k]
        credit = k < credits
        alone = credit or "\n" not in text  # (tested once per text, not per name in it)
        hits = standalone(text, lowered[k], surname)
        if hits is None:
            if mention is None:
                mention = re.compile(rf"(?<![\w-])(?i:{re.escape(surname)})(?![\w-])")
            hits = (m.span() for m in mention.finditer(text))
        if credit and (block := block_role(texts, k, person.name, credits, lex)):
            return block  # "Presider" / "Tom Roe" / "President, Roe Associates LLC" (N2262l)
        for m_start, m_end in hits:
            start = _name_start(text, m_start, words, lex)
            if start is None:
                continue
            if abbreviated:
                found = rs.role_glued_before(text, start, lex) or rs.role_before(text, start, lex)
                if found and _expands(abbreviated, found):
                    return found
                continue
            # a field of the lead first: "Гость: Ann Roe, химик, оперный певец" whole (R2448m)
            after = speakers.cut(text, m_end, person.name, lex) if speakers else text
            found = (credit and field_role_of(text, start, m_end, lex)) or rs.role_after(after, m_end, lex) \
                or rs.role_before(text, start, lex, m_end) \
                or rs.predicate_after_name(text, start, m_end, lex)  # "Seit … ist Ann Roe Bürgermeisterin von …" (R2550m)
            if found is None and start < m_start:
                found = rs.role_glued_before(text, start, lex, strict=True)  # "Austria-Trainer Ann Roe"
            if found is None and credit and start < m_start and _after_credit_field(text[:start]):
                found = rs.role_glued_after(text, m_end, lex)  # "SPEAKER: Ann Roe Director, …"
            if found is None and credit and start < m_start:
                found = rs.examined(text, start, texts[:credits], lex)  # "DEPOSITION OF: ANN ROE"
            if found is None and alone:  # (a paragraph of speech: the field alone)
                found = field_role_of(text, start, m_end, lex)  # "### Moderator: Tim Beiko" (N2020k)
            if found is None and credit:
                found = rs.role_line_under(text, m_end, texts[k + 1] if k + 1 < credits else None, lex)  # N2021k
            if found is None and credit and surname == person.name:
                found = spaced_office(text, surname, lex)  # "對話 韓國《經濟學家》雜志總編輯 金光洙" (N334c)
            if found and (replaceable or _fuller(person.role, found)):
                return found
    return None


def _surname(person: Person) -> str | None:
    """The last word of the person's name, as printed."""
    words = re.findall(r"[^\W\d_][\w'’-]*", person.name or "")
    return words[-1] if words and len(words[-1]) > 1 else None


_CAPITALISED = re.compile(r"[^\W\d_][\w'’.-]*$")  # (initials too: "F.")


def _name_start(text: str, at: int, words: list[str], lex: Lexicon) -> int | None:
    """Where the printed name ending in the surname at `at` starts: the capitalised given
    names before it that the person's name has too (none is fine: "Roe, the mayor")."""
    start = at
    for m in reversed(list(re.finditer(r"\S+", text[max(0, at - 80):at]))):
        word = m.group()
        between = text[max(0, at - 80) + m.end():start]
        if between.strip() or not _CAPITALISED.match(word) or nm.fold(word) not in words:
            break
        start = max(0, at - 80) + m.start()
    return start


# A credit's field before a name: the line's start or "SPEAKER:", "WELCOME/MODERATOR:".
_CREDIT_MARKS = ":|•·"


def _after_credit_field(before: str) -> bool:
    """`before` (the text before a name) is empty or ends in a field mark and blanks: read
    from its end, not searched from its start (a line of thousands of names would be
    searched once per name: quadratic). ("\n" alone counts as empty, as `^$` read it.)"""
    tail = before.rstrip()
    return before in ("", "\n") or (tail != "" and tail[-1] in _CREDIT_MARKS)


def _fuller(role: str, found: str) -> bool:
    """A one-word role and a longer form of it printed beside the name: "Vorsitzender" and
    "Vorsitzende der Bundespressekonferenz" (the same word, inflected), N195o."""
    if " " in role.strip() or len(found.split()) < 2:
        return False
    short = nm.fold(role.strip("."))
    for word in found.split()[:rs.HEAD_WORDS]:
        word = nm.fold(word)
        if len(commonprefix([short, word])) >= max(4, min(len(short), len(word)) - 2):
            return True
    return False


def _expands(short: str, found: str) -> bool:
    found_words = found.split()
    return any(rs.abbreviates(short, " ".join(found_words[k:])) for k in range(len(found_words)))


PASS = RolesPass()
