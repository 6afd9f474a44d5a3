"""SARIF 2.1.0, for GitHub code scanning and other static-analysis dashboards.

Archive members are located on the archive (an artifact that exists in the repository) with
the member and its line in the message, as SARIF regions cannot point inside an archive.
"""
from __future__ import annotations

from urllib.parse import quote

from teikit.reporters import json_text, split_archive_path

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVELS = {"error": "error", "warning": "warning", "info": "note"}
# What each rule means, for the dashboards' rule list; unknown rules get their own id.
RULE_DESCRIPTIONS = {
    "xml-syntax": "The document is not well-formed XML.",
    "xml-entities": "The document declares or uses entities that are not allowed.",
    "encoding": "The document's encoding is wrong or undeclared.",
    "not-tei": "The root element is not a TEI element.",
    "relaxng": "The document does not match the RELAX NG schema.",
    "jing": "The document does not match the schema (checked with jing).",
    "xsd": "The document does not match the XML Schema.",
    "schematron": "A Schematron rule failed.",
    "duplicate-id": "An xml:id is used more than once.",
    "dangling-pointer": "A local pointer refers to no xml:id.",
    "archive": "An archive member was refused: unsafe path, link, or size.",
    "io": "The input could not be read.",
}


def render(report, tool_version: str | None = None) -> str:
    rules = list(dict.fromkeys(d.rule or "teikit" for d in report.diagnostics))
    index = {rule: i for i, rule in enumerate(rules)}
    driver = {"name": "teikit", "version": tool_version or _version(),
              "rules": [_rule(r) for r in rules]}
    run = {"tool": {"driver": driver},
           "columnKind": "unicodeCodePoints",
           "results": [_result(d, index) for d in report.diagnostics]}
    sarif = {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}
    return json_text(sarif)


def _rule(rule: str) -> dict:
    text = RULE_DESCRIPTIONS.get(rule, rule)
    return {"id": rule, "name": rule, "shortDescription": {"text": text}}


def _result(d, index: dict) -> dict:
    rule = d.rule or "teikit"
    file, member = split_archive_path(d.path)
    physical: dict = {"artifactLocation": {"uri": artifact_uri(file)}}
    message = d.message
    if member is not None:
        message = f"{d.location().split('!/', 1)[1]}: {d.message}"
    elif d.line:
        physical["region"] = {"startLine": d.line, **({"startColumn": d.column} if d.column else {})}
    return {"ruleId": rule, "ruleIndex": index[rule], "level": _LEVELS.get(d.severity, "error"),
            "message": {"text": message}, "locations": [{"physicalLocation": physical}]}


def artifact_uri(path: str) -> str:
    """A URI reference for a file path: relative paths stay relative (to the repository
    root, where CI runs), absolute ones become file: URIs. Every byte of the name is kept,
    percent-encoded (undecodable bytes included): no name reads as a scheme or a query."""
    posix = path.replace("\\", "/")
    if posix.startswith("/"):
        return "file://" + quote(posix, errors="surrogateescape")
    relative = posix[2:] if posix.startswith("./") else posix
    return quote(relative, errors="surrogateescape")


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version
    try:
        return version("teikit")
    except PackageNotFoundError:
        return "0"
