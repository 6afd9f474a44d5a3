"""Turn shapes first met in corpus/dev24 (docs/convert-shapes.md, sections with ids 370a-379a),
one small synthetic example each, written for the test (never a corpus line): each fails
without its rule."""
from __future__ import annotations

from teikit.model import Event, Paragraph, Text
from tests.convert.conftest import read


def _first_items(turn):
    return next(p for p in turn.paragraphs if isinstance(p, Paragraph)).content


# --- E371a a remark in brackets opening a turn --------------------------------------------------

_DASHES = ("- Вы довольны игрой?\n\n"
           "- (вставая из-за стола) Доволен, конечно. Мы выиграли.\n\n"
           "- А что скажете о вратаре?\n\n"
           "- (а) первое: он молодец. Второе: он устал.\n")


def test_a_lower_case_remark_opening_a_dash_turn_is_a_stage_event():
    doc = read(_DASHES, lang="ru")
    items = _first_items(doc.turns()[1])
    assert [type(i) for i in items] == [Text, Event, Text]
    assert items[1].text == "(вставая из-за стола)" and items[1].type == "stage"
    assert items[0].text + items[1].text + items[2].text == "- (вставая из-за стола) Доволен, конечно. Мы выиграли."


def test_an_enumeration_and_a_remark_inside_the_line_stay_speech():
    doc = read(_DASHES, lang="ru")
    assert not any(isinstance(i, Event) for i in _first_items(doc.turns()[3]))  # "(а)": one letter


def test_a_remark_opening_a_labelled_turn_is_a_stage_event():
    doc = read("ANN LEE: Good evening.\n\nBEN ROE: (turning to the minister) And what do you say?\n", lang="en")
    items = _first_items(doc.turns()[1])
    assert isinstance(items[0], Event) and items[0].text == "(turning to the minister)"


# --- L372a a label in capitals whose colon is glued to the speech ---------------------------------

_GLUED = ("CHUCK TODD: Good morning.\n\n"
          "SEN. ANN ROE: Good morning, Chuck.\n\n"
          "CHUCK TODD:Can you win New Hampshire?\n\n"
          "SEN. ANN ROE:We can.\n")


def test_a_glued_colon_label_printed_spaced_elsewhere_opens_a_turn():
    turns = read(_GLUED, lang="en").turns()
    assert [t.label for t in turns] == ["CHUCK TODD:", "SEN. ANN ROE:", "CHUCK TODD:", "SEN. ANN ROE:"]
    assert _first_items(turns[3])[0].text == "We can."


def test_a_glued_colon_without_a_spaced_label_stays_text():
    doc = read("ANN: Shares of the maker fell.\n\nBEN: Which ones?\n\nANN: These.\n\nNASDAQ:SANM fell the most.\n", lang="en")
    assert [t.label for t in doc.turns()] == ["ANN:", "BEN:", "ANN:"]


# --- L373a / L374a a record's label lines alone, later ones glued to the sentence before ------------

_RECORD = ("Präsident Hans Roth\n"
           "Wir kommen zu Traktandum 4. Ich gebe dem Abg. Eva Stein das Wort.Abg. Eva Stein\n"
           "Danke, Herr Präsident. Ich habe nur eine Frage zum Bericht.Präsident Hans Roth\n"
           "Danke für die Frage. Die Regierung antwortet gleich.\n")


def test_a_label_line_glued_to_the_sentence_before_is_cut_off():
    turns = read(_RECORD, lang="de").turns()
    assert [t.label for t in turns] == ["Präsident Hans Roth", "Abg. Eva Stein", "Präsident Hans Roth"]
    last = [i.text for p in turns[0].paragraphs for i in p.content if isinstance(i, Text)][-1]
    assert last.endswith("das Wort.")


def test_a_name_glued_to_a_sentence_and_printed_nowhere_else_stays_speech():
    doc = read("ANN: We met the new mayor.Carla Hill\n\nBEN: Where?\n", lang="en")
    assert [t.label for t in doc.turns()] == ["ANN:", "BEN:"]
