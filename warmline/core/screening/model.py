"""A small learned layer: logistic regression over word n-grams of the normalised text.

It catches phrasings the rules have never seen. It is trained offline from the labelled sets
(`scripts/eval_crisis.py --train-model`), shipped as package data, and only consulted when no
rule fired. A hit is reported as family "model" with the n-grams that weighed most.
"""

from __future__ import annotations

import json
import math
import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib import resources
from itertools import repeat

MODEL_FILE = "model.json"


def ngrams(words: Sequence[str]) -> list[tuple[str, int, int]]:
    """Word uni-, bi- and trigrams with the index of their first and last word."""
    grams = []
    count = len(words)
    for i in range(count):
        grams.append((words[i], i, i))
        if i + 1 < count:
            grams.append((words[i] + " " + words[i + 1], i, i + 1))
            if i + 2 < count:
                grams.append((words[i] + " " + words[i + 1] + " " + words[i + 2], i, i + 2))
    return grams


@dataclass(frozen=True)
class Evidence:
    """The model's probability and the word ranges that pushed it up most, strongest first."""

    probability: float
    top: tuple[tuple[str, int, int], ...]


@dataclass(frozen=True)
class CrisisModel:
    """Weights per n-gram string, a bias and the probability above which it may page."""

    weights: dict[str, float]
    bias: float
    threshold: float

    def probability(self, words: Sequence[str]) -> float:
        """The probability alone, computed without building evidence (the common path)."""
        get, zero = self.weights.get, repeat(0.0)
        pairs = map(" ".join, zip(words, words[1:], strict=False))
        triples = map(" ".join, zip(words, words[1:], words[2:], strict=False))
        score = (self.bias + sum(map(get, words, zero)) + sum(map(get, pairs, zero))
                 + sum(map(get, triples, zero)))
        return 1.0 / (1.0 + math.exp(-max(min(score, 30.0), -30.0)))

    def evidence(self, words: Sequence[str]) -> Evidence:
        weights = self.weights
        score = self.bias
        contributions = []
        for gram, first, last in ngrams(words):
            weight = weights.get(gram)
            if weight is not None:
                score += weight
                if weight > 0:
                    contributions.append((weight, gram, first, last))
        probability = 1.0 / (1.0 + math.exp(-max(min(score, 30.0), -30.0)))
        contributions.sort(reverse=True)
        return Evidence(probability, tuple((g, f, la) for _, g, f, la in contributions[:8]))

    def to_json(self) -> dict[str, object]:
        return {"bias": self.bias, "threshold": self.threshold,
                "weights": {gram: round(w, 4) for gram, w in sorted(self.weights.items())
                            if abs(w) >= 0.005}}


def train(examples: Iterable[tuple[Sequence[str], bool]], threshold: float,
          epochs: int = 12, rate: float = 0.2, l2: float = 1e-5) -> CrisisModel:
    """Fit by stochastic gradient descent; deterministic for the same examples."""
    rows = [([gram for gram, _, _ in ngrams(words)], label) for words, label in examples]
    weights: dict[str, float] = {}
    bias = 0.0
    for epoch in range(epochs):
        random.Random(epoch).shuffle(rows)
        for grams, label in rows:
            score = bias + sum(weights.get(gram, 0.0) for gram in grams)
            predicted = 1.0 / (1.0 + math.exp(-max(min(score, 30.0), -30.0)))
            gradient = predicted - float(label)
            bias -= rate * gradient
            for gram in grams:
                current = weights.get(gram, 0.0)
                weights[gram] = current - rate * (gradient + l2 * current)
    return CrisisModel(weights, bias, threshold)


def load_shipped() -> CrisisModel | None:
    """The model shipped in the package's data folder, or None when there is none."""
    resource = resources.files("warmline.core.screening").joinpath("data").joinpath(MODEL_FILE)
    if not resource.is_file():
        return None
    payload = json.loads(resource.read_text(encoding="utf-8"))
    return CrisisModel(dict(payload["weights"]), float(payload["bias"]),
                       float(payload["threshold"]))
