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

import gc
from contextlib import contextmanager

# xml:ids of the delivery taxonomy every teikit TEI file declares; `u/@ana="#interpreted"`
# points at the category.
DELIVERY_TAXONOMY_ID = "delivery"
INTERPRETED_ID = "interpreted"

from teikit.model.inline import (  # noqa: E402  (the constants above are the package's own)
    CHOICE_DEFAULT, CONTINUED_LINE, Choice, Event, Footnote, Inline, LineBreak, LineNumber, Note, Paragraph, Reading,
    Sentence, SpanEnd, SpanStart, StageNote, Text, Token)
from teikit.model.blocks import (  # noqa: E402
    BOILERPLATE_NOTE, Block, BodyItem, Boilerplate, CastEntry, CastList, Division, EndLine, GroupEnd, GroupStart,
    HeaderKind, HeaderLine, Heading, ListBlock, PageBreak, Prose, Stage, Table, Turn, TurnItem, Verse)
from teikit.model.facts import (  # noqa: E402
    InputWarning, Person, Publication, Setting, Source, TimePoint, Transcript)


@contextmanager
def cycle_collector_paused():
    """Pause Python's cyclic garbage collector while a model is built or written. The model
    is a tree of small objects without cycles; the collector would only rescan it again and
    again as it grows (a third of the time on a 50 MB transcript). Nested uses are fine.

    On leaving, what was made meanwhile joins the oldest generation without being scanned
    (freeze + unfreeze move the lists over): otherwise the first allocation after `enable`
    scans the whole young generation, i.e. the whole model, and again as it ages (about 6 %
    of a conversion). Cyclic garbage made meanwhile is found by the next full collection.
    Left alone when the program froze objects itself (unfreeze would release its own)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            if gc.get_freeze_count() == 0:
                gc.freeze()
                gc.unfreeze()
            gc.enable()


__all__ = [
    "DELIVERY_TAXONOMY_ID", "INTERPRETED_ID",
    "CHOICE_DEFAULT", "Choice", "Event", "Footnote", "Inline", "LineBreak", "LineNumber", "Note",
    "Paragraph", "Reading", "Sentence", "SpanEnd", "SpanStart", "StageNote", "Text", "Token",
    "BOILERPLATE_NOTE", "Block", "BodyItem", "Boilerplate", "CastEntry", "CastList", "Division", "EndLine", "GroupEnd",
    "GroupStart", "HeaderKind", "HeaderLine", "Heading", "ListBlock", "PageBreak", "Prose", "Stage",
    "Table", "Turn", "TurnItem", "Verse",
    "InputWarning", "Person", "Publication", "Setting", "Source", "TimePoint", "Transcript",
    "cycle_collector_paused",
]
