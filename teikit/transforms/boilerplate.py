"""Pass `boilerplate`: site lines with strong evidence become Boilerplate blocks.

Lines matching a strong phrase of page furniture (see `helpers.page`) are set apart
wherever they stand, splitting paragraphs around them, before labels are looked for.
Boilerplate is never dropped: it is written as `gap[@reason='editorial']` with the line
verbatim in `desc`.
"""
from __future__ import annotations

import re
from collections import Counter

from teikit.model import Boilerplate, Paragraph, Text, Transcript
from teikit.transforms.helpers.dates import date_line
from teikit.transforms.helpers.labelshapes import TIMESTAMP, colon_split
from teikit.transforms.helpers.shapes import SENTENCE_END
from teikit.transforms.helpers.lines import joined, line_text, lines_of
from teikit.transforms.helpers.page import MAX_BOILERPLATE_CHARS, is_strong


class BoilerplatePass:
    name = "boilerplate"
    after: tuple[str, ...] = ()

    def apply(self, doc: Transcript, ctx) -> None:
        lex = ctx.lexicon
        repeated = repeated_widgets(doc, lex)

        def site_line(items: list, caption: bool = False) -> bool:
            if caption:
                return True
            return (len(items) == 1 and isinstance(items[0], Text)
                    and len(items[0].text) <= MAX_BOILERPLATE_CHARS
                    and (is_strong(items[0].text, lex) or items[0].text.strip() in repeated))

        out: list = []
        for block in doc.blocks:
            if not isinstance(block, Paragraph):
                out.append(block)
                continue
            lines = lines_of(block)
            caption = _printed_twice_around_credit(lines)
            if not caption and not any(site_line(items) for items in lines):
                out.append(block)  # the common case: nothing to split
                continue
            pending: list = []
            for offset, items in enumerate(lines):
                number = block.line + offset if block.line else 0
                if site_line(items, caption):
                    _flush(pending, out)
                    out.append(Boilerplate(text=line_text(items), line=number))
                else:
                    pending.append((number, items))
            _flush(pending, out)
        doc.blocks = out


# A photo credit under a caption is a few words ("Jane Roe Agency Images").
MAX_CREDIT_WORDS = 8
MIN_CAPTION_WORDS = 5  # "Yes." / "No." / "Yes." is speech


def _printed_twice_around_credit(lines: list) -> bool:
    """A photo caption as pages print it: the caption, its short credit line, the caption
    again (for the enlarged view): all three lines are site furniture."""
    if len(lines) != 3 or not all(len(items) == 1 and isinstance(items[0], Text) for items in lines):
        return False
    caption, credit, again = (items[0].text.strip() for items in lines)
    return len(caption.split()) >= MIN_CAPTION_WORDS and caption == again and 0 < len(credit.split()) <= MAX_CREDIT_WORDS \
        and len(caption) <= MAX_BOILERPLATE_CHARS


MAX_WIDGET_CHARS = 80
_NAME_LIKE = re.compile(r"^[^\W\d_][\w.'’\-]*(?:[ \u00a0][^\W\d_][\w.'’\-]*){0,5}$")


def repeated_widgets(doc: Transcript, lex) -> set[str]:
    """Short lines a page repeats ("Bookmark and Share", "- Hansard - - - Excerpts", a
    "speaker" widget word, a transcription service's running header): printed twice or
    more on lines of their own (three times, or twice for three words or fewer: a heading
    printed twice is the title), without sentence punctuation, and not shaped like a name
    or a label (labels alone on their line repeat too)."""
    counts: Counter = Counter()
    ends = _SPEECH_ENDS
    for block in doc.blocks:
        if isinstance(block, Paragraph):
            for items in lines_of(block):
                if len(items) == 1 and isinstance(items[0], Text):
                    text = items[0].text
                    if len(text) <= MAX_WIDGET_CHARS and not text.endswith(ends):  # sentences never are
                        counts[text.strip()] += 1
    # a heading printed twice (page title and article title) is the header's business
    return {line for line, n in counts.items()
            if (n >= 3 or (n == 2 and len(line.split()) <= 3)) and _widget_shape(line, lex)}


_SPEECH_ENDS = tuple(".?!,;…\"”’'。？！)]—–-")


def _widget_shape(line: str, lex) -> bool:
    if not line or SENTENCE_END.search(line) or line[:1] in "([（" or line[-1] in "—–-" \
            or TIMESTAMP.match(line) or colon_split(line) is not None or date_line(line, lex):
        return False  # speech, a marker, a label line ("MR PRICE: Well —"), a date
    words = line.split()
    if _NAME_LIKE.match(line) and all(w[:1].isupper() for w in words):
        return False  # "EDOUARD PHILIPPE", "Steve Filton", "Q": labels alone on their line
    if line.upper() in lex.question_labels + lex.answer_labels:
        return False
    return True


def _flush(pending: list, out: list) -> None:
    if pending:
        out.append(joined([items for _, items in pending], pending[0][0]))
        pending.clear()


PASS = BoilerplatePass()
