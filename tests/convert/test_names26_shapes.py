"""Name and role shapes of the twenty-sixth round on unseen pages' persons
(docs/convert-shapes.md, N360a-N369a).

Every example is written for the test (never a corpus line); each fails without its rule.
"""
from __future__ import annotations

from tests.convert.conftest import labels, read, speaker, speech


# --- N360a a label line "Name (PARTY) — Role" -----------------------------------------------------

_PARTY_ROLE = ("M. Marc Roe (PLR) — Rapporteur-trice\n\nLa commission s'est réunie deux fois.\n\n"
               "Mme Anne Vidal (SOC) — Président-e\n\nLa discussion est ouverte.\n")


def test_a_party_between_name_and_dash_keeps_the_role_in_the_label():
    doc = read(_PARTY_ROLE, lang="fr")
    assert labels(doc) == ["M. Marc Roe (PLR) — Rapporteur-trice", "Mme Anne Vidal (SOC) — Président-e"]
    assert speech(doc)[0] == "La commission s'est réunie deux fois."


def test_the_party_is_the_affiliation_and_the_function_the_role():
    person = speaker(read(_PARTY_ROLE, lang="fr"), 0)
    assert person.name == "Marc Roe"
    assert (person.role, person.affiliation) == ("Rapporteur-trice", "PLR")


# --- N361a a self-introduction's apposition is the speaker's role -------------------------------

_APPOSED = ("ANN LEE: Good morning, everyone. I'm Ann Lee, senior economist at Acme. Our results follow.\n\n"
            "TOM POE: Thank you, Ann.\n\nANN LEE: The first slide, please.\n")


def test_the_apposition_after_ones_own_name_is_the_role():
    assert speaker(read(_APPOSED, lang="en"), 0).role == "senior economist"  # (not "at Acme": N361a stops there)


def test_an_apposition_in_german_keeps_its_words_and_drops_nothing_but_the_article():
    text = "ANJA ROE: Hallo. Ich bin Anja Roe, freie Dramaturgin und Produktionsleiterin. Los geht's.\n\n" \
           "TOM POE: Danke.\n\nANJA ROE: Bitte.\n"
    assert speaker(read(text, lang="de"), 0).role == "freie Dramaturgin und Produktionsleiterin"


def test_someone_elses_name_and_role_give_the_speaker_nothing():
    text = _APPOSED.replace("I'm Ann Lee, senior", "This is Dana Roe, senior")
    assert speaker(read(text, lang="en"), 0).role is None


def test_an_apposition_without_a_role_word_is_no_role():
    text = _APPOSED.replace("senior economist at Acme", "speaking from Geneva")
    assert speaker(read(text, lang="en"), 0).role is None


# --- N362a a letter label names no one when the head prints another person under that initial ----

_TWO_INITIALS = ("Интервью: актер Юрий Волков\n\n"
                 "В: Здравствуйте, сегодня у нас в гостях актер.\n\nЮ: Добрый вечер.\n\n"
                 "В: Как прошел спектакль?\n\nЮ: Хорошо, спасибо.\n")


def _letter_speaker(text: str):
    doc = read(text, lang="ru")
    return doc.person(next(t.who for t in doc.turns() if t.label == "Ю:"))


def test_a_letter_label_takes_the_one_name_the_title_gives():
    assert _letter_speaker(_TWO_INITIALS).name == "Юрий Волков"


def test_another_person_under_that_initial_leaves_the_letter_unnamed():
    text = _TWO_INITIALS.replace("Волков\n\n", "Волков\nВедущие В. Петров и Ю. Смирнова\n\n", 1)
    assert _letter_speaker(text).name != "Юрий Волков"


def test_the_initial_before_the_candidates_own_surname_is_the_same_person():
    text = _TWO_INITIALS.replace("Волков\n\n", "Волков\nВ гостях Ю. Волков\n\n", 1)
    assert _letter_speaker(text).name == "Юрий Волков"


# --- N363a an occupation and "named" before a full name; an office before a surname alone ------

_COUNCIL = ("Seduta del Consiglio comunale\n\nPRESIDENTE: La parola al Consigliere Ferri.\n\n"
            "FERRI Marco: Grazie, Presidente.\n\nPRESIDENTE: Prego.\n\nFERRI Marco: Intervengo brevemente.\n")


def test_an_office_before_the_surname_alone_is_the_role():
    assert speaker(read(_COUNCIL, lang="it"), 1).role == "Consigliere"


def test_a_surname_two_speakers_share_gets_no_role():
    text = _COUNCIL + "\nPRESIDENTE: Grazie.\n\nFERRI Anna: Anch'io ringrazio.\n\nPRESIDENTE: Bene.\n\n" \
                      "FERRI Anna: Ho finito.\n"
    assert speaker(read(text, lang="it"), 1).role is None


def test_a_numbered_voice_has_no_surname():
    text = "Call\n\nSpeaker 1: Hello, Speaker 2.\n\nSpeaker 2: Hi. Over to Speaker 1.\n\nSpeaker 1: Thanks.\n"
    assert speaker(read(text, lang="en"), 0).role is None


def test_an_occupation_named_before_the_full_name_is_the_role():
    text = ("LULU: We are warming up in the studio with an actor named Becca Roe.\n\n"
            "BECCA ROE: Hi.\n\nLULU: Welcome.\n")
    assert speaker(read(text, lang="en"), 1).role == "actor"


def test_an_office_before_the_surname_in_the_speakers_own_words_is_not_read():
    text = _COUNCIL.replace("PRESIDENTE: La parola al Consigliere Ferri.", "PRESIDENTE: La parola a lei.") \
        .replace("FERRI Marco: Grazie, Presidente.", "FERRI Marco: Grazie. Come disse il Sindaco Ferri, mio padre.")
    assert speaker(read(text, lang="it"), 1).role is None


def test_a_namesake_printed_with_another_given_name_leaves_the_surname_alone():
    text = _COUNCIL.replace("Seduta del Consiglio comunale", "Seduta del Consiglio comunale in ricordo di Paolo Ferri")
    assert speaker(read(text, lang="it"), 1).role is None
