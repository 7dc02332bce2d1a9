"""Crisis escalation end to end: resources to the texter, pages up the on-call ladder, ACK."""

from __future__ import annotations

import time
from collections.abc import Iterator

import httpx2 as httpx
import pytest
import redis
from rq.job import Job
from rq.registry import ScheduledJobRegistry

from scripts.twilio_standin import TwilioStandIn
from tests.conftest import LiveLine, log_in, make_user, sign, text_line, twilio_form, wait_until
from warmline.core import escalation as ladder
from warmline.jobs import URGENT_QUEUE_NAME, Jobs
from warmline.settings import load_settings
from warmline.store import SyncStore, escalations, keys

TEXTER = "+14155550444"
CARA, CODY, SUE = "+14155550301", "+14155550302", "+14155550303"
CRISIS = "i have the pills and i'm taking them all tonight"


def _staff(store: SyncStore) -> None:
    make_user(store, "cara", role="clinician", phone=CARA)
    make_user(store, "cody", role="clinician", phone=CODY)
    make_user(store, "sue", role="supervisor", phone=SUE)
    store.run_all(escalations.set_on_call(["cara", "cody"]))


def _pages(standin: TwilioStandIn, number: str) -> list[str]:
    return [m.body for m in standin.sent_to(number) if "crisis" in m.body and "ACK" in m.body]


def _resources(standin: TwilioStandIn) -> list[str]:
    return [m.body for m in standin.sent_to(TEXTER) if "crisis counselor" in m.body]


def _open(store: SyncStore) -> dict[str, str]:
    (escalation_id,) = store.run(escalations.open_escalation_ids())
    return store.run(escalations.escalation(escalation_id))


def _run_scheduled(db: redis.Redis, work, prefix: str = "") -> None:
    """Run every timer (whose job id starts with `prefix`) now instead of waiting for it."""
    connection = redis.Redis.from_url(_url(db))
    registry = ScheduledJobRegistry(URGENT_QUEUE_NAME, connection=connection)
    queue = Jobs(connection).urgent
    for job_id in registry.get_job_ids():
        if not job_id.startswith(prefix):
            continue
        job = Job.fetch(job_id, connection=connection)
        registry.remove(job)
        queue.enqueue_job(job)
    work()


def _url(db: redis.Redis) -> str:
    kwargs = db.connection_pool.connection_kwargs
    return f"redis://{kwargs['host']}:{kwargs['port']}/0"


def test_a_crisis_text_sends_resources_once_and_pages_the_first_on_call(client, work, store,
                                                                        standin):
    _staff(store)
    text_line(client, TEXTER, CRISIS)
    text_line(client, TEXTER, "i mean it, all of them")
    work()
    assert len(_resources(standin)) == 1
    (page,) = _pages(standin, CARA)
    escalation = _open(store)
    assert escalation["level"] == "L1" and f"ACK {escalation['code']}" in page
    assert len(page) <= 160 and "no peer yet" in page
    assert _pages(standin, CODY) == []


def test_the_crisis_resources_text_is_one_sms_segment():
    from warmline.core.texts import LineTexts

    text = LineTexts().crisis_resources()
    assert len(text) <= 160 and "988" in text and "AYUDA" in text and "911" in text


def test_a_crisis_moves_a_waiting_conversation_to_the_head_of_the_queue(client, store):
    text_line(client, "+14155550001", "hi, rough day")
    text_line(client, TEXTER, "hello")
    text_line(client, TEXTER, CRISIS)
    waiting = [cid for cid, _ in store.run(__import__("warmline.store.routing",
                                                      fromlist=["waiting"]).waiting())]
    assert store.run(escalations.escalation(_open(store)["id"]))["conversation_id"] == waiting[0]


def test_no_acknowledgement_pages_the_backup_then_supervisors_then_again(client, work, store,
                                                                        standin, db):
    _staff(store)
    csrf = log_in(client, "sue")
    client.put("/api/shift", json={"status": "available", "capacity": 1}, headers=csrf)
    text_line(client, TEXTER, CRISIS)
    work()
    assert len(_pages(standin, CARA)) == 1 and _pages(standin, CODY) == []
    _run_scheduled(db, work)
    assert len(_pages(standin, CODY)) == 1
    _run_scheduled(db, work)
    assert len(_pages(standin, SUE)) == 1
    for _ in range(3):  # the whole ladder once more
        _run_scheduled(db, work)
    assert (len(_pages(standin, CARA)), len(_pages(standin, CODY)), len(_pages(standin, SUE))) \
        == (2, 2, 2)
    _run_scheduled(db, work)
    assert _open(store)["status"] == "unanswered"
    kinds = [e["type"] for e in store.run(escalations.audit_entries())][::-1]
    assert kinds == ["escalation.opened"] + ["escalation.paged"] * 6 + ["escalation.unanswered"]


def test_ack_from_the_clinicians_phone_stops_the_chain(client, work, store, standin, db):
    _staff(store)
    text_line(client, TEXTER, CRISIS)
    work()
    code = _open(store)["code"]
    text_line(client, CARA, f"ack {code}")
    work()
    assert any("acknowledged" in m.body for m in standin.sent_to(CARA))
    escalation = _open(store)
    assert escalation["status"] == "acknowledged" and escalation["acked_by"] == "cara"
    registry = ScheduledJobRegistry(URGENT_QUEUE_NAME, connection=redis.Redis.from_url(_url(db)))
    page_timers = [j for j in registry.get_job_ids() if j.startswith("page-")]
    _run_scheduled(db, work, "page-")  # the rung timer fires late: it must do nothing
    assert page_timers and _pages(standin, CODY) == []


def test_a_staff_phone_is_never_treated_as_a_texter(client, work, store, standin, db):
    _staff(store)
    text_line(client, CARA, "hello is this thing on")
    work()
    assert db.hget(keys.TEXTERS_BY_NUMBER, CARA) is None
    (hint,) = [m.body for m in standin.sent_to(CARA)]
    assert "ACK" in hint


def test_acknowledged_but_not_engaged_pages_again(client, work, store, standin, db):
    _staff(store)
    text_line(client, TEXTER, CRISIS)
    work()
    text_line(client, CARA, f"ACK {_open(store)['code']}")
    work()
    from workers.escalation import check_engagement

    assert check_engagement(_open(store)["id"]) == "paging again"
    work()
    assert len(_pages(standin, CODY)) == 1


def test_a_clinician_writing_counts_as_engaged(client, work, store, standin):
    _staff(store)
    text_line(client, TEXTER, CRISIS)
    work()
    csrf = log_in(client, "cara")
    escalation = _open(store)
    assert client.post(f"/api/escalations/{escalation['id']}/ack", headers=csrf).status_code == 200
    reply = client.post(f"/api/conversations/{escalation['conversation_id']}/messages",
                        json={"body": "I'm a counselor with the line. Are you safe right now?"},
                        headers=csrf)
    assert reply.status_code == 201
    from workers.escalation import check_engagement

    assert check_engagement(escalation["id"]) == "acknowledged"
    assert _open(store)["engaged_at"]


def test_a_later_im_fine_never_closes_or_lowers_an_escalation(client, work, store):
    _staff(store)
    text_line(client, TEXTER, CRISIS)
    text_line(client, TEXTER, "jk I'm fine lol")
    escalation = _open(store)
    assert escalation["status"] == "paging" and escalation["level"] == "L1"


def test_only_a_clinician_or_supervisor_resolves_with_an_outcome(client, work, store):
    _staff(store)
    make_user(store, "sam")
    text_line(client, TEXTER, CRISIS)
    escalation = _open(store)
    path = f"/api/escalations/{escalation['id']}/resolve"
    sam = log_in(client, "sam")
    assert client.post(path, json={"outcome": "safe"}, headers=sam).status_code == 403
    cara = log_in(client, "cara")
    assert client.post(path, json={}, headers=cara).status_code == 400
    assert client.post(path, json={"outcome": "safety plan made"}, headers=cara).status_code == 200
    assert store.run(escalations.open_escalation_ids()) == []
    assert client.post(path, json={"outcome": "again"}, headers=cara).status_code == 409


def test_a_supporter_can_ask_for_a_clinician(client, work, store, standin):
    _staff(store)
    make_user(store, "sam")
    sam = log_in(client, "sam")
    client.put("/api/shift", json={"status": "available", "capacity": 1}, headers=sam)
    text_line(client, TEXTER, "things are just bad lately")
    (conversation,) = client.get("/api/conversations").json()["conversations"]
    asked = client.post(f"/api/conversations/{conversation['id']}/escalate", headers=sam)
    assert asked.status_code == 201
    work()
    (page,) = _pages(standin, CARA)
    assert "peer asked for a clinician" in page and "peer engaged" in page
    assert _open(store)["level"] == "L2"


def test_a_crisis_with_nobody_on_shift_still_pages(client, work, store, standin):
    _staff(store)
    text_line(client, TEXTER, "voy a matarme esta noche")
    work()
    assert len(_pages(standin, CARA)) == 1 and len(_resources(standin)) == 1


def test_a_thought_split_over_several_texts_escalates(client, work, store, standin):
    _staff(store)
    for part in ("i have the pills", "all of them", "tonight"):
        text_line(client, TEXTER, part)
    work()
    assert _open(store)["trigger"] == "screening" and len(_pages(standin, CARA)) == 1


def test_the_on_call_order_is_validated(client, store):
    _staff(store)
    make_user(store, "nophone", role="clinician")
    sue = log_in(client, "sue")
    for order in ("cara", ["cara", "cara"], ["sue"], ["ghost"], ["nophone"], [1]):
        answer = client.put("/api/oncall", json={"order": order}, headers=sue)
        assert answer.status_code == 400, order
    assert client.get("/api/oncall").json()["order"] == ["cara", "cody"]
    assert client.put("/api/oncall", json={"order": ["cody"]}, headers=sue).status_code == 200
    assert client.get("/api/oncall").json()["order"] == ["cody"]


def test_supervisors_add_crisis_terms_at_run_time_on_the_audit_log(client, work, store, standin):
    _staff(store)
    sue = log_in(client, "sue")
    bad = client.post("/api/crisis-terms", json={"phrase": "x"}, headers=sue)
    assert bad.status_code == 400
    added = client.post("/api/crisis-terms", json={"phrase": "catch the night bus home forever",
                                                   "family": "coded_slang", "level": "L2"},
                        headers=sue)
    assert added.status_code == 201
    text_line(client, TEXTER, "gonna catch the night bus home forever")
    work()
    assert len(_pages(standin, CARA)) == 1
    audit = client.get("/api/audit", headers=sue).json()["entries"]
    assert {"crisis_term.added", "escalation.opened"} <= {e["type"] for e in audit}


@pytest.mark.parametrize(("body", "code"), [("ACK 7K2", "7K2"), ("ack 7k2!", "7K2"),
                                            ("  Ack7K2 ", "7K2"), ("acknowledged", None),
                                            ("ACK 7K22", None)])
def test_ack_codes_are_read_forgivingly(body: str, code: str | None):
    assert ladder.parse_ack(body) == code


def test_the_ladder_walks_on_call_then_supervisors_twice():
    names = [ladder.rung(i, ["a", "b"], ["s2", "s1"]) for i in range(7)]
    assert [r.usernames if r else None for r in names] == [
        ("a",), ("b",), ("s1", "s2"), ("a",), ("b",), ("s1", "s2"), None]


def test_a_page_is_one_segment_even_with_many_signals():
    text = ladder.page_text("warmline", "L1", "7K2", ["ideation_explicit", "means", "plan_time",
                                                      "attempt_in_progress"], True)
    assert len(text) <= 160 and text.endswith("ACK 7K2")


@pytest.fixture
def fast_line(settings, environment) -> Iterator[LiveLine]:
    env = {**environment, "WARMLINE_ESCALATION_L1_ACK_SECONDS": "1",
           "WARMLINE_ESCALATION_L2_ACK_SECONDS": "1"}
    line = LiveLine(load_settings(env), env)
    yield line
    line.stop()


def _live_text(line: LiveLine, number: str, body: str) -> None:
    form = twilio_form(number, body)
    answer = httpx.post(f"{line.url}/twilio/messages", data=form,
                        headers={"X-Twilio-Signature": sign("/twilio/messages", form)})
    assert answer.status_code == 200


@pytest.mark.slow
def test_live_resources_and_page_arrive_within_two_seconds_then_the_backup(fast_line, store,
                                                                           standin):
    _staff(store)
    started = time.monotonic()
    _live_text(fast_line, TEXTER, CRISIS)
    assert wait_until(lambda: _resources(standin) and _pages(standin, CARA), 2.0)
    elapsed = time.monotonic() - started
    assert elapsed < 2.0
    assert wait_until(lambda: _pages(standin, CODY), 5.0), "the backup was never paged"


@pytest.mark.slow
def test_live_ack_by_text_stops_the_ladder(fast_line, store, standin):
    _staff(store)
    _live_text(fast_line, TEXTER, CRISIS)
    assert wait_until(lambda: _pages(standin, CARA), 3.0)
    _live_text(fast_line, CARA, f"ACK {_open(store)['code']}")
    assert wait_until(lambda: any("acknowledged" in m.body for m in standin.sent_to(CARA)), 3.0)
    time.sleep(2.5)  # longer than the rung timeout
    assert _pages(standin, CODY) == []


def test_an_escalation_whose_page_was_lost_is_paged_by_housekeeping(client, work, store,
                                                                    standin, db, monkeypatch):
    _staff(store)
    text_line(client, TEXTER, CRISIS)
    db.delete(keys.DISPATCH)  # the worker that popped the page died before enqueueing it
    work()
    assert _pages(standin, CARA) == []
    from workers.context import context
    from workers.housekeeping import recover_escalations

    monkeypatch.setenv("WARMLINE_OUTBOX_RECOVERY_SECONDS", "0")
    context.cache_clear()
    try:
        time.sleep(0.01)
        assert recover_escalations() == 1
        work()
        assert len(_pages(standin, CARA)) == 1
        assert recover_escalations() == 0  # paged now: its timer is in charge again
    finally:
        context.cache_clear()
