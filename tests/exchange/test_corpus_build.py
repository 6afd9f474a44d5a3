"""`teikit convert DIR --corpus NAME -o OUT`: components plus a teiCorpus root with one
shared listPerson, checked on the sample corpus (corpus/dev, and corpus/dev2 when present)."""
from __future__ import annotations

import shutil
from collections import defaultdict

import pytest
from lxml import etree

from teikit.corpus import name_key

from .conftest import ROOT, jing_errors, teikit

TEI = "{http://www.tei-c.org/ns/1.0}"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
DEV = sorted((ROOT / "corpus" / "dev").glob("*.txt")) + sorted((ROOT / "corpus" / "dev2").glob("*.txt"))


def expanded(root_path):
    tree = etree.parse(str(root_path), etree.XMLParser(no_network=True, resolve_entities=False))
    tree.xinclude()
    return tree.getroot()


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    folder = tmp_path_factory.mktemp("corpus")
    inputs = folder / "in"
    inputs.mkdir()
    for path in DEV:
        shutil.copy(path, inputs / path.name)
    r = teikit("convert", inputs, "--corpus", "dev", "-o", folder / "out")
    assert r.returncode == 0, r.stderr
    return folder, r.stderr.decode()


def test_root_includes_every_transcript_and_prints_a_summary(built):
    folder, stderr = built
    root = etree.parse(str(folder / "out" / "dev.xml")).getroot()
    hrefs = [el.get("href") for el in root.iter("{http://www.w3.org/2001/XInclude}include")]
    assert hrefs == [p.stem + ".xml" for p in DEV]
    measures = {m.get("unit"): int(m.get("quantity")) for m in root.iter(f"{TEI}measure")}
    big = expanded(folder / "out" / "dev.xml")
    turns = big.findall(f"{TEI}TEI//{TEI}u")
    assert measures["documents"] == len(DEV) == len(big.findall(f"{TEI}TEI"))
    assert measures["turns"] == len(turns)
    assert measures["speakers"] == len({u.get("who") for u in turns if u.get("who")})
    assert measures["words"] > 50_000
    date = root.find(f".//{TEI}extent/{TEI}date")
    assert date.get("from") < date.get("to")
    assert (f"teikit: corpus dev: {len(DEV)} documents, {measures['turns']} turns, "
            f"{measures['words']} words, {measures['speakers']} speakers, "
            f"{date.get('from')} to {date.get('to')}") in stderr


def test_every_who_resolves_through_the_root_and_components_list_no_one(built):
    folder, _ = built
    big = expanded(folder / "out" / "dev.xml")
    header_persons = big.find(f"{TEI}teiHeader").findall(f".//{TEI}person")
    ids = {p.get(XML_ID) for p in header_persons}
    whos = {u.get("who").lstrip("#") for u in big.iter(f"{TEI}u") if u.get("who")}
    assert whos and whos <= ids
    assert not big.findall(f"{TEI}TEI//{TEI}person")  # components hold no persons
    assert len(ids) == len(header_persons)


def test_one_person_per_full_name_and_never_merged_on_a_surname(built):
    folder, _ = built
    root = etree.parse(str(folder / "out" / "dev.xml")).getroot()
    by_key = defaultdict(list)
    surnames = defaultdict(list)
    for p in root.iter(f"{TEI}person"):
        pers = p.find(f"{TEI}persName")
        name = "".join(pers.itertext())
        if pers.find(f"{TEI}roleName") is not None:  # a role, not a name ("Moderator")
            surnames[name].append(p.get(XML_ID))
        elif name_key(name):
            by_key[name_key(name)].append(p.get(XML_ID))
        else:
            surnames[name].append(p.get(XML_ID))
    assert all(len(v) == 1 for v in by_key.values()), by_key
    # Antony J. Blinken speaks in several documents: one person, every turn points at it
    (blinken,) = by_key[("antony", "blinken")]
    big = expanded(folder / "out" / "dev.xml")
    docs = {u.getparent().getparent().getparent().getparent().get(XML_ID)
            for u in big.iter(f"{TEI}u") if u.get("who") == f"#{blinken}"}
    assert len(docs) >= 5
    # "SECRETARY BLINKEN:" alone in other documents: separate persons, one per document
    assert len(surnames["Blinken"]) >= 2


def test_validate_xinclude_and_jing_on_the_expanded_root(built):
    folder, _ = built
    r = teikit("validate", "--xinclude", folder / "out" / "dev.xml")
    assert r.returncode == 0 and b"1 file, all valid" in r.stdout + r.stderr
    r = teikit("validate", folder / "out" / "dev.xml")
    assert r.returncode == 1  # without expansion the xi:include elements are not TEI
    big = etree.tostring(expanded(folder / "out" / "dev.xml"))
    assert jing_errors({"dev-expanded.xml": big}) == {"dev-expanded.xml": []}


def test_adding_a_file_keeps_every_id_and_file(tmp_path):
    first, last = DEV[:-1], DEV[-1]
    (tmp_path / "in").mkdir()
    for path in first:
        shutil.copy(path, tmp_path / "in" / path.name)
    out = tmp_path / "out"
    assert teikit("convert", tmp_path / "in", "--corpus", "dev", "-o", out, "-q").returncode == 0
    before_root = etree.parse(str(out / "dev.xml")).getroot()
    before_persons = [(p.get(XML_ID), etree.tostring(p, with_tail=False)) for p in before_root.iter(f"{TEI}person")]
    before_files = {p.name: p.read_bytes() for p in out.glob("*.xml") if p.name != "dev.xml"}
    r = teikit("convert", last, "--corpus", "dev", "-o", out)
    assert r.returncode == 0, r.stderr
    assert "(added or updated 1)" in r.stderr.decode()
    after_root = etree.parse(str(out / "dev.xml")).getroot()
    after_persons = [(p.get(XML_ID), etree.tostring(p, with_tail=False)) for p in after_root.iter(f"{TEI}person")]
    assert after_persons[:len(before_persons)] == before_persons  # ids and entries kept
    assert {p.name: p.read_bytes() for p in out.glob("*.xml")
            if p.name in before_files} == before_files  # components untouched
    hrefs = [el.get("href") for el in after_root.iter("{http://www.w3.org/2001/XInclude}include")]
    assert hrefs == [p.stem + ".xml" for p in first] + [last.stem + ".xml"]
    assert not list(out.glob(".*.tmp"))  # nothing half-written left behind


def test_registry_makes_surname_labels_one_person(tmp_path):
    registry = tmp_path / "persons.toml"
    registry.write_text('[[person]]\nlabels = ["SECRETARY BLINKEN", "Antony J. Blinken"]\n'
                        'id = "blinken"\nname = "Antony J. Blinken"\nwikidata = "Q4773571"\n',
                        encoding="utf-8")
    r = teikit("convert", ROOT / "corpus" / "dev", "--corpus", "dev", "-o", tmp_path / "out",
               "--persons", registry, "-q")
    assert r.returncode == 0, r.stderr
    root = etree.parse(str(tmp_path / "out" / "dev.xml")).getroot()
    names = ["".join(p.find(f"{TEI}persName").itertext()) for p in root.iter(f"{TEI}person")]
    assert "Blinken" not in names and names.count("Antony J. Blinken") == 1


def test_a_failed_corpus_run_changes_nothing(tmp_path):
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "dev.xml").write_text("<TEI/>", encoding="utf-8")
    r = teikit("convert", DEV[0], "--corpus", "dev", "-o", tmp_path / "out")
    assert r.returncode == 2 and b"not a teiCorpus root" in r.stderr
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["dev.xml"]
    r = teikit("convert", DEV[0], "--corpus", "my corpus", "-o", tmp_path / "o2")
    assert r.returncode == 2 and r.stderr.count(b"\n") == 1 and not (tmp_path / "o2").exists()
