"""Where the work of a command runs: on this machine, or on the workers of a Dask cluster.

One abstraction for large collections: an executor takes a function that handles a batch
(a list of items, e.g. documents as (name, bytes)) and the items, and yields the results
item by item, in input order. `LocalExecutor` runs batches here; `DaskExecutor` sends them
to an existing Dask cluster (`distributed.Client(scheduler)`) and keeps a bounded number
in flight, so a corpus larger than memory streams through. `validate` is the validation
entry point of both: locally, the engine's own worker pool (time limits, jing hand-over);
on Dask, each batch runs that same engine on a worker (one worker process per task), so
verdicts and reports are the same as a local run's.

The batch functions must be importable by the Dask workers (teikit installed there, the
same version) and picklable: module-level functions and `functools.partial` of them.
"""
from __future__ import annotations

from collections import deque
from functools import partial
from typing import Callable, Iterable, Iterator

from teikit.errors import TeikitError

EXECUTORS = ("local", "dask")
BATCH_ITEMS = 32                 # items per Dask task ...
BATCH_BYTES = 16 * 1024 * 1024   # ... or this many bytes of documents
IN_FLIGHT_PER_WORKER = 2         # tasks submitted ahead per Dask worker thread


def make_executor(name: str = "local", scheduler: str | None = None):
    if name == "local":
        if scheduler:
            raise TeikitError("--scheduler is for --executor dask")
        return LocalExecutor()
    if name == "dask":
        if not scheduler:
            raise TeikitError("--executor dask needs --scheduler ADDRESS (e.g. tcp://host:8786)")
        return DaskExecutor(scheduler)
    raise TeikitError(f"unknown executor {name!r} (choose from {', '.join(EXECUTORS)})")


def batches(items: Iterable, size_of: Callable = lambda item: 0,
            max_items: int = BATCH_ITEMS, max_bytes: int = BATCH_BYTES) -> Iterator[list]:
    batch, size = [], 0
    for item in items:
        batch.append(item)
        size += size_of(item)
        if len(batch) >= max_items or size >= max_bytes:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


class LocalExecutor:
    """Batches run in this process, one after the other."""

    name = "local"

    def map_batches(self, fn, items: Iterable, size_of: Callable = lambda item: 0
                    ) -> Iterator:
        for batch in batches(items, size_of):
            yield from fn(batch)

    def validate(self, docs, options):
        from teikit.validate import validate_documents
        return validate_documents(docs, options)

    def close(self) -> None:
        pass


class DaskExecutor:
    """Batches run as tasks on an existing Dask cluster."""

    name = "dask"

    def __init__(self, scheduler: str):
        try:
            from distributed import Client
        except ImportError:
            raise TeikitError("--executor dask needs dask and distributed: "
                              "pip install 'teikit[dask]'") from None
        try:
            self.client = Client(scheduler, set_as_default=False, timeout="20s")
        except (OSError, TimeoutError) as exc:
            raise TeikitError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from None
        self.tasks = 0   # batches sent to the cluster so far

    def _window(self) -> int:
        threads = sum(self.client.nthreads().values()) or 1
        return max(2, IN_FLIGHT_PER_WORKER * threads)

    def map_batches(self, fn, items: Iterable, size_of: Callable = lambda item: 0
                    ) -> Iterator:
        """Results item by item in input order; at most `_window()` batches submitted
        and not yet collected (a slow batch holds back only what follows it)."""
        window = self._window()
        pending: deque = deque()
        for batch in batches(items, size_of):
            pending.append(self.client.submit(fn, batch, pure=False))
            self.tasks += 1
            if len(pending) >= window:
                yield from _collected(pending.popleft())
        while pending:
            yield from _collected(pending.popleft())

    def validate(self, docs, options):
        """The documents' names and bytes go to the workers; a document's `resolve`
        (XInclude, xml-model next to it) stays on this machine, so those options are
        refused rather than answered differently."""
        if options.xinclude or options.use_xml_model:
            raise TeikitError("--executor dask cannot resolve --xinclude or --use-xml-model "
                              "(the files next to a document are not on the workers)")
        from dataclasses import replace

        from teikit.validate.engine import validate_documents as check_options
        check_options([], options)  # usage errors (schema, engine) here, before any task
        task = partial(validate_batch, replace(options, jobs=1))
        return self.map_batches(task, ((d.name, d.data) for d in docs),
                                size_of=lambda item: len(item[1]))

    def close(self) -> None:
        self.client.close()


def _collected(future) -> list:
    try:
        return future.result()
    except TeikitError:
        raise
    except Exception as exc:  # a worker lost, a task that failed: say which, end the run
        raise TeikitError(f"a Dask task failed: {type(exc).__name__}: {exc}") from None


def validate_batch(options, items: list[tuple[str, bytes]]) -> list:
    """On a Dask worker: teikit's engine on a batch of (name, bytes) documents."""
    from teikit.validate import Document, validate_documents
    return list(validate_documents([Document(name, data) for name, data in items], options))
