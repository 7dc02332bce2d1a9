"""The `warmline` command: run the line, one role, or manage users."""

from __future__ import annotations

import argparse
import getpass
import logging
import os
import signal
import subprocess
import sys
import threading
from collections.abc import Sequence

from warmline.errors import BadInput, ConfigurationError, WarmlineError


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="warmline", description="A text-based peer warm line.")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("run", help="embedded Redis (unless WARMLINE_REDIS_URL), web and worker")
    commands.add_parser("web", help="the web app on PORT")
    commands.add_parser("worker", help="an RQ worker with its scheduler")
    user = commands.add_parser("user", help="manage staff accounts")
    user_commands = user.add_subparsers(dest="user_command", required=True)
    add = user_commands.add_parser("add", help="create a user (password from stdin if piped)")
    add.add_argument("username")
    add.add_argument("--role", required=True, choices=["supporter", "supervisor", "clinician"])
    add.add_argument("--display-name", default="")
    add.add_argument("--phone", default="", help="E.164; clinicians are paged here")
    oncall = commands.add_parser("oncall", help="show or set the clinicians' on-call order")
    oncall.add_argument("usernames", nargs="*", help="clinicians, first paged first")
    oncall.add_argument("--set", action="store_true", help="replace the order with USERNAMES")
    commands.add_parser("screen", help="screen JSON Lines of {'text': ...} from stdin")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s")
    logging.getLogger("twilio").setLevel(logging.WARNING)  # it logs every request's headers
    try:
        if args.command == "run":
            return run_line()
        if args.command == "web":
            return run_web()
        if args.command == "worker":
            return run_worker()
        if args.command == "user":
            return add_user(args)
        if args.command == "oncall":
            return on_call(args)
        if args.command == "screen":
            from warmline.screen_command import run as run_screen

            return run_screen(sys.stdin, sys.stdout, sys.stderr)
    except WarmlineError as error:
        print(f"warmline: {error}", file=sys.stderr)
        return 2
    return 1


def run_web() -> int:
    import uvicorn

    from warmline.settings import load_settings

    settings = load_settings()
    uvicorn.run(
        "warmline.web.app:app_from_environment", factory=True, host=settings["WARMLINE_HOST"],
        port=settings.port, workers=int(settings["WARMLINE_WEB_PROCESSES"]),
        log_level="warning", proxy_headers=True, timeout_graceful_shutdown=5,
    )
    return 0


def run_worker() -> int:
    from rq import SimpleWorker

    from warmline.jobs import Jobs
    from warmline.settings import load_settings
    from workers import dispatch
    from workers.housekeeping import INTERVAL_SECONDS

    settings = load_settings()
    import redis

    connection = redis.Redis.from_url(settings.redis_url)
    jobs = Jobs(connection)
    stop = threading.Event()

    def tick() -> None:
        while not stop.wait(INTERVAL_SECONDS / 2):
            try:
                jobs.start_housekeeping(INTERVAL_SECONDS)
            except Exception:  # noqa: BLE001 - the timer must outlive a Redis hiccup
                logging.getLogger("warmline.worker").exception("could not enqueue housekeeping")

    threading.Thread(target=tick, daemon=True, name="housekeeping-timer").start()
    threading.Thread(target=dispatch.run_forever, args=(redis.Redis.from_url(settings.redis_url),
                     jobs, stop), daemon=True, name="dispatcher").start()
    # Import the job modules up front, so the first page of the day waits for no import.
    import workers.endings  # noqa: F401
    import workers.escalation  # noqa: F401
    import workers.followups  # noqa: F401
    import workers.outbound  # noqa: F401
    import workers.quiet  # noqa: F401
    import workers.returning  # noqa: F401
    import workers.routing  # noqa: F401

    # Jobs run in this process rather than a work horse forked per job: forking a process that
    # runs threads (the dispatcher, the timer) can copy a lock mid-use into the child, and a
    # fork costs more than most of our jobs. A stuck job is still stopped by RQ's timeout.
    worker = SimpleWorker(jobs.queues, connection=connection)
    try:
        worker.work(with_scheduler=True, logging_level="WARNING")
    finally:
        stop.set()
    return 0


def run_line() -> int:
    """Everything in one process tree: embedded Redis if needed, then web and worker."""
    from warmline.embedded_redis import EmbeddedRedis
    from warmline.settings import load_settings

    settings = load_settings()
    env = dict(os.environ)
    embedded = None
    if not settings.redis_url:
        embedded = EmbeddedRedis(
            str(settings["WARMLINE_DATA_DIR"]), port=int(settings["WARMLINE_EMBEDDED_REDIS_PORT"])
        ).start()
        env["WARMLINE_REDIS_URL"] = embedded.url
        print(f"warmline: embedded Redis at {embedded.url}, data in {embedded.data_dir}")
    children = [
        subprocess.Popen([sys.executable, "-m", "warmline", role], env=env)
        for role in ("web", "worker")
    ]
    print(f"warmline: serving on http://{settings['WARMLINE_HOST']}:{settings.port}"
          + ("  (local channel: try /dev/phone)" if not settings.twilio_enabled else ""))
    stopping = threading.Event()

    def stop(signum: int, frame: object) -> None:
        stopping.set()

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    try:
        while not stopping.wait(0.5):
            if any(child.poll() is not None for child in children):
                print("warmline: a process stopped; stopping the line", file=sys.stderr)
                break
    finally:
        for child in children:
            if child.poll() is None:
                child.terminate()
        for child in children:
            try:
                child.wait(timeout=15)
            except subprocess.TimeoutExpired:
                child.kill()
        if embedded:
            embedded.stop()
    return 0


def add_user(args: argparse.Namespace) -> int:
    from warmline.store import SyncStore
    from warmline.users import add_user as store_user
    from warmline.users import new_user_record

    store, _ = _sync_store()
    assert isinstance(store, SyncStore)
    if sys.stdin.isatty():
        password = getpass.getpass("Password: ")
        if getpass.getpass("Again: ") != password:
            print("warmline: the passwords differ", file=sys.stderr)
            return 2
    else:
        password = sys.stdin.readline().rstrip("\r\n")
    record = new_user_record(args.username, args.role, password, args.display_name, args.phone)
    store_user(store, record)
    print(f"warmline: added {record['username']} ({record['role']})")
    return 0


def _sync_store() -> tuple[object, str]:
    from warmline.embedded_redis import embedded_url
    from warmline.settings import load_settings
    from warmline.store import SyncStore
    from warmline.store.calls import connect_sync

    settings = load_settings()
    url = settings.redis_url or embedded_url(str(settings["WARMLINE_DATA_DIR"]))
    if not url:
        raise ConfigurationError("set WARMLINE_REDIS_URL, or start the line with `warmline run`")
    return SyncStore(connect_sync(url)), url


def on_call(args: argparse.Namespace) -> int:
    """`warmline oncall` prints the order; `warmline oncall --set a b` replaces it."""
    import time

    from warmline.store import SyncStore, escalations, people

    store, _ = _sync_store()
    assert isinstance(store, SyncStore)
    if not args.set:
        for name in store.run(escalations.on_call()):
            print(name)
        return 0
    for name in args.usernames:
        record = store.run(people.user(name))
        if record.get("role") != "clinician" or record.get("active") != "1":
            raise BadInput(f"{name!r} is not an active clinician")
        if not record.get("phone"):
            raise BadInput(f"{name!r} has no phone to be paged on")
    if len(set(args.usernames)) != len(args.usernames):
        raise BadInput("name each clinician once")
    store.run_all(escalations.set_on_call(list(args.usernames)) + [escalations.audit(
        "oncall.changed", actor="cli", now_ms=int(time.time() * 1000),
        detail={"order": list(args.usernames)})])
    print("warmline: on call, in order: " + (", ".join(args.usernames) or "nobody"))
    return 0
