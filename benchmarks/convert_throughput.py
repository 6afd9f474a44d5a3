"""Convert throughput in MB/s of source text, and peak memory, on the corpus and on
generated transcripts.

    python benchmarks/convert_throughput.py [--sizes 1,5,10,25,50] [--repeat 3]
    python benchmarks/convert_throughput.py --shapes [--shape-mb 1] [--slowest 25]

Prints one line per measurement. Each generated size is converted in a child process of
its own, and its peak resident memory is the high-water mark of that process (reset on
Linux just before converting) less the memory it held then: the conversion's alone. The
ratio to the input size is printed beside it, and apart from it the memory the first
conversion of a process costs once (modules, compiled patterns), measured on a small
transcript first. "cpu" is the same figure from the process's CPU time, which a busy
shared machine disturbs less than the wall clock. The generated transcripts are made from
the corpus's own turns (labels, events, notes, boilerplate as they occur there), repeated
with numbered labels until the size is reached, so growth can be read off the MB/s column:
a constant figure means time grows linearly with size. Runs on one core (no parallelism
inside).

The mashup mixes every shape, so a rule that is slow on one shape only is diluted in it.
``--shapes`` measures each corpus text apart instead: the text repeated (joined by blank
lines) to about ``--shape-mb`` MB, as a long transcript of one shape, converted once and
timed by CPU time; it prints the ``--slowest`` files with the CPU seconds of their three
costliest passes (and of reading and writing: the rest), then the median and the harmonic
mean (the throughput of converting all of them one after another, at equal size) over all.
A repeated text prints each of its lines hundreds of times, so the rules that count
repetitions (the boilerplate pass's repeated widgets) see page furniture where a real long
transcript has speech: there the boilerplate pass sets most lines apart, and its figure is
higher, the labels pass's lower, than on such a transcript.
"""
from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

from teikit.convert_api import SUBTITLE_PASSES, ConvertOptions, _passes, read_transcript
from teikit.writers import get_writer

ROOT = Path(__file__).resolve().parents[1]


def corpus_paths() -> list[Path]:
    """The development sets' texts; the held-out set stays unread (it measures
    generalisation, and the figures stay comparable with those before it was added)."""
    return [p for p in sorted((ROOT / "corpus").glob("*/*.txt")) if p.parent.name != "holdout"]


def corpus_texts() -> list[bytes]:
    return [p.read_bytes() for p in corpus_paths()]


def repeated(text: bytes, size_mb: float) -> bytes:
    """One text repeated to about size_mb MB: a long transcript of a single shape."""
    copies = max(1, round(size_mb * 1e6 / (len(text) + 2)))
    return b"\n\n".join([text] * copies)


def shapes(size_mb: float, slowest: int) -> None:
    """CPU MB/s of each corpus text repeated to size_mb; the slowest (with their costliest
    passes), median, harmonic mean."""
    convert_seconds(WARM_UP, 1)
    spent = pass_clock()
    rates = []
    for path in corpus_paths():
        data = repeated(path.read_bytes(), size_mb)
        spent.clear()
        secs = convert_seconds(data, 1, clock=time.process_time)
        passes = spent.most_common(3) + [("read+write", secs - sum(spent.values()))]
        rates.append((len(data) / 1e6 / secs, f"{path.parent.name}/{path.stem}", len(data) / 1e6, secs, passes))
    rates.sort()
    for rate, name, mb, secs, passes in rates[:slowest]:
        print(f"shape  {name:24s} {mb:6.2f} MB  {secs:7.3f} s cpu  {rate:6.2f} MB/s   "
              + "  ".join(f"{step} {t:.2f}" for step, t in passes))
    values = [r[0] for r in rates]
    print(f"shapes {len(values)} files  median {statistics.median(values):.2f} MB/s"
          f"  harmonic mean {statistics.harmonic_mean(values):.2f} MB/s")


def generated(size_mb: float, texts: list[bytes]) -> bytes:
    body = b"\n\n".join(t for t in texts)
    header = b"Remarks to the Press\n\nAntony J. Blinken, Secretary of State\n\nMay 19, 2021\n\n"
    parts, total, n = [header], len(header), 0
    while total < size_mb * 1e6:
        chunk = body.replace(b"SECRETARY BLINKEN:", f"SPEAKER {n % 50}:".encode())
        parts.append(chunk)
        total += len(chunk) + 2
        n += 1
    return b"\n\n".join(parts)


def convert_seconds(data: bytes, repeat: int, clock=time.perf_counter) -> float:
    write = get_writer("tei")
    best = float("inf")
    for _ in range(repeat):
        start = clock()
        write(read_transcript(data, "bench.txt", ConvertOptions()))
        best = min(best, clock() - start)
    return best


def reset_peak() -> float:
    """Start measuring the peak afresh; the resident memory now, in MB.

    On Linux the peak is the process's own high-water mark (VmHWM), reset here: the
    kernel's ru_maxrss also counts the memory of the parent the child was forked from
    (kept across exec), which hid most of a small conversion's growth."""
    try:
        with open("/proc/self/clear_refs", "w") as f:
            f.write("5")
        return _status_mb("VmRSS")
    except OSError:  # not Linux: the whole run's peak (KiB on Linux, bytes on macOS)
        return peak_mb()


def peak_mb() -> float:
    try:
        return _status_mb("VmHWM")
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _status_mb(field: str) -> float:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024  # kB
    raise OSError(f"no {field} in /proc/self/status")


def pass_clock() -> Counter:
    """CPU seconds spent in each converter pass from now on, by name (each pass's `apply`
    wrapped in this process)."""
    spent: Counter = Counter()
    for names in (None, SUBTITLE_PASSES):
        for step in _passes(names):
            if "apply" not in vars(step):  # (a pass in both lists is wrapped once)
                step.apply = _clocked(step.apply, step.name, spent)
    return spent


def _clocked(apply, name: str, spent: Counter):
    def timed(doc, ctx):
        start = time.process_time()
        apply(doc, ctx)
        spent[name] += time.process_time() - start
    return timed


def child(mb: float, repeat: int) -> None:
    """Convert one generated transcript; print size, seconds and peak memory growth."""
    data = generated(mb, corpus_texts())
    start = reset_peak()
    convert_seconds(WARM_UP, 1)  # modules imported, patterns compiled: once per process
    setup = peak_mb() - start
    before = reset_peak()
    start_cpu = time.process_time()
    secs = convert_seconds(data, repeat)
    cpu = (time.process_time() - start_cpu) / repeat
    grown = peak_mb() - before
    print(f"generated   1 file  {len(data) / 1e6:7.2f} MB  {secs:7.3f} s  {len(data) / 1e6 / secs:6.1f} MB/s"
          f"  cpu {len(data) / 1e6 / cpu:6.1f} MB/s  peak +{grown:7.1f} MB  ({grown / (len(data) / 2**20):4.1f}x input)"
          f"  after start-up +{setup:.1f} MB")


# A small transcript converted first in each child, so that the figures are the conversion's
# own and not also the one-time cost of importing modules and compiling the English patterns
# (printed apart as "start-up").
WARM_UP = (b"Remarks to the Press\n\nMay 19, 2021\n\nMODERATOR: Good afternoon. (Laughter.)\n\n"
           b"Q: Thank you [inaudible].\n\nSECRETARY BLINKEN: (Via interpreter) Yes.\n\nShare this page\n")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="1,5,10,25,50", help="generated sizes in MB")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--shapes", action="store_true", help="each corpus text repeated apart")
    ap.add_argument("--shape-mb", type=float, default=1.0, help="size of each repeated text in MB")
    ap.add_argument("--slowest", type=int, default=25, help="how many of the slowest shapes to print")
    ap.add_argument("--child", type=float, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.shapes:
        return shapes(args.shape_mb, args.slowest)
    if args.child:
        return child(args.child, args.repeat)
    texts = corpus_texts()
    size = sum(map(len, texts))
    seconds = sum(convert_seconds(t, args.repeat) for t in texts)
    print(f"corpus      {len(texts):3d} files {size / 1e6:7.2f} MB  {seconds:7.3f} s  {size / 1e6 / seconds:6.1f} MB/s")
    for mb in (float(s) for s in args.sizes.split(",")):
        repeat = 1 if mb >= 10 else args.repeat
        subprocess.run([sys.executable, __file__, "--child", str(mb), "--repeat", str(repeat)], check=True)


if __name__ == "__main__":
    main()
