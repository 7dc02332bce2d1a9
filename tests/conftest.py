"""The test session's real parts: a Redis server started from the binary the project installs,
a Twilio stand-in reached through the real twilio client, and real RQ workers."""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import redis
from rq import SimpleWorker
from starlette.testclient import TestClient
from twilio.request_validator import RequestValidator

from scripts.twilio_standin import TwilioStandIn
from warmline.embedded_redis import EmbeddedRedis
from warmline.jobs import Jobs
from warmline.settings import Settings, load_settings
from warmline.store import SyncStore
from warmline.store.calls import connect_sync
from warmline.users import add_user, new_user_record
from warmline.web.app import create_app
from workers.context import context
from workers.dispatch import drain

ACCOUNT_SID = "AC" + "7" * 32
AUTH_TOKEN = "test-auth-token-0123456789"
PUBLIC_URL = "https://line.example.org"
LINE_NUMBER = "+15005550006"
PASSWORD = "correct horse battery"


@pytest.fixture(scope="session")
def redis_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmbeddedRedis]:
    server = EmbeddedRedis(tmp_path_factory.mktemp("redis")).start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def standin() -> Iterator[TwilioStandIn]:
    server = TwilioStandIn(ACCOUNT_SID, AUTH_TOKEN).start()
    yield server
    server.stop()


def line_environment(redis_url: str, standin_url: str) -> dict[str, str]:
    return {
        "WARMLINE_REDIS_URL": redis_url,
        "WARMLINE_SECRET_KEY": "test-secret-key",
        "WARMLINE_PUBLIC_URL": PUBLIC_URL,
        "TWILIO_ACCOUNT_SID": ACCOUNT_SID,
        "TWILIO_AUTH_TOKEN": AUTH_TOKEN,
        "TWILIO_FROM_NUMBER": LINE_NUMBER,
        "TWILIO_API_BASE_URL": standin_url,
        "WARMLINE_SEND_RATE_PER_SECOND": "1000",
        "WARMLINE_SSE_PING_SECONDS": "1",
    }


@pytest.fixture(scope="session", autouse=True)
def environment(redis_server: EmbeddedRedis, standin: TwilioStandIn) -> Iterator[dict[str, str]]:
    values = line_environment(redis_server.url, standin.url)
    with pytest.MonkeyPatch.context() as patch:
        for name in list(os.environ):
            if name.startswith(("WARMLINE_", "TWILIO_")) or name == "PORT":
                patch.delenv(name)
        for name, value in values.items():
            patch.setenv(name, value)
        context.cache_clear()
        yield values
    context.cache_clear()


@pytest.fixture(autouse=True)
def clean(redis_server: EmbeddedRedis, standin: TwilioStandIn) -> Iterator[None]:
    client = redis.Redis.from_url(redis_server.url)
    client.flushall()
    standin.reset()
    yield
    client.flushall()
    client.close()


@pytest.fixture
def settings() -> Settings:
    return load_settings()


@pytest.fixture
def db(redis_server: EmbeddedRedis) -> Iterator[redis.Redis]:
    client = connect_sync(redis_server.url)
    yield client
    client.close()


@pytest.fixture
def store(db: redis.Redis) -> SyncStore:
    return SyncStore(db)


@pytest.fixture
def client(settings: Settings) -> Iterator[TestClient]:
    with TestClient(create_app(settings), base_url="https://testserver") as test_client:
        yield test_client


@pytest.fixture
def work(redis_server: EmbeddedRedis) -> Callable[[], int]:
    """Run every queued job through a real RQ worker, in this process, until none is left."""
    connection = redis.Redis.from_url(redis_server.url)

    jobs = Jobs(connection)

    def run() -> int:
        done = 0
        while drain(connection, jobs) or any(queue.count for queue in jobs.queues):
            before = sum(queue.count for queue in jobs.queues)
            SimpleWorker(jobs.queues, connection=connection).work(burst=True)
            done += before
        return done

    return run


def twilio_form(sender: str, body: str, sid: str | None = None, **extra: str) -> dict[str, str]:
    """An inbound message webhook's form, with every field Twilio sends."""
    sid = sid or "SM" + os.urandom(16).hex()
    form = {
        "ToCountry": "US", "ToState": "CA", "SmsMessageSid": sid, "NumMedia": "0",
        "ToCity": "", "FromZip": "94105", "SmsSid": sid, "FromState": "CA", "SmsStatus": "received",
        "FromCity": "SAN FRANCISCO", "Body": body, "FromCountry": "US", "To": LINE_NUMBER,
        "MessagingServiceSid": "", "ToZip": "", "NumSegments": "1", "ReferralNumMedia": "0",
        "MessageSid": sid, "AccountSid": ACCOUNT_SID, "From": sender, "ApiVersion": "2010-04-01",
    }
    form.update(extra)
    return form


def sign(path: str, form: dict[str, str], algorithm: str | None = None,
         secret: str = AUTH_TOKEN) -> str:
    return RequestValidator(secret).compute_signature(PUBLIC_URL + path, form, algorithm)


def post_signed(client: TestClient, path: str, form: dict[str, str], **headers: str) -> Any:
    return client.post(path, data=form, headers={"X-Twilio-Signature": sign(path, form), **headers})


def text_line(client: TestClient, sender: str, body: str, **extra: str) -> Any:
    response = post_signed(client, "/twilio/messages", twilio_form(sender, body, **extra))
    assert response.status_code == 200, response.text
    return response


def make_user(store: SyncStore, username: str, role: str = "supporter", phone: str = "") -> None:
    add_user(store, new_user_record(username, role, PASSWORD, username.title(), phone))


def log_in(client: TestClient, username: str) -> dict[str, str]:
    """Log `client` in; answers the CSRF header to send with state-changing calls."""
    response = client.post("/api/session", json={"username": username, "password": PASSWORD})
    assert response.status_code == 200, response.text
    return {"X-CSRF-Token": response.json()["csrf_token"]}


def wait_until(check: Callable[[], Any], timeout: float = 5.0) -> Any:
    deadline = time.monotonic() + timeout
    while True:
        value = check()
        if value or time.monotonic() > deadline:
            return value
        time.sleep(0.02)


class LiveLine:
    """The web app on a real port (uvicorn in a thread) and a real `warmline worker` process."""

    def __init__(self, settings: Settings, environment: dict[str, str]) -> None:
        import subprocess
        import sys
        import threading

        import uvicorn

        from warmline.embedded_redis import free_port

        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(create_app(settings), host="127.0.0.1", port=self.port,
                                log_level="warning", lifespan="on", timeout_graceful_shutdown=1)
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()
        env = {**os.environ, **environment}
        self.worker = subprocess.Popen([sys.executable, "-m", "warmline", "worker"], env=env)
        assert wait_until(lambda: self.server.started, 10), "web app did not start"

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(10)
        self.worker.terminate()
        self.worker.wait(10)


@pytest.fixture
def live_line(settings: Settings, environment: dict[str, str]) -> Iterator[LiveLine]:
    line = LiveLine(settings, environment)
    yield line
    line.stop()


@pytest.fixture
def line(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[..., TestClient]]:
    """Start the web app (and the workers' context) with extra settings."""
    clients: list[TestClient] = []

    def start(**env: str) -> TestClient:
        for name, value in env.items():
            monkeypatch.setenv(name, value)
        context.cache_clear()
        client = TestClient(create_app(load_settings()), base_url="https://testserver")
        client.__enter__()
        clients.append(client)
        return client

    yield start
    for client in clients:
        client.__exit__(None, None, None)
    context.cache_clear()


@pytest.fixture
def stack() -> Iterator[contextlib.ExitStack]:
    """For tests that open more clients than `client`: closed when the test ends."""
    with contextlib.ExitStack() as exits:
        yield exits


@pytest.fixture
def sam(client: TestClient, store: SyncStore) -> dict[str, str]:
    """A supporter on shift with room for two, logged in on `client`: the CSRF header."""
    make_user(store, "sam")
    csrf = log_in(client, "sam")
    client.put("/api/shift", json={"status": "available", "capacity": 2}, headers=csrf)
    return csrf
