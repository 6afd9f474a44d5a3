"""A document-level gate for the learned turn starts, judged leave-one-set-out on both verdicts.

Usage: python tools/line_gate.py --rules DIR [--strict] [--final]   (prints the tables)

tools/line_model.py showed that a model trained on the rules' first-run verdicts adds the turns
the rules miss on unseen text but, applied everywhere, harms the tuned rules. Here the model may
only ADD turn starts (never veto), and only in a document whose own evidence says the rules
failed there (`line_features.document_evidence`): the rules found no printed label, or opened
fewer turns than the document has question lines times a factor, or opened turns at too few of
its lines. Which of those gates (and the probability ADD) is used is chosen by leave-one-set-out
inside the training sets, on the out-of-set predictions of every training set under both
verdicts: the choice must not lower any training set's current-rules line F1 and, among those,
maximises the pooled first-run line F1.

For each held-out set the model is trained on the other sets (the first-run verdicts of
dev11..dev25, the current ones of the rest, as `line_model.py --first`) and the same model,
gate and ADD are scored twice: (a) against the set's first-run verdict (dev11..dev25: does it
add the missed turns on unseen text?) and (b) against its current verdict (every set: it must
lower none). `--strict` also forbids any added false start on a training set's current
verdict. `--final` trains and chooses on all sets (dev26 is never read) and lists the starts the
result adds to each set's current verdict: what the converter would do on them. DIR is
`line_model.py`'s folder (cur-SET.json, first-SET.json).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from label_lines import corpus_files, read_lines  # noqa: E402
from line_features import document_evidence, gate_opens  # noqa: E402
from line_model import (FIRST_RUN_SETS, ROOT, TRAIN_SETS, _from_counts, build_verdicts, fit, load_set, predict,  # noqa: E402
                        prf, read_verdicts)

ADD_GRID = (0.5, 0.6, 0.7, 0.8, 0.9, 0.95)
# (kind, threshold): "nolabel" (the rules found no label), "fewq" (rule starts < t x question
# lines), "sparse" (rule starts < t x non-blank lines), "nolabel+fewq" (both).
GATE_GRID = (("nolabel", 0.0), *(("fewq", t) for t in (0.5, 1.0, 1.5, 2.0)),
             *(("sparse", t) for t in (0.05, 0.1, 0.2)), *(("nolabel+fewq", t) for t in (1.0, 1.5, 2.0)))


def gated(kind: str, threshold: float, ev: np.ndarray) -> np.ndarray:
    """Which documents the gate opens; `ev` rows are (lines, starts, labelled, questions)."""
    return np.asarray(gate_opens(kind, threshold, ev.reshape(-1, 4).T), bool)


def load(name: str, verdict_file: Path):
    """(x, y, rule verdict, per-line document evidence) of one set under one verdict."""
    verdicts = read_verdicts(verdict_file)
    x, y, r, docs = load_set(name, verdicts)
    evidence = np.array([document_evidence(read_lines(text), verdicts.get(stem, {}))
                         for stem, text, _ in corpus_files(ROOT / "corpus" / name)], float).reshape(-1, 4)
    return x, y, r, evidence[docs] if len(docs) else np.zeros((0, 4))


def decide(part, p: np.ndarray, gate, add: float) -> np.ndarray:
    _, _, r, ev = part
    return r | (gated(*gate, ev) & (p >= add))


class Experiment:
    def __init__(self, rules_dir: Path, sets=TRAIN_SETS, strict: bool = False):
        self.strict = strict  # no training set's current verdict may gain a false start at all
        self.cur = {n: load(n, rules_dir / f"cur-{n}.json") for n in sets}
        self.first = {n: load(n, rules_dir / f"first-{n}.json") for n in sets if n in FIRST_RUN_SETS}
        self._fits: dict = {}

    def training(self, name: str):
        """The training verdict of a set: its first run when it has one, else the current."""
        return self.first.get(name) or self.cur[name]

    def model(self, names) -> tuple:
        key = frozenset(names)
        if key not in self._fits:
            chosen = [self.training(n) for n in sorted(key)]
            self._fits[key] = fit(np.vstack([c[0] for c in chosen]), np.concatenate([c[1] for c in chosen]))
        return self._fits[key]

    def choose(self, names: list[str]):
        """(gate, ADD) by leave-one-set-out inside `names`: no set's current F1 may fall; then
        the best pooled first-run F1 (ties: the earlier gate of GATE_GRID, the higher ADD)."""
        held_out = {}
        for inner in names:
            model = self.model([n for n in names if n != inner])
            parts = [("c", self.cur[inner])] + ([("f", self.first[inner])] if inner in self.first else [])
            held_out[inner] = [(tag, part, predict(model, part[0])) for tag, part in parts]
        best, best_score = None, None
        for gi, gate in enumerate(GATE_GRID):
            for add in sorted(ADD_GRID, reverse=True):
                counts, harmless = np.zeros(3, int), True
                for inner, parts in held_out.items():
                    for tag, part, p in parts:
                        row, base = prf(decide(part, p, gate, add), part[1]), prf(part[2], part[1])
                        if tag == "c" and (row[2] < base[2] - 1e-12 or self.strict and row[4] > base[4]):
                            harmless = False
                        if tag == "f":
                            counts += row[3:]
                if not harmless:
                    continue
                score = (round(_from_counts(*counts)[2], 12), -gi, add)
                if best_score is None or score > best_score:
                    best, best_score = (gate, add), score
        return best  # None: no gate harms none


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rules", type=Path, required=True)
    parser.add_argument("--final", action="store_true",
                        help="train and choose on all sets; list what it adds to their current verdicts")
    parser.add_argument("--strict", action="store_true",
                        help="choose only a gate and ADD that add no false start to any training set's current verdict")
    args = parser.parse_args(argv)
    build_verdicts(args.rules)  # (what DIR lacks: a first call makes them all, some minutes)
    exp = Experiment(args.rules, strict=args.strict)
    if args.final:
        return final_check(exp, args.rules)
    sums = {k: np.zeros(3, int) for k in ("fr", "fg", "cr", "cg")}
    print("set    | gate, add | first-run rules P R F1 | gated P R F1 | current rules P R F1 | gated P R F1 | docs gated (current)")
    for held in TRAIN_SETS:
        others = [n for n in TRAIN_SETS if n != held]
        chosen = exp.choose(others)
        model = exp.model(others)
        cells, opened = [], 0
        for tag, part in (("f", exp.first.get(held)), ("c", exp.cur[held])):
            if part is None:
                cells += ["", ""]
                continue
            pred = decide(part, predict(model, part[0]), *chosen) if chosen else part[2]
            base, row = prf(part[2], part[1]), prf(pred, part[1])
            sums[tag + "r"] += base[3:]
            sums[tag + "g"] += row[3:]
            cells += ["{:.3f} {:.3f} {:.3f}".format(*base[:3]), "{:.3f} {:.3f} {:.3f}".format(*row[:3])
                      + (" FALLS" if tag == "c" and row[2] < base[2] - 1e-12 else "")]
            if tag == "c" and chosen:
                opened = _gated_docs(held, args.rules, chosen[0])
        label = f"{chosen[0][0]} {chosen[0][1]}, {chosen[1]}" if chosen else "none"
        print(f"{held:6} | {label} | " + " | ".join(cells) + f" | {opened}")
    print("sum    | | " + " | ".join("{:.3f} {:.3f} {:.3f}".format(*_from_counts(*sums[k]))
                                    for k in ("fr", "fg", "cr", "cg")))


def _gated_docs(name: str, rules_dir: Path, gate) -> int:
    verdicts = read_verdicts(rules_dir / f"cur-{name}.json")
    ev = np.array([document_evidence(read_lines(text), verdicts.get(stem, {}))
                   for stem, text, _ in corpus_files(ROOT / "corpus" / name)], float).reshape(-1, 4)
    return int(gated(*gate, ev).sum())


def final_check(exp: Experiment, rules_dir: Path) -> None:
    """Trained and chosen on all sets: the starts it would add to each set's current verdict
    (what the converter would do on the sets it was tuned on), gold or not."""
    chosen = exp.choose(list(TRAIN_SETS))
    model = exp.model(TRAIN_SETS)
    print("chosen on all sets:", chosen)
    if not chosen:
        return
    for name in TRAIN_SETS:
        part = exp.cur[name]
        pred = decide(part, predict(model, part[0]), *chosen)
        added = pred & ~part[2]
        base, row = prf(part[2], part[1]), prf(pred, part[1])
        print(f"{name:6} added {int(added.sum())} (gold {int((added & part[1]).sum())}) | rules "
              + "{:.3f} {:.3f} {:.3f}".format(*base[:3]) + " | gated " + "{:.3f} {:.3f} {:.3f}".format(*row[:3]))


if __name__ == "__main__":
    main()
