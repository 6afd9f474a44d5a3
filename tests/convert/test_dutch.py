"""Dutch (teikit/lexicons/nl.py): a new language as a new lexicon, no new rule.

Real text: short verbatim excerpts of Tweede Kamer and Belgian Kamer records
(tests/convert/data/nl, CC BY 4.0, provenance in its README). Synthetic text: small
examples written for the test (never a corpus line), one per lexicon field that matters."""
from __future__ import annotations

from pathlib import Path

import pytest

from teikit import convert, lexicons
from teikit.model import Event, Paragraph, StageNote
from tests.convert.conftest import labels, read, speaker, speech

DATA = Path(__file__).parent / "data" / "nl"
RECORDS = sorted(DATA.glob("*.txt"))

SITTING = ("Tweede Kamer der Staten-Generaal\n\nDinsdag 6 september 2022\n\n"
           "De voorzitter:\nIk geef het woord aan de heer Omtzigt.\n\n"
           "Kamerlid Omtzigt:\nVoorzitter. Ik heb een vraag aan de minister over de begroting.\n\n(Applaus)\n\n"
           "Minister Hoekstra:\nDank u wel, voorzitter. Dat is een goede vraag. (Gelach)\n\n"
           "Mevrouw Kuiken (PvdA):\nIk ben het daar niet mee eens, maar het is ook een mooi antwoord.\n\n"
           "(Hilariteit)\n\nDe voorzitter:\nDank u wel. Ik schors de vergadering.\n")

PRESS = ("Persconferentie na afloop van de ministerraad\n\nVrijdag 2 september 2022\n\n"
         "RUTTE\nGoedemiddag. Vandaag hebben we in het kabinet gesproken over de energieprijzen.\n\n"
         "VRAAG\nMeneer Rutte, wanneer komt het prijsplafond er precies?\n\n"
         "RUTTE\nDat kan ik nog niet zeggen. We werken er hard aan en ik hoop dat het snel is.\n\n"
         "VRAAG\nEn wat kost het?\n\nRUTTE\nDat weten we nog niet precies.\n\nDeel dit artikel\n")

INTERVIEW = ("Vraag: Mevrouw Kaag, hoe gaat het met de begroting?\n\n"
             "Antwoord: Het gaat goed, maar we zijn er nog niet. (lacht) Ik denk dat we nog veel moeten doen.\n\n"
             "Vraag: En de minister van Oekraïne?\n\n"
             "Antwoord: (via tolk) Wij zijn dankbaar voor de steun van Nederland.\n")


def _events(doc) -> list[tuple[str, str, str]]:
    return [(i.element, i.type, i.text) for t in doc.turns() for p in t.paragraphs if isinstance(p, Paragraph)
            for i in p.content if isinstance(i, Event)]


# --- detection: Dutch records are Dutch; other languages' texts are not -----------------

@pytest.mark.parametrize("path", RECORDS, ids=lambda p: p.stem)
def test_a_dutch_record_is_detected_as_dutch(path):
    assert read(path.read_text(encoding="utf-8")).lang == "nl"


def test_short_dutch_texts_are_detected_as_dutch():
    assert read(SITTING).lang == read(PRESS).lang == read(INTERVIEW).lang == "nl"


def test_dutch_words_do_not_take_german_or_english_texts():
    # "worden" (a German participle), "van" in a name: neither makes a text Dutch
    german = ("Präsidentin: Die Sitzung ist eröffnet. Es ist beschlossen worden, dass wir heute beginnen.\n\n"
              "Abg. Roe: Wir haben das nicht gewollt, aber es ist so gemacht worden.\n")
    english = ("SENATOR VAN HOLLEN: Thank you. We have a question on the budget.\n\n"
               "SECRETARY: It is a good question, and we will answer it.\n")
    assert read(german).lang == "de" and read(english).lang == "en"
    assert lexicons.LANGUAGES[-1] == "nl"  # a tie goes to the languages listed before it


# --- labels ------------------------------------------------------------------------------

def test_a_tweede_kamer_records_labels_and_the_members_address_to_the_chair():
    doc = read((DATA / "tk-2019-05-16.txt").read_text(encoding="utf-8"))
    assert labels(doc) == ["De voorzitter:", "De heer Laçin (SP):", "De voorzitter:"]
    # "Voorzitter." opens the member's speech: an address, no label printed with a stop
    assert speech(doc)[1].startswith("Voorzitter. Morgen is het precies twee jaar geleden")
    assert doc.setting.title == "Lekken van gifgas door chemiebedrijf Chemours"


def test_a_member_with_her_party_and_the_note_of_a_suspension():
    doc = read((DATA / "tk-2017-01-26.txt").read_text(encoding="utf-8"))
    assert labels(doc) == ["Mevrouw Bouwmeester (PvdA):", "De voorzitter:"]
    assert speaker(doc, 0).name == "Bouwmeester" and speaker(doc, 1).role == "voorzitter"
    notes = [i.text for p in doc.turns()[1].paragraphs for i in p.content if isinstance(i, StageNote)]
    assert notes == ["De vergadering wordt van 13.48 uur tot 14.15 uur geschorst."]


def test_the_belgian_chair_is_named_by_the_opening_note():
    doc = read((DATA / "be-2017-04-27.txt").read_text(encoding="utf-8"))
    assert labels(doc)[0] == "De voorzitter:"
    chair = speaker(doc, 0)
    assert (chair.name, chair.role) == ("Siegfried Bracke", "voorzitter")
    # the chair's own words in both languages are speech; the record's timed notes are not
    assert speech(doc)[0].startswith("De vergadering is geopend. | La séance est ouverte.")


def test_a_members_numbered_label_is_read_and_the_number_kept_out_of_the_name():
    doc = read((DATA / "be-2017-04-27.txt").read_text(encoding="utf-8"))
    assert labels(doc) == ["De voorzitter:", "01.01 Wouter De Vriendt (Ecolo-Groen):"]
    member = speaker(doc, 1)
    assert (member.name, member.role) == ("Wouter De Vriendt", "Ecolo-Groen")


NUMBERED = ("Plenaire vergadering\n\n"
            "01.01 Peter De Roover (N-VA): Mijnheer de voorzitter, ik heb een vraag.\n\n"
            "01.02 Eerste minister Sophie Wilmès: Dank u voor uw vraag. Wij volgen de situatie.\n\n"
            "01.03 Peter De Roover (N-VA): Dank u voor uw antwoord.\n\n"
            "Mevrouw In 't Veld (D66): Voorzitter, dat is toch vreemd.\n\n"
            "De voorzitter: Het woord is aan de heer Van Haga.\n")


def test_intervention_numbers_an_office_after_an_ordinal_and_a_particle_with_an_apostrophe():
    doc = read(NUMBERED)
    assert labels(doc) == ["01.01 Peter De Roover (N-VA):", "01.02 Eerste minister Sophie Wilmès:",
                           "01.03 Peter De Roover (N-VA):", "Mevrouw In 't Veld (D66):", "De voorzitter:"]
    assert doc.turns()[0].who == doc.turns()[2].who  # one member, two numbers
    people = [(p.name, p.role) for p in (speaker(doc, i) for i in (0, 1, 3))]
    assert people == [("Peter De Roover", "N-VA"), ("Sophie Wilmès", "Eerste minister"), ("In 't Veld", "D66")]


def test_a_number_before_a_label_in_french_and_a_time_in_the_speech_stay_as_printed():
    doc = read("Séance plénière\n\n01.01 Georges Dallemagne (cdH): Monsieur le premier ministre, "
               "la séance de 14.18 heures est ouverte.\n\n01.02 Premier ministre Charles Michel: "
               "Merci pour votre question.\n", lang="fr")
    assert labels(doc) == ["01.01 Georges Dallemagne (cdH):", "01.02 Premier ministre Charles Michel:"]
    assert speaker(doc, 1).name == "Charles Michel"
    assert "14.18 heures" in speech(doc)[0]


def test_labels_offices_honorifics_and_roles_of_a_sitting():
    doc = read(SITTING)
    assert labels(doc) == ["De voorzitter:", "Kamerlid Omtzigt:", "Minister Hoekstra:",
                           "Mevrouw Kuiken (PvdA):", "De voorzitter:"]
    people = [(p.name, p.role) for p in (speaker(doc, i) for i in range(5))]
    assert people == [(None, "voorzitter"), ("Omtzigt", "Kamerlid"), ("Hoekstra", "Minister"),
                      ("Kuiken", "PvdA"), (None, "voorzitter")]


def test_a_press_conferences_labels_alone_over_the_speech():
    doc = read(PRESS)
    assert labels(doc) == ["RUTTE", "VRAAG", "RUTTE", "VRAAG", "RUTTE"]
    assert speaker(doc, 1) is None  # the question: an unnamed journalist
    assert speaker(doc, 0).name == "Rutte"  # "Meneer Rutte," names him; "meneer" is an honorific
    assert "Deel dit artikel" not in " ".join(speech(doc))


def test_question_and_answer_labels_an_interpreter_note_and_laughter():
    doc = read(INTERVIEW)
    assert labels(doc) == ["Vraag:", "Antwoord:", "Vraag:", "Antwoord:"]
    assert ("vocal", "laughter", "(lacht)") in _events(doc)
    answer = doc.turns()[3]
    assert answer.interpreted and [n.text for n in answer.lead_notes] == ["(via tolk)"]
    assert not any(t.interpreted for t in doc.turns()[:3])


# --- events, dates ------------------------------------------------------------------------

def test_applause_laughter_and_hilarity_of_a_record_are_events():
    assert _events(read(SITTING)) == [("kinesic", "applause", "(Applaus)"), ("vocal", "laughter", "(Gelach)"),
                                      ("vocal", "laughter", "(Hilariteit)")]
    doc = read("A: Dat is niet waar. (Rumoer)\n\nB: Jawel. (Onverstaanbaar)\n\nA: Nee.\n", lang="nl")
    assert _events(doc) == [("incident", "crosstalk", "(Rumoer)"), ("gap", "inaudible", "(Onverstaanbaar)")]


@pytest.mark.parametrize("line, iso", [("Dinsdag 6 september 2022", "2022-09-06"),
                                       ("6 september 2022", "2022-09-06"),
                                       ("Gepubliceerd op vrijdag 17 maart 2023", "2023-03-17"),
                                       ("Donderdag 27 april 2017", "2017-04-27")])
def test_a_dutch_date_in_the_header_dates_the_text(line, iso):
    text = f"Debat over de begroting\n\n{line}\n\n" + SITTING.split("\n\n", 2)[2]
    assert read(text).setting.date_iso == iso


# --- output -------------------------------------------------------------------------------

def test_dutch_outputs_are_valid_tei(validate_tei):
    named = {p.name: convert(p.read_bytes(), name=p.name).tei for p in RECORDS}
    for stem, text in (("sitting", SITTING), ("press", PRESS), ("interview", INTERVIEW)):
        for flavour in ("speech", "drama"):
            named[f"{stem}-{flavour}"] = convert(text, name=f"{stem}.txt", flavour=flavour).tei
    assert all(b'xml:lang="nl"' in tei for tei in named.values())
    assert validate_tei(named, "teikit") == {name: [] for name in named}
