"""Crisis terms supervisors add at run time, on top of the shipped defaults."""

from __future__ import annotations

import json
from typing import Any

from warmline.core.screening import CustomTerm, Level
from warmline.store import keys
from warmline.store.calls import Call, command

TERMS = f"{keys.PREFIX}crisis_terms"
VERSION = f"{keys.PREFIX}crisis_terms:version"


def _terms(raw: dict[str, str]) -> list[CustomTerm]:
    terms = []
    for phrase, value in sorted(raw.items()):
        data = json.loads(value)
        terms.append(CustomTerm(phrase=phrase, family=data["family"], level=Level(data["level"])))
    return terms


def terms() -> Call[list[CustomTerm]]:
    return command("HGETALL", TERMS, parse=_terms)


def version() -> Call[int]:
    return command("GET", VERSION, parse=lambda raw: int(raw or 0))


def add(term: CustomTerm) -> list[Call[Any]]:
    return [command("HSET", TERMS, term.phrase,
                    json.dumps({"family": term.family, "level": term.level.value})),
            command("INCR", VERSION)]


def remove(phrase: str) -> list[Call[Any]]:
    return [command("HDEL", TERMS, phrase), command("INCR", VERSION)]
