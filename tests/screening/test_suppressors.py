"""Suppressors cancel only the span they cover; a negation never cancels another signal."""

from __future__ import annotations

import pytest

from warmline.core.screening import Screener
from warmline.core.screening.verdict import Level


@pytest.mark.parametrize(
    "text",
    [
        # idioms
        "this homework is killing me",
        "I'm dying to see the new movie",
        "to die for, that cheesecake",
        "bored to death in this lecture",
        "I'm dead 😂😂😂",
        "my feet are killing me after that shift",
        "estoy muerta de cansancio después del turno",
        "me muero de risa",
        "mi jefe me va a matar si llego tarde",
        # trivial-target jokes
        "I'd kill for a coffee",
        "kms this wifi is so slow lol",
        "if i have to hear that song one more time i'll shoot myself lol",
        "ugh kill me now, another meeting",
        # denials
        "I'm not suicidal",
        "I'm not going to hurt myself, I just need to vent",
        "no suicidal thoughts, just grief",
        "no te preocupes, no me voy a hacer daño, solo estoy triste",
        # media framing
        "the movie where he kills himself made me cry",
        "I read an article about suicide rates going up in teens",
        # past and recovered
        "I used to self-harm years ago, I'm doing well now",
        "I tried to kill myself in 2015 and I'm so glad I'm still here",
        "antes me cortaba pero ya llevo tres años sin hacerlo",
        # lookalikes
        "bought rope for the camping trip this weekend",
        "Should I take tylenol or advil for cramps?",
    ],
)
def test_suppressed_messages_do_not_page(screener: Screener, text: str) -> None:
    verdict = screener.screen(text)
    assert not verdict.crisis, verdict.to_json()


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("I'm not suicidal but I have the pills ready", "means"),
        ("I'm not suicidal I just have the rope set up in the closet", "preparation"),
        ("not going to kill myself, but I wrote letters for everyone", "farewell"),
        ("I'm not okay. I don't want to live anymore", "ideation_explicit"),
        ("no quiero hacerme daño pero tengo las pastillas aquí", "means"),
        ("no me voy a matar, pero ya escribí mi carta de despedida", "farewell"),
    ],
)
def test_a_denial_never_cancels_a_different_signal(
    screener: Screener, text: str, family: str
) -> None:
    verdict = screener.screen(text)
    assert verdict.crisis
    assert family in {signal.family for signal in verdict.signals}


@pytest.mark.parametrize(
    "text",
    [
        "I can't not think about killing myself",
        "it's not that i want to die, i just want to stop existing for good",
        "I used to cut and the urges are back full force tonight",
        "i attempted two weeks ago and i'm scared i'll do it again",
        "kms fr this time, not a joke lol, the exam was the last straw",
        "the show has a suicide storyline and now I keep thinking I should do the same",
    ],
)
def test_near_misses_of_suppressors_still_page(screener: Screener, text: str) -> None:
    assert screener.screen(text).crisis, text


def test_the_denied_span_is_not_reported_but_the_other_is(screener: Screener) -> None:
    text = "I'm not suicidal but I have the pills ready"
    verdict = screener.screen(text)
    reported = " ".join(signal.text for signal in verdict.signals)
    assert "suicidal" not in reported
    assert "pills" in reported


@pytest.mark.parametrize("text", [
    "Five years ago today I wrote a goodbye letter",
    "hoy se cumplen cinco anos de mi intento",
    "on this day in 2015 i took pills, now im a nurse",
])
def test_an_anniversary_is_not_a_time_to_act(screener: Screener, text: str) -> None:
    verdict = screener.screen(text)
    assert not any(signal.term == "time" for signal in verdict.signals)
    assert verdict.level is not Level.L1


@pytest.mark.parametrize("text", [
    "i wrote a goodbye letter today",
    "two years ago today i tried and today im thinking about it again",
])
def test_a_time_of_the_present_still_counts(screener: Screener, text: str) -> None:
    assert screener.screen(text).level is Level.L1
