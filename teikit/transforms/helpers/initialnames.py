"""Names a label gives by its initials or a short form (methods of `introductions.NameIndex`):
"Dana Lee Smith (DLS), Chief Scientist" for DLS, "Christian Lindmeier" for CL, "Natalia Roe"
for "N. ROE"."""
from __future__ import annotations

from teikit.transforms.helpers import names as nm

# A label of this many initials names the one full name with those initials, introduced or not.
MIN_EVIDENT_INITIALS = 3


def address_forms() -> frozenset:
    """Forms of address that introduce a full name in a text of any language ("His
    Excellency", "Mr.", "Herr"), folded, from every lexicon's `forms_of_address`."""
    return nm.folded_in_every_language("forms_of_address")


def folded_name(name: str) -> str:
    return " ".join(nm.fold(w) for w in name.split())


class InitialNames:
    """Methods over a `NameIndex`'s words: names found by a label's initials."""

    def short_form(self, short: str) -> tuple[str, str | None] | None:
        """ "Dana Lee Smith (DLS), Chief Scientist": the name a short form is defined for at
        its first mention, and the office after it; None unless exactly one name is."""
        found = {}
        for k in self.where(nm.fold(short)):
            raw = self.raw[k]
            if not (raw.startswith("(") and raw.rstrip(",.;:").endswith(")")) or k in self.starts:
                continue
            start = k
            while start > 0 and start not in self.starts and k - start < 5 and not self.ends_sentence(start - 1) and (
                    self._given(start - 1, self.raw[start - 1].isupper()) or self._inner_particle(start - 1)):
                start -= 1
            if k - start >= 2 and not self.raw[k - 1].endswith((",", ".", ";", ":")):
                name = self._printed(start, k)
                found.setdefault(folded_name(name), (name, self._role_after(k + 1)))
        return next(iter(found.values())) if len(found) == 1 else None

    def by_initials(self, letters: str) -> tuple[str, str | None] | None:
        """ "Christian Lindmeier" for the label CL, "Tedros Adhanom Ghebreyesus" for TAG: the
        one name the text introduces (form of address, introduction, title of office, or a
        comma and an office after it) whose words begin with the label's letters. Three
        letters or more are evidence enough: the one name of three words with those initials
        ("Ole Gunnar Solskjaer and ..." for OGS) needs no introduction."""
        n, found = len(letters), {}
        for i in self.where_initial(letters[0]):
            end = i + n
            if end > len(self.words) or any(k in self.starts for k in range(i + 1, end)):
                continue
            if not all(self.words[i + k][:1].upper() == letters[k] and self._given(i + k) for k in range(n)):
                continue
            if (i > 0 and i not in self.starts and self._given(i - 1)) or (end < len(self.words) and self._given(end)
                                                                          and not self.raw[end - 1].endswith(",")):
                continue  # part of a longer run of names
            before = self.folded[max(0, i - 2):i]
            role = self._role_after(end)
            if n >= MIN_EVIDENT_INITIALS or (before and (before[-1].rstrip(".") in address_forms() or self._office_word(i - 1))) \
                    or role or self.intro.search(" ".join(self.raw[max(0, i - 5):i]) + " "):
                found.setdefault(folded_name(self._printed(i, end)), (self._printed(i, end), role))
        return next(iter(found.values())) if len(found) == 1 else None

    def by_initials_and_surname(self, letters: str, key: tuple[str, ...]) -> tuple[str, str | None] | None:
        """ "Natalia Roe" or "Natalia Ivanovna Roe" for the label "N. ROE": the one name the
        text prints whose family name is the label's and whose given names begin with the
        label's initials (a patronymic may follow them), with the office printed after it. The
        initials are the evidence, so no introduction is needed; two different such names, and
        none is taken."""
        found: dict[str, tuple[str, str | None]] = {}
        n = len(key)
        for i in self.where(key[0]):
            if tuple(self.folded[i:i + n]) != key or nm.strip_initials(self.words[i]) != self.words[i]:
                continue
            shouting = self.words[i].isupper() and len(self.words[i]) > 1
            start = i
            while start > 0 and start not in self.starts and i - start < len(letters) + 1 \
                    and self._given(start - 1, shouting) and not self.raw[start - 1].endswith((",", ";", ":", ".")):
                start -= 1
            while start < i and self.words[start][:1].upper() != letters[0]:
                start += 1  # "Президент России Владимир Путин": the office's field is no given name (N270b)
            given = self.words[start:i]
            if not given or len(given) > len(letters) + 1 or any(len(w) < 2 for w in given) \
                    or any(given[k][:1].upper() != letters[k] for k in range(min(len(letters), len(given)))):
                continue
            name, first = self._printed(start, i + n), nm.fold(given[0])
            if len(name.split()) > len(found.get(first, ("",))[0].split()):
                found[first] = (name, None)  # the fullest form: with the patronymic when printed
            role = self._initialled_role(start, i + n)
            if role and found[first][1] is None and found[first][0] == name:
                found[first] = (name, role)
        return next(iter(found.values())) if len(found) == 1 else None

    def _initialled_role(self, start: int, end: int) -> str | None:
        """The office printed with the full name a label of initials stands for: after it
        ("Natalia Roe, director of ..."), on the line under it when a list prints the name
        alone on its line (N61), or right before it ("Президент России Владимир Путин",
        N22) (N270b)."""
        return (self._role_after(end) or (self._role_line(end) if self._listed(start, end) else None)
                or self._office_lead(start))
