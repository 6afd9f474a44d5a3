"""Label, turn and paragraph shapes read since session 33 (cv-dev30a): Markdown exports'
shapes found where dev30 printed them, each tested on a variant dev30 does not print
(another language, another bracket or time form); docs/convert-shapes.md has one section and
an example for each."""
from __future__ import annotations

from teikit.model import Note, Paragraph, Turn
from tests.convert.conftest import labels, read, speech


def names(doc) -> list[str | None]:
    return [t.name for t in doc.turns()]


def _segs(turn: Turn) -> int:
    """The paragraphs of speech of a turn (a paragraph of notes only is no `seg`)."""
    return sum(1 for p in turn.paragraphs if isinstance(p, Paragraph)
               and any(not isinstance(i, Note) for i in p.content))


# --- L920e a bold name without a colon, the speech after it --------------------------------

_BOLD_TIMED = ("0:00:12.9 **Ann Lee** Hello and welcome to the harbour show.\n\n"
               "0:00:31.6 **Bo Ray** Thanks, Ann.\n\n"
               "0:00:33.0 **Ann Lee** So what happened to the quay?\n\n"
               "0:00:40.2 The ferries stopped.\n\n"
               "0:00:45.5 **Bo Ray** They stopped in May.\n\n"
               "0:00:50.1 **Ann Lee & Bo Ray** Thank you all.\n")


def test_bold_names_without_colon_after_a_decimal_time_open_turns():
    doc = read(_BOLD_TIMED, lang="en")
    assert names(doc) == ["Ann Lee", "Bo Ray", "Ann Lee", "Bo Ray", "Ann Lee & Bo Ray"]
    assert doc.turns()[0].time == "0:00:12.9" and speech(doc)[1] == "Thanks, Ann."


def test_bold_names_in_german_with_underscores_and_no_time():
    text = ("__Anna Roth__ Guten Abend und willkommen.\n\n__Paul Lang__ Danke, Anna.\n\n"
            "__Anna Roth__ Wie geht es dem Hafen?\n\n__Paul Lang__ Gut, sehr gut.\n")
    assert labels(read(text, lang="de")) == ["__Anna Roth__", "__Paul Lang__", "__Anna Roth__", "__Paul Lang__"]


def test_bold_lead_words_of_an_article_are_no_labels():
    text = ("**Background** The harbour was built in 1890.\n\n**Ferries** Two lines run daily.\n\n"
            "**How did it start?** With one boat.\n\nMore text follows here.\n")
    assert labels(read(text, lang="en")) == [None]


def test_one_bold_name_twice_is_no_style():
    text = ("**Update** The ferry runs again.\n\nSome text.\n\n**Update** The quay is open.\n")
    assert labels(read(text, lang="en")) == [None]


# --- L921e a bold name alone over its speech -----------------------------------------------

def test_a_bold_name_alone_over_speech_is_the_label_printed_with_a_colon_below():
    text = ("# Épisode 12\n\n**Alan**\nBonsoir et bienvenue dans l'émission.\n\n"
            "**Alan** : On commence avec Nico.\n\n**Nico** : Salut.\n\n**Alan** : Et Adam.\n\n"
            "**Nico** : Bonjour.\n")
    assert labels(read(text, lang="fr"))[:2] == ["**Alan**", "**Alan** :"]


# --- T922e a bare time opening a paragraph where the labels print bare times ---------------

def test_a_bare_time_under_time_labelled_turns_is_a_timestamp():
    doc = read(_BOLD_TIMED, lang="en")
    continued = doc.turns()[2].paragraphs[1]
    assert isinstance(continued.content[0], Note) and continued.content[0].text == "0:00:40.2"


def test_a_bare_time_in_plain_speech_stays_speech():
    text = "ANN: We met at the quay.\n\n10:30:00 was the hour we met.\n\nBO: Yes.\n"
    assert "10:30:00 was the hour" in speech(read(text, lang="en"))[0]


# --- P923e Markdown hard breaks: a block of lines is one paragraph ------------------------

def test_markdown_hard_breaks_keep_a_turns_lines_in_one_paragraph():
    lines = ["[00:02] **Ann:** Hello there, and welcome to the show about the harbour and its long history, "
             "its ships and its people.",
             "[00:09] **Bo:** Thanks.",
             "[00:10] It is good to be here, and to talk about the ferries that stopped last year in May, after "
             "the storm had passed.",
             "[00:15] And about the quay, which was rebuilt after the storm of the winter before that, at a cost "
             "nobody had expected.",
             "[00:21] **Ann:** Let us start there."]
    doc = read("# Harbour talk\n\n" + "  \n".join(lines) + "  \n", lang="en")
    assert names(doc) == ["Ann", "Bo", "Ann"]
    assert [_segs(t) for t in doc.turns()] == [1, 1, 1]


def test_long_lines_without_hard_breaks_stay_a_paragraph_each():
    lines = ["ANN: Hello there, and welcome to the show about the harbour and its long history of ships.",
             "It is good to be here, and to talk about the ferries that stopped last year in May again.",
             "And about the quay, which was rebuilt after the storm of the winter before that one came.",
             "BO: Thanks for having me on the show, it is good to be here with you today, Ann."]
    doc = read("\n".join(lines) + "\n", lang="en")
    assert _segs(doc.turns()[0]) == 3


# --- L924e a Markdown list bullet before a label -------------------------------------------

def test_markdown_bullets_before_bold_labels_open_turns():
    text = ("**Ana** : Hoy hablamos del puerto.\n\n"
            "* **Ana** : Primero, las noticias,\n* **Luis** : Luego, la entrevista,\n"
            "+ **Ana** : Y al final, las preguntas.\n\n**Luis** : Empecemos.\n")
    assert labels(read(text, lang="es")) == ["**Ana** :", "* **Ana** :", "* **Luis** :", "+ **Ana** :", "**Luis** :"]


def test_a_markdown_list_of_words_stays_speech():
    text = "ANN: We need three things:\n\n* ferries,\n* a quay,\n* money.\n\nBO: Agreed.\n"
    assert labels(read(text, lang="en")) == ["ANN:", "BO:"]


# --- T925e a Markdown heading that holds only a time, above a label -----------------------

def test_markdown_time_headings_are_timestamps_of_the_next_turn():
    text = ("Ann\n:\tHello.\n\nBo\n:\tHi there.\n\n### [05:30]\n\nAnn\n:\tGo on.\n\n"
            "Bo\n:\tWell.\n\n### [09:06]\n\nAnn\n:\tAnd then?\n")
    doc = read(text, lang="en")
    assert [_segs(t) for t in doc.turns()] == [1, 1, 1, 1, 1]
    assert doc.turns()[2].time is None and doc.turns()[2].start is not None


# --- L926e definition-list terms: the speaker over ":<tab>speech" --------------------------

_DEFINITIONS = ("Ruth\n:\tVom Papa, vom Heini, von dir.\n\nKäthe\n:\tJa, das war so.\n\n"
                "Ruth\n:\tDu sagtest –\n\nKäthe\n:\tAm 28. November bin ich weg.\n\n"
                "Susanne\n:\tDich hat jemand gewarnt?\n\nKäthe\n:\tJa.\n")


def test_definition_list_terms_printed_once_are_labels_of_that_style():
    assert labels(read(_DEFINITIONS, lang="de")) == ["Ruth", "Käthe", "Ruth", "Käthe", "Susanne", "Käthe"]


def test_definition_terms_in_english_with_spaces_after_the_colon():
    text = _DEFINITIONS.replace(":\t", ":   ").replace("Susanne", "Mary Jones")
    assert labels(read(text, lang="en"))[4] == "Mary Jones"


def test_one_definition_is_no_style():
    text = "Harbour\n:\tA place where ships are kept.\n\nANN: Hello.\n\nBO: Hi.\n"
    assert labels(read(text, lang="en"))[-2:] == ["ANN:", "BO:"]
    assert "Harbour" not in labels(read(text, lang="en"))


# --- P927e a Markdown footnote's definition inside a turn ----------------------------------

def test_a_footnote_definition_after_speech_is_an_editorial_note():
    text = ("ANN: The county[^1] was large.\n\n[^1]: A county is a region of the country.\n\n"
            "BO: Yes, it was.\n")
    doc = read(text, lang="en")
    note = doc.turns()[0].paragraphs[1].content
    assert [type(i) for i in note] == [Note] and note[0].type == "editorial"
    assert _segs(doc.turns()[0]) == 1


# --- T928e a Markdown heading that closes a turn -------------------------------------------

def test_a_heading_between_turns_leaves_the_turn_above():
    text = ("**Ana:** Hola a todos.\n\n## Entrevista\n\n**Luis:** Buenas tardes.\n\n**Ana:** Empecemos.\n\n"
            "**Luis:** Bien.\n")
    closing = read(text, lang="es").turns()[0].paragraphs[-1].content
    assert [(type(i), i.type, i.text) for i in closing] == [(Note, "heading", "## Entrevista")]


def test_a_heading_that_ends_like_a_sentence_stays_speech():
    text = ("**Ana:** Hola.\n\n## Y así fue como llegamos al puerto aquel día.\n\n**Luis:** Bien.\n\n"
            "**Ana:** Sí.\n\n**Luis:** Claro.\n")
    assert _segs(read(text, lang="es").turns()[0]) == 2


# --- L929e a court caption's field words are no labels -------------------------------------

def test_a_court_captions_by_and_before_lines_open_no_turns():
    text = ("UNITED STATES DISTRICT COURT\n\nUNITED STATES OF AMERICA,\nv. 23 Cr. 118 (AT)\nBefore:\n"
            "HON. ANN ROE,\nDistrict Judge\nAPPEARANCES\nBY: TOM POE\nBEN LEE\nAttorneys for Defendant\n"
            "BY: MARY KANE\n\nTHE COURT: Good morning.\nMR. POE: Good morning, your Honor.\n"
            "THE COURT: Please sit.\n")
    assert labels(read(text, lang="en")) == ["THE COURT:", "MR. POE:", "THE COURT:"]


def test_a_newspaper_byline_in_capitals_opens_no_turn():
    text = "Harbour news\n\nBY: STAFF WRITER\n\nANN: The quay opens today.\n\nBO: At last.\n"
    assert labels(read(text, lang="en")) == ["ANN:", "BO:"]


# --- L930e a code alone on its line is no name -----------------------------------------------

def test_a_running_head_code_over_each_page_is_no_speaker():
    page = "\n\n\n\nAB12CD\n\n"
    text = ("THE COURT: We begin with the motion.\nIt is denied." + page + "THE COURT: Next.\n"
            "MR. POE: Thank you." + page + "of the harbour case.\nTHE COURT: Noted." + page + "MR. POE: Yes.\n")
    assert "AB12CD" not in labels(read(text, lang="en"))


def test_diarization_ids_alone_stay_labels():
    text = "SPEAKER_01\nHello there.\n\nSPEAKER_02\nHi.\n\nSPEAKER_01\nHow are you?\n\nSPEAKER_02\nFine.\n"
    assert labels(read(text, lang="en")) == ["SPEAKER_01", "SPEAKER_02", "SPEAKER_01", "SPEAKER_02"]


# --- L931e a full name printed once before its surname labels -----------------------------

def test_a_full_name_with_a_nickname_at_first_mention_before_surname_labels():
    text = ("Interview\n\nMarc Weber:  I am here today with Elizabeth Feinler.\n"
            "Elizabeth (Jake) Feinler:  My pleasure.\nWeber:  Where did you grow up?\n"
            "Feinler:  In Wheeling.\nWeber:  And then?\nFeinler:  College.\n")
    assert names(read(text, lang="en")) == ["Marc Weber", "Elizabeth (Jake) Feinler", "Weber", "Feinler",
                                            "Weber", "Feinler"]


def test_a_full_name_in_italian_with_a_quoted_nickname():
    text = ("Intervista\n\nPaolo “Lino” Rossi: Buongiorno a tutti.\nRossi: Allora, cominciamo.\n"
            "Bianchi: Certo.\nRossi: Bene.\nBianchi: Sì.\n")
    assert names(read(text, lang="it"))[0] == "Paolo “Lino” Rossi"


def test_a_sentence_before_a_colon_is_no_full_name():
    text = ("Weber: Hello.\n\nFeinler: Hi.\n\nWeber: Well.\n\nFeinler: Yes.\n\n"
            "I met the Weber: he was kind.\n")
    assert names(read(text, lang="en")) == ["Weber", "Feinler", "Weber", "Feinler"]


def test_a_phrase_ending_with_a_label_after_its_turns_is_no_full_name():
    text = ("**Publico:** Wie geht es?\n\n**Bolz:** Gut.\n\n**Publico:** Und dann?\n\n**Bolz:** Weiter.\n\n"
            "Liebe Leser von Publico: Wir danken Ihnen.\n")
    assert "Liebe Leser von Publico" not in names(read(text, lang="de"))


# --- L932e heading marks before a label and its speech, a label the text prints plainly ---

def test_heading_marks_around_a_turn_of_a_plainly_printed_label():
    text = ("# 訪談\n\n問：你好嗎？\n\n答：很好。\n\n#### 問：為什麼？\n\n#### 答：因為自由。\n\n"
            "問：然後呢？\n\n答：沒有了。\n")
    assert labels(read(text, lang="zh")) == ["問：", "答：", "#### 問：", "#### 答：", "問：", "答："]


def test_heading_marks_around_an_english_question_label():
    text = ("Q: How are you?\n\nA: Fine.\n\n## Q: And the harbour?\n\nA: It is open.\n\n"
            "Q: Good.\n\nA: Yes.\n")
    assert labels(read(text, lang="en"))[2] == "## Q:"


def test_a_section_heading_with_a_colon_stays_a_heading():
    text = ("ANN: Hello.\n\nBO: Hi.\n\n## Part 1: The harbour\n\nANN: So.\n\nBO: Yes.\n")
    assert labels(read(text, lang="en")) == ["ANN:", "BO:", "ANN:", "BO:"]
