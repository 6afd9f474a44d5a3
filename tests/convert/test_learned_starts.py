"""T570a: the learned turn starts (pass `learned_starts`), on small texts.

The mechanics are tested with stand-in weights (a score that opens the line after a question),
so they hold whatever the training gives; the committed weights are tested on the shape they
were kept for, and against the feature names they were trained on.
"""
from __future__ import annotations

import pytest

from teikit import convert
from teikit.convert_api import read_transcript
from teikit.transforms.helpers import turnstartweights
from teikit.transforms.helpers.linefeatures import NAMES, document_evidence, gate_opens
from teikit.transforms.learned_starts import probability, rule_verdict

# A speech with one question in it: no rule cuts it (one question, not in the first paragraph).
SPEECH = (b"We met at the harbour this morning, as every year.\n\n"
          b"Who pays for the new ferry?\n\n"
          b"The council does, and it will go on paying for as long as it runs.\n")


@pytest.fixture()
def after_question(monkeypatch):
    """Stand-in weights: a line after a question line scores .99, any other .01."""
    weights = [0.0] * len(NAMES)
    weights[NAMES.index("prev_question")] = 9.2
    monkeypatch.setattr(turnstartweights, "FEATURES", NAMES)
    monkeypatch.setattr(turnstartweights, "WEIGHTS", tuple(weights))
    monkeypatch.setattr(turnstartweights, "BIAS", -4.6)
    monkeypatch.setattr(turnstartweights, "GATE", "nolabel")
    monkeypatch.setattr(turnstartweights, "GATE_THRESHOLD", 0.0)
    monkeypatch.setattr(turnstartweights, "ADD", 0.9)


def _turns(data: bytes):
    return [(t.label, t.line, [p.line for p in t.paragraphs]) for t in read_transcript(data, "t.txt").turns()]


def test_a_gated_document_gains_an_unlabeled_turn_where_the_score_reaches_add(after_question):
    assert _turns(SPEECH) == [(None, 1, [1, 3]), (None, 5, [5])]


def test_without_the_pass_the_rules_keep_one_turn(monkeypatch):
    monkeypatch.setattr(turnstartweights, "WEIGHTS", ())
    assert len(_turns(SPEECH)) == 1


def test_a_line_inside_a_hard_wrapped_paragraph_opens_no_turn(after_question):
    # two short lines under each other are one paragraph (P3): the reader's paragraph stands
    data = b"We met at the harbour this morning, as every year.\n\nWho pays for the new ferry?\nThe council does.\n"
    assert len(_turns(data)) == 1


def test_a_document_the_gate_keeps_closed_is_left_as_the_rules_made_it(after_question):
    labelled = b"ANN: Who pays for the new ferry?\n\nThe council does, and it will go on paying.\n\nBEN: Yes.\n"
    assert [t[0] for t in _turns(labelled)] == ["ANN:", "BEN:"]


def test_the_added_turn_is_encoded_as_the_rules_unlabeled_turns(after_question):
    tei = convert(SPEECH, "t.txt").tei.decode()
    assert tei.count("<u ") == 2 and "who=" not in tei and 'type="speaker"' not in tei
    assert convert(SPEECH, "t.txt").tei == convert(SPEECH, "t.txt").tei


def test_the_rules_verdict_is_read_from_the_printed_lines():
    doc = read_transcript(b"Title\n\nANN: Hello.\n\nBEN: Hi.  ANN: Run on.\n", "t.txt")
    assert rule_verdict(doc, doc.source_lines) == {2: True, 4: True}  # the run-on turn opens no line


def test_the_gates():
    # evidence: (non-blank lines, rule starts, labelled starts, question lines)
    assert gate_opens("nolabel", 0, (40, 1, 0, 6)) and not gate_opens("nolabel", 0, (40, 12, 12, 6))
    assert gate_opens("fewq", 1.0, (40, 1, 0, 6)) and not gate_opens("fewq", 1.0, (40, 7, 0, 6))
    assert gate_opens("sparse", 0.1, (40, 3, 3, 0)) and not gate_opens("nolabel+fewq", 2.0, (40, 3, 3, 0))
    assert document_evidence(["Why?", "", "Because."], {0: False}) == (2, 1, 0, 1)


def test_the_committed_weights_are_for_these_features():
    assert turnstartweights.FEATURES == tuple(NAMES)
    assert len(turnstartweights.WEIGHTS) == len(NAMES)
    assert 0.5 <= turnstartweights.ADD <= 1.0
    assert 0.0 < probability([0.0] * len(NAMES)) < 1.0


def test_the_committed_weights_open_the_replies_printed_under_their_questions():
    # a shape no rule reads (docs/convert-shapes.md T570a): without the pass it is one turn
    text = (b"Why did you run again?\n- Because the harbour needs a new ferry.\n"
            b"Who pays for it?\n- The council does.\nWhen will it sail?\n- Next spring.\n")
    assert [t[1] for t in _turns(text)] == [1, 2, 4, 6]
