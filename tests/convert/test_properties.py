"""Property tests on generated transcripts: lossless, deterministic, always valid XML."""
from __future__ import annotations

import re
from functools import partial

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from lxml import etree

from teikit import convert, transform
from teikit.model.nonxml import CHARACTERS, VISIBLE

from tests.source_view import assert_same_source

TEI = "{http://www.tei-c.org/ns/1.0}"
# Characters XML 1.0 can hold; the others are drawn by `with_non_xml`.
xml_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00\ufffe\uffff",
                           min_codepoint=9),
    min_size=1, max_size=60,
).filter(lambda s: s.strip() and not re.search("[\x01-\x08\x0e-\x1f]", s))
labels = st.sampled_from(["SECRETARY BLINKEN:", "Q", "QUESTION:", "MS. JEAN-PIERRE:", "Sergey Lavrov:",
                          "INTERPRETER:", "FOREIGN MINISTER LE DRIAN:"])
markers = st.sampled_from(["(Laughter.)", "(inaudible)", "[sic]", "(Via interpreter)", "(In English.)",
                           "(Applause.)", "(Crosstalk.)", "[Redacted.]", "(Break.)"])
spaces = st.sampled_from([" ", "  ", "\u00a0 ", "\t"])
separators = st.sampled_from(["\n\n", "\n", "\n\u00a0\n", "\r\n\r\n", "\r"])


@st.composite
def transcripts(draw, text=xml_text) -> str:
    lines = [draw(text) for _ in range(draw(st.integers(0, 3)))]  # a header of sorts
    for _ in range(draw(st.integers(1, 8))):
        words = [draw(text) for _ in range(draw(st.integers(1, 3)))]
        if draw(st.booleans()):
            words.insert(draw(st.integers(0, len(words))), draw(markers))
        speech = draw(spaces).join(words)
        lines.append(f"{draw(labels)}{draw(spaces)}{speech}" if draw(st.booleans()) else speech)
    return draw(separators).join(lines)


# Words with characters XML cannot hold (C0 controls, U+001C-U+001F among them, which
# Python takes for white space; U+FFFE, U+FFFF): kept as TEI `g` (teikit/model/nonxml.py).
# NUL aside: a file with one is refused as binary.
non_xml_text = st.text(
    alphabet=st.one_of(st.characters(blacklist_categories=("Cs",), min_codepoint=32,
                                     blacklist_characters="\ufffe\uffff"),
                       st.sampled_from(CHARACTERS[1:])),
    min_size=1, max_size=20,
).filter(lambda s: s.strip(" \t\n\r\v\f\x85\u2028\u2029\xa0"))
with_non_xml = partial(transcripts, text=non_xml_text)


def squash(text: str) -> str:
    """Text without whitespace and without a byte-order mark, which marks the encoding
    and is not part of the text."""
    return re.sub(r"\s+", "", text.replace("\ufeff", ""))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(transcripts())
def test_text_element_keeps_every_non_whitespace_character_in_order(source):
    root = etree.fromstring(convert(source, name="t.txt").tei)
    assert squash("".join(root.find(f"{TEI}text").itertext())) == squash(source)


@settings(max_examples=60, deadline=None)
@given(transcripts(), st.sampled_from(["speech", "drama"]))
def test_same_input_gives_byte_identical_output(source, flavour):
    first = convert(source, name="a.txt", flavour=flavour).tei
    assert convert(source, name="a.txt", flavour=flavour).tei == first
    etree.fromstring(first)  # well-formed, whatever the input


@settings(max_examples=40, deadline=None)
@given(transcripts())
def test_drama_flavour_is_lossless_too(source):
    root = etree.fromstring(convert(source, name="t.txt", flavour="drama").tei)
    assert squash("".join(root.find(f"{TEI}text").itertext())) == squash(source)


def test_generated_transcripts_give_valid_tei(validate_tei):
    """Judged by jing (and the profile's Schematron), all examples in one jing run: the
    examples are drawn first, then judged together; a failure shows the shortest source."""
    outputs: dict[str, dict[str, tuple[str, bytes]]] = {"speech": {}, "drama": {}, "iso": {}}

    @settings(max_examples=120, deadline=None, database=None,
              suppress_health_check=[HealthCheck.too_slow])
    @given(st.one_of(transcripts(), with_non_xml()), st.sampled_from(["speech", "drama", "iso"]))
    def draw(source, flavour):
        tei = convert(source, name="t.txt", flavour=flavour).tei
        outputs[flavour][f"{len(outputs[flavour])}.xml"] = (source, tei)

    draw()
    for flavour, drawn in outputs.items():
        profile = "teikit" if flavour == "speech" else None
        errors = validate_tei({k: tei for k, (_, tei) in drawn.items()}, profile)
        failed = sorted((drawn[k][0] for k, e in errors.items() if e), key=len)
        assert not failed, (flavour, failed[0], [e for e in errors.values() if e][:1])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(transcripts(), st.lists(st.tuples(st.integers(0, 10_000), st.sampled_from("\v\f\x85\u2028\u2029")),
                               min_size=1, max_size=5))
def test_unicode_line_ends_are_counted_in_a_warning_and_nothing_else_is_lost(source, breaks):
    """VT, FF, NEL, U+2028 and U+2029 end lines (docs/encoding.md): whitespace, not kept as
    characters, so the reader must say how many it read as line breaks."""
    source = source.replace("\v", " ").replace("\f", " ").replace("\x85", " ") \
        .replace("\u2028", " ").replace("\u2029", " ")
    for position, char in breaks:
        at = position % (len(source) + 1)
        source = source[:at] + char + source[at:]
    result = convert(source, name="t.txt")
    root = etree.fromstring(result.tei)
    assert squash("".join(root.find(f"{TEI}text").itertext())) == squash(source)
    said = [w.message for w in result.warnings if "read as line breaks" in w.message]
    assert said == [f"{len(breaks)} vertical tab, form feed, NEL or line/paragraph separator "
                    "character(s) read as line breaks (not kept as characters)"]


@st.composite
def with_event_paragraphs(draw) -> str:
    """A generated transcript with paragraphs that hold only markers ("(Laughter.) (Applause.)",
    glued or spaced), which the TEI keeps in the turn with no `seg` around them."""
    parts = draw(transcripts()).split("\n\n")
    for _ in range(draw(st.integers(1, 3))):
        events = draw(st.lists(markers, min_size=1, max_size=3))
        parts.insert(draw(st.integers(1, len(parts))), draw(st.sampled_from([" ", "", "  "])).join(events))
    return "\n\n".join(parts)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(with_event_paragraphs(), st.sampled_from(["speech", "drama", "iso"]))
@example("A: Hi.\n\n(Laughter.) (Applause.)\n\n(Laughter.)\n\n(Applause.)(Break.)", "speech")
@example("SECRETARY BLINKEN: (Via interpreter) )\n\n(Laughter.)", "speech")  # a space before ")"
@example("SECRETARY BLINKEN: (Via interpreter) )\n\n(Laughter.)", "drama")
@example("0\n\n(Via interpreter)(Laughter.)", "drama")  # a delivery note glued to an event
@example("SECRETARY BLINKEN: .0\n\u00a0\n0\n\u00a0\nSECRETARY BLINKEN:  .0\n\n(Laughter.)", "speech")  # a site line under the label
@example("(Laughter.)\n\n(Via interpreter)(In English.)\n\nSECRETARY BLINKEN: 0", "speech")  # glued notes between turns
@example("(Laughter.)\n\n(Via interpreter)(In English.)\n\nSECRETARY BLINKEN: 0", "drama")
@example("(Laughter.)\n\n(Via interpreter)(In English.)\n\nSECRETARY BLINKEN: 0", "iso")
def test_the_source_view_gives_the_input_back_spaced_as_printed(source, flavour):
    """Every character in order, a space where the input prints whitespace and none where it
    prints none: glued markers stay glued, a space after a note before punctuation stays."""
    assert_same_source(source.encode(), transform(convert(source, name="t.txt", flavour=flavour).tei,
                                                  mode="source"))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(with_non_xml(), st.sampled_from(["speech", "drama", "iso"]))
@example("A: one\x1f\n\nB: \x1ctwo\x15", "speech")  # white space to Python, at a paragraph's ends
@example("\x15260_2113\x15\n\n(Laughter.\x1e)", "iso")
def test_characters_xml_cannot_hold_are_kept_and_come_back_in_the_source_view(source, flavour):
    """Each is a `g` in the TEI, showing its visible substitute (U+2415 for U+0015), and the
    source view gives the character itself back, in its place."""
    result = convert(source, name="t.txt", flavour=flavour)
    if flavour != "iso":  # (ISO/TEI puts labels and notes in spanGrp, after the speech)
        text = "".join(etree.fromstring(result.tei).find(f"{TEI}text").itertext())
        assert squash(text) == squash(source.translate(VISIBLE))
    assert_same_source(source.encode(), transform(result.tei, mode="source"))
