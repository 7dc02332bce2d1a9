"""A local stand-in for Twilio's Messages API, for tests, demos and benchmarks.

It answers `POST /2010-04-01/Accounts/{AccountSid}/Messages.json` the way Twilio does, records
every message, and can be told to fail (429, 5xx, 21610 for opted-out numbers). Reach it
through the real `twilio` client by setting TWILIO_API_BASE_URL to its URL.

    python scripts/twilio_standin.py --port 8099
"""

from __future__ import annotations

import argparse
import base64
import json
import re
import secrets
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl

_MESSAGES = re.compile(r"^/2010-04-01/Accounts/(AC[0-9a-zA-Z]+)/Messages\.json$")


@dataclass
class Failure:
    status: int
    code: int
    message: str
    times: int


@dataclass
class SentMessage:
    sid: str
    account_sid: str
    params: dict[str, str]
    received_at: float

    @property
    def to(self) -> str:
        return self.params.get("To", "")

    @property
    def body(self) -> str:
        return self.params.get("Body", "")


@dataclass
class TwilioStandIn:
    account_sid: str
    auth_token: str
    host: str = "127.0.0.1"
    port: int = 0
    messages: list[SentMessage] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    unsubscribed: set[str] = field(default_factory=set)
    delay_seconds: float = 0.0

    def __post_init__(self) -> None:
        self._lock = threading.Lock()
        self._arrived = threading.Condition(self._lock)
        self._server: ThreadingHTTPServer | None = None

    @property
    def url(self) -> str:
        assert self._server is not None
        return f"http://{self.host}:{self._server.server_address[1]}"

    def start(self) -> TwilioStandIn:
        standin = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: object) -> None:
                pass

            def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
                standin._handle(self)

        self._server = _Server((self.host, self.port), Handler)
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        if self._server:
            self._server.shutdown()
            self._server.server_close()

    def reset(self) -> None:
        with self._lock:
            self.messages.clear()
            self.failures.clear()
            self.unsubscribed.clear()
            self.delay_seconds = 0.0

    def fail_next(self, status: int, code: int = 20500, times: int = 1, message: str = "") -> None:
        with self._lock:
            self.failures.append(Failure(status, code, message or f"stand-in {status}", times))

    def sent_to(self, number: str) -> list[SentMessage]:
        with self._lock:
            return [m for m in self.messages if m.to.split(":")[-1] == number]

    def wait_for(
        self, count: int, timeout: float = 5.0, to: str | None = None
    ) -> list[SentMessage]:
        """Block until at least `count` messages (to `to`, if given) have arrived."""
        deadline = time.monotonic() + timeout
        with self._arrived:
            while True:
                found = [m for m in self.messages if to is None or m.to.split(":")[-1] == to]
                if len(found) >= count or time.monotonic() >= deadline:
                    return found
                self._arrived.wait(max(0.0, deadline - time.monotonic()))

    def _handle(self, request: BaseHTTPRequestHandler) -> None:
        match = _MESSAGES.match(request.path.split("?")[0])
        if not match:
            return _answer(request, 404, {"code": 20404, "message": "not found", "status": 404})
        expected = base64.b64encode(f"{self.account_sid}:{self.auth_token}".encode()).decode()
        if request.headers.get("Authorization") != f"Basic {expected}" or (
            match.group(1) != self.account_sid
        ):
            return _answer(request, 401, {"code": 20003, "message": "Authenticate", "status": 401})
        length = int(request.headers.get("Content-Length", "0"))
        params = dict(parse_qsl(request.rfile.read(length).decode()))
        if self.delay_seconds:
            time.sleep(self.delay_seconds)
        if (
            not params.get("To")
            or not params.get("Body")
            or not (params.get("From") or params.get("MessagingServiceSid"))
        ):
            return _answer(
                request, 400, {"code": 21604, "message": "missing parameter", "status": 400}
            )
        with self._lock:
            failure = self.failures[0] if self.failures else None
            if failure:
                failure.times -= 1
                if failure.times <= 0:
                    self.failures.pop(0)
        if failure:
            return _answer(
                request,
                failure.status,
                {"code": failure.code, "message": failure.message, "status": failure.status},
            )
        if params["To"].split(":")[-1] in self.unsubscribed:
            return _answer(
                request,
                400,
                {
                    "code": 21610,
                    "status": 400,
                    "message": "Attempt to send to unsubscribed recipient",
                },
            )
        sid = "SM" + secrets.token_hex(16)
        with self._arrived:
            self.messages.append(SentMessage(sid, self.account_sid, params, time.time()))
            self._arrived.notify_all()
        _answer(
            request,
            201,
            {
                "sid": sid,
                "account_sid": self.account_sid,
                "to": params["To"],
                "from": params.get("From"),
                "messaging_service_sid": params.get("MessagingServiceSid"),
                "body": params["Body"],
                "status": "queued",
                "num_segments": "1",
                "direction": "outbound-api",
                "api_version": "2010-04-01",
                "date_created": time.strftime("%a, %d %b %Y %H:%M:%S +0000", time.gmtime()),
                "uri": f"/2010-04-01/Accounts/{self.account_sid}/Messages/{sid}.json",
            },
        )


class _Server(ThreadingHTTPServer):
    # Twilio never turns a connection away; the default listen backlog of 5 would, under a
    # burst of new connections, and the client's retried SYNs would show up as seconds of delay.
    request_queue_size = 1024
    daemon_threads = True


def _answer(request: BaseHTTPRequestHandler, status: int, payload: dict[str, object]) -> None:
    body = json.dumps(payload).encode()
    request.send_response(status)
    request.send_header("Content-Type", "application/json")
    request.send_header("Content-Length", str(len(body)))
    request.end_headers()
    request.wfile.write(body)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--port", type=int, default=8099)
    parser.add_argument("--account-sid", default="AC" + "0" * 32)
    parser.add_argument("--auth-token", default="standin-token")
    args = parser.parse_args()
    standin = TwilioStandIn(args.account_sid, args.auth_token, port=args.port).start()
    print(f"Twilio stand-in at {standin.url} (account {args.account_sid})")
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        standin.stop()


if __name__ == "__main__":
    main()
