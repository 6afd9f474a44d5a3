"""Assemble real public TEI in benchmarks/data/ (git-ignored) for benchmarks/validate_vs_jing.py.
Run by hand; needs git and network, or `--from NAME=DIR` local clones (any subset).

Two sets:
  * plays (benchmarks/data/validation/, ~50 MB): GerDraCor plays spread over the size range
    (https://github.com/dracor-org/gerdracor, CC0), plus ParlaMint samples with --parlamint.
  * mixed (benchmarks/data/mixed/, ~50 MB, ~230 files): documents that each bring element
    names of their own, next to plays and parliamentary sessions:
      guidelines   TEI Guidelines test documents, TEIC/TEI `P5/Test/` (CC BY 3.0 / BSD-2)
      stylesheets  TEI Stylesheets test files, TEIC/Stylesheets `Test/`, `Test2/` (BSD-2 / CC BY)
      dracor       plays in six languages: ger, fre, rus, ita, span, shake DraCor (CC0)
      parlamint    ParlaMint-AT sessions (acdh-oeaw/parlamint-static), ParlaMint-ES-GA
                   (ILG-USC/ParlaMint-ES-GA), Parla-CLARIN examples (clarin-eric/parla-clarin),
                   all CC BY 4.0
Only well-formed files whose root is TEI or teiCorpus in the TEI namespace are taken, and
none with an external DTD: jing would fetch it (and stop at the first it cannot find), and
teikit ignores it.

    python benchmarks/fetch_validation_corpus.py --set all \\
        --from gerdracor=~/src/gerdracor --from tei=~/src/TEI ...
"""
from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from xml.parsers import expat

DATA = Path(__file__).resolve().parent / "data"
PLAYS_OUT = DATA / "validation"
MIXED_OUT = DATA / "mixed"
MB = 1024 * 1024


@dataclass(frozen=True)
class Repo:
    url: str
    folders: tuple[str, ...]   # sparse checkout, and where the files are looked for


REPOS = {
    "tei": Repo("https://github.com/TEIC/TEI.git", ("P5/Test",)),
    "stylesheets": Repo("https://github.com/TEIC/Stylesheets.git", ("Test", "Test2")),
    **{f"{lang}dracor": Repo(f"https://github.com/dracor-org/{lang}dracor.git", ("tei",))
       for lang in ("ger", "fre", "rus", "ita", "span", "shake")},
    "parlamint-at": Repo("https://github.com/acdh-oeaw/parlamint-static.git",
                         ("data/editions",)),
    "parlamint-es-ga": Repo("https://github.com/ILG-USC/ParlaMint-ES-GA.git",
                            ("POS_UDEPS_NER/documents/source",)),
    "parla-clarin": Repo("https://github.com/clarin-eric/parla-clarin.git", ("Examples",)),
    "parlamint": Repo("https://github.com/clarin-eric/ParlaMint.git",
                      ("Samples/ParlaMint-GB", "Samples/ParlaMint-SI", "Samples/ParlaMint-CZ")),
}

# mixed set: (subfolder, repo, how many files at most, byte budget; None = all of them)
MIXED = [
    ("guidelines", "tei", None, None),
    ("stylesheets", "stylesheets", None, None),
    *[("dracor", f"{lang}dracor", 11, 4 * MB) for lang in ("ger", "fre", "rus", "ita",
                                                           "span", "shake")],
    ("parlamint", "parlamint-at", 14, 12 * MB),
    ("parlamint", "parlamint-es-ga", 10, 5 * MB),
    ("parlamint", "parla-clarin", None, None),
]
_TEI_ROOT = re.compile(rb"<(?:[\w.-]+:)?(?:TEI|teiCorpus)[\s>]")
_EXTERNAL_DTD = re.compile(rb"<!DOCTYPE[^>\[]*(?:SYSTEM|PUBLIC)")


def git(*args: str, cwd: Path | None = None) -> str:
    return subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True,
                          text=True).stdout


def clone(repo: Repo, dest: Path) -> Path:
    git("clone", "--depth", "1", "--filter=blob:none", "--sparse", repo.url, str(dest))
    git("sparse-checkout", "set", *repo.folders, cwd=dest)
    return dest


class Checkouts:
    """Local clones given with --from, others cloned (sparse, shallow) on first use."""

    def __init__(self, given: dict[str, Path], tmp: Path):
        self.given, self.tmp, self.cloned = given, tmp, {}

    def files(self, name: str) -> list[Path]:
        repo = REPOS[name]
        root = self.given.get(name) or self.cloned.get(name)
        if root is None:
            root = self.cloned[name] = clone(repo, self.tmp / name)
        found = []
        for folder in repo.folders:
            found += [p for p in (root / folder).rglob("*") if p.suffix in (".xml", ".tei")]
        return sorted(p for p in found if p.is_file() and is_tei(p))


def is_tei(path: Path) -> bool:
    data = path.read_bytes()
    head = data[:8192]
    if not _TEI_ROOT.search(head) or b"http://www.tei-c.org/ns/1.0" not in head \
            or _EXTERNAL_DTD.search(head):
        return False
    parser = expat.ParserCreate()
    try:  # well-formed: jing stops at the first file that is not
        parser.Parse(data, True)
    except expat.ExpatError:
        return False
    return True


def spread(files: list[Path], count: int | None, budget: int | None) -> list[Path]:
    """Files spread over the size range, at most `count` of them and about `budget` bytes."""
    files = sorted(files, key=lambda p: (p.stat().st_size, p.name))
    if count is None and budget is None:
        return files
    if budget is not None:  # drop the largest until a uniform pick can fit the budget
        while count and len(files) > count and _pick_size(files, count) > budget:
            files = files[:-max(1, len(files) // 20)]
    step = max(1, len(files) / (count or len(files)))
    picked = [files[int(i * step)] for i in range(min(count or len(files), len(files)))]
    return picked


def _pick_size(files: list[Path], count: int) -> int:
    step = len(files) / count
    return sum(files[int(i * step)].stat().st_size for i in range(count))


def pick_plays(files: list[Path], budget: int) -> list[Path]:
    """Every n-th play by size until `budget` bytes are reached (the original set)."""
    plays = sorted(files, key=lambda p: p.stat().st_size)
    step = max(1, round(sum(p.stat().st_size for p in plays) / budget))
    chosen, size = [], 0
    for play in plays[::step]:
        if size >= budget:
            break
        chosen.append(play)
        size += play.stat().st_size
    return chosen


def copy_all(files: list[Path], dest: Path, prefix: str = "") -> None:
    dest.mkdir(parents=True, exist_ok=True)
    for f in files:
        target = dest / (prefix + f.name)
        n = 1
        while target.exists():  # same name in two folders of a repository
            target = dest / f"{prefix}{f.stem}-{n}{f.suffix}"
            n += 1
        shutil.copyfile(f, target)


def build_plays(checkouts: Checkouts, megabytes: int, parlamint: bool) -> None:
    shutil.rmtree(PLAYS_OUT, ignore_errors=True)
    copy_all(pick_plays(checkouts.files("gerdracor"), megabytes * MB), PLAYS_OUT / "dracor")
    if parlamint:
        samples = [p for p in checkouts.files("parlamint")
                   if re.match(r"ParlaMint-.*_.*\.xml$", p.name) and ".ana." not in p.name]
        copy_all(samples, PLAYS_OUT / "parlamint")
    report(PLAYS_OUT)


def build_mixed(checkouts: Checkouts) -> None:
    shutil.rmtree(MIXED_OUT, ignore_errors=True)
    for folder, name, count, budget in MIXED:
        copy_all(spread(checkouts.files(name), count, budget), MIXED_OUT / folder,
                 prefix=f"{name}-")
    report(MIXED_OUT)


def report(folder: Path) -> None:
    files = [p for p in folder.rglob("*") if p.is_file()]
    size = sum(p.stat().st_size for p in files)
    print(f"{len(files)} files, {size / 1e6:.1f} MB in {folder}")
    for sub in sorted(p for p in folder.iterdir() if p.is_dir()):
        inner = [p for p in sub.rglob("*") if p.is_file()]
        print(f"  {sub.name}: {len(inner)} files, "
              f"{sum(p.stat().st_size for p in inner) / 1e6:.1f} MB")


def parse_from(values: list[str]) -> dict[str, Path]:
    given = {}
    for value in values:
        name, sep, path = value.partition("=")
        if not sep or name not in REPOS:
            raise SystemExit(f"--from {value!r}: use NAME=DIR with NAME one of "
                             f"{', '.join(REPOS)}")
        given[name] = Path(path).expanduser()
    return given


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", choices=("plays", "mixed", "all"), default="all")
    ap.add_argument("--megabytes", type=int, default=50, help="size of the plays set")
    ap.add_argument("--from", dest="sources", action="append", default=[],
                    metavar="NAME=DIR", help="a local clone (names: " + ", ".join(REPOS) + ")")
    ap.add_argument("--from-dracor", type=Path, help="same as --from gerdracor=DIR")
    ap.add_argument("--parlamint", action="store_true",
                    help="also add clarin-eric/ParlaMint samples to the plays set")
    args = ap.parse_args(argv)
    given = parse_from(args.sources)
    if args.from_dracor:
        given["gerdracor"] = args.from_dracor
    with tempfile.TemporaryDirectory() as tmp:
        checkouts = Checkouts(given, Path(tmp))
        if args.set in ("plays", "all"):
            build_plays(checkouts, args.megabytes, args.parlamint)
        if args.set in ("mixed", "all"):
            build_mixed(checkouts)
    return 0


if __name__ == "__main__":
    sys.exit(main())
