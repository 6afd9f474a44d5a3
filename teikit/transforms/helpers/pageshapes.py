"""Page shapes the labels pass reads before it looks for labels (dev3): each step rebuilds
the blocks of a document that has its shape and leaves every other document as it is.

- a record site's speaker blocks: time of day, member's details, label (`recordblocks`);
- captions with their times glued or fused: one unlabeled turn (`captionruns`);
- a photo's alt text glued to the chair's label (`gluedchair`);
- a template tag at the start of a line of text (`leadingtags`).
"""
from __future__ import annotations

from teikit.lexicons import Lexicon
from teikit.model import Paragraph, Text, Transcript
from teikit.transforms.helpers.captionruns import open_caption_run
from teikit.transforms.helpers.gluedchair import split_glued_chair_labels
from teikit.transforms.helpers.leadingtags import split_leading_template_tags
from teikit.transforms.helpers.recordblocks import split_record_blocks


def open_page_shapes(doc: Transcript, lex: Lexicon, plain: list) -> set[int]:
    """Run the steps; the ids of the turns they opened (speech after them joins them).
    `plain`: the labels pass's (paragraph, text) list of one-line paragraphs, kept up to date
    here when a step rebuilds the blocks."""
    blocks = doc.blocks
    timed = [(b, text) for b, text in plain if text[:1].isdigit()]  # a time opens what both look for
    opened = split_record_blocks(doc, lex, timed)
    if not opened:  # (a record prints no caption run)
        opened = open_caption_run(doc, timed)
    split_glued_chair_labels(doc, lex)
    split_leading_template_tags(doc)  # "{{ imágen pedro.jpg }} **Pedro: ¿…?**" (B1239h)
    if doc.blocks is not blocks:  # a step rebuilt the blocks (few documents)
        plain[:] = [(b, b.content[0].text) for b in doc.blocks if type(b) is Paragraph
                    and len(b.content) == 1 and type(b.content[0]) is Text]
    return opened
