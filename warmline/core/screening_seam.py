"""The one screening step every inbound message passes through: crisis screening, as a queue
priority and a record a clinician can read."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from warmline.core.queue import Priority
from warmline.core.screening import Level, Screener, Verdict

PRIORITY_FOR_LEVEL = {Level.L1: Priority.IMMINENT, Level.L2: Priority.URGENT,
                      Level.NONE: Priority.NORMAL}


@dataclass(frozen=True)
class ScreeningResult:
    verdict: Verdict

    @property
    def priority(self) -> Priority:
        return PRIORITY_FOR_LEVEL[self.verdict.level]

    @property
    def record(self) -> dict[str, Any]:
        return self.verdict.to_json()


def screen_message(screener: Screener, body: str) -> ScreeningResult:
    return ScreeningResult(screener.screen(body))


def screen_window(screener: Screener, bodies: list[str]) -> ScreeningResult:
    return ScreeningResult(screener.screen_window(bodies))
