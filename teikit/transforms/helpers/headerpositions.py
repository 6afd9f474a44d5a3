"""Header lines no shape rule claimed, resolved by their position (`read_header`'s last
step): the longest is the title, a short name next to a date, place or venue line is a place
or a venue, a stray short line above the title is site furniture; then each line becomes the
model's item for its kind (`finished`).
"""
from __future__ import annotations

import re

from teikit.lexicons import Lexicon
from teikit.model import Boilerplate, HeaderKind, HeaderLine
from teikit.transforms.helpers.mastheadline import masthead_over_title, site_name_with_tagline
from teikit.transforms.helpers.codelines import code_line
from teikit.transforms.helpers.photocaptions import credited_caption
from teikit.transforms.helpers.dates import date_line, find_date, opens_with_date, placed_date, recording_start
from teikit.transforms.helpers.headerlists import bulleted_menus, listed_participants
from teikit.transforms.helpers.eradates import field_era_date
from teikit.transforms.helpers.excerptlines import mark_body_excerpts
from teikit.transforms.helpers.headerdates import counted_date, ends_dated, release_date
from teikit.transforms.helpers.imagelines import alt_lines
from teikit.transforms.helpers.headtitles import (closes_with_transcript, dated_heading_over_field, dated_headline, first_heading,
                                                  issuer_line, link_line, markdown_document_title,
                                                  names_its_transcript, no_heading, sentence_headline,
                                                  over_release_mark, under_breadcrumb, under_navigation, under_post_date)
from teikit.transforms.helpers.headerlines import BRACKETED, header_shapes, site_line
from teikit.transforms.helpers.shortnames import short_name
from teikit.transforms.helpers.leadheadlines import headline_over_lead, post_headline_under_date
from teikit.transforms.helpers.markers import whole_note
from teikit.transforms.helpers.menublocks import menu_lines
from teikit.transforms.helpers.markdownwraps import markdown_images, wrapped_markdown_headings
from teikit.transforms.helpers.wrappedheadings import wrapped_headings
from teikit.transforms.helpers.headerruns import menu_runs
from teikit.transforms.helpers.titlemodel import choose_title, closes_with_section_word
from teikit.transforms.helpers.titleprintings import one_printing, running_heads
from teikit.transforms.helpers.streetaddress import street_address
from teikit.transforms.helpers.coverfields import cover_field, cover_sheet
from teikit.transforms.helpers.titlenames import author_byline
from teikit.transforms.helpers.narrators import narrated_title
from teikit.transforms.helpers.pagetitlefield import page_title_over_field
from teikit.transforms.helpers.fielddates import block_date_lines
from teikit.transforms.helpers.translatedtitle import translated_title
from teikit.transforms.helpers.headingtail import transcript_heading_tails
from teikit.transforms.helpers.headerneighbours import (continued_titles, first_line_headline, has_letter, lead_in,
                                                        listed_people, lone_place, place_slot_free, repeated_title,
                                                        repeats_words, section_name, stacked_bylines, widget_dates,
                                                        office_and_holder, legislative_term)
from teikit.transforms.helpers.headerwidgets import (clock_line, counted_questions, counter_widgets, grid_fields,
                                                       stamp_line, widget_line)

K = HeaderKind

# The position rules (title, place, furniture) read this many header lines at most: the
# development sets' longest header has 110. They compare lines with each other, and a page
# with thousands of short lines before its first label (hostile or not) would cost the
# square of their number; unclaimed lines below the bound are the site's furniture.
MAX_HEADER_LINES = 500


# A heading written in ideographs has no spaces: four ideographs make a phrase, not a name.
MIN_IDEOGRAPHIC_HEADING = 4
_IDEOGRAPHS = re.compile(r"[\u3400-\u9fff]")


def resolve_positions(header: list, lex: Lexicon) -> None:
    """Decide title, place/venue and boilerplate for lines no shape rule claimed."""
    lines = [h for h in header if isinstance(h, HeaderLine)]
    for h in lines[MAX_HEADER_LINES:]:
        if h.kind in (K.UNKNOWN, K.TITLE):
            h.kind = K.BOILERPLATE
    lines = lines[:MAX_HEADER_LINES]
    mark_body_excerpts(header)  # the page's teaser cut from the lines below it: no title's wrapper (H2545m)
    for h in lines:
        if h.kind in (K.UNKNOWN, K.TITLE) and site_line(h.text, lex) and not closes_with_section_word(h.text, lex):
            h.kind = K.BOILERPLATE
        elif h.kind == K.UNKNOWN and (BRACKETED.fullmatch(h.text.strip()) or code_line(h.text)
                                      or credited_caption(h.text, lex)):  # "… Foto: Ann Lee": a photo's caption (H1751j)
            h.kind = K.NOTE  # "[Moderated by Jane Doe]": an editor's note, never the title; "## `1792dce…`" (H1305h)
    site_name_with_tagline(lines)  # "Come nasce la Costituzione" twice, "partner di progetto" under it (H2498m)
    alt_lines(lines, lex)  # "<episode title> cover": the cover image's alt text (H510a)
    listed_people(lines, lex)
    listed_participants(lines, lex)  # "Ann Lee – Chief Financial Officer", one line per participant
    bulleted_menus(lines)  # a language switcher, a menu or a page's tags, and the colon line over it
    menu_runs(lines, lex)
    menus = menu_lines(header)
    markdown_images(lines)  # "![alt" … "](…/photo.jpeg)" and the photo's caption under it (H2304l)
    wrapped_markdown_headings(lines)  # "#  <title, its last words>" / "<on the next line>" (H2303l)
    continued_titles(lines, lex, menus)  # not in a menu block (H290c)
    transcript_heading_tails(lines, lex)  # "Стенограмма пресс-конференции" / "главы службы …" (H2406l)
    wrapped_headings(lines, lex, menus)  # a headline wrapped in its paragraph, in any language (H710b)
    stacked_bylines(lines, lex)
    repeated_title(lines)
    one_printing(lines)  # a headline printed twice, once wrapped: one title (H241z)
    running_heads(lines, lex)  # "1 <the title's words> 2017": a flattened PDF's running head (H283a)
    block_date_lines(lines, lex)  # "VTR: 5/4/1993" under "Title: …", no counter (H2502m)
    counter_widgets(lines)
    grid_fields(lines)
    cover_sheet(lines, lex)  # "Interviewee: Ann Roe" / "Transcriber: M. Salas": a form's fields (H1273h)
    page_title_over_field(lines, lex)  # the page's first line over the record's "Titre : …" restating it (H2223l)
    unknown = [h for h in lines if h.kind == K.UNKNOWN]
    titled = [h for h in lines if h.kind == K.TITLE]
    # (a line with a bracket it does not close is part of a note over several lines; a line
    # without a letter, a telephone number or a counter, and a clock widget name nothing)
    candidates = [h for h in unknown if (not short_name(h.text) or len(h.text.split()) >= 4)
                  and h.text.count("(") == h.text.count(")") and has_letter(h.text)
                  and not clock_line(h.text, lex) and not stamp_line(h.text, lex)
                  and (not widget_line(h.text) or counted_questions(h.text, lex))  # "13 indiskrete Fragen" (H353a)
                  and not link_line(h.text) and not no_heading(h.text)  # a tag list, a teaser (H201w)
                  and not lead_in(h.text)  # "…, before leaving for work:" introduces the text (H310a)
                  and not legislative_term(h.text, lex)  # "Vergaderjaar 2023-2024": the record's term (H1404i)
                  and (not opens_with_date(h.text, lex, worded=True)  # a dateline, whatever follows the date,
                       or dated_headline(h.text, lex))]  # but "22 April 2012: Lee with Roe" (H147h)
    named = next((h for h in candidates if names_its_transcript(h.text, lex)  # "Transcript: ..."
                  or closes_with_transcript(h.text, lex)), None)  # "...: full transcript" (H382a)
    if (dated := dated_heading_over_field(lines, titled, lex)) is not None:
        titled[0].kind, titled = K.METADATA, [dated]  # a headline with its date over "Topic: ..." (H151h)
    if len(candidates) > 1 and any(issuer_line(h.text) for h in candidates):
        candidates = [h for h in candidates if not issuer_line(h.text)] or candidates  # "Harbour Corp (NYSE: HBR)"
    named = named or under_breadcrumb(header, candidates) or over_release_mark(lines, lex)  # "Home > Talks > <title>" over "<title>" (H153h); over "E&OE TRANSCRIPT" (H2004k)
    named = named or under_navigation(header, candidates)  # "> Section > Page >" or "<<" / ">>" over "<title>" (H200w)
    title = titled[0] if titled else named or markdown_document_title(lines) \
        or choose_title(lines, candidates, lex)  # "# <title>" over its "## " sections (H1633i); scored (H160g)
    lone = unknown[0] if len(unknown) == 1 else None
    if title is None and lone is not None and (first_heading(lines, lone) or under_post_date(lines, lone, lex)) \
            and (len(lone.text.split()) >= 2 or len(_IDEOGRAPHS.findall(lone.text)) >= MIN_IDEOGRAPHIC_HEADING) \
            and not widget_line(lone.text):
        # the one heading, first in the page or under its site lines (H515a): "访遍中国名嘴"; under a
        # blog post's date, a phrase that ends in a small letter ("Славно поговорили", H1701i)
        title = lone
    if title is None and not any(h.kind == K.TITLE for h in lines):
        # a headline printed as one short sentence, else the page's first line (H712b: a question over its lead)
        title = sentence_headline(lines) or first_line_headline(header, lines) or headline_over_lead(header, lines) \
            or post_headline_under_date(header, lines)  # a blog post's title under its date (H2543m)
    title = narrated_title(lines, title, lex)  # an oral history's narrator over "Interviewed by ..." (H2003k)
    title = translated_title(lines, title, lex)  # a heading in the document's script over its translation (H2221l)
    if title is not None:
        title.kind = K.TITLE
    masthead_over_title(lines, title)  # "Media Center" over the title: the site's name, no venue (H2288l)
    seen_title = False
    dated = any(h.kind == K.DATE for h in lines)  # kept up to date below, not searched per line
    # the last date line (the loop below changes only the kind of the line it is at)
    last_date = max((k for k, h in enumerate(lines) if h.kind == K.DATE), default=-1)
    for i, h in enumerate(lines):
        if h is title:
            seen_title = True
        if h.kind != K.UNKNOWN:
            continue
        if not dated and opens_with_date(h.text, lex, worded=True):
            h.kind, dated = K.DATE, True  # "Mercredi 5 juillet 2017 - Strasbourg Edition révisée": the dateline
            continue
        if not dated and counted_date(h.text, lex):
            h.kind, dated = K.DATE, True  # "07.12.2010 2572 0": a date widget with its counters (H171k)
            continue
        if not seen_title and not dated and ends_dated(h.text, lex):
            h.kind, dated = K.DATE, True  # "Mitschrift der Pressekonferenz - Montag, 15. April 2013" over the title
            continue
        near = {x.kind for x in lines[max(0, i - 1):i + 2]
                if x is not h and not (x.kind == K.TIME and recording_start(x.text))}  # (a chapter's "00:00", H1280h)
        if legislative_term(h.text, lex):
            h.kind = K.METADATA  # "XVIe législature": the record's term, no place, venue or site furniture (H1404i)
        elif near & {K.DATE, K.PLACE, K.VENUE, K.TIME} and cover_field(h.text):
            h.kind = K.METADATA  # "Transcriber: M. Salas" among a cover sheet's fields (H1273h)
        elif K.DATE in near and street_address(h.text, lex) and place_slot_free(lines, i):
            h.kind = K.PLACE  # "60 Wall Street" next to a meeting's date (H300f); not an outlet's address
        elif short_name(h.text) and near & {K.DATE, K.PLACE, K.VENUE, K.TIME} \
                and not header_shapes(lex).office.fullmatch(h.text.strip()) \
                and not (title is not None and repeats_words(title.text, h.text)) \
                and not lex.pattern("occasions").search(h.text) \
                and h.text.split()[0].lower() not in lex.ordinals \
                and not section_name(h.text, lex) and not office_and_holder(h.text, lex) \
                and not legislative_term(h.text, lex) \
                and not lex.pattern("transcript_words").search(h.text) \
                and not author_byline(h.text, lex):  # nor "Spokesperson", "INTERVIEW OF ...", "Resoconto stenografico" (H1060f), "FIRST SESSION" (H1220h), a section "Opinion" (H1226h), "Governor Roe" (H1260h), "Por Ann Roe" (H1190h)
            h.kind = K.PLACE if place_slot_free(lines, i) else K.VENUE
        elif seen_title and lone_place(h.text, lex) and not any(x.kind == K.PLACE for x in lines) \
                and all(x.kind not in (K.UNKNOWN, K.SUBTITLE) for x in lines[i + 1:]):
            h.kind = K.PLACE  # the title, then "Moscow" alone as the last line of the header
        elif seen_title and release_date(h.text, lines, title, lex):
            h.kind, dated = K.DATE, True  # "Internal Transcript      June 1, 2010" under a blog's headline
        elif title is None or not seen_title:
            h.kind = K.BOILERPLATE  # site furniture: section names, slogans
        elif i < last_date and stamp_line(h.text, lex):
            h.kind = K.BOILERPLATE  # the page's stamp under its headline, over the release's own date (H141h)
        else:
            h.kind = K.SUBTITLE
    widget_dates(lines, title, lex)


def finished(item, lex: Lexicon):
    """HeaderLine kinds that are not header lines become their own blocks."""
    if isinstance(item, HeaderLine):
        if item.kind == K.BOILERPLATE:
            return Boilerplate(text=item.text, line=item.line, joined=item.joined)
        if item.kind == K.DELIVERY:
            return whole_note(item.text, lex)
        if item.kind == K.DATE:
            item.when = date_line(item.text, lex) or (placed_date(item.text, lex) or (None, None))[1] \
                or (find_date(item.text, lex) or field_era_date(item.text, lex) or (None, None, None))[2]
    return item
