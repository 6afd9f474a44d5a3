"""A short dashed interview: a news lead, then a question and its answer, each after a dash.

`unnamedturns.split_dash_turns` reads dashed turns from four lines on (two questions, two
answers: an exchange, not a list of points). A page cut after the first exchange, or a
short interview, prints fewer: its evidence is then the order and the lead. The dashed
lines alternate, a question first ("- Where will it be?" / "- In Geneva."), and the lead
paragraph before them names the occasion (lexicon `occasions`: "interview", "интервью",
"entretien"), as an agency's interview story opens.
"""
from __future__ import annotations

from teikit.lexicons import Lexicon
from teikit.model import Paragraph, Transcript
from teikit.transforms.helpers.lines import line_text

MIN_SHORT_EXCHANGE = 2
MIN_LEAD_WORDS = 8


def short_exchange(doc: Transcript, dashed: list[str], asks, lex: Lexicon) -> bool:
    """`dashed`: the lines opening with a dash; `asks(text)`: the line ends with a question."""
    if len(dashed) < MIN_SHORT_EXCHANGE or any(bool(asks(text)) != (i % 2 == 0) for i, text in enumerate(dashed)):
        return False
    lead = _lead(doc, dashed[0])
    return lead is not None and lex.occasions != () and lex.pattern("occasions").search(lead) is not None


def _lead(doc: Transcript, first_dashed: str) -> str | None:
    """The first paragraph of prose before the first dashed line."""
    for block in doc.blocks:
        if type(block) is not Paragraph:
            continue
        text = line_text(block.content)
        if text.startswith(first_dashed):
            return None
        words = text.split()
        if len(words) >= MIN_LEAD_WORDS and text.rstrip()[-1:] in ".!?…»\"”":
            return text
    return None
