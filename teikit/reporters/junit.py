"""JUnit XML, one testcase per file, for GitLab (`artifacts:reports:junit`) and Jenkins.

An invalid file is a <failure> and an unreadable one an <error>, with every diagnostic in
the element's body, where both CI systems show it; warnings of a valid file go to
<system-out>. No timings: they would make the report differ from run to run.
"""
from __future__ import annotations

import xml.etree.ElementTree as ET

from teikit.reporters import one_line
from teikit.reporters.text import line

SUITE = "teikit validate"
CLASSNAME = "teikit.validate"


def render(report) -> str:
    failures = sum(not r.valid and not r.unreadable for r in report.results)
    errors = sum(r.unreadable for r in report.results)
    counts = {"tests": str(report.files), "failures": str(failures), "errors": str(errors)}
    root = ET.Element("testsuites", {"name": SUITE, **counts})
    suite = ET.SubElement(root, "testsuite", {"name": SUITE, **counts, "skipped": "0"})
    for result in report.results:
        _testcase(suite, result)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, "unicode") + "\n"


def _testcase(suite: ET.Element, result) -> None:
    # one_line also drops the control characters XML 1.0 cannot carry, even escaped.
    name = one_line(result.name)
    case = ET.SubElement(suite, "testcase", {"classname": CLASSNAME, "name": name, "file": name})
    body = "\n".join(line(d) for d in result.diagnostics)
    if result.unreadable:
        first = result.diagnostics[0]
        attrs = {"type": one_line(first.rule), "message": one_line(first.message)}
        ET.SubElement(case, "error", attrs).text = body
    elif not result.valid:
        message = f"{result.errors} error{'s' if result.errors != 1 else ''}"
        ET.SubElement(case, "failure", {"type": "invalid", "message": message}).text = body
    elif body:
        ET.SubElement(case, "system-out").text = body

