"""Names in labels and header lines: titles of office, surnames, personal names.

Shared by the persons pass (who is who) and the header pass (bylines). The words of
office, particles and the like come from the document's lexicon.
Nothing here invents a name: every name returned is a run of words printed in the text.
Names found in a title or byline by their shape alone are `titlenames`'.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from teikit.lexicons import Lexicon
from teikit.transforms.helpers.foldwords import fold, fold_uncached, folded, folded_in_every_language  # noqa: F401 (nm.fold, …)
from teikit.transforms.helpers.namecases import given_names_start, in_nominative, oblique_case
from teikit.transforms.helpers.nearnames import misspelt
from teikit.transforms.helpers.nounroles import article_role, noun_after_article, role_in_brackets
from teikit.transforms.helpers.officewords import balanced, elided_field
from teikit.transforms.helpers.romanise import KEPT, romanised
from teikit.transforms.helpers.shapes import similar
from teikit.transforms.helpers.capitalsurname import stops_name_in_capitals, surname_after
from teikit.transforms.helpers.namematch import (  # noqa: F401 (nm.same_person, …)
    near_spelling, near_spelling_pair, numbered, plainly_same, same_person)

# Endings of common nouns ("Communications", "Management") that are never given names.
_NOUN_ENDING = re.compile(r"(tion|tions|ment|ments|ship|ity|ities|ness|ance|ence|ics|ism|ing|ure)$")
_PARENTHETICAL = re.compile(r"(\s*\([^()]*\))+$")
POSSESSIVE = re.compile(r"[’']s?$")
# A word that ends a sentence: a stop after two letters, a closing quotation mark on either
# side of it ('"Маяка".', "today."); no name runs back over it (N271b).
SENTENCE_END = re.compile(r"[^\W\d_]{2}[\"”»’)]*[.!?][\"”»’)]*$")
# Initials glued to a surname, as Russian records print them: "В.В.Путин", "Д.Медведев".
_GLUED_INITIALS = re.compile(r"^(?:[^\W\d_]\.)+(?=[^\W\d_]{2})")




def office_link(word: str, lex: Lexicon) -> bool:
    """ "of", "for", "de": a link to an office's field (lexicon `office_links`); "DI" and
    "DE" in capitals, which are also name particles ("FOREIGN MINISTER DI MAIO"), only in
    lower case."""
    w = fold(word)
    return w in folded(lex, "office_links") and (word.islower() or w not in folded(lex, "name_particles"))


@lru_cache(maxsize=8192)
def is_title_word(word: str, lex: Lexicon) -> bool:
    """A title of office, also when misspelt ("SECRETAR" for SECRETARY). Only long words
    are compared loosely: a short surname like PRICE must not pass for PRINCE."""
    w = fold(word)
    titles = folded(lex, "title_words")
    if w in titles:
        return True
    if "-" in w.strip("-"):  # "Secretary-General", "Vice-President"; "Deutschlandradio-Intendant" (N2568m)
        return all(part in titles for part in w.split("-") if part) or word[:1].isupper() and _compound_title(w, lex)
    if word[:1].isupper() and _compound_title(w, lex):
        return True
    return len(w) >= 7 and any(similar(w, t, 0.88) for t in _long_titles(lex).get(w[0], ()))


def compound_office(word: str, lex: Lexicon) -> bool:
    """ "Ratspräsident", "Kantonsratspräsidentin": one capitalised word, an office closing a
    compound (L2105k)."""
    return word[:1].isupper() and _compound_title(fold(word), lex)


def _compound_title(w: str, lex: Lexicon) -> bool:
    """ "Landtagspräsident", "Bundestagsvizepräsidentin": a language that writes an office as one
    compound word closes it with an office of the lexicon (`compound_title_heads`) after a field
    of at least `MIN_COMPOUND_FIELD` letters (N440a)."""
    heads = folded(lex, "compound_title_heads")
    # (a hyphen may join an organisation to the office: "Deutschlandradio-Intendant", N2568m)
    return any(w.endswith(h) and len(w) - len(h) >= MIN_COMPOUND_FIELD and _field(w[:-len(h)]) for h in heads)


def _field(part: str) -> bool:
    """The field before a compound's office: letters, or letters and one hyphen closing them."""
    return part.isalpha() or (part.endswith("-") and part[:-1].isalpha())


# The field before a compound's office has at least this many letters ("Land", "Bundestags").
MIN_COMPOUND_FIELD = 4


@lru_cache(maxsize=None)
def _long_titles(lex: Lexicon) -> dict[str, list[str]]:
    """The folded titles of seven letters or more by first letter: those a long word may be a
    misspelling of (each new word of a label was compared with every title)."""
    out: dict[str, list[str]] = {}
    for title in folded(lex, "title_words"):
        if len(title) >= 7:
            out.setdefault(title[0], []).append(title)
    return out


def label_words(label: str) -> list[str]:
    """Words of a printed label without its colon and a trailing parenthetical:
    "SECRETARY\u00a0BLINKEN:" and "SECRETARY BLINKEN (via interpreter):" -> 2 words."""
    text = unicodedata.normalize("NFKC", label).rstrip().rstrip(":").strip()
    return _PARENTHETICAL.sub("", text).lstrip("`*'\"“”‘’•·-–—_ ").split()


def name_key(label: str, lex: Lexicon) -> tuple[str, ...]:
    """The words of a label that name the person: titles dropped, folded.

    "SECRETARY BLINKEN" -> ("blinken",); "FOREIGN MINISTER LE DRIAN" -> ("le", "drian");
    "Peter Stano, Moderator" -> ("peter", "stano"); "MODERATOR" -> () (no name).
    """
    words = [strip_initials(w) for w in label_words(label.split(",")[0])]
    anonymous = folded(lex, "anonymous_words") | folded(lex, "witness_words")
    if words and fold(words[-1]) in anonymous:
        return ()
    if len(words) > 1 and fold(words[-1]) in folded(lex, "ordinals") and fold(words[-2]) in anonymous \
            and not lex.pattern("voice_words").fullmatch(words[-2]):  # ("Speaker 2": a recogniser's id, N1186h)
        return ()  # SENIOR ADMINISTRATION OFFICIAL ONE: an office, numbered
    kept = []
    particles = folded(lex, "name_particles")
    office_end = -1  # index of the last word of the office so far
    for i, w in enumerate(words):
        if not kept and i == len(words) - 2 and _article_particle(w, words[i + 1], lex):
            kept.append(w)  # "M. LE DRIAN", "LA RUSSA": an article before a surname is its particle (N1094f)
            continue
        if is_title_word(w, lex) and not (kept and w.islower() and fold(w) in particles):
            office_end = i if not kept else office_end
            continue  # an office word, but "la" in "García de la Vega" is part of the name
        if not kept and i + 1 < len(words) and fold(w) in folded(lex, "ordinals") and is_title_word(words[i + 1], lex):
            continue  # "Zweite Vizepräsidentin Fischer": the ordinal of an office
        if not kept and office_end == i - 1 and office_link(w, lex):
            office_end = i
            continue  # "Secretario de": the office goes on with its field
        if not kept and office_end == i - 1 and i >= 1 and office_link(words[i - 1], lex):
            office_end = i
            continue  # the field of an office: PRESIDENT OF RUSSIA VLADIMIR PUTIN, Secretario de Estado de ...
        kept.append(w)
    return tuple(fold(w) for w in kept if fold(w))


def _article_particle(word: str, surname: str, lex: Lexicon) -> bool:
    """ "LE" of "M. LE DRIAN", "La" of "La Russa": a capitalised article that is a name
    particle of the lexicon, right before the label's last word, which is no office."""
    return word[:1].isupper() and fold(word) in folded(lex, "articles") & folded(lex, "name_particles") \
        and not is_title_word(surname, lex) and fold(surname) not in folded(lex, "name_particles")


def is_cjk(text: str) -> bool:
    """Written in Chinese or Japanese characters, which put no spaces between words."""
    return bool(text) and all("\u3400" <= c <= "\u9fff" or "\uf900" <= c <= "\ufaff" for c in text)


def strip_initials(word: str) -> str:
    """ "В.В.Путин" -> "Путин": initials glued to a surname are not the name key."""
    if word[1:2] != ".":
        return word  # no initial: asked of every word of a text, most of them
    return _GLUED_INITIALS.sub("", word) or word


def find_name(text: str, key: tuple[str, ...], lex: Lexicon) -> tuple[str, str] | None:
    """(full name, office) printed in `text` for the person whose key is `key`.

    "Secretary Antony J. Blinken And Russian Foreign Minister Sergey Lavrov ..." with
    key ("lavrov",) gives ("Sergey Lavrov", "Russian Foreign Minister").
    """
    # "Ann\_Lee" in a YAML title: an escaped no-break space
    printed = re.sub(r"\\?_|\u00a0", " ", text).split()
    words = [POSSESSIVE.sub("", w).strip('"“”«»\\') for w in printed]
    folds = [fold(strip_initials(w)) for w in words]
    n = len(key)
    for i in range(len(words) - n + 1):
        declined = False
        if tuple(folds[i:i + n]) != key and not misspelt(folds[i:i + n], key):
            end = _with_initials(folds, words, i, key)  # "James F. Collins" for JAMES COLLINS
            # "Сергея Лаврова" (N1099f): an ending changes no word's first two letters, so only
            # words that begin as the key does are tried (a declined form was tried for every word)
            declined = end is None and lex.name_cases and folds[i][:2] == key[0][:2] \
                and oblique_case(words[i:i + n], key, lex) is not None
            if end is None and not declined:
                continue
            n = n if declined else end - i
        start = i
        glued = strip_initials(words[i]) != words[i]  # "В.В.Путин": the initials are the given names
        shouting = words[i].isupper() and len(words[i]) > 1  # "GUY VERHOFSTADT": a name in capitals
        while start > 0 and not glued and is_name_word(words[start - 1].title() if shouting and words[start - 1].isupper()
                                                      else words[start - 1], lex) \
                and not (shouting and fold(words[start - 1]) in folded(lex, "label_role_words")) \
                and not words[start - 1].endswith((",", ":", ";", "/")) and not SENTENCE_END.search(printed[start - 1]) \
                and not _office_field(words, start - 1, lex) and not noun_after_article(printed, start - 1, lex) \
                and not (shouting and stops_name_in_capitals(words[start - 1], lex)):  # "… AVEC JEAN-VICTOR" (N2248l)
            start -= 1  # not "Speakers: Ann Roe", "Interview/ Ann Roe", nor the field of "Minister of Harbours Ann Roe"
        if start == i and n == 1 and noun_after_article(printed, i - 1, lex) and i + 1 < len(words) \
                and words[i + 1][:1].isupper() and is_name_word(words[i + 1], lex) \
                and not words[i].endswith((",", ":", ";", "/")) and not SENTENCE_END.search(printed[i]):
            n = 2  # "mit den Vorstandsmitgliedern Carsten Schmidt": the label's word is the given name (N601a)
        while start < i and words[start].islower() and fold(words[start]) in folded(lex, "name_particles"):
            start += 1  # "de François ...": a name never opens with a lower-case particle
        if start == i and n == 1 and surname_after(words, printed, i, lex, is_title_word):
            n = 2  # "Jean-Victor TRAORÉ" for the label "Jean-Victor" (N2248l)
        if sum(not is_initial(w) for w in words[start:i]) > 1 and _office_field(words, start - 1, lex):
            start = i - 1  # "Minister for Foreign Affairs Hirofumi Nakasone": the field's last word is no given name
            # (a middle initial is none: "Secretary of State Antony J. Blinken", N1094f)
        lead = _complement_end(words, start, lex) if i - start > 1 else None
        if lead is not None:
            start += 1  # "министра иностранных дел России Сергей Рябков": the office's genitive ends in a name
        office_start = lead if lead is not None else office_before(words, start, lex, linkless=glued)
        given = given_names_start(words, start, i, lex)  # "МИД России Марии Захаровой": "России" is the office's (N1405i)
        if given > start:
            office_start = min(office_start, start) if office_start < start else office_before(words, given, lex, linkless=glued)
            start = given
        short = words[i].startswith("(") and words[i + n - 1].rstrip(",.;:").endswith(")")
        if short and start == i:
            continue  # "(AL)" with no name before it
        name = " ".join(w.strip(",;:") for w in words[start:i if short else i + n])  # "Ann Lee (AL)": Ann Lee (N1065f)
        if name[-1:] in ")）" and not any(c in name for c in "(（"):
            name = name[:-1]  # "Der neue Kai (Fragen: Tom)": the bracket that closes around the name (N1036f)
        if name.endswith(".") and not is_initial(name.split()[-1]) \
                and fold(name.split()[-1]) not in folded(lex, "name_suffixes"):
            name = name[:-1]  # "… a cura di Anna Bruni.": the sentence's full stop
        office = balanced(" ".join(printed[office_start:start]).strip(" ,;:")) or role_after(words, i + n, lex) \
            or role_in_brackets(printed, i + n, lex) \
            or (words[start - 1] if start >= 2 and article_role(printed, start - 1, lex) else "")
        if declined:
            # (the office stays as printed, "Министра иностранных дел": a role is what the text gives, N1405i)
            name = in_nominative(name, oblique_case(words[i:i + n], key, lex, words[start:i]))
        return name, office  # (the last: "Der Kommunikationstheoretiker Norbert Bolz", a noun after its article, N872d)


def _with_initials(folds: list[str], words: list[str], i: int, key: tuple[str, ...]) -> int | None:
    """The end of `key`'s words printed from `i` with middle initials between them ("James F.
    Collins" for the key james, collins), or with one middle name after the given name ("Marc
    Perrin de Brichambaut" for MARC DE BRICHAMBAUT, N143h), or None."""
    if len(key) < 2 or folds[i] != key[0] or words[i].endswith((",", ";", ":")):
        return None  # "Al, Al Franken": a comma ends the name the given name opens (N2544m)
    j = i + 1
    if j + 1 < len(words) and folds[j] != key[1] and folds[j + 1] == key[1] and not is_initial(words[j]) \
            and _middle_name(words[j]):
        j += 1  # one middle name between the given name and the rest
    for part in key[1:]:
        while j < len(words) and is_initial(words[j]):
            j += 1
        if j >= len(words) or folds[j] != part:
            return None
        j += 1
    return j if j - i > len(key) else None


def _middle_name(word: str) -> bool:
    """A capitalised word of letters (hyphens allowed) that can be a middle name."""
    return word[:1].isupper() and word.replace("-", "").isalpha() and len(word) > 1


def _complement_end(words: list[str], k: int, lex: Lexicon) -> int | None:
    """Where the office begins when the capitalised word at `k` ends its complement: the
    lower-case words before it are of the lexicon's `office_complements` ("иностранных дел"),
    with a role word before them ("Заместитель министра иностранных дел России"); else None."""
    if not lex.office_complements or k < 2:
        return None
    complement = lex.pattern("office_complements")
    j = k - 1
    while j >= 0 and k - j <= 5 and words[j].islower() and complement.fullmatch(words[j]):
        j -= 1
    roles = folded(lex, "label_role_words")
    found = j < k - 1 and j >= 0 and (fold(words[j]) in roles or is_title_word(words[j], lex))
    return j if found else None


def _office_field(words: list[str], i: int, lex: Lexicon) -> bool:
    """ "Minister of Harbours Ann Roe": the word at `i` follows an office's link ("of",
    "for") that follows a title word within two words: the office's field, not a given name."""
    if i < 2 or fold(words[i - 1]) not in folded(lex, "office_links"):
        return False
    return any(is_title_word(w, lex) for w in words[max(0, i - 4):i - 1])


# Words an office never opens with, besides the lexicon's links and articles ("of", "del").
_NO_OFFICE_START = frozenset(("and", "state"))


def office_before(words: list[str], start: int, lex: Lexicon, linkless: bool = False) -> int:
    """Where the office printed before the name at `start` begins: title words, a nationality
    ("Russian Foreign Minister"), an organisation's acronym ("WHO Director-General"), and a
    field joined by "for"/"of" ("NSC Coordinator for Strategic Communications").
    With `linkless`, the field may follow the title words directly, as in the genitives of
    "Председатель партии «Единая Россия» Д.А.Медведев" (names printed with initials).
    Honorifics ("Mr.") are no office: `start` is returned when only they precede."""
    k = start
    complement = k
    while complement > 0 and start - complement < 4 and _field_word(words[complement - 1], lex):
        complement -= 1
    if complement < k and complement > 1 and fold(words[complement - 1]) in folded(lex, "office_links") \
            and is_title_word(words[complement - 2], lex):
        k = complement - 1  # the field and its link belong to the office before them
    elif complement < k and complement > 0 and elided_field(words[complement], lex) and is_title_word(words[complement - 1], lex):
        k = complement - 1  # "ministro dell'Economia", "ministre d'État": the link elided into the field (N1189h)
    elif linkless:  # the nearest title word within a few words, nothing but words between
        j = start - 1
        while j >= 0 and start - j <= 6 and not words[j].endswith((".", ",", ";", ":")):
            if is_title_word(words[j], lex):
                k = j + 1
            j -= 1
    while k > 0 and (is_title_word(words[k - 1], lex) or _nationality(words[k - 1], k - 1, words, lex)
                     or (_acronym(words[k - 1]) and k < start and is_title_word(words[k], lex))):
        k -= 1
    leading = folded(lex, "office_links") | folded(lex, "articles") | _NO_OFFICE_START
    while k < start and fold(words[k]) in leading:
        k += 1  # "News conference of Vladimir Putin", "PRESIDENCIA DEL CIUDADANO …" name no office
    honorifics = folded(lex, "honorifics")
    if all(fold(w) in honorifics for w in words[k:start]):
        return start
    while fold(words[k]) in honorifics | folded(lex, "articles"):
        k += 1  # "Mr. Secretary General": the office starts after the honorific
    return k


def role_after(words: list[str], j: int, lex: Lexicon) -> str:
    """ "Jean-Maurice Ripert, Permanent Representative of France to the United Nations": the
    office printed after the comma that ends a name, up to the next comma or full stop."""
    if j <= 0 or j >= len(words) or not words[j - 1].endswith(",") or not (
            words[j][:1].isupper() or fold(words[j].strip(",")) in folded(lex, "title_words")
            or fold(words[j]) in folded(lex, "office_modifiers") and j + 1 < len(words)
            and fold(words[j + 1].strip(",")) in folded(lex, "title_words")):
        return ""  # (an office in lower case opens with its title word: "…, ministre des ports", "…, ancien maire")
    taken: list[str] = []
    for k, word in enumerate(words[j:j + 12], start=j):
        taken.append(word)
        if word.endswith((".", ";", ":")) and not is_initial(word.rstrip(".") + ".") or word.endswith(("?", "!")):
            break
        if word.endswith(",") and (k + 1 >= len(words) or not words[k + 1][:1].isupper()):
            break  # "Président de la République, avec la presse": a clause follows
    role = " ".join(taken).strip(" ,.;:")
    return role if lex.pattern("office_words").search(role) else ""


def _field_word(word: str, lex: Lexicon) -> bool:
    """ "Strategic", "Communications", "dell'Economia": a capitalised word of an office's field."""
    return (word[:1].isupper() and not word.isupper() and not word.endswith(",")
            and fold(word) not in folded(lex, "not_name_words") and not is_title_word(word, lex)) \
        or elided_field(word, lex)


def _acronym(word: str) -> bool:
    return 2 <= len(word) <= 5 and word.isupper() and word.isalpha()


@lru_cache(maxsize=8192)  # the words of titles and leads, asked twice on average
def is_name_word(word: str, lex: Lexicon) -> bool:
    """A word that can be part of a personal name: capitalised (or a particle, "de"), no title
    of office, no common noun, not in capitals, or an initial that is no honorific."""
    w = word.strip(",;:")
    if is_initial(w):
        return fold(w) not in folded(lex, "honorifics")  # "M. Mitterrand": Monsieur, not an initial
    if w.islower() and fold(w) in folded(lex, "name_particles"):
        return True  # "Jan de Vries", "Ana de la Fuente": "de", "la" are articles and titles' words too (N995e)
    return (bool(w) and w[:1].isupper() and not is_title_word(w, lex)
            and fold(w) not in folded(lex, "not_name_words") and not (w.isupper() and len(w) > 1)
            and not _NOUN_ENDING.search(fold(w)))


# (compiled here, not looked up in `re`'s cache of 512 patterns per call: is_initial is asked
# of every word, and the name patterns compiled per document push the cached ones out)
_INITIAL = re.compile(r"[A-Z]\.")
_NATIONALITY_ENDING = re.compile(r"(an|ese|ish|i|ch)$")
_NOT_SLUG = re.compile(f"[^a-z0-9{KEPT}]+")  # ideographs kept: see `romanise`


def is_initial(word: str) -> bool:
    """A capital letter and a full stop ("F.")."""
    return _INITIAL.fullmatch(word) is not None


def _nationality(word: str, index: int, words: list[str], lex: Lexicon) -> bool:
    """A capitalised adjective right before a title word ("Russian Foreign Minister")."""
    return (word[:1].isupper() and fold(word) not in folded(lex, "not_name_words") and index + 1 < len(words)
            and is_title_word(words[index + 1], lex) and fold(words[index + 1]) not in ("of", "the", "and")
            and _NATIONALITY_ENDING.search(word) is not None)  # ("Speech of …" is no "French Minister")


def slug(words) -> str:
    """Lower case with hyphens, other scripts romanised: ("le", "drian") -> "le-drian",
    ("ганапольский",) -> "ganapolskii" (see `romanise`)."""
    text = romanised("-".join(fold(w) for w in words))
    text = _NOT_SLUG.sub("-", text).strip("-")
    if text and not text[0].isalpha():
        text = "p-" + text
    return text
