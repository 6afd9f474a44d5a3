"""Worker processes for libxml2 validation that can be killed.

libxml2's RELAX NG validator can run for minutes on some real documents and a C call cannot
be interrupted from Python, so every document is validated in a worker process; when it
overruns its time limit the worker is killed and replaced, and the caller decides what to do
with the document (jing fallback or a "timeout" diagnostic). No CI job can hang.
"""
from __future__ import annotations

import os
import time
from collections import deque
from multiprocessing.connection import wait

from teikit.errors import TeikitError
from teikit.process_pool import process_context

TIMEOUT = "timeout"
CRASHED = "crashed"
WORKERS_PER_CPU = 4
KEEP_HINTS = 16  # = grammarsets.KEEP_COMPILED (not imported: this module stays light)


def _worker_main(conn, options, checker, parent_pid: int) -> None:
    from teikit.procs import die_with_parent, worker_signals
    die_with_parent(parent_pid)  # a libxml2 hang must not outlive a killed teikit
    worker_signals()
    if checker is None:
        from teikit.validate.document import DocumentChecker
        checker = DocumentChecker(options)
    while True:
        job = conn.recv()
        if job is None:
            return
        idx, name, hint, has_resolve, present = job
        data = conn.recv_bytes()  # raw, not pickled: one copy less of every document
        resolve = _remote_resolver(conn, idx) if has_resolve else None
        try:
            conn.send(("done", idx,
                       _checked(checker, options, name, data, hint, resolve, present)))
        except TeikitError as exc:
            conn.send(("usage-error", idx, str(exc), exc.exit_code))
        except Exception as exc:  # a bug: say so for this document, keep the run going
            conn.send(("done", idx, [_internal_error(name, exc)]))


def _preimport(options) -> None:
    """What every document needs, imported once in the parent just before the workers are
    forked (they share it): the parent itself needs none of it, and when each worker
    imported it after the fork, the two competed with the parent's first scan for the
    two cores (no faster on the plays)."""
    import lxml.etree  # noqa: F401
    import teikit.validate.checks  # noqa: F401
    if options.corpus_references:
        import teikit.validate.refscan  # noqa: F401


def _checked(checker, options, name, data, hint, resolve, present=None):
    """The document's diagnostics; with the corpus-wide pointer check, they
    also carry the scan of its ids and pointers: the worker holds the bytes, and the
    parent, which feeds every worker, no longer scans each document itself. `present`:
    see references.scan."""
    if not options.corpus_references:
        return checker.check(name, data, hint, resolve)
    from teikit.validate.checks import layout
    from teikit.validate.refscan import WithScan, scan
    found = layout(data)  # one search for "<!" that the checks and the scan share
    return WithScan(checker.check(name, data, hint, resolve, found),
                    scan(name, data, present, found))


def _internal_error(name: str, exc: Exception):
    from teikit.diagnostics import Diagnostic
    return Diagnostic(name, 0, 0, "error", "internal",
                      f"teikit failed on this document ({type(exc).__name__}: {exc}); "
                      "please report it, and validate it with --engine jing meanwhile")


def _remote_resolve(conn, idx, href):
    conn.send(("resolve", idx, href))
    return conn.recv()


def _remote_resolver(conn, idx):
    """XInclude hrefs are answered by the parent, which holds the archive or folder."""
    return lambda href: _remote_resolve(conn, idx, href)


def _widen_send_buffer(conn) -> None:
    """Let a whole document (up to 4 MB, as far as the system allows) sit in the socket
    while the worker reads it: with the default ~200 KB the parent blocked in write() for
    ~0.1 s per 50 MB, handing over each document in slices."""
    import socket
    try:
        sock = socket.socket(fileno=os.dup(conn.fileno()))
    except (OSError, AttributeError):
        return
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 4 * 1024 * 1024)
    except OSError:
        pass
    finally:
        sock.close()  # the duplicate only


class _Worker:
    def __init__(self, ctx, options, checker):
        self.conn, child = ctx.Pipe()
        _widen_send_buffer(self.conn)
        inherit = checker if ctx.get_start_method() == "fork" else None
        self.proc = ctx.Process(target=_worker_main, args=(child, options, inherit, os.getpid()),
                                daemon=True)
        self.proc.start()
        child.close()
        self.job = None        # (idx, doc, deadline)
        self.hints: dict = {}  # names hints sent, oldest first (grammars it has compiled)

    def kill(self) -> None:
        self.proc.kill()
        self.proc.join()
        self.conn.close()

    def ask_to_stop(self) -> None:
        try:
            self.conn.send(None)
        except OSError:
            pass

    def reap(self) -> None:
        """Wait for a worker asked to stop (killed if it takes too long)."""
        self.proc.join(timeout=2)
        if self.proc.is_alive():
            self.proc.kill()
            self.proc.join()
        self.conn.close()


def max_workers() -> int:
    """The most worker processes worth starting: libxml2 validation is CPU-bound, so more
    than a few per CPU only costs memory (~3 MB each, plus the compiled grammar)."""
    return WORKERS_PER_CPU * (os.cpu_count() or 1)


def run(jobs, options, checker, size: int, prestart: int = 0):
    """Yield `(idx, doc, result)` as workers finish (not in order); `result` is a list of
    Diagnostics, TIMEOUT or CRASHED. `jobs` yields `(idx, doc, names_hint[, time_limit
    or None[, scan names]])`; if it has a
    `step()` method, that is called for small pieces of work ahead while all workers are
    busy (until it returns False). At most `size` workers (capped by `max_workers()`) are
    started, one per document that needs one: never more workers than documents.
    `prestart` workers (as many documents as the caller knows of) are started before the
    first job is asked for (its batch is then scanned while they start)."""
    pending = _Lookahead(jobs)
    background = getattr(jobs, "step", None)
    size = max(1, min(size, max_workers()))
    ctx = process_context()
    _preimport(options)
    workers: list[_Worker] = [_Worker(ctx, options, checker)
                              for _ in range(min(prestart, size))]
    # Workers with nothing left to do are stopped at once, while the others finish: each
    # takes some ms to exit (more after compiling many grammars), which were all spent
    # one after another at the end of the run.
    retired: list[_Worker] = []
    try:
        while True:
            while True:
                idle = next((w for w in workers if w.job is None), None)
                if idle is None and len(workers) >= size:
                    break
                job = pending.take(idle, workers)
                if job is None and idle is not None:
                    idle.ask_to_stop()
                    workers.remove(idle)
                    retired.append(idle)
                    continue
                if job is None:
                    break
                if idle is None:
                    idle = _Worker(ctx, options, checker)
                    workers.append(idle)
                _start(idle, job, options.timeout)
            busy = [w for w in workers if w.job is not None]
            if not busy:
                return
            yield from _collect(busy, workers, ctx, options, checker, background)
    finally:
        for worker in workers:
            if worker.job is not None:
                worker.proc.kill()
            else:
                worker.ask_to_stop()
        for worker in retired + workers:
            worker.reap()


class _Lookahead:
    """The next few jobs, so that an idle worker can be given one whose grammar (its names
    hint) it has already compiled, or one whose grammar no worker has yet: each worker
    compiled every group before (two workers, two compiles of each group). Results are put
    back in input order by the caller, so the order of starting does not matter."""

    SIZE = 16

    def __init__(self, jobs):
        self._jobs = iter(jobs)
        # Whether the next job comes without work (`_Jobs.ready`): while some are ahead, a
        # job that would first need a batch read and scanned is not waited for. Filling up
        # to SIZE scanned the second batch (~60 ms on the plays) before the second worker
        # was started, and no worker's result was collected meanwhile.
        self._ready = getattr(jobs, "ready", lambda: True)
        self._ahead: deque = deque()
        self._exhausted = False

    def take(self, worker, workers):
        while not self._exhausted and len(self._ahead) < self.SIZE \
                and (not self._ahead or self._ready()):
            job = next(self._jobs, None)
            if job is None:
                self._exhausted = True
            else:
                self._ahead.append(job)
        if not self._ahead:
            return None
        if worker is not None:
            others = [w.hints for w in workers if w is not worker]
            for prefer in (lambda hint: hint in worker.hints,
                           lambda hint: not any(hint in h for h in others)):
                for job in self._ahead:
                    if prefer(job[2]):
                        self._ahead.remove(job)
                        return job
        return self._ahead.popleft()


def _start(worker: _Worker, job, timeout: float) -> None:
    # A job may carry its own, shorter, time limit, and the names its references scan
    # looks for (references.scan's `present`).
    idx, doc, hint, *more = job
    limit, present = (more + [None, None])[:2]
    worker.hints[hint] = None
    while len(worker.hints) > KEEP_HINTS:  # as many as a worker keeps compiled
        del worker.hints[next(iter(worker.hints))]
    timeout = min(timeout, limit) if limit and timeout and timeout > 0 else timeout
    worker.conn.send((idx, doc.name, hint, doc.resolve is not None, present))
    worker.conn.send_bytes(doc.data)
    worker.job = (idx, doc, time.monotonic() + timeout if timeout and timeout > 0 else None)


def _collect(busy, workers, ctx, options, checker, background=None):
    conns = [w.conn for w in busy]
    ready = wait(conns, timeout=0) if background is not None else []
    while not ready and background is not None and background():
        ready = wait(conns, timeout=0)
    if not ready:
        deadlines = [w.job[2] for w in busy if w.job[2] is not None]
        wait_for = max(0.0, min(deadlines) - time.monotonic()) if deadlines else None
        ready = wait(conns, timeout=wait_for)
    for worker in busy:
        idx, doc, deadline = worker.job
        if worker.conn in ready:
            outcome = _receive(worker, doc)
            if outcome is None:
                continue  # answered a resolve request; still working
            worker.job = None
            if outcome is CRASHED:
                workers[workers.index(worker)] = _replace(worker, ctx, options, checker)
            yield idx, doc, outcome
        elif deadline is not None and time.monotonic() >= deadline:
            workers[workers.index(worker)] = _replace(worker, ctx, options, checker)
            yield idx, doc, TIMEOUT


def _receive(worker: _Worker, doc):
    try:
        msg = worker.conn.recv()
    except (EOFError, OSError):
        return CRASHED
    kind = msg[0]
    if kind == "resolve":
        worker.conn.send(doc.resolve(msg[2]))
        return None
    if kind == "usage-error":
        raise TeikitError(msg[2], msg[3])
    return msg[2]


def _replace(worker: _Worker, ctx, options, checker) -> _Worker:
    worker.kill()
    return _Worker(ctx, options, checker)
