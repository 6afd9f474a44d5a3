"""Blocks of a transcript's body: header lines, turns, boilerplate, end lines, and the
structures of TEI read from other projects (headings, stage directions, tables ...)."""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Union

from teikit.model.inline import Event, LineBreak, Note, Paragraph


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
    joined: bool = False  # printed with no whitespace before what follows (a label glued to it)

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
    # Whether the label is printed with no whitespace before what follows it (its lead
    # notes, else the speech): None when not known (`model.spacing.label_glues` decides).
    joined: bool | None = None


@dataclass(slots=True)
class Boilerplate:
    """A line of the web page that is not part of the transcript, kept verbatim. `joined`:
    printed with no whitespace before what follows (a photo's alt text glued to a label)."""
    text: str
    line: int = 0
    joined: bool = False


# The TEI note type that holds a turn's leading boilerplate between its label and its `u`
# (T460a): the writer puts it there, the TEI reader gives it back to the turn.
BOILERPLATE_NOTE = "boilerplate"


@dataclass(slots=True)
class EndLine:
    """END, ###, "(The briefing was concluded at 3:45 p.m.)"."""
    text: str
    line: int = 0


@dataclass(slots=True)
class Heading:
    """A heading of a division (act, scene, section) in TEI read from other projects."""
    text: str
    level: int = 1
    # True for a heading made from a teiHeader title (a teiCorpus member), not printed in
    # the text: reading views show it, the source view leaves it out.
    from_header: bool = False
    # Footnotes of the heading (a `note` in a `head`): referenced after its text, not
    # words of it.
    notes: list = field(default_factory=list)


@dataclass(slots=True)
class Stage:
    """A stage direction or event standing between turns (DraCor `stage` outside `sp`)."""
    text: str
    type: str | None = None
    content: list = field(default_factory=list)  # the printed lines, when read from plain text
    line: int = 0


@dataclass(slots=True)
class Division:
    """The start of an act or scene of a play read from plain text: `type` is "act" or
    "scene", `head` the printed heading (with the line breaks printed in it)."""
    type: str
    head: list = field(default_factory=list)
    line: int = 0

    @property
    def text(self) -> str:
        return "".join(" " if isinstance(i, LineBreak) else i.text for i in self.head)


@dataclass(slots=True)
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


@dataclass(slots=True)
class CastList:
    """The dramatis personae: its printed heading and entries in source order."""
    head: str | None = None
    entries: list[CastEntry] = field(default_factory=list)
    line: int = 0

    @property
    def text(self) -> str:
        return " ".join(([self.head] if self.head else []) + [e.text for e in self.entries])


@dataclass(slots=True)
class Block:
    """Any other block of text, kept so nothing is dropped (unknown TEI elements)."""
    text: str
    tag: str | None = None


@dataclass(slots=True)
class Prose:
    """A paragraph outside speech (`p`, `ab`, front-matter lines of foreign TEI, cast
    items …) with its inline structure; `tag` the TEI element it comes from."""
    para: Paragraph
    tag: str = "p"

    @property
    def text(self) -> str:
        return self.para.text


@dataclass(slots=True)
class Verse:
    """A stanza or run of verse lines outside speech (`lg`, `l`): a Paragraph of lines."""
    para: Paragraph
    tag: str = "lg"

    @property
    def text(self) -> str:
        return self.para.text


@dataclass(slots=True)
class Table:
    """A `table`: rows of cells (each a Paragraph); `header` marks rows with role="label"."""
    rows: list[list[Paragraph]] = field(default_factory=list)
    header: list[bool] = field(default_factory=list)
    head: str | None = None

    @property
    def text(self) -> str:
        return " ".join(c.text for row in self.rows for c in row)


@dataclass(slots=True)
class ListBlock:
    """A `list`: items with an optional label (`label` or glossed `list[@type='gloss']`)."""
    items: list[tuple[str | None, Paragraph]] = field(default_factory=list)
    ordered: bool = False
    head: str | None = None

    @property
    def text(self) -> str:
        return " ".join((f"{label} " if label else "") + p.text for label, p in self.items)


@dataclass(slots=True)
class GroupStart:
    """Start of a structural container laid out as such (quote, cit, epigraph, opener,
    closer, floatingText, figure, castList, castGroup, a note's own blocks): flat markers,
    so turns inside stay top-level blocks."""
    tag: str
    lang: str | None = None
    text = ""


@dataclass(slots=True)
class GroupEnd:
    tag: str
    text = ""


@dataclass(slots=True)
class PageBreak:
    """A `pb`: page number and the @facs link (shown only where `safe_href` allows).
    `joined`: inside a word (`break="no"`, or no space on either side: `sape<pb/>re`), so
    a view adds no space around its marker."""
    n: str | None = None
    facs: str | None = None
    joined: bool = False
    text = ""


BodyItem = Union[HeaderLine, Turn, Boilerplate, EndLine, Heading, Stage, Block, Note, Event,
                 Prose, Verse, Table, ListBlock, GroupStart, GroupEnd, PageBreak, Division, CastList]
