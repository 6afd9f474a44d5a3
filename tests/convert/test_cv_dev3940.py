"""Shapes of dev39 and dev40 (rule ids 1600-1649 ending in `i`): transcription-service exports,
Q./A. transcripts, page captures of interviews and speeches, written for the test (never a
corpus line); each fails without its rule."""
from __future__ import annotations

import re

import pytest

from teikit.convert_api import ConvertOptions, convert
from teikit.model import Boilerplate
from tests.convert.conftest import labels, read, speaker, speech

# --- L1600i a bold run holding a bracketed time before the label ---------------------------

TIME_FIRST_BOLD = {
    "ids": ("**[00:03] SPEAKER_00:** Welcome back to the harbour show, everyone.\n\n"
            "**[00:41] SPEAKER_01:** Thanks for having me, it is good to be here.\n\n"
            "**[01:02] SPEAKER_00:** Let us start with the ferries.\n"),
    "names": ("__(0:00:05) Ann Lee:__ Bonjour à toutes et à tous.\n\n"
              "__(0:00:12) Bo Ray:__ Merci pour l'invitation.\n\n"
              "__(0:00:20) Ann Lee:__ Commençons par le port.\n"),
}


@pytest.mark.parametrize("case", sorted(TIME_FIRST_BOLD))
def test_a_bold_run_with_the_time_before_the_label_opens_turns(case):
    doc = read(TIME_FIRST_BOLD[case])
    turns = doc.turns()
    assert len(turns) == 3
    assert [t.time for t in turns][0] in ("[00:03]", "(0:00:05)")
    assert all(t.time_first for t in turns)
    assert not any(s.startswith(("*", "_", "[", "(")) for s in speech(doc))
    assert turns[0].who == turns[2].who != turns[1].who


def test_the_time_of_a_bold_run_goes_to_its_own_timestamp_note():
    tei = convert(TIME_FIRST_BOLD["ids"].encode(), "t.txt", ConvertOptions()).tei.decode()
    assert '<note type="timestamp"' in tei and ">**[00:03]</note>" in tei
    assert ">SPEAKER_00:**</note>" in tei


# --- L1601i a question or answer letter glued to the end of the turn before it --------------

GLUED_LETTERS = {
    "en": ("MR POE: Good morning.\n\nTHE CHAIR: Please go on.\n\n"
           "MR POE: Could you state your name, please?A. Ann Lee.\n\n"
           "Q. And where do you work?\n\nA. At the harbour office.Q. Since when?\n\nA. Since 2019.\n",
           "en", ["A.", "A.", "Q."]),
    "de": ("RICHTER: Bitte beginnen Sie.\n\nF. Wie heißen Sie?A. Anna Roth.\n\n"
           "F. Wo wohnen Sie?\n\nA. In Trier.F. Seit wann?\n\nA. Seit zehn Jahren.\n",
           "de", ["A.", "F."]),
}


@pytest.mark.parametrize("case", sorted(GLUED_LETTERS))
def test_a_letter_glued_to_the_question_opens_its_own_turn(case):
    text, lang, glued = GLUED_LETTERS[case]
    doc = read(text, lang=lang)
    found = [label for label in labels(doc) if label in ("A.", "F.", "Q.")]
    assert len(found) == text.count("A.") + text.count("F.") + text.count("Q.")
    said = speech(doc)
    assert not any("?A." in s or ".Q." in s or ".F." in s for s in said)
    assert "Ann Lee." in said or "Anna Roth." in said


def test_a_letter_after_a_sentence_is_no_label_without_letters_at_line_starts():
    doc = read("ANN: I bought vitamin.A. Lee told me so.\n\nBO: Right.\n\nANN: Yes.\n")
    assert len(doc.turns()) == 3
    assert speech(doc)[0].startswith("I bought vitamin.A. Lee")


# --- N1602i an examination heading in angle brackets names the examiner ----------------------

ANGLE_EXAMINATION = ("THE CHAIR: Are we ready to begin?\n\nMR POE: Yes, Chair.\n\n"
                     "THE CHAIR: Ms Lee, please come forward.\n\n<EXAMINATION BY MR POE:\n\n"
                     "MR POE: Could you state your name, please?\n\nA. Ann Lee.\n\n"
                     "Q. And where do you work?\n\nA. At the harbour office.\n")


def test_an_angle_bracket_examination_heading_is_a_heading_not_speech():
    tei = convert(ANGLE_EXAMINATION.encode(), "t.txt", ConvertOptions()).tei.decode()
    assert '<note type="heading">&lt;EXAMINATION BY MR POE:</note>' in tei
    assert not re.search(r"<seg[^>]*>&lt;EXAMINATION", tei)


def test_the_questions_after_an_angle_bracket_heading_are_the_examiners():
    doc = read(ANGLE_EXAMINATION)
    turns = doc.turns()
    asked = next(t for t in turns if t.label == "Q.")
    assert asked.who is not None and asked.who == turns[1].who


# --- L1603i a label opening with an elided particle before a capital -------------------------

ELIDED = {
    "de-curly": ("d’Blatt: Wie geht es Ihnen?\n\nAnna Roth: Gut, danke.\n\n"
                 "d’Blatt: Und der Haushalt?\n\nAnna Roth: Er ist ausgeglichen.\n", "de"),
    "de-koronis": ("d\u1fbdBlatt: Wie geht es Ihnen?\n\nAnna Roth: Gut, danke.\n\n"
                   "d\u1fbdBlatt: Und der Haushalt?\n\nAnna Roth: Er ist ausgeglichen.\n", "de"),
    "fr-ascii": ("l'Hebdo : Comment allez-vous ?\n\nAnne Roux : Bien, merci.\n\n"
                 "l'Hebdo : Et le budget ?\n\nAnne Roux : Il est équilibré.\n", "fr"),
}


@pytest.mark.parametrize("case", sorted(ELIDED))
def test_a_label_with_an_elided_particle_before_a_capital_is_read(case):
    text, lang = ELIDED[case]
    doc = read(text, lang=lang)
    assert len(doc.turns()) == 4
    assert labels(doc)[0].rstrip(" :").endswith(("Blatt", "Hebdo"))
    assert speech(doc)[0].startswith(("Wie geht", "Comment"))


def test_a_lower_case_word_before_a_colon_is_still_no_label():
    doc = read("Ann Lee: Hello.\n\nBo Ray: Hi.\n\nnote: the harbour opens at nine.\n\nAnn Lee: Good.\n")
    assert "note:" not in [label for label in labels(doc) if label]


# --- B1604i a page's publication block under the speech --------------------------------------

PUBLICATION_BLOCKS = {
    "fr": ("ANNE ROUX\n\nMerci, Monsieur le Président. Je voudrais d'abord rappeler le constat que nous "
           "avons tous fait sur le budget du port.\n\nNous devons agir ensemble et vite.\n\n"
           "Informations de publication\n\nPublié le : mar, 12/03/2019 - 10:15\n"
           "Mise à jour le : mar, 12/03/2019 - 10:20\nAuteur : © copyright, Ville de Rye\n",
           "fr", ["Informations de publication", "Publié le : mar, 12/03/2019 - 10:15",
                  "Mise à jour le : mar, 12/03/2019 - 10:20", "Auteur : © copyright, Ville de Rye"]),
    "en": ("ANN LEE: Thank you, Madam Speaker. I rise to speak about the harbour budget.\n\n"
           "BO RAY: I thank the member. We must act together, and soon.\n\nAnd we will.\n\n"
           "Publication details\n\nPublished: 12 March 2019\nLast updated: 13 March 2019\n"
           "Author: © Town of Rye\n",
           "en", ["Publication details", "Published: 12 March 2019", "Last updated: 13 March 2019",
                  "Author: © Town of Rye"]),
}


@pytest.mark.parametrize("case", sorted(PUBLICATION_BLOCKS))
def test_a_publication_block_under_the_speech_is_set_apart(case):
    text, lang, block = PUBLICATION_BLOCKS[case]
    doc = read(text, lang=lang)
    said = " ".join(speech(doc))
    assert "publication" not in said.lower() and "©" not in said
    assert [b.text for b in doc.blocks if type(b) is Boilerplate][-len(block):] == block


def test_an_event_above_the_stamp_stays_no_heading_of_the_block():
    doc = read("ANN LEE: We must act together.\n\nBO RAY: Indeed, and soon.\n\n(Applause)\n\n"
               "Published: 12 March 2019\n", lang="en")
    assert "(Applause)" not in [b.text for b in doc.blocks if type(b) is Boilerplate]


# --- N1605i a one-speech page whose heading is only the speaker's name -----------------------

SPEECH = ("Merci, Monsieur le Président.\nMes chers Collègues,\n\nJe voudrais d'abord rappeler le "
          "constat que nous avons tous fait sur le budget du port, et je peux comprendre la colère "
          "de nos concitoyens.\n")
NAME_TITLES = {
    "fr-capitals": ("Vous êtes ici\n\nMADAME ANNE ROUX\n\n" + SPEECH, "fr", "Anne Roux"),
    "fr-mixed": ("Vous êtes ici\n\nMonsieur Jean-Paul Marchand\n\n" + SPEECH, "fr", "Jean-Paul Marchand"),
    "de-capitals": ("Sie sind hier\n\nFRAU ANNA ROTH\n\nHerr Präsident! Meine Damen und Herren!\n\n"
                    "Ich möchte zuerst an die Lage des Hafens erinnern, die wir alle kennen, und an die "
                    "Sorgen der Bürgerinnen und Bürger.\n", "de", "Anna Roth"),
}


@pytest.mark.parametrize("case", sorted(NAME_TITLES))
def test_the_heading_that_is_only_a_name_names_the_speech(case):
    text, lang, name = NAME_TITLES[case]
    doc = read(text, lang=lang)
    assert len(doc.turns()) == 1
    assert speaker(doc, 0) is not None and speaker(doc, 0).name == name


def test_a_heading_that_is_more_than_a_name_names_no_one():
    doc = read("Vous êtes ici\n\nLe budget du port\n\n" + SPEECH, lang="fr")
    assert all(t.who is None for t in doc.turns())


# --- N1606i the witness a swearing-in note names answers the A. letters ----------------------

SWORN = {
    "glued": ("THE CHAIR: Ms Lee, please come forward and take the affirmation. <ANN LEE, affirmed: [10.02]\n\n"
              "<EXAMINATION BY MR POE:\n\nMR POE: Could you state your name, please?\n\nA. Ann Lee.\n\n"
              "Q. Where do you work?\n\nA. At the harbour office.\n", "Ann Lee"),
    "own-line": ("THE CHAIR: Please call the witness.\n\n<BRONWYN O'NEILL, sworn:\n\n<EXAMINATION BY MS RAY:\n\n"
                 "Q. Where do you work?\n\nA. At the harbour office.\n\nQ. Since when?\n\nA. Since 2019.\n",
                 "Bronwyn O'Neill"),
}


@pytest.mark.parametrize("case", sorted(SWORN))
def test_the_answers_are_the_sworn_witness(case):
    text, name = SWORN[case]
    doc = read(text, lang="en")
    answers = [t for t in doc.turns() if t.label == "A."]
    assert answers and all(doc.person(t.who) is not None and doc.person(t.who).name == name for t in answers)


def test_no_oath_word_no_witness():
    doc = read("THE CHAIR: Please call the witness.\n\n<ANN LEE, called:\n\n<EXAMINATION BY MS RAY:\n\n"
               "Q. Where do you work?\n\nA. At the harbour office.\n", lang="en")
    assert all(t.who is None for t in doc.turns() if t.label == "A.")
