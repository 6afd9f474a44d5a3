"""A document that is slow in libxml2 is answered by jing early, and the report says so;
TEI's list content models do not send libxml2 into backtracking (rngfactor)."""
from __future__ import annotations

import time

import pytest
from test_engine_docs import needs_jing, rules, tei

from teikit.validate import Document, ValidateOptions, validate_documents
from teikit.validate.handover import slow_limit
from teikit.validate.schemas import RelaxNGValidator


def _results(docs, **options):
    documents = [Document(name, data.encode()) for name, data in docs]
    return list(validate_documents(documents, ValidateOptions(**options)))


def _hang(*args, **kwargs):
    time.sleep(3600)  # libxml2 stuck on a document (workers are forked: they inherit this)


@needs_jing
@pytest.mark.jing
def test_slow_document_gets_jings_verdict_long_before_the_time_limit(monkeypatch):
    monkeypatch.setattr(RelaxNGValidator, "validate", _hang)
    start = time.monotonic()
    results = dict((name, found) for name, found in _results(
        [("ok.xml", tei()), ("bad.xml", tei("<p><bogus/></p>"))], timeout=120, jobs=2))
    took = time.monotonic() - start
    # handed over after ~2 s (slow_limit), answered in jing's time: far below the 120 s
    assert took < 60, f"took {took:.1f} s"
    assert results["ok.xml"] == [] and results["ok.xml"].engine == "jing"
    bad = results["bad.xml"]
    assert rules(bad) == ["relaxng"] and '"bogus"' in bad[0].message and bad.engine == "jing"


def test_without_jing_a_slow_document_keeps_the_full_time_limit(monkeypatch):
    from teikit.validate import jing
    monkeypatch.setattr(jing, "available", lambda: False)
    monkeypatch.setattr(RelaxNGValidator, "validate", _hang)
    start = time.monotonic()
    ((name, found),) = _results([("slow.xml", tei())], timeout=3)
    assert time.monotonic() - start >= 3  # no early hand-over without jing to hand to
    assert rules(found) == ["timeout"] and found.engine == "libxml2"


def test_libxml2_verdicts_are_marked_as_libxml2s():
    ((name, found),) = _results([("a.xml", tei("<p><bogus/></p>"))])
    assert rules(found) == ["relaxng"] and found.engine == "libxml2"


def test_slow_limit_grows_with_size_and_load_and_never_exceeds_the_timeout(monkeypatch):
    import os
    monkeypatch.setattr(os, "getloadavg", lambda: (0.5, 0.5, 0.5))
    assert slow_limit(0, 30) < slow_limit(10 * 1024 * 1024, 30) <= 30
    assert slow_limit(10 ** 10, 30) == 30
    idle = slow_limit(0, 300)
    monkeypatch.setattr(os, "getloadavg", lambda: (8.0 * (os.cpu_count() or 1),) * 3)
    assert slow_limit(0, 300) == pytest.approx(8 * idle)


LIST_PERSON = ('<listPerson>{persons}<relation name="friends" mutual="#p0 #p1"/>{more}'
               '</listPerson>')


def _people(n: int, start: int = 0) -> str:
    return "".join(f'<person xml:id="p{i}"><persName>P{i}</persName></person>'
                   for i in range(start, start + n))


def test_long_list_person_validates_within_seconds_not_minutes():
    """(person+, relation*)+ with thousands of persons: libxml2 backtracked for minutes on
    8,418 of them (a real Parla-CLARIN root) before the grammar was factored."""
    doc = tei("<p>x</p>", header_extra="<profileDesc><particDesc>" + LIST_PERSON.format(
        persons=_people(6000), more=_people(3, 6000)) + "</particDesc></profileDesc>")
    ((name, found),) = _results([("many.xml", doc)], engine="lxml", timeout=20)
    assert found == []


@pytest.mark.parametrize("content, valid", [
    (LIST_PERSON.format(persons=_people(2), more=_people(1, 2)), True),
    ('<listPerson><relation name="a" mutual="#p0 #p1"/>' + _people(2) + "</listPerson>", True),
    ('<listPerson><relation name="a" mutual="#p0 #p1"/></listPerson>', False),
    ("<listPerson>" + _people(2) + "<head>late</head></listPerson>", False),
])
def test_factored_list_content_keeps_tei_alls_verdicts(content, valid):
    doc = tei("<p>x</p>", header_extra=f"<profileDesc><particDesc>{content}"
                                       "</particDesc></profileDesc>")
    ((name, found),) = _results([("l.xml", doc)], engine="lxml")
    assert (rules(found) == []) == valid, found
