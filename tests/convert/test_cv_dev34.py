"""Shapes read since session 36 (cv-dev34): a transcription service's bold label holding the
time, questions as Markdown headings over quoted answers, an italic label inside a styled box,
a template tag before a label, initials after given names; each tested on a synthetic text of
the shape (never a corpus file); docs/convert-shapes.md has a section for each."""
from __future__ import annotations

from lxml import etree

from teikit import convert
from tests.convert.conftest import read, speaker, speech

TEI = "{http://www.tei-c.org/ns/1.0}"


def tei(text: str, **options):
    return etree.fromstring(convert(text, name="t.txt", **options).tei)


def notes(root, kind: str) -> list[str]:
    return [n.text for n in root.find(f".//{TEI}body").iter(f"{TEI}note") if n.get("type") == kind]


# --- L1230h, T1231h: `**Name: (hh:mm:ss)**` labels, `**(hh:mm:ss)**` later paragraphs -------

_TIMED_BOLD = ("**Ann: (00:00:00)** Welcome to the harbour show, everyone.\n\n"
               "**Bob: (00:00:09)** Thanks for having me, Ann.\n\n"
               "**(00:00:15)** The ferries stopped in May.\n\n"
               "**Ann: (00:00:30)** Why did they stop?\n")


def test_a_bold_label_holding_the_time_opens_a_turn_whose_speech_leaves_the_time_out():
    doc = read(_TIMED_BOLD, lang="en")
    assert [t.name for t in doc.turns()] == ["Ann", "Bob", "Ann"]
    assert [t.time for t in doc.turns()] == ["(00:00:00)", "(00:00:09)", "(00:00:30)"]
    assert speech(doc)[0] == "Welcome to the harbour show, everyone."


def test_the_time_and_the_closing_marks_are_the_turns_timestamp_note():
    root = tei(_TIMED_BOLD, lang="en")
    assert notes(root, "speaker") == ["**Ann:", "**Bob:", "**Ann:"]
    assert notes(root, "timestamp")[:2] == ["(00:00:00)**", "(00:00:09)**"]
    assert root.find(f".//{TEI}u").get("start")


def test_a_bold_time_opening_a_later_paragraph_is_a_timestamp_of_the_same_turn():
    root = tei(_TIMED_BOLD, lang="en")
    second = root.findall(f".//{TEI}u")[1]
    segs = second.findall(f"{TEI}seg")
    assert len(segs) == 2
    assert [n.text for n in segs[1].iter(f"{TEI}note")] == ["**(00:00:15)**"]
    assert "".join(segs[1].itertext()).endswith("The ferries stopped in May.")
    assert "(00:00:15)" not in (segs[1].find(f"{TEI}note").tail or "")


def test_a_bold_label_without_a_time_is_read_as_before():
    doc = read("**Ann:** Welcome.\n\n**Bob:** Thanks.\n\n**Ann:** Why?\n\n**Bob:** Boats.\n", lang="en")
    assert [t.name for t in doc.turns()] == ["Ann", "Bob", "Ann", "Bob"]
    assert [t.time for t in doc.turns()] == [None] * 4


# --- P1234h, N1232h, N1233h: questions as Markdown headings, the guest of the title -------

_HEADED = ("---\ntitle: Entrevue avec Lucie MARCHAND\n---\n\n"
           "Une développeuse nous parle de son métier.\n\n"
           "## Quelles études as-tu faites ?\n\nJ'ai étudié les lettres, puis le code.\n\n"
           "## Pourquoi le web ?\n\nParce que tout le monde peut y publier.\n\nEt c'est ouvert.\n\n"
           "## Ta journée type ?\n\nDu café, puis des revues de code.\n")


def test_heading_questions_are_the_interviewers_and_the_answers_the_guests_of_the_title():
    doc = read(_HEADED, lang="fr")
    turns = doc.turns()
    assert [t.who for t in turns[0::2]] == [None, None, None]
    assert {speaker(doc, i).name for i in (1, 3, 5)} == {"Lucie MARCHAND"}


def test_a_given_name_and_a_surname_in_capitals_after_avec_is_the_guest():
    doc = read(_HEADED.replace("Entrevue", "Entretien"), lang="fr")
    assert speaker(doc, 1).name == "Lucie MARCHAND"


def test_a_name_in_capitals_after_an_article_names_no_one():
    doc = read(_HEADED.replace("Entrevue avec Lucie MARCHAND", "Entrevue avec la SNCF"), lang="fr")
    assert doc.turns()[1].who is None


# --- P1235h, B1236h, B1248h: answers in quotation marks over several paragraphs ----------

_QUOTED = ("---\ntitle: Intervista sul porto\n---\n\n"
           "Anna Rossi dirige il porto da dieci anni. Il motto di Anna Rossi è semplice.\n\n"
           "### Come è cominciato?\n\n“Con due barche vecchie, comprate all’asta da un cantiere che chiudeva.\n\n"
           "Le abbiamo riparate noi, in un inverno, con gli amici del molo e tanta pazienza.”\n\n"
           "### Che cosa è cambiato?\n\n“Tutto, o quasi: oggi le corse sono venti al giorno, anche d’inverno.”\n\n"
           "### Un consiglio ai giovani?\n\n“Imparate a nuotare prima di tutto, poi a leggere il mare.\n\n"
           "E poi a remare, che è la cosa più bella del mondo.”\n\n"
           "Articolo originale su [Il Porto](https://ilporto.example/intervista)\n")


def test_a_quotation_over_two_paragraphs_is_one_answer():
    doc = read(_QUOTED, lang="it")
    assert len(doc.turns()) == 6
    assert speech(doc)[1].startswith("“Con due barche vecchie") and " | Le abbiamo riparate noi" in speech(doc)[1]


def test_the_lead_naming_one_person_twice_names_the_answers_under_heading_questions():
    doc = read(_QUOTED, lang="it")
    assert {speaker(doc, i).name for i in (1, 3, 5)} == {"Anna Rossi"}
    assert doc.turns()[0].who is None


def test_a_lead_naming_two_people_once_each_names_no_one():
    text = _QUOTED.replace("Il motto di Anna Rossi", "Il motto di Marco Bianchi")
    assert read(text, lang="it").turns()[1].who is None


def test_a_wrapped_line_opening_with_condividiamo_is_speech_not_a_share_button():
    text = _QUOTED.replace("“Tutto, o quasi: oggi le corse sono venti al giorno, anche d’inverno.”",
                           "“Tutto, o quasi: oggi le corse sono venti al giorno e\n"
                           "condividiamo il molo con i pescatori, anche d’inverno.”")
    doc = read(text, lang="it")
    assert "condividiamo il molo" in speech(doc)[3] and " | " not in speech(doc)[3]


def test_the_reposts_credit_to_the_original_article_is_no_speech():
    root = tei(_QUOTED, lang="it")
    gaps = ["".join(g.itertext()).strip() for g in root.iter(f"{TEI}gap")]
    assert any(g.startswith("Articolo originale su") for g in gaps)
    assert "Articolo originale" not in " ".join("".join(u.itertext()) for u in root.iter(f"{TEI}u"))


# --- B1237h, L1238h, B1247h: questions in a styled box with an italic label -------------

_BOXED = ("::: .box-blue\n*Interviewer:* **How did the ferries start?**\n:::\n\n"
          "With two old boats that we repaired ourselves.\n\n"
          "::: .box-blue\n*Interviewer:* **What changed?**\n:::\n\n"
          "Everything changed when the bridge closed.\n\nWe doubled the crossings.\n\n"
          "::: .box-blue\n*Interviewer:* **And next year?**\n:::\n\n"
          "More boats.\n")


def test_an_italic_label_in_a_box_opens_the_question_and_the_answer_is_a_turn_of_its_own():
    doc = read(_BOXED, lang="en")
    assert [t.name for t in doc.turns()] == ["Interviewer", None, "Interviewer", None, "Interviewer", None]
    assert speech(doc)[1] == "With two old boats that we repaired ourselves."
    assert len([p for p in doc.turns()[3].paragraphs if hasattr(p, "content")]) == 2


def test_the_boxs_fence_lines_are_page_lines_between_the_turns():
    root = tei(_BOXED, lang="en")
    gaps = ["".join(g.itertext()).strip() for g in root.iter(f"{TEI}gap")]
    assert gaps.count(":::") == 3 and gaps.count("::: .box-blue") == 3
    assert ":::" not in " ".join("".join(u.itertext()) for u in root.iter(f"{TEI}u"))


def test_link_reference_definitions_under_the_last_answer_are_no_speech():
    text = _BOXED.replace("More boats.\n", "More [boats][b].\n\n[b]: https://harbour.example/boats \"Boats\"\n[c]: /contact\n")
    root = tei(text, lang="en")
    last = root.findall(f".//{TEI}u")[-1]
    assert len(last.findall(f"{TEI}seg")) == 1 and "harbour.example" not in "".join(last.itertext())
    assert "[c]: /contact" in ["".join(g.itertext()).strip() for g in root.iter(f"{TEI}gap")]


def test_an_italic_label_printed_once_is_no_label():
    doc = read("Ann Lee: Welcome.\n\nBob Roe: Thanks.\n\nAnn Lee: And the quay?\n\nBob Roe: Closed.\n\n"
               "*Harbour Master:* the quay reopened in June.\n", lang="en")
    assert [t.name for t in doc.turns()] == ["Ann Lee", "Bob Roe", "Ann Lee", "Bob Roe"]


# --- B1239h, N1240h, L1241h, H1246h, E1242h: a child's interview of an author -------------

_INITIALS = ("---\ntitulo: \"Entrevista de Paula Ruiz\"\n---\n"
             "{{ imagen biografia/paula.jpg posición: izq }} **Paula: ¿Cómo te defines a ti\nmisma?**\n\n"
             "Rosa: Como una lectora que escribe.\n\n"
             "**P: ¿Cuántos libros has escrito? ¿Y cuándo publicaste\nel primero?**\n\n"
             "R: Catorce, el primero en 1999 (se ríe).\n\n"
             "**P: ¿Y ahora?**\n\nR: Ahora leo.\n")


def test_a_template_tag_before_a_label_is_page_code_and_the_label_opens_the_first_turn():
    doc = read(_INITIALS, lang="es")
    assert [t.name for t in doc.turns()][:2] == ["Paula", "Rosa"]
    assert doc.setting.title == "Entrevista de Paula Ruiz"
    root = tei(_INITIALS, lang="es")
    assert any("{{ imagen" in "".join(g.itertext()) for g in root.iter(f"{TEI}gap"))


def test_question_and_answer_letters_after_the_given_names_are_those_people():
    doc = read(_INITIALS, lang="es")
    whos = [t.who for t in doc.turns()]
    assert whos[2] == whos[4] == whos[0] and whos[3] == whos[5] == whos[1]
    assert speaker(doc, 2).name == "Paula Ruiz"


def test_the_letters_stay_generic_voices_without_given_names_before_them():
    text = "P: ¿Cuántos libros?\n\nR: Catorce.\n\nP: ¿Y ahora?\n\nR: Leo.\n"
    assert [t.who for t in read(text, lang="es").turns()][0::2] == [None, None]


def test_a_letter_two_given_names_begin_with_stays_a_generic_voice():
    text = _INITIALS.replace("Rosa: Como", "Pilar: Como")
    doc = read(text, lang="es")
    assert [t.who for t in doc.turns() if t.name == "P"] == [None, None]


def test_a_letter_that_could_stand_for_two_names_stays_a_generic_voice():
    text = _INITIALS.replace("escribe.\n\n", "escribe.\n\nPilar: ¿Y tú?\n\nRosa: Yo también.\n\n")
    doc = read(text, lang="es")
    assert [t.who for t in doc.turns() if t.name == "P"] == [None, None]


def test_se_rie_is_laughter():
    root = tei(_INITIALS, lang="es")
    assert [v.get("type") for v in root.iter(f"{TEI}vocal")] == ["laughter"]


# --- N1243h, N1244h, N1245h: names a podcast host gives -----------------------------------

_HOSTED = ("**Ann: (00:00:00)** Welcome to Harbour Talk. I’m your host, Ann Lee. Joining me is "
           "the harbour master. Tom Poe, how are you?\n\n"
           "**Tom: (00:00:09)** Good, Ann. Thanks.\n\n"
           "**Ann: (00:00:12)** What happened to the quay?\n\n"
           "**Tom: (00:00:20)** It closed.\n")


def test_the_host_names_herself_after_your_host():
    doc = read(_HOSTED, lang="en")
    assert speaker(doc, 0).name == "Ann Lee"


def test_the_guest_greeted_by_full_name_right_before_his_turn_gets_that_name():
    doc = read(_HOSTED, lang="en")
    assert speaker(doc, 1).name == "Tom Poe"


_LATER = ("**Ann: (00:00:00)** Welcome to Harbour Talk.\n\n**Bob: (00:00:05)** Hello, Ann.\n\n"
          "**Ann: (00:00:07)** Joining me now is the harbour master. Tom Poe, {greeting}\n\n"
          "**Tom: (00:00:09)** Good, Ann. Thanks.\n\n**Ann: (00:00:12)** What happened?\n")


def test_a_full_name_mentioned_without_a_question_names_no_one():
    # (past the opening turns, where N1222h reads any full name that opens with the label's)
    assert read(_LATER.format(greeting="how are you?"), lang="en").person("tom").name == "Tom Poe"
    assert read(_LATER.format(greeting="welcome."), lang="en").person("tom").name == "Tom"


def test_question_and_answer_letters_after_the_words_they_abbreviate_stay_unnamed_voices():
    # N1240h reads "P:" after "Pedro:" as Pedro's initial; after "Pregunta." it is the same
    # question word's initial (El País prints "Pregunta." first, then "P."), never a person "P"
    doc = read("Entrevista\n\nPregunta. ¿Cómo está?\nRespuesta. Bien, gracias.\nP. ¿Y la campaña?\n"
               "R. Difícil.\nP. ¿Y el partido?\nR. Unido.\n", lang="es")
    assert "P" not in [p.name for p in doc.persons]
