"""Where a conversion's CPU time goes: the reader, each pass, the labels pass's helpers, the writer.

    python benchmarks/convert_passes.py [--mb 10] [--corpus] [--top 30]

Converts the generated mashup of `convert_throughput.py` (``--mb`` MB; 0: none) and, with
``--corpus``, every development text once (after one warm-up conversion, so patterns compiled
on first use fall in no pass), and prints CPU seconds per step, largest first. The labels
pass's helpers are timed inside it (each helper `group_turns` calls is wrapped in this process;
a helper called once per line, such as `candidates`, costs the wrapper's fraction of a µs a
call more than it does unwrapped). A flat line profile hides which of some thirty walks of the
lines costs most; this list is the one to read before and after a structural change.
"""
from __future__ import annotations

import argparse
import time
from collections import Counter

from convert_throughput import WARM_UP, corpus_texts, generated, pass_clock

from teikit.convert_api import ConvertOptions, read_transcript
from teikit.transforms import labels
from teikit.writers import get_writer


def clock_helpers(module, spent: Counter) -> None:
    """Wrap each function `module` imported from the passes' helpers, charging its CPU time
    to `spent` under "labels." and its name (inner helpers' time stays in their callers')."""
    for name, value in list(vars(module).items()):
        if callable(value) and getattr(value, "__module__", "").startswith("teikit.transforms.helpers") \
                and not isinstance(value, type):
            setattr(module, name, _timed(value, f"{module.__name__.rsplit('.', 1)[-1]}.{name}", spent))


def _timed(function, key: str, spent: Counter):
    def timed(*args, **kwargs):
        start = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            spent[key] += time.process_time() - start
    return timed


def measure(texts: list[bytes], spent: Counter) -> float:
    """CPU seconds of converting `texts` one after another; reading (the reader, language
    detection) and writing charged to `spent` beside the passes."""
    write = get_writer("tei")
    total = 0.0
    for data in texts:
        start = time.process_time()
        before = sum(v for k, v in spent.items() if "." not in k)
        doc = read_transcript(data, "bench.txt", ConvertOptions())
        converted = time.process_time()
        write(doc)
        end = time.process_time()
        spent["read (reader, language)"] += converted - start - (sum(
            v for k, v in spent.items() if "." not in k) - before)
        spent["write"] += end - converted
        total += end - start
    return total


def report(title: str, spent: Counter, total: float, size: int, top: int) -> None:
    print(f"{title}: {size / 1e6:.2f} MB  {total:.3f} s cpu  {size / 1e6 / total:.2f} MB/s")
    for key, secs in spent.most_common(top):
        print(f"  {secs:8.3f} s  {100 * secs / total:5.1f} %  {key}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=10.0, help="size of the generated mashup (0: none)")
    ap.add_argument("--corpus", action="store_true", help="also every development text once")
    ap.add_argument("--top", type=int, default=30)
    args = ap.parse_args()
    measure([WARM_UP], Counter())
    spent = pass_clock()
    clock_helpers(labels, spent)
    texts = corpus_texts()
    runs = ([("generated", [generated(args.mb, texts)])] if args.mb else []) + ([("corpus", texts)] if args.corpus else [])
    for title, inputs in runs:
        spent.clear()
        total = measure(inputs, spent)
        report(title, spent, total, sum(map(len, inputs)), args.top)


if __name__ == "__main__":
    main()
