"""The values a screening produces: levels, signals and the verdict a clinician reads."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Any


class Level(str, enum.Enum):  # noqa: UP042 (the app compares and serialises it as str)
    """How urgently a clinician must be paged; L1 is imminent, L2 urgent."""

    NONE = "none"
    L2 = "L2"
    L1 = "L1"


@dataclass(frozen=True)
class Signal:
    """One piece of evidence: which family fired, on which term, and where in the original text."""

    family: str
    term: str
    start: int
    end: int
    text: str

    def to_json(self) -> dict[str, Any]:
        return {
            "family": self.family,
            "term": self.term,
            "start": self.start,
            "end": self.end,
            "text": self.text,
        }


@dataclass(frozen=True)
class Verdict:
    """The outcome of screening one message or one window of messages."""

    level: Level
    signals: tuple[Signal, ...] = ()

    @property
    def crisis(self) -> bool:
        return self.level is not Level.NONE

    def to_json(self) -> dict[str, Any]:
        return {
            "crisis": self.crisis,
            "level": self.level.value,
            "signals": [signal.to_json() for signal in self.signals],
        }


@dataclass(frozen=True)
class CustomTerm:
    """A phrase a supervisor added: it fires `family` at `level` wherever it appears."""

    phrase: str
    family: str
    level: Level
