"""teikit validate vs jing on the same files, in the same run: wall times, ratio, verdicts.

    python benchmarks/fetch_validation_corpus.py      # once: the plays and mixed sets
    python benchmarks/validate_vs_jing.py [FOLDER ...] [--jobs N] [--repeat 5]

Without FOLDER both sets in benchmarks/data/ are measured (plays: ~50 MB of German plays;
mixed: ~230 files of TEI Guidelines and Stylesheets test files, plays in six languages,
ParlaMint and Parla-CLARIN sessions). Both sides are timed as fresh processes (JVM / Python
start included), interleaved (teikit, jing, teikit, jing, ...) so that a change in the
machine's load hits both alike; best and median of --repeat are printed, with the CPU time
(user + system, all processes: jing's JVM runs compiler and GC threads beside its one
validating thread) and the load average. On a loaded machine the CPU ratio is the steadier
figure. With --classes, each subfolder of a set (a class of documents: plays, Guidelines
tests, ...) is also timed alone against jing. The slowest single document (found by
validating each one in this process) is then timed alone, as fresh processes again,
against jing on the same document. The cold single small file is timed through the
`teikit validate` command. With --baseline DIR (a teikit source tree, e.g. from `git
archive main teikit | tar -x -C DIR`), the same set is also validated by that tree's teikit
in the same rotation (before, after, jing, ...): a before/after comparison under one load.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "benchmarks" / "data"
DEFAULT_SETS = [DATA / "validation", DATA / "mixed"]
# A child process, so Python start and imports count as they do for a user.
TEIKIT_CHILD = """
import json, sys
from pathlib import Path
from teikit.validate import Document, ValidateOptions, validate_documents
files = [Path(p) for p in sys.argv[2:]]
docs = (Document(str(p), p.read_bytes()) for p in files)
options = ValidateOptions(jobs=int(sys.argv[1]))
invalid = [name for name, diags in validate_documents(docs, options)
           if any(d.severity == "error" for d in diags)]
print(json.dumps(invalid))
"""
SMALL = """<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0">
  <teiHeader><fileDesc><titleStmt><title>t</title></titleStmt>
    <publicationStmt><p>p</p></publicationStmt><sourceDesc><p>s</p></sourceDesc>
  </fileDesc></teiHeader>
  <text><body><p>Small.</p></body></text>
</TEI>
"""


def timed(cmd: list[str], cwd: Path = ROOT) -> tuple[float, float, str]:
    """Wall time, CPU time (user + system of the process and its children), stdout. The
    child imports teikit from `cwd` (`python -c` puts it first on sys.path)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=cwd)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return wall, cpu, proc.stdout


class Runs:
    """The timings of one command over the repeats."""

    def __init__(self):
        self.walls, self.cpus, self.out = [], [], ""

    def add(self, wall: float, cpu: float, out: str) -> None:
        if not self.walls or wall < min(self.walls):
            self.out = out
        self.walls.append(wall)
        self.cpus.append(cpu)

    @property
    def best(self) -> float:
        return min(self.walls)

    @property
    def median(self) -> float:
        return statistics.median(self.walls)

    @property
    def cpu(self) -> float:
        return statistics.median(self.cpus)


def interleaved(repeat: int, ours: list[str], theirs: list[str], baseline: Path | None = None):
    """Each command `repeat` times, run alternately; also the load averages seen. With
    `baseline` (a teikit source tree), `ours` also runs from there, in the same rotation:
    the third value returned is then (loads, baseline's runs)."""
    runs = {"ours": Runs(), "theirs": Runs(), "baseline": Runs()}
    loads = []
    order = [("ours", ours, ROOT), ("theirs", theirs, ROOT)]
    if baseline is not None:
        order.insert(0, ("baseline", ours, baseline))
    for _ in range(repeat):
        for key, cmd, cwd in order:
            loads.append(os.getloadavg()[0])
            runs[key].add(*timed(cmd, cwd))
    return runs["ours"], runs["theirs"], (loads if baseline is None else (loads, runs["baseline"]))


def compared(ours: Runs, theirs: Runs) -> str:
    return (f"teikit {ours.best:6.2f} s (median {ours.median:.2f}, CPU {ours.cpu:.2f})   "
            f"jing {theirs.best:6.2f} s (median {theirs.median:.2f}, CPU {theirs.cpu:.2f})   "
            f"ratio {ours.best / theirs.best:.2f} (median {ours.median / theirs.median:.2f}, "
            f"CPU {ours.cpu / theirs.cpu:.2f})")


def jing_cmd(files: list[str]) -> list[str]:
    from teikit.validate.jing import java_command
    from teikit.validate.schemas import default_schema
    return java_command("jing") + [str(default_schema())] + files


def jing_invalid(output: str) -> set[str]:
    return {line.split(":", 1)[0] for line in output.splitlines() if ": error: " in line
            or ": fatal: " in line}


def teikit_cli() -> list[str]:
    exe = Path(sys.executable).with_name("teikit")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "teikit"]


def teikit_child(jobs: int, files: list[str]) -> list[str]:
    return [sys.executable, "-c", TEIKIT_CHILD, str(jobs), *files]


def slowest_document(files: list[str]) -> tuple[str, float]:
    """Each document validated alone in this process (default options, one worker), warm:
    the one that took longest."""
    from teikit.validate import Document, ValidateOptions, validate_documents
    options = ValidateOptions(jobs=1)
    worst = ("", 0.0)
    for f in files:
        start = time.perf_counter()
        list(validate_documents([Document(f, Path(f).read_bytes())], options))
        took = time.perf_counter() - start
        worst = max(worst, (f, took), key=lambda w: w[1])
    return worst


def measure_set(folder: Path, args) -> bool:
    folder = folder.resolve()
    files = sorted(str(p) for p in folder.rglob("*.xml"))
    if not files:
        print(f"no .xml files under {folder}; run benchmarks/fetch_validation_corpus.py")
        return False
    size = sum(Path(f).stat().st_size for f in files) / 1e6
    ours_runs, jing_runs, loads = interleaved(args.repeat, teikit_child(args.jobs, files),
                                              jing_cmd(files), args.baseline)
    if args.baseline is not None:
        loads, base_runs = loads
    ours, theirs = set(json.loads(ours_runs.out or "[]")), jing_invalid(jing_runs.out)
    print(f"{folder.name}: {len(files)} files, {size:.1f} MB, jobs={args.jobs}, "
          f"cpus={os.cpu_count()}, load average {min(loads):.1f}-{max(loads):.1f}, "
          f"{args.repeat} runs each, interleaved")
    print(f"  {compared(ours_runs, jing_runs)}")
    if args.baseline is not None:
        base = set(json.loads(base_runs.out or "[]"))
        print(f"  baseline {args.baseline}: {compared(base_runs, jing_runs)}; "
              f"verdicts differ from this tree's on {len(base ^ ours)}")
    print(f"  invalid files: teikit {len(ours)}, jing {len(theirs)}, "
          f"verdicts differ on {len(ours ^ theirs)}")
    for name in sorted(ours ^ theirs):
        print(f"    differs: {name}")
    if args.classes:
        for sub in sorted(p for p in folder.iterdir() if p.is_dir()):
            part = [f for f in files if Path(f).is_relative_to(sub)]
            if part:
                o, j, _ = interleaved(args.repeat, teikit_child(args.jobs, part),
                                      jing_cmd(part))
                print(f"  {sub.name} ({len(part)} files): {compared(o, j)}")
    name, took = slowest_document(files)
    one, one_jing, _ = interleaved(args.repeat, teikit_child(1, [name]), jing_cmd([name]))
    print(f"  slowest document: {Path(name).relative_to(folder)} "
          f"({Path(name).stat().st_size / 1e6:.2f} MB, {took:.2f} s warm in-process): "
          f"alone teikit {one.best:.2f} s, jing {one_jing.best:.2f} s, "
          f"ratio {one.best / one_jing.best:.2f}")
    return not ours ^ theirs


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folders", nargs="*", type=Path)
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--no-small", action="store_true", help="skip the cold small file")
    ap.add_argument("--classes", action="store_true",
                    help="also time each subfolder of a set alone (a class of documents)")
    ap.add_argument("--baseline", type=Path,
                    help="a teikit source tree (e.g. `git archive main teikit | tar -x -C DIR`) "
                         "timed in the same rotation, for a before/after comparison")
    args = ap.parse_args(argv)
    folders = args.folders or [f for f in DEFAULT_SETS if f.is_dir()]
    if not folders:
        print("no data: run benchmarks/fetch_validation_corpus.py first")
        return 2
    agree = all([measure_set(folder, args) for folder in folders])
    if not args.no_small:
        with tempfile.TemporaryDirectory() as tmp:
            small = Path(tmp) / "small.xml"
            small.write_text(SMALL)
            small_runs, small_jing, loads = interleaved(
                max(args.repeat, 5), teikit_cli() + ["validate", str(small)],
                jing_cmd([str(small)]))
        print(f"cold small file: teikit validate {small_runs.best:.3f} s   "
              f"jing {small_jing.best:.3f} s   (load average {min(loads):.1f}-{max(loads):.1f})")
    return 0 if agree else 1


if __name__ == "__main__":
    sys.exit(main())
