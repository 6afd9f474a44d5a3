"""A speaker's name in Markdown bold with no colon (L920e): `**Ann Lee** Hello.`, `0:00:12.9
**Ann Lee** Hello.`, `__Ann Lee__ Hello.`, as podcast networks export their transcripts, and
the same bold name alone on its line over the speech (`**Alan**`, L921e).

Bold opens many lines that are no label (a question printed in bold, a bold lead-in word), so
the bold name is a label only as a style of the document: two different names printed so
twice each at least, or a name the document prints as a label in a stronger shape too
(`**Alan** : …`). A label of several such names joined by `&` (`**Ann Lee & Bo Ray**`, both
speaking at once) is one when each of its names is.
"""
from __future__ import annotations

import re

from teikit.lexicons import Lexicon
from teikit.transforms.helpers.labelevidence import is_mixed_candidate
from teikit.transforms.helpers.labeltext import base_label, is_upper_label, words_of
from teikit.transforms.helpers.labelwords import single_discourse_word

# "**Ann Lee** Hello", "__Ann__" alone: bold marks around a short phrase, then a space and
# speech or the line's end (a colon right after the marks is the Markdown shape's, L4).
_BOLD = re.compile(r"^(\*\*|__)([^*_\s:：][^*_\n:：]{0,58}?)\1(?=[ \t\u00a0]+[^\s:：]|[ \t\u00a0]*$)")
# What no name ends with: a bold sentence or question ("**How did it start?** …").
_NOT_NAME_ENDS = tuple(".?!,;…。？！")
# Names joined in one label, spoken at once: "Ann Lee & Bo Ray", "Ann + Bo".
_JOINED = re.compile(r"[ \u00a0]+[&+][ \u00a0]+")
MAX_BOLD_WORDS = 5
MIN_BOLD_NAMES = 2  # different names printed in bold twice or more: the document's style


def bold_name(line: str) -> tuple[int, str] | None:
    """(where the bold label ends, the name inside the marks) when `line` opens with a short
    bold phrase that may be a name; None otherwise."""
    m = _BOLD.match(line) if line[:2] in ("**", "__") else None
    if m is None:
        return None
    name = m.group(2).strip()
    if not name or name.endswith(_NOT_NAME_ENDS):
        return None
    return m.end(), name


def _name_shaped(name: str, lex: Lexicon) -> bool:
    base = base_label(name)
    return 1 <= len(words_of(base)) <= MAX_BOLD_WORDS and not single_discourse_word(base, lex) \
        and (is_mixed_candidate(base, lex) or is_upper_label(base, lex))


def bold_style(weak: dict, lex: Lexicon) -> frozenset[str]:
    """The names printed in bold without a colon (shape "bold") twice or more, when there are
    at least `MIN_BOLD_NAMES` of them: the document's speakers in that style; empty otherwise."""
    names = frozenset(n for (shape, n), k in weak.items()
                      if shape == "bold" and k >= 2 and _name_shaped(n, lex))
    return names if len(names) >= MIN_BOLD_NAMES else frozenset()


def bold_verdict(c, styles: dict, weak: dict, spoken: set, lex: Lexicon, labelled) -> bool | None:
    """Whether the bold candidate `c` is a label: a bold name with its speech ("bold") always
    has a verdict; a bold name alone over the speech ("alone") is taken here or left to the
    rules of labels alone (None). `styles` caches the document's bold names (`bold_style`) from
    the `weak` counts; `labelled()`: the name is a label in a stronger shape."""
    if "bold" not in styles:
        styles["bold"] = bold_style(weak, lex)
    taken = bold_label_taken(c.name, styles["bold"], labelled)
    if c.shape == "bold" or (taken and c.name in spoken):
        return taken
    return None


def bold_label_taken(name: str, style: frozenset[str], labelled) -> bool:
    """A bold name without a colon is a label: one of the document's bold speakers (`style`),
    several of them joined by "&" (printed once, "**Ann Lee & Bo Ray**"), or a name the
    document takes as a label in a stronger shape (`labelled()`, asked last)."""
    if name in style:
        return True
    parts = _JOINED.split(name) if style else ()
    return (len(parts) >= 2 and all(p in style for p in parts)) or labelled()
