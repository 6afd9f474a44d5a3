"""Page shapes the labels pass reads before it looks for labels (dev3): each step rebuilds
the blocks of a document that has its shape and leaves every other document as it is.

- a record site's speaker blocks: time of day, member's details, label (`recordblocks`);
- captions with their times glued or fused: one unlabeled turn (`captionruns`);
- a photo's alt text glued to the chair's label (`gluedchair`).
"""
from __future__ import annotations

from teikit.lexicons import Lexicon
from teikit.model import Transcript
from teikit.transforms.helpers.captionruns import open_caption_run
from teikit.transforms.helpers.gluedchair import split_glued_chair_labels
from teikit.transforms.helpers.recordblocks import split_record_blocks


def open_page_shapes(doc: Transcript, lex: Lexicon) -> set[int]:
    """Run the steps; the ids of the turns they opened (speech after them joins them)."""
    opened = split_record_blocks(doc, lex) | open_caption_run(doc)
    split_glued_chair_labels(doc, lex)
    return opened
