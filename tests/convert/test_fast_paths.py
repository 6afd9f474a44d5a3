"""The converter's fast paths give the answers of the plain forms they replace.

Each shortcut (a bound on where a pattern is tried, a line-by-line decoding, a cheap count
before an exact one) is compared here with the straightforward computation, on examples of
the shapes it must not miss and on generated text.
"""
from __future__ import annotations

import itertools
import re
from difflib import SequenceMatcher

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from teikit import lexicons
from teikit.errors import TeikitError
from teikit.readers import decode as dec
from teikit.transforms.helpers import paragraphjoins, runon, unnamedturns
from teikit.transforms.helpers.names import fold, fold_uncached
from teikit.transforms.helpers.shapes import similar

LEX = lexicons.load("en")


# --- readers.decode.utf8_lines -----------------------------------------------------------

def _whole(data: bytes):
    text, encoding = dec.decode(data, "in.txt")
    return text.splitlines()


@pytest.mark.parametrize("data", [
    b"Q: Hi\nA: Yes\n", b"one\r\ntwo\rthree\n\nfour", "caf\u00e9 \u2019quote\u2019 \U0001f600\n".encode(),
    b"  \n\nMR. LEE: Hello", b"last line without end",
])
def test_utf8_lines_are_the_decoded_texts_lines(data, monkeypatch):
    assert dec.utf8_lines(data, "in.txt") == _whole(data)
    monkeypatch.setattr(dec, "_SLICE", 4)  # slices cut after a line feed, never in a CRLF or a character
    assert dec.utf8_lines(data, "in.txt") == _whole(data)


@pytest.mark.parametrize("data", [
    b"", b" \n\t", b"\xef\xbb\xbfQ: Hi", b"caf\xe9", b"a\x00b", b"a\x0bb", b"a\x0cb", b"a\x1cb",
    "a\x85b".encode(), "a\u2028b".encode(), "a\ufffeb".encode(),
])
def test_utf8_lines_leave_files_that_need_more_to_decode(data):
    assert dec.utf8_lines(data, "in.txt") is None


@pytest.mark.parametrize("data", [b"<?xml version='1.0'?><TEI/>", b"\n  <TEI>", b"<doc\n\n  xmlns='x'>"])
def test_utf8_lines_refuse_xml_as_decode_does(data):
    with pytest.raises(TeikitError, match="looks like XML"):
        dec.utf8_lines(data, "in.txt")
    with pytest.raises(TeikitError, match="looks like XML"):
        dec.decode(data, "in.txt")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["a", "B", " ", "\n", "\r", "\r\n", "\u00e9", "\u2019", "\U0001f600",
                                 "<TEI", " xmlns", "\t"]), max_size=20))
def test_utf8_lines_on_generated_files(pieces):
    data = "".join(pieces).encode()

    def outcome(read):
        try:
            return read()
        except TeikitError as exc:
            return str(exc)

    lines = outcome(lambda: dec.utf8_lines(data, "in.txt"))
    if lines is not None:  # None: the file is left to `decode`
        assert lines == outcome(lambda: _whole(data))


# --- helpers.runon: labels inside long lines -------------------------------------------

def _labels_everywhere(text: str, pattern: re.Pattern, at_start: bool = True) -> list:
    """`runon.labels_in` without its bound: the pattern tried at every anchor of the line."""
    found, end = [], 0
    starts = (a.end() for a in runon._ANCHOR.finditer(text))
    for start in itertools.chain((0,) if at_start else (), starts):
        if start >= end and (m := pattern.match(text, start)):
            found.append((start, m.group(1).strip()))
            end = m.end()
    return found


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["Well. ", "Mr. ", "Clemens. ", "Good ", "QUESTION.- ", "Q: ", "THE PRESIDENT: ",
                                 "yes ", "1 ", ":", ".-", "  ", "? ", "Mrs. Lee. Hello"]), max_size=25))
def test_labels_in_long_lines_as_tried_at_every_anchor(pieces):
    text = "".join(pieces)
    pattern = runon.run_on_pattern(LEX)
    for at_start in (True, False):
        assert runon.labels_in(text, pattern, at_start) == _labels_everywhere(text, pattern, at_start)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=": .-\u00a0ab", max_size=30))
def test_separator_count_by_single_characters(text):
    exact = text.count(": ", 1) + text.count(":\u00a0", 1) + text.count(".-", 1) >= runon.MIN_GLUED_LABELS
    assert runon._separator_inside(text) == exact


# --- helpers.names ---------------------------------------------------------------------

@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="secrtaySECRTAY ", max_size=14), st.text(alphabet="secrtaySECRTAY ", max_size=14),
       st.sampled_from([0.8, 0.88]))
def test_similar_is_the_sequence_matcher_ratio(a, b, threshold):
    assert similar(a, b, threshold) == (SequenceMatcher(None, a, b).ratio() >= threshold)


@pytest.mark.parametrize("word", ["António", "ANTONIO", "Señor,", "(Lee)", "Ⅻ", "ǅ", "straße", "M.", ""])
def test_fold_without_cache_folds_alike(word):
    assert fold_uncached(word) == fold(word)


@pytest.mark.parametrize("word", ["В.В.Путин", "Д.Медведев", "J.Smith", "A.", "Putin", "", ".", "U.S.", "e.g."])
def test_strip_initials_as_the_pattern_alone(word):
    from teikit.transforms.helpers.names import _GLUED_INITIALS, strip_initials
    assert strip_initials(word) == (_GLUED_INITIALS.sub("", word) or word)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["Ann", "de", "LEE", "the", "(FI)", "x1", "Über", " ", "  ", "\t"]), max_size=14),
       st.sampled_from([8, 10]))
def test_capitalised_words_as_counted_on_every_word(pieces, most):
    from teikit.transforms.helpers.stoplabels import capitalised_words
    name = " ".join(pieces)
    words = name.split()
    expected = 0 < len(words) <= most and all(w[:1].isupper() or (len(w) <= 4 and w.isalpha()) or w[:1] in "(《"
                                              for w in words) and words[0][:1].isupper()
    assert capitalised_words(name, most) == expected


@pytest.mark.parametrize("text", ["We met the", "We met the minister", "and", "", "   ", "x " + "y" * 40, "und der",
                                  "Meeting of", "it is OF", "a,"])
def test_broken_paragraph_by_its_last_word(text):
    from teikit.model import Paragraph, Text
    word = text.rstrip().rsplit(None, 1)[-1] if text.strip() else ""
    expected = text.rstrip().endswith((",", "，", "、")) or (word.isalpha() and word.islower() and word in LEX.small_words)
    assert paragraphjoins._broken(Paragraph([Text(text)]), LEX) == expected


# --- one-line paragraphs taken without splitting them into lines -------------------------

def _paragraphs():
    from teikit.model import Event, LineBreak, Note, Paragraph, Text
    return [Paragraph([Text("MR. LEE: Hello.")]), Paragraph([Text("")]), Paragraph([]),
            Paragraph([Note(type="delivery", text="(Via interpreter)")]),
            Paragraph([Text("Q: Why?"), LineBreak(), Text("A: Because.")]),
            Paragraph([Event("vocal", "laughter", "(Laughter.)"), Text(" Yes.")]),
            Paragraph([LineBreak(), Text("x")])]


def test_first_texts_as_taken_from_the_split_lines():
    from teikit.transforms.helpers.lines import first_text, first_texts, lines_of
    for paragraph in _paragraphs():
        assert first_texts(paragraph) == [first_text(line) for line in lines_of(paragraph)]


@pytest.mark.parametrize("text", ["MR. LEE: Hello.", "MR. LEE:", "Q    Good afternoon.", "Just speech.", "Q", ""])
def test_label_split_of_a_one_line_paragraph_as_of_any_paragraph(text):
    from teikit.model import Paragraph, Text
    from teikit.transforms import labels
    from teikit.transforms.helpers.labelshapes import candidates
    paragraph = Paragraph([Text(text)], line=7)
    found = labels.split_label(text, LEX, None, candidates(text, LEX))
    fast = [(found, labels._rest(found, 7), labels.label_joined(text, found))] if found is not None \
        else [(None, paragraph, None)]
    assert labels._split_at_labels(paragraph, LEX, None, iter([candidates(text, LEX)])) == fast


def test_a_turn_of_one_paragraph_is_left_as_it_is():
    from teikit.model import Paragraph, Text, Turn
    turn = Turn(label="A:", paragraphs=[Paragraph([Text("and,")], line=3)])
    paragraphjoins.join_broken_paragraphs(turn, LEX)
    assert turn.paragraphs == [Paragraph([Text("and,")], line=3)]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123456789:.[]() ab", min_size=17, max_size=30))
def test_a_line_longer_than_a_timestamp_is_never_marked(text):
    from teikit.model import Paragraph, Text
    from teikit.transforms import timestamps
    paragraph = Paragraph([Text(text)])
    timestamps._mark(paragraph, lambda printed: "T1", glued=False)
    assert paragraph.content == [Text(text)]


@pytest.mark.parametrize("run", [["1"], ["00:00:01,000 --> 00:00:02,000"], ["12"], []])
def test_a_run_of_one_line_is_no_caption_cue(run):
    from teikit.readers import plaintext
    assert not plaintext._is_cue(run)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from([None, "A:", "Ann (via interpreter):", "Q [AFP]:"]),
       st.lists(st.sampled_from(["Yes.", " yes", "", "(Via interpreter) Yes.", "[In French] Oui.", "（笑声）",
                                 "No (really)."]), max_size=3))
def test_a_turn_of_words_only_is_what_the_delivery_steps_leave_it(label, texts):
    import copy
    from teikit.model import Paragraph, Text, Turn
    from teikit.transforms import delivery
    turn = Turn(label=label, paragraphs=[Paragraph([Text(t)]) for t in texts], interpreted=True)
    if not delivery._words_only(turn, LEX):
        return
    plain = copy.deepcopy(turn)
    for paragraph in plain.paragraphs:
        delivery.split_markers(paragraph, lambda marker: delivery.delivery_note(marker, LEX))
    delivery._split_label_note(plain, LEX)
    delivery._lift_leading_notes(plain)
    plain.interpreted = delivery._interpreted(plain, LEX)
    turn.interpreted = False
    assert plain == turn


# --- helpers.markers.BRACKETED -----------------------------------------------------------

_BRACKETED_AS_WRITTEN = re.compile(r"\\?\([^()\n]{1,400}\)|\\?\[[^\[\]\n]{1,300}\]|（[^（）\n]{1,80}）"
                                   r"|\([^()\n]{1,60}\.$")


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["\\", "(", ")", "[", "]", "（", "）", ".", "\n", "a", " ", "a" * 70, "\\(a)", "\\[a\\]",
                                 "(a."]), max_size=30))
@example(["\\(a)"])
@example(["\\[a\\]"])
@example(["x \\(", "a" * 70, "a" * 70, "a" * 70, ") (b)"])
@example(["x \\(", *["a" * 70] * 6, ") (b)"])
def test_bracketed_markers_as_found_by_the_pattern_with_optional_backslashes(pieces):
    from teikit.transforms.helpers.markers import BRACKETED
    text = "".join(pieces)
    assert [m.span() for m in BRACKETED.finditer(text)] == [m.span() for m in _BRACKETED_AS_WRITTEN.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab .?!,;:…\"”’'。？！，；：」』()", max_size=12))
def test_a_line_ending_in_sentence_punctuation_is_what_sentence_end_finds(text):
    from teikit.transforms.helpers.shapes import SENTENCE_END, SENTENCE_END_CHARS
    if text.endswith(SENTENCE_END_CHARS):
        assert SENTENCE_END.search(text)


@pytest.mark.parametrize("text", ["Statement by Senator Ann Lee", "Remarks by the Secretary-General.",
                                  "Remarks by the Secretary-General", "Opening remarks by Ann Lee:", "Thank you."])
def test_speech_heading_settled_by_the_last_character_as_by_the_patterns(text):
    from teikit.transforms.helpers import speechheadings
    from teikit.transforms.helpers.shapes import SENTENCE_END_CHARS
    found = speechheadings.speech_heading(text, LEX)
    if text.endswith(SENTENCE_END_CHARS):
        assert found is None and (LEX.pattern("speech_headings").match(text) is None
                                  or speechheadings.SENTENCE_END.search(text))
    else:
        assert (found is not None) == (text != "Thank you.")


# --- label lines set apart (helpers.labelblocks, helpers.portraits) -----------------------

@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["Jane", "Roe", "Portrait", "Photo", "portrait", "Hill", "(Lab)", " ", "\u00a0", "x"]),
                max_size=10))
def test_a_portrait_label_holds_a_portrait_word_as_printed(pieces):
    from teikit.transforms.helpers import portraits
    line = "".join(pieces)
    if portraits._pattern(LEX).match(line):
        assert portraits.may_be_portrait_label(line, LEX)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab A:：\u00a0 ", max_size=12))
def test_a_field_code_has_its_colon_among_the_first_characters(text):
    from teikit.transforms.helpers import labelblocks
    if labelblocks._FIELD_CODE.match(text):
        assert ":" in text[:7] or "：" in text[:7]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(st.sampled_from(["Jane Roe Portrait Jane Roe (Lab)", "(Lab):", "(Lab) :", "ab: Jane ROE",
                                          "00:00:01,000 --> 00:00:02,000\tHi", "1\t00:00:01.000\t00:00:02.000\tHi",
                                          "12  Text", "3\tText", "", "Portrait", " Photo ", "plain words.",
                                          "Ann\u00a0Photo\u00a0Ann Lee"]), min_size=1, max_size=3), max_size=8),
       st.sampled_from([1, 2, 3, 5]))
def test_triggers_found_a_batch_of_lines_at_a_time_as_in_the_whole_text(paragraphs, batch):
    """The triggers, and the blocks holding them, as found line by line in the whole text
    (a paragraph of several lines, and blocks that are no paragraph, in between)."""
    from teikit.model import Boilerplate, LineBreak, Paragraph, Text, Transcript
    from teikit.transforms.helpers import labelblocks as lb
    from teikit.transforms.helpers.portraits import may_be_portrait_label, may_hold_portrait_labels
    blocks, owners = [], []
    for lines in paragraphs:
        blocks.append(Boilerplate("menu"))
        blocks.append(Paragraph(list(itertools.chain.from_iterable([Text(line), LineBreak()] for line in lines))[:-1]))
        owners += [len(blocks) - 1] * len(lines)
    lines = [line for lines in paragraphs for line in lines]
    text = "\n" + "\n".join(lines)
    portraits = sorted({owners[n] for n, line in enumerate(lines) if may_be_portrait_label(line, LEX)}) \
        if may_hold_portrait_labels(text, LEX) else []
    joins = sorted({owners[n] for n, line in enumerate(lines) if lb._JOIN_TRIGGER.match("\n" + line)})
    whole = (portraits, joins, len(lb._CAPTION_TRIGGER.findall(text)), [int(n) for n in lb._NUMBER_TRIGGER.findall(text)],
             [int(n) for n in lb._SPACED_NUMBER_TRIGGER.findall(text)], len(lb._SPACED_LABEL_TRIGGER.findall(text)),
             [int(m.group(1)) for m in lb._SPACED_OR_BARE_TRIGGER.finditer(text)],
             sum(1 for m in lb._SPACED_OR_BARE_TRIGGER.finditer(text) if m.group(2) is not None))
    saved = lb.TRIGGER_LINES
    lb.TRIGGER_LINES = batch
    try:
        assert lb._triggers(Transcript(blocks=blocks), LEX) == whole
    finally:
        lb.TRIGGER_LINES = saved


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(st.sampled_from(["Jane Roe Portrait Jane Roe (North Hill) (Lab)", "Mr. Jean Roe", "(North Hill, Lib.):",
                                          "ti : ANN LEE", "ANN LEE", "Speech goes on.", "Ann\u00a0Photo\u00a0Ann Lee",
                                          "Mr. Speaker, we agree."]), min_size=1, max_size=3), max_size=6))
def test_label_line_steps_on_the_triggered_blocks_as_on_every_block(paragraphs):
    """Portrait labels split and label lines joined only in the blocks holding a trigger
    give what looking at every block gives."""
    from teikit.model import LineBreak, Paragraph, Text, Transcript
    from teikit.transforms.helpers import labelblocks as lb
    from teikit.transforms.helpers.portraits import split_portrait_labels

    def doc():
        return Transcript(blocks=[Paragraph(list(itertools.chain.from_iterable([Text(line), LineBreak()] for line in lines))[:-1],
                                            line=1) for lines in paragraphs])

    def shown(d):
        return [repr(b) for b in d.blocks]

    everywhere, triggered = doc(), doc()
    split_portrait_labels(everywhere, LEX, list(range(len(everywhere.blocks))), set())
    lb.join_label_blocks(everywhere, LEX, list(range(len(everywhere.blocks))))
    lb.set_label_lines_apart(triggered, LEX)
    if " Portrait " in "\n".join(line for lines in paragraphs for line in lines):  # the document-level gate
        assert shown(triggered) == shown(everywhere)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["Statement by Senator Ann Lee", "Remarks by the Secretary-General", "Thank you.",
                                 "We agree with that"]), min_size=1, max_size=2))
def test_a_turn_of_two_items_has_no_speech_heading_to_split_at(texts):
    """A heading needs speech before and after it: `split_at_speech_headings` passes a turn
    of one or two items over without looking into it."""
    from teikit.model import Paragraph, Text, Turn
    from teikit.transforms.helpers import speechheadings
    turn = Turn(label="MS. ROE:", paragraphs=[Paragraph([Text(t)]) for t in texts])
    assert speechheadings._split_turn(turn, LEX) == [turn]


@settings(max_examples=200, deadline=None)
@given(st.integers(0, 60), st.sampled_from([" ", "  ", "\t", "\u00a0", " \n "]),
       st.sampled_from(["The national anthem is played", "The sitting was suspended", "VORS. DETJEN eröffnet die Sitzung"]))
def test_a_stage_direction_counts_its_words_as_a_full_split_does(extra, space, opening):
    """The words of a stage direction are split no further than one past the most allowed:
    a direction of more words than allowed is none, one of as many is one."""
    from teikit.transforms.helpers import stagelines
    text = opening + space + space.join(["on"] * extra) + "."
    found = stagelines.stage_direction(text, LEX)
    if len(text.split()) > stagelines.MAX_STAGE_WORDS:
        assert found is None
    else:
        assert found is not None


_RUN_ON = ("Good morning. " * 20 + "QUESTION: What now? " + "We wait and see what happens. " * 8
           + "SECRETARY LEE: We wait. " + "It is a long answer. " * 10)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from([">> ANN LEE: Hi. >> TOM POE: Hello.", ">> Next speaker.", "Plain speech.", _RUN_ON,
                                 "Good morning to you all. " * 15, " Padded line. " * 25,
                                 "Briefing PRESIDENT: Good morning. QUESTION: What now? PRESIDENT: We wait.",
                                 "two\nlines"]), max_size=10))
def test_split_helpers_keep_the_one_line_paragraphs_up_to_date(texts):
    """After each helper that splits paragraphs, the list it updated in place is what
    walking the blocks again gives (and a long line cut nowhere is stripped all the same)."""
    from teikit.model import Boilerplate, LineBreak, Paragraph, Text, Transcript

    def paragraph(text):
        first, _, second = text.partition("\n")
        return Paragraph([Text(first), LineBreak(), Text(second)] if second else [Text(text)], line=3)
    doc = Transcript(blocks=[b for text in texts for b in (paragraph(text), Boilerplate("menu"))])
    plain = runon.one_line_paragraphs(doc)
    unnamedturns.split_caption_turns(doc, plain)
    assert plain == runon.one_line_paragraphs(doc)
    if runon.split_run_on_turns(doc, LEX, plain):  # a dialogue run on: every long line is stripped
        assert all(text == text.strip() for _, text in plain if len(text) > runon.RUN_ON_MIN_CHARS)
    assert plain == runon.one_line_paragraphs(doc)
    runon.split_glued_records(doc, LEX, plain)
    assert plain == runon.one_line_paragraphs(doc)
