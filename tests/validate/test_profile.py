"""The teikit profile (tei_all + teikit/data/teikit.sch): one broken file per rule, caught by
exactly that rule, and a good file that passes everything."""
from __future__ import annotations

import pytest
from test_engine_docs import run, tei

HEADER = """
    <encodingDesc><classDecl><taxonomy xml:id="delivery">
      <category xml:id="interpreted"><catDesc>via interpreter</catDesc></category>
    </taxonomy></classDecl></encodingDesc>
    <profileDesc><particDesc><listPerson>
      <person xml:id="blinken"><persName>Antony J. Blinken</persName></person>
    </listPerson></particDesc></profileDesc>"""
GOOD_U = '<u xml:id="D.u1" who="#blinken" ana="#interpreted"><seg xml:id="D.u1.1">Hi.</seg></u>'


def profile_run(u: str):
    text = tei(f"<div>{u}</div>", header_extra=HEADER)
    return run(("doc.xml", text), profile="teikit", engine="lxml")["doc.xml"]


def test_good_file_passes_the_profile():
    assert profile_run(GOOD_U) == []


@pytest.mark.parametrize("rule, u", [
    ("teikit:who-resolves", GOOD_U.replace('who="#blinken"', 'who="#interpreted"')),
    ("teikit:u-has-id", GOOD_U.replace('xml:id="D.u1" ', "")),
    ("teikit:ana-resolves", GOOD_U.replace('ana="#interpreted"', 'ana="#blinken"')),
    ("teikit:unique-ids", GOOD_U.replace('xml:id="D.u1.1"', 'xml:id="D.u1"')),
])
def test_each_rule_catches_its_broken_file(rule, u):
    found = profile_run(u)
    profile_rules = {d.rule for d in found if d.rule.startswith("teikit:")}
    assert profile_rules == {rule}
    hit = next(d for d in found if d.rule == rule)
    assert hit.line == 18  # the line of the <u> and hit.severity == "error"


def test_profile_who_with_several_tokens_needs_all_to_resolve():
    found = profile_run(GOOD_U.replace('who="#blinken"', 'who="#blinken #interpreted"'))
    assert "teikit:who-resolves" in {d.rule for d in found}
