"""Per-element attribute pruning: each element pattern keeps only the attributes that occur
on elements of its name in the batch, and verdicts stay those of jing / the full tei_all."""
from __future__ import annotations

from test_engine_docs import needs_jing, rules, run, tei

from teikit.validate import jing
from teikit.validate.rngprune import names_in_bytes
from teikit.validate.schemas import default_schema

# @who exists in the batch (on <sp>) and @rend too (on <hi>), but never on <p>.
SP = tei('<div><sp xml:id="a" who="#a"><speaker>A</speaker><p>Hi <hi rend="b">there</hi></p></sp></div>')
P_WHO = tei('<p xml:id="a">x</p>\n      <p who="#a">bad</p>')
P_REND = tei('<p rend="x">fine</p>')


def test_byte_scan_gives_element_attribute_pairs():
    names = names_in_bytes(b'<TEI xmlns="x"><tei:sp who="#a" xml:id=\'s1\'><pb/>'
                           b'<p rend = "a>b">say = "hi</p><q n="1">x</q></tei:sp></TEI>')
    assert {"sp", "pb", "p", "q", "@who", "@id", "sp@who", "sp@id", "p@rend", "q@n"} <= names
    assert "p@who" not in names and "q@rend" not in names


def test_attribute_of_one_document_is_not_allowed_on_another_element_of_the_batch():
    found = run(("sp.xml", SP), ("p-who.xml", P_WHO), ("p-rend.xml", P_REND), engine="lxml")
    assert found["sp.xml"] == [] and found["p-rend.xml"] == []
    assert rules(found["p-who.xml"]) == ["relaxng"]
    assert found["p-who.xml"][0].line == 13


def test_same_verdicts_alone_and_in_a_batch():
    for doc in (SP, P_WHO, P_REND):
        alone = run(("d.xml", doc), engine="lxml")["d.xml"]
        batch = run(("sp.xml", SP), ("d.xml", doc), ("r.xml", P_REND), engine="lxml")["d.xml"]
        assert alone == batch


def test_attribute_hidden_from_the_byte_scan_is_confirmed_on_the_tree():
    # The entity's elements and attributes never appear as markup in the bytes, so the first
    # grammar is pruned too much; the "invalid" verdict must be re-checked, not reported.
    doc = tei("<p>&e;</p>", prolog='<?xml version="1.0"?>\n<!DOCTYPE TEI [\n'
              "<!ENTITY e '&#60;hi rend=\"b\">x&#60;/hi>'>\n]>\n")
    assert run(("e.xml", doc), ("sp.xml", SP), engine="lxml")["e.xml"] == []


@needs_jing
def test_invalid_attribute_reported_like_jing(tmp_path):
    path = tmp_path / "p-who.xml"
    path.write_text(P_WHO)
    theirs = jing.run(str(default_schema()), [("p-who.xml", path.read_bytes())])["p-who.xml"]
    ours = run(("sp.xml", SP), ("p-who.xml", P_WHO), engine="lxml")["p-who.xml"]
    assert theirs and ours and ours[0].line == theirs[0].line
