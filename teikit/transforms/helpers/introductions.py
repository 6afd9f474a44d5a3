"""Full names printed in the text: "I now invite His Excellency Sameh Shoukry", "President
Barack Obama", "Prime Minister Kishida Fumio", "I'm Bill Murray, Chief of Media Relations",
"MICHAEL GRIFFIN, Administrator, NASA".

A label often prints a surname alone ("FOREIGN MINISTER SHOUKRY"); the text usually gives
the full name somewhere, introduced by the same office, a form of address, a
self-introduction, or followed by a comma and an office. Only such introduced forms are
taken (so "Hunter Biden" in a sentence never becomes the name of PRESIDENT BIDEN), and only
from the header and the first `SCAN_CHARS` characters of the text, where speakers are
introduced (which keeps the cost flat on long transcripts).
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from functools import cached_property, lru_cache

from teikit.lexicons import Lexicon
from teikit.transforms.helpers import names as nm
from teikit.transforms.helpers.officewords import unelided
from teikit.transforms.helpers.initialnames import InitialNames, address_forms, folded_name
from teikit.transforms.helpers.listedlines import ListedLines
from teikit.transforms.helpers.nounroles import article_noun
from teikit.transforms.helpers.officephrases import OfficePhrases, role_word as _role_word
from teikit.transforms.helpers.roleshapes import role_heads
from teikit.transforms.helpers.titlenames import NOT_OFFICES

SCAN_CHARS = 60_000
_DASHES = frozenset(("-", "–", "—", "--"))
# Words that end an office printed after a name ("..., Chief of Media Relations at the IMF, and").
_ROLE_STOP = frozenset("and who which that et und y e и".split())
MAX_ROLE_WORDS = 12


def _contains(longer: str, shorter: str) -> bool:
    """Every word of `shorter` occurs in `longer`, in the same order."""
    rest = iter(nm.fold(w) for w in longer.split())
    return all(any(w == x for x in rest) for w in (nm.fold(v) for v in shorter.split()))


@lru_cache(maxsize=None)
def _introductions(lex: Lexicon) -> re.Pattern:
    """A lexicon's introductions, compiled once for it (compiled per document through `re`'s
    cache, they were compiled again whenever other patterns had pushed them out)."""
    return re.compile(f"{lex.alternation('self_introductions')}|{lex.alternation('introductions')}",
                      re.IGNORECASE)


class NameIndex(OfficePhrases, ListedLines, InitialNames):
    """The words of the text once, and where each folded word occurs."""

    def __init__(self, texts: list[str], lex: Lexicon):
        self.lex = lex
        raw: list[str] = []
        self.starts: set[int] = set()  # where each text begins: names and roles never cross
        self.lines: list[int] = []  # where each printed line begins (a text's "\n" too)
        size = 0
        self.text_starts: list[int] = []  # where each text read begins, one entry per text
        for text in texts:
            self.starts.add(len(raw))
            self.text_starts.append(len(raw))
            for line in text.replace("\u00a0", " ").split("\n"):
                self.lines.append(len(raw))
                raw.extend(line.split())
            size += len(text)
            if size > SCAN_CHARS:
                break
        self.lines.append(len(raw))
        self.raw = raw
        words = [w.strip(",;:()\"“”‘’") for w in raw]
        self.words = [nm.POSSESSIVE.sub("", w) if w.endswith(("’s", "'s")) else w for w in words]
        # a text repeats its words: fold each one once ("Д.А.Медведев" is found by its surname),
        # then look each word up in one C-level map
        folds = {w: nm.fold_uncached(nm.strip_initials(w)) for w in set(self.words)}
        self.folded = list(map(folds.__getitem__, self.words))
        # where each folded word occurs, and capitalised words by first letter: indexed on
        # first need (many documents ask for neither)
        self._where: dict[str, list[int]] | None = None
        self._where_initial: dict[str, list[int]] | None = None
        self.intro, self.office = _introductions(lex), lex.whole_words("office_words")

    @cached_property
    def line_start_set(self) -> set[int]:
        """Where each printed line begins, as a set (for membership tests)."""
        return set(self.lines)

    def where(self, folded: str) -> list[int]:
        """Positions of the words whose folded form is `folded`, in text order."""
        if self._where is None:
            self._where = defaultdict(list)
            for i, f in enumerate(self.folded):
                self._where[f].append(i)
        return self._where.get(folded, [])

    def where_initial(self, letter: str) -> list[int]:
        """Positions of the capitalised words that begin with `letter`, in text order."""
        if self._where_initial is None:
            self._where_initial = defaultdict(list)
            for i, w in enumerate(self.words):
                if w[:1].isupper():
                    self._where_initial[w[:1]].append(i)
        return self._where_initial.get(letter, [])

    def full_name(self, key: tuple[str, ...], office: list[str]) -> str | None:
        found = self.introduced(key, office)
        return found[0] if found else None

    def introduced(self, key: tuple[str, ...], office: list[str]) -> tuple[str, str | None] | None:
        """(fullest name, office printed after it or None) for the person whose label key is
        `key`: a name ending (or, family name first, starting) with `key` that the text
        introduces with the label's office words, a form of address, a self-introduction,
        or a comma and an office after it."""
        if not key:
            return None
        office_set = {nm.fold(w) for w in office} - {"the", "of"}
        found: Counter = Counter()
        roles: dict[str, str] = {}
        role_words = nm.folded(self.lex, "label_role_words")  # an office, never a given name
        honorifics = nm.folded(self.lex, "honorifics")
        n = len(key)
        for i in self.where(key[0]):
            if tuple(self.folded[i:i + n]) != key or self.raw[i].startswith("("):
                continue  # "(TP)": a short form defined for the name before it (`short_form`)
            shouting = self.words[i].isupper() and len(self.words[i]) > 1
            start = i
            glued = nm.strip_initials(self.words[i]) != self.words[i]  # "Д.А.Медведев": no given names before
            while not glued and start > 0 and start not in self.starts and i - start < 5 and (
                    self._given(start - 1, shouting) or self._inner_particle(start - 1)) \
                    and not self.raw[start - 1].endswith((",", ";", ":")) and not self.ends_sentence(start - 1) \
                    and not _role_word(self.folded[start - 1], role_words) \
                    and not article_noun(self.raw, start - 1, self.lex):  # "…, Harbour Master; Tom Poe"
                start -= 1  # (nor "Der Kommunikationstheoretiker Norbert Bolz": a noun after its article, N872d)
            while start < i and self.words[start].islower():
                start += 1  # a name never opens with a lower-case particle
            end = self._name_end(i + n)  # "Abdullah bin Zayed Al Nahyan", "Keith Kellogg, Jr."
            end = self._second_surname(i, n, end, start, shouting)  # "Carlos Navarrete Ruiz, …"
            before = self.folded[max(0, start - 2):start]
            by_office = bool(office_set) and bool(before) and before[-1] in office_set
            by_address = bool(before) and (before[-1].rstrip(".") in address_forms() or self._office_word(start - 1)
                                           or before[-1] in honorifics)  # "don Pablo Casado Blanco" (N997e)
            by_intro = self.intro.search(" ".join(self.raw[max(0, start - 5):start]) + " ") is not None
            role_before = self._role_before(start) or self._office_before_initials(i)
            lead = None
            if not role_before:  # the name begins after the office's complement ("Minister of Harbours Ann Roe")
                start, lead = next(((s, found_lead) for s in range(start, i + 1)
                                    if (found_lead := self._office_lead(s))), (start, None))
            by_office = by_office or lead is not None
            by_listing = self._listed(start, end)
            role_after = self._role_after(end) or (self._role_line(end) if by_listing else None)
            role = role_after or role_before or lead
            # (an office right before a name that goes on with a given name, "Prime Minister
            # Kishida Fumio of Japan", is read family name first below)
            whole = lead is not None and (i + n >= len(self.words) or not self._given(i + n, shouting)
                                          or self.raw[i + n - 1].endswith((",", ".", ";", ":")))
            if (start < i or end > i + n or role_after or role_before or whole) \
                    and (by_office or by_address or by_intro or role or by_listing):
                name = self._printed(start, end)
                found[(True, by_office, name)] += 1
                if role:
                    roles.setdefault(folded_name(name), role)  # the first printed, whatever the case
            elif start == i and by_office and i + n < len(self.words) and i + n not in self.starts \
                    and self._given(i + n, shouting) and not self._role_noun(i + n) \
                    and not self.raw[i + n - 1].endswith((",", ".", ";", ":", "’s", "'s")) \
                    and self._clause_goes_on(i + n + 1):
                found[(False, True, self._printed(i, i + n + 1))] += 1  # "Kishida Fumio of Japan"
        if not found:
            return None
        # a name in printed order first, then one the office introduces, the most frequent, the longest
        (_, _, name), _ = max(found.items(), key=lambda kv: (kv[0][0], kv[0][1], kv[1], len(kv[0][2])))
        # a fuller form of the same name wins: "Abdullatif bin Rashid Al Zayani" over
        # "Abdullatif Al Zayani" (every word of the shorter one, in the longer one)
        fuller = [name] + [n for (_, _, n) in found if _contains(n, name)]
        name = max(fuller, key=lambda n: (len(n.split()), not n.isupper()))  # "Abebe" over "ABEBE"
        role = roles.get(folded_name(name))
        return name, unelided(role, self.lex) if role else role  # "l’ambassadeur Ann Roe" (R2552m)

    def _office_before_initials(self, i: int) -> str | None:
        """ "Председатель партии «Единая Россия» Д.А.Медведев": the office before a name
        printed with glued initials (see `names.office_before`)."""
        if nm.strip_initials(self.words[i]) == self.words[i]:
            return None
        first = next((s for s in sorted(self.starts, reverse=True) if s <= i), 0)
        k = first + nm.office_before(self.words[first:i], i - first, self.lex, linkless=True)
        return " ".join(self.raw[k:i]).strip(" ,;:") or None

    def _role_before(self, start: int) -> str | None:
        """ "the WHO Director General, Dr. Tedros": an office set before the name with a
        comma, after an article or a possessive (an apposition)."""
        k = start - 1
        while k >= 0 and self.folded[k].rstrip(".") in address_forms() and k not in self.starts:
            k -= 1
        if k < 1 or not self.raw[k].endswith(",") or start in self.starts:
            return None
        first, articles = k + 1, nm.folded(self.lex, "articles")
        roles = nm.folded(self.lex, "label_role_words")
        # the office's words, and capitalised words inside it ("our White House correspondent")
        openers = articles | nm.folded(self.lex, "determiners")
        first = self._named_tail(first, roles)  # "… of the United States," after an office
        while first > 0 and first not in self.starts:
            inner = self._connectors_before(first, roles) if first <= k else 0
            if inner:
                first -= inner  # "vicepresidente de la República", "President of the United States"
                continue
            if self.folded[first - 1] in openers or not (self._office_part(first - 1, roles) or (
                    self.words[first - 1][:1].isupper() and (first <= k or self._connectors_before(first - 1, roles)))):
                break
            first -= 1
        if not any(nm.is_title_word(w, self.lex) or nm.fold(w) in roles for w in self.words[first:k + 1]) \
                or first == 0:
            return self._phrase_before(k, roles, openers)
        opening = self._modifier_opening(first - 1)  # "l’ancien Premier ministre", "the former minister"
        if opening is not None:
            return " ".join([opening] + self.words[first:k + 1])
        if self.folded[first - 1] not in openers:
            return None
        return " ".join(self.words[first:k + 1])

    def _modifier_opening(self, k: int) -> str | None:
        """ "ancien" of "l’ancien", "former" of "the former": a modifier of the office after
        an article (elided and glued, or a word of its own), as printed."""
        word, mods = self.words[k], self.lex.office_modifiers
        elided = re.match(r"^[^\W\d_]{1,2}['’](\S+)$", word)
        if elided and nm.fold(elided.group(1)) in mods:
            return elided.group(1)
        articles = nm.folded(self.lex, "articles") | nm.folded(self.lex, "determiners")
        if self.folded[k] in mods and k > 0 and k not in self.starts and self.folded[k - 1] in articles:
            return word
        return None

    def _office_word(self, k: int) -> bool:
        """ "Admiral" in "my colleague, Admiral Jane Roe": a title of office right before."""
        w = nm.fold(self.words[k]) if k >= 0 else ""
        return (k >= 0 and k + 1 not in self.starts and nm.is_title_word(self.words[k], self.lex)
                and w not in NOT_OFFICES and w not in nm.folded(self.lex, "articles"))

    def _printed(self, start: int, end: int) -> str:
        """Words start..end as printed ("Keith Kellogg, Jr."), without the punctuation that
        ends them or the full stop of the sentence (that of an initial or "Jr." is kept)."""
        text = " ".join(self.words[start:end - 1] + [self.raw[end - 1].strip(",;:()\"“”‘’")])
        if end - start > 1 and self.raw[end - 2].endswith(",") and end - 1 > start:
            text = " ".join(self.words[start:end - 2]) + f" {self.raw[end - 2]} " + self.raw[end - 1].strip(",;:()")
        last = text.split()[-1]
        if last.endswith(".") and not nm.is_initial(last) and nm.fold(last) not in nm.folded(self.lex, "name_suffixes"):
            text = text[:-1]
        return text.strip()

    def _inner_particle(self, k: int) -> bool:
        """ "bin" in "Abdullatif bin Rashid": a lower-case particle between two name words."""
        return (k > 0 and self.words[k].islower() and nm.fold(self.words[k]) in nm.folded(self.lex, "name_particles")
                and self._given(k - 1) and not self.raw[k - 1].endswith((",", ".", ";", ":")))

    def _name_end(self, j: int) -> int:
        """Where a name goes on after the label's words: particle and family name ("Zayed
        Al Nahyan"), or a suffix after a comma ("Kellogg, Jr.")."""
        raw, words = self.raw, self.words
        if j < len(raw) and raw[j - 1].endswith(",") and nm.fold(words[j]) in nm.folded(self.lex, "name_suffixes") \
                and j not in self.starts:
            return j + 1
        while j + 1 < len(raw) and j not in self.starts and not raw[j - 1].endswith((",", ".", ";", ":")) \
                and nm.fold(words[j]) in nm.folded(self.lex, "name_particles") \
                and words[j + 1][:1].isupper() and self._given(j + 1):
            j += 2
        return j

    def _role_after(self, j: int) -> str | None:
        """ "Bill Murray, Chief of Media Relations at the IMF, and ...": the office printed
        after a comma that follows the name, up to the end of the clause; or after a spaced
        dash ("Ivan Petrov - president of the Harbour Fund.")."""
        if 0 < j < len(self.raw) - 1 and self.raw[j] in _DASHES and j not in self.starts \
                and not self.raw[j - 1].endswith((",", ".", ";", ":")):
            j += 1  # the dash stands for the comma
        elif j <= 0 or j >= len(self.raw) or not self.raw[j - 1].endswith(","):
            return None
        first = self.words[j]
        # an office, or an occupation ("Иван Петров, писатель", N337c)
        role_words = nm.folded(self.lex, "label_role_words") | nm.folded(self.lex, "role_nouns")
        articles = nm.folded(self.lex, "articles") | nm.folded(self.lex, "indefinite_articles")
        if not (first[:1].isupper() or nm.fold(first) in articles
                or self.office.match(first) or nm.fold(first) in role_words):
            return None  # "John Kirby, is here today ...": a clause, not an office
        taken: list[str] = []
        for k in range(j, min(j + MAX_ROLE_WORDS, len(self.raw))):
            word = self.raw[k]
            if (not word.isupper() and nm.fold(word) in _ROLE_STOP) or (k > j and k in self.starts):
                break  # "and ...", another text
            if self._next_name(k):  # the next person's "Given Surname,"
                if k > j and all(nm.is_title_word(w, self.lex) for w in self.words[j:k]):
                    return None  # "X, Foreign Minister Sameh Shoukry, ...": a list of people
                break
            taken.append(word)
            if word.endswith((".", ";", ":", "!", "?")) and not re.fullmatch(r"(?:[A-Z]\.)+", word) \
                    and not self._abbreviation_in_name(k):
                break
            if word.endswith(",") and k + 1 < len(self.raw) and self.raw[k + 1][:1].islower() \
                    and nm.fold(self.raw[k + 1]) not in nm.folded(self.lex, "articles"):
                break  # "Premier ministre, à France Inter le ...": a clause follows
        role = " ".join(taken).strip(" ,.;:()[]")
        if role and (self.office.search(role) or _role_word(nm.fold(role.split()[0]), role_words)):
            return role
        return _article_role(role.split(), role_words, nm.folded(self.lex, "indefinite_articles"))

    def _abbreviation_in_name(self, k: int) -> bool:
        """ "St." of "at St. Mary's Hospital", "Mt." of "Mt. Sinai": a capitalised abbreviation of
        two or three letters before a capitalised word that goes on (no comma or stop after it:
        "… at Acme Co. John, welcome." ends the sentence) is no sentence end (N1403i)."""
        nxt = self.raw[k + 1] if k + 1 < len(self.raw) else ""
        return bool(_SHORT_ABBREVIATION.fullmatch(self.raw[k])) and nxt[:1].isupper() \
            and not nxt.endswith((",", ".", ";", ":", "!", "?")) and k + 1 not in self.starts

    def _role_noun(self, k: int) -> bool:
        """ "REPORTER" of "OFFICIAL COURT REPORTER": a role word of the lexicon ends a role
        phrase, it is no given name after a family name (N955e)."""
        word = self.folded[k].rstrip(".")
        heads = role_heads(self.lex)
        return word in heads or word.endswith("s") and word[:-1] in heads

    def _clause_goes_on(self, k: int) -> bool:
        """After "Kishida Fumio" comes a lower-case word or punctuation, not another capital
        ("Administrator Griffin Visits China" is a headline, not a name printed family first)."""
        if k >= len(self.raw) or k in self.starts:
            return True
        return not self.raw[k][:1].isupper()

    def _next_name(self, k: int) -> bool:
        """Words k and k+1 are another person's name followed by a comma, or by a spaced dash
        in a list of "Name - Role" entries run together ("IR Tom Roe - President", R2452m)."""
        # (a sentence's end before the dash is no entry: "… del Partido Verde. - Foto: …", P2548m)
        dashed = k + 2 < len(self.raw) and self.raw[k + 2] in _DASHES and self.raw[k + 1][-1:] not in ".!?"
        if k + 1 >= len(self.raw) or not (self.raw[k + 1].endswith(",") or dashed):
            return False
        if self.raw[k][-1:] in ".!?" and not nm.is_initial(self.raw[k]):
            return False  # "… professor of economics at MIT. John, welcome.": no given name ends a sentence (N1222h)
        shouting = self.raw[k].isupper()
        if not (shouting or dashed or self.raw[k - 1].endswith(",") or nm.is_title_word(self.words[k - 1], self.lex)):
            return False  # "International Monetary Fund," goes on from "International"
        return all(self._given(x, shouting, after_comma=True) and not nm.is_title_word(self.words[x], self.lex)
                   and nm.fold(self.words[x]) not in self.lex.not_name_words for x in (k, k + 1))

    def ends_sentence(self, k: int) -> bool:
        """ "Museum." before "Tom Poe (TP)": a word that closes a sentence, no initial or
        short abbreviation ("J.", "Mr.", "Mrs."), so no name runs back over it (N1065f)."""
        word = self.raw[k]
        return word.endswith((".", "!", "?")) and len(word.rstrip(".!?")) > 3 and not nm.is_initial(word)

    def _given(self, i: int, shouting: bool = False, after_comma: bool = False) -> bool:
        w = self.words[i]
        if "'" in w or "’" in w and not re.match(r"^[A-Z][’'][A-Z]", w) or w == "I":
            return False  # "I'm", "We’re": not a name (but "O'Brien" is)
        if shouting and w.isupper() and len(w) > 1 and (after_comma or not self.raw[i].endswith((",", ".", ":"))):
            w = w.title()  # "MICHAEL GRIFFIN, Administrator": a name printed in capitals
        if len(w) > 2 and self.folded[i].rstrip(".") in address_forms():
            return False  # "Signora", "Herr" in a text of another language (an "M." may be an initial)
        if self.folded[i] in nm.folded(self.lex, "greeting_words"):
            return False  # "Bonjour Claire, bienvenue": the greeting opens the sentence, no given name (N1173g)
        return bool(w) and nm.is_name_word(w, self.lex) and w[:1].isupper()


_SHORT_ABBREVIATION = re.compile(r"[A-Z][a-z]{1,2}\.")


def _article_role(words: list[str], role_words, articles) -> str | None:
    """ "a principal machine learning engineer at WorkHelix": an apposition opened by an
    indefinite article whose words hold an occupation of the lexicon, none of the words before it
    capitalised (N1106g); the role without its article."""
    if len(words) < 2 or nm.fold(words[0]) not in articles:
        return None
    body = words[1:]
    head = next((k for k, w in enumerate(body) if _role_word(nm.fold(w.strip(",;:()")), role_words)), None)
    if head is None or any(w[:1].isupper() for w in body[:head]):
        return None
    return " ".join(body)
