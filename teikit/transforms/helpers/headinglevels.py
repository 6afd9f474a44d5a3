"""A Markdown heading of another level than the speakers' headings is a section (L1007f).

A Markdown interview prints each speaker as a heading of one level over the speech (`###
Adolf Stock`, `### Hans Hess`) and its sections with another (`# Der RIAS-Zeitzeuge Hans
Hess`, `# Hintergrund`, `# Das Interview`). A section heading that holds a name reads as a
label alone on its line (L832d). Where two names or more, each printed twice or more, are
headings of one level, and no other level has such names, a heading label of another level
printed once is the section's heading, no label.
"""
from __future__ import annotations

from collections import Counter, defaultdict

# The speakers' names printed as headings of one level, each at least this often.
MIN_SPEAKER_HEADINGS = 2


def section_headings(found: list) -> set[tuple[str, str]]:
    """The (label, rest) pairs of heading candidates that are sections' headings (see the
    module); `found`: the candidates of each line."""
    headed = [c for shapes in found if shapes for c in shapes if c.label[:1] == "#"]
    if len(headed) < 2 * MIN_SPEAKER_HEADINGS + 1:
        return set()
    counts = Counter(c.name for c in headed)  # (headings alone: a weak shape the policy's counts leave out)
    names: dict[int, set[str]] = defaultdict(set)
    for c in headed:
        if counts[c.name] >= MIN_SPEAKER_HEADINGS:
            names[_level(c.label)].add(c.name)
    levels = [level for level, printed in names.items() if len(printed) >= 2]
    if len(levels) != 1:
        return set()
    return {(c.label, c.rest) for c in headed if _level(c.label) != levels[0] and counts[c.name] < 2}


def _level(label: str) -> int:
    return len(label) - len(label.lstrip("#"))
