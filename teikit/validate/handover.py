"""When libxml2 is slow on a document, jing answers: early, not after the full time limit.

libxml2 validates real TEI at ~20 ms per MB (parsing included) once its grammar is
compiled; jing needs ~1-3 s for a document (JVM start and tei_all's compile included). A
document that has kept a worker busy for many times what its size predicts has hit one of
libxml2's slow paths (backtracking content models, the non-compiled validator), which can
take minutes. With `engine="auto"` and jing at hand, such a document gets a time limit of
`SLOW_BASE + SLOW_PER_MB * size` seconds (at most `timeout`): past it the worker is
stopped and jing gives the verdict, so the document costs about jing's time more than the
limit, not `timeout` more. The limit is generous (~10x the prediction, plus room for a
grammar compile and a loaded machine): a document handed over by mistake still gets
jing's verdict, which is the reference, only later.

Every result says which engine gave the verdict (`Verdict.engine`): "libxml2" or "jing".
"""
from __future__ import annotations

import os

SLOW_BASE = 2.0          # seconds: a grammar compile, process hand-over, a loaded machine
SLOW_PER_MB = 0.25       # seconds per MB: ~10x libxml2's parse + validation time
LIBXML2, JING = "libxml2", "jing"


class Verdict(list):
    """A document's diagnostics, with the engine that decided its validity and, when a
    worker scanned the bytes for the corpus-wide pointer check, what it found
    (`references.Scanned`, else None: the parent scans)."""

    def __init__(self, diagnostics=(), engine: str = LIBXML2, scanned=None):
        super().__init__(diagnostics)
        self.engine = engine
        self.scanned = scanned


def slow_limit(size: int, timeout: float, compile_cost: float = 0.0) -> float:
    """How long libxml2 may take on a document of `size` bytes, whose grammar may first
    have to be compiled (estimated `compile_cost` seconds), before jing takes over. On a
    machine busier than its CPUs (load average above the CPU count) a worker gets a share
    of a CPU only, so the limit is stretched by that factor: the limit is meant for
    libxml2's slow paths, not for a loaded CI runner (a stopped worker also loses the
    grammars it had compiled)."""
    limit = SLOW_BASE + 4 * compile_cost + SLOW_PER_MB * size / (1024 * 1024)
    limit *= _load_factor()
    return min(limit, timeout) if timeout and timeout > 0 else limit


def _load_factor() -> float:
    try:
        return max(1.0, os.getloadavg()[0] / (os.cpu_count() or 1))
    except OSError:  # no load average on this platform
        return 1.0


def engine_of(diagnostics, default: str = LIBXML2) -> str:
    return getattr(diagnostics, "engine", default)


class JingRunners:
    """jing on handed-over documents, each in a forked process of its own, while the
    libxml2 workers go on with the rest (a jing run takes seconds: done in the loop that
    hands out documents, it would leave the workers idle). At most `MAX_RUNNING` at once,
    so a corpus full of slow documents cannot start a JVM per document."""

    MAX_RUNNING = 2

    def __init__(self, run_jing):
        self._run_jing = run_jing   # [doc] -> [diagnostics] (engine._jing_batch's verdicts)
        self._running: dict[int, tuple] = {}   # first idx -> (items, proc, receiver, what)

    @staticmethod
    def possible() -> bool:
        from teikit.process_pool import process_context
        return process_context().get_start_method() == "fork"  # documents carry closures

    def start(self, items: list, what: str) -> list:
        """Start one jing run on `items` ((idx, doc) pairs); `what` says why, for the
        message if jing fails. Returns the runs that ended while waiting for a slot."""
        from teikit.process_pool import process_context
        ended = []
        while len(self._running) >= self.MAX_RUNNING:
            ended += self.finished(block=True)
        ctx = process_context()
        receiver, sender = ctx.Pipe(duplex=False)
        docs = [doc for _, doc in items]
        proc = ctx.Process(target=_runner_main,
                           args=(sender, self._run_jing, docs, os.getpid()), daemon=True)
        proc.start()
        sender.close()
        self._running[items[0][0]] = (items, proc, receiver, what)
        return ended

    def finished(self, block: bool = False) -> list:
        """(idx, name, Verdict) of the runs that have ended (one at least with `block`)."""
        from multiprocessing.connection import wait
        if not self._running:
            return []
        conns = [entry[2] for entry in self._running.values()]
        ready = wait(conns, timeout=None if block else 0)
        ended = []
        for first, (items, proc, receiver, what) in list(self._running.items()):
            if receiver in ready:
                del self._running[first]
                verdicts = _received(receiver, proc, [d.name for _, d in items], what)
                ended += [(idx, doc.name, v) for (idx, doc), v in zip(items, verdicts)]
        return ended

    def wait_all(self) -> list:
        ended = []
        while self._running:
            ended += self.finished(block=True)
        return ended

    def stop(self) -> None:
        for items, proc, receiver, what in self._running.values():
            proc.kill()
            proc.join()
            receiver.close()
        self._running.clear()


def _runner_main(sender, run_jing, docs, parent_pid: int) -> None:
    from teikit.errors import TeikitError
    from teikit.procs import die_with_parent, worker_signals
    die_with_parent(parent_pid)  # like the libxml2 workers: never outlive teikit
    worker_signals()
    try:
        sender.send(("done", [list(found) for found in run_jing(docs)]))
    except TeikitError as exc:
        sender.send(("failed", str(exc)))


def _received(receiver, proc, names: list[str], what: str) -> list[Verdict]:
    from teikit.diagnostics import Diagnostic
    try:
        kind, payload = receiver.recv()
    except (EOFError, OSError):
        kind, payload = "failed", "jing's process ended without an answer"
    proc.join()
    receiver.close()
    if kind == "done":
        return [Verdict(found, JING) for found in payload]
    return [Verdict([Diagnostic(name, 0, 0, "error", "timeout", f"{what}, and {payload}")],
                    JING) for name in names]
