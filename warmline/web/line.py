"""What the web process holds while it runs, opened in the lifespan and closed after it."""

from __future__ import annotations

import asyncio
import logging
import time
from dataclasses import dataclass, field
from functools import cached_property

import redis.asyncio
from redis.exceptions import RedisError
from starlette.requests import Request

from warmline.channel import WebhookVerifier
from warmline.continuity import ContinuityRules, load_hours
from warmline.core.hours import OpeningHours
from warmline.core.screening import Screener, default_screener
from warmline.core.texts import LineTexts
from warmline.inbound import LineRules
from warmline.settings import Settings
from warmline.store import AsyncStore, crisis_terms, keys
from warmline.store import continuity as continuity_store
from warmline.web.events import EventHub, stop_task

log = logging.getLogger("warmline.web")
# How soon a crisis term or opening hours a supervisor sets take effect in every web process.
RULES_REFRESH_SECONDS = 2.0


@dataclass
class WebLine:
    settings: Settings
    client: redis.asyncio.Redis
    store: AsyncStore
    verifier: WebhookVerifier
    texts: LineTexts
    events: EventHub
    screener: Screener = field(default_factory=default_screener)
    hours: OpeningHours | None = None
    _terms_version: int = 0
    _refresher: asyncio.Task[None] | None = None
    _running: bool = False

    @property
    def events_max(self) -> int:
        return int(self.settings["WARMLINE_EVENTS_MAX"])

    async def tell_place_in_line(self, conversation_id: str) -> None:
        """Owe the texter a place-in-line notice (a worker decides whether it is news)."""
        await self.client.rpush(keys.DISPATCH, f"place:{conversation_id}")

    async def refresh_rules(self) -> None:
        """Re-read what supervisors set at run time: crisis terms and opening hours."""
        version = await self.store.run(crisis_terms.version())
        if version != self._terms_version:
            terms = await self.store.run(crisis_terms.terms())
            self.screener = Screener(terms) if terms else default_screener()
            self._terms_version = version
        self.hours = load_hours(await self.store.run(continuity_store.opening_hours()),
                                self.continuity.line_zone)

    @cached_property
    def continuity(self) -> ContinuityRules:
        return ContinuityRules.from_settings(self.settings)

    def inbound_rules(self) -> LineRules:
        return LineRules(texts=self.texts, secret_key=self.settings.secret_key,
                         events_max=self.events_max, screener=self.screener,
                         continuity=self.continuity, hours=self.hours)

    def start(self) -> None:
        self._running = True
        self.events.start()
        self._refresher = asyncio.create_task(self._refresh_forever())

    async def _refresh_forever(self) -> None:
        while self._running:
            try:
                await self.refresh_rules()
            except (RedisError, OSError) as error:
                log.warning("could not refresh crisis terms and opening hours: %s", error)
            await asyncio.sleep(RULES_REFRESH_SECONDS)

    async def close(self) -> None:
        self._running = False
        if self._refresher:
            await stop_task(self._refresher)
        await self.events.stop()
        await self.client.aclose()


def line_of(request: Request) -> WebLine:
    line: WebLine = request.state.line
    return line


def now_ms() -> int:
    return int(time.time() * 1000)
