"""Header shapes made general from variants of first-run misses (docs/convert-shapes.md,
L620b, H621b): each rule's variants in other languages, cases and page furniture, positive and
negative; small synthetic texts written for the test (never a corpus line)."""
from __future__ import annotations

from tests.convert.conftest import labels, read

# --- L620b, H621b a quoted headline over a lead, in capitals or printed again as a label -----


def test_a_quoted_headline_in_capitals_under_a_menu_row_is_the_title():
    doc = read('NOTIZIE\nCalcio | Basket | Tennis\n\nALLEGRI: "Domani serve una grande partita, niente calcoli"\n\n'
               "Il tecnico in conferenza stampa alla vigilia della sfida.\n\nD: Come sta la squadra?\n\n"
               "R: Bene, tutti disponibili.\n")
    assert doc.setting.title == 'ALLEGRI: "Domani serve una grande partita, niente calcoli"'
    assert labels(doc) == ["D:", "R:"]


def test_a_quoted_headline_whose_name_is_a_label_below_keeps_the_labels():
    doc = read('Meier: "Wir sind sehr besorgt"\n\nDer Grazer Bürgermeister Hans Meier über die Krise.\n\n'
               "Frage: Herr Meier, wie geht es der Stadt?\n\nMeier: Nicht gut.\n")
    assert doc.setting.title == 'Meier: "Wir sind sehr besorgt"'
    assert labels(doc) == ["Frage:", "Meier:"]


def test_two_quoted_headlines_under_the_site_name_the_second_with_its_source_glued():
    doc = read('sportsite\n\nPETROV: «Мы построим новую базу для команды»\n\n'
               'IVANOV: «Нам нужен еще один сезон»sport.ru\n\n'
               "На пресс-конференции Андрей Петров и Олег Иванов ответили на вопросы журналистов.\n\n"
               "Андрей, как вы оцениваете сезон?\n\nPETROV: «Хорошо, мы довольны».\n")
    assert doc.setting.title == "PETROV: «Мы построим новую базу для команды»"
    assert labels(doc)[-1] == "PETROV:"
    assert "Андрей, как вы оцениваете сезон?" in " ".join(p.text for t in doc.turns() for p in t.paragraphs)


def test_a_quotation_over_a_labelled_reply_is_the_first_turn():
    doc = read('ANN: "Hello there my friends."\nBOB: Hello, Ann, good to see you.\nANN: Thank you.\n')
    assert labels(doc) == ["ANN:", "BOB:", "ANN:"]
    assert doc.setting.title is None


def test_a_quotation_over_a_quoted_answer_is_the_first_turn():
    doc = read('CONTE: "Sicuramente una bella emozione."\n\n«E domani?»\n\nCONTE: «Vedremo.»\n')
    assert labels(doc)[0] == "CONTE:"


def test_a_quotation_under_a_title_line_stays_a_turn():
    doc = read('Intervista al nuovo allenatore della Roma\n\nROSSI: "Qui per vincere tutto"\n\n'
               "Il tecnico si presenta alla stampa.\n\nD: Come sta?\n\nROSSI: Bene.\n")
    assert doc.setting.title == "Intervista al nuovo allenatore della Roma"
    assert labels(doc) == ["ROSSI:", "D:", "ROSSI:"]


def test_a_quotation_under_a_sentence_stays_a_turn():
    doc = read('Il tecnico ha parlato ieri sera.\n\nROSSI: "Qui per vincere tutto"\n\nD: Come sta?\n\nROSSI: Bene.\n')
    assert labels(doc)[-3:] == ["ROSSI:", "D:", "ROSSI:"]
    assert doc.setting.title != 'ROSSI: "Qui per vincere tutto"'
