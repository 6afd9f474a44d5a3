"""Checks beyond the schema: well-formedness positions, encoding, root, ids and pointers."""
from __future__ import annotations

from test_engine_docs import rules, run, tei

from teikit.validate import checks


def test_syntax_error_has_line_and_column():
    found = run(("bad.xml", "<TEI xmlns='http://www.tei-c.org/ns/1.0'>\n  <b></c>\n</TEI>"))
    [diag] = found["bad.xml"]
    assert (diag.rule, diag.line, diag.column) == ("xml-syntax", 2, 10)
    assert "mismatch" in diag.message


def test_not_tei_root_is_reported_unless_a_schema_is_given():
    [diag] = run(("x.xml", "<html/>"))["x.xml"]
    assert diag.rule == "not-tei" and "not a TEI document" in diag.message


def test_non_tei_namespace_is_not_tei():
    [diag] = run(("x.xml", "<TEI/>"))["x.xml"]
    assert diag.rule == "not-tei"


def test_require_tei_false_skips_the_root_check_but_schema_still_fails():
    found = run(("x.xml", "<html/>"), require_tei=False, engine="lxml")["x.xml"]
    assert rules(found) == ["relaxng"]


def test_duplicate_id_reported_at_second_occurrence():
    text = tei('<p xml:id="a">x</p>\n      <p xml:id="a">y</p>')
    found = run(("d.xml", text), engine="lxml")["d.xml"]
    dup = [d for d in found if d.rule == "duplicate-id"]
    assert len(dup) == 1 and dup[0].line == 13 and '"a"' in dup[0].message


def test_dangling_local_pointer_in_each_pointer_attribute():
    for attr in ("who", "ana", "corresp", "target"):
        element = "ptr" if attr == "target" else "seg"
        body = f'<p xml:id="x"><{element} {attr}="#x #nowhere"/></p>'
        found = run(("p.xml", tei(body)), engine="lxml")["p.xml"]
        dangling = [d for d in found if d.rule == "dangling-pointer"]
        assert len(dangling) == 1, (attr, found)
        assert "#nowhere" in dangling[0].message and f"@{attr}" in dangling[0].message


def test_pointer_tokens_are_exact_whatever_the_bytes_show():
    # A "#" value in another attribute or in text is no pointer; a character reference in
    # a pointer, a non-ASCII id and an ISO-8859-1 document are read like the tree reads them.
    cases = {
        '<p xml:id="a" rend="#nowhere">x = "#nowhere" <ptr target="#a"/></p>': [],
        '<p xml:id="a"><ptr target="&#35;nowhere"/></p>': ["#nowhere"],
        '<p xml:id="\u00e4"><said who="#\u00e4">x</said></p>': [],
        '<p xml:id="a"><said who="#\u00e4">x</said></p>': ["#\u00e4"],
    }
    for body, expected in cases.items():
        for encoding in ("UTF-8", "ISO-8859-1"):
            prolog = f'<?xml version="1.0" encoding="{encoding}"?>\n'
            data = tei(body, prolog=prolog).encode(encoding)
            found = run(("p.xml", data), engine="lxml")["p.xml"]
            messages = [d.message for d in found if d.rule == "dangling-pointer"]
            assert [m.split('"')[1] for m in messages] == expected, (body, encoding, found)
            assert not [d for d in found if d.severity == "error"], (body, found)


def test_external_pointers_are_not_dangling():
    """http(s) targets are never checked; a file pointer resolves nowhere without that file
    (the corpus-wide cases are in test_references.py)."""
    body = '<p><ptr target="http://example.org/#a https://x.org/y.xml#b other.xml#b"/></p>'
    [diag] = run(("p.xml", tei(body)), engine="lxml")["p.xml"]
    assert diag.message == ('@target="other.xml#b" on <ptr> points at other.xml, which is '
                            "not in the corpus")


def test_declared_latin1_but_utf8_bytes():
    text = tei("<p>Café</p>", prolog='<?xml version="1.0" encoding="ISO-8859-1"?>\n')
    found = run(("e.xml", text.encode("utf-8")), engine="lxml")["e.xml"]
    assert rules(found) == ["encoding"] and "ISO-8859-1" in found[0].message


def test_declared_latin1_with_latin1_bytes_is_fine():
    text = tei("<p>Café</p>", prolog='<?xml version="1.0" encoding="ISO-8859-1"?>\n')
    assert run(("e.xml", text.encode("latin-1")), engine="lxml")["e.xml"] == []


def test_utf8_bom_contradicting_declaration():
    data = b"\xef\xbb\xbf" + tei(prolog='<?xml version="1.0" encoding="UTF-16"?>\n').encode()
    found = run(("b.xml", data), engine="lxml")["b.xml"]
    assert "encoding" in rules(found)


def test_utf16_document_with_matching_declaration_is_valid():
    data = tei(prolog='<?xml version="1.0" encoding="UTF-16"?>\n').encode("utf-16")
    assert run(("u.xml", data), engine="lxml")["u.xml"] == []


def test_check_encoding_ignores_documents_without_declaration():
    assert checks.check_encoding("x", "<TEI>é</TEI>".encode()) == []


def test_internal_doctype_entities_are_expanded_like_jing_does():
    text = tei("<p>&me;</p>", prolog='<!DOCTYPE TEI [<!ENTITY me "<hi>Me</hi>">]>\n')
    assert run(("i.xml", text), engine="lxml")["i.xml"] == []


def test_blank_text_is_stripped_only_where_it_cannot_matter():
    ok = checks.blanks_are_insignificant
    decl = b'<?xml version="1.0"?>\n<?xml-model href="x.rng"?>\n<!-- prolog <b> -->\n'
    assert ok(decl + b"<TEI>\n  <p>x</p>\n</TEI>")
    for inside in (b"<!-- c -->", b"<?pi x?>", b"<![CDATA[ ]]>"):
        assert not ok(decl + b"<TEI>\n  <p>" + inside + b" </p>\n</TEI>"), inside
    assert not ok(b'<!DOCTYPE TEI [<!ENTITY e "x">]>\n<TEI>\n  <p>&e;</p>\n</TEI>')
    assert not ok("<TEI>\n  <p>x</p>\n</TEI>".encode("utf-16"))


def test_stripped_parse_gives_the_same_diagnostics_as_the_tree_as_written():
    # An explicit --schema (even tei_all itself) is never stripped: compare the two. Missing
    # content is reported at the end tag, which is computed from the whitespace.
    from pathlib import Path

    from teikit.validate.schemas import default_schema
    diff = Path(__file__).resolve().parents[1] / "data" / "validate" / "diff"
    docs = [(p.name, p.read_bytes()) for p in sorted(diff.glob("*.xml"))]
    stripped = run(*docs, engine="lxml")
    as_written = run(*docs, engine="lxml", schema=default_schema())
    assert sum(checks.blanks_are_insignificant(d) for _, d in docs) > 30
    for name, _ in docs:
        if not any(d.rule == "not-tei" for d in stripped[name]):
            assert stripped[name] == as_written[name], name


def test_examples_may_repeat_ids_as_jing_accepts():
    """Two egXML examples (TEI Examples namespace) showing the same xml:id: no duplicate,
    like jing (their xml:id is not typed ID); the same ids on TEI elements are one."""
    example = ('<egXML xmlns="http://www.tei-c.org/ns/Examples"><p xml:id="ex1">a</p>'
               '</egXML>')
    assert run(("e.xml", tei(f"<p>{example}</p><p>{example}</p>")), engine="lxml") == {
        "e.xml": []}
    found = run(("d.xml", tei('<p xml:id="ex1">a</p><p xml:id="ex1">b</p>')),
                engine="lxml")["d.xml"]
    assert "duplicate-id" in [d.rule for d in found]


def test_an_xml_id_that_is_no_ncname_is_a_schema_error_not_a_syntax_error():
    """libxml2 stops parsing at xml:id="1"; jing parses on and reports it (and any earlier
    schema error first), so teikit parses on too."""
    found = run(("n.xml", tei('<p xml:id="1">a</p>', header_extra="<foo/>")),
                engine="lxml")["n.xml"]
    assert [d.rule for d in found] == ["relaxng", "relaxng"]
    assert found[0].line < found[1].line
