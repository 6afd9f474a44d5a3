"""Header and page shapes (docs/convert-shapes.md, H8-H17), one synthetic example each.

Every example is written for the test, not copied from a corpus file.
"""
from __future__ import annotations

import pytest

from teikit import lexicons
from teikit.model import Boilerplate, HeaderKind, HeaderLine
from tests.convert.conftest import labels, read


def kinds(doc) -> dict[str, HeaderKind]:
    return {b.text: b.kind for b in doc.blocks if isinstance(b, HeaderLine)}


def furniture(doc) -> list[str]:
    return [b.text for b in doc.blocks if isinstance(b, Boilerplate)]


TURNS = "\n\nMS. ROE: Good morning.\n\nQ: A question.\n\nMS. ROE: An answer."


# --- H8 dates with times and year-first slashes -------------------------------------------

@pytest.mark.parametrize("line, iso, lang", [
    ("2024/3/5 09:41", "2024-03-05", "zh"), ("2024.03.05", "2024-03-05", "de"),
    ("2024-03-05 09:41", "2024-03-05", "en"), ("2024-03-05T09:41:07", "2024-03-05", "en"),
    ("9:00 a.m. through 9:40 a.m., EST Friday, March 8, 2024", "2024-03-08", "en"),
    ("2024年3月5日 09:41", "2024-03-05", "zh"),
])
def test_dates_with_a_time_and_year_first(line, iso, lang):
    from teikit.transforms.helpers.dates import date_line
    assert date_line(line, lexicons.load(lang)) == iso


def test_a_time_alone_is_not_a_date():
    from teikit.transforms.helpers.dates import date_line
    assert date_line("10:30 Welcome", lexicons.load("en")) is None


# --- H9 place and date on one line; place in a title's tail ------------------------------

def test_place_and_date_on_one_line():
    doc = read("Entretien avec la ministre\n\nLyon, jeudi 7 mars 2024" + TURNS)
    assert (doc.setting.place, doc.setting.date_iso) == ("Lyon", "2024-03-07")


def test_a_weekday_or_an_occasion_is_not_a_place():
    from teikit.transforms.helpers.dates import placed_date
    lex = lexicons.load("en")
    assert placed_date("Friday, March 8, 2024", lex) is None
    doc = read("Daily Press Briefing – March 8, 2024" + TURNS)
    assert doc.setting.place is None and doc.setting.date_iso == "2024-03-08"


@pytest.mark.parametrize("title, place", [
    ("Briefing by Jane Roe, Adviser, Statistics Office, Ottawa, Ont.", "Ottawa, Ont."),
    ("Remarks by the Director, Vienna, 4 April 2023", "Vienna"),
    ("Interview with Jane Roe, Reuters, 4 April 2023", None),
    ("Secretary Smith, Foreign Minister Jones, and Minister Lee at a Press Availability", None),
])
def test_place_in_a_titles_tail(title, place):
    from teikit.transforms.helpers.titleplaces import title_tail_place
    assert title_tail_place(title, lexicons.load("en")) == place


def test_a_title_ending_in_initials_is_a_heading_not_speech():
    doc = read("Briefing by Jane Roe, Adviser, Statistics Office, Washington, D.C.\n\nMarch 8, 2024" + TURNS)
    assert doc.setting.title == "Briefing by Jane Roe, Adviser, Statistics Office, Washington, D.C."
    assert doc.setting.place == "Washington, D.C."


# --- H10 front matter values ---------------------------------------------------------------

def test_yaml_escapes_and_numeric_episode():
    doc = read('---\ntitle: "Tea with Ann\\_Lee, \\u201CLive\\u201D"\nepisode: 12\ndate: 2024-07-07\n---\n'
               + TURNS)
    assert doc.setting.title == "Tea with Ann\u00a0Lee, \u201cLive\u201d"


def test_yaml_escape_for_a_character_xml_cannot_hold_stays_printed():
    from teikit.transforms.helpers.headerlines import unquote
    assert unquote('"a\\x01b"') == "a\\x01b" and unquote("'it''s'") == "it's"


# --- H11 quoted headings, notes and lists of speakers ----------------------------------------

def test_quoted_heading_is_the_title_and_speaker_list_is_not():
    doc = read('PRESS CONFERENCE\n\n"Ministers Visit the Harbour"\n\nSPEAKERS:\n\n'
               "JANE ROE, Minister, Transport JOHN DOE, Port Director, City Port Authority\n\n"
               "[Moderated by Ann Lee, Press Officer]\n\nMarch 8, 2024" + TURNS)
    k = kinds(doc)
    assert doc.setting.title == '"Ministers Visit the Harbour"'
    assert k["JANE ROE, Minister, Transport JOHN DOE, Port Director, City Port Authority"] == HeaderKind.NOTE
    assert k["[Moderated by Ann Lee, Press Officer]"] == HeaderKind.NOTE


def test_a_line_ending_in_a_telephone_number_is_furniture():
    doc = read("Harbour Briefing\n\nCITY TRANSCRIPTS INC. (555) 123-4567\n\nMarch 8, 2024" + TURNS)
    assert "CITY TRANSCRIPTS INC. (555) 123-4567" in furniture(doc)


# --- H12 the title inside a page-title, breadcrumb or catalogue line --------------------------

@pytest.mark.parametrize("wrapper", [
    "Harbour Works Press Conference | harbour.example | Speeches",
    "ARCHIV/123: Harbour Works Press Conference (CPA)",
    "HomeNewsTranscriptsHarbour Works Press Conference",
])
def test_heading_inside_a_furniture_line_is_the_title(wrapper):
    doc = read(f"{wrapper}\n\nHarbour Works Press Conference\n\nMarch 8, 2024" + TURNS)
    assert doc.setting.title == "Harbour Works Press Conference"
    assert wrapper in furniture(doc)


def test_a_longer_title_that_goes_on_is_not_furniture():
    doc = read("Remarks by the Mayor\n\nRemarks by the Mayor and the Harbour Master at the Quay\n\n"
               "March 8, 2024" + TURNS)
    assert doc.setting.title == "Remarks by the Mayor and the Harbour Master at the Quay"


def test_heading_ending_like_a_sentence_under_the_page_title():
    head = "Interview with the minister on the harbour works (quays, cranes)."
    doc = read(f"{head} | gov.example | Speeches\n\n{head}" + TURNS)
    assert doc.setting.title == head
    assert doc.turns()[0].label == "MS. ROE:"


def test_breadcrumb_trail_with_arrows_is_furniture():
    doc = read("Portal → Archive → Press\n\nHarbour Works Press Conference\n\nMarch 8, 2024" + TURNS)
    assert "Portal → Archive → Press" in furniture(doc)


# --- H13 the heading nearest above the date --------------------------------------------------

def test_heading_nearest_above_the_date_is_the_title():
    doc = read("Speeches and Statements of the Harbour Authority Head Office Portal\n\n"
               "Press Conference by the Harbour Master\n\n8 March 2024" + TURNS)
    assert doc.setting.title == "Press Conference by the Harbour Master"


def test_dated_heading_above_the_title_gives_the_date():
    doc = read("Mitschrift der Pressekonferenz - Freitag, 8. März 2024\n\n"
               "Pressekonferenz der Hafenbehörde und der Stadt zum Ausbau des Hafens\n\n"
               "Frau Roe: Guten Morgen.\n\nFrage: Eine Frage.\n\nFrau Roe: Eine Antwort.", lang="de")
    assert doc.setting.date_iso == "2024-03-08"
    assert doc.setting.title == "Pressekonferenz der Hafenbehörde und der Stadt zum Ausbau des Hafens"
    assert kinds(doc)["Mitschrift der Pressekonferenz - Freitag, 8. März 2024"] == HeaderKind.DATE


# --- H14 occasion titles, earnings calls and companies ---------------------------------------

def test_earnings_call_title_under_the_company_name():
    doc = read("Harbourside Holdings, Inc.\n\nQ1 2024 Earnings Conference Call\n\n5/7/2024" + TURNS)
    k = kinds(doc)
    assert k["Harbourside Holdings, Inc."] == HeaderKind.SOURCE
    assert doc.setting.title == "Q1 2024 Earnings Conference Call"
    assert doc.setting.place is None and doc.setting.date_iso == "2024-05-07"


def test_date_in_an_occasion_title():
    doc = read("2024年3月5日外交部发言人主持例行记者会\n\n记者：问题。\n\n发言人：回答。")
    assert doc.setting.date_iso == "2024-03-05"


# --- H15 page furniture words ------------------------------------------------------------------

@pytest.mark.parametrize("line, lang", [
    ("Advertisement", "en"), ("[ Publicité ]", "fr"), ("Anzeige", "de"), ("Реклама", "ru"),
    ("Twitter Facebook Flickr RSS Share", "en"), ("Версия для слабовидящих", "ru"),
    ("To see this video install the Flash Player and enable JavaScript", "en"),
    ("发布时间:2024-03-05 09:41", "zh"), ("Themen: Hafen, Kräne, Kais", "de"),
])
def test_widget_and_ad_labels_are_not_title_or_speech(line, lang):
    doc = read(f"{line}\n\nHarbour Works Press Conference Of The Port Authority\n\n8 March 2024" + TURNS, lang=lang)
    assert doc.setting.title == "Harbour Works Press Conference Of The Port Authority"
    assert line in furniture(doc) or kinds(doc).get(line) == HeaderKind.NOTE


# --- H16 the labelled speaker the title names opens the text ----------------------------------

def test_unlabeled_opening_is_by_the_labelled_speaker_the_title_names():
    doc = read("2024年3月5日外交部发言人李明主持例行记者会\n\n今天我先发布一条消息。\n\n记者：问题。\n\n李明：回答。")
    opening = doc.turns()[0]
    assert opening.label is None and opening.who == doc.turns()[2].who is not None


def test_two_named_speakers_in_the_title_leave_the_opening_unattributed():
    doc = read("Press Conference by Jane Roe and John Doe\n\nGood morning to you all.\n\n"
               "ROE: Hello.\n\nDOE: Hi.\n\nQ: A question.")
    assert doc.turns()[0].who is None


# --- H17 a news dateline gives the place -------------------------------------------------------

@pytest.mark.parametrize("opening, place", [
    ("某某网上海3月5日电 外交部发言人今天主持例行记者会。", "上海"),
    ("某某網3月5日上海訊 外交部發言人今天主持例行記者會。", "上海"),
    ("GENEVA (Wire) — The minister spoke to reporters today.", "GENEVA"),
    ("OK -- so the minister spoke to reporters today.", None),
])
def test_news_dateline_gives_the_place(opening, place):
    doc = read(f"{opening}\n\n记者：问题。\n\n发言人：回答。" if "电" in opening or "訊" in opening
               else f"{opening}\n\nQ: A question.\n\nMS. ROE: An answer.")
    assert doc.setting.place == place


def test_date_under_an_authors_byline_is_the_publication_date():
    doc = read("Harbour Works Press Conference 4 March 2024\n\nBy Site Editor\n\nMarch 5, 2024" + TURNS)
    assert doc.setting.date_iso == "2024-03-04"
    doc = read("Harbour Works Press Conference\n\nBy Site Editor\n\nMarch 5, 2024" + TURNS)
    assert doc.setting.date_iso == "2024-03-05"


def test_lone_place_word_under_the_title_and_a_transcript_note():
    doc = read("Встреча с гражданами в приёмной партии\n\n1 декабря 2015 года\n\nМосква\n\nСтенограмма:\n\n"
               "Д.Иванов: Здравствуйте.\n\nВопрос: Вопрос.\n\nД.Иванов: Ответ.", lang="ru")
    assert doc.setting.place == "Москва"
    assert kinds(doc)["Стенограмма:"] == HeaderKind.NOTE
    doc = read("Harbour Works Press Conference\n\nMarch 8, 2024\n\nSpokesperson" + TURNS)
    assert doc.setting.place is None


# --- H18 captions, turn-ending site lines, widgets ---------------------------------------------

def test_caption_printed_twice_around_its_credit_is_furniture():
    caption = "The minister speaks at the opening of the harbour on Monday."
    doc = read(f"Harbour Interview\n\n{caption}\nJane Roe Agency Images\n{caption}" + TURNS)
    assert [caption, "Jane Roe Agency Images", caption] == [b for b in furniture(doc) if b != "Harbour Interview"]
    doc = read("MS. ROE: Yes.\nNo.\nYes.\n\nQ: Sure?")
    assert not furniture(doc)


def test_site_line_ending_a_turn_stands_between_the_turns():
    from lxml import etree
    from teikit import convert
    result = convert("MS. ROE: Good morning.\n\nAdvertisement\n\nQ: A question.\n\nMS. ROE: An answer.", name="t.txt")
    root = etree.fromstring(result.tei)
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    assert not root.xpath("//t:u//t:gap", namespaces=ns)
    assert root.xpath("//t:body//t:gap[@reason='editorial']/t:desc/text()", namespaces=ns) == ["Advertisement"]


@pytest.mark.parametrize("line", [
    "Transcribe Your Own Content", "Read the full transcript here.", "This page has been proofread.",
    "IBAN: DE12 3456 7890 1234 5678 90", "Page 12 PREV PAGE TOP OF DOC Segment 2 Of 9",
])
def test_widget_lines_inside_the_text_are_furniture(line):
    doc = read(f"MS. ROE: Good morning.\n\n{line}\n\nQ: A question.\n\nMS. ROE: An answer.")
    assert line in furniture(doc)


# --- H19 a heading over the first turn that ends like a sentence --------------------------------

@pytest.mark.parametrize("heading", [
    "INTERPELLATION OF THE GREEN GROUP ON THE HARBOUR WORKS AND THE NEW QUAYS.",
    "Rencontre du ministre avec la presse à l'aéroport de Lyon, vendredi 8 mars 2024.",
])
def test_heading_over_the_first_turn_ending_with_a_full_stop(heading):
    doc = read(f"{heading}\n\nMS. ROE: Good morning.\n\nQ: A question.\n\nMS. ROE: An answer.")
    assert doc.setting.title == heading
    assert doc.turns()[0].label == "MS. ROE:"


def test_an_opening_sentence_over_the_first_turn_stays_speech():
    doc = read("Good morning, everyone, and thank you for coming.\n\nQ: A question.\n\nMS. ROE: An answer.")
    assert doc.turns()[0].label is None


def test_date_with_a_delivery_note_is_a_date_line():
    doc = read("Discours du ministre\n\n8 mars 2024 - Seul le prononcé fait foi\n\n"
               "M. ROE.- Bonjour.\n\nQUESTION.- Une question ?\n\nM. ROE.- Une réponse.", lang="fr")
    assert doc.setting.date_iso == "2024-03-08"


# --- H20 more title shapes ---------------------------------------------------------------------

def test_ideographic_title_broken_before_its_occasion():
    doc = read("2024年3月5日外交部发言人李明\n\n主持例行记者会\n\nRegular Press Conference on March 5, 2024\n\n"
               "记者：问题。\n\n李明：回答。")
    assert doc.setting.title == "2024年3月5日外交部发言人李明 主持例行记者会"


def test_line_in_parentheses_is_a_note_not_the_title():
    doc = read("Oral Questions to the Harbour Minister\n\n(Extracts of the longer debate only)\n\n"
               "Thursday 7th March 2024" + TURNS)
    assert doc.setting.title == "Oral Questions to the Harbour Minister"
    assert kinds(doc)["(Extracts of the longer debate only)"] == HeaderKind.NOTE


def test_the_one_short_heading_first_in_the_page_is_the_title():
    doc = read("Questions orales\n\nM. Roe.  - Bonjour.\n\nM. Doe.  - Bonsoir.\n\nM. Roe.  - Merci.", lang="fr")
    assert doc.setting.title == "Questions orales"


@pytest.mark.parametrize("line, lang", [
    ("Komplettes Wortprotokoll vom 8. März 2024:", "de"), ("Full transcript of the briefing:", "en"),
    ("La transcription intégrale :", "fr"),
])
def test_line_announcing_the_transcript_is_a_header_note(line, lang):
    doc = read(f"Harbour Works Press Conference Of The Port Authority\n\n{line}" + TURNS, lang=lang)
    assert kinds(doc)[line] == HeaderKind.NOTE
    assert doc.turns()[0].label == "MS. ROE:"


# --- H21 a record's header run into its first paragraph ----------------------------------------

def test_weekday_date_and_place_in_a_run_in_record_header():
    doc = read("HARBOUR COMMITTEE, CITY COUNCIL INTERVIEW OF: JANE ROE Friday, March 8, 2024 Springfield, Ill. "
               "The interview was held in Room 4. Mr. Doe. Good morning. Ms. Roe. Good morning.")
    assert (doc.setting.date_iso, doc.setting.place) == ("2024-03-08", "Springfield, Ill.")


def test_a_date_spoken_about_in_the_opening_is_not_the_date():
    doc = read("We met on March 8, 2024 to discuss the harbour.\n\nQ: A question.\n\nMS. ROE: An answer.")
    assert doc.setting.date_iso is None


def test_a_row_of_links_under_closing_site_lines_is_furniture():
    row = "Harbour Authority City Council Port Museum Ministry of Transport"
    doc = read(f"MS. ROE: Good morning.\n\nQ: A question.\n\nMS. ROE: An answer.\n\nBookmark and Share\n{row}")
    assert row in furniture(doc)
    doc = read("MS. ROE: Good morning.\n\nQ: A question.\n\nMS. ROE: An answer.\n\nThank you all very much indeed")
    assert not furniture(doc)


# --- H: a heading between speeches that names the next speaker --------------------------

def _persons(doc) -> dict[str, tuple]:
    return {p.id: (p.name, p.role) for p in doc.persons}


@pytest.mark.parametrize("heading, lang, name, role", [
    ("Opening Statement by Governor Mia Holt", "en", "Mia Holt", "Governor"),
    ("Remarks by the Secretary-General", "en", None, "Secretary-General"),
    ("Intervention de Mme Claire Roux", "fr", "Claire Roux", ""),
    ("Rede von Bundeskanzler Otto Brandt", "de", "Otto Brandt", "Bundeskanzler"),
])
def test_a_heading_that_names_a_speaker_opens_an_unlabeled_turn(heading, lang, name, role):
    from teikit.model import Heading, Turn
    text = ("Weekly Session Record\n\nMODERATOR: Welcome, everyone. We start with the first speaker.\n\n"
            f"{heading}\n\nThank you. I am glad to be here today.\n\nWe have much to do.")
    doc = read(text, lang=lang)
    blocks = [b for b in doc.blocks if isinstance(b, (Turn, Heading))]
    assert [type(b).__name__ for b in blocks] == ["Turn", "Heading", "Turn"]
    assert blocks[1].text == heading
    opening, statement = blocks[0], blocks[2]
    assert len(opening.paragraphs) == 1 and statement.label is None and len(statement.paragraphs) == 2
    assert statement.who is not None and _persons(doc)[statement.who] == (name, role or None)


def test_a_speech_heading_at_the_top_stays_the_title():
    doc = read("Statement by Governor Mia Holt\n\nMODERATOR: Welcome.\n\nGOVERNOR HOLT: Thank you.")
    assert kinds(doc)["Statement by Governor Mia Holt"] == HeaderKind.TITLE


def test_a_sentence_that_opens_like_a_heading_stays_speech():
    from teikit.model import Turn
    doc = read("MODERATOR: Welcome, everyone.\n\nA statement by Governor Mia Holt follows.\n\nThank you.")
    assert len([b for b in doc.blocks if isinstance(b, Turn)]) == 1


# --- H: a name and an office joined by an underscore on a line of its own -----------------

def test_a_name_office_line_before_speech_is_its_label_not_a_place():
    from teikit.model import Turn
    doc = read("Sesión plenaria del Senado\n\n12.3.2021\n\nSenado de la República\n\n"
               "LUCIA MORALES_MINISTRA DE CULTURA\nSeñor presidente,\nGracias por la palabra.", lang="es")
    assert "LUCIA MORALES_MINISTRA DE CULTURA" not in kinds(doc)
    turn = next(b for b in doc.blocks if isinstance(b, Turn))
    assert turn.label == "LUCIA MORALES_MINISTRA DE CULTURA"
    assert _persons(doc)[turn.who] == ("Lucia Morales", "Ministra de Cultura")


@pytest.mark.parametrize("line", ["Plaza_Mayor", "LUCIA MORALES_2021", "snake_case_name", "CASA DE CAMPO_NORTE"])
def test_other_underscore_lines_are_no_label(line):
    from teikit.transforms.helpers.headerlines import name_office_label
    assert not name_office_label(line, lexicons.load("es"))


@pytest.mark.parametrize("text", ["3 May 2021 - Check against delivery", "May 3, 2021", "31 February 2021, 2 March 2021",
                                  "Issued 3 May 2021", "No date here", "2021-02-30 then 2021-03-01", ""])
def test_a_date_at_the_start_is_the_first_date_found_there(text):
    """`date_at_start` (the header's quick test) answers as `find_date` does for a date at 0."""
    from teikit.transforms.helpers.dates import date_at_start, find_date
    lex = lexicons.load("en")
    found = find_date(text, lex)
    expected = (found[1], found[2]) if found and found[0] == 0 else None
    assert date_at_start(text, lex) == expected


# --- H20 paragraphs before the first turn that are written about the event ----------------

@pytest.mark.parametrize("lead, kind, lang", [
    ("某某网上海3月5日电 (记者 张三)外交部发言人李四5日主持例行记者会。", HeaderKind.DATELINE, "zh"),
    ("3月5日下午3时，市政府在新闻中心举行新闻发布会。发言人李四回答了记者提问。", HeaderKind.SUMMARY, "zh"),
    ("May 3, 2024 - The harbour board held a press conference on the new quay.", HeaderKind.SUMMARY, "en"),
    ("(Die Übersetzung der englischen Teile folgt der Simultandolmetschung.)", HeaderKind.NOTE, "de"),
    ("VORS. MÜLLER eröffnet die Sitzung und begrüßt die Gäste.", HeaderKind.NOTE, "de"),
    ("ANNA ROSSI, Segretaria, legge il verbale della seduta precedente.", HeaderKind.NOTE, "it"),
    ("La seduta comincia alle 10,05.", HeaderKind.NOTE, "it"),
    ("La séance est ouverte à quinze heures.", HeaderKind.NOTE, "fr"),
    ("The sitting was suspended at 4 p.m.", HeaderKind.NOTE, "en"),
    ("Sulle comunicazioni del Governo (ore 10,10).", HeaderKind.NOTE, "it"),
    ("(Harbour talks go on) (450) The board and the city have agreed to go on with their harbour talks for "
     "a fourth year, the mayor told reporters as she and the board ended a meeting on the quay. The mayor "
     "also was asked about the new ferry. The ferry is \"something that needs to be explored,\" she said. "
     "Following is the city hall transcript: (begin transcript) CITY HALL", HeaderKind.NOTE, "en"),
])
def test_a_lead_written_about_the_event_is_not_an_opening_speech(lead, kind, lang):
    doc = read(f"Title of the page\n\n{lead}\n\nMS. ROE: Good morning.\n\nQ: A question.\n\nMS. ROE: An answer.",
               lang=lang)
    assert kinds(doc).get(lead) == kind
    assert labels(doc) == ["MS. ROE:", "Q:", "MS. ROE:"]


@pytest.mark.parametrize("opening", [
    "Good morning. I am glad to see you all here today.",
    "MR. PRESIDENT: we thank you.",  # a label, not a stage line
    "(Laughter.) Thank you all for coming.",
    "On behalf of the board, thank you for coming to this press conference.",
])
def test_an_opening_that_is_spoken_stays_an_unlabeled_turn(opening):
    doc = read(f"Title of the page\n\n{opening}\n\nQ: A question.\n\nMS. ROE: An answer.")
    assert labels(doc)[-2:] == ["Q:", "MS. ROE:"]
    assert opening not in kinds(doc)


def test_stage_lines_need_a_name_in_capitals_then_a_lower_case_verb():
    from teikit.transforms.helpers.stagelines import stage_line
    assert stage_line("VORS. MÜLLER eröffnet die Sitzung.")
    assert stage_line("ANNA ROSSI, Segretaria, legge il verbale.")
    assert not stage_line("NATO is meeting today.")            # one word in capitals
    assert not stage_line("MS. ROE: thank you.")                # a label's separator
    assert not stage_line("Anna Rossi legge il verbale.")       # not in capitals
    assert not stage_line("中国 外交部 发言人")                   # no case at all


def test_a_headline_in_ideographs_with_a_colon_is_the_title_not_a_turn():
    doc = read("2024/3/5 09:41\n中方：某某方面应认真对待各方的正当诉求\n记者：请问发言人对此有何评论？\n"
               "李四：我们注意到有关报道。\n记者：还有一个问题。\n李四：谢谢。", lang="zh")
    assert labels(doc) == ["记者：", "李四：", "记者：", "李四："]
    assert doc.setting.title == "中方：某某方面应认真对待各方的正当诉求"
    assert doc.setting.place is None


def test_a_long_site_line_before_the_first_turn_is_furniture():
    promo = ("Try Acme for free and save time transcribing. Transcribe or caption speeches, interviews, "
             "meetings, town halls, phone calls, and more, with the most accurate service in the world.")
    doc = read(f"Harbour Board Briefing Transcript\n\n{promo}\n\nAnn Lee: (00:00)\nGood morning.\n\n"
               "Tom Poe: (00:10)\nThank you.")
    assert promo in furniture(doc)
    assert labels(doc) == ["Ann Lee: (00:00)", "Tom Poe: (00:10)"]


def test_short_lines_over_the_first_turn_are_page_furniture_not_an_opening_speech():
    doc = read("join us now!\n\nMaria\n\n34 years, Libra, likes long walks by the harbour\n\nHARBOUR BLOG\n\n"
               "Interview of the Harbour Master with the City Radio\n\n"
               "HARBOUR MASTER – We reopen the quay next year.\n\nRADIO – Why so late?\n\nHARBOUR MASTER – The weather.")
    assert labels(doc) == ["HARBOUR MASTER –", "RADIO –", "HARBOUR MASTER –"]
    assert {"join us now!", "Maria", "HARBOUR BLOG"} <= set(furniture(doc))
    assert doc.setting.title == "Interview of the Harbour Master with the City Radio"
    doc = read("Title of the page\n\nGood morning.\n\nThank you.\n\nWelcome.\n\nQ: A question.\n\nMS. ROE: An answer.")
    assert labels(doc) == [None, "Q:", "MS. ROE:"]


def test_a_metadata_field_before_the_first_turn_is_not_speech():
    doc = read("Entretien avec Ann Lee\n\nPersonnalité, fonction : LEE Ann.\n\nQUESTION : Bonjour.\n\nANN LEE : Bonjour.",
               lang="fr")
    assert kinds(doc).get("Personnalité, fonction : LEE Ann.") == HeaderKind.METADATA
    assert labels(doc) == ["QUESTION :", "ANN LEE :"]


# --- H5b dates with an article before them or a weekday after them ---------------------------

@pytest.mark.parametrize("line, iso, lang", [
    ("Le 12 mars 2024", "2024-03-12", "fr"), ("Am 12. März 2024", "2024-03-12", "de"),
    ("El 12 de marzo de 2024", "2024-03-12", "es"), ("Il 12 marzo 2024", "2024-03-12", "it"),
    ("l'11 marzo 2024", "2024-03-11", "it"), ("от 12 марта 2024 г.", "2024-03-12", "ru"),
    ("On March 12, 2024", "2024-03-12", "en"), ("2024年3月12日 星期二", "2024-03-12", "zh"),
])
def test_a_date_with_an_article_or_a_trailing_weekday_is_a_date_line(line, iso, lang):
    from teikit.transforms.helpers.dates import date_line
    assert date_line(line, lexicons.load(lang)) == iso


def test_place_then_a_date_with_its_article():
    from teikit.transforms.helpers.dates import placed_date
    assert placed_date("Paris, le 12 mars 2024", lexicons.load("fr")) == ("Paris", "2024-03-12")
    assert placed_date("Le Havre, le 12 mars 2024", lexicons.load("fr")) == ("Le Havre", "2024-03-12")


def test_the_lead_of_a_dashed_interview_is_not_a_turn():
    doc = read("Entretien avec la ministre\n\nLe 12 mars 2024\n\n"
               "La ministre a répondu aux questions de notre journal sur le port.\n\n"
               "- Madame la ministre, quand le port ouvrira-t-il ?\n\n- L'année prochaine.\n\n"
               "- Et le financement ?\n\n- Il est assuré.", lang="fr")
    assert kinds(doc).get("La ministre a répondu aux questions de notre journal sur le port.") == HeaderKind.SUMMARY
    assert len(doc.turns()) == 4
    assert doc.setting.date_iso == "2024-03-12"


@pytest.mark.parametrize("line, place, lang", [
    ("mardi 12 mars 2024 - Lyon", "Lyon", "fr"), ("12 марта 2024 года, Москва, Кремль", "Москва, Кремль", "ru"),
    ("2024年3月12日，北京", "北京", "zh"), ("12 March 2024, Geneva", "Geneva", "en"),
    ("12 March 2024 - The Minister", None, "en"), ("12 March 2024, 10:00", None, "en"),
])
def test_a_date_then_its_place(line, place, lang):
    from teikit.transforms.helpers.dates import placed_date
    found = placed_date(line, lexicons.load(lang))
    assert (found[0] if found else None) == place
    if place:
        doc = read(f"Press conference on the harbour\n\n{line}" + TURNS, lang=lang)
        assert (doc.setting.place, doc.setting.date_iso) == (place, "2024-03-12")


def test_a_publication_date_gives_way_to_the_event_date():
    from teikit.transforms.helpers.dates import date_line
    assert date_line("Stand: 12.03.2024", lexicons.load("de")) == "2024-03-12"
    doc = read("Harbour press conference on 12 March 2024\n\nPosted on March 13, 2024" + TURNS)
    assert doc.setting.date_iso == "2024-03-12"
    doc = read("Harbour press conference\n\nPosted on March 13, 2024" + TURNS)
    assert doc.setting.date_iso == "2024-03-13"  # the only date printed


def test_in_a_dashed_interview_the_questions_are_not_the_interviewees():
    doc = read("Interview with Harbour Master Ann Roe\n\nMarch 12, 2024\n\n"
               "The harbour master spoke to us about the new quay and the budget.\n\n"
               "– When will the quay open?\n\n– Next year. The main works are done.\n\n– And the money?\n\n– It is there.")
    whos = [t.who for t in doc.turns()]
    assert whos[0] is None and whos[2] is None
    assert whos[1] is not None and whos[1] == whos[3]
