"""Where the header and the opening text name a speaker: bylines and titles ("Name, Office",
"Russian Foreign Minister Sergey Lavrov"), the holder of an office label (THE PRESIDENT,
LE PRESIDENT), the chair of a sitting and the witness of a deposition; and how label words
are shown as a name or an office.
"""
from __future__ import annotations

import re

from teikit.lexicons import Lexicon
from teikit.transforms.helpers.formnotes import note_field
from teikit.transforms.helpers.cjkoffices import office_before
from teikit.model import HeaderKind as K
from teikit.model import HeaderLine, Paragraph, Transcript, Turn
from teikit.transforms.helpers import names as nm
from teikit.transforms.helpers.capitalsurname import bare_label_word
from teikit.transforms.helpers.chairoffice import office_after_name
from teikit.transforms.helpers.headerlines import is_name
from teikit.transforms.helpers.introductions import SCAN_CHARS
from teikit.transforms.helpers.namerolelines import name_role_line
from teikit.transforms.helpers.participantlines import listed_person


# office words -> the phrases that name their holder: THE WITNESS of a deposition is the
# person named after "Deposition of"; the chair (PRESIDENTE) the one named after
# "PRESIDENZA DEL VICEPRESIDENTE" in an Italian record.
_NAMED_AFTER = {"witness": ("witness_words", "deposition_phrases"), "chair": ("chair_words", "chair_phrases")}


def named_after(office: list[str], header: list[HeaderLine], preamble: list[str], lex: Lexicon,
                which: str) -> tuple[str, str] | None:
    """The one name printed after the phrase that introduces the witness or the chair, with
    the office that phrase gives ("PRESIDENZA DEL VICEPRESIDENTE SALIZZONI" gives the chair
    PRESIDENTE the name Salizzoni and the office Vicepresidente), or None."""
    words, phrases = _NAMED_AFTER[which]
    if not office or nm.fold(office[-1]) not in nm.folded(lex, words):
        return None
    phrase = re.compile(rf"\b(?:{lex.alternation(phrases)})(?=\s)", re.IGNORECASE)
    found: dict[str, str] = {}
    for text in [h.text for h in header] + preamble:
        named = _name_after(text, phrase, lex, surname=which == "chair")
        if named:  # the office the phrase prints, else the one after the name (R2484m)
            found.setdefault(named[0], _phrase_office(named[1], words, lex) or (
                office_after_name(text, named[0].rstrip(",;:"), lex) if which == "chair" else ""))
    if len(found) != 1:
        return None
    name, role = found.popitem()
    return display(name, lex, name=True), role


def _phrase_office(phrase: str, words: str, lex: Lexicon) -> str:
    """The office a chair phrase prints: "vice presidente" of "Presidenza del vice presidente"
    (the words after its last link that end with a chair word), or ""."""
    printed = phrase.split()
    chair = tuple(nm.folded(lex, words))
    last = next((k for k in range(len(printed) - 1, -1, -1) if nm.fold(printed[k]).endswith(chair)), None)
    if last is None:
        return ""
    first = last
    links = nm.folded(lex, "office_links") | nm.folded(lex, "articles")
    while first > 0 and nm.fold(printed[first - 1]) not in links:
        first -= 1
    return display(" ".join(printed[first:last + 1]).strip(" :"), lex) if first > 0 else ""


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


# Header lines that may list the speakers: fields, subtitles, unclaimed lines, and notes ("**Part
# One: Ann LEE (Harbour Board), Tom ROE (City)**" over a press conference's first part, N1033f).
_LISTING_KINDS = (K.METADATA, K.SUBTITLE, K.UNKNOWN, K.NOTE)


def _headline_name(text: str, key: tuple[str, ...], lex: Lexicon):
    """`names.find_name` in a title or lead line, but not a guide's section heading that ends
    with a label word ("## NOTAS INICIALES DEL ENTREVISTADOR") nor the label's word printed
    as a common noun in lower case ("… el entrevistador pudo observar …"): no one's name (N1113g)."""
    found = nm.find_name(text, key, lex)
    if found and (note_field(found[0], lex) or found[0] == found[0].lower() != found[0].upper()):
        return None
    return found


def from_header(key: tuple[str, ...], header: list[HeaderLine], lex: Lexicon) -> tuple[str | None, str | None]:
    """Full name and office printed in a byline ("Name, Office"), the title, or a list of
    the speakers with their offices ("Speakers: Name, Office; Name, Office")."""
    for line in header:
        if line.kind == K.BYLINE:
            listed = name_role_line(line.text.strip())  # "Ann Lee – Chief Financial Officer"
            name_part, office = (listed.group(1), listed.group(2)) if listed else line.text.partition(",")[::2]
            found = nm.find_name(name_part, key, lex)
            if found:
                # the office after the comma is this person's only when the name ends the
                # part before it ("By Director John Lipsky with Anoop Singh, Director, ..."
                # gives Lipsky "Director", not Singh's office)
                ends = name_part.rstrip().endswith(found[0].split()[-1])
                return found[0], (office.strip() if ends else "") or found[1] or None
    # (a role field, "Interviewer: Tom Baker (TB)", is read as a subtitle or left unknown: L996e)
    listed = listed_person(key, [h.text for h in header if h.kind in _LISTING_KINDS], lex)
    if listed and listed[1]:  # "Participantes: Sebastián Chocho (Entrevistador) y …" (N950e)
        return listed
    for line in header:
        if line.kind in (K.TITLE, K.SUBTITLE, K.ACTIVITY):
            found = _headline_name(line.text, key, lex)
            if found and not found[1] and bare_label_word(found[0], key, line.text):
                continue  # "… AVEC JEAN-VICTOR TRAORE": the standfirst below may print the name (N2248l)
            if found:  # "《中國企業家》雜志總編輯 牛文文": an office in ideographs before the name (N334c)
                return found[0], found[1] or (office_before(key[0], [line.text], lex) if len(key) == 1 else None)
    for line in header:  # a surname label: a lead, or a headline read as one, names the person
        if line.kind == K.SUMMARY and len(key) == 1:  # (only the name: the words around it are the story's)
            found = _headline_name(line.text, key, lex)
            if found:
                return found[0], None
    for line in header:  # "Speakers: Ann Lee, Harbour Master; Tom Poe, Mayor": bylines in a list
        if line.kind == K.METADATA and ("," in line.text or ";" in line.text):
            for entry in _list_entries(line.text.partition(":")[2], lex):
                name_part, _, office = entry.partition(",")
                found = nm.find_name(name_part, key, lex)
                if found and name_part.rstrip().endswith(found[0].split()[-1]):
                    office = "" if _more_names(office, lex) else office
                    return found[0], office.strip(" .") or found[1] or None
    if listed:  # "Guests: Ann Lee and Tom Poe" names the label "Ann" (N950e)
        return listed
    if len(key) == 1:  # "外交部发言人毛宁": the office glued before a name in ideographs
        return None, office_before(key[0], [h.text for h in header if h.kind != K.BOILERPLATE], lex)
    return None, None


def _more_names(rest: str, lex: Lexicon) -> bool:
    """ "Guests: Ann Lee, Tom Poe, Jo Roe": what follows a listed name is the next names of the
    list, not its office, when it is two or more parts between commas and every part is a name
    without a title word (N391a); "Ann Lee, Harbour Master; ..." keeps its office."""
    parts = [p.strip(" .") for p in rest.split(",")]
    return len(parts) >= 2 and all(is_name(p, lex) and not any(nm.is_title_word(w, lex) for w in p.split())
                                   for p in parts)


def _list_entries(text: str, lex: Lexicon) -> list[str]:
    """The entries of a list of people: between semicolons, else before the lexicon's "and"
    followed by a capitalised word ("Ann ROE, candidate PS et Paul POE, candidat UMP", N15b)."""
    if ";" in text or not lex.list_joiners:
        return text.split(";")
    joiners = "|".join(map(re.escape, lex.list_joiners))
    return re.split(rf"\s(?:{joiners})\s(?=[^\W\d_])(?=\w+[^,]*,)", text)


def office_holder(office: list[str], header: list[HeaderLine], preamble: list[str],
                   lex: Lexicon) -> tuple[str, str] | None:
    """For THE VICE PRESIDENT, the name the title prints for that office ("Vice President
    Harris"), else the one other header lines or the unlabeled text before the first label
    print ("le président François Hollande"), with the office as printed there."""
    if not office:
        return None
    anonymous = nm.fold(office[-1]) in nm.folded(lex, "anonymous_words")
    titles = [h.text for h in header if h.kind in (K.TITLE, K.SUBTITLE)]
    others = [h.text for h in header if h.kind not in (K.TITLE, K.SUBTITLE, K.BOILERPLATE, K.METADATA)]
    for text in titles + others + preamble:
        found = _holder_in(text, office, lex, apposed=anonymous)
        if found:
            return found
    return None


# An office's field and its holder's given and family name, printed without a comma, are at
# most this many words ("for Foreign Affairs Hirofumi Nakasone").
MAX_FIELD_NAME_WORDS = 6


def _holder_in(text: str, office: list[str], lex: Lexicon, apposed: bool = False) -> tuple[str, str] | None:
    """The name a line prints for the holder of `office` (["VICE", "PRESIDENT"]):
    right after it ("Vice President Harris", "le président François Hollande"), after its
    field and a comma ("presidente de la Nación, Alberto Fernández,"), or before it with a
    comma ("M. François Mitterrand, Président de la République"). Returns the name and the
    office as printed there (with its field); None when absent or when two different names
    are found. With `apposed` (an office anyone may hold for the day: spokesperson, moderator,
    host), only a name with the office after its comma counts ("... briefing by Ann Lee,
    Spokesperson for the Secretary-General", N144h)."""
    words = text.replace("\u00a0", " ").split()
    folds = [nm.fold(w) for w in words]
    wanted = [nm.fold(w) for w in office]
    shouting = text.isupper()  # "PRESS GAGGLE BY PRESIDENT TRUMP": names in capitals too
    found: dict[str, str] = {}
    for i in range(len(words) - len(wanted) + 1):
        inflected = folds[i:i + len(wanted)] != wanted
        if inflected and not _inflected_office(folds[i:i + len(wanted)], wanted, lex):
            continue
        j = i + len(wanted)
        if apposed:
            run = _name_run_before(words, i - 1, lex) if i > 0 and words[i - 1].endswith(",") else None
            if run:
                found.setdefault(" ".join(run), " ".join(words[i:_after_field(words, j)]).strip(" ,;:."))
            continue
        if j < len(words) and not words[j - 1].endswith(",") and (
                words[j].islower() or shouting and nm.fold(words[j]) in nm.folded(lex, "office_links")):
            j = _after_field(words, j)  # "presidente de la Nación, Alberto Fernández"
        run = _name_run(words, j, shouting, lex)
        role = " ".join(words[i:j]).strip(" ,;:")
        if not run and j + 1 < len(words) and nm.fold(words[j]) in nm.folded(lex, "office_links"):
            # "Minister for Foreign Affairs Hirofumi Nakasone": the field, then a given and a family name
            rest = words[j + 1:]
            if 3 <= len(rest) <= MAX_FIELD_NAME_WORDS and all(
                    w[:1].isupper() and w.rstrip(".").replace("-", "").isalpha() for w in rest):
                run = _name_run(words, len(words) - 2, shouting, lex)
                role = " ".join(words[i:len(words) - 2]).strip(" ,;:")
            if not run and (k := _honorific_after_field(words, j + 1, lex)):
                run = _name_run(words, k, shouting, lex)  # "… for Foreign Affairs Dr Ann Lee’s Doorstop" (N2282l)
                role = " ".join(words[i:k]).strip(" ,;:")
        if not run and i > 0 and words[i - 1].endswith(","):
            run = _name_run_before(words, i - 1, lex)  # "François Mitterrand, Président de ..."
            role = " ".join(words[i:_after_field(words, i + len(wanted))]).strip(" ,;:")
        if run:
            found.setdefault(" ".join(run), " ".join(office) if inflected else role)
    return next(iter(found.items())) if len(found) == 1 else None


def _inflected_office(folds: list[str], wanted: list[str], lex: Lexicon) -> bool:
    """The office printed with a case ending on its last word ("des Bundeskanzlers Adenauer"
    for BUNDESKANZLER, N2316l): the office, named in the label's form."""
    return bool(lex.office_endings) and len(folds) == len(wanted) and folds[:-1] == wanted[:-1] and any(
        folds[-1] == wanted[-1] + ending for ending in lex.office_endings)


def _name_after(text: str, phrase: re.Pattern, lex: Lexicon, surname: bool = False) -> tuple[str, str] | None:
    """The name printed right after `phrase` ("Deposition of Keith Kellogg, Jr., ..." ->
    "Keith Kellogg, Jr."; "DEPOSITION OF: ANN LEE Tuesday" -> "ANN LEE"), and the phrase as
    printed. With `surname`, a surname alone counts in capitals ("PRESIDENZA DEL PRESIDENTE
    ROSSI": records print the chair so) or after the phrase's honorific ("Présidence de M.
    Raikem")."""
    m = phrase.search(text)
    if m is None:
        return None
    words = text[m.end():].lstrip(" :").split()
    shouting = bool(words) and words[0].isupper()
    run = _name_run(words, 0, shouting, lex)
    if shouting:
        run = run[:next((k for k, w in enumerate(run) if not w.isupper()), len(run))]
    n = len(run)
    if n and n < len(words) and words[n - 1].endswith(",") and nm.fold(words[n]) in nm.folded(lex, "name_suffixes"):
        run = run[:-1] + [run[-1] + ",", words[n].strip(",;:")]  # "Kellogg, Jr."
    titled = nm.fold(m.group(0).split()[-1]) in nm.folded(lex, "honorifics")  # "Présidence de M. Raikem" (N272b)
    alone = surname and n == 1 and (run[0].isupper() or titled) and len(run[0]) >= 3
    return (" ".join(run), m.group(0)) if n >= 2 or alone else None


name_after_phrase = _name_after  # (the judge after "Before:" in a court's caption, N957e)


def _honorific_after_field(words: list[str], j: int, lex: Lexicon) -> int | None:
    """Where an honorific ends an office's capitalised field that starts at word `j`
    ("Minister for Foreign Affairs Dr Vivian Lee’s Media Doorstop"): the name follows it, and
    the title goes on after the name, so the name is not the line's last two words (N2282l)."""
    honorifics = nm.folded(lex, "honorifics")
    for k in range(j + 1, min(j + MAX_FIELD_NAME_WORDS, len(words) - 1)):
        if nm.fold(words[k]) in honorifics and words[k][:1].isupper():
            return k
        if not words[k][:1].isupper() or words[k].endswith((",", ";", ":")):
            return None
    return None


def _after_field(words: list[str], j: int) -> int:
    """Past an office's field that ends with a comma ("de la Nación,"), or `j` itself."""
    for k in range(j, min(j + 6, len(words))):
        if words[k].endswith(","):
            return k + 1
        if words[k].endswith((".", ";", ":")):
            break
    return j


def _name_run(words: list[str], j: int, shouting: bool, lex: Lexicon) -> list[str]:
    honorifics = nm.folded(lex, "honorifics")
    while j < len(words) and nm.fold(words[j]) in honorifics and words[j][:1].isupper():
        j += 1  # "Mr. Bill Smith"
    run: list[str] = []
    while j < len(words) and (nm.is_name_word(_as_name(words[j], shouting), lex) or nm.is_initial(words[j])):
        if not run and not words[j][:1].isupper():
            break  # a name opens with a capital, not with a particle ("de")
        ended = _NAME_END.search(words[j]) if not nm.is_initial(words[j]) else None
        if ended:  # "with Director-General Lamy.", "President Obama's Town Hall": the name ends here
            run.append(words[j][:ended.start()])
            break
        run.append(words[j].strip(",;:"))
        if words[j].endswith((",", ";", ":")):
            break
        j += 1
    while run and nm.fold(run[-1]) in nm.folded(lex, "name_particles"):
        run.pop()
    return run


# A sentence's full stop or a possessive after a name's last word (not an initial's stop).
_NAME_END = re.compile(r"(?<=[^\W\d_]{2})(?:[.!?]|['’]s)[\"”»’)]*$")


def _name_run_before(words: list[str], k: int, lex: Lexicon) -> list[str]:
    """The name ending at word `k` (which carries the comma), read backwards."""
    run: list[str] = []
    while k >= 0 and len(run) < 5 and nm.is_name_word(words[k], lex):
        if k < len(words) - 1 and run and words[k].endswith(","):
            break
        run.insert(0, words[k].strip(",;:"))
        k -= 1
    while run and not run[0][:1].isupper():
        run.pop(0)
    return run if len(run) >= 2 else []


def _as_name(word: str, shouting: bool) -> str:
    word = word.strip(",;:")
    return word.title() if shouting else word


def same_office(fuller: str, printed: str, lex: Lexicon) -> bool:
    """Whether `fuller` (an office the header prints) is the office a label prints, written
    out: each word of the label's office, articles and honorifics aside, begins a word of it
    ("Secretary of State" for SECRETARY and SEC.), is begun by one ("Secr." for SECRETARY), or
    closes a compound of it ("Bundesministerin der Finanzen" for MINISTERIN)."""
    skip = nm.folded(lex, "articles") | nm.folded(lex, "honorifics")
    words = [nm.fold(w) for w in fuller.split()]
    return all(any(f.startswith(w) or (len(f) >= 4 and w.startswith(f)) or (len(w) >= 5 and f.endswith(w))
                   for f in words)
               for w in (nm.fold(x).rstrip(".") for x in printed.split()) if w and w not in skip)


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
            and low not in nm.folded(lex, "ordinals") and low not in nm.folded(lex, "small_words")
            and low not in nm.folded(lex, "office_fields"))  # "ДЕЛ" of МИНИСТР ИНОСТРАННЫХ ДЕЛ: a word


# A field of a record's header grid: its name (letter-spaced or not) and the value after
# spaces or a colon ("主  席 韓院長國瑜", "Vorsitz: Anna Roth").
_FIELD_LINES = (re.compile(r"^\s*([\u3400-\u9fff](?:[ \u3000]{1,4}[\u3400-\u9fff]){1,3})[ \u3000]+(\S.{0,40})$"),
                re.compile(r"^\s*([^:：\n]{1,30}?)\s*[:：]\s*(\S.{0,40})$"))


def field_holder(office: list[str], header: list[HeaderLine], lex: Lexicon) -> tuple[str, str | None] | None:
    """For the office label 主席, the name a header field of that office gives ("主  席
    韓院長國瑜": 韓國瑜, 院長), with the office the value prints (None when it prints none)."""
    from teikit.transforms.helpers.labelparts import label_parts  # (labelparts reads holders' words)
    wanted = "".join(office).casefold()
    for line in header:  # (a record's grid may have been taken for site lines)
        m = next((m for m in (f.match(line.text) for f in _FIELD_LINES) if m), None)
        if m is None or re.sub(r"[ \u3000]", "", m.group(1)).casefold() != wanted:
            continue
        parts = label_parts(m.group(2).strip(), lex)
        if parts.key and parts.name:
            return parts.name, parts.office
    return None
