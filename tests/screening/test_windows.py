"""Windows: a thought split over several texts pages; two benign texts joined do not."""

from __future__ import annotations

import pytest

from warmline.core.screening import Level, Screener


@pytest.mark.parametrize(
    "texts",
    [
        ["i have the pills", "all of them", "tonight"],
        ["💊💊", "tonight"],
        ["my dad's gun", "its in the drawer", "i know the code"],
        ["tengo las pastillas", "todas", "esta noche"],
    ],
)
def test_split_thoughts_page_as_a_window(screener: Screener, texts: list[str]) -> None:
    assert screener.screen_window(texts).crisis


def test_window_raises_the_level_when_the_time_arrives_later(screener: Screener) -> None:
    assert screener.screen("got my pills right here").level is Level.L2
    window = screener.screen_window(["got my pills right here", "doing it tonight"])
    assert window.level is Level.L1


@pytest.mark.parametrize(
    "texts",
    [
        ["i bought pills for my headache", "the movie tonight was good"],
        ["this homework is killing me", "lol", "anyway hows your day"],
        ["my battery is dying", "last text for now", "talk tomorrow"],
        ["hi", "is this the warm line", "i just want to talk"],
        ["going to the bridge for photos", "golden hour", "so pretty"],
    ],
)
def test_benign_texts_joined_do_not_page(screener: Screener, texts: list[str]) -> None:
    verdict = screener.screen_window(texts)
    assert not verdict.crisis, verdict.to_json()


def test_window_spans_index_the_joined_text(screener: Screener) -> None:
    texts = ["hey", "i have the pills", "tonight"]
    joined = "\n".join(texts)
    verdict = screener.screen_window(texts)
    assert verdict.crisis
    for signal in verdict.signals:
        assert joined[signal.start:signal.end] == signal.text
