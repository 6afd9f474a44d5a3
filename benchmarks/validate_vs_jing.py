"""teikit validate vs jing on the same files, in the same run: wall times, ratio, verdicts.

    python benchmarks/fetch_validation_corpus.py      # once: ~50 MB of real TEI
    python benchmarks/validate_vs_jing.py [FOLDER] [--jobs N] [--repeat 3]

Both sides are timed as fresh processes (JVM / Python start included), best of --repeat.
The cold single small file is timed through the `teikit validate` command.
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
DEFAULT_FOLDER = ROOT / "benchmarks" / "data" / "validation"
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


def best_of(repeat: int, cmd: list[str]) -> tuple[float, str]:
    best, out = float("inf"), ""
    for _ in range(repeat):
        start = time.perf_counter()
        proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
        best = min(best, time.perf_counter() - start)
        out = proc.stdout
    return best, out


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


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", nargs="?", type=Path, default=DEFAULT_FOLDER)
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)
    files = sorted(str(p.resolve()) for p in args.folder.rglob("*.xml"))
    if not files:
        print(f"no .xml files under {args.folder}; run benchmarks/fetch_validation_corpus.py")
        return 2
    size = sum(Path(f).stat().st_size for f in files) / 1e6

    t_teikit, out = best_of(args.repeat, [sys.executable, "-c", TEIKIT_CHILD,
                                          str(args.jobs), *files])
    ours = set(json.loads(out or "[]"))
    t_jing, out = best_of(args.repeat, jing_cmd(files))
    theirs = jing_invalid(out)

    with tempfile.TemporaryDirectory() as tmp:
        small = Path(tmp) / "small.xml"
        small.write_text(SMALL)
        t_small, _ = best_of(max(args.repeat, 5), teikit_cli() + ["validate", str(small)])
        t_small_jing, _ = best_of(max(args.repeat, 5), jing_cmd([str(small)]))

    print(f"corpus: {len(files)} files, {size:.1f} MB, jobs={args.jobs}, cpus={os.cpu_count()}")
    print(f"  teikit {t_teikit:7.2f} s   jing {t_jing:7.2f} s   ratio {t_teikit / t_jing:.2f}")
    print(f"  invalid files: teikit {len(ours)}, jing {len(theirs)}, "
          f"verdicts differ on {len(ours ^ theirs)}")
    for name in sorted(ours ^ theirs):
        print(f"    differs: {name}")
    print(f"cold small file: teikit validate {t_small:.3f} s   jing {t_small_jing:.3f} s")
    return 0 if not ours ^ theirs else 1


if __name__ == "__main__":
    sys.exit(main())
