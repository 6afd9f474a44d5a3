"""Paragraphs before the first labelled turn that read as sentences but are not speech.

The header pass takes what follows the header lines as an unlabeled opening speech. In a
labelled transcript, some paragraphs there are written about the event, not spoken in it:

- a site line of any length, by the lexicon's `boilerplate_lines` ("Try Acme for free and save
  time. ..."), which the boilerplate pass takes only when short;
- a page's metadata field: a capitalised word and lower-case ones, then a colon
  ("Personnalité, fonction : ROE Ann.");
- a news dateline opening a story ("某某网北京11月28日电 ...", "GENEVA (Reuters) — ...");
- a reporter's lead that opens with the date and names the occasion ("4月26日上午10时，
  国台办在新闻发布厅举行例行新闻发布会。", "May 3, 2021 - The minister held a press conference.");
- a note wholly in brackets ("(Die Ausschrift ... erfolgte anhand der Simultandolmetschung.)");
- a record's stage line: a person in capitals and a verb in the third person, no label
  separator between them ("VORS. DETJEN eröffnet die Pressekonferenz ...", "ANN ROE,
  Segretario, legge il processo verbale.");
- a procedural line of a sitting, by the lexicon's `procedural_lines` ("La seduta comincia
  alle 9,35.", "The sitting was suspended.");
- a paragraph one of whose sentences introduces the transcript ("... Following is the
  transcript of the briefing:", lexicon `transcript_intros`), or that names the transcript
  at all (a disclaimer, a rush-transcript notice, a repost's introduction: lexicon
  `transcript_words`);
- a short paragraph saying that what follows is a translation (lexicon `translation_notes`);
- a section heading that ends with the time of day in brackets ("Sul processo verbale
  (ore 9,45).").

Each is kept verbatim as a header line of its kind, outside every turn.
A page's lead told by the labelled turns below it (an interview's, one naming the speakers)
is `newsleads`'.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from teikit.lexicons import Lexicon, compiled_once
from teikit.model import HeaderKind, HeaderLine, Paragraph, Turn
from teikit.transforms.helpers.dates import date_at_start, placed_date
from teikit.transforms.helpers.headerdates import ends_dated
from teikit.transforms.helpers.headerlines import BRACKETED, classify, header_shapes, occasion
from teikit.transforms.helpers.headerneighbours import opens_as_fragment
from teikit.transforms.helpers.lines import first_text, lines_of, numbered_lines, plain_paragraphs
from teikit.transforms.helpers.stagelines import stage_line
from teikit.transforms.helpers.titlelabels import transcript_heading
from teikit.transforms.helpers.topicheadings import agenda_item
from teikit.transforms.helpers.unnamedturns import DASH_TURN

# A metadata field of a page: a capitalised word and one or two lower-case words, then a
# colon ("Personnalité, fonction : ...", "Date de publication : ..."); a speaker's name has
# capitals.
_FIELD_LINE = re.compile(r"^[^\W\d_][^\W\d_'’-]*(?:,?[ \u00a0][^\W\d_A-ZÀ-ÞА-ЯЁ][^\W\d_'’-]*){1,2}[ \u00a0]?[:：][ \u00a0]")
# A heading with the time of day in brackets at its end: "(ore 9,45).", "(10.30 a.m.)".
_TIMED_HEADING = re.compile(r"\((?:[^\W\d_]+\.?\s)?\d{1,2}[.,:h]\d{2}(?:\s?[ap]\.?m\.?)?\)\.?$", re.IGNORECASE)
MAX_TIMED_HEADING_WORDS = 10
# A bracketed note before the first turn is a note, not an opening speech, up to this length.
MAX_NOTE_CHARS = 400


def lead_kind(text: str, lex: Lexicon) -> HeaderKind | None:
    """The kind of a paragraph before the first labelled turn that is not speech, or None."""
    text = text.strip(" \t\u3000\u00a0")
    if not text:
        return None
    if lex.pattern("boilerplate_lines").match(text):
        return HeaderKind.BOILERPLATE  # a site line of any length: "Try Acme for free and ..."
    for pattern in lex.news_datelines:
        if compiled_once(pattern).match(text):
            return HeaderKind.DATELINE
    if len(text) <= MAX_NOTE_CHARS and BRACKETED.fullmatch(text):
        return HeaderKind.NOTE
    if lex.procedural_lines and lex.pattern("procedural_lines").match(text):
        return HeaderKind.NOTE
    if _introduces_transcript(text, lex):
        return HeaderKind.NOTE  # "... Following is the White House transcript: (begin transcript)"
    if announces_translation(text, lex):
        return HeaderKind.NOTE  # "Below, the interview translated:": the editor's, not speech (I160q)
    if _FIELD_LINE.match(text):
        return HeaderKind.METADATA  # "Personnalité, fonction : ROE Ann.": a page's metadata field
    if agenda_item(text, lex):
        return HeaderKind.NOTE  # "OGGETTO N. 232/71 - Ratifica ...": an agenda item's heading
    if stage_line(text):
        return HeaderKind.NOTE
    if lex.stage_openers and lex.pattern("stage_openers").match(text):
        return HeaderKind.NOTE  # "Звучит музыка, ... В студии ...": a stage direction above the first label (H153p)
    if len(text.split()) <= MAX_TIMED_HEADING_WORDS and _TIMED_HEADING.search(text):
        return HeaderKind.NOTE
    if _dated_lead(text, lex):
        return HeaderKind.SUMMARY
    if closing_dateline(text, lex):
        return HeaderKind.DATELINE  # "Centre de presse - Hanoï, Vietnam, le vendredi 8 octobre 2004." (H160q)
    if institution_dateline(text, lex):
        return HeaderKind.DATELINE  # "Московский Городской Суд. 11 марта 2008 года (вторник, ...)." (H1611i)
    if names_transcript(text, lex):
        return HeaderKind.NOTE  # a disclaimer or notice: "THIS IS A RUSH TRANSCRIPT. ..."
    if episode_line(text):
        return HeaderKind.TITLE  # "500: 500!": an episode's number and title, however it ends (H1806j)
    return None


# An episode's number, a colon and a short title over a radio programme's transcript ("500: 500!",
# "712: Where the Sidewalk Ends"), which an exclamation or question mark does not make speech (H1806j).
_EPISODE_LINE = re.compile(r"#?\d{1,4}:[ \u00a0]+\S+(?:[ \u00a0]+\S+){0,7}")


def episode_line(text: str) -> bool:
    """An episode's number and short title (H1806j), the title over the transcript."""
    return _EPISODE_LINE.fullmatch(text.strip()) is not None


def _introduces_transcript(text: str, lex: Lexicon) -> bool:
    """A sentence of the paragraph (its first, or one after a sentence end) introduces the
    transcript (lexicon `transcript_intros`): the paragraph is the editor's, not speech."""
    for m in lex.pattern("transcript_intros").finditer(text):
        if m.start() == 0 or text[:m.start()].rstrip()[-1:] in ".:!?。：":
            return True
    return False


# A dateline that ends with its date has at most this many words.
MAX_DATELINE_WORDS = 16
_VENUE_DASH = re.compile(r"\s[-–—]\s")


def closing_dateline(text: str, lex: Lexicon) -> tuple[str, str] | None:
    """(place, ISO date) of a short line that ENDS with a full date after a place, a venue and
    a spaced dash allowed before it: "Centre de presse - Hanoï, Vietnam, le vendredi 8 octobre
    2004.", "Press room - Geneva, 3 March 2021" (an archive's dateline over a press conference;
    H160q). The date's article and weekday may stand between the place and the date."""
    text = text.strip().rstrip(".")
    if len(text.split()) > MAX_DATELINE_WORDS or not ends_dated(text, lex):
        return None
    return placed_date(_VENUE_DASH.split(text)[-1], lex)


# A bracketed remark closing a dateline after its date: "(вторник, после перерыва)".
_REMARK_AFTER_DATE = re.compile(r"\s*\([^()]{1,60}\)$")
# An institution's name before a dateline's date has at most this many words.
MAX_INSTITUTION_WORDS = 6


def institution_dateline(text: str, lex: Lexicon) -> bool:
    """A short line naming an institution in capitalised words, a full stop, then a full
    date and at most a bracketed remark about the sitting: "Московский Городской Суд. 11
    марта 2008 года (вторник, после перерыва).", "Tribunal de Lyon. 3 mars 2021." (a court
    report's header, H1611i). The institution is no place (a place dateline is
    `closing_dateline`'s)."""
    text = _REMARK_AFTER_DATE.sub("", text.strip().rstrip(".")).rstrip(".")
    head, stop, dated = text.partition(". ")
    words = head.split()
    if not stop or not 1 <= len(words) <= MAX_INSTITUTION_WORDS or len(text.split()) > MAX_DATELINE_WORDS \
            or not all(w[:1].isupper() or w in lex.small_words for w in words):
        return False
    found = date_at_start(dated, lex)
    return found is not None and not dated[found[0]:].strip()


# A line announcing a translation is the editor's up to this many words; longer, it is speech.
MAX_TRANSLATION_NOTE_WORDS = 40


def announces_translation(text: str, lex: Lexicon) -> bool:
    """A short paragraph before the first labelled turn says that what follows is a
    translation (lexicon `translation_notes`: "l'intervista tradotta", "доступен перевод",
    "English translation below"): a fan site's or a blog's line about the text (I160q)."""
    return bool(lex.translation_notes) and len(text.split()) <= MAX_TRANSLATION_NOTE_WORDS \
        and lex.pattern("translation_notes").search(text) is not None


def names_transcript(text: str, lex: Lexicon) -> bool:
    """The paragraph names the transcript itself (lexicon `transcript_words`: "This is a rush
    transcript.", "Cette transcription a été réalisée à l'aide d'un logiciel ...",
    "Transcribimos la entrevista ...", "以下是…談話全文:"): a disclaimer, notice or
    introduction written by the editor or the site, not speech. Speakers rarely name the
    text that records them; editors' notes before the first turn nearly always do. A line
    that opens with the occasion ("Press conference of ... Transcript.") is the heading."""
    return bool(lex.transcript_words) and lex.pattern("transcript_words").search(text) is not None \
        and header_shapes(lex).occasion.match(text.strip()) is None and not transcript_heading(text, lex)



# A month and day (and year) at the start of a Chinese lead ("4月26日上午10时，"), which
# `date_at_start` (full dates) does not read, and whose occasion has no word boundary.
_MONTH_DAY = re.compile(r"^(?:\d{4}年)?\d{1,2}月\d{1,2}日")


# The same day after the body that held the occasion: "国务院联防联控机制2月9日在北京召开新闻发布会" (H2534m).
_SUBJECT_MONTH_DAY = re.compile(r"^([\u4e00-\u9fff]{2,20}?)(?:\d{4}年)?\d{1,2}月\d{1,2}日")


def _dated_lead(text: str, lex: Lexicon) -> bool:
    """A reporter's lead: it opens with the date (or with the body that held the occasion and
    the date, no speaker's "我" among its words, H2534m) and names the occasion."""
    if _MONTH_DAY.match(text):  # ideographs: no word boundaries around the occasion
        return lex.pattern("occasions").search(text) is not None
    if text[:1] >= "\u4e00" and (m := _SUBJECT_MONTH_DAY.match(text)) \
            and not (lex.spoken_words and lex.pattern("spoken_words", 0).search(m.group(1))):
        return lex.pattern("occasions").search(text) is not None
    if date_at_start(text, lex) is not None:
        return occasion(text, lex) is not None
    # "On Sunday 18 February 2007, Ann Lee interviewed ...": an article before the date, and
    # the occasion as a verb ("interviewed", "briefed")
    head, _, rest = text.partition(" ")
    return head.lower() in lex.date_articles and date_at_start(rest, lex) is not None and \
        _occasion_word(lex).search(rest) is not None


@lru_cache(maxsize=None)
def _occasion_word(lex: Lexicon) -> re.Pattern:
    return re.compile(rf"\b(?:{lex.alternation('occasions')})", re.IGNORECASE)


# An opening "speech" of short lines only, with at most this many sentence ends among them,
# is page furniture (an ad box, a blog's name, a widget date), not speech.
MAX_FURNITURE_LINE_WORDS = 12
MIN_FURNITURE_LINES = 3
_SPOKEN_END = re.compile(r"[.?!…。？！][\"”’»)]*$")


def short_lines_only(lines: Iterable[str]) -> bool:
    """The lines between the header and the first labelled turn are page furniture rather
    than an opening speech: three lines or more, none longer than a heading, and at most one
    ending like a sentence ("хочу сюди!" / "Людмила" / "56 років, …" / "GTJ" / "• 03.12.10,
    10:48"). "Good morning." / "Thank you." / "Welcome." is speech. (Read up to the line
    that settles it: the opening of a transcript labelled late may be most of it.)"""
    count = ends = 0
    for line in lines:
        text = line.strip()
        if not text:
            continue
        if len(text.split()) > MAX_FURNITURE_LINE_WORDS:
            return False
        ends += _SPOKEN_END.search(text) is not None
        if ends > 1:
            return False
        count += 1
    return count >= MIN_FURNITURE_LINES


def dash_dialogue(rest: list) -> bool:
    """The transcript opens with an unlabeled turn introduced by a dash ("— When will ...?"):
    an interview printed as dashed replies (helpers.unnamedturns.split_dash_turns)."""
    first = rest[0] if rest else None
    if not isinstance(first, Turn) or first.label is not None or not first.paragraphs:
        return False
    para = first.paragraphs[0]
    return isinstance(para, Paragraph) and DASH_TURN.match(first_text(para.content)) is not None


def furniture_lines(speech: list, lex: Lexicon, top: bool = False) -> list:
    """The opening's lines as header lines when they are page furniture, not speech
    (`leadlines.short_lines_only`); else an empty list. With `top` (nothing above them),
    the page's furniture stands above the article: its last line, a heading right over the
    first turn, is the title, and the lines no shape claims are furniture."""
    if not plain_paragraphs(speech):
        return []
    if not short_lines_only(first_text(items) for b in speech for items in lines_of(b)):
        return []
    lines = numbered_lines(speech)
    out = [HeaderLine(kind=classify(t, lex) or HeaderKind.UNKNOWN, text=t, line=n) for t, n in lines if t.strip()]
    last = out[-1] if out else None
    if top and last is not None and last.kind == HeaderKind.UNKNOWN and len(last.text.split()) >= 3 \
            and not _SPOKEN_END.search(last.text.strip()) and not opens_as_fragment(last.text):  # (H1702i)
        for h in out[:-1]:
            if h.kind == HeaderKind.UNKNOWN:
                h.kind = HeaderKind.BOILERPLATE
        last.kind = HeaderKind.TITLE
    return out


def furniture_tail(speech: list, lex: Lexicon) -> list:
    """A podcast page's show notes over its transcript: the opening ends with a run of page
    furniture right above the first label (`short_lines_only`: "Links mentioned in this
    episode:" / "Support the show" / "Contact Buzzcast"), after paragraphs of prose. Speech
    does not end in a row of links, so the prose above them is the page's description: all
    of it becomes header lines (the prose a summary, the links site lines), else an empty list."""
    if not plain_paragraphs(speech):
        return []
    lines = numbered_lines(speech)
    lines = [(t, n) for t, n in lines if t.strip()]
    tail = len(lines)
    while tail and len(lines[tail - 1][0].split()) <= MAX_FURNITURE_LINE_WORDS:
        tail -= 1
    if tail == 0 or not short_lines_only([t for t, _ in lines[tail:]]):
        return []  # (all short: `furniture_lines`' case)
    return [HeaderLine(kind=HeaderKind.SUMMARY if k < tail else classify(t, lex) or HeaderKind.BOILERPLATE, text=t,
                       line=n) for k, (t, n) in enumerate(lines)]


MIN_ANNOUNCEMENT_WORDS = 4
MIN_ANNOUNCEMENT_CHARS = 6  # (a line in ideographs, no spaces)


def announced_exchange(speech: list, lex: Lexicon) -> tuple[list, list]:
    """(header lines, the speech left) when a paragraph of the opening announces the
    transcript: the last paragraph, right over the first label, ends with a colon ("A
    continuación, el cruce de palabras entre el estratega y los periodistas:", "Here is the
    exchange:"; a colon higher up ends a sentence of speech), or a paragraph names the transcript
    ("You can read the full transcript below..."). The page's writer introduces the turns
    there, so that paragraph and the lead above it are written about the event; what follows
    it (an unlabelled first question) stays speech. A question above it keeps it all speech;
    ([], speech) when no paragraph announces the transcript."""
    if not plain_paragraphs(speech):
        return [], speech
    texts: list[list[str]] = []  # each paragraph's lines, read up to the first question
    cut = None
    for k, block in enumerate(speech):
        texts.append(lines := [first_text(items) for items in lines_of(block)])
        if any("?" in t or "？" in t for t in lines):
            break
        last = lines[-1].strip()
        colon = k + 1 == len(speech) and last.endswith((":", "：")) and (
            len(last.split()) >= MIN_ANNOUNCEMENT_WORDS or (_CJK_LINE.search(last) and len(last) >= MIN_ANNOUNCEMENT_CHARS)
            or _phrase_announcing(last, lex))
        if colon or (k and names_transcript(" ".join(lines), lex)) or (len(lines) > 1 and names_transcript(" ".join(lines[1:]), lex)):
            # (a later line of the first paragraph names it: the writer's introduction, H2562m)
            cut = k
    if cut is None:
        return [], speech
    lines = [(t, b.line + n if b.line else 0) for b, texts_of in zip(speech[:cut + 1], texts)
             for n, t in enumerate(texts_of) if t.strip()]
    header = [HeaderLine(kind=HeaderKind.SUMMARY if k + 1 < len(lines) else HeaderKind.NOTE, text=t, line=n)
              for k, (t, n) in enumerate(lines)]
    return header, speech[cut + 1:]


_CJK_LINE = re.compile(r"[\u3400-\u9fff]")


def _phrase_announcing(line: str, lex: Lexicon) -> bool:
    """ "From today:", "Read below:": a short line before the colon of two words or more, one
    of them in lower case (a label alone, "Ann Lee:", "THE PRESIDENT:", capitalises its
    words), announces the excerpts under it (T903d)."""
    words = line.rstrip(":： ").split()
    return 2 <= len(words) < MIN_ANNOUNCEMENT_WORDS and any(
        w[:1].islower() and w.lower() not in lex.label_small_words and w.lower() not in lex.name_particles
        for w in words[1:])
