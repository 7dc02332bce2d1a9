"""A small learned layer: logistic regression over word n-grams of the normalised text.

It weighs word uni- and bigrams (word trigrams added nothing in cross-validation and cost a
third of its time), and besides the words themselves their classes from the rules' lexicon (any
drug, weapon, poison, place, time or close person, and numbers) in uni-, bi- and trigrams, so
"took 40 of my nan's co-codamol" weighs like "took 30 tylenol" even when that drug name never
appeared in training.

It catches phrasings the rules have never seen, and reads the messages whose only signals are
everyday-prone objects, preparations and goodbyes (see the screener). It is trained offline from the
labelled sets (`scripts/eval_crisis.py --train-model`) and shipped as package data. A hit is
reported as family "model" with the n-grams that weighed most, so a clinician can still read why
it paged.
"""

from __future__ import annotations

import json
import math
import random
import re
from collections.abc import Callable, Iterable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from itertools import count, repeat

from warmline.core.screening.lexicon import MACROS

MODEL_FILE = "model.json"

# Lexicon fragments whose plain one-word alternatives become a class the model can weigh.
_CLASSES = (("DRUG", "@drug"), ("WEAPON", "@weapon"), ("POISON", "@poison"), ("PLACE", "@place"),
            ("TIME", "@time"))
_PEOPLE = ("mom mum mother dad father brother sister son daughter wife husband partner boyfriend "
           "girlfriend bf gf friend bestie roommate cousin uncle aunt grandma grandpa kid kids "
           "baby").split()
_PLAIN = re.compile(r"[a-z_]+")


@cache
def word_classes() -> dict[str, str]:
    """Word to class, from the rules' lexicon (numbers are "@num", see `class_grams`)."""
    classes: dict[str, str] = {}
    for macro, tag in _CLASSES:
        for alternative in re.split(r"[|()]", MACROS[macro].replace("(?:", "(")):
            if _PLAIN.fullmatch(alternative.strip()):
                classes.setdefault(alternative.strip(), tag)
    for word in _PEOPLE:
        classes.setdefault(word, "@person")
    return classes


def ngrams(words: Sequence[str]) -> list[tuple[str, int, int]]:
    """Word uni- and bigrams with the index of their first and last word."""
    grams = list(zip(words, count(), count()))
    grams.extend(zip(map(" ".join, zip(words, words[1:], strict=False)), count(), count(1)))
    return grams


def class_grams(words: Sequence[str]) -> list[tuple[str, int, int]]:
    """The uni-, bi- and trigrams, with each word replaced by its class if it has one, that hold
    at least one class; marked with "%" so they never collide with plain n-grams."""
    classes = word_classes()
    at = [i for i, word in enumerate(words) if word in classes or word.isdigit()]
    if not at:
        return []
    classed = [classes.get(word) or ("@num" if word.isdigit() else word) for word in words]
    last_word = len(words) - 1
    # Only the windows that cover a classed word: a message has few of them.
    windows = {(first, first + size)
               for i in at for size in (0, 1, 2)
               for first in range(max(0, i - size), min(i, last_word - size) + 1)}
    return [("%" + " ".join(classed[first:last + 1]), first, last) for first, last in windows]


def features(words: Sequence[str]) -> list[tuple[str, int, int]]:
    """Everything the model weighs: the word n-grams, then the class n-grams."""
    return ngrams(words) + class_grams(words)


def _linear(get: Callable[[str, float], float], words: Sequence[str], trigrams: bool) -> float:
    """The summed weights of every uni- and bigram of `words`, and trigram if asked."""
    zero = repeat(0.0)
    score = sum(map(get, words, zero))
    score += sum(map(get, map(" ".join, zip(words, words[1:], strict=False)), zero))
    if trigrams:
        score += sum(map(get, map(" ".join, zip(words, words[1:], words[2:], strict=False)),
                         zero))
    return score


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
    # The class n-grams' weights, keyed without their "%" mark (see `probability`).
    class_weights: dict[str, float] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "class_weights", {
            gram[1:]: weight for gram, weight in self.weights.items() if gram.startswith("%")})

    def probability(self, words: Sequence[str]) -> float:
        """The probability alone, computed without building evidence (the common path).

        The same sum as `evidence`, but with n-grams joined and looked up in C loops: the class
        n-grams are looked up among the class weights only, where a gram with no class is
        never found, so each window counts once.
        """
        score = self.bias + _linear(self.weights.get, words, trigrams=False)
        classes = word_classes()
        if not classes.keys().isdisjoint(words) or any(map(str.isdigit, words)):
            classed = [classes.get(word) or ("@num" if word.isdigit() else word)
                       for word in words]
            score += _linear(self.class_weights.get, classed, trigrams=True)
        return 1.0 / (1.0 + math.exp(-max(min(score, 30.0), -30.0)))

    def evidence(self, words: Sequence[str], unread: AbstractSet[int] = frozenset()) -> Evidence:
        """The probability and the n-grams that pushed it up most, leaving out every n-gram that
        touches a word at an index in `unread` (the words a suppressor has explained)."""
        grams = features(words)
        if unread:
            grams = [gram for gram in grams if unread.isdisjoint(range(gram[1], gram[2] + 1))]
        weights = list(map(self.weights.get, [gram for gram, _, _ in grams]))
        score = self.bias + sum(weight for weight in weights if weight)
        probability = 1.0 / (1.0 + math.exp(-max(min(score, 30.0), -30.0)))
        contributions = sorted(((weight, *gram) for weight, gram in zip(weights, grams, strict=True)
                                if weight and weight > 0), reverse=True)
        return Evidence(probability, tuple((g, f, la) for _, g, f, la in contributions[:8]))

    def to_json(self) -> dict[str, object]:
        return {"bias": self.bias, "threshold": self.threshold,
                "weights": {gram: round(w, 4) for gram, w in sorted(self.weights.items())
                            if abs(w) >= 0.005}}


def train(examples: Iterable[tuple[Sequence[str], bool]], threshold: float,
          epochs: int = 12, rate: float = 0.2, l2: float = 1e-5) -> CrisisModel:
    """Fit by averaged stochastic gradient descent; deterministic for the same examples.

    The weights returned are the average over every step, which generalises better to unseen
    phrasings than the last step's weights, at no cost when screening.
    """
    rows = [([gram for gram, _, _ in features(words)], label) for words, label in examples]
    weights: dict[str, float] = {}
    bias = 0.0
    # Averaging without a copy per step: keep the step-weighted sum of every update.
    weighted_updates: dict[str, float] = {}
    weighted_bias = 0.0
    step = 1
    for epoch in range(epochs):
        random.Random(epoch).shuffle(rows)
        for grams, label in rows:
            score = bias + sum(weights.get(gram, 0.0) for gram in grams)
            predicted = 1.0 / (1.0 + math.exp(-max(min(score, 30.0), -30.0)))
            gradient = predicted - float(label)
            bias -= rate * gradient
            weighted_bias += step * rate * gradient
            for gram in grams:
                current = weights.get(gram, 0.0)
                update = rate * (gradient + l2 * current)
                weights[gram] = current - update
                weighted_updates[gram] = weighted_updates.get(gram, 0.0) + step * update
            step += 1
    averaged = {gram: weight - weighted_updates[gram] / step for gram, weight in weights.items()}
    return CrisisModel(averaged, bias - weighted_bias / step, threshold)


def load_shipped() -> CrisisModel | None:
    """The model shipped in the package's data folder, or None when there is none."""
    resource = resources.files("warmline.core.screening").joinpath("data").joinpath(MODEL_FILE)
    if not resource.is_file():
        return None
    payload = json.loads(resource.read_text(encoding="utf-8"))
    return CrisisModel(dict(payload["weights"]), float(payload["bias"]),
                       float(payload["threshold"]))
