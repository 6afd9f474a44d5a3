"""W3C XML Schema (1.0 with libxml2, 1.1 with xmlschema) and ISO Schematron (XSLT1 via lxml)."""
from __future__ import annotations

from pathlib import Path

from teikit.diagnostics import Diagnostic
from teikit.errors import TeikitError

SVRL = "http://purl.oclc.org/dsdl/svrl"
_ROLE_SEVERITY = {"warning": "warning", "warn": "warning", "info": "info",
                  "information": "info"}


def _parse_schema(path: Path):
    from lxml import etree
    from teikit.validate.checks import make_parser
    try:
        return etree.parse(str(path), make_parser())
    except etree.XMLSyntaxError as exc:
        raise TeikitError(f"{path}: schema is not well-formed XML: {exc}") from None


def load_xsd(path: Path, version_11: bool):
    return Xsd11Validator(path) if version_11 else XsdValidator(path)


class XsdValidator:
    def __init__(self, path: Path):
        from lxml import etree
        try:
            self._schema = etree.XMLSchema(_parse_schema(path))
        except etree.XMLSchemaParseError as exc:
            raise TeikitError(f"{path}: not a usable XML Schema: {exc}") from None

    def validate(self, name: str, tree, names) -> list[Diagnostic]:
        if self._schema.validate(tree):
            return []
        return [Diagnostic(name, e.line, e.column, "error", "xsd", e.message.strip())
                for e in self._schema.error_log]


class Xsd11Validator:
    """XSD 1.1 (vc:minVersion="1.1": assertions, alternatives) needs the xmlschema package."""

    def __init__(self, path: Path):
        try:
            import xmlschema
        except ImportError:
            raise TeikitError(f"{path}: XSD 1.1 schemas need the xmlschema package "
                              "(pip install 'teikit[xsd]')") from None
        try:
            self._schema = xmlschema.XMLSchema11(str(path), allow="local")
        except (xmlschema.XMLSchemaException, OSError) as exc:
            raise TeikitError(f"{path}: not a usable XML Schema 1.1: "
                              f"{str(exc).splitlines()[0]}") from None

    def validate(self, name: str, tree, names) -> list[Diagnostic]:
        out = []
        for error in self._schema.iter_errors(tree):
            line = getattr(error, "sourceline", None) or 0
            out.append(Diagnostic(name, line, 0, "error", "xsd",
                                  error.reason or str(error).splitlines()[0]))
        return out


class SchematronValidator:
    """ISO Schematron through lxml's XSLT1 skeleton; asserts with @id become rule names."""

    def __init__(self, path: Path, rule_prefix: str = "schematron"):
        from lxml import etree
        from lxml import isoschematron
        self.rule_prefix = rule_prefix
        try:
            self._schema = isoschematron.Schematron(_parse_schema(path), store_report=True)
        except (etree.SchematronParseError, etree.XSLTParseError) as exc:
            raise TeikitError(f"{path}: not a usable ISO Schematron schema: {exc}") from None

    def validate(self, name: str, tree, names) -> list[Diagnostic]:
        if self._schema.validate(tree):
            return []
        report = self._schema.validation_report
        out = []
        for fired in report.iter(f"{{{SVRL}}}failed-assert", f"{{{SVRL}}}successful-report"):
            text = " ".join("".join(fired.itertext()).split())
            rule = f"{self.rule_prefix}:{fired.get('id')}" if fired.get("id") else self.rule_prefix
            severity = _ROLE_SEVERITY.get((fired.get("role") or "").lower(), "error")
            out.append(Diagnostic(name, _line_of(tree, fired.get("location")), 0, severity,
                                  rule, text))
        return out


def _line_of(tree, location: str | None) -> int:
    """The line of the node an SVRL location XPath points at (0 if it cannot be found)."""
    if not location:
        return 0
    from lxml import etree
    try:
        found = tree.xpath(location)
    except etree.XPathError:
        return 0
    node = found[0] if found else None
    if node is not None and not hasattr(node, "sourceline"):
        node = getattr(node, "getparent", lambda: None)()
    return getattr(node, "sourceline", 0) or 0
