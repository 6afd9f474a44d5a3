"""A label before a full stop: "ROBERTO GIACHETTI. Chiedo ...", "Mr. Barnett. Good morning",
"Нилов Я. Е., фракция ЛДПР. ..." (the "stop" shape of `labelshapes`)."""
from __future__ import annotations

import re

from teikit.lexicons import Lexicon
from teikit.transforms.helpers.labeltext import MAX_LABEL_WORDS
from teikit.transforms.helpers.memberlabels import initialled_member_label, member_with_initials, record_stop_speaker

STOP_POINTS = re.compile(r"\.(?=[ \u00a0]+\S)")
DOUBLE_SPACE = re.compile(r"\s\s")
# A label of one or two letters and its full stop before the speech: "Q. Mr. President, …".
_LETTER_STOP = re.compile(r"([^\W\d_]{1,2})\.(?=[ \u00a0]+[^\W\d_])")


def capitalised_words(name: str, most: int = MAX_LABEL_WORDS) -> bool:
    """Every word of `name` starts with a capital letter or is a short lower-case particle
    ("de", "e", "di"); at most `most` words."""
    words = name.split(None, most)  # most + 1 parts: more words than allowed, not split further
    return 0 < len(words) <= most and words[0][:1].isupper() and all(
        w[:1].isupper() or (len(w) <= 4 and w.isalpha()) or w[:1] in "(《" for w in words)


def stop_split(line: str, lex: Lexicon) -> tuple[int, str] | None:
    """ "ROBERTO GIACHETTI. Chiedo ...", "Mr. Barnett. Good morning": the first full stop
    after which the words before it read as a name, not as an abbreviation alone: where the
    label ends, and the name."""
    if (member := initialled_member_label(line)) is not None:  # "Нилов Я. Е., фракция ЛДПР." (L1182h)
        return member
    if (asked := _LETTER_STOP.match(line)) and asked.group(1) in lex.question_labels:
        return asked.end(), asked.group(1)  # "Q. Mr. President, …": the question label and its stop (L2308l)
    for m in STOP_POINTS.finditer(line, 0, 70):
        name = line[:m.start()]
        words = name.split()
        if not words or len(words) > MAX_LABEL_WORDS or DOUBLE_SPACE.search(name):
            return None
        last = words[-1].strip("()").lower()
        if last + "." in lex.honorifics or last in lex.honorifics:
            continue  # "Mr.": the name goes on
        if len(last) <= 3 and member_with_initials(name) and line[m.end():].lstrip()[:1].isupper():
            return m.end(), name + "."  # "Нилов Я.Е." (L1164g)
        if len(last) <= 1:
            continue  # "J." inside a name
        if "." in last.strip("."):
            return None  # "P.M. CEST": an abbreviation, not a name
        if not capitalised_words(name) and not record_stop_speaker(name, lex):
            return None  # "I think so. And ...": a sentence (but "La présidente. Je ...", L1171g)
        return m.end(), name
    return None


# A surname (or two names) typed with a space before the label's full stop, as typed records
# print their speakers: "Горбачев . Меры …", "Ann Lee . Well …" (L2305l).
_SPACED_STOP_NAME = re.compile(r"[^\W\d_][\w'’\-]*(?: [^\W\d_][\w'’\-]*)? ")


def spaced_stop_name(name: str) -> bool:
    """`name` (a "stop" candidate's speaker part) is one or two capitalised words and the space
    the record types before the full stop."""
    return _SPACED_STOP_NAME.fullmatch(name) is not None and capitalised_words(name, 2)
