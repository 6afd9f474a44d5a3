"""Shapes the lead read in session 35 (synthetic variants in German, Italian)."""
from __future__ import annotations

from teikit import convert
from teikit.model import Event, Paragraph
from teikit.transforms.helpers.roleshapes import is_abbreviation
from tests.convert.conftest import read, speaker

_SCHOLZ = ("Pressekonferenz von Bundeskanzler Olaf Scholz und Präsident Emmanuel Macron\n\n"
           "BK Scholz: Meine Damen und Herren, willkommen.\n\n"
           "P Macron: Vielen Dank, lieber Olaf.\n\n"
           "Frage: Herr Bundeskanzler, wie geht es weiter?\n\n"
           "BK Scholz: Wir arbeiten daran.\n")


def test_an_abbreviated_office_before_a_surname_gives_the_full_name_and_office_of_the_title():
    # "BK Scholz", "P Macron": the federal press office's short forms of Bundeskanzler, Präsident (N1163g)
    doc = read(_SCHOLZ, lang="de")
    chancellor, president = speaker(doc, 0), speaker(doc, 1)
    assert (chancellor.name, chancellor.role) == ("Olaf Scholz", "Bundeskanzler")
    assert (president.name, president.role) == ("Emmanuel Macron", "Präsident")


def test_one_capital_is_an_abbreviated_office_and_a_word_is_not():
    assert is_abbreviation("P") and is_abbreviation("BK")
    assert not is_abbreviation("Präsident") and not is_abbreviation("p")


_WRAPPED = ("Friedrich Roe (CDU/CSU):\nFrau Präsidentin! Wir erleben eine Zeitenwende.\n\n"
            "(Beifall bei der CDU/CSU sowie bei Abgeordneten\nder FDP)\n\n"
            "Das ist keine Frage der Parteipolitik.\n")


def test_an_applause_note_wrapped_over_two_lines_is_one_event_of_the_turn():
    doc = read(_WRAPPED, lang="de")
    turn = doc.turns()[0]
    events = [item for p in turn.paragraphs if isinstance(p, Paragraph) for item in p.content if isinstance(item, Event)]
    assert [(e.element, e.type, e.text) for e in events] == [
        ("kinesic", "applause", "(Beifall bei der CDU/CSU sowie bei Abgeordneten\nder FDP)")]
    assert len(doc.turns()) == 1


def test_a_wrapped_note_is_written_as_one_event_with_its_line_break():
    tei = convert(_WRAPPED, "wrapped", lang="de").tei.decode()
    assert '<kinesic type="applause">' in tei
    assert "Abgeordneten\nder FDP)</desc>" in tei


def test_two_lines_in_brackets_that_are_speech_stay_speech():
    # a bracket that opens a line and one that closes the next are two asides, not one marker
    doc = read("ANN ROE: Hello.\n\n(This is one aside) and speech\nand (another one)\n", lang="en")
    para = doc.turns()[0].paragraphs[1]
    assert not any(isinstance(item, Event) for item in para.content)


def test_the_honorific_of_a_deputy_is_no_role():
    # "l'onorevole Riccardo Magi": a form of address, not an office (N1161g)
    text = ("PRESIDENTE. Ha facoltà di parlare l'onorevole Riccardo Magi.\n\n"
            "RICCARDO MAGI. Grazie, Presidente. Onorevoli colleghi, questa legge è sbagliata.\n\n"
            "PRESIDENTE. Grazie.\n")
    magi = speaker(read(text, lang="it"), 1)
    assert (magi.name, magi.role) == ("Riccardo Magi", None)


def test_an_office_before_the_name_in_an_interview_title_names_the_answers():
    # "Bundesaußenministerin": a compound ending in a role word (N1162g)
    text = ("Interview mit Bundesaußenministerin Annalena Roe im Deutschlandfunk\n\n"
            "Frage: Guten Morgen.\n\nAntwort: Guten Morgen.\n\nFrage: Wie geht es weiter?\n\n"
            "Antwort: Wir arbeiten daran.\n")
    answerer = speaker(read(text, lang="de"), 1)
    assert (answerer.name, answerer.role) == ("Annalena Roe", "Bundesaußenministerin")
