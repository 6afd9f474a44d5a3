"""The TEI reader: teikit's own shape, Parla-CLARIN/ParlaMint, DraCor, teiCorpus, bad input."""
from __future__ import annotations

import re

import pytest

from teikit.errors import TeikitError
from teikit.model import Boilerplate, Prose, Table, EndLine, Event, Heading, HeaderLine, LineBreak, Note, Stage
from teikit.readers.tei import read, read_person_list

from .conftest import FOREIGN


def test_teikit_shape_fills_the_model(sample_bytes):
    t = read(sample_bytes, "sample.tei.xml")
    assert t.id == "sample" and t.lang == "en"
    assert t.setting.venue == "Harpa Concert Hall" and t.setting.date_iso == "2021-05-19"
    assert t.setting.place == "Reykjavik, Iceland" and t.setting.activity == "Remarks to the Press"
    assert [p.id for p in t.persons] == ["blinken", "lavrov", "interpreter"]
    assert t.person("interpreter").interpreter and t.person("lavrov").role == "Foreign Minister"
    turns = t.turns()
    assert [u.label for u in turns] == ["SECRETARY BLINKEN:", "FOREIGN MINISTER LAVROV:", "QUESTION:"]
    assert [u.who for u in turns] == ["blinken", "lavrov", None]
    assert turns[1].interpreted and turns[1].lead_notes[0].text == "(Via interpreter)"
    assert any(isinstance(i, LineBreak) for i in turns[0].paragraphs[1].content)
    assert Event("vocal", "laughter", "(Laughter.)") in turns[0].paragraphs[0].content
    assert Note("editorial", "[sic]") in turns[2].paragraphs[0].content
    kinds = [type(b) for b in t.blocks]
    assert kinds[0] is Boilerplate and kinds[-1] is EndLine
    assert [b.kind for b in t.blocks if isinstance(b, HeaderLine)] == ["title", "byline", "dateline"]
    assert t.source.url == "https://www.state.gov/example"


def test_parla_clarin_u_seg_and_notes():
    t = read((FOREIGN / "parla-clarin-exemplar.xml").read_bytes(), "x.xml")
    turns = t.turns()
    assert turns[0].label == "MILAN KUČAN:" and turns[0].who == "KučanMilan"
    assert len(turns[0].paragraphs) == 3
    assert any(isinstance(b, Heading) and b.text == "THIRD AMENDMENT" for b in t.blocks)
    assert any(isinstance(b, Event) and b.text == "Applause." for b in t.blocks)
    assert any(isinstance(b, Note) and b.text == "For 48." for b in t.blocks)


def test_parlamint_who_elsewhere_keeps_id_and_resolves_from_a_person_list():
    data = (FOREIGN / "siparl-KPZONOJFSPD-1998-11-25.xml").read_bytes()
    t = read(data, "siparl.xml")
    assert t.person("KužnikRafael") is not None and t.person("KužnikRafael").name is None
    plist = read_person_list(
        b'<listPerson xmlns="http://www.tei-c.org/ns/1.0"><person xml:id="Ku\xc5\xbenikRafael">'
        b'<persName><forename>Rafael</forename><surname>Ku\xc5\xbenik</surname></persName>'
        b'</person></listPerson>', "persons.xml")
    t = read(data, "siparl.xml", persons=plist)
    assert t.person("KužnikRafael").name == "Rafael Kužnik"
    # an empty <gap reason="inaudible"/> is kept as an event with no printed marker
    assert t.turns()[0].paragraphs[0].content[0] == Event("gap", "inaudible", "")


def test_dracor_sp_speaker_l_stage():
    t = read((FOREIGN / "dracor-menander-dyskolos.xml").read_bytes(), "dyskolos.xml")
    assert t.lang == "grc" and t.setting.title
    first = t.turns()[0]
    assert first.label == "(ΠAN)" and first.who == "pan"
    assert sum(isinstance(i, LineBreak) for i in first.paragraphs[0].content) > 10
    assert [b.level for b in t.blocks if isinstance(b, Heading)][:2] == [1, 1]
    stages = [b for b in t.blocks if isinstance(b, Stage)] + [
        i for u in t.turns() for p in u.paragraphs for i in p.content
        if isinstance(i, Event) and i.element == "stage"]
    assert stages
    assert {p.id for p in t.persons} >= {u.who for u in t.turns() if u.who}


def test_tei_corpus_becomes_one_transcript_with_a_heading_per_document(sample_bytes):
    body = sample_bytes.split(b"?>", 1)[1]
    second = re.sub(rb"<particDesc>.*</particDesc>", b"", body.replace(b'"sample', b'"second'),
                    flags=re.S)  # persons are declared once per corpus (xml:ids are unique)
    corpus = (b'<teiCorpus xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt>'
              b'<title>Both</title></titleStmt></fileDesc></teiHeader>' + body
              + second + b"</teiCorpus>")
    t = read(corpus, "corpus.xml")
    assert t.setting.title == "Both"
    heads = [b for b in t.blocks if isinstance(b, Heading)]
    assert len(heads) == 2 and heads[0].text.startswith("Secretary Blinken")
    assert len(t.turns()) == 6 and len(t.persons) == 3


def test_unknown_elements_keep_their_text():
    t = read(b'<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><div><table><row><cell>'
             b'keep me</cell></row></table><p>plain <foo>prose</foo></p></div></body></text></TEI>', "x")
    assert [b.text for b in t.blocks if isinstance(b, (Table, Prose))] == ["keep me", "plain prose"]


@pytest.mark.parametrize("data,message", [
    (b"not xml at all", "not well-formed XML"),
    (b"<html><body/></html>", "not a TEI document"),
])
def test_bad_input_is_a_one_line_error(data, message):
    with pytest.raises(TeikitError) as err:
        read(data, "bad.xml")
    assert message in str(err.value) and str(err.value).startswith("bad.xml")
    assert "\n" not in str(err.value)


def test_external_entities_are_never_loaded():
    data = (b'<?xml version="1.0"?><!DOCTYPE TEI [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
            b'<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p>a &x; b</p></body></text></TEI>')
    with pytest.raises(TeikitError) as info:
        read(data, "x.xml")
    assert str(info.value).startswith("x.xml:1: not well-formed XML: Entity 'x' not defined")
    assert "root:" not in str(info.value)


def test_internal_entities_are_expanded():
    data = (b'<?xml version="1.0"?><!DOCTYPE TEI [<!ENTITY x "expanded">]>'
            b'<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p>a &x; b</p></body></text></TEI>')
    assert [b.text for b in read(data, "x.xml").blocks] == ["a expanded b"]
