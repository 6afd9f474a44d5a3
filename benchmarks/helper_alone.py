"""One labels-pass helper (or one pass) timed alone, on the input it gets in the mashup.

    python benchmarks/helper_alone.py split_glued_labels [set_label_lines_apart ...] [--mb 5] [--repeat 7]
    python benchmarks/helper_alone.py --pass persons

The generated mashup of `convert_throughput.py` is converted once; the arguments of the
first call of each named helper (a name `labels` imports, such as `split_glued_labels`,
`candidates_of` or `LabelPolicy`), or the document a pass gets (`--pass`), are copied
(pickled) as they are then. Each is then run again on a fresh copy `--repeat` times, the
cycle collector off as in a conversion, and the least CPU time is printed with a digest
of what it left: the document's blocks (or what it returned, for a helper given no
document, when that is a list or a plain value). Run it on the tree before and after a change: the digests must be equal, and
the times compare one helper's cost without the noise of the whole conversion on a shared
machine (where a change of 1 % of a conversion is lost in the spread of its runs).
"""
from __future__ import annotations

import argparse
import gc
import hashlib
import pickle
import sys
import time

from convert_throughput import corpus_texts, generated

from teikit.convert_api import ConvertOptions, _passes, read_transcript
from teikit.transforms import Context, labels


def snapshots(names: list[str], pass_name: str | None, mb: float) -> dict[str, bytes]:
    """name -> the pickled arguments of its first call in the mashup's conversion."""
    saved: dict[str, bytes] = {}
    for name in names:
        original = getattr(labels, name)

        def keep(*args, _original=original, _name=name):
            saved.setdefault(_name, pickle.dumps(args))
            return _original(*args)
        setattr(labels, name, keep)
    if pass_name:
        step = next(s for s in _passes(None) if s.name == pass_name)
        apply = step.apply

        def keep_doc(doc, ctx):
            saved.setdefault(pass_name, pickle.dumps((doc, ctx.lexicon)))
            return apply(doc, ctx)
        step.apply = keep_doc
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 20_000))  # (a long document pickles deep)
    read_transcript(generated(mb, corpus_texts()), "bench.txt", ConvertOptions())
    if pass_name:
        step.apply = apply
    return saved


def run_alone(name: str, saved: bytes, pass_name: str | None, repeat: int) -> tuple[float, str]:
    """The least CPU seconds of `repeat` runs on fresh copies, and the digest of the last."""
    best = float("inf")
    for _ in range(repeat):
        args = pickle.loads(saved)
        gc.disable()
        try:
            if name == pass_name:
                doc, lex = args
                step = next(s for s in _passes(None) if s.name == pass_name)
                start = time.process_time()
                step.apply(doc, Context(options=ConvertOptions(), lexicon=lex, registry=None))
                result = None
            else:
                function = getattr(labels, name)
                start = time.process_time()
                result = function(*args)
            best = min(best, time.process_time() - start)
        finally:
            gc.enable()
    document = args[0] if hasattr(args[0], "blocks") else None
    if document is None and not isinstance(result, (list, tuple, str, bool, type(None))):
        return best, "-"  # (an object, or a set of ids: no digest that two runs share)
    left = document.blocks if document is not None else result
    return best, hashlib.sha256(pickle.dumps(left)).hexdigest()[:16]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("helpers", nargs="*", help="names the labels pass imports")
    ap.add_argument("--pass", dest="pass_name", help="a pass's name: its document timed alone")
    ap.add_argument("--mb", type=float, default=5.0)
    ap.add_argument("--repeat", type=int, default=7)
    args = ap.parse_args()
    originals = {name: getattr(labels, name) for name in args.helpers}
    saved = snapshots(args.helpers, args.pass_name, args.mb)
    for name, original in originals.items():
        setattr(labels, name, original)
    for name in [*args.helpers, *([args.pass_name] if args.pass_name else [])]:
        if name not in saved:
            print(f"{name:32s} not called")
            continue
        secs, digest = run_alone(name, saved[name], args.pass_name, args.repeat)
        print(f"{name:32s} {secs * 1000:8.1f} ms cpu  {digest}")


if __name__ == "__main__":
    main()
