"""The fullest name the text gives a speaker known by a surname, initials or a first name
(`transforms.persons`): "Dana Lee (DL)" for "DL:", "Stephen Colbert" for "Stephen:" under "The
Late Show with Stephen Colbert", the name and role a lead introduces ("the harbour master, Dana
Lee, said") for "LEE:"."""
from __future__ import annotations

import re

from teikit.lexicons import Lexicon
from teikit.model import HeaderKind as K
from teikit.model import HeaderLine, Paragraph, Person, Transcript, Turn
from teikit.transforms.helpers import names as nm
from teikit.transforms.helpers.addressednames import addressed_full_names, addressed_initials
from teikit.transforms.helpers.introductions import SCAN_CHARS, NameIndex
from teikit.transforms.helpers.labelparts import label_initials, label_parts
from teikit.transforms.helpers.listedlines import lined_text
from teikit.transforms.helpers.longerforms import one_longer_form
from teikit.transforms.helpers.pseudonyms import name_by_pseudonym
from teikit.transforms.helpers.titlenames import names_in

_TITLED = (K.TITLE, K.SUBTITLE, K.ACTIVITY)


def introduced_names(doc: Transcript, header: list[HeaderLine], people: list, lex: Lexicon) -> None:
    """A person known by a surname gets the fullest name the text introduces."""
    name_by_pseudonym(header, [p for _, p in people], lex)  # "Código: E1" / "Seudónimo: Abel Marco" (N1112g)
    addressed_full_names(doc.turns(), people)  # "Jason Fried, how are you?" / "Jason: Good, Shaun." (N1244h)
    addressed_initials(doc.turns(), people)  # "Donald J. Trump, … How do you plead?" / "DONALD TRUMP:" (N2264l)
    named = [(k, p) for k, p in people if k and k[0] and p.labels
             and (len((p.name or "").split()) <= len(k) or p.role is None)]
    if not named:
        return  # every speaker's full name and role are known already
    texts = [h.text for h in header]
    owners: list[str | None] = [None] * len(texts)  # who says each text (None: the page)
    size = 0
    for block in doc.blocks:
        if size > SCAN_CHARS:
            break  # speakers are introduced early; the index reads no further
        for item in (block.paragraphs if isinstance(block, Turn) else [block]):
            if isinstance(item, Paragraph) or (hasattr(item, "text") and not isinstance(item, HeaderLine)):
                texts.append(lined_text(item))
                owners.append(block.who if isinstance(block, Turn) else None)
                size += len(texts[-1])
    index = NameIndex(texts, lex)
    lead = _lead_texts(doc, header)
    opening = _opening_turns(doc)
    said: dict[str | None, set[int]] = {}  # person id -> the texts they say (one walk of the owners)
    for k, who in enumerate(owners):
        said.setdefault(who, set()).add(k)
    for key, person in named:
        short = person.name if len(key) == 1 and len((person.name or "").split()) == 1 else None
        found = index.short_form(short) if short else None  # "Dana Lee (DL)" and later "DL:"
        if found:
            person.name, person.role = found[0], person.role or found[1]
            continue
        label = unmarked(person.labels[0])  # "**Ben:**" read as "Ben:" (N1105g)
        printed = label_parts(label, lex)  # "Stephen:", not "PRESIDENT OBAMA:" shown as "Obama"
        titled = _titled_full_name(printed.name, [h.text for h in header if h.kind in _TITLED], lex) \
            or _titled_full_name(printed.name, lead, lex) \
            or _titled_full_name(printed.name.title() if printed.name.isupper() else printed.name, opening, lex) \
            if short and printed.name and not printed.office else None  # then the lead's ("Zu Gast ist Anna Weber", N1174g)
        if titled:  # "Stephen:" on "The Late Show with Stephen Colbert"
            person.name = titled
            # the office the text prints after that full name: "… joined by Ben Labaschin, a
            # principal machine learning engineer at WorkHelix, …" (N1106g)
            found = index.introduced(tuple(nm.fold(w) for w in titled.split()[-1:]), [])
            if found and found[1] and person.role is None and nm.fold(found[0]) == nm.fold(titled):
                person.role = found[1]
            continue
        letters = _initials(key, person)
        if letters:
            found = index.by_initials(letters)
            if found:
                person.name, person.role = found[0], person.role or found[1]
                continue
        initialled = label_initials(label, lex)
        full = index.by_initials_and_surname(*initialled) if initialled else None
        if full:
            person.name, person.role = full[0], person.role or full[1]
            continue
        office = label_parts(label, lex).office
        found = index.introduced(key, (office or "").split())
        if found is None or len(found[0].split()) <= len((person.name or "").split()):
            # "… yesterday, Emmanuel Macron said", in another's words (N150g)
            longer = one_longer_form(index, key, said.get(person.id, set()))
            if longer and len(longer.split()) > len((person.name or "").split()):
                person.name = longer
        if found is None:
            continue
        full, role = found
        if len(full.split()) > len((person.name or "").split()):
            person.name = full
        if role and (person.role is None or person.role.lower() in role.lower()):
            person.role = role  # "Administrator" -> "Administrator, NASA"


def _lead_texts(doc: Transcript, header: list[HeaderLine]) -> list[str]:
    """The header's other lines and the unlabelled paragraphs before the first label: where a
    podcast page introduces its guest and host in full ("Today my guest is Jane Roe, …",
    "Moderiert wird die Sendung von Tom Berger"), N1174g."""
    texts = [h.text for h in header if h.kind not in _TITLED]
    for block in doc.blocks:
        if isinstance(block, Turn):
            if block.label:
                break
            texts += [lined_text(p) for p in block.paragraphs if isinstance(p, Paragraph)]
    return texts + [listed for text in texts for listed in _bracketed_lists(text)]


# A list of two names or more in brackets, as show notes name the team: "… passe en revue les
# sujets du moment (Jérôme Colombain, François Sorel, Bruno Guglielminetti)." (N1736j)
_BRACKETED_LIST = re.compile(r"\(([^()\n]{3,200}?,[^()\n]{1,200}?)\)")


def _bracketed_lists(text: str) -> list[str]:
    """The contents of `text`'s brackets that list names apart by commas: read as lead text
    of their own, since `names_in` reads nothing in brackets (a member's riding and party are
    no name), N1736j."""
    return [m.group(1) for m in _BRACKETED_LIST.finditer(text)] if "(" in text else []


# The host introduces the guest in the first turns: "I'm your host, Jane Doe, and with me today is
# John Smith, professor of economics at MIT." (N1222h)
OPENING_TURNS = 2


def _opening_turns(doc: Transcript) -> list[str]:
    """The first paragraph of each of the first labelled turns: where a host names the guest
    (and themself) in full, for a label of a given name, in capitals too ("JOHN:"), N1222h."""
    texts: list[str] = []
    for turn in doc.turns():
        if turn.label:
            texts += [lined_text(p) for p in turn.paragraphs[:1] if isinstance(p, Paragraph)]
            if len(texts) >= OPENING_TURNS:
                break
    return texts


def unmarked(label: str) -> str:
    """A label as printed without the Markdown emphasis around it (N1105g): "**Ben:**",
    "__Ben__:", "*Ben*:" -> "Ben:". The name inside is what the page's title and lead print
    ("The Evolution of AI Agents with Ben Labaschin"); "Ben:**" matched none of them."""
    text = label.strip()
    core = text.strip("*_").rstrip(":：").strip("*_ ")
    return core + (":" if ":" in text else "") if core and core != text.rstrip(":：") else label


def _titled_full_name(given: str, titles: list[str], lex: Lexicon) -> str | None:
    """ "Stephen Colbert" for the label "Stephen" on "The Late Show with Stephen Colbert": the
    one name of two or three words the title prints that opens with the label's one word as
    printed (a label in capitals, VANTORRE, is a surname: it opens no "Vantorre Meeks")."""
    if not given[:1].isupper() or len(given) < 2:
        return None
    found = {_from_given(n.split(), given) for t in titles for n in names_in(t, lex)} - {None}
    return found.pop() if len(found) == 1 else None


def _from_given(words: list[str], given: str) -> str | None:
    """The name that opens with `given` among a run of capitalised words, two or three words,
    without a sentence's full stop: "Sendung von Tom Berger." -> "Tom Berger" (German nouns are
    capitalised, so a name run may start before the name, N1174g)."""
    if given not in words:
        return None
    name = words[words.index(given):]
    if not 2 <= len(name) <= 3:
        return None
    last = name[-1].rstrip("\"”»'’)")  # 'title: "Interview with Lena Herrmann"': the title's closing quote
    if last.endswith(".") and not nm.is_initial(last):
        last = last[:-1]
    return " ".join(name[:-1] + [last])


def _initials(key: tuple[str, ...], person: Person) -> str | None:
    """ "CL", "TAG": a label of two to four capitals that is the person's only name; or of
    two to four dotted initials ("И.П.", "J. E.", N337c)."""
    word = (person.name or "").strip()
    if len(key) == 1 and word.isupper() and word.isalpha() and 2 <= len(word) <= 4 and nm.fold(word) == key[0]:
        return word
    label = (person.labels[0] if person.labels else "").rstrip(":： -–—").strip()
    if _DOTTED.fullmatch(label):
        return "".join(c for c in label if c.isalpha()).upper()
    return None


# A label of two to four dotted initials, spaced or not: "И.П.", "J. E.", "А.   К."
_DOTTED = re.compile(r"(?:[^\W\d_]\.\s*){2,4}")
