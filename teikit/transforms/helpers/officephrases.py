"""Offices printed around a name, read by `introductions.NameIndex` (a mixin over its words):
an office right before the name with its complement ("глава МИД РФ Сергей Лавров", "der frühere
Bundeswirtschaftsminister Wolfgang Clement"), an office phrase before a comma ("El coordinador
de los senadores del PRD, Carlos …"), small words inside an office ("President of the United
States, Jane Doe") and a second family name in an apposition ("Carlos Navarrete Ruiz, …").
The index gives `words` (stripped), `raw` (as printed), `folded`, `starts` (where each text
begins) and `lex`."""
from __future__ import annotations

from teikit.transforms.helpers import names as nm

# An office before a name stands at most this many words before it ("глава МИД РФ").
MAX_LEAD_WORDS = 6
# An office phrase before a comma and a name has at most this many words ("coordinador de los
# senadores del PRD").
MAX_PHRASE_WORDS = 9
# A compound ends in a role word of at least this many letters ("Bundeswirtschaftsminister").
MIN_COMPOUND_TAIL = 6


# A programme's or paper's name in quotation marks inside an office has at most this many words.
MAX_QUOTED_WORDS = 6
_CLOSING_QUOTES = ("»", "”", "“", '"')
_OPENING_QUOTES = ("«", "„", "“", '"')


def role_word(folded: str, roles: frozenset) -> bool:
    """A role word of the lexicon, or a compound that ends in one ("bundeswirtschaftsminister")."""
    if folded in roles:
        return True
    return len(folded) > MIN_COMPOUND_TAIL + 2 and any(
        len(r) >= MIN_COMPOUND_TAIL and folded.endswith(r) for r in roles)


def _address_only(j: int, start: int, folded: list[str], lex) -> bool:
    """ "l'onorevole Riccardo Magi": the word before the name is a form of address that the
    lexicon also counts among role words, with nothing else: no office (N1161g)."""
    return start - j == 1 and nm.fold(folded[j].split("'")[-1].split("’")[-1]) in nm.folded(lex, "forms_of_address")


class OfficePhrases:
    """Methods over a `NameIndex`'s words."""

    def _phrase_before(self, k: int, roles: frozenset, openers: frozenset) -> str | None:
        """ "El coordinador de los senadores del PRD, Carlos …", "the director of the museum,
        Jane …": an article, a role word, then its complement up to the comma at word `k`,
        where every word that is not a small word ("de los", "of the") follows one."""
        small = nm.folded(self.lex, "label_small_words") | nm.folded(self.lex, "articles")
        j = k
        while j > 0 and k - j < MAX_PHRASE_WORDS and j not in self.starts:
            if role_word(self.folded[j], roles) and self.folded[j - 1] in openers and j < k:
                return " ".join(self.words[j:k + 1])
            if self.raw[j].endswith((",", ";", ":", ".", "!", "?")) and j < k:
                return None
            if not (self.folded[j] in small or self.folded[j - 1] in small):
                return None
            j -= 1
        return None

    def _office_part(self, k: int, roles: frozenset) -> bool:
        w = self.words[k]
        return nm.is_title_word(w, self.lex) or nm._acronym(w) or self.folded[k] in roles

    def _second_surname(self, i: int, n: int, end: int, start: int, shouting: bool) -> int:
        """A label's full name ("Carlos Navarrete") printed with one more family name in an
        apposition ("…, Carlos Navarrete Ruiz, hizo …"), as Spanish and Portuguese names are:
        the fuller name, when an office before or after it introduces it."""
        if end != i + n or n < 2 or start != i or end >= len(self.raw) or end in self.starts \
                or self.raw[end - 1].endswith((",", ".", ";", ":")) or not self.raw[end].endswith(",") \
                or not self._given(end, shouting) or nm.is_title_word(self.words[end], self.lex):
            return end
        return end + 1 if self._role_before(start) or self._role_after(end + 1) else end

    def _office_lead(self, start: int) -> str | None:
        """ "глава МИД РФ Сергей Лавров", "der frühere Bundeswirtschaftsminister Wolfgang Clement":
        an office word (a role word of the lexicon, or a compound ending in one) among the few
        words right before the name, with nothing but its complement between (capitalised
        words, acronyms, the label's small words, the lexicon's `office_complements`), and a
        modifier before it ("frühere", "former"). The office as printed, or None."""
        if start == 0 or start in self.starts or self.raw[start - 1].endswith((",", ".", ";", ":", "!", "?", "-", "–", "—")):
            return None
        roles = nm.folded(self.lex, "label_role_words")
        small = nm.folded(self.lex, "label_small_words")
        complement = self.lex.pattern("office_complements") if self.lex.office_complements else None
        j, quoted = start - 1, 0
        while j >= 0 and start - j - quoted <= MAX_LEAD_WORDS:
            opening = self._quote_opening(j)
            if opening is not None and opening > 0:  # "ведущий «Допроса с пристрастием» Таймур Двидар" (N602a)
                quoted += j - opening
                j = opening - 1
                continue
            word, folded = self.words[j], self.folded[j]
            if self.raw[j].endswith((",", ";", ":", "!", "?")) and j < start - 1:
                return None  # "Speaker: ANN LEE": a field's name, not an office before the name
            if role_word(folded, roles):
                if self.folded[start - 1] in small or _address_only(j, start, self.folded, self.lex):
                    return None  # "Minister of": the complement goes on into the name; "l'onorevole": an address
                k = j - 1 if j > 0 and j not in self.starts and self.folded[j - 1] in nm.folded(self.lex, "office_modifiers") else j
                return " ".join((self.raw if quoted else self.words)[k:start])  # (a quotation with its marks)
            if j in self.starts or not (
                    word[:1].isupper() or folded in small or (complement and complement.fullmatch(word))):
                return None
            j -= 1
        return None

    def _named_tail(self, first: int, roles: frozenset) -> int:
        """Where the capitalised words that end an office before a comma begin, when small
        words and an office word stand before them ("President of the United States,"):
        `first` itself otherwise (a name before the comma is no office's tail)."""
        j = first - 1
        while j > 0 and first - j <= 4 and j not in self.starts and self.words[j][:1].isupper() \
                and not self._office_part(j, roles):
            if self._connectors_before(j, roles):
                return j
            j -= 1
        return first

    def _connectors_before(self, first: int, roles: frozenset) -> int:
        """How many of a label's small words ("de la", "of the") stand right before word
        `first` with an office word before them: words inside the office, not its opener."""
        small = nm.folded(self.lex, "label_small_words")
        n = 0
        while n < 2 and first - n - 1 > 0 and first - n - 1 not in self.starts and self.folded[first - n - 1] in small:
            n += 1
        if n and first - n - 1 not in self.starts and self._office_part(first - n - 1, roles) \
                and not self.raw[first - n - 1].endswith((",", ".", ";", ":")):
            return n
        return 0


    def _quote_opening(self, j: int) -> int | None:
        """The word that opens the quotation word `j` closes, within its text ("«Допроса с
        пристрастием»"), or None: a quoted name inside an office is its complement (N602a)."""
        if not self.raw[j].endswith(_CLOSING_QUOTES):
            return None
        for k in range(j, max(-1, j - MAX_QUOTED_WORDS), -1):
            if self.raw[k].startswith(_OPENING_QUOTES) and (k < j or len(self.raw[k]) > 2):
                return k
            if k in self.starts:
                return None
        return None
