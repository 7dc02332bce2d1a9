"""Browser tests: Debian's Chromium driven by Playwright against the real app on a real port,
a real Redis, a real `warmline worker` and the Twilio stand-in.

Without Chromium the tests skip on a laptop but fail under CI=true, so CI cannot go green by
silently not running them.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx2 as httpx
import pytest
import uvicorn

from tests.conftest import PASSWORD, sign, twilio_form, wait_until
from warmline.embedded_redis import free_port
from warmline.settings import Settings
from warmline.web.app import create_app

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if Path(str(item.fspath)).parent == Path(__file__).parent:
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def chromium_path() -> str:
    found = shutil.which("chromium") or (
        "/usr/bin/chromium" if os.path.exists("/usr/bin/chromium") else None)
    if not found:
        message = "Chromium not found (apt-get install chromium)"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message + "; CI must run the browser tests", pytrace=False)
        pytest.skip(message)
    return found


@pytest.fixture(scope="session")
def browser(chromium_path: str) -> Iterator[Any]:
    from playwright.sync_api import expect, sync_playwright

    # Generous for a loaded CI machine; the 2-second promise is checked with its own timeout.
    expect.set_options(timeout=10_000)
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=chromium_path, headless=True,
                                              args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def new_page(browser: Any, request: pytest.FixtureRequest) -> Iterator[Any]:
    """Pages in fresh contexts (separate cookies: one per person), closed after the test."""
    contexts: list[Any] = []

    def make(width: int = 1280, height: int = 860) -> Any:
        context = browser.new_context(viewport={"width": width, "height": height})
        context.set_default_timeout(10_000)
        contexts.append(context)
        return context.new_page()

    yield make
    for context in contexts:
        context.close()


class RestartableLine:
    """The web app on a fixed port that can be stopped and started again, and a worker."""

    def __init__(self, settings: Settings, environment: dict[str, str]) -> None:
        self.settings = settings
        self.port = free_port()
        self.url = f"http://localhost:{self.port}"
        self.server: uvicorn.Server | None = None
        self.thread: threading.Thread | None = None
        self.worker = subprocess.Popen([sys.executable, "-m", "warmline", "worker"],
                                       env={**os.environ, **environment})
        self.start_web()

    def start_web(self) -> None:
        config = uvicorn.Config(create_app(self.settings), host="127.0.0.1", port=self.port,
                                log_level="warning", lifespan="on", timeout_graceful_shutdown=1)
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()
        assert wait_until(lambda: self.server.started, 10), "web app did not start"

    def stop_web(self) -> None:
        assert self.server is not None and self.thread is not None
        self.server.should_exit = True
        self.thread.join(10)

    def restart_web(self) -> None:
        self.stop_web()
        self.start_web()

    def stop(self) -> None:
        self.stop_web()
        self.worker.terminate()
        self.worker.wait(10)

    def text(self, number: str, body: str) -> None:
        """The texter's signed webhook, as Twilio would send it."""
        form = twilio_form(number, body)
        answer = httpx.post(f"{self.url}/twilio/messages", data=form,
                            headers={"X-Twilio-Signature": sign("/twilio/messages", form)})
        assert answer.status_code == 200, answer.text


@pytest.fixture
def line(settings: Settings, environment: dict[str, str]) -> Iterator[RestartableLine]:
    running = RestartableLine(settings, environment)
    yield running
    running.stop()


def log_in(page: Any, line: RestartableLine, path: str, username: str) -> None:
    page.goto(line.url + path)
    page.get_by_label("Username", exact=True).fill(username)
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()


def screenshot(page: Any, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def no_serious_violations(page: Any) -> None:
    """axe-core in the page: nothing serious or critical."""
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page)
    bad = [v for v in results.response["violations"] if v.get("impact") in ("serious", "critical")]
    assert not bad, "\n".join(f"{v['id']}: {v['help']} ({[n['target'] for n in v['nodes']]})"
                              for v in bad)
