"""The release header: title, byline, place, venue, date, time and occasion lines.

The header zone is the run of short, heading-like lines before the first turn. Each line
is classified by its shape (`classify`); lines no rule claims are resolved by position:
the longest is the title, a short name next to a date/place/venue line is a place or a
venue, and a stray short line above the title is site furniture (boilerplate). What is
left between the header and the first labelled turn is an unlabeled opening speech.
"""
from __future__ import annotations


from teikit.lexicons import Lexicon, compiled_once
from teikit.readers.wraps import MIN_CAPTION_SEGMENTS, caption_segments
from teikit.model import CastList, Division, HeaderKind, HeaderLine, LineBreak, Note, Paragraph, Text, Transcript, Turn
from teikit.transforms.helpers.frontmatter import front_matter
from teikit.transforms.helpers.foreignlead import foreign_summary
from teikit.transforms.helpers.quotedheadlines import furniture_only, wrapped_headline
from teikit.transforms.helpers.sentencetitle import first_line_in_capitals, heading_over_notes, heading_sentence
from teikit.transforms.helpers.headerblocks import (bracketed_block, headerless, last_before_notes, opening_turn,
                                                   rest_paragraph)
from teikit.transforms.helpers.headerlines import classify, looks_like_speech, name_office_label, site_line
from teikit.transforms.helpers.leadlines import (announced_exchange, dash_dialogue, episode_line, furniture_lines,
                                                 furniture_tail, lead_kind, names_transcript)
from teikit.transforms.helpers.gluedwatermark import glued_watermark, speech_under_watermark
from teikit.transforms.helpers.leadtimes import segment_line, segment_times, timed_heading
from teikit.transforms.helpers.lines import lines_of
from teikit.transforms.helpers.markers import inner
from teikit.transforms.helpers.newsleads import last_lead_about_speakers, lead_over_questions, opens_with_asking
from teikit.transforms.helpers.numberedprompts import first_prompt
from teikit.transforms.helpers.questionlead import lead_over_first_question
from teikit.transforms.helpers.unlabelledfront import announcing_front, description_under_title, front_lines
from teikit.transforms.helpers.quotedanswers import lead_over_quotations, lead_over_quoted_speech
from teikit.transforms.helpers.unnamedturns import CAPTION_MARK, DASH_TURN
from teikit.transforms.helpers.speechheadings import split_at_speech_headings
from teikit.transforms.helpers.contentslines import contents_lines
from teikit.transforms.helpers.headerruns import MIN_NOTES_WORDS, LeadLines, line_words, list_intro
from teikit.transforms.helpers.transcriptmark import time_alone, transcript_mark
from teikit.transforms.helpers.crumbtitle import crumb_title
from teikit.transforms.helpers.titlelabels import quoted_headline, transcript_heading
from teikit.transforms.helpers.titlemodel import closes_with_section_word
from teikit.transforms.helpers.topicwords import topic_headings
from teikit.transforms.helpers.topicbreaks import mark_topic_headings
from teikit.transforms.helpers.coverfields import guest_intro_heading
from teikit.transforms.helpers.sluglines import slugline
from teikit.transforms.helpers.headerneighbours import wraps
from teikit.transforms.helpers.headerpositions import finished, resolve_positions
from teikit.transforms.helpers.officebyline import mark_office_bylines
from teikit.transforms.helpers.columnheading import column_over_headline
from teikit.transforms.helpers.markdownheadings import call_section

K = HeaderKind


# --- the transform ---------------------------------------------------------------------

class HeaderPass:
    name = "header"
    after = ("labels",)

    def apply(self, doc: Transcript, ctx) -> None:
        read_header(doc, ctx.lexicon)
        split_at_speech_headings(doc, ctx.lexicon)  # after: a heading at the top is the title
        mark_topic_headings(doc)  # a round's topic heading closing the turn above it, like the first's (T2285l)


def read_header(doc: Transcript, lex: Lexicon) -> None:
    # the header ends at the first turn, or at a play's cast list or first act or scene
    first_turn = next((i for i, b in enumerate(doc.blocks) if isinstance(b, (Turn, CastList, Division))),
                      len(doc.blocks))
    lead, rest = doc.blocks[:first_turn], doc.blocks[first_turn:]
    header: list = []      # HeaderLine / Boilerplate / Note, in source order
    speech: list = []      # paragraphs of an opening speech
    label: HeaderLine | None = None  # its label, when printed on a line of its own ("ANN LEE_MINISTRA")
    upcoming = LeadLines(lead, lambda items: _line_kind(items, lex))
    dashed = dash_dialogue(rest)
    asked = opens_with_asking(rest, lex)  # what stands above an interview's first question is its lead
    front_matter(lead, upcoming, lex)
    about = last_lead_about_speakers(lead, rest, lex)  # a news lead naming the speakers in full
    texts = LeadLines(lead, line_words)  # read as far as the header goes
    mark = transcript_mark(doc.blocks, lex)  # "Transcript": what is above it is header, not speech
    mark = mark if mark is not None and mark < first_turn else None
    segments = segment_times(texts)  # "00:00:02.580 | ...": the segments are speech, not times
    seen = 0
    noted = -1  # the lead paragraph a note about the transcript opens
    watermark = glued_watermark(doc.blocks)  # "…的?Pg6拜客生活常识网": a site's tag after each paragraph (P2149k)
    for n_block, block in enumerate(lead):
        if speech or label or not isinstance(block, Paragraph):
            (speech if speech or label else header).append(block)
            continue
        lines = lines_of(block)
        if len(lines) >= MIN_CAPTION_SEGMENTS and caption_segments(
                ["".join(getattr(i, "text", "") for i in items) for items in lines]):
            speech.append(block)  # a speech-to-text export's unpunctuated caption lines: speech (P2531m)
            continue
        # a stage note in brackets over two lines or more ("(Die Vorsitzende eröffnet … und begrüßt" /
        # "… der Ministerien.)"): each line a note, none the opening of a speech (H20h)
        bracketed = len(lines) > 1 and bracketed_block(block)
        for offset, items in enumerate(lines):
            seen += 1
            text = "".join(i.text for i in items if not isinstance(i, LineBreak))
            plain = all(isinstance(i, Text) for i in items)
            kind = K.NOTE if bracketed and plain else upcoming[seen - 1]  # classify(text), read once, also by the look-ahead
            if plain and kind is None and (guest_intro_heading(text, lex) or header and isinstance(header[-1], HeaderLine)
                                           and guest_intro_heading(header[-1].text, lex)):
                kind = K.NOTE if guest_intro_heading(text, lex) else K.SUMMARY  # "【嘉宾介绍】" over the guest's portrait (H1282h)
            if plain and name_office_label(text, lex):
                label = HeaderLine(kind=K.UNKNOWN, text=text.strip(), line=block.line + offset if block.line else 0)
                if offset + 1 < len(lines):
                    speech.append(rest_paragraph(block, lines, offset + 1))
                break
            if seen == 1 and plain and (cut := timed_heading(text)):
                # "Kunst des Interviews 0:00 Musik … 0:24 …": a recording flattened onto one line,
                # its title before the first time (H318a)
                header.append(HeaderLine(kind=K.TITLE, text=text[:cut].strip(), line=block.line))
                speech.append(rest_paragraph(block, [[Text(text[cut:])], *lines[offset + 1:]], 0))
                break
            if segments and plain and segment_line(text):
                speech.append(rest_paragraph(block, lines, offset))
                break
            if plain and kind is None and not rest and call_section(text, lex):
                kind = K.NOTE  # "Opening statement:" over an unlabeled press conference: its heading (H2519m)
            if kind == K.METADATA:
                pass
            elif plain and kind is None and site_line(text, lex) and not closes_with_section_word(text, lex):
                kind = K.BOILERPLATE
            if plain and kind in (None, K.SUMMARY) and furniture_only(header, seen) and quoted_headline(text):
                # "Ann Roe (PSOE): “The port cannot wait”" first, or under the post's date line or the
                # site's lines only: the page's headline, however long its quotation (H121m, H180s, H319a, H621b)
                kind = K.TITLE
            if plain and kind is None and offset and header and isinstance(header[-1], HeaderLine) \
                    and wrapped_headline(header[-1].text, text):
                kind = header[-1].kind = K.TITLE  # `Ludwig: "Ich bin` / `da sehr alarmiert"`: one headline (L210x)
            if plain and kind is None and looks_like_speech(text) and _dated_soon(upcoming, seen):
                kind = K.SUMMARY  # a sentence about the event between title and date lines
            if plain and kind is None and crumb_title(header, text):
                kind = K.TITLE  # the breadcrumb's last step printed again under it (H2125k)
            if kind is None and looks_like_speech(text) and (
                    _page_title_repeat(header, text)
                    or (last_before_notes(lead, n_block) and rest and len(lines) == 1  # (H2280l)
                        and heading_sentence(text, lex) and (block is lead[-1] or heading_over_notes(text, rest)))
                    or (seen == 1 and len(lines) == 1 and first_line_in_capitals(text, rest))):
                kind = K.UNKNOWN  # the article's heading under the page title, or over the first turn
            if plain and kind is None and rest and looks_like_speech(text):
                # a dateline, stage line, note: written about the event; the lead paragraph
                # of an interview whose replies each open with a dash
                kind = lead_kind(text, lex) or (K.SUMMARY if (dashed and not DASH_TURN.match(text)) or n_block <= about
                                                or asked else None)
            if plain and kind is None and offset and noted == n_block and rest and looks_like_speech(text):
                kind = K.NOTE  # an editor's note about the transcript goes on in its paragraph's lines
            elif kind == K.NOTE and rest:
                noted = n_block
            if plain and kind is None and not header and len(text.split()) <= MAX_ABOUT_WORDS \
                    and lex.pattern("transcript_headings").search(text):
                kind = K.UNKNOWN  # "Transcripts of full meetings of the council.": about the page
            if plain and kind is None and rest and transcript_heading(text, lex) \
                    and not any(isinstance(h, HeaderLine) and h.kind != K.BOILERPLATE for h in header):
                kind = K.UNKNOWN  # "Releases: Transcripts of the mayor on WNYC ...": the page's heading (H123m)
            if plain and kind is None and not rest and n_block + 1 < len(lead) and names_transcript(text, lex):
                kind = K.NOTE  # an unlabelled transcript's disclaimer, with the speech after it
            elif plain and kind is None and seen == 1 and not rest and n_block + 1 < len(lead) and foreign_summary(text, lex):
                kind = K.SUMMARY  # an English summary over a Spanish machine transcript (H2164k)
            if plain and kind is None and rest and list_intro(texts, seen - 1):
                kind = K.SUMMARY  # "On this broadcast, moderated by Ann Lee:" over a list of guests
            if mark is not None and plain:
                if n_block < mark:  # show notes (sentences) and headings above the heading
                    if kind is None and looks_like_speech(text) and text.rstrip().endswith(":") \
                            and len(text.split()) < MIN_NOTES_WORDS:
                        kind = K.BOILERPLATE  # a widget's line: "Listen in podcast apps:"
                    kind = kind or (K.SUMMARY if looks_like_speech(text) and len(text.split()) >= MIN_NOTES_WORDS
                                    else K.UNKNOWN)
                elif n_block == mark:
                    kind = K.BOILERPLATE
                elif kind not in (K.BOILERPLATE, K.NOTE) and (looks_like_speech(text) and not episode_line(text)
                                                             or time_alone(text)):  # or a caption's time (T2161k)
                    kind = None  # below the heading the speech begins (an episode's "500: 500!" its title, H1806j)
            if items and all(isinstance(i, Note) for i in items):
                header.extend(items)  # a margin line number before the first label
                continue
            if segments and plain and kind is None:
                kind = K.UNKNOWN  # above a machine transcript's first timed segment: the page's lines
            # ">> Good afternoon and welcome": a caption's change of speaker opens the speech (H125m)
            caption = plain and text.startswith(">>") and CAPTION_MARK.match(text)
            if caption or not plain or (kind is None and (looks_like_speech(text) or first_prompt(texts, seen - 1)
                                                          or speech_under_watermark(text, watermark)
                                                          or mark is not None and n_block > mark and time_alone(text))):
                # a bracketed event right above the speech ("[ Applause ]", "(Allgemeiner Beifall)")
                # opens the turn with it (H125m, E221d)
                above = header.pop() if header and _event_caption(header[-1], lex) else None
                if above is not None and offset:  # the line above, in this paragraph
                    offset -= 1
                elif above is not None:
                    speech.append(Paragraph(content=[Text(above.text)], line=above.line))
                speech.append(rest_paragraph(block, lines, offset))
                break
            header.append(HeaderLine(kind=kind or K.UNKNOWN, text=text, line=block.line + offset if block.line else 0,
                                     joined=block.joined and offset == len(lines) - 1))
    if not speech and not rest and label is None:
        header, speech = headerless(header)
    elif speech and rest and label is None and furniture_lines(speech, lex):
        top = not any(isinstance(h, HeaderLine) for h in header)
        header, speech = header + furniture_lines(speech, lex, top), []
    elif speech and rest and label is None and (index := contents_lines(header, speech, lex)):
        header, speech = header + index, []  # a record's index over its first turn (H2103k)
    elif speech and rest and label is None and (tail := furniture_tail(speech, lex)):
        header, speech = header + tail, []  # show notes, then the page's links, over the first turn
    elif speech and rest and label is None and (announced := announced_exchange(speech, lex))[0]:
        header, speech = header + announced[0], announced[1]  # a lead, then "Here is the exchange:"
    elif speech and rest and label is None and (lead := lead_over_questions(speech, rest, lex)):
        header, speech = header + lead, []  # an interview's lead over its first "D - " question
    elif speech and rest and label is None and (asked := lead_over_first_question(speech, rest, lex, _titled(header)))[0]:
        header, speech = header + asked[0], asked[1]  # a standfirst over the first, unlabeled question (P741c)
    elif speech and not rest and label is None and (quoting := lead_over_quotations(speech)):
        header, speech = header + quoting, speech[1:]  # "... started by giving an update:" over quoted answers
    elif speech and not rest and label is None and (above := lead_over_quoted_speech(speech)):
        header, speech = header + front_lines(speech[:above], K.NOTE), speech[above:]  # "Ecco il suo intervento:" (H2564m)
    elif speech and not rest and label is None and (above := description_under_title(header, speech, lex)):
        header, speech = header + front_lines(speech[:above], K.SUMMARY), speech[above:]  # a video's description (H2566m)
    elif speech and not rest and label is None and (above := announcing_front(speech, lex)):
        header, speech = header + front_lines(speech[:above], K.UNKNOWN), speech[above:]  # "电话会原文:", "1.管理层汇报" (H2567m)
    resolve_positions(header, lex)
    mark_office_bylines(header, lex)  # "Von Oberbürgermeister" / "Thomas Thumann": one byline (H2242l)
    column_over_headline(header)  # "En tête de raquette avec MHD" over "EN TETE DE RAQUETTE AVEC …" (H2247l)
    topic_headings(header, speech + rest)  # "Housing" under the title: the topic, no place (H1205i)
    doc.blocks = [finished(h, lex) for h in header] + opening_turn(speech, label) + rest




# The page's first line, when it names the transcript in at most this many words, is about the
# page, not speech.
MAX_ABOUT_WORDS = 12


def _page_title_repeat(header: list, text: str) -> bool:
    """A heading that ends like a sentence ("Interview of ... (nuclear, energy).") printed
    again under the page title that holds it ("<heading> | site.org | Section")."""
    # `wraps` needs the heading inside a longer header line: one C-level search of those lines
    # joined rules most headings out, where a `wraps` call per header line and asked line was
    # quadratic in a long lead (a heading of one line is never found across a line feed)
    heading = text.strip()
    if heading and "\n" not in heading and heading not in "\n".join(
            [h.text for h in header if isinstance(h, HeaderLine) and len(h.text) > len(heading)]):
        return False
    return any(isinstance(h, HeaderLine) and wraps(h.text, text) for h in header)


# How many lines ahead a date or time line makes a sentence part of the header.
SUMMARY_LOOKAHEAD = 3


def _line_kind(items: list, lex: Lexicon) -> HeaderKind | None:
    """The shape kind of a lead line of plain text (`classify`), None for other lines."""
    if not all(isinstance(i, Text) for i in items):
        return None
    text = "".join(i.text for i in items)
    return K.NOTE if slugline(text, lex) else classify(text, lex)  # "INT. OFFICE - NIGHT": no venue (L1277h)


_CLOSING = {"[": "]", "(": ")"}


def _event_caption(item, lex: Lexicon) -> bool:
    """A header line that is one bracketed event of few words ("[ Applause ]", "[MUSIC]",
    "(Allgemeiner Beifall)")."""
    text = getattr(item, "text", "").strip()
    return isinstance(item, HeaderLine) and text[-1:] == _CLOSING.get(text[:1]) and len(text.split()) <= 6 \
        and any(compiled_once(phrase).fullmatch(inner(text)) for _, _, phrase in lex.event_rules)


def _dated_soon(kinds: LeadLines, seen: int) -> bool:
    """A date, time or separator line follows within a few lines: the header goes on."""
    return any(k in (K.DATE, K.TIME, K.SEPARATOR) for k in kinds[seen:seen + SUMMARY_LOOKAHEAD])


def _titled(header: list) -> bool:
    return any(isinstance(h, HeaderLine) and h.kind == K.TITLE for h in header)


PASS = HeaderPass()
