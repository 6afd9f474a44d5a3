"""Throughput of `transform` (read TEI + write text or HTML), in MB of TEI per second.

Inputs: the foreign TEI files in tests/data/foreign (ParlaMint-style speech, DraCor verse
drama) and a large synthetic teikit-shaped file (the hand-made sample's turns repeated to
about 5 MB), so both many-small-elements and long-document behaviour show. Target: >= 10 MB/s.

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


def measure(data: bytes, name: str, options: TransformOptions, rounds: int = 3) -> float:
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        render(data, name, options)
        best = min(best, time.perf_counter() - start)
    return len(data) / best / 1e6


def main() -> None:
    inputs = [(p.name, p.read_bytes()) for p in sorted((ROOT / "tests/data/foreign").glob("*.xml"))]
    inputs.append(("synthetic-teikit-5MB.xml", big_sample()))
    print(f"{'input':36} {'size':>9} {'text MB/s':>10} {'source MB/s':>12} {'html MB/s':>10}")
    for name, data in inputs:
        figures = [measure(data, name, TransformOptions(to=to, mode=mode))
                   for to, mode in (("text", "reading"), ("text", "source"), ("html", "reading"))]
        print(f"{name:36} {len(data) / 1e6:8.2f}M {figures[0]:10.1f} {figures[1]:12.1f} {figures[2]:10.1f}")


if __name__ == "__main__":
    main()
