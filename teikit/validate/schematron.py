"""ISO Schematron: XPath 1 through lxml (libxslt), XPath 2/3 through saxonche (SaxonC-HE).

A schema is compiled to an XSLT stylesheet once with the ISO skeleton that lxml ships
(include, abstract-pattern expansion, SVRL output) and the stylesheet is cached on disk by
content; Saxon compiles it once per process. The skeleton emits XSLT 1.0, so for an XPath 2
binding the stylesheet's version is raised to 2.0 (the skeleton copies the user's XPath
verbatim) before Saxon runs it.

Which engine: `queryBinding` xslt2/xslt3/xpath2/xpath3/xpath31 -> Saxon. No binding (or
xslt/xslt1): lxml, falling back to Saxon when libxslt cannot compile or evaluate the
expressions (schemas that use XPath 2 functions without saying so); Schematron embedded in
an ODD-generated RELAX NG (tei_all's constraints) -> Saxon, since TEI writes them in XPath 2.

Both `assert` (failed) and `report` (fired) are findings; `@role` gives the severity.
What rules may read: with libxslt, `document()` gets only what the validated document's
confined `resolve` serves (its folder or archive, `otherschemas.confined_xslt`); Saxon has
no URI resolver in its Python API, so there `doc()`, `document()`, `unparsed-text()` read
nothing (allowed protocols: none). A rule refused a read is reported (`schematron-error`).
"""
from __future__ import annotations

import hashlib
from pathlib import Path

from teikit.diagnostics import Diagnostic
from teikit.errors import TeikitError
from teikit.xmlparse import make_parser

SCH_NS = "http://purl.oclc.org/dsdl/schematron"
SVRL = "http://purl.oclc.org/dsdl/svrl"
XSL_NS = "http://www.w3.org/1999/XSL/Transform"
XPATH2_BINDINGS = {"xslt2", "xslt3", "xpath2", "xpath3", "xpath31"}
XPATH1_BINDINGS = {"", "xslt", "xslt1", "xpath", "exslt"}
# @role values meaning something other than an error (TEI writes "nonfatal").
_ROLE_SEVERITY = {"warning": "warning", "warn": "warning", "nonfatal": "warning",
                  "info": "info", "information": "info", "informational": "info"}
SAXON_HINT = "pip install 'teikit[xpath2]' (saxonche)"


def severity_of(role: str | None) -> str:
    return _ROLE_SEVERITY.get((role or "").strip().lower(), "error")


# --- compiling a schema to an XSLT stylesheet (lxml, the ISO skeleton) ----------------------

def _parse(path: Path):
    from lxml import etree
    try:
        return etree.parse(str(path), make_parser())
    except (etree.XMLSyntaxError, OSError) as exc:
        raise TeikitError(f"{path}: schema is not well-formed XML: {exc}") from None


def extract_from_rng(rng_path: Path):
    """The Schematron embedded in a RELAX NG grammar (as ODD processors write it), as an
    ISO Schematron tree; None when the grammar carries no rules."""
    from lxml import isoschematron
    schema = isoschematron.extract_rng(_parse(rng_path))
    if schema.getroot().find(f"{{{SCH_NS}}}pattern/{{{SCH_NS}}}rule") is None:
        return None
    return schema


def query_binding(schema) -> str:
    return (schema.getroot().get("queryBinding") or "").strip().lower()


def compile_to_xslt(schema, source: Path) -> bytes:
    """The validating stylesheet for a Schematron tree, through the ISO skeleton (included
    files are read relative to the schema; nothing from the network)."""
    from lxml import etree, isoschematron
    root = schema.getroot()
    if root.tag != f"{{{SCH_NS}}}schema":
        raise TeikitError(f"{source}: not an ISO Schematron schema (root is {root.tag})")
    binding = query_binding(schema)
    if binding not in XPATH1_BINDINGS | XPATH2_BINDINGS:
        raise TeikitError(f"{source}: unsupported Schematron queryBinding {binding!r} "
                          f"(supported: xslt, xslt2, xslt3, xpath2, xpath3, xpath31)")
    if binding in XPATH2_BINDINGS:
        root.attrib.pop("queryBinding")  # the XSLT1 skeleton refuses other bindings by name
    try:
        included = isoschematron.iso_dsdl_include(schema)
        expanded = isoschematron.iso_abstract_expand(included)
        xslt = isoschematron.iso_svrl_for_xslt1(expanded)
    except (etree.XSLTApplyError, etree.XSLTParseError) as exc:
        raise TeikitError(f"{source}: not a usable ISO Schematron schema: {exc}") from None
    if xslt.getroot() is None:
        raise TeikitError(f"{source}: not a usable ISO Schematron schema")
    return etree.tostring(xslt, encoding="utf-8")


def cached_xslt(schema, source: Path, key: bytes) -> bytes:
    """`compile_to_xslt`, cached in ~/.cache/teikit/sch by the schema's content (`key`)."""
    from teikit.validate.cache import cache_dir
    digest = hashlib.sha256(key + str(source).encode()).hexdigest()[:24]
    out = cache_dir() / "sch" / f"{digest}.xsl"
    try:
        return out.read_bytes()
    except OSError:
        pass
    xslt = compile_to_xslt(schema, source)
    from teikit.files import atomic_write
    try:  # a read-only cache only costs speed
        atomic_write(out, xslt)
    except TeikitError:
        pass
    return xslt


# --- the validators ---------------------------------------------------------------------------

def load_file(path: Path, label: str, rule_prefix: str = "schematron"):
    """A validator for the `.sch` file at `path`."""
    schema = _parse(path)
    binding = query_binding(schema)
    xslt = cached_xslt(schema, path, path.read_bytes())
    if binding in XPATH2_BINDINGS:
        require_saxon(path, f'queryBinding="{binding}"')
        return SaxonSchematron(xslt, path, label, rule_prefix)
    return LxmlSchematron(xslt, path, label, rule_prefix)


def load_embedded(rng_path: Path, label: str):
    """A validator for the Schematron embedded in `rng_path`, or None if it has none."""
    schema = extract_from_rng(rng_path)
    if schema is None:
        return None
    require_saxon(rng_path, "its embedded Schematron (TEI writes it in XPath 2)")
    stat = rng_path.stat()
    xslt = cached_xslt(schema, rng_path,
                       f"embedded:{stat.st_size}:{stat.st_mtime_ns}".encode())
    return SaxonSchematron(xslt, rng_path, label, "schematron")


def saxon_available() -> bool:
    import importlib.util
    return importlib.util.find_spec("saxonche") is not None


def require_saxon(path: Path, why: str) -> None:
    if not saxon_available():
        raise TeikitError(f"{path}: {why} needs XPath 2, which teikit runs with saxonche: "
                          f"{SAXON_HINT}")


class _Schematron:
    """Shared by both engines: SVRL -> Diagnostics, tagged with the schema they came from."""

    def __init__(self, xslt: bytes, path: Path, label: str, rule_prefix: str):
        self.xslt, self.path, self.label, self.rule_prefix = xslt, path, label, rule_prefix

    def diagnostics(self, name: str, tree, svrl) -> list[Diagnostic]:
        """A finding's rule id: `PREFIX:ID` from the assert's/report's @id, else from its
        pattern's @id (TEI's constraints name their patterns), else just `PREFIX`."""
        out, pattern, rule_role = [], None, None
        for node in svrl.iter(f"{{{SVRL}}}active-pattern", f"{{{SVRL}}}fired-rule",
                              f"{{{SVRL}}}failed-assert", f"{{{SVRL}}}successful-report"):
            if node.tag.endswith("active-pattern"):
                pattern = node.get("id")
                continue
            if node.tag.endswith("fired-rule"):  # a rule's @role is its asserts' default
                rule_role = node.get("role")
                continue
            text = " ".join("".join(t.text or "" for t in node.iter(f"{{{SVRL}}}text")).split())
            ident = node.get("id") or pattern
            rule = f"{self.rule_prefix}:{ident}" if ident else self.rule_prefix
            kind = "assert" if node.tag.endswith("failed-assert") else "report"
            out.append(Diagnostic(name, line_of(tree, node.get("location")), 0,
                                  severity_of(node.get("role") or rule_role), rule,
                                  text or f"Schematron {kind} {node.get('test')!r}"))
        return out

    def failure(self, name: str, exc: Exception) -> list[Diagnostic]:
        message = " ".join(str(exc).split())[:300]
        return [Diagnostic(name, 0, 0, "error", "schematron-error",
                           f"Schematron {self.label} could not be evaluated: {message}")]


class LxmlSchematron(_Schematron):
    """XPath 1 through libxslt; switches to Saxon for good if the expressions need more."""

    def __init__(self, xslt: bytes, path: Path, label: str, rule_prefix: str):
        super().__init__(xslt, path, label, rule_prefix)
        from lxml import etree
        self._saxon = None
        from teikit.validate.otherschemas import confined_xslt
        try:  # document() reads only what the validated document's `resolve` serves
            self._transform = confined_xslt(etree.fromstring(xslt, make_parser()))
        except etree.XSLTParseError:
            self._transform = None  # XPath 2 syntax without a queryBinding
            self._use_saxon(TeikitError("libxslt cannot compile it"))

    def _use_saxon(self, why: Exception) -> None:
        if not saxon_available():
            raise TeikitError(f"{self.path}: this Schematron uses expressions XPath 1 does not "
                              f"have ({why}); teikit runs XPath 2 with saxonche: {SAXON_HINT}")
        self._saxon = SaxonSchematron(self.xslt, self.path, self.label, self.rule_prefix)

    def validate(self, name: str, tree, names=None) -> list[Diagnostic]:
        from lxml import etree
        if self._saxon is not None:
            return self._saxon.validate(name, tree, names)
        from teikit.validate.otherschemas import Refused
        try:
            svrl = self._transform(tree)
        except Refused as exc:
            return [Diagnostic(name, 0, 0, "error", "schematron-error",
                               f"the schema's document() asked for {exc.args[0]}, outside the "
                               "folder or archive being validated; teikit refused to read it")]
        except etree.XSLTApplyError as exc:
            if "function" in str(exc) or "XPath" in str(exc) or "Unregistered" in str(exc):
                self._use_saxon(exc)
                return self._saxon.validate(name, tree, names)
            return self.failure(name, exc)
        return self.diagnostics(name, tree, svrl)


def _saxon_processor():
    """A Saxon processor that sees no environment variables. Saxon's VM copies the process
    environment once, when the first processor of the process is made; a rule may call
    `environment-variable()` or `available-environment-variables()` (also through
    `function-lookup`), so a schema named by an uploaded document could print CI secrets
    (GITHUB_TOKEN) into the report. The environment is emptied for that moment only.
    Saxon's VM also sets the C library's locale from that (empty) environment, to "C": the
    process's locale is put back, or every later text decoding in it (a subprocess's output,
    a caller's `open()`) would fall back to ASCII."""
    import locale
    import os
    from saxonche import PySaxonProcessor
    saved, saved_locale = dict(os.environ), locale.setlocale(locale.LC_ALL)
    os.environ.clear()
    try:
        return PySaxonProcessor(license=False)
    finally:
        os.environ.update(saved)
        locale.setlocale(locale.LC_ALL, saved_locale)


class SaxonSchematron(_Schematron):
    """XPath 2/3 through SaxonC-HE. The processor is created on first use, in the process
    that validates (a Saxon VM does not survive a fork), and compiles the stylesheet once."""

    def __init__(self, xslt: bytes, path: Path, label: str, rule_prefix: str):
        super().__init__(xslt, path, label, rule_prefix)
        self._proc = self._exe = None
        self._pid = None

    def _executable(self):
        import os
        if self._exe is None or self._pid != os.getpid():
            from saxonche import PySaxonApiError
            from lxml import etree
            proc = _saxon_processor()
            # No URI scheme at all: doc(), document(), unparsed-text() read nothing.
            proc.set_configuration_property("http://saxon.sf.net/feature/allowedProtocols", "")
            root = etree.fromstring(self.xslt, make_parser())
            if root.get("version") == "1.0":  # the skeleton's; the XPath inside is 2+
                root.set("version", "2.0")
            try:
                exe = proc.new_xslt30_processor().compile_stylesheet(
                    stylesheet_text=etree.tostring(root, encoding="unicode"))
            except PySaxonApiError as exc:
                raise TeikitError(f"{self.path}: Saxon cannot compile this Schematron: "
                                  f"{' '.join(str(exc).split())[:300]}") from None
            exe.set_capture_result_documents(True)  # xsl:result-document writes nothing
            self._proc, self._exe, self._pid = proc, exe, os.getpid()
        return self._proc, self._exe

    def validate(self, name: str, tree, names=None) -> list[Diagnostic]:
        from lxml import etree
        from saxonche import PySaxonApiError
        proc, exe = self._executable()
        try:
            node = proc.parse_xml(xml_text=etree.tostring(tree, encoding="unicode"))
            result = exe.transform_to_string(xdm_node=node)
        except PySaxonApiError as exc:
            return self.failure(name, exc)
        if not result:
            return []
        svrl = etree.fromstring(result.encode("utf-8"), make_parser())
        return self.diagnostics(name, tree, svrl)


def line_of(tree, location: str | None) -> int:
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
