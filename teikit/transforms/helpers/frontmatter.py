"""A Markdown or podcast page's YAML front matter ("---", "title: ...", "---") over the
transcript: the header pass reads its lines as header fields or metadata, never speech."""
from __future__ import annotations

import re
from itertools import islice

from teikit.lexicons import Lexicon
from teikit.model import HeaderKind
from teikit.transforms.helpers.headerruns import LeadLines, lead_lines
from teikit.transforms.helpers.lines import first_text

# The end of a YAML front-matter block is within this many lines of its start.
MAX_FRONT_MATTER_LINES = 80
_YAML_KEY = re.compile(r"^([A-Za-z_][\w-]*)\s*:(\s|$)")


def front_matter(lead: list, kinds: LeadLines, lex: Lexicon) -> None:
    """A Markdown/podcast page's YAML block ("---", "title: ...", "---"): its lines are
    header fields (title, date ...) or metadata, never speech."""
    # (only its first lines can hold the block: the whole lead is the document when unlabeled)
    texts = [first_text(items) if len(items) == 1 else None
             for items in islice(lead_lines(lead), MAX_FRONT_MATTER_LINES)]
    if not texts or (texts[0] or "").strip() != "---":
        return
    end = next((i for i, t in enumerate(texts[1:MAX_FRONT_MATTER_LINES], 1) if (t or "").strip() == "---"), None)
    if end is None:
        return
    kinds[0] = kinds[end] = HeaderKind.SEPARATOR
    fields = {k.lower(): v for k, v in lex.header_fields.items()}
    for i in range(1, end):
        m = _YAML_KEY.match(texts[i] or "")
        kinds[i] = HeaderKind(fields[m.group(1).lower()]) if m and m.group(1).lower() in fields else HeaderKind.METADATA
