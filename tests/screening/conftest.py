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
    return default_screener()
