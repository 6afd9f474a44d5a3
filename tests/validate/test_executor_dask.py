"""The Dask executor: batches of documents on the workers of a cluster (here a
distributed.LocalCluster in this process) give the report a local run gives."""
from __future__ import annotations

import pytest
from test_engine_docs import tei

from teikit.errors import TeikitError
from teikit.executors import DaskExecutor, make_executor
from teikit.reporters import render
from teikit.validate_api import validate

distributed = pytest.importorskip("distributed")  # the `scheduler` fixture: tests/conftest.py


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    root = tmp_path_factory.mktemp("corpus")
    for i in range(40):  # more than one batch (BATCH_ITEMS)
        body = "<p><bogus/></p>" if i % 7 == 3 else f"<p>{i}</p>"
        (root / f"d{i:02d}.xml").write_text(tei(body))
    (root / "broken.xml").write_text("<TEI")
    (root / "notes.xml").write_text(tei('<p xml:id="a"/><p xml:id="a"/><ptr target="#x"/>'))
    return root


@pytest.mark.parametrize("fmt", ["json", "junit", "sarif", "text"])
def test_dask_run_gives_the_local_report(scheduler, corpus, fmt):
    local = validate([str(corpus)])
    executor = make_executor("dask", scheduler)
    try:
        remote = validate([str(corpus)], executor=executor)
    finally:
        executor.close()
    assert executor.tasks == 2  # 42 documents in batches of 32: both ran on the cluster
    assert remote.invalid == 8 and remote.exit_code == 1
    assert render(fmt, remote) == render(fmt, local)


def test_dask_refuses_what_it_cannot_resolve_and_needs_a_scheduler(scheduler, corpus):
    with pytest.raises(TeikitError, match="--scheduler"):
        make_executor("dask", None)
    executor = DaskExecutor(scheduler)
    try:
        with pytest.raises(TeikitError, match="xinclude"):
            validate([str(corpus)], executor=executor, xinclude=True)
    finally:
        executor.close()
