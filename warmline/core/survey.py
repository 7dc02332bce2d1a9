"""Replies to the closing texts: a 1-5 rating, a yes or no to a follow-up, or both.

A reply counts only when it is made of nothing but such answers ("4", "YES!", "no thanks",
"5, yes please"); anything else is a person talking, and opens a new conversation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MAX_CHARS = 60
_RATINGS = {"1": 1, "2": 2, "3": 3, "4": 4, "5": 5,
            "one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
_YES = {"yes", "y", "yeah", "yea", "yep", "yup", "ya", "sure", "ok", "okay", "k", "si", "sí",
        "definitely", "absolutely"}
_NO = {"no", "n", "nope", "nah", "not"}
_FILLER = {"thanks", "thank", "you", "thx", "ty", "please", "pls", "and", "out", "of", "now",
           "a", "i", "would", "like", "that", "gracias"}
_RATING_OF_FIVE = re.compile(r"^([1-5])\s*/\s*5$")
_TOKENS = re.compile(r"[a-záéíóú]+|\d+")


@dataclass(frozen=True)
class SurveyReply:
    rating: int | None = None
    consent: bool | None = None

    def as_fields(self) -> dict[str, str]:
        fields: dict[str, str] = {}
        if self.rating is not None:
            fields["rating"] = str(self.rating)
        if self.consent is not None:
            fields["consent"] = "yes" if self.consent else "no"
        return fields


def parse_reply(body: str) -> SurveyReply | None:
    """The answers in `body`, or None if it is anything more than answers."""
    text = body.strip().lower()
    if not text or len(text) > MAX_CHARS:
        return None
    text = _RATING_OF_FIVE.sub(r"\1", text)
    ratings: list[int] = []
    consents: list[bool] = []
    for token in _TOKENS.findall(text.replace("out of 5", "")):
        if token in _RATINGS:
            ratings.append(_RATINGS[token])
        elif token in _YES:
            consents.append(True)
        elif token in _NO:
            consents.append(False)
        elif token not in _FILLER:
            return None
    if len(set(ratings)) > 1 or len(set(consents)) > 1 or not (ratings or consents):
        return None
    return SurveyReply(ratings[0] if ratings else None, consents[0] if consents else None)
