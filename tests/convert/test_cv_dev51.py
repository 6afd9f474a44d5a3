"""Shapes of dev51 (rule ids 2100-2119 ending in `k`): page captures of inquiry hearings and
parliamentary records in English, Spanish, Italian and German, written for the test (never a
corpus line); each fails without its rule."""
from __future__ import annotations

from teikit.model import HeaderKind, HeaderLine, Note, Text
from tests.convert.conftest import labels, read, speech

# --- L2100k a numbered typescript whose empty lines keep their numbers ----------------------

NUMBERED = ("PUBLIC INQUIRY INTO THE HARBOUR FIRE\n\n"
            "1 THE INQUIRY RESUMED ON TUESDAY,\n"
            "2 3RD MAY 2011\n"
            "3\n"
            "4 THE CHAIR: Good afternoon.\n"
            "5 We begin with the evidence of the\n"
            "6 harbour master, who has kindly\n"
            "7 come back today.\n"
            "8\n"
            "9 Before that, two matters of\n"
            "10 procedure.\n")


def test_empty_numbered_lines_make_the_margin_numbers_of_a_typescript_with_one_label():
    doc = read(NUMBERED, lang="en")
    assert labels(doc) == ["THE CHAIR:"]
    turn = doc.turns()[0]
    words = [[i.text for i in p.content if isinstance(i, Text)] for p in turn.paragraphs]
    assert words[0][:2] == ["Good afternoon.", "We begin with the evidence of the"]
    # the empty numbered line 8 ends the first paragraph
    assert len(words) == 2 and words[1][0] == "Before that, two matters of"
    numbers = [i.text for p in turn.paragraphs for i in p.content if isinstance(i, Note)]
    assert numbers == [str(n) for n in range(5, 11)]


def test_a_numbered_list_without_empty_numbered_lines_keeps_its_numbers():
    listed = NUMBERED.replace("3\n", "3 The chair sat at ten.\n").replace("8\n", "8 We then rose.\n")
    doc = read(listed, lang="en")
    assert not any(isinstance(i, Note) for t in doc.turns() for p in t.paragraphs for i in p.content)


# --- H2101k an inquiry's counsel lines on its cover -----------------------------------------

COVER = ("COMMISSION OF INVESTIGATION INTO THE PORT\n\n"
         "COUNSEL: MR. JOHN ROE SC MS. ANN LEE BL\n\n"
         "Instructed by: MS. JANE POE\n\n"
         "THE CHAIRPERSON: Good morning. We resume today.\n\n"
         "MR. ROE: Thank you, Chairperson.\n\n"
         "THE CHAIRPERSON: Please go on.\n")


def test_counsel_on_an_inquiry_cover_is_no_speaker():
    doc = read(COVER, lang="en")
    assert labels(doc) == ["THE CHAIRPERSON:", "MR. ROE:", "THE CHAIRPERSON:"]
    kinds = {b.text.split(":")[0]: b.kind for b in doc.blocks if isinstance(b, HeaderLine)}
    assert kinds["COUNSEL"] == HeaderKind.METADATA and kinds["Instructed by"] == HeaderKind.METADATA


# --- L2102k a running head's lines alone; H2103k a record's index before the first label ----

RUNNING = ("Assemblea Regionale Lombarda\n\n2\n\nXII LEGISLATURA\n\n5a SEDUTA\n\n"
           "INDICE\n\nAssemblea Regionale Lombarda\n\n(Comunicazioni del Presidente):\n\n"
           "PRESIDENTE . . . . . . . . . . . . . . . . 3\n\n"
           "(Verifica del numero legale):\n\n"
           "PRESIDENTE . . . . . . . . . . . . . . . . 4,5\n\n"
           "Assemblea Regionale Lombarda\n\n3\n\nXII LEGISLATURA\n\n5a SEDUTA\n\n"
           "La seduta è aperta alle ore 10.30\n\n"
           "PRESIDENTE. Onorevoli colleghi, la seduta è aperta.\n\n"
           "ROSSI. Chiedo la parola.\n\n"
           "PRESIDENTE. Ne ha facoltà.\n")


def test_a_running_head_over_its_page_numbers_opens_no_turn():
    doc = read(RUNNING, lang="it")
    assert labels(doc) == ["PRESIDENTE.", "ROSSI.", "PRESIDENTE."]
    assert speech(doc)[0].startswith("Onorevoli colleghi")


def test_a_name_alone_twice_over_speech_stays_a_label():
    text = ("ANNA ROSSI\n\nBuongiorno a tutti.\n\nMARCO BIANCHI\n\nBuongiorno.\n\n"
            "ANNA ROSSI\n\nCominciamo subito.\n\nMARCO BIANCHI\n\nVa bene.\n")
    assert labels(read(text, lang="it")) == ["ANNA ROSSI", "MARCO BIANCHI"] * 2


def test_a_record_index_before_the_first_label_is_front_matter():
    doc = read(RUNNING, lang="it")
    first = doc.turns()[0]
    assert first.label == "PRESIDENTE."
    lines = [b for b in doc.blocks if isinstance(b, HeaderLine)]
    assert any(h.text.startswith("PRESIDENTE . . .") and h.kind == HeaderKind.SUMMARY for h in lines)


def test_an_opening_with_one_dotted_line_stays_speech():
    text = ("Signore e signori . . . . . 3\n\nbenvenuti a questa serata, che apriamo con un saluto.\n\n"
            "PRESIDENTE. Grazie.\n\nROSSI. Grazie a lei.\n\nPRESIDENTE. Prego.\n")
    assert doc_turn_count(text) == 4


def doc_turn_count(text: str) -> int:
    return len(read(text, lang="it").turns())


# --- L2104k an office's body with an adjective; L2105k a compound office alone ---------------

OFFICES = ("Präsident der vorberatenden Kommission: Die Kommission hat die Vorlage beraten.\n\n"
           "Ratspräsident: Die Vorlage geht an die Redaktionskommission.\n\n"
           "Präsident der vorberatenden Kommission: Auf die Vorlage ist einzutreten.\n")


def test_an_office_of_a_body_named_with_an_adjective_is_a_label():
    assert labels(read(OFFICES, lang="de"))[::2] == ["Präsident der vorberatenden Kommission:"] * 2


def test_a_compound_office_printed_once_is_a_label():
    doc = read(OFFICES, lang="de")
    assert labels(doc) == ["Präsident der vorberatenden Kommission:", "Ratspräsident:",
                           "Präsident der vorberatenden Kommission:"]


def test_a_sentence_opening_with_a_compound_noun_and_a_colon_is_no_label():
    text = ("Präsident der vorberatenden Kommission: Die Kommission hat beraten.\n"
            "Dreimal: so oft hat sie getagt.\n\n"
            "Präsident der vorberatenden Kommission: Auf die Vorlage ist einzutreten.\n")
    assert len(read(text, lang="de").turns()) == 2


# --- L2106k an office in lower case after an article and an honorific -----------------------

DIPUTADO = ("La señora PRESIDENTA: Gracias. Tiene la palabra el señor Sanz.\n\n"
            "El señor diputado SANZ REMÓN: Gracias, presidenta.\nSeñorías, el Reglamento es claro.\n\n"
            "La señora PRESIDENTA: Gracias, señor Sanz.\n")


def test_an_office_after_article_and_honorific_is_part_of_the_label():
    doc = read(DIPUTADO, lang="es")
    assert labels(doc) == ["La señora PRESIDENTA:", "El señor diputado SANZ REMÓN:", "La señora PRESIDENTA:"]


# --- H2107k the days of a sitting over one month --------------------------------------------

def test_a_sitting_over_several_days_is_dated_by_its_first_day():
    text = ("RESOCONTO STENOGRAFICO\n\nLUNEDÌ 18-MERCOLEDÌ 20-GIOVEDÌ 21 DICEMBRE 2017\n\n"
            "PRESIDENTE. La seduta è aperta.\n\nROSSI. Grazie.\n\nPRESIDENTE. Prego.\n")
    assert read(text, lang="it").setting.date_iso == "2017-12-18"


# --- P2108k a stenographic page with a blank line after every wrapped line -------------------

STENO = ("MR. JUSTICE ROE: This is a public inquiry set up by the Minister\n\n"
         "for Justice under Section\n\n"
         "44 of the Commissions Act to look into the events\n\n"
         "at the harbour in spring\n\n"
         "of that year.\n\n"
         "The inquiry will sit in public wherever it can\n\n"
         "hear the evidence of every person who wishes\n\n"
         "give it in the order the Commission thinks best.\n\n"
         "In setting up the inquiry the Minister said in his\n\n"
         "statement to the House on the day before:\n\n"
         "\"It is essential that the people of the town\n\n"
         "trust the work of this Commission and its report\n\n"
         "when it is finally published in the autumn\".\n\n"
         "We intend to honour that trust in all we do here.\n")


def test_blocks_of_one_wrapped_line_are_joined_up_to_a_sentence_end():
    doc = read(STENO, lang="en")
    assert labels(doc) == ["MR. JUSTICE ROE:"]
    paragraphs = doc.turns()[0].paragraphs
    assert len(paragraphs) == 5
    assert paragraphs[0].content[0].text.startswith("This is a public inquiry")
    assert paragraphs[3].content[0].text.startswith("\"It is essential")


def test_prose_with_a_blank_line_after_each_sentence_keeps_its_paragraphs():
    text = "".join(f"MR. ROE: Sentence number {n} of the statement ends here.\n\n" for n in range(14))
    doc = read(text, lang="en")
    assert all(len(t.paragraphs) == 1 for t in doc.turns())
