"""Normalisation: the form of a message never changes what it means (README R6)."""

from __future__ import annotations

import pytest

from warmline.core.screening import Screener
from warmline.core.screening.normalise import normalise


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I’m NOT ok", "im not ok"),
        ("sooo tiredddd", "so tired"),
        ("k1ll mys3lf", "kill myself"),
        ("su1c1de", "suicide"),
        ("$uicide", "suicide"),
        ("gonna end it al 2nite", "going to end it all tonight"),
        ("wnt 2 die", "want to die"),
        ("took 2 pills", "took 2 pills"),
        ("u r ok", "you are ok"),
        ("dont wanna live n e more", "dont want to live and e more"),
        ("mátarme", "matarme"),
        ("ｋｉｌｌ", "kill"),
        ("cant stop thinkn about hurtin myslef", "cant stop thinking about hurting myself"),
        ("sucidal thots", "suicidal thoughts"),
        ("800mg", "800 mg"),
        ("💊💊 ⚰️ 🪦 🪢 🔪🩸 🔫", "emoji_pill emoji_pill emoji_coffin emoji_headstone emoji_knot "
         "emoji_knife emoji_blood emoji_gun"),
        ("m kiero matal", "me quiero matar"),
        ("self-harm", "self harm"),
    ],
)
def test_normalise_gives_canonical_words(text: str, expected: str) -> None:
    assert normalise(text).text == expected


def test_short_words_are_not_fuzzy_matched_onto_risk_words() -> None:
    assert normalise("diet willing kmsg").text == "diet willing kmsg"


def test_spans_map_back_to_the_original_text(screener: Screener) -> None:
    text = "ok so… I’m gonna k1ll mys3lf 2nite"
    verdict = screener.screen(text)
    spans = {signal.text for signal in verdict.signals}
    assert "k1ll mys3lf" in spans
    assert "2nite" in spans
    for signal in verdict.signals:
        assert text[signal.start:signal.end] == signal.text


@pytest.mark.parametrize(
    "text",
    [
        "i want to die",
        "I WANT TO DIE",
        "i wanna dieeeee",
        "i want 2 die",
        "i w4nt to d1e",
        "I’m going to kill myself",
        "im gonna kil myslef",
        "quiero matarme",
        "quiero mátarme",
        "QUIERO MATARME!!!",
    ],
)
def test_variant_spellings_screen_alike(screener: Screener, text: str) -> None:
    assert screener.screen(text).crisis, text


def test_emoji_are_keyed_on_code_points_not_names(screener: Screener) -> None:
    # U+1F52B is named "water pistol" nowadays; the screener must still see a gun.
    assert screener.screen("\U0001F52B my dad keeps it unlocked").crisis
    assert screener.screen("⚰\ufe0f soon").crisis
