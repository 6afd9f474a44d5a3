"""General title and name rules (suffix g, docs/convert-shapes.md H160g, N150g, N151g): one small
synthetic example each, written for the test (never a corpus line); each fails without its rule."""
from __future__ import annotations

from teikit.lexicons import load as get_lexicon
from teikit.model import HeaderKind as K
from teikit.model import HeaderLine
from teikit.transforms.helpers import titlemodel as tm
from tests.convert.conftest import read


def _person(doc, ident: str):
    return next(p for p in doc.persons if p.id == ident)


# --- H160g the title among unclaimed headings, by a small score -------------------------------

def _lines(*texts: str) -> list[HeaderLine]:
    return [HeaderLine(kind=K.DATE if t[:1].isdigit() else K.UNKNOWN, text=t) for t in texts]


def test_the_heading_above_the_date_outscores_a_longer_one():
    lines = _lines("Harbour News", "Mayor Opens the New Quay", "3 March 2021",
                   "A long paragraph-like caption line that is printed under the date")
    candidates = [h for h in lines if h.kind == K.UNKNOWN]
    assert tm.choose_title(lines, candidates, get_lexicon("en")).text == "Mayor Opens the New Quay"


def test_without_a_date_the_longest_heading_wins_and_ties_go_to_the_earliest():
    lex = get_lexicon("en")
    lines = _lines("Harbour", "Mayor Opens the New Quay Today")
    assert tm.choose_title(lines, lines, lex).text == "Mayor Opens the New Quay Today"
    even = _lines("Ann meets Tom", "Tom meets Ann today")
    assert tm.choose_title(even, even, lex, tm.Weights(*[0] * len(tm.Weights._fields))) is even[0]


def test_a_longer_field_line_or_sentence_piece_loses_to_a_heading():
    lex = get_lexicon("en")
    lines = _lines("Harbour Council Meeting", "Notice: this page is kept for reference only by the clerk")
    assert tm.choose_title(lines, lines, lex).text == "Harbour Council Meeting"
    lines = _lines("Harbour Council Meeting", "and the mayor then spoke about the quay for a while")
    assert tm.choose_title(lines, lines, lex).text == "Harbour Council Meeting"


def test_a_long_heading_that_closes_with_a_section_word_stays_the_title():
    text = ("Mayor Ann Lee – Interview on the new quay with Harbour City News\n\n"
            "Harbour City Council\n\nHOST: Welcome, Mayor.\n\nMAYOR: Thank you.\n")
    doc = read(text, lang="en")
    assert doc.setting.title == "Mayor Ann Lee – Interview on the new quay with Harbour City News"


def test_a_short_section_name_stays_a_site_line():
    assert not tm.closes_with_section_word("The harbour city news", get_lexicon("en"))
    assert tm.closes_with_section_word("Mayor Ann Lee – Interview on the quay with Harbour News", get_lexicon("en"))


def test_the_weights_are_a_sum_of_the_features_present():
    feats = dict.fromkeys(tm.Weights._fields, False) | {"before_date": True, "field": True}
    assert tm.score(feats, tm.Weights(before_date=8, field=3)) == 5


# --- N150g the one longer form of a surname label ------------------------------------------------

_SURNAME = ("MODERATOR: Welcome to the harbour briefing. When the council met, Annika Roe was a name "
            "they did not know.\n\nROE: Thank you.\n\nMODERATOR: And now?\n\nROE: Now they call.\n")


def test_a_surname_label_takes_the_one_longer_form_the_text_prints():
    doc = read(_SURNAME, lang="en")
    assert _person(doc, "roe").name == "Annika Roe"


def test_two_longer_forms_of_the_surname_give_none():
    text = _SURNAME.replace("And now?", "And Tomas Roe, now?")
    assert _person(read(text, lang="en"), "roe").name.lower() == "roe"


def test_a_capital_that_opens_a_sentence_is_no_given_name():
    text = _SURNAME.replace("When the council met, Annika Roe was", "The council met. Yesterday Roe was")
    assert _person(read(text, lang="en"), "roe").name.lower() == "roe"


def test_the_speakers_own_words_name_a_relative_not_the_speaker():
    text = _SURNAME.replace("When the council met, Annika Roe was a name they did not know.", "Welcome.")
    text = text.replace("ROE: Thank you.", "ROE: Thank you. My brother Jonas Roe sends his regards.")
    assert _person(read(text, lang="en"), "roe").name.lower() == "roe"


# --- N151g an office label named by a statement before a question in the first turn -------------

def test_an_office_label_takes_the_name_the_first_turn_states_before_its_question():
    text = ("HOST: With me tonight is the Foreign Minister, Ines Varga. Good evening. "
            "Will the treaty be signed in May?\n\nFOREIGN MINISTER: It will.\n\nHOST: Thank you.\n")
    person = _person(read(text, lang="en"), "foreign-minister")
    assert person.name == "Ines Varga"
