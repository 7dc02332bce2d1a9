"""Follow-up throughput and lateness: 10,000 follow-ups due within one minute, sent through the
Twilio stand-in by two `warmline worker` processes, beside a baseline measured in the same run.

    .venv/bin/python scripts/bench_followups.py [--count 10000] [--spread 60] [--workers 2]

Phases, each on a fresh embedded Redis (AOF, appendfsync always), loopback only:
  baseline    `--baseline-count` ordinary outbound texts owed at once (the `send:` path, one
              RQ job per text): how fast the same workers send when nothing is scheduled
  follow-ups  `--count` texters who ended a conversation and said YES, built through the real
              Lua path (inbound, close, closing texts, the YES), with their follow-ups due
              evenly over `--spread` seconds; the workers' RQ scheduler releases each when due

Reports how late each follow-up reached the stand-in after it was due (p50, p99, max), the
send rate, the ratio of the follow-up rate to the baseline's, and confirms that none was sent
twice. Stops by itself.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import redis  # noqa: E402

from scripts.twilio_standin import TwilioStandIn  # noqa: E402
from warmline.core.queue import Priority, queue_score  # noqa: E402
from warmline.embedded_redis import EmbeddedRedis  # noqa: E402
from warmline.store import SyncStore, keys  # noqa: E402
from warmline.store.calls import SCRIPT_SOURCES, connect_sync  # noqa: E402

ACCOUNT_SID = "AC" + "f" * 32
AUTH_TOKEN = "bench-followups-token"
LINE_NUMBER = "+15005550006"
EVENTS_MAX = 100_000
_BATCH = 500


def numbers(count: int) -> list[str]:
    return [f"+1212{5550000 + i:07d}"[:12] if count <= 10_000 else f"+1212{i:07d}"
            for i in range(count)]


def worker_env(redis_url: str, standin_url: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("WARMLINE_", "TWILIO_"))}
    env.update({
        "WARMLINE_REDIS_URL": redis_url, "WARMLINE_SECRET_KEY": "bench-secret",
        "TWILIO_ACCOUNT_SID": ACCOUNT_SID, "TWILIO_AUTH_TOKEN": AUTH_TOKEN,
        "TWILIO_FROM_NUMBER": LINE_NUMBER, "TWILIO_API_BASE_URL": standin_url,
        # Pacing is the carrier's limit, not ours: open it up to measure the workers.
        "WARMLINE_SEND_RATE_PER_SECOND": "1000000", "WARMLINE_QUIET_HOURS": "off",
        "PYTHONPATH": str(ROOT),
    })
    return env


class Phase:
    """A fresh embedded Redis and stand-in; workers started on demand, stopped at the end."""

    def __init__(self, workers: int) -> None:
        self.folder = tempfile.TemporaryDirectory(prefix="bench-followups-")
        self.redis = EmbeddedRedis(self.folder.name).start()
        self.standin = TwilioStandIn(ACCOUNT_SID, AUTH_TOKEN).start()
        self.client = connect_sync(self.redis.url)
        self.store = SyncStore(self.client)
        self.workers = workers
        self.processes: list[subprocess.Popen[bytes]] = []

    def start_workers(self) -> None:
        env = worker_env(self.redis.url, self.standin.url)
        self.processes = [
            subprocess.Popen([sys.executable, "-m", "warmline", "worker"], cwd=ROOT, env=env,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            for _ in range(self.workers)
        ]

    def run_scripts(self, calls: list[tuple[str, list[object]]]) -> list[object]:
        """Run our Lua scripts pipelined, in batches (setup only)."""
        out: list[object] = []
        for start in range(0, len(calls), _BATCH):
            with self.client.pipeline(transaction=False) as pipe:
                for name, args in calls[start:start + _BATCH]:
                    pipe.evalsha(self._sha(name), 0, keys.PREFIX, *args)
                out.extend(pipe.execute())
        return out

    def _sha(self, name: str) -> str:
        if not hasattr(self, "_shas"):
            self._shas = {n: self.client.script_load(src) for n, src in SCRIPT_SOURCES.items()}
        return self._shas[name]

    def close(self) -> None:
        for process in self.processes:
            process.terminate()
        for process in self.processes:
            try:
                process.wait(15)
            except subprocess.TimeoutExpired:
                process.kill()
        self.standin.stop()
        self.client.close()
        self.redis.stop()
        self.folder.cleanup()


def inbound_args(number: str, body: str, now: int, continuity: dict[str, object]) -> list[object]:
    sid = "SM" + os.urandom(16).hex()
    return [sid, number, "sms", "P" + number[-6:], body, "[]", "", "", "welcome", now, "normal",
            queue_score(Priority.NORMAL, now), "{}", 3600, EVENTS_MAX, 2, json.dumps(continuity)]


def wait_for_sends(phase: Phase, count: int, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while len(phase.standin.messages) < count and time.monotonic() < deadline:
        time.sleep(0.2)
    time.sleep(2.0)  # anything sent twice arrives now


def baseline(count: int, workers: int) -> float:
    """Plain outbound texts, all owed at once: the workers' send rate with nothing scheduled."""
    phase = Phase(workers)
    try:
        now = int(time.time() * 1000)
        texters = numbers(count)
        phase.run_scripts([("inbound", inbound_args(n, "hi", now, {})) for n in texters])
        phase.client.delete(keys.DISPATCH, keys.OUTBOX)  # the welcomes are not what we measure
        conversations = [phase.client.hget(keys.texter(t), "open_conversation")
                         for t in phase.client.hvals(keys.TEXTERS_BY_NUMBER)]
        phase.run_scripts([("outbound", [c, "", "line", "reply", "Thinking of you today.", now,
                                         EVENTS_MAX]) for c in conversations])
        phase.client.delete(keys.DISPATCH)
        items = [f"send:{m}" for m in phase.client.zrange(keys.OUTBOX, 0, -1)]
        phase.start_workers()
        time.sleep(3)  # let both workers start before the clock starts
        started = time.time()
        for i in range(0, len(items), _BATCH):
            phase.client.rpush(keys.DISPATCH, *items[i:i + _BATCH])
        wait_for_sends(phase, count, timeout=600)
        sent = sorted(m.received_at for m in phase.standin.messages)
        assert len(sent) >= count, f"baseline sent {len(sent)} of {count}"
        return count / (sent[-1] - started)
    finally:
        phase.close()


def settle_aof(client: redis.Redis) -> None:
    """Compact the AOF the setup grew, so a rewrite triggered by setup writes does not land in
    the measured minute (a real line rewrites too, but not on the bench's schedule)."""
    client.bgrewriteaof()
    time.sleep(0.2)
    while int(client.info("persistence")["aof_rewrite_in_progress"]):
        time.sleep(0.1)


def follow_ups(count: int, spread: float, workers: int) -> dict[str, Any]:
    phase = Phase(workers)
    try:
        texters = numbers(count)
        now = int(time.time() * 1000)
        setup_started = time.monotonic()
        phase.run_scripts([("inbound", inbound_args(n, "hi", now, {})) for n in texters])
        ids = {n: phase.client.hget(keys.TEXTERS_BY_NUMBER, n) for n in texters}
        conversations = [phase.client.hget(keys.texter(ids[n]), "open_conversation")
                         for n in texters]
        phase.run_scripts([("release", [c, "close", "", "", now, EVENTS_MAX, 10**14, 10**13,
                                        "{}", "bench"]) for c in conversations])
        phase.run_scripts([("ending", [c, "1", now, EVENTS_MAX, "closing", "survey?"])
                           for c in conversations])
        placeholder = now + 3_600_000
        phase.run_scripts([("inbound", inbound_args(n, "YES!", now + 1, {
            "consent": "yes", "followup_due": placeholder, "survey_window_ms": 3_600_000}))
            for n in texters])
        # The setup's own texts (welcomes, closings) are not what we measure: drop them, and
        # give the follow-ups their due times now that setup is done.
        owed = phase.client.zrange(keys.FOLLOW_UPS, 0, -1)
        assert len(owed) == count, f"{len(owed)} follow-ups owed, expected {count}"
        phase.client.delete(keys.DISPATCH, keys.OUTBOX)
        setup_seconds = time.monotonic() - setup_started
        settle_aof(phase.client)
        rewrites_before = int(phase.client.info("persistence")["aof_rewrites"])
        first_due = int(time.time() * 1000) + 10_000
        by_id = {v: k for k, v in ids.items()}
        due_by_number: dict[str, float] = {}
        with phase.client.pipeline(transaction=False) as pipe:
            for index, member in enumerate(owed):
                texter_id = member.split(":")[0]
                due = first_due + int(spread * 1000 * index / count)
                due_by_number[by_id[texter_id]] = due / 1000
                pipe.zadd(keys.FOLLOW_UPS, {member: due})
                pipe.hset(keys.texter(texter_id), "followup_due", due)
            pipe.execute()
        phase.start_workers()
        # What inbound.lua owes for each YES: a scheduled job for its second.
        items = [f"followup:{int(d * 1000)}" for d in due_by_number.values()]
        for i in range(0, len(items), _BATCH):
            phase.client.rpush(keys.DISPATCH, *items[i:i + _BATCH])
        wait_for_sends(phase, count, timeout=spread + 600)
        sent = phase.standin.messages
        rewrites = int(phase.client.info("persistence")["aof_rewrites"]) - rewrites_before
        per_number = Counter(m.to for m in sent)
        late = sorted(m.received_at - due_by_number[m.to] for m in sent)
        windows: dict[int, float] = {}
        for m in sent:
            window = int((due_by_number[m.to] - first_due / 1000) // 10)
            windows[window] = max(windows.get(window, 0.0), m.received_at - due_by_number[m.to])
        first, last = min(m.received_at for m in sent), max(m.received_at for m in sent)
        return {
            "setup_seconds": setup_seconds, "sent": len(sent), "numbers": len(per_number),
            "twice": sum(1 for c in per_number.values() if c > 1),
            "early": sum(1 for x in late if x < -0.001),
            "p50": statistics.median(late), "p99": late[int(0.99 * (len(late) - 1))],
            "max": late[-1], "rate": len(sent) / max(1e-9, last - first),
            "due_rate": count / spread, "span": last - first,
            "aof_rewrites": rewrites,
            "by_window": " ".join(f"{windows[w]:.1f}" for w in sorted(windows)),
        }
    finally:
        phase.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--spread", type=float, default=60.0, help="seconds the dues span")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--baseline-count", type=int, default=1000,
                        help="plain texts in the baseline (one RQ job each, so slower)")
    args = parser.parse_args()
    print(f"{args.count} follow-ups due over {args.spread:.0f} s, {args.workers} workers, "
          "Twilio stand-in on loopback")
    base = baseline(args.baseline_count, args.workers)
    print(f"baseline: {args.baseline_count} plain outbound texts owed at once, one RQ job each: "
          f"{base:.0f} sends/s")
    result = follow_ups(args.count, args.spread, args.workers)
    print(f"follow-ups: setup through the real Lua path       {result['setup_seconds']:8.1f} s")
    print(f"follow-ups: sent {result['sent']} to {result['numbers']} texters; sent twice: "
          f"{result['twice']}; sent early: {result['early']}")
    print(f"follow-ups: lateness p50 {result['p50']:.3f} s   p99 {result['p99']:.3f} s   "
          f"max {result['max']:.3f} s")
    print(f"follow-ups: max lateness per 10 s of due times: {result['by_window']} s "
          f"(AOF rewrites meanwhile: {result['aof_rewrites']})")
    print(f"follow-ups: send rate {result['rate']:.0f}/s over {result['span']:.1f} s "
          f"(due at {result['due_rate']:.0f}/s)")
    print(f"ratio: follow-up send rate / baseline send rate = {result['rate'] / base:.1f}")
    if result["twice"] or result["sent"] != args.count:
        sys.exit(1)


if __name__ == "__main__":
    main()
