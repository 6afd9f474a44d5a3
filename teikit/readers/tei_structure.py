"""Tables and lists of TEI into the model (`Table`, `ListBlock`): cells and items keep
their inline structure (a Paragraph each)."""
from __future__ import annotations

from teikit.model import ListBlock, Paragraph, Table
from teikit.readers.tei_header import local, string
from teikit.readers.tei_inline import inline, paragraph
from teikit.readers.tei_text import add_text, squash, trim


def table(el, lang: str) -> Table:
    """`table/row/cell`; a row (or cell) with role="label" is a header row; a `head` the
    caption. Rows that are not `row` (a stray `note`) become one-cell rows."""
    out = Table()
    for c in el:
        tag = local(c)
        if tag == "head":
            out.head = squash(string(c))
        elif tag == "row":
            cells = [paragraph(cell, lang) for cell in c if local(cell) == "cell"]
            out.rows.append(cells or [paragraph(c, lang)])
            out.header.append(c.get("role") == "label" or bool(cells) and all(
                cell.get("role") == "label" for cell in c if local(cell) == "cell"))
        elif isinstance(c.tag, str):
            out.rows.append([paragraph(c, lang)])
            out.header.append(False)
    return out


def list_block(el, lang: str) -> ListBlock:
    """`list/item`, with `label` before an item (labelled and glossed lists) as its label;
    nested lists inside an item stay in the item's paragraph as lines."""
    rend = (el.get("rend") or "") + " " + (el.get("type") or "")
    out = ListBlock(ordered=any(w in rend for w in ("numbered", "ordered", "decimal")))
    label = None
    for c in el:
        tag = local(c)
        if tag == "head":
            out.head = squash(string(c))
        elif tag == "label":
            label = squash(string(c))
        elif tag in ("item", "bibl", "biblStruct"):
            out.items.append((label, paragraph(c, lang)))
            label = None
        elif isinstance(c.tag, str):
            content: list = []
            inline(c, content)
            if c.tail:
                add_text(c.tail, content)
            trim(content)
            if content:
                out.items.append((label, Paragraph(content)))
                label = None
    if label is not None:
        out.items.append((label, Paragraph()))
    return out
