"""`teikit report merge`: one report from the reports of several runs (the shards of a CI
matrix, `teikit validate --shard K/N`), in JSON, JUnit or SARIF, as one run would give it.

Files are put in the order `teikit validate` walks a folder (a folder's files by name,
then its subfolders), so merging the shards of a run over one folder gives the report of
the unsharded run, byte for byte. Counts and summaries are recomputed; the exit code is
the merged report's: 0 all valid, 1 some invalid, 2 some input could not be read.
"""
from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import unquote

from teikit.errors import TeikitError


def walk_key(path: str) -> tuple:
    """Sort key giving the order of a folder walk: at each level, files before folders,
    then by name; archive members (`a.zip!/x/y.xml`) under their archive."""
    parts = path.replace("!/", "/").split("/")
    return tuple((0 if i == len(parts) - 1 else 1, part) for i, part in enumerate(parts))


def detect(text: str) -> str:
    stripped = text.lstrip()
    if stripped.startswith("<"):
        return "junit"
    try:
        data = json.loads(stripped)
    except json.JSONDecodeError:
        data = None
    if isinstance(data, dict) and data.get("format") == "teikit-validate":
        return "json"
    if isinstance(data, dict) and "runs" in data and str(data.get("version")) == "2.1.0":
        return "sarif"
    raise TeikitError("not a teikit JSON, JUnit or SARIF report")


def merge(texts: list[str]) -> tuple[str, str, int]:
    """(format, merged report, exit code) of reports in one format."""
    formats = {detect(t) for t in texts}
    if len(formats) != 1:
        raise TeikitError(f"reports of different formats cannot be merged ({', '.join(sorted(formats))})")
    fmt = formats.pop()
    return (fmt, *{"json": _merge_json, "junit": _merge_junit, "sarif": _merge_sarif}[fmt](texts))


def _merge_json(texts: list[str]) -> tuple[str, int]:
    from teikit.diagnostics import Diagnostic
    from teikit.reporters import render
    from teikit.validate_api import DocumentResult, Report
    results = []
    for text in texts:
        for f in json.loads(text)["files"]:
            results.append(DocumentResult(f["path"], [Diagnostic(**d) for d in f["diagnostics"]],
                                          f.get("engine", "")))
    report = Report(sorted(results, key=lambda r: walk_key(r.name)))
    return render("json", report), report.exit_code


def _merge_junit(texts: list[str]) -> tuple[str, int]:
    from teikit.reporters.junit import SUITE
    cases = []
    for text in texts:
        try:
            root = ET.fromstring(text.encode("utf-8"))
        except ET.ParseError as exc:
            raise TeikitError(f"not a JUnit report: {exc}") from None
        cases += root.iter("testcase")
    cases.sort(key=lambda case: walk_key(case.get("name", "")))
    failures = sum(case.find("failure") is not None for case in cases)
    errors = sum(case.find("error") is not None for case in cases)
    counts = {"tests": str(len(cases)), "failures": str(failures), "errors": str(errors)}
    root = ET.Element("testsuites", {"name": SUITE, **counts})
    suite = ET.SubElement(root, "testsuite", {"name": SUITE, **counts, "skipped": "0"})
    for case in cases:
        case.tail = None
        for child in case.iter():
            if len(child):
                child.text = None if not (child.text or "").strip() else child.text
            child.tail = None
        suite.append(case)
    ET.indent(root)
    text = '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, "unicode") + "\n"
    return text, 2 if errors else 1 if failures else 0


def _merge_sarif(texts: list[str]) -> tuple[str, int]:
    from teikit.reporters import json_text
    runs = [json.loads(text)["runs"][0] for text in texts]
    described = {rule["id"]: rule for run in runs for rule in run["tool"]["driver"]["rules"]}
    results = [result for run in runs for result in run["results"]]
    results.sort(key=lambda r: walk_key(unquote(
        r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"])))
    rules = list(dict.fromkeys(r["ruleId"] for r in results))
    index = {rule: i for i, rule in enumerate(rules)}
    for result in results:
        result["ruleIndex"] = index[result["ruleId"]]
    driver = dict(runs[0]["tool"]["driver"], rules=[described[r] for r in rules])
    run = dict(runs[0], tool={"driver": driver}, results=results)
    sarif = {"$schema": json.loads(texts[0])["$schema"], "version": "2.1.0", "runs": [run]}
    invalid = any(r["level"] == "error" for r in results)
    return json_text(sarif), 1 if invalid else 0


def run_merge(inputs, output: Path | None = None) -> int:
    """`teikit report merge REPORT... [-o FILE]`."""
    from teikit.files import atomic_write
    texts = []
    for name in inputs:
        try:
            texts.append(Path(name).read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError) as exc:
            raise TeikitError(f"{name}: cannot read: {getattr(exc, 'strerror', None) or exc}") \
                from None
    try:
        _, text, code = merge(texts)
    except (KeyError, IndexError, TypeError, ValueError) as exc:
        raise TeikitError(f"a report is incomplete or not teikit's: {exc}") from None
    if output is not None:
        atomic_write(output, text.encode("utf-8"))
    else:
        sys.stdout.write(text)
    return code
