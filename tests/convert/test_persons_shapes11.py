"""Persons and titles of the eleventh round (docs/convert-shapes.md, sections marked pers11:
N60-N69, H80-H83, and N22's German role words): names, roles and titles found by where the
text prints them. Every example is written for the test."""
from __future__ import annotations

from tests.convert.conftest import read


def person_of(doc, index: int):
    return doc.person(doc.turns()[index].who)


# --- the answer voice of a Q/A interview, addressed by the first question -------------------

def test_the_first_question_addressing_a_titled_name_names_the_answers():
    doc = read("Q: Commissioner Vantorre, how long have you held the office?\n\n"
               "A: Nine years now.\n\nQ: And before that?\n\nA: I sailed.")
    assert person_of(doc, 1).name == "Vantorre"
    assert person_of(doc, 3) is person_of(doc, 1)


def test_a_bare_address_counts_when_the_lead_prints_that_name():
    text = ("Tonight Commissioner Ilse Vantorre answers our questions.\n\n"
            "Q: Vantorre, is the quay ready?\n\nA: Almost.")
    assert person_of(read(text), 1).name == "Ilse Vantorre"


def test_a_sentence_opening_with_a_word_and_a_comma_is_no_address():
    doc = read("Q: Honestly, is the quay ready?\n\nA: Almost.")
    assert doc.turns()[1].who is None


# --- a list of guests: a name on a line of its own, its office on the next -------------------

LISTED = ("HARBOUR HOUR\nSunday, May 4, 1980\nGUEST: ILSE VANTORRE\nCommissioner of Harbours\n"
          "PANEL:\nOtto Brandauer, Harbour Gazette\nMia Lindqvist, Author\n\n"
          "BRANDAUER: Commissioner, is the quay ready?\n\nMS. VANTORRE: Almost.\n\n"
          "LINDQVIST: When?\n\nMS. VANTORRE: In May.")


def test_a_listed_name_is_the_full_name_of_a_surname_label():
    doc = read(LISTED)
    assert person_of(doc, 0).name == "Otto Brandauer"
    assert person_of(doc, 2).name == "Mia Lindqvist"


def test_the_line_under_a_listed_name_that_opens_with_an_office_is_the_role():
    doc = read(LISTED)
    assert (person_of(doc, 1).name.lower(), person_of(doc, 1).role) == ("ilse vantorre", "Commissioner of Harbours")


def test_a_greeting_line_ending_with_a_full_stop_is_no_listed_name():
    doc = read("RADIO MORNING\n\nHOST: Bonjour Ilse VANTORRE.\n\nVANTORRE: Bonjour.\n\nHOST: Merci.", lang="fr")
    assert "Bonjour" not in (person_of(doc, 1).name or "")


# --- the chair of a sitting: its office as the chair phrase prints it ----------------------

def test_the_chair_phrase_gives_the_chair_a_surname_in_capitals_and_its_office():
    doc = read("SEDUTA PUBBLICA\n\nPresidenza del vice presidente BRANDAUER\n\n"
               "PRESIDENTE. La seduta è aperta.\n\nROSSI (Misto). Domando di parlare.\n\n"
               "PRESIDENTE. Ne ha facoltà.", lang="it")
    chair = person_of(doc, 0)
    assert (chair.name, chair.role) == ("Brandauer", "vice presidente")


def test_a_chair_phrase_in_capitals_gives_the_office_in_its_own_case():
    doc = read("SEDUTA PUBBLICA\n\nPRESIDENZA DEL VICEPRESIDENTE BRANDAUER\n\n"
               "PRESIDENTE. La seduta è aperta.\n\nROSSI (Misto). Domando di parlare.", lang="it")
    assert person_of(doc, 0).role == "Vicepresidente"


# --- offices in ideographs; a role label repeating an earlier "role name" label ------------

def test_an_ideographic_label_ending_with_an_office_after_its_field_is_an_office():
    doc = read("港务局长会见传媒\n\n港务局长：大家好。\n\n记者：请问码头何时开放？", lang="zh")
    office = person_of(doc, 0)
    assert (office.name, office.role) == (None, "港务局长")


def test_one_ideograph_before_an_office_is_a_surname_not_a_field():
    doc = read("会见传媒\n\n王局长：大家好。\n\n记者：请问码头何时开放？", lang="zh")
    assert person_of(doc, 0).name == "王局长"  # Director Wang: a person, not the office alone


def test_a_label_repeating_the_role_of_an_earlier_role_and_name_label_is_that_person():
    doc = read("采访\n\n码头看守人的女儿 林小雨：你好。\n\n记者：你在这里多久了？\n\n码头看守人的女儿：十年了。", lang="zh")
    assert person_of(doc, 2) is person_of(doc, 0)
    assert person_of(doc, 0).name == "林小雨"


# --- an interview printed without labels: the first question's address --------------------

UNLABELLED = ("Der Hafen im Wandel\n\n12. März 2021\n\n"
              "Landesministerin Ilse Vantorre hat unserer Zeitung ein Interview gegeben.\n\n"
              "Frau Landesministerin, wie geht es dem Hafen?\n\n"
              "Gut, die Kais sind voll, die Kräne laufen wieder, und die Schleuse ist seit Mai repariert.\n\n"
              "Und die Fähren?\n\n"
              "Sie fahren wieder nach Plan, zweimal am Tag, auch am Sonntag und an den Feiertagen.")


def test_the_answers_of_an_unlabelled_interview_are_by_the_holder_of_the_addressed_office():
    doc = read(UNLABELLED, lang="de")
    answer = person_of(doc, -1)
    assert (answer.name, answer.role) == ("Ilse Vantorre", "Landesministerin")
    assert doc.turns()[-3].who == answer.id and doc.turns()[-2].who is None


def test_without_an_address_the_answers_stay_unattributed():
    # (the lead names her without an office before the name: an office there names the
    # answerer by itself, N333c, N1162g)
    doc = read(UNLABELLED.replace("Frau Landesministerin, wie", "Wie").replace(
        "Landesministerin Ilse Vantorre hat", "Ilse Vantorre, seit 2019 Landesministerin, hat"), lang="de")
    assert all(t.who is None for t in doc.turns())


def test_without_an_address_an_office_before_the_name_in_the_lead_names_the_answers():
    doc = read(UNLABELLED.replace("Frau Landesministerin, wie", "Wie"), lang="de")
    assert [t.who for t in doc.turns()] == [None, "vantorre", None, "vantorre"]


# --- a text without labels that opens with its speaker's own introduction -------------------

def test_an_unlabelled_text_opening_with_a_self_introduction_is_that_speakers():
    doc = read("Harbour Radio\n\n[00:00:01] This show is brought to you by the Quay Fund. [00:00:04] My name is "
               "Ilse Vantorre, I'm the [00:00:06] host of Harbour Radio, and today we talk about ferries.")
    person = person_of(doc, 0)
    assert (person.name, person.role) == ("Ilse Vantorre", "host of Harbour Radio")


def test_an_unlabelled_text_without_a_self_introduction_stays_unattributed():
    doc = read("Harbour Radio\n\nThis show is brought to you by the Quay Fund. Today we talk about ferries.")
    assert doc.turns()[0].who is None


def test_a_self_role_after_also():
    from teikit import lexicons
    from teikit.transforms.helpers.ownwords import self_named
    said = "Hello. I am Ilse Vantorre. I'm also the host of the Harbour Hour. Today we talk about ferries."
    assert self_named(said, lexicons.load("en")) == ("Ilse Vantorre", "host of the Harbour Hour")


def test_a_russian_word_ending_in_ya_is_no_self_introduction():
    from teikit import lexicons
    from teikit.transforms.helpers.ownwords import self_named
    assert self_named("Каков состав делегации во время проведения Недели Кореи?", lexicons.load("ru"))[0] is None


# --- German role words for editors and reporters, before the full name ---------------------

def test_a_compound_ending_with_a_role_word_before_the_name_is_the_role():
    doc = read("Wir haben die zuständige Hafen-Redakteurin Ilse Vantorre gefragt, wie es weitergeht.\n\n"
               "Wie geht es weiter?\n\nIlse Vantorre: Die Kais werden im Mai fertig.\n\nFrage: Danke.", lang="de")
    person = next(p for p in doc.persons if p.name == "Ilse Vantorre")
    assert person.role == "Hafen-Redakteurin"


def test_a_compound_role_glued_in_one_word_before_the_name():
    doc = read("Der Hafen\n\nChefredakteurin Ilse Vantorre sagte am Montag:\n\n"
               "Ilse Vantorre: Die Kais werden im Mai fertig.\n\nFrage: Danke.", lang="de")
    person = next(p for p in doc.persons if p.name == "Ilse Vantorre")
    assert person.role == "Chefredakteurin"


# --- titles ---------------------------------------------------------------------------------

def test_a_first_date_line_naming_what_it_dates_is_the_title_when_there_is_no_other():
    doc = read("Harbour Board: Tuesday, May 4, 2021\n\nThe CHAIR: Order.\n\nMs LEE: Thank you, Chair.")
    assert doc.setting.title == "Harbour Board: Tuesday, May 4, 2021"
    assert doc.setting.date_iso == "2021-05-04"


def test_one_word_before_the_date_is_no_title():
    doc = read("Sitting: Tuesday, May 4, 2021\n\nThe CHAIR: Order.\n\nMs LEE: Thank you, Chair.")
    assert (doc.setting.title, doc.setting.date_iso) == (None, "2021-05-04")


SITTING = ("CCXII Seduta\n\nMercoledì 14 Maggio 2003\n\nPresidenza del Presidente Brandauer\n\n"
           "PRESIDENTE. La seduta è aperta.\n\nROSSI. Domando di parlare.")


def test_a_sittings_number_in_roman_numerals_over_the_date_is_the_title():
    assert read(SITTING, lang="it").setting.title == "CCXII Seduta"


def test_the_line_naming_the_chair_is_a_note_not_a_title_or_place():
    doc = read(SITTING.replace("CCXII Seduta\n\n", ""), lang="it")
    assert doc.setting.title != "Presidenza del Presidente Brandauer"
    assert doc.setting.place is None
    assert person_of(doc, 0).name == "Brandauer"


def test_a_bulleted_line_is_a_page_widget_never_the_title():
    from teikit.transforms.helpers.headerwidgets import widget_line
    assert widget_line("• No results found.") and not widget_line("No results found for the harbour")
    doc = read("• Nessun risultato.\n\nPresidenza del Presidente Brandauer\n\n"
               "PRESIDENTE. La seduta è aperta.\n\nROSSI. Domando di parlare.", lang="it")
    assert doc.setting.title is None


def test_a_label_of_three_initials_is_the_one_name_of_three_words_with_them():
    doc = read("HARBOUR NEWS\n\nIlse Marie Vantorre and Otto Brandauer met the press on Monday.\n\n"
               "IMV: The quay opens in May.\n\nQ: And the ferries?\n\nIMV: In June.")
    assert person_of(doc, -1).name == "Ilse Marie Vantorre"


def test_two_initials_still_need_an_introduction():
    doc = read("HARBOUR NEWS\n\nIlse Vantorre and Otto Brandauer met the press on Monday.\n\n"
               "IV: The quay opens in May.\n\nQ: And the ferries?\n\nIV: In June.")
    assert person_of(doc, -1).name == "IV"


def test_a_given_name_label_is_the_one_full_name_the_title_prints_with_it():
    doc = read("The Harbour Hour with Ilse Vantorre\n\nIlse: Welcome to the show.\n\nOtto: Thanks for having me.\n\n"
               "Ilse: How are the ferries?\n\nOtto: Late, as always.\n\nIlse: Thank you.")
    assert person_of(doc, 0).name == "Ilse Vantorre"
    assert person_of(doc, 1).name == "Otto"


def test_a_surname_label_in_capitals_is_not_read_as_a_given_name():
    doc = read("Harbour Talks with Vantorre Meeks\n\nVANTORRE: Welcome to the show.\n\nOTTO: Thanks for having me.\n\n"
               "VANTORRE: How are the ferries?\n\nOTTO: Late, as always.")
    assert person_of(doc, 0).name.lower() == "vantorre"


def test_a_reporters_credit_after_an_ideographic_title_is_not_the_title():
    doc = read("港口访谈录 《海港日报》记者\n\n海港日报：码头何时开放？\n\n王明：五月。\n\n海港日报：谢谢。\n\n王明：不客气。", lang="zh")
    assert doc.setting.title == "港口访谈录"


# --- a label that misspells one word of a long printed name --------------------------------

def test_a_label_misspelling_one_word_of_a_three_word_name_is_that_name_as_printed():
    doc = read("Entretien/ Kouamé Brandauer Vantorre, ancien maire de Port-Bouët : « Le port d'abord »\n\n"
               "Le Quotidien : Comment allez-vous ?\n\nKouamé Brandaur Vantorre : Bien, merci.\n\n"
               "Le Quotidien : Et le port ?\n\nKouamé Brandaur Vantorre : Il avance.", lang="fr")
    person = person_of(doc, -1)
    assert (person.name, person.role) == ("Kouamé Brandauer Vantorre", "ancien maire de Port-Bouët")


def test_two_word_labels_need_the_exact_spelling():
    from teikit import lexicons
    from teikit.transforms.helpers.names import find_name
    assert find_name("Interview/ Ilse Vantore, harbour master", ("ilse", "vantorre"), lexicons.load("en")) is None


def test_german_interviewer_and_interviewee_letters_and_a_compound_office_after_the_name():
    doc = read("Beispiele\n\nHafenfunk, 8. 10. 1980\n\nOtto Brandauer – Ilse Vantorre, Hafenausschussvorsitzende\n\n"
               "I: Frau Vantorre, wie ist die Stimmung im Hafen heute gewesen?\n\nB: Sehr gut.\n\n"
               "I: Was heißt das?\n\nB: Das heißt, dass alle zufrieden sind.", lang="de")
    answer = person_of(doc, 1)
    assert (answer.name, answer.role) == ("Ilse Vantorre", "Hafenausschussvorsitzende")
    assert person_of(doc, 3) is answer
