"""The text writer: reading and source modes, wrapping, over hand-made and foreign TEI."""
from __future__ import annotations

import re
from types import SimpleNamespace

import pytest

from teikit.readers.tei import read
from teikit.writers.text import write

from .conftest import FOREIGN_FILES, check_golden


def text(data: bytes, mode="reading", width=None) -> str:
    return write(read(data, "x.xml"), SimpleNamespace(mode=mode, width=width)).decode("utf-8")


def test_reading_golden(sample_bytes):
    check_golden("sample.reading.txt", text(sample_bytes))


def test_source_golden(sample_bytes):
    check_golden("sample.source.txt", text(sample_bytes, "source"))


def test_reading_leaves_out_boilerplate_and_keeps_labels_events_notes(sample_bytes):
    out = text(sample_bytes)
    assert "mailing list" not in out and "Share this page" not in out
    assert out.startswith("Secretary Blinken and Foreign Minister Lavrov Before Their Meeting\n"
                          "Remarks to the Press, Harpa Concert Hall, Reykjavik, Iceland, May 19, 2021")
    assert "FOREIGN MINISTER LAVROV: (Via interpreter) Thank you" in out
    assert "(Laughter.)" in out and "[sic]" in out and "(Applause.)" in out
    assert "We have differences\nand we will discuss them." in out  # <lb/> is a line break


def test_source_keeps_every_character_of_the_tei_text(sample_bytes):
    from lxml import etree
    root = etree.fromstring(sample_bytes)
    tei_text = root.find("{http://www.tei-c.org/ns/1.0}text").xpath("string()")
    squash = lambda s: re.sub(r"\s+", "", s)
    assert squash(text(sample_bytes, "source")) == squash(tei_text)


def test_unlabeled_turn_takes_the_person_name():
    data = (b'<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><profileDesc><particDesc><listPerson>'
            b'<person xml:id="g"><persName>Ant\xc3\xb3nio Guterres</persName></person></listPerson>'
            b'</particDesc></profileDesc></teiHeader><text><body><u who="#g"><seg>Hello.</seg></u>'
            b'</body></text></TEI>')
    assert "António Guterres: Hello." in text(data)
    assert text(data, "source").strip() == "Hello."


def test_width_wraps_without_breaking_words(sample_bytes):
    out = text(sample_bytes, width=30)
    assert max(len(line) for line in out.splitlines()) <= 30 or "://" in out
    assert re.sub(r"\s+", " ", out) == re.sub(r"\s+", " ", text(sample_bytes))


def test_unknown_mode_is_refused(sample_bytes):
    with pytest.raises(ValueError):
        text(sample_bytes, "fancy")


@pytest.mark.parametrize("path", FOREIGN_FILES, ids=lambda p: p.stem)
def test_foreign_files_source_mode_keeps_all_text(path):
    """Every character inside <text> reaches the source view (nothing silently dropped),
    and nothing else but the view's own layout of tables and lists (`cell | cell`, `- item`)."""
    from lxml import etree
    root = etree.fromstring(path.read_bytes())
    texts = root.iter("{http://www.tei-c.org/ns/1.0}text")
    expected = re.sub(r"\s+", "", "".join(t.xpath("string()") for t in texts))
    out = re.sub(r"(?m)^- | \| ", "", text(path.read_bytes(), "source"))
    assert re.sub(r"\s+", "", out) == expected
