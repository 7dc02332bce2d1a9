"""What the web process holds while it runs, opened in the lifespan and closed after it."""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

import redis
import redis.asyncio
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request

from warmline.channel import WebhookVerifier
from warmline.core.texts import LineTexts
from warmline.jobs import Jobs
from warmline.settings import Settings
from warmline.store import AsyncStore
from warmline.store.routing import Assignment
from warmline.web.events import EventHub


@dataclass
class WebLine:
    settings: Settings
    client: redis.asyncio.Redis
    store: AsyncStore
    jobs: Jobs
    verifier: WebhookVerifier
    texts: LineTexts
    events: EventHub

    @property
    def events_max(self) -> int:
        return int(self.settings["WARMLINE_EVENTS_MAX"])

    async def enqueue(self, *, send: tuple[str, ...] = (), assignments: list[Assignment] = (),
                      place_in_line: str = "") -> None:
        """Hand follow-up work to RQ (a blocking client, so off the event loop)."""
        if not (send or assignments or place_in_line):
            return
        await run_in_threadpool(self._enqueue, send, list(assignments), place_in_line)

    def _enqueue(self, send: tuple[str, ...], assignments: list[Assignment],
                 place_in_line: str) -> None:
        for message_id in send:
            self.jobs.send_text(message_id)
        for assignment in assignments:
            self.jobs.introduce_supporter(assignment.conversation_id, assignment.supporter)
        if place_in_line:
            self.jobs.tell_place_in_line(place_in_line)

    async def close(self) -> None:
        await self.events.stop()
        await self.client.aclose()
        self.jobs.queue.connection.close()


def line_of(request: Request) -> WebLine:
    line: WebLine = request.state.line
    return line


def now_ms() -> int:
    return int(time.time() * 1000)


