"""Labels whose colon a page moved to the next line.

Some sites print a speaker's label at the end of a line (alone, or after the previous
speaker's last sentence) and start the speech on the next line with the label's colon:

    S.

    : Ici c'est Steve. M.

    : Comment vas-tu?

Three paragraphs or more open with ": " and each follows a paragraph that is a short label,
or that ends with one after a sentence: the label is moved to the paragraph it belongs to,
before its colon ("M. : Comment vas-tu?"), so that the labels pass reads an ordinary colon
label. Nothing is dropped or reordered: the label's characters stay between the previous
speech and the colon. The labels found are returned; the policy takes them (they are
labels by their place, as the labels `runon` finds inside run-on lines).
"""
from __future__ import annotations

import re

from teikit.model import Paragraph, Text, Transcript
from teikit.transforms.helpers.runon import run_on_key

MIN_MOVED = 3
MAX_LABEL_CHARS = 24
MAX_LABEL_WORDS = 3
# A label at the end of a paragraph, after a sentence: "... est détendu. S.", "... ? Ann Lee"
_TRAILING_LABEL = re.compile(r"(?<=[.?!…»”\"])[ \u00a0]+([^\W\d_][\w.'’\-]*(?: [^\W\d_][\w.'’\-]*){0,2})[ \u00a0]*$")


def join_moved_colons(doc: Transcript, plain: list) -> set[str]:
    """Move each label to the colon that opens its speech (see the module); the labels.
    `plain`: (paragraph, text) of the one-line paragraphs (`runon.one_line_paragraphs`),
    kept up to date here (the paragraphs changed or dropped) rather than found again."""
    colons = [k for k, (_, text) in enumerate(plain) if text[:1] == ":" and text.startswith((": ", ":\u00a0"))]
    if len(colons) < MIN_MOVED:
        return set()  # (most documents: no paragraph opens with a colon)
    blocks = doc.blocks
    opening = [(i, k) for i, k in zip(block_indexes(blocks, [plain[k][0] for k in colons]), colons) if i]
    moves = []  # (index of the colon paragraph, its index in `plain`, label)
    for i, k in opening:
        before = _plain(blocks[i - 1])
        if before is None:
            return set()
        found = _label_at_end(before)
        if found is None:
            return set()  # every colon paragraph needs its label: else the colons are something else
        moves.append((i, k, found[0]))
    labels = [label for _, _, label in moves]
    if len(set(labels)) * 2 > len(labels):
        return set()  # a few speakers, each printed more than once
    drop, drop_plain = set(), set()
    for i, k, label in moves:  # in order: a colon paragraph may also end with the next label
        before = _plain(blocks[i - 1]).rstrip()
        kept = before[:len(before) - len(label)].rstrip()
        if kept:
            blocks[i - 1].content = [Text(kept)]
            plain[k - 1] = (blocks[i - 1], kept)  # (a plain paragraph before a colon one: the one before it in `plain`)
        else:
            drop.add(i - 1)
            drop_plain.add(k - 1)
        text = f"{label} {_plain(blocks[i])}"
        blocks[i].content = [Text(text)]
        plain[k] = (blocks[i], text)
    if drop:
        doc.blocks = _without(blocks, sorted(drop))
        plain[:] = _without(plain, sorted(drop_plain))
    return {run_on_key(label) for label in labels}


def block_indexes(blocks: list, wanted: list) -> list[int]:
    """The index in `blocks` of each of `wanted` (blocks of it, in their order), found by
    identity in one C-level search of the blocks' ids rather than a map of every block."""
    ids = list(map(id, blocks))
    found, start = [], 0
    for block in wanted:
        start = ids.index(id(block), start)
        found.append(start)
        start += 1
    return found


def _without(items: list, drop: list[int]) -> list:
    """`items` without those at the (sorted) indexes `drop`, copied slice by slice."""
    out, start = [], 0
    for n in drop:
        out += items[start:n]
        start = n + 1
    out += items[start:]
    return out


def _plain(block) -> str | None:
    """The text of a paragraph that is one line of plain text, else None."""
    if type(block) is Paragraph and len(block.content) == 1 and type(block.content[0]) is Text:
        return block.content[0].text
    return None


def _label_at_end(text: str) -> tuple[str, str] | None:
    """(label, the text before it) when `text` is a short label or ends with one."""
    stripped = text.strip()
    if _short_label(stripped):
        return stripped, ""
    m = _TRAILING_LABEL.search(stripped)
    if m and _short_label(m.group(1)):
        return m.group(1), stripped[:m.start()].rstrip()
    return None


def _short_label(text: str) -> bool:
    words = text.split()
    return 0 < len(words) <= MAX_LABEL_WORDS and len(text) <= MAX_LABEL_CHARS and text[:1].isupper() \
        and not text.endswith(("?", "!", ",", ":", ";"))
