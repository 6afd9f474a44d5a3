"""An attendance table names the labels its rows abbreviate (N2443m). Meeting notes print who
attended as a Markdown table of a name, the short form the notes label that person by, and an
organisation, before the discussion labelled by the short forms:

    | Name            | Abbreviation | Organization |
    |-----------------|--------------|--------------|
    | Ann Lee Roe     | ALR          | Harbour Corp |

    ALR: I support this.

A label printed as a whole cell of one such row (the colon aside) names the person the row's one
other cell holding a name gives (two to five capitalised words, the first opening with the short
form's first letter); a label no row holds, or two rows, keep the name they had.
"""
from __future__ import annotations

from teikit.lexicons import Lexicon
from teikit.model import Person
from teikit.transforms.helpers import names as nm

MIN_NAME_WORDS, MAX_NAME_WORDS = 2, 5
MIN_CELLS = 2


def name_from_tables(people: list[Person], lines: list[str], lex: Lexicon) -> None:
    """`lines`: the lines printed before the first label. Each person still named by the label
    alone gets the name of the table row that holds the label."""
    rows = [cells for line in lines if (cells := _cells(line))]
    if not rows:
        return
    for person in people:
        if not person.labels:
            continue
        short = person.labels[0].strip().rstrip(":：").strip()
        if person.name is not None and person.name != short:
            continue
        names = {name for cells in rows if short in cells for name in _names(cells, short, lex)}
        if len(names) == 1:
            person.name = names.pop()


def _cells(line: str) -> list[str]:
    """The cells of a Markdown table row ("| a | b |"), [] for other lines."""
    row = line.strip()
    if not (row.startswith("|") and row.endswith("|")) or row.count("|") < MIN_CELLS + 1:
        return []
    return [cell.strip() for cell in row[1:-1].split("|")]


def _names(cells: list[str], short: str, lex: Lexicon) -> list[str]:
    """The cells of a row, other than the short form's, that hold a name opening with the short
    form's first letter (an organisation's cell, "Dock Works" beside TBL, is none)."""
    return [cell for cell in cells if cell != short and cell[:1].upper() == short[:1].upper() and _a_name(cell, lex)]


def _a_name(cell: str, lex: Lexicon) -> bool:
    words = cell.split()
    particles = nm.folded(lex, "name_particles")
    return MIN_NAME_WORDS <= len(words) <= MAX_NAME_WORDS and words[0][:1].isupper() and all(
        nm.is_name_word(w, lex) or (w.islower() and nm.fold(w) in particles) for w in words)
