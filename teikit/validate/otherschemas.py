"""W3C XML Schema (1.0 with libxml2, 1.1 with xmlschema), and what a Schematron's XSLT1
`document()` may read (the engines are in schematron.py)."""
from __future__ import annotations

import posixpath
from contextlib import contextmanager
from contextvars import ContextVar
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


# The name of the document being validated and its `resolve`, for document() calls.
_DOCUMENT_RESOLVE: ContextVar = ContextVar("teikit_document_resolve", default=(None, None))


@contextmanager
def reading_for(name: str, resolve):
    """While validating document `name`: what Schematron document() may read."""
    token = _DOCUMENT_RESOLVE.set((name, resolve))
    try:
        yield
    finally:
        _DOCUMENT_RESOLVE.reset(token)
_STYLESHEET_BASE = "teikit:/__document__/schematron.xsl"


class Refused(Exception):
    """document() asked for something outside the folder or archive."""


def confined_xslt(validator_xslt):
    """The Schematron's XSLT recompiled so that document() reads only through
    `_ConfinedLoader`. Its base URI stands for the document's folder: document('x.xml')
    means x.xml next to the document, as does document(@href) in the document."""
    from lxml import etree
    from teikit.validate.checks import make_parser
    parser = make_parser()
    parser.resolvers.add(_make_loader())
    xslt_tree = etree.fromstring(etree.tostring(validator_xslt), parser,
                                 base_url=_STYLESHEET_BASE)
    # libxslt checks its own rights before asking the loader: teikit: URIs count as files,
    # so reading is allowed and the loader decides; writing never is.
    access = etree.XSLTAccessControl(read_file=True, read_network=True, write_file=False,
                                     create_dir=False, write_network=False)
    return etree.XSLT(xslt_tree, access_control=access)


def _make_loader():
    from lxml import etree

    class _ConfinedLoader(etree.Resolver):
        def resolve(self, url, pubid, context):
            name, resolve = _DOCUMENT_RESOLVE.get()
            rel = _relative_to_document(url, name)
            data = resolve(rel) if rel is not None and resolve is not None else None
            if data is None:
                # never None: lxml would then load it itself. Named as the schema
                # wrote it, not by teikit's internal teikit: URI.
                raise Refused(url if rel is None else rel)
            return self.resolve_string(data, context, base_url=url)

    return _ConfinedLoader()


def _relative_to_document(url: str, name: str | None) -> str | None:
    """`url` as a path relative to the document's folder, if it is a teikit: URI (the
    stylesheet's or the document's base, see `checks.document_base_url`)."""
    from teikit.validate.checks import document_base_url
    if name is None or not url.startswith("teikit:/"):
        return None
    folder = _STYLESHEET_BASE.rsplit("/", 1)[0] + "/"
    if url.startswith(folder):
        return url[len(folder):]
    base = posixpath.dirname(document_base_url(name)[len("teikit:"):])
    return posixpath.relpath(url[len("teikit:"):], base or "/")
