"""Shapes read since session 35 (cv-dev33): a podcast's timestamped heading labels, a label
inside a bold question, a question and its answer on one line; each tested on a synthetic
text of the shape (never a corpus file); docs/convert-shapes.md has a section for each."""
from __future__ import annotations

from lxml import etree

from teikit import convert
from tests.convert.conftest import labels, read, speaker, speech

TEI = "{http://www.tei-c.org/ns/1.0}"


def tei(text: str, **options):
    return etree.fromstring(convert(text, name="t.txt", **options).tei)


# --- L1130g a Markdown heading holding a recording time and a label ------------------------

_TIMED_HEADINGS = ("# Harbour Talk, episode 4\n\n---\n\n"
                   "### [00:00:00] Ann\nWelcome to the harbour show.\n\n"
                   "### [00:00:12] Bob\nThanks for having me.\n\n"
                   "### [00:00:20] Ann\nWhat happened to the quay?\n\n"
                   "### [00:01:05] Bob\nThe ferries stopped.\n")


def test_timestamped_heading_labels_open_turns():
    doc = read(_TIMED_HEADINGS, lang="en")
    assert [t.name for t in doc.turns()] == ["Ann", "Bob", "Ann", "Bob"]
    assert [t.time for t in doc.turns()] == ["[00:00:00]", "[00:00:12]", "[00:00:20]", "[00:01:05]"]
    assert speech(doc)[1] == "Thanks for having me."


def test_timestamped_heading_labels_in_german_with_round_brackets():
    text = ("## (00:00) Lena\nHallo und willkommen.\n\n## (00:09) Paul\nDanke, Lena.\n\n"
            "## (00:15) Lena\nWie geht es dem Hafen?\n\n## (00:30) Paul\nGut.\n")
    assert [t.name for t in read(text, lang="de").turns()] == ["Lena", "Paul", "Lena", "Paul"]


def test_the_heading_marks_go_with_the_time_note_and_the_label_is_the_name():
    root = tei(_TIMED_HEADINGS, lang="en")
    body = root.find(f".//{TEI}body")
    assert [n.text for n in body.iter(f"{TEI}note") if n.get("type") == "timestamp"][:2] == \
        ["### [00:00:00]", "### [00:00:12]"]
    assert [n.text for n in body.iter(f"{TEI}note") if n.get("type") == "speaker"][:2] == ["Ann", "Bob"]


def test_a_section_heading_with_a_time_and_a_sentence_is_no_label():
    text = ("### [00:00:00] Ann\nWelcome.\n\n### [00:00:12] Bob\nThanks.\n\n"
            "### [00:00:20] Ann\nGood.\n\n## [00:01:00] Part two: the quay was closed in May.\n\nMore.\n")
    assert "Part two" not in " ".join(t.label or "" for t in read(text, lang="en").turns())


# --- L1131g an abbreviated rank before a surname, alone on its line ------------------------

def test_an_abbreviated_rank_and_surname_under_heading_marks_is_one_label():
    text = ("### [00:00:00] Ann\nWelcome, General.\n\n### [00:00:09] Gen. Roe\nThank you, Ann.\n\n"
            "### [00:00:15] Ann\nHow is the base?\n\n### [00:00:30] Gen. Roe\nBusy.\n")
    assert [t.name for t in read(text, lang="en").turns()] == ["Ann", "Gen. Roe", "Ann", "Gen. Roe"]


def test_an_abbreviated_rank_and_surname_alone_over_the_speech():
    text = ("Ann Lee\nWelcome, Admiral.\n\nAdm. Roe\nThank you, Ann.\n\n"
            "Ann Lee\nHow is the fleet?\n\nAdm. Roe\nBusy.\n")
    assert [t.name for t in read(text, lang="en").turns()] == ["Ann Lee", "Adm. Roe", "Ann Lee", "Adm. Roe"]


# --- L1132g a label inside a bold question ---------------------------------------------------

_BOLD_ITALIC_QUESTIONS = ("Interview with Paula Roe\n\n"
                          "**_Mia: How did you start?_**\n\n**Paula:** With a small boat.\n\n"
                          "**_M: And then?_**\n\n**P:** A bigger one.\n\n"
                          "**_M: Why boats?_**\n\n**P:** I like water.\n")


def test_a_label_inside_bold_italic_questions_opens_the_askers_turns():
    doc = read(_BOLD_ITALIC_QUESTIONS, lang="en")
    assert labels(doc) == ["Mia:", "**Paula:**", "M:", "**P:**", "M:", "**P:**"]
    assert speech(doc)[2] == "And then?_**"


def test_the_opening_marks_of_a_bold_question_are_a_markup_note():
    root = tei(_BOLD_ITALIC_QUESTIONS, lang="en")
    notes = [(n.get("type"), n.text) for n in root.find(f".//{TEI}body").iter(f"{TEI}note")]
    assert ("markup", "**_") in notes and ("speaker", "M:") in notes


def test_a_label_inside_german_bold_questions_with_several_answerers():
    text = ("**Anne: Wie habt ihr euch kennengelernt?**\n\n**Tom:** In der Schule.\n\n**Udo:** Ja.\n\n"
            "**Anne: Und dann?**\n\n**Tom:** Dann kam die Band.\n\n**Udo:** Genau.\n")
    doc = read(text, lang="de")
    assert [t.name for t in doc.turns()] == ["Anne", "Tom", "Udo", "Anne", "Tom", "Udo"]


def test_a_bold_lead_in_that_does_not_close_on_its_line_is_no_question_label():
    text = ("**Note: the harbour was closed\nin May.** It opened again later.\n\nAnn: Hello.\n\nBob: Hi.\n\n"
            "Ann: Bye.\n\nBob: Bye.\n")
    assert "Note" not in " ".join(t.label or "" for t in read(text, lang="en").turns())


def test_a_bold_section_heading_with_a_colon_is_no_question_label():
    text = ("**Part One: Ann ROE (Harbour Board), Bo RAY (Ferries)**\n\n**Q:** How are the quays?\n\n"
            "**Ann ROE:** Busy.\n\n**Q:** And the ferries?\n\n**Bo RAY:** Late.\n")
    assert "Part One" not in " ".join(t.label or "" for t in read(text, lang="en").turns())


# --- L1133g a bold name printed once, its initial afterwards -----------------------------------

def test_a_bold_first_name_printed_once_before_its_initial_is_a_label():
    doc = read(_BOLD_ITALIC_QUESTIONS, lang="en")
    assert doc.turns()[1].name == "Paula" and speech(doc)[1] == "With a small boat."
    assert speaker(doc, 1) is speaker(doc, 3)


# --- L1134g a bold question and its answer on one line ---------------------------------------

def test_a_question_and_its_answer_on_one_line_are_two_turns():
    text = ("**_M: How did you start?_**\n\n**P:** With a small boat.\n\n"
            "**_M: Why boats?_** **P:** I like water.\n\nAnd the wind, too.\n\n"
            "**_M: And now?_**\n\n**P:** Now I teach.\n")
    doc = read(text, lang="en")
    assert labels(doc) == ["M:", "**P:**", "M:", "**P:**", "M:", "**P:**"]
    assert speech(doc)[2] == "Why boats?_**" and speech(doc)[3] == "I like water. | And the wind, too."


def test_a_bold_answer_label_inside_a_plain_line_is_left_alone():
    text = ("**_M: How did you start?_**\n\n**P:** With a small boat, as **P:** said.\n\n"
            "**_M: Why?_**\n\n**P:** Water.\n")
    assert len(read(text, lang="en").turns()) == 4


# --- H1135g a lead naming a speaker whose label is the first name ---------------------------

_FIRST_NAME_LEAD = ("Interview\n\nPaula Roe is a sailor and a teacher. She also repairs boats in her free time, "
                    "and in summer she takes children out on the lake.\n\n"
                    "**_Mia: How did you start?_**\n\n**Paula:** With a small boat.\n\n"
                    "**_M: And then?_**\n\n**P:** A bigger one.\n\n**_M: Why?_**\n\n**P:** Water.\n")


def test_a_lead_that_names_the_first_name_label_in_full_is_no_opening_speech():
    doc = read(_FIRST_NAME_LEAD, lang="en")
    assert labels(doc)[0] == "Mia:" and len(doc.turns()) == 6


def test_the_markup_note_of_the_first_question_stays_out_of_an_opening_speech():
    text = ("Hello and welcome, I am glad you came to read this today.\n\n" + _FIRST_NAME_LEAD.split("\n\n", 2)[2])
    root = tei(text, lang="en")  # an opening turn, then the first question's marks: valid TEI
    assert root.find(f".//{TEI}body").findall(f".//{TEI}u")[0].get("who") is None


# --- L1136g a conjunction before a colon is no label ------------------------------------------

def test_a_conjunction_and_a_colon_opening_a_paragraph_is_no_label():
    text = ("Ann Lee: How did you start?\n\nBob Ray: With a small boat.\n\nCarl Poe: Me too.\n\n"
            "Dora Kim: Not me.\n\nAnn Lee: Any advice?\n\nBob Ray: Build something.\n\n"
            "And: ask for help when you need it!\n\nCarl Poe: Yes.\n")
    doc = read(text, lang="en")
    assert "And:" not in labels(doc) and speech(doc)[5] == "Build something. | And: ask for help when you need it!"


def test_a_german_conjunction_and_a_colon_is_no_label():
    text = ("Anna Roth: Wie fing es an?\n\nPaul Lang: Mit einem Boot.\n\nUdo Kern: Ich auch.\n\n"
            "Eva Link: Ich nicht.\n\nAnna Roth: Und dann?\n\nPaul Lang: Ein größeres.\n\n"
            "Aber: das war teuer.\n\nUdo Kern: Ja.\n")
    assert "Aber:" not in labels(read(text, lang="de"))


# --- B1137g an MDX component written over several lines ----------------------------------------

_COMPONENT = ("**Anne: Wie habt ihr euch kennengelernt?**\n\n**Tom:** In der Schule.\n\n"
              "<RemoteImage\n  alt={`Die Band im Proberaum`}\n  size=\"medium\"\n  largeUrl=\"https://example.org/a.jpg\"\n/>\n\n"
              "**Udo:** Ja, so war es.\n\n**Anne: Und dann?**\n\n**Tom:** Dann kam die Band.\n\n**Udo:** Genau.\n")


def test_an_mdx_component_between_answers_is_no_speech():
    doc = read(_COMPONENT, lang="de")
    assert speech(doc)[1] == "In der Schule." and speech(doc)[2] == "Ja, so war es."


def test_an_html_element_over_lines_stays_text():
    text = ("Ann: Hello.\n\nBob: Hi.\n\n<div\n  class=\"note\"\n/>\n\nAnn: Bye.\n\nBob: Bye.\n")
    assert "class" in " ".join(speech(read(text, lang="en")))


# --- B1138g an author's addendum under a rule after the last answer -----------------------------

def test_an_addendum_under_a_rule_leaves_the_last_answer():
    text = ("Anne: Wie fing es an?\n\nTom: Mit einem Boot.\n\nAnne: Und dann?\n\nTom: Ein größeres.\n\n"
            "---\n\n**Nachtrag:** Der Artikel ist veraltet, die Band spielt nicht mehr.\n")
    doc = read(text, lang="de")
    assert speech(doc)[-1] == "Ein größeres."


def test_speech_under_a_rule_stays_in_the_last_answer():
    text = ("Ann: How did it start?\n\nTom: With a boat.\n\nAnn: And then?\n\nTom: A bigger one.\n\n"
            "---\n\nAnd then the ferry came.\n")
    assert speech(read(text, lang="en"))[-1].endswith("And then the ferry came.")


# --- D1139g an appointment on a day, and where the meeting took place ----------------------------

def test_the_appointment_day_and_the_meeting_place_of_a_blog_interview():
    text = ("---\ntitle: Die Band\ndate: 2009-02-09\n---\n\n"
            "**Am Sonntag, 08.02.2009 um 18:00 hatte ich eine Verabredung mit der Band.**\n\n"
            "Unser Treffen fand im Proberaum der Band in Augsburg statt\n\n"
            "**Anne: Wie habt ihr euch kennengelernt?**\n\n**Tom:** In der Schule.\n\n"
            "**Anne: Und dann?**\n\n**Tom:** Dann kam die Band.\n")
    setting = read(text, lang="de").setting
    assert setting.date_iso == "2009-02-08" and setting.place == "Augsburg"


def test_an_appointment_for_the_interview_gives_the_day_alone():
    text = ("---\ntitle: Die Band\ndate: 2009-02-09\n---\n\n"
            "Am Sonntag, 08.02.2009 hatte ich eine Verabredung zum Interview mit der Band.\n\n"
            "**Anne: Wie habt ihr euch kennengelernt?**\n\n**Tom:** In der Schule.\n\n"
            "**Anne: Und dann?**\n\n**Tom:** Dann kam die Band.\n")
    assert read(text, lang="de").setting.date_iso == "2009-02-08"


# --- N1140g the answers of an interview with bold questions, the guest named by the title -------

_BOLD_QA_RU = ("---\ntitle: \"Интервью с Анной Петровой\"\n---\n"
               "Сегодня у меня в гостях Анна Петрова -- инженер порта, капитан и\nавтор книг о море. "
               "Проекты Анны можно найти на её [домашней\nстранице][home]. У нас есть шанс побеседовать с Анной.\n\n"
               "[home]: http://example.org/anna\n\n- - -\n\n"
               "**Анна, как вы пришли в программирование? Расскажите.**\n\n"
               "Случайно, в школе. Мы писали программы на бумаге, а потом проверяли их на машине.\n\n"
               "**Что было дальше?**\n\nПотом университет. Там был кружок, и я стала ходить туда каждый вечер.\n\n"
               "**А сейчас?**\n\nСейчас работаю в порту. Пишу программы для кранов и для судов.\n\n"
               "**Последний вопрос: почему порт?**\n\nЛюблю море. И краны тоже люблю.\n")


def test_the_answers_to_bold_questions_are_the_guest_the_title_names():
    doc = read(_BOLD_QA_RU, lang="ru")
    asked = [t.who for t in doc.turns() if t.paragraphs[0].text.startswith("**")]
    answered = [t.who for t in doc.turns() if not t.paragraphs[0].text.startswith("**")]
    assert len(asked) >= 3 and set(asked) == {None}  # the questions keep no speaker
    assert len(answered) >= 3 and set(answered) == {"petrova"}


def test_a_title_wrapped_into_the_lead_names_one_guest():
    from teikit.lexicons import load
    from teikit.model import HeaderKind, HeaderLine
    from teikit.transforms.helpers.attribution import _header_speakers, _one_name_each
    header = [HeaderLine(HeaderKind.TITLE, 'title: "Интервью с Сергеем Вакуленко" Сегодня у меня в гостях'),
              HeaderLine(HeaderKind.TITLE, 'title: "Интервью с Сергеем Вакуленко"')]
    found = _header_speakers(header, [], load("ru"))
    assert len(found) == 2 and [c[0] for c in _one_name_each(found, load("ru"))] == ["Сергей Вакуленко"]


# --- N1141g a name a title introduces in an oblique case -----------------------------------------

def test_a_name_after_a_russian_introducer_is_read_in_the_nominative():
    doc = read(_BOLD_QA_RU, lang="ru")
    assert doc.person(doc.turns()[-1].who).name == "Анна Петрова"


def test_a_name_in_the_nominative_stays_as_printed():
    from teikit.lexicons import load
    from teikit.transforms.helpers.introducedcase import nominative_after_introducer
    assert nominative_after_introducer("Анна Петрова", "Интервью: Анна Петрова", load("ru")) == "Анна Петрова"


# --- N1142g the guest's occupation after a dash in the lead ---------------------------------------

def test_the_guests_occupation_after_a_dash_in_the_lead_is_the_role():
    doc = read(_BOLD_QA_RU, lang="ru")
    assert doc.person(doc.turns()[-1].who).role == "инженер порта"


def test_a_sentence_after_a_dash_is_no_role():
    from teikit.model import HeaderKind, HeaderLine
    from teikit.transforms.helpers.dashedrole import dashed_role
    line = HeaderLine(HeaderKind.SUMMARY, "My guest is Ann Lee — She Sails.")
    assert dashed_role("Ann Lee", [line]) is None
