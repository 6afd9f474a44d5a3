"""Shapes read on dev29 (rule ids 860-889 ending in `d`): small synthetic variants written for
the test (other words, other languages; never a corpus line), each positive one failing without
its rule."""
from __future__ import annotations

import pytest

from teikit.lexicons import load
from teikit.model import Boilerplate, Note
from teikit.transforms.helpers.page import is_strong
from tests.convert.conftest import labels, read, speaker

# --- L860d a speaker label in HTML bold tags ------------------------------------------------------


@pytest.mark.parametrize("first, second", [
    ("<strong>Ann Lee</strong>:", "<strong>Tom Roe</strong>:"),
    ("<b>Ann Lee:</b>", "<b>Tom Roe:</b>"),
    ("<strong>Ann Lee:</strong>", "<strong>Tom Roe:</strong>"),
    ("*<strong>Ann Lee</strong>:*", "*<strong>Tom Roe</strong>:*"),
    ("_<strong>Ann Lee</strong>:_", "<strong>Tom Roe</strong>:"),
    ("<p><strong>Ann Lee:</strong>", "<p><strong>Tom Roe:</strong>"),
])
def test_a_bold_tagged_label_is_the_name_and_its_tags_are_markup(first, second):
    doc = read(f"{first} Welcome to the show, Tom.\n\n{second} Thanks, Ann, glad to be here.\n\n"
               f"{first} What brings you here?\n\n{second} The boats, as always.\n", lang="en")
    assert [t.name for t in doc.turns()] == ["Ann Lee", "Tom Roe"] * 2
    assert all("<" not in t.label for t in doc.turns())
    assert all(n.type == "markup" for t in doc.turns() for n in t.lead_notes)


def test_the_tags_are_kept_as_markup_notes_around_the_label():
    doc = read("_<strong>Revue</strong>: Wie war die Reise?_\n\n<strong>Weber</strong>: Lang.\n\n"
               "_<strong>Revue</strong>: Und jetzt?_\n\n<strong>Weber</strong>: Ruhe.\n", lang="de")
    before = [b.text for b in doc.blocks if isinstance(b, Note)]
    assert before == ["_<strong>", "<strong>", "_<strong>", "<strong>"]
    assert [t.lead_notes[0].text for t in doc.turns()] == ["</strong>:"] * 4


def test_an_opening_tag_alone_over_the_name_is_one_label_and_a_tag_paragraph_is_no_speech():
    doc = read("_<strong>\nRevue</strong>: Wie war die Reise?_\n\n<strong>Weber</strong>: Lang.\n\n</strong>_\n\n"
               "Und kalt.\n\n_<strong>Revue</strong>: Und jetzt?_\n\n<strong>Weber</strong>: Ruhe.\n", lang="de")
    assert labels(doc) == ["Revue", "Weber"] * 2
    answer = doc.turns()[1].paragraphs
    assert [p.content[0].type for p in answer if isinstance(p.content[0], Note)] == ["markup"]


def test_a_bold_phrase_printed_once_is_no_label():
    doc = read("Ann Lee: Hello there.\n\nTom Roe: Hi.\n\n<b>Important</b>: read the manual first.\n\n"
               "Ann Lee: Sure.\n\nTom Roe: Fine.\n", lang="en")
    assert labels(doc) == ["Ann Lee:", "Tom Roe:"] * 2


# --- B861d a CMS marker or embed shortcode alone on its line -------------------------------------


@pytest.mark.parametrize("line", ["<!--more-->", "<!-- wp:paragraph -->", "[youtube]EYaWjXM5afY[/youtube]",
                                  "[embed]https://youtu.be/abc[/embed]", '[audio mp3="talk.mp3"][/audio]'])
def test_cms_markers_and_embeds_are_site_lines(line):
    assert is_strong(line, load("de"))


@pytest.mark.parametrize("line", ["[Video] Das ist ein Satz.", "<!-- x --> Hallo Welt, wie geht es?", "[Applaus]"])
def test_brackets_with_words_are_no_cms_lines(line):
    assert not is_strong(line, load("de"))


def test_a_teaser_break_inside_an_answer_leaves_its_paragraphs():
    doc = read("FRAGE: Wie war die Reise?\n\nWEBER: Lang.\n\n<!--more-->\n\nUnd kalt.\n\nFRAGE: Und jetzt?\n\n"
               "WEBER: Ruhe.\n", lang="de")
    assert [p.text for p in doc.turns()[1].paragraphs if not isinstance(p, Boilerplate)] == ["Lang.", "Und kalt."]


# --- B862d a repost note ---------------------------------------------------------------------------


@pytest.mark.parametrize("lang, line", [
    ("de", "Dieses Interview erscheint auch auf Tichys Einblick."),
    ("de", "Das Gespräch erschien zuerst in der Wochenzeitung."),
    ("en", "This interview also appears in The Harbour Review."),
    ("fr", "Cet entretien est également paru dans Le Port."),
    ("es", "Esta entrevista fue publicada originalmente en El Puerto."),
    ("it", "Questa intervista è stata pubblicata anche su Il Porto."),
])
def test_a_repost_note_is_a_site_line(lang, line):
    assert is_strong(line, load(lang))


@pytest.mark.parametrize("line", ["The interview also appeared on the radio, and I think it went well.",
                                  "This interview appeared in the paper, and they cut it."])
def test_speech_about_where_an_interview_ran_is_no_repost_note(line):
    assert not is_strong(line, load("en"))


# --- B863d a site's appeal to its readers after the last answer ------------------------------------


@pytest.mark.parametrize("lang, text", [
    ("de", "FRAGE: Wie war die Reise?\n\nWEBER: Lang und kalt.\n\n_Liebe Leser der Revue: Wir leben von Ihren "
           "Beiträgen._\n\n_Danke._\n"),
    ("en", "Q: How was the trip?\n\nROE: Long and cold.\n\nDear readers, this magazine lives on your support.\n\n"
           "Thank you.\n"),
    ("fr", "QUESTION : Le voyage ?\n\nROE : Long et froid.\n\nChers lecteurs, ce journal vit de vos dons.\n\nMerci.\n"),
])
def test_an_appeal_to_the_readers_ends_the_speech(lang, text):
    doc = read(text, lang=lang)
    assert len(doc.turns()[-1].paragraphs) == 1
    assert len([b for b in doc.blocks if isinstance(b, Boilerplate)]) == 2


def test_an_address_to_the_readers_in_the_first_paragraph_stays_speech():
    doc = read("Q: How was the trip?\n\nROE: Dear readers, it was long.\n\nAnd cold.\n", lang="en")
    assert [p.text for p in doc.turns()[-1].paragraphs] == ["Dear readers, it was long.", "And cold."]


# --- H865d a front-matter title in emphasis tags -----------------------------------------------------


@pytest.mark.parametrize("lang, title", [("de", "<i>Die lange Reise</i>"), ("en", "<em>The Long Trip</em>"),
                                         ("fr", "<strong>Le long voyage</strong>")])
def test_a_front_matter_title_in_tags_is_the_title(lang, title):
    doc = read(f'---\ntitle: "{title}"\ndate: 2020-09-30\n---\n\nQ: How was it?\n\nROE: Long.\n', lang=lang)
    assert doc.setting.title == title.split(">")[1].split("<")[0]


# --- L866d a member's name, party and state alone on the line; H867d a PDF's running head ---------


@pytest.mark.parametrize("first, second", [("Sen. Ann Roe (R-Utah)", "Rep. Tom Poe (D-N.J.)"),
                                           ("SEN. ANN ROE (I-VT.)", "Senator Tom Poe (D-New York)")])
def test_a_member_with_party_and_state_alone_is_a_label_printed_once(first, second):
    doc = read(f"Harbour Hearing\n{first}\nWe call this hearing to order and welcome\nour witnesses today.\n"
               f"{second}\nThank you, I am glad to be here today.\n", lang="en")
    assert labels(doc) == [first, second]


def test_a_name_with_a_place_in_brackets_printed_once_is_no_such_label():
    doc = read("Harbour Hearing\nAnn Roe (Harbour Board)\nWe call this hearing to order and welcome\nour witnesses.\n",
               lang="en")
    assert labels(doc) == [None]


def test_a_running_head_inside_sentences_is_no_transcript_heading():
    doc = read("Sen. Ann Roe (R-Utah)\nWe call this hearing to order and\nTranscript\nwelcome our witnesses.\n"
               "Rep. Tom Poe (D-N.J.)\nThank you, I am glad\nTranscript\nto be here today.\n", lang="en")
    assert labels(doc) == ["Sen. Ann Roe (R-Utah)", "Rep. Tom Poe (D-N.J.)"]


def test_a_transcript_heading_printed_once_still_marks_the_header():
    doc = read("Harbour Podcast\nEpisode 12\nTranscript\n\nANN: Welcome back.\n\nTOM: Thanks.\n", lang="en")
    assert labels(doc) == ["ANN:", "TOM:"]


# --- T868d a presenter's cue to a reporter's package ---------------------------------------------

_PACKAGE = {"fr": "Sur le quai, les dockers attendent depuis ce matin une réponse de la direction du port.",
            "en": "On the quay, the dockers have been waiting since this morning for an answer from the port."}


@pytest.mark.parametrize("lang, cue", [("fr", "La grève continue. Reportage, Marie Dupont."),
                                       ("fr", "La grève continue. À Marseille, Marie Dupont."),
                                       ("fr", "La grève continue. Marie Dupont"),
                                       ("en", "The strike goes on. From Marseille, Marie Dupont.")])
def test_a_cue_ending_the_presenters_line_opens_the_reporters_turn(lang, cue):
    doc = read(f"ANN : Bonsoir. {cue}\n\n{_PACKAGE[lang]}\n\nTOM : Merci. C'est la fin.\n", lang=lang)
    assert labels(doc) == ["ANN :", None, "TOM :"]
    assert speaker(doc, 1).name == "Marie Dupont"


@pytest.mark.parametrize("cue", ["All right. Happy Tuesday.", "This is the show. I am Marie Dupont.",
                                 "The pilot was James oh, boy. James Sherbeneau."])
def test_a_name_ending_a_sentence_of_speech_is_no_cue(cue):
    doc = read(f"ANN: Hello. {cue}\n\n{_PACKAGE['en']}\n\nTOM: Thanks. That is all.\n", lang="en")
    assert labels(doc) == ["ANN:", "TOM:"]


# --- L869d an honorary doctorate; E870d an event and its group; L871d a column break -------------


def test_an_honorary_doctorate_in_a_label_is_an_honorific():
    doc = read("Präsident Dr. h.c. Hans Roe:\n\nDas Wort hat Frau Poe.\n\nAnna Poe (SPD):\n\nDanke.\n\n"
               "Präsident Dr. h.c. Hans Roe:\n\nVielen Dank.\n", lang="de")
    assert [speaker(doc, k).name for k in range(3)] == ["Hans Roe", "Anna Poe", "Hans Roe"]


@pytest.mark.parametrize("marker", ["(Beifall Freie Demokraten)", "(Beifall CDU und BÜNDNIS 90/DIE GRÜNEN)",
                                    "(Heiterkeit SPD)"])
def test_an_event_and_its_group_without_preposition_is_an_event(marker):
    from teikit.transforms.events import classify
    assert classify(marker, load("de")) is not None


@pytest.mark.parametrize("marker", ["(Beifall für die neue Idee)", "(Beifall aller Art)"])
def test_an_event_word_before_lower_case_words_is_no_group_event(marker):
    from teikit.transforms.events import classify
    assert classify(marker, load("de")) is None


_RECORD = ("ANNA POE:\n\nWir beraten heute das Gesetz.\nEs ist wichtig.\n\nDas ist kein\nguter\n\n"
           "Vorwurf an die Ministerin.\nSie hat recht.\n\nWir stimmen zu.\nDanke.\n\nHANS ROE:\n\nDanke.\n")


def test_a_column_break_inside_a_sentence_keeps_the_paragraph():
    assert len(read(_RECORD, lang="de").turns()[0].paragraphs) == 3


def test_an_unpunctuated_transcript_keeps_its_paragraphs():
    text = _RECORD.replace(".\n", "\n")
    assert "Das ist kein guter" in [p.text for p in read(text, lang="de").turns()[0].paragraphs]


# --- N872d a German noun after its article is a role, no given name ------------------------------


def test_a_german_noun_after_its_article_is_the_role():
    doc = read("Der Hafenmeister Karl Weber über den neuen Kai\n\nFRAGE: Wann öffnet der Kai?\n\n"
               "Weber: Im Mai, wenn alles gut geht.\n\nFRAGE: Und dann?\n\nWeber: Dann feiern wir.\n", lang="de")
    assert (speaker(doc, 1).name, speaker(doc, 1).role) == ("Karl Weber", "Hafenmeister")


def test_an_english_given_name_after_the_article_stays_a_given_name():
    doc = read("Papers of the John F. Kennedy Library\n\nKENNEDY: Thank you all.\n\nQ: Senator?\n\n"
               "KENNEDY: Yes.\n", lang="en")
    assert speaker(doc, 0).name == "John F. Kennedy"


# --- E873d an event in angle brackets ---------------------------------------------------------------


@pytest.mark.parametrize("marker", ["<chuckles>", "<laughs>", "<inaudible 00:01:02>", "<crosstalk>"])
def test_an_event_in_angle_brackets_is_an_event(marker):
    from teikit.model import Event
    doc = read(f"Q: What happened?\n\nA: A long story, so {marker} the answer is long.\n", lang="en")
    assert [i.text for i in doc.turns()[1].paragraphs[0].content if isinstance(i, Event)] == [marker]


@pytest.mark.parametrize("tag", ["<b>", "<strong>", '<a href="x">', "<br/>"])
def test_an_html_tag_is_no_event(tag):
    from teikit.model import Event
    doc = read(f"Q: What happened?\n\nA: A long story, so {tag} the answer is long.\n", lang="en")
    assert not any(isinstance(i, Event) for i in doc.turns()[1].paragraphs[0].content)


# --- H874d heading marks; D875d a bold field; H876d a folded title; D877d a dated key ---------------


@pytest.mark.parametrize("date_line", ["**Date:** 2025-07-23", "**Date**: 2025-07-23", "__Date:__ 2025-07-23"])
def test_a_markdown_heading_title_and_a_bold_date_field(date_line):
    doc = read(f"# Harbour Q2 2025 Earnings Call Transcript\n\n{date_line}\n**Company:** HBR\n\n"
               "Ann Lee: Good morning.\n\nTom Poe: Good morning, Ann.\n", lang="en")
    assert doc.setting.title == "Harbour Q2 2025 Earnings Call Transcript"
    assert doc.setting.date_iso == "2025-07-23"


def test_a_heading_of_an_episode_number_keeps_its_sign():
    from teikit.transforms.setting import _unheaded
    assert _unheaded("# 24 Steve & Matthieu") == "# 24 Steve & Matthieu"
    assert _unheaded("## Harbour Talk") == "Harbour Talk"


@pytest.mark.parametrize("key", ["publish_date", "air-date", "date_published"])
def test_a_folded_front_matter_title_and_a_dated_key(key):
    doc = read(f"---\nguest: Ann Lee\ntitle: Building a harbour | Ann Lee (Head of Quays\n  at Harbour Corp)\n"
               f"{key}: 2024-07-14\n---\n\nTom Poe (00:00:01): Welcome, Ann.\n\nAnn Lee (00:00:05): Thanks, Tom.\n",
               lang="en")
    assert doc.setting.title == "Building a harbour | Ann Lee (Head of Quays at Harbour Corp)"
    assert doc.setting.date_iso == "2024-07-14"


def test_a_list_under_the_title_field_is_not_the_title():
    doc = read("---\ntitle: Harbour Talk\nkeywords:\n- boats\n- quays\n---\n\nANN: Welcome.\n\nTOM: Thanks.\n", lang="en")
    assert doc.setting.title == "Harbour Talk"


# --- H878d a title block wrapped at a fixed width ------------------------------------------------------


def test_a_title_block_of_one_width_is_one_title():
    doc = read("Senate Harbour / Quays, Boats and Other\nMatters, and Consumer Rights on Quayside\nBurdens to Trade\n"
               "06/24/2025 02:30 PM EDT\nSen. Ann Roe (R-Utah)\nWe call this hearing to order and welcome\n"
               "our witnesses.\nRep. Tom Poe (D-N.J.)\nThank you, I am glad to be here today.\n", lang="en")
    assert doc.setting.title == ("Senate Harbour / Quays, Boats and Other Matters, and Consumer Rights on Quayside "
                                 "Burdens to Trade")


def test_two_headings_of_other_lengths_stay_apart():
    doc = read("Harbour Council\nHearing on the New Quay and Its Long-Term Funding\n\nANN: Welcome.\n\nTOM: Thanks.\n",
               lang="en")
    assert doc.setting.title != "Harbour Council Hearing on the New Quay and Its Long-Term Funding"


def test_a_dated_key_under_a_date_field_stays_metadata():
    from teikit.model import HeaderLine
    doc = read("---\ntitle: Harbour Talk\ndate: '2024-10-10'\npublished_time: 2024-10-11 23:59:00\n---\n\n"
               "ANN: Welcome.\n\nTOM: Thanks.\n", lang="en")
    assert doc.setting.date_iso == "2024-10-10"
    assert [b.kind for b in doc.blocks if isinstance(b, HeaderLine) and b.text.startswith("published")] == ["metadata"]


def test_timed_topics_of_one_width_are_no_title():
    doc = read("Harbour Press Briefing of 6 December 2021\n\nTopics:\n12:37 Quay extension and the new ferry\n"
               "19:41 Ferry timetable and the new buses\n\nANN: Welcome.\n\nTOM: Thanks.\n", lang="en")
    assert not doc.setting.title.startswith("12:37")


# --- N879d an office in brackets after the name in the title ----------------------------------------


@pytest.mark.parametrize("office", ["VP of Quays and Ferries at Harbour Corp", "Chief Executive Officer of Harbour Corp"])
def test_an_office_in_brackets_after_the_name_is_the_role(office):
    doc = read(f"---\ntitle: Building a harbour | Ann Lee ({office})\n---\n\nTom Poe (00:00:01): Welcome, Ann.\n\n"
               "Ann Lee (00:00:05): Thanks, Tom.\n", lang="en")
    assert speaker(doc, 1).role == office


def test_a_place_in_brackets_after_the_name_is_no_role():
    from teikit.transforms.helpers.names import find_name
    assert find_name("A talk with Ann Lee (Harbour Town)", ("ann", "lee"), load("en"))[1] == ""


# --- B880d a Markdown link alone; H881d a chapter heading with its time; H882d "# Transcript" -------

_PODCAST_PAGE = ("---\ntitle: \"12: Harbour Talk\"\n---\n\nShow notes: we talk about boats. Follow the show!\n\n"
                 "[github]: https://example.org/repo\n\n# Transcript\n\n{link}\n\n**Ann:** Welcome back to the show.\n\n"
                 "{chapter}\n\n**Tom:** Thanks, Ann.\n\n**Ann:** So, boats?\n\n**Tom:** Boats.\n")


@pytest.mark.parametrize("link", ["[Spot an error? Send a pull request.][github]",
                                  "[Read the show notes](https://example.org/notes)"])
@pytest.mark.parametrize("chapter", ["## [00:00:14] Intro", "### 00:14 The boats"])
def test_a_link_line_opens_no_turn_and_a_chapter_heading_is_no_speech(link, chapter):
    doc = read(_PODCAST_PAGE.format(link=link, chapter=chapter), lang="en")
    assert labels(doc) == ["**Ann:**", "**Tom:**"] * 2
    first = doc.turns()[0].paragraphs
    assert [type(p.content[0]).__name__ for p in first] == ["Text", "Note"]


@pytest.mark.parametrize("line", ["See [this](https://example.org) for more.", "[laughs] yes [crosstalk]",
                                  "[Applause]"])
def test_links_inside_sentences_and_events_are_no_link_lines(line):
    assert not is_strong(line, load("en"))


def test_a_heading_sentence_with_a_time_stays_speech():
    doc = read("ANN: Hello.\n\n## At 10:30 we sailed out to sea and came back late.\n\nTOM: Hi.\n", lang="en")
    assert not any(isinstance(p.content[0], Note) for p in doc.turns()[0].paragraphs)


# --- L883d a Markdown export's bold fields under its title --------------------------------------------


def test_bold_fields_under_the_title_are_no_labels():
    doc = read("# Harbour Q2 2025 Earnings Call Transcript\n\n**Date:** 2025-07-23\n**Company:** HBR\n"
               "**Quarter:** Q2 2025\n\nAnn Lee: Good morning.\n\nTom Poe: Good morning, Ann.\n\n"
               "Ann Lee: Revenue grew.\n\nTom Poe: By how much?\n", lang="en")
    assert labels(doc) == ["Ann Lee:", "Tom Poe:"] * 2


def test_bold_labels_of_a_dialogue_stay_labels():
    doc = read("**Ann:** Hi.\n**Tom:** Hello there.\n**Ann:** Ready?\n**Tom:** Yes.\n", lang="en")
    assert labels(doc) == ["**Ann:**", "**Tom:**"] * 2
