"""Shapes of dev52 (rule ids 2120-2139 ending in `k`): TV and radio interview pages (a radio
show's site with its banner, a college blog's reprint, a French transcriber's blog, a Russian
channel's dash interview), written for the test (never a corpus line); each fails without its
rule."""
from __future__ import annotations

from teikit.model import Boilerplate, HeaderLine
from teikit.model import HeaderKind as K
from tests.convert.conftest import labels, read


def site_lines(doc) -> list[str]:
    """The lines set apart as page furniture, by the boilerplate pass or the header's."""
    return [b.text.strip() for b in doc.blocks
            if type(b) is Boilerplate or (isinstance(b, HeaderLine) and b.kind == K.BOILERPLATE)]


# --- B2120k / B2121k a radio show's banner and the entries between its site lines ------------

BANNER = ("Call the Show 888-555-0199\n"
          "ON AIR: Mon-Fri, 3-6PM, PT\n"
          "Harbour Talk Club\n"
          "Call 888-555-0199 email Email Ann\n"
          "Harbour Talk Club\n\n"
          "Chair of the Harbour House, Tom Roe\n\n"
          "The audio:\n\n"
          "The Transcript:\n\n"
          "AL: Joined now by the mayor. Welcome back to the programme.\n\n"
          "TR: Glad to be here, Ann.\n\n"
          "AL: How are the quays doing this spring?\n\n"
          "TR: Busier than ever, and we are building two more.\n")


def test_a_call_in_number_air_times_and_a_removed_player_are_site_lines():
    site = site_lines(read(BANNER))
    assert "Call the Show 888-555-0199" in site
    assert "ON AIR: Mon-Fri, 3-6PM, PT" in site
    assert "Call 888-555-0199 email Email Ann" in site
    assert "The audio:" in site


def test_the_banner_s_other_entries_are_no_labels_alone():
    doc = read(BANNER)
    assert labels(doc) == ["AL:", "TR:", "AL:", "TR:"]
    assert site_lines(doc).count("Harbour Talk Club") == 2


def test_a_first_block_with_a_sentence_or_a_headline_is_no_banner():
    from teikit.transforms.helpers.bannerblock import banner_entries

    class Block:
        def __init__(self, line):
            self.line = line
    texts = ["Call 888-555-0199", "Harbour Talk Club", "We open at nine.", "ON AIR: Mon-Fri, 3-6PM, PT"]
    blocks = [Block(n + 1) for n in range(4)]
    assert banner_entries(texts, [0, 1, 2, 3], {0, 3}, blocks) == set()
    texts[2] = "Harbour Book Club"
    assert banner_entries(texts, [0, 1, 2, 3], {0, 3}, blocks) == {1, 2}
    # a headline under the banner's site lines, printed once, is no entry of it
    assert banner_entries(texts, [0, 1, 2, 3], {0, 1}, blocks) == set()


# --- H2130k an office of a body and its holder's name is no venue -----------------------------

def test_an_office_and_its_holder_is_the_title_not_a_venue():
    doc = read(BANNER)
    assert doc.setting.title == "Chair of the Harbour House, Tom Roe"
    assert doc.setting.venue is None


# --- L2122k / B2123k three dialogue dashes to the end, opened by a question -----------------

DASHES = ("Певица Анна Ли рассказала о гастролях и новом альбоме.\n"
          "Фото, видео: Агентство / Иван Петров\n"
          "Перейти в Дзен\n"
          "Следите за нашими новостями\n"
          "в удобном формате\n"
          "Есть новость? Присылайте »\n"
          "Анна Ли поет на сцене двадцать лет. Она выпустила шесть альбомов и объехала всю страну с концертами.\n"
          "— Как прошли гастроли в этом году?\n"
          "— Очень хорошо. Мы дали сорок концертов. Публика была замечательная, и я благодарна всем.\n"
          "— Новый альбом выходит весной. Вы много работали над ним. Расскажите о первой песне.\n")


def test_three_dashes_opened_by_a_question_are_turns():
    doc = read(DASHES)
    turns = doc.turns()
    assert len(turns) == 3
    assert all(t.label is None for t in turns)
    assert turns[1].paragraphs[0].text.startswith("— Очень хорошо.")


def test_three_dashes_without_a_question_first_stay_one_text():
    text = DASHES.replace("— Как прошли гастроли в этом году?", "— Гастроли прошли в этом году.")
    assert len(read(text).turns()) <= 1


def test_a_russian_news_site_s_widgets_are_site_lines():
    site = site_lines(read(DASHES))
    for line in ("Фото, видео: Агентство / Иван Петров", "Перейти в Дзен", "Следите за нашими новостями",
                 "в удобном формате", "Есть новость? Присылайте »"):
        assert line in site


# --- H2125k / B2126k / D2127k a French transcriber's blog -----------------------------------

BLOG = ("Atelier du port\n"
        " \n"
        "Accueil > Écoute > Transcriptions > Le port ouvert ! / Les quais sont-ils à vendre ?\n\n"
        "Le port ouvert ! / Les quais sont-ils à vendre ?\n\n"
        "Transcription, par Lise Morel, de l’émission d’Anne Lemaire, « Le port ouvert ! », "
        "« Les quais sont-ils à vendre ? », du mardi 07 mars 2006, réalisée en public à la Halle aux poissons.\n\n"
        "Texte initialement publié sur mon blog Marée, le jeudi 10 août 2007 à 9 h 30.\n\n"
        "Anne Lemaire : Bonjour à tous, nous sommes en direct de la halle, pour une émission spéciale.\n\n"
        "Nous parlerons des quais et de ceux qui y travaillent depuis toujours.\n")


def test_the_heading_under_its_breadcrumb_is_the_title():
    doc = read(BLOG)
    assert doc.setting.title == "Le port ouvert ! / Les quais sont-ils à vendre ?"


def test_the_credit_sentence_dates_the_broadcast():
    doc = read(BLOG)
    assert labels(doc) == ["Anne Lemaire :"]
    assert doc.setting.date_iso == "2006-03-07"


def test_a_repost_note_is_a_site_line():
    assert "Texte initialement publié sur mon blog Marée, le jeudi 10 août 2007 à 9 h 30." in site_lines(read(BLOG))


def test_a_sentence_goes_on_after_a_quoted_title_in_spaced_guillemets():
    from teikit.transforms.helpers.leaddates import LEAD_SENTENCE_END
    assert not LEAD_SENTENCE_END.search("« Le port ouvert ! », du mardi 07 mars 2006")
    assert LEAD_SENTENCE_END.search("Il a dit « oui ! » Puis il est parti.")


# --- L2129k a heading printed twice around a share widget ------------------------------------

REPRINT = ("HARB_120319_044_17\n\n"
           "The Long Harbour Story, Part II\n\n"
           "Share\n\n"
           "The Long Harbour Story, Part II \n\n"
           "ANN LEE: Good morning. Today we talk about the harbour and its history with a guest.\n\n"
           "TOM ROE: Thank you, Ann. It is good to be here.\n")


def test_a_heading_printed_twice_is_the_title_and_no_label():
    doc = read(REPRINT)
    assert labels(doc) == ["ANN LEE:", "TOM ROE:"]
    assert doc.setting.title == "The Long Harbour Story, Part II"
