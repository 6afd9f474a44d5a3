"""Title shapes read by their position and punctuation (head13): a heading that names the
transcript it heads ("Transcript: President Roe Meets Mayor Lee"), a listing's row of fields
cut by wide gaps ("tv   Harbour Debate  CH5  March 3, 2021 7:00pm-8:00pm"), and a company's
name with its stock ticker, which names the issuer, not the call ("Harbour Corp (NYSE: HBR)")."""
from __future__ import annotations

import re

from teikit.lexicons import Lexicon, compiled_once
from teikit.model import HeaderKind as K
from teikit.transforms.helpers.dates import find_date
from teikit.transforms.helpers.headerlines import field_value, header_shapes

# Words after the transcript word's colon that make a heading, not a field ("Transcript: yes").
MIN_NAMED_WORDS = 3
MIN_NAMED_IDEOGRAPHS = 4
_IDEOGRAPH = re.compile(r"[\u3400-\u9fff]")
# A word or two before the transcript word: "Full transcript:", "Texto de la transcripción:".
_HEAD = r"^(?:[^\W\d_]+\s+){0,2}?(?:%s)\s*[:：]\s*(?P<rest>\S.*)$"


def names_its_transcript(text: str, lex: Lexicon) -> bool:
    """A heading that opens with the transcript word of the lexicon and a colon, then a
    heading of its own ("Transcript: President Roe Meets Mayor Lee", "Стенограмма: ...",
    "文字实录：……"): the page's title for the text below it (H141h)."""
    if not lex.transcript_words or (":" not in text[:40] and "：" not in text[:40]):
        return False
    m = compiled_once(_HEAD % lex.alternation("transcript_words"), re.IGNORECASE).match(text.strip())
    if m is None:
        return False
    return _a_heading(m.group("rest"))


def _a_heading(text: str) -> bool:
    return len(text.split()) >= MIN_NAMED_WORDS or len(_IDEOGRAPH.findall(text)) >= MIN_NAMED_IDEOGRAPHS


# A word before the transcript word that closes a heading, after a colon, a spaced dash or in
# brackets: "...: полная стенограмма", "... (Full Transcript)", "... - full transcript".
_TAIL = r"(?:\s*[:：]|\s+[-–—|])\s*(?:[^\W\d_]+\s+)?(?:%s)\.?$|\s*[(（](?:[^\W\d_]+\s+)?(?:%s)[)）]$"


def closes_with_transcript(text: str, lex: Lexicon) -> bool:
    """A heading that ends by naming its transcript ("Большая пресс-конференция Владимира
    Путина 20 декабря 2018 года: полная стенограмма", "President Roe in a Town Hall (Full
    Transcript)"): the page's title, as H141h's heading that opens so (H382a)."""
    if not lex.transcript_words:
        return False
    words = lex.alternation("transcript_words")
    m = compiled_once(_TAIL % (words, words), re.IGNORECASE).search(text.strip())
    return m is not None and _a_heading(text.strip()[:m.start()])


_GAP = re.compile(r"\s{2,}")
MIN_FIELDS = 3


def gapped_fields_title(title: str, lex: Lexicon) -> str | None:
    """The title inside a listing's row of three fields or more cut by gaps of two spaces or
    more, one field a date ("tv   Harbour Debate  CH5  March 3, 2021 7:00pm-8:00pm", a TV
    archive's row: medium, title, channel, airing): the field of the most words among those
    without a digit (H142h). None when the line is no such row or the longest is not alone."""
    if "  " not in title:
        return None
    fields = [f for f in _GAP.split(title.strip()) if f]
    if len(fields) < MIN_FIELDS or not any(find_date(f, lex) for f in fields):
        return None
    worded = sorted((f for f in fields if not any(c.isdigit() for c in f)), key=lambda f: len(f.split()), reverse=True)
    if not worded or len(worded[0].split()) < 2 or (len(worded) > 1 and len(worded[1].split()) == len(worded[0].split())):
        return None
    return worded[0]


# A stock ticker closing the line: an exchange's code in capitals, a colon, the symbol.
_TICKER = re.compile(r"\([A-Z]{2,8}:\s?[A-Z][A-Z0-9.]{0,7}\)\s*$")


def issuer_line(text: str) -> bool:
    """ "Harbour Corp (NYSE: HBR)": the company an earnings call is of, printed over the
    call's own heading ("Q2 2020 Earnings Call"); never the title beside another heading (H145h)."""
    return _TICKER.search(text) is not None


# A lead is a sentence or more about the event; a headline printed as one short sentence
# ("Ann Lee on the harbour and the new bridge.") has at most this many words.
MAX_SENTENCE_HEADLINE_WORDS = 8
_INNER_END = re.compile(r"[.!?…]\s")


def sentence_headline(lines: list):
    """The one summary line of a header with no title, when it is one short sentence (not a
    question, not a colon line) and no other summary stands beside it: the headline printed
    with its full stop, not a lead (H146h). None otherwise."""
    summaries = [h for h in lines if h.kind == K.SUMMARY]
    if len(summaries) != 1:
        return None
    text = summaries[0].text.strip()
    if _IDEOGRAPH.search(text):
        return None  # (ideographs print no spaces between words: their sentences are not counted so)
    if not 2 <= len(text.split()) <= MAX_SENTENCE_HEADLINE_WORDS or text[-1:] in "?:" or _INNER_END.search(text):
        return None
    return summaries[0] if any(c.isalpha() for c in text) else None


# A web address: a page's link line is never its title.
_URL = re.compile(r"https?://|\bwww\.[\w-]+\.", re.IGNORECASE)


def link_line(text: str) -> bool:
    """ "Watch and listen to the broadcast - http://radio.example/programs/879555/": a link,
    never the title (H147h)."""
    return _URL.search(text) is not None


def dated_headline(text: str, lex: Lexicon) -> bool:
    """ "22 April 2012: Lee with Roe and without. Guest - Ann Lee": a headline that opens with
    its date and a colon, then three words or more; the title, its date the event's (H147h)."""
    found = find_date(text, lex)
    if found is None or found[0] > 0:
        return False
    rest = text[found[1]:].lstrip()
    return rest[:1] in (":", "：") and len(rest[1:].split()) >= MIN_NAMED_WORDS


# Capitalised words before the date's article that make a heading: "Conseil Municipal du ...".
MIN_SITTING_WORDS = 2


def sitting_heading(text: str, lex: Lexicon) -> bool:
    """ "Conseil Municipal du 15 novembre 2016", "Consiglio comunale del 25/3/2013": a heading
    that names a sitting and closes with its date after the date's article (lexicon
    `date_articles`), its first word capitalised; not a publication stamp ("Posted on ...")
    (H150h)."""
    found = find_date(text, lex)
    if found is None or text[found[1]:].strip(" .") or not lex.date_articles:
        return False
    words = text[:found[0]].split()
    if len(words) < MIN_SITTING_WORDS + 1 or not words[0][:1].isupper() \
            or not re.fullmatch(lex.alternation("date_articles"), words[-1], re.IGNORECASE):
        return False
    return not (lex.publication_prefixes and lex.pattern("publication_prefixes").match(" ".join(words))) \
        and not any(c.isdigit() for c in " ".join(words[:-1]))


# Words before the date that make the page's first line a headline, not a date line.
MIN_DATED_HEADING_WORDS = 4


def dated_heading_over_field(lines: list, titled: list, lex: Lexicon):
    """The header line right above a title read from a field ("Topic: Ann Lee", lexicon
    `header_fields`) when it is a heading that closes on its date ("Guest of the Harbour Hour:
    Ann Lee. 29.04.2007", four words or more before the date): a programme page's form under
    its headline (H151h). None otherwise."""
    if not titled or (at := next((k for k, h in enumerate(lines) if h is titled[0]), 0)) == 0:
        return None
    above = lines[at - 1]
    if above.kind not in (K.UNKNOWN, K.DATE) or field_value(titled[0].text, lex) is None:
        return None
    text = above.text
    found = find_date(text, lex)
    if found is None or text[found[1]:].strip(" .") or len(text[:found[0]].split()) < MIN_DATED_HEADING_WORDS:
        return None
    return above


# What separates a breadcrumb trail's entries: spaces, arrows, slashes, bars; a trail has
# two entries at least before the page's own ("Home > Talks > ...").
MIN_CRUMBS = 2
_CRUMB_CUT = re.compile(r"(?:\s+|\s*[>»›/|]\s*)$")


def under_breadcrumb(header: list, candidates: list):
    """The heading printed right under a breadcrumb trail that ends with it ("Home Theory
    Classic press conferences" over "Classic press conferences", "首页 理论教育 经典…实录" over
    "经典…实录"): the trail names the page, so the heading is the page's title (H153h)."""
    wanted = {id(h) for h in candidates}
    for k in range(1, len(header)):
        line, trail = header[k], header[k - 1]
        if id(line) not in wanted or not hasattr(trail, "text"):
            continue
        text, crumbs = line.text.strip(), trail.text.strip()
        if len(crumbs) > len(text) and crumbs.endswith(text) and _CRUMB_CUT.search(crumbs[:-len(text)]) \
                and len(re.split(r"\s*[>»›/|]\s*|\s+", crumbs[:-len(text)].strip(" >»›/|"))) >= MIN_CRUMBS:
            return line
    return None


# A site's navigation line: a pager of arrows alone ("<<", ">>", "‹ ›"), or a breadcrumb trail
# of two separators or more set apart by spaces ("> Section > Page >  Content", "Home » News »
# Sport"; a guillemet that closes a quotation, "«Луч»", has no space before it).
_ARROWS_ONLY = re.compile(r"[\s<>«»‹›←→]*[<>«»‹›←→][\s<>«»‹›←→]*")
_CRUMB_SEPARATOR = re.compile(r"(?:^|\s)[>»›→](?=\s|$)")


def navigation_line(text: str) -> bool:
    """A pager's arrows alone on their line, or a breadcrumb trail (two spaced separators)."""
    return _ARROWS_ONLY.fullmatch(text) is not None or len(_CRUMB_SEPARATOR.findall(text)) >= MIN_CRUMBS


def under_navigation(header: list, candidates: list):
    """The candidate heading printed right under the site's navigation (a breadcrumb trail or
    a pager, "> Section > Page >  Content", "<<" / ">>"): the page's own heading, as under a
    trail that ends with it (H153h); the lines above the navigation are the site's name,
    slogan and menus (H200w). The last such heading of the header; None without one."""
    wanted = {id(h) for h in candidates}
    return next((header[k + 1] for k in range(len(header) - 2, -1, -1) if id(header[k + 1]) in wanted
                 and hasattr(header[k], "text") and navigation_line(header[k].text)), None)


# A site's category or tag list: this many comma-separated entries or more, each of a few words.
MIN_LISTED_ENTRIES = 5
MAX_ENTRY_WORDS = 3
# A teaser quoting another article: this many sentences or more, and this many words.
MIN_TEASER_SENTENCES = 3
MIN_TEASER_WORDS = 15
_SENTENCE_BREAK = re.compile(r"[.!?…]\s+[\"“„«]?([^\W\d_])")  # the next sentence's first letter
_LIST_ENTRY = re.compile(r"\s*[-•·*]\s")  # "- Comparing the dollar to Bitcoin.", "• Add to My List"
_QUOTATION = re.compile(r"“[^“”]*”|„[^„“”]*[“”]|«[^«»]*»|\"[^\"]*\"")
# A full stop, exclamation or question mark in ideographs with a sentence after it: headlines in
# ideographs print none (no gold title of the development sets holds one), a note or a lead does.
_IDEOGRAPHIC_BREAK = re.compile(r"[。！？][」』）)]?\s*[\u3400-\u9fff]")


# A flattened table's row: its cells run together, a word's small letters straight into the next
# cell's capital, at least this many times within one run of letters ("publicatieOrganisatie-
# Vergaderjaar…"), after at least this many small letters: a brand or a name has one join or
# none ("JavaScript", "PowerPoint", "McKay"), however often a sentence names it.
MIN_GLUED_CELLS = 2
MIN_CELL_TAIL = 3
_LETTERS = re.compile(r"[^\W\d_]+")


def glued_cells(text: str) -> bool:
    """A line of table cells printed without a space between them (a page's "Datum
    publicatieOrganisatieVergaderjaarVergadernummerDatum vergadering"): a row of field names
    or values, never a headline (H1700i)."""
    return any(_joins(word) >= MIN_GLUED_CELLS for word in _LETTERS.findall(text))


def _joins(word: str) -> int:
    return sum(1 for i in range(MIN_CELL_TAIL, len(word))
               if word[i].isupper() and word[i - MIN_CELL_TAIL:i].islower())


def no_heading(text: str) -> bool:
    """A header line that no headline is printed as (H201w): an entry of a bulleted list, a
    list of categories or tags ("Allgemein, Bundesliga, Champions League, Medien, …": five
    comma-separated entries of a few words or more), or a teaser quoting another article in
    several sentences ("… Я его очень уважаю. Но он …": three sentences and fifteen words or
    more, outside quotation marks: a headline may quote a speaker's sentences, "CONTE: “Lazio
    forte. Non c’è …”")."""
    if _LIST_ENTRY.match(text) or glued_cells(text):
        return True
    entries = [e.split() for e in text.split(",")]
    if len(entries) >= MIN_LISTED_ENTRIES and all(0 < len(e) <= MAX_ENTRY_WORDS for e in entries):
        return True
    told = _QUOTATION.sub(" ", text)
    if _IDEOGRAPHIC_BREAK.search(told):
        return True  # "…离开中国大陆。该报曾…": two sentences in ideographs, prose (H317a)
    breaks = [letter for letter in _SENTENCE_BREAK.findall(told) if letter.isupper()]
    return len(breaks) + 1 >= MIN_TEASER_SENTENCES and len(told.split()) >= MIN_TEASER_WORDS


def first_heading(lines: list, line) -> bool:
    """The line is the page's first, or only the site's lines stand above it ("Форум
    torpedom.ru", "Комментарии к сообщению #95449" over "ОТЧЕТ О ПРЕСС-КОНФЕРЕНЦИИ", H515a)."""
    above = lines[:lines.index(line)]
    return all(h.kind == K.BOILERPLATE for h in above)


# A phrase that a short name's test takes for a name ("Славно поговорили") has at most this many words.
MAX_POST_PHRASE_WORDS = 4


def under_post_date(lines: list, line, lex: Lexicon) -> bool:
    """A blog post's date alone over its heading, the heading a short phrase whose last word
    opens with a small letter ("суббота, 29 мая 2010 г." / "Славно поговорили"): the post's
    title; a place or a person's name ends with a capital ("New York"), a room names a venue
    word ("Sala stampa"), a link is never the title (H147h) (H1701i)."""
    above = lines[:lines.index(line)]
    words = line.text.split()
    venue = header_shapes(lex).venue
    return [h.kind for h in above] == [K.DATE] and 0 < len(words) <= MAX_POST_PHRASE_WORDS \
        and words[-1][:1].islower() and not link_line(line.text) \
        and not (venue is not None and venue.search(line.text))


# A Markdown heading: one to six number signs, a space, the heading ("# 31 January, 2023
# Meeting Notes", "## Transkript nnProf4").
_HEADING = re.compile(r"^(#{1,6})[ \t]+\S")


def markdown_document_title(lines: list):
    """The header's top Markdown heading (`# Company_20260311` over its "## Memo" and "### Q&A"
    sections, `## Transkript nnProf4` alone under the front matter), the document's title by
    Markdown's own convention (H1633i): the first heading of the header, of the shallowest
    level the header holds and the only one of that level, unclaimed, with no unclaimed line
    above it (front matter and site lines may stand there); None otherwise."""
    headings = [(h, len(m.group(1))) for h in lines if (m := _HEADING.match(h.text))]
    if not headings:
        return None
    first, level = headings[0]
    if first.kind != K.UNKNOWN or any(lv <= level for _, lv in headings[1:]):
        return None
    return first if all(h.kind != K.UNKNOWN for h in lines[:lines.index(first)]) else None


def over_release_mark(lines: list, lex: Lexicon):
    """The undecided header line printed right over a release mark (lexicon `release_marks`):
    Australian ministers' transcripts print "E&OE TRANSCRIPT" (errors and omissions excepted)
    under the transcript's heading and over a longer description line ("2GB Ben Fordham" /
    "E&OE TRANSCRIPT" / "Interview - 2GB with Ben Fordham and ..."): the heading is the title
    (H2004k)."""
    if not lex.release_marks:
        return None
    mark = lex.pattern("release_marks")
    for above, h in zip(lines, lines[1:]):
        if above.kind == K.UNKNOWN and mark.fullmatch(h.text.strip()) and any(c.isalpha() for c in above.text) \
                and mark.fullmatch(above.text.strip()) is None:
            return above
    return None
