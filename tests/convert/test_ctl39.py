"""Characters XML 1.0 cannot hold (C0 controls other than TAB/LF/CR, U+FFFE, U+FFFF) are kept:
a TEI `g` declared in the header's `charDecl`, read back by the TEI reader, shown as a visible
substitute by the views (teikit/model/nonxml.py, docs/encoding.md)."""
from __future__ import annotations

import json

import pytest
from lxml import etree

from teikit import convert, transform
from teikit.model import Paragraph, Text, Transcript, Turn, nonxml

TEI = "{http://www.tei-c.org/ns/1.0}"
# A CHAT-like turn: a media bullet between two U+0015, and U+001F (white space to Python).
SOURCE = "MR. SMITH: was passiert \x15260_2113\x15\n\nQ: und\x1f dann?\x1f\n"


@pytest.fixture(scope="module")
def teis():
    return {flavour: convert(SOURCE, name="chat.txt", flavour=flavour) for flavour in ("speech", "drama", "iso")}


def test_each_is_a_g_pointing_at_its_char_declaration(teis):
    root = etree.fromstring(teis["speech"].tei)
    chars = root.findall(f"{TEI}teiHeader/{TEI}encodingDesc/{TEI}charDecl/{TEI}char")
    ids = [c.get("{http://www.w3.org/XML/1998/namespace}id") for c in chars]
    assert ids == ["chat.ctrl-0015", "chat.ctrl-001F"]
    nak = chars[0]
    assert nak.find(f"{TEI}unicodeProp").attrib == {"name": "Name_Alias", "value": "NEGATIVE ACKNOWLEDGE"}
    assert [(m.get("type"), m.text) for m in nak.findall(f"{TEI}mapping")] == [("codepoint", "U+0015"),
                                                                                 ("visible", "\u2415")]
    gs = root.findall(f".//{TEI}seg/{TEI}g")
    assert [(g.get("ref"), g.text) for g in gs] == \
        [("#chat.ctrl-0015", "\u2415")] * 2 + [("#chat.ctrl-001F", "\u241f")] * 2


def test_no_character_xml_cannot_hold_is_written_and_nothing_else_changes(teis):
    for result in teis.values():
        text = result.tei.decode()
        assert not nonxml.NON_XML.search(text)
        assert "260_2113" in text
    assert convert("MR. SMITH: nothing odd\n", name="chat.txt").tei.count(b"charDecl") == 0


def test_the_warning_says_they_are_kept(teis):
    assert "4 control character(s) that XML cannot hold kept as TEI g (declared in charDecl)" in \
        [w.message for w in teis["speech"].warnings]


def test_all_three_flavours_are_valid_tei(teis, validate_tei):
    errors = validate_tei({flavour: r.tei for flavour, r in teis.items()})
    assert {k: v for k, v in errors.items() if v} == {}


def test_in_a_desc_where_tei_allows_no_g_it_is_a_ref_to_the_declaration(validate_tei):
    tei = convert("WEBVTT\x15\n\n00:00:01.000 --> 00:00:02.000\nHello\n", name="s.vtt").tei
    desc = etree.fromstring(tei).find(f".//{TEI}gap/{TEI}desc")
    ref = desc.find(f"{TEI}ref")
    assert (desc.text, ref.get("type"), ref.get("target"), ref.text) == ("WEBVTT", "char", "#s.ctrl-0015", "\u2415")
    assert validate_tei({"s": tei}) == {"s": []}


def test_attribute_values_never_hold_them():
    from teikit.writers.xmlbuild import attrs, esc_attr
    assert esc_attr("a\x15b") == "a\ufffdb" and esc_attr('"\x1f"') == "&quot;\ufffd&quot;"
    assert attrs({"n": "1\x02"}) == ' n="1\ufffd"'


@pytest.mark.parametrize("flavour", ["speech", "drama", "iso"])
def test_the_source_view_gives_each_character_back(teis, flavour):
    source = transform(teis[flavour].tei, mode="source")
    assert "\x15260_2113\x15" in source and "und\x1f dann?\x1f" in source


@pytest.mark.parametrize("to", ["text", "html", "json", "tsv", "vert"])
def test_the_views_show_the_visible_substitute(teis, to):
    out = transform(teis["speech"].tei, to=to)
    assert not nonxml.NON_XML.search(out)
    if to == "json":
        out = json.dumps(json.loads(out), ensure_ascii=False)
    assert ("\u2415\n<g/>\n260_2113\n<g/>\n\u2415" if to == "vert" else "\u2415260_2113\u2415") in out


def test_the_html_view_stays_valid_and_escapes_nothing_new(teis):
    page = transform(teis["speech"].tei, to="html")
    assert "und\u241f dann?\u241f" in page and "<g " not in page


def test_the_tei_reader_leaves_other_projects_g_alone():
    tei = ('<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>t</title>'
           '</titleStmt><publicationStmt><p/></publicationStmt><sourceDesc><p/></sourceDesc></fileDesc>'
           '<encodingDesc><charDecl><char xml:id="s"><mapping type="standard">s</mapping></char></charDecl>'
           '</encodingDesc></teiHeader><text><body><p>Do<g ref="#s">\u017f</g>t</p></body></text></TEI>')
    assert "Do\u017ft" in transform(tei.encode(), mode="source")


def test_stand_ins_are_characters_the_text_does_not_hold():
    first = nonxml.stand_ins("plain")
    taken = "".join(first.values())
    other = nonxml.stand_ins(f"a text holding {taken[5]}")
    assert not set(other.values()) & set(taken) and len(set(other.values())) == len(nonxml.CHARACTERS)


def test_a_model_a_reader_left_them_in_is_held_and_restored():
    """`convert` holds what a reader left in its model (the passes then see no white space
    in U+001C-U+001F) and restores the characters after the passes."""
    doc = Transcript(blocks=[Turn("A:", [Paragraph([Text("one\x1ftwo\x15")])])])
    nonxml.hold_model(doc, "one\x1ftwo\x15")
    text = doc.blocks[0].paragraphs[0].content[0].text
    assert set(doc.source.non_xml) == {"\x1f", "\x15"} and not text[3].isspace() and "\x1f" not in text
    nonxml.restore(doc)
    assert doc.blocks[0].paragraphs[0].content[0].text == "one\x1ftwo\x15"


def test_in_iso_tei_each_is_a_token_of_its_own_with_its_code_point(teis):
    """ISO/TEI's `pc` holds text only (EXMARaLDA's schema): no `g` in it, the code point in `@norm`."""
    from tests.exchange.test_iso import iso_violations
    tei = teis["iso"].tei
    pcs = etree.fromstring(tei).findall(f".//{TEI}pc[@type='char']")
    assert [(pc.get("norm"), pc.text) for pc in pcs] == [("U+0015", "\u2415")] * 2 + [("U+001F", "\u241f")] * 2
    assert iso_violations(tei) == []


def test_in_iso_tei_a_desc_or_span_holds_the_picture_and_is_read_back(validate_tei):
    """ISO/TEI's `desc` and `span` hold text only: a bullet's timestamp incident shows the
    control picture, which the TEI reader reads back as the control (the header declares it)."""
    from tests.exchange.test_iso import iso_violations
    source = "@UTF8\n@Begin\n@Participants:\tCHI Target_Child\n*CHI:\thello . \x15100_2200\x15\n@End\n"
    tei = convert(source, name="e.cha", flavour="iso").tei
    desc = etree.fromstring(tei).find(f".//{TEI}body//{TEI}incident/{TEI}desc")
    assert desc.text == "\u2415100_2200\u2415" and len(desc) == 0
    assert iso_violations(tei) == [] and validate_tei({"e": tei}) == {"e": []}
    assert "hello . \x15100_2200\x15" in transform(tei, mode="source")


@pytest.mark.parametrize("copy_of", [nonxml.held, nonxml.shown])
def test_writing_and_viewing_leave_the_callers_model_as_it_was(copy_of):
    """`held` and `shown` copy only the parts of the model that hold such a character (a deep
    copy of a long transcript's model cost seconds); the caller's model keeps its characters,
    and writing it again gives the same TEI."""
    result = convert(SOURCE, name="chat.txt")
    doc = result.transcript
    before = repr(doc)
    copy = copy_of(doc)
    assert repr(doc) == before and copy is not doc and copy.blocks is not doc.blocks
    texts = "".join(t.text for b in copy.blocks if isinstance(b, Turn)
                    for p in b.paragraphs for t in p.content if isinstance(t, Text))
    assert not set(texts) & set(nonxml.CHARACTERS)  # (a stand-in or a visible substitute each)
    from teikit.writers import get_writer
    assert get_writer("tei")(doc) == result.tei and repr(doc) == before
