"""Each converter pass alone, on a small hand-built model: what it must change, and only that."""
from __future__ import annotations

import pytest

from teikit import lexicons
from teikit.model import Event, HeaderKind, HeaderLine, LineBreak, Paragraph, Person, Text, Transcript, Turn
from teikit.convert_api import ConvertOptions
from teikit.transforms import Context, PASSES, load, ordered

EN = Context(options=ConvertOptions(), lexicon=lexicons.load("en"))


def para(*lines: str, line: int = 1) -> Paragraph:
    content: list = []
    for i, text in enumerate(lines):
        if i:
            content.append(LineBreak())
        content.append(Text(text))
    return Paragraph(content=content, line=line)


def doc_of(*blocks) -> Transcript:
    return Transcript(id="t", blocks=list(blocks))


def run(name: str, doc: Transcript, ctx: Context = EN) -> Transcript:
    (step,) = [p for p in load() if p.name == name]
    step.apply(doc, ctx)
    return doc


def test_every_pass_declares_a_name_and_predecessors_that_exist():
    passes = load()
    assert [p.name for p in passes] == list(PASSES)
    order = [p.name for p in ordered(passes)]
    for p in passes:
        assert all(order.index(before) < order.index(p.name) for before in p.after)


def test_ordering_rejects_a_missing_predecessor_and_a_cycle():
    class P:
        def __init__(self, name, after):
            self.name, self.after = name, after
    with pytest.raises(ValueError, match="needs"):
        ordered([P("a", ("nowhere",))])
    with pytest.raises(ValueError, match="wait on each other"):
        ordered([P("a", ("b",)), P("b", ("a",))])


def test_boilerplate_pass_splits_a_paragraph_around_a_site_line():
    doc = run("boilerplate", doc_of(para("Speech one.", "Skip to main content", "Speech two.")))
    assert [type(b).__name__ for b in doc.blocks] == ["Paragraph", "Boilerplate", "Paragraph"]
    assert doc.blocks[1].text == "Skip to main content" and doc.blocks[1].line == 2


def test_labels_pass_makes_turns_and_attaches_following_paragraphs():
    doc = run("labels", doc_of(para("Title"), para("MR. SMITH: Hello.", line=3), para("More.", line=5),
                               para("Q: Why?", line=7)))
    assert isinstance(doc.blocks[0], Paragraph)
    first, second = doc.turns()
    assert (first.label, [p.text for p in first.paragraphs]) == ("MR. SMITH:", ["Hello.", "More."])
    assert (second.label, second.line) == ("Q:", 7)


def test_header_pass_classifies_lines_before_the_first_turn():
    doc = doc_of(para("Remarks to the Press on the Situation in the Region"), para("May 19, 2021"),
                 Turn(label="MR. A:", paragraphs=[para("Hi.")]))
    run("header", doc)
    kinds = [b.kind for b in doc.blocks if isinstance(b, HeaderLine)]
    assert kinds == [HeaderKind.TITLE, HeaderKind.DATE]
    assert doc.blocks[1].when == "2021-05-19"


def test_ending_pass_moves_end_lines_out_of_the_last_turn():
    turn = Turn(label="MR. A:", paragraphs=[para("Thank you."), para("END"), para("3:45 P.M. EST")])
    doc = run("ending", doc_of(turn))
    assert [p.text for p in turn.paragraphs] == ["Thank you."]
    assert [type(b).__name__ for b in doc.blocks] == ["Turn", "EndLine", "EndLine"]


def test_qa_turns_pass_cuts_an_unlabeled_interview_into_questions_and_answers():
    turn = Turn(label=None, paragraphs=[para("How did it start?"), para("In a garage, with two friends and an old van."),
                                        para("And then?"), para("Then the town asked us to run the ferry."),
                                        para("We said yes the same day.")])
    doc = run("qa_turns", doc_of(turn))
    assert [[p.text for p in t.paragraphs] for t in doc.blocks] == [
        ["How did it start?"], ["In a garage, with two friends and an old van."], ["And then?"],
        ["Then the town asked us to run the ferry.", "We said yes the same day."]]
    assert all(t.label is None for t in doc.blocks)


def test_qa_turns_pass_leaves_a_speech_with_rhetorical_questions_alone():
    turn = Turn(label=None, paragraphs=[para("Friends, we met here ten years ago to build a harbour for all."),
                                        para("What did we promise then, when the quay was empty and cold?"),
                                        para("We kept it. What comes next?")])
    doc = run("qa_turns", doc_of(turn))
    assert doc.blocks == [turn]


def test_delivery_pass_lifts_an_opening_note_and_marks_the_turn():
    turn = Turn(label="MR. A:", paragraphs=[para("(Via interpreter) Good morning.")])
    run("delivery", doc_of(turn))
    assert [n.text for n in turn.lead_notes] == ["(Via interpreter)"]
    assert turn.interpreted and turn.paragraphs[0].text == "Good morning."


def test_events_pass_finds_events_and_editorial_notes():
    p = para("Thanks. (Laughter.) It was [sic] fine.")
    run("events", doc_of(Turn(label="A:", paragraphs=[p])))
    kinds = [(type(i).__name__, getattr(i, "type", None)) for i in p.content]
    assert ("Event", "laughter") in kinds and ("Note", "editorial") in kinds


def test_persons_pass_joins_spellings_and_leaves_generic_voices_alone():
    turns = [Turn(label="SECRETARY BLINKEN:"), Turn(label="QUESTION:"), Turn(label="SECRETAR BLINKEN:")]
    doc = run("persons", doc_of(HeaderLine(HeaderKind.BYLINE, "Antony J. Blinken, Secretary of State"), *turns))
    assert [t.who for t in turns] == ["blinken", None, "blinken"]
    (person,) = doc.persons
    assert (person.name, person.role) == ("Antony J. Blinken", "Secretary of State")


def test_setting_pass_reads_title_place_and_date():
    doc = run("setting", doc_of(HeaderLine(HeaderKind.TITLE, "Joint Press Availability"),
                                HeaderLine(HeaderKind.PLACE, "Riga, Latvia"),
                                HeaderLine(HeaderKind.DATE, "Date: 19 May 2021")))
    s = doc.setting
    assert (s.title, s.place, s.date_iso, s.activity) == ("Joint Press Availability", "Riga, Latvia",
                                                          "2021-05-19", "Joint Press Availability")


def test_ids_pass_numbers_turns_and_keeps_person_ids_apart_from_other_ids():
    doc = Transcript(id="2021 remarks", blocks=[Turn(label="A:", who="delivery"), Turn(label="B:")])
    doc.persons = [Person(id="delivery")]
    run("ids", doc)
    assert doc.id == "doc-2021-remarks"
    assert [t.id for t in doc.turns()] == ["doc-2021-remarks.u1", "doc-2021-remarks.u2"]
    assert doc.persons[0].id == doc.turns()[0].who == "delivery-person"


def test_a_pass_reads_its_words_from_the_lexicon_in_the_context():
    fr = Context(options=ConvertOptions(lang="fr"), lexicon=lexicons.load("fr"))
    p = para("Merci. (Applaudissements)")
    run("events", doc_of(Turn(label="M. DUPONT :", paragraphs=[p])), fr)
    assert any(isinstance(i, Event) and i.type == "applause" for i in p.content)
    p = para("Merci. (Applaudissements)")
    run("events", doc_of(Turn(label="MR. A:", paragraphs=[p])))
    assert not any(isinstance(i, Event) for i in p.content)  # English has no such word


def test_header_kind_is_an_enum_that_reads_as_its_value():
    line = HeaderLine("title", "A")
    assert line.kind is HeaderKind.TITLE and line.kind == "title" and f"{line.kind}" == "title"
    with pytest.raises(ValueError):
        HeaderLine("not-a-kind", "A")


def test_segments_pass_joins_a_timed_segments_wrapped_lines_and_marks_topic_headings():
    first = Turn(label="SPEAKER_00 (00:00):", time="(00:00)", line=1,
                 paragraphs=[para("Welcome back to", line=2), para("the show.", line=3)])
    second = Turn(label="SPEAKER_01 (00:04):", time="(00:04)", line=4,
                  paragraphs=[para("Thanks.", line=5), para("(00:09):", line=6), para("Shall we?", line=7)])
    statement = Turn(label="ANN LEE:", line=9, paragraphs=[para("Good afternoon.", line=9), para("** Ferries", line=11),
                                                           para("They run late.", line=13)])
    doc = run("segments", doc_of(first, second, statement))
    assert [len(t.paragraphs) for t in doc.turns()] == [1, 2, 3]
    assert first.paragraphs[0].text.replace("\n", " ").split() == ["Welcome", "back", "to", "the", "show."]
    assert [type(i).__name__ for i in statement.paragraphs[1].content] == ["Note"]
