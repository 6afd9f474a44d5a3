"""What `-j N` gains: `teikit convert` and `teikit transform` (text, HTML) of the sample
corpus, whole commands timed as a user runs them, `-j 1` against `-j N`.

    python benchmarks/jobs_speedup.py [--jobs 2] [--copies 1] [--repeat 3]

The corpus's transcripts (corpus/*/*.txt; `--copies N`: each N times, under other names,
for a larger collection) are converted into a temporary folder, then that TEI is
transformed. Each command runs `--repeat` times per setting, alternating the settings (a
busy shared machine then disturbs both alike), and the best wall-clock time is kept, with
the CPU seconds of that run (the command and its workers: what parallel work costs beyond
the sequential, whatever the load). The outputs of every setting are compared byte for byte. The load average before and after is
printed: on a machine shared with other work, the speed-up is bounded by the CPUs free.
"""
from __future__ import annotations

import argparse
import filecmp
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def collection(folder: Path, copies: int) -> tuple[int, int]:
    """The corpus's transcripts in `folder`, `copies` times; (files, bytes)."""
    folder.mkdir()
    files = size = 0
    for path in sorted((ROOT / "corpus").glob("*/*.txt")):
        data = path.read_bytes()
        for n in range(copies):
            (folder / f"{path.parent.name}-{path.stem}-{n}.txt").write_bytes(data)
            files, size = files + 1, size + len(data)
    return files, size


def timed(args: list, out: Path) -> tuple[float, float]:
    """Wall-clock and CPU seconds (the command and its worker processes) of one run."""
    shutil.rmtree(out, ignore_errors=True)
    before = _children_cpu()
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "teikit", *map(str, args), "-o", f"{out}/", "-q"],
                   check=True, cwd=ROOT)
    return time.perf_counter() - start, _children_cpu() - before


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def same_tree(a: Path, b: Path) -> bool:
    cmp = filecmp.dircmp(a, b)
    _, differ, unreadable = filecmp.cmpfiles(a, b, cmp.common_files, shallow=False)
    return not (cmp.left_only or cmp.right_only or differ or unreadable)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--copies", type=int, default=1)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    settings = (1, args.jobs)
    print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}"
          f"  ({os.cpu_count()} CPUs)")
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        files, size = collection(tmp / "txt", args.copies)
        print(f"collection: {files} transcripts, {size / 1e6:.2f} MB")
        timed(["convert", tmp / "txt", "-j", "1"], tmp / "tei")  # the TEI to transform
        commands = {"convert": ["convert", tmp / "txt"],
                    "transform text": ["transform", tmp / "tei"],
                    "transform html": ["transform", tmp / "tei", "--to", "html"]}
        for name, command in commands.items():
            best = {j: (float("inf"), 0.0) for j in settings}
            for _ in range(args.repeat):
                for j in settings:
                    best[j] = min(best[j], timed([*command, "-j", str(j)], tmp / f"out-{j}"))
            same = same_tree(tmp / "out-1", tmp / f"out-{args.jobs}")
            (one, one_cpu), (many, many_cpu) = best[1], best[args.jobs]
            print(f"{name:15s} -j 1 {one:6.2f} s (cpu {one_cpu:5.2f} s)"
                  f"   -j {args.jobs} {many:6.2f} s (cpu {many_cpu:5.2f} s)"
                  f"   speed-up {one / many:4.2f}x   outputs {'identical' if same else 'DIFFER'}")
    print(f"load average after:  {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
