"""Shapes the lead read in session 36 (synthetic page headers in English, German, French,
Spanish, Italian)."""
from __future__ import annotations

import pytest

from teikit.lexicons import load
from teikit.model import Boilerplate, Event, HeaderLine, Heading
from teikit.transforms.helpers.dates import date_line
from teikit.transforms.helpers.speechheadings import speech_heading
from tests.convert.conftest import labels, read, speaker, speech


def _setting(text: str, lang: str | None = None):
    doc = read(text, lang=lang) if lang else read(text)
    return doc.setting


@pytest.mark.parametrize("line, lang, place", [
    ("Donnerstag, 4. Mai 2023 in Berlin", "de", "Berlin"),
    ("am 4. Mai 2023 in Berlin", "de", "Berlin"),
    ("March 3, 2023, in Geneva", "en", "Geneva"),
    ("12 de enero de 2023 en Madrid", "es", "Madrid"),
])
def test_a_date_line_closing_on_a_place_after_a_preposition_gives_date_and_place(line, lang, place):
    # H1210h
    setting = _setting(f"Press conference on the budget\n\n{line}\n\nQ: What next?\n\nMINISTER: We work.\n", lang)
    assert setting.place == place
    assert setting.date_iso in ("2023-05-04", "2023-03-03", "2023-01-12")


def test_the_title_over_a_date_line_with_its_place_stays_the_title():
    # H1210h: "am 4. Mai 2023 in Berlin" was no date line; it became the title, the title a widget
    doc = read("Pressekonferenz zum Haushalt\n\nam 4. Mai 2023 in Berlin\n\n"
               "Frage: Wie geht es weiter?\n\nLindner: Gut.\n", lang="de")
    assert doc.setting.title == "Pressekonferenz zum Haushalt"
    assert not any(isinstance(b, Boilerplate) for b in doc.blocks)


def test_lower_case_words_before_a_titles_closing_date_are_no_part_of_its_place():
    # H1211h: "à Paris le 12 mars 2021" names Paris, not "Paris le"
    setting = _setting("Conférence de presse du Premier ministre, sur la situation sanitaire, à Paris le "
                       "12 mars 2021.\n\nM. CASTEX. - Bonjour.\n\nQUESTION. - Allez-vous reconfiner ?\n", "fr")
    assert (setting.place, setting.date_iso) == ("Paris", "2021-03-12")


@pytest.mark.parametrize("byline", ["By Jane Doe, March 3, 2023", "By Jane Doe | March 3, 2023 | 5 min read"])
def test_an_authors_byline_with_a_date_names_no_place_and_dates_the_page(byline):
    # H1212h
    doc = read(f"Governor Lays Out Flood Recovery Plan\n\n{byline}\n\n"
               "MODERATOR: Good evening.\n\nGOV. ELLIS: Thank you.\n")
    assert (doc.setting.place, doc.setting.date_iso) == (None, "2023-03-03")
    assert doc.setting.title == "Governor Lays Out Flood Recovery Plan"
    assert any(isinstance(b, HeaderLine) and b.text == byline for b in doc.blocks)


def test_a_date_line_of_its_own_wins_over_the_bylines_date():
    # H1212h: the byline's date only when no line dates the event
    setting = _setting("Governor Lays Out Flood Recovery Plan\n\nBy Jane Doe, March 4, 2023\n\n"
                       "Springfield, March 3, 2023\n\nMODERATOR: Good evening.\n\nGOV. ELLIS: Thank you.\n")
    assert (setting.place, setting.date_iso) == ("Springfield", "2023-03-03")


@pytest.mark.parametrize("line", ["*Published 12 May 2022*", "**12 May 2022**", "_12 May 2022_"])
def test_a_date_line_in_markdown_emphasis_dates_the_page(line):
    # H1213h
    setting = _setting(f"# Interview with Dr. Sarah Klein\n\n{line}\n\n"
                       "**Host:** Welcome, Sarah.\n\n**Sarah Klein:** Thanks for having me.\n")
    assert setting.date_iso == "2022-05-12"


def test_a_short_italian_interview_is_read_as_italian_with_its_question_lines():
    # D1214h: "il", "la", "e" are French or Spanish too; "dell" is only Italian
    doc = read("Intervista al ministro dell'Economia Giancarlo Giorgetti\n"
               "pubblicata su Il Sole 24 Ore il 5 marzo 2023\n\n"
               "D. Ministro, la crescita rallenta?\nR. No, i dati dicono altro.\n"
               "D. E l'inflazione?\nR. Sta scendendo.\n")
    assert doc.lang == "it"
    assert [t.label for t in doc.turns()] == ["D.", "R.", "D.", "R."]


_MENU_OVER_TITLE = ("Skip to main content\nMenu\nSearch\n\nNEWS\n\n"
                    "TRANSCRIPT: President's remarks at the climate summit\n\nNovember 3, 2023\n\n{widget}"
                    "THE PRESIDENT: Thank you all very much.\n\nAUDIENCE MEMBER: We love you!\n\n"
                    "THE PRESIDENT: Thank you.\n")


def test_transcript_colon_title_under_a_menu_is_the_title_not_a_transcript_heading():
    # H1215h: a menu's short lines are no title or show notes over a "Transcript: <title>" heading
    doc = read(_MENU_OVER_TITLE.format(widget=""))
    assert doc.setting.title == "TRANSCRIPT: President's remarks at the climate summit"
    assert "NEWS" in [b.text for b in doc.blocks if isinstance(b, Boilerplate)]


def test_transcript_colon_title_under_the_page_title_and_notes_is_still_the_heading():
    # H348a stays: under a title and show notes, "Transcript: Episode 12 – ..." is the heading
    doc = read("The harbour at night\n\nIn this episode Ann Lee walks the harbour with its keeper.\n"
               "Recorded in March at the old pier.\n\nTranscript: Episode 12 – The harbour\n\n"
               "ANN: Welcome back.\n\nTOM: Thanks, Ann.\n")
    assert doc.setting.title == "The harbour at night"
    assert "Transcript: Episode 12 – The harbour" in [b.text for b in doc.blocks if isinstance(b, Boilerplate)]


@pytest.mark.parametrize("widget, lang", [
    ("Listen to this article", None), ("Listen to this article · 4 min", None),
    ("Écouter cet article", "fr"), ("Artikel anhören", "de"), ("Escuchar este artículo", "es"),
    ("Ascolta l'articolo", "it"), ("Слушать статью", "ru"),
])
def test_an_audio_players_line_over_the_article_is_boilerplate_not_the_title(widget, lang):
    # B1216h
    doc = read(_MENU_OVER_TITLE.format(widget=widget + "\n\n"), **({"lang": lang} if lang else {}))
    assert doc.setting.title == "TRANSCRIPT: President's remarks at the climate summit"
    assert widget in [b.text for b in doc.blocks if isinstance(b, Boilerplate)]


@pytest.mark.parametrize("asker", ["Journaliste", "Question"])
def test_the_guest_of_an_interview_with_title_named_by_initials_is_not_also_the_question_voice(asker):
    # N1217h: "Entretien avec Jean Dupont" over "J.D. :" answers and one generic question label
    doc = read(f"Entretien avec Jean Dupont, maire de Lyon\n\nJ.D. : Bonjour à tous.\n\n"
               f"{asker} : Monsieur le maire, parlons des transports.\n\nJ.D. : Volontiers.\n", lang="fr")
    assert [p.name for p in doc.persons] == ["Jean Dupont"]
    assert [doc.person(t.who).name if t.who else None for t in doc.turns()] == ["Jean Dupont", None, "Jean Dupont"]


_HEARING = ("HEARING BEFORE THE COMMITTEE ON HARBOURS\n\nFIRST SESSION\n\nMARCH 2, 2023\n\n"
            "The CHAIRMAN. The Committee will come to order. Good morning, everyone.\n\n"
            "Senator BARROW. Thank you, Mr. Chairman. I agree with much of what you said.\n\n"
            "The CHAIRMAN. Thank you, Senator Barrow. We will now hear from our witness.\n\n"
            "{heading}\n\n"
            "Secretary GRAINGER. Thank you, Chairman, Ranking Member Barrow.\n\n"
            "Mr. McRISCH. Madam Secretary, how many ports will close?\n\n"
            "Secretary GRAINGER. I will get back to you on that.\n")


def test_a_hearings_members_in_capitals_after_their_title_are_labels_even_when_printed_once():
    # L1218h: "Senator BARROW." and "Mr. McRISCH." speak once, beside "The CHAIRMAN." and "Secretary GRAINGER."
    doc = read(_HEARING.format(heading="STATEMENT OF JANE GRAINGER, SECRETARY, DEPARTMENT OF HARBOURS"))
    assert labels(doc) == ["The CHAIRMAN.", "Senator BARROW.", "The CHAIRMAN.", "Secretary GRAINGER.",
                           "Mr. McRISCH.", "Secretary GRAINGER."]


def test_one_titled_name_in_capitals_before_a_full_stop_makes_no_label():
    # L1218h needs the style printed by two different speakers
    doc = read("Harbour news\n\nANN: Hello.\n\nTOM: The port reopened. Senator BARROW. He said so.\n\nANN: Good.\n")
    assert labels(doc) == ["ANN:", "TOM:", "ANN:"]


@pytest.mark.parametrize("heading, name, office", [
    ("STATEMENT OF JANE GRAINGER, SECRETARY, DEPARTMENT OF HARBOURS", "JANE GRAINGER", "SECRETARY, DEPARTMENT OF HARBOURS"),
    ("Statement of Hon. Jane Grainger, Secretary, Department of Harbours", "Jane Grainger", "Secretary, Department of Harbours"),
])
def test_a_witness_heading_closing_a_turn_is_a_heading_over_the_next_labelled_turn(heading, name, office):
    # L1219h: a heading of name, comma and office after a speech phrase; before, it stayed in the chair's speech
    doc = read(_HEARING.format(heading=heading))
    headings = [b for b in doc.blocks if isinstance(b, Heading)]
    assert [h.text for h in headings] == [heading]
    assert heading not in " ".join(speech(doc))
    assert speech_heading(heading, load("en")) == (name, office)


def test_an_ordinal_session_beside_the_date_is_no_place():
    # H1220h: "FIRST SESSION" next to the date line was read as the place
    assert read(_HEARING.format(heading="")).setting.place is None


def _podcast(intro: str, host: str = "JANE", guest: str = "JOHN") -> str:
    return (f"The Money Hour, Episode 88\n\n{host}: Welcome to The Money Hour. {intro} John, welcome.\n\n"
            f"{guest}: Thanks, Jane. Great to be here.\n\n{host}: Let's talk inflation.\n\n{guest}: Sure.\n")


@pytest.mark.parametrize("intro", ["I'm your host, Jane Doe.", "I'm your host Jane Doe, and this is the show."])
def test_a_host_named_after_the_role_she_gives_herself(intro):
    # N1221h: "I'm your host, Jane Doe" names the HOST label
    doc = read(f"The Money Hour\n\nHOST: Welcome to The Money Hour. {intro} Let us begin.\n\nGUEST: Thanks.\n\n"
               "HOST: Let's talk inflation.\n\nGUEST: Sure.\n")
    assert speaker(doc, 0).name == "Jane Doe"


def test_the_role_a_host_gives_herself_stops_before_her_name():
    # N1221h: "I'm your host Jane Doe" gave the role "host Jane Doe"
    doc = read(_podcast("I'm your host Jane Doe, and my guest today is John Smith, professor of economics at MIT."))
    assert (speaker(doc, 0).name, speaker(doc, 0).role) == ("Jane Doe", "host")


@pytest.mark.parametrize("guest", ["JOHN", "John"])
def test_the_guest_the_host_introduces_in_the_opening_turn_gets_full_name_and_role(guest):
    # N1222h: the given-name label, in capitals too, takes the name the host's opening turn prints
    doc = read(_podcast("I'm Jane Doe, and with me today is John Smith, professor of economics at MIT.",
                        guest=guest))
    assert (speaker(doc, 1).name, speaker(doc, 1).role) == ("John Smith", "professor of economics at MIT")


def test_a_capitals_label_takes_no_name_from_a_title():
    # the opening turns only: a title's "Vantorre Meeks" stays no full name of VANTORRE (N1174g)
    doc = read("Talking with Vantorre Meeks\n\nHOST: Welcome.\n\nVANTORRE: Hi.\n\nHOST: Bye.\n")
    assert speaker(doc, 1).name != "Vantorre Meeks"


def test_a_german_compound_occupation_is_the_role_after_the_name():
    # N1223h: "Chefarzt" is no office word of its own; the lexicon's role nouns hold it
    doc = read("Nachgefragt – der Podcast\n\nModeratorin: Herzlich willkommen! Ich bin Petra Lang, und mein Gast "
               "heute ist Dr. Klaus Weber, Chefarzt am Klinikum Nord.\n\nWeber: Hallo.\n\n"
               "Moderatorin: Wie ist die Lage?\n\nWeber: Angespannt.\n", lang="de")
    assert (speaker(doc, 1).name, speaker(doc, 1).role) == ("Klaus Weber", "Chefarzt am Klinikum Nord")


@pytest.mark.parametrize("text, lang, name, role", [
    ("ANA: Bienvenidos. Soy Ana García y hoy me acompaña Luis Pérez, catedrático de Historia en la Universidad "
     "de Sevilla. Luis, bienvenido.\n\nLUIS: Gracias, Ana.\n\nANA: Empecemos.\n", "es",
     "Luis Pérez", "catedrático de Historia en la Universidad de Sevilla"),
    ("GIULIA: Benvenuti. Sono Giulia Rossi e oggi è con noi Marco Bianchi, docente all'Università di Bologna. "
     "Ciao Marco.\n\nMARCO: Ciao Giulia.\n\nGIULIA: Iniziamo.\n", "it", "Marco Bianchi", "docente all'Università di Bologna"),
])
def test_academic_occupations_of_spanish_and_italian_guests_are_their_roles(text, lang, name, role):
    # N1224h: "catedrático", "docente" in the role nouns
    doc = read("Podcast\n\n" + text, lang=lang)
    assert (speaker(doc, 1).name, speaker(doc, 1).role) == (name, role)


def test_a_depositions_examination_heading_is_no_place():
    # H1225h: "EXAMINATION" beside the date line read as the place; a court's occasions are occasions
    doc = read("DEPOSITION OF JOHN A. DOE\nTaken on March 3, 2023\n\nEXAMINATION\nBY MR. SMITH:\n"
               "Q. Please state your name for the record.\nA. John A. Doe.\nQ. Where do you work?\nA. At Acme.\n")
    assert doc.setting.place is None and doc.setting.date_iso == "2023-03-03"


@pytest.mark.parametrize("kicker, lang", [("EXCLUSIVE", "en"), ("Opinion", "en"), ("VIDEO", "en"), ("Politik", "de"),
                                          ("Exclusif", "fr"), ("Cronaca", "it"), ("Мнение", "ru")])
def test_a_site_section_beside_the_date_is_no_place(kicker, lang):
    # H1226h: a kicker (lexicon `menu_words`) under the date was read as the place
    doc = read(f"Minister Says Port Will Reopen\n\nMarch 3, 2023\n\n{kicker}\n\nQ: When?\n\nMINISTER: Soon.\n\n"
               "Q: Sure?\n\nMINISTER: Yes.\n", lang=lang)
    assert doc.setting.place is None


def test_a_city_alone_beside_the_date_stays_the_place():
    doc = read("Minister Says Port Will Reopen\n\nMarch 3, 2023\n\nGeneva\n\nQ: When?\n\nMINISTER: Soon.\n")
    assert doc.setting.place == "Geneva"


def test_an_event_word_in_markdown_emphasis_is_an_event_and_emphasis_of_speech_is_not():
    # E1227h: "*laughs*", "_laughter_" as podcast transcripts print stage words; "*really*" stays speech
    doc = read("Podcast\n\nANNA: So that was it. *laughs* Really *really* good.\n\nTOM: *sighs* I know.\n\n"
               "ANNA: Thank you. _laughter_\n")
    events = [(p_item.text) for t in doc.turns() for p in t.paragraphs
              for p_item in getattr(p, "content", []) if isinstance(p_item, Event)]
    assert events == ["*laughs*", "*sighs*", "_laughter_"]
    assert "*really*" in speech(doc)[0]


_BLOG_FOOTER = ("Tags: mayor, interview, city hall\nShare this:\nFacebook\nTwitter\nLike this:\nLike Loading...\n"
                "Related\nLeave a Reply Cancel reply\n"
                "Your email address will not be published. Required fields are marked *\n"
                "© 2023 City News Daily. All rights reserved.\n")


def test_a_blogs_comment_form_after_the_last_turn_is_set_apart_outside_it():
    # B1228h: WordPress's comment form and like button; with one line of it unread, the footer
    # stayed inside the last turn
    doc = read("Interview with the Mayor\n\nMAYOR: Good morning.\n\nREPORTER: Good morning, Mayor.\n\n"
               "MAYOR: Let's begin.\n\n" + _BLOG_FOOTER)
    last = doc.turns()[-1]
    assert [p.text for p in last.paragraphs] == ["Let's begin."]
    assert [b.text for b in doc.blocks if isinstance(b, Boilerplate)] == _BLOG_FOOTER.splitlines()


@pytest.mark.parametrize("first, title, venue", [
    ("The Senate Chamber Debate on Climate", "The Senate Chamber Debate on Climate", None),
    ("Hotel California Revisited with Don Henley", "Hotel California Revisited with Don Henley", None),
    ("Ed Sullivan Theater", None, "Ed Sullivan Theater"),
    ("Room 2157 Lounge, Rayburn House Office Building", None, "Room 2157 Lounge, Rayburn House Office Building"),
])
def test_a_title_case_headline_with_a_venue_word_is_the_title_of_an_untitled_page(first, title, venue):
    # H1229h: a first line of five words or more without a comma, read as a venue, is the headline
    doc = read(f"{first}\n\nHOST: Welcome.\n\nGUEST: Thanks.\n\nHOST: Let's start.\n")
    assert (doc.setting.title, doc.setting.venue) == (title, venue)


@pytest.mark.parametrize("line, place", [("Governor Roe", None), ("Minister Jane Roe", None), ("Prime Minister", None),
                                         ("Secretary of State", None), ("Fort Worth", "Fort Worth")])
def test_an_office_and_its_holder_beside_the_date_is_no_place(line, place):
    # H1260h
    doc = read(f"Port Will Reopen\n\nMarch 3, 2023\n\n{line}\n\nThank you all for coming. The port will reopen soon.\n")
    assert doc.setting.place == place


def test_a_german_authors_byline_with_the_pages_date_names_no_place_and_ends_the_headline():
    # H1212h: "Von Anna Schmidt | Aktualisiert am 3. Mai 2022" gave the place "Von Anna Schmidt"
    doc = read("Der Trainer vor dem Derby gegen den Nachbarn\nVon Anna Schmidt | Aktualisiert am 3. Mai 2022\n\n"
               "Frage: Wie geht es?\n\nAntwort: Gut.\n\nFrage: Und sonst?\n\nAntwort: Auch gut.\n", lang="de")
    assert (doc.setting.title, doc.setting.place, doc.setting.date_iso) == (
        "Der Trainer vor dem Derby gegen den Nachbarn", None, "2022-05-03")


@pytest.mark.parametrize("line, lang", [("Dienstag, 12.03.2024", "de"), ("12 mars 2024 à 10h", "fr"),
                                        ("2024-03-12T10:00:00+01:00", "en"), ("2024-3-12", "zh"),
                                        ("Tuesday 3/12/2024", "en")])
def test_date_lines_with_a_weekday_an_hour_an_iso_zone_or_unpadded_iso(line, lang):
    # D1261h
    assert date_line(line, load(lang)) == "2024-03-12"


def test_a_french_hour_alone_is_no_date():
    assert date_line("10h de retard", load("fr")) is None


def test_a_speaker_who_introduces_herself_with_her_office_is_named_after_it():
    # N1262h: "I'm Mayor Linda Park" names the MAYOR label; "I'm" is no part of the office before the name
    doc = read("Town Hall Meeting\n\nMAYOR: Good evening. I'm Mayor Linda Park. Thank you for coming.\n\n"
               "RESIDENT: When will the road be fixed?\n\nMAYOR: Next spring.\n")
    assert (speaker(doc, 0).name, speaker(doc, 0).role) == ("Linda Park", "Mayor")


def test_a_show_named_after_this_is_the_is_no_person():
    doc = read("Pod talk\n\nSPEAKER_01: This is the Pod News Weekly Review with James Cridland.\n\n"
               "SPEAKER_02: Thanks.\n\nSPEAKER_01: Bye.\n")
    assert speaker(doc, 0).name != "Pod News Weekly Review"
