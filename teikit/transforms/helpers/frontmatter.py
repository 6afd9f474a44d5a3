"""A Markdown or podcast page's YAML front matter ("---", "title: ...", "---") or a static
site's TOML front matter ("+++", 'title = "..."', "+++", H1030f) over the transcript: the header
pass reads its lines as header fields or metadata, never speech."""
from __future__ import annotations

import re
from itertools import islice

from teikit.lexicons import Lexicon
from teikit.model import Boilerplate, HeaderKind, Paragraph
from teikit.transforms.helpers.headerruns import LeadLines, lead_lines
from teikit.transforms.helpers.lines import first_text, lines_of

# The end of a YAML front-matter block is within this many lines of its start.
MAX_FRONT_MATTER_LINES = 80
_YAML_KEY = re.compile(r"^([A-Za-z_][\w-]*)\s*:(\s|$)")
_TOML_KEY = re.compile(r"^([A-Za-z_][\w-]*)\s*=(\s|$)")
# The fence of a block and the shape of its keys: YAML's "---" and "key:", TOML's "+++" and "key =".
FENCES = {"---": _YAML_KEY, "+++": _TOML_KEY}


def front_matter(lead: list, kinds: LeadLines, lex: Lexicon) -> None:
    """A Markdown/podcast page's YAML block ("---", "title: ...", "---"): its lines are
    header fields (title, date ...) or metadata, never speech."""
    # (only its first lines can hold the block: the whole lead is the document when unlabeled)
    texts = [first_text(items) if len(items) == 1 else None
             for items in islice(lead_lines(lead), MAX_FRONT_MATTER_LINES)]
    fenced = _set_apart_fence(lead)  # "+++" read as a rule line already: set apart, no lead line
    fence = fenced or ((texts[0] or "").strip() if texts else "")
    if fence not in FENCES:
        return
    keyed = FENCES[fence]
    start = 0 if fenced else 1
    end = next((i for i, t in enumerate(texts[start:MAX_FRONT_MATTER_LINES], start) if (t or "").strip() == fence),
               None)
    if end is None and fenced:
        end = _fenced_end(lead, fence)  # the closing fence set apart too: the block is the lines before it
    if end is None:
        return
    if not fenced:
        kinds[0] = HeaderKind.SEPARATOR
    if end < len(texts) and (texts[end] or "").strip() == fence:
        kinds[end] = HeaderKind.SEPARATOR
    fields = {k.lower(): v for k, v in lex.header_fields.items()}
    previous = HeaderKind.METADATA
    dated = False  # a date field read already: a later "published_time:" is metadata
    for i in range(start, end):
        text = texts[i] or ""
        m = keyed.match(text)
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


def _set_apart_fence(lead: list) -> str | None:
    """The fence ("+++") the boilerplate pass set apart as the page's first line, else None."""
    first = lead[0] if lead else None
    text = first.text.strip() if isinstance(first, Boilerplate) else ""
    return text if text in FENCES else None


def _fenced_end(lead: list, fence: str) -> int | None:
    """The number of lead lines before the closing fence, when the boilerplate pass set that
    fence apart too (within the block's reach); else None."""
    count = 0
    for block in islice(lead, 1, MAX_FRONT_MATTER_LINES):
        if isinstance(block, Boilerplate) and block.text.strip() == fence:
            return count
        if isinstance(block, Paragraph):
            count += len(lines_of(block))
    return None
