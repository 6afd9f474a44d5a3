"""Labels inside one line, confirmed as a dialogue's (T652c), for `runon.split_glued_records`.

A short exchange pasted on one line ("HOST: Good morning. MINISTER: Good morning. HOST: …",
"А.ИВАНОВ: Добрый вечер. Б.ПЕТРОВА: Здравствуйте. …", "主持人:欢迎收看。 李明:大家好。 …")
is cut before its labels when at least two are confirmed: a lexicon label word, a label that
opens a line elsewhere, one printed twice in the line, or an ideographic name printed
elsewhere in the text (L8c: the guest row, the host's introduction). A word of four capitals or fewer
("NATO:", "EU:") is an acronym as prose prints it, unless the line's dialogue is confirmed by
a longer label too: then a short one ("HOST:", "GAST:") that opens a line or comes twice is
a speaker as well. Ideographs have no case: "李明:" is a name, never an acronym.

Chinese and Japanese print the colon glued to the speech ("李明:大家好。"); a colon between an
ideograph and the speech counts as a label separator as ": " does in other scripts, on a
short line: a long line in ideographs is read by the rules for whole records run together
(`onelinedialogue`, `gluedideographs`), which know a header before the first label.
"""
from __future__ import annotations

import re
from collections import Counter

_GLUED_COLON = re.compile(r"[\u3400-\u9fff\uf900-\ufaff][:：](?=[\u3400-\u9fff\uf900-\ufaff“「《(（])")


def glued_ideograph_colons(text: str) -> int:
    """How many colons of `text` sit between an ideograph and the speech glued to it."""
    return len(_GLUED_COLON.findall(text))


def confirmed_labels(found: list[tuple[str, int]], words: set, openers: set, acronym, named) -> list[tuple[str, int]]:
    """(key, start) of the confirmed labels among `found` ((key, start) in line order);
    `acronym(key)`: the key is a short word in capitals (`runon.is_upper_label_word_only`);
    `named(key)`: an ideographic name printed elsewhere in the text (`NamedElsewhere`, L8c)."""
    counts = Counter(key for key, _ in found)
    backed = [(key, start) for key, start in found
              if key in words or key in openers or counts[key] >= 2 or named(key)]
    return backed if any(not acronym(key) or _uncased(key) for key, _ in backed) else []


# A typescript's line or page number before a label inside a run-on line, after a sentence end,
# a bracket or the start of the line: "… that is all. 14 MR. SMITH: Thank you." (L1402i)
_NUMBER_BEFORE = re.compile(r"(?:^|(?<=[.?!…»”\"'’)\]] ))(\d{1,5}) $")
MIN_NUMBERED_LABELS = 2


def number_before(text: str, start: int) -> int | None:
    """The number printed right before the label starting at `start`, if any."""
    m = _NUMBER_BEFORE.search(text, max(0, start - 12), start)
    return int(m.group(1)) if m else None


def numbered_typescript(numbers: list[int]) -> bool:
    """Labels stand after line or page numbers that count up through the text (L1402i): two
    at least, and each greater than the one before, or starting again on a new page."""
    return len(numbers) >= MIN_NUMBERED_LABELS and sum(b <= a for a, b in zip(numbers, numbers[1:])) \
        <= len(numbers) // 4


def _uncased(key: str) -> bool:
    """A name in ideographs: no upper and lower case, so no acronym."""
    return key.upper() == key.lower()
