"""The transcript itself and the facts gathered beside its blocks: persons, setting,
source, publication, timeline, warnings."""
from __future__ import annotations

from dataclasses import dataclass, field
from itertools import compress, repeat

from teikit.model.blocks import BodyItem, Turn


@dataclass
class Person:
    id: str
    name: str | None = None          # full name as the text (or the registry) states it
    role: str | None = None          # office or function, e.g. "Secretary of State"
    affiliation: str | None = None   # a party or group printed beside the office ("GR Ann Roe (Greens)")
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
    """Where the text came from: file name, SHA-256 of its bytes, encoding used; the
    characters of the text XML cannot hold, each with its stand-in (`model.nonxml`)."""
    name: str | None = None
    sha256: str | None = None
    encoding: str | None = None
    url: str | None = None
    non_xml: dict[str, str] = field(default_factory=dict)


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
        # (the test mapped at C level: the passes ask for the turns some thirty times, and a
        # long transcript has tens of thousands of blocks)
        return list(compress(self.blocks, map(isinstance, self.blocks, repeat(Turn))))

    def person(self, pid: str | None) -> Person | None:
        """The first person with this id (a search: for many, see `persons_by_id`)."""
        return next((p for p in self.persons if p.id == pid), None)

    def persons_by_id(self) -> dict[str, Person]:
        """Each id's first person, for writers that look up a speaker per turn (a search
        per turn costs the square of a record with thousands of speakers)."""
        return {p.id: p for p in reversed(self.persons)}

    def warn(self, message: str, line: int = 0) -> None:
        self.warnings.append(InputWarning(message, line))
