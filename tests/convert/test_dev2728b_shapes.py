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
