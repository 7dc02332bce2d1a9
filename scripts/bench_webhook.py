"""Inbound webhook throughput and latency, beside two baselines measured in the same run.

    .venv/bin/python scripts/bench_webhook.py [--processes 1] [--seconds 6] [--rounds 2]

Targets, each served with the same number of processes, on loopback only:
  warmline    the real app: verify the signature, store durably (AOF, appendfsync always),
              screen, route
  bare        a bare Starlette endpoint answering empty TwiML (uvicorn)
  quickstart  the usual Twilio quickstart: Flask + MessagingResponse under gunicorn

Signed webhooks with every field Twilio sends go out at concurrency 32 from one asyncio
client. Absolute numbers drift on a shared machine; read the ratios. A second phase measures
the time from an inbound webhook to its event on a connected supervisor's SSE stream, at a
steady 300 messages a second. Stops by itself.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlencode

import httpx2 as httpx
from twilio.request_validator import RequestValidator

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from scripts.twilio_standin import TwilioStandIn  # noqa: E402
from warmline.embedded_redis import EmbeddedRedis, free_port  # noqa: E402

ACCOUNT_SID = "AC" + "b" * 32
AUTH_TOKEN = "bench-auth-token"
CONCURRENCY = 32
WORDS = ("today", "was", "hard", "and", "I", "just", "need", "someone", "to", "talk", "with",
         "about", "work", "my", "sister", "sleep", "again", "thanks", "for", "being", "here")


@dataclass
class Result:
    name: str
    rate: float
    p50_ms: float
    p99_ms: float
    errors: int


def twilio_form(number: str, body: str) -> dict[str, str]:
    sid = "SM" + os.urandom(16).hex()
    return {
        "ToCountry": "US", "ToState": "CA", "SmsMessageSid": sid, "NumMedia": "0",
        "ToCity": "", "FromZip": "94105", "SmsSid": sid, "FromState": "CA",
        "SmsStatus": "received", "FromCity": "SAN FRANCISCO", "Body": body, "FromCountry": "US",
        "To": "+15005550006", "MessagingServiceSid": "", "ToZip": "", "NumSegments": "1",
        "ReferralNumMedia": "0", "MessageSid": sid, "AccountSid": ACCOUNT_SID, "From": number,
        "ApiVersion": "2010-04-01",
    }


def signed_request(port: int, form: dict[str, str], validator: RequestValidator) -> bytes:
    url = f"http://127.0.0.1:{port}/twilio/messages"
    signature = validator.compute_signature(url, form)
    body = urlencode(form).encode()
    head = (
        f"POST /twilio/messages HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n"
        "Content-Type: application/x-www-form-urlencoded\r\n"
        f"X-Twilio-Signature: {signature}\r\nUser-Agent: TwilioProxy/1.1\r\n"
        f"Content-Length: {len(body)}\r\n\r\n"
    )
    return head.encode() + body


def make_requests(port: int, count: int, texters: int = 1000) -> list[bytes]:
    validator = RequestValidator(AUTH_TOKEN)
    numbers = [f"+1415{random.randint(2000000, 9999999)}" for _ in range(texters)]
    return [
        signed_request(port, twilio_form(random.choice(numbers),
                                         " ".join(random.choices(WORDS, k=random.randint(3, 25)))),
                       validator)
        for _ in range(count)
    ]


async def _read_response(reader: asyncio.StreamReader) -> tuple[int, bool]:
    status_line = await reader.readline()
    if not status_line:
        raise ConnectionError("closed")
    status = int(status_line.split()[1])
    length, close = 0, False
    while True:
        line = await reader.readline()
        if line in (b"\r\n", b""):
            break
        name, _, value = line.decode().partition(":")
        if name.lower() == "content-length":
            length = int(value)
        elif name.lower() == "connection" and value.strip().lower() == "close":
            close = True
    await reader.readexactly(length)
    return status, close


async def load(port: int, requests: list[bytes], seconds: float) -> tuple[list[float], int, float]:
    latencies: list[float] = []
    errors = 0
    position = 0
    deadline = time.perf_counter() + seconds

    async def connection() -> None:
        nonlocal errors, position
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        while time.perf_counter() < deadline:
            request = requests[position % len(requests)]
            position += 1
            started = time.perf_counter()
            writer.write(request)
            try:
                status, close = await _read_response(reader)
            except (ConnectionError, asyncio.IncompleteReadError):
                status, close = 0, True
            latencies.append(time.perf_counter() - started)
            if status != 200:
                errors += 1
            if close:
                writer.close()
                reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.close()

    started = time.perf_counter()
    await asyncio.gather(*(connection() for _ in range(CONCURRENCY)))
    return latencies, errors, time.perf_counter() - started


def wait_for_port(port: int, timeout: float = 20) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1)
            return
        except httpx.HTTPError:
            time.sleep(0.1)
    raise RuntimeError(f"nothing listening on {port}")


def start_server(name: str, port: int, processes: int, env: dict[str, str]) -> subprocess.Popen:
    python = sys.executable
    if name == "warmline":
        command = [python, "-m", "warmline", "web"]
        env = {**env, "PORT": str(port), "WARMLINE_WEB_PROCESSES": str(processes),
               "WARMLINE_PUBLIC_URL": f"http://127.0.0.1:{port}"}
    elif name == "bare":
        command = [python, "-m", "uvicorn", "scripts.bench_baselines:bare_app", "--port",
                   str(port), "--workers", str(processes), "--log-level", "warning",
                   "--no-access-log"]
    else:
        command = [str(Path(python).parent / "gunicorn"), "-w", str(processes), "-b",
                   f"127.0.0.1:{port}", "--log-level", "warning",
                   "scripts.bench_baselines:flask_app"]
    return subprocess.Popen(command, cwd=ROOT, env=env)


def measure(name: str, processes: int, seconds: float, env: dict[str, str]) -> Result:
    port = free_port()
    server = start_server(name, port, processes, env)
    try:
        if name == "warmline":
            wait_for_port(port)
        else:
            time.sleep(1.5)
        requests = make_requests(port, 20000)
        asyncio.run(load(port, requests, 1.0))  # warm up
        latencies, errors, elapsed = asyncio.run(load(port, requests, seconds))
    finally:
        server.terminate()
        server.wait(15)
    latencies.sort()
    return Result(name, len(latencies) / elapsed, statistics.median(latencies) * 1000,
                  latencies[int(len(latencies) * 0.99)] * 1000, errors)


async def sse_latency(port: int, rate: float, seconds: float) -> tuple[list[float], int]:
    """Webhook sent → event seen on a supervisor's SSE stream, at a steady `rate`."""
    async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}", timeout=30) as api:
        login = await api.post("/api/session", json={"username": "bench-supervisor",
                                                     "password": "bench password 123"})
        login.raise_for_status()
        validator = RequestValidator(AUTH_TOKEN)
        sent_at: dict[str, float] = {}
        latencies: list[float] = []
        total = int(rate * seconds)

        async def listen() -> None:
            async with api.stream("GET", "/api/events") as stream:
                async for line in stream.aiter_lines():
                    if not line.startswith("data: "):
                        continue
                    event = json.loads(line[6:])
                    body = event["data"].get("body", "")
                    if event["type"] == "message.created" and body in sent_at:
                        latencies.append(time.perf_counter() - sent_at.pop(body))
                        if len(latencies) == total:
                            return

        listener = asyncio.create_task(listen())
        await asyncio.sleep(0.5)
        numbers = [f"+1628{random.randint(2000000, 9999999)}" for _ in range(300)]
        connections = [await asyncio.open_connection("127.0.0.1", port) for _ in range(CONCURRENCY)]
        free: asyncio.Queue = asyncio.Queue()
        for pair in connections:
            free.put_nowait(pair)

        async def send(n: int) -> None:
            reader, writer = await free.get()
            body = f"bench message {n} " + " ".join(random.choices(WORDS, k=8))
            request = signed_request(port, twilio_form(random.choice(numbers), body), validator)
            sent_at[body] = time.perf_counter()
            writer.write(request)
            await _read_response(reader)
            free.put_nowait((reader, writer))

        started = time.perf_counter()
        tasks = []
        for n in range(total):
            delay = started + n / rate - time.perf_counter()
            if delay > 0:
                await asyncio.sleep(delay)
            tasks.append(asyncio.create_task(send(n)))
        await asyncio.gather(*tasks)
        try:
            await asyncio.wait_for(listener, timeout=5)
        except TimeoutError:
            listener.cancel()
        for _, writer in connections:
            writer.close()
        return latencies, len(sent_at)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--processes", type=int, default=1)
    parser.add_argument("--seconds", type=float, default=6.0)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--sse-rate", type=float, default=300.0)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as data_dir:
        redis_server = EmbeddedRedis(data_dir).start()
        env = {k: v for k, v in os.environ.items() if not k.startswith(("WARMLINE_", "TWILIO_"))}
        env.update(WARMLINE_REDIS_URL=redis_server.url, WARMLINE_SECRET_KEY="bench-secret",
                   TWILIO_ACCOUNT_SID=ACCOUNT_SID, TWILIO_AUTH_TOKEN=AUTH_TOKEN,
                   TWILIO_FROM_NUMBER="+15005550006", PYTHONPATH=str(ROOT))
        try:
            results: dict[str, list[Result]] = {"warmline": [], "bare": [], "quickstart": []}
            for round_number in range(args.rounds):
                order = list(results)
                if round_number % 2:
                    order.reverse()
                for name in order:
                    results[name].append(measure(name, args.processes, args.seconds, env))
            report(results, args.processes)
            sse_phase(env, args.sse_rate)
        finally:
            redis_server.stop()


def report(results: dict[str, list[Result]], processes: int) -> None:
    def best(name: str) -> Result:
        return max(results[name], key=lambda r: r.rate)

    ours, bare, quick = best("warmline"), best("bare"), best("quickstart")
    print(f"\nInbound webhooks, concurrency {CONCURRENCY}, {processes} process(es) each "
          f"(best of {len(results['warmline'])} rounds):")
    print(f"{'target':<12}{'msgs/s':>10}{'p50 ms':>10}{'p99 ms':>10}{'errors':>8}"
          f"{'vs bare':>10}{'vs quickstart':>15}")
    for r in (ours, bare, quick):
        print(f"{r.name:<12}{r.rate:>10.0f}{r.p50_ms:>10.2f}{r.p99_ms:>10.2f}{r.errors:>8}"
              f"{r.rate / bare.rate:>10.2f}{r.rate / quick.rate:>15.2f}")


def sse_phase(env: dict[str, str], rate: float) -> None:
    port = free_port()
    env = {**env, "PORT": str(port), "WARMLINE_PUBLIC_URL": f"http://127.0.0.1:{port}"}
    subprocess.run([sys.executable, "-m", "warmline", "user", "add", "bench-supervisor",
                    "--role", "supervisor"], input="bench password 123\n", text=True, env=env,
                   check=True, capture_output=True)
    standin = TwilioStandIn(ACCOUNT_SID, AUTH_TOKEN).start()
    env["TWILIO_API_BASE_URL"] = standin.url
    env["WARMLINE_SEND_RATE_PER_SECOND"] = "1000"
    web = start_server("warmline", port, 1, env)
    worker = subprocess.Popen([sys.executable, "-m", "warmline", "worker"], cwd=ROOT, env=env)
    try:
        wait_for_port(port)
        latencies, missing = asyncio.run(sse_latency(port, rate, 5.0))
    finally:
        web.terminate()
        worker.terminate()
        web.wait(15)
        worker.wait(15)
        standin.stop()
    latencies.sort()
    if not latencies:
        print("SSE: no events arrived")
        return
    print(f"\nWebhook → supervisor's SSE stream at {rate:.0f} msgs/s for 5 s: "
          f"p50 {statistics.median(latencies) * 1000:.1f} ms, "
          f"p99 {latencies[int(len(latencies) * 0.99)] * 1000:.1f} ms, "
          f"{len(latencies)} events, {missing} missing")


if __name__ == "__main__":
    main()
