"""Server-Sent Events fed from the Redis stream of events.

One reader per web process follows the stream and fans entries out to the connected
consoles. A console that reconnects with `Last-Event-ID` first replays the stream from that id,
so nothing that happened while it was away is lost, and nothing is sent twice.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from typing import Any, cast

import redis.asyncio
from redis.exceptions import RedisError

from warmline.store import keys

log = logging.getLogger("warmline.events")
_REPLAY_BATCH = 500


@dataclass(frozen=True)
class Event:
    id: str
    type: str
    conversation: str
    supporter: str
    data: dict[str, Any]

    @classmethod
    def from_entry(cls, entry_id: str, fields: dict[str, str]) -> Event:
        return cls(
            id=entry_id,
            type=fields.get("type", ""),
            conversation=fields.get("conversation", ""),
            supporter=fields.get("supporter", ""),
            data=json.loads(fields.get("data") or "{}"),
        )

    def to_sse(self) -> str:
        payload = json.dumps({"type": self.type, "conversation": self.conversation,
                              "supporter": self.supporter, "data": self.data})
        return f"id: {self.id}\nevent: {self.type}\ndata: {payload}\n\n"


def stream_position(event_id: str) -> tuple[int, int]:
    millis, _, sequence = event_id.partition("-")
    return int(millis), int(sequence or 0)


class EventHub:
    """Follows the event stream and hands each entry to every subscriber's queue."""

    def __init__(self, client: redis.asyncio.Redis) -> None:
        self.client = client
        self.subscribers: set[asyncio.Queue[Event]] = set()
        self._task: asyncio.Task[None] | None = None
        self._running = False

    def start(self) -> None:
        self._running = True
        self._task = asyncio.create_task(self._follow())

    async def stop(self) -> None:
        self._running = False
        if self._task:
            await stop_task(self._task)

    @contextlib.contextmanager
    def subscription(self) -> Any:
        queue: asyncio.Queue[Event] = asyncio.Queue(maxsize=10000)
        self.subscribers.add(queue)
        try:
            yield queue
        finally:
            self.subscribers.discard(queue)

    async def _follow(self) -> None:
        # A concrete id, never "$" across retries: "$" after an error would skip whatever was
        # added while we were not reading, and live consoles would never see it.
        last_id = ""
        while self._running:
            try:
                if not last_id:
                    newest = await self.client.xrevrange(keys.EVENTS, count=1)
                    last_id = str(newest[0][0]) if newest else "0-0"
                # Block for less than the client's socket timeout (redis-py's default is 5 s),
                # or every quiet spell ends in a timeout error.
                answer = await self.client.xread({keys.EVENTS: last_id}, block=2000, count=500)
            except asyncio.CancelledError:
                raise
            except (RedisError, OSError) as error:
                log.warning("event stream unavailable, retrying: %s", error)
                await asyncio.sleep(1)
                continue
            for _stream, entries in cast(list[Any], answer or []):
                for entry_id, fields in entries:
                    last_id = entry_id
                    event = Event.from_entry(entry_id, fields)
                    for queue in list(self.subscribers):
                        if queue.full():
                            self.subscribers.discard(queue)  # a stuck client reconnects
                        else:
                            queue.put_nowait(event)


async def stop_task(task: asyncio.Task[None], grace_seconds: float = 3.0) -> None:
    """Cancel `task` and wait a little for it. redis-py can swallow a cancellation that lands
    mid-command, so loops also check a flag, and shutdown never waits forever."""
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError, TimeoutError):
        await asyncio.wait_for(task, grace_seconds)


async def replay(
    client: redis.asyncio.Redis, after_id: str
) -> AsyncIterator[Event]:
    """Every event after `after_id`, oldest first."""
    start = f"({after_id}"
    while True:
        entries = cast(list[Any], await client.xrange(keys.EVENTS, min=start, max="+",
                                                      count=_REPLAY_BATCH))
        for entry_id, fields in entries:
            yield Event.from_entry(entry_id, fields)
        if len(entries) < _REPLAY_BATCH:
            return
        start = f"({entries[-1][0]}"


async def history_lost(client: redis.asyncio.Redis, after_id: str) -> bool:
    """Whether the stream was trimmed past `after_id`, so a replay would have a gap."""
    first = cast(list[Any], await client.xrange(keys.EVENTS, min="-", max="+", count=1))
    return bool(first) and stream_position(first[0][0]) > stream_position(after_id)


async def event_stream(
    hub: EventHub, last_event_id: str, visible: Callable[[Event], bool], ping_seconds: float
) -> AsyncIterator[str]:
    """The SSE body for one console: the replay after `last_event_id`, then live events."""
    with hub.subscription() as live:
        sent = (0, 0)
        yield "retry: 2000\n\n"
        if last_event_id:
            if await history_lost(hub.client, last_event_id):
                yield "event: resync\ndata: {}\n\n"
            async for event in replay(hub.client, last_event_id):
                sent = stream_position(event.id)
                if visible(event):
                    yield event.to_sse()
        while True:
            try:
                event = await asyncio.wait_for(live.get(), timeout=ping_seconds)
            except TimeoutError:
                yield ": ping\n\n"
                continue
            position = stream_position(event.id)
            if position <= sent:
                continue
            sent = position
            if visible(event):
                yield event.to_sse()
