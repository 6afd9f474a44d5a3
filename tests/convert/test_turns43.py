"""Turn shapes of issue 13's forty-third round (rule ids 2460-2479 ending in `m`): cues, markers
and answers that open turns without a label's colon, on small texts written for the test
(never a corpus line); each fails without its rule, and each has a near miss it leaves alone."""
from __future__ import annotations

import re

from tests.convert.conftest import body as _body, tei as _tei, site_lines as _site_lines


def _labels(tei: str) -> list[str]:
    return re.findall(r'<note type="speaker">(.*?)</note>', tei)


def _turns(tei: str) -> list[str]:
    """The first seg of each turn, as written."""
    return [m or "" for m in re.findall(r"<u [^>]*>\s*(?:<seg[^>]*>(.*?)</seg>)?", _body(tei), re.S)]


def _stage(tei: str) -> list[str]:
    return re.findall(r'<note type="stage">(.*?)</note>', tei)


# --- T2460m A described video's cue before each speech in caption capitals -------------------

DESCRIBED = ("Transcript: Harbour Council Questions | May 2, 2022\n\n"
             "A still camera shows the council chamber. A caption reads \"Questions.\"\n\n"
             "The Mayor stands. She's in her forties, with short dark hair.\n\n"
             "She says IT IS NOW TIME FOR QUESTIONS.\n"
             "I RECOGNIZE THE MEMBER FOR\n"
             "NORTH QUAY.\n\n"
             "The caption changes to \"Ben Kay. Ferry Party. North Quay.\"\n\n"
             "Kay is in his sixties, with a gray beard. He wears a blue suit.\n\n"
             "He says THANK YOU, MAYOR.\n"
             "WHEN WILL THE FERRY RUN AGAIN?\n\n"
             "[Some Applause]\n\n"
             "The Mayor says IN MAY.\n"
             "NEXT QUESTION.\n")


def test_a_described_videos_cues_open_turns_of_the_caption_capitals():
    tei = _tei(DESCRIBED)
    assert _labels(tei) == ["She says", "He says", "The Mayor says"]
    turns = _turns(tei)
    assert [t.split("\n")[0] for t in turns] == ["IT IS NOW TIME FOR QUESTIONS.", "THANK YOU, MAYOR.", "IN MAY."]
    # the narrator's sentences are stage notes, never speech; a pronoun's speaker is the one
    # the narration has just described
    assert "Kay is in his sixties, with a gray beard. He wears a blue suit." in _stage(tei)
    assert "The Mayor stands. She's in her forties, with short dark hair." in _stage(tei)
    whos = re.findall(r'<u who="#([^"]+)"', _body(tei))
    assert whos[0] == whos[2] != whos[1]


def test_a_cue_before_mixed_case_words_stays_prose():
    text = ("The Mayor stands. She's in her forties, with short dark hair.\n\n"
            "She says the ferry will run again in May.\n\n"
            "Kay is in his sixties, with a gray beard.\n\n"
            "He says he does not believe it.\n")
    tei = _tei(text)
    assert _labels(tei) == [] and _stage(tei) == []
    assert "She says the ferry will run again in May." in _body(tei)


# --- L2461m A diarized row's turns opened by "### ID ###" markers -----------------------------

MARKED = ("harbour-episode-12.mp3.csv\n"
          "### SPEAKER1 ### TRANSCRIPT Hello and welcome to the Harbour Hour, the show about ferries. "
          "### SPEAKER2 ### TRANSCRIPT Thank you, it is good to be here. "
          "### SPEAKER1 ### TRANSCRIPT So tell us about the night ferry.\n")


def test_hash_markers_open_turns_labelled_by_the_id():
    tei = _tei(MARKED)
    assert _labels(tei) == ["### SPEAKER1 ###", "### SPEAKER2 ###", "### SPEAKER1 ###"]
    assert _turns(tei) == ["Hello and welcome to the Harbour Hour, the show about ferries.",
                           "Thank you, it is good to be here.", "So tell us about the night ferry."]
    assert _body(tei).count('<note type="field">TRANSCRIPT</note>') == 3


def test_a_markdown_heading_of_hashes_is_no_marker():
    text = ("### Harbour notes\n\nThe ferry left at nine. ### It came back at ten. The night was calm.\n")
    tei = _tei(text)
    assert _labels(tei) == []


# --- T2462m Questions fused with their quoted answers under a page's box and lead ------------

QUOTED = ("Harbour Voices\n\n"
          "There are 112 interviews.\n\n"
          "''Why the gulls follow the ferry, and why we let them...''\n\n"
          "all the interviews\n\n"
          "03/05/2022   ANN ROE\n\n"
          "The ferry's new captain, Ann Roe, took the helm in May. We asked her a few questions.\n\n"
          "How did you start? ''I started as a deckhand at sixteen and never left the harbour''.\n\n"
          "What is the hardest crossing? ''The winter night crossing, when the fog comes in from the sea''.\n\n"
          "And the best one? ''Every crossing with my daughter on board, she loves the gulls''.\n")


def test_questions_fused_with_their_quoted_answers_under_a_long_lead_are_turns():
    turns = _turns(_tei(QUOTED))
    assert turns[-6:] == ["How did you start?", "''I started as a deckhand at sixteen and never left the harbour''.",
                          "What is the hardest crossing?",
                          "''The winter night crossing, when the fog comes in from the sea''.",
                          "And the best one?", "''Every crossing with my daughter on board, she loves the gulls''."]


def test_statements_before_quoted_lines_stay_one_text():
    text = QUOTED.replace("What is the hardest crossing? ''", "The hardest crossing is the winter one. ''") \
        .replace("And the best one? ''", "The best one is in spring. ''")
    assert "How did you start?" not in _turns(_tei(text))


# --- L2463m A name with a lower-case particle alone on its line is no widget ------------------

PARTICLE = ("Evening Call-in, Radio Quay\n\n"
            "Ann Roe\nThe minister is with us tonight, and you will put your questions to him.\n\n"
            "Ben\nGood evening, and thank you for taking my call.\n\n"
            "Louis de Marsan\nGood evening, Ben.\n\n"
            "Ben\nWhen will the night ferry run again?\n\n"
            "Louis de Marsan\nIn May, as we promised.\n")


def test_a_name_with_a_particle_printed_twice_alone_is_a_label():
    tei = _tei(PARTICLE)
    assert "Louis de Marsan" not in _site_lines(tei)
    assert _labels(tei).count("Louis de Marsan") == 2


def test_a_lower_case_word_inside_a_repeated_line_keeps_it_a_widget():
    text = PARTICLE.replace("Louis de Marsan\n", "Louis and Marsan\n")
    assert "Louis and Marsan" in _site_lines(_tei(text))


# --- L2464m An office of hyphened office words alone, beside a name alone, each once ----------

OFFICE = ("Press conference on 3 May\n\n"
          "Ann Roe\n\n"
          "Thank you for coming. Welcome to this press conference with Director-General Kay. "
          "He will give a short statement and then take your questions.\n\n"
          "Director-General\n\n"
          "Well, thank you, Ann. Our starting point for the last weeks has been the ferry talks.\n")


def test_an_office_alone_beside_a_name_alone_is_a_label():
    tei = _tei(OFFICE)
    assert _labels(tei) == ["Ann Roe", "Director-General"]


def test_a_hyphened_word_that_is_no_office_stays_text():
    tei = _tei(OFFICE.replace("Director-General\n", "Follow-Up\n"))
    assert "Follow-Up" not in _labels(tei)


# --- T2465m Numbered topic headings in capitals over the questions, no answers ----------------

TOPICS = ("Le domande:\n\n"
          "1) PIAZZA ROMA\n\n"
          "Sindaco, il problema di piazza Roma è decennale. Quali sono gli interventi che vuole fare?\n\n"
          "2) TRAGHETTI\n\n"
          "Dottor Roe, il traghetto di notte è fermo da mesi. Quando ripartirà?\n\n"
          "3) NATALE\n\n"
          "Il porto sarà aperto a Natale come negli anni passati, con le luci sul molo?\n")


def test_numbered_topics_in_capitals_are_headings_over_the_questions():
    tei = _tei(TOPICS)
    assert re.findall(r'<note type="heading">(.*?)</note>', tei) == ["1) PIAZZA ROMA", "2) TRAGHETTI", "3) NATALE"]
    turns = _turns(tei)
    assert len(turns) == 3 and all(t.endswith("?") for t in turns)
    assert '<note type="note">Le domande:</note>' in tei


def test_numbered_prompts_in_mixed_case_stay_a_questionnaire():
    text = TOPICS.replace("PIAZZA ROMA", "La piazza").replace("TRAGHETTI", "I traghetti").replace("NATALE", "Il Natale")
    tei = _tei(text)
    assert '<note type="heading">' not in tei


# --- L2466m A parliament's oral question: the member, the office, whom it is put to -------------

ORAL = ("Oral Questions\n\n"
        "Question No. 1—Prime Minister\n\n"
        "1. Hon ANN ROE (Deputy Leader—Harbour) to the Prime Minister: Does he stand by all his statements?\n\n"
        "Rt Hon TOM LEE (Deputy Prime Minister) on behalf of the Prime Minister: Yes, with the usual caveats.\n\n"
        "Hon Ann Roe: Would the Prime Minister agree that the ferry plan failed?\n\n"
        "Rt Hon TOM LEE: Those are laughable questions. Of course not.\n\n"
        "SPEAKER: Order. Supplementary question.\n\n"
        "Hon Ann Roe: Did the Minister know about the ferry?\n")


def test_a_members_oral_question_and_the_answer_for_the_minister_open_turns():
    tei = _tei(ORAL)
    labels = _labels(tei)
    assert labels[:2] == ["1. Hon ANN ROE (Deputy Leader—Harbour) to the Prime Minister:",
                          "Rt Hon TOM LEE (Deputy Prime Minister) on behalf of the Prime Minister:"]
    assert "Rt Hon TOM LEE:" in labels  # "Rt" is an honorific, as "Hon" is
    whos = re.findall(r'<u who="#([^"]+)"', _body(tei))
    assert whos[0] == whos[2] and whos[1] == whos[3] != whos[0]


def test_a_sentence_putting_something_to_the_minister_stays_speech():
    tei = _tei(ORAL.replace("1. Hon ANN ROE (Deputy Leader—Harbour) to the Prime Minister:",
                            "My question (a short one) to the Prime Minister:"))
    assert not any(label.startswith("My question") for label in _labels(tei))


# --- N2467m The heading above a standfirst names the answers (an interview without labels) -----

def test_the_heading_above_the_standfirst_names_the_answers():
    whos = re.findall(r"<u (?:who=\"#([^\"]+)\" )?xml:id", _body(_tei(QUOTED)))
    assert whos[-6:] == ["", "roe", "", "roe", "", "roe"]  # Ann Roe's answers; the questions stay unattributed


def test_a_heading_whose_words_are_printed_nowhere_else_names_no_one():
    text = QUOTED.replace("03/05/2022   ANN ROE", "03/05/2022   THE FERRY YEARS")
    whos = re.findall(r"<u (?:who=\"#([^\"]+)\" )?xml:id", _body(_tei(text)))
    assert not any(whos)
