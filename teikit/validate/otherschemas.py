"""W3C XML Schema (1.0 with libxml2, 1.1 with xmlschema); Schematron is in schematron.py."""
from __future__ import annotations

from pathlib import Path

from teikit.diagnostics import Diagnostic
from teikit.errors import TeikitError



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
