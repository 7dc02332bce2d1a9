"""One way to talk to Redis from both worlds: a `Call` is data, stores carry it out."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import resources
from typing import Any, Generic, TypeVar

import redis
import redis.asyncio

from warmline.store.keys import PREFIX

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)


def _identity(value: Any) -> Any:
    return value


@dataclass(frozen=True)
class Call(Generic[T_co]):
    """A Lua script run (`script` names `lua/<script>.lua`) or a plain command (`script` None)."""

    script: str | None
    args: tuple[Any, ...]
    parse: Callable[[Any], T_co] = field(default=_identity)


def script_call(script: str, *args: Any, parse: Callable[[Any], T] = _identity) -> Call[T]:
    """A call of one of our Lua scripts; the key prefix is always its first argument."""
    return Call(script, (PREFIX, *args), parse)


def command(*args: Any, parse: Callable[[Any], T] = _identity) -> Call[T]:
    return Call(None, args, parse)


def _load_scripts() -> dict[str, str]:
    """Each `lua/<name>.lua`, with `lua/_prelude.lua` (shared functions) in front of it."""
    folder = resources.files("warmline.store") / "lua"
    prelude = (folder / "_prelude.lua").read_text(encoding="utf-8")
    return {
        entry.name.removesuffix(".lua"): prelude + entry.read_text(encoding="utf-8")
        for entry in folder.iterdir()
        if entry.name.endswith(".lua") and not entry.name.startswith("_")
    }


SCRIPT_SOURCES = _load_scripts()


class SyncStore:
    """Carries out calls on a blocking client (workers, CLI, tests)."""

    def __init__(self, client: redis.Redis) -> None:
        self.client = client
        self._scripts = {name: client.register_script(src) for name, src in SCRIPT_SOURCES.items()}

    def run(self, call: Call[T]) -> T:
        if call.script is None:
            return call.parse(self.client.execute_command(*call.args))
        return call.parse(self._scripts[call.script](keys=[], args=list(call.args)))

    def run_all(self, calls: list[Call[Any]]) -> list[Any]:
        """Plain commands in one transaction (MULTI/EXEC)."""
        with self.client.pipeline(transaction=True) as pipe:
            for call in calls:
                pipe.execute_command(*call.args)
            return [call.parse(value) for call, value in zip(calls, pipe.execute(), strict=True)]


class AsyncStore:
    """Carries out calls on an asyncio client (the web app)."""

    def __init__(self, client: redis.asyncio.Redis) -> None:
        self.client = client
        self._scripts = {name: client.register_script(src) for name, src in SCRIPT_SOURCES.items()}

    async def run(self, call: Call[T]) -> T:
        if call.script is None:
            return call.parse(await self.client.execute_command(*call.args))
        return call.parse(await self._scripts[call.script](keys=[], args=list(call.args)))

    async def run_all(self, calls: list[Call[Any]]) -> list[Any]:
        async with self.client.pipeline(transaction=True) as pipe:
            for call in calls:
                pipe.execute_command(*call.args)
            values = await pipe.execute()
        return [call.parse(value) for call, value in zip(calls, values, strict=True)]


def connect_sync(url: str) -> redis.Redis:
    return redis.Redis.from_url(url, decode_responses=True, health_check_interval=30)


def connect_async(url: str) -> redis.asyncio.Redis:
    return redis.asyncio.Redis.from_url(url, decode_responses=True, health_check_interval=30)
