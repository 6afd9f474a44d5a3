"""A page whose every line of speech opens with a full name and a colon (L1650i).

A page of a paginated call or interview ("Joseph Hogan: Yes." / "Nathan Rich: Okay, great.
…" / "John Morici: So we'll …"), one turn per line and no header, prints most of its names
only once: the policy's evidence for a mixed-case label (a name printed twice, a role word, a
header naming it, three labels confirmed) does not reach them. The page's layout is evidence
of its own: when every line from the first such line on opens with a name of two to four
capitalised words and a colon, a sentence after it, and one of those names is printed twice,
the names are the speakers' labels.

A podcast opening on clips of its guests (a cold open) prints each guest's name once, in a run
of name lines that goes straight on into the hosts' labels (L1800j): a run of `MIN_LINES` lines
in a row or more, each opened by such a name, among which `MIN_NAMES` names or more are printed
so twice in the page, makes every name of the run a label, whatever lines follow the run.
"""
from __future__ import annotations

from collections import Counter

from teikit.lexicons import Lexicon
from teikit.transforms.helpers.labelevidence import is_mixed_candidate
from teikit.transforms.helpers.labelshapes import Candidate
from teikit.transforms.helpers.labeltext import base_label, words_of
from teikit.transforms.helpers.labelwords import single_discourse_word
from teikit.transforms.helpers.shapes import ends_sentence

MIN_LINES = 3  # lines of speech, each opened by a name
MIN_NAMES = 2  # different names among them, one printed twice


def _full_name(c: Candidate, lex: Lexicon) -> str | None:
    """The name a colon candidate prints when it is a full name of capitalised words ("Ann
    Lee", "Mary Ann de Roe") with speech after it: a sentence, not a title's second part
    ("Evening Forum: the future of river ferries", L170r)."""
    if c.shape != "colon" or not c.rest or c.time or not ends_sentence(c.rest):
        return None
    base = base_label(c.name)
    if base != c.name or not 2 <= len(words_of(base)) <= 4 or not is_mixed_candidate(base, lex) \
            or "," in base or single_discourse_word(base, lex):
        return None
    return base


def labelled_line_names(found: list[list[Candidate]], lex: Lexicon) -> frozenset:
    """The names that open every line from the first line opened by one on, when there are
    `MIN_LINES` such lines or more, `MIN_NAMES` names or more and one name printed twice."""
    names: list[str] = []
    for shapes in found:
        name = next((n for n in (_full_name(c, lex) for c in shapes) if n is not None), None)
        if name is None:
            if names:
                return frozenset()  # a line of speech without a name: another layout
            continue
        names.append(name)
    counts = Counter(names)
    if len(names) < MIN_LINES or len(counts) < MIN_NAMES or max(counts.values()) < 2:
        return frozenset()
    return frozenset(counts)


def run_names(found: list[list[Candidate]], lex: Lexicon) -> frozenset:
    """The names of every run of lines in a row opened by a full name (L1800j) in which
    `MIN_NAMES` different names or more are printed so twice in the page."""
    names = [next((n for n in (_full_name(c, lex) for c in shapes) if n is not None), None) for shapes in found]
    counts = Counter(n for n in names if n is not None)
    runs: list[list[str]] = [[]]
    for name in names:
        if name is None:
            runs.append([])
        else:
            runs[-1].append(name)
    return frozenset(name for run in runs if len(run) >= MIN_LINES
                     and sum(1 for n in set(run) if counts[n] >= 2) >= MIN_NAMES for name in run)
