"""Shapes of dev44 (rule ids 1670-1689 ending in `i`): page captures of statements, radio
talks and press conferences in German, Dutch, Chinese, Russian, French and Spanish, written
for the test (never a corpus line); each fails without its rule."""
from __future__ import annotations

import pytest

from teikit.model import Boilerplate
from tests.convert.conftest import labels, read, speaker

# --- L1670i full names alone on their line with a colon, each printed once ------------------

STATEMENTS = {
    "de": ("Stimmen zum Spiel\n\n"
           "Anna Berger:\nWir haben heute verdient gewonnen, die Mannschaft war sehr konzentriert.\n"
           "Ich bin stolz auf das Team.\n\n"
           "Jonas Keller:\nGlückwunsch an den Gegner, wir waren heute nicht gut genug.\n", "de"),
    "en": ("Post-match reaction\n\n"
           "Mary Fields:\nWe deserved the win today, the players were focused from the start.\n\n"
           "Tom Becket:\nCongratulations to them, we were not good enough today.\n", "en"),
}


@pytest.mark.parametrize("case", sorted(STATEMENTS))
def test_two_full_names_alone_with_a_colon_label_their_statements(case):
    text, lang = STATEMENTS[case]
    doc = read(text, lang=lang)
    names = [line.split("\n")[0] for line in text.split("\n\n")[1:]]
    assert labels(doc) == names
    assert [speaker(doc, i).name for i in range(2)] == [n.rstrip(":") for n in names]


def test_a_title_with_a_colon_above_the_names_alone_is_no_speaker():
    doc = read("PK: Die Stimmen nach dem Spiel (Video)\n\n"
               "Anna Berger:\nWir haben heute verdient gewonnen, die Mannschaft war sehr konzentriert.\n\n"
               "Jonas Keller:\nGlückwunsch an den Gegner, wir waren heute nicht gut genug.\n", lang="de")
    assert labels(doc) == ["Anna Berger:", "Jonas Keller:"]
    assert doc.setting.title == "PK: Die Stimmen nach dem Spiel (Video)"


# --- B1671i an account widget's call to join -------------------------------------------------

JOIN_CALLS = {
    "de": ("Login\n\nNoch kein Mitglied?\nJetzt Mitglied werden »\n\nDas Interview zum Spiel\n\n"
           "REPORTER: Wie war das Spiel?\n\nTRAINER: Sehr schwer.\n",
           "de", ["Noch kein Mitglied?", "Jetzt Mitglied werden »"]),
    "en": ("Sign in\n\nNot a member yet?\nJoin now »\n\nThe interview after the match\n\n"
           "REPORTER: How was the game?\n\nCOACH: Very hard.\n",
           "en", ["Not a member yet?", "Join now »"]),
}


@pytest.mark.parametrize("case", sorted(JOIN_CALLS))
def test_a_call_to_become_a_member_is_site_furniture_not_the_title(case):
    text, lang, calls = JOIN_CALLS[case]
    doc = read(text, lang=lang)
    set_apart = [b.text for b in doc.blocks if type(b) is Boilerplate]
    assert all(call in set_apart for call in calls)
    assert doc.setting.title not in calls


# --- P1672i a statement's long lines under a label alone: one paragraph a line --------------

LONG = ("Es war heute sehr schwer zu spielen bei diesen Verhältnissen auf dem Platz, und "
        "trotzdem haben wir früh ein Tor geschossen.")


def test_long_sentence_lines_under_a_label_alone_are_paragraphs():
    doc = read(f"ANNA BERGER:\n{LONG}\n{LONG}\n\nJONAS KELLER:\nDanke.\n", lang="de")
    assert len(doc.turns()[0].paragraphs) == 2


def test_short_lines_under_a_label_alone_stay_one_paragraph():
    doc = read("ANNA BERGER:\nWir danken allen Fans,\ndie heute gekommen sind.\n\nJONAS KELLER:\nDanke.\n",
               lang="de")
    assert len(doc.turns()[0].paragraphs) == 1


# --- T1673i one question label over the whole text: the answer has no label -----------------

LONE_QUESTIONS = {
    "fr": ("Q : Monsieur le Directeur, vous quittez vos fonctions cette année.\n"
           "Quel bilan faites-vous de ces cinq ans ?\n"
           "Merci de cette question, qui est large.\n"
           "Le premier point est la concurrence, qui a beaucoup progressé.\n"
           "Le second point porte sur les prix.\n", "fr", 2, 3),
    "en": ("Q: Director, you leave office this year. What is your record?\n"
           "Thank you for the question.\nFirst, competition grew.\nSecond, prices fell.\nThird, users gained.\n",
           "en", 1, 4),
}


@pytest.mark.parametrize("case", sorted(LONE_QUESTIONS))
def test_the_paragraphs_after_a_lone_question_are_an_unlabelled_answer(case):
    text, lang, asked, answered = LONE_QUESTIONS[case]
    doc = read(text, lang=lang)
    assert labels(doc) == [text.split(":")[0] + ":", None]
    assert [len(t.paragraphs) for t in doc.turns()] == [asked, answered]


def test_a_speaker_label_over_the_whole_text_keeps_its_questions():
    doc = read("MAYOR: Why are we here tonight?\nWe are here for the budget.\nIt is a good budget.\n"
               "Thank you all.\n", lang="en")
    assert labels(doc) == ["MAYOR:"]


# --- N1674i a club's role glued before a Chinese name; the media's question label -----------

CLUB_PRESS = ("海港队赛前发布会,海港队主教练和球员回答了记者提问。\n"
              "球员王小明:这是一场非常关键的比赛,我们知道它的重要性。\n"
              "主教练李大江:大家下午好!关于明天的比赛,对我们来说很艰苦。\n"
              "媒体提问:关于上一粒进球感觉如何?\n"
              "王小明:上一粒进球也算是有准备的,我很高兴。\n")


def test_a_player_or_coach_glued_before_the_name_is_the_role():
    doc = read(CLUB_PRESS, lang="zh")
    assert labels(doc) == ["球员王小明:", "主教练李大江:", "媒体提问:", "王小明:"]
    player, coach = speaker(doc, 0), speaker(doc, 1)
    assert (player.name, player.role) == ("王小明", "球员") and (coach.name, coach.role) == ("李大江", "主教练")
    assert speaker(doc, 3) is player


def test_the_medias_question_label_names_nobody():
    doc = read(CLUB_PRESS, lang="zh")
    assert speaker(doc, 2) is None


def test_a_lead_naming_the_glued_roles_is_no_turn():
    doc = read(CLUB_PRESS, lang="zh")
    assert doc.turns()[0].label == "球员王小明:"
    assert CLUB_PRESS.split("\n")[0] in [getattr(b, "text", None) for b in doc.blocks]


# --- L1675i a council archive's speaker block: the name alone under its clip index ----------

COUNCIL_BLOCKS = ("Raadsinformatie\n\nCommissievergadering 3 maart 2021\n\n"
                  " • 1 Opening\n"
                  "  • 0:11 H. de Vries\n   raadslid VVD\n   H. de Vries\n"
                  "   Welkom allemaal op deze vergadering van de commissie.\n"
                  "  • 0:2 P. Bakker\n   Wethouder (D66)\n   P. Bakker\n   Dank u wel, voorzitter.\n")


def test_a_name_alone_under_its_clip_line_is_the_label_though_printed_once():
    doc = read(COUNCIL_BLOCKS, lang="nl")
    assert labels(doc) == ["H. de Vries", "P. Bakker"]
    assert speaker(doc, 1).name == "P. Bakker"


def test_a_name_alone_under_another_names_clip_line_is_no_label():
    doc = read(COUNCIL_BLOCKS.replace("  • 0:2 P. Bakker", "  • 0:2 K. Smit"), lang="nl")
    assert "P. Bakker" not in labels(doc)
