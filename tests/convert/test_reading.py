"""What the reader and transforms make of the shapes found in pasted transcripts."""
from __future__ import annotations

import codecs

import pytest

from teikit import TeikitError, read_transcript
from teikit.model import Boilerplate, EndLine, Event, HeaderLine, Note


def turns(text: str | bytes):
    data = text.encode("utf-8") if isinstance(text, str) else text
    return read_transcript(data, "t.txt").turns()


def labels(text):
    return [t.label for t in turns(text)]


@pytest.mark.parametrize("source, expected", [
    ("SECRETARY BLINKEN: Hello.\n\nFOREIGN MINISTER LAVROV: Hi.", ["SECRETARY BLINKEN:", "FOREIGN MINISTER LAVROV:"]),
    ("Sergey Lavrov: Hello.\n\nPeter Stano, Moderator: Next.\n\nSergey Lavrov: Bye.",
     ["Sergey Lavrov:", "Peter Stano, Moderator:", "Sergey Lavrov:"]),
    ("Q    Good afternoon.\n\nMS. JEAN-PIERRE:\u00a0 Hi.", ["Q", "MS. JEAN-PIERRE:"]),
    ("Q Thank you.\n\nMR. KIRBY:  Sure.", ["Q", "MR. KIRBY:"]),
    ("Q\n\nWhat now?\n\nSG: Nothing.", ["Q", "SG:"]),
    ("SECRETARY\u00a0BLINKEN: A.\n\nSECRETARY BLINKEN: B.", ["SECRETARY\u00a0BLINKEN:", "SECRETARY BLINKEN:"]),
])
def test_label_shapes(source, expected):
    assert labels(source) == expected


def test_a_sentence_with_a_colon_is_not_a_label():
    assert labels("SECRETARY BLINKEN: Hi.\n\nThe answer is simple: no.") == ["SECRETARY BLINKEN:"]


def test_editorial_prefix_in_a_title_is_not_a_label():
    doc = read_transcript("CORRECTED: Remarks by the President\n\nTHE PRESIDENT: Hello.".encode(), "t.txt")
    assert [t.label for t in doc.turns()] == ["THE PRESIDENT:"]
    assert doc.setting.title == "CORRECTED: Remarks by the President"


def test_variant_spellings_are_one_person_and_generic_voices_none():
    doc = read_transcript(b"SECRETARY BLINKEN: A.\n\nQUESTION: B?\n\nSECRETAR BLINKEN: C.\n\n"
                          b"FOREIGN MINISTER DI MAIO: D.\n\nFOREIGN MINISTER DE MAIO: E.", "t.txt")
    assert [t.who for t in doc.turns()] == ["blinken", None, "blinken", "di-maio", "di-maio"]
    assert [p.id for p in doc.persons] == ["blinken", "di-maio"]


def test_unlabeled_opening_speech_is_attributed_from_the_byline():
    doc = read_transcript("Remarks at the Council\n\nWendy R. Sherman, Deputy Secretary of State\n\n"
                          "March 29, 2022\n\nThank you, Madam President.".encode(), "t.txt")
    (turn,) = doc.turns()
    assert turn.label is None and turn.who == "sherman"
    assert doc.person("sherman").name == "Wendy R. Sherman"
    assert doc.setting.date_iso == "2022-03-29"


@pytest.mark.parametrize("separator", ["\n\n", "\n", "\n\u00a0\n", "\r\n\r\n", "\r\r", "\n \t\n"])
def test_paragraph_separators(separator):
    text = separator.join(["MR. A: One.", "Two.", "Three.", "Four.", "MR. B: Five."])
    assert [len(t.paragraphs) for t in turns(text)] == [4, 1]


def test_interpreter_and_language_notes():
    (turn,) = turns("MINISTER X:  (Via interpreter)  Thanks.\n\n(In English.) Welcome.")
    assert [n.text for n in turn.lead_notes] == ["(Via interpreter)"] and turn.interpreted
    assert any(isinstance(i, Note) and i.text == "(In English.)" for i in turn.paragraphs[1].content)


def test_language_note_alone_does_not_mark_interpretation():
    (turn,) = turns("MINISTER X: (Speaks French.) Bonjour.")
    assert not turn.interpreted and turn.lead_notes[0].text == "(Speaks French.)"


@pytest.mark.parametrize("marker, element", [
    ("(Laughter.)", "vocal"), ("(laughter)", "vocal"), ("(Applause.)", "kinesic"),
    ("(inaudible)", "gap"), ("[inaudible]", "gap"), ("(Crosstalk.)", "incident"),
    ("(Off-mike.)", "gap"), ("(In progress)", "incident"), ("(Ends in progress.)", "incident"),
    ("(Break.)", "incident"), ("(Chit-chat.)", "incident"), ("(Points to himself.)", "kinesic"),
])
def test_events(marker, element):
    (turn,) = turns(f"MR. A: Well {marker} then.")
    events = [i for i in turn.paragraphs[0].content if isinstance(i, Event)]
    assert [(e.element, e.text) for e in events] == [(element, marker)]


@pytest.mark.parametrize("marker, kind", [
    ("[sic]", "editorial"), ("[Redacted.]", "editorial"), ("[emphasis added]", "editorial"),
    ("[Kenya]", "supplied"), ("[senior administration official]", "supplied"), ("[***that]", "supplied"),
])
def test_square_brackets_are_editorial_comments_or_supplied_words(marker, kind):
    (turn,) = turns(f"MR. A: It was {marker} fine.")
    assert [(i.type, i.text) for i in turn.paragraphs[0].content if isinstance(i, Note)] == [(kind, marker)]


def test_supplied_words_are_written_as_supplied_inside_the_sentence():
    from teikit import convert
    tei = convert("MR. A: We spoke to [the minister] today [sic].", name="t.txt").tei.decode()
    assert ('We spoke to <supplied reason="editorial">[the minister]</supplied> today '
            '<note type="editorial">[sic]</note>.') in tei


def test_boilerplate_and_end_lines_are_set_apart():
    doc = read_transcript("Join the Example.org mailing list\n\nTitle of the Briefing\n\nMR. A: Hi.\n\n"
                          "(The briefing was concluded at 3:41 p.m.)\n\nSource: U.S. Department of State".encode(), "t.txt")
    kinds = [type(b).__name__ for b in doc.blocks]
    assert kinds == ["Boilerplate", "HeaderLine", "Turn", "EndLine", "Boilerplate"]


@pytest.mark.parametrize("date_line, iso", [
    ("May 19, 2021", "2021-05-19"), ("19 May 2021", "2021-05-19"), ("5/28/2015", "2015-05-28"),
    ("2021-05-19", "2021-05-19"), ("Tuesday, June 18, 2024", "2024-06-18"),
])
def test_date_lines(date_line, iso):
    doc = read_transcript(f"A Title Line Here\n\n{date_line}\n\nMR. A: Hi.".encode(), "t.txt")
    assert doc.setting.date_iso == iso


def test_widget_date_above_the_title_is_boilerplate():
    doc = read_transcript("Monday, June 17, 2024\n\nSubscribe to our newsletter\n\nRemarks at the Summit\n\n"
                          "June 14, 2024\n\nMR. A: Hi.".encode(), "t.txt")
    assert doc.setting.date_iso == "2024-06-14"
    assert isinstance(doc.blocks[0], Boilerplate)


@pytest.mark.parametrize("data, encoding", [
    ("MR. A: Café.".encode("utf-8"), "utf-8"),
    (codecs.BOM_UTF8 + "MR. A: Café.".encode("utf-8"), "utf-8-sig"),
    (codecs.BOM_UTF16_LE + "MR. A: Café.".encode("utf-16-le"), "utf-16"),
    ("MR. A: Café – “quoted”.".encode("cp1252"), "cp1252"),
])
def test_encodings(data, encoding):
    doc = read_transcript(data, "t.txt")
    assert doc.source.encoding == encoding
    assert doc.turns()[0].paragraphs[0].text.startswith("Café")
    assert any("cp1252" in w.message for w in doc.warnings) == (encoding == "cp1252")


@pytest.mark.parametrize("data, message", [
    (b"", "empty file"), (b" \n\n ", "empty file"), (b"\x00\x01\x02binary", "binary"),
    (b"<?xml version='1.0'?><TEI/>", "looks like XML"), (b"\xff\xfe\x00\xd8", "invalid"),
])
def test_bad_input_is_refused_with_a_reason(data, message):
    with pytest.raises(TeikitError, match=message):
        read_transcript(data, "t.txt")


def test_text_without_labels_is_one_unlabeled_turn_with_a_warning():
    doc = read_transcript(b"Just some words that were said.\n\nAnd some more.", "t.txt")
    assert [t.label for t in doc.turns()] == [None]
    assert any("no speaker labels" in w.message for w in doc.warnings)


def test_header_lines_are_classified():
    doc = read_transcript("Remarks to the Press\n\nSecretary Blinken and Minister Lavrov Before Their Meeting\n\n"
                          "Antony J. Blinken, Secretary of State\n\nReykjavik, Iceland\n\n"
                          "Harpa Concert Hall\n\nMay 19, 2021\n\nSECRETARY BLINKEN: Hi.".encode(), "t.txt")
    kinds = [b.kind for b in doc.blocks if isinstance(b, HeaderLine)]
    assert kinds == ["activity", "title", "byline", "place", "venue", "date"]
    assert (doc.setting.place, doc.setting.venue) == ("Reykjavik, Iceland", "Harpa Concert Hall")
    assert doc.person("blinken").name == "Antony J. Blinken"


def test_end_line_with_time():
    doc = read_transcript("MR. A: Hi.\n\n      END        1:50 P.M. EST".encode(), "t.txt")
    assert isinstance(doc.blocks[-1], EndLine)


def test_site_trailer_glued_to_the_last_line_is_set_apart():
    doc = read_transcript("Example Agency News Press release\n\nMR. A: Hello there.\n\n"
                          "MR. B: Thank you. Press release Talks With Minister J. Smith Example Agency News".encode(), "t.txt")
    last_turn, trailer = doc.blocks[-2], doc.blocks[-1]
    assert last_turn.paragraphs[0].text == "Thank you."
    assert isinstance(trailer, Boilerplate)
    assert trailer.text == "Press release Talks With Minister J. Smith Example Agency News"


def test_title_cased_last_sentence_without_site_words_stays_speech():
    (_, turn) = read_transcript(b"Site Name Here\n\nMR. A: Hi.\n\nMR. B: Thank you. God Bless America",
                                "t.txt").turns()
    assert turn.paragraphs[0].text == "Thank you. God Bless America"


def test_title_with_a_colon_is_not_a_label():
    doc = read_transcript("Secretary Blinken: Remarks With Foreign Minister Lavrov\n\n"
                          "SECRETARY BLINKEN: Good evening.".encode(), "t.txt")
    assert [t.label for t in doc.turns()] == ["SECRETARY BLINKEN:"]
    assert doc.setting.title == "Secretary Blinken: Remarks With Foreign Minister Lavrov"


@pytest.mark.parametrize("source", [
    "MR. A: Hi.\n\nLook: this is how it works.\n\nLook: again.",       # discourse word, twice
    "MR. A: Hi.\n\nRemember: we said so.",                               # once, no role
])
def test_colon_sentences_in_speech_are_not_labels(source):
    assert labels(source) == ["MR. A:"]


def test_label_with_a_parenthetical():
    doc = read_transcript(b"PRESIDENT ZELENSKYY (via interpreter): Hello.\n\nQ (AFP): Why?\n\n"
                          b"PRESIDENT ZELENSKYY: Because.", "t.txt")
    first, question, last = doc.turns()
    assert (first.label, first.who, first.interpreted) == ("PRESIDENT ZELENSKYY", "zelenskyy", True)
    assert [n.text for n in first.lead_notes] == ["(via interpreter):"]  # the note goes before the speech
    assert (question.label, question.who) == ("Q (AFP):", None)
    assert last.who == "zelenskyy" and not last.interpreted


def test_numbered_speakers_keep_their_number():
    doc = read_transcript(b"Speaker 1: Hi.\n\nSpeaker 2: Hello.\n\nSpeaker 1: Bye.\n\nSpeaker 2: Bye.", "t.txt")
    assert [t.who for t in doc.turns()] == ["speaker-1", "speaker-2", "speaker-1", "speaker-2"]


@pytest.mark.parametrize("line", ["— END —", "(END)", "[END]", "###", "-30-", "END 1:45 P.M. EST"])
def test_end_marker_shapes(line):
    doc = read_transcript(f"MR. A: Hi.\n\nThanks.\n\n{line}".encode(), "t.txt")
    assert isinstance(doc.blocks[-1], EndLine) and doc.blocks[-1].text == line


def test_markers_with_timestamps_are_events():
    (turn,) = turns("MR. A: Well [crosstalk 00:01:23] and (inaudible 12:05) so.")
    assert [e.type for e in turn.paragraphs[0].content if isinstance(e, Event)] == ["crosstalk", "inaudible"]


@pytest.mark.parametrize("label, name", [("T:", "t.txt"), ("DELIVERY:", "x.txt"), ("INTERPRETED:", "x.txt")])
def test_person_ids_never_collide_with_other_ids(label, name):
    from lxml import etree
    from teikit import convert
    root = etree.fromstring(convert(f"{label} Hello.\n\n{label} Again.", name=name).tei)  # parses: ids unique
    ids = [v for v in root.xpath("//@xml:id")]
    assert len(ids) == len(set(ids))
    assert root.xpath("//*[local-name()='u']/@who")[0] == "#" + root.xpath("//*[local-name()='person']/@xml:id")[0]


def test_a_phrase_opening_with_a_determiner_or_ordinal_is_not_a_label():
    assert labels("MS. JEAN-PIERRE: Okay.\n\nFirst question: Michael, go ahead.\n\n"
                  "Q Thank you.\n\nMy answer: no.") == ["MS. JEAN-PIERRE:", "Q"]
