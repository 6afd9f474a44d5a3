"""Throughput of `transform` (read TEI + write text or HTML), in MB of TEI per second.

Inputs: the foreign TEI files in tests/data/foreign (ParlaMint-style speech, DraCor verse
drama), a large synthetic teikit-shaped file (the hand-made sample's turns repeated to
about 5 MB, every paragraph carrying an event or note: a worst case), and the whole corpus/
as the converter writes it (the typical case). Target: >= 10 MB/s for every input, in
CPU time (see `measure`); the small dense TEI Guidelines test files (`teic-*`) are the
hardest, as the cost is per element and per document, not per byte.

    .venv/bin/python benchmarks/transform_throughput.py
"""
from __future__ import annotations

import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from teikit.transform_api import TransformOptions, render  # noqa: E402


def big_sample(target_bytes: int = 5_000_000) -> bytes:
    """The sample transcript with its body repeated (ids renumbered to stay unique)."""
    data = (ROOT / "tests/data/transform/sample.tei.xml").read_text(encoding="utf-8")
    head, rest = data.split('<div type="transcript">', 1)
    body, tail = rest.split("</div>", 1)
    copies = []
    for i in range(max(1, target_bytes // len(body))):
        copies.append(re.sub(r'xml:id="sample\.', f'xml:id="sample.r{i}.', body))
    return (head + '<div type="transcript">' + "".join(copies) + "</div>" + tail).encode("utf-8")


def converted_corpus() -> list[bytes]:
    """corpus/ (seeds + dev) as the converter writes it: the TEI teikit users transform."""
    from teikit import convert
    return [convert(p.read_bytes(), p.name).tei for p in sorted(ROOT.glob("corpus/*/*.txt"))]


def measure(docs: list[bytes], options: TransformOptions, rounds: int = 3,
            min_bytes: int = 1_000_000) -> float:
    """Best of `rounds`, in MB of TEI per second of CPU time, for reading and writing all
    `docs`. A round renders small inputs over and over until it has read `min_bytes`: one
    render of a 4 KB file takes half a millisecond, too short to time on its own. CPU time
    (`process_time`), not wall time: the figures stay comparable on a machine shared with
    other work, where a wall clock counts the others' time too."""
    size = sum(map(len, docs))
    repeat = max(1, -(-min_bytes // size))
    best = float("inf")
    for _ in range(rounds):
        start = time.process_time()
        for _ in range(repeat):
            for data in docs:
                render(data, "bench.xml", options)
        best = min(best, (time.process_time() - start) / repeat)
    return size / best / 1e6


def main() -> None:
    inputs = [(p.name, [p.read_bytes()]) for p in sorted((ROOT / "tests/data/foreign").glob("*.xml"))]
    inputs.append(("synthetic-teikit-5MB.xml", [big_sample()]))
    inputs.append(("corpus/ converted (34 files)", converted_corpus()))
    print(f"{'input':36} {'size':>9} {'text MB/s':>10} {'source MB/s':>12} {'html MB/s':>10}")
    for name, docs in inputs:
        figures = [measure(docs, TransformOptions(to=to, mode=mode))
                   for to, mode in (("text", "reading"), ("text", "source"), ("html", "reading"))]
        size = sum(map(len, docs)) / 1e6
        print(f"{name:36} {size:8.2f}M {figures[0]:10.1f} {figures[1]:12.1f} {figures[2]:10.1f}")


if __name__ == "__main__":
    main()
