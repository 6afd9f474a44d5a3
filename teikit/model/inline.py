"""Inline content of a paragraph: `Text`, `LineBreak`, `Event`, `Note` and the markers of
TEI read from other projects; the `Paragraph` that holds them (and its tokens, if any)."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Union


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
    joined: bool = False  # between blocks: no whitespace after it in the source (`model.spacing`)


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
    # No whitespace after it in the source (a note between blocks or after a label: a
    # caption's `>` glued to the speech); after a label, False says a space follows and None
    # (read from TEI that does not say) leaves it to the views' usual spacing. Inside a
    # paragraph the text around it says so.
    joined: bool | None = False
    # A dependent tier: an annotation of the whole turn printed on lines of its own (CHAT's
    # `%mor:`), no words of the speech; the ISO flavour writes it as a `spanGrp` (R1840j).
    tier: bool = False


@dataclass(slots=True)
class StageNote:
    """A stage direction inside a speech of a play ("[aside]", "Exit."), as printed."""
    text: str



@dataclass(slots=True)
class SpanStart:
    """Start of a styled or editorial stretch inside a paragraph (`hi`, `emph`, `title`,
    `foreign`, `q`, `supplied`, `unclear`, `del`, `add` …): flat markers, not nesting, so
    writers walk a paragraph in one loop whatever the depth. `rend` is the TEI @rend."""
    tag: str
    rend: str | None = None
    lang: str | None = None
    text = ""


@dataclass(slots=True)
class SpanEnd:
    tag: str
    text = ""


@dataclass(slots=True)
class LineNumber:
    """The number of a verse line (`l/@n`), at the start of the line."""
    n: str
    text = ""


@dataclass(slots=True)
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


@dataclass(slots=True)
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


@dataclass(slots=True)
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


@dataclass(slots=True)
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


@dataclass(slots=True)
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
    # tokens of annotated TEI; an empty tuple (no list made for each paragraph) until a reader sets a list
    sentences: list[Sentence] | tuple = ()
    start: float | None = None   # seconds from the start of the recording (subtitle cues)
    end: float | None = None
    # printed with no whitespace before what follows (the next turn's label glued to its last
    # sentence: "… thank you.MS ROE: …"); `@rend="nospace-after"` in the TEI (model.spacing)
    joined: bool = False

    @property
    def text(self) -> str:
        """The paragraph as printed, markers and notes included, line breaks as spaces (none
        for a break inside a word: "Formo<lb break="no"/>sa" is "Formosa")."""
        content = self.content
        if len(content) == 1 and type(content[0]) is Text:
            return content[0].text  # one line of words (most paragraphs): no join
        return "".join(
            (" " if not i.joined else "") if isinstance(i, LineBreak) else i.text
            for i in self.content
        )
