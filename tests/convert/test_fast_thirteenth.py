"""Thirteenth-round shortcuts give the answers of the plain forms they replace (see also
`test_fast_twelfth.py`): a turn whose label's only brackets are its recording time's is
words only for the delivery pass; the blocks a run-on helper splits are found by a map of
identities and replaced by slices; the double-spaced test reads the gaps first; the quick
path of `labelshapes.candidates` reads an upper-case colon label with a full stop or a dash
("MR. KIRBY:", "MS. JEAN-PIERRE:") and then the shapes after its colon, and leaves to the long
way the lines the long way reads otherwise ("SPEAKER: B", an upper-case asker lead).
"""
from __future__ import annotations

import copy

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from teikit import convert, lexicons
from teikit.convert_api import ConvertOptions
from teikit.model import Boilerplate, Note, Paragraph, Text, Transcript, Turn
from teikit.readers import plaintext, wraps
from teikit.transforms import Context, delivery
from teikit.transforms.helpers import dates
from teikit.transforms.helpers import labelshapes as ls
from teikit.transforms.helpers.markers import delivery_note, split_markers
from teikit.transforms.helpers.runon import split_apart

EN, FR, DE = lexicons.load("en"), lexicons.load("fr"), lexicons.load("de")


# --- delivery: a timed label's brackets are its time's ------------------------------------

def _delivery_plain(doc: Transcript, lex) -> None:
    """The plain form: every turn that is not plainly words (its label without any bracket)
    goes through each step of the pass."""
    def classify(marker):
        return delivery_note(marker, lex)

    for block in doc.blocks:
        if isinstance(block, Turn):
            if not block.lead_notes and not (block.label and ("(" in block.label or "[" in block.label)) \
                    and delivery._words_only(block, lex):
                block.interpreted = False
                continue
            for paragraph in block.paragraphs:
                if isinstance(paragraph, Paragraph):
                    split_markers(paragraph, classify)
            delivery._split_label_note(block, lex)
            delivery._lift_leading_notes(block)
            block.interpreted = delivery._interpreted(block, lex)
    delivery._set_markers_between_turns_apart(doc, lex)  # every time: the pass only when a turn ends so (I1612i)


_TIMES = ["[00:00:05]", "(00:01:23)", "[1:02:03.5]", "(12:14 horas)", "(via interpreter)", "[In French]", "00:00:03",
          "[00:12]", "(interpretation)", "[inaudible 00:03:12]"]
_LABELS = ["{t} Speaker 03:", "Ann Lee {t}:", "Ann Lee: {t}", "Ann Lee (AFP) {t}:", "{t} Q:", "SPEAKER_01 {t}",
           "Ann (via interpreter) {t}:", "Ann ] {t}:"]
_SPEECH = ["Good morning.", "(Via interpreter) Thank you.", "Yes [laughter] indeed.", " leading space", "",
           "(In French.)", "Hello."]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_LABELS), st.sampled_from(_TIMES),
                          st.lists(st.sampled_from(_SPEECH), max_size=3)), min_size=1, max_size=6),
       st.sampled_from([EN, FR, DE]))
@example([("{t} Speaker 03:", "[00:00:05]", ["Good morning."])], EN)
@example([("Ann Lee {t}:", "(via interpreter)", ["Thank you."])], EN)
def test_timed_labels_taken_as_words_equal_every_step_run(turns, lex):
    doc = Transcript(id="d")
    for label, time, speech in turns:
        doc.blocks.append(Turn(label=label.format(t=time), time=time,
                               paragraphs=[Paragraph(content=[Text(s)]) for s in speech]))
    plain = copy.deepcopy(doc)
    delivery.PASS.apply(doc, Context(options=ConvertOptions(), lexicon=lex))
    _delivery_plain(plain, lex)
    assert doc.blocks == plain.blocks


def test_a_plain_timestamp_holds_no_interpretation_note():
    for lang in lexicons.LANGUAGES:
        assert not delivery._empty_is_interpreted(lexicons.load(lang))


# --- split_apart: the blocks replaced found by identity ----------------------------------

@settings(max_examples=300, deadline=None)
@given(st.lists(st.booleans(), min_size=1, max_size=30), st.data())
def test_blocks_split_by_position_equal_each_block_looked_up(is_para, data):
    blocks = [Paragraph(content=[Text(f"line {n}")]) if p else Boilerplate(f"site {n}") for n, p in enumerate(is_para)]
    plain = [(b, b.content[0].text) for b in blocks if isinstance(b, Paragraph)]
    chosen = data.draw(st.sets(st.sampled_from(range(len(plain))) if plain else st.nothing()))
    split = {id(plain[at][0]): (at, [Paragraph(content=[Text(f"{plain[at][1]} piece {k}")]) for k in range(2)])
             for at in chosen}
    doc = Transcript(id="d", blocks=list(blocks))
    expected = [piece for b in blocks for piece in (split[id(b)][1] if id(b) in split else (b,))]
    split_apart(doc, plain, split)
    assert doc.blocks == expected and all(a is b for a, b in zip(doc.blocks, expected))
    assert [p for p, _ in plain] == [b for b in expected if isinstance(b, Paragraph)]


# --- the double-spaced test ------------------------------------------------------------

def _join_double_spaced_plain(runs):
    """The plain form: every pair's join computed before the gaps are counted."""
    if len(runs) < plaintext.MIN_DOUBLE_SPACED_RUNS:
        return runs
    gaps = [b[0] - (a[0] + len(a[1])) for a, b in zip(runs, runs[1:])]
    joins = [gap == 1 and len(a[1][-1].strip()) >= plaintext.MIN_PRINTED_WIDTH
             and not a[1][-1].rstrip().endswith(wraps.SENTENCE_ENDS) and b[1][0].lstrip()[:1].islower()
             for gap, a, b in zip(gaps, runs, runs[1:])]
    if gaps.count(1) < plaintext.MIN_DOUBLE_SPACED_SHARE * len(gaps) or sum(joins) < plaintext.MIN_DOUBLE_SPACED_BREAKS:
        return runs
    return plaintext._join_double_spaced(runs)


_PRINTED = ["the text goes on and on across the printed page of the typescript and", "so it does.",
            "Ann Lee said the words that the page prints in one long line here", "and then", "End.", "  ok"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from([1, 1, 1, 2]), st.lists(st.sampled_from(_PRINTED), min_size=1, max_size=2)),
                max_size=16))
def test_gaps_read_first_equal_every_join_computed(spec):
    runs, line = [], 1
    for gap, lines in spec:
        runs.append((line, lines))
        line += len(lines) + gap
    assert plaintext._join_double_spaced(runs) == _join_double_spaced_plain(runs)


# --- labelshapes: the quick path of colon labels -----------------------------------------

LINES = ["MR. KIRBY: Good afternoon. One element at the top.", "MS. JEAN-PIERRE: This — this concludes it.",
         "MR. KIRBY: Good Afternoon. Then more.", "MR. LEE: Yes.  Then wide spaces.", "MR. LEE: Right.- no",
         "DR. ANN-MARIE ROE: Hi", "A B C D. E: letter-spaced", "MR. KIRBY: (00:01) Hi", "MR. KIRBY: 12:30",
         "SPEAKER: B", "SPRECHER: B", "SPEAKER: Q", "SPEAKER: 2", "QUESTION FROM ANN LEE: Why is it so?",
         "FIRST QUESTION FROM ANN LEE: Why?", "QUESTION DE ANN LEE : Pourquoi ?", "FRAGE VON ANN LEE: Warum?",
         "MR. KIRBY – Good afternoon: yes", "M. LE PRÉSIDENT. - La parole est à M. Roe: oui"]


@pytest.mark.parametrize("lex", [EN, FR, DE], ids=["en", "fr", "de"])
@pytest.mark.parametrize("line", LINES)
def test_quick_path_agrees_with_the_long_way(line, lex):
    assert ls.candidates(line, lex) == ls.read_candidates(line, lex)


_PIECES = st.sampled_from(["MR.", "MS.", "ANN", "JEAN-PIERRE", "SPEAKER", "QUESTION FROM", " ", "  ", ": ", ":", ". ",
                           ".- ", " – ", "-", "B", "Q", "Good", "afternoon.", "Hello", "(00:01)", "12:30", ";", "\t"])


@settings(max_examples=500, deadline=None)
@given(st.lists(_PIECES, max_size=10).map("".join), st.sampled_from([EN, FR, DE]))
@example("SPEAKER: B", EN)
@example("MR. ANN: Good afternoon. Hello", EN)
@example("QUESTION FROM : ", EN)  # an asker lead with no name: no label either way (found by the property)
def test_quick_path_agrees_on_generated_lines(line, lex):
    assert ls.candidates(line, lex) == ls.read_candidates(line, lex)


def test_a_diarized_id_after_a_voice_word_in_capitals_is_the_label():
    tei = convert(b"SPEAKER: B\nGood morning to all of you.\n\nSPEAKER: C\nThank you.\n", doc_id="d").tei.decode()
    assert '<note type="speaker">SPEAKER: B</note>' in tei


# --- dates: a year's shape looked for first ---------------------------------------------

def _find_date_plain(text: str, lex):
    """The plain form: the scanner tried on any text holding a digit."""
    if not dates._DIGIT.search(text):
        return None
    forms = dates._forms(lex)
    for m in forms.scanner.finditer(text):
        iso = forms.first_iso(m)
        if iso:
            return m.start(), m.end(), iso
    m = dates._DOTTED_BEFORE_WORDS.search(text) if "." in text else None
    iso = forms.iso(m, None) if m else None
    return (m.start(), m.end(), iso) if iso else None


_DATE_PIECES = st.sampled_from(["May", "mai", "März", "19", "2021", "21", "05", "1", ".", "/", "-", " ", ", ", "年", "月",
                                "日", "(", ")", "00:00:06", "10:30", "[", "]", "Speaker 03:", "民國", "113", "Tuesday",
                                "of", "de", "٢٠٢١", "２０２１", "th", "Uhr"])


@settings(max_examples=600, deadline=None)
@given(st.lists(_DATE_PIECES, max_size=12).map("".join), st.sampled_from([EN, FR, DE, lexicons.load("zh")]))
@example("[00:00:06] Speaker 03: Good morning, 27.12.11, 01:38", EN)
@example("(25.03.25)", EN)
@example("中華民國113年3月25日", lexicons.load("zh"))
def test_dates_looked_for_by_their_year_first_equal_the_scanner_everywhere(text, lex):
    assert dates.find_date(text, lex) == _find_date_plain(text, lex)


def test_an_upper_case_asker_lead_names_the_asker():
    text = (b"Press briefing\n\nMODERATOR: Welcome.\n\nQUESTION FROM ANN LEE: Why is it so?\n\nMODERATOR: Because.\n\n"
            b"QUESTION FROM ANN LEE: And then?\n")
    tei = convert(text, doc_id="d").tei.decode()
    assert "<persName>Ann Lee</persName>" in tei and "Question From" not in tei
