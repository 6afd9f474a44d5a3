"""The engine side of `teikit validate`: pruning soundness, order, workers, the slow-document
fallback, every schema language, XInclude and xml-model."""
from __future__ import annotations

import time
from pathlib import Path

import pytest
from test_engine_docs import needs_jing, rules, run, tei

from teikit.errors import TeikitError
from teikit.validate import Document, ValidateOptions, jing, validate_documents
from teikit.validate.schemas import default_schema
from teikit.validate.sources import iter_sources

DIFF = Path(__file__).resolve().parents[1] / "data" / "validate" / "diff"
RNG_NOTE = ('<element name="note" xmlns="http://relaxng.org/ns/structure/1.0">'
            '<attribute name="n"><data type="integer" '
            'datatypeLibrary="http://www.w3.org/2001/XMLSchema-datatypes"/></attribute>'
            "<text/></element>")


@pytest.fixture(scope="session")
def full_tei_all():
    """The unpruned tei_all compiled by libxml2: ~6 s, once per session."""
    from lxml import etree
    return etree.RelaxNG(etree.parse(str(default_schema())))


def test_pruned_grammar_gives_the_full_grammars_verdicts(full_tei_all):
    from teikit.validate import checks
    files = [p for p in sorted(DIFF.glob("*.xml")) if not p.name.startswith("i-malformed")]
    ours = run(*[(p.name, p.read_bytes()) for p in files], engine="lxml")
    for path in files:
        if path.name == "v-egXML-repeated-id.xml":
            continue  # libxml2 makes every xml:id an ID, also in examples; jing does not
        tree = checks.parse(path.name, path.read_bytes()).tree
        # libxml2 reports a repeated xml:id as "Invalid attribute id": teikit as duplicate-id
        schema_errors = [d for d in ours[path.name]
                         if d.rule in ("relaxng", "not-tei", "duplicate-id")]
        assert full_tei_all.validate(tree) == (not schema_errors), path.name


def test_grammar_pruned_per_parent_gives_the_full_grammars_verdicts(full_tei_all, tmp_path,
                                                                    monkeypatch):
    """rngchildren: the grammar pruned to a document's names and (parent, child) pairs
    accepts exactly what tei_all accepts, by itself (an "invalid" would be re-checked, which
    hides an over-pruned grammar behind the engine's verdicts: hence this test)."""
    from teikit.validate import checks
    from teikit.validate.rngchildren import pairs_in_tree
    from teikit.validate.rngprune import PrunableGrammar, names_in_bytes
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))  # pruned afresh
    grammar = PrunableGrammar(default_schema())
    for path in sorted(DIFF.glob("*.xml")):
        tree = checks.parse(path.name, path.read_bytes()).tree
        if tree is None or path.name in ("v-egXML-repeated-id.xml", "i-duplicate-id.xml"):
            continue  # libxml2 makes every xml:id an ID (in examples too): see above
        names = names_in_bytes(path.read_bytes()) | pairs_in_tree(tree)
        assert any(">" in n for n in names)
        assert grammar.compile(names).validate(tree) == full_tei_all.validate(tree), path.name


def test_grammar_pruned_per_parent_keeps_only_the_children_seen_under_each_parent(
        tmp_path, monkeypatch):
    """`c` occurs, but never inside `a`: the grammar pruned for that document rejects an `a`
    holding a `c`, which the full grammar allows (so pruning really happened)."""
    from lxml import etree
    from teikit.validate.rngchildren import pairs_in_tree
    from teikit.validate.rngprune import PrunableGrammar, names_in_bytes
    rng = tmp_path / "g.rng"
    rng.write_text(
        '<grammar xmlns="http://relaxng.org/ns/structure/1.0"><start><ref name="r"/></start>'
        '<define name="r"><element name="r"><zeroOrMore><choice><ref name="a"/>'
        '<ref name="c"/></choice></zeroOrMore></element></define>'
        '<define name="a"><element name="a"><zeroOrMore><ref name="content"/></zeroOrMore>'
        '</element></define><define name="content"><choice><ref name="b"/><ref name="c"/>'
        '<text/></choice></define>'
        '<define name="b"><element name="b"><empty/></element></define>'
        '<define name="c"><element name="c"><empty/></element></define></grammar>')
    seen = b"<r><a><b/>text</a><c/></r>"
    names = names_in_bytes(seen) | pairs_in_tree(etree.fromstring(seen).getroottree())
    assert {"r>a", "r>c", "a>b"} <= names and "a>c" not in names
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    pruned = PrunableGrammar(rng).compile(names)
    full = etree.RelaxNG(etree.parse(str(rng)))
    other = etree.fromstring(b"<r><a><c/></a><c/></r>").getroottree()
    assert pruned.validate(etree.fromstring(seen).getroottree())
    assert full.validate(other) and not pruned.validate(other)


def test_results_come_in_input_order_with_several_workers():
    docs = [(f"d{i}.xml", tei(f"<p>{i}</p>" if i % 3 else "<foo/>")) for i in range(12)]
    one = list(validate_documents([Document(n, d.encode()) for n, d in docs],
                                  ValidateOptions(engine="lxml")))
    two = list(validate_documents([Document(n, d.encode()) for n, d in docs],
                                  ValidateOptions(engine="lxml", jobs=2)))
    assert [n for n, _ in two] == [n for n, _ in docs] and one == two
    assert [bool(diags) for _, diags in two] == [i % 3 == 0 for i in range(12)]


def _slow_document(reps: int = 100_000) -> str:
    """~4 MB of long mixed content: ~1 s of parsing and validating, far beyond the tiny
    time limits below, so the slow path is taken deterministically. (Before the grammar
    simplification this shape was quadratic in libxml2: 21 s for 0.9 MB.)"""
    return tei("<p>" + "a<hi>b</hi><lb/><seg>c</seg><note>d</note>" * reps + "</p>")


def test_slow_document_times_out_with_lxml_engine():
    start = time.monotonic()
    found = run(("slow.xml", _slow_document()), engine="lxml", timeout=0.02)["slow.xml"]
    assert rules(found) == ["timeout"] and "--engine jing" in found[0].message
    assert time.monotonic() - start < 0.8  # the worker was killed, not waited for


def test_slow_document_without_jing_says_so(monkeypatch):
    monkeypatch.setattr(jing, "available", lambda: False)
    found = run(("slow.xml", _slow_document()), timeout=0.02)["slow.xml"]
    assert rules(found) == ["timeout"] and "not available" in found[0].message


@needs_jing
@pytest.mark.jing
def test_slow_document_falls_back_to_jing_with_jings_verdict():
    bad = _slow_document().replace("<lb/>", "<lb/><bogus/>", 1)
    found = run(("ok.xml", _slow_document()), ("bad.xml", bad), timeout=0.02)
    assert found["ok.xml"] == []
    assert rules(found["bad.xml"]) == ["relaxng"] and '"bogus"' in found["bad.xml"][0].message


@needs_jing
@pytest.mark.jing
def test_jing_engine_batches_and_maps_names_back():
    found = run(("good.xml", tei()), ("bad.xml", tei("<p><foo/></p>")),
                ("broken.xml", "<TEI"), ("after.xml", tei("<p><bar/></p>")), engine="jing")
    assert found["good.xml"] == []
    assert rules(found["bad.xml"]) == ["relaxng"] and found["bad.xml"][0].line == 12
    assert rules(found["broken.xml"]) == ["xml-syntax"]
    assert '"bar"' in found["after.xml"][0].message


def test_max_errors_cuts_per_document():
    found = run(("m.xml", tei("<p><foo/></p>\n      <p bar='1'>x</p>")), max_errors=1)
    assert len(found["m.xml"]) == 1


def test_unknown_engine_and_missing_schema_are_usage_errors(tmp_path):
    with pytest.raises(TeikitError, match="unknown engine"):
        run(("a.xml", tei()), engine="fast")
    with pytest.raises(TeikitError, match="not found"):
        run(("a.xml", tei()), schema=tmp_path / "nope.rng")


def test_unusable_relaxng_is_a_usage_error(tmp_path):
    bad = tmp_path / "bad.rng"
    bad.write_text('<element xmlns="http://relaxng.org/ns/structure/1.0"><bogus/></element>')
    with pytest.raises(TeikitError, match="bad.rng"):
        run(("a.xml", "<note/>"), schema=bad)


def test_custom_relaxng_schema_validates_any_root(tmp_path):
    schema = tmp_path / "note.rng"
    schema.write_text(RNG_NOTE)
    found = run(("ok.xml", '<note n="1">x</note>'), ("bad.xml", '<note n="x">y</note>'),
                schema=schema)
    assert found["ok.xml"] == [] and rules(found["bad.xml"]) == ["relaxng"]


@needs_jing
@pytest.mark.jing
def test_compact_syntax_is_converted_once_and_used(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    schema = tmp_path / "note.rnc"
    schema.write_text("element note { attribute n { xsd:integer }, text }\n")
    found = run(("ok.xml", '<note n="1">x</note>'), ("bad.xml", "<note>y</note>"),
                schema=schema)
    assert found["ok.xml"] == [] and rules(found["bad.xml"]) == ["relaxng"]
    assert list((tmp_path / "cache" / "teikit" / "rnc").glob("*/note.rng"))


XSD = """<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"{extra}>
  <xs:element name="note"><xs:complexType><xs:simpleContent><xs:extension base="xs:string">
    <xs:attribute name="n" type="xs:integer" use="required"/>{assertion}
  </xs:extension></xs:simpleContent></xs:complexType></xs:element>
</xs:schema>"""


def test_xsd_10_with_libxml2(tmp_path):
    schema = tmp_path / "note.xsd"
    schema.write_text(XSD.format(extra="", assertion=""))
    found = run(("ok.xml", '<note n="1"/>'), ("bad.xml", '<note n="x"/>'), schema=schema)
    assert found["ok.xml"] == [] and rules(found["bad.xml"]) == ["xsd"]
    assert found["bad.xml"][0].line == 1


def test_xsd_11_assertions_with_xmlschema(tmp_path):
    pytest.importorskip("xmlschema")
    schema = tmp_path / "note11.xsd"
    schema.write_text(XSD.format(
        extra=' xmlns:vc="http://www.w3.org/2007/XMLSchema-versioning" vc:minVersion="1.1"',
        assertion='<xs:assert test="@n &gt; 0"/>'))
    found = run(("ok.xml", '<note n="1"/>'), ("bad.xml", '<note n="0"/>'), schema=schema)
    assert found["ok.xml"] == [] and rules(found["bad.xml"]) == ["xsd"]


SCH = """<schema xmlns="http://purl.oclc.org/dsdl/schematron" queryBinding="{binding}">
  <pattern><rule context="note"><assert id="n-positive" test="@n &gt; 0">n must be positive</assert></rule></pattern>
</schema>"""


def test_schematron_xslt1(tmp_path):
    schema = tmp_path / "note.sch"
    schema.write_text(SCH.format(binding="xslt"))
    found = run(("ok.xml", '<note n="1"/>'), ("bad.xml", '<x>\n<note n="0"/></x>'),
                schema=schema)
    assert found["ok.xml"] == []
    [diag] = found["bad.xml"]
    assert (diag.rule, diag.line, diag.message) == ("schematron:n-positive", 2,
                                                    "n must be positive")


def test_xinclude_resolved_through_the_documents_callback():
    part = b'<p xmlns="http://www.tei-c.org/ns/1.0">included</p>'
    main = tei('<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="parts/p.xml"/>')
    asked = []

    def resolve(href):
        asked.append(href)
        return part if href == "parts/p.xml" else None

    doc = Document("corpus.zip!/dir/main.xml", main.encode(), resolve)
    [(_, found)] = validate_documents([doc], ValidateOptions(xinclude=True))
    assert found == [] and asked == ["parts/p.xml"]
    missing = Document("main.xml", main.encode(), lambda href: None)
    [(_, found)] = validate_documents([missing], ValidateOptions(xinclude=True))
    assert "xinclude" in rules(found)


def on_disk(path):
    """The Document teikit makes for a file: it may resolve names in its own folder."""
    [doc] = iter_sources([str(path)])
    return doc


def test_xml_model_uses_local_schema_and_never_the_network(tmp_path):
    (tmp_path / "note.rng").write_text(RNG_NOTE)
    local = tmp_path / "local.xml"
    local.write_text('<?xml-model href="note.rng" type="application/xml"?>\n<note n="x"/>')
    remote = tei(prolog='<?xml-model href="https://tei-c.org/x.rng"?>\n')
    found = dict(validate_documents(
        [on_disk(local), Document("remote.xml", remote.encode())],
        ValidateOptions(use_xml_model=True, require_tei=False)))
    assert rules(found[str(local)]) == ["relaxng"]
    assert rules(found["remote.xml"]) == ["xml-model"]
    assert found["remote.xml"][0].severity == "warning"


def test_packaged_tei_all_is_the_vendored_one():
    """The wheel ships teikit/data/tei_all.rng; it must stay byte-identical to schemas/."""
    packaged = default_schema()
    assert packaged.parent.name == "data"
    vendored = Path(__file__).resolve().parents[2] / "schemas" / "tei_all.rng"
    if vendored.is_file():
        assert packaged.read_bytes() == vendored.read_bytes()


def test_usage_errors_raise_at_call_time_before_any_document_is_read(tmp_path):
    broken = tmp_path / "broken.rng"
    broken.write_text("<grammar")

    def docs():
        raise AssertionError("documents were read")
        yield  # pragma: no cover

    with pytest.raises(TeikitError, match="broken.rng"):
        validate_documents(docs(), ValidateOptions(schema=broken))


def test_unusable_xml_model_schema_is_a_finding_about_that_document(tmp_path):
    (tmp_path / "broken.rng").write_text("<grammar")
    doc = tmp_path / "d.xml"
    doc.write_text('<?xml-model href="broken.rng"?>\n<note/>')
    found = dict(validate_documents([on_disk(doc), Document("ok.xml", tei().encode())],
                                    ValidateOptions(use_xml_model=True, require_tei=False)))
    assert rules(found[str(doc)]) == ["xml-model"] and "broken.rng" in found[str(doc)][0].message
    assert found["ok.xml"] == []


def test_jobs_zero_means_one_worker_per_cpu_but_one_for_a_single_file(monkeypatch):
    from teikit.validate import pool
    sizes = []
    real_run = pool.run

    def spy(jobs, options, checker, size, prestart=0):
        sizes.append((size, prestart))
        return real_run(jobs, options, checker, size, prestart)
    monkeypatch.setattr(pool, "run", spy)
    monkeypatch.setattr("os.cpu_count", lambda: 2)
    assert run(("a.xml", tei()), engine="lxml", jobs=0) == {"a.xml": []}
    many = run(*[(f"d{i}.xml", tei()) for i in range(5)], engine="lxml", jobs=0)
    assert list(many) == [f"d{i}.xml" for i in range(5)]
    assert sizes == [(1, 1), (2, 2)]  # all started at once, before the first scan


def test_workers_start_before_the_first_batch_is_read_and_scanned(monkeypatch):
    """engine._Jobs reads only as many documents as there may be workers (not the first
    batch of 16) before pool.run starts the workers: they start while the parent scans
    that batch, instead of after it (~15 ms of one idle core on the plays)."""
    from teikit.validate import pool
    from teikit.validate.engine import _Jobs
    started, read, seen = [], [], {}
    real_init = pool._Worker.__init__

    def counting_init(self, *args):
        started.append(len(read))
        real_init(self, *args)
    monkeypatch.setattr(pool._Worker, "__init__", counting_init)

    def docs():
        for i in range(20):
            read.append(i)
            yield Document(f"d{i}.xml", tei(f"<p>{i}</p>").encode())
    options = ValidateOptions(engine="lxml")
    jobs = _Jobs(docs(), peek=2)
    assert jobs.known == 2 and len(read) == 2
    from teikit.validate.document import DocumentChecker
    for idx, doc, found in pool.run(jobs, options, DocumentChecker(options), 2, prestart=2):
        seen[idx] = found
    assert started == [2, 2]  # both forked when only the two peeked documents were read
    assert sorted(seen) == list(range(20)) and all(v == [] for v in seen.values())


def test_first_error_names_the_element_at_fault_not_the_root():
    """libxml2's compiled automaton rejects an empty fileDesc without any message; teikit
    names fileDesc on its line (jing: 'element "fileDesc" incomplete' on line 3)."""
    [diag] = run(("f.xml", (DIFF / "i-empty-fileDesc.xml").read_bytes()), engine="lxml")["f.xml"]
    assert diag.line == 3 and "element fileDesc " in diag.message
    assert "root element" not in diag.message


def test_an_attribute_error_before_content_errors_comes_first():
    """libxml2 logs content errors inside teiHeader before teiHeader's own attribute error;
    all are kept and the line-3 one comes first, as in jing."""
    found = run(("a.xml", (DIFF / "i-attribute-error-before-content-errors.xml").read_bytes()),
                engine="lxml")["a.xml"]
    assert [d.line for d in found] == [3, 10, 14, 22]
    assert "teiHeader" in found[0].message


@needs_jing
@pytest.mark.parametrize("engine", ["lxml", "jing"])
def test_errors_in_a_compact_schema_point_at_the_users_file(tmp_path, engine):
    """A .rnc is converted (and cached) before libxml2 compiles it; its errors still name
    the .rnc and the line and column in it, not the cached conversion."""
    schema = tmp_path / "bad.rnc"
    schema.write_text("start = element a { b }\n")
    with pytest.raises(TeikitError) as err:
        run(("a.xml", "<a/>"), schema=schema, engine=engine)
    assert str(err.value) == (f'{schema}: not a usable RELAX NG schema: line 1:21: reference '
                              'to undefined pattern "b"')


@needs_jing
def test_a_compact_schema_validates_with_both_engines(tmp_path):
    schema = tmp_path / "note.rnc"
    schema.write_text("start = element note { attribute n { xsd:integer } }\n")
    for engine in ("lxml", "jing"):
        found = run(("ok.xml", '<note n="1"/>'), ("bad.xml", '<note n="x"/>'), schema=schema,
                    engine=engine)
        assert found["ok.xml"] == [] and rules(found["bad.xml"]) == ["relaxng"], engine


def test_each_batch_goes_to_the_workers_largest_document_first():
    """engine._Jobs: a big document started last would keep one worker busy after the
    others ran out of work; its number (the result's place) stays its input position."""
    from teikit.validate.engine import _Jobs
    sizes = [3, 50, 7, 50, 1, 20] * 4  # 24 documents: the first batch of 16, then 8
    docs = [Document(f"d{i}.xml", tei("<p>" + "x" * n + "</p>").encode())
            for i, n in enumerate(sizes)]
    jobs = list(_Jobs(docs))
    assert sorted(idx for idx, *_ in jobs) == list(range(24))
    for batch in (jobs[:16], jobs[16:]):
        assert [len(doc.data) for _, doc, *_ in batch] == \
            sorted((len(doc.data) for _, doc, *_ in batch), reverse=True)
        assert all(doc is docs[idx] for idx, doc, *_ in batch)
    assert {idx for idx, *_ in jobs[:16]} == set(range(16))


def test_idle_workers_get_documents_of_grammars_they_have_compiled():
    """pool._Lookahead: a worker is given a job whose names hint it has already had (its
    grammar is compiled there), else one no other worker has, else the next in order;
    every job is started exactly once."""
    from types import SimpleNamespace

    from teikit.validate.pool import _Lookahead
    a, b, c = frozenset({"a"}), frozenset({"b"}), frozenset({"c"})
    jobs = [(0, None, a), (1, None, a), (2, None, b), (3, None, a), (4, None, c)]
    first = SimpleNamespace(hints={a: None})
    second = SimpleNamespace(hints={b: None})
    ahead = _Lookahead(jobs)
    workers = [first, second]
    assert ahead.take(second, workers)[0] == 2        # its own group b
    assert ahead.take(second, workers)[0] == 4        # c: nobody has it
    assert ahead.take(first, workers)[0] == 0         # a, in order
    assert ahead.take(SimpleNamespace(hints={}), workers + [first])[0] == 1
    assert ahead.take(first, workers)[0] == 3
    assert ahead.take(first, workers) is None


def test_workers_get_documents_before_the_next_batch_is_read():
    """pool._Lookahead over engine._Jobs: jobs already planned are handed out without
    reading and scanning the next batch first (the second worker waited ~60 ms for a batch
    of 64 on the plays, and no result was collected meanwhile); that batch is read once
    the planned jobs run out, or by `step()` while all workers are busy."""
    from types import SimpleNamespace

    from teikit.validate.engine import _Jobs
    from teikit.validate.pool import _Lookahead
    read: list[int] = []

    def docs():
        for i in range(100):
            read.append(i)
            yield Document(f"d{i}.xml", tei(f"<p>{i}</p>").encode())
    jobs = _Jobs(docs())
    assert len(read) == 2 == jobs.known  # read ahead to size the pool; the rest on demand
    ahead = _Lookahead(jobs)
    first, second = SimpleNamespace(hints={}), SimpleNamespace(hints={})
    taken = [ahead.take(first, [first, second]), ahead.take(second, [first, second])]
    assert len(read) == 16 and {job[0] for job in taken} <= set(range(16))
    while jobs.step():
        pass
    assert len(read) == 16 + 64
    taken += [ahead.take(first, [first, second]) for _ in range(98)]
    assert sorted(job[0] for job in taken) == list(range(100))
    assert ahead.take(first, [first, second]) is None


def test_a_grown_group_is_sent_only_with_documents_its_older_names_do_not_cover():
    """grammarsets.GrammarPlan: when a later batch adds names to a group, its documents
    that the group's earlier names cover keep that name set (the workers have compiled its
    grammar); only those with new names get the grown one. Every hint covers its document."""
    from teikit.validate.grammarsets import GrammarPlan
    plan = GrammarPlan()
    first = plan.assign([{"TEI", "sp", "p"}, {"TEI", "sp", "l"}])
    assert first[0] == first[1] == frozenset({"TEI", "sp", "p", "l"})
    second_batch = [{"TEI", "sp"}, {"TEI", "sp", "stage"}, {"TEI", "p", "l"}]
    second = plan.assign(second_batch)
    assert second[0] == second[2] == first[0]           # covered: the grammar they have
    assert second[1] == first[0] | {"stage"}            # grown: the new name set
    third = plan.assign([{"TEI", "stage"}, {"TEI", "p"}])
    assert third == [second[1], first[0]]               # the oldest one that covers
    for names, hint in zip(second_batch, second):
        assert names <= hint


def test_documents_with_many_elements_get_grammars_of_their_own_up_to_a_bound():
    """grammarsets.GrammarPlan: a document of many elements is pruned per parent (its own
    names and CHILDREN), small ones share groups, and past MAX_OWN such documents big ones
    are grouped too, so a corpus of rich documents does not cost a pruning each."""
    from teikit.validate.grammarsets import CHILDREN, MAX_OWN, GrammarPlan
    plan = GrammarPlan()
    small = [{"TEI", "p", f"e{i}"} for i in range(3)]
    big = [{f"e{i}" for i in range(j, j + 120)} for j in range(MAX_OWN + 5)]
    hints = plan.assign(small + big)
    assert len({hints[i] for i in range(3)}) == 1 and CHILDREN not in hints[0]
    own = [h for h in hints[3:] if CHILDREN in h]
    assert len(own) == MAX_OWN and all(h - {CHILDREN} == frozenset(b)
                                       for h, b in zip(own, big))
    assert all(frozenset(b) <= h for h, b in zip(hints[3 + MAX_OWN:], big[MAX_OWN:]))


class _SlowWhenAsked:
    """A worker's checker (inherited through fork): "slow.xml" waits, up to 5 s, until
    its fellow worker has exited, and says whether it did."""

    def check(self, name, data, hint, resolve):
        import os
        if name != "slow.xml":
            return []
        parent, me = os.getppid(), os.getpid()
        deadline = time.monotonic() + 5
        seen = False   # the fellow may not be started yet
        while time.monotonic() < deadline:
            with open(f"/proc/{parent}/task/{parent}/children") as f:
                others = [int(p) for p in f.read().split() if int(p) != me]
            seen = seen or bool(others)
            if seen and all(_exited(pid) for pid in others):
                return ["fellow exited"]
            time.sleep(0.01)
        return ["fellow still running"]


def _exited(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] in "ZX"
    except FileNotFoundError:
        return True


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="reads /proc (Linux)")
def test_a_worker_with_nothing_left_to_do_exits_while_the_others_work():
    """pool.run: once no document is left for it, a worker is stopped at once instead of
    after the last result (each took ms to exit, one after another, at the end of a run)."""
    from types import SimpleNamespace

    from teikit.validate import pool
    if pool.process_context().get_start_method() != "fork":
        pytest.skip("the checker reaches the workers through fork")
    options = SimpleNamespace(timeout=30, corpus_references=False)
    docs = [Document("slow.xml", b"<a/>"), Document("fast.xml", b"<b/>")]
    jobs = [(i, doc, frozenset({doc.name})) for i, doc in enumerate(docs)]
    results = {doc.name: found for _, doc, found in pool.run(jobs, options,
                                                               _SlowWhenAsked(), 2)}
    assert results == {"fast.xml": [], "slow.xml": ["fellow exited"]}
