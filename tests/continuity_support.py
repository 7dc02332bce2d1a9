"""Shared pieces of the continuity tests: a supporter on shift, a texter's conversation, and
scheduled jobs run early. (The `line` fixture, a line started with chosen settings, is in
conftest.)"""

from __future__ import annotations

from collections.abc import Callable

import redis
from rq.job import Job
from starlette.testclient import TestClient

from tests.conftest import log_in, make_user
from warmline.jobs import Jobs
from warmline.store import SyncStore, keys

QUIET_OFF = {"WARMLINE_QUIET_HOURS": "off"}


def on_shift(client: TestClient, store: SyncStore, username: str, capacity: int = 2,
             status: str = "available") -> dict[str, str]:
    if not store.client.exists(keys.user(username)):
        make_user(store, username)
    csrf = log_in(client, username)
    answer = client.put("/api/shift", json={"status": status, "capacity": capacity}, headers=csrf)
    assert answer.status_code == 200, answer.text
    return csrf


def texter_id(db: redis.Redis, number: str) -> str:
    return str(db.hget(keys.TEXTERS_BY_NUMBER, number))


def open_conversation(db: redis.Redis, number: str) -> str:
    return str(db.hget(keys.texter(texter_id(db, number)), "open_conversation") or "")


def scheduled(url: str, prefix: str) -> dict[str, float]:
    """Scheduled job ids starting with `prefix`, with their times (epoch seconds)."""
    connection = redis.Redis.from_url(url)
    registry = Jobs(connection).queue.scheduled_job_registry
    return {job_id.decode(): score
            for job_id, score in connection.zrange(registry.key, 0, -1, withscores=True)
            if job_id.decode().startswith(prefix)}


def run_scheduled_now(url: str, work: Callable[[], int], prefix: str) -> list[str]:
    """Run the scheduled jobs whose ids start with `prefix` now instead of waiting."""
    connection = redis.Redis.from_url(url)
    queue = Jobs(connection).queue
    registry = queue.scheduled_job_registry
    ran = []
    for job_id in registry.get_job_ids():
        if job_id.startswith(prefix):
            job = Job.fetch(job_id, connection=connection)
            registry.remove(job)
            queue.enqueue_job(job)
            ran.append(job_id)
    work()
    return ran
