"""The source view spaces labels and blocks set apart as the converted text printed them:
a photo's alt text glued to the label after it, a Chinese label followed by a space or a line
break (where the views would glue it) and one glued to its speech (`teikit/model/spacing.py`)."""
from __future__ import annotations

import re

import pytest

from teikit import convert
from teikit.lexicons import load
from teikit.model import Boilerplate, HeaderKind, HeaderLine, Turn
from teikit.readers.tei import read
from teikit.transform_api import transform
from teikit.transforms.helpers.headerpositions import finished

from tests.source_view import assert_same_source

CASES = {
    # L43: the alt text glued to the chair's office (Italian record reposted by a blog)
    "glued-chair.txt": ("Resoconto stenografico\n\nMinistro rossiPRESIDENTE. L'ordine del giorno reca "
                        "l'audizione del Ministro.\n\nROSSI, Ministro. Grazie, presidente.\n",
                        "Ministro rossiPRESIDENTE."),
    # a portrait's alt text glued to the label (Hansard reprints)
    "portraits.txt": ("House of Representatives\n\nPhoto of Ann LeeAnn Lee (North Hill, Labour, Minister for "
                      "Harbours)\nMr Speaker, I move that the bill be read.\n\nPhoto of Bo ReyBo Rey (South "
                      "Hill, Liberal, Shadow Minister)\nI second that.\n", "Photo of Bo ReyBo Rey"),
    # Chinese labels with an ASCII colon, spaced and glued in one text
    "zh.txt": ("记者会实录\n\n王超: 非常感谢李总理,下面开始提问。\n\n记者:请问总理,今年的目标是什么?\n\n"
               "李强: 谢谢你的提问。\n", "王超: 非常感谢"),
    # a Chinese label alone on its line over a line of several items (a Markdown link): the line
    # break after the label is whitespace, though a Chinese label is read glued by default
    "zh-label-line.txt": ("记者会实录\n\n主持人：\n[记者会](https://example.org/p/1)开始。\n\n王超：大家好，今天我们介绍计划。\n\n"
                          "[记者](问题一)：请问部长，预算多少？\n\n王超：谢谢你的提问。\n", "主持人： [记者会]"),
}


@pytest.mark.parametrize("flavour", ["speech", "drama", "iso"])
@pytest.mark.parametrize("name", sorted(CASES))
def test_the_source_view_spaces_as_printed(name, flavour):
    text, printed = CASES[name]
    source = transform(convert(text.encode(), name, flavour=flavour).tei, mode="source")
    assert_same_source(text.encode(), source)
    assert printed in re.sub(r"\s+", " ", source)


def test_the_tei_says_where_the_spacing_differs_from_the_usual():
    """Only there: a label spaced as the views expect carries no @rend."""
    zh = convert(CASES["zh.txt"][0].encode(), "zh.txt").tei.decode()
    assert '<note type="speaker" rend="space-after">王超:</note>' in zh
    assert '<note type="speaker">记者:</note>' in zh  # glued, as a Chinese label is read by default
    chair = convert(CASES["glued-chair.txt"][0].encode(), "glued-chair.txt").tei.decode()
    assert '<gap reason="editorial" rend="nospace-after">' in chair
    assert chair.count("rend=") == 1


def test_the_reader_takes_the_spacing_from_rend():
    tei = convert(CASES["zh.txt"][0].encode(), "zh.txt").tei
    turns = read(tei, "zh.xml").turns()
    assert [t.joined for t in turns] == [False, None, False]  # recorded where it differs
    blocks = read(convert(CASES["portraits.txt"][0].encode(), "portraits.txt").tei, "p.xml").blocks
    glued = [b for b in blocks if isinstance(b, Boilerplate)]
    assert [b.joined for b in glued] == [True, True]
    assert isinstance(blocks[blocks.index(glued[1]) + 1], Turn)


def test_the_reading_view_keeps_its_own_spacing():
    """The reading view is for reading: a Chinese label is joined to its speech whatever the
    source printed, and a glued alt text, boilerplate, is left out."""
    reading = transform(convert(CASES["zh.txt"][0].encode(), "zh.txt").tei)
    assert "王超:非常感谢" in reading
    reading = transform(convert(CASES["portraits.txt"][0].encode(), "portraits.txt").tei)
    assert "Photo of" not in reading and "Ann Lee (North Hill" in reading


def test_a_header_line_set_apart_keeps_its_glue_to_the_label_after_it():
    """A lead line the header sets apart as a site line, its last words glued to the first
    label ("…questa partita?DEL PIERO:", dev22 2407): the block set apart says so, so the
    source view prints no space there."""
    line = HeaderLine(kind=HeaderKind.BOILERPLATE, text="Che cosa pensi della partita?", line=4, joined=True)
    block = finished(line, load("it"))
    assert isinstance(block, Boilerplate) and block.joined is True
    assert finished(HeaderLine(kind=HeaderKind.BOILERPLATE, text="juveland", line=1), load("it")).joined is False


# Events and notes alone in a paragraph stand in the turn with no `seg` around them: a space
# between them, none, and a blank line after their paragraph come back as printed.
EVENT_PARAGRAPHS = ("Town hall\n\nANN LEE: Thank you all for coming.\n\n(Laughter.) (Applause.)\n\n"
                    "(Laughter.)\n\n(Applause.)(Laughter.)\n\nANN LEE: Let us begin.\n")


@pytest.mark.parametrize("flavour", ["speech", "drama"])
def test_events_alone_in_a_paragraph_keep_their_spacing(flavour):
    source = transform(convert(EVENT_PARAGRAPHS.encode(), "events.txt", flavour=flavour).tei, mode="source")
    paragraphs = [p.strip() for p in source.split("\n\n")]
    assert "(Laughter.) (Applause.)" in paragraphs
    assert "(Laughter.)" in paragraphs
    assert "(Applause.)(Laughter.)" in paragraphs


def test_what_follows_an_event_alone_is_said_in_its_rend():
    tei = convert(EVENT_PARAGRAPHS.encode(), "events.txt").tei.decode()
    assert re.search(r'<vocal type="laughter" rend="space-after">\s*<desc>\(Laughter\.\)</desc>', tei)
    assert re.search(r'<kinesic type="applause">\s*<desc>\(Applause\.\)</desc>', tei)  # its paragraph ends
    assert 'rend="nospace-after"' in tei  # (Applause.) glued to (Laughter.)


def test_other_projects_events_in_a_u_are_paragraphs_of_their_own():
    """Without teikit's @rend (ParlaMint and others), each event or note between segments is
    a paragraph of its own, not glued to the one before."""
    tei = ('<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>T</title>'
           '</titleStmt><publicationStmt><p/></publicationStmt><sourceDesc><p/></sourceDesc></fileDesc>'
           '</teiHeader><text><body><u who="#a"><seg>Words.</seg><kinesic type="applause"><desc>Applause</desc>'
           '</kinesic><note>(Interruption)</note><seg>More.</seg></u></body></text></TEI>')
    source = transform(tei.encode(), mode="source")
    assert [p.strip() for p in source.split("\n\n") if p.strip()][-3:] == ["Applause", "(Interruption)", "More."]
