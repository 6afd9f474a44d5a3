"""The twenty-sixth speed round's rewrites give what the plain forms they replace give."""
from __future__ import annotations

from collections import Counter

from hypothesis import example, given, settings
from hypothesis import strategies as st

from teikit.transforms.helpers import stampedrunon

WORDS = st.sampled_from(["Ann", "Roe", "Lee", "Peter", "mit", "(Ann", "Roe.", "Lee,", "0:24", ""])
LINES = st.lists(st.lists(WORDS, max_size=6).map(" ".join), max_size=12)
NAMES = st.lists(st.lists(st.sampled_from(["Ann", "Roe", "Lee", "Peter"]), min_size=2, max_size=3), min_size=1, max_size=4)


def _printed_elsewhere_whole(once: dict, printed: Counter, text: str) -> dict:
    """`stampedrunon._printed_elsewhere` as it read the text: one list of all its words."""
    runs = {tuple(words[:k]) for words in once.values() for k in range(2, len(words) + 1)}
    if not runs:
        return {}
    firsts = {run[0] for run in runs}
    tokens = [t.strip(stampedrunon._PUNCTUATION) for t in text.split()]
    seen: Counter = Counter()
    for i, token in enumerate(tokens):
        if token in firsts:
            for k in range(2, stampedrunon.MAX_NAME_WORDS + 1):
                if tuple(tokens[i:i + k]) in runs:
                    seen[tuple(tokens[i:i + k])] += 1
    found = {}
    for key, words in once.items():
        run = next((tuple(words[:k]) for k in range(len(words), 1, -1)
                    if seen[tuple(words[:k])] > printed[tuple(words[:k])]), None)
        if run is not None:
            found[key] = " ".join(run)
    return found


@given(LINES, NAMES, st.integers(min_value=1, max_value=12), st.integers(min_value=0, max_value=2))
@example(["Ann", "Roe"], [["Ann", "Roe"]], 1, 0)  # a name run over a line's end, a batch a line
@example(["x Ann", "Roe", "Ann Roe"], [["Ann", "Roe", "Lee"]], 2, 0)
@settings(max_examples=400, deadline=None)
def test_names_printed_elsewhere_read_in_batches(lines, names, batch, times):
    once = {(n, 0): words for n, words in enumerate(names)}
    printed = Counter({tuple(words[:2]): times for words in names})
    original = stampedrunon.WORD_BATCH_CHARS
    stampedrunon.WORD_BATCH_CHARS = batch
    try:
        got = stampedrunon._printed_elsewhere(once, printed, lines)
    finally:
        stampedrunon.WORD_BATCH_CHARS = original
    assert got == _printed_elsewhere_whole(once, printed, "\n".join(lines))
