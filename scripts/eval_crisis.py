"""Score crisis screening on labelled JSON Lines files, beside a naive keyword list.

    python scripts/eval_crisis.py tests/data/crisis/dev.jsonl [more.jsonl ...] [--misses]
    python scripts/eval_crisis.py --train-model tests/data/crisis/dev.jsonl \
        tests/data/crisis/train_*.jsonl
    python scripts/eval_crisis.py --cross-validate tests/data/crisis/dev.jsonl \
        tests/data/crisis/train_*.jsonl

Each line is {"text", "label": "crisis"|"no_crisis", "kind"}, or {"texts": [...], ...} for a
window of several messages. Prints recall on crisis and the false-positive rate on the rest,
overall and per (label, kind), for the screener and for the naive list scored in the same run.

--cross-validate measures the learned layer on authors it has not seen: each author of a
train_hN_* set in turn is left out, the model is trained on everything else, and the whole
screener (rules, gates and model) is scored on the author left out, at several thresholds.
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

from warmline.core.screening import Screener, default_screener  # noqa: E402
from warmline.core.screening.model import MODEL_FILE, train  # noqa: E402
from warmline.core.screening.normalise import normalise  # noqa: E402

MODEL_PATH = Path(__file__).resolve().parent.parent / "warmline/core/screening/data" / MODEL_FILE
# Chosen with --cross-validate (each blind author left out in turn): the whole screener kept its
# false-positive rate near 10% on the authors it had not seen at this threshold.
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


def examples_of(rows: list[dict[str, object]]) -> list[tuple[list[str], bool]]:
    examples = []
    for row in rows:
        texts = row["texts"]
        assert isinstance(texts, list)
        words = normalise("\n".join(texts), newline_is_break=False).words
        examples.append((words, row["label"] == "crisis"))
    return examples


def refuse_held_out(paths: list[Path]) -> bool:
    held_out = [path.name for path in paths if path.name.startswith("heldout")]
    if held_out:
        print(f"refusing to train on held-out files: {', '.join(held_out)}", file=sys.stderr)
    return bool(held_out)


def train_model(paths: list[Path]) -> int:
    """Fit the learned layer on labelled files (never the held-out ones) and ship it."""
    if refuse_held_out(paths):
        return 2
    examples = examples_of([row for path in paths for row in load(path)])
    model = train(examples, threshold=MODEL_THRESHOLD)
    MODEL_PATH.parent.mkdir(parents=True, exist_ok=True)
    MODEL_PATH.write_text(json.dumps(model.to_json(), ensure_ascii=False, indent=0) + "\n",
                          encoding="utf-8")
    print(f"trained on {len(examples)} examples from {len(paths)} files -> {MODEL_PATH}")
    return 0


_AUTHOR = re.compile(r"^train_(h\d+)_")
_MODEL_P = re.compile(r"^learned model p=([0-9.]+)$")
THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95)


RULES_FIRED, NOTHING_FIRED = 2.0, -1.0


def flagged_up_to(screener: Screener, texts: list[str]) -> float:
    """The highest model threshold at which the screener still pages on `texts`."""
    verdict = screener.screen(texts[0]) if len(texts) == 1 else screener.screen_window(texts)
    if not verdict.crisis:
        return NOTHING_FIRED
    found = [_MODEL_P.match(signal.term) for signal in verdict.signals]
    probabilities = [float(match.group(1)) for match in found if match]
    return max(probabilities) if probabilities else RULES_FIRED


def cross_validate(paths: list[Path]) -> int:
    """Leave each train_hN author out in turn; score the whole screener on them."""
    if refuse_held_out(paths):
        return 2
    by_author: dict[str, list[dict[str, object]]] = defaultdict(list)
    for path in paths:
        match = _AUTHOR.match(path.name)
        by_author[match.group(1) if match else ""].extend(load(path))
    folds = sorted(author for author in by_author if author)
    if not folds:
        print("no train_hN_* files to leave out", file=sys.stderr)
        return 2
    results: list[tuple[bool, float, str]] = []
    per_author: list[str] = []
    for author in folds:
        rest = [row for other, rows in by_author.items() if other != author for row in rows]
        screener = Screener()
        screener._model = train(examples_of(rest), threshold=min(THRESHOLDS))
        fold = []
        for row in by_author[author]:
            texts = row["texts"]
            assert isinstance(texts, list)
            fold.append((row["label"] == "crisis", flagged_up_to(screener, texts),
                         str(row["kind"])))
        results.extend(fold)
        hits = [level >= MODEL_THRESHOLD for _, level, _ in fold]
        positives = [hit for hit, (is_crisis, _, _) in zip(hits, fold, strict=True) if is_crisis]
        negatives = [hit for hit, (is_crisis, _, _) in zip(hits, fold, strict=True)
                     if not is_crisis]
        per_author.append(f"   {author:<5} recall {sum(positives) / max(len(positives), 1):.3f}  "
                          f"FPR {sum(negatives) / max(len(negatives), 1):.3f}  "
                          f"({len(positives)} crisis, {len(negatives)} no_crisis)")
    crisis = [level for is_crisis, level, _ in results if is_crisis]
    other = [level for is_crisis, level, _ in results if not is_crisis]
    print(f"left out in turn: {', '.join(folds)}; {len(crisis)} crisis, {len(other)} no_crisis")
    rules_recall = sum(level == RULES_FIRED for level in crisis) / len(crisis)
    rules_fpr = sum(level == RULES_FIRED for level in other) / len(other)
    print(f"  rules alone          recall {rules_recall:.3f}  FPR {rules_fpr:.3f}")
    for threshold in THRESHOLDS:
        recall = sum(level >= threshold for level in crisis) / len(crisis)
        fpr = sum(level >= threshold for level in other) / len(other)
        print(f"  model threshold {threshold:.2f} recall {recall:.3f}  FPR {fpr:.3f}")
    by_kind: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0])
    for is_crisis, level, kind in results:
        counts = by_kind["crisis" if is_crisis else "no_crisis", kind]
        counts[0] += level >= MODEL_THRESHOLD
        counts[1] += level == RULES_FIRED
        counts[2] += 1
    print(f"  per author left out, at the shipped threshold {MODEL_THRESHOLD}:")
    print("\n".join(per_author))
    print(f"  per kind at the shipped threshold {MODEL_THRESHOLD} (rate flagged):")
    print(f"   {'label':<10} {'kind':<12} {'n':>5} {'screener':>9} {'rules':>7}")
    for (label, kind), (flagged, by_rules, count) in sorted(by_kind.items()):
        print(f"   {label:<10} {kind:<12} {count:>5} {flagged / count:>9.2f} "
              f"{by_rules / count:>7.2f}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--misses", action="store_true", help="list every wrong verdict")
    parser.add_argument("--train-model", action="store_true",
                        help="train the learned layer on FILES and write it into the package")
    parser.add_argument("--cross-validate", action="store_true",
                        help="score the screener on each train_hN author with a model trained "
                             "on the other FILES")
    args = parser.parse_args(argv)
    if args.train_model:
        return train_model(args.files)
    if args.cross_validate:
        return cross_validate(args.files)
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
