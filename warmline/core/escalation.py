"""The clinician escalation ladder: who is paged, in what order, and what the page says.

An escalation walks the on-call list one clinician at a time, then pages every supervisor on
shift, and walks the whole ladder once more before it is marked unanswered. Nothing here
waits or sends: the store keeps the state and RQ timers call `next_rung` when a timeout passes.
"""

from __future__ import annotations

import enum
import re
import secrets
from collections.abc import Sequence
from dataclasses import dataclass

from warmline.core.screening import Level

ROUNDS = 2
# No 0/O, 1/I/L, 5/S: a code read off a lock screen at 3 a.m. must not be misread.
_CODE_ALPHABET = "234679ACDEFGHJKMNPQRTUVWXYZ"
_ACK = re.compile(r"^\s*ack\s*([A-Za-z0-9]{3})\s*[.!]*\s*$", re.IGNORECASE)


class EscalationStatus(enum.Enum):
    PAGING = "paging"
    ACKNOWLEDGED = "acknowledged"
    RESOLVED = "resolved"
    UNANSWERED = "unanswered"


@dataclass(frozen=True)
class Rung:
    """One step of the ladder: the people paged together, and which round it is."""

    index: int
    round: int
    usernames: tuple[str, ...]
    supervisors: bool


def ladder_length(on_call: Sequence[str]) -> int:
    """Rungs in one round: each on-call clinician, then the supervisors."""
    return len(on_call) + 1


def rung(index: int, on_call: Sequence[str], supervisors_on_shift: Sequence[str]) -> Rung | None:
    """The rung at `index` (counting across rounds), or None past the end of the last round."""
    per_round = ladder_length(on_call)
    round_number, position = divmod(index, per_round)
    if round_number >= ROUNDS:
        return None
    if position < len(on_call):
        return Rung(index, round_number, (on_call[position],), supervisors=False)
    return Rung(index, round_number, tuple(sorted(supervisors_on_shift)), supervisors=True)


def new_code() -> str:
    return "".join(secrets.choice(_CODE_ALPHABET) for _ in range(3))


def parse_ack(body: str) -> str | None:
    """The code in an `ACK 7K2` text from a staff phone, upper-cased, or None."""
    match = _ACK.match(body)
    return match.group(1).upper() if match else None


def page_text(
    line_name: str, level: str, code: str, families: Sequence[str], peer_engaged: bool,
    requested: bool = False,
) -> str:
    """The page, one GSM-7 SMS segment (160 characters) at most."""
    named = list(dict.fromkeys(families))[:3]
    why = "peer asked for a clinician" if requested else ", ".join(named) or "crisis words"
    peer = "peer engaged" if peer_engaged else "no peer yet"
    text = f"{line_name} {level} crisis {code}: {why}; {peer}. Reply ACK {code}"
    if len(text) > 160:
        room = 160 - len(text) + len(why) - 3
        text = f"{line_name} {level} crisis {code}: {why[:room]}...; {peer}. Reply ACK {code}"
    return text[:160]


def level_for_request() -> Level:
    """A supporter asking for a clinician is urgent, never less."""
    return Level.L2
