"""Score crisis screening on labelled JSON Lines files, beside a naive keyword list.

    python scripts/eval_crisis.py tests/data/crisis/dev.jsonl [more.jsonl ...] [--misses]
    python scripts/eval_crisis.py --train-model tests/data/crisis/dev.jsonl \
        tests/data/crisis/train_*.jsonl

Each line is {"text", "label": "crisis"|"no_crisis", "kind"}, or {"texts": [...], ...} for a
window of several messages. Prints recall on crisis and the false-positive rate on the rest,
overall and per (label, kind), for the screener and for the naive list scored in the same run.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from warmline.core.screening import default_screener  # noqa: E402
from warmline.core.screening.model import MODEL_FILE, train  # noqa: E402
from warmline.core.screening.normalise import normalise  # noqa: E402

MODEL_PATH = Path(__file__).resolve().parent.parent / "warmline/core/screening/data" / MODEL_FILE
# Chosen by 5-fold cross-validation on the training files: the model alone, gated by the
# suppressors and joke markers, kept its false-positive rate near 6% at this threshold.
MODEL_THRESHOLD = 0.85

# The kind of list CTL started with in 2013: chosen on instinct, matched on words.
NAIVE_KEYWORDS = ("suicide", "suicidal", "kill myself", "die", "dead", "pills", "overdose",
                  "cut", "hurt myself", "end it", "self harm", "want to die", "hang")
_NAIVE = re.compile(r"\b(?:" + "|".join(re.escape(k) for k in NAIVE_KEYWORDS) + r")\b")


def naive_flags(texts: list[str]) -> bool:
    return _NAIVE.search(" ".join(texts).lower()) is not None


def screener_flags(texts: list[str]) -> bool:
    screener = default_screener()
    if len(texts) == 1:
        return screener.screen(texts[0]).crisis
    return screener.screen_window(texts).crisis


def load(path: Path) -> list[dict[str, object]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            row["texts"] = row.get("texts") or [row["text"]]
            rows.append(row)
    return rows


def score(rows: list[dict[str, object]], flag: Callable[[list[str]], bool]) -> dict[str, object]:
    by_kind: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    misses: list[str] = []
    for row in rows:
        texts = row["texts"]
        assert isinstance(texts, list)
        fired = flag(texts)
        key = (str(row["label"]), str(row["kind"]))
        by_kind[key][1] += 1
        if fired:
            by_kind[key][0] += 1
        if fired != (row["label"] == "crisis"):
            misses.append(f"  {'FN' if row['label'] == 'crisis' else 'FP'} [{row['kind']}] "
                          + " || ".join(texts))
    crisis = [v for (label, _), v in by_kind.items() if label == "crisis"]
    other = [v for (label, _), v in by_kind.items() if label != "crisis"]
    recall = sum(v[0] for v in crisis) / max(sum(v[1] for v in crisis), 1)
    fpr = sum(v[0] for v in other) / max(sum(v[1] for v in other), 1)
    return {"recall": recall, "fpr": fpr, "by_kind": dict(by_kind), "misses": misses,
            "n_crisis": sum(v[1] for v in crisis), "n_other": sum(v[1] for v in other)}


def report(name: str, rows: list[dict[str, object]], show_misses: bool) -> None:
    ours, naive = score(rows, screener_flags), score(rows, naive_flags)
    print(f"== {name}: {ours['n_crisis']} crisis, {ours['n_other']} no_crisis")
    print(f"   screener: recall {ours['recall']:.3f}  FPR {ours['fpr']:.3f}")
    print(f"   naive   : recall {naive['recall']:.3f}  FPR {naive['fpr']:.3f}")
    print(f"   {'label':<10} {'kind':<12} {'n':>4} {'screener':>9} {'naive':>7}  (rate flagged)")
    ours_kinds, naive_kinds = ours["by_kind"], naive["by_kind"]
    assert isinstance(ours_kinds, dict) and isinstance(naive_kinds, dict)
    for key in sorted(ours_kinds):
        hit, n = ours_kinds[key]
        naive_hit = naive_kinds[key][0]
        print(f"   {key[0]:<10} {key[1]:<12} {n:>4} {hit / n:>9.2f} {naive_hit / n:>7.2f}")
    if show_misses:
        misses = ours["misses"]
        assert isinstance(misses, list)
        print("\n".join(misses))


def train_model(paths: list[Path]) -> int:
    """Fit the learned layer on labelled files (never the held-out ones) and ship it."""
    held_out = [path.name for path in paths if path.name.startswith("heldout")]
    if held_out:
        print(f"refusing to train on held-out files: {', '.join(held_out)}", file=sys.stderr)
        return 2
    examples = []
    for path in paths:
        for row in load(path):
            texts = row["texts"]
            assert isinstance(texts, list)
            words = normalise("\n".join(texts), newline_is_break=False).words
            examples.append((words, row["label"] == "crisis"))
    model = train(examples, threshold=MODEL_THRESHOLD)
    MODEL_PATH.parent.mkdir(parents=True, exist_ok=True)
    MODEL_PATH.write_text(json.dumps(model.to_json(), ensure_ascii=False, indent=0) + "\n",
                          encoding="utf-8")
    print(f"trained on {len(examples)} examples from {len(paths)} files -> {MODEL_PATH}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--misses", action="store_true", help="list every wrong verdict")
    parser.add_argument("--train-model", action="store_true",
                        help="train the learned layer on FILES and write it into the package")
    args = parser.parse_args(argv)
    if args.train_model:
        return train_model(args.files)
    everything: list[dict[str, object]] = []
    for path in args.files:
        rows = load(path)
        everything.extend(rows)
        report(path.name, rows, args.misses)
    if len(args.files) > 1:
        report("all files", everything, False)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
