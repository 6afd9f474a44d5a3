"""Ninth-round shortcuts give the answers of the plain forms they replace (see also
`test_fast_paths.py`, `test_fast_scans.py`, `test_fast_site_lines.py`): the boilerplate
pass's margin numbers and form fields looked for among the short lines only, stage
directions whose words are counted only when a shape matched, and "who speaks first"
read up to the first turn of either speaker.
"""
from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from teikit import lexicons
from teikit.model import Event, Person, StageNote, Turn
from teikit.transforms import boilerplate
from teikit.transforms.helpers import samepersons, stagelines
from teikit.transforms.helpers.page import MAX_BOILERPLATE_CHARS

LEX = lexicons.load("en")
IT = lexicons.load("it")

# lines of a metadata form, margin numbers, caption cue numbers, speech, long lines
FORM_PIECES = ["Document Type:", "Collection:", "Release Decision:", "Date:", "RIFPUB", "July 7, 2000", "12",
               "13", "14", "15", "16", "| 3 |", "00:00:01,000 --> 00:00:02,000", "", "Thank you all.",
               "Ann:", "x" * 39 + ":", "y" * 41 + ":", "z" * 230, "A question. Why?"]


@given(st.lists(st.sampled_from(FORM_PIECES), max_size=40))
@example(["Document Type:", "RIFPUB", "Collection:", "x", "Release Decision:", "y", "Date:", "July 7, 2000"])
@example(["12", "a", "13", "b", "14", "c", "15", "d", "16"])
@settings(max_examples=300, deadline=None)
def test_margin_numbers_and_form_fields_among_the_short_lines_as_among_all(lines):
    short = [n for n, text in enumerate(lines) if len(text) <= MAX_BOILERPLATE_CHARS]
    brief = [(n, lines[n]) for n in short if len(lines[n]) <= boilerplate.MAX_FIELD_CHARS]
    assert boilerplate.margin_numbers(lines, brief) == boilerplate.margin_numbers(lines)
    assert boilerplate.form_fields(lines, brief) == boilerplate.form_fields(lines)


def _stage_direction_plain(text: str, lex) -> object:
    """The plain form: the words counted before any shape is tried."""
    if len(text) > stagelines.MAX_STAGE_CHARS:
        return None
    stripped = text.strip()
    if lex.interjection_lines and stripped[-1:] in stagelines._NOTE_ENDS \
            and len(stripped) <= stagelines.MAX_INTERJECTION_CHARS \
            and lex.pattern("interjection_lines", 0).fullmatch(stripped.rstrip(stagelines._NOTE_ENDS).rstrip()):
        return Event(element="incident", type="interjection", text=text)
    if not stripped or stripped.rstrip("\"”’»)")[-1:] not in stagelines._SENTENCE_MARKS \
            or len(stripped.split(None, stagelines.MAX_STAGE_WORDS)) > stagelines.MAX_STAGE_WORDS:
        return None
    if lex.stage_openers and lex.pattern("stage_openers").match(stripped):
        return Event(element="incident", type="stage", text=text)
    if (lex.procedural_lines and lex.pattern("procedural_lines").match(stripped)) or (
            stripped[:2].isupper() and stagelines.stage_line(stripped)):
        return StageNote(text=text)
    return None


STAGE_PIECES = ["The national anthem is played", "The House adjourned", "La Camera respinge", "VORS. MÜLLER",
                "unterbricht die Sitzung", "ANN ROE, Segretario, legge", "word", "two words", " ", ".", "?",
                "\u00a0", "\t", "Members interjecting:", "x" * 50]


@given(st.lists(st.sampled_from(STAGE_PIECES), max_size=45).map(" ".join), st.sampled_from([LEX, IT]))
@example("The national anthem is played " + "word " * 40 + ".", LEX)
@example("The national anthem is played " + "word " * 30 + ".", LEX)
@example("VORS. MÜLLER unterbricht die Sitzung.", LEX)
@settings(max_examples=400, deadline=None)
def test_stage_direction_counts_words_only_after_a_shape_as_before_it(text, lex):
    assert stagelines.stage_direction(text, lex) == _stage_direction_plain(text, lex)


def _speaks_first_plain(turns, first, then) -> bool:
    order = {turn.who: k for k, turn in reversed(list(enumerate(turns)))}
    return order.get(first.id, len(turns)) < order.get(then.id, len(turns))


@given(st.lists(st.sampled_from(["a", "b", "c", None]), max_size=12),
       st.sampled_from(["a", "b", "c", "d"]), st.sampled_from(["a", "b", "c", "d"]))
@settings(max_examples=300, deadline=None)
def test_who_speaks_first_read_up_to_either_as_from_the_table_of_first_turns(whos, first, then):
    turns = []
    for who in whos:
        turn = Turn(label="X:")
        turn.who = who
        turns.append(turn)
    assert samepersons.speaks_first(turns, Person(id=first), Person(id=then)) == \
        _speaks_first_plain(turns, Person(id=first), Person(id=then))


# --- runon.split_run_on_turns hands its long lines to the bare Q/A scan ---------------------

_RUN_ON = ("Good morning. " * 20 + "QUESTION: What now? " + "We wait and see what happens. " * 8
           + "SECRETARY LEE: We wait. " + "It is a long answer. " * 10)
_BARE_QA = ("Remarks of the Director. " * 14 + "Q Admiral, what is next? A Excellent. It is fine. "
            "Q Why are you leaving now? A When the time comes. " * 3)
LONG_PIECES = [_RUN_ON, _BARE_QA, "Good morning to you all. " * 15, " Padded line. " * 25, "Plain speech.",
               "SECRETARY LEE: " + "A long answer. " * 25, "QUESTION: " + "Short? " * 50, "two\nlines"]


@given(st.lists(st.sampled_from(LONG_PIECES), max_size=10))
@example([_RUN_ON, _BARE_QA, " Padded line. " * 25, _RUN_ON])
@settings(max_examples=150, deadline=None)
def test_long_lines_after_the_run_on_split_are_those_of_the_one_line_paragraphs(texts):
    """The long lines `split_run_on_turns` hands over (positions moved down past its splits,
    long pieces kept) are the long lines of the list it updated, and the bare Q/A scan that
    reads only them splits as the scan of every line does."""
    from teikit.model import Boilerplate, LineBreak, Paragraph, Text, Transcript
    from teikit.transforms.helpers import bareqa, runon

    def document():
        def paragraph(text):
            first, _, second = text.partition("\n")
            return Paragraph([Text(first), LineBreak(), Text(second)] if second else [Text(text)], line=3)
        return Transcript(blocks=[b for text in texts for b in (paragraph(text), Boilerplate("menu"))])

    doc, other = document(), document()
    plain, other_plain = runon.one_line_paragraphs(doc), runon.one_line_paragraphs(other)
    long_lines: list = []
    runon.split_run_on_turns(doc, LEX, plain, None, long_lines)
    runon.split_run_on_turns(other, LEX, other_plain)
    assert long_lines == [(at, p) for at, (p, text) in enumerate(plain) if len(text) > runon.RUN_ON_MIN_CHARS]
    assert bareqa.split_bare_qa_lines(doc, LEX, plain, long_lines) == bareqa.split_bare_qa_lines(other, LEX, other_plain)
    assert [text for _, text in plain] == [text for _, text in other_plain]


def _stage_line_plain(text: str) -> bool:
    """The plain form of `stagelines.stage_line`: every word of the line split."""
    words = text.split()
    names = 0
    for i, word in enumerate(words[:stagelines.MAX_STAGE_NAME_WORDS + 1]):
        core = word.rstrip(",")
        letters = [c for c in core if c.isalpha()]
        if letters and core.upper() == core != core.lower() and (len(letters) >= 2 or core.endswith(".")):
            names += 1
            if word.endswith(","):
                return names >= stagelines.MIN_STAGE_NAME_WORDS and stagelines._office_then_verb(words[i + 1:])
            continue
        return stagelines.MIN_STAGE_NAME_WORDS <= names <= stagelines.MAX_STAGE_NAME_WORDS and word[:1].islower() \
            and not words[i - 1].endswith((":", "."))
    return False


LINE_WORDS = ["VORS.", "MÜLLER", "ANN", "ROE,", "Segretario,", "Ministro", "Affari,", "Esteri,", "legge", "eröffnet",
              "I", "A", "word", "Word", "x:", "y.", ",", " ", "\t", "\u00a0"]


@given(st.lists(st.sampled_from(LINE_WORDS), max_size=30).map(" ".join))
@example("ANN ROE, Segretario, Ministro, Affari, Esteri, Word, legge " + "word " * 10)
@example("ANN ROE, A A A A, legge " + "word " * 10)
@example("ANN BOB CAT DAN EVE, Word Word Word Word Word, legge word word")  # the office's words read to the end
@example("AA BB CC DD EE FF, Word Word Word Word Word, legge")  # the twelfth word read
@settings(max_examples=500, deadline=None)
def test_stage_line_splits_only_the_words_it_reads_as_the_whole_line(text):
    assert stagelines.stage_line(text) == _stage_line_plain(text)
    assert stagelines.stage_line(text.strip()) == _stage_line_plain(text.strip())


# --- leadtimes.timed_lines: a one-line paragraph read without the loop over its items ----

def _timed_lines_plain(doc):
    """The plain form: every paragraph's items walked, a line opening after a break."""
    from teikit.model import LineBreak, Note, Paragraph, Text, Turn
    from teikit.transforms.helpers import leadtimes
    lines, notes = [], []
    for block in doc.blocks:
        if isinstance(block, Turn):
            for p in block.paragraphs:
                if isinstance(p, Paragraph):
                    opens = True
                    for i, item in enumerate(p.content):
                        kind = type(item)
                        if opens and kind is Text:
                            text = item.text
                            bracketed = leadtimes._BRACKETED.match(text)
                            worded = None if bracketed else leadtimes._WORDED.match(text)
                            if bracketed or worded:
                                lines.append((p, i, text, bracketed, worded))
                        elif kind is Note and item.type == "supplied" and (m := leadtimes._BRACKETED_ONLY.match(item.text)):
                            notes.append((item, m.group(1)))
                        opens = kind is LineBreak
    return leadtimes._lead_times(lines), notes


TIMED_TEXTS = ["[00:00:01] GOOD MORNING", "(00:01:02) Hello", "Starting point is 00:00:38 And with that",
               "Starting point is 00:01:38 So", "10:30 the boats came in", "Plain speech.", "Note: it is 12:30 now",
               "[00:00:01]", "(a note) words", ""]


@given(st.lists(st.lists(st.sampled_from(TIMED_TEXTS + ["<br>", "<note>"]), min_size=1, max_size=4), max_size=12))
@settings(max_examples=200, deadline=None)
def test_timed_lines_of_one_line_paragraphs_read_directly_as_item_by_item(paragraphs):
    from teikit.model import LineBreak, Note, Paragraph, Text, Transcript, Turn
    from teikit.transforms.helpers import leadtimes

    def item(piece):
        return LineBreak() if piece == "<br>" else Note(type="supplied", text="[00:00:05]") if piece == "<note>" \
            else Text(piece)
    turn = Turn(label="ANN:")
    turn.paragraphs = [Paragraph([item(piece) for piece in pieces], line=1) for pieces in paragraphs]
    doc = Transcript(blocks=[turn])
    fast, plain = leadtimes.timed_lines(doc), _timed_lines_plain(doc)
    assert [(id(f[0]),) + f[1:] for f in fast[0]] == [(id(g[0]),) + g[1:] for g in plain[0]]
    assert fast[1] == plain[1]


# --- paragraphjoins._broken: a paragraph's last character settles most paragraphs ---------

def _broken_plain(paragraph, lex) -> bool:
    from teikit.model import Text
    from teikit.transforms.helpers import paragraphjoins
    last = paragraph.content[-1] if paragraph.content else None
    if not isinstance(last, Text):
        return False
    text = last.text.rstrip()
    if text.endswith((",", "，", "、")):
        return True
    tail = text[-paragraphjoins._longest(lex.small_words) - 1:]
    word = tail.rsplit(None, 1)[-1] if tail else ""
    return word.isalpha() and word.islower() and word in lex.small_words


ENDINGS = ["We went there", " and", " of", " the", ",", "，", "、", ".", "?", " ", "\u00a0", "\t", "é", "AND", "1",
           ")", "»", "und", " der", " et", ""]


@given(st.lists(st.sampled_from(ENDINGS), max_size=5).map("".join), st.sampled_from(["en", "de", "fr", "zh"]))
@settings(max_examples=400, deadline=None)
def test_a_broken_paragraph_read_from_its_last_character_as_from_its_last_word(text, lang):
    from teikit.model import Paragraph, Text
    from teikit.transforms.helpers import paragraphjoins
    lex = lexicons.load(lang)
    paragraph = Paragraph([Text(text)], line=1)
    assert paragraphjoins._broken(paragraph, lex) == _broken_plain(paragraph, lex)


@given(st.lists(st.sampled_from([">>", ">", "-", "–", "—", " ", "\u00a0", "\t", "Ann", "word", "x"]), max_size=6)
       .map("".join), st.booleans(), st.booleans())
@example(">> ANN: Hi.", True, False)
@example("– Yes, go on.", False, True)
@settings(max_examples=300, deadline=None)
def test_a_line_opening_an_unnamed_turn_opens_with_one_of_the_characters_tested_first(text, captions, dashes):
    """The labels pass asks `opens_unnamed_turn` only of lines whose first character is in
    `UNNAMED_STARTS`: every line it accepts opens so."""
    from teikit.transforms.helpers import unnamedturns
    if unnamedturns.opens_unnamed_turn(text, captions, dashes):
        assert text[:1] in unnamedturns.UNNAMED_STARTS and text[:1]


# --- labelstyle._ends_with_word, labelshapes.name_role_line: read without copies or patterns ---

@given(st.text(alphabet="ab wWith\t-–—", max_size=30))
@settings(max_examples=300, deadline=None)
def test_the_last_word_read_back_is_the_last_part_after_a_space(line):
    from teikit.transforms.helpers.labelstyle import _ends_with_word
    last = line.rstrip().rpartition(" ")[2]
    words = frozenset({"with", "a"})
    assert _ends_with_word(line, words) == (bool(last) and last.lower() in words)


@given(st.lists(st.sampled_from(["Ann", "Lee", "Chief", "officer", " ", " -- ", " – ", " — ", " - ", ",", "."]),
                max_size=8).map("".join))
@settings(max_examples=300, deadline=None)
def test_a_name_and_role_line_without_its_separator_is_none_as_the_pattern_says(text):
    from teikit.transforms.helpers.namerolelines import NAME_ROLE_LINE, name_role_line
    if NAME_ROLE_LINE.match(text) is None:
        assert name_role_line(text) is None
    else:
        found = name_role_line(text)
        assert found is None or found.group(0) == NAME_ROLE_LINE.match(text).group(0)
