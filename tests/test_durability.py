"""Persist, then acknowledge: a text Twilio was told we received survives a Redis crash."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from tests.conftest import line_environment, post_signed, twilio_form
from warmline.embedded_redis import EmbeddedRedis
from warmline.settings import load_settings
from warmline.store import keys
from warmline.store.calls import connect_sync
from warmline.web.app import create_app


def test_an_acknowledged_text_survives_redis_being_killed(tmp_path: Path, standin):
    server = EmbeddedRedis(tmp_path / "redis").start()
    try:
        settings = load_settings(line_environment(server.url, standin.url))
        with TestClient(create_app(settings), base_url="https://testserver") as client:
            for i in range(20):
                form = twilio_form("+14155550999", f"text {i}")
                assert post_signed(client, "/twilio/messages", form).status_code == 200
            assert server.process is not None
            os.kill(server.process.pid, signal.SIGKILL)  # no chance to flush anything more
            server.process.wait()
    finally:
        server.stop()
    restarted = EmbeddedRedis(tmp_path / "redis", port=server.port).start()
    try:
        db = connect_sync(restarted.url)
        texter_id = db.hget(keys.TEXTERS_BY_NUMBER, "+14155550999")
        conversation_id = db.hget(keys.texter(texter_id), "open_conversation")
        bodies = [db.hget(keys.message(m), "body")
                  for m in db.lrange(keys.conversation_messages(conversation_id), 0, -1)
                  if db.hget(keys.message(m), "direction") == "in"]
        assert bodies == [f"text {i}" for i in range(20)]
        db.close()
    finally:
        restarted.stop()


def test_the_embedded_redis_fsyncs_every_write(redis_server):
    db = connect_sync(redis_server.url)
    assert db.config_get("appendonly") == {"appendonly": "yes"}
    assert db.config_get("appendfsync") == {"appendfsync": "always"}
    db.close()


@pytest.mark.parametrize("setting", ["bind", "protected-mode"])
def test_the_embedded_redis_listens_on_loopback_only(redis_server, setting):
    db = connect_sync(redis_server.url)
    value = db.config_get(setting)[setting]
    assert value in ("127.0.0.1", "yes") or value.startswith("127.0.0.1")
    db.close()
