"""Site lines inside turns, as the view writers read them.

The converter keeps a line of the page that interrupts a turn (a caption, a page number, a
"see also" box) as a `Boilerplate` item among the turn's paragraphs; the TEI writers make it
a `gap[@reason='editorial']` in the `u`, and the TEI reader gives that back as a paragraph
holding the gap as an event. The view writers (text, HTML, JSON, TSV, vertical text,
CoNLL-U) are written for the model the TEI reader makes, which is what `teikit transform`
hands them; `readable` gives them the same from a model straight from the passes
(`teikit.read_transcript`), so both roads give the same view.
"""
from __future__ import annotations

from dataclasses import replace

from teikit.model import Boilerplate, Event, Paragraph, Transcript, Turn, nonxml


def readable(doc: Transcript, visible: bool = True) -> Transcript:
    """`doc` with each site line inside a turn as a paragraph holding an editorial gap, and
    each character XML cannot hold as its visible substitute (`model.nonxml`), or if not
    `visible` (the source view) as its stand-in, which the writer gives back as the
    character at the end; `doc` itself when it has neither (the common case). A copy
    otherwise: the caller's model is left as it was."""
    if doc.source.non_xml:
        doc = nonxml.shown(doc) if visible else nonxml.held(doc)
    if not any(isinstance(block, Turn) and _has_site_lines(block) for block in doc.blocks):
        return doc
    blocks = [_turn_read(block) if isinstance(block, Turn) and _has_site_lines(block) else block
              for block in doc.blocks]
    return replace(doc, blocks=blocks)


def _has_site_lines(turn: Turn) -> bool:
    return any(isinstance(p, Boilerplate) for p in turn.paragraphs)


def _turn_read(turn: Turn) -> Turn:
    return replace(turn, paragraphs=[_as_paragraph(p) if isinstance(p, Boilerplate) else p
                                     for p in turn.paragraphs])


def _as_paragraph(line: Boilerplate) -> Paragraph:
    return Paragraph([Event("gap", "editorial", line.text)], lang=None, joined=line.joined)
