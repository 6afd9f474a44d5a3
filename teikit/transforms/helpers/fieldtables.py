"""A header field over a table (L1501i): a write-up's metadata prints who was interviewed as
one field and the person's details as a Markdown table right under it:

    Interviewee: Fermat

    | Age | Gender | Job |
    | --- | ------ | --- |

The field opens like a colon label, but its value is a few words and no sentence, it is
printed once, and a table follows it: a record's metadata, not a turn (the turn it made
held the table and everything under it as speech).
"""
from __future__ import annotations

from teikit.transforms.helpers.formlines import field_value


def fields_over_tables(lines: list[str], colons: list, counts) -> set[tuple[str, str]]:
    """The (label, rest) pairs of the colon candidates (`colons`: (line index, candidate))
    printed once, with a field's value, whose next line holding words is a table row."""
    out = set()
    for i, colon in colons:
        if counts[colon.name] < 2 and field_value(colon.rest) and _table_row(_next_filled(lines, i)):
            out.add((colon.label, colon.rest))
    return out


def _next_filled(lines: list[str], i: int) -> str:
    """The next line after line `i` that holds more than spaces ("" at the end)."""
    return next((line for line in lines[i + 1:] if line.strip()), "")


def _table_row(line: str) -> bool:
    """A Markdown table's row: a bar first and last, another bar between."""
    row = line.strip()
    return row.startswith("|") and row.endswith("|") and row.count("|") >= 3
