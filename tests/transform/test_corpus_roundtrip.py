"""Converter output through the transforms, for every transcript in corpus/ (seeds, dev, dev2,
dev3, dev4, dev5, dev6, dev7, dev8, dev9, dev10, dev11, dev12, dev13, dev14, dev15, dev16, dev17, dev18,
dev19, dev20, dev21, dev22, dev23, dev24, dev25, dev26, dev27, dev28, dev29, dev30, holdout).

- `convert` then `transform --mode source` gives back the input text (whitespace squashed):
  the TEI and the source view lose nothing and invent nothing;
- the reading view shows every printed speaker label (the gold labels), each starting a
  turn when the TEI records it as a label, and leaves boilerplate out.
"""
from __future__ import annotations

import json
import re

import pytest

from teikit.transform_api import transform

from tests.corpus_outputs import corpus_tei
from tests.source_view import assert_same_source

from .conftest import ROOT

TRANSCRIPTS = sorted((ROOT / "corpus").glob("*/*.txt"))
# Development-set and holdout transcripts whose labels or site lines the converter does not read yet
# (issue 13): known gaps, expected to fail; strict, so a file that starts passing must leave
# this list. holdout/ is never used to tune rules (see corpus/holdout/README.md).
LABEL_GAPS = {f"dev2/{n}" for n in (
    204, 207, 210, 211, 213, 223, 225,
    306, 324, 326)} | {f"dev3/{n}" for n in (402, 404)} | {
    f"dev8/{n}" for n in (509, 514, 515, 516, 522)} | {
    f"dev4/{n}" for n in (603, 612)} | {
    f"dev5/{n}" for n in (702, 703, 706, 707, 709)} | {
    f"dev6/{n}" for n in (802, 804, 811, 812, 814)} | {
    # (dev7 909's masthead, "Senado de la República", is a site line since H2288l, cv-dev57)
    f"dev7/{n}" for n in (904, 906, 918)} | {
    f"dev9/{n}" for n in (1105, 1106, 1109)} | {
    f"dev10/{n}" for n in (1204,)} | {
    f"dev11/{n}" for n in (1303, 1305, 1310, 1314, 1315, 1320)} | {
    f"dev13/{n}" for n in (1502, 1506, 1508, 1511, 1512, 1514)} | {
    # dev14 (a generalisation measurement): 1613 keeps the broadcaster's name line in the
    # speech, 1602 a link to another transcript (read as the title)
    f"dev14/{n}" for n in (1602, 1613)} | {
    # dev16 (a fourth generalisation measurement): site lines kept among the header lines the
    # reading view shows (1802 a video caption, 1806 a print widget, 1811 a cookie banner, 1815 a
    # reposting site's lead); dev15 1712 and dev16 1816 read since H200w
    f"dev16/{n}" for n in (1802, 1806, 1811, 1815)} | {
    # dev17 (a fifth generalisation measurement): site lines shown among the header lines
    # (1912 a layout table's separator row); 1906's category line and 1910's teaser read since
    # H201w, 1902's menu line since H290c, 1907's advertisement line since B292c, 1909's copyright
    # line and reader comment set apart since B552a
    f"dev17/{n}" for n in (1912,)} | {
    # dev18 (a sixth generalisation measurement): site lines kept in the speech or the title
    # (2002 a stock site's widgets, 2005 a forum's tagline, 2007 a photo caption with a colon,
    # 2010 a photo caption, 2011 video-part links, 2012 a video caption 'Name: "..."'); 2014's
    # '«СП»: — ' is read since L195u, 2003's video player buttons since B553a, 2004's tag-page
    # header since B550a and B555a
    f"dev18/{n}" for n in (2002, 2005, 2007, 2010, 2011, 2012)} | {
    # dev19 (a seventh generalisation measurement): site lines shown in the reading view or kept
    # in the speech (2104 a show description's teaser read as the speech, 2105 a headline
    # repeated by the page, whose words are the title's, 2106 a newsletter box after the last
    # answer, 2107 an image's alt text under a headline read as a label, 2113 a mailing list's
    # name lines, 2116 a blog's archive and counter line under its headline); 2103's menu read
    # since H242z
    f"dev19/{n}" for n in (2104, 2105, 2106, 2107, 2113, 2116)} | {
    # dev20 (an eighth generalisation measurement): site lines shown in the reading view (2201 a
    # reposting site's notice, 2202 a site slogan read as the title, 2204 a forum poster's aside
    # kept in the speech, 2205 a title repeated by the document viewer, whose words are the
    # title's, 2211 a photo caption)
    f"dev20/{n}" for n in (2201, 2202, 2204, 2205, 2211)} | {
    # dev21 (a ninth generalisation measurement): 2304's only label ('Robina: …investigate',
    # a first name before a speech opening with an ellipsis) is not read
    f"dev21/{n}" for n in (2304,)} | {
    # dev22 (a tenth generalisation measurement): site lines shown in the reading view (2401 a TV
    # page's show and sponsor lines read into a turn under its title line, 2402 a Markdown
    # table's header row read as the title, 2404 a photo caption read as the title)
    f"dev22/{n}" for n in (2401, 2402, 2404)} | {
    # dev23 (an eleventh generalisation measurement): site lines shown in the reading view (2504 a
    # debate site's link widget under each label line read as each turn's first paragraph, 2505
    # a parliament page's tab and link lines kept as subtitles under the title, 2508 a podcast
    # page's shownotes read into turns under its title and a bullet taken as labels, 2512 a photo
    # caption kept as a subtitle)
    f"dev23/{n}" for n in (2504, 2505, 2508, 2512)} | {
    # dev24 (a twelfth generalisation measurement): site lines shown in the reading view (2603 a
    # TV site's audio-player line kept as the front's argument, 2604 a browser-support notice
    # kept above the title, 2605 an image-alt line read as the title)
    f"dev24/{n}" for n in (2603, 2604, 2605)} | {
    # dev25 (a thirteenth generalisation measurement): site lines shown in the reading view (2702
    # the tag name inside a field line read as a label, 2704 a forum's section name read as the
    # title, 2708 a photo caption kept in the front, 2709 an app promotion read into the first
    # turn; 2706's cover-image alt line and host's footer set apart since H510a and B518a, 2711's
    # comments-page heading since B513a)
    f"dev25/{n}" for n in (2702, 2704, 2708, 2709)} | {
    # dev26 (a fourteenth generalisation measurement): site lines shown in the reading view (2804
    # a video player's help lines read into the front, 2810 the headline printed twice, its
    # second printing kept beside the title); 2806's related-articles box set apart since B600a
    f"dev26/{n}" for n in (2804, 2810)} | {
    # dev27 (a fifteenth generalisation measurement: the first run's gaps, listed unexamined while
    # the set was unseen; tuned on since session 31)
    f"dev27/{n}" for n in (2901, 2904, 2905, 2908)} | {
    # dev28 (a sixteenth generalisation measurement: the first run's gaps; tuned on since session 31;
    # 3001's and 3006's site lines under a turn are boilerplate since B2063k)
    f"dev28/{n}" for n in (3009, 3011)} | {
    # dev29 (a seventeenth generalisation measurement: the first run's gaps; tuned on since session
    # 32; 3109's bold-tagged labels are read since L860d, its appeal is boilerplate since B863d)
    f"dev29/{n}" for n in (3102,)} | {
    # dev30 (an eighteenth generalisation measurement: the first run's gaps; tuned on since session
    # 33; 3208's author box under the last answer is boilerplate since B956e)
    f"dev30/{n}" for n in (3211,)} | {
    # dev31 (a nineteenth generalisation measurement, unseen: the first run's gaps, not examined)
    f"dev31/{n}" for n in (3303,)} | {
    # dev32 (a twentieth generalisation measurement, unseen: the first run's gaps, not examined)
    f"dev32/{n}" for n in (3402, 3403)} | {
    # dev36 (a twenty-fourth generalisation measurement; tuned on in session 37, cv-dev36): 3803's
    # and 3805's gaps are read since L1451i and B1458i, 3801's viewer lines since B2061k
    # dev38 (tuned on in session 37, cv-dev38): 4004's video player prints the headline twice
    # more; the converter keeps both copies as the title's repeats, shown in the reading view,
    # where the gold has them as the player's boilerplate
    f"dev38/{n}" for n in (4004,)} | {
    # dev39 (tuned on in session 37, cv-dev3940): 4104's site prints the page title twice; the
    # second copy, boilerplate in the gold, is kept as a header line shown in the reading view
    f"dev39/{n}" for n in (4104,)} | {
    # dev41 (tuned on in session 38, cv-dev41): 4302's flattened metadata row (boilerplate in the
    # gold) is kept as the title; 4306's repost URL, cross-post notice and comment footer stay in
    # the last turn (B/H shapes not yet read, see corpus/dev41/README.md)
    f"dev41/{n}" for n in (4302, 4306)} | {
    # dev43 (tuned on in session 38, cv-dev43): 4504's comment invitation ('Se vuoi lasciarci un
    # commento …') is read as the title and 4505's vocabulary-widget line stays in the unlabelled
    # turn; both are site boilerplate in the gold, shown in the reading view
    f"dev43/{n}" for n in (4504, 4505)} | {
    # dev44 (tuned on in session 38, cv-dev44): 4601's download link is kept as the title (the
    # meeting's title line is read as the date); 4606's kiosk lines ('??', 'Newspapers in
    # Spanish') stay in the last turn (B/H shapes not yet read, see corpus/dev44/README.md);
    # 4603's audio-player line is a site line since T2551m (cv-dev65: its dash labels' surnames
    # are read, and the lead with them)
    f"dev44/{n}" for n in (4601, 4606)} | {
    # dev45 (first run, session 39): 4703's course-page lines ('Tips for maximising your learning')
    # and 4705's download line stay in the turns (site lines not yet read, see
    # corpus/dev45/README.md); 4706's template line is page code since B1732j (cv-dev45)
    f"dev45/{n}" for n in (4703, 4705)} | {
    # dev47 (first run, session 39): 4904's presence list and 4907's standalone label line (read
    # as a byline) are not shown as printed (see corpus/dev47/README.md); 4902's publication
    # block is set apart since B1776j (cv-dev47)
    f"dev47/{n}" for n in (4904, 4907)} | {
    # dev48 (tuned on in session 39, cv-dev48): 5004's media tab row ('Transcript Audio Low
    # Bandwidth Video ...', boilerplate in the gold) is kept as a header line shown in the reading
    # view (its course heading is no label since L1803j); 5006's navigation row is read as the
    # place (see corpus/dev48/README.md)
    f"dev48/{n}" for n in (5004, 5006)} | {
    # dev49 (tuned on in session 39, cv-dev49): 5106's Blogger date header (boilerplate in the
    # gold) is read as the docDate and shown (its dash turns are read since L1820j; 5104's
    # newsletter line is set apart since B1824j; 5102's site link line, once the title, is a site
    # line since H2222l, title42) (see corpus/dev49/README.md)
    f"dev49/{n}" for n in (5106,)} | {
    # dev51 and dev53 (first runs, session 41; see their READMEs): dev51's labels are read since
    # cv-dev51 (L2100k, L2104k, L2105k), but 5302's `COPYRIGHT:` notice and 5306's glued table
    # headers (boilerplate in the gold) stay in view; 5504's transcription-service paragraphs stay
    # header notes shown in the view (5501's media/coach labels are read since L2143k, 5506's page
    # lines kept out since P2141k/B2142k: cv-dev53)
    f"dev51/{n}" for n in (5302, 5306)} | {
    f"dev53/{n}" for n in (5504,)} | {
    # dev54 (first run, session 41): 5602's title, printed again by the page's widgets as
    # boilerplate (its time lines are read since T2161k; 5601 passes since L2162k and B2166k;
    # dev52's 5401 and 5405, initials labels after a site banner, and 5404's dash interview are
    # read since B2121k and L2122k, cv-dev52)
    f"dev54/{n}" for n in (5602,)} | {
    # dev59 (first run, session 42): see its README (dev55's 5701, its weather widget read as
    # labels, passes since B2245l, cv-dev55)
    f"dev59/{n}" for n in (6101, 6102)} | {
    # dev60 (first run, session 42): 6201 (its labels read since L2400l, cv-dev60) keeps its
    # fused navigation links (boilerplate in the gold) in view
    f"dev60/{n}" for n in (6201,)} | {
    # dev61 (first run, session 42): 6304's wiki line and 6305's machine-transcript notice
    # (boilerplate in the gold) stay in the reading view (6302's back link and 6303's service
    # banner are site lines since B2420l and B2421l, cv-dev61)
    f"dev61/{n}" for n in (6304, 6305)} | {
    # dev57 (tuned on in session 42, cv-dev57): 5905's underscore rule (boilerplate in the gold)
    # is kept as a separator note shown in the reading view (5901's and 5904's mastheads are site
    # lines since H2288l, 5904's title since H2280l, 5905's labels since L2283l)
    f"dev57/{n}" for n in (5905,)} | {
    # dev62 (first run, session 43): 6402's video section lines (boilerplate in the gold) stay
    # in the reading view (6403's site name and tagline and 6404's back-to-top link are site
    # lines since H2498m and B2490m, cv-dev62)
    f"dev62/{n}" for n in (6402,)} | {
    # dev64 (first run, session 43): 6601's breadcrumb, 6604's keyword line and 6606's
    # speech-to-text notice (boilerplate in the gold) are site lines since B2526m, B2522m and
    # B2530m (cv-dev64; 6606's notice in the Portuguese lexicon since D2488m, cv-dev62)
    # (dev63, tuned on in session 43: 6503's player prompt and members' appeal are site lines
    # since B2505m and B2506m, 6506's database name since its title is the case's name, H2509m
    # and H2512m, cv-dev63)
    # dev65 (tuned on in session 43, cv-dev65): 6707's teaser is a summary (as its gold says,
    # H2545m) that opens with the attachment viewer's notice, so the notice's words (boilerplate
    # in the gold, a site line in the TEI) are shown inside the summary: the test's limit, not a
    # line left in view
    f"dev65/{n}" for n in (6707,)} | {
    f"holdout/{n}" for n in (1001, 1002, 1003, 1004, 1006, 1011, 1013, 1021, 1024)}
# Transcripts whose source view loses text (a converter bug, not a gap in reading a shape):
# none now. (The earlier three, dev2/315, dev3/415 and dev5/701, gained or lost a space at a
# label; the model and the TEI now record that spacing: `teikit/model/spacing.py`. dev18/2015, a
# breadcrumb read as a label that lost the space after its colon, is no label since L191u.)
# dev32/3401 and 3404 (the speech flavour) glued the events of a paragraph without speech,
# "(Laughter.) (Applause.)", and ran two such paragraphs together; their spacing is in `@rend`
# since (`model.spacing.standalone_rends`). A key is a transcript (both flavours) or a
# transcript and one flavour ("dev32/3401-speech"). dev50/5204's CHAT media bullets, between two
# U+0015, which XML 1.0 cannot hold, were written as U+FFFD; they are TEI `g` since session 39
# (teikit/model/nonxml.py), which the TEI reader reads back.
SOURCE_GAPS: dict[str, str] = {}


def _case_name(path) -> str:
    return f"{path.parent.name}/{path.stem}"


def _label_case(path):
    name = _case_name(path)
    gap = pytest.mark.xfail(strict=True, reason="converter gap on this shape (issue 13)")
    return pytest.param(path, id=name, marks=[gap] if name in LABEL_GAPS else [])


def _source_case(path, flavour: str):
    name = _case_name(path)
    reason = SOURCE_GAPS.get(name) or SOURCE_GAPS.get(f"{name}-{flavour}")
    marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
    return pytest.param(path, flavour, id=f"{name}-{flavour}", marks=marks)


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def tei_of(path, flavour: str = "speech") -> bytes:
    return corpus_tei(path, flavour)  # the converter's public API, once per file and flavour


@pytest.mark.parametrize("path, flavour", [_source_case(p, f) for p in TRANSCRIPTS for f in ("speech", "drama")])
def test_source_mode_gives_back_the_input(path, flavour):
    assert_same_source(path.read_bytes(), transform(tei_of(path, flavour), mode="source"))


@pytest.mark.parametrize("path", [_label_case(p) for p in TRANSCRIPTS])
def test_reading_mode_shows_every_printed_label(path):
    from lxml import etree
    tei = tei_of(path)
    reading = transform(tei)
    gold = json.loads(path.with_suffix(".gold.json").read_text(encoding="utf-8"))
    spaced = re.sub(r"[ \t\u00a0]+", " ", reading)  # runs of spaces in a label are one space when read
    for turn in gold["turns"]:
        if turn.get("speaker_label"):
            assert re.sub(r"[ \t\u00a0]+", " ", turn["speaker_label"]) in spaced
    labels = etree.fromstring(tei).xpath("//*[local-name()='note'][@type='speaker']/text()")
    for label in labels:
        assert "\n\n" + re.sub(r"[ \t\u00a0]+", " ", label.strip()) in spaced, f"label {label!r} does not start a turn"
    for line in gold.get("boilerplate_lines") or []:
        text = line if isinstance(line, str) else line.get("text", "")
        if len(text) > 20:
            assert squash(text) not in squash(reading)
