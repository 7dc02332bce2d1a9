"""What the web process holds while it runs, opened in the lifespan and closed after it."""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

import redis.asyncio
from starlette.requests import Request

from warmline.channel import WebhookVerifier
from warmline.core.texts import LineTexts
from warmline.settings import Settings
from warmline.store import AsyncStore, keys
from warmline.web.events import EventHub


@dataclass
class WebLine:
    settings: Settings
    client: redis.asyncio.Redis
    store: AsyncStore
    verifier: WebhookVerifier
    texts: LineTexts
    events: EventHub

    @property
    def events_max(self) -> int:
        return int(self.settings["WARMLINE_EVENTS_MAX"])

    async def tell_place_in_line(self, conversation_id: str) -> None:
        """Owe the texter a place-in-line notice (a worker decides whether it is news)."""
        await self.client.rpush(keys.DISPATCH, f"place:{conversation_id}")

    async def close(self) -> None:
        await self.events.stop()
        await self.client.aclose()


def line_of(request: Request) -> WebLine:
    line: WebLine = request.state.line
    return line


def now_ms() -> int:
    return int(time.time() * 1000)


