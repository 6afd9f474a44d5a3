"""Cold-start figures for the command line: median wall time of repeated runs (like
hyperfine) of `teikit --help`, `teikit --version` and `teikit validate` on one small file.

    python benchmarks/cli_startup.py [RUNS]

Prints figures only; the budget (README: `teikit --help` well under 0.1 s) is for a person to
judge on their machine, not a timed test.
"""
from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SAMPLE = (b'<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>t'
          b"</title></titleStmt><publicationStmt><p>p</p></publicationStmt><sourceDesc><p>s"
          b"</p></sourceDesc></fileDesc></teiHeader><text><body><p>x</p></body></text></TEI>\n")
ENTRY = "import sys; from teikit.cli import main; sys.argv[0] = 'teikit'; main()"


def timed(args: list[str], runs: int, cwd: Path) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", ENTRY, *args], cwd=cwd,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return times


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 20
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "one.xml").write_bytes(SAMPLE)
        python = []
        for _ in range(runs):
            start = time.perf_counter()
            subprocess.run([sys.executable, "-c", "pass"])
            python.append(time.perf_counter() - start)
        print(f"{'python -c pass':36} median {statistics.median(python) * 1000:6.1f} ms")
        for args in (["--help"], ["--version"], ["validate", "--help"],
                     ["validate", "one.xml"], ["transform", "one.xml"]):
            t = timed(args, runs, folder)
            print(f"{'teikit ' + ' '.join(args):36} median {statistics.median(t) * 1000:6.1f} ms"
                  f"  (min {min(t) * 1000:.1f}, max {max(t) * 1000:.1f}, {runs} runs)")


if __name__ == "__main__":
    main()
