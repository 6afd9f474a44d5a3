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
    previous = HeaderKind.METADATA
    dated = False  # a date field read already: a later "published_time:" is metadata
    for i in range(1, end):
        text = texts[i] or ""
        m = _YAML_KEY.match(text)
        if m is None and previous == HeaderKind.TITLE and text.strip() and not text.lstrip().startswith(("- ", "#")):
            kinds[i] = previous  # "  at DoorDash)": the title's plain scalar folded onto the next line (H876d)
            continue
        key = m.group(1).lower() if m else ""
        kinds[i] = previous = HeaderKind(fields[key]) if key in fields else _dated_key(key, fields, dated)
        dated = dated or previous == HeaderKind.DATE


def _dated_key(key: str, fields: dict, dated: bool) -> HeaderKind:
    """ "publish_date", "air-date", "date_published": a key of words, one of them a date field,
    the block's first date (D877d); any other key is metadata."""
    words = _KEY_WORDS.split(key)
    return HeaderKind.DATE if not dated and len(words) > 1 and any(fields.get(w) == "date" for w in words) \
        else HeaderKind.METADATA


_KEY_WORDS = re.compile(r"[_-]")
