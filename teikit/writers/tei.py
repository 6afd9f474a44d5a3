"""TEI writers: the speech flavour (u/seg, Parla-CLARIN style) and the drama flavour
(sp/speaker/p/stage, DraCor style). One function per model element in each flavour.

Layout of `text`: leading header lines, notes and boilerplate go to `front`; turns and
whatever stands between them to `body/div[@type='transcript']`; end lines close the div
as `trailer`s. A paragraph that holds only events or notes ("(Break.)") is written
directly in the turn, not as a `seg`, since it is not a paragraph of speech.
"""
from __future__ import annotations

from teikit.model import (BOILERPLATE_NOTE, INTERPRETED_ID, Boilerplate, EndLine, Event, HeaderLine, Heading, LineBreak, Note, Paragraph,
                          StageNote, Text, Transcript, Turn, cycle_collector_paused)
from teikit.model.spacing import NO_SPACE_AFTER, standalone_rends
from teikit.writers.teiheader import (DRAMA_SEGMENTATION, SPEECH_SEGMENTATION, TEI_NS,
                                      gap_editorial, write_front_item, write_header)
from teikit.writers.tei_labels import label_notes, lead_note_rend, note_rend, spacing_rend
from teikit.writers.xmlbuild import XmlBuilder, attrs, document, element, esc, esc_attr, esc_desc

FRONT_ITEMS = (HeaderLine, Boilerplate, Note)


def write(doc: Transcript) -> bytes:
    return _write(doc, SpeechFlavour())


def write_drama(doc: Transcript) -> bytes:
    """The drama flavour of a transcript (a play read from plain text: `tei_play`)."""
    return _write(doc, DramaFlavour())


def _write(doc: Transcript, flavour) -> bytes:
    with cycle_collector_paused(), document(doc) as doc:  # (markup, no cycles: nothing for the collector)
        return _write_document(doc, flavour)


def _write_document(doc: Transcript, flavour) -> bytes:
    from teikit.writers.timeline import Timeline
    flavour.timeline = Timeline(doc)  # empty unless the transcript is timed (subtitles)
    b = XmlBuilder()
    b.open("TEI", xmlns=TEI_NS, xml_id=doc.id, xml_lang=doc.lang)
    write_header(b, doc, DRAMA_SEGMENTATION if isinstance(flavour, DramaFlavour)
                 else SPEECH_SEGMENTATION)
    b.open("text")
    lead = write_front(b, doc)
    b.open("body")
    if flavour.timeline:
        flavour.timeline.write(b)
    b.open("div", type="transcript")
    for block in doc.blocks[lead:]:
        write_block(b, block, flavour)
    if lead == len(doc.blocks):
        b.leaf("p")  # a div must not be empty; an empty p says "no speech" without inventing any
    b.close("div")
    b.close("body")
    b.close("text")
    b.close("TEI")
    return b.result()


def write_front(b: XmlBuilder, doc: Transcript, in_front=lambda block: isinstance(block, FRONT_ITEMS),
                write_item=write_front_item) -> int:
    """The leading blocks that belong to `front` (header lines, notes and boilerplate before
    the first turn; a play passes its own `in_front` and `write_item`), written there; how many."""
    lead = 0
    while lead < len(doc.blocks) and in_front(doc.blocks[lead]):
        lead += 1
    if lead:
        b.open("front")
        for item in doc.blocks[:lead]:
            write_item(b, item)
        b.close("front")
    return lead


def write_block(b: XmlBuilder, block, flavour) -> None:
    if isinstance(block, Turn):
        flavour.turn(b, block)
    elif isinstance(block, Boilerplate):
        gap_editorial(b, block.text, block.joined)
    elif isinstance(block, EndLine):
        b.leaf("trailer", block.text)
    elif isinstance(block, Paragraph):
        b.markup("p", inline_markup(block.content, flavour))
    elif isinstance(block, (Note, Event)):
        flavour.standalone(b, block)
    else:  # header lines after speech started, headings, blocks: kept as notes
        kind = getattr(block, "kind", None) or ("heading" if isinstance(block, Heading) else "block")
        b.leaf("note", getattr(block, "text", ""), type=kind)


def inline_markup(content: list, flavour) -> str:
    """Mixed content as escaped markup: text, lb, events and notes, in order; spaces at
    the start and end of the paragraph are not kept."""
    if len(content) == 1 and type(content[0]) is Text:  # the common case: one line of words
        return esc(content[0].text.strip())
    parts = []
    last = len(content) - 1
    for i, item in enumerate(content):
        if isinstance(item, Text):
            text = item.text
            if i == 0:
                text = text.lstrip()
            if i == last:
                text = text.rstrip()
            parts.append(esc(text))
        elif isinstance(item, LineBreak):
            # the line end stays a space in the text, so that words on either side of the
            # break are not read as one ("Good<lb/>afternoon")
            parts.append("<lb/>" if item.joined else "\n<lb/>")
        else:
            parts.append(flavour.inline(item))
    return "".join(parts)


def speech_free(paragraph: Paragraph) -> bool:
    """Only events and notes: no words of speech (supplied words count as speech)."""
    content = paragraph.content
    if len(content) == 1 and type(content[0]) is Text:  # the common case, decided at once
        return not content[0].text.strip()
    return all(isinstance(i, (Event, StageNote)) or (isinstance(i, Note) and i.type != "supplied")
               or (isinstance(i, Text) and not i.text.strip()) for i in content)


def note_markup(note: Note) -> str:
    """A note in the text; words the editor supplied are `supplied`, part of the sentence."""
    if note.type == "supplied":
        return element("supplied", note.text, reason="editorial")
    return note_element(note, note_rend(note))


def note_element(note: Note, rend: str | None) -> str:
    return element("note", note.text, type=note.type, synch=f"#{note.synch}" if note.synch else None, rend=rend)


def event_markup(event: Event, rend: str | None = None) -> str:
    """An event in a line; `rend` what follows it where it stands alone (`standalone_rends`)."""
    after = f' rend="{rend}"' if rend else ""
    if event.element == "gap":
        return f'<gap reason="{esc(event.type)}"{after}>{element("desc", event.text)}</gap>'
    return f'<{event.element} type="{esc(event.type)}"{after}>{element("desc", event.text)}</{event.element}>'


def _standalone_event(b: XmlBuilder, event: Event, rend: str | None = None) -> None:
    b.open(event.element, **({"reason": event.type} if event.element == "gap" else {"type": event.type}), rend=rend)
    b.leaf("desc", event.text)
    b.close(event.element)


def _turn_items(b: XmlBuilder, turn: Turn, flavour, paragraph) -> None:
    """The contents of a turn: boilerplate, event-only paragraphs, speech paragraphs."""
    for item in turn.paragraphs:
        _turn_item(b, item, flavour, paragraph)


def _turn_item(b: XmlBuilder, item, flavour, paragraph) -> None:
    if isinstance(item, Boilerplate):
        gap_editorial(b, item.text, item.joined)
    elif speech_free(item):
        for inline, rend in standalone_rends(item.content, item.joined):
            flavour.standalone(b, inline, rend)
    else:
        paragraph(item)


_INTERPRETED = f' ana="#{INTERPRETED_ID}"'
_GLUED = f' rend="{NO_SPACE_AFTER}"'  # a paragraph printed with no whitespace before what follows


def _gap_lines(item: Boilerplate, indent: str) -> str:
    """`teiheader.gap_editorial` as indented lines (boilerplate inside a turn)."""
    rend = f' rend="{NO_SPACE_AFTER}"' if item.joined else ""
    return f'{indent}<gap reason="editorial"{rend}>{indent}  <desc>{esc_desc(item.text)}</desc>{indent}</gap>'


def leading_boilerplate(turn: Turn) -> list:
    """The site lines a turn opens with, right under its label ("Link to this: Individually |
    In context", "- Hansard - - - Excerpts"), when speech follows them: they are not speech,
    so they are written before the `u`, in a note that keeps the label the `u`'s own (T460a)."""
    paragraphs = turn.paragraphs
    if not paragraphs or type(paragraphs[0]) is not Boilerplate:  # (most turns: asked once)
        return []
    n = 0
    while n < len(paragraphs) and type(paragraphs[n]) is Boilerplate:
        n += 1
    return paragraphs[:n] if n < len(paragraphs) else []


def _value(name: str, value: str | None) -> str:
    return f' {name}="{esc_attr(value)}"' if value is not None else ""


def _ref(name: str, target: str | None) -> str:
    """A pointer attribute (`who="#id"`), or nothing for no target (or an empty one)."""
    return f' {name}="#{esc_attr(target)}"' if target else ""


class SpeechFlavour:
    timeline = None  # a writers.timeline.Timeline for timed transcripts

    def turn(self, b: XmlBuilder, turn: Turn) -> None:
        """The label, the lead notes and the `u`, made as one string of indented lines and
        handed to the builder at once: a long transcript has a turn every few lines, and
        element-by-element calls (open, leaf, close, each indenting and counting) were
        most of the writer's time."""
        indent = b.indent
        out: list[str] = []
        if turn.time:  # a timestamp printed with the label (rare): element by element
            label_notes(b, turn, "note")
        elif turn.label is not None:
            rend = spacing_rend(turn) if turn.joined is not None else None
            out.append(f'{indent}<note type="speaker"{_value("rend", rend)}>{esc(turn.label)}</note>')
        for i, note in enumerate(turn.lead_notes):
            out.append(indent + element("note", note.text, type=note.type, rend=lead_note_rend(turn, i)))
        site_lines = leading_boilerplate(turn)
        for item in site_lines:  # site lines right under the label: not speech, outside the u (T460a)
            out.append(f'{indent}<note type="{BOILERPLATE_NOTE}">{_gap_lines(item, indent + "  ")}{indent}</note>')
        ident = esc_attr(turn.id) if turn.id is not None else None
        start = f"{indent}<u{_ref('who', turn.who)}{_INTERPRETED if turn.interpreted else ''}"
        if ident is not None:
            start += f' xml:id="{ident}"'
        timeline, cued = self.timeline, False  # (its truth is a test of its ids: asked once a turn)
        if timeline and timeline.cued:  # subtitle cues: the turn spans its cues' times
            timed, cued = timeline.turn_span(turn), True
            start += _value("start", timed["start"]) + _value("end", timed["end"])
        elif timeline and turn.start:  # a time printed with the label
            start += _ref("start", turn.start)
        out.append(start + ">")
        self._items(turn.paragraphs[len(site_lines):], out, indent + "  ", ident, cued)
        out.append(f"{indent}</u>")
        b.chunk("".join(out), len(out))

    def _items(self, items: list, out: list[str], indent: str, ident: str | None, cued: bool) -> None:
        """A turn's paragraphs `items` (`seg`s), boilerplate and event-only paragraphs as
        lines at `indent`, appended to `out`; `ident` is the turn's escaped id."""
        # seg ids are the turn's id and the paragraph's number ("d.u3.2")
        seg_id = f' xml:id="{ident}.' if ident is not None else None
        number = 0
        for item in items:
            if isinstance(item, Boilerplate):
                out.append(_gap_lines(item, indent))
                continue
            content = item.content
            glued = _GLUED if item.joined else ""
            if len(content) == 1 and type(content[0]) is Text and not cued:  # one line of words: most segs
                text = content[0].text.strip()
                if text:
                    number += 1
                    out.append(f'{indent}<seg{seg_id}{number}"{glued}>{esc(text)}</seg>' if seg_id
                               else f"{indent}<seg{glued}>{esc(text)}</seg>")
                continue  # (a blank line writes nothing)
            if speech_free(item):
                out.extend(self._standalone_lines(inline, indent, rend)
                           for inline, rend in standalone_rends(content, item.joined))
                continue
            number += 1
            inner = inline_markup(content, self)
            if cued:
                before, after = self.timeline.anchors(item)
                inner = before + inner + after
            seg = (f'{seg_id}{number}"' if seg_id else "") + glued
            out.append(f"{indent}<seg{seg}>{inner}</seg>" if inner else f"{indent}<seg{seg}/>")

    def _standalone_lines(self, item, indent: str, rend: str | None) -> str:
        """An event or note of a paragraph without speech as indented lines: an event
        (with its `desc` one level deeper), or a note or stage direction on one line;
        `rend` what follows it (`model.spacing.standalone_rends`)."""
        if isinstance(item, Event):
            attr = {"reason": item.type} if item.element == "gap" else {"type": item.type}
            return (f"{indent}<{item.element}{attrs({**attr, 'rend': rend})}>{indent}  {element('desc', item.text)}"
                    f"{indent}</{item.element}>")
        if isinstance(item, StageNote):
            return indent + element("note", item.text, type="stage", rend=rend)
        return indent + note_element(item, rend or note_rend(item))

    def inline(self, item) -> str:
        if isinstance(item, Event):
            return event_markup(item)
        if isinstance(item, StageNote):
            return element("note", item.text, type="stage")
        return note_markup(item)

    def standalone(self, b: XmlBuilder, item) -> None:
        if isinstance(item, Event):
            _standalone_event(b, item)
        else:
            b.raw(self.inline(item))  # a note, or a stage direction of a record (note type="stage")


class DramaFlavour:
    timeline = None

    def turn(self, b: XmlBuilder, turn: Turn) -> None:
        who = " ".join(f"#{w}" for w in [turn.who] + turn.others) if turn.who else None
        b.open("sp", who=who,
               ana=f"#{INTERPRETED_ID}" if turn.interpreted else None, xml_id=turn.id)
        label_notes(b, turn, "speaker")
        for i, note in enumerate(turn.lead_notes):
            self.standalone(b, note, lead_note_rend(turn, i))
        written = b.written
        _turn_items(b, turn, self, lambda p: b.markup("p", inline_markup(p.content, self),
                                                      rend=NO_SPACE_AFTER if p.joined else None))
        if b.written == written:
            b.leaf("p")  # sp needs a p or stage after its speaker
        b.close("sp")

    def inline(self, item, rend: str | None = None) -> str:
        """An event or note in a speech; `rend` what follows it where it stands alone in the
        `sp` (`standalone_rends`)."""
        if isinstance(item, StageNote):
            return element("stage", item.text, rend=rend)
        if isinstance(item, Note) and item.type == "supplied":
            return note_markup(item)
        if isinstance(item, Note) and item.type != "delivery":
            return note_element(item, rend or note_rend(item))
        if isinstance(item, Event) and item.element == "gap":
            return event_markup(item, rend)
        return element("stage", item.text, type="delivery" if isinstance(item, Note) else "business", rend=rend)

    def standalone(self, b: XmlBuilder, item, rend: str | None = None) -> None:
        if isinstance(item, Event) and item.element == "gap":
            _standalone_event(b, item, rend)
        else:  # a delivery note between speeches says itself whether it is glued to the next
            b.raw(self.inline(item, rend or (note_rend(item) if isinstance(item, Note) else None)))
