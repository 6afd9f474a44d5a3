"""Shapes of dev53 (rule ids 2140-2159 ending in `k`): page captures of press conferences and
interviews in Russian, Chinese, French, Spanish and English, written for the test (never a
corpus line); each fails without its rule."""
from __future__ import annotations

from teikit.model import Boilerplate, HeaderKind, HeaderLine
from tests.convert.conftest import labels, read, speaker, speech


def _kinds(doc, kind: HeaderKind) -> list[str]:
    return [b.text for b in doc.blocks if isinstance(b, HeaderLine) and b.kind == kind]


def _site_lines(doc) -> list[str]:
    return [b.text for b in doc.blocks if isinstance(b, Boilerplate)] + _kinds(doc, HeaderKind.BOILERPLATE)


# --- L2140k "TRANSCRIPTION COMPLÈTE :" heads the page, it is no speaker ---------------------

SERVICE_PAGE = (
    "TRANSCRIPTION COMPLÈTE : Conférence de presse du port de Brest - 4 mai 2021\n\n"
    "TRANSCRIPTION COMPLÈTE : Conférence de presse du port de Brest - 4 mai 2021 a été transcrite "
    "automatiquement. Cette transcription peut contenir des erreurs.\n\n"
    "Anne Lebrun :\nBonjour à tous, nous commençons avec le bilan de l'année écoulée.\n\n"
    "Paul Morel :\nMerci. Les quais nord sont rouverts depuis le printemps.\n\n"
    "Anne Lebrun :\nEt les quais sud ?\n\n"
    "Paul Morel :\nIls rouvriront à l'automne.\n")


def test_a_transcription_heading_is_no_speaker_label():
    doc = read(SERVICE_PAGE, lang="fr")
    assert labels(doc) == ["Anne Lebrun :", "Paul Morel :"] * 2
    assert doc.setting.title.startswith("TRANSCRIPTION COMPLÈTE : Conférence de presse")
    assert doc.setting.date_iso == "2021-05-04"


# --- P2141k an unlabelled page's lead ending with a colon over quoted answers; B2142k -------

QUOTED_PAGE = (
    "The Coach | Harbour Cup Preview\n\n"
    "May 3, 2021 2:10 pm Author: Media Team\n\n"
    "The coach met the press on Monday and began with news of the squad:\n\n"
    "“Two of our defenders are back in training this week.\n\n"
    "“We have a long trip on Saturday, so we will rotate a little.\n\n"
    "“The young players have earned their chance.\n\n"
    "“It is a big game for the whole town.”\n\n"
    "To watch the press conference in full, please click on the blue button.\n")


def test_a_colon_lead_over_quoted_answers_is_the_summary():
    doc = read(QUOTED_PAGE, lang="en")
    assert _kinds(doc, HeaderKind.SUMMARY) == ["The coach met the press on Monday and began with news of the squad:"]
    said = speech(doc)
    assert len(said) == 1 and said[0].startswith("“Two of our defenders")


def test_a_speech_quoting_one_line_keeps_its_colon_sentence():
    text = QUOTED_PAGE.replace("“We have", "We have").replace("“The young", "The young")
    doc = read(text, lang="en")
    assert not _kinds(doc, HeaderKind.SUMMARY)  # two quoted paragraphs only: no page of quotations


def test_a_call_to_click_the_player_button_is_boilerplate():
    doc = read(QUOTED_PAGE, lang="en")
    assert "To watch the press conference in full, please click on the blue button." in _site_lines(doc)


# --- L2143k a role label naming its club in quotes; N2151k the lead names its holder; ------
# --- H2144k a heading closing with a quoted name; L2145k the press's collective question ---

CLUB_PAGE = (
    "Пресс-служба ХК \"Маяк\"\n\n"
    "12.03.2015 Слова после матча в Самаре\n\n"
    "После матча с самарской командой на вопросы журналистов ответил главный тренер хоккейного "
    "клуба «Маяк» Петров Иван Андреевич. Публикуем главное.\n\n"
    "Представители СМИ: Как вы оцените игру?\n\n"
    "Тренер ХК «Маяк»: Игра была тяжелой, но мы довольны результатом. Ребята старались.\n")


def test_a_role_label_with_its_club_in_quotes_is_a_label():
    doc = read(CLUB_PAGE, lang="ru")
    assert labels(doc) == ["Представители СМИ:", "Тренер ХК «Маяк»:"]
    from teikit.lexicons import load
    from teikit.transforms.helpers.mixedevidence import staff_of_quoted_club
    assert not staff_of_quoted_club("Михаил Фоменко, главный тренер сборной «Украины»", load("ru"))


def test_the_lead_names_the_holder_of_a_role_label():
    coach = speaker(read(CLUB_PAGE, lang="ru"), 1)
    assert (coach.name, coach.role) == ("Петров Иван Андреевич", "тренер хоккейного клуба «Маяк»")


def test_a_heading_closing_with_a_quoted_name_and_the_lead_over_the_press_question():
    doc = read(CLUB_PAGE, lang="ru")
    assert doc.setting.title == "12.03.2015 Слова после матча в Самаре"
    assert doc.setting.date_iso == "2015-03-12"
    assert "Пресс-служба ХК \"Маяк\"" in _site_lines(doc)
    assert _kinds(doc, HeaderKind.SUMMARY)[0].startswith("После матча")
    assert len(doc.turns()) == 2  # no opening speech above the journalists' question


def test_a_quoted_sentence_still_ends_a_line_of_speech():
    from teikit.transforms.helpers.headerlines import looks_like_speech
    assert not looks_like_speech("Пресс-служба ХК \"Маяк\"")
    assert looks_like_speech("Он сказал \"да, конечно.\"")
    assert looks_like_speech("we all said \"yes\"")  # a small word in quotes: no name
    assert looks_like_speech("интервью газете \"Монд\"")  # no organisation's form in capitals before it


# --- L2146k "Full Name (XX), role:" once, then "XX:" ----------------------------------------

INITIALLED = (
    "Entrevista del alcalde Pedro Ruiz en el programa “Buenos días” de Radio Norte\n\n"
    "Luis Gómez y Marta Paz en entrevista con Pedro Ruiz, alcalde de la ciudad de Puerto Claro en la costa\n\n"
    "Luis Gómez (LG), conductor: Buenos días, alcaldesa, gracias por venir.\n\n"
    "Pedro Ruiz (PR), alcalde de Puerto Claro: Buenos días, Luis, un gusto.\n\n"
    "LG: ¿Cómo va la obra del muelle?\n\n"
    "PR: Va bien, terminamos en julio.\n\n"
    "LG: ¿Y el mercado?\n\n"
    "PR: Abre en septiembre.\n")


def test_a_full_name_with_its_initials_in_brackets_is_the_first_label():
    doc = read(INITIALLED, lang="es")
    assert labels(doc)[:2] == ["Luis Gómez (LG), conductor:", "Pedro Ruiz (PR), alcalde de Puerto Claro:"]
    assert speaker(doc, 1) is speaker(doc, 3)
    assert (speaker(doc, 1).name, speaker(doc, 1).role) == ("Pedro Ruiz", "alcalde de Puerto Claro")


def test_initials_in_brackets_that_are_not_the_name_prove_nothing():
    from teikit.transforms.helpers.initialled import initials_of_names
    assert initials_of_names(["Luis Gómez (LG), conductor"]) == {"LG"}
    assert initials_of_names(["Luis Gómez (PR), conductor"]) == frozenset()


# --- H2148k an interview heading over a standfirst naming the guest again -------------------

def test_an_interview_heading_over_a_standfirst_naming_the_guest_is_the_title():
    doc = read(INITIALLED, lang="es")
    assert doc.setting.title == "Entrevista del alcalde Pedro Ruiz en el programa “Buenos días” de Radio Norte"


# --- L2147k a Chinese name with its outlet in brackets; P2149k a glued watermark; ----------
# --- N2150k a surname+office label ------------------------------------------------------------

MARK = "Xy9某某生活网"
EMBASSY_PAGE = (
    "首页 > 新闻 > 热点\n\n"
    "中国驻英大使王明接受英国媒体联合采访,回答了十多个问题\n\n"
    f"大使,英方认为中方在升级局势。您怎么看?{MARK}\n\n"
    f"王大使:这不是事实。我们一直主张对话。{MARK}\n\n"
    f"李文(BBC):大使,您对明年的合作有什么期待?{MARK}\n\n"
    f"王大使:我们希望合作更加紧密。{MARK}\n")


def test_a_chinese_name_with_its_outlet_in_brackets_is_a_label():
    assert labels(read(EMBASSY_PAGE, lang="zh"))[-2:] == ["李文(BBC):", "王大使:"]


def test_an_opening_question_before_a_glued_watermark_is_speech():
    doc = read(EMBASSY_PAGE, lang="zh")
    assert doc.turns()[0].label is None and speech(doc)[0].startswith("大使,英方认为")
    assert doc.setting.title.startswith("中国驻英大使王明")


def test_a_surname_and_office_label_names_the_headline_holder():
    ambassador = speaker(read(EMBASSY_PAGE, lang="zh"), 1)
    assert (ambassador.name, ambassador.role) == ("王明", "中国驻英大使")
