"""Every corpus transcript converts to valid, lossless, deterministic TEI."""
from __future__ import annotations

import re

import pytest
from lxml import etree

from teikit import convert
from teikit.model.nonxml import VISIBLE
from tests.convert.conftest import CORPUS
from tests.corpus_outputs import corpus_tei

TEI = "{http://www.tei-c.org/ns/1.0}"


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text.replace("\ufeff", ""))


@pytest.fixture(scope="module")
def converted():
    return {p.stem: (p.read_bytes(), corpus_tei(p)) for p in CORPUS}


def test_corpus_is_not_empty():
    assert len(CORPUS) >= 30


@pytest.mark.parametrize("flavour", ["speech", "drama"])
def test_every_output_is_valid_tei_all_and_teikit_profile(validate_tei, flavour):
    outputs = {p.stem: corpus_tei(p, flavour) for p in CORPUS}
    errors = validate_tei(outputs, profile="teikit" if flavour == "speech" else None)
    assert {k: v for k, v in errors.items() if v} == {}


def test_text_keeps_every_non_whitespace_character_in_order(converted):
    for stem, (source, tei) in converted.items():
        assert_lossless(stem, source, tei)


def test_drama_flavour_keeps_every_non_whitespace_character_in_order():
    for path in CORPUS:
        assert_lossless(path.stem, path.read_bytes(), corpus_tei(path, "drama"))


def assert_lossless(stem: str, source: bytes, tei: bytes) -> None:
    """(A character XML cannot hold is a `g` showing its visible substitute: `model.nonxml`.)"""
    text = "".join(etree.fromstring(tei).find(f"{TEI}text").itertext())
    assert squash(text) == squash(source.decode("utf-8").translate(VISIBLE)), stem


def test_same_input_gives_byte_identical_output_whatever_the_name_path(converted, tmp_path):
    stem, (source, tei) = next(iter(converted.items()))
    copy = tmp_path / "elsewhere" / f"{stem}.txt"
    copy.parent.mkdir()
    copy.write_bytes(source)
    assert convert(copy.read_bytes(), name=str(copy)).tei == tei


def test_every_printed_label_is_kept_verbatim_before_its_turn(converted):
    source, tei = converted["131"]
    root = etree.fromstring(tei)
    labels = [n.text for n in root.iter(f"{TEI}note") if n.get("type") == "speaker"]
    assert labels == re.findall(r"^([A-Z][A-Z .]+:)", source.decode(), re.M)
