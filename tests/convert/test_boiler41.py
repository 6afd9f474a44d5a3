"""Site lines and events of session 41's boilerplate helper (B2060k-B2062k, E2066k-E2068k)."""
from __future__ import annotations

import pytest

from teikit.model import Boilerplate, Event
from tests.convert.conftest import read, speech


def _site_lines(doc) -> list[str]:
    return [b.text for b in doc.blocks if isinstance(b, Boilerplate)]


def _events(doc) -> list[tuple[str, str, str]]:
    return [(i.element, i.type, i.text) for t in doc.turns() for p in t.paragraphs
            for i in getattr(p, "content", []) if isinstance(i, Event)]


_RU_BLOG_FOOTER = ("Оригинальная запись в блоге Иванова:\nКомментарии: 0:\n\nОтправить комментарий\n\n"
                   "Подпишитесь на каналы Комментарии к сообщению (Atom)\n\n<< Главная страница\n")
_EN_BLOG_FOOTER = "Post a Comment\n\nSubscribe to: Post Comments (Atom)\n\n<< Home\n"


@pytest.mark.parametrize("lang, body, footer", [
    ("ru", "А.Б.Петров: Добрый день.\n\nВ.Г.Сидоров: Здравствуйте.\n\nА.Б.Петров: Начнём.\n\n", _RU_BLOG_FOOTER),
    ("en", "HOST: Good morning.\n\nGUEST: Good morning.\n\nHOST: Let's begin.\n\n", _EN_BLOG_FOOTER),
])
def test_a_blogs_comment_footer_and_its_pointer_to_the_original_leave_the_last_turn(lang, body, footer):
    # B2060k, B2062k: Blogger's footer under a reposted interview stayed in the last turn
    doc = read("Заголовок\n\n" + body + footer if lang == "ru" else "Headline\n\n" + body + footer, lang=lang)
    assert speech(doc)[-1] in ("Начнём.", "Let's begin.")
    assert _site_lines(doc)[-len([ln for ln in footer.splitlines() if ln]):] == [ln for ln in footer.splitlines() if ln]


@pytest.mark.parametrize("lang, lines", [
    ("de", ['Aktie "Sitzung vom 4. Juni 2018"', "Wird geladen.... (Jetzt Volltext ansehen)", "Volltext"]),
    ("en", ['Share "Meeting of 4 June 2018"', "Loading.... (view fulltext now)", "Full text"]),
])
def test_a_document_viewers_share_and_loading_lines_are_site_lines(lang, lines):
    # B2061k: the viewer's lines over the document's text made an unlabeled turn of their own
    # (the line is read whole: "Share" opening a sentence of speech is no widget)
    doc = read("Protokoll\n\n" + "\n\n".join(lines) + "\n\nPräsident: Ich eröffne die Sitzung.\n\n"
               "Anna Roe: Danke.\n\nPräsident: Bitte.\n\nAnna Roe: Share \"all\" of it, I say.\n", lang=lang)
    assert _site_lines(doc)[-len(lines):] == lines
    assert speech(doc)[-1] == "Share \"all\" of it, I say."
    assert not any(line in " ".join(speech(doc)) for line in lines)


@pytest.mark.parametrize("lang, text, expected", [
    ("ru", "Председатель: Заседание открыто. (Звучит Государственный гимн Российской Федерации. Все встают.)\n\n"
           "Иванов: Спасибо.\n", ("incident", "recording", "(Звучит Государственный гимн Российской Федерации. Все встают.)")),
    ("en", "HOST: Welcome. (audience cheering) Great to be here.\n\nGUEST: Thanks.\n",
     ("vocal", "cheering", "(audience cheering)")),
    ("it", "Domanda: La sua risposta?\n\nAntonio: (mostra il petto) Assolutamente no!\n\nDomanda: Grazie.\n",
     ("kinesic", "gesture", "(mostra il petto)")),
])
def test_an_anthem_a_cheering_audience_and_an_italian_gesture_are_events(lang, text, expected):
    # E2066k, E2067k, E2068k
    assert expected in _events(read(text, lang=lang))


@pytest.mark.parametrize("lang, body, line", [
    ("en", "HOST: Good morning.\n\nGUEST: Good morning.\n\nHOST: Let's begin.\n\n", "Advertisement - scroll to continue reading"),
    ("en", "HOST: Good morning.\n\nGUEST: Good morning.\n\nHOST: Let's begin.\n\n", "Read the rest after the jump…"),
    ("ru", "А.Б.Петров: Добрый день.\n\nВ.Г.Сидоров: Здравствуйте.\n\nА.Б.Петров: Начнём.\n\n", "Партнеры"),
])
def test_an_advertisements_scroll_call_a_blogs_cut_and_a_partners_heading_leave_the_turn(lang, body, line):
    # B2063k: each stayed the last paragraph of the turn above it
    doc = read("Headline\n\n" + body + line + "\n", lang=lang)
    assert speech(doc)[-1] in ("Let's begin.", "Начнём.")
    assert _site_lines(doc)[-1] == line


def test_the_headline_printed_again_under_a_reposts_pointer_leaves_the_last_turn():
    # B2064k: the post's headline as the link under "Оригинальная запись в блоге …:" stayed speech
    body = ("Славно поговорили\n\nА.Б.Петров: Добрый день.\n\nВ.Г.Сидоров: Здравствуйте.\n\nА.Б.Петров: Начнём.\n\n"
            "Оригинальная запись в блоге Иванова:\nСлавно поговорили.\n\nОтправить комментарий\n")
    doc = read(body, lang="ru")
    assert speech(doc)[-1] == "Начнём."
    assert _site_lines(doc)[-3:] == ["Оригинальная запись в блоге Иванова:", "Славно поговорили.", "Отправить комментарий"]


def test_a_last_answer_that_is_no_header_line_stays_under_a_site_line():
    # B2064k reads only a header line printed again: other speech under a site line stays
    body = ("Славно поговорили\n\nА.Б.Петров: Добрый день.\n\nВ.Г.Сидоров: Здравствуйте.\n\nА.Б.Петров: Начнём.\n\n"
            "Оригинальная запись в блоге Иванова:\nНу что ж, поговорили.\n")
    doc = read(body, lang="ru")
    assert speech(doc)[-1].endswith("Ну что ж, поговорили.")
