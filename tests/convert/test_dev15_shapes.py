"""Shapes first met in corpus/dev15 (docs/convert-shapes.md, sections marked dev15), one small
synthetic example each, written for the test (never a corpus line): each fails without its
rule."""
from __future__ import annotations

from teikit.model import Boilerplate, Event, HeaderKind, HeaderLine, Note, Paragraph
from tests.convert.conftest import labels, read, speech


def _header(doc, kind=None) -> list[str]:
    return [b.text for b in doc.blocks if isinstance(b, HeaderLine) and (kind is None or b.kind == kind)]


def _paragraphs(doc) -> list[int]:
    """Paragraphs of speech per turn (a typescript's margin number alone is none)."""
    return [sum(1 for p in t.paragraphs if isinstance(p, Paragraph) and not all(isinstance(i, Note) for i in p.content))
            for t in doc.turns()]


# --- L150p a name that ends the title line above -------------------------------------------------

_ARCHIVE = ("Oral History Interview with\nMaria T. Garcia\nOral history at the Mill Museum with Maria T. Garcia.\n"
            "Salem, Oregon\nMay 2, 1981\nby A.B. Hunt\nVolume 2\nNotice\nThis is a transcript of a recorded interview.\n"
            "Oral History Interview with\nMaria T. Garcia\nSalem, Oregon\nMay 2, 1981\nby A.B. Hunt\n"
            "HUNT: When did you start at the mill?\nGARCIA: In nineteen fifty, as a clerk.\n"
            "HUNT: And after that?\nGARCIA: I ran the office for twenty years.\n")


def test_a_name_that_ends_the_title_line_above_is_no_label():
    doc = read(_ARCHIVE, lang="en")
    assert labels(doc) == ["HUNT:", "GARCIA:", "HUNT:", "GARCIA:"]


# --- L151p an abbreviated office before the name, a label alone --------------------------------

def test_a_label_alone_with_an_abbreviated_office_is_one_label():
    text = ("REP. ANN ROE:\n\nThank you for having me.\n\nHOST:\n\nWelcome back to the show.\n\n"
            "REP. ANN ROE:\n\nIt is good to be here.\n")
    doc = read(text, lang="en")
    assert labels(doc) == ["REP. ANN ROE:", "HOST:", "REP. ANN ROE:"]
    assert speech(doc)[1] == "Welcome back to the show."


# --- L152p the full name at first mention, the initial afterwards -------------------------------

_INITIALS = ("Laura: Benvenuti a una nuova puntata, oggi con Paolo.\nPaolo: Grazie, ciao a tutti.\n"
             "L: Come stai?\nP: Benissimo, grazie.\nL: Allora cominciamo.\nP: Certo, cominciamo pure.\n")


def test_a_name_label_printed_once_before_its_initial_is_a_label():
    doc = read(_INITIALS, lang="it")
    assert labels(doc) == ["Laura:", "Paolo:", "L:", "P:", "L:", "P:"]


def test_the_initial_speaks_for_the_person_of_the_full_name():
    doc = read(_INITIALS, lang="it")
    turns = doc.turns()
    assert turns[2].who == turns[0].who and turns[3].who == turns[1].who


# --- L153p the interviewers' label over the first question ---------------------------------------

def test_a_newspaper_name_over_the_first_question_is_a_label():
    text = ("Die Stadt im Wandel\n\nZwei Architektinnen sprechen über Berlin. Ein Gespräch mit Anna Roth und Lena Voss.\n\n"
            "Stadtanzeiger Nord: Wie hat sich Berlin verändert?\n\n"
            "Anna Roth: Sehr, vor allem im Osten der Stadt.\n\n"
            "Lena Voss: Ich sehe das ähnlich, aber langsamer.\n\n"
            "Anna Roth: Die Mieten sind das größte Problem.\n\nLena Voss: Da stimme ich zu.\n")
    doc = read(text, lang="de")
    assert labels(doc)[0] == "Stadtanzeiger Nord:"
    assert speech(doc)[0] == "Wie hat sich Berlin verändert?"


# --- P150p numbered questions --------------------------------------------------------------------

def test_numbered_questions_and_their_answers_are_turns():
    text = ("Rencontre avec la directrice\n\n1 Depuis quand dirigez-vous l'école ?\nDepuis trois ans.\n\n"
            "2 Quel est votre métier préféré ?\nJ'aime enseigner la musique.\n\n"
            "3 Combien d'élèves avez-vous ? Nous en avons deux cents.\n")
    doc = read(text, lang="fr")
    texts = [" | ".join("".join(i.text for i in p.content if not isinstance(i, Note)).strip() for p in t.paragraphs
                        if isinstance(p, Paragraph)) for t in doc.turns()]
    assert texts == ["Depuis quand dirigez-vous l'école ?", "Depuis trois ans.", "Quel est votre métier préféré ?",
                     "J'aime enseigner la musique.", "Combien d'élèves avez-vous ?", "Nous en avons deux cents."]
    numbers = [i.text for t in doc.turns() for p in t.paragraphs for i in getattr(p, "content", ())
               if isinstance(i, Note) and i.type == "number"]
    assert numbers == ["1", "2", "3"]


def test_a_numbered_list_of_statements_stays_as_printed():
    text = "Our plan\n\n1 We open the library.\nIn May.\n\n2 We fix the roads.\nIn June.\n\n3 We plant trees.\nIn July.\n"
    assert len(read(text, lang="en").turns()) == 1


# --- P151p a dash answer run on after its question ------------------------------------------------

def test_a_dash_answer_after_a_question_on_the_same_line_is_a_turn():
    text = ("Entrevista\n\n-¿Cómo está el pueblo?\n-Mejor que el año pasado.\n"
            "-Hablemos del agua. ¿Hay suficiente? -Sí, llovió mucho en primavera.\n"
            "-¿Y las escuelas?\n-Abrimos una nueva.\n")
    texts = speech(read(text, lang="es"))
    assert "-Hablemos del agua. ¿Hay suficiente?" in texts
    assert "-Sí, llovió mucho en primavera." in texts


# --- P152p a typescript's wrapped lines ------------------------------------------------------------

_TYPESCRIPT = (" 1             THE CHAIR:  Good morning.\n 2             We begin with the minutes of the\n"
               " 3        last meeting, which you all have.\n 4             MS. LEE:  I move that we\n"
               " 5        approve them.\n 6             THE CHAIR:  Any objection?\n 7             MS. LEE:  None.\n")


def test_the_wrapped_lines_of_a_numbered_typescript_join_their_paragraph():
    doc = read(_TYPESCRIPT, lang="en")
    assert labels(doc) == ["THE CHAIR:", "MS. LEE:", "THE CHAIR:", "MS. LEE:"]
    assert _paragraphs(doc) == [2, 1, 1, 1]


# --- P153p a question after a site box ---------------------------------------------------------

def test_a_question_after_a_site_box_in_an_answer_is_a_turn():
    text = ("Interview: Ann Roe: Yes, I was there in 1990.\n\nTom Lee: Tell us more.\n\n"
            "Ann Roe: It was cold. We stayed a week.\n\n>>>Our special on the winter of 1990<<<\n\n"
            "What did you see first?\n")
    doc = read(text, lang="en")
    assert speech(doc)[-1] == "What did you see first?" and doc.turns()[-1].label is None
    assert isinstance(doc.blocks[doc.blocks.index(doc.turns()[-1]) - 1], Boilerplate)


# --- P154p a line broken after a comma --------------------------------------------------------------

def test_a_line_broken_after_a_comma_goes_on_below():
    text = ("Ann: Hello and welcome.\nBen: I think that, honestly,\nit is the best plan we have.\n"
            "And I mean it.\nAnn: Thanks.\nBen: You are welcome.\nAnn: Bye.\nBen: Bye.\n")
    doc = read(text, lang="en")
    assert _paragraphs(doc)[1] == 2


# --- H150p a place line over its date line --------------------------------------------------------

def test_a_place_over_its_date_printed_again_is_the_place():
    text = ("Interview with a Mayor\nSpringfield, Oregon\nMarch 3, 1980\nby Jo Fox\n"
            "Springfield, Oregon\n[Top of the page | Interview | Other interviews in the collection]\n"
            "Interview with a Mayor\nSpringfield, Oregon\nMarch 3, 1980\n"
            "FOX: How long have you been mayor?\nKENT: Ten years.\nFOX: And before?\nKENT: A teacher.\n")
    doc = read(text, lang="en")
    assert labels(doc) == ["FOX:", "KENT:", "FOX:", "KENT:"]
    assert doc.setting.place == "Springfield, Oregon"


# --- H151p a lead that defines the labels --------------------------------------------------------

def test_a_lead_that_defines_the_short_labels_is_no_speech():
    text = ("Из беседы журналиста (Ж.) с учителем Петром Ивановым (П. И.),\n\n«Радио», 1999.\n\n"
            "Ж.: Добрый день!\n\nП. И.: Здравствуйте!\n\nЖ.: Расскажите о школе.\n\nП. И.: С удовольствием.\n")
    doc = read(text, lang="ru")
    assert labels(doc) == ["Ж.:", "П. И.:", "Ж.:", "П. И.:"]


# --- H152p an initial before a labelled surname in the header -----------------------------------------

def test_a_header_line_naming_the_presenter_by_initial_is_no_speech():
    text = ("5 мая 2010 г.\nПередача «Утро»\nВ гостях художник Анна Белова\nПродолжительность 30 мин.\n"
            "Ведущие: П. Орлов и И. Котова\n\nПетр Орлов: Доброе утро!\nИрина Котова: Доброе утро.\n"
            "П: Как дела?\nИ: Отлично.\nП: Начнём.\n")
    doc = read(text, lang="ru")
    assert labels(doc)[0] == "Петр Орлов:"


# --- H153p a stage direction above the first label ----------------------------------------------------

def test_a_stage_opener_above_the_first_label_is_no_speech():
    text = ("Программа «Вечер»\n\nЗвучит музыка, в студии зажигается свет.\n\n"
            "Ведущий: Добрый вечер!\n\nГость: Здравствуйте.\n\nВедущий: Начнём.\n\nГость: Давайте.\n")
    doc = read(text, lang="ru")
    assert labels(doc)[0] == "Ведущий:"


# --- D150p a publication line without an article ---------------------------------------------------------

def test_a_publication_line_with_a_colon_dates_the_page():
    text = ("Publié : 4 mai 2015\n\nVisite à la ferme\n\n1 Combien de vaches avez-vous ?\nTrente.\n\n"
            "2 Quand les traites-vous ?\nLe matin.\n\n3 Aimez-vous ce métier ?\nBeaucoup.\n")
    doc = read(text, lang="fr")
    assert doc.setting.date_iso == "2015-05-04"


# --- E150p a gesture after a name --------------------------------------------------------------

def test_a_bracketed_gesture_after_a_name_is_an_event():
    text = "Ведущий: Добрый вечер! (Анна, улыбаясь, кивает.) Начнём.\n\nАнна: Начнём.\n"
    doc = read(text, lang="ru")
    events = [i for t in doc.turns() for p in t.paragraphs for i in getattr(p, "content", ()) if isinstance(i, Event)]
    assert [e.text for e in events] == ["(Анна, улыбаясь, кивает.)"]


def test_a_gesture_after_a_name_in_english_is_an_event():
    text = "HOST: Welcome. (Ann Lee nods.) Let us start.\n\nANN LEE: Thanks.\n"
    doc = read(text, lang="en")
    events = [i for t in doc.turns() for p in t.paragraphs for i in getattr(p, "content", ()) if isinstance(i, Event)]
    assert [e.text for e in events] == ["(Ann Lee nods.)"]


# --- B150p-B152p arrow links, reading-time widgets, handle lines -------------------------------------------

def test_site_lines_of_three_new_shapes_are_boilerplate():
    text = ("Der Hafen\n\n| Lesedauer: 5 Minuten\n\nEin Gespräch über den Hafen.\n\n"
            "Anna Roth: Der Hafen wächst.\n\n>>>Alle Artikel zum Hafen<<<\n\nLena Voss: Ja, schnell.\n\n"
            "Anna Roth: Und die Stadt?\n\n@hafenfreund\n\nLena Voss: Die Stadt auch.\n")
    doc = read(text, lang="de")
    boiler = {b.text for b in doc.blocks if isinstance(b, Boilerplate)} | \
             {p.text for t in doc.turns() for p in t.paragraphs if isinstance(p, Boilerplate)}
    assert {"| Lesedauer: 5 Minuten", ">>>Alle Artikel zum Hafen<<<", "@hafenfreund"} <= boiler


def test_a_link_bar_in_square_brackets_is_boilerplate():
    text = ("An Interview with Jo Fox\n[Notices and Terms | Interview Transcript | More Transcripts]\n\n"
            "FOX: We opened in May.\n\nLEE: And then?\n\nFOX: We grew.\n\nLEE: Thank you.\n")
    doc = read(text, lang="en")
    boiler = {b.text for b in doc.blocks if isinstance(b, Boilerplate)}
    assert "[Notices and Terms | Interview Transcript | More Transcripts]" in boiler


# --- P155p a lead that names the interview, over the first question ------------------------------

def test_a_lead_that_names_the_interview_is_no_turn():
    text = ("La alcaldesa habló de la ciudad en una entrevista concedida a este diario.\n"
            "-¿Qué cambió en estos años?\n-Casi todo, sobre todo el puerto.\n"
            "-¿Y el transporte?\n-Tenemos más autobuses que nunca.\n")
    doc = read(text, lang="es")
    assert speech(doc)[0] == "-¿Qué cambió en estos años?"
    assert any(isinstance(b, HeaderLine) and b.kind == HeaderKind.SUMMARY for b in doc.blocks)
