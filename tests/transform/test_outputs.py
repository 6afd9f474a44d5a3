"""Other outputs and options of `teikit transform`: --to json (with its published schema),
--css, --prefer, the index of a set of pages, corpus roots that include their documents."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from lxml import html as lhtml

from teikit.transform_api import transform

from .conftest import FOREIGN, ROOT, SAMPLE

STRUCTURE = SAMPLE.parent / "structure"
SCHEMA = ROOT / "teikit" / "data" / "transform-model.schema.json"


def run(*args):
    return subprocess.run([sys.executable, "-m", "teikit", "transform", *map(str, args)],
                          cwd=ROOT, capture_output=True, timeout=120)


@pytest.mark.parametrize("path", [SAMPLE, *sorted(FOREIGN.glob("*.xml")),
                                  *sorted(STRUCTURE.glob("*.tei.xml"))], ids=lambda p: p.stem)
def test_json_follows_the_published_schema(path):
    import jsonschema
    doc = json.loads(transform(path, to="json"))
    jsonschema.validate(doc, json.loads(SCHEMA.read_text("utf-8")))


def test_json_turns_have_speaker_text_and_ids():
    doc = json.loads(transform(SAMPLE, to="json"))
    turns = [b for b in doc["blocks"] if b["type"] == "Turn"]
    assert turns[1]["speaker"] == "FOREIGN MINISTER LAVROV:" and turns[1]["who"] == "lavrov"
    assert turns[1]["interpreted"] and turns[1]["delivery"] == ["(Via interpreter)"]
    assert turns[0]["id"] == "sample.u1" and "(Laughter.)" in turns[0]["paragraphs"][0]
    assert {p["id"] for p in doc["persons"]} == {"blinken", "lavrov", "interpreter"}
    assert doc["setting"]["date_iso"] == "2021-05-19"


def test_json_schema_rejects_a_turn_without_speaker():
    import jsonschema
    doc = json.loads(transform(SAMPLE, to="json"))
    turn = next(b for b in doc["blocks"] if b["type"] == "Turn")
    del turn["speaker"]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(doc, json.loads(SCHEMA.read_text("utf-8")))


def test_css_file_is_added_after_teikits_own(tmp_path):
    css = tmp_path / "extra.css"
    css.write_text("main { color: #000; } /* </style><script>x</script> */", "utf-8")
    r = run("--to", "html", "--css", css, SAMPLE)
    assert r.returncode == 0, r.stderr
    doc = lhtml.document_fromstring(r.stdout.decode())
    styles = doc.xpath("//style")
    assert len(styles) == 2 and "main { color: #000; }" in styles[1].text
    assert not doc.xpath("//script")


def test_missing_css_file_is_a_one_line_usage_error(tmp_path):
    r = run("--to", "html", "--css", tmp_path / "nope.css", SAMPLE)
    assert r.returncode == 2 and b"nope.css" in r.stderr and b"Traceback" not in r.stderr


def test_prefer_on_the_command_line():
    r = run("--prefer", "sic", "--prefer", "abbr", STRUCTURE / "readings.tei.xml")
    assert r.returncode == 0, r.stderr
    assert "In 17241728 the Dr. wrote of favor." in r.stdout.decode()
    bad = run("--prefer", "nonsense", SAMPLE)
    assert bad.returncode == 2 and b"--prefer" in bad.stderr


def test_index_sorted_by_date_then_title_with_facts(tmp_path):
    site = tmp_path / "site"
    r = run("--to", "html", *sorted(FOREIGN.glob("dracor-*.xml")), "-o", site)
    assert r.returncode == 0, r.stderr
    doc = lhtml.document_fromstring((site / "index.html").read_text("utf-8"))
    assert doc.xpath("string(//h1)") == "Plays"
    items = [li.text_content() for li in doc.xpath("//ol[@class='documents']/li")]
    assert len(items) == 3 and all("turns" in i and "KB" in i for i in items)
    dates = [i.split(" — ")[1].split(";")[0] for i in items]
    assert dates == sorted(dates)


def test_corpus_root_renders_the_documents_it_includes(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(FOREIGN / "siparl-KPZONOJFSPD-1998-11-25.xml", corpus / "session.xml")
    (tmp_path / "outside.xml").write_bytes((FOREIGN / "parla-clarin-exemplar.xml").read_bytes())
    (corpus / "root.xml").write_text(
        '<teiCorpus xmlns="http://www.tei-c.org/ns/1.0" xmlns:xi="http://www.w3.org/2001/XInclude">'
        '<teiHeader><fileDesc><titleStmt><title>C</title></titleStmt></fileDesc><profileDesc>'
        '<particDesc><listPerson><person xml:id="KužnikRafael"><persName><forename>Rafael'
        '</forename><surname>Kužnik</surname></persName></person></listPerson></particDesc>'
        '</profileDesc></teiHeader><xi:include href="session.xml"/>'
        '<xi:include href="../outside.xml"/><xi:include href="file:///etc/passwd"/>'
        '<xi:include href="missing.xml"/></teiCorpus>', "utf-8")
    out = tmp_path / "site"
    out.mkdir()
    r = run("--to", "html", corpus / "root.xml", "-o", out)
    errors = r.stderr.decode()
    assert "'../outside.xml' not rendered: outside the corpus folder" in errors
    assert "'file:///etc/passwd' not rendered" in errors and "'missing.xml' not rendered: not found" in errors
    page = (out / "session.html").read_text("utf-8")
    assert "Rafael Kužnik" in page  # the root's persons resolve the session's @who
    assert not (out / "outside.html").exists()


def test_corpus_root_on_standard_input_says_why_nothing_is_rendered():
    root = (b'<teiCorpus xmlns="http://www.tei-c.org/ns/1.0" xmlns:xi="http://www.w3.org/2001/XInclude">'
            b'<teiHeader><fileDesc><titleStmt><title>C</title></titleStmt></fileDesc></teiHeader>'
            b'<xi:include href="session.xml"/></teiCorpus>')
    r = subprocess.run([sys.executable, "-m", "teikit", "transform", "-"], input=root,
                       cwd=ROOT, capture_output=True, timeout=120)
    assert b"xi:include(s) not rendered: standard input has no folder" in r.stderr
    assert r.stderr.count(b"\n") == 1 and b"Traceback" not in r.stderr
