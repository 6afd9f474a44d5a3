"""Header shapes of the second round on dev25 (docs/convert-shapes.md, H510a-H515a, B513a): one
small synthetic example each, written for the test (never a corpus line); each fails without
its rule."""
from __future__ import annotations

from tests.convert.conftest import labels, read


def _boilerplate(doc) -> list[str]:
    from teikit.model import Boilerplate
    return [b.text for b in doc.blocks if isinstance(b, Boilerplate)]


# --- H510a a cover image's alt text: the heading it names, then "cover" ----------------------

_COVER = ("Harbour Talk – the new quay cover\nHarbour Talk – the new quay cover\nHarbour Radio\n\n"
          "Harbour Talk – the new quay\n\nANN LEE: Good evening.\n\nJOHN ROE: Good evening, Ann.\n")


def test_an_alt_line_is_furniture_and_the_heading_it_names_is_the_title():
    doc = read(_COVER)
    assert doc.setting.title == "Harbour Talk – the new quay"
    assert "Harbour Talk – the new quay cover" in _boilerplate(doc)
    assert labels(doc) == ["ANN LEE:", "JOHN ROE:"]


def test_an_alt_tail_needs_the_heading_it_names():
    from teikit.lexicons import load
    from teikit.model import HeaderKind as K, HeaderLine
    from teikit.transforms.helpers.imagelines import alt_lines
    lines = [HeaderLine(kind=K.UNKNOWN, text="Book club: the cover"), HeaderLine(kind=K.UNKNOWN, text="Other")]
    alt_lines(lines, load("en"))
    assert [h.kind for h in lines] == [K.UNKNOWN, K.UNKNOWN]  # no line "Book club: the": no alt text
    lines = [HeaderLine(kind=K.UNKNOWN, text="Harbour Talk - podcast episode cover"),
             HeaderLine(kind=K.UNKNOWN, text="Harbour Talk")]
    alt_lines(lines, load("en"))
    assert [h.kind for h in lines] == [K.BOILERPLATE, K.TITLE]


# --- H511a a podcast player's length and date ----------------------------------------------

_PLAYER = ("Harbour Talk : le nouveau quai\n\n{}Play\n\nDescription\n\n"
           "ANN LEE : Bonsoir.\n\nJOHN ROE : Bonsoir, Ann.\n")


def test_a_players_length_and_date_give_the_date():
    assert read(_PLAYER.format("31min |08/07/2020\n")).setting.date_iso == "2020-07-08"  # (French: day first)
    twice = read(_PLAYER.format("31min |08/07/2020\nPlay\n31min |08/07/2020\n"))  # set apart as a repeated widget
    assert twice.setting.date_iso == "2020-07-08"


def test_a_length_is_no_date_and_a_date_alone_needs_no_length():
    from teikit.lexicons import load
    from teikit.transforms.helpers.headerdates import played_date
    lex = load("fr")
    assert played_date("31min |08/07/2020", lex) and played_date("1 h 05 min · 12/03/2021", lex)
    assert not played_date("08/07/2020", lex)  # no player's length before it
    assert not played_date("31min |08/07/2020 | 12 écoutes", lex)  # something after the date
    assert not played_date("Ep. 31 |08/07/2020", lex)


# --- H512a an image's caption printed twice under the headline -------------------------------

_CAPTIONED = ("Harbour League\n\n12 March 21 – Harbour Town (A) Pre-Match Press Conference\n\n"
              "Ann Lee, 12th March 2021 – Harbour Town (HL, A)\n\nAnn Lee, 12th March 2021 – Harbour Town (HL, A)\n\n"
              "Q: Is the team ready?\n\nLee: Yes, it is.\n\nQ: And the quay?\n\nLee: Ready too.\n")


def test_a_caption_printed_twice_under_the_headline_is_furniture():
    doc = read(_CAPTIONED)
    assert doc.setting.title == "12 March 21 – Harbour Town (A) Pre-Match Press Conference"
    assert _boilerplate(doc).count("Ann Lee, 12th March 2021 – Harbour Town (HL, A)") == 2


def test_a_heading_printed_twice_under_a_date_is_the_title():
    doc = read("Harbour News\n\n3 March 2021\n\nThe Harbour Master opens the new quay\n\n"
               "The Harbour Master opens the new quay\n\nANN LEE: Good morning.\n\nJOHN ROE: Morning.\n")
    assert doc.setting.title == "The Harbour Master opens the new quay"


# --- B513a a forum's name and its comments page's heading; H515a the heading under them -------

_FORUM = ("Форум harbour.ru\n\nКомментарии к сообщению #4512\n\n\n\nОТЧЕТ О ПРЕСС-КОНФЕРЕНЦИИ\n"
          "После перерыва все ждали перемен. Но не дождались.\n\n"
          "Ли: Добрый вечер. Начинаем.\n\nРоу: Добрый вечер.\n")


def test_a_forums_lines_are_furniture_and_the_heading_under_them_is_the_title():
    doc = read(_FORUM)
    assert doc.setting.title == "ОТЧЕТ О ПРЕСС-КОНФЕРЕНЦИИ"
    assert {"Форум harbour.ru", "Комментарии к сообщению #4512"} <= set(_boilerplate(doc))


# --- H514a a title's short date: "12 March 21 – ...", a board post's "210312..." -------------

_BOARD = ("[討論] 210312港務局長聯訪逐字稿\n\n作者: ab   2021-03-13 01:55:41\n210312港務局長聯訪逐字稿\n"
          "記者:今天的工作怎麼樣?\n局長:應該可以啦,這幾天一定很忙。\n記者:明天呢?\n局長:明天也很忙。\n")


def test_a_boards_compact_date_in_the_title_is_the_events_day():
    doc = read(_BOARD)
    assert doc.setting.date_iso == "2021-03-12"  # not the post's stamp of the next day
    assert labels(doc)[:2] == ["記者:", "局長:"]


def test_a_worded_short_year_before_a_dash_in_the_title():
    assert read(_CAPTIONED).setting.date_iso == "2021-03-12"


def test_a_title_short_date_needs_a_whole_date():
    from teikit.lexicons import load
    from teikit.transforms.helpers.titleday import title_short_date
    zh, en = load("zh"), load("en")
    assert title_short_date("[討論] 210312港務局長聯訪", zh)[2] == "2021-03-12"
    assert title_short_date("[討論] 211312港務局長聯訪", zh) is None  # no 13th month
    assert title_short_date("2103125港務局長", zh) is None  # seven digits
    assert title_short_date("210312 Harbour", en) is None  # not glued to ideographs
    assert title_short_date("9 May 14 – Southampton", en)[2] == "2014-05-09"
    assert title_short_date("9 May 14 Southampton", en) is None  # no dash after the year


# --- B518a a podcast host's footer and default tagline ---------------------------------------

def test_a_podcast_hosts_footer_is_furniture():
    doc = read("Harbour Talk : le nouveau quai\n\nUn podcast créé avec amour par Quaicast.\n\n"
               "Hébergé par Quaicast. Visitez quaicast.fr/confidentialite pour plus d'informations.\n\n"
               "ANN LEE : Bonsoir.\n\nJOHN ROE : Bonsoir, Ann.\n")
    assert _boilerplate(doc) == ["Un podcast créé avec amour par Quaicast.",
                                 "Hébergé par Quaicast. Visitez quaicast.fr/confidentialite pour plus d'informations."]
    en = read("Harbour Talk\n\nHosted on Quaicast. See quaicast.com/privacy for more information.\n\n"
              "ANN LEE: Good evening.\n\nJOHN ROE: Good evening, Ann.\n")
    assert _boilerplate(en) == ["Hosted on Quaicast. See quaicast.com/privacy for more information."]
