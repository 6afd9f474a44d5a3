"""Real projects' Schematron: the constraints ParlaMint's ODD embeds in its RELAX NG
(`ParlaMint.odd.rng`) and Parla-CLARIN's standalone `parla-clarin.sch`, run with
`teikit validate --schema ... [--embedded-schematron]` on the projects' own files (no finding)
and on copies with one real constraint broken (the finding, its rule id, severity, line).
Provenance of the schemas: tests/data/validate/README.md."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_engine_docs import needs_jing
from typer.testing import CliRunner

from teikit.cli import app

pytest.importorskip("saxonche")

DATA = Path(__file__).resolve().parent.parent / "data"
SCHEMAS = DATA / "validate" / "schematron"
PARLAMINT_RNG = SCHEMAS / "ParlaMint.odd.rng"
PARLA_CLARIN_SCH = SCHEMAS / "parla-clarin.sch"
GB_ROOT = DATA / "validate" / "diff" / "parlamint-GB-root.xml"
SI_ANA = DATA / "foreign" / "parlamint-SI-2022-04-06-ana-excerpt.xml"
EXEMPLAR = DATA / "validate" / "diff" / "parla-clarin-exemplar.xml"


def validate(*args) -> tuple[int, dict]:
    result = CliRunner().invoke(app, ["validate", "--format", "json", *map(str, args)])
    assert result.exit_code in (0, 1), result.output
    report = json.loads(result.stdout[result.stdout.index("{"):result.stdout.rindex("}") + 1])
    return result.exit_code, report


def findings(report, prefix="schematron") -> list[tuple]:
    return [(Path(d["path"]).name, d["line"], d["severity"], d["rule"], d["message"])
            for f in report["files"] for d in f["diagnostics"] if d["rule"].startswith(prefix)]


def edited(tmp_path, source: Path, *changes: tuple[str, str]) -> Path:
    """A copy of a real file with a few strings changed, each found exactly once."""
    text = source.read_text(encoding="utf-8")
    for old, new in changes:
        assert text.count(old) == 1, f"{old!r} not found once in {source.name}"
        text = text.replace(old, new)
    out = tmp_path / f"edited-{source.name}"
    out.write_text(text, encoding="utf-8")
    return out


# ParlaMint's GB root with @from added to a <date when>: TEI's att.datable.w3c constraint.
WHEN_AND_FROM = ('<date when="2024-01-23">', '<date when="2024-01-23" from="2024-01-01">')


def test_parlamint_files_meet_the_constraints_of_parlamint_odd():
    """ParlaMint's own files: the 20 constraints of its ODD find nothing (the GB root is
    also valid against the grammar; the SI excerpt is not: its encoding is newer than the
    2023 ODD, a grammar error that is not the Schematron's business)."""
    code, report = validate("--schema", PARLAMINT_RNG, "--embedded-schematron", GB_ROOT, SI_ANA)
    assert findings(report) == []
    verdicts = {Path(f["path"]).name: f["valid"] for f in report["files"]}
    assert verdicts == {GB_ROOT.name: True, SI_ANA.name: False}
    assert [(d["line"], d["rule"]) for f in report["files"] for d in f["diagnostics"]
            if d["severity"] == "error"] == [(10, "relaxng"), (49, "relaxng")]


def test_a_nonfatal_parlamint_constraint_is_a_warning_and_keeps_the_file_valid(tmp_path):
    """TEI's att.datable.w3c constraint, as ParlaMint's ODD carries it: @when with @from is
    a report with role="nonfatal" -> a warning on the <date>'s line."""
    doc = edited(tmp_path, GB_ROOT, WHEN_AND_FROM)
    code, report = validate("--schema", PARLAMINT_RNG, "--embedded-schematron", doc)
    assert findings(report) == [(doc.name, 38, "warning",
                                 "schematron:parlamint-att.datable.w3c-att-datable-w3c-when-"
                                 "constraint-rule-1",
                                 "The @when attribute cannot be used with any other "
                                 "att.datable.w3c attributes.")]
    assert code == 0 and report["files"][0]["valid"] is True
    assert {d["schema"] for d in report["files"][0]["diagnostics"]
            if d["rule"].startswith("schematron")} == {"ParlaMint.odd.rng#schematron"}


def test_a_parlamint_link_with_one_target_breaks_its_assert(tmp_path):
    """ParlaMint's own constraint on <link> (the grammar allows one or two targets, the
    assert wants two): an error naming the pattern, on the link's line."""
    doc = edited(tmp_path, SI_ANA,
                 ('target="#ParlaMint-SI_2022-04-06-SDZ8-Izredna-99.ana.seg1.1.2 #Parla',
                  'target="#Parla'))
    code, report = validate("--schema", PARLAMINT_RNG, "--embedded-schematron", doc)
    assert findings(report) == [(doc.name, 66, "error",
                                 "schematron:parlamint-link-linkTargets3-constraint-assert-5",
                                 "You must supply at least two values for @target or on link")]
    assert code == 1


def test_embedded_constraints_run_only_on_request(tmp_path):
    doc = edited(tmp_path, GB_ROOT, WHEN_AND_FROM)
    code, report = validate("--schema", PARLAMINT_RNG, doc)
    assert findings(report) == [] and code == 0


def jing_results(*paths: Path) -> dict[str, list]:
    from lxml import etree

    from teikit.validate import jing
    docs = [(path.name, jing.safe_input(path.read_bytes(), etree.parse(str(path))))
            for path in paths]
    return {name: [d.to_dict() for d in found]
            for name, found in jing.run(PARLAMINT_RNG, docs).items()}


def first_error_line(diagnostics) -> int | None:
    return next((d["line"] for d in diagnostics if d["severity"] == "error"), None)


@needs_jing
def test_grammar_verdicts_on_parlamint_odd_are_jings(tmp_path):
    """jing ignores ISO Schematron embedded in RELAX NG: teikit's grammar verdicts stay
    jing's, the constraints come on top."""
    doc = edited(tmp_path, GB_ROOT, WHEN_AND_FROM)
    theirs = jing_results(GB_ROOT, SI_ANA, doc)
    code, report = validate("--schema", PARLAMINT_RNG, "--embedded-schematron",
                            GB_ROOT, SI_ANA, doc)
    ours = {Path(f["path"]).name: f["valid"] for f in report["files"]}
    assert ours == {name: not found for name, found in theirs.items()}
    assert ours == {GB_ROOT.name: True, SI_ANA.name: False, doc.name: True}


@needs_jing
def test_first_grammar_error_on_parlamint_odd_is_jings():
    code, report = validate("--schema", PARLAMINT_RNG, SI_ANA)
    assert (first_error_line(report["files"][0]["diagnostics"])
            == first_error_line(jing_results(SI_ANA)[SI_ANA.name]))


def test_parla_clarin_exemplar_meets_parla_clarin_sch():
    code, report = validate("--schema", PARLA_CLARIN_SCH, EXEMPLAR)
    assert findings(report) == [] and code == 0


def test_nested_debate_divisions_break_parla_clarin_sch(tmp_path):
    """Parla-CLARIN's one constraint: a debate-type div not inside another; the list of
    types is a `let` in a second pattern (XPath 2 sequence, queryBinding xslt2)."""
    doc = edited(tmp_path, EXEMPLAR,
                 ("<div>\n               <!-- An example of starting a new meeting",
                  '<div type="questions">\n               <!-- An example of starting a new meeting'),
                 ('<div xml:id="agenda.1">', '<div xml:id="agenda.1" type="petitions">'))
    code, report = validate("--schema", PARLA_CLARIN_SCH, doc)
    assert findings(report) == [(doc.name, 315, "error",
                                 "schematron:schematron-constraint-tei_clarin-div-divtype-1",
                                 "A text division of type petitions should not occur inside "
                                 "div with type value questions.")]
    assert code == 1


# One trigger for each of ParlaMint's embedded patterns (the RELAX NG would refuse most of
# these; the Schematron still runs): every rule compiles and evaluates under Saxon, with
# `current()`, `id()`, a rule-level `let` and the `tei` prefix declared inside <TEI>'s
# definition. Not triggered: the two abstract-model rules about <l>/<lg> and <ab>/<p>
# parents of <p>/<div>, and @passive without @active.
TRIGGERS = """<TEI xmlns="http://www.tei-c.org/ns/1.0">
<teiHeader><fileDesc><titleStmt><title>t</title></titleStmt></fileDesc></teiHeader>
<text><body><div type="debateSection">
<s><s>x</s></s>
<relation name="coalition" active="#a" mutual="#b"/>
<relation/>
<name subtype="x">n</name>
<quotation/>
<schemaSpec source="#a #b"/>
<desc type="deprecationInfo">d</desc>
<ab><p>q</p></ab>
<l><div/></l>
<anchor spanTo="#nowhere"/><anchor spanTo="#later"/><seg xml:id="later"/>
<date calendar="#c"/>
<measure unit="cm" unitRef="#u"/>
<ref target="#a" cRef="b"/>
<link target="#a"/>
<date when="2000" from="1999"/><date from="1999" notBefore="1990"/><date to="1999" notAfter="2000"/>
</div></body></text></TEI>
"""


def test_every_parlamint_constraint_runs(tmp_path):
    doc = tmp_path / "triggers.xml"
    doc.write_text(TRIGGERS, encoding="utf-8")
    code, report = validate("--schema", PARLAMINT_RNG, "--embedded-schematron", doc)
    found = [(line, severity, rule.removeprefix("schematron:parlamint-"))
             for _, line, severity, rule, _ in findings(report)]
    assert found == [
        (4, "error", "s-noNestedS-constraint-report-12"),
        (5, "error", "relation-activemutual-constraint-report-10"),
        (6, "error", "relation-reforkeyorname-constraint-assert-4"),
        (7, "error", "att.typed-subtypeTyped-constraint-rule-9"),
        (8, "error", "quotation-quotationContents-constraint-report-7"),
        (9, "error", "att.global.source-source-only_1_ODD_source-constraint-rule-7"),
        (10, "error", "desc-deprecationInfo-only-in-deprecated-constraint-rule-6"),
        (11, "error", "p-abstractModel-structure-p-in-ab-or-p-constraint-report-4"),
        (12, "error", "div-abstractModel-structure-div-in-l-or-lg-constraint-report-8"),
        (13, "error", "att.spanning-spanTo-spanTo-points-to-following-constraint-rule-5"),
        (14, "error", "att.datable-calendar-calendar-constraint-rule-4"),
        (15, "info", "att.measurement-att-measurement-unitRef-constraint-rule-8"),
        (16, "error", "ref-refAtts-constraint-report-6"),
        (17, "error", "link-linkTargets3-constraint-assert-5"),
        (18, "warning", "att.datable.w3c-att-datable-w3c-when-constraint-rule-1"),
        (18, "warning", "att.datable.w3c-att-datable-w3c-from-constraint-rule-2"),
        (18, "warning", "att.datable.w3c-att-datable-w3c-to-constraint-rule-3"),
    ]
    assert "(This one has 2.)" in next(d["message"] for f in report["files"]
                                       for d in f["diagnostics"] if "source-only" in d["rule"])
