"""Label and turn shapes read since session 34 (cv-dev31a), found where dev31 printed them,
each tested on a variant dev31 does not print (another language, another mark or tag form);
docs/convert-shapes.md has one section and an example for each."""
from __future__ import annotations

from teikit.model import Note
from tests.convert.conftest import labels, read, speech


def firsts(doc) -> list[str]:
    return [s.split()[0] if s else "" for s in speech(doc)]


# --- P1000f questions in italics, answers that end by asking ---------------------------------

_ANSWERS = ("Wir haben den Kai in zwei Jahren neu gebaut, mit dem Geld der Region und des Bundes, "
            "und die Schiffe kamen zurück. Wer hätte das gedacht?",
            "Niemand hat damit gerechnet, aber die Kräne stehen jetzt am Wasser und laden jeden Tag.",
            "Es wird Zeit brauchen, viel Zeit, und Geduld von allen im Hafen. Aber wann geht es schneller?")
_ITALIC_QA = ("*Wie hat sich der Hafen verändert?*\n\n" + _ANSWERS[0] + "\n\n"
              "*Erzählen Sie uns von den Kränen?*\n\n" + _ANSWERS[1] + "\n\n"
              "*Und was kommt jetzt?*\n\n" + _ANSWERS[2] + "\n")


def test_italic_questions_keep_answers_that_end_by_asking_as_answers():
    doc = read(_ITALIC_QA, lang="de")
    assert firsts(doc) == ["*Wie", "Wir", "*Erzählen", "Niemand", "*Und", "Es"]


def test_italics_that_do_not_alternate_with_plain_paragraphs_change_nothing():
    text = _ITALIC_QA.replace("*Und was kommt jetzt?*\n\n", "*Und was kommt jetzt?*\n\n*Und dann?*\n\n")
    assert len(read(text, lang="de").turns()) < 6  # the answers' questions still read as questions


# --- L1001f a recogniser's tag before the transcriber's letter ---------------------------

_TAGGED = ("J: Welcome to the harbour show.\n\nK: Thanks, glad to be here.\n\n"
           "SPEAKER_01: K Right, the ferries.\n\nSPEAKER_00: J So what happened?\n\n"
           "SPEAKER_01: K: They stopped in May.\n\nSPEAKER_00: J And the cranes?\n")


def test_a_recogniser_tag_before_a_letter_label_is_no_label():
    doc = read(_TAGGED, lang="en")
    assert labels(doc) == ["J:", "K:", "K", "J", "K:", "J"]
    assert speech(doc)[2] == "Right, the ferries." and speech(doc)[4] == "They stopped in May."
    tags = [b.text for b in doc.blocks if isinstance(b, Note) and b.type == "speaker-tag"]
    assert tags == ["SPEAKER_01:", "SPEAKER_00:", "SPEAKER_01:", "SPEAKER_00:"]
    assert doc.turns()[2].who == doc.turns()[1].who is not None


def test_a_recogniser_tag_over_plain_speech_stays_the_label():
    text = _TAGGED.replace("SPEAKER_01: K Right", "SPEAKER_01: A Right").replace(
        "SPEAKER_00: J So", "SPEAKER_00: I So").replace("SPEAKER_00: J And", "SPEAKER_00: I And")
    assert labels(read(text, lang="en"))[2:] == ["SPEAKER_01:", "SPEAKER_00:", "SPEAKER_01:", "SPEAKER_00:"]


def test_an_answer_letter_among_a_crew_s_letters_names_a_person():
    doc = read("T: Welcome aboard.\n\nM: Hello!\n\nA: Hi there.\n\nT: Let's start.\n\nA: Sure.\n", lang="en")
    assert doc.turns()[2].who is not None and doc.turns()[2].who == doc.turns()[4].who
    assert read("Q: Welcome?\n\nA: Hi there.\n\nQ: And?\n\nA: Sure.\n", lang="en").turns()[1].who is None


# --- L1002f the asker and the outlet in brackets after a question label ----------------------

_ASKED = ("TRAINER: Guten Tag, wir beginnen.\n\nFrage: Wie geht es der Mannschaft?\n\n"
          "TRAINER: Gut, danke.\n\nFrage: [Anna Roth, Kicker] Wie geht es dem Knie?\n\n"
          "TRAINER: Besser.\n\nFrage: (Lachen) Und morgen?\n\nTRAINER: Wir spielen.\n")


def test_a_bracketed_asker_after_a_question_label_names_the_journalist():
    doc = read(_ASKED, lang="de")
    asked = doc.turns()[3]
    assert speech(doc)[3] == "Wie geht es dem Knie?"
    assert [(n.type, n.text) for n in asked.lead_notes] == [("asker", "[Anna Roth, Kicker]")]
    person = doc.person(asked.who)
    assert (person.name, person.role) == ("Anna Roth", "Kicker")
    assert labels(doc)[3] == "Frage:" and doc.turns()[1].who != asked.who


def test_a_bracket_of_other_words_after_a_question_label_stays_speech():
    doc = read(_ASKED, lang="de")
    assert speech(doc)[5] == "(Lachen) Und morgen?" and not doc.turns()[5].lead_notes


# --- P1003f a hard-wrapped text with a few lines the wrap missed -----------------------------

_WORDS = ("hafen kai schiff kran stadt region geld jahr woche leute arbeit fähre brücke "
          "lager zoll ufer dock wasser sturm winter sommer plan rat markt").split()


def _sentence(n: int) -> str:
    """A sentence of lower-case words that no other sentence of the text repeats."""
    import random
    words = random.Random(n).sample(_WORDS, 14)
    return f"Satz {n} sagt, dass der {words[0]} und die " + " ".join(words[1:]) + " noch warten."


def _wrapped_turns(stray: bool) -> str:
    import textwrap
    out = []
    for n, name in enumerate(["ANNA ROTH:", "PAUL LANG:"] * 3):
        body = textwrap.wrap(" ".join(_sentence(n * 10 + k) for k in range(8)), 62)
        if stray and n == 2:
            body[3] = body[3] + " " + _sentence(99)  # a line the wrap missed, longer than 100
        out += [name, *body]
    return "Hafengespräch\n\n" + "\n".join(out) + "\n"


def test_a_hard_wrapped_text_with_a_stray_long_line_keeps_one_paragraph_a_turn():
    doc = read(_wrapped_turns(stray=True), lang="de")
    assert labels(doc) == ["ANNA ROTH:", "PAUL LANG:"] * 3
    assert [len(t.paragraphs) for t in doc.turns()] == [1] * 6


# --- E1004f intro and outro music, a chuckle; E1005f a source's address in brackets ---------

def _events(doc) -> list[str]:
    from teikit.model import Event, Paragraph
    return [i.text for t in doc.turns() for p in t.paragraphs if isinstance(p, Paragraph)
            for i in p.content if isinstance(i, Event)]


def test_theme_songs_and_giggles_are_events():
    doc = read("ANN: Welcome back. [theme song]\n\nBO: Thanks. (giggle) Good to be here.\n\nANN: Bye! [outro]\n", lang="en")
    assert _events(doc) == ["[theme song]", "(giggle)", "[outro]"]


def test_german_intro_music_and_a_giggle_are_events():
    doc = read("ANNA: [Intro-Musik] Willkommen.\n\nPAUL: (kichert) Danke.\n", lang="de")
    assert _events(doc) == ["[Intro-Musik]", "(kichert)"]


def test_a_name_and_a_web_address_in_brackets_is_no_interjection():
    doc = read("ANNA: Merci à Paul Roe pour les photos (Archives Radio: https://radio.example.org/photos).\n\n"
               "PAUL: (Zuruf von der AfD: Oh!) Weiter.\n", lang="de")
    assert _events(doc) == ["(Zuruf von der AfD: Oh!)"]


# --- T1006f a section heading in bold capitals closing a turn --------------------------------

def test_a_bold_capitals_heading_between_turns_is_no_speech():
    doc = read("**MODERATORE:** Benvenuti a tutti.\n\n**ROSSI:** Grazie.\n\n__DOMANDE DAL PUBBLICO__\n\n"
               "**GIORNALISTA:** Una domanda?\n\n**ROSSI:** Prego.\n", lang="it")
    heading = doc.turns()[1].paragraphs[-1].content
    assert len(heading) == 1 and isinstance(heading[0], Note) and heading[0].type == "heading"


def test_bold_capitals_with_speech_after_them_in_the_turn_stay_speech():
    doc = read("**ANNA:** Hallo.\n\n**PAUL:** Gut.\n\n__NEIN, NIEMALS__\n\nWirklich nicht.\n\n**ANNA:** Gut.\n", lang="de")
    assert all(not isinstance(i, Note) for p in doc.turns()[1].paragraphs for i in p.content)


# --- L1007f a heading of another level than the speakers' headings is a section -------------

_HEADED = ("---\ntitle: Harbour\n---\n\n# The Harbour Master Paul Lang\nPaul Lang was born in 1950 and has "
           "worked in the harbour for forty years.\n\n# The conversation\n\n## Anna Roth\n\nHow did the harbour "
           "change?\n\n## Paul Lang\n\nA lot. The ships are bigger.\n\n## Anna Roth\n\nAnd the cranes?\n\n"
           "## Paul Lang\n\nThe cranes too.\n")


def test_a_name_in_a_heading_of_another_level_than_the_speakers_is_no_label():
    assert labels(read(_HEADED, lang="en")) == ["## Anna Roth", "## Paul Lang", "## Anna Roth", "## Paul Lang"]


def test_speakers_as_headings_of_two_levels_stay_labels():
    text = _HEADED.replace("# The Harbour Master Paul Lang\nPaul Lang was born in 1950 and has worked in the "
                           "harbour for forty years.\n\n# The conversation\n\n", "").replace("## Paul", "### Paul")
    assert labels(read(text, lang="en")) == ["## Anna Roth", "### Paul Lang", "## Anna Roth", "### Paul Lang"]
