"""Score old converters on the sets that arrived with them: first-run figures.

Usage: python tools/first_run.py [--scorer PATH] [--corpus DIR] [--keep DIR] COMMIT:SET [COMMIT:SET ...]

A development set measures generalisation only before rules are written for it. For each
COMMIT:SET pair this builds the converter as it was at COMMIT (`git archive` of `teikit/`
into a temporary folder, nothing checked out), converts `corpus/SET` of the working tree
(the gold as it is now, with any later corrections) with that old converter, and prints the
shared scorer's summary for it. COMMIT is the one that added the set (its `corpus/SETn`
commit, made before any rule for it), e.g.:

    python tools/first_run.py 927b0db:dev11 1ed5f85:dev12 8df4b84:dev13 0d97ab1:dev14 010c4ea:dev15 \
        0c7d139:dev16 51dcc60:dev17 5d993c2:dev18 3f2a78e:dev19 9a1aa93:dev20 137e153:dev21 c7b576b:dev22 \
        55b550c:dev23 6b123a8:dev24 cab8ba5:dev25 07861ac:dev26 \
        1399c57:dev27 944384f:dev28 64479b0:dev29 3d1bdbc:dev30 b102b7c:dev31 fff12d0:dev32 \
        dc1a48b:dev33 1fb6465:dev34 6e1e6c5c:dev35 8149733:dev36 2a93b6fc:dev37 2df9acb2:dev38 \
        eb82f74b:dev39 010a52a0:dev40 abee5f11:dev41 7a02497b:dev42 e10758c6:dev43 90efb6e8:dev44 \
        a3068ed8:dev45 36322c28:dev46 3dad9002:dev47 d0bc1704:dev48 8161d713:dev49 6f1c06cc:dev50 192b874e:dev51 79c07bef:dev52 db7c74b9:dev53 bc8a30a4:dev54 32afdea0:dev55 5db3cd0c:dev56 cd70a017:dev57 5b99cc61:dev58 d04216ec:dev59 2a85f730:dev60 4781ee72:dev61 55764693:dev63 0ebcbb56:dev65 0a0888ca:dev64 a0fada2b:dev62 bb882c12:dev66

The old code is imported in a child process with the installed (editable) teikit hidden, so
the figures are the old converter's, whatever the working tree holds. corpus/README.md says
which commit each set arrived at.
"""
from __future__ import annotations

import argparse
import io
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SCORER = ROOT.parent / "shared" / "tools" / "score_transcripts.py"

# Run in the child: hide the editable install's import hook, import teikit from the old tree.
_CHILD = """
import sys
old, src, out = sys.argv[1:4]
sys.meta_path[:] = [f for f in sys.meta_path if "editable" not in repr(f).lower()]
sys.path.insert(0, old)
import teikit
assert teikit.__file__.startswith(old), teikit.__file__
from teikit.cli import app
sys.argv = ["teikit", "convert", "-q", src, "-o", out]
app()
"""


def build(commit: str, into: Path) -> Path:
    """The `teikit/` package as it was at `commit`, unpacked under `into`."""
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", "--format=tar", commit, "teikit"],
                             check=True, capture_output=True).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(into, filter="data") if hasattr(tarfile, "data_filter") else tar.extractall(into)
    return into


def first_run(commit: str, corpus_set: Path, scorer: Path, work: Path) -> str:
    """The scorer's summary of the converter at `commit` on `corpus_set`."""
    old = build(commit, work / f"old-{commit}")
    out = work / f"out-{commit}-{corpus_set.name}"
    subprocess.run([sys.executable, "-c", _CHILD, str(old), str(corpus_set), str(out)], check=True)
    scored = subprocess.run([sys.executable, str(scorer), "--gold", str(corpus_set), "--tei", str(out), "--quiet"],
                            capture_output=True, text=True)
    if scored.returncode not in (0, 1):  # 1: the scorer's targets are not met, the figures still printed
        raise SystemExit(f"first_run: scorer failed on {corpus_set}: {scored.stderr.strip()}")
    return scored.stdout


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pairs", nargs="+", metavar="COMMIT:SET")
    parser.add_argument("--scorer", type=Path, default=DEFAULT_SCORER)
    parser.add_argument("--corpus", type=Path, default=ROOT / "corpus", help="folder holding the sets")
    parser.add_argument("--keep", type=Path, help="keep the old trees and outputs in this folder")
    args = parser.parse_args(argv)
    if not args.scorer.is_file():
        parser.error(f"no scorer at {args.scorer} (pass --scorer)")
    pairs = []
    for pair in args.pairs:
        commit, sep, name = pair.partition(":")
        if not sep or not commit or not name or not (args.corpus / name).is_dir():
            parser.error(f"{pair}: expected COMMIT:SET with {args.corpus}/SET a folder")
        pairs.append((commit, args.corpus / name))
    with tempfile.TemporaryDirectory(prefix="first-run-") as tmp:
        work = args.keep or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        for commit, corpus_set in pairs:
            print(f"== {corpus_set.name} at {commit}")
            print(first_run(commit, corpus_set, args.scorer, work), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
