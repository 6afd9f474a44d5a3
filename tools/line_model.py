"""A learned turn-start decision, judged leave-one-set-out: does it beat the rules?

Usage: python tools/line_model.py --rules DIR [--first DIR]   (prints the table)

For every line of the corpus sets (never corpus/holdout) the features of
tools/line_features.py, the gold verdict of tools/label_lines.py (does a turn open this
line?) and the converter's verdict (tools/rule_lines.py, cached as DIR/cur-SET.json and, for
the rules as they stood before a set was tuned on, DIR/first-SET.json). A logistic
regression (L2, Newton steps from zero weights: deterministic, no randomness) is trained on
all sets but one and scored on that one, line by line, against the rules' own verdict:

- model: the model's verdict alone (p >= .5);
- rules+: the rules' verdict, a turn added where p >= ADD and vetoed where p < VETO, the two
  thresholds chosen by leave-one-set-out inside the training sets (never on the set scored).

Lines where a gold turn starts only inside the line (run-on text) are left out: no line
verdict can say where inside a line a turn starts.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from label_lines import corpus_files, gold_starts, read_lines  # noqa: E402
from line_features import NAMES, document_features  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
TRAIN_SETS = ("dev", *(f"dev{n}" for n in range(2, 26)), "seeds")  # dev26 is unseen: never read
FIRST_RUN_SETS = tuple(f"dev{n}" for n in range(11, 26))
# The commit each first-run set arrived at (corpus/README.md): the rules before it was tuned on.
FIRST_RUN_COMMITS = dict(zip(FIRST_RUN_SETS, ("927b0db", "1ed5f85", "8df4b84", "0d97ab1", "010c4ea", "0c7d139",
                                              "51dcc60", "5d993c2", "3f2a78e", "9a1aa93", "137e153", "c7b576b",
                                              "55b550c", "6b123a8", "cab8ba5")))
L2 = 1.0
STEPS = 25
ADD_GRID = (0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.98, 1.01)
VETO_GRID = (-0.01, 0.02, 0.05, 0.1, 0.2, 0.3)


def load_set(name: str, verdicts: dict[str, dict[int, bool]]):
    """(X, y, rule verdict, document index) of the lines of one set."""
    xs, ys, rules, docs = [], [], [], []
    for d, (stem, text, gold_path) in enumerate(corpus_files(ROOT / "corpus" / name)):
        lines = read_lines(text)
        starts = gold_starts(lines, json.loads(gold_path.read_text(encoding="utf-8")))
        opening = {s.line for s in starts if s.line >= 0 and s.at_line_start}
        inside = {s.line for s in starts if s.line >= 0 and not s.at_line_start} - opening
        rule = verdicts.get(stem, {})
        for n, vector in document_features(lines, rule):
            if n in inside:
                continue
            xs.append(vector)
            ys.append(n in opening)
            rules.append(n in rule)
            docs.append(d)
    return np.array(xs, float).reshape(-1, len(NAMES)), np.array(ys, bool), np.array(rules, bool), np.array(docs)


def build_verdicts(rules_dir: Path) -> None:
    """The verdict files `rules_dir` lacks (cur-SET.json, first-SET.json), made by
    tools/rule_lines.py: the one slow step of retraining (each first run builds an old converter)."""
    from rule_lines import rule_starts
    rules_dir.mkdir(parents=True, exist_ok=True)
    wanted = [(f"cur-{n}.json", n, None) for n in TRAIN_SETS]
    wanted += [(f"first-{n}.json", n, FIRST_RUN_COMMITS[n]) for n in FIRST_RUN_SETS]
    for file, name, commit in wanted:
        if not (rules_dir / file).exists():
            found = rule_starts(ROOT / "corpus" / name, commit)
            (rules_dir / file).write_text(json.dumps({s: sorted(v.items()) for s, v in found.items()}))


def read_verdicts(path: Path) -> dict[str, dict[int, bool]]:
    raw = json.loads(path.read_text())
    return {stem: {int(n): bool(labelled) for n, labelled in rows} for stem, rows in raw.items()}


def fit(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, float]:
    """Logistic regression weights on the raw features (standardised inside), by Newton steps
    from zero: the same data always gives the same weights."""
    mean, std = x.mean(0), x.std(0)
    std[std == 0] = 1.0
    z = np.hstack([np.ones((len(x), 1)), (x - mean) / std])
    w = np.zeros(z.shape[1])
    penalty = np.eye(z.shape[1]) * L2
    penalty[0, 0] = 0.0
    for _ in range(STEPS):
        p = 1 / (1 + np.exp(-(z @ w)))
        grad = z.T @ (p - y) + penalty @ w
        hess = (z * (p * (1 - p))[:, None]).T @ z + penalty
        w = w - np.linalg.solve(hess, grad)
    weights = w[1:] / std
    return weights, float(w[0] - (mean / std) @ w[1:])


def predict(model, x: np.ndarray) -> np.ndarray:
    weights, bias = model
    return 1 / (1 + np.exp(-(x @ weights + bias)))


def combined(rule: np.ndarray, p: np.ndarray, add: float, veto: float) -> np.ndarray:
    return (rule | (p >= add)) & ~(p < veto)


def prf(pred: np.ndarray, gold: np.ndarray) -> tuple[float, float, float, int, int, int]:
    tp = int((pred & gold).sum())
    fp, fn = int((pred & ~gold).sum()), int((~pred & gold).sum())
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0, tp, fp, fn


def choose_thresholds(data: dict, names: list[str]) -> tuple[float, float]:
    """ADD and VETO maximising the F1 of rules+ on out-of-set predictions of `names`."""
    probs, golds, rules = [], [], []
    for held in names:
        model = fit(*_stack(data, [n for n in names if n != held]))
        x, y, r, _ = data[held]
        probs.append(predict(model, x))
        golds.append(y)
        rules.append(r)
    p, y, r = np.concatenate(probs), np.concatenate(golds), np.concatenate(rules)
    best = max(((prf(combined(r, p, a, v), y)[2], -a, v) for a in ADD_GRID for v in VETO_GRID))
    return -best[1], best[2]


def _stack(data: dict, names: list[str]) -> tuple[np.ndarray, np.ndarray]:
    return np.vstack([data[n][0] for n in names]), np.concatenate([data[n][1] for n in names])


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rules", type=Path, required=True, help="folder of cur-SET.json / first-SET.json")
    parser.add_argument("--first", action="store_true",
                        help="the rules as at each set's first run for dev11..dev25 (training and scoring)")
    parser.add_argument("--first-only", action="store_true",
                        help="train and choose thresholds on the first-run sets only (with --first)")
    parser.add_argument("--mix", action="store_true",
                        help="train on the first-run and the current verdicts of each set; score both")
    parser.add_argument("--weights", action="store_true", help="print the weights trained on all sets")
    args = parser.parse_args(argv)
    if args.mix:
        return mixed(args.rules)
    data = {}
    for name in TRAIN_SETS:
        first = args.rules / f"first-{name}.json"
        source = first if args.first and name in FIRST_RUN_SETS else args.rules / f"cur-{name}.json"
        data[name] = load_set(name, read_verdicts(source))
    if args.weights:
        weights, bias = fit(*_stack(data, list(FIRST_RUN_SETS if args.first_only else TRAIN_SETS)))
        print(f"bias {bias:+.3f}")
        for name, w in zip(NAMES, weights):
            print(f"{name:20} {w:+.3f}")
        return
    print("set     lines gold | rules P   R   F1  | model P   R   F1  | rules+ P   R   F1  (add, veto)")
    sums = {k: np.zeros(3, int) for k in ("rules", "model", "plus")}
    pool = FIRST_RUN_SETS if args.first_only else TRAIN_SETS
    for held in FIRST_RUN_SETS:
        others = [n for n in pool if n != held]
        model = fit(*_stack(data, others))
        add, veto = choose_thresholds(data, others)
        x, y, r, _ = data[held]
        p = predict(model, x)
        rows = {"rules": prf(r, y), "model": prf(p >= 0.5, y), "plus": prf(combined(r, p, add, veto), y)}
        for k, row in rows.items():
            sums[k] += row[3:]
        print(f"{held:6} {len(y):6} {int(y.sum()):4} | " + " | ".join(
            "{:.3f} {:.3f} {:.3f}".format(*rows[k][:3]) for k in ("rules", "model", "plus")) + f" ({add}, {veto})")
    print("sum                | " + " | ".join("{:.3f} {:.3f} {:.3f}".format(*_from_counts(*sums[k]))
                                           for k in ("rules", "model", "plus")))


def mixed(rules_dir: Path) -> None:
    """Train on both verdicts of the other sets (the rules before and after tuning), choose
    ADD/VETO by leave-one-set-out inside them, score the held-out set under both verdicts:
    a decision that helps the first runs must not hurt the tuned rules."""
    cur = {n: load_set(n, read_verdicts(rules_dir / f"cur-{n}.json")) for n in TRAIN_SETS}
    first = {n: load_set(n, read_verdicts(rules_dir / f"first-{n}.json")) for n in FIRST_RUN_SETS}

    def parts(names):
        return [cur[n] for n in names] + [first[n] for n in names if n in first]

    def train(names):
        chosen = parts(names)
        return fit(np.vstack([c[0] for c in chosen]), np.concatenate([c[1] for c in chosen]))

    print("set    | first-run: rules P R F1 | rules+ P R F1 | current: rules P R F1 | rules+ P R F1 (add, veto)")
    sums = {k: np.zeros(3, int) for k in ("fr", "fp", "cr", "cp")}
    for held in FIRST_RUN_SETS:
        others = [n for n in TRAIN_SETS if n != held]
        probs = []
        for inner in others:
            model = train([n for n in others if n != inner])
            probs += [(predict(model, c[0]), c[1], c[2]) for c in parts([inner])]
        p, y, r = (np.concatenate([q[k] for q in probs]) for k in range(3))
        best = max((prf(combined(r, p, a, v), y)[2], a, -v) for a in ADD_GRID for v in VETO_GRID)
        add, veto = best[1], -best[2]
        model = train(others)
        rows = {}
        for tag, (x, y, r, _) in (("f", first[held]), ("c", cur[held])):
            q = predict(model, x)
            rows[tag + "r"], rows[tag + "p"] = prf(r, y), prf(combined(r, q, add, veto), y)
        for k, row in rows.items():
            sums[k] += row[3:]
        print(f"{held:6} | " + " | ".join("{:.3f} {:.3f} {:.3f}".format(*rows[k][:3])
                                         for k in ("fr", "fp", "cr", "cp")) + f" ({add}, {veto})")
    print("sum    | " + " | ".join("{:.3f} {:.3f} {:.3f}".format(*_from_counts(*sums[k]))
                                  for k in ("fr", "fp", "cr", "cp")))


def _from_counts(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


if __name__ == "__main__":
    main()
