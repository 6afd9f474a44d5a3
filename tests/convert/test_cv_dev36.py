"""Shapes of dev36 (rule ids 1450-1459 ending in `i`): small synthetic examples in two languages
or more, written for the test (never a corpus line); each fails without its rule."""
from __future__ import annotations

from teikit.model import Note, Turn
from tests.convert.conftest import labels, read, speaker, speech

# --- L1450i a label that opens other lines, printed inside a paragraph --------------------------------

PRINTED_INTERVIEW = (
    "This is the full transcript of Mayor Tom Lee's interview with Ann Roe on the morning show.\n\n"
    "Ann Roe: Good morning. The budget was due last week. What happened? Tom Lee: Nothing happened, "
    "we are simply checking the figures once more.\n\n"
    "AR: So the figures are wrong? TL: No, they are right, but we check them twice.\n\n"
    "AR: And the schools?\n\n"
    "TL: They get more. AR: How much more?\n")


def test_labels_inside_a_paragraph_cut_where_they_stand():
    doc = read(PRINTED_INTERVIEW)
    assert [t.name for t in doc.turns()] == ["Ann Roe", "Tom Lee", "AR", "TL", "AR", "TL", "AR"]
    assert speech(doc)[1].startswith("Nothing happened")
    assert speech(doc)[5] == "They get more."
    assert speaker(doc, 3) is speaker(doc, 1)  # "TL" stands for "Tom Lee"


def test_labels_inside_a_paragraph_in_german():
    doc = read("Anna Roth: Guten Morgen. Wie geht es weiter? Paul Berg: Wir warten auf den Bericht.\n\n"
               "AR: Und dann? PB: Dann entscheiden wir im Rat.\n\n"
               "AR: Wann?\n\nPB: Im Mai. AR: Danke.\n", lang="de")
    assert [t.name for t in doc.turns()] == ["Anna Roth", "Paul Berg", "AR", "PB", "AR", "PB", "AR"]


def test_a_name_and_colon_in_prose_without_labels_at_line_starts_is_no_label():
    doc = read("The report came out. Ann Roe: the biography was its title.\n\nNothing else was said.\n")
    assert doc.turns() == [] or all(t.label is None for t in doc.turns())


# --- L1451i initialled labels in capitals run into one line -------------------------------------------

def test_initialled_labels_in_one_line_after_a_byline_in_russian():
    doc = read("Интервью с Анной Петровой\n"
               ", Москва, 3 марта 2010 Автор: ИВАН СИДОРОВ И.СИДОРОВ: Добрый вечер, у нас в студии Анна "
               "Петрова. Анна, что нового? А.ПЕТРОВА: Добрый вечер. Нового много, но главное впереди.\n",
               lang="ru")
    assert labels(doc) == ["И.СИДОРОВ:", "А.ПЕТРОВА:"]
    assert speech(doc)[1].startswith("Добрый вечер. Нового")


def test_initialled_labels_in_one_line_in_english():
    doc = read("Radio talk, 3 March 2010 By JOHN SMITH J.SMITH: Good evening, my guest is Ann Lee. "
               "What is new? A.LEE: Good evening. A lot is new.\n")
    assert labels(doc) == ["J.SMITH:", "A.LEE:"]


# --- N1452i initials keeping a name's particle in full ------------------------------------------------

def test_initials_with_a_particle_in_full_name_the_speaker():
    doc = read("This is the transcript of Ann Roe's conversation with Sean Mac Giolla.\n\nSean Mac Giolla: Welcome to the show, it is good to have you here.\n\n"
               "Ann Roe: Thank you, it is good to be here.\n\nSMacG: Shall we start with the budget?\n\n"
               "AR: Yes, the budget is the main thing this week.\n\nSMacG: Thank you.\n\nAR: Thank you too.\n")
    who = {t.label: t.who for t in doc.turns()}
    assert who["SMacG:"] == who["Sean Mac Giolla:"] is not None
    doc = read("Voici l'entretien d'Anne Roux avec Jean Le Goff.\n\nJean Le Goff : Bienvenue dans l'émission, "
               "merci d'être venue.\n\nAnne Roux : Merci, je suis ravie d'être là.\n\nJLeG : On commence par le "
               "budget ?\n\nAR : Oui, c'est le sujet de la semaine.\n\nJLeG : Merci.\n\nAR : Merci à vous.\n", lang="fr")
    who = {t.label: t.who for t in doc.turns()}
    assert who["JLeG :"] == who["Jean Le Goff :"] is not None


# --- L1453i Name, Town (Party). and the chair's office before a full stop ------------------------------

def test_a_cantonal_record_with_towns_and_the_chair_before_full_stops():
    doc = read("Sitzung vom 4. Mai 2021\n\nDie Wahlresultate stehen im Protokoll der Vormittagssitzung vom 5. Mai.\n\n"
               "Präsident. Ich eröffne die Sitzung und gebe das Wort weiter.\n\n"
               "Anna Roth, Thun (SP). Danke, Herr Präsident. Wir stimmen zu.\n\nDas ist unser Antrag.\n",
               lang="de")
    assert labels(doc)[-2:] == ["Präsident.", "Anna Roth, Thun (SP)."]
    assert speaker(doc, -1).name == "Anna Roth"
    doc = read("Séance du 4 mai 2021\n\nLes résultats des élections figurent au procès-verbal de la séance du matin.\n\n"
               "Présidente. J'ouvre la séance.\n\n"
               "Paul Roux, Lausanne (PLR). Merci, Madame la présidente. Nous approuvons.\n", lang="fr")
    assert labels(doc)[-2:] == ["Présidente.", "Paul Roux, Lausanne (PLR)."]


# --- L1454i the chair's label with its article alone on its line --------------------------------------

CHAIR_ALONE = ("Plenaire vergadering\n\nDe voorzitter\n\nMevrouw Roos heeft het woord.\n\nAnna Roos (Groen)\n\n"
               "Voorzitter, minister, ik heb een vraag over de scholen.\n\nDe voorzitter\n\n"
               "Minister Berg heeft het woord.\n\nPaul Berg (CD&V)\n\nWe werken eraan.\n")


def test_the_chairs_label_alone_is_a_label_not_a_repeated_widget():
    doc = read(CHAIR_ALONE, lang="nl")
    assert labels(doc) == ["De voorzitter", "Anna Roos (Groen)", "De voorzitter", "Paul Berg (CD&V)"]


def test_the_chairs_label_alone_in_english():
    doc = read("The Chair\n\nI call Ann Roe.\n\nAnn Roe (Green)\n\nThank you, Chair.\n\nThe Chair\n\n"
               "I call Tom Poe.\n\nTom Poe (Labour)\n\nThank you.\n")
    assert labels(doc) == ["The Chair", "Ann Roe (Green)", "The Chair", "Tom Poe (Labour)"]


# --- T1455i a speech without its name line after the chair's call -------------------------------------

def test_a_speech_after_the_chairs_call_is_the_called_members():
    doc = read(CHAIR_ALONE.replace("Paul Berg (CD&V)\n\n", ""), lang="nl")
    last = doc.turns()[-1]
    assert last.label is None and speaker(doc, len(doc.turns()) - 1).name == "Berg"
    assert speech(doc)[-2] == "Minister Berg heeft het woord."
    doc = read("Der Präsident\n\nDas Wort hat Frau Roth.\n\nAnna Roth (SPD)\n\nDanke.\n\nDer Präsident\n\n"
               "Das Wort hat Herr Berg.\n\nVielen Dank, Herr Präsident.\n\nWir stimmen zu.\n", lang="de")
    assert doc.turns()[-1].label is None and speaker(doc, len(doc.turns()) - 1).name == "Berg"
    assert speech(doc)[-1] == "Vielen Dank, Herr Präsident. | Wir stimmen zu."


# --- L1456i Name (Party) Office: ----------------------------------------------------------------------

def test_a_member_with_group_and_office_before_the_colon():
    doc = read("Seduta del 3 maggio\n\nLa commissione ha discusso le audizioni. Marco Rossi (Pd) ha chiesto tempi "
               "brevi.\n\nMarco Rossi (Pd) Presidente: Iniziamo con il primo punto all'ordine del giorno.\n",
               lang="it")
    assert labels(doc)[-1] == "Marco Rossi (Pd) Presidente:"
    assert speaker(doc, -1).name == "Marco Rossi" and speaker(doc, -1).role == "Presidente"
    doc = read("Sitzung vom 3. Mai\n\nDie Kommission hat beraten.\n\n"
               "Anna Roth (SPD) Vorsitzende: Wir beginnen mit dem ersten Punkt.\n", lang="de")
    assert speaker(doc, -1).name == "Anna Roth" and speaker(doc, -1).role == "Vorsitzende"


# --- E1457i a time in brackets alone inside a turn ----------------------------------------------------

def test_a_bracketed_time_line_inside_a_turn_is_a_time_note():
    doc = read("SEÑOR PRESIDENTE.- Está abierta la sesión.\n\n(Es la hora 10 y 4 minutos)\n\n"
               "Tiene la palabra el señor Senador.\n\nSEÑOR ROE.- Gracias, señor Presidente.\n", lang="es")
    first = doc.turns()[0]
    assert isinstance(first, Turn) and len(first.paragraphs) == 3
    assert first.paragraphs[1].content == [Note(type="time", text="(Es la hora 10 y 4 minutos)")]
    doc = read("PRESIDENTE. Apro la seduta.\n\n(Ore 10.15)\n\nRiprendiamo i lavori.\n\n"
               "ROSSI. Grazie.\n\nPRESIDENTE. Prego.\n", lang="it")
    assert doc.turns()[0].paragraphs[1].content[0] == Note(type="time", text="(Ore 10.15)")


def test_a_time_in_brackets_inside_a_sentence_stays_speech():
    doc = read("SEÑOR PRESIDENTE.- La sesión empieza ahora (son las 10 horas) y seguimos.\n\n"
               "SEÑOR ROE.- Gracias.\n", lang="es")
    assert "(son las 10 horas)" in speech(doc)[0]


# --- B1458i breadcrumbs, back links, a viewer's empty search -----------------------------------------

def test_a_breadcrumb_and_a_back_link_are_site_lines_not_the_title():
    doc = read("U bent hier\n\nDe voorzitter\n\nDe vergadering is geopend.\n\nAnna Roos (Groen)\n\nDank u.\n",
               lang="nl")
    assert doc.setting.title != "U bent hier"
    doc = read("Retorno a página principal\n\nSEÑOR PRESIDENTE.- Está abierta la sesión.\n\n"
               "SEÑOR ROE.- Gracias.\n\nSEÑOR PRESIDENTE.- Seguimos.\n", lang="es")
    assert doc.setting.title != "Retorno a página principal"


def test_a_viewers_empty_search_and_widgets_are_no_title_or_place():
    doc = read("• Keine Ergebnisse gefunden\n\nProtected\n\nPräsident. Ich eröffne die Sitzung.\n\n"
               "Anna Roth, Thun (SP). Danke.\n", lang="de")
    assert doc.setting.title != "• Keine Ergebnisse gefunden" and doc.setting.place != "Protected"
    doc = read("• No results found\n\nProtected\n\nANN ROE: Hello.\n\nTOM POE: Hi.\n")
    assert doc.setting.title != "• No results found" and doc.setting.place != "Protected"


# --- H1459i a weekday opening a dateline is no place -------------------------------------------------

def test_a_weekday_before_a_date_is_no_place():
    doc = read("Montag (Nachmittag), 4. Juni 2018\n\nPräsident. Ich eröffne die Sitzung.\n\n"
               "Anna Roth, Thun (SP). Danke.\n", lang="de")
    assert doc.setting.date_iso == "2018-06-04" and doc.setting.place is None
    doc = read("Lunedì (mattina), 4 giugno 2018\n\nPRESIDENTE. Apro la seduta.\n\nROSSI. Grazie.\n\n"
               "PRESIDENTE. Prego.\n", lang="it")
    assert doc.setting.place is None
