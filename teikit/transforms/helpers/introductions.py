"""Full names printed in the text: "I now invite His Excellency Sameh Shoukry", "President
Barack Obama", "Prime Minister Kishida Fumio".

A label often prints a surname alone ("FOREIGN MINISTER SHOUKRY"); the text usually gives
the full name somewhere, introduced by the same office or by a form of address. Only such
introduced forms are taken (so "Hunter Biden" in a sentence never becomes the name of
PRESIDENT BIDEN), and only from the header and the first `SCAN_CHARS` characters of the
speech, where speakers are introduced (which keeps the cost flat on long transcripts).
"""
from __future__ import annotations

from collections import Counter, defaultdict

from teikit.lexicons import Lexicon
from teikit.transforms.helpers import names as nm

SCAN_CHARS = 200_000
# Forms of address that introduce a full name in any text ("His Excellency", "Mr.").
ADDRESS = frozenset("excellency mr mrs ms madam madame dr sir m mme sr sra herr frau sig signora".split())


class NameIndex:
    """The words of the text once, and where each folded word occurs."""

    def __init__(self, texts: list[str], lex: Lexicon):
        self.lex = lex
        raw: list[str] = []
        size = 0
        for text in texts:
            raw.extend(text.replace("\u00a0", " ").split())
            size += len(text)
            if size > SCAN_CHARS:
                break
        self.raw = raw
        words = [w.strip(",;:()\"“”‘’") for w in raw]
        self.words = [nm._POSSESSIVE.sub("", w) if w.endswith(("’s", "'s")) else w for w in words]
        self.folded = [nm.fold(w) for w in self.words]
        self.where: dict[str, list[int]] = defaultdict(list)
        for i, f in enumerate(self.folded):
            self.where[f].append(i)

    def full_name(self, key: tuple[str, ...], office: list[str]) -> str | None:
        """The fullest name ending (or, family name first, starting) with `key` that the
        text introduces with the label's office words or a form of address."""
        if not key:
            return None
        office_set = {nm.fold(w) for w in office} - {"the", "of"}
        found: Counter = Counter()
        n = len(key)
        for i in self.where.get(key[0], ()):
            if tuple(self.folded[i:i + n]) != key:
                continue
            start = i
            while start > 0 and i - start < 4 and self._given(start - 1):
                start -= 1
            before = self.folded[max(0, start - 2):start]
            by_office = bool(office_set) and bool(before) and before[-1] in office_set
            by_address = bool(before) and before[-1].rstrip(".") in ADDRESS
            if start < i and (by_office or by_address):
                found[(by_office, " ".join(self.words[start:i + n]))] += 1
            elif start == i and by_office and i + n < len(self.words) and self._given(i + n) \
                    and not self.raw[i + n - 1].endswith((",", ".", ";", ":", "’s", "'s")):
                found[(True, " ".join(self.words[i:i + n + 1]))] += 1  # "Kishida Fumio"
        if not found:
            return None
        (_, name), _ = max(found.items(), key=lambda kv: (kv[0][0], kv[1], len(kv[0][1])))
        return name.strip(".") if not name.endswith(tuple("ABCDEFGHIJKLMNOPQRSTUVWXYZ")) else name

    def _given(self, i: int) -> bool:
        w = self.words[i]
        return bool(w) and (nm._given_name(w, self.lex) or nm._initial(w)) and w[:1].isupper()
