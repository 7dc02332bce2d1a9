"""STOP, START and HELP: the carrier keywords, recognised as whole messages only."""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass


class Keyword(enum.Enum):
    STOP = "stop"
    START = "start"
    HELP = "help"


_WORDS = {
    **dict.fromkeys(
        ("STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "OPTOUT", "REVOKE"),
        Keyword.STOP,
    ),
    **dict.fromkeys(("START", "UNSTOP", "YES", "OPTIN"), Keyword.START),
    **dict.fromkeys(("HELP", "INFO"), Keyword.HELP),
}
# YES and OPTIN opt back in only on Twilio's word (OptOutType=START); as plain text they are
# ordinary messages, because "yes" is an answer far more often than a re-subscription.
_ONLY_WITH_TWILIO = {"YES", "OPTIN"}
_TRIM = re.compile(r"^[\s.!?\"'*]+|[\s.!?\"'*]+$")
_OPT_OUT_TYPES = {"STOP": Keyword.STOP, "START": Keyword.START, "HELP": Keyword.HELP}


@dataclass(frozen=True)
class KeywordMessage:
    """A carrier keyword and whether Twilio has already answered it for us."""

    keyword: Keyword
    answered_by_twilio: bool


def classify(body: str, opt_out_type: str = "") -> KeywordMessage | None:
    """Decide whether `body` is a carrier keyword.

    Twilio's `OptOutType` (sent with Advanced Opt-Out) wins: when present, Twilio has already
    replied, so the line must not send a second confirmation.
    """
    named = _OPT_OUT_TYPES.get(opt_out_type.strip().upper())
    if named is not None:
        return KeywordMessage(named, answered_by_twilio=True)
    word = _TRIM.sub("", body).upper()
    if word in _ONLY_WITH_TWILIO:
        return None
    keyword = _WORDS.get(word)
    return KeywordMessage(keyword, answered_by_twilio=False) if keyword else None
