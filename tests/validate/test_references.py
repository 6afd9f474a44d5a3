"""Corpus-wide pointers on a ParlaMint-shaped corpus: a teiCorpus root that xi:includes its
listPerson, listOrg and taxonomy files and its components (in a year folder), declares
prefixes with prefixDef, and components pointing into all of them. No false dangling
pointer, and each true one found, from a folder and from a zip archive."""
from __future__ import annotations

import zipfile

import pytest
from test_engine_docs import HEADER, needs_jing

from teikit.validate_api import validate

TEI_NS = 'xmlns="http://www.tei-c.org/ns/1.0"'
XI_NS = 'xmlns:xi="http://www.w3.org/2001/XInclude"'

ROOT = f"""<?xml version="1.0" encoding="UTF-8"?>
<teiCorpus {TEI_NS} {XI_NS} xml:id="ParlaMint-XX">
  <teiHeader>
    <fileDesc>
      <titleStmt><title>t</title></titleStmt>
      <publicationStmt><p>p</p></publicationStmt>
      <sourceDesc><p>s</p></sourceDesc>
    </fileDesc>
    <encodingDesc>
      <classDecl>
        <xi:include href="ParlaMint-taxonomy-parla.legislature.xml"/>
      </classDecl>
      <listPrefixDef>
        <prefixDef ident="ud-syn" matchPattern="(.+)" replacementPattern="#$1"/>
        <prefixDef ident="org" matchPattern="(.+)" replacementPattern="ParlaMint-XX-listOrg.xml#$1"/>
      </listPrefixDef>
    </encodingDesc>
    <profileDesc>
      <particDesc>
        <xi:include href="ParlaMint-XX-listPerson.xml"/>
        <xi:include href="ParlaMint-XX-listOrg.xml"/>
      </particDesc>
    </profileDesc>
  </teiHeader>
  <xi:include href="2020/ParlaMint-XX_2020-01-01.xml"/>
</teiCorpus>
"""

LIST_PERSON = f"""<listPerson {TEI_NS} xml:id="ParlaMint-XX-listPerson">
  <person xml:id="SmithJohn"><persName>John Smith</persName>
    <affiliation ref="org:partyA" role="member"/></person>
  <person xml:id="DoeJane"><persName>Jane Doe</persName></person>
</listPerson>
"""

LIST_ORG = f"""<listOrg {TEI_NS} xml:id="ParlaMint-XX-listOrg">
  <org xml:id="partyA"><orgName>Party A</orgName></org>
  <!-- <org xml:id="commentedOut"/> is no org -->
</listOrg>
"""

TAXONOMY = f"""<taxonomy {TEI_NS} xml:id="parla.legislature">
  <category xml:id="parla.lower"><catDesc>Lower house</catDesc></category>
  <category xml:id="nsubj"><catDesc>nominal subject</catDesc></category>
  <category xml:id="chair"><catDesc>chair</catDesc></category>
</taxonomy>
"""

COMPONENT = f"""<?xml version="1.0" encoding="UTF-8"?>
<TEI {TEI_NS} xml:id="ParlaMint-XX_2020-01-01" ana="#parla.lower">
{HEADER.format(extra="")}
  <text>
    <body>
      <div type="debateSection">
        <u xml:id="u1" who="#SmithJohn" ana="#chair">Order.</u>
        <u xml:id="u2" who="#DoeJane" corresp="../ParlaMint-XX-listOrg.xml#partyA">Yes.</u>
        <u xml:id="u3" who="#NoSuchPerson">Who?</u>
        <u xml:id="u4" who="#SmithJohn" ana="ud-syn:nsubj ud-syn:nosuch">x</u>
        <u xml:id="u5" who="#DoeJane" ana="org:partyA org:Nope">y</u>
        <u xml:id="u6" who="#u1"><ptr target="https://parlamint.example/x.xml#gone missing.xml#x"/></u>
        <u xml:id="u7" who="#DoeJane" corresp="../ParlaMint-XX-listOrg.xml#commentedOut">z</u>
        <u xml:id="u8" who="#SmithJohn" corresp="../ParlaMint-XX.xml#ParlaMint-XX">w</u>
      </div>
    </body>
  </text>
</TEI>
"""

# (line, message) of every true dangling pointer of COMPONENT; nothing else may be reported.
EXPECTED = [
    (15, '@who="#NoSuchPerson" on <u> points at no xml:id in this document or the files xi:included with it'),
    (16, '@ana="ud-syn:nosuch" on <u> expands to #nosuch, which points at no xml:id in this '
         'document or the files xi:included with it'),
    (17, '@ana="org:Nope" on <u> expands to ParlaMint-XX-listOrg.xml#Nope, which points at '
         "no xml:id 'Nope' in ParlaMint-XX-listOrg.xml"),
    (18, '@target="missing.xml#x" on <ptr> points at missing.xml, which is not in the corpus'),
    (19, '@corresp="../ParlaMint-XX-listOrg.xml#commentedOut" on <u> points at no xml:id '
         "'commentedOut' in ../ParlaMint-XX-listOrg.xml"),
]

FILES = {
    "ParlaMint-XX.xml": ROOT,
    "ParlaMint-XX-listPerson.xml": LIST_PERSON,
    "ParlaMint-XX-listOrg.xml": LIST_ORG,
    "ParlaMint-taxonomy-parla.legislature.xml": TAXONOMY,
    "2020/ParlaMint-XX_2020-01-01.xml": COMPONENT,
}


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "ParlaMint-XX.TEI"
    for rel, text in FILES.items():
        (folder / rel).parent.mkdir(parents=True, exist_ok=True)
        (folder / rel).write_text(text, encoding="utf-8")
    return folder


def dangling(report):
    return {r.name.rsplit("/", 2)[-2] + "/" + r.name.rsplit("/", 1)[-1]:
            [(d.line, d.message) for d in r.diagnostics if d.rule == "dangling-pointer"]
            for r in report.results}


def component(report):
    [found] = [v for k, v in dangling(report).items() if k.endswith("2020-01-01.xml")]
    return found


def test_whole_corpus_folder(corpus):
    report = validate([corpus], jobs=2)
    assert component(report) == EXPECTED
    assert all(v == [] for k, v in dangling(report).items() if "2020" not in k)


def test_lists_pulled_in_by_xinclude_from_outside_the_run(corpus):
    """Only the TEI documents are validated; the listPerson/listOrg/taxonomy files count
    because the root xi:includes them (read from the folder, for their ids)."""
    report = validate([corpus], include=["ParlaMint-XX.xml", "*/ParlaMint-XX_*.xml"])
    assert len(report.results) == 2
    assert component(report) == EXPECTED


def test_the_same_corpus_in_a_zip_archive(corpus, tmp_path):
    archive = tmp_path / "ParlaMint-XX.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for rel, text in FILES.items():
            zf.writestr(f"ParlaMint-XX.TEI/{rel}", text)
    report = validate([archive], include=["*/ParlaMint-XX.xml", "*/*/ParlaMint-XX_*.xml"])
    assert component(report) == EXPECTED


def test_a_component_alone_reports_what_only_the_corpus_defines(corpus):
    """Given alone, the component is a corpus of one: its pointers into the root's
    includes resolve nowhere, and files outside its folder are never read."""
    report = validate([corpus / "2020" / "ParlaMint-XX_2020-01-01.xml"])
    found = component(report)
    assert (13, '@who="#SmithJohn" on <u> points at no xml:id in this document') in found
    assert (14, '@corresp="../ParlaMint-XX-listOrg.xml#partyA" on <u> points at '
                "../ParlaMint-XX-listOrg.xml, which is not in the corpus") in found


def test_an_unrelated_file_of_the_run_does_not_resolve_bare_ids(corpus, tmp_path):
    """`#id` is a same-document reference: a file that no xi:include joins to the corpus
    does not lend it its ids (and borrows none)."""
    other = tmp_path / "other"
    other.mkdir()
    (other / "letter.xml").write_text(COMPONENT.replace("ParlaMint-XX_2020-01-01", "letter")
                                      .replace('xml:id="u', 'xml:id="l'))
    (other / "persons.xml").write_text(LIST_PERSON.replace('"DoeJane"', '"Unused"'))
    report = validate([corpus, other])
    letter = [r for r in report.results if r.name.endswith("letter.xml")][0]
    messages = [d.message for d in letter.diagnostics if d.rule == "dangling-pointer"]
    assert any('@who="#SmithJohn"' in m for m in messages)  # defined only in the corpus
    assert component(report) == EXPECTED


def test_per_document_mode_is_still_available(corpus):
    report = validate([corpus], corpus_references=False)
    found = component(report)
    assert found and all("in this document" in m for _, m in found)


@needs_jing
def test_documents_decided_by_jing_are_scanned_too(corpus):
    """libxml2 workers return their documents' pointers with the verdict; documents that
    jing decides (engine jing, a hand-over) are scanned by the parent: same findings."""
    report = validate([corpus], engine="jing")
    assert component(report) == EXPECTED
    assert all(v == [] for k, v in dangling(report).items() if "2020" not in k)


@pytest.mark.parametrize("rel", list(FILES) + ["edge"])
def test_the_scan_skipping_what_the_start_tags_do_not_show_finds_the_same(rel):
    """Workers skip the references scan's passes for attributes and elements that the
    parent's names scan did not see in the document's start tags: ids, prefixDefs,
    xi:includes and open pointers stay the same (also for namespaced look-alikes, values
    quoting markup and pointers in comments)."""
    from teikit.validate.references import SCAN_NAMES, scan
    from teikit.validate.rngprune import names_in_bytes
    data = (FILES.get(rel) or f"""<?xml version="1.0" encoding="UTF-8"?>
<TEI {TEI_NS} xmlns:x="urn:x"><!-- <p who="#c"/> -->
  <p x:ref="#a" x:who="#b" rend="who='#d'"><ref target="f.xml#e" ana="g:h"/></p>
  <note corresp="#i" xml:id="j"/></TEI>""").encode()
    present = SCAN_NAMES.intersection(names_in_bytes(data))
    assert scan(rel, data, present) == scan(rel, data)
    if rel == "edge":
        assert [(p.token, p.attr) for p in scan(rel, data, present).pointers] == \
            [("f.xml#e", "target"), ("g:h", "ana"), ("#i", "corresp")]


LAYOUTS = {  # where a comment, DOCTYPE or PI sits decides which search the scan can skip
    "plain": b'<?xml version="1.0"?>\n<TEI><p who="#a" xml:id="a"/><p who="#b"/></TEI>',
    "prolog comment": b'<!-- <p xml:id="b"/> -->\n<TEI><p who="#b"/></TEI>',
    "body comment": b'<TEI><!-- <p xml:id="b"/> --><p who="#b"/></TEI>',
    "body PI": b'<TEI><?pi x?><p who="#b"/><!-- <p xml:id="b"/> --></TEI>',
    "doctype": b'<!DOCTYPE TEI [<!ENTITY e "#b">]>\n<TEI><p who="&e;"/></TEI>',
    "comment after the root": b'<TEI><p who="#b"/></TEI>\n<!-- <p xml:id="b"/> -->',
    "utf-16": '<TEI><!-- c --><p who="#b"/></TEI>'.encode("utf-16"),
}


@pytest.mark.parametrize("name", list(LAYOUTS))
def test_the_scan_given_the_checks_layout_finds_the_same(name):
    """Workers search a document once for "<!" and "<?" after its first tag
    (checks.layout) and give the result to both the whitespace check and the references
    scan, which then searches only the prolog for a DOCTYPE or comment: the same ids and
    open pointers (a commented-out xml:id resolves nothing), the same stripping."""
    from teikit.validate import checks
    from teikit.validate.refscan import scan
    data = LAYOUTS[name]
    found = checks.layout(data)
    assert scan(name, data, None, found) == scan(name, data)
    assert checks.blanks_are_insignificant(data, found) == \
        checks.blanks_are_insignificant(data)
    if name in ("prolog comment", "body comment", "comment after the root"):
        assert [p.token for p in scan(name, data, None, found).pointers] == ["#b"]


def test_a_worker_reports_the_same_with_the_shared_layout_as_the_parent_scan():
    """pool._checked (the worker's side: checks, then the scan, sharing checks.layout)
    gives the diagnostics and the scan that the parent's own scan gives."""
    from teikit.validate import ValidateOptions, pool
    from teikit.validate.document import DocumentChecker
    from teikit.validate.refscan import scan
    options = ValidateOptions(engine="lxml")
    checker = DocumentChecker(options)
    for name, data in LAYOUTS.items():
        result = pool._checked(checker, options, name, data, frozenset(), None)
        assert list(result) == checker.check(name, data)
        assert result.scanned == scan(name, data), name
