"""Where the work of a command runs: here (in this process or a pool of worker processes),
or on the workers of a Dask cluster.

One abstraction for large collections, used by `validate`, `convert` and `transform`: an
executor takes a function that handles a batch (a list of items, e.g. documents as (name,
bytes)) and the items, and `map_batches` yields the results item by item, in input order.

- `LocalExecutor(jobs=1)` runs each item in this process, one after the other.
- `LocalExecutor(jobs=N)`, N > 1, sends batches to N worker processes on this machine;
  the workers die with this process (`teikit.procs.die_with_parent`), however it ends.
- `DaskExecutor(scheduler)` sends batches to an existing Dask cluster
  (`distributed.Client(scheduler)`).

The pool and Dask keep a bounded number of batches in flight, so a collection larger than
memory streams through, and a slow batch holds back only the results after it.
`validate` has its own local path (the engine's worker pool: time limits, jing hand-over);
on Dask, each batch runs that same engine on a worker, so verdicts and reports are the same
as a local run's.

Batch functions must be picklable, and for Dask importable by the workers (teikit
installed there, the same version): module-level functions and `functools.partial` of them.
They get the bytes, not paths: files are read and outputs written on the calling machine.
"""
from __future__ import annotations

import os
from collections import deque
from contextlib import contextmanager
from functools import partial
from typing import Callable, Iterable, Iterator

from teikit.errors import TeikitError

EXECUTORS = ("local", "dask")
BATCH_ITEMS = 32                 # items per Dask task ...
BATCH_BYTES = 16 * 1024 * 1024   # ... or this many bytes of documents
POOL_BATCH_ITEMS = 4             # items per task of the local pool (it costs little to
POOL_BATCH_BYTES = 4 * 1024 * 1024  # send one, and small tasks keep the workers even)
IN_FLIGHT_PER_WORKER = 2         # tasks submitted ahead per worker (thread or process)


def check_choice(name: str = "local", scheduler: str | None = None) -> None:
    """The usage errors of an executor choice, without starting anything."""
    if name not in EXECUTORS:
        raise TeikitError(f"unknown executor {name!r} (choose from {', '.join(EXECUTORS)})")
    if name == "local" and scheduler:
        raise TeikitError("--scheduler is for --executor dask")
    if name == "dask" and not scheduler:
        raise TeikitError("--executor dask needs --scheduler ADDRESS (e.g. tcp://host:8786)")


def make_executor(name: str = "local", scheduler: str | None = None, jobs: int = 1,
                  prepare: Callable | None = None):
    """`jobs` (local only): worker processes, 0 = one per CPU (see `worker_count`);
    `prepare` see `LocalExecutor`."""
    check_choice(name, scheduler)
    if name == "dask":
        return DaskExecutor(scheduler)
    return LocalExecutor(jobs, prepare)


@contextmanager
def opened(name: str = "local", scheduler: str | None = None, jobs: int = 1,
           documents: int | None = None, prepare: Callable | None = None):
    """`make_executor`'s executor for a run over `documents` documents (no more workers
    than that), closed at the end: its workers stopped, however the run ends."""
    executor = make_executor(name, scheduler, worker_count(jobs, documents), prepare)
    try:
        yield executor
    finally:
        executor.close()


def worker_count(jobs: int, documents: int | None = None) -> int:
    """Worker processes for `jobs`: itself, or for 0 one per CPU (so 1 on one CPU: in
    process); at most 4 per CPU, never more than there are documents when that is known."""
    if jobs < 0:
        raise TeikitError("--jobs must be at least 0 (0: one per CPU)")
    from teikit.validate.pool import max_workers  # more only costs memory
    count = min(jobs or _cpus(), max_workers())
    if documents is not None:
        count = min(count, documents)
    return max(1, count)


def _cpus() -> int:
    try:
        return len(os.sched_getaffinity(0))  # the CPUs this process may use (containers, taskset)
    except (AttributeError, OSError):
        return os.cpu_count() or 1


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


def in_order(submit: Callable, fn, batches_: Iterable[list], window: int) -> Iterator:
    """Submit `fn(batch)` for each batch, at most `window` submitted and not yet collected;
    yield the results item by item in input order. Leaving early cancels what is pending."""
    pending: deque = deque()
    try:
        for batch in batches_:
            pending.append(_checked(partial(submit, fn, batch)))
            if len(pending) >= window:
                yield from _checked(pending.popleft().result)
        while pending:
            yield from _checked(pending.popleft().result)
    finally:
        for future in pending:
            future.cancel()


def _checked(call: Callable):
    """`call()` (a submission, a result), with a lost worker or a failed task said in one
    line."""
    try:
        return call()
    except TeikitError:
        raise
    except Exception as exc:  # a worker lost, a task that failed: say which, end the run
        raise TeikitError(f"a Dask task failed: {type(exc).__name__}: {exc}") from None


class LocalExecutor:
    """Items run in this process (`jobs` 1), or in a pool of `jobs` worker processes
    (0: one per CPU). The pool starts here, before any thread (a progress bar) that a
    forked worker must not inherit, and stops at `close()`. `prepare()`, if given, runs
    here first (e.g. one tiny document): forked workers inherit what it loaded instead of
    each loading it again."""

    name = "local"

    def __init__(self, jobs: int = 1, prepare: Callable | None = None):
        self.workers = worker_count(jobs)
        self._pool = None
        if self.workers > 1:
            if prepare is not None:
                prepare()
            from teikit.process_pool import ProcessPool
            self._pool = ProcessPool(self.workers)

    def map_batches(self, fn, items: Iterable, size_of: Callable = lambda item: 0
                    ) -> Iterator:
        if self._pool is None:
            for item in items:  # one at a time: reading stays as lazy as the results
                yield from fn([item])
            return
        for results in self._pool.map(fn, batches(items, size_of, POOL_BATCH_ITEMS,
                                                  POOL_BATCH_BYTES),
                                      IN_FLIGHT_PER_WORKER * self.workers):
            yield from results

    def validate(self, docs, options):
        """The engine's own worker pool (`options.jobs`), with its time limits."""
        from teikit.validate import validate_documents
        return validate_documents(docs, options)

    def close(self) -> None:
        """Stop the workers: at once if the run was cut short (work still under way)."""
        if self._pool is not None:
            pool, self._pool = self._pool, None
            pool.close()


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

    def _submit(self, fn, batch):
        self.tasks += 1
        return self.client.submit(fn, batch, pure=False)

    def map_batches(self, fn, items: Iterable, size_of: Callable = lambda item: 0
                    ) -> Iterator:
        """Results item by item in input order; at most `_window()` batches submitted
        and not yet collected (a slow batch holds back only what follows it)."""
        return in_order(self._submit, fn, batches(items, size_of, BATCH_ITEMS, BATCH_BYTES),
                        self._window())

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


def validate_batch(options, items: list[tuple[str, bytes]]) -> list:
    """On a Dask worker: teikit's engine on a batch of (name, bytes) documents."""
    from teikit.validate import Document, validate_documents
    return list(validate_documents([Document(name, data) for name, data in items], options))
