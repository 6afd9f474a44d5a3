"""Events and editorial marks inside speech.

Parenthesised or bracketed markers whose words name a non-verbal event become `Event`s
(the marker kept verbatim): laughter and other sounds -> `vocal`, applause and gestures ->
`kinesic`, inaudible or off-mike passages -> `gap`, cross-talk, breaks and recording
notes -> `incident`. Other square brackets are the editor's: a comment on the text
("[sic]", "[Redacted.]", "[emphasis added]") is an editorial `Note`; words the editor put
in place of, or in addition to, what was said ("[Kenya]", "[senior administration
official]", "[***that]") are `supplied` text, which reads as part of the sentence.
Nothing is dropped.
"""
from __future__ import annotations

import re

from functools import lru_cache

from teikit.lexicons import Lexicon
from teikit.model import Event, Note, Paragraph, Text, Transcript
from teikit.transforms.helpers.openingremarks import set_opening_remarks_apart
from teikit.transforms.helpers.screenplay import mark_screenplay
from teikit.transforms.helpers.separatorlines import mark_separator_lines
from teikit.transforms.helpers.quotedexchange import set_quote_marks_apart
from teikit.transforms.helpers.stagelines import mark_stage_paragraphs
from teikit.transforms.helpers.dashnarration import mark_dash_narration
from teikit.transforms.helpers.documentaryblocks import mark_documentary_blocks
from teikit.transforms.helpers.markers import (EMPHASISED, angled_paragraphs, bracketed_paragraphs, inner, inner_printed,
                                               split_angled_markers, split_bare_marks, split_markers)
from teikit.transforms.helpers.memberlabels import member_with_group
from teikit.transforms.helpers.wrappedmarkers import mark_wrapped_events

# A marker of this many words or more is prose in brackets, not a stage direction.
MAX_EVENT_WORDS = 8


@lru_cache(maxsize=None)
def _rules(lex: Lexicon) -> list[tuple[str, str, re.Pattern]]:
    """(element, type, pattern on the marker's lower-cased words); first match wins."""
    return [(element, kind, re.compile(f"(?:{phrase})")) for element, kind, phrase in lex.event_rules]


# A name, a colon and only a web address in brackets: a credit of the source, not a heckle.
_CREDITED_ADDRESS = re.compile(r":[ \u00a0]*(?:https?://|www\.)[^\s()\[\]]+[ \u00a0]*[)\]]$", re.IGNORECASE)
# A parliamentary interjection: "(Name [Party]: words)", "(Zuruf von der AfD: Oh!)".
INTERJECTION = re.compile(r"^[(\[][^\W\d_][^()\[\]:]{0,60}(\[[^\[\]]{1,30}\])?[^()\[\]:]{0,30}:\s\S")


def classify(marker: str, lex: Lexicon) -> Event | Note | None:
    """The event or editorial note a bracketed marker is (a new object each time; the
    decision is cached per marker text, as the same markers recur through a transcript)."""
    decision = _decide(marker, lex)
    if decision is None:
        return None
    kind, element, type_ = decision
    return Event(element=element, type=type_, text=marker) if kind == "event" else Note(type=type_, text=marker)


@lru_cache(maxsize=8192)
def _decide(marker: str, lex: Lexicon) -> tuple[str, str, str] | None:
    found = _classify(marker, lex)
    if found is None:
        return None
    if isinstance(found, Event):
        return "event", found.element, found.type
    return "note", "", found.type


# A heckle in a record, in any language: a member with the group in brackets, a colon, the
# words called out ("(Herbert Roe (SPD): Shame!)").
_MEMBER_SAYS = re.compile(r"^([^\W\d_][^()\[\]:]{0,50}\([^()]{1,12}\)):\s\S")


# A heckle whose caller is named by office abbreviations and a name before the colon:
# "(GR Mag Wolfgang Jung: Sie wissen das!)", "(Amtsf StRin Mag Ulli Sima: Das war üble Nachrede!)".
MIN_HECKLER_WORDS, MAX_HECKLER_WORDS = 2, 6


def named_heckle(words: str) -> bool:
    """The words in brackets open with two to six capitalised words, the last two a name
    (letters only), then a colon and the words called out (E160q). A caption or source note
    ("Photo: Ann Lee", "Quelle: dpa") has one word before its colon or lower-case ones."""
    head, colon, said = words.partition(": ")
    names = head.split()
    return bool(colon and said.strip()) and MIN_HECKLER_WORDS <= len(names) <= MAX_HECKLER_WORDS \
        and all(w[:1].isupper() and not any(c.isdigit() for c in w) for w in names) \
        and all(w.isalpha() and w[1:].islower() for w in names[-2:])


# A sound or production cue in capitals (E220d): "(TRAFFIC)", "[RADIOLAB INTRO]", "(HORN, BRAKES)",
# "(STREET ROBBERY, OFF, STARTS, GUNSHOTS, RUNNING FEET, SHOUTS)": words of capital letters (a
# hyphen or apostrophe inside one), up to four, or a list of up to six items of one or two words
# split by commas; no digit, no sentence punctuation.
_CAPS_WORD = r"[^\W\d_]+(?:[-'’][^\W\d_]+)*"  # letters; capitals checked on the whole
_CAPS_CUE = re.compile(rf"{_CAPS_WORD}(?: {_CAPS_WORD}){{0,3}}|{_CAPS_WORD}(?: {_CAPS_WORD})?(?:, {_CAPS_WORD}(?: {_CAPS_WORD})?){{1,5}}")


def capitals_cue(marker: str, lex: Lexicon) -> bool:
    """The marker is a cue in capitals that holds one of the lexicon's cue words (E220d). The
    head word keeps acronyms and names in capitals out: "(SPD)", "(NATO)", "(UNITED NATIONS)"."""
    words = " ".join(marker.strip("\\()[]（） ").split())
    if words != words.upper() or words == words.lower() or not _CAPS_CUE.fullmatch(words):
        return False
    return any(w in lex.cue_words for w in words.lower().replace(",", " ").split())


# Parts of a record's note: "(Thomas Roe, CDU, spricht mit Jan Poe, CDU - Unruhe)"; the
# Spanish Cortes' record joins them with a full stop and a dash, no space: "(Aplausos.—Rumores)" (E1183h).
_NOTE_PARTS = re.compile(r"\s[-–—]\s|\.[—–]")


def _event_words(words: str, lex: Lexicon) -> tuple[str, str] | None:
    """(element, type) when `words` name an event: an event phrase of few words, or a
    record's longer note that opens with one ("(Beifall bei der CDU - Zustimmung bei der
    SPD)", "(Applaudissements sur les bancs du groupe ...)")."""
    few = len(words.split()) < MAX_EVENT_WORDS
    for element, kind, pattern in _rules(lex):
        if few and pattern.fullmatch(words):
            return element, kind
        lead = pattern.match(words)
        if lead and words[lead.end():lead.end() + 1] in (" ", ",", ";", "–", "-", "—") and \
                _continues(words[lead.end():], lex):
            return element, kind
    return None


# An elided article glued to its noun: "nell'aula" continues the note as "nella" would (E2561m).
_ELIDED = re.compile(r"^[^\W\d_]+['’]")


def _continues(tail: str, lex: Lexicon) -> bool:
    """The words after an event phrase open with a continuation of the lexicon ("dal", "bei"),
    or an elided one glued to its noun ("(brusio nell'aula)", E2561m)."""
    first = tail.split()[:1]
    if not first:
        return False
    elided = _ELIDED.match(first[0])
    return first[0] in lex.event_continuations or (
        elided is not None and elided.group().replace("’", "'") in lex.event_continuations)


def _event_by_group(marker: str, words: str, lex: Lexicon) -> tuple[str, str] | None:
    """ "(Beifall Freie Demokraten)", "(Beifall CDU und BÜNDNIS 90/DIE GRÜNEN)": a record's
    event phrase and the group that made it, no preposition between (E870d); the group's
    capitals are read in the marker as printed (`words` is lower-cased)."""
    if len(words.split()) >= MAX_EVENT_WORDS or not marker.startswith("(") or "," in words:
        return None  # (a record's note is in round brackets; "[Musik, Tanz und Gesang]" is a list)
    printed = " ".join(inner_printed(marker).split())
    for element, kind, pattern in _rules(lex):
        lead = pattern.match(words)
        if lead and words[lead.end():lead.end() + 1] == " " and len(printed) == len(words) \
                and _GROUP.fullmatch(printed[lead.end() + 1:]):
            return element, kind
    return None


# The group a record's note names after the event, without a preposition: capitalised words
# and acronyms ("Freie Demokraten", "BÜNDNIS 90/DIE GRÜNEN"), joined by "und", "and", "et", "y".
_GROUP_WORD = r"[^\W\d_a-zà-ÿа-я][\w./’'-]*|\d+/[^\W\d_][\w-]*"
_GROUP = re.compile(rf"(?:{_GROUP_WORD})(?:,? (?:{_GROUP_WORD}|und|sowie|and|et|y|e|i))*\.?")


def angled_event(marker: str, lex: Lexicon) -> Event | None:
    """ "<chuckles>", "<laughs>": the event an angle-bracketed marker names, by the lexicon's
    event phrases only (E873d); "<strong>" names none."""
    found = _event_words(inner(marker), lex)
    return Event(element=found[0], type=found[1], text=marker) if found else None


def _classify(marker: str, lex: Lexicon) -> Event | Note | None:
    words = inner(marker)
    found = _event_words(words, lex) or _event_by_group(marker, words, lex)
    if found is None and marker.startswith("(") and _NOTE_PARTS.search(words):
        # a record's note of several parts, one of them an event: "(... stehend - Unruhe)"
        found = next((f for part in _NOTE_PARTS.split(words) if (f := _event_words(part.strip(), lex))), None)
    if found is not None:
        return Event(element=found[0], type=found[1], text=marker)
    if _CREDITED_ADDRESS.search(marker):
        return None  # "(Nostalgie Radio: www.peterglowasz.de)": a source's address, no one calls out (E1005f)
    if marker.startswith("(") and INTERJECTION.match(marker) and lex.pattern("event_interjections").match(words):
        return Event(element="incident", type="interjection", text=marker)
    if marker.startswith("(") and marker.endswith(")") and (m := _MEMBER_SAYS.match(marker[1:-1])) \
            and member_with_group(m.group(1), lex):
        return Event(element="incident", type="interjection", text=marker)  # "(Ann Roe (SPD): Nonsense!)"
    if marker.startswith("(") and marker.endswith(")") and named_heckle(marker[1:-1]):
        return Event(element="incident", type="interjection", text=marker)  # "(GR Mag Ann Roe: Nonsense!)" (E160q)
    if capitals_cue(marker, lex):
        return Event(element="incident", type="cue", text=marker)  # "(TRAFFIC)", "[SHOW INTRO]" (E220d)
    if marker.lstrip("\\").startswith("[") and _describes_interview(words, lex):
        return Event(element="incident", type="description", text=marker)  # "[the interviewee asks …]" (E1110g)
    if marker.lstrip("\\").startswith("["):
        editorial = lex.pattern("editorial_comments", 0).fullmatch(words)
        return Note(type="editorial" if editorial else "supplied", text=marker)
    return None


# A record's time line is short: "(Son las 10 y 4 minutos)", "(Ore 10.15)".
MAX_CLOCK_WORDS = 10


def mark_clock_lines(doc: Transcript, lex: Lexicon) -> None:
    """A paragraph of a turn that is only a time in round brackets ("(Es la hora 10 y 4
    minutos)", "(Ore 10.15)") is the record's note of the clock: a `time` note, no speech
    paragraph; the turn goes on after it. Inside a sentence ("aperta (ore 9,31).") it stays."""
    if not lex.hour_words:
        return
    for turn in doc.turns():
        for paragraph in turn.paragraphs:
            if type(paragraph) is not Paragraph or len(paragraph.content) != 1 or type(paragraph.content[0]) is not Text:
                continue
            text = paragraph.content[0].text.strip()
            if text[:1] == "(" and text[-1:] == ")" and ")" not in text[:-1] and clock_line(text[1:-1], lex):
                paragraph.content = [Note(type="time", text=paragraph.content[0].text)]


def clock_line(words: str, lex: Lexicon) -> bool:
    """The words in brackets tell the time of the sitting: a number and an hour word of the
    lexicon ("hora", "Uhr", "heures", "ore"), few words, no sentence inside (E1457i)."""
    if not lex.hour_words or len(words.split()) > MAX_CLOCK_WORDS or not any(c.isdigit() for c in words):
        return False
    inside = _CLOCK_MARKS.sub("", words).rstrip(".")  # ("10.15", "10:15": a time's stop or colon)
    return not any(mark in inside for mark in ".?!;:") and lex.whole_words("hour_words").search(words) is not None


_CLOCK_MARKS = re.compile(r"(?<=\d)[.:](?=\d)")


class EventsPass:
    name = "events"
    after = ("delivery",)

    def apply(self, doc: Transcript, ctx) -> None:
        lex = ctx.lexicon
        set_quote_marks_apart(doc)  # "> No, …" opening an unlabelled answer: markup (L1309h), the turns all made

        def marker(text: str):
            return classify(text, lex)

        wrapped = []
        for paragraph in bracketed_paragraphs(doc.blocks):
            split_markers(paragraph, marker)
            if len(paragraph.content) > 1:
                wrapped.append(paragraph)
        mark_wrapped_events(wrapped, marker)  # a marker wrapped over lines of its own (E1160g)
        angled = lambda text: angled_event(text, lex)  # noqa: E731
        angled_ones = angled_paragraphs(doc.turns())  # (a paragraph holds none of the three after a split if it held none before)
        for paragraph in angled_ones:  # "so <chuckles> the answer": an event in angle brackets (E873d)
            split_angled_markers(paragraph, angled)
        for opener in "*_":  # "*laughs*", "_sighs_": an event in Markdown emphasis (E1227h)
            for paragraph in angled_ones:
                split_angled_markers(paragraph, angled, EMPHASISED, opener)
        if lex.bare_event_marks:  # "... скажем / — нрзб.": a transcriber's mark without brackets (E222d)
            bare = lex.pattern("bare_event_marks")
            for turn in doc.turns():
                for paragraph in turn.paragraphs:
                    if isinstance(paragraph, Paragraph):
                        split_bare_marks(paragraph, bare, lambda mark: Event(element="gap", type="inaudible", text=mark))
        mark_stage_paragraphs(doc, lex)  # "Звучит песня ...", a paragraph of its own, unbracketed
        mark_dash_narration(doc)  # "- Ocupa la Presidencia …" in a record of "Sr. PRESIDENTE (Juri).-" labels (E2489m)
        mark_documentary_blocks(doc.turns())  # "--Los antecedentes ... se indican:" and its list (L1615i)
        set_opening_remarks_apart(doc)  # "- (выходя из зала) Какие выводы?!": how the speaker spoke (E371a)
        mark_screenplay(doc, lex)  # "(beat)" alone under "DAVID"; a screenplay's action lines (L1401i)
        mark_separator_lines(doc)  # "|", "***" on a line of its own inside a turn: layout, not speech (T461a)
        mark_clock_lines(doc, lex)  # "(Es la hora 10 y 4 minutos)" alone inside a turn: the record's clock (E1457i)


PASS = EventsPass()


# A transcriber's description names a party and says what happens: three words at least.
MIN_DESCRIPTION_WORDS = 3


def _describes_interview(words: str, lex: Lexicon) -> bool:
    """ "[el entrevistado pregunta al entrevistador, el entrevistador responde que sí]", "[the
    interviewee points at the map]": square brackets that open with a party of the interview
    (lexicon `interview_parties`) and go on with a clause are the transcriber's description of
    what happened, an event, not words supplied to the sentence (E1110g)."""
    if not lex.interview_parties:
        return False
    m = lex.pattern("interview_parties").match(words)
    if m is None:
        return False
    if "\u3400" <= words[:1] <= "\u9fff":  # "[受访者笑着点头]": no spaces between the words
        return len(words) - m.end() >= MIN_DESCRIPTION_WORDS
    return words[m.end():m.end() + 1] == " " and len(words.split()) >= MIN_DESCRIPTION_WORDS
