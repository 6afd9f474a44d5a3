"""Where a page's YAML or TOML front matter ends, for the labels pass (L1301h) and the
boilerplate pass (B1634i).

A Markdown page opens with its front matter ("---", "title: ...", "authors:", "- Ann Lee",
"---"); the header pass reads its lines as fields (`frontmatter`). Its lines are never labels:
"- Ann Lee" under "authors:" is a list item, not a label alone over the speech, even when
Ann Lee speaks below as "***Ann Lee:*** ...".
"""
from __future__ import annotations

from teikit.model import Boilerplate, Paragraph
from teikit.transforms.helpers.frontmatter import FENCES, MAX_FRONT_MATTER_LINES
from teikit.transforms.helpers.lines import first_texts


def front_matter_end(blocks: list) -> int | None:
    """Index in `blocks` of the block holding the closing fence of the front matter that opens
    the page, when it closes within `MAX_FRONT_MATTER_LINES` lines; else None."""
    fence = None
    seen = 0
    for i, block in enumerate(blocks):
        if isinstance(block, Paragraph):
            texts = first_texts(block)
        elif isinstance(block, Boilerplate):
            texts = [block.text]
        else:
            continue
        for n, text in enumerate(texts):
            line = (text or "").strip()
            if fence is None:
                if line not in FENCES:
                    return None
                fence = line
            elif seen == 1 and not FENCES[fence].match(line):
                return None  # "---" over speech: a rule, not front matter (whose first line is a key)
            elif line == fence:
                return i if n == len(texts) - 1 else None  # (speech after the fence in one block: no block to skip)
            seen += 1
            if seen > MAX_FRONT_MATTER_LINES:
                return None
    return None


def front_matter_lines(texts: list[str]) -> int:
    """How many of the document's first lines (`texts`, its lines in order) are its front
    matter, both fences included: a fence, a key on the next line, the same fence again within
    `MAX_FRONT_MATTER_LINES` lines; 0 without one. The header pass reads those lines as fields
    (`frontmatter`): none of them is a site's furniture, however much they look like a form's
    fields ("history:", "v1:", "comment: …") (B1634i)."""
    fence = texts[0].strip() if texts else ""
    if fence not in FENCES or len(texts) < 2 or not FENCES[fence].match(texts[1].strip()):
        return 0
    end = next((n for n, text in enumerate(texts[1:MAX_FRONT_MATTER_LINES + 1], 1) if text.strip() == fence), None)
    return end + 1 if end is not None else 0
