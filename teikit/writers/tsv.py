"""One row per turn as tab-separated values (`teikit transform --to tsv`).

Like ParlaMint's `-meta.tsv` files, with the speech itself in the last column:

    document  turn  speaker_id  speaker_name  speaker_role  date  words  text

`words` counts the words spoken (annotated `w` tokens, or the words of the printed text,
events and notes left out). A field the TEI does not give is empty. Escaping follows the
common TSV convention (PostgreSQL COPY, the IANA text/tab-separated-values note that
fields hold no tabs or line breaks): a backslash becomes `\\`, a tab `\t`, a line feed `\n`
and a carriage return `\r`, so every record is exactly one line of eight fields.
"""
from __future__ import annotations

from teikit.model import Transcript, Turn
from teikit.writers.sitelines import readable
from teikit.writers.tokens import paragraph_text, word_count

COLUMNS = ("document", "turn", "speaker_id", "speaker_name", "speaker_role", "date", "words",
           "text")
_ESCAPES = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})


def escape(value: str) -> str:
    return value.translate(_ESCAPES)


def rows(transcript: Transcript) -> list[tuple[str, ...]]:
    """The records, unescaped: one per turn, in document order."""
    date = transcript.setting.date_iso or transcript.setting.date_text or ""
    out = []
    turns = [b for b in transcript.blocks if isinstance(b, Turn)]
    people = transcript.persons_by_id()
    for number, turn in enumerate(turns, 1):
        person = people.get(turn.who)
        text = " ".join(t for t in map(paragraph_text, turn.paragraphs) if t)
        out.append((transcript.id, turn.id or f"{transcript.id}.u{number}", turn.who or "",
                    (person.name if person else None) or "", (person.role if person else None) or "",
                    date, str(word_count(turn)), text))
    return out


def write(transcript: Transcript) -> bytes:
    lines = ["\t".join(COLUMNS)]
    lines += ["\t".join(escape(field) for field in row) for row in rows(readable(transcript))]
    return ("\n".join(lines) + "\n").encode("utf-8")
