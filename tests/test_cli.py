"""The `warmline` command: user add, and `run` as a working demo on a fresh machine."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import httpx2 as httpx
import pytest

from tests.conftest import wait_until
from warmline.embedded_redis import free_port
from warmline.store import SyncStore, people


def _warmline(*args: str, stdin: str = "", env: dict[str, str] | None = None
              ) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "warmline", *args], input=stdin, text=True,
                          capture_output=True, env=env or dict(os.environ), timeout=60)


def test_user_add_reads_the_password_from_stdin(store: SyncStore):
    done = _warmline("user", "add", "Casey", "--role", "clinician", "--display-name", "Casey R",
                     "--phone", "(415) 555-0199", stdin="a long enough password\n")
    assert done.returncode == 0, done.stderr
    record = store.run(people.user("casey"))
    assert record["role"] == "clinician" and record["phone"] == "+14155550199"
    assert record["password_hash"].startswith("$argon2id$")


@pytest.mark.parametrize(("args", "stdin", "error"), [
    (("--role", "supporter"), "short\n", "at least"),
    (("--role", "supporter", "--phone", "not-a-phone"), "a long enough password\n", "phone"),
])
def test_user_add_refuses_bad_input_and_stores_nothing(store, args, stdin, error):
    done = _warmline("user", "add", "robin", *args, stdin=stdin)
    assert done.returncode == 2 and error in done.stderr
    assert store.run(people.user("robin")) == {}


def test_user_add_refuses_an_unknown_role(store: SyncStore):
    done = _warmline("user", "add", "robin", "--role", "boss", stdin="a long enough password\n")
    assert done.returncode == 2 and "invalid choice" in done.stderr
    assert store.run(people.user("robin")) == {}


def test_user_add_refuses_a_duplicate(store: SyncStore):
    assert _warmline("user", "add", "kim", "--role", "supporter",
                     stdin="a long enough password\n").returncode == 0
    again = _warmline("user", "add", "kim", "--role", "supervisor", stdin="another password!\n")
    assert again.returncode == 2 and "already exists" in again.stderr
    assert store.run(people.user("kim"))["role"] == "supporter"


@pytest.mark.slow
def test_run_is_a_working_demo_on_a_fresh_data_dir(tmp_path: Path):
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("WARMLINE_", "TWILIO_"))}
    env.update(PORT=str(port), WARMLINE_DATA_DIR=str(tmp_path / "var"),
               WARMLINE_EMBEDDED_REDIS_PORT=str(free_port()),
               WARMLINE_PUBLIC_URL=f"http://127.0.0.1:{port}")
    line = subprocess.Popen([sys.executable, "-m", "warmline", "run"], env=env)
    base = f"http://127.0.0.1:{port}"
    try:
        def up() -> bool:
            try:
                return httpx.get(f"{base}/readyz").status_code == 200
            except httpx.HTTPError:
                return False

        assert wait_until(up, 30), "the line did not start"
        assert (tmp_path / "var" / "appendonlydir").exists()
        assert "Dev phone" in httpx.get(f"{base}/dev/phone").text
        added = _warmline("user", "add", "sam", "--role", "supporter",
                          stdin="a long enough password\n", env=env)
        assert added.returncode == 0, added.stderr
        api = httpx.Client(base_url=base)
        login = api.post("/api/session", json={"username": "sam",
                                               "password": "a long enough password"})
        api.headers["X-CSRF-Token"] = login.json()["csrf_token"]
        api.put("/api/shift", json={"status": "available", "capacity": 2})
        sent = api.post("/dev/phone/send", json={"from": "+15555550123", "body": "hi, anyone?"})
        assert sent.status_code == 201

        def welcomed() -> list[str]:
            texts = api.get("/dev/phone/inbox", params={"number": "+15555550123"}).json()["texts"]
            return [t["body"] for t in texts if "not clinicians" in t["body"]]

        assert wait_until(welcomed, 10)
        (conversation,) = api.get("/api/conversations").json()["conversations"]
        detail = api.get(f"/api/conversations/{conversation['id']}").json()
        assert detail["messages"][0]["body"] == "hi, anyone?"
    finally:
        line.send_signal(signal.SIGINT)
        line.wait(30)
    assert not (tmp_path / "var" / "redis-url").exists()  # the embedded Redis stopped too


def test_oncall_sets_and_shows_the_order(store: SyncStore):
    from tests.conftest import make_user

    make_user(store, "cara", role="clinician", phone="+14155550301")
    make_user(store, "cody", role="clinician", phone="+14155550302")
    done = _warmline("oncall", "--set", "cody", "cara")
    assert done.returncode == 0, done.stderr
    assert _warmline("oncall").stdout.split() == ["cody", "cara"]


def test_oncall_refuses_someone_who_is_not_a_clinician_and_changes_nothing(store: SyncStore):
    from tests.conftest import make_user

    make_user(store, "cara", role="clinician", phone="+14155550301")
    make_user(store, "sam")
    assert _warmline("oncall", "--set", "cara").returncode == 0
    done = _warmline("oncall", "--set", "sam")
    assert done.returncode == 2 and "not an active clinician" in done.stderr
    assert _warmline("oncall").stdout.split() == ["cara"]
