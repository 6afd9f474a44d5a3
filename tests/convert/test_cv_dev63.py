"""Shapes of dev63 (rule ids 2500-2519 ending in `m`): spoken-media and hearing transcripts from
pages (a TV programme's archive, a newspaper's reprint of a radio interview, a podcast's episode
page, a post-game press conference, a committee's oral evidence, a court's hearing), on small
texts written for the test (never a corpus line); each fails without its rule."""
from __future__ import annotations

import re

from tests.convert.conftest import body as _body, tei as _tei, person as _person, persons as _persons, site_lines as _site_lines


def _title(tei: str) -> str:
    return re.search(r'<title type="main">(.*?)</title>', tei, re.S).group(1)


def _setting(tei: str) -> str:
    m = re.search(r"<settingDesc>.*?</settingDesc>", tei, re.S)
    return m.group(0) if m else ""


def _turns(tei: str) -> int:
    return _body(tei).count("<u ")


# --- R2500m, N2501m: a radio interview reprinted with its photo's caption ----------------------

REPRINT = ("| 12.1°C Galway\n\n"
           "Full transcript of Ann Roe’s interview with Ben Kay\n\n\n"
           "Minister for Ports Ann Roe leaving the studio this morning after her interview with Ben Kay \n"
           "Pic: Tom Lee\n\n"
           "Minister for Ports Ann Roe leaving the studio this morning after her interview with Ben Kay Pic: Tom Lee\n\n"
           "Below is the full transcript of Ann Roe’s interview with Ben Kay this morning.\n\n"
           "Q: Ann Roe, good morning.\n\n"
           "A: Good morning. Thanks very much.\n\n"
           "Q: Will you celebrate?\n\n"
           "A: Yeah, yeah, not doing anything special.\n")


def test_the_answer_voice_named_late_gets_the_office_printed_before_her_name():
    roe = _person(_tei(REPRINT), "roe")
    assert "<affiliation>Minister for Ports</affiliation>" in roe


def test_a_caption_without_an_office_gives_the_answer_voice_none():
    tei = _tei(REPRINT.replace("Minister for Ports Ann Roe", "Ann Roe"))
    assert "<affiliation>" not in _person(tei, "roe")


def test_a_name_and_a_wish_that_make_the_whole_question_name_no_asker():
    tei = _tei(REPRINT.replace("Q: Ann Roe, good morning.", "Q: Ann Roe, Happy Birthday."))
    assert "Happy Birthday</affiliation>" not in tei
    assert "<affiliation>Minister for Ports</affiliation>" in _person(tei, "roe")


def test_a_name_and_an_outlet_before_the_question_still_name_the_asker():
    tei = _tei("Press conference of the Harbour Minister Ann Roe\n\nANN ROE: Good morning, everyone.\n\n"
               "Q: Tom Lee, Harbour Times. Will the ferries run on time?\n\nANN ROE: They will.\n")
    assert "<affiliation>Harbour Times</affiliation>" in _person(tei, "tom-lee")


# --- L2507m "Pic:" closes a photo's caption, no speaker ------------------------------------------

def test_a_pictures_credit_after_pic_is_no_label():
    tei = _tei(REPRINT)
    assert '<note type="speaker">Pic:</note>' not in tei
    assert _turns(tei) == 4


def test_a_speaker_whose_name_opens_with_pic_stays_a_label():
    tei = _tei(REPRINT + "\nPICKETT: And good morning from the newsroom.\n")
    assert '<note type="speaker">PICKETT:</note>' in tei


# --- H2502m, N2503m, H2504m: a TV programme's archive page ------------------------------------

ARCHIVE = ("Ann Roe\n\n"
           "Ann Roe on the Harbour, Part I\n\n"
           "VTR Date: May 4, 1993\n\n"
           "Guest: Roe, Ann\n\n\n"
           "Host: Ben D. Kay\n"
           "Guest: Ann Roe\n"
           "Title: Ann Roe on the Harbour, Part I\n"
           "VTR: 5/4/1993\n\n"
           "I’m Ben Kay, your host on THE HARBOUR HOUR. Today my guest knows the harbour better "
           "than anyone, and I will begin by asking her about the ferries.\n\n"
           "ROE: That’s an interesting question. The ferries were always late.\n\n"
           "KAY: Always?\n\n"
           "ROE: Always, and everyone knew it.\n")


def test_a_field_of_the_header_block_whose_value_is_a_date_is_no_speaker():
    tei = _tei(ARCHIVE)
    assert '<note type="speaker">VTR:</note>' not in tei
    assert 'VTR: 5/4/1993</docDate>' in tei


def test_a_label_whose_speech_is_a_date_under_another_turn_stays_a_label():
    tei = _tei(ARCHIVE + "\nKAY: When was that?\n\nPOE: May 4, 1993.\n")
    assert '<note type="speaker">POE:</note>' in tei


def test_the_hosts_own_introduction_opens_his_unlabeled_turn():
    assert re.search(r'<u who="#kay"[^>]*>\s*<seg[^>]*>I’m Ben Kay, your host', _tei(ARCHIVE))


def test_two_voices_introducing_themselves_in_one_turn_give_it_to_neither():
    tei = _tei(ARCHIVE.replace("I’m Ben Kay, your host on THE HARBOUR HOUR. ",
                               "Hey, I’m Ben Kay.\n\nAnd I’m Ann Roe. "))
    assert not re.search(r'<u who="#kay"[^>]*>\s*<seg[^>]*>Hey, I’m Ben Kay', tei)


def test_the_line_a_title_field_restates_is_the_title_under_its_tag_line():
    tei = _tei(ARCHIVE)
    assert _title(tei) == "Ann Roe on the Harbour, Part I"
    assert "Ann Roe" in _site_lines(tei)
    assert '<note type="metadata">Title: Ann Roe on the Harbour, Part I</note>' in tei


def test_a_front_matters_title_over_the_heading_that_repeats_it_stays_the_title():
    tei = _tei("---\ntitle: \"Ferries and Tides\"\n---\n\n# Ferries and Tides\n\n"
               "Ann Roe: Welcome to the show.\n\nBen Kay: Thanks for having me.\n\n"
               "Ann Roe: Let us begin.\n\nBen Kay: Gladly.\n")
    assert '<note type="metadata">title: "Ferries and Tides"</note>' not in tei


# --- B2505m, B2506m, R2506m: a podcast's own episode page --------------------------------------

EPISODE = ("Guest Episode\n"
           "March 3, 2021\n\n"
           "Dr. Ann Roe: Ferries, Tides & Trust\n\n"
           "Listen or watch on your favorite platforms\n\n"
           "Dr. Ann Roe is a harbour engineer. Here we discuss ferries, tides and the trust a town "
           "puts in its timetable, and why the last boat always leaves early.\n\n"
           "Links\n\n"
           "About this Guest\n\n"
           "Dr. Ann Roe\n\n"
           "Ann Roe is a harbour engineer and the author of a book on tides.\n\n"
           "Become a Harbour Talk Premium member to access full episode transcripts & more\n\n"
           "Members also get to submit questions for our live episodes, plus access to exclusive bonus content.\n\n"
           "Become a Member\n\n"
           "or sign in to view this Transcript\n\n"
           "Ben Kay:\n\n"
           "Welcome to Harbour Talk, where we discuss the sea and everything on it.\n\n"
           "Ben Kay:\n\n"
           "I'm Ben Kay and I'm a professor of botany and zoology at Harbour University. "
           "Today my guest is Dr. Ann Roe.\n")


def test_a_paywalls_sign_in_prompt_marks_the_transcript_below_it():
    tei = _tei(EPISODE)
    assert "or sign in to view this Transcript" in _site_lines(tei)
    assert _title(tei) == "Dr. Ann Roe: Ferries, Tides &amp; Trust"
    assert '<note type="speaker">Dr. Ann Roe:</note>' not in tei and _turns(tei) == 2


def test_a_sentence_about_signing_in_inside_the_speech_stays_speech():
    tei = _tei(EPISODE + "\nBen Kay:\n\nYou can sign in to view the transcript later, I think.\n")
    assert "You can sign in to view the transcript later" not in " ".join(_site_lines(tei))


def test_a_podcast_pages_player_prompt_and_members_appeal_are_site_lines():
    sites = _site_lines(_tei(EPISODE))
    for line in ("Guest Episode", "Listen or watch on your favorite platforms",
                 "Become a Harbour Talk Premium member to access full episode transcripts &amp; more",
                 "Members also get to submit questions for our live episodes, plus access to exclusive bonus content."):
        assert line in sites
    assert "<placeName>Links</placeName>" not in _tei(EPISODE)


def test_speech_about_members_and_platforms_stays_speech():
    tei = _tei(EPISODE + "\nBen Kay:\n\nMembers also get a vote at the annual meeting of the harbour board.\n\n"
               "Ben Kay:\n\nYou can listen on your favorite platforms, they say, but the ferry has none.\n")
    sites = " ".join(_site_lines(tei))
    assert "Members also get a vote" not in sites and "You can listen" not in sites


def test_an_occupation_with_its_field_and_university_in_the_second_segment_is_the_role():
    kay = _person(_tei(EPISODE), "ben-kay")
    assert "<affiliation>professor of botany and zoology at Harbour University</affiliation>" in kay


def test_an_occupation_with_a_field_and_no_organisation_gives_no_role():
    tei = _tei(EPISODE.replace("a professor of botany and zoology at Harbour University",
                               "a fan of boats and trains at heart"))
    assert "<affiliation>" not in _person(tei, "ben-kay")


# --- L2508m, H2509m-H2514m: a court's hearing on a law database's page -------------------------

COURT = ("HarbourLII Home | Databases | Search | Feedback\n\n"
         "Harbour Court Transcripts\n\n"
         "Database Search | Name Search | Recent Documents | Help\n\n"
         "Roe Shipping Limited v Poe [2021] HCATrans 12 (3 May 2021)\n\n"
         "Last Updated: 9 May 2021\n\n"
         "[2021] HCATrans 12\n\n"
         "IN THE HARBOUR COURT\n\n\n"
         "B e t w e e n -\n\n"
         "ROE SHIPPING LIMITED (ACN 123 456 789)\n\nApplicant\n\nand\n\nTOM POE\n\nRespondent\n\n\n"
         "LEE CJ\nKAY J\nMOSS J\n\n"
         "TRANSCRIPT OF PROCEEDINGS\n\n"
         "AT PORTSMOUTH AND BY VIDEO CONNECTION\n\n"
         "ON MONDAY, 3 MAY 2021, AT 10.15 AM\n\n"
         "Copyright in the Harbour Court\n"
         "LEE CJ: Under the protocol for remote hearings, I will announce the appearances for the parties.\n\n"
         "MS A.B. ROE, KC appears with MR C.D. GRAY for the applicant.\n\n"
         "LEE CJ: Yes, Ms Roe.\n\n"
         "MS ROE: If the Court pleases. This was a case about a ferry that never came.\n\n"
         "LEE CJ: Thank you, Ms Roe. We will hear from the respondent after a short adjournment.\n")


def test_a_bench_list_over_no_speech_is_no_label():
    tei = _tei(COURT)
    assert '<note type="speaker">LEE CJ</note>' not in tei
    assert _turns(tei) == 4


def test_a_judges_name_alone_over_speech_stays_a_label():
    tei = _tei(COURT.replace("LEE CJ\nKAY J\nMOSS J\n\n", "") + "\nLEE CJ\nWe will adjourn until two o’clock.\n")
    assert '<note type="speaker">LEE CJ</note>' in tei


def test_a_cases_name_with_its_citation_is_the_title():
    assert _title(_tei(COURT)) == "Roe Shipping Limited v Poe [2021] HCATrans 12 (3 May 2021)"


def test_a_cases_name_without_a_citation_is_not_read_so():
    tei = _tei(COURT.replace(" [2021] HCATrans 12 (3 May 2021)", ""))
    assert _title(tei) != "Roe Shipping Limited v Poe"


def test_a_weekday_with_the_dates_article_is_no_place():
    assert "<placeName>ON MONDAY</placeName>" not in _tei(COURT.replace(
        "AT PORTSMOUTH AND BY VIDEO CONNECTION\n\n", ""))


def test_a_place_before_the_date_is_still_the_place():
    tei = _tei(COURT.replace("AT PORTSMOUTH AND BY VIDEO CONNECTION\n\n", "").replace(
        "ON MONDAY, 3 MAY 2021, AT 10.15 AM", "PORTSMOUTH, 3 MAY 2021"))
    assert "<placeName>PORTSMOUTH</placeName>" in tei


def test_a_courts_place_line_gives_the_place_and_the_remote_venue():
    setting = _setting(_tei(COURT))
    assert "<placeName>PORTSMOUTH</placeName>" in setting
    assert "BY VIDEO CONNECTION</name>" in setting
    assert "Copyright in the Harbour Court" not in setting


def test_a_heading_in_lower_case_after_at_names_no_place():
    tei = _tei(COURT.replace("AT PORTSMOUTH AND BY VIDEO CONNECTION", "At home with the ferries"))
    assert "<placeName>home" not in tei and "<placeName>PORTSMOUTH" not in tei


def test_a_letter_spaced_word_over_the_parties_is_no_wrapped_title():
    assert "B e t w e e n - ROE SHIPPING" not in _tei(COURT.replace(
        "Roe Shipping Limited v Poe [2021] HCATrans 12 (3 May 2021)\n\n", ""))


def test_a_title_broken_after_a_dash_still_goes_on_in_its_next_line():
    tei = _tei(COURT.replace("Roe Shipping Limited v Poe [2021] HCATrans 12 (3 May 2021)\n\n", "").replace(
        "B e t w e e n -\n\n", "Ferries and tides -\nthe long hearing\n\n"))
    assert _title(tei) == "Ferries and tides - the long hearing"


def test_a_judges_surname_and_post_nominal_are_name_and_office():
    lee = _person(_tei(COURT), "lee")
    assert "<persName>LEE</persName>" in lee and "<affiliation>CJ</affiliation>" in lee


def test_a_mixed_case_name_and_an_initial_is_no_judges_label():
    tei = _tei("Tom J: Good morning.\n\nAnn Roe: Good morning, Tom.\n\nTom J: Shall we start?\n\n"
               "Ann Roe: Yes.\n")
    assert "<affiliation>J</affiliation>" not in tei


def test_counsels_rank_after_the_name_in_the_appearance_is_the_role():
    assert "<affiliation>KC</affiliation>" in _person(_tei(COURT), "roe")


def test_a_clause_after_counsels_name_gives_no_rank():
    tei = _tei(COURT.replace("MS A.B. ROE, KC appears", "MS A.B. ROE, who appears"))
    assert "<affiliation>KC</affiliation>" not in _person(tei, "roe")


# --- H2515m-H2517m, R2518m: a committee's oral evidence ----------------------------------------

EVIDENCE = ("Official Report: Minutes of Evidence\n\n"
            "Committee for Ports, meeting on Wednesday, 7 October 2020\n\n\n"
            "Members present for all or part of the proceedings:\n\n"
            "Mr Tom Lee (Chairperson)\n"
            "Ms Ann Gray (Deputy Chairperson)\n"
            "Mr Sam Moss\n"
            "Ms Jo Hart\n\n\n"
            "Witnesses:\n\n"
            "Dr Ann Roe, The Harbour Executive\n"
            "Mr Ben Kay, The Harbour Executive\n\n\n\n"
            "Ferry Timetables: Harbour Executive Briefing\n\n"
            "The Chairperson (Mr Lee): I welcome from the Harbour Executive Ann Roe, who is director of "
            "ferry services; and Ben Kay, who is from the timetable team. Ann, I will hand over to you.\n\n"
            "Dr Ann Roe (The Harbour Executive): Thank you very much, Chair. I will keep my remarks brief.\n\n"
            "Work has been progressing on the timetables since the spring.\n")


def test_a_report_series_and_the_records_kind_are_no_title():
    assert _title(_tei(EVIDENCE)) == "Ferry Timetables: Harbour Executive Briefing"


def test_a_title_that_opens_with_the_series_name_stays_the_title():
    tei = _tei(EVIDENCE.replace("Official Report: Minutes of Evidence", "Official Report on the Ferries of the Harbour")
               .replace("Ferry Timetables: Harbour Executive Briefing\n\n", ""))
    assert _title(tei) == "Official Report on the Ferries of the Harbour"


def test_a_committees_attendance_lists_are_notes_and_bylines_not_the_title_or_venue():
    tei = _tei(EVIDENCE)
    assert '<note type="note">Members present for all or part of the proceedings:</note>' in tei
    assert '<note type="note">Mr Sam Moss</note>' in tei
    assert "<byline>Dr Ann Roe, The Harbour Executive</byline>" in tei
    assert 'type="venue"' not in _setting(tei)


def test_a_sentence_that_opens_with_an_attendance_word_is_no_list_heading():
    tei = _tei(EVIDENCE.replace("Members present for all or part of the proceedings:",
                                "Present were the harbour master and his two deputies:"))
    assert '<note type="note">Present were the harbour master and his two deputies:</note>' not in tei


def test_a_bodys_line_closed_by_its_meetings_date_is_a_dateline():
    tei = _tei(EVIDENCE)
    assert '<docDate when="2020-10-07">Committee for Ports, meeting on Wednesday, 7 October 2020</docDate>' in tei


def test_a_meeting_named_without_its_body_is_not_read_so():
    tei = _tei(EVIDENCE.replace("Committee for Ports, meeting on", "The last meeting on"))
    assert "<docDate when=\"2020-10-07\">The last meeting on" not in tei


def test_the_chairs_introduction_gives_the_role_beside_the_labels_body():
    roe = _person(_tei(EVIDENCE), "ann-roe")
    assert "<affiliation>director of ferry services</affiliation>" in roe
    assert "<affiliation>The Harbour Executive</affiliation>" in roe


def test_a_labels_body_stays_the_role_when_nothing_else_is_printed():
    tei = _tei(EVIDENCE.replace(", who is director of ferry services;", ";"))
    assert "<affiliation>The Harbour Executive</affiliation>" in _person(tei, "ann-roe")


# --- H2519m "Opening statement:" over an unlabeled press conference ----------------------------

PRESSER = ("Opening statement:\n\n"
           "\"Okay, a tough loss. We had trouble getting off the field on third down.\n\n"
           "\"We got behind early, and it was uphill after that.\n\n"
           "\"Give those guys credit.\"\n\n"
           "Sam Gray ran for two scores again. How disappointed are you for him?\n\n"
           "\"I'm disappointed for him and the rest of the guys too.\"\n\n"
           "Coach, are you worried they may lose focus this week?\n\n"
           "\"No, they love their seniors and they'll play for them.\"\n")


def test_a_press_conferences_section_heading_is_no_speech():
    tei = _tei(PRESSER)
    assert '<note type="note">Opening statement:</note>' in tei
    assert _turns(tei) == 5


def test_a_line_with_a_colon_that_names_no_section_stays_in_the_speech():
    tei = _tei(PRESSER.replace("Opening statement:", "Some thoughts on the game first:"))
    assert '<note type="note">Some thoughts on the game first:</note>' not in tei
