"""Roles of session 41 (docs/convert-shapes.md, N2020k, N2022k).

Every example is written for the test (never a corpus line); each fails without its rule.
"""
from __future__ import annotations

from teikit.lexicons import load
from teikit.transforms.helpers import roleshapes as rs
from teikit.transforms.helpers.rolefields import field_role_of
from tests.convert.conftest import read, speaker


# --- N2020k a role field gives the role of the name it holds -----------------------------------

def test_a_heading_field_over_a_record_gives_the_moderator_role():
    doc = read("# Harbour Board Call 12\n### Date: 3 May 2021\n### Moderator: Anna Vale\n### Notes: Tom Berg\n\n"
               "Anna Vale: Welcome, everyone.\n\nTom Berg: Thank you.\n\nAnna Vale: First item.\n\n"
               "Tom Berg: Agreed.")
    vale = next(p for p in doc.persons if p.name == "Anna Vale")
    assert "Moderator" in (vale.role, vale.affiliation)


def test_a_field_that_only_announces_a_speaker_or_holds_more_gives_no_role():
    lex = load("en")
    line = "Speaker: Anna Vale"
    assert field_role_of(line, 9, len(line), lex) is None
    line = "Moderator: Anna Vale"
    assert field_role_of(line, 11, len(line), lex) == "Moderator"
    line = "Moderator: Anna Vale said so"
    assert field_role_of(line, 11, 20, lex) is None


# --- N2022k Irish offices and Dutch council members are role nouns --------------------------------

def test_an_irish_office_right_before_the_name_in_the_lead_is_the_role():
    doc = read("This is the transcript of Taoiseach Mary Lyons's interview on the radio.\n\n"
               "Tom Berg: Good morning.\n\nMary Lyons: Good morning, Tom.\n\nTom Berg: First question.")
    assert next(p for p in doc.persons if p.name == "Mary Lyons").role == "Taoiseach"


def test_raadslid_is_a_dutch_role_noun():
    assert "raadslid" in load("nl").role_nouns and "taoiseach" in load("en").role_nouns


# --- N2021k a role alone on the line under the name ----------------------------------------------

def test_a_role_line_stacked_under_the_name_in_the_lead():
    doc = read("Raadsinformatie\n\nCommissievergadering\n\n • 0:11 A. Vermeer\n   raadslid GroenLinks\n"
               "   A. Vermeer\n   Welkom allemaal op deze vergadering van de commissie.\n\n"
               "A. Vermeer: Dan gaan we beginnen.\n\nB. Kok: Dank u, voorzitter.\n\n"
               "A. Vermeer: Het eerste punt.", lang="nl")
    vermeer = next(p for p in doc.persons if p.name == "A. Vermeer")
    assert "raadslid GroenLinks" in (vermeer.role, vermeer.affiliation)


def test_a_sentence_or_a_field_under_the_name_is_no_role_line():
    lex = load("en")
    line = "Anna Vale"
    assert rs.role_line_under(line, 9, "Director of the harbour board", lex) == "Director of the harbour board"
    assert rs.role_line_under(line, 9, "Director. She joined the board in 2001.", lex) is None
    assert rs.role_line_under(line, 9, "Director: Tom Berg", lex) is None
    assert rs.role_line_under("Anna Vale said", 9, "Director of the harbour board", lex) is None


# --- N2023k a copula ends the role after the name's comma ------------------------------------

def test_the_verb_after_an_apposed_role_ends_it():
    lex = load("it")
    text = "Il motto di Anna Vale, sviluppatrice senior di piattaforme Cloud è questo."
    assert rs.role_after(text, text.index(",") , lex) == "sviluppatrice senior di piattaforme Cloud"
