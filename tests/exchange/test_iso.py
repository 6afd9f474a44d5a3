"""`teikit convert --flavour iso`: ISO/TEI spoken (ISO 24624:2016) for EXMARaLDA and
TEI-CORPO: valid against tei_all (jing), the ISO/TEI constraints of EXMARaLDA's schema
checked one by one (the schema itself carries no licence, so it is not vendored), and read
back by `teikit transform` to the same text for every corpus transcript."""
from __future__ import annotations


import pytest
from lxml import etree

from teikit import convert
from teikit.transform_api import transform

from tests.source_view import assert_same_source

from .conftest import CORPUS, DATA, jing_errors

TEI = "{http://www.tei-c.org/ns/1.0}"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
# What EXMARaLDA's ISO_TEI_Schema_v0.xsd allows in the body (element -> children).
ISO_CHILDREN = {
    "body": {"annotationBlock", "pause", "vocal", "incident", "spanGrp", "timeline"},
    "annotationBlock": {"u", "spanGrp"},
    "u": {"seg", "anchor", "w", "pause", "incident", "vocal", "pc"},
    "seg": {"anchor", "w", "pause", "incident", "vocal", "pc"},
    "w": {"anchor"}, "pc": set(), "anchor": set(), "pause": set(),
    "vocal": {"desc"}, "incident": {"desc"}, "desc": set(),
    "spanGrp": {"span"}, "span": {"span"}, "timeline": {"when"}, "when": set(),
}
ISO_ATTRIBUTES = {  # attributes the schema declares (xml:id, xml:lang apart)
    "annotationBlock": {"start", "end", "who"}, "u": set(), "seg": {"type", "subtype"},
    "w": {"type", "norm", "lemma", "pos", "phon"}, "pc": {"type", "norm", "lemma", "pos"},
    "anchor": {"synch", "type"}, "vocal": {"start", "end"},
    "incident": {"start", "end", "who", "type"}, "spanGrp": {"type", "subtype"},
    "span": {"from", "to", "target", "who"}, "timeline": {"unit"},
    "when": {"interval", "since", "absolute"}, "desc": {"rend"}, "pause": {"start", "end", "type", "dur", "rend"},
}


def local(el) -> str:
    return etree.QName(el).localname


def iso_violations(tei: bytes) -> list[str]:
    """The ISO/TEI body constraints of EXMARaLDA's schema, checked on our output: content
    models, declared attributes, required ids and time points, IDREFs that resolve, a
    timeline of at least two points in seconds, no text outside tokens and descriptions."""
    root = etree.fromstring(tei)
    text = root.find(f"{TEI}text")
    body = text.find(f"{TEI}body")
    ids = {el.get(XML_ID) for el in root.iter() if el.get(XML_ID)}
    found = []
    timeline = body.find(f"{TEI}timeline")
    if timeline is None or len(timeline) < 2 or timeline.get("unit") != "s":
        found.append("timeline: missing, fewer than two points, or @unit is not s")
    if text.get("{http://www.w3.org/XML/1998/namespace}lang") is None:
        found.append("text: no xml:lang")
    for el in body.iter():
        if not isinstance(el.tag, str):
            continue
        name = local(el)
        allowed = ISO_CHILDREN.get(name)
        if allowed is None:
            found.append(f"{name}: not an ISO/TEI body element")
            continue
        found += [f"{name} holds {local(c)}" for c in el if local(c) not in allowed]
        declared = ISO_ATTRIBUTES.get(name, set()) | {XML_ID, "{http://www.w3.org/XML/1998/namespace}lang"}
        found += [f"{name}/@{a}: not declared" for a in el.attrib if a not in declared]
        if name in ("annotationBlock", "u", "seg", "w", "when") and not el.get(XML_ID):
            found.append(f"{name}: no xml:id")
        if name == "annotationBlock" and not (el.get("start") and el.get("end")):
            found.append("annotationBlock: no @start/@end")
        for attr in ("start", "end", "who", "synch", "from", "to"):
            value = el.get(attr)
            if value is not None and value not in ids:
                found.append(f"{name}/@{attr}={value!r} is not an xml:id of the document")
        if name in ("u", "seg", "annotationBlock", "spanGrp") and (el.text or "").strip():
            found.append(f"{name}: free text {el.text.strip()!r}")
        if name in ("w", "pc", "seg", "u") and any((c.tail or "").strip() for c in el):
            found.append(f"{name}: free text between its children")
    return found


@pytest.fixture(scope="module")
def iso_corpus() -> dict[str, tuple[bytes, bytes]]:
    return {p.name: (p.read_bytes(), convert(p.read_bytes(), name=str(p), flavour="iso").tei)
            for p in CORPUS}


def test_every_corpus_transcript_is_valid_tei_all_by_jing(iso_corpus):
    verdicts = jing_errors({name: tei for name, (_, tei) in iso_corpus.items()})
    assert {n: e for n, e in verdicts.items() if e} == {}


# Known converter bugs (see tests/transform/test_corpus_roundtrip.py SOURCE_GAPS): none now
# (dev18's 2015, a breadcrumb read as a label, is no label since L191u); strict, so a fix must
# remove an entry.
SOURCE_GAPS: set[str] = set()


def _round_trip_case(path):
    gap = f"{path.parent.name}/{path.stem}" in SOURCE_GAPS
    marks = [pytest.mark.xfail(strict=True, raises=AssertionError,
                               reason="source view spacing at a label differs from the page's")] if gap else []
    return pytest.param(path, id=path.stem, marks=marks)


@pytest.mark.parametrize("path", [_round_trip_case(p) for p in CORPUS])
def test_iso_constraints_and_source_round_trip(path, iso_corpus):
    data, tei = iso_corpus[path.name]
    persons = {p.get(XML_ID) for p in etree.fromstring(tei).iter(f"{TEI}person")}
    assert iso_violations(tei) == []
    blocks = etree.fromstring(tei).iter(f"{TEI}annotationBlock")
    assert all(b.get("who") in persons for b in blocks if b.get("who"))
    assert_same_source(data, transform(tei, mode="source"))


def test_same_turns_and_speakers_as_the_speech_flavour(iso_corpus):
    """Read back, the ISO file has the speech flavour's turns, labels and speakers."""
    for path in CORPUS[:8]:
        speech = convert(path.read_bytes(), name=str(path)).transcript
        from teikit.readers.tei import read
        back = read(iso_corpus[path.name][1], path.name)
        assert [(t.label, t.who) for t in back.turns()] == [(t.label, t.who) for t in speech.turns()]


def test_the_checker_catches_violations():
    """The constraint check is not vacuous: the speech flavour breaks ISO/TEI."""
    speech = convert(CORPUS[0].read_bytes(), name=str(CORPUS[0])).tei
    problems = iso_violations(speech)
    assert any("not an ISO/TEI body element" in p for p in problems)


def test_timed_captions_give_a_timeline_in_seconds():
    vtt = DATA / "nasa-kavandi.vtt"
    tei = convert(vtt.read_bytes(), name=str(vtt), flavour="iso").tei
    assert iso_violations(tei) == [] and jing_errors({"k": tei}) == {"k": []}
    root = etree.fromstring(tei)
    whens = root.findall(f".//{TEI}timeline/{TEI}when")
    assert whens[1].get("interval") == "3.126"
    block = root.find(f".//{TEI}annotationBlock")
    last = whens[-1].get(XML_ID)
    assert (block.get("start"), block.get("end")) == ("nasa-kavandi.T1", last)
    assert root.find(f".//{TEI}seg/{TEI}anchor").get("synch") == "nasa-kavandi.T1"


def test_the_header_describes_the_iso_segmentation():
    """The header says how the text is encoded: annotationBlock and w/pc, not the speech
    flavour's u/seg description."""
    NS = {"t": "http://www.tei-c.org/ns/1.0"}
    text = b"Q: Ready?\n\nMR. SMITH: Yes.\n"
    for flavour, expected, absent in (("iso", "annotationBlock", "One u per speaker turn"),
                                      ("speech", "One u per speaker turn", "annotationBlock")):
        tree = etree.fromstring(convert(text, "a.txt", flavour=flavour).tei)
        segmentation = tree.xpath("string(//t:encodingDesc//t:segmentation)", namespaces=NS)
        assert expected in segmentation and absent not in segmentation


def test_a_transcript_read_wholly_as_front_matter_gives_a_valid_iso_body():
    # a page's front matter alone: every line a header line, no turn, nothing after the front
    text = '---\ntitle: "Episode 4"\nguest: Ann Lee\n---\n'
    doc = convert(text.encode(), name="front.txt", flavour="iso")
    assert doc.transcript.turns() == []
    assert iso_violations(doc.tei) == [] and jing_errors({"f": doc.tei}) == {"f": []}
    block = etree.fromstring(doc.tei).find(f".//{TEI}annotationBlock")
    assert block.get("who") is None and len(block.find(f"{TEI}u")) == 0  # no speaker, no words invented
