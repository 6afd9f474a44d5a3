"""Settings for the whole suite."""
from __future__ import annotations

import os

import pytest
from hypothesis import settings

# CI explores the same examples on every run, so that a red build always means a change in
# the code, never a new random draw; locally, every run explores new examples.
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")


@pytest.fixture(scope="module")
def scheduler():
    """The address of a Dask cluster (a LocalCluster in this process) for the Dask
    executor's tests, one per test module."""
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=False,
                                  dashboard_address=None) as cluster:
        yield cluster.scheduler_address
