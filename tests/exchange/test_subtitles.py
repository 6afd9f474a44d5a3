"""WebVTT and SRT in: `teikit convert` on real caption files, detection by content,
speakers, merged turns, a TEI timeline, nothing lost."""
from __future__ import annotations

import json
import re

import pytest
from hypothesis import given, settings, strategies as st
from lxml import etree

from teikit import convert
from teikit.model import Text
from teikit.readers.subtitles import detect, seconds
from teikit.transform_api import transform

from tests.source_view import assert_same_source

from .conftest import DATA, jing_errors, teikit

TEI = "{http://www.tei-c.org/ns/1.0}"
VTT = DATA / "nasa-kavandi.vtt"
SRT = DATA / "this-week-at-nasa-2018-07-27.srt"


def _tree(tei: bytes):
    return etree.fromstring(tei)


def cue_text(data: bytes) -> str:
    """What the captions say, worked out independently of the reader: every line that is
    not the WEBVTT header, a NOTE comment, a cue number or a timing line, with cue tags and
    `>>` markers removed (markup, not speech) and character references as printed;
    whitespace removed."""
    lines = data.decode("utf-8-sig").splitlines()
    kept, comment = [], False
    for i, line in enumerate(lines):
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        comment = (comment and line.strip() != "") or line.startswith("NOTE")
        if comment or line.startswith("WEBVTT") or "-->" in line or (line.strip().isdigit() and "-->" in nxt):
            continue
        kept.append(re.sub(r"^\s*(>>|&gt;&gt;)", "", re.sub(r"<[^>]*>", "", line)))
    return re.sub(r"\s+", "", "".join(kept))


def squashed(data: bytes) -> str:
    return re.sub(r"\s+", "", data.decode("utf-8-sig"))


def text_element(tei: bytes) -> str:
    """Every character of the TEI `<text>`, whitespace removed (the shared scorer's
    `lossless`: it must equal the source's)."""
    return re.sub(r"\s+", "", "".join(_tree(tei).find(f"{TEI}text").itertext()))


def speech(tei: bytes) -> str:
    """The words of the turns: `u` content without notes, whitespace removed."""
    root = _tree(tei)
    words = []
    for u in root.iter(f"{TEI}u"):
        for el in u.iter():
            if el.tag != f"{TEI}note" and el.text and el.getparent().tag != f"{TEI}note":
                words.append(el.text)
            if el is not u and el.tail:
                words.append(el.tail)
    return re.sub(r"\s+", "", "".join(words))


@pytest.mark.parametrize("path", [VTT, SRT], ids=["vtt", "srt"])
def test_real_captions_convert_losslessly_with_timings(path):
    data = path.read_bytes()
    result = convert(data, name=str(path))
    assert text_element(result.tei) == squashed(data)  # nothing lost, nothing added
    assert_same_source(data, transform(result.tei, to="text", mode="source"))  # spaced as printed
    assert speech(result.tei) == cue_text(data)  # and the markup is not speech
    root = _tree(result.tei)
    whens = root.findall(f".//{TEI}timeline/{TEI}when")
    stamps = re.findall(r"(\d\d:\d\d:\d\d[.,]\d{3}) --> (\d\d:\d\d:\d\d[.,]\d{3})", data.decode("utf-8"))
    expected = {seconds(t) for pair in stamps for t in pair}
    assert {float(w.get("interval")) for w in whens[1:]} == expected
    assert whens[0].get("absolute") == "00:00:00"
    segs = root.findall(f".//{TEI}u/{TEI}seg")
    assert len(segs) == len(stamps)  # one paragraph per cue, timed by its anchors
    by_id = {w.get("{http://www.w3.org/XML/1998/namespace}id"): float(w.get("interval") or 0)
             for w in whens}
    first = [a.get("synch").lstrip("#") for a in segs[0].findall(f"{TEI}anchor")]
    assert [by_id[x] for x in first] == [seconds(t) for t in stamps[0]]


def test_real_captions_are_valid_tei_all_by_jing():
    named = {p.name: convert(p.read_bytes(), name=str(p)).tei for p in (VTT, SRT)}
    assert jing_errors(named) == {name: [] for name in named}


def test_caption_gt_gt_marker_opens_a_turn_and_cues_merge():
    """The NASA captions start with "&gt;&gt;" (one speaker for all cues): one turn, no
    label invented, the marker not in the speech but kept as markup before the turn."""
    root = _tree(convert(VTT.read_bytes(), name=str(VTT)).tei)
    (u,) = root.iter(f"{TEI}u")
    assert u.get("who") is None and root.find(f".//{TEI}note[@type='speaker']") is None
    assert "".join(u.itertext()).strip().startswith("Gosh, I like almost everything")
    marker = root.find(f".//{TEI}note[@type='markup']")
    assert marker.text == "&gt;&gt;" and "&gt;" not in speech(etree.tostring(root))
    last = len(root.findall(f".//{TEI}when")) - 1
    assert (u.get("start"), u.get("end")) == ("#nasa-kavandi.T1", f"#nasa-kavandi.T{last}")


VOICES = b"""WEBVTT

NOTE made for the test

00:00:01.000 --> 00:00:03.000 align:start
<v Roger Bingham>We are in New York City

00:00:03.000 --> 00:00:05.000
<v Roger Bingham>and we're talking &amp; listening</v>

00:00:05.000 --> 00:00:06.500
<v.loud Neil deGrasse Tyson><i>Hi</i>, Roger.</v>

00:00:06.500 --> 00:00:08.000
>> MR. PRICE: Thank you.
>> Next question.
"""


def _spoken(paragraph) -> str:
    """The words of a cue (the space printed after its timing line is no word)."""
    return "".join(i.text for i in paragraph.content if type(i) is Text).strip()


def test_voice_tags_prefixes_and_speaker_changes():
    result = convert(VOICES, name="talk.vtt")
    turns = result.transcript.turns()
    assert [t.label for t in turns] == ["Roger Bingham", "Neil deGrasse Tyson", "MR. PRICE:", None]
    assert [len(t.paragraphs) for t in turns] == [2, 1, 1, 1]  # the two Bingham cues merge
    assert [_spoken(p) for t in turns for p in t.paragraphs][1:3] == [
        "and we're talking &amp; listening", "Hi, Roger."]
    assert len({t.who for t in turns[:3]}) == 3 and turns[3].who is None
    root = _tree(result.tei)
    assert root.find(f".//{TEI}note[@type='comment']").text == "NOTE made for the test"
    assert [n.text for n in root.iter(f"{TEI}note") if n.get("type") == "markup"] == [
        "<v", ">", "<v Roger Bingham>", "</v>", "<v.loud", ">", "<i>", "</i>", "</v>", ">>", ">>"]
    assert text_element(result.tei) == squashed(VOICES)
    assert speech(result.tei) == cue_text(VOICES.replace(b"MR. PRICE: ", b""))  # a label


def test_reading_views_leave_the_caption_markup_out():
    """Tags, voice tags and `>>` markers are markup: the text and HTML reading views show
    the speech and its speakers without them, as they leave boilerplate out."""
    tei = convert(VOICES, name="talk.vtt").tei
    reading = transform(tei)
    for markup in ("<v", "<i>", "</i>", "</v>", ">>", "&gt;&gt;"):
        assert markup not in reading
    chunks = reading.strip().split("\n\n")
    assert "Roger Bingham: We are in New York City" in chunks  # the voice's name as the label
    assert "Neil deGrasse Tyson: Hi, Roger." in chunks
    assert "MR. PRICE: Thank you." in chunks and "Next question." in chunks
    main = transform(tei, to="html").split("<main", 1)[1]
    for markup in ("&lt;v", "&lt;i&gt;", "&lt;/v&gt;", "&gt;&gt;", "class=\"note markup"):
        assert markup not in main
    assert "<p>Hi, Roger.</p>" in main
    model = json.loads(transform(tei, to="json"))
    turns = [b for b in model["blocks"] if b["type"] == "Turn"]
    assert [t["delivery"] for t in turns] == [[], [], [], []]  # the `>` of a voice tag is no delivery note
    assert turns[1]["paragraphs"] == ["Hi, Roger."]


def test_caption_markup_in_iso_is_incidents_not_tokens():
    """`--flavour iso` writes a caption's markup as `incident type="markup"`, between turns
    (`>>`) and inside a cue (`<i>`, the `>` of a voice tag): tags are not words, so no
    `w`/`pc` token holds them. Read back they are markup again: out of the reading view,
    where a voice's name gets its colon as in the other flavours."""
    tei = convert(VOICES, name="talk.vtt", flavour="iso").tei
    assert b'<incident xml:id="talk.e' in tei and b'type="markup"><desc>&gt;&gt;</desc>' in tei
    root = _tree(tei)
    tokens = [el.text for el in root.iter(f"{TEI}w", f"{TEI}pc")]
    assert "i" not in tokens and "<" not in tokens and ">" not in tokens
    markup = [el.findtext(f"{TEI}desc") for el in root.iter(f"{TEI}incident") if el.get("type") == "markup"
              and el.getparent().tag == f"{TEI}seg"]
    assert "<i>" in markup and "</i>" in markup and ">" in markup
    reading = transform(tei)
    assert ">>" not in reading and "<i>" not in reading and "MR. PRICE: Thank you." in reading
    assert "Roger Bingham: We are in New York City" in reading.replace("\n", " ")


@pytest.mark.parametrize("flavour", ["speech", "drama", "iso"])
def test_the_source_view_gives_the_caption_file_back(flavour):
    """Markup joined to its neighbours as printed: `<v Ann>Hello` glued, `>> Next` spaced,
    the cue text on the line after its timing line."""
    data = VOICES + b"""
00:00:08.000 --> 00:00:09.000
<v Ann Lee> Spaced after the tag.
<i>Two</i>
lines.

00:00:09.000 --> 00:00:10.000
>>Glued marker.
"""
    source = transform(convert(data, name="talk.vtt", flavour=flavour).tei, mode="source")
    assert_same_source(data, source)
    spaced = re.sub(r"\s+", " ", source)
    assert "<v Roger Bingham>We are" in spaced and "<v Ann Lee> Spaced" in spaced
    assert ">>Glued" in spaced and "</i> lines." in spaced and "06.500 <v.loud Neil" in spaced


def test_detected_by_content_not_by_name(tmp_path):
    srt = SRT.read_bytes()
    assert detect(srt) == "srt" and detect(VTT.read_bytes()) == "vtt"
    assert detect(b"\xef\xbb\xbfWEBVTT\n\n") == "vtt"
    assert detect(b"1\nTHE PRESIDENT: Thank you.\n") is None
    assert detect(b"MR. SMITH: 00:00:01,000 --> 00:00:02,000\n") is None
    disguised = tmp_path / "captions.txt"
    disguised.write_bytes(srt)
    r = teikit("convert", disguised, "-q")
    assert r.returncode == 0, r.stderr
    assert b"<timeline" in r.stdout
    assert b'<note type="timestamp">00:00:00,000 --&gt;' in r.stdout or b'type="timestamp"' in r.stdout


def test_a_folder_of_captions_is_converted(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.vtt").write_bytes(VTT.read_bytes())
    (tmp_path / "in" / "b.srt").write_bytes(SRT.read_bytes())
    r = teikit("convert", tmp_path / "in", "-o", tmp_path / "out", "-q")
    assert r.returncode == 0, r.stderr
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["a.xml", "b.xml"]


_words = st.text(alphabet=st.characters(whitelist_categories=("Lu", "Ll", "Nd"), max_codepoint=0x24F),
                 min_size=1, max_size=8)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.sampled_from([None, "Ann", "Bo Li"]), st.lists(_words, min_size=1, max_size=5)),
                min_size=1, max_size=6), st.sampled_from(["", " "]), st.booleans())
def test_any_cue_sequence_is_lossless_and_deterministic(cues, space, italic):
    lines = ["WEBVTT", ""]
    for n, (voice, words) in enumerate(cues):
        text = " ".join(words)
        lines += [f"00:00:{n:02d}.000 --> 00:00:{n + 1:02d}.000",
                  (f"<v {voice}>{space}" if voice else "") + (f"<i>{text}</i>" if italic else text), ""]
    data = "\n".join(lines).encode()
    first, second = convert(data, name="p.vtt"), convert(data, name="p.vtt")
    assert first.tei == second.tei
    assert text_element(first.tei) == squashed(data)  # nothing lost, nothing added
    assert_same_source(data, transform(first.tei, mode="source"))  # spaced as printed
    assert speech(first.tei) == cue_text(data)
    # a voice repeated on the next cue continues the turn: no two neighbours share a label
    labels = [t.label for t in first.transcript.turns()]
    assert all(a != b or a is None for a, b in zip(labels, labels[1:]))
    assert labels == _turn_labels(cues)


def _turn_labels(cues) -> list:
    """The label of each turn: a new turn where a voice differs from the one before."""
    out, last = [], object()
    for voice, _ in cues:
        if voice and voice != last:
            out.append(voice)
        elif not out:  # unvoiced first cues: one unlabeled turn
            out.append(None)
        last = voice if voice else last
    return out
