"""What a speaker label says about its speaker: name words, office, affiliation.

Labels print the same facts in several shapes; each is read here so that the persons pass
deals with one result (`LabelParts`):

- "SECRETARY BLINKEN", "President of Russia Vladimir Putin": office, then name;
- "Peter Stano, Moderator", "M. Bernard Cazeneuve, Premier ministre": name, comma, office;
- "PEDRO SANCHEZ_PRESIDENTE DEL GOBIERNO": name and office joined by an underscore;
- "The Minister for Culture (Mr David Evennett)", "El señor VICEPRESIDENTE PRIMERO (De la Hoz
  Fernández)": an office whose holder's name stands in parentheses (parliamentary records);
- "Stephen Metcalfe (South Basildon) (Con)", "Mr. Abulhasan (Kuwait)", "С.Попов (водитель
  ...)": a constituency, party, country or function in parentheses after the name;
- "В.В.Путин": initials glued to the surname;
- "Ann Lee -- Chief Executive Officer", "Tom Poe -- Big Bank -- Analyst": name, role (and
  company, an affiliation) after double hyphens or spaced dashes, as earnings calls print them;
  "Ann Lee - Acme Oyj - Head of IR" with single hyphens, company and role both printed;
  "Ann Lee - Acme, Investor Relations": one hyphen, the company and the role apart by a comma.
Notes of interpretation or language inside the label ("(via interpreter)") are neither.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from teikit.lexicons import Lexicon
from teikit.transforms.helpers import names as nm
from teikit.transforms.helpers.cjkoffices import glued_holder
from teikit.transforms.helpers.floorlabels import member_surname
from teikit.transforms.helpers.memberlabels import member_group_office
from teikit.transforms.helpers.namerolelines import name_role_line
from teikit.transforms.helpers.officenames import name_after_office
from teikit.transforms.helpers.titleddash import titled_dash_parts

# (a member's constituency, party and office in one bracket run past eighty characters: "(Sturt,
# Liberal Party, Shadow Minister for Education, Apprenticeships and Training)", N1178g)
_GROUP = re.compile(r"\s*[(\[]([^()\[\]]{1,160})[)\]]\s*$")
_DASHED_PARTS = re.compile(r"[ \u00a0]+(?:--|[–—])[ \u00a0]+")
# "Ann Lee - Acme Oyj - Head of IR": a results call's single hyphens, two of them (L300i)
_HYPHENED_PARTS = re.compile(r"[ \u00a0]+-[ \u00a0]+")


@dataclass(frozen=True)
class LabelParts:
    key: tuple[str, ...]          # folded name words that identify the person, () for an office
    name: str | None              # the name as the label prints it, without office or honorific
    office: str | None            # the office the label prints, without article or honorific
    affiliation: str | None       # parenthetical party, constituency, country or function
    short: str | None = None      # a short form in parentheses: "Ann Lee (AL)", "Ann Lee (Lee)"
    fielded: bool = False         # an office with its field and no name: PRESIDENTE DELLA REPUBBLICA


# A document's labels are read by four passes, each label under two spellings: the cache holds
# those of a record of many thousand speakers, so that their cost stays linear (4,096 entries
# thrashed past some 2,000 distinct labels).
@lru_cache(maxsize=32_768)
def label_parts(label: str, lex: Lexicon) -> LabelParts:
    text = " ".join(label.replace("\u00a0", " ").split()).rstrip(":：").strip()
    if (grouped := member_group_office(text, lex)) is not None:  # "Ann Roe (Pdcs) Presidente" (L1456i)
        member = label_parts(grouped[0], lex)
        return LabelParts(member.key, member.name, grouped[1], member.affiliation, member.short)
    if (titled := titled_dash_parts(text, lex)) is not None:  # "O SR. PRESIDENTE - WALTER FELDMAN - PSDB" (N2499m)
        return LabelParts(nm.name_key(titled[0], lex) if titled[0] else (), titled[0], titled[1], titled[2])
    inner = office_inside(text, lex)
    if inner is not None:  # "柯委員建銘": surname, office, given name
        return LabelParts(nm.name_key(inner[0], lex) or (inner[0],), inner[0], inner[1], None)
    glued = glued_holder(text, lex)  # "新闻发言人张育奎", "李显龙总理": office and full name glued (N1556i, N1557i)
    if glued is not None:
        return LabelParts((glued[0],), glued[0], glued[1], None)
    if _ideographic_office(text, lex):  # "行政長官", "外交部部长": an office and its field, no name
        return LabelParts((), None, text, None)
    head, groups = _split_groups(text, lex)
    ideographic = role_before_ideographs(head, lex) if not groups else None
    if ideographic is not None:  # "主持人尹俊": the role glued before the name
        return LabelParts((ideographic[1],), ideographic[1], ideographic[0], None)
    holder = next((g for g in groups if _is_name(g, lex) or _ideographic_name(g) and _role_only(head, lex)), None)
    if holder is not None and (_starts_with_article(head, lex) or not nm.name_key(head, lex)):
        groups.remove(holder)  # "The Minister for X, Y and Z (Mr David Evennett)"
        name = _without_honorifics(holder, lex)
        return LabelParts(nm.name_key(name, lex), name, office_text(head, lex), _joined(groups))
    dashed = _DASHED_PARTS.split(head) if ("--" in head or " – " in head or " — " in head) else \
        _HYPHENED_PARTS.split(head) if head.count(" - ") == 2 else _company_and_role(head)
    if dashed and dashed[0].count("«") > dashed[0].count("»"):
        dashed = []  # "Гартунг В. К., фракция «СПРАВЕДЛИВАЯ РОССИЯ – ЗА ПРАВДУ»": a dash inside quotes (L1182h)
    if len(dashed) == 2 and _outlet(dashed[0], lex) and _is_name(dashed[1], lex) and not _outlet(dashed[1], lex):
        name = _without_honorifics(dashed[1], lex)  # "Il Messaggero – Ileana Sciarra": outlet, then asker
        return LabelParts(nm.name_key(name, lex), name, None, _joined([dashed[0]] + groups))
    if len(dashed) in (2, 3) and nm.name_key(dashed[0], lex):  # "Ann Lee -- Big Bank -- Analyst"
        named, party = _split_groups(dashed[0], lex)  # "M. Marc Roe (PLR) — Rapporteur-trice" (N360a)
        name = _without_honorifics(named, lex)
        affiliation = _joined(party + ([dashed[1]] if len(dashed) == 3 else []) + groups)
        return LabelParts(nm.name_key(name, lex), name, dashed[-1], affiliation)
    head, _, after_comma = head.partition(",")
    if "_" in head.strip("_") and not after_comma and not head.rsplit("_", 1)[-1].isdigit():
        # "PEDRO SANCHEZ_PRESIDENTE DEL GOBIERNO" (not a diarization id: "SPEAKER_04")
        head, _, after_comma = head.partition("_")
    after_comma = after_comma.strip() or None
    if after_comma and nm.fold(after_comma) in nm.folded(lex, "name_suffixes"):
        after_comma = None  # "Abg. Mag. Ann Roe, MA": a degree after the name, no office (R2481m)
    key = nm.name_key(head, lex)
    if key and not after_comma and _article_office_with_field(head, lex):
        return LabelParts((), None, office_text(head, lex), _joined(groups), fielded=True)  # (N1188h)
    if not key:
        return LabelParts((), None, office_text(head, lex) or after_comma, _joined(groups))
    if not after_comma and (judge := _judge(head, lex)) is not None:
        return LabelParts(nm.name_key(judge[0], lex), judge[0], judge[1], _joined(groups))  # "KIEFEL CJ" (R2513m)
    office, name_words = _office_and_name(head, key, lex)
    if office is None and not after_comma and (split := name_after_office(head, lex)) is not None:
        office, name = split  # "Главный тренер ХК "Ак Барс" Зинэтула Билялетдинов" (N1771j)
        return LabelParts(nm.name_key(name, lex), name, office, _joined(groups))
    if office and not after_comma and _field_of_office(office, name_words, lex):
        return LabelParts((), None, office_text(head, lex), _joined(groups), fielded=True)
    if office is None:
        office, name_words, key = _role_word_before_name(name_words, key, lex)
    short = next((g for g in groups if _short_form(g, name_words)), None)
    if short is not None:
        groups.remove(short)  # "Sergio Ruiz (SR)", "Angela Roth (Roth)": not an affiliation
    if name_words and "-" in name_words[-1]:  # "Шульгин-второй": the record's ordinal is no part of the name (N2494m)
        name_words = [*name_words[:-1], member_surname(name_words[-1], lex)]
    return LabelParts(key, " ".join(name_words) or None, after_comma or office, _joined(groups), short)


def _judge(head: str, lex: Lexicon) -> tuple[str, str] | None:
    """(surname, office) of a judge's label as Commonwealth courts print it, the surname in
    capitals and the office's post-nominal after it (lexicon `judicial_postnominals`): "KIEFEL
    CJ" (Chief Justice), "GORDON J", "BELL JA" (R2513m). A name in mixed case ("Tom J") is no
    judge's label."""
    words = head.split()
    if not 2 <= len(words) <= 3 or words[-1] not in lex.judicial_postnominals:
        return None
    name = words[:-1]
    if all(len(w) > 1 and w.isupper() and w.replace("-", "").replace("'", "").isalpha() for w in name):
        return " ".join(name), words[-1]
    return None


def _company_and_role(head: str) -> list[str]:
    """["Ann Lee", "Acme", "Investor Relations"] for "Ann Lee - Acme, Investor Relations", as an
    AI transcription service prints its speakers (L1631i): one hyphen, then the company and the
    role apart by a comma; [] for any other text."""
    if head.count(" - ") != 1 or ", " not in head or not name_role_line(head):
        return []
    name, rest = head.split(" - ")
    return [name, *(part.strip() for part in rest.split(", ", 1))]


def _role_word_before_name(words: list[str], key: tuple[str, ...], lex: Lexicon):
    """("Moderator", ["Jane", "Doe"], key) for "Moderator Jane Doe": a role word of the lexicon
    (`label_role_words`) before capitalised name words is the office, not a name word; so is a
    calling or rank (`role_nouns`: "COACH SABAN", "ALLENATORE ROSSI", "HEAD COACH ROE"), N332c."""
    roles = (nm.folded(lex, "label_role_words") | nm.folded(lex, "role_nouns")) \
        - {nm.fold(w) for w in lex.question_labels + lex.answer_labels}
    if len(words) < 2 or len(key) != len(words):
        return None, words, key
    k = 0
    while k < min(len(words) - 1, MAX_LEADING_ROLE_WORDS) and nm.fold(words[k]) in roles:
        k += 1
    if k and all(w[:1].isupper() and w.replace("-", "").replace("'", "").isalpha() for w in words[k:]):
        return " ".join(words[:k]), words[k:], key[k:]
    return None, words, key


# A label opens with at most this many role words before the name ("HEAD COACH SABAN").
MAX_LEADING_ROLE_WORDS = 2


def _field_of_office(office: str, words: list[str], lex: Lexicon) -> bool:
    """ "DELLA REPUBBLICA" after PRESIDENTE, "OF THE EUROPEAN COMMISSION", "ИНОСТРАННЫХ ДЕЛ" after
    МИНИСТР: the words a name key was made of are the office's field, not a surname with its
    particle (MINISTRO DI MAIO, MINISTRE DE VILLEPIN). They follow a link or an article ("of",
    "della", "der"), or are the genitive the lexicon lets an office take without one
    (`office_complements`), and they end with a field of the lexicon (`office_fields`: REPUBBLICA,
    COMMISSION, FINANZEN), or with a link and one word after a field ("BANK OF ENGLAND")."""
    fields = nm.folded(lex, "office_fields")
    if not words or not fields:
        return False
    links = nm.folded(lex, "office_links") | nm.folded(lex, "articles")
    folds = [nm.fold(w).rsplit("'", 1)[-1].rsplit("’", 1)[-1] for w in words]  # "L'INTÉRIEUR"
    linked = nm.fold(office.split()[-1]) in links or folds[0] in links
    if not linked and not lex.pattern("office_complements").fullmatch(folds[0]):
        return False
    while folds and folds[0] in links:
        folds = folds[1:]
    return bool(folds) and (folds[-1] in fields or len(folds) >= 3 and folds[-2] in links
                            and any(f in fields for f in folds[:-2]))


# The capitalised words that close an office's field after its last small word: "the
# Exchequer", "Social Care"; three are a field and a name ("of France Emmanuel Macron").
MAX_FIELD_TAIL = 2


def _article_office_with_field(head: str, lex: Lexicon) -> bool:
    """ "The Chancellor of the Exchequer", "The Secretary of State for Health and Social Care",
    "The Leader of the House": an article, a title, a lower-case link and the office's field in
    capitalised words, as Hansard prints a minister's label after the first ("The Chancellor of
    the Exchequer (Jeremy Hunt)"): an office, no name (N1188h)."""
    words = head.split()
    if len(words) < 3 or nm.fold(words[0]) not in nm.folded(lex, "articles") or not (
            nm.is_title_word(words[1], lex) or nm.fold(words[1]) in nm.folded(lex, "label_role_words")):
        return False
    lower = [k for k, w in enumerate(words[2:], 2) if w.islower()]
    return bool(lower) and nm.office_link(words[lower[0]], lex) and len(words) - 1 - lower[-1] <= MAX_FIELD_TAIL \
        and all(w[:1].isupper() or w.islower() for w in words)


def _short_form(group: str, name_words: list[str]) -> bool:
    """ "SR" for Sergio Ruiz (the initials of the name), "Roth" for Angela Roth (a word of it)."""
    group = group.strip()
    if len(name_words) < 2 or not group.replace(".", "").isalpha():
        return False
    words = [w for w in name_words if w.replace("-", "").isalpha()]
    initials = "".join(w[:1] for w in words).upper()
    return group.replace(".", "") == initials or nm.fold(group) in {nm.fold(w) for w in words}


def _ideographic_name(text: str) -> bool:
    return bool(_IDEOGRAPHS.fullmatch(text.strip())) and 2 <= len(text.strip()) <= 4


def _role_only(head: str, lex: Lexicon) -> bool:
    """ "主持人": a label that is a role word and nothing else (its holder in brackets after it)."""
    return nm.fold(head) in nm.folded(lex, "label_role_words") | nm.folded(lex, "title_words")


def role_before_ideographs(head: str, lex: Lexicon) -> tuple[str, str] | None:
    """(role, name) of "主持人尹俊": a role word of the lexicon glued before a name of two or three
    ideographs."""
    if not 4 <= len(head) <= 9 or not _IDEOGRAPHS.fullmatch(head):
        return None
    roles = nm.folded(lex, "label_role_words") | nm.folded(lex, "title_words")
    for n in range(len(head) - 2, 1, -1):
        if head[:n] in roles and 2 <= len(head) - n <= 3:
            return head[:n], head[n:]
    return None


def office_inside(text: str, lex: Lexicon) -> tuple[str, str] | None:
    """(name, office) of a Chinese label that prints the office between the surname and the
    given name, as Taiwan's records do ("柯委員建銘" = 柯建銘, 委員; "周秘書長萬來"): one
    surname ideograph, an office of the lexicon (`office_suffixes`), one or two ideographs."""
    if not lex.office_suffixes:
        return None
    name, _, role = text.partition(" ")
    if role and _IDEOGRAPHS.fullmatch(name) and 2 <= len(name) <= 4 and _IDEOGRAPHS.fullmatch(role) and (
            re.fullmatch(lex.alternation("outlets"), role)
            or re.fullmatch(rf".*(?:{lex.alternation('office_suffixes')})", role)):
        return name, role  # "任永蔚 中央电视台记者": the name, a space, the role
    head, _, tail = text.rpartition(" ")
    if head and _IDEOGRAPHIC_ROLE.fullmatch(head) and (len(head) > len(tail) or head in lex.label_role_words) \
            and 2 <= len(tail) <= 3 \
            and _IDEOGRAPHS.fullmatch(tail) and not re.fullmatch(rf".*(?:{lex.alternation('office_suffixes')})", tail):
        return tail, head  # "貴州電視臺《社會方圓》記者 朱磊", "主持人 寿小丽": the role, a space, the name (L1165g)
    if not 3 <= len(text) <= 8 or not _IDEOGRAPHS.fullmatch(text):
        return None
    m = re.fullmatch(rf"(.)({lex.alternation('office_suffixes')})(.{{1,2}})", text)
    return (m.group(1) + m.group(3), m.group(2)) if m else None


_IDEOGRAPHS = re.compile(r"[\u3400-\u9fff]+")


def _ideographic_office(text: str, lex: Lexicon) -> bool:
    """A label in ideographs that ends with an office of the lexicon (`office_suffixes`) after
    a field of two ideographs or more ("行政長官", "外交部部长"), not after one ideograph, a
    surname ("王部长" is Minister Wang)."""
    if not lex.office_suffixes or not _IDEOGRAPHS.fullmatch(text):
        return False
    m = re.fullmatch(rf"(.*?)(?:{lex.alternation('office_suffixes')})", text)
    return m is not None and len(m.group(1)) != 1
# A role in ideographs, with an outlet's programme in title marks ("貴州電視臺《社會方圓》記者").
_IDEOGRAPHIC_ROLE = re.compile(r"[\u3400-\u9fff《》〈〉、]{3,30}")  # "副局长、新闻发言人": offices listed (L1165g)


# "(8视界新闻)": a broadcaster's name in ideographs may open with its channel number (N1558i);
# other groups that open with a digit are counts and times, no affiliation.
_NUMBERED_OUTLET = re.compile(r"\d{1,3}[\u3400-\u9fff]{2,}")


def _split_groups(text: str, lex: Lexicon) -> tuple[str, list[str]]:
    """The label without its trailing parentheticals, and those that are not notes."""
    groups: list[str] = []
    notes = (lex.pattern("interpreted_notes"), lex.pattern("language_notes"))
    while True:
        m = _GROUP.search(text)
        if m is None or not text[:m.start()].strip():
            break
        inner = m.group(1).strip()
        if not any(p.fullmatch(inner.rstrip(".")) for p in notes) and (not inner[:1].isdigit() or _NUMBERED_OUTLET.match(inner)):
            groups.insert(0, inner)
        text = text[:m.start()]
    return text.strip(), groups


def _outlet(text: str, lex: Lexicon) -> bool:
    """ "Il Messaggero", "Sky Tg24", "Reuters": a news outlet of the lexicon (`outlets`)."""
    return re.search(rf"(?:^| )(?:{lex.alternation('outlets')})(?: |$)", text.upper()) is not None


def _is_name(text: str, lex: Lexicon) -> bool:
    """ "Mr David Evennett", "De la Hoz Fernández": capitalised name words and particles,
    optionally after an honorific, and not an office or a party acronym."""
    words = _without_honorifics(text, lex).split()
    if not 1 <= len(words) <= 5 or (len(words) == 1 and words[0].isupper()):
        return False
    particles = nm.folded(lex, "name_particles")
    return (words[0][:1].isupper() and any(w[:1].isupper() and len(w) > 1 for w in words[1:] or words)
            and all((nm.fold(w) in particles and w.islower() or w[:1].isupper() and not nm.is_title_word(w, lex))
                    and not any(c.isdigit() for c in w) for w in words))


def _starts_with_article(text: str, lex: Lexicon) -> bool:
    words = text.split()
    return bool(words) and nm.fold(words[0]) in nm.folded(lex, "articles")


def _without_honorifics(text: str, lex: Lexicon) -> str:
    words = text.split()
    honorifics = nm.folded(lex, "honorifics")
    while words and nm.fold(words[0]) in honorifics:
        words = words[1:]
    return " ".join(words)


def office_text(text: str, lex: Lexicon) -> str | None:
    """An office as a role: "THE VICE PRESIDENT" -> "VICE PRESIDENT", "M. le président" ->
    "président"; articles and honorifics at its start are not part of it."""
    words = text.split()
    drop = nm.folded(lex, "honorifics") | nm.folded(lex, "articles")
    while words and nm.fold(words[0]) in drop:
        words = words[1:]
    return " ".join(_written_out(w, lex) for w in words) or None


def _written_out(word: str, lex: Lexicon) -> str:
    """ "SEN." -> "Senator", "Abg." -> "Abgeordneter": an abbreviated title of the lexicon
    (`title_abbreviations`, with its full stop) written out, as the role it stands for (N390a)."""
    return lex.title_abbreviations.get(nm.fold(word[:-1]), word) if word.endswith(".") else word


def _office_and_name(head: str, key: tuple[str, ...], lex: Lexicon) -> tuple[str | None, list[str]]:
    """("President of Russia", ["Vladimir", "Putin"]) for "President of Russia Vladimir Putin"."""
    words = nm.label_words(head)
    start = next((i for i, w in enumerate(words) if nm.fold(nm.strip_initials(w)) == key[0]), len(words))
    honorifics = nm.folded(lex, "honorifics")
    office = [w for w in words[:start] if nm.fold(w) not in honorifics]
    return office_text(" ".join(office), lex), words[start:]


def _joined(groups: list[str]) -> str | None:
    return ", ".join(groups) or None


_LABEL_INITIAL = re.compile(r"^(?:[^\W\d_]\.)+$")


def label_initials(label: str, lex: Lexicon) -> tuple[str, tuple[str, ...]] | None:
    """ ("Н", ("болтянская",)) of "Н. БОЛТЯНСКАЯ -", ("ДА", ("медведев",)) of "Д.А.МЕДВЕДЕВ:":
    the initials of the given names a label prints before a one-word family name, and that
    name's key ("M." is French "Monsieur", an honorific, not an initial)."""
    words = [w for w in nm.label_words(label) if any(ch.isalnum() for ch in w)]
    if not 1 <= len(words) <= 3:
        return None
    family = nm.strip_initials(words[-1])
    initials = "".join(words[:-1]) + words[-1][:len(words[-1]) - len(family)]
    if not initials or not _LABEL_INITIAL.match(initials) or len(family) < 2 or "." in family \
            or initials.lower() in lex.honorifics or len(initials) > 4:
        return None
    return initials.replace(".", "").upper(), (nm.fold(family),)
