"""Header and person shapes read in the thirteenth round on generalisation (docs/convert-shapes.md,
sections marked head13), one small synthetic example each, written for the test (never a corpus
line): each fails without its rule."""
from __future__ import annotations

from tests.convert.conftest import read, speech


# --- H140h the words after WEBVTT on the header line are the title --------------------------------

_VTT = ("WEBVTT - Harbour Talk 12: Tides and Trade\n\n"
        "00:00:00.000 --> 00:00:02.000\n<v Ann Lee>Welcome back to the harbour.\n\n"
        "00:00:02.500 --> 00:00:04.000\n<v Bo Roe>Glad to be here.\n")


def test_the_webvtt_header_text_is_the_title():
    assert read(_VTT).setting.title == "Harbour Talk 12: Tides and Trade"


def test_a_bare_webvtt_header_gives_no_title():
    assert read(_VTT.replace(" - Harbour Talk 12: Tides and Trade", "")).setting.title is None


# --- H141h a heading that opens with the transcript word and a colon is the title ----------------

_NAMED = ("Welcome\n\n"
          "Transcript: Mayor Lee Opens the Harbour Bridge With Governor Roe\n\n"
          "Courtesy Harbour Wire\nThursday, March 4, 2021; 8:14 AM\n\n"
          "OPENING OF THE HARBOUR BRIDGE HELD IN PORTVILLE, MAINLAND\n\n"
          "MARCH 3, 2021\n\n"
          "LEE: Good morning, everyone.\n\nROE: Thank you, Mayor.\n")


def test_a_heading_that_names_its_transcript_is_the_title():
    setting = read(_NAMED).setting
    assert setting.title == "Transcript: Mayor Lee Opens the Harbour Bridge With Governor Roe"
    assert setting.date_iso == "2021-03-03"


def test_the_credit_and_the_pages_stamp_under_the_named_title_are_site_lines():
    from teikit.model import Boilerplate
    lines = [b.text for b in read(_NAMED).blocks if isinstance(b, Boilerplate)]
    assert "Courtesy Harbour Wire" in lines and "Thursday, March 4, 2021; 8:14 AM" in lines


def test_a_transcript_field_of_one_word_is_no_title():
    text = _NAMED.replace("Transcript: Mayor Lee Opens the Harbour Bridge With Governor Roe", "Transcript: edited")
    assert read(text).setting.title != "Transcript: edited"


# --- H142h a listing's row of fields cut by wide gaps: the title is its longest worded field -----

_ROW = ("Skip to main content\n\n"
        "tv   Harbour Bridge Debate  CH5  March 3, 2021 7:00pm-8:00pm EST\n\n"
        "7:00 pm\nwelcome to the debate on the new bridge tonight.\n")


def test_the_title_of_a_listing_row_is_its_longest_worded_field():
    setting = read(_ROW).setting
    assert setting.title == "Harbour Bridge Debate"
    assert setting.date_iso == "2021-03-03"


def test_a_title_with_a_double_space_and_no_date_stays_whole():
    text = _ROW.replace("  CH5  March 3, 2021 7:00pm-8:00pm EST", "  and the  Tunnel")
    assert read(text).setting.title == "tv   Harbour Bridge Debate  and the  Tunnel"


# --- H143h the date a release note announces -------------------------------------------------------

_PRINTED = ("3/9/2024 Harbour Bridge Town Hall (Full Transcript) http://viewer.example/doc 1/12 "
            "City Hall Press Office, For Immediate Release, May 04, 2011 Mayor Lee at the Harbour Town Hall\n\n"
            "Harbour Bridge Town Hall (Full Transcript)\n\n"
            "MAYOR LEE: Good afternoon and welcome.\n\nQ: When will it open?\n")


def test_the_date_after_a_release_note_beats_a_viewers_print_date():
    assert read(_PRINTED).setting.date_iso == "2011-05-04"


_RUN_ON = ("Harbour Bridge Town Hall\n\n"
           "CITY HALL Office of the Mayor For Immediate Release October 15, 2009 REMARKS BY THE MAYOR "
           "AT A TOWN HALL MEETING Harbour School Portville 1:15 P.M. Thank you all for coming tonight. "
           "I want to thank the teachers here.\n")


def test_the_release_date_in_a_record_run_into_its_first_paragraph():
    assert read(_RUN_ON).setting.date_iso == "2009-10-15"


# --- H144h a date field in a bar-separated run at the head of the text -----------------------------

_BARRED = ("《港口夜谈》 | 李明 | 王芳 | 播出时间:2019年5月6日 主持人:主持人:欢迎收看《港口夜谈》。今天我们谈谈新桥。\n\n"
           "李明:谢谢主持人。\n\n主持人:新桥什么时候通车?\n\n李明:明年。\n")


def test_a_date_field_in_a_barred_run_dates_the_text():
    assert read(_BARRED, lang="zh").setting.date_iso == "2019-05-06"


def test_a_date_in_a_barred_run_without_a_field_is_not_read():
    text = _BARRED.replace("播出时间:", "重播 ")  # a date, but no field that names it
    assert read(text, lang="zh").setting.date_iso is None


# --- H145h a company's line with its stock ticker names the issuer, not the call --------------------

_CALL = ("Image source: Harbour Daily.\n\n"
         "Harbour Bridge and Tunnel Holdings Incorporated (NYSE: HBT)\n\n"
         "Q3 2021 Earnings Call\n\n"
         "Operator\n\nGood day and welcome to the call.\n\n"
         "Ann Lee -- Chief Executive Officer\n\nThank you, operator.\n")


def test_the_calls_heading_is_the_title_not_the_issuers_line():
    assert read(_CALL).setting.title == "Q3 2021 Earnings Call"


# --- H146h a headline printed as one short sentence ------------------------------------------------

_SENTENCE = ("All posts\nMY CHOICE 01:38  /  27.12.11\n\n4843 views\n\nAnn Lee on the harbour and the bridge.\n\n+T -\n"
             "Roe:  Ann, you are a busy person these days. How do you manage it all?\n\n"
             "Lee: I do not, really.\n\nRoe: Why not?\n\nLee: There is too much to do.\n")


def test_a_short_one_sentence_headline_is_the_title_not_a_menu_link():
    assert read(_SENTENCE).setting.title == "Ann Lee on the harbour and the bridge."


def test_a_lead_of_two_sentences_is_no_title():
    text = _SENTENCE.replace("Ann Lee on the harbour and the bridge.", "Ann Lee talks. She is busy.")
    assert read(text).setting.title != "Ann Lee talks. She is busy."


# --- N140h a council's offices in Italian labels ---------------------------------------------------

_COUNCIL = ("PRESIDENTE DEL CONSIGLIO COMUNALE – Do la parola al consigliere Mario Bianchi.\n\n"
            "CONSIGLIERE BIANCHI – Grazie, presidente. Vorrei ringraziare tutti.\n\n"
            "PRESIDENTE DEL CONSIGLIO COMUNALE – Grazie a lei.\n")


def _people(doc) -> dict:
    return {p.id: (p.name, p.role) for p in doc.persons}


def test_a_councillors_label_names_the_councillor_not_an_office_holder_named_consigliere():
    people = _people(read(_COUNCIL, lang="it"))
    assert people["bianchi"] == ("Mario Bianchi", "consigliere")


def test_the_chair_of_a_town_council_is_an_office_not_a_name():
    people = _people(read(_COUNCIL, lang="it"))
    assert people["presidente-del-consiglio-comunale"] == (None, "Presidente del Consiglio Comunale")


# --- N141h an office label's fuller office in the host's introduction ------------------------------

_HOST = ("Mayor Lee and Northlandic Foreign Minister Bo Roe Before Their Meeting\n\n"
         "MAYOR LEE: Good afternoon. It is a pleasure to receive my colleague, the foreign minister of "
         "Northland, here at City Hall.\n\n"
         "FOREIGN MINISTER ROE: Thank you, Mayor. I am glad to be here.\n")


def test_the_hosts_introduction_gives_the_office_and_what_it_is_of():
    people = _people(read(_HOST))
    assert people["roe"] == ("Bo Roe", "foreign minister of Northland")


def test_an_office_two_speakers_share_takes_no_place_from_an_introduction():
    text = _HOST + "\nFOREIGN MINISTER POE: And I am glad too.\n"
    assert _people(read(text))["roe"][1] != "foreign minister of Northland"


def test_a_question_after_the_first_turn_gives_no_office():
    text = ("PRESIDENT ROE: Good morning.\n\nQ: Did the president of Southland call you?\n\n"
            "PRESIDENT ROE: No.\n")
    assert _people(read(text))["roe"][1] in (None, "President")


# --- H147h a headline that opens with its date and a colon; a link line is never the title --------

_DATED = ("Ann Lee. Harbour-notes.example\n\nWork on the radio // 2012\n\n"
          "22 April 2012: Lee with Roe and without. Guest - Bo Roe\n\n"
          "Watch and listen to the broadcast - http://radio.example/programs/879555/\n\n"
          "A.LEE: Good evening. My guest tonight is Bo Roe.\n\nB.ROE: Good evening.\n")


def test_a_headline_that_opens_with_its_date_is_the_title():
    setting = read(_DATED).setting
    assert setting.title == "22 April 2012: Lee with Roe and without. Guest - Bo Roe"
    assert setting.date_iso == "2012-04-22"


def test_a_link_line_is_never_the_title():
    text = ("22 April 2012\n\nWatch and listen to the broadcast - http://radio.example/programs/879555/\n\n"
            "A.LEE: Good evening. My guest tonight is Bo Roe.\n\nB.ROE: Good evening.\n")
    assert "http" not in (read(text).setting.title or "")


# --- H148h a document viewer's footer of counters and fields under an excerpt -----------------------

_VIEWER = ("Harbour Town Hall\n\n"
           "MAYOR LEE: Thank you all for coming. We have a lot to talk about tonight, and the first\n\n"
           "Upload: jdoe\n\nPost on 30-May-2018\n\n217 views\n\nCategory:\n\nDocuments\n\n0 download\n")


def _site_lines(doc) -> list[str]:
    from teikit.model import Boilerplate
    return [b.text for b in doc.blocks if isinstance(b, Boilerplate)]


def test_a_viewers_counters_and_fields_leave_an_excerpt_cut_mid_sentence():
    doc = read(_VIEWER)
    assert {"Upload: jdoe", "217 views", "Category:", "Documents", "0 download"} <= set(_site_lines(doc))
    assert len(doc.turns()[-1].paragraphs) == 1


def test_short_closing_lines_without_a_counter_stay_speech_after_a_cut_sentence():
    text = _VIEWER.split("Upload:")[0] + "Questions:\n\nBridges\n\nTunnels\n"
    assert "Bridges" not in _site_lines(read(text))


# --- H149h a release's end mark with its date -------------------------------------------------------

_ENDS = ("Transcript of remarks by the Harbour Master at a media session (with photos)\n\n"
         "     Following is the transcript of remarks by the Harbour Master this evening (May 4):\n\n"
         "Reporter: Will the bridge open this year?\n\n"
         "Harbour Master: Yes, it will open in the autumn.\n\n"
         "Ends/Tuesday, May 4, 2021\nIssued at HKT 19:55\n")


def test_a_releases_dated_end_mark_leaves_the_turn_and_dates_the_text():
    from teikit.model import EndLine
    doc = read(_ENDS)
    assert [b.text for b in doc.blocks if isinstance(b, EndLine)] == ["Ends/Tuesday, May 4, 2021", "Issued at HKT 19:55"]
    assert doc.setting.date_iso == "2021-05-04"


def test_an_end_mark_without_a_date_dates_nothing():
    assert read(_ENDS.replace("Ends/Tuesday, May 4, 2021\n", "END\n")).setting.date_iso is None


# --- H150h a heading that names a sitting and closes with its date -----------------------------------

_SITTING = ("Conseil Municipal du 3 mai 2021\n\n"
            "Absents représentés : Anne LEROUX (pouvoir à Marc DUPONT) - Paul MOREAU (pouvoir à Léa PETIT) - "
            "Jean MARTIN (pouvoir à Marc DUPONT)\n\n"
            "Le compte rendu du dernier conseil municipal est approuvé à l'unanimité\n\n"
            "Question de Marc DUPONT : Combien coûte le nouveau pont ?\n\n"
            "Madame le Maire : Il coûte deux millions d'euros.\n")


def test_a_sittings_heading_with_its_date_is_the_title():
    setting = read(_SITTING, lang="fr").setting
    assert setting.title == "Conseil Municipal du 3 mai 2021"
    assert setting.date_iso == "2021-05-03"


def test_a_publication_stamp_is_no_sittings_heading():
    from teikit import lexicons
    from teikit.transforms.helpers.headtitles import sitting_heading
    assert not sitting_heading("Mis à jour le 3 mai 2021", lexicons.load("fr"))
    assert sitting_heading("Séance publique du 3 mai 2021", lexicons.load("fr"))


# --- N142h a label of one letter named from the title ------------------------------------------------

_LETTERS = ("Dana Whitfield Interview: The Harbour Show Returns in May\n\n"
            "Dana Whitfield spoke with us on Monday about her show.\n\n"
            "Q: What was your favourite episode?\n\nD: The one about the old lighthouse.\n\n"
            "Q: Why?\n\nD: Because the keeper was ninety.\n")


def test_a_one_letter_label_is_the_title_name_with_that_initial():
    assert _people(read(_LETTERS))["d"][0] == "Dana Whitfield"


def test_two_given_names_joined_in_the_title_name_two_letter_labels():
    text = ("# 12 Steve & Mira - The Harbour Podcast\n\nS. : Hello, this is Steve.\n\nM. : And Mira.\n\n"
            "S. : How are you?\n\nM. : Very well.\n")
    people = _people(read(text))
    assert (people["s"][0], people["m"][0]) == ("Steve", "Mira")


def test_two_title_names_with_the_letter_name_no_one():
    text = _LETTERS.replace("Interview:", "and Dora Wells Interview:")
    assert _people(read(text))["d"][0] not in ("Dana Whitfield", "Dora Wells")


# --- N143h a printed name with a middle name the label leaves out -----------------------------------

_MIDDLE = ("HARBOUR FUTURES\n\n"
           "1 HARBOUR FUTURES TUESDAY, MAY 4, 2021 PORTVILLE MODERATOR: Ann Lee Director, Harbour Program SPEAKER: "
           "Pieter Johannes van Dijk Harbour Master Transcript by Harbour News Service\n\n"
           "ANN LEE: Welcome, everyone.\n\nPIETER VAN DIJK: Thank you, Ann.\n\nMR. VAN DIJK: Let me begin.\n")


def test_a_printed_middle_name_completes_the_label_name():
    people = _people(read(_MIDDLE))
    assert people["pieter-van-dijk"][0] == "Pieter Johannes van Dijk"


def test_two_middle_words_are_no_middle_name():
    text = _MIDDLE.replace("Pieter Johannes van Dijk", "Pieter Johannes Maria van Dijk")
    assert _people(read(text))["pieter-van-dijk"][0] != "Pieter Johannes Maria van Dijk"


# --- H151h a heading that closes on its date over a programme's form of fields ------------------------

_FORM = ("Guest of the Harbour Hour: Ann Lee. 29.04.2007\n"
         "Subject :     Ann Lee\nProgramme :     Harbour Hour\nHosts :     Bo Roe\nGuests :     Ann Lee\n\n"
         "B. ROE - Good evening. My guest is Ann Lee.\n\nA. LEE - Good evening.\n")


def test_the_dated_heading_over_a_form_is_the_title_not_its_topic_field():
    setting = read(_FORM).setting
    assert setting.title == "Guest of the Harbour Hour: Ann Lee. 29.04.2007"
    assert setting.date_iso == "2007-04-29"


def test_a_topic_field_without_a_dated_heading_stays_the_title():
    text = _FORM.replace("Guest of the Harbour Hour: Ann Lee. 29.04.2007\n", "")
    assert read(text).setting.title == "Ann Lee"


# --- H152h a headline with a venue word is no venue line ---------------------------------------------

def test_a_headline_about_the_senate_is_the_title_not_a_venue():
    text = ("Gennaio 25 2008\n\nIl Senato boccia la riforma del porto\n\n"
            "ROSSI: Signor presidente, colleghi.\n\nBIANCHI: Grazie.\n")
    setting = read(text, lang="it").setting
    assert setting.title == "Il Senato boccia la riforma del porto" and setting.venue is None


def test_a_venue_line_with_one_lower_case_word_stays_a_venue():
    text = ("Conferenza stampa del Ministro\n\nSala stampa di Palazzo Chigi\n\n"
            "ROSSI: Buongiorno.\n\nBIANCHI: Grazie.\n")
    assert read(text, lang="it").setting.venue == "Sala stampa di Palazzo Chigi"


# --- H153h the heading under a breadcrumb trail that ends with it ------------------------------------

def test_the_heading_under_a_breadcrumb_that_ends_with_it_is_the_title():
    text = ("首页 理论教育 港口记者会文字实录\n\n港口记者会文字实录\n\n时间:2022-04-02 理论教育\n\n"
            "1.港务局长就新桥答记者问(节选)\n\n2008年3月12日\n\n主持人:女士们、先生们,上午好。\n\n局长:谢谢。\n")
    assert read(text, lang="zh").setting.title == "港口记者会文字实录"


def test_one_word_before_a_heading_is_no_breadcrumb():
    from teikit.transforms.helpers.headtitles import under_breadcrumb
    from teikit.model import HeaderLine, HeaderKind
    trail, line = HeaderLine(HeaderKind.UNKNOWN, "Interview Ann Lee"), HeaderLine(HeaderKind.UNKNOWN, "Ann Lee")
    assert under_breadcrumb([trail, line], [line]) is None
    trail = HeaderLine(HeaderKind.UNKNOWN, "Home > Talks > Ann Lee")
    assert under_breadcrumb([trail, line], [line]) is line


# --- H154h a parliament record's links and member widgets ---------------------------------------------

def test_a_records_read_links_and_excerpt_widgets_are_site_lines():
    text = ("Oral Answers to Questions\n\nRead Full debate\nThursday 9th June 2016\n\nCommons Chamber\n"
            "Read Hansard Text\nAnn Lee (Portville) (Lab)\n- Hansard - - - Excerpts\n\n"
            "1. What steps is the Department taking on the harbour?\n")
    doc = read(text)
    assert {"Read Full debate", "Read Hansard Text", "- Hansard - - - Excerpts"} <= set(_site_lines(doc)) | {
        i.text for t in doc.turns() for i in t.paragraphs if not hasattr(i, "content")}
    assert doc.setting.place is None and doc.setting.venue == "Commons Chamber"


# --- N144h a day's spokesperson named with a comma and the office ------------------------------------

_NOON = ("Daily Press Briefing by the Office of the Harbour Spokesperson\n\n3 March 2021\n\n"
         "The following is a near-verbatim transcript of today's noon briefing by Ann Lee, Spokesperson "
         "for the Harbour Master.\n\nSPOKESPERSON: Good afternoon.\n\nQUESTION: Thank you, Ann.\n\n"
         "SPOKESPERSON: Yes.\n")


def test_a_spokesperson_label_gets_the_name_printed_before_the_office():
    assert _people(read(_NOON))["spokesperson"][0] == "Ann Lee"


def test_an_office_word_before_a_name_names_no_spokesperson():
    text = _NOON.replace("by Ann Lee, Spokesperson for the Harbour Master", "by the Spokesperson Ann Lee")
    assert _people(read(text))["spokesperson"][0] is None


# --- H155h a metadata form's publication field with its value on the next line -----------------------

_FORM_FIELDS = ("HARBOUR HOUR AS BROADCAST OVER THE HARBOUR RADIO NETWORK\nDocument Type:\nCollection:\n"
                "Document Creation Date:\nDecember 22, 2016\nPublication Date:\nOctober 5, 1975\nContent Type:\n"
                "OPEN SOURCE\nBody:\n\nROE: Mr. Lee, welcome.\n\nLEE: Thank you.\n\nROE: The bridge?\n\nLEE: Soon.\n")


def test_the_value_under_a_forms_publication_field_dates_the_text():
    assert read(_FORM_FIELDS).setting.date_iso == "1975-10-05"


def test_the_value_under_another_date_field_does_not():
    text = _FORM_FIELDS.replace("Publication Date:\nOctober 5, 1975\n", "")
    assert read(text).setting.date_iso != "2016-12-22"


# --- H156h a document viewer's page marker ------------------------------------------------------------

def test_a_viewers_page_marker_leaves_the_speech():
    text = ("Harbour Town Hall (Full Transcript)\n\nMAYOR LEE: Good evening, everyone. Welcome.\n\n"
            "We have a lot to discuss tonight.\n\nPage 2: Harbour Town Hall (Full Transcript)\n\n"
            "Q: When does the bridge open?\n\nMAYOR LEE: In May.\n")
    doc = read(text)
    assert "Page 2: Harbour Town Hall (Full Transcript)" in _site_lines(doc)
    assert all("Page 2" not in s for s in speech(doc))


# --- N145h the interviewer printed before the answerer with a dash ------------------------------------

_ASKED = ("Hafenjournal, 8. 10. 1980\n\nOtto Brandauer – Ilse Vantorre, Hafenausschussvorsitzende\n\n"
          "I: Frau Vantorre, wie war die Sitzung?\n\nB: Sehr gut.\n\nI: Wirklich?\n\nB: Ja.\n")


def test_the_interviewer_before_the_dash_names_the_question_voice():
    people = _people(read(_ASKED, lang="de"))
    assert people["b"][0] == "Ilse Vantorre" and people["i"][0] == "Otto Brandauer"


def test_without_the_dash_line_the_question_voice_keeps_its_label():
    text = _ASKED.replace("Otto Brandauer – Ilse Vantorre, Hafenausschussvorsitzende\n\n", "")
    assert _people(read(text, lang="de"))["i"][0] != "Otto Brandauer"


def test_a_question_letter_is_a_voice_not_an_initial():
    text = "Ilse Vantorre im Gespräch\n\nI: Frau Vantorre, wie war es?\n\nB: Gut.\n\nI: Wirklich?\n\nB: Ja.\n"
    assert _people(read(text, lang="de"))["i"][0] != "Ilse Vantorre"
