"""The supervisors' CSV export: anonymous numbers per clock hour, and who may take it."""

from __future__ import annotations

import csv
import io

import pytest
from starlette.testclient import TestClient

from tests.conftest import log_in, make_user, text_line
from warmline.core.stats import HOUR_MS, HourRow, hourly_rows
from warmline.store import SyncStore, escalations

TEXTER = "+14155550444"
OTHER = "+14155550445"
CRISIS = "i have the pills and i'm taking them all tonight"
COLUMNS = ["hour_start_utc", "conversations", "waits", "wait_median_seconds",
           "wait_p90_seconds", "escalations"]


def _rows(answer) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(answer.text)))


def test_hourly_rows_are_clock_hours_oldest_first_ending_with_the_hour_under_way():
    now = 100 * HOUR_MS + 600_000  # ten minutes into hour 100
    rows = hourly_rows([now, now - 700_000, now - 2 * HOUR_MS, now + 5],
                       [(now - 1, 30.0), (now - 2, 10.0), (now - 3, 90.0)], [now - 1], now, 3)
    assert [r.start_ms for r in rows] == [98 * HOUR_MS, 99 * HOUR_MS, 100 * HOUR_MS]
    assert rows[-1] == HourRow(100 * HOUR_MS, 1, 3, 30.0, 90.0, 1)
    assert rows[1] == HourRow(99 * HOUR_MS, 1, 0, None, None, 0)
    assert rows[0].conversations == 1


def test_the_export_counts_conversations_waits_and_escalations_per_hour(
    client: TestClient, store: SyncStore,
):
    make_user(store, "sam")
    make_user(store, "cara", role="clinician", phone="+14155550301")
    make_user(store, "sue", role="supervisor")
    store.run_all(escalations.set_on_call(["cara"]))
    sam = log_in(client, "sam")
    client.put("/api/shift", json={"status": "available", "capacity": 2}, headers=sam)
    text_line(client, TEXTER, "hi, can't sleep")
    text_line(client, OTHER, CRISIS)
    log_in(client, "sue")

    answer = client.get("/api/stats.csv")
    assert answer.status_code == 200
    assert answer.headers["content-type"].startswith("text/csv")
    assert "attachment" in answer.headers["content-disposition"]
    rows = _rows(answer)
    assert list(rows[0]) == COLUMNS and len(rows) == 24
    now = rows[-1]
    assert (now["conversations"], now["waits"], now["escalations"]) == ("2", "2", "1")
    assert float(now["wait_median_seconds"]) >= 0 and now["wait_p90_seconds"] != ""
    assert all(r["conversations"] == "0" and r["wait_median_seconds"] == "" for r in rows[:-1])
    assert rows[-1]["hour_start_utc"].endswith(":00:00Z")


def test_the_export_never_carries_numbers_pseudonyms_names_or_message_text(
    client: TestClient, store: SyncStore,
):
    make_user(store, "sam")
    make_user(store, "sue", role="supervisor")
    sam = log_in(client, "sam")
    client.put("/api/shift", json={"status": "available", "capacity": 2}, headers=sam)
    text_line(client, TEXTER, "my secret worry is about my job")
    (conversation,) = client.get("/api/conversations").json()["conversations"]
    log_in(client, "sue")
    answer = client.get("/api/stats.csv?hours=48")
    text = answer.text
    assert len(_rows(answer)) == 48
    for private in (TEXTER, TEXTER[2:], conversation["pseudonym"], conversation["id"], "sam",
                    "secret worry"):
        assert private not in text


def test_anonymous_callers_get_401_from_the_export(client: TestClient):
    assert client.get("/api/stats.csv").status_code == 401


@pytest.mark.parametrize("role", ["supporter", "clinician"])
def test_only_supervisors_may_export(client: TestClient, store: SyncStore, role: str):
    make_user(store, "pat", role=role)
    log_in(client, "pat")
    assert client.get("/api/stats.csv").status_code == 403


@pytest.mark.parametrize("hours", ["0", "-1", "abc", "745", "1.5", ""])
def test_a_bad_hours_value_gets_400(client: TestClient, store: SyncStore, hours: str):
    make_user(store, "sue", role="supervisor")
    log_in(client, "sue")
    answer = client.get(f"/api/stats.csv?hours={hours}")
    assert answer.status_code == 400 and "hours" in answer.json()["error"]


def test_the_openapi_document_describes_the_export(client: TestClient):
    assert "/api/stats.csv" in client.get("/api/openapi.json").json()["paths"]


def test_open_escalations_say_who_the_current_rung_pages(
    client: TestClient, store: SyncStore, work,
):
    make_user(store, "cara", role="clinician", phone="+14155550301")
    make_user(store, "cody", role="clinician", phone="+14155550302")
    store.run_all(escalations.set_on_call(["cara", "cody"]))
    text_line(client, TEXTER, CRISIS)
    log_in(client, "cody")
    (waiting,) = client.get("/api/escalations").json()["escalations"]
    assert waiting["paged"] == {"clinicians": [], "supervisors": False, "round": 0}
    work()
    (paged,) = client.get("/api/escalations").json()["escalations"]
    assert paged["paged"] == {"clinicians": ["cara"], "supervisors": False, "round": 1}
