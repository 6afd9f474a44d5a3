"""Property tests on generated transcripts: lossless, deterministic, always valid XML."""
from __future__ import annotations

import re

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from lxml import etree

from teikit import convert, transform

from tests.source_view import assert_same_source

TEI = "{http://www.tei-c.org/ns/1.0}"
# Characters XML 1.0 can hold; the converter replaces the others (and warns).
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
def transcripts(draw) -> str:
    lines = [draw(xml_text) for _ in range(draw(st.integers(0, 3)))]  # a header of sorts
    for _ in range(draw(st.integers(1, 8))):
        words = [draw(xml_text) for _ in range(draw(st.integers(1, 3)))]
        if draw(st.booleans()):
            words.insert(draw(st.integers(0, len(words))), draw(markers))
        speech = draw(spaces).join(words)
        lines.append(f"{draw(labels)}{draw(spaces)}{speech}" if draw(st.booleans()) else speech)
    return draw(separators).join(lines)


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
    @given(transcripts(), st.sampled_from(["speech", "drama", "iso"]))
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
