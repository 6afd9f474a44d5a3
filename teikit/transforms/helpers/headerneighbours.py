"""Header lines decided by their neighbours, after each line's own shape is read: a title
printed twice or wrapped in site furniture, a title broken over two lines, a byline over two
lines, the lines of a participants list, a lone place after the title, and a weekday date
beside site furniture when the header has a date of its own (the page's widgets, each read by
its own shape, are in `headerwidgets`). `headerpositions.resolve_positions` runs them in order.
"""
from __future__ import annotations

import re

from teikit.lexicons import Lexicon
from teikit.model import HeaderKind, HeaderLine
from teikit.transforms.helpers.dates import has_weekday, opens_with_date
from teikit.transforms.helpers.headerkickers import kicker_over
from teikit.transforms.helpers.headerlines import header_shapes, is_list_heading
from teikit.transforms.helpers.shortnames import short_name
from teikit.transforms.helpers.headerwidgets import stamp_line, widget_line
from teikit.transforms.helpers.headtitles import no_heading
from teikit.transforms.helpers.imagelines import caption_pair
from teikit.transforms.helpers.names import is_title_word
from teikit.transforms.helpers.shapes import SENTENCE_END
from teikit.transforms.helpers.titlenames import names_in

K = HeaderKind


# A title line ending in one of these goes on in the next line ("PRESS GAGGLE BY" /
# "PRESIDENT TRUMP"). Not a colon: a line ending in one introduces what follows (H310a).
# A word printed letter-spaced, as a court record prints "B e t w e e n -" over the parties.
LETTER_SPACED = re.compile(r"^(?:[^\W\d_] ){3,}[^\W\d_](?![^\W\d_])")
CONTINUED = re.compile(r"(\b(by|of|and|with|for|to|at|on|the|in|from|between)|[’']s|[–—-])$", re.IGNORECASE)


def lead_in(text: str) -> bool:
    """ "Interview heard one morning on the radio, before leaving for work:": a line ending in
    a colon introduces the text that follows it; it is never the title, nor its first line
    (H310a)."""
    return text.rstrip().endswith((":", "："))


# An ellipsis opening a line continues a sentence begun elsewhere ("... and what came next");
# so does a comma or a semicolon (", Москва, 31 Августа 2009 Автор: …", the dateline's rest, H1702i).
_CONTINUED = ("...", "…", ",", ";")


def opens_as_fragment(text: str) -> bool:
    """The line opens with a small letter, an ellipsis, a comma or a semicolon: a piece of a
    sentence (a teaser's second half, a dateline's rest), never a heading of its own (H173k,
    H1702i)."""
    text = text.strip()
    return text[:1].islower() or text.startswith(_CONTINUED)


MIN_PLACELIKE_TITLE_WORDS = 5  # a place line printed again is shorter: "Independence, Missouri" (H150p)


def _opens_a_titled_line(lines: list, text: str) -> bool:
    """Another header line opens with `text` and a colon, words after it ("John F. Kennedy:
    The President's News Conference"): `text` is the name of the document's author or
    speaker, printed again as its byline, not a heading (H2310l)."""
    head = text + ":"
    return any(h.text.startswith(head) and h.text[len(head):].strip() for h in lines)


def repeated_title(lines: list) -> None:
    """A heading printed twice (the page title and the article's heading) is the title;
    its repeat, and a longer line that holds it with site furniture around it (a glued
    breadcrumb trail "HomeBlogTranscripts<title>", a site suffix "<title> | site.org |
    Section", a catalogue entry "SERIES/586: <title> (AGENCY)"), are page furniture. A menu's
    entry printed twice ("• Genre", the page's menu and its mobile copy) is no heading (H201w)
    however often it is printed (H242z)."""
    seen: dict[str, HeaderLine] = {}
    for h in lines:
        # (a long heading shaped like a place, "The Great American Story, Part I", printed twice: L2129k)
        if (h.kind != K.UNKNOWN and not (h.kind in (K.PLACE, K.VENUE) and len(h.text.split()) >= MIN_PLACELIKE_TITLE_WORDS)) \
                or len(h.text.split()) < (2 if h.text.strip() == lines[0].text.strip() else 3) \
                or no_heading(h.text):
            continue
        first = seen.setdefault(h.text.strip(), h)
        if first is not h and _opens_a_titled_line(lines, h.text.strip()):
            first.kind = h.kind = K.BYLINE  # "Ann Lee" twice under "Ann Lee: <title>": the author (H2310l)
        elif first is not h and caption_pair(lines, first, h):
            first.kind = h.kind = K.BOILERPLATE  # an image's alt text and caption under the headline (H512a)
            lines[lines.index(first) - 1].kind = K.TITLE
        elif first is not h:  # (a piece of a sentence printed twice is left to the score: H173k)
            first.kind, h.kind = (K.UNKNOWN if opens_as_fragment(first.text) else K.TITLE), K.BOILERPLATE
    for title in [h for h in lines if h.kind in (K.UNKNOWN, K.TITLE) and len(h.text.split()) >= 3]:
        wrappers = [h for h in lines if h.kind in (K.UNKNOWN, K.BOILERPLATE) and h is not title
                    and wraps(h.text, title.text)]
        if wrappers:
            title.kind = K.TITLE
            for h in wrappers:
                h.kind = K.BOILERPLATE
    if not any(h.kind == K.TITLE for h in lines):
        held_title(lines)


def _kicker_pair(lines: list, kicker, headline) -> bool:
    at = lines.index(kicker)
    return at + 1 < len(lines) and lines[at + 1] is headline and kicker_over(kicker.text, headline.text)


def held_title(lines: list) -> None:
    """A heading held whole inside another unclaimed header line, with other words around it
    (a page's running text "1 <title> TUESDAY, MAY 10 ...", a nav word glued after it
    "<title> Back"): the heading is the title. When the holder is the page's first line
    (its title bar, "<company> <heading>"), the first line is the fuller title, and the lines
    down to the heading are the site's (its name, a ticker line). A line that
    only goes on after the heading by more than a word extends it (a section name over the
    title: "Annual press conference" / "Annual press conference of the Minister"): no rule."""
    pool = [h for h in lines if h.kind == K.UNKNOWN and len(h.text.split()) >= 3]
    for held in pool:
        text = held.text.strip()
        for holder in pool:
            at = holder.text.find(text)
            if holder is held or at < 0 or holder.text.strip() == text:
                continue
            if _kicker_pair(lines, held, holder):
                continue  # a kicker over the headline that names its topic again (H711b)
            if holder is lines[0] or holder.text[:at].strip() or len(holder.text[at + len(text):].split()) <= 1:
                (holder if holder is lines[0] else held).kind = K.TITLE
                if holder is lines[0]:  # the page's title bar; what stands down to the heading is the site's
                    for h in lines[1:lines.index(held) + 1]:
                        if h.kind == K.UNKNOWN:
                            h.kind = K.BOILERPLATE
                return


# What may stand before a heading inside a page-furniture line (nothing, a glued word, a
# catalogue number "PRESSEKONFERENZ/586:", a breadcrumb mark) and after it (nothing, a
# site or section after a bar or dash, an agency in parentheses).
_FURNITURE_BEFORE = re.compile(r"(^|[^\W\d_]|[:|>»›/–—-]\s*)$")
_FURNITURE_AFTER = re.compile(r"^($|\s*[|–—-]\s|\s*\(\w[^()]*\)$)")


def wraps(line: str, heading: str) -> bool:
    line, heading = line.strip(), heading.strip()
    at = line.find(heading)
    if at < 0 or line == heading:
        return False
    return bool(_FURNITURE_BEFORE.search(line[:at]) and _FURNITURE_AFTER.match(line[at + len(heading):]))


def listed_people(lines: list, lex: Lexicon) -> None:
    """The unclaimed lines right after "SPEAKERS:" or "Participants:" are that list (one
    line or several), not the title."""
    for i, h in enumerate(lines):
        if h.kind == K.NOTE and is_list_heading(h.text.strip(), lex):
            for item in lines[i + 1:]:
                if item.kind != K.UNKNOWN:
                    break
                item.kind = K.NOTE


def continued_titles(lines: list, lex: Lexicon, menus: frozenset[int] = frozenset()) -> None:
    """Two unclaimed lines where the first breaks off mid-phrase are one title; so are a
    line of ideographs and the occasion that completes it ("…发言人汪文斌" / "主持例行记者会").
    A heading in capitals wrapped over several lines goes on while the next line opens with
    a small word of the language ("… DEL PRESIDENTE" / "DEL GOBIERNO, …") and, once wrapped,
    into the next line in capitals ("… Y DEL PRIMER" / "MINISTRO DE BÉLGICA, …"). A line
    that breaks off in a site's menu block (`menus`, their line numbers) is a button's text
    ("Click to go to" / "Asaptext.com"), not a title (H290c)."""
    small = _small_words(lex)
    wrapped = False  # the line before was joined to a title in capitals
    for first, second in zip(lines, lines[1:]):
        opens_small = second.text.split()[:1] and second.text.split()[0].lower() in small
        capitals = first.text.isupper() and second.text.isupper() and not SENTENCE_END.search(first.text.strip())
        if first.kind in (K.UNKNOWN, K.TITLE) and second.kind == K.UNKNOWN and first.line not in menus and (
                CONTINUED.search(first.text.strip()) or ends_small(first.text, small)) \
                and not opens_with_date(first.text, lex) and has_letter(first.text) and has_letter(second.text) \
                and not widget_line(first.text) and not LETTER_SPACED.match(first.text.strip()):
            # ("- 1 -", "--:--", "+T -": a page number, a player's clock, a button; "B e t w e e n -"
            # over a court record's parties: a heading of its own, H2512m)
            first.kind = second.kind = K.TITLE
            wrapped = capitals
        elif first.kind in (K.UNKNOWN, K.TITLE) and second.kind == K.UNKNOWN and capitals \
                and (opens_small or wrapped and first.kind == K.TITLE) and not opens_with_date(first.text, lex):
            first.kind = second.kind = K.TITLE
            wrapped = True
        elif first.kind == K.UNKNOWN and second.kind == K.ACTIVITY and _ideographic(first.text) \
                and _ideographic(second.text) and not SENTENCE_END.search(first.text.strip()):
            first.kind = second.kind = K.TITLE
        else:
            wrapped = False


def _small_words(lex: Lexicon) -> frozenset:
    """Words that never end a heading nor open a new one: links and conjunctions, not articles
    ("THE WHITE HOUSE" is a heading of its own)."""
    return (lex.small_words | lex.label_small_words) - lex.articles - {"a", "e"}


def ends_small(text: str, small: frozenset) -> bool:
    """The line ends with a small word of the language (`of`, `и`); a single capital after
    mixed-case words is a name's initial ("Солженицын Александр И"), not the word."""
    words = text.split()
    if not words or len(words) < 2 or words[-1].lower() not in small:
        return False
    return not (len(words[-1]) == 1 and words[-1].isupper() and not text.isupper())


def has_letter(text: str) -> bool:
    return any(ch.isalpha() for ch in text)



def _ideographic(text: str) -> bool:
    return " " not in text.strip() and bool(_IDEOGRAPH.match(text.strip()[-1:] or " ")) \
        and bool(_IDEOGRAPH.match(text.strip()[:1]) or text.strip()[:1].isdigit())


_IDEOGRAPH = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def stacked_bylines(lines: list, lex: Lexicon) -> None:
    """A bare name over an office or occasion line is a byline printed on two lines
    ("John Kirby" / "Spokesperson", "John Kirby" / "Daily Press Briefing")."""
    for first, second in zip(lines, lines[1:]):
        if first.kind != K.UNKNOWN or names_in(first.text, lex) != [first.text.strip()]:
            continue
        office = second.kind == K.UNKNOWN and all(is_title_word(w, lex) for w in second.text.split())
        if office or second.kind == K.ACTIVITY:
            first.kind = K.BYLINE
            if office:
                second.kind = K.BYLINE


def lone_place(text: str, lex: Lexicon) -> bool:
    """One capitalised word that is no office, occasion, site section or agenda heading of
    minutes ("OPENING" over the chair's first words, H1775j): "Moscow", "Genève"."""
    word = text.strip()
    return len(word.split()) == 1 and short_name(word) and word[:1].isupper() and word.replace("-", "").isalpha() \
        and not header_shapes(lex).office.search(word) and not header_shapes(lex).occasion.search(word) \
        and not section_name(word, lex) and not legislative_term(word, lex) and word.lower() not in lex.agenda_headings


def office_and_holder(text: str, lex: Lexicon) -> bool:
    """ "Governor Roe", "Minister Jane Roe": an office of the lexicon, then one to three
    capitalised words that are no title, or nothing but titles ("Prime Minister", "Secretary of
    State"): a person or an office, never a place (H1260h)."""
    m = header_shapes(lex).office.match(text.strip())
    rest = text.strip()[m.end():].split() if m else []
    if m and all(is_title_word(w, lex) or w.lower() in lex.articles | lex.occupation_links for w in rest):
        return True  # "Prime Minister", "Secretary of State": an office alone names no place either
    return 1 <= len(rest) <= 3 and all(w[:1].isupper() and w.replace("-", "").replace(".", "").isalpha()
                                       and not is_title_word(w, lex) for w in rest)


# A house's term is named in a few words: "XVIe législature", "XV LEGISLATURA", "20. Wahlperiode".
MAX_TERM_WORDS = 4


def legislative_term(text: str, lex: Lexicon) -> bool:
    """A short line naming a parliament's numbered term or session year ("XVIe législature",
    "XIX LEGISLATURA", "ВОСЬМОЙ СОЗЫВ", "Vergaderjaar 2023-2024", "118th Congress"): the
    record's issue, never its place or venue (H1404i)."""
    return bool(lex.legislative_terms) and len(text.split()) <= MAX_TERM_WORDS \
        and lex.whole_words("legislative_terms").search(text) is not None


def section_name(text: str, lex: Lexicon) -> bool:
    """ "Opinion", "VIDEO", "Exclusive", "Politik": a site's section names only (lexicon
    `menu_words`), a page's kicker over or under the headline, never a place (H1226h)."""
    words = [w.strip(".,:;!?|").lower() for w in text.split()]
    return bool(words) and all(w in lex.menu_words for w in words)


def place_slot_free(lines: list, i: int) -> bool:
    """A bare name is the place unless a place was given already or a place line follows
    and no venue line does (State Department order: place, then venue)."""
    if any(h.kind == K.PLACE for h in lines[:i]):
        return False
    later = [h.kind for h in lines[i + 1:]]
    return K.PLACE not in later or K.VENUE in later


def widget_dates(lines: list, title, lex: Lexicon) -> None:
    """A weekday date above the title, beside site furniture, is a page widget when the
    header has another date of its own (not a publication stamp with a clock time, H42)."""
    dates = [h for h in lines if h.kind == K.DATE]
    anchor = title or next((h for h in lines if h.kind not in (K.DATE, K.BOILERPLATE)), None)
    if len(dates) < 2 or anchor is None:
        return
    for i, h in enumerate(lines):
        if all(stamp_line(d.text, lex) for d in dates if d is not h):
            continue  # the other dates are stamps ("Status: Saturday, 25 May 2019, 15:00"), not the event's
        if h.kind == K.DATE and i < lines.index(anchor) and has_weekday(h.text, lex):
            neighbours = lines[max(0, i - 1):i] + lines[i + 1:i + 2]
            if i == 0 or any(x.kind == K.BOILERPLATE for x in neighbours):
                h.kind = K.BOILERPLATE


_WORD = re.compile(r"[^\W\d_]{3,}")


def _content_words(text: str) -> set[str]:
    return {w.casefold() for w in _WORD.findall(text)}


def headline_over_standfirst(lines: list, candidates: list):
    """Two unclaimed headings one under the other, the second longer and repeating several
    of the first's words while the first has words of its own ("All the questions put to the
    Minister at the annual press conference" / "The full list and text of the 41 questions put
    to the Minister at the annual press conference"): the first is the headline, the second
    its standfirst. A heading the next line merely extends (a section name) is not."""
    pool = {id(h) for h in candidates}
    for first, second in zip(lines, lines[1:]):
        if id(first) not in pool or id(second) not in pool or len(second.text) <= len(first.text):
            continue
        own, other = _content_words(first.text), _content_words(second.text)
        shared = own & other
        if len(shared) >= 2 and 2 * len(shared) >= len(own) and own - other and not kicker_over(first.text, second.text):
            return first  # (a kicker over the headline is no headline over its standfirst, H711b)
    return None


# A tab title restated by the article is a heading of this many words at least; a shorter first
# line is a site's name ("City of Harbour") more often (H420a).
MIN_PAGE_TITLE_WORDS = 4


def restated_page_title(lines: list, line) -> bool:
    """The page's first line, whose words a later header line repeats (at least two, and half of
    them) in other words ("Minutes Working Group minutes 1/12/2012" over "Minutes Working Group
    meeting"): the title the browser tab shows, restated by the article (H420a). A later line
    that holds it whole ("Acta Nº 1496" / "ACTA Nº 1496. DÉCIMA CUARTA SESIÓN ...", "Annual
    press conference" / "All the questions put at the annual press conference") is a heading
    it merely shortens: a record's short name, a section name. A line of fewer than four words
    is a site's name more often than its tab title ("City of Harbour")."""
    if not lines or line is not lines[0] or len(line.text.split()) < MIN_PAGE_TITLE_WORDS \
            or (len(lines) > 1 and _kicker_pair(lines, line, lines[1])):  # a kicker over the headline (H711b)
        return False
    whole = " ".join(line.text.split()).casefold()
    later = lines[1:]
    if any(whole in " ".join(h.text.split()).casefold() for h in later):
        return False
    return any(repeats_words(line.text, h.text) for h in later)


def repeats_words(text: str, other: str) -> bool:
    """`other` repeats at least two of the words of `text`, and half of them."""
    shared = _content_words(text) & _content_words(other)
    return len(shared) >= 2 and 2 * len(shared) >= len(_content_words(text))


_CLOSES_SENTENCE = re.compile(r"[.!?…。！？:：]$")  # (a colon: a lead-in to what follows)


def first_line_headline(header: list, lines: list):
    """With no title found, the page's first line is the title when it reads as a headline:
    it does not close like a sentence (a quote may close it: "Name, former mayor: “We …”"),
    and it is of two words or more, hyphen-joined words counted ("Es-ist-Deutschland-hier",
    a page's address slug)."""
    if not header or not lines or header[0] is not lines[0] or lines[0].kind not in (K.UNKNOWN, K.SUMMARY, K.VENUE):
        return None
    text = lines[0].text.strip().rstrip("”\"»’'")
    words = text.replace("-", " ").split()
    if lines[0].kind == K.VENUE and (len(words) < MIN_VENUE_HEADLINE_WORDS or "," in text):
        return None  # "Ed Sullivan Theater" first: the venue, and the page has no title
    return lines[0] if len(words) >= 2 and not _CLOSES_SENTENCE.search(text) and has_letter(text) else None


# A venue word in a headline of title case ("The Senate Chamber Debate on Climate", "Hotel
# California Revisited with Don Henley") made the page's first line its venue, and the page
# untitled: with no title found, a first line of this many words or more without a comma is the
# headline (a venue line that long lists its parts: "Room 2157 Lounge, Rayburn House …"; H1229h).
MIN_VENUE_HEADLINE_WORDS = 5
