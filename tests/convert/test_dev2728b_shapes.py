"""Speaker and label shapes read on dev27 and dev28 (rule ids 810-829 ending in `c`): small
synthetic variants written for the test (other words, other languages; never a corpus line),
each positive one failing without its rule."""
from __future__ import annotations

from tests.convert.conftest import read, speaker

# --- N810c the answerer named by the greeting that opens an unlabeled interview ------------------


def _interview(lang: str, *paragraphs: str):
    return read("\n\n".join(paragraphs) + "\n", lang=lang)


def _names(doc) -> list:
    return [(speaker(doc, k).name if speaker(doc, k) else None) for k in range(len(doc.turns()))]


def test_a_french_greeting_names_the_quoted_answerer():
    doc = _interview("fr", "Bonjour Marie, merci de nous recevoir.", "« Avec plaisir, je suis ravie. »",
                     "Comment se passe la saison ?", "« Très bien, nous gagnons souvent. »",
                     "Et la suite ?", "« On verra bien, je reste prudente. »", "Un regret ?", "« Aucun. »")
    assert _names(doc) == [None, "Marie"] * 4


def test_a_german_greeting_with_a_form_of_address_names_the_answerer():
    doc = _interview("de", "Guten Tag, Herr Weber. Schön, dass Sie Zeit haben.", "„Gern, ich habe heute frei.“",
                     "Was planen Sie für den Sommer?", "„Wir fahren an die Ostsee, wie jedes Jahr.“",
                     "Und danach?", "„Danach beginnt die Arbeit wieder.“", "Bereuen Sie etwas?", "„Nein.“")
    assert _names(doc) == [None, "Weber"] * 4


def test_an_english_greeting_names_the_answerer_of_unmarked_answers():
    doc = _interview("en", "Hello, Tom. How are you today?",
                     "Fine, thanks, the weather here has been kind to us all week and the team is in good spirits.",
                     "What are your plans for the summer?",
                     "We go to the coast, as we do every year, and then the training camp starts in July.",
                     "And after that?", "After that the league starts again and we have a hard first month away.")
    assert _names(doc) == [None, "Tom"] * 3


def test_a_greeting_to_everyone_names_nobody():
    doc = _interview("fr", "Bonjour à tous, merci d'être venus.", "« Avec plaisir, je suis ravie. »",
                     "Comment se passe la saison ?", "« Très bien, nous gagnons souvent. »",
                     "Et la suite ?", "« On verra bien, je reste prudente. »", "Un regret ?", "« Aucun. »")
    assert _names(doc) == [None] * 8


def test_a_greeting_after_the_start_of_the_first_turn_names_nobody():
    doc = _interview("fr", "Merci de nous recevoir, et bonjour Marie.", "« Avec plaisir, je suis ravie. »",
                     "Comment se passe la saison ?", "« Très bien, nous gagnons souvent. »",
                     "Et la suite ?", "« On verra bien, je reste prudente. »", "Un regret ?", "« Aucun. »")
    assert _names(doc) == [None] * 8


# --- L811c a name before a spaced bar is a speaker's label -----------------------------------------

def _labels(text: str) -> list:
    return [t.label for t in read(text, lang="en").turns()]


def test_names_before_a_bar_in_a_dialogue_are_labels():
    assert _labels("Anna | Welcome back to the show, it is good to have you here.\n\n"
                   "Tom | Thanks, Anna. It is good to be back after such a long time.\n\n"
                   "Anna | So tell us what you have been working on this year.\n\n"
                   "Tom | Mostly boats. We built three of them in the barn.\n") == ["Anna |", "Tom |"] * 2


def test_a_name_before_a_bar_that_the_speech_repeats_is_a_label():
    labels = _labels("Our guest this week runs a small shipyard on the coast.\n\n"
                     "Laura | I'm Laura Finch, and this week we talk about wooden boats and the people who build them.\n")
    assert labels[-1] == "Laura |"


def test_a_menu_row_and_a_table_row_are_no_labels():
    labels = _labels("Home | News | Sport | Weather\n\nAnna | 42 | London | yes.\n\n"
                     "Anna said the boats were ready. Tom agreed and went home.\n")
    assert "Home |" not in labels and "Anna |" not in labels


def test_a_kicker_before_a_bar_once_is_no_label():
    labels = _labels("Politics | The council voted on the harbour plan last night.\n\n"
                     "The vote was close, and the mayor said little afterwards.\n")
    assert labels == [None] * len(labels)
