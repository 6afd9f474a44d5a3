"""Shapes of dev37 (rule ids 1500-1511 ending in `i`): small synthetic examples written for
the test (never a corpus line), in two languages or more; each fails without its rule."""
from __future__ import annotations

from teikit.model import Boilerplate, Event
from tests.convert.conftest import labels, read, speaker, speech

# --- L1500i labels in angle brackets ------------------------------------------------------------

ANGLED_ES = ("<Marta> **¿Cómo empezó todo?**\n\n"
             "<Luis> Empezó en el puerto, con mi abuelo.\n"
             "<Luis> Después vino la fábrica.\n\n"
             "<Marta>**¿Y la fábrica?**\n\n"
             "<Luis> Cerró en el noventa.\n")
ANGLED_EN = ("<Ann> So how did the club start?\n\n<Tom> With six of us in a garage.\n\n"
             "<Ann> And now?\n\n<Tom> Now we are forty, more or less.\n")


def test_angle_bracket_labels_open_turns_also_on_consecutive_lines_and_without_a_space():
    doc = read(ANGLED_ES)
    assert [t.name for t in doc.turns()] == ["Marta", "Luis", "Luis", "Marta", "Luis"]
    assert speech(doc)[2] == "Después vino la fábrica."
    assert speech(doc)[3] == "**¿Y la fábrica?**"
    assert [t.name for t in read(ANGLED_EN).turns()] == ["Ann", "Tom", "Ann", "Tom"]


def test_markup_elements_in_angle_brackets_are_no_labels():
    doc = read("<p>The club started in a garage.</p>\n\n<div>Six of us met there.</div>\n\n"
               "<p>Now we are forty.</p>\n")
    assert all(t.label is None for t in doc.turns())


# --- L1501i a header field over a table, L1502i heading questions, N1504i the interviewee field --

def heading_interview(field: str, columns: str, values: str, questions: list[str], answers: list[str]) -> str:
    pairs = "".join(f"## {q}\n\n*\"{a}\"*\n\n" for q, a in zip(questions, answers))
    return f"# Info\n{field}\n\n{columns}\n| --- | --- | --- |\n{values}\n\n# Transcript\n{pairs}"


GERMAN = heading_interview(
    "Befragte: Kepler", "| Alter | Geschlecht | Beruf |", "| 30 | weiblich | Gärtnerin im Stadtpark |",
    ["Frage 1: Was machst du am Morgen?", "Und dann.", "Frage 2: Wie triffst du Entscheidungen?",
     "Frage 3: Wer hilft dir dabei?"],
    ["Zuerst gieße ich die Beete, dann schaue ich nach den Rosen und den jungen Bäumen am Teich.",
     "Dann kommt die Mittagspause, meistens mit den Kollegen auf der Bank am Eingang, oder nicht?",
     "Meistens aus dem Bauch heraus, manchmal nach einer langen Liste mit allen Vor- und Nachteilen.",
     "Meine Schwester, weil sie immer ehrlich sagt, was sie denkt, auch wenn es mir nicht gefällt."])
ENGLISH = heading_interview(
    "Interviewee: Halley", "| Age | Gender | Job |", "| 41 | male | Night-shift baker |",
    ["Question 1: What does your morning look like?", "Go on.", "Question 2: How do you choose?",
     "Question 3: Who helps you?"],
    ["I start at three, knead the dough for the rye loaves and then light the big oven in the back.",
     "Then the first customers come, mostly people from the station who want coffee, you know?",
     "Usually on a hunch, sometimes after writing every option down on the back of an old receipt.",
     "My neighbour, because she always says what she thinks even when I would rather not hear it."])


def test_a_field_over_a_table_is_no_turn():
    for text in (GERMAN, ENGLISH):
        doc = read(text)
        assert all(t.label is None for t in doc.turns())
        assert len(doc.turns()) == 8


def test_a_heading_follow_up_that_ends_like_a_sentence_is_a_question_of_its_own():
    doc = read(GERMAN)
    assert speech(doc)[2] == "## Und dann."
    assert speech(doc)[3].startswith("*\"Dann kommt die Mittagspause")


def test_the_interviewee_field_names_the_answers_and_its_job_column_gives_the_role():
    for text, name, role in ((GERMAN, "Kepler", "Gärtnerin im Stadtpark"), (ENGLISH, "Halley", "Night-shift baker")):
        doc = read(text)
        assert speaker(doc, 1).name == name and speaker(doc, 1).role == role
        assert speaker(doc, 3).name == name  # also after a follow-up that ends like a sentence (L1502i)
        assert doc.turns()[0].who is None and doc.turns()[2].who is None


# --- P1503i a quoted answer over a block's long lines ---------------------------------------------

def test_a_quoted_block_of_long_lines_is_one_paragraph():
    long = "Das ist ein ziemlich langer Satz, der einfach weiter und weiter geht, ohne dass jemand ihn stoppt"
    text = (f"## Wie war das?\n\n*\"{long}.\n{long}.\n{long}, aber\n{long}.\"*\n\n"
            f"## Und danach?\n\n*\"{long}.\"*\n\n## Noch etwas?\n\n*\"{long}.\"*\n")
    doc = read(text)
    assert sum(1 for p in doc.turns()[1].paragraphs if hasattr(p, "content")) == 1


def test_a_block_of_quotations_one_a_line_stays_a_paragraph_a_line():
    line = "A quotation that stands on a line of its own, as long as a line of a book can be in print, or a little longer still"
    doc = read(f"ANN: Hello.\n\nBOB: Here they are.\n\"{line}.\"\n\"{line}.\"\n\"{line}.\"\n\"{line}.\"\n")
    assert len([p for p in doc.turns()[1].paragraphs if hasattr(p, "content")]) == 5


# --- L1505i labels of two or three names ---------------------------------------------------------

def test_a_slash_label_after_a_labelled_dialogue_is_a_turn_of_its_own():
    doc = read("**Carla Bruni:** Com'è andata?\n\n**Utente 3:** Bene, grazie.\n\n"
               "**Carla Bruni:** Grazie mille per il tempo.\n\n**Utente 3:** Di niente.\n\n"
               "**Nico / Lia:** Grazie anche da noi.\n")
    assert labels(doc)[-1] == "**Nico / Lia:**"
    assert speaker(doc, 4).name == "Nico / Lia"


def test_a_label_listing_speakers_who_are_labelled_alone_too():
    doc = read("**Quand avez-vous commencé ?**\n\n**Ana Roche** : en 2015, à Lyon.\n\n"
               "**Et vous ?**\n\n**Léo Martin** : un an plus tard.\n\n**Et ensemble ?**\n\n"
               "**Ana Roche, Léo Martin et Zoé Petit** : nous avons fondé le collectif.\n")
    turns = doc.turns()
    assert turns[-1].label.startswith("**Ana Roche, Léo Martin et Zoé Petit**")
    assert speaker(doc, len(turns) - 1).name == "Ana Roche, Léo Martin et Zoé Petit"
    assert speaker(doc, 1).name == "Ana Roche"


# --- B1506i a Pandoc capture's chrome, H1508i its headline's attributes --------------------------

PANDOC = """::: {.navbar}
::: {.menu}
-   [[Home](/)]{#menu-item-1}
-   [[Music](/category/music/)]{#menu-item-2}
:::
:::

Discover our other projects:

[![Logo](/logo.png)](/)

::: {.post}
::: {.header}
Interview: Bakers at night {#interview-bakers-at-night .post-title}
==================================

-   []{.fa .fa-clock-o}March 3, 2019
:::

::: {.share .clearfix}
::: {.share-facebook}
[](https://www.facebook.com/sharer/sharer.php?u=https://example.org/bakers "Share on Facebook")
[Share on Facebook]{.share-text} [Share]{.share-button}
:::
:::

**When does your night start?**

**Ann Lee** : at ten, with the sourdough.

::: {#attachment_1 .wp-caption}
![](https://example.org/oven.jpg){.wp-image-1
.size-full width="800"}

*© Bakers*
:::

**And the oven?**

**Tom Poe** : it is lit at midnight.

**And in the morning?**

**Ann Lee** : we sleep.

**Both of you?**

**Tom Poe** : both of us.
:::
"""


def test_a_pandoc_capture_sets_its_chrome_apart_above_the_headline():
    doc = read(PANDOC)
    chrome = {b.text for b in doc.blocks if isinstance(b, Boilerplate)}
    assert "Discover our other projects:" in chrome
    assert "[Share on Facebook]{.share-text} [Share]{.share-button}" in chrome
    assert "*© Bakers*" in chrome
    assert [t.name for t in doc.turns()] == [None, "Ann Lee", None, "Tom Poe"] * 2
    assert speech(doc)[1] == "at ten, with the sourdough."
    assert doc.setting.date_iso == "2019-03-03"


def test_a_pandoc_headline_is_the_title_without_its_attributes():
    assert read(PANDOC).setting.title == "Interview: Bakers at night"
    doc = read("# Entretien avec Ann Lee {#entretien .entry-title}\n\nANN: Bonjour.\n\nTOM: Bonjour.\n")
    assert doc.setting.title == "Entretien avec Ann Lee"


# --- P1507i bold questions between labelled answers -----------------------------------------------

def test_a_bold_question_that_ends_a_labelled_answer_is_the_interviewers_turn():
    doc = read("**¿Cuándo empezaron?**\n\n**Ana Ruiz:** En 2015, en Sevilla.\n\n"
               "**¿Y usted?**\n\n**Luis Gil:** Un año más tarde, en Cádiz.\n\n"
               "**¿Por qué?**\n\n**Ana Ruiz:** Por el mar.\n\n**¿Y usted también?**\n\n**Luis Gil:** También.\n")
    assert [t.name for t in doc.turns()] == [None, "Ana Ruiz", None, "Luis Gil"] + [None, "Ana Ruiz", None, "Luis Gil"]
    assert speech(doc)[4] == "**¿Por qué?**"


# --- E1510i a link's text is no event -------------------------------------------------------------

def test_a_markdown_links_text_is_no_event():
    doc = read("ANN: See [Applause](https://example.org/applause) on the site.\n\nBOB: Good. [Applause]\n\n"
               "ANN: Thanks.\n")
    events = [i.text for t in doc.turns() for p in t.paragraphs if hasattr(p, "content")
              for i in p.content if isinstance(i, Event)]
    assert events == ["[Applause]"]
