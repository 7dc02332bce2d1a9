"""Each named signal family fires, in English and Spanish, and names itself in the verdict."""

from __future__ import annotations

import pytest

from warmline.core.screening import Level, Screener
from warmline.core.screening.lexicon import FAMILIES
from warmline.core.screening.rules_en import RULES as RULES_EN
from warmline.core.screening.rules_es import RULES as RULES_ES

CASES = [
    ("ideation_explicit", "i want to die"),
    ("ideation_explicit", "me quiero morir"),
    ("ideation_explicit", "I have been having thoughts of killing myself all week"),
    ("ideation_implicit", "everyone would be better off without me"),
    ("ideation_implicit", "todos estarían mejor sin mí"),
    ("ideation_implicit", "i wish i could go to sleep and never wake up"),
    ("method", "I've been searching online for painless ways to die"),
    ("method", "estoy pensando en ahorcarme"),
    ("method", "thinking about jumping in front of a train"),
    ("means", "got a whole bottle of tylenol next to me"),
    ("means", "tengo la pistola de mi papá en la mano"),
    ("means", "800mg ibuprofens, the whole bottle, sitting right here"),
    ("place", "I'm parked at the top of the garage and the wall is low"),
    ("place", "estoy en el techo del edificio"),
    ("plan_time", "I've decided. Friday is the day"),
    ("plan_time", "ya lo decidí, hoy es el día"),
    ("farewell", "I wrote letters for everyone. they're on my bed"),
    ("farewell", "ya escribí mi carta de despedida"),
    ("preparation", "I've been stockpiling my seroquel for months"),
    ("preparation", "the rope is set up in the closet"),
    ("self_harm", "i cut myself again tonight and it's deeper than usual"),
    ("self_harm", "me estoy cortando los brazos otra vez"),
    ("attempt_in_progress", "I took a bunch of pills"),
    ("attempt_in_progress", "me tomé todas las pastillas"),
    ("attempt_in_progress", "I'm sitting in the car with the engine running in the closed garage"),
    ("danger", "my boyfriend is hitting me right now"),
    ("danger", "mi esposo me está pegando ahora mismo"),
    ("danger", "I want to hurt my ex. I know where he lives"),
    ("third_party", "my brother says he's going to kill himself tonight"),
    ("third_party", "mi amiga dice que se va a suicidar hoy"),
    ("coded_slang", "honestly ready to self delete"),
    ("coded_slang", "thinking about the sewer slide again"),
    ("coded_slang", "i'm gonna kms fr this time"),
    ("coded_slang", "ctb tonight. done."),
    ("coded_slang", "unalive thoughts are loud tonight"),
]


@pytest.mark.parametrize(("family", "text"), CASES)
def test_family_fires_and_is_named(screener: Screener, family: str, text: str) -> None:
    verdict = screener.screen(text)
    assert verdict.crisis, text
    assert family in {signal.family for signal in verdict.signals}, verdict.to_json()


def test_every_family_has_an_english_and_a_spanish_case() -> None:
    covered = {family for family, _ in CASES}
    assert covered == set(FAMILIES)


def test_every_shipped_rule_belongs_to_a_named_family() -> None:
    for rule in (*RULES_EN, *RULES_ES):
        assert rule.family in FAMILIES, rule


@pytest.mark.parametrize(
    "text",
    [
        "I overdosed and I'm starting to feel really weird",
        "I'm bleeding a lot and I feel dizzy",
        "someone is trying to break into my apartment",
        "i have the pills and i'm taking them tonight",
        "i'm going to kill myself tonight",
        "💊💊💊💊💊 tonight",
    ],
)
def test_imminent_risk_is_level_one(screener: Screener, text: str) -> None:
    assert screener.screen(text).level is Level.L1


@pytest.mark.parametrize(
    "text",
    ["i wish i was dead", "everyone would be better off without me", "i've been cutting again"],
)
def test_ideation_without_means_or_time_is_level_two(screener: Screener, text: str) -> None:
    assert screener.screen(text).level is Level.L2


@pytest.mark.parametrize(
    "text",
    ["pills", "tonight", "the bridge", "I'm so tired of everything lately", "hi", ""],
)
def test_a_modifier_alone_never_pages(screener: Screener, text: str) -> None:
    assert not screener.screen(text).crisis


def test_verdict_json_shape(screener: Screener) -> None:
    payload = screener.screen("i want to die").to_json()
    assert payload["crisis"] is True
    assert payload["level"] == "L2"
    assert set(payload["signals"][0]) == {"family", "term", "start", "end", "text"}
    assert screener.screen("hello").to_json() == {"crisis": False, "level": "none", "signals": []}
