"""What a worker process needs, built once and lazily (never at import time)."""

from __future__ import annotations

import time
from dataclasses import dataclass
from functools import lru_cache

import redis

from warmline.channel import Channel, LocalChannel, TwilioChannel
from warmline.core.texts import LineTexts
from warmline.jobs import Jobs
from warmline.settings import Settings, load_settings
from warmline.store import SyncStore
from warmline.store.calls import connect_sync


@dataclass
class WorkerContext:
    settings: Settings
    store: SyncStore
    channel: Channel
    jobs: Jobs
    texts: LineTexts

    @property
    def events_max(self) -> int:
        return int(self.settings["WARMLINE_EVENTS_MAX"])


@lru_cache(maxsize=1)
def context() -> WorkerContext:
    settings = load_settings()
    client = connect_sync(settings.redis_url)
    channel: Channel = TwilioChannel(settings) if settings.twilio_enabled else LocalChannel(client)
    return WorkerContext(
        settings=settings,
        store=SyncStore(client),
        channel=channel,
        jobs=Jobs(redis.Redis.from_url(settings.redis_url)),
        texts=LineTexts(str(settings["WARMLINE_LINE_NAME"])),
    )


def now_ms() -> int:
    return int(time.time() * 1000)
