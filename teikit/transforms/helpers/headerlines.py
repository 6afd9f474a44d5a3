"""Shapes of header lines: what a line before the first turn is by its own shape.

Used by the header pass (which also decides by position), the ending pass (separators)
and the setting pass (field names, occasion phrases). Words come from the lexicon.
"""
from __future__ import annotations

import re
from functools import lru_cache

from teikit.lexicons import Lexicon
from teikit.model import HeaderKind
from teikit.transforms.helpers.carddates import card_dateline
from teikit.transforms.helpers.codelines import CODE_SPAN
from teikit.transforms.helpers.courtheader import case_title, place_line
from teikit.transforms.helpers.datefields import dated_field, meeting_line
from teikit.transforms.helpers.dates import date_at_start, date_line, find_date, is_time_line, placed_date
from teikit.transforms.helpers.labelwords import attendance_field
from teikit.transforms.helpers.markers import whole_note
from teikit.transforms.helpers.names import is_title_word
from teikit.transforms.helpers.page import is_soft, menu_row
from teikit.transforms.helpers.shapes import INNER_SENTENCE_END, ends_sentence
from teikit.transforms.helpers.titlenames import author_byline, interviewer_credit, names_in

SEPARATOR = re.compile(r"^[*\-–—_=~·•#\s]{3,}$")
# Guillemets that open and close a quotation ("«Луч-Энергия» - «Шинник»"), read as quotation
# marks when a header line is asked whether it is a site line (H181s)
_QUOTED_GUILLEMETS = re.compile(r"«([^«»\n]*)»")
# Inline emphasis tags of a page's source ("<i>Title</i>"), whose angle brackets are no
# breadcrumb's arrows when a header line is asked whether it is a site line (H865d).
_EMPHASIS_TAGS = re.compile(r"</?(?:i|em|b|strong|u)>", re.IGNORECASE)


@lru_cache(maxsize=1024)  # asked of each header line twice (read_header, _resolve_positions)
def site_line(text: str, lex: Lexicon) -> bool:
    """`is_soft` (a site's line, by the page's phrases and shapes), the closing guillemet of a
    quotation not read as a breadcrumb's arrow: "Тур 24. «Луч» - «Шинник». Пресс-конференция"
    is a title, "Главная » Новости » Спорт" a breadcrumb (H181s); a menu bar printed as one
    line without its bars, "Home News Sport Culture" (H315a); the brackets of emphasis tags
    ("<i>Title</i>") are no arrows (H865d)."""
    if "</" in text:
        text = _EMPHASIS_TAGS.sub("", text)
    return is_soft(_QUOTED_GUILLEMETS.sub(r'"\1"', text), lex) or menu_row(text, lex)
MAX_HEADER_CHARS = 300


class _Header:
    def __init__(self, lex: Lexicon):
        self.venue = lex.whole_words("venue_words")
        self.office = lex.whole_words("office_words")
        self.source = re.compile(rf"^({lex.alternation('source_lines')})", re.IGNORECASE)
        self.occasion = lex.whole_words("occasions")
        self.note = re.compile(rf"^({lex.alternation('header_notes')})", re.IGNORECASE)
        fields = "|".join(sorted(map(re.escape, lex.header_fields), key=len, reverse=True))
        # "Date: 19 May 2021", or a TOML front matter's spaced 'date = 2021-06-26' (H1030f)
        self.field = re.compile(rf"^({fields})(?:\s*[:：]|\s+=)\s*(\S.*)$", re.IGNORECASE)
        self.fields = {k.lower(): HeaderKind(v) for k, v in lex.header_fields.items()}
        self.lex = lex


@lru_cache(maxsize=None)
def header_shapes(lex: Lexicon) -> _Header:
    return _Header(lex)


def field_value(text: str, lex: Lexicon) -> tuple[HeaderKind, str] | None:
    """ "Date: 19 May 2021" -> (DATE, "19 May 2021"); None for other lines."""
    h = header_shapes(lex)
    if text[:2] in ("**", "__"):
        text = _BOLD_FIELD.sub(r"\2\3\5\6", text, count=1)  # "**Date:** 2025-07-23" (D875d)
    m = h.field.match(text.strip())
    if m is None and (spaced := _SPACED_FIELD.match(text.strip())):
        kind = h.fields.get(spaced.group(1) + spaced.group(2))  # "時  間 中華民國113年...": letter-spaced, no colon
        return (kind, spaced.group(3)) if kind else None
    return (h.fields[m.group(1).lower()], unwrapped(unquote(m.group(2).strip()))) if m else None


# A field's name in Markdown bold, with its colon inside or after the marks: "**Date:**
# 2025-07-23", "__Ort__: Berlin" (D875d).
_BOLD_FIELD = re.compile(r"^(\*\*|__)([^*_:：\n]{1,40}?)([ \t]?[:：])\1|^(\*\*|__)([^*_:：\n]{1,40}?)\4([ \t]?[:：])")


# A field's whole value in one emphasis tag pair: `title: "<i>Title</i>"` (H865d).
_WRAPPING_TAGS = re.compile(r"<(i|em|b|strong)>([^<>]+)</\1>", re.IGNORECASE)


def unwrapped(value: str) -> str:
    """A field's value without the emphasis tags a page's source wraps all of it in."""
    m = _WRAPPING_TAGS.fullmatch(value) if value[:1] == "<" else None
    return m.group(2).strip() if m else value


# A two-character field name printed letter-spaced, as records print their header grid.
_SPACED_FIELD = re.compile(r"^([\u4e00-\u9fff])[ \u3000]{1,4}([\u4e00-\u9fff])[ \u3000]+(\S.*)$")


def unquote(value: str) -> str:
    """A YAML scalar's value: quotes off, a double-quoted value's escapes read as YAML reads
    them ("Enrique\\_Acevedo" has a no-break space, "\\u201CFox\\u201D" curly quotes), a
    single-quoted value's doubled quote as one: "'2024-10-10'" -> "2024-10-10"."""
    if len(value) >= 2 and value[0] == value[-1] == "'":
        return value[1:-1].replace("''", "'")
    if len(value) >= 2 and value[0] == value[-1] == '"':
        return _YAML_ESCAPE.sub(_yaml_char, value[1:-1])
    return re.sub(r"\\(.)", r"\1", value) if "\\" in value else value  # Markdown escapes


_YAML_ESCAPE = re.compile(r"\\(x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|.)")
_YAML_CHARS = {"0": "\0", "a": "\a", "b": "\b", "t": "\t", "n": "\n", "v": "\v", "f": "\f",
               "r": "\r", "e": "\x1b", "_": "\u00a0", "N": "\u0085", "L": "\u2028", "P": "\u2029"}


def _yaml_char(m: re.Match) -> str:
    code = m.group(1)
    point = int(code[1:], 16) if len(code) > 1 else None
    if point is not None and point > 0x10FFFF:
        return m.group(0)
    char = chr(point) if point is not None else _YAML_CHARS.get(code, code)
    # a character XML cannot hold (a control character, a surrogate, U+FFFE) stays as printed
    xml_char = char in "\t\n\r" or (" " <= char and not "\ud800" <= char <= "\udfff" and char not in "\ufffe\uffff")
    return char if xml_char else m.group(0)


def occasion(text: str, lex: Lexicon, whole: bool = False) -> str | None:
    """The occasion phrase of a line ("Joint Press Availability"), or the whole line's."""
    pattern = header_shapes(lex).occasion
    m = pattern.fullmatch(text) if whole else pattern.search(text)
    return m.group(0) if m else None


def classify(line: str, lex: Lexicon) -> HeaderKind | None:
    """The kind of a header line by its own shape, or None when only position can tell."""
    h = header_shapes(lex)
    text = line.strip()
    if text[:1] == "`" and CODE_SPAN.fullmatch(text):
        text = text[1:-1].strip()  # "`Ann Lee — 4 January 2007`": a Markdown code span's marks, not its words (H1306h)
    if SEPARATOR.match(text):
        return HeaderKind.SEPARATOR
    field = field_value(text, lex)
    if field:
        return field[0]
    name, colon, _ = text.partition(":")
    if colon and len(name) < len(text) - 1 and attendance_field(name, lex):
        return HeaderKind.METADATA  # "Parties Present: Ann Lee and Bo Roe": who attends (L1651i)
    if date_line(text, lex) or dated_field(text, lex):
        return HeaderKind.DATE  # "Sitting date: 10 December 2024", "20 мая 2015 года. 10 часов." (D790b, D791b)
    if _dated_note(text, lex) or meeting_line(text, lex):
        return HeaderKind.DATE  # "14 octobre 1983 - Seul le prononcé fait foi"; "Committee …, meeting on <date>" (H2517m)
    placed = placed_date(text, lex)
    if placed and not h.occasion.search(placed[0]) and not h.office.search(placed[0]):
        return HeaderKind.DATE  # "Pékin, Mardi 3 novembre 2015": the setting takes the place too
    if site_dateline(text, lex):
        return HeaderKind.DATE  # "http://www.site.com 2006年08月18日16:59 Programme": a portal's dateline
    if is_time_line(text):
        return HeaderKind.TIME
    if text[:1].isupper() and (case_title(text, lex) or place_line(text, lex)):
        # "Roe v Poe [2021] HCATrans 12 (3 May 2021)": the case's name (H2509m); "AT CANBERRA" (H2511m)
        return HeaderKind.TITLE if "[" in text else HeaderKind.PLACE
    if lex.commenced and lex.pattern("commenced").fullmatch(text.lstrip("·•*-–— ")):
        return HeaderKind.TIME  # "· Proceedings commenced at approximately 08:50 a.m." (H1652i)
    if text[:1].isdigit() and _CUE_TIMING.match(text):
        return HeaderKind.NOTE  # a caption cue's timing ("00:00:01,000 --> 00:00:03,200"), never the title
    if whole_note(text, lex) is not None:
        return HeaderKind.DELIVERY
    if h.note.match(text) or is_list_heading(text, lex) or chair_line(text, lex):
        return HeaderKind.NOTE
    if text.lower().startswith("by ") and (is_name(text[3:].split(",")[0], lex) or names_in(text, lex)):
        return HeaderKind.BYLINE  # "By Jane Doe", "by NATO Secretary General Jens Stoltenberg ahead of ..."
    if _authored(text, lex) and find_date(text, lex):
        return HeaderKind.DATE  # "Von Anna Schmidt | Aktualisiert am 3. Mai 2022": the page's date, no place (H1212h)
    if byline_shape(text, lex) or interviewer_credit(text, lex):
        return HeaderKind.BYLINE  # (and "Interviewed by Jane Roe" under an oral history's narrator, H2003k)
    if text[:1].isupper() and card_dateline(text, lex, h.occasion):
        return HeaderKind.DATELINE  # "Дарья Богачкина Основатель "Тактики и практики" 22 августа 2019г." (H1733j)
    if lex.byline_marks and len(text) <= MAX_MARKED_BYLINE_CHARS and lex.pattern("byline_marks").match(text):
        return HeaderKind.BYLINE  # "文/全景網《WE言堂》專欄特約 老道消息": the writer's mark, a slash, column and writer (H1559i)
    if h.source.match(text) and len(text.split()) <= 8 and not re.search(r"\bheadquarters\b", text, re.I):
        return HeaderKind.SOURCE  # "United Nations Headquarters" is a building: a venue
    if h.occasion.fullmatch(text):
        return HeaderKind.ACTIVITY
    if re.match(r"^en route\b", text, re.IGNORECASE):
        return HeaderKind.PLACE
    # (the word count first: a long line of speech is not searched for venue words; split no
    # further than the ninth word, which is enough to tell)
    if len(text.split(None, 8)) <= 8 and h.venue.search(text) and not _titled_event(text, h) \
            and _lower_words(text, lex) < MIN_SENTENCE_LOWER_WORDS and not _numbered_sitting(text, lex) \
            and not two_part_headline(text) and not _WEB_ADDRESS.search(text) and not _office_and_holder(text, lex, h):
        return HeaderKind.VENUE  # (a line naming a web address is a source line, "[Online from the ... Office, www.gpo.gov]", H1201i)
    if is_place_pair(text, lex):
        return HeaderKind.PLACE
    return None


def _office_and_holder(text: str, lex: Lexicon, h) -> bool:
    """ "Speaker of the House of Representatives, Paul Ryan": an office of a body, a comma and
    the person who holds it, as a show's post names its guest; the body's "House" makes no
    venue (H2130k). A hall after the comma ("…, Capitol Building") is still one."""
    head, comma, tail = text.rpartition(", ")
    return bool(comma) and " of " in head and head[:1].isupper() and is_name(tail, lex) and not h.venue.search(tail)


# A web address anywhere in a line: no venue prints one (H1201i).
_WEB_ADDRESS = re.compile(r"(?:https?://|\bwww\.)\S", re.IGNORECASE)
# A web address opening a line ("http://www.site.com ", "www.site.com | ").
_SITE_ADDRESS = re.compile(r"(?:https?://|www\.)\S+[\s|·-]+", re.IGNORECASE)


def site_dateline(text: str, lex: Lexicon) -> bool:
    """ "http://www.site.com 2006年08月18日16:59 Programme | ||||": a portal's dateline, its
    address, then the date (a time glued to it or not) and the outlet, a flattened table's
    empty cells after them (H170r)."""
    m = _SITE_ADDRESS.match(text)
    return m is not None and date_at_start(text[m.end():], lex) is not None


_CUE_TIMING = re.compile(r"^(?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3}(?:\s*-->\s*|\t+)(?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3}$")
BRACKETED = re.compile(r"\[[^\[\]]+\]|\([^()]+\)")


# A chair's line names the chair in at most this many words ("Presidenza del vice presidente
# Rocco BUTTIGLIONE").
MAX_CHAIR_NAME_WORDS = 3


def chair_line(text: str, lex: Lexicon) -> bool:
    """ "Presidenza del Presidente Serrenti", "PRESIDENZA DEL VICEPRESIDENTE ROCCO BUTTIGLIONE":
    the phrase that names the chair of a sitting (lexicon `chair_phrases`) and a name, nothing
    else, or the phrase alone over the lines that name the chair: a note on the record, never
    its title or place."""
    if not lex.chair_phrases:
        return False
    m = lex.pattern("chair_phrases").match(text)
    if m is not None and not text[m.end():].strip(" :"):
        return True  # "Председательствует" alone, the chair's office and name on the lines below (H1202i)
    if m is None or len(m.group(0).split()) < 2 and not text[m.end():].lstrip().startswith(":") \
            and not m.group(0).endswith(":"):
        return False  # "Chair Resigns": a headline; "Chair: Ann Lee", "Presidenza del Presidente Lee"
    rest = text[m.end():].strip(" :").split()
    return 1 <= len(rest) <= MAX_CHAIR_NAME_WORDS and all(w[:1].isupper() for w in rest)


def _dated_note(text: str, lex: Lexicon) -> bool:
    """A date followed by a header note: "3 May 2021 - Check against delivery"."""
    found = date_at_start(text, lex)
    rest = text[found[0]:].strip(" -–—|,") if found else ""
    return bool(rest) and header_shapes(lex).note.match(rest) is not None


def is_list_heading(text: str, lex: Lexicon) -> bool:
    """ "PARTICIPANTS:", "Speakers:": the heading of a list of people, not a label; and a
    committee's attendance heading, its field ("Witnesses", "Members present") with a
    qualifier in lower case after it: "Members present for all or part of the proceedings:"
    (H2516m)."""
    if not text.endswith((":", "：")):
        return False
    head = text[:-1].strip()
    if head.upper() in lex.label_not_words:
        return True
    words = head.split()
    # (a qualifier follows a field of two words at least: "Witnesses said so:" is a sentence)
    return 1 <= len(words) <= MAX_LIST_HEADING_WORDS and words[0][:1].isupper() and any(
        lex.header_fields.get(words[k - 1].lower()) == "metadata" and all(w.islower() for w in words[k:])
        and (k == len(words) or k >= 2) for k in range(1, min(3, len(words)) + 1))


# An attendance heading with its qualifier holds at most this many words.
MAX_LIST_HEADING_WORDS = 10


# A headline's quote after an interviewee's "Name, office": " : « ... »", " : “...”".
HEADLINE_QUOTE = re.compile(r"\s+[:：]\s*[«“\"„]")


MAX_MARKED_BYLINE_CHARS = 60


def byline_shape(text: str, lex: Lexicon) -> bool:
    """ "Antony J. Blinken, Secretary of State": one name, a comma, an office, and no
    second name or occasion after it (so "Secretary Smith, Foreign Minister Jones, and
    Minister Lee at a Press Availability" is a title, not a byline)."""
    if "," not in text:
        return False
    name, office = text.split(",", 1)
    if not is_name(name, lex) or not header_shapes(lex).office.search(office):
        return False
    return "," not in office and not header_shapes(lex).occasion.search(office) \
        and not re.search(r"\b(with|at)\b", office) and not HEADLINE_QUOTE.search(office)  # an interview's headline


# "Building Resilient Ports: Lessons from 2023": a headline and its subtitle after a colon,
# two words or more each side, the subtitle capitalised (H1281h). A field ("Venue: City Hall")
# is read by its name before this.
_TWO_PART = re.compile(r"^[^\W\d_][^:]*\s[^:]*\S:\s+[^\W\d_a-z][^:]*\s\S[^:]*$")


def two_part_headline(text: str) -> bool:
    """A headline of two parts joined by a colon: no venue line, whatever words it holds."""
    return ": " in text and _TWO_PART.match(text.strip()) is not None


# Lower-case words (not the lexicon's small words) that make a line with a venue word a
# headline about the venue ("Il Senato nega la fiducia al Governo"), not the venue's name
# ("Sala stampa di Palazzo Chigi", "Camera dei deputati"): H152h.
MIN_SENTENCE_LOWER_WORDS = 2


def _lower_words(text: str, lex: Lexicon) -> int:
    return sum(1 for w in text.split() if w[:1].islower() and w.lower() not in lex.small_words)


def _numbered_sitting(text: str, lex: Lexicon) -> bool:
    """ "Deutscher Bundestag – 20. Wahlperiode – 45. Sitzung": a record's numbered sitting
    names the house, but the line is the record's title, not its venue (H1167g)."""
    return bool(lex.numbered_sittings) and lex.pattern("numbered_sittings").search(text) is not None


def _titled_event(text: str, h: _Header) -> bool:
    """ "Remarks at the White House", "Press Conference by ... at Headquarters": a title
    that names a venue, not a venue line."""
    if h.occasion.match(text) is not None or " by " in f" {text.lower()} ":
        return True
    # "Q3 2020 Earnings Conference Call": the venue word is part of the occasion phrase
    venue, occasion_ = h.venue.search(text), h.occasion.search(text)
    return bool(venue and occasion_ and occasion_.start() <= venue.start() and venue.end() <= occasion_.end())


def _authored(text: str, lex: Lexicon) -> bool:
    """An author's byline before the page's other fields: "Von Anna Schmidt | Aktualisiert am …"
    (`titlenames.author_byline` of the part before the first bar or comma)."""
    return author_byline(re.split(r"[|,]", text, maxsplit=1)[0], lex)


def is_name(text: str, lex: Lexicon) -> bool:
    """Two to five capitalised words (or particles), no digits, no colon."""
    if ":" in text:
        return False
    words = text.split()
    return 2 <= len(words) <= 5 and all(w[:1].isupper() or w.lower() in lex.name_particles for w in words) \
        and not any(c.isdigit() for c in text)


def name_office_label(text: str, lex: Lexicon) -> bool:
    """ "JUAN PEREZ_MINISTRO DE HACIENDA": a name and an office joined by an underscore, the
    speaker's label printed on a line of its own; never a place, venue or heading."""
    name, joined, office = text.strip().rstrip(":").partition("_")
    words = office.split()
    return bool(joined and words and "_" not in office and is_name(name.strip(), lex)
                and not name.endswith(" ") and not office.startswith(" ")
                and (is_title_word(words[0], lex) or header_shapes(lex).office.match(office) is not None))


def is_place_pair(text: str, lex: Lexicon) -> bool:
    """ "Riga, Latvia", "Washington, D.C.", "Reykjavik, Iceland": capitalised parts."""
    parts = [p.strip() for p in text.split(",")]
    if ":" in text or "：" in text:
        return False  # "Ann LEE: EDITOR, AS A COST": a headline quoting someone, no place
    links = _place_links(lex)  # "DEL GOBIERNO, …, Y DEL PRIMER": a wrapped heading, no place
    return (2 <= len(parts) <= 3 and all(p and p[:1].isupper() and len(p.split()) <= 4 for p in parts)
            and not any(p.split()[0].lower() in links for p in parts)
            and not header_shapes(lex).office.search(text) and not any(c.isdigit() for c in text))


@lru_cache(maxsize=None)
def _place_links(lex: Lexicon) -> frozenset:
    """The small words that link the parts of a heading, not of a place (once per lexicon:
    the difference was taken for every header line)."""
    return lex.small_words - lex.articles


# A heading printed in quotes ("\"Administrator Visits China\"", «Titre»): the quotes are
# not the end of a sentence.
# A quotation printed whole on its line, of at most this many words, is a headline, whatever
# closes the sentence inside the quotes; a longer one may be a quoted speech.
MAX_QUOTED_HEADLINE_WORDS = 12
_QUOTED_HEADING = re.compile(r'^["“«„»]\s*([^"“”«»„]+?)\s*["”»“«]$')


# A heading that ends with an abbreviation of initials ("..., Washington, D.C.", "U.S."):
# its full stop closes the abbreviation, not a sentence.
_ABBREVIATED_END = re.compile(r"(?<=\s)([A-Z]\.){2,}$")
# A heading that ends with an organisation's form in capitals and its name in quotes
# ("Пресс-служба ЖФК \"Зоркий\"", a club's press service; "ООО «Ромашка»"): capitalised words
# without punctuation, not a quoted sentence (H2144k); a name after a word in lower case
# ('газете "Монд"', 'in "Die Zeit"') stays as it was read.
_QUOTED_NAME_END = re.compile(r'(?:^|\s)([^\W\d_]{2,5})\s["«„“]((?:[^\W\d_][\w-]*\s?){1,4})["»”“]$')


@lru_cache(maxsize=1024)  # the header pass asks it of each lead line up to four times
def looks_like_speech(text: str) -> bool:
    """Sentences: final punctuation, or a long line with sentence breaks inside (a long
    title without them, as IMF and UN pages print, stays a heading)."""
    quoted = _QUOTED_HEADING.match(text.strip())
    if quoted and len(quoted.group(1).split()) <= MAX_QUOTED_HEADLINE_WORDS:
        return False  # „Wir sind noch nicht so weit.“: a short quotation printed whole as the headline (H172k)
    text = _QUOTED_HEADING.sub(r"\1", text.strip())
    if text.endswith("."):  # (the pattern's last character: a C-level test spares a scan of most lines)
        text = _ABBREVIATED_END.sub("", text)
    elif text.endswith(('"', "»", "”", "“")) and (name := _QUOTED_NAME_END.search(text[-80:])) \
            and name.group(1).isupper() and name.group(2)[:1].isupper():
        text = text[:-1]  # the name without its closing mark ends no sentence
    return ends_sentence(text) or (
        len(text) > MAX_HEADER_CHARS and INNER_SENTENCE_END.search(text) is not None)
