"""Show gold turns the converter missed and turns it found that the gold lacks.

Usage: python tools/turn_diff.py GOLD_DIR TEI_DIR [STEM...]  (a development aid for tuning
the converter's rules against the gold annotations in corpus/).
"""
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "shared" / "tools"))
import score_transcripts as st  # noqa: E402  (the project's shared scorer)
from lxml import etree  # noqa: E402


def _drop_prefix_matches(missing, extra):
    """The scorer's second pass: a gold key shorter than 8 words (CJK first words are often
    one or two "words") matches a found key that starts with it; such pairs are no misses."""
    left = list(extra)
    still = []
    for k in missing:
        hit = next((e for e in left if k and e[1] and min(len(k), len(e[1])) >= 10
                    and (e[1].startswith(k) or k.startswith(e[1]))), None)
        if hit is None:
            still.append(k)
        else:
            left.remove(hit)
    return still, left


def main(gold_dir: str, tei_dir: str, *stems: str) -> None:
    for gp in sorted(Path(gold_dir).glob("*.gold.json")):
        stem = gp.name[:-len(".gold.json")]
        if stems and stem not in stems:
            continue
        gold = json.loads(gp.read_text(encoding="utf-8"))
        root = etree.parse(str(Path(tei_dir) / f"{stem}.xml")).getroot()
        pred = st.read_turns(root)
        gkeys = [st.first_key(t["first_words"]) for t in gold["turns"]]
        pkeys = [t["key"] for t in pred]
        missing = [k for k in gkeys if k not in pkeys]
        extra = [(t["label"], k) for t, k in zip(pred, pkeys) if k not in gkeys]
        missing, extra = _drop_prefix_matches(missing, extra)
        if missing or extra:
            print(f"== {stem}")
            for k in missing:
                print("   missing:", k)
            for label, k in extra:
                print("   extra:  ", label, "|", k)


if __name__ == "__main__":
    main(*sys.argv[1:])
