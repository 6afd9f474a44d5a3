"""A Record's narrative line inside a speech, and the words it introduces (T1308h).

The Congressional Record tells what happens on the floor in a sentence of its own, the member
as the Record prints speakers (an honorific and the surname in capitals, L1218h) and a verb in
lower case, wrapped at the page width like the speech around it:

    Mr. DINGELL then administered the oath of office to Ms. Pelosi of
    California, as follows:

It is no speech: a stage note (`note[@type='stage']`). When it closes with a colon, the
paragraphs after it in the turn are the words it introduces (an oath, a prayer read out), said
by the member it names: an unlabelled turn of theirs (`Turn.name` holds the member as printed;
the persons pass names the turn by it, `named_narrated_turns`).
"""
from __future__ import annotations

from teikit.lexicons import Lexicon
from teikit.model import Paragraph, StageNote, Transcript, Turn
from teikit.transforms.helpers.recordnames import titled_capitals
from teikit.transforms.helpers.wrappedmarkers import plain_lines

# A narrative line is one sentence of a few lines.
MAX_NARRATIVE_WORDS = 40
MAX_NARRATIVE_LINES = 4
_ENDS = (".", ":")


def narrated_member(printed: str, lex: Lexicon) -> str | None:
    """The member ("Mr. DINGELL") a narrative line opens with, or None: an honorific and a
    surname in capitals, then a word in lower case; one sentence, closed by a full stop or a
    colon."""
    words = printed.split()
    if not 3 <= len(words) <= MAX_NARRATIVE_WORDS or not printed.rstrip().endswith(_ENDS):
        return None
    for end in (2, 3):  # "Mr. DINGELL", "Mr. VAN HOLLEN"
        member = " ".join(words[:end])
        if len(words) > end and words[end][:1].islower() and not words[end - 1].endswith((".", ",", ":")) \
                and titled_capitals(member, lex):
            return member
    return None


def split_record_narrative(doc: Transcript, lex: Lexicon) -> None:
    """Each labelled turn's narrative paragraph (not its first) becomes a stage note; the
    paragraphs after one closed by a colon become an unlabelled turn of the member it names."""
    out: list = []
    for block in doc.blocks:
        out.append(block)
        if type(block) is not Turn or block.label is None or not _candidate_turn(block):
            continue
        for k, paragraph in enumerate(block.paragraphs[1:], 1):
            printed = _printed(paragraph)
            member = narrated_member(printed, lex) if printed else None
            if member is None:
                continue
            paragraph.content = [StageNote(text=printed)]
            said = block.paragraphs[k + 1:]
            if printed.rstrip().endswith(":") and said:
                del block.paragraphs[k + 1:]
                out.append(Turn(label=None, name=member, line=getattr(said[0], "line", 0), paragraphs=said))
            break
    doc.blocks = out


def _candidate_turn(turn: Turn) -> bool:
    """The turn's label is a Record's (`Ms. PELOSI.`): only its speeches carry such lines."""
    name = turn.name or turn.label or ""
    return name[:1].isupper() and " " in name and name.split()[-1].isupper()


def _printed(paragraph) -> str | None:
    """A paragraph's lines of plain text joined by line breaks, as printed; None otherwise."""
    lines = plain_lines(paragraph, MAX_NARRATIVE_LINES) if isinstance(paragraph, Paragraph) else None
    return "\n".join(lines) if lines else None
