"""The screener: rules, suppressors, combinations and the level they add up to."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import cache

from warmline.core.screening import rules_en, rules_es
from warmline.core.screening.lexicon import HeadIndex, Rule, Suppressor
from warmline.core.screening.model import CrisisModel, load_shipped
from warmline.core.screening.normalise import NormalisedText, normalise
from warmline.core.screening.suppressors import SUPPRESSORS
from warmline.core.screening.verdict import CustomTerm, Level, Signal, Verdict

_NONE = Verdict(Level.NONE, ())

# Modifier pairs that page together when close: pills + "tonight", a bridge + "do it".
_COMBINATIONS: dict[frozenset[str], tuple[str, str]] = {
    frozenset({"object", "time"}): ("means", "means with a time"),
    frozenset({"object", "do_it"}): ("means", "means with intent"),
    frozenset({"place", "do_it"}): ("place", "place with intent"),
    frozenset({"object", "farewell"}): ("farewell", "goodbye with means"),
    frozenset({"do_it", "time"}): ("plan_time", "doing it at a time"),
    frozenset({"object", "not_benign"}): ("means", "means not for an everyday use"),
    frozenset({"take_them", "time"}): ("plan_time", "taking them at a time"),
}
_COMBINATION_REACH = 60
# Rules that, firing alone on the blind authors' training sets (train_h*), paged on lookalikes
# at least as often as on crises: said goodbye at work, someone else's overdose years ago, a joke
# with "unalive". They still explain a verdict, but the learned layer, which reads the whole
# message, decides whether it pages. Measure with scripts/eval_crisis.py --cross-validate.
_EXPLAIN_ONLY = frozenset({
    "goodbye", "someone else is hurting themself", "last message", "overdosed", "unalive",
    "set a date", "I know when", "se acabo", "at peace with my decision", "life insurance",
})
_MODEL_MIN_WORDS = 3
# Families whose rules page on lookalikes most (README pitfalls: objects and goodbyes have
# everyday uses). An urgent (L2) verdict from these alone stands down when the learned layer puts
# the whole message below this probability. Never for ideation, self-harm, an attempt, danger,
# anything imminent (L1), nor places or times: the model has seen too many everyday plans to be
# trusted with "it's going to be saturday". Measured with scripts/eval_crisis.py --cross-validate.
_EVERYDAY_PRONE = frozenset({"means", "farewell", "preparation"})
_EVERYDAY_BELOW = 0.05
# The tag of a supervisor's own term: it always pages as set.
_CUSTOM = "custom"
_FUNCTION_WORDS = frozenset(
    "i im ive id ill me my myself you your we they he she it its a an the to of and or but so "
    "in on at for with is am are was were be been being do dont did not no just want wanna "
    "going go get got have has had this that these those all so really very , . "
    "yo me mi la el los las un una de que y a en no lo se es".split()
)
# Families that become imminent (L1) when a time or plan sits beside them.
_TIMED_L1 = frozenset({"means", "method", "ideation_explicit", "ideation_implicit", "coded_slang",
                       "preparation", "farewell", "place", "self_harm", "plan_time"})

# Suppressors that may cancel firm signals too: an everyday use of the object, and a recovery
# story told from the distant past to a well present.
_CANCELS_FIRM = frozenset({"benign_use", "recovered"})

_LIGHT = frozenset({"lol", "lmao", "haha", "jaja", "jk", "emoji_laugh", "emoji_skull", "lolz",
                    "xd", "hehe", "jeje", "rofl", "kidding", "joking", "relax", "dramatic"})
# A joke needs a named everyday target (README R9); these are the common ones.
_TRIVIAL = re.compile(
    r"\b(?:homework|exam|exams|test|quiz|class|classes|chemistry|chem|math|physics|bio|essay|"
    r"assignment|paper|grade|grades|minus|report card|finals|midterms?|semester|lecture|"
    r"teacher|wifi|internet|phone|battery|song|songs|playlist|traffic|meeting|meetings|boss|"
    r"work|shift|game|team|movie|show|episode|meme|video|tiktok|line|queue|bus|weather|heat|"
    r"monday|mondays|diet|gym|workout|embarrass\w*|cringe|printer|laptop|computer|customers?|"
    r"coworkers?|group chat|practice|fries|pizza|hungry|hair|mom|dad|sister|brother|outfit|"
    r"tarea|examen|clase|jefe|trafico|calor|cancion|blusa|verguenza|report|rent|taxes|"
    r"laundry|dishes|spreadsheet|email|emails|zoom|commute|airport|flight|period|cramps|wear|"
    r"wearing|outfit|clothes|dress|shoes|cookie|cookies|cake|food|pizza|fries|airpods|"
    r"headphones|keys|wallet|train|jingle|advert|ad|ads|commercial|ringtone|alarm|neighbors?|"
    r"neighbours?|xbox|switch|playstation|ps5|console|fortnite|minecraft|router|"
    r"parking|ticket|tickets|deadline|m25|hangover|planchar|"
    r"platos|trastes|lavar|limpiar|cuarto|tareas|flojera|lunes|suegra|"
    r"audition|karaoke|recital|talent show|group project|project|chores|wedding|party|"
    r"family dinner|event|email|leftovers|finale|spoilers?|oso|pena|roche|palo|cringe)\b"
)
_SERIOUS = re.compile(
    r"\b(?:for real|fr|not a joke|isnt a joke|not joking|no joke|seriously|genuinely|deadass|"
    r"im serious|i mean it|not kidding|literally (?:want|going)|neta|en serio)\b"
)


@dataclass(frozen=True)
class _Hit:
    start: int
    end: int
    rule: Rule


def _custom_rule(term: CustomTerm) -> Rule | None:
    phrase = normalise(term.phrase).text.replace(" .", "").replace(" ,", "").strip(" .,")
    if not phrase:
        return None
    fires = term.level is not Level.NONE
    level = term.level if fires else Level.L2
    pattern = " ".join(re.escape(word) for word in phrase.split())
    return Rule(term.family, phrase, pattern, level=level, fires=fires, tag=_CUSTOM, firm=True)


@cache
def _shipped_model() -> CrisisModel | None:
    return load_shipped()


class Screener:
    """Screens texter messages for crisis risk; pure, thread-safe and reusable."""

    def __init__(self, custom_terms: Iterable[CustomTerm] = (), *, use_model: bool = True) -> None:
        self._model = _shipped_model() if use_model else None
        rules: list[Rule] = [
            replace(rule, fires=False) if rule.term in _EXPLAIN_ONLY and rule.fires else rule
            for rule in (*rules_en.RULES, *rules_es.RULES)
        ]
        for term in custom_terms:
            rule = _custom_rule(term)
            if rule is not None:
                rules.append(rule)
        self._rules = HeadIndex((rule.pattern, rule) for rule in rules)
        self._suppressors = HeadIndex((s.pattern, s) for s in SUPPRESSORS)

    def screen(self, text: str) -> Verdict:
        """Screen one message on its own."""
        return self._screen(text)

    def screen_window(self, texts: Sequence[str]) -> Verdict:
        """Screen the last few texter messages (oldest first) as one thought.

        Spans index into the messages joined with newlines.
        """
        return self._screen("\n".join(texts), window=True)

    def _screen(self, text: str, window: bool = False) -> Verdict:
        # SMS splits one sentence across texts, so a window reads its newlines as spaces.
        norm = normalise(text, newline_is_break=not window)
        found = self._rules.matches(norm.text, norm.norm_starts, norm.words)
        if not found:
            return self._model_verdict(text, norm, [])
        hits = [_Hit(start, end, rule) for start, end, rule in found if isinstance(rule, Rule)]
        suppressions = self._suppressions(norm)
        hits = _unsuppressed(suppressions, hits)
        hits = _without_jokes(norm.text, hits)
        firing = [hit for hit in hits if hit.rule.fires]
        modifiers = [hit for hit in hits if not hit.rule.fires]
        firing.extend(_combined(modifiers))
        if not firing:
            return self._model_verdict(text, norm, modifiers, suppressions)
        level = _level(firing, modifiers)
        if level is Level.L2 and self._everyday(norm, firing):
            return _NONE
        return Verdict(level, _signals(text, norm, firing, modifiers))

    def _everyday(self, norm: NormalisedText, firing: list[_Hit]) -> bool:
        """Whether the learned layer, reading the whole message, is all but sure that the only
        signals (objects, preparations, goodbyes) are everyday uses: rope for camping, pills for
        a headache, goodbye at the end of a job. A supervisor's own term always stands."""
        model = self._model
        if model is None or len(norm.words) < _MODEL_MIN_WORDS:
            return False
        if any(hit.rule.family not in _EVERYDAY_PRONE or hit.rule.tag == _CUSTOM
               for hit in firing):
            return False
        return model.probability(norm.words) < _EVERYDAY_BELOW

    def _model_verdict(self, text: str, norm: NormalisedText, modifiers: list[_Hit],
                       suppressions: list[tuple[int, int, Suppressor]] | None = None) -> Verdict:
        """Ask the learned layer about a message no rule fired on (`suppressions` are the
        message's, when already found)."""
        model = self._model
        # A word or two is too little context for the model to page on. Risk often comes with
        # no word about death or harm at all ("they'd all be fine if i wasn't here"), so the
        # model reads every longer message the rules let pass.
        if model is None or len(norm.words) < _MODEL_MIN_WORDS:
            return _NONE
        if model.probability(norm.words) < model.threshold:
            return _NONE
        # It reads joke markers as words it has weighed in training: cutting it off at any "lol"
        # anywhere in the message missed more crises than it spared false alarms (measured with
        # scripts/eval_crisis.py --cross-validate). A suppressor cancels, as for the rules, only
        # the words it covers: "i'm not going to kill myself" does not page on "kill myself",
        # but "no me quiero matar, solo quiero dormirme y no despertar" still pages on the rest.
        if suppressions is None:
            suppressions = self._suppressions(norm)
        starts = norm.norm_starts
        unread = {index for start, end, _ in suppressions
                  for index in range(bisect_left(starts, start), bisect_left(starts, end))}
        evidence = model.evidence(norm.words, unread)
        if evidence.probability < model.threshold:
            return _NONE
        # Show the clinician n-grams they can read ("the rope", not "want to") where there are.
        readable = [top for top in evidence.top if not _FUNCTION_WORDS.issuperset(top[0].split())]
        readable = readable or list(evidence.top)
        term = f"learned model p={evidence.probability:.2f}"
        hits = [
            _Hit(starts[first], starts[last] + len(norm.words[last]), Rule("model", term, ""))
            for _, first, last in readable[:2]
        ]
        return Verdict(Level.L2, _signals(text, norm, hits, modifiers))

    def _suppressions(self, norm: NormalisedText) -> list[tuple[int, int, Suppressor]]:
        """Where each suppressor matches in the normalised text."""
        return [(start, end, suppressor) for start, end, suppressor in self._suppressors.matches(
            norm.text, norm.norm_starts, norm.words) if isinstance(suppressor, Suppressor)]


def _unsuppressed(suppressions: list[tuple[int, int, Suppressor]], hits: list[_Hit]
                  ) -> list[_Hit]:
    # A suppressor cancels only what it overlaps, so a denial never hides another signal.
    # Firm signals (means at hand, an attempt) yield only to an everyday use of the object.
    return [
        hit for hit in hits
        if not any(
            hit.start < end and start < hit.end
            and (suppressor.kind in _CANCELS_FIRM or not hit.rule.firm)
            for start, end, suppressor in suppressions
        )
    ]


def _without_jokes(text: str, hits: list[_Hit]) -> list[_Hit]:
    """Drop joke-prone hits in a light-hearted message about an everyday target (README R9)."""
    if not any(hit.rule.jokeable for hit in hits):
        return hits
    if any(hit.rule.fires and not hit.rule.jokeable for hit in hits):
        return hits
    words = set(text.split())
    if not words & _LIGHT or _SERIOUS.search(text) or not _TRIVIAL.search(text):
        return hits
    if any(hit.rule.tag == "time" for hit in hits):
        return hits
    return [hit for hit in hits if not hit.rule.jokeable]


def _combined(modifiers: list[_Hit]) -> list[_Hit]:
    promoted: list[_Hit] = []
    for i, first in enumerate(modifiers):
        for second in modifiers[i + 1:]:
            key = frozenset({first.rule.tag, second.rule.tag})
            gap = max(first.start, second.start) - min(first.end, second.end)
            if key in _COMBINATIONS and gap <= _COMBINATION_REACH:
                family, term = _COMBINATIONS[key]
                start, end = min(first.start, second.start), max(first.end, second.end)
                promoted.append(_Hit(start, end, Rule(family, term, "", firm=True)))
    return promoted


def _level(firing: list[_Hit], modifiers: list[_Hit]) -> Level:
    if any(hit.rule.level is Level.L1 for hit in firing):
        return Level.L1
    families = {hit.rule.family for hit in firing}
    timed = "plan_time" in families or any(hit.rule.tag == "time" for hit in modifiers)
    if timed and len(families | {"plan_time"}) > 1 and families & _TIMED_L1:
        return Level.L1
    if "means" in families and ("plan_time" in families or "method" in families):
        return Level.L1
    return Level.L2


def _signals(
    text: str, norm: NormalisedText, firing: list[_Hit], modifiers: list[_Hit]
) -> tuple[Signal, ...]:
    seen: set[tuple[str, str, int, int]] = set()
    signals: list[Signal] = []
    for hit in sorted([*firing, *modifiers], key=lambda h: (h.start, h.end)):
        start, end = norm.original_span(hit.start, hit.end)
        key = (hit.rule.family, hit.rule.term, start, end)
        if key in seen:
            continue
        seen.add(key)
        signals.append(Signal(hit.rule.family, hit.rule.term, start, end, text[start:end]))
    return tuple(signals)


@cache
def default_screener() -> Screener:
    """A shared screener with the shipped rules only."""
    return Screener()
