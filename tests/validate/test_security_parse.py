"""Hostile input: entity bombs, external entities and DTDs, absurd nesting. Each must give a
diagnostic within seconds, with bounded memory, and load nothing from outside."""
from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from test_engine_docs import run, tei

LOL = ('<?xml version="1.0"?>\n<!DOCTYPE TEI [\n <!ENTITY lol0 "lol">\n'
       + "".join(f' <!ENTITY lol{i} "{("&lol%d;" % (i - 1)) * 10}">\n' for i in range(1, 10))
       + ']>\n<TEI xmlns="http://www.tei-c.org/ns/1.0"><p>&lol9;</p></TEI>\n')
QUADRATIC = ('<?xml version="1.0"?>\n<!DOCTYPE TEI [<!ENTITY a "' + "x" * 50_000 + '">]>\n'
             '<TEI xmlns="http://www.tei-c.org/ns/1.0"><p>' + "&a;" * 50_000 + "</p></TEI>\n")


def _single(text, **options):
    start = time.monotonic()
    [(_, found)] = run(("doc.xml", text), **options).items()
    return found, time.monotonic() - start


def test_billion_laughs_is_an_error_quickly():
    found, seconds = _single(LOL)
    assert [d.rule for d in found] == ["xml-syntax"] and "amplification" in found[0].message
    assert seconds < 5


def test_quadratic_blowup_is_an_error_quickly():
    found, seconds = _single(QUADRATIC)
    assert [d.rule for d in found] == ["xml-syntax"]
    assert seconds < 5


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs Linux /proc")
def test_bombs_stay_within_bounded_memory():
    # A fresh interpreter: its own peak (VmHWM; ru_maxrss would inherit the forking pytest
    # process's peak across exec) and that of its validation workers (forked, waited for).
    code = ("import resource, sys; sys.path.insert(0, 'tests/validate');"
            "import test_security_parse as t, test_engine_docs as d;"
            "d.run(('a', t.LOL), ('b', t.QUADRATIC));"
            "own = [l for l in open('/proc/self/status') if l.startswith('VmHWM')][0];"
            "print(int(own.split()[1]), resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, timeout=60)
    own, workers = map(int, out.stdout.split())
    assert own < 200_000 and 0 < workers < 200_000  # kB


def test_external_entity_is_never_loaded(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET")
    text = tei("<p>&e;</p>", prolog=f'<!DOCTYPE TEI [<!ENTITY e SYSTEM "{secret.as_uri()}">]>\n')
    found, _ = _single(text)
    assert [d.rule for d in found] == ["xml-entities"]
    assert all("TOP-SECRET" not in d.message for d in found)


def test_external_dtd_is_not_loaded_and_document_still_validates(tmp_path):
    dtd = tmp_path / "evil.dtd"
    dtd.write_text("<!ENTITY % broken 'this is not a DTD")  # would fail if ever read
    for system_id in (dtd.as_uri(), "http://127.0.0.1:9/tei.dtd"):
        text = tei(prolog=f'<!DOCTYPE TEI SYSTEM "{system_id}">\n')
        found, seconds = _single(text, engine="lxml")
        assert found == [] and seconds < 5


def test_ten_thousand_deep_nesting_is_reported_not_a_crash():
    # libxml2 stops at 2048 levels; engine auto hands such documents to jing (see
    # tests/security/test_validate_hostile.py), engine lxml reports the limit.
    deep = "<hi>" * 10_000 + "x" + "</hi>" * 10_000
    found, seconds = _single(tei(f"<p>{deep}</p>"), engine="lxml")
    assert [d.rule for d in found] == ["xml-syntax"] and "depth" in found[0].message.lower()
    assert seconds < 10
