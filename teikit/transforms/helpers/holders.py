"""Where the header and the opening text name a speaker: bylines and titles ("Name, Office",
"Russian Foreign Minister Sergey Lavrov"), the holder of an office label (THE PRESIDENT,
LE PRESIDENT), the chair of a sitting and the witness of a deposition; and how label words
are shown as a name or an office.
"""
from __future__ import annotations

import re

from teikit.lexicons import Lexicon
from teikit.model import HeaderKind as K
from teikit.model import HeaderLine, Paragraph, Transcript, Turn
from teikit.transforms.helpers import names as nm
from teikit.transforms.helpers.introductions import SCAN_CHARS


# office words -> the phrases that name their holder: THE WITNESS of a deposition is the
# person named after "Deposition of"; the chair (PRESIDENTE) the one named after
# "PRESIDENZA DEL VICEPRESIDENTE" in an Italian record.
_NAMED_AFTER = {"witness": ("witness_words", "deposition_phrases"), "chair": ("chair_words", "chair_phrases")}


def named_after(office: list[str], header: list[HeaderLine], preamble: list[str], lex: Lexicon,
                 which: str) -> tuple[str, str] | None:
    words, phrases = _NAMED_AFTER[which]
    if not office or nm.fold(office[-1]) not in nm.folded(lex, words):
        return None
    phrase = re.compile(rf"\b(?:{lex.pattern(phrases).pattern})(?=\s)", re.IGNORECASE)
    names = {n for n in (nm.name_after(t, phrase, lex) for t in [h.text for h in header] + preamble) if n}
    return (display(names.pop(), lex, name=True), "") if len(names) == 1 else None


def preamble(doc: Transcript) -> list[str]:
    """The text of unlabeled turns before the first label (an introduction of the event),
    up to `SCAN_CHARS` characters."""
    out: list[str] = []
    size = 0
    for block in doc.blocks:
        if isinstance(block, Turn):
            if block.label is not None or size > SCAN_CHARS:
                break
            for item in block.paragraphs:
                if isinstance(item, Paragraph):
                    out.append(item.text)
                    size += len(item.text)
    return out


def from_header(key: tuple[str, ...], header: list[HeaderLine], lex: Lexicon) -> tuple[str | None, str | None]:
    """Full name and office printed in a byline ("Name, Office"), the title, or a list of
    the speakers with their offices ("Speakers: Name, Office; Name, Office")."""
    for line in header:
        if line.kind == K.BYLINE:
            name_part, _, office = line.text.partition(",")
            found = nm.find_name(name_part, key, lex)
            if found:
                # the office after the comma is this person's only when the name ends the
                # part before it ("By Director John Lipsky with Anoop Singh, Director, ..."
                # gives Lipsky "Director", not Singh's office)
                ends = name_part.rstrip().endswith(found[0].split()[-1])
                return found[0], (office.strip() if ends else "") or found[1] or None
    for line in header:
        if line.kind in (K.TITLE, K.SUBTITLE, K.ACTIVITY):
            found = nm.find_name(line.text, key, lex)
            if found:
                return found[0], found[1] or None
    for line in header:  # "Speakers: Ann Lee, Harbour Master; Tom Poe, Mayor": bylines in a list
        if line.kind == K.METADATA and ";" in line.text:
            for entry in line.text.partition(":")[2].split(";"):
                name_part, _, office = entry.partition(",")
                found = nm.find_name(name_part, key, lex)
                if found and name_part.rstrip().endswith(found[0].split()[-1]):
                    return found[0], office.strip(" .") or found[1] or None
    return None, None


def office_holder(office: list[str], header: list[HeaderLine], preamble: list[str],
                   lex: Lexicon) -> tuple[str, str] | None:
    """For THE VICE PRESIDENT, the name the title prints for that office ("Vice President
    Harris"), else the one other header lines or the unlabeled text before the first label
    print ("le président François Hollande"), with the office as printed there."""
    if not office or nm.fold(office[-1]) in nm.folded(lex, "anonymous_words"):
        return None
    titles = [h.text for h in header if h.kind in (K.TITLE, K.SUBTITLE)]
    others = [h.text for h in header if h.kind not in (K.TITLE, K.SUBTITLE, K.BOILERPLATE, K.METADATA)]
    for text in titles + others + preamble:
        found = nm.office_holder(text, office, lex)
        if found:
            return found
    return None


def display(text: str, lex: Lexicon, name: bool = False) -> str:
    """Upper-case label words shown as a name or an office: "DI MAIO" -> "Di Maio",
    "SECRETARY OF DEFENSE" -> "Secretary of Defense"; mixed case kept as printed, and in an
    office short acronyms too ("SG", "NSC"; never in a name: "ASH CARTER" -> "Ash Carter")."""
    if not text.isupper() or (name and len(text) <= 4 and text.isalpha()):
        return text  # mixed case as printed; "CL", "TAG": initials, not a name to title-case
    small = nm.folded(lex, "small_words")
    out = []
    for k, w in enumerate(text.split()):
        if not name and _acronym(w, lex):
            out.append(w)
        elif k and nm.fold(w) in small and not name:
            out.append(w.lower())
        else:
            out.append(w.title())
    return " ".join(out)


def _acronym(word: str, lex: Lexicon) -> bool:
    """ "SG", "UN", "NSC": short all-letter words that are not ordinary words of a label."""
    low = nm.fold(word)
    return (len(word) <= 3 and word.isalpha() and low not in nm.folded(lex, "honorifics")
            and low not in nm.folded(lex, "ordinals") and low not in nm.folded(lex, "small_words"))
