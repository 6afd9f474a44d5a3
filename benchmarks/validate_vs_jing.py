"""teikit validate vs jing on the same files, in the same run: wall times, ratio, verdicts.

    python benchmarks/fetch_validation_corpus.py      # once: the plays and mixed sets
    python benchmarks/validate_vs_jing.py [FOLDER ...] [--jobs N] [--repeat 5]

Without FOLDER both sets in benchmarks/data/ are measured (plays: ~50 MB of German plays;
mixed: ~230 files of TEI Guidelines and Stylesheets test files, plays in six languages,
ParlaMint and Parla-CLARIN sessions). Both sides are timed as fresh processes (JVM / Python
start included), interleaved (teikit, jing, teikit, jing, ...) so that a change in the
machine's load hits both alike, best of --repeat; the load average is printed with them.
The slowest single document (found by validating each one in this process) is then timed
alone, as fresh processes again, against jing on the same document. The cold single small
file is timed through the `teikit validate` command.
"""
from __future__ import annotations

import argparse
import json
import os
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


def timed(cmd: list[str]) -> tuple[float, str]:
    start = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
    return time.perf_counter() - start, proc.stdout


def interleaved(repeat: int, ours: list[str], theirs: list[str]):
    """Best of `repeat` for each command, run alternately; also the load averages seen."""
    best = {"ours": (float("inf"), ""), "theirs": (float("inf"), "")}
    loads = []
    for _ in range(repeat):
        for key, cmd in (("ours", ours), ("theirs", theirs)):
            loads.append(os.getloadavg()[0])
            t, out = timed(cmd)
            if t < best[key][0]:
                best[key] = (t, out)
    return best["ours"], best["theirs"], loads


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
    (t_ours, out_ours), (t_jing, out_jing), loads = interleaved(
        args.repeat, teikit_child(args.jobs, files), jing_cmd(files))
    ours, theirs = set(json.loads(out_ours or "[]")), jing_invalid(out_jing)
    print(f"{folder.name}: {len(files)} files, {size:.1f} MB, jobs={args.jobs}, "
          f"cpus={os.cpu_count()}, load average {min(loads):.1f}-{max(loads):.1f}")
    print(f"  teikit {t_ours:7.2f} s   jing {t_jing:7.2f} s   ratio {t_ours / t_jing:.2f}"
          f"   (best of {args.repeat}, interleaved)")
    print(f"  invalid files: teikit {len(ours)}, jing {len(theirs)}, "
          f"verdicts differ on {len(ours ^ theirs)}")
    for name in sorted(ours ^ theirs):
        print(f"    differs: {name}")
    name, took = slowest_document(files)
    (t_one, _), (t_one_jing, _), _ = interleaved(args.repeat, teikit_child(1, [name]),
                                                 jing_cmd([name]))
    print(f"  slowest document: {Path(name).relative_to(folder)} "
          f"({Path(name).stat().st_size / 1e6:.2f} MB, {took:.2f} s warm in-process): "
          f"alone teikit {t_one:.2f} s, jing {t_one_jing:.2f} s, ratio {t_one / t_one_jing:.2f}")
    return not ours ^ theirs


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folders", nargs="*", type=Path)
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--no-small", action="store_true", help="skip the cold small file")
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
            (t_small, _), (t_small_jing, _), loads = interleaved(
                max(args.repeat, 5), teikit_cli() + ["validate", str(small)],
                jing_cmd([str(small)]))
        print(f"cold small file: teikit validate {t_small:.3f} s   jing {t_small_jing:.3f} s"
              f"   (load average {min(loads):.1f}-{max(loads):.1f})")
    return 0 if agree else 1


if __name__ == "__main__":
    sys.exit(main())
