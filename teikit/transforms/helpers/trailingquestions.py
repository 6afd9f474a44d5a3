"""A question whose paragraph trails off after it with an ellipsis (L263x).

Sports dailies and magazines print the interviewer's turn as a question and a remark that
trails off, handing over to the guest: `¿Cómo llevas eso? Decía Rosende que eres un gran
orador, pero al final cada palabra la vamos a analizar…`. The paragraph does not end with a
question mark, so the unlabeled-interview rule (P-rules of `qa_turns`) read it as part of an
answer. A paragraph that asks (a question mark followed by a space and a capital, or an opening
`¿`) and then ends with an ellipsis after at most `MAX_TRAILING_WORDS` words is a question: an
answer that ends so rarely asks before, and the rule's other evidence (questions shorter than
answers, two questions at least) still has to hold.
"""
from __future__ import annotations

import re

MAX_TRAILING_WORDS = 30
# the last question mark of the paragraph, then a sentence, ending in "..." or "…"
_TRAILING = re.compile(r"[?？][\"”»’)]*[ \u00a0]+(?P<rest>[^?？]+?)(?:\.\.\.|…)[\"”»’)]*\s*$")


def trails_after_question(text: str) -> bool:
    """Whether the paragraph asks and then trails off with an ellipsis (see the module)."""
    m = _TRAILING.search(text)
    if m is None:
        return False
    rest = m.group("rest").strip()
    return rest[:1].isupper() and len(rest.split()) <= MAX_TRAILING_WORDS
