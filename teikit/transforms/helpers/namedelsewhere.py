"""A name in capitals alone on its line, printed once, over speech, in a document whose
other speakers are printed so too: a label when the text prints the same name elsewhere as
a name ("SEGOLENE ROYAL" over "Bonsoir.", and "Bonsoir Ségolène ROYAL." or a guests line
"Invités : Ségolène ROYAL, ..." above). A heading in capitals printed once ("PRESS
CONFERENCE") is seldom printed again with its words capitalised inside a sentence (L3b)."""
from __future__ import annotations

import re
import unicodedata

from teikit.transforms.helpers.labeltext import base_label

# Different names in capitals alone on their line over speech that make the document's style.
MIN_UPPER_ALONE = 3


def _folded(text: str) -> str:
    """Lower case without accents: "Ségolène" and "SEGOLENE" are the same name."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def printed_as_name(name: str, lines: list[str]) -> bool:
    """The words of `name` (two to four) printed in this order in another line, each with a
    capital letter first, inside the line or after other words (not the label line itself)."""
    words = name.split()
    if not 2 <= len(words) <= 4:
        return False
    pattern = re.compile(r"(?<!\w)" + r"[ \u00a0]+".join(re.escape(_folded(w)) for w in words) + r"(?!\w)")
    for line in lines:
        if line.strip() == name.strip():
            continue
        folded = _folded(line)
        if len(folded) != len(line):
            continue  # (a character whose folding changes the length: offsets would not match)
        for m in pattern.finditer(folded):
            printed = line[m.start():m.end()].split()
            if all(w[:1].isupper() for w in printed):
                return True
    return False


# "Track 2", "Voice 3", "Sprecher 1": a word and a number, as recording tools name their tracks
_NUMBERED = re.compile(r"^([^\W\d_][\w'’\-]{1,20})[ _]?(\d{1,3})$")


def numbered_family(base: str, rest: str, counts) -> bool:
    """A word and a number alone on its line ("Track 6:" over "Abend."), printed once, beside
    labels of the same word with other numbers of which one is printed twice or more: a
    recording's speaker ids (L7b). Section headings ("Part 1:", "Part 2:") do not repeat."""
    m = _NUMBERED.match(base)
    if m is None or rest:
        return False
    word = m.group(1).casefold()
    family = {}
    for name, n in counts.items():
        other = _NUMBERED.match(name.strip().rstrip(":").strip())
        if other and other.group(1).casefold() == word:
            family[other.group(2)] = family.get(other.group(2), 0) + n
    return len(family) >= 2 and max(family.values()) >= 2


def letter_and_name(base: str, lex) -> bool:
    """"Q - Alex Gauna", "A - Ann Roe": a question or answer letter of the lexicon, a dash and
    the speaker's name (one to four capitalised words), as call transcripts print the
    analyst asking and the executive answering (L8b)."""
    letter, dash, name = base.partition(" - ") if " - " in base else base.partition(" – ")
    if not dash or letter.strip() not in (*lex.question_labels, *lex.answer_labels):
        return False
    words = name.split()
    return 1 <= len(words) <= 4 and all(w[:1].isupper() and w[:1].isalpha() for w in words)


# Upper-case surnames (a given name may follow one) joined by spaced hyphens: several people,
# the authors or signatories a record lists, never one speaker.
_NAME_LIST = re.compile(r"[^\W\d_a-z][^\W\d_]*(?: [^\W\d_][\w'’]*)*(?: - [^\W\d_a-z][^\W\d_]*(?: [^\W\d_][\w'’]*)*)+")


def _list_goes_on(rest: str) -> bool:
    """After "ROE - ", the list goes on: an upper-case surname, then another spaced hyphen."""
    head, dash, _ = rest.partition(" - ")
    return bool(dash) and head.split(" ")[0].isupper() and len(head.split(" ")[0]) > 1 and len(head) <= 40


def names_listed(c, lex) -> bool:
    """"ROE - POE - LEE: ..." (a colon after upper-case surnames joined by spaced hyphens) or
    "ROE - POE - ..." (a spaced dash after one, the list going on): a record's list of a bill's
    authors, never one speaker; "Q - Ann Roe:" is a question letter and a name (L8b)."""
    if c.shape == "colon" and " - " in c.name:
        base = base_label(c.name)
        return bool(_NAME_LIST.fullmatch(base)) and not letter_and_name(base, lex)
    return c.shape == "spaced_dash" and _list_goes_on(c.rest)


def speech_after_stop(rest: str) -> bool:
    """What follows a full-stop label candidate reads as speech: a word in lower case, and
    no bracket first ("REASEGURO. (Número de expediente ...)" is a heading's reference,
    "EXCMO. SR. D. ANN ROE" a name in capitals after an abbreviation) (L10b)."""
    rest = rest.lstrip()
    return rest[:1] not in "([" and any(ch.islower() for ch in rest)


def titles_over_stamps(lines: list[str], found: list, lex) -> set[tuple[str, str]]:
    """(label, rest) of colon candidates on the line right above a publication stamp (a date
    and a clock time, `stamp_line`) whose rest ends without a sentence end: a headline of the
    shape "Name:Quote" over the page's stamp, never a turn ("周梅森:把人生活成一場奇跡" /
    "來源:《青年作家》 … 2024年04月10日07:32") (H12c)."""
    from teikit.transforms.helpers.headerneighbours import stamp_line  # (few lines reach it)
    out: set[tuple[str, str]] = set()
    for i, shapes in enumerate(found[:-1]):
        for c in shapes:
            if c.shape == "colon" and c.rest and c.rest.rstrip()[-1:] not in ".?!。？！…\"”" \
                    and stamp_line(lines[i + 1], lex):
                out.add((c.label, c.rest))
    return out
