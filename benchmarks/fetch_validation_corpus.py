"""Assemble ~50 MB of real public TEI in benchmarks/data/validation/ (git-ignored) for
benchmarks/validate_vs_jing.py. Run by hand; needs git and network (or --from a local clone).

Sources (all openly licensed, see their READMEs):
  * DraCor GerDraCor plays, https://github.com/dracor-org/gerdracor (CC0), `tei/*.xml`;
    every n-th play by size so small and large plays are both represented.
  * ParlaMint samples, https://github.com/clarin-eric/ParlaMint (CC BY 4.0), `Samples/`
    component files of a few countries (optional: --parlamint).
"""
from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

OUT = Path(__file__).resolve().parent / "data" / "validation"
GERDRACOR = "https://github.com/dracor-org/gerdracor.git"
PARLAMINT = "https://github.com/clarin-eric/ParlaMint.git"
PARLAMINT_SAMPLES = ["Samples/ParlaMint-GB", "Samples/ParlaMint-SI", "Samples/ParlaMint-CZ"]


def git(*args: str, cwd: Path | None = None) -> str:
    return subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True,
                          text=True).stdout


def clone(url: str, dest: Path, sparse: list[str]) -> Path:
    git("clone", "--depth", "1", "--filter=blob:none", "--sparse", url, str(dest))
    git("sparse-checkout", "set", *sparse, cwd=dest)
    return dest


def pick_dracor(tei_dir: Path, budget: int) -> list[Path]:
    """Plays spread over the size range until `budget` bytes are reached."""
    plays = sorted(tei_dir.glob("*.xml"), key=lambda p: p.stat().st_size)
    total = sum(p.stat().st_size for p in plays)
    step = max(1, round(total / budget))
    chosen, size = [], 0
    for play in plays[::step]:
        if size >= budget:
            break
        chosen.append(play)
        size += play.stat().st_size
    return chosen


def pick_parlamint(root: Path) -> list[Path]:
    # Component files only (ParlaMint-XX_date-....xml): corpus roots hold xi:includes.
    return sorted(p for p in root.rglob("ParlaMint-*_*.xml") if ".ana." not in p.name)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--megabytes", type=int, default=50)
    ap.add_argument("--from-dracor", type=Path, help="a local gerdracor checkout (tei/)")
    ap.add_argument("--parlamint", action="store_true", help="also add ParlaMint samples")
    args = ap.parse_args(argv)
    shutil.rmtree(OUT, ignore_errors=True)
    (OUT / "dracor").mkdir(parents=True)
    with tempfile.TemporaryDirectory() as tmp:
        dracor = args.from_dracor or clone(GERDRACOR, Path(tmp) / "gerdracor", ["tei"])
        files = pick_dracor(Path(dracor) / "tei", args.megabytes * 1024 * 1024)
        for play in files:
            shutil.copy(play, OUT / "dracor" / play.name)
        if args.parlamint:
            root = clone(PARLAMINT, Path(tmp) / "parlamint", PARLAMINT_SAMPLES)
            (OUT / "parlamint").mkdir()
            for sample in pick_parlamint(root):
                shutil.copy(sample, OUT / "parlamint" / sample.name)
    size = sum(p.stat().st_size for p in OUT.rglob("*.xml"))
    print(f"{sum(1 for _ in OUT.rglob('*.xml'))} files, {size / 1e6:.1f} MB in {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
