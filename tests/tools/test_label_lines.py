"""tools/label_lines.py, rule_lines.py, line_features.py and line_model.py: the lines that open
gold turns and converter turns are found alike, a line's shape is read as documented, and the
regression is deterministic."""
from __future__ import annotations

import json

TEXT = """Press Conference
May 1, 2024

MS. LEE: Good morning. Yes.

Q: Yes.  MR. ROE: Thank you, all of you.
 12   MS. LEE:  Yes. Fine.
Okay, the next one please.
"""
GOLD = {"turns": [
    {"speaker_label": "MS. LEE", "first_words": "Good morning. Yes."},
    {"speaker_label": "Q", "first_words": "Yes."},
    {"speaker_label": "MR. ROE", "first_words": "Thank you, all of you."},
    {"speaker_label": "MS. LEE", "first_words": "Yes. Fine."},
    {"speaker_label": None, "first_words": "Okay, the next one please."},
]}


def test_gold_turns_are_found_at_their_lines_in_order(label_lines):
    starts = label_lines.gold_starts(TEXT.splitlines(), GOLD)
    assert [(s.line, s.at_line_start, s.labelled) for s in starts] == [
        (3, True, True),    # the first "Yes." (inside MS. LEE's turn) is not Q's: its label is not before it
        (5, True, True),
        (5, False, True),   # run-on: the label inside the line
        (6, True, True),    # a line number before the label still leaves it at the line start
        (7, True, False),
    ]


def test_a_turn_not_in_the_text_is_not_found(label_lines):
    gold = {"turns": [{"speaker_label": "ZED", "first_words": "Never printed here."}]}
    assert label_lines.gold_starts(TEXT.splitlines(), gold)[0].line == -1


def test_the_converters_turns_are_read_like_the_gold(rule_lines, tmp_path):
    (tmp_path / "a.txt").write_text("MS. LEE: Good morning.\n\nQ: A question?\n\nMS. LEE: An answer.\n")
    (tmp_path / "a.gold.json").write_text(json.dumps({"turns": []}))
    assert rule_lines.rule_starts(tmp_path) == {"a": {0: True, 2: True, 4: True}}


def test_the_prefix_before_a_separator_is_read_with_its_kind(line_features):
    read = line_features.separated_prefix
    assert read("MS. LEE: Good morning.") == ("MS. LEE", "colon")
    assert read("Monsieur PRIVAT : il s'agit") == ("Monsieur PRIVAT", "space_colon")
    assert read("记者：请问") == ("记者", "fullwidth")
    assert read("El señor GARCÍA.- Gracias.") == ("El señor GARCÍA", "dotdash")
    assert read("Ann Lee - Hello there") == ("Ann Lee", "dash")
    assert read("At 10:30 we met.") is None  # a time, not a separator
    assert read("This sentence is far too long to be any speaker label at all: no.") is None


def test_a_recurring_prefix_is_a_feature_of_each_line(line_features):
    lines = ["ANN: Hello.", "BOB: Hi.", "ANN: Bye.", "Note: once."]
    rows = dict(line_features.document_features(lines, {0: True}))
    recurs = line_features.NAMES.index("recurs")
    assert [rows[n][recurs] for n in range(4)] == [1.0, 0.0, 1.0, 0.0]
    unruled = line_features.NAMES.index("recurs_unruled")
    assert rows[2][unruled] == 1.0 and rows[0][unruled] == 0.0


def test_the_regression_is_deterministic_and_learns_a_separable_signal(line_model):
    import numpy as np
    model = line_model
    x = np.array([[1.0, 0.2], [1.0, 0.9], [0.0, 0.1], [0.0, 0.8], [1.0, 0.5], [0.0, 0.4]])
    y = np.array([True, True, False, False, True, False])
    first, again = model.fit(x, y), model.fit(x, y)
    assert first[0].tolist() == again[0].tolist() and first[1] == again[1]
    assert ((model.predict(first, x) >= 0.5) == y).all()
    assert model.combined(np.array([True, False]), np.array([0.01, 0.99]), 0.9, 0.05).tolist() == [False, True]


def test_a_documents_evidence_counts_lines_rule_starts_labels_and_questions(line_features):
    lines = ["Interview", "", "Why now?", "Because.", "ANN: And you？", "Yes."]
    assert line_features.document_evidence(lines, {2: False, 4: True}) == (5, 2, 1, 2)


def test_the_gate_opens_only_documents_whose_rules_evidently_failed(line_gate):
    import numpy as np
    # rows: (non-blank lines, rule starts, labelled starts, question lines)
    ev = np.array([[40, 1, 0, 6], [40, 12, 12, 6], [40, 7, 0, 4], [40, 3, 3, 0]], float)
    assert line_gate.gated("nolabel", 0.0, ev).tolist() == [True, False, True, False]
    assert line_gate.gated("fewq", 1.0, ev).tolist() == [True, False, False, False]
    assert line_gate.gated("sparse", 0.1, ev).tolist() == [True, False, False, True]
    assert line_gate.gated("nolabel+fewq", 2.0, ev).tolist() == [True, False, True, False]


def test_the_gated_decision_only_adds_turns_in_gated_documents(line_gate):
    import numpy as np
    ev = np.array([[40, 1, 0, 6], [40, 1, 0, 6], [40, 12, 12, 6]], float)
    part = (None, None, np.array([True, False, False]), ev)
    p = np.array([0.1, 0.9, 0.99])  # the rules' turn is kept; the ungated document gains nothing
    assert line_gate.decide(part, p, ("fewq", 1.0), 0.8).tolist() == [True, True, False]



def test_the_paragraph_and_document_features_tell_a_chat_from_an_interview(line_features):
    names = line_features.NAMES
    interview = ["Why now?", "", "Because the harbour needed a new ferry, and nobody else would build it.", "",
                 "Who pays?", "", "The council does, and the region pays half of the whole cost."]
    chat = ["Hello, how are you? Fine.", "", "Really? Tell me more.", "", "Why not?", "",
            "Well, really? I think so, yes."]
    answer = dict(line_features.document_features(interview, {0: False}))[2]
    reply = dict(line_features.document_features(chat, {0: False}))[6]
    inner, alike = names.index("after_question_inner"), names.index("doc_alike_lengths")
    assert answer[inner] == 0.0 and reply[inner] > 0.0  # questions asked inside lines: a chat
    assert answer[names.index("block_after_question")] > 0.0 and answer[alike] > reply[alike]
    assert reply[names.index("opens_asking")] == 1.0 and answer[names.index("opens_asking")] == 0.0  # "Well, really?"
