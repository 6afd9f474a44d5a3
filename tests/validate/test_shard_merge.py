"""`--shard K/N` and `teikit report merge`: the shards' reports merged are the report of
the unsharded run, in every mergeable format."""
from __future__ import annotations

import subprocess
import sys

import pytest
from test_engine_docs import tei

from teikit.errors import TeikitError
from teikit.reporters import render
from teikit.reporters.merge import merge, walk_key
from teikit.validate_api import validate
from teikit.validate.shard import parse_shard, part_of


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    root = tmp_path_factory.mktemp("corpus")
    (root / "sub" / "deeper").mkdir(parents=True)
    docs = {"a.xml": tei(), "z.xml": tei("<p><bogus/></p>"), "m.xml": tei("<p>" + "x " * 5000 + "</p>"),
            "broken.xml": "<TEI", "sub/b.xml": tei('<p rend="x"><hi>y</hi></p>'),
            "sub/c.xml": tei("<ab><foo/></ab>"), "sub/deeper/d.xml": tei("<lg><l>l</l></lg>"),
            "sub/deeper/e.xml": tei('<p xml:id="a"/><p xml:id="a"/>')}
    for name, text in docs.items():
        (root / name).write_text(text)
    return root


@pytest.mark.parametrize("fmt", ["json", "junit", "sarif"])
def test_shards_merged_equal_the_unsharded_report(corpus, fmt):
    whole = validate([str(corpus)], jobs=2)
    parts = [validate([str(corpus)], shard=(k, 3), jobs=1) for k in (1, 2, 3)]
    names = [r.name for part in parts for r in part.results]
    assert sorted(names) == sorted(r.name for r in whole.results)  # disjoint, complete
    merged_fmt, text, code = merge([render(fmt, part) for part in parts])
    assert merged_fmt == fmt and code == whole.exit_code == 1
    assert text == render(fmt, whole)


def test_shards_are_balanced_by_size_and_deterministic(tmp_path):
    sizes = [900, 800, 100, 100, 100, 100, 100, 100]
    inputs = []
    for i, size in enumerate(sizes):
        path = tmp_path / f"f{i}.xml"
        path.write_bytes(b"x" * size)
        inputs.append((path.name, str(path)))
    parts = part_of(inputs, 2)
    assert parts == part_of(list(inputs), 2)
    loads = [sum(s for s, p in zip(sizes, parts) if p == k) for k in (0, 1)]
    assert parts[0] != parts[1] and max(loads) - min(loads) <= 100
    assert part_of(inputs[::-1], 2)[::-1] == parts  # the order given does not matter


def test_walk_key_orders_files_before_subfolders():
    paths = ["sub/deeper/d.xml", "z.xml", "sub/b.xml", "a.xml", "a.zip!/x/y.xml"]
    assert sorted(paths, key=walk_key) == ["a.xml", "z.xml", "a.zip!/x/y.xml", "sub/b.xml",
                                            "sub/deeper/d.xml"]


@pytest.mark.parametrize("text", ["0/2", "3/2", "1", "a/b", "1/0"])
def test_bad_shard_is_a_usage_error(text):
    with pytest.raises(TeikitError, match="K/N"):
        parse_shard(text)


def test_report_merge_command_and_refusals(corpus, tmp_path):
    reports = []
    for k in (1, 2):
        out = tmp_path / f"r{k}.json"
        subprocess.run([sys.executable, "-m", "teikit", "validate", str(corpus), "--shard",
                        f"{k}/2", "--format", "json", "-o", str(out), "-q"], check=False)
        reports.append(str(out))
    merged = tmp_path / "merged.json"
    proc = subprocess.run([sys.executable, "-m", "teikit", "report", "merge", *reports,
                           "-o", str(merged)], capture_output=True, text=True)
    assert proc.returncode == 1 and merged.read_text() == render(
        "json", validate([str(corpus)]))
    junit = tmp_path / "r.xml"
    junit.write_text(render("junit", validate([str(corpus / "a.xml")])))
    proc = subprocess.run([sys.executable, "-m", "teikit", "report", "merge", reports[0],
                           str(junit)], capture_output=True, text=True)
    assert proc.returncode == 2 and "different formats" in proc.stderr
