"""A heading between paragraphs of speech that names its speaker.

"Opening Statement by Prime Minister Ann Lee", "Remarks by the Secretary-General",
"Intervention de M. X", "Rede von Bundeskanzler X" printed on a line of its own inside a
turn does not belong to the speech before it: it opens the next speaker's unlabeled
statement. The phrases are the lexicon's `speech_headings`; a heading at the very top of
the text is the title (the header pass reads it before any turn).
"""
from __future__ import annotations

from teikit.lexicons import Lexicon, compiled_once
from teikit.model import Heading, Paragraph, Text, Transcript, Turn
from teikit.transforms.helpers import names as nm
from teikit.transforms.helpers.shapes import INNER_SENTENCE_END, SENTENCE_END, SENTENCE_END_CHARS
from teikit.transforms.helpers.titlenames import names_in

# A heading is short: at most this many words after its phrase.
MAX_HEADING_WORDS = 10


def speech_heading(text: str, lex: Lexicon) -> tuple[str | None, str] | None:
    """(name, office) of the speaker a heading line names ("Statement by Senator Ann Lee"
    -> ("Ann Lee", "Senator")); the name is None when only an office is printed ("Remarks
    by the Secretary-General"); None when the line is no such heading."""
    if not lex.speech_headings:
        return None
    text = text.strip()
    m = lex.pattern("speech_headings").match(text)
    if m is None:
        return None  # (tested first: most lines of speech open with no heading's phrase)
    # (an honorific's full stop, "STATEMENT OF HON. JANE ROE", ends no sentence, L1219h)
    plain = compiled_once(rf"(?i)\b(?:{'|'.join(sorted(lex.honorifics))})\.(?=\s)").sub("_", text) \
        if lex.honorifics else text
    if plain.endswith(SENTENCE_END_CHARS):
        return None  # a sentence, never a heading
    if SENTENCE_END.search(plain) or INNER_SENTENCE_END.search(plain):
        return None
    rest = text[m.end():].strip()
    named = _name_then_office(rest, lex)
    if named is not None:
        return named
    words = rest.split()
    if not words or len(words) > MAX_HEADING_WORDS or not words[0][:1].isupper() and \
            nm.fold(words[0]) not in nm.folded(lex, "articles"):
        return None
    found = names_in(rest, lex)
    if len(found) == 1 and rest.endswith(found[0]):
        office = rest[:-len(found[0])].strip(" ,")
        office = " ".join(w for w in office.split() if nm.fold(w) not in nm.folded(lex, "honorifics"))
        return found[0], office
    if found or not any(nm.is_title_word(w.strip(",").split("-")[0], lex) for w in words):
        return None
    office = " ".join(words[1:] if nm.fold(words[0]) in nm.folded(lex, "articles") else words)
    last = words[-1]
    if len(words) >= 2 and not nm.is_title_word(last, lex) and all(
            nm.is_title_word(w, lex) or nm.fold(w) in nm.folded(lex, "articles") for w in words[:-1]):
        # "del Presidente Meloni": an office and a surname (capitals read as a name's case)
        return (last.capitalize() if last.isupper() else last), office[:-len(last)].strip()
    return None, office


# The office after the name may be long: "A REPRESENTATIVE IN CONGRESS FROM THE STATE OF OHIO".
MAX_OFFICE_WORDS = 14


def _name_then_office(rest: str, lex: Lexicon) -> tuple[str, str] | None:
    """ "JENNIFER GRANHOLM, SECRETARY, DEPARTMENT OF ENERGY", "Hon. Jane Roe, a Representative in
    Congress from the State of Ohio": a name (an honorific before it left out), a comma and the
    office, as a hearing's witness headings print them (L1219h). A name in capitals is read in
    title case."""
    head, comma, office = rest.partition(",")
    words = head.split()
    while words and nm.fold(words[0].rstrip(".")) in nm.folded(lex, "honorifics"):
        words = words[1:]
    office = office.strip()
    if not comma or not words or not office or len(office.split()) > MAX_OFFICE_WORDS:
        return None
    name = " ".join(words)
    probe = name.title() if name.isupper() else name
    if names_in(probe, lex) != [probe]:
        return None
    return name, office


def split_at_speech_headings(doc: Transcript, lex: Lexicon) -> None:
    """A one-line paragraph inside a turn that is a speech heading, with speech after it,
    becomes a Heading followed by a new unlabeled turn holding that speech."""
    if not lex.speech_headings:
        return
    out: list = []
    for block, after in zip(doc.blocks, doc.blocks[1:] + [None]):
        # a heading needs speech before and after it: a turn of fewer than three items has none
        pieces = _split_turn(block, lex) if isinstance(block, Turn) and len(block.paragraphs) >= 3 else [block]
        last = pieces[-1]
        if isinstance(after, Turn) and after.label and isinstance(last, Turn) and len(last.paragraphs) >= 2 \
                and _heading_line(last.paragraphs[-1], lex):
            # "STATEMENT OF JENNIFER GRANHOLM, SECRETARY, …" closing a turn, over the labelled
            # turn of the speaker it names: a heading between them (L1219h)
            pieces.append(Heading(last.paragraphs.pop().content[0].text.strip(), level=2))
        out.extend(pieces)
    doc.blocks = out


def _split_turn(turn: Turn, lex: Lexicon) -> list:
    pieces: list = [turn]
    current = turn
    kept: list = []
    items = turn.paragraphs
    # speech follows item k when k is before the last paragraph (found once, not once per item)
    last_speech = len(items) - 1
    while last_speech >= 0 and not isinstance(items[last_speech], Paragraph):
        last_speech -= 1
    for k, item in enumerate(items):
        if kept and k < last_speech and _heading_line(item, lex):
            current.paragraphs = kept
            current = Turn(label=None, line=items[k + 1].line if isinstance(items[k + 1], Paragraph) else item.line)
            pieces += [Heading(item.content[0].text.strip(), level=2), current]
            kept = []
            continue
        kept.append(item)
    current.paragraphs = kept
    return pieces


def _heading_line(item, lex: Lexicon) -> bool:
    return (isinstance(item, Paragraph) and len(item.content) == 1 and type(item.content[0]) is Text
            and speech_heading(item.content[0].text, lex) is not None)
