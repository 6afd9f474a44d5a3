"""Roles printed beside a speaker's name (docs/convert-shapes.md, N190o-N201o; N199o was
formerly also N192u).

Every example is written for the test (never a corpus line); each fails without its rule.
"""
from __future__ import annotations

from teikit import convert
from teikit.convert_api import ConvertOptions
from teikit.lexicons import load
from teikit.transforms.helpers import roleshapes as rs
from tests.convert.conftest import read, speaker


# --- N190o an office at a label's start ---------------------------------------------------

def test_an_abbreviated_council_office_and_an_academic_title_open_a_german_label():
    doc = read("Sitzung des Gemeinderats\n\nGR Mag Anna Roth: Danke, Herr Vorsitzender.\n\n"
               "GR Mag Anna Roth: Und noch etwas zum Budget.", lang="de")
    roth = speaker(doc, 0)
    assert (roth.name, roth.role) == ("Anna Roth", "GR")


def test_an_irish_office_opens_an_english_label_and_the_surname_label_is_the_same_person():
    doc = read("Dáil debates\n\nCeann Comhairle Mary Lyons: Order, please.\n\nDeputy Kelly: I will not sit down.\n\n"
               "Lyons: Thank you, Deputy.")
    lyons = speaker(doc, 0)
    assert (lyons.name, lyons.role) == ("Mary Lyons", "Ceann Comhairle")
    assert speaker(doc, 2) is lyons


# --- N191o a continuation note is not a role -----------------------------------------------

def test_a_continuation_note_in_a_label_is_not_the_role():
    doc = read("Hearing\n\nDana Whitfield (continuing): And the second point is the budget.\n\n"
               "Q: Thank you.")
    assert speaker(doc, 0).role is None


# --- N192o a party beside the office ----------------------------------------------------------

def test_the_party_after_an_office_label_stays_an_affiliation_beside_the_office():
    doc = read("Sitzung\n\nGR Peter Klein (Grüne Liste): Meine Damen und Herren!\n\n"
               "GR Peter Klein (Grüne Liste): Danke.", lang="de")
    klein = speaker(doc, 0)
    assert (klein.role, klein.affiliation) == ("GR", "Grüne Liste")
    text = convert("Sitzung\n\nGR Peter Klein (Grüne Liste): Meine Damen und Herren!\n\n"
                   "GR Peter Klein (Grüne Liste): Danke.", "t.txt", ConvertOptions(lang="de")).tei.decode("utf-8")
    assert "<affiliation>GR</affiliation>" in text and "<affiliation>Grüne Liste</affiliation>" in text


# --- N193o a role in apposition ------------------------------------------------------------

def test_a_role_in_parentheses_after_the_full_name_in_the_lead():
    doc = read("Harbour hearing\n\nPresent: Hon. Dana Whitfield [chair of the harbour board] presiding.\n\n"
               "Ms. Whitfield: The hearing will come to order.\n\nQ: Thank you.")
    assert speaker(doc, 0).role == "chair of the harbour board"


def test_a_role_after_a_comma_and_an_article_in_the_lead():
    doc = read("Ein Gespräch mit Peter Klein, dem Bürgermeister von Seedorf.\n\nFrage: Warum?\n\n"
               "Klein: Weil es Spaß macht.", lang="de")
    assert speaker(doc, 1).role == "Bürgermeister von Seedorf"


def test_a_role_after_a_dash_in_a_header_line():
    doc = read("Town hall\n\nTonight: Dana Whitfield - harbour commissioner, author\n\nHOST: Welcome.\n\n"
               "WHITFIELD: Thanks.")
    assert speaker(doc, 1).role == "harbour commissioner"


def test_a_role_after_a_bar_in_show_notes():
    doc = read("Episode 12 | Guest: Dana Whitfield | CEO, Harbour Labs\n\nHOST: Welcome.\n\n"
               "WHITFIELD: Thanks for having me.")
    assert speaker(doc, 1).role == "CEO"


def test_a_role_after_a_one_word_name_in_the_host_s_introduction():
    doc = read("ИВАНОВА: Добрый вечер. Наш первый слушатель - Пётр, студент второго курса: «люблю историю». "
               "Пётр, здравствуйте.\n\nПЁТР: Здравствуйте.", lang="ru")
    assert speaker(doc, 1).role == "студент второго курса"


def test_a_role_before_the_name_with_a_comma_in_a_list_of_pairs():
    doc = read("(Paris, 7 juillet 2011) - Conférence de presse conjointe Ministre d'État, Ministre de la Culture, "
               "Paul Roux, du Ministre des Sports, Jean Lenoir.\n\nPaul Roux - Bonjour.\n\nJean Lenoir - Merci.",
               lang="fr")
    assert (speaker(doc, 0).role, speaker(doc, 1).role) == ("Ministre de la Culture", "Ministre des Sports")


def test_a_role_read_into_the_next_pair_of_a_list_is_replaced_by_the_person_s_own():
    doc = read("CONFERENCIA DE PRENSA CONJUNTA DEL PRESIDENTE DE ESLANDIA, JUAN PÉREZ, Y DEL PRIMER MINISTRO DE "
               "OSTRIA, LUIS GIL\n\nSr. Gil.- Buenas tardes.\n\nSr. Pérez.- Gracias.", lang="es")
    assert speaker(doc, 1).role == "PRESIDENTE DE ESLANDIA"
    assert speaker(doc, 0).role == "PRIMER MINISTRO DE OSTRIA"


def test_a_phrase_about_the_next_person_of_a_list_is_not_the_role():
    doc = read("Joint statement by Dana Whitfield, and the mayor of Eastvale, Tom Poe.\n\n"
               "WHITFIELD: Good morning.\n\nPOE: Good morning.")
    assert speaker(doc, 0).role is None
    assert speaker(doc, 1).role == "mayor of Eastvale"


def test_words_after_a_comma_that_name_no_role_give_nothing():
    assert rs.role_after("Dana Whitfield, who arrived late, spoke first.", 14, load("en")) is None
    assert rs.role_before("In a talk with the mayor, Dana Whitfield said", 26, load("en")) is None


# --- N194o a copula ------------------------------------------------------------------------

def test_a_role_after_a_copula_in_the_lead():
    doc = read("Dana Whitfield is the author of three books on lighthouses. She spoke to us in May.\n\n"
               "Q: How did you research the book?\n\nDANA WHITFIELD: Mostly in archives.")
    assert speaker(doc, 1).role == "author of three books on lighthouses"


def test_a_copula_before_a_clause_gives_no_role():
    assert rs.role_after("Dana Whitfield was a student when the harbour closed.", 14, load("en")) is None


def test_serves_as_in_a_title():
    doc = read("A family visit (their son Tomas serves as translator)\n\nTomas: My mother says hello.\n\n"
               "Tomas: She asks if you want tea.")
    assert speaker(doc, 0).role == "translator"


# --- N195o the full form of a short office ---------------------------------------------------

def test_an_abbreviated_office_gets_the_full_form_printed_before_the_name():
    doc = read("Interview with Sen. Dana Whitfield\n\nHOST: Joining me now is Republican Senator Dana Whitfield.\n\n"
               "SEN. DANA WHITFIELD: Good to be here.")
    assert speaker(doc, 1).role == "Republican Senator"


def test_an_abbreviation_the_text_never_spells_out_stays_as_printed():
    doc = read("Listen: Sen. Dana Whitfield\n\nDana Whitfield: Hello.\n\nQ: Hi.")
    assert speaker(doc, 0).role == "Sen."


def test_a_one_word_office_label_gets_the_longer_form_of_the_lead():
    doc = read("Der neue Sprecher. Der Vorsitzende des Presseclubs, Peter Klein, eröffnete.\n\n"
               "VORSITZENDER KLEIN: Willkommen!\n\nFRAGE: Danke.", lang="de")
    assert speaker(doc, 0).role == "Vorsitzende des Presseclubs"


def test_abbreviations():
    assert rs.abbreviates("Sen.", "Senator")
    assert rs.abbreviates("SRS", "stellvertretender Regierungssprecher")
    assert not rs.abbreviates("Sen.", "Sen.")
    assert not rs.abbreviates("Gov.", "Senator")


# --- N196o the interview guest named with a role ------------------------------------------------

def test_the_answer_letter_is_the_guest_an_interview_line_names_with_a_role():
    doc = read("Entrevista a Ana Roca, árbitra de Segunda División\n\nP: ¿Desde cuándo arbitra?\n\n"
               "R: Desde hace diez años.\n\nP: ¿Y le gusta?\n\nR: Mucho.", lang="es")
    roca = speaker(doc, 1)
    assert (roca.name, roca.role) == ("Ana Roca", "árbitra de Segunda División")


# --- N197o an office glued to the name in a credit -------------------------------------------

def test_an_office_glued_after_the_name_in_a_credit_line():
    doc = read("1 THE HARBOUR FORUM TUESDAY, MAY 10, 2011 SPEAKER: Dana Whitfield Director, Harbour Studies "
               "Program Eastvale Institute Transcript by Harbour News\n\n"
               "DANA WHITFIELD: Welcome, everyone.\n\nQ: Thank you.")
    assert speaker(doc, 0).role == "Director"


def test_a_capitalised_name_after_the_office_is_not_a_credit():
    assert rs.role_glued_after("MODERATOR: Ann Roe President Lee said", 18, load("en")) is None


# --- N199o (formerly also N192u) a heading or a quoting title names the answerer ------------------

def test_the_answers_of_an_unlabeled_exchange_are_by_the_person_its_heading_names_with_a_role():
    doc = read("Кубок гавани. Пресс-конференция\n\nАнна Рощина, главный тренер сборной гавани:\n\n"
               "— Почему вы сделали только одну замену?\n\n— Ещё рано что-то менять.\n\n"
               "— Как вы оцените игру?\n\n— На четвёрку.", lang="ru")
    answers = [t for t in doc.turns() if t.who]
    assert len(answers) == 2 and all(t.paragraphs[0].text.startswith(("— Ещё", "— На")) for t in answers)
    coach = doc.person(answers[0].who)
    assert (coach.name, coach.role) == ("Анна Рощина", "главный тренер сборной гавани")
    # (L194u names this heading's speaker too; the heading alone, as N199o reads it:)
    heading = "Анна Рощина, главный тренер сборной гавани:"
    assert rs.headed_speaker(["Кубок гавани", heading], load("ru")) == ("Анна Рощина", "главный тренер сборной гавани")


def test_a_title_quoting_a_named_person_names_the_answerer_with_the_printed_apposition():
    text = ("Tuesday, 4 May 2021\n\nMara, keeper of the wolves: \"I never give up\".\n\n"
            "How was the season?\nLong, but we grew as a team every week.\n"
            "What do you expect from Sunday?\nA hard match against a strong side.\n")
    doc = read(text, lang="en")
    names = {p.id: p.name for p in doc.persons}
    assert [names.get(t.who) if t.who else None for t in doc.turns()][-4:] == [None, "Mara", None, "Mara"]
    assert [p.role for p in doc.persons if p.name == "Mara"] == ["keeper of the wolves"]


def test_a_heading_over_plain_questions_or_a_quoting_headline_names_the_answerer_with_its_role():
    qa = ("How is the squad?\n\nEveryone is fit and the mood is good after a long week of work.\n\n"
          "Who starts in goal?\n\nThe young one starts, he has earned it in training.\n")

    def answerers(lead):
        doc = read(lead + qa, lang="en")
        people = {p.id: (p.name, p.role) for p in doc.persons}
        return [people.get(t.who) for t in doc.turns()][-4:]
    assert answerers("Harbour Cup\n\nDana Whitfield, coach of the harbour team:\n\n") == \
        [None, ("Dana Whitfield", "coach of the harbour team")] * 2
    assert answerers("Tuesday, 4 May 2021\n\nRafa, the coach of the wolves: \u201cWe want to win\u201d.\n\n"
                     "The press room was full on Friday.\n\n") == [None, ("Rafa", "coach of the wolves")] * 2


def test_a_headline_among_the_first_lines_names_the_answerer_with_a_role_of_the_lexicon():
    en = load("en")
    assert rs.headed_speaker(["Harbour Cup", "Friday", "Press room", "Notes", "Rafa, coach of the wolves:"], en) == \
        ("Rafa", "coach of the wolves")  # the line right before the exchange
    lead = ["Harbour Cup", "Rafa, the coach of the wolves: \u201cwe always want to win\u201d", "Press room, Friday"]
    assert rs.headed_speaker(lead, en) == ("Rafa", "coach of the wolves")
    assert rs.headed_speaker(["Harbour Cup", "Friday", "Press room", "Rafa, coach of the wolves:", "More:"],
                             en) is None  # neither the last line nor among the first three


def test_a_quoting_title_names_the_answerer_with_the_apposition_as_printed_or_alone():
    en = load("en")
    assert rs.quoting_title(["Ann Lee: \u00abWir bleiben\u00bb"], en) == ("Ann Lee", None, None)
    assert rs.quoting_title(["Ann Lee, Kapitänin : \u00abWir\u00bb"], en) == ("Ann Lee", None, "Kapitänin")
    assert rs.quoting_title(["Ann Lee, the captain: \u00abWir\u00bb"], en) == ("Ann Lee", None, "the captain")
    assert rs.quoting_title(["Harbour news", "Ann Lee: \u00abWir\u00bb"], en) == ("Ann Lee", None, None)


def test_a_quoting_title_is_the_last_resort_after_the_heading_over_the_first_question():
    qa = ("How is the squad?\n\nEveryone is fit and the mood is good after a long week of work.\n\n"
          "Who starts in goal?\n\nThe young one starts, he has earned it in training.\n")

    def answerers(heading):
        doc = read(f"Tuesday, 4 May 2021\n\nLee: \u201cOkafor is ready\u201d.\n\n{heading}\n\n{qa}", lang="en")
        names = {p.id: p.name for p in doc.persons}
        return [names.get(t.who) for t in doc.turns()][-4:]
    assert answerers("THE PRESS TALK OF JAMES OKAFOR") == [None, "James Okafor"] * 2  # N191u first
    assert answerers("THE PRESS TALK OF THE COACH") == [None, "Lee"] * 2


def test_a_heading_without_a_role_names_no_one():
    en = load("en")
    assert rs.headed_speaker(["Harbour Cup", "Dana Whitfield:"], en) is None
    assert rs.headed_speaker(["Dana Whitfield, coach of the harbour team"], en) is None
    assert rs.headed_speaker(["Mara, keeper of the wolves: \"no\""], en) is None  # no role word (a title's last resort)
    assert rs.quoting_title(["Dana Whitfield:", "Dana Whitfield, coach of the harbour team:"], en) is None  # no quote


def test_a_heading_whose_name_is_an_office_or_lowercase_names_no_one():
    en = load("en")
    assert rs.headed_speaker(["Coach Roe, head of the harbour team:"], en) is None
    assert rs.quoting_title(["Coach Roe: \"We stay\"", "mara: \"I never give up\""], en) is None


# --- N200o the person a deposition examines --------------------------------------------------

def test_the_person_named_after_a_deposition_phrase_is_the_deponent_the_cover_prints():
    doc = read("1 COMMITTEE ON HARBOURS DEPOSITION OF: DANA WHITFIELD Tuesday, May 5, 2009 Appearances: "
               "For THE DEPONENT: TOM POE, ATTORNEY AT LAW\n\nMR. ROE: Good morning.\n\n"
               "MS. WHITFIELD: Good morning.\n\nMR. ROE: Please state your name.")
    assert speaker(doc, 1).role == "deponent"
    assert speaker(doc, 0).role is None


def test_a_headline_quoting_the_interviewee_names_the_answers_of_an_unlabeled_interview():
    doc = read("martes, 3 de marzo de 2015\n\nLuis, entrenador de los delfines: \"siempre quiero ganar\".\n\n"
               "El entrenador de los delfines nos recibe en su despacho del club antes del partido.\n\n\n"
               "¿Qué tal ves al equipo?\nEs mi equipo, son los mejores.\n¿Y el próximo partido?\n"
               "Hay que ganar y dar la cara.\n¿Y la afición?\nLa mejor.", lang="es")
    answers = [t for t in doc.turns() if t.who]
    assert [t.paragraphs[0].text for t in answers] == ["Es mi equipo, son los mejores.", "Hay que ganar y dar la cara.",
                                                       "La mejor."]
    assert (doc.person(answers[0].who).name, doc.person(answers[0].who).role) == ("Luis", "entrenador de los delfines")


# --- N201o an office glued before the full name ---------------------------------------------------

def test_an_occupation_compound_glued_before_the_full_name():
    doc = read("Ein Gespräch mit Hafen-Trainer Peter Klein über die Saison.\n\nFrage: Wie geht es?\n\n"
               "Peter Klein: Gut.", lang="de")
    assert speaker(doc, 1).role == "Hafen-Trainer"


def test_a_council_office_opens_a_spanish_label():
    doc = read("Sesión ordinaria\n\nCONCEJALA RUIZ: Gracias, señora presidenta.\n\nCONCEJALA RUIZ: Nada más.",
               lang="es")
    assert (speaker(doc, 0).name, speaker(doc, 0).role) == ("RUIZ", "Concejala")


def test_a_field_name_before_the_name_is_not_an_office():
    assert rs.role_glued_before("SPEAKER: Dana Whitfield", 9, load("en"), strict=True) is None
