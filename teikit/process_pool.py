"""Worker processes for `teikit.executors.LocalExecutor`: batches out, results back in input
order, and nothing in the way of stopping at once.

Why not `concurrent.futures.ProcessPoolExecutor`: its helper threads read the workers'
results; a worker killed while it sends one (SIGTERM or Ctrl-C on a run) leaves that
thread waiting for the rest of the message forever, and the interpreter waits for the
thread at exit, so the run never ends. Here the calling thread does all the talking, one
pipe per worker, and stopping is killing the workers and reaping them.
"""
from __future__ import annotations

import os
import sys
from multiprocessing.connection import wait
from typing import Iterable, Iterator

from teikit.errors import TeikitError


def process_context():
    """The way teikit starts worker processes (here and in `validate.pool`/`handover`)."""
    import multiprocessing
    # fork: the workers inherit what this process has loaded (modules, word lists, sorted
    # passes, compiled schemas) and start in milliseconds; their parent is this process
    # (die_with_parent).
    return multiprocessing.get_context("fork" if sys.platform.startswith("linux") else "spawn")


def _worker_main(conn, parent_pid: int) -> None:
    from teikit.procs import die_with_parent, worker_signals
    die_with_parent(parent_pid)
    worker_signals()
    while True:
        try:
            task = conn.recv()
        except EOFError:   # the parent closed its end
            return
        if task is None:
            return
        fn, batch = task
        try:
            reply = ("done", fn(batch))
        except Exception as exc:  # a bug in a batch function: the parent ends the run
            reply = ("failed", f"{type(exc).__name__}: {exc}")
        conn.send(reply)


class _Worker:
    def __init__(self, ctx):
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_worker_main, args=(child, os.getpid()), daemon=True)
        self.proc.start()
        child.close()      # the worker holds the only other end: its death is EOF here
        self.batch = None  # the index of the batch it works on


class ProcessPool:
    """`workers` processes, started now (from the calling thread, before any other)."""

    def __init__(self, workers: int):
        ctx = process_context()
        self.workers = [_Worker(ctx) for _ in range(workers)]

    def processes(self) -> list[int]:
        return [w.proc.pid for w in self.workers]

    def map(self, fn, batches: Iterable[list], window: int) -> Iterator[list]:
        """`fn(batch)` for each batch, in the workers; the results in input order, at most
        `window` batches sent and not yet yielded."""
        todo = iter(batches)
        results: dict[int, list] = {}
        sent = yielded = 0
        exhausted = False
        while True:
            while not exhausted and sent - yielded < window:
                idle = next((w for w in self.workers if w.batch is None), None)
                if idle is None:
                    break
                batch = next(todo, _END)
                if batch is _END:
                    exhausted = True
                    break
                try:
                    idle.conn.send((fn, batch))
                except OSError:  # it died while idle
                    raise _died() from None
                idle.batch, sent = sent, sent + 1
            if yielded in results:
                yield results.pop(yielded)
                yielded += 1
                continue
            busy = {w.conn: w for w in self.workers if w.batch is not None}
            if not busy:
                return
            for conn in wait(list(busy)):
                worker = busy[conn]
                results[worker.batch] = _reply(conn)
                worker.batch = None

    def close(self) -> None:
        """Stop the workers: idle ones are asked to, busy ones (a run cut short) killed."""
        for worker in self.workers:
            if worker.batch is None:
                try:
                    worker.conn.send(None)
                except OSError:
                    worker.proc.kill()
            else:
                worker.proc.kill()
        for worker in self.workers:
            worker.proc.join(timeout=5)
            if worker.proc.is_alive():
                worker.proc.kill()
                worker.proc.join()
            worker.conn.close()
        self.workers = []


_END = object()


def _died() -> TeikitError:
    return TeikitError("a worker process died (out of memory? killed?); the run is stopped, "
                       "the outputs written so far are complete")


def _reply(conn) -> list:
    try:
        status, value = conn.recv()
    except (EOFError, OSError):
        raise _died() from None
    if status != "done":
        raise TeikitError(f"a task failed in a worker process: {value}")
    return value
