"""Turn, paragraph and event shapes of docs/convert-shapes.md (issue 13, items 2, 4-6), one
small synthetic example each, written for the test (never a corpus line): each fails
without its rule."""
from __future__ import annotations

from teikit import read_transcript
from teikit.model import Event, Note


def read(text: str, **options):
    from teikit.convert_api import ConvertOptions
    return read_transcript(text.encode("utf-8"), "t.txt", ConvertOptions(**options))


def labels(doc) -> list[str | None]:
    return [t.label for t in doc.turns()]


def speech(doc) -> list[str]:
    return [" | ".join(p.text for p in t.paragraphs if hasattr(p, "content")) for t in doc.turns()]


# --- labels ---------------------------------------------------------------------------

def test_markdown_escaped_timestamp_after_a_label_is_the_turn_time():
    doc = read("**Ann Lee:** \\[00:01:02.50\\] Well, hello.\n\n**Bob Ray:** Hi.\n\n**Ann Lee:** Yes.\n\n**Bob Ray:** No.")
    turn = doc.turns()[0]
    assert turn.time == "\\[00:01:02.50\\]"
    assert speech(doc)[0] == "Well, hello."


def test_upper_case_names_with_a_spaced_dash_are_labels_when_several_print_it():
    doc = read("Интервью\n\nИВАН ПЕТРОВ – Добрый вечер.\n\nАННА СИДОРОВА – Здравствуйте, Иван.\n\n"
               "ИВАН ПЕТРОВ – Начнём.")
    assert labels(doc) == ["ИВАН ПЕТРОВ –", "АННА СИДОРОВА –", "ИВАН ПЕТРОВ –"]
    assert speech(doc)[1] == "Здравствуйте, Иван."


def test_a_dash_as_a_pause_in_speech_is_no_label():
    doc = read("MR. SMITH: Look.\n\nI — I think so.\n\nQ: Why?\n\nI — I do not know.")
    assert labels(doc) == ["MR. SMITH:", "Q:"]


def test_a_list_dash_before_a_label_stays_in_the_label():
    doc = read("LE MINISTRE.- Bonjour.\n- QUESTION.- Pourquoi ?\n- LE MINISTRE.- Parce que.")
    assert labels(doc) == ["LE MINISTRE.-", "- QUESTION.-", "- LE MINISTRE.-"]
    assert speech(doc)[1] == "Pourquoi ?"
