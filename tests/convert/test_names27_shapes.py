"""Name and role shapes of the twenty-seventh round on unseen pages' persons
(docs/convert-shapes.md, N390a-N399a), and the lexicon's whole-word lists they read.

Every example is written for the test (never a corpus line); each fails without its rule.
"""
from __future__ import annotations

from teikit.lexicons import load
from teikit.transforms.helpers.ownwords import self_named
from teikit.transforms.helpers.titlenames import names_in
from tests.convert.conftest import read, speaker


# --- Lexicon.whole_words: a list's entries as whole words only ----------------------------------

def test_whole_words_finds_an_office_but_not_inside_another_word():
    offices = load("en").whole_words("office_words")
    assert offices.search("the Press Secretary") and offices.search("King of Spain")
    assert not offices.search("speaking") and not offices.search("hosting")


def test_whole_words_is_compiled_once_per_list():
    lex = load("en")
    assert lex.whole_words("office_words") is lex.whole_words("office_words")


def test_a_self_given_role_needs_an_office_as_a_whole_word():
    lex = load("en")
    assert self_named("Hello. I will be your speaking partner for today.", lex) == (None, None)
    assert self_named("Hello. I will be your press secretary for today.", lex) == (None, "press secretary")


# --- N390a an abbreviated title in a label is written out as the role ---------------------------

def test_an_abbreviated_title_before_the_name_is_the_written_out_role():
    doc = read("SEN. ANN ROE:\n\nThe bill is dead.\n\nGOV. TOM POE:\n\nIt is not.\n\nSEN. ANN ROE:\n\nIt is.\n",
               lang="en")
    assert [(speaker(doc, i).name, speaker(doc, i).role) for i in (0, 1)] == \
        [("Ann Roe", "Senator"), ("Tom Poe", "Governor")]


def test_a_german_member_abbreviation_is_written_out():
    doc = read("Abg. Anna Roth: Das Gesetz ist tot.\n\nAbg. Tom Poe: Es ist es nicht.\n\nAbg. Anna Roth: Doch.\n",
               lang="de")
    assert (speaker(doc, 0).name, speaker(doc, 0).role) == ("Anna Roth", "Abgeordneter")


# --- N391a a list of names after a listed name is no office -------------------------------------

def test_the_names_after_a_guest_are_not_the_guests_office():
    doc = read("Guests: Ann Roe, Tom Poe, Jo Lee\n\nSEN. ANN ROE:\n\nThe bill is dead.\n\n"
               "TOM POE:\n\nIt is not.\n", lang="en")
    assert speaker(doc, 0).role == "Senator" and speaker(doc, 1).role is None


def test_a_listed_office_between_semicolons_is_kept():
    doc = read("Speakers: Ann Roe, Harbour Master; Tom Poe, Mayor\n\nANN ROE:\n\nThe bill is dead.\n\n"
               "TOM POE:\n\nIt is not.\n", lang="en")
    assert (speaker(doc, 0).role, speaker(doc, 1).role) == ("Harbour Master", "Mayor")


# --- N392a an article and a role word before a surname label's surname --------------------------

_COACH = ("Conferenza stampa della vigilia\n\n"
          "Intervengono il CT Rossi e il capitano Bianchi in conferenza stampa a Roma. Bianchi: «Siamo pronti».\n\n"
          "Giornalista: «Per Rossi: come sta la squadra?»\nRossi: «Bene, grazie.»\n\n"
          "Giornalista: «Per Bianchi: e lei?»\nBianchi: «Pronto.»\n")


def test_a_role_after_an_article_before_a_surname_label_is_the_role():
    doc = read(_COACH, lang="it")  # ("Roma. Bianchi:": a sentence's last word is no given name)
    assert [(p.name, p.role) for p in doc.persons] == [("Rossi", "CT"), ("Bianchi", "capitano")]


# --- N393a the unlabeled turns' person named late gets the role printed before the surname ------

_UNLABELED = ("Conferenza stampa della vigilia\n\n"
              "Interverranno in conferenza stampa il mister bianconero Conte e il portiere.\n\n"
              "Conte, come sta la squadra?\n\nSta bene, siamo pronti per la partita di domani sera.\n\n"
              "Chi gioca in attacco domani?\n\nLo decideremo domani mattina, dopo la rifinitura.\n")


def test_the_answerer_named_by_the_first_question_gets_the_role_of_the_lead():
    assert [(p.name, p.role) for p in read(_UNLABELED, lang="it").persons] == [("Conte", "mister bianconero")]


# --- N394a a name run cut off by a surname in capitals names no one -----------------------------

_SHOUTED = ("Rencontre au club\n\nEt coté bureau ici avec le Directeur Sportif Paul DURAND\n\n"
            "AR : Comment se passe la saison ?\n\nTrès bien, nous sommes en tête du championnat.\n\n"
            "AR : Et la suite ?\n\nNous allons continuer à travailler.\n")


def test_a_run_before_a_surname_in_capitals_is_no_name():
    assert [(p.name, p.role) for p in read(_SHOUTED, lang="fr").persons] == [("AR", None)]


def test_names_in_drops_only_the_run_a_capitals_word_cuts():
    lex = load("fr")
    assert names_in("avec Jean Paul DURAND", lex) == []  # (not "Jean Paul")
    assert names_in("Interview avec Anne Roux et Paul Durand", lex) == ["Anne Roux", "Paul Durand"]
