"""The document model every reader produces and every writer consumes.

A transcript is a sequence of *blocks* (header lines, turns, boilerplate, end lines) with
the header facts (setting, persons) gathered beside them. Readers fill it, transforms refine
it in place, writers serialise it. Every character of the source that is not whitespace lives
in exactly one text field of the model, in source order: that is what makes "lossless" a
property of the model and not of each writer.

Inline content of a paragraph is a list of `Inline` items: plain `Text`, a `LineBreak`
(a line break inside a paragraph), an `Event` ("(Laughter.)") or a `Note` (a delivery or
editorial note such as "(Via interpreter)" or "[sic]").
"""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Union


# xml:ids of the delivery taxonomy every teikit TEI file declares; `u/@ana="#interpreted"`
# points at the category.
DELIVERY_TAXONOMY_ID = "delivery"
INTERPRETED_ID = "interpreted"


# --- inline content -------------------------------------------------------------------

@dataclass(slots=True)
class Text:
    text: str


@dataclass(slots=True)
class LineBreak:
    """A line break inside a paragraph (`<lb/>`). `joined`: the break falls inside a word
    (`break="no"`, `type="hyphenInWord"`, or no space on either side), so nothing is
    printed for it and the word stays whole."""
    joined: bool = False
    text = ""


@dataclass(slots=True)
class Event:
    """A non-verbal event or gap in the recording, printed as a marker like "(Laughter.)".

    `element` is the TEI element (vocal, kinesic, incident, gap), `type` its @type or
    @reason ("laughter", "applause", "inaudible"), `text` the marker exactly as printed.
    """
    element: str
    type: str
    text: str


@dataclass(slots=True)
class Note:
    """A note printed in the text: delivery ("(Via interpreter)", "(In English.)"),
    editorial ("[sic]", "[Redacted.]") or any other kind.

    `interpreted` is set on delivery notes that say the speech reaches us through an
    interpreter (as opposed to language notes such as "(Speaks French.)").
    """
    type: str
    text: str
    interpreted: bool = False
    synch: str | None = None  # xml:id of the timeline point a printed timestamp stands for


@dataclass(slots=True)
class StageNote:
    """A stage direction inside a speech of a play ("[aside]", "Exit."), as printed."""
    text: str



@dataclass
class SpanStart:
    """Start of a styled or editorial stretch inside a paragraph (`hi`, `emph`, `title`,
    `foreign`, `q`, `supplied`, `unclear`, `del`, `add` …): flat markers, not nesting, so
    writers walk a paragraph in one loop whatever the depth. `rend` is the TEI @rend."""
    tag: str
    rend: str | None = None
    lang: str | None = None
    text = ""


@dataclass
class SpanEnd:
    tag: str
    text = ""


@dataclass
class LineNumber:
    """The number of a verse line (`l/@n`), at the start of the line."""
    n: str
    text = ""


@dataclass
class Reading:
    """One alternative of a `choice` (kind: corr, sic, expan, abbr, reg, orig, seg) or an
    `app` (kind: lem or rdg, `wit` its witnesses)."""
    kind: str
    content: list = field(default_factory=list)
    wit: str | None = None

    @property
    def text(self) -> str:
        return "".join(i.text for i in self.content)


# What a choice shows by default, first found first (the editor's reading); `--prefer`
# puts other kinds first.
CHOICE_DEFAULT = ("corr", "expan", "reg", "lem", "add", "sic", "abbr", "orig", "rdg", "seg",
                  "del")


@dataclass
class Choice:
    """Alternatives of which one is shown: `choice` (sic/corr, abbr/expan, orig/reg),
    `subst` (add replacing del) or `app` (lem and rdg, the others in an apparatus note)."""
    element: str
    readings: list[Reading] = field(default_factory=list)

    def pick(self, prefer: tuple = CHOICE_DEFAULT) -> Reading | None:
        for kind in prefer:
            for r in self.readings:
                if r.kind == kind:
                    return r
        return self.readings[0] if self.readings else None

    @property
    def text(self) -> str:
        r = self.pick()
        return r.text if r else ""


@dataclass
class Footnote:
    """A note that is not printed in the line (`note` in prose, verse and drama): a
    numbered footnote in HTML, an endnote in the reading text, in place in the source view.
    `paragraphs` keep its own structure (a note with verse has lines)."""
    paragraphs: list = field(default_factory=list)
    n: str | None = None
    type: str | None = None

    @property
    def text(self) -> str:
        return " ".join(p.text for p in self.paragraphs)


Inline = Union[Text, LineBreak, Event, Note, SpanStart, SpanEnd, LineNumber, Choice, Footnote,
               StageNote]


@dataclass
class Token:
    """A word or punctuation token of linguistically annotated TEI (ParlaMint `-ana`:
    `w`/`pc` with @lemma, @msd, @ana, a `linkGrp type="UD-SYN"`). `head` is the 1-based
    position of the head in the sentence (0 = root, None = no syntax); `space_after` is False
    where @join says the next token follows without a space; `ner` the BIO tag from an
    enclosing `name` (None when the document has no names)."""
    form: str
    id: str | None = None
    lemma: str | None = None
    upos: str | None = None
    xpos: str | None = None
    feats: str | None = None
    head: int | None = None
    deprel: str | None = None
    space_after: bool = True
    punct: bool = False
    ner: str | None = None


@dataclass
class Sentence:
    """A tokenised sentence (`s`) of a paragraph."""
    id: str | None = None
    tokens: list[Token] = field(default_factory=list)

    @property
    def text(self) -> str:
        """The sentence as written: tokens joined with a space unless @join said none."""
        return "".join(t.form + (" " if t.space_after else "") for t in self.tokens).rstrip()


# `Paragraph.kind` of a plain-text line printed right below the previous one in a run of
# short lines (hard-wrapped text, one sentence per line): a paragraph of its own for plays
# and verse, joined to the line above by the labels pass in speech.
CONTINUED_LINE = "continued"


@dataclass(slots=True)
class Paragraph:
    content: list[Inline] = field(default_factory=list)
    line: int = 0  # 1-based source line where the paragraph starts (0 = unknown)
    lang: str | None = None  # xml:lang when it differs from the document's (TEI reader)
    indent: int = 0  # leading spaces of its first source line (a play's right-aligned directions)
    kind: str | None = None  # "verse" for lines of verse (TEI reader); CONTINUED_LINE (plain text)
    # Added for the exchange formats (all optional, empty for plain-text transcripts):
    id: str | None = None        # xml:id of the seg/p the TEI reader read it from
    sentences: list[Sentence] = field(default_factory=list)  # tokens of annotated TEI
    start: float | None = None   # seconds from the start of the recording (subtitle cues)
    end: float | None = None

    @property
    def text(self) -> str:
        """The paragraph as printed, markers and notes included, line breaks as spaces."""
        return "".join(
            " " if isinstance(i, LineBreak) else i.text for i in self.content
        )


# --- blocks -------------------------------------------------------------------------

class HeaderKind(str, Enum):
    """What a line of the header is. A `str` enum: its value is the name writers print
    (`note/@type`), and it compares equal to that string."""
    UNKNOWN = ""            # not decided yet (the header pass resolves it by position)
    TITLE = "title"
    SUBTITLE = "subtitle"
    BYLINE = "byline"
    DATE = "date"
    PLACE = "place"
    VENUE = "venue"
    DATELINE = "dateline"
    TIME = "time"
    ACTIVITY = "activity"
    SOURCE = "source"
    NOTE = "note"
    SUMMARY = "summary"     # a sentence about the event between title and date lines
    SEPARATOR = "separator"
    METADATA = "metadata"   # front-matter fields that are none of the above ("guest: ...")
    # kinds the header pass turns into other blocks before it finishes
    BOILERPLATE = "boilerplate"
    DELIVERY = "delivery"

    __str__ = str.__str__
    __format__ = str.__format__


@dataclass(slots=True)
class HeaderLine:
    """A line of the release header."""
    kind: HeaderKind
    text: str
    line: int = 0
    when: str | None = None  # ISO date for kind DATE

    def __post_init__(self) -> None:
        self.kind = HeaderKind(self.kind)


# What a turn holds: paragraphs of speech, and site lines that interrupt it (a caption).
TurnItem = Union[Paragraph, "Boilerplate"]


@dataclass(slots=True)
class Turn:
    """One speaker turn.

    `label` is the printed label verbatim (with its colon, if any) or None for an unlabeled
    turn; `who` the id of a Person or None for generic or unknown voices. `lead_notes` are
    delivery notes printed right after the label, before the speech ("(Via interpreter)").
    """
    label: str | None
    paragraphs: list[TurnItem] = field(default_factory=list)
    who: str | None = None
    lead_notes: list[Note] = field(default_factory=list)
    interpreted: bool = False
    id: str | None = None
    line: int = 0
    lang: str | None = None  # xml:lang of the u/sp when it differs from the document's
    name: str | None = None   # the speaker part of the label ("**Ann Lee:**" -> "Ann Lee")
    time: str | None = None   # a timestamp printed with (and kept in) the label ("(00:01:23)")
    time_first: bool = False  # ... printed before the label ("[00:01:23] Ann Lee:")
    start: str | None = None  # xml:id of the timeline point the turn starts at (`@start`)
    # every person of a multi-speaker `who="#a #b"` (who is the first); ParlaMint speaker
    # role from u/@ana ("chair", "regular", "guest")
    others: list[str] = field(default_factory=list)
    speaker_role: str | None = None


@dataclass(slots=True)
class Boilerplate:
    """A line of the web page that is not part of the transcript, kept verbatim."""
    text: str
    line: int = 0


@dataclass(slots=True)
class EndLine:
    """END, ###, "(The briefing was concluded at 3:45 p.m.)"."""
    text: str
    line: int = 0


@dataclass
class Heading:
    """A heading of a division (act, scene, section) in TEI read from other projects."""
    text: str
    level: int = 1
    # True for a heading made from a teiHeader title (a teiCorpus member), not printed in
    # the text: reading views show it, the source view leaves it out.
    from_header: bool = False


@dataclass
class Stage:
    """A stage direction or event standing between turns (DraCor `stage` outside `sp`)."""
    text: str
    type: str | None = None
    content: list = field(default_factory=list)  # the printed lines, when read from plain text
    line: int = 0


@dataclass
class Division:
    """The start of an act or scene of a play read from plain text: `type` is "act" or
    "scene", `head` the printed heading (with the line breaks printed in it)."""
    type: str
    head: list = field(default_factory=list)
    line: int = 0

    @property
    def text(self) -> str:
        return "".join(" " if isinstance(i, LineBreak) else i.text for i in self.head)


@dataclass
class CastEntry:
    """One line of a dramatis personae: `role` the name part as printed, `desc` the rest
    ("Claudius" + ", " + "King of Denmark."); `who` the person a speaker label joined it to."""
    role: str
    separator: str = ""
    desc: str = ""
    who: str | None = None
    line: int = 0
    # A group of roles sharing one description ("VOLTEMAND, CORNELIUS, courtiers."): the
    # other roles, each with the separator printed before it; `who` of each in `member_who`.
    members: list[tuple[str, str]] = field(default_factory=list)
    member_who: list[str | None] = field(default_factory=list)

    @property
    def text(self) -> str:
        return self.role + "".join(sep + name for sep, name in self.members) + self.separator + self.desc


@dataclass
class CastList:
    """The dramatis personae: its printed heading and entries in source order."""
    head: str | None = None
    entries: list[CastEntry] = field(default_factory=list)
    line: int = 0

    @property
    def text(self) -> str:
        return " ".join(([self.head] if self.head else []) + [e.text for e in self.entries])


@dataclass
class Block:
    """Any other block of text, kept so nothing is dropped (unknown TEI elements)."""
    text: str
    tag: str | None = None


@dataclass
class Prose:
    """A paragraph outside speech (`p`, `ab`, front-matter lines of foreign TEI, cast
    items …) with its inline structure; `tag` the TEI element it comes from."""
    para: Paragraph
    tag: str = "p"

    @property
    def text(self) -> str:
        return self.para.text


@dataclass
class Verse:
    """A stanza or run of verse lines outside speech (`lg`, `l`): a Paragraph of lines."""
    para: Paragraph
    tag: str = "lg"

    @property
    def text(self) -> str:
        return self.para.text


@dataclass
class Table:
    """A `table`: rows of cells (each a Paragraph); `header` marks rows with role="label"."""
    rows: list[list[Paragraph]] = field(default_factory=list)
    header: list[bool] = field(default_factory=list)
    head: str | None = None

    @property
    def text(self) -> str:
        return " ".join(c.text for row in self.rows for c in row)


@dataclass
class ListBlock:
    """A `list`: items with an optional label (`label` or glossed `list[@type='gloss']`)."""
    items: list[tuple[str | None, Paragraph]] = field(default_factory=list)
    ordered: bool = False
    head: str | None = None

    @property
    def text(self) -> str:
        return " ".join((f"{label} " if label else "") + p.text for label, p in self.items)


@dataclass
class GroupStart:
    """Start of a structural container laid out as such (quote, cit, epigraph, opener,
    closer, floatingText, figure, castList, castGroup, a note's own blocks): flat markers,
    so turns inside stay top-level blocks."""
    tag: str
    lang: str | None = None
    text = ""


@dataclass
class GroupEnd:
    tag: str
    text = ""


@dataclass
class PageBreak:
    """A `pb`: page number and the @facs link (shown only where `safe_href` allows)."""
    n: str | None = None
    facs: str | None = None
    text = ""


BodyItem = Union[HeaderLine, Turn, Boilerplate, EndLine, Heading, Stage, Block, Note, Event,
                 Prose, Verse, Table, ListBlock, GroupStart, GroupEnd, PageBreak, Division, CastList]


# --- header facts -------------------------------------------------------------------

@dataclass
class Person:
    id: str
    name: str | None = None          # full name as the text (or the registry) states it
    role: str | None = None          # office or function, e.g. "Secretary of State"
    labels: list[str] = field(default_factory=list)  # printed labels that point here
    interpreter: bool = False
    sex: str | None = None           # only from a user registry
    idnos: dict[str, str] = field(default_factory=dict)  # e.g. {"wikidata": "Q123"}
    group: bool = False              # a play's collective speaker ("All.", "Both."): personGrp


@dataclass
class Setting:
    title: str | None = None
    venue: str | None = None
    place: str | None = None
    date_text: str | None = None
    date_iso: str | None = None
    time: str | None = None
    activity: str | None = None


@dataclass
class Source:
    """Where the text came from: file name, SHA-256 of its bytes, encoding used."""
    name: str | None = None
    sha256: str | None = None
    encoding: str | None = None
    url: str | None = None


@dataclass
class InputWarning:
    """A warning about the input, reported as `file:line: warning: message`."""
    message: str
    line: int = 0


@dataclass
class Publication:
    """Facts about the edition (from a TEI header): who publishes it, under what licence,
    and the original source as a citation. Filled by the TEI reader, shown by the HTML view."""
    publisher: str | None = None
    licence: str | None = None
    licence_url: str | None = None
    citation: str | None = None      # the original source (sourceDesc/bibl) as one line
    authors: list[str] = field(default_factory=list)
    subtitle: str | None = None


@dataclass(slots=True)
class TimePoint:
    """A point of the recording's timeline: `seconds` from its start (`when/@interval`)."""
    id: str
    seconds: float


@dataclass
class Transcript:
    id: str = "doc"
    lang: str = "en"
    blocks: list[BodyItem] = field(default_factory=list)
    persons: list[Person] = field(default_factory=list)
    setting: Setting = field(default_factory=Setting)
    source: Source = field(default_factory=Source)
    warnings: list[InputWarning] = field(default_factory=list)
    publication: Publication = field(default_factory=Publication)
    timeline: list[TimePoint] = field(default_factory=list)

    def turns(self) -> list[Turn]:
        return [b for b in self.blocks if isinstance(b, Turn)]

    def person(self, pid: str | None) -> Person | None:
        return next((p for p in self.persons if p.id == pid), None)

    def warn(self, message: str, line: int = 0) -> None:
        self.warnings.append(InputWarning(message, line))
