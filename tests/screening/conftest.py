"""Screening tests are pure: they replace the suite's autouse Redis and Twilio fixtures."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from warmline.core.screening import Screener, default_screener


@pytest.fixture(scope="session", autouse=True)
def environment() -> Iterator[dict[str, str]]:
    yield {}


@pytest.fixture(autouse=True)
def clean() -> None:
    return None


@pytest.fixture(scope="session")
def screener() -> Screener:
    """The rules alone: tests of rules and suppressors must not move when the model is retrained.

    The shipped screener, learned layer included, is measured on whole labelled sets
    (test_labelled_sets.py, with the `shipped` fixture) and in test_learned_layer.py.
    """
    return Screener(use_model=False)


@pytest.fixture(scope="session")
def shipped() -> Screener:
    return default_screener()
