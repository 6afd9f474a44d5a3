"""Shapes of dev50 (rule ids 1840-1859 ending in `j`): the CHAT reader (TalkBank, CHILDES) on
small CHAT texts written for the test (never a corpus line); each fails without its rule."""
from __future__ import annotations

import pytest

from teikit import convert
from teikit.model import Event, LineBreak, Note, Text
from teikit.readers import choose_reader
from teikit.transform_api import transform
from tests.convert.conftest import read
from tests.source_view import assert_same_source

# --- R1840j CHAT transcripts ----------------------------------------------------------------

SESSION = ("@UTF8\n@Begin\n@Languages:\tfra\n"
           "@Participants:\tCHI Lea Target_Child , MOT Mother , OBS Observer Investigator\n"
           "@ID:\tfra|Test|CHI|3;02.01||||Target_Child|||\n"
           "@Location:\tLyon , FR\n@Date:\t03-MAR-2001\n@Situation:\tgoûter dans la cuisine\n"
           "*CHI:\toù est le chat ?\n"
           "%mor:\tpro:int|où v|être&PRES&3s det|le n|chat&m\n\t?\n"
           "*MOT:\til dort (.) sur le lit &=laughs .\n"
           "%com:\tshe points at the bedroom\n"
           "*CHI:\tje veux le voir\n\tmaintenant .\n"
           "@Comment:\tthe cat comes in\n"
           "*OBS:\tbonjour le chat .\n"
           "@End\n")

TIMED = ("@UTF8\n@Begin\n@Languages:\tdeu\n@Participants:\tINT INT Participant, SPK SPK Participant\n"
         "*INT:\twas macht der Hund; \x151200_2400\x15\n"
         "*SPK:\tder Hund, \x152500_3100\x15\n\t((0,5s)) \x153100_3600\x15\n\tder schläft. \x153600_4800\x15\n"
         "%xNS:\tder Hund schläft\n"
         "@End\n")


def test_chat_is_read_by_its_header_and_tiers_whatever_the_name():
    assert choose_reader(SESSION.encode(), "session.txt") == "chat"
    assert choose_reader(SESSION.encode(), "-", "text") == "chat"
    # the same turns without the CHAT header are a plain transcript, even in a .cha file
    body = SESSION.split("*CHI:", 1)[1]
    assert choose_reader(("*CHI:" + body).encode(), "session.cha") == "plaintext"
    assert choose_reader(b"@Begin\nsome notes\n*A: hello\n", "notes.cha") == "plaintext"


def test_every_main_tier_is_a_turn_labelled_by_its_code():
    doc = read(SESSION)
    turns = doc.turns()
    assert [t.label for t in turns] == ["*CHI:", "*MOT:", "*CHI:", "*OBS:"]
    assert [t.who for t in turns] == ["chi", "mot", "chi", "obs"]
    assert all(len(t.paragraphs) == 1 for t in turns)
    # a TAB-indented line continues the tier above it: a line break inside the paragraph
    assert turns[2].paragraphs[0].content == [Text("je veux le voir"), LineBreak(), Text("maintenant .")]


def test_participants_give_names_and_roles_as_printed():
    persons = {p.id: p for p in read(SESSION).persons}
    assert (persons["chi"].name, persons["chi"].role) == ("Lea", "Target_Child")
    assert (persons["mot"].name, persons["mot"].role) == (None, "Mother")
    # a role word in the name slot (CHAT's own or the lexicon's) names nobody
    assert (persons["obs"].name, persons["obs"].role) == (None, "Investigator")
    spanish = read(SESSION.replace("fra", "spa").replace("Observer", "Investigador"))
    assert next(p for p in spanish.persons if p.id == "obs").name is None
    # a code repeated in the name slot (an EXMARaLDA export) names nobody
    assert [p.name for p in read(TIMED).persons] == [None, None]


def test_header_lines_fill_setting_and_language():
    doc = read(SESSION)
    assert doc.lang == "fr"
    assert (doc.setting.date_iso, doc.setting.place) == ("2001-03-03", "Lyon , FR")
    assert doc.setting.activity == "goûter dans la cuisine"
    assert doc.setting.title is None
    assert read(SESSION.replace("fra", "spa")).lang == "es"
    tei = convert(SESSION, name="s.cha").tei
    assert b'xml:lang="fr"' in tei and b'<date when="2001-03-03">03-MAR-2001</date>' in tei
    assert b"<note type=\"comment\">@Comment:\tthe cat comes in</note>" in tei


def test_dependent_tiers_are_notes_of_their_turn_never_speech():
    turns = read(SESSION).turns()
    mor = turns[0].paragraphs[0].content[-1]
    assert isinstance(mor, Note) and mor.tier and mor.type == "mor"
    assert mor.text == "%mor:\tpro:int|où v|être&PRES&3s det|le n|chat&m\n\t?"
    assert turns[1].paragraphs[0].content[-1].type == "com"
    assert "%mor" not in "".join(i.text for i in turns[0].paragraphs[0].content if type(i) is Text)


def test_simple_events_are_events():
    content = read(SESSION).turns()[1].paragraphs[0].content
    event = next(i for i in content if isinstance(i, Event))
    assert (event.element, event.type, event.text) == ("vocal", "laughter", "&=laughs")
    assert "(.)" in content[0].text  # a pause stays speech as printed


def test_media_bullets_are_timestamps_on_the_timeline():
    doc = read(TIMED)
    turns = doc.turns()
    notes = [i for t in turns for i in t.paragraphs[0].content if type(i) is Note and i.type == "timestamp"]
    assert len(notes) == 4 and notes[0].text[1:-1] == "1200_2400"
    assert [p.seconds for p in doc.timeline] == [0.0, 1.2, 2.5, 3.1, 3.6]
    assert turns[1].start == notes[1].synch
    tei = convert(TIMED, name="t.cha").tei
    assert b'<u who="#spk" xml:id="t.u2" start="#t.T2">' in tei


@pytest.mark.parametrize("flavour", ["speech", "drama", "iso"])
def test_the_source_view_gives_a_chat_file_back(flavour):
    assert_same_source(SESSION.encode(), transform(convert(SESSION, name="s.cha", flavour=flavour).tei,
                                                   mode="source"))


def test_iso_writes_dependent_tiers_as_span_groups():
    tei = convert(SESSION, name="s.cha", flavour="iso").tei.decode()
    assert '<spanGrp type="mor">\n          <span from="s.T0" to="s.T1">%mor:' in tei
    assert ">pro<" not in tei  # the tier's text is no token of the u


def test_chat_outputs_are_valid_tei(validate_tei):
    named = {f"{stem}-{flavour}": convert(text, name=f"{stem}.cha", flavour=flavour).tei
             for stem, text in (("session", SESSION), ("timed", TIMED))
             for flavour in ("speech", "drama", "iso")}
    assert validate_tei(named) == {name: [] for name in named}
