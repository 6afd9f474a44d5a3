"""ISO/TEI spoken (ISO 24624:2016) as EXMARaLDA and TEI-CORPO write it: `--flavour iso`.

    text
      front?                      header lines before the first turn, as in the speech flavour
      body
        timeline unit="s"         T0, T1 …: seconds when cues are timed, else order only
        annotationBlock xml:id who start end     one per turn
          u xml:id
            seg xml:id            one per paragraph: w/pc tokens, vocal/incident/pause
          spanGrp type="label"    the printed speaker label
          spanGrp type="delivery" | "editorial" | …   notes, over the tokens they cover
          spanGrp type="event"    one span per event of the turn, pointing at it
          spanGrp type="mor" …    a dependent tier (`Note.tier`): its text over the whole turn
        incident                  anything between turns (boilerplate, end lines, notes)

ISO/TEI's `u` and `seg` hold no free text, only tokens, so every word is a `w` and every
other character a `pc` (split as in `teikit.writers.tokens`); a space between two tokens is
written as a space between the elements, no space as none. Printed notes ("(Via
interpreter)", "[sic]") are words of the text too, so they are tokens, and the note is a
`span` over them in a `spanGrp` named after its type. Events stay where they were printed,
as `vocal` (laughter, applause by voice) or `incident`, and the `event` spanGrp lists them.

References (`@who`, `@start`, `@end`, `@synch`, `@from`, `@to`) are bare xml:ids (IDREF), as
the ISO/TEI schema of EXMARaLDA declares them; TEI reads them as relative pointers. A turn
whose speaker is unknown has no `@who` (ISO wants one; teikit does not invent a person).
"""
from __future__ import annotations

from teikit.model import (Boilerplate, EndLine, Event, LineBreak, Note, Paragraph, Text,
                          Transcript, Turn)
from teikit.model import nonxml
from teikit.model.spacing import NO_SPACE_AFTER
from teikit.writers.tei import write_front
from teikit.writers.tei_labels import spacing_rend
from teikit.writers.teiheader import ISO_SEGMENTATION, TEI_NS, write_header
from teikit.writers.timeline import Timeline, interval_number
from teikit.writers.tokens import is_word, split
from teikit.writers.xmlbuild import XmlBuilder, attrs, document, element, esc_shown, held_character

VOCAL_TYPES = frozenset({"laughter", "applause", "cheering", "booing", "cough", "crosstalk"})


def write(doc: Transcript) -> bytes:
    with document(doc) as doc:
        return _write(doc)


def _write(doc: Transcript) -> bytes:
    b = XmlBuilder()
    b.open("TEI", xmlns=TEI_NS, xml_id=doc.id, xml_lang=doc.lang)
    write_header(b, doc, ISO_SEGMENTATION)
    b.open("text", xml_lang=doc.lang)
    lead = write_front(b, doc)
    b.open("body")
    writer = _IsoWriter(doc, b)
    writer.timeline()
    for block in doc.blocks[lead:]:
        if isinstance(block, Turn):
            writer.turn(block)
        else:
            writer.between(block)
    if lead == len(doc.blocks):
        writer.no_speech()
    b.close("body")
    b.close("text")
    b.close("TEI")
    return b.result()


class _IsoWriter:
    def __init__(self, doc: Transcript, b: XmlBuilder):
        self.doc, self.b = doc, b
        self.timed = Timeline(doc)
        self.turns = [t for t in doc.blocks if isinstance(t, Turn)]
        self.turn_number = 0
        self.counter = 0

    def _id(self, kind: str) -> str:
        self.counter += 1
        return f"{self.doc.id}.{kind}{self.counter}"

    # --- timeline -----------------------------------------------------------------
    def timeline(self) -> None:
        b = self.b
        b.open("timeline", unit="s")  # ISO/TEI: no @origin; T0 is the first point
        origin = self.timed.origin
        b.leaf("when", xml_id=origin, absolute="00:00:00" if self.timed else None)
        if self.timed:
            for t, tid in self.timed.ids.items():
                b.leaf("when", xml_id=tid, interval=interval_number(t), since=f"#{origin}")
        else:  # no times in the source: the points only order the turns
            for n in range(1, max(1, len(self.turns)) + 1):  # (two points at least, as ISO/TEI asks)
                b.leaf("when", xml_id=self._point(n))
        b.close("timeline")

    def no_speech(self) -> None:
        """Every line went to the front. TEI wants the body to hold more than the timeline and
        ISO/TEI has nothing but `annotationBlock` for that: one over the whole (empty) span,
        with an empty `u` and no speaker, as the speech flavour writes an empty `p`; no word,
        pause or incident is invented."""
        start = self.timed.origin
        end = start if self.timed else self._point(1)  # (a timed text's points are its times)
        self.b.open("annotationBlock", xml_id=self._id("ab"), start=start, end=end)
        self.b.leaf("u", xml_id=self._id("u"))
        self.b.close("annotationBlock")

    def _span(self, turn: Turn, number: int) -> tuple[str, str]:
        if self.timed:
            span = self.timed.turn_span(turn)
            if span["start"] and span["end"]:
                return span["start"].lstrip("#"), span["end"].lstrip("#")
            if span["start"]:  # a time printed with the label: where the turn starts, no end
                return span["start"].lstrip("#"), span["start"].lstrip("#")
            return self.timed.origin, self.timed.origin  # an untimed turn of a timed transcript
        return self._point(number - 1), self._point(number)

    def _point(self, n: int) -> str:
        return f"{self.doc.id}.T{n}"

    # --- turns --------------------------------------------------------------------
    def turn(self, turn: Turn) -> None:
        b = self.b
        self.turn_number += 1
        start, end = self._span(turn, self.turn_number)
        uid = turn.id or self._id("u")
        b.open("annotationBlock", xml_id=f"{uid}.ab", who=turn.who, start=start, end=end)
        b.open("u", xml_id=uid, xml_lang=turn.lang)
        notes: list[tuple[Note, str, str]] = []
        events: list[tuple[Event, str]] = []
        tiers: list[Note] = []
        paragraphs = list(turn.paragraphs)
        if turn.lead_notes:
            lead_notes = turn.lead_notes  # apart as printed: a space after each unless `joined`
            lead = Paragraph([item for i, note in enumerate(lead_notes)
                              for item in ([Text(" ")] if i and not lead_notes[i - 1].joined else []) + [note]])
            if paragraphs and isinstance(paragraphs[0], Paragraph):
                lead.content += ([] if lead_notes[-1].joined else [Text(" ")]) + paragraphs[0].content
                paragraphs[0] = lead
            else:
                paragraphs.insert(0, lead)
        written = 0
        for n, para in enumerate(paragraphs, 1):
            if isinstance(para, Boilerplate):
                b.raw(_incident(para.text, "editorial", self._id("e")))
                written += 1
                continue
            markup = self._tokens([i for i in para.content if not _tier(i, tiers)], notes, events)
            if markup and self.timed:  # a timed cue: its start and end as anchors
                before, after = self.timed.anchors(para)
                markup = before.replace('"#', '"') + markup + after.replace('"#', '"')
            if markup:  # a label glued to its end: said in the subtype, as ISO/TEI gives seg no @rend
                b.markup("seg", markup, xml_id=f"{uid}.{n}", subtype=NO_SPACE_AFTER if para.joined else None)
                written += 1
        if not written:
            b.leaf("anchor", synch=start)
        b.close("u")
        self._span_groups(turn, start, end, notes, events)
        for tier in tiers:  # (R1840j) the annotation's text, over the whole turn
            b.open("spanGrp", type=_ncname(tier.type))
            b.raw(_span(tier.text, start, end))
            b.close("spanGrp")
        b.close("annotationBlock")

    def _tokens(self, content: list, notes: list, events: list) -> str:
        """A paragraph as tokens and events, a space between two of them where the text
        had one (a line break counts as a space)."""
        parts: list[str] = []
        space = False  # a space stands before the next token
        for item in content:
            if isinstance(item, LineBreak):
                space = True
                continue
            text = item.text
            space = space or text[:1].isspace()
            if isinstance(item, Event):
                eid = self._id("e")
                parts.append((" " if space and parts else "") + _event(item, eid))
                events.append((item, eid))
                space = False
                continue
            if isinstance(item, Note) and item.type in NOT_WORDS:
                # a caption's tag (`<i>`, a voice tag's `>`), timing line or cue number: not
                # words, so no w/pc tokens, but an incident of its own, as between turns
                parts.append((" " if space and parts else "") + _incident(text, item.type, self._id("e")))
                space = False
                continue
            ids = []
            for token, space_after in split(text):
                tid = self._id("w")
                parts.append((" " if space and parts else "") + _token(token, tid))
                ids.append(tid)
                space = space_after
            if text:
                space = text[-1].isspace()
            if isinstance(item, Note) and ids:
                notes.append((item, ids[0], ids[-1]))
        return "".join(parts)

    def _span_groups(self, turn: Turn, start: str, end: str, notes: list, events: list) -> None:
        b = self.b
        if turn.label is not None:
            # how the label is spaced, where the views would get it wrong (`model.spacing`):
            # in the subtype, as the ISO/TEI schema gives span no @rend
            b.open("spanGrp", type="label", subtype=spacing_rend(turn))
            b.raw(_span(turn.label, start, end))
            b.close("spanGrp")
        kinds = []
        for note, _, _ in notes:
            if note.type not in kinds:
                kinds.append(note.type)
        for kind in kinds:
            b.open("spanGrp", type=_ncname(kind))
            for note, first, last in notes:
                if note.type == kind:
                    b.leaf("span", "interpreted" if note.interpreted else note.type,
                           from_=first, to=last)
            b.close("spanGrp")
        if events:
            b.open("spanGrp", type="event")
            for event, eid in events:
                b.leaf("span", event.type or event.element, from_=eid, to=eid)
            b.close("spanGrp")

    # --- between turns --------------------------------------------------------------
    def between(self, block) -> None:
        if isinstance(block, Event):
            self.b.raw(_event(block, self._id("e")))
            return
        kind = {Boilerplate: "editorial", EndLine: "end"}.get(type(block))
        kind = kind or getattr(block, "type", None) or getattr(block, "kind", None) or "block"
        joined = getattr(block, "joined", False) is True  # glued to what follows (`model.spacing`)
        self.b.raw(_incident(getattr(block, "text", ""), _ncname(kind), self._id("e"), joined))


# Notes that are no words of the speech: written as incidents inside a segment, not tokens
# (`teikit.readers.tei_inline` reads them back as these notes).
NOT_WORDS = frozenset({"markup", "timestamp", "cue"})


def _token(token: str, tid: str) -> str:
    """A `w` or `pc`. A character XML cannot hold (its stand-in is a token of its own) is a
    `pc[@type='char']` holding its visible substitute, its code point in `@norm`, as in the
    header's `charDecl`: ISO/TEI's `pc` holds text only, no `g` (EXMARaLDA's schema)."""
    char = held_character(token) if len(token) == 1 else None
    if char is not None:
        return element("pc", nonxml.visible(char), xml_id=tid, type=nonxml.CHAR_TOKEN, norm=nonxml.codepoint(char))
    return element("w" if is_word(token) else "pc", token, xml_id=tid)


def _tier(item, tiers: list) -> bool:
    """A dependent tier (`Note.tier`) is no token of the `u`: kept aside in `tiers`."""
    if type(item) is Note and item.tier:
        tiers.append(item)
        return True
    return False


def _span(text: str, start: str, end: str) -> str:
    """A span over the tokens from `start` to `end`: text only (`esc_shown`)."""
    return f"<span{attrs({'from_': start, 'to': end})}>{esc_shown(text)}</span>"


def _event(event: Event, eid: str) -> str:
    """vocal for sounds made by voice, incident for the rest (ISO/TEI has no kinesic or
    gap inside a segment)."""
    tag = "vocal" if event.element == "vocal" or event.type in VOCAL_TYPES else "incident"
    kind = _ncname(event.type or event.element) if tag == "incident" else None
    return (f"<{tag}{attrs({'xml_id': eid, 'type': kind})}>"
            f"<desc>{esc_shown(event.text)}</desc></{tag}>")


def _incident(text: str, kind: str, eid: str, joined: bool = False) -> str:
    """An incident; glued to what follows, its `desc` says so (the ISO/TEI schema gives
    `desc` a @rend, not `incident`)."""
    desc = f'<desc rend="{NO_SPACE_AFTER}">' if joined else "<desc>"
    return f"<incident{attrs({'xml_id': eid, 'type': kind})}>{desc}{esc_shown(text)}</desc></incident>"


def _ncname(kind: str) -> str:
    cleaned = "".join(c if c.isalnum() or c in "-_." else "-" for c in kind).strip("-.")
    return cleaned if cleaned and not cleaned[0].isdigit() else f"t-{cleaned}" if cleaned else "other"
