"""An exchange of two bold full-name labels, each printed once (L1310h).

A post that quotes the start of an interview prints the question under the interviewer's
full name and the answer under the guest's, in bold, each once:

    > **Eric Johansson: Tell us a bit about yourself – how did you end up here?**
    > **Dmitry Kann:** In 2008, I moved from Russia to the Netherlands ...

A mixed-case name printed once is a label only on evidence (its surname in the header, L10b);
here the exchange is the evidence: a bold label of a full name whose speech asks a question,
and right on the next line a bold label of another full name whose speech answers at length.
A list of bold names with their roles asks nothing.
"""
from __future__ import annotations

# The names: two to four capitalised words.
MIN_NAME_WORDS, MAX_NAME_WORDS = 2, 4
# The answer is speech: at least this many words on its line.
MIN_ANSWER_WORDS = 5
_BOLD = ("**", "__")
_QUOTE_MARKS = "> \t"


def bold_exchanges(found: list) -> set[tuple[str, str]]:
    """The (label, rest) pairs of the question's and the answer's labels of each such
    exchange among `found` (the candidates of each line, in reading order)."""
    out: set[tuple[str, str]] = set()
    previous = None  # the bold full-name candidate of the line before, if any
    for shapes in found:
        if not shapes:  # (most lines: no candidate, no generator made)
            previous = None
            continue
        current = next((c for c in shapes if _bold_full_name(c)), None)
        if previous is not None and current is not None and current.name.strip("*_ ") != previous.name.strip("*_ ") \
                and previous.rest.rstrip("*_ ").endswith(("?", "？")) and len(current.rest.split()) >= MIN_ANSWER_WORDS:
            out.add((previous.label, previous.rest))
            out.add((current.label, current.rest))
        previous = current
    return out


def _bold_full_name(c) -> bool:
    """A label in bold (after a quotation's or list's mark) whose name is a full name."""
    if c.shape not in ("markdown", "colon") or not c.label.lstrip(_QUOTE_MARKS).startswith(_BOLD) or not c.rest:
        return False
    words = c.name.strip("*_ ").split()
    return MIN_NAME_WORDS <= len(words) <= MAX_NAME_WORDS and all(w[:1].isupper() and w.isalpha() for w in words)
