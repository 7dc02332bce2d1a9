"""Escalations in a real Chromium: the clinician's panel, the supporter's view of a flagged
conversation, and the supervisor's tile, on-call order, crisis terms, audit log and export."""

from __future__ import annotations

import re
import time
from typing import Any

from playwright.sync_api import expect

from scripts.twilio_standin import TwilioStandIn
from tests.browser.conftest import RestartableLine, log_in, no_serious_violations, screenshot
from tests.conftest import make_user, wait_until
from warmline.store import SyncStore, crisis_terms, escalations

TEXTER = "+14155550620"
CARA = "+14155550301"
CRISIS = "i have the pills and i'm taking them all tonight"


def _signed_in(page: Any, line: RestartableLine, path: str, username: str) -> None:
    log_in(page, line, path, username)
    expect(page.get_by_role("status")).to_have_text("Live")


def _open_escalations(page: Any) -> Any:
    return page.get_by_role("list", name="Open escalations").locator(":scope > li")


def _tile(page: Any) -> Any:
    return page.get_by_role("region", name="Open escalations")


def test_a_clinician_acknowledges_writes_and_resolves_while_supporter_and_supervisor_watch(
    line: RestartableLine, new_page: Any, store: SyncStore, standin: TwilioStandIn,
):
    make_user(store, "sam")
    make_user(store, "cara", role="clinician", phone=CARA)
    make_user(store, "sue", role="supervisor")
    store.run_all(escalations.set_on_call(["cara"]))

    dashboard = new_page()
    _signed_in(dashboard, line, "/supervisor", "sue")
    expect(_tile(dashboard).locator(".value")).to_have_text("0")
    supporter = new_page()
    _signed_in(supporter, line, "/console", "sam")
    supporter.get_by_label("Status").select_option("available")
    clinician = new_page()
    _signed_in(clinician, line, "/console", "cara")
    panel = clinician.get_by_role("region", name="Escalations")
    expect(panel).to_contain_text("No open escalations")

    started = time.monotonic()
    line.text(TEXTER, CRISIS)
    expect(_open_escalations(clinician)).to_have_count(1, timeout=2000)
    assert time.monotonic() - started < 2.0
    item = _open_escalations(clinician).first
    expect(item).to_contain_text("L1 · imminent risk")
    expect(item.locator("mark").first).to_be_visible()  # the words that made it fire
    expect(item).to_contain_text("Paging cara")  # the worker has paged her phone

    supporter.get_by_role("list", name="Conversations").get_by_role("button").first.click()
    supporter_state = supporter.locator("#escalation-state")
    expect(supporter_state).to_contain_text("Clinician paged (cara)")
    expect(_tile(dashboard).locator(".value")).to_have_text("1")
    expect(_tile(dashboard)).to_contain_text("waiting for a clinician")

    panel.get_by_role("button", name="Acknowledge").click()
    expect(item).to_contain_text("Acknowledged by cara")
    expect(supporter_state).to_contain_text("Clinician acknowledged by cara")
    expect(_tile(dashboard)).to_contain_text("Acknowledged by cara")

    panel.get_by_role("button", name="Open conversation").click()
    transcript = clinician.get_by_role("list", name="Transcript")
    expect(transcript.get_by_text(CRISIS)).to_be_visible()
    expect(clinician.get_by_role("button", name="Ask for a clinician")).to_be_hidden()
    clinician.get_by_label("Reply").fill("This is Cara, a clinician with the line. I'm here now.")
    clinician.get_by_label("Reply").press("Enter")
    assert wait_until(lambda: [m for m in standin.sent_to(TEXTER)
                               if m.body.startswith("This is Cara")], timeout=8)
    expect(supporter_state).to_contain_text("they have joined the conversation")
    expect(supporter.get_by_role("list", name="Transcript")
           .get_by_text("This is Cara")).to_be_visible()
    screenshot(clinician, "console-clinician")
    no_serious_violations(clinician)

    panel.get_by_role("button", name="Take over").click()
    expect(item).to_contain_text("you have this conversation")
    expect(panel.get_by_role("button", name="Take over")).to_have_count(0)
    expect(clinician.get_by_text("1 of ")).to_be_visible()
    expect(supporter.get_by_role("list", name="Conversations").get_by_role("button"))\
        .to_have_count(0)

    panel.get_by_role("button", name="Resolve").click()
    dialog = clinician.get_by_role("dialog", name=re.compile("Resolve escalation"))
    dialog.get_by_role("button", name="Resolve escalation").click()
    expect(dialog.get_by_role("alert")).to_have_text("Choose an outcome.")  # required
    dialog.get_by_label("Outcome").select_option("Safety plan made with the texter")
    dialog.get_by_label("Details (optional; staff only)").fill("staying with her sister")
    dialog.get_by_role("button", name="Resolve escalation").click()
    expect(dialog).to_be_hidden()
    expect(_open_escalations(clinician)).to_have_count(0)
    expect(_tile(dashboard).locator(".value")).to_have_text("0")

    audit = dashboard.get_by_role("list", name="Audit log, newest first")
    for step in ("opened (L1 imminent): screening found", "paged cara (round 1)",
                 "acknowledged by cara (console)", "cara wrote in the conversation",
                 "resolved by cara: Safety plan made with the texter: staying with her sister"):
        expect(audit).to_contain_text(step)
    screenshot(dashboard, "dashboard-escalations")
    resolved = store.run(escalations.escalation("e1"))
    assert resolved["status"] == "resolved" and resolved["outcome"].startswith("Safety plan")


def test_a_supervisor_sees_an_unanswered_escalation_in_red_and_manages_on_call_and_terms(
    line: RestartableLine, new_page: Any, store: SyncStore,
):
    make_user(store, "sam")
    make_user(store, "cara", role="clinician", phone=CARA)
    make_user(store, "sue", role="supervisor")
    supporter = new_page()
    _signed_in(supporter, line, "/console", "sam")
    supporter.get_by_label("Status").select_option("available")
    line.text(TEXTER, "rough day, can we talk")
    supporter.get_by_role("list", name="Conversations").get_by_role("button").first.click()
    supporter.get_by_role("button", name="Ask for a clinician").click()
    supporter_state = supporter.locator("#escalation-state")
    # Nobody is on call and no supervisor is on shift, so the ladder may already have ended.
    expect(supporter_state).to_contain_text(
        re.compile("Clinician paged|call your supervisor now"))

    dashboard = new_page()
    _signed_in(dashboard, line, "/supervisor", "sue")
    expect(_tile(dashboard).locator(".value")).to_have_text("1")
    # Nobody is on call: the ladder ends by itself; make sure of it rather than wait for it.
    store.run(escalations.move("e1", "unanswered", actor="ladder", now_ms=int(time.time() * 1000),
                               events_max=10_000, detail="{}"))
    expect(_tile(dashboard)).to_contain_text("Unanswered: no clinician acknowledged")
    expect(_tile(dashboard)).to_have_class(re.compile(r"\balarm\b"))
    expect(supporter_state).to_contain_text("call your supervisor now")
    audit = dashboard.get_by_role("list", name="Audit log, newest first")
    expect(audit).to_contain_text("sam asked for a clinician")
    expect(audit.locator(".alarm-text")).to_contain_text("UNANSWERED")

    oncall = dashboard.get_by_role("region", name="On-call order")
    oncall.get_by_label("Clinician").select_option("cara")
    oncall.get_by_role("button", name="Add to the order").click()
    oncall.get_by_role("button", name="Save on-call order").click()
    expect(oncall).to_contain_text("Saved.")
    assert store.run(escalations.on_call()) == ["cara"]

    terms = dashboard.get_by_role("region", name="Crisis terms")
    terms.get_by_label("Phrase").fill("going to see grandma tonight")
    terms.get_by_label("Signal").select_option("coded_slang")
    terms.get_by_label("Level").select_option("L1")
    terms.get_by_role("button", name="Add term").click()
    expect(terms.get_by_role("button", name="Remove term going to see grandma tonight"))\
        .to_be_visible()
    assert [t.phrase for t in store.run(crisis_terms.terms())] == ["going to see grandma tonight"]
    expect(audit).to_contain_text("On-call order set by sue: cara")
    expect(audit).to_contain_text("Crisis term “going to see grandma tonight” added by sue")

    export = dashboard.get_by_role("link", name=re.compile("last 24 hours"))
    answer = dashboard.request.get(line.url + export.get_attribute("href"))
    assert answer.status == 200 and answer.headers["content-type"].startswith("text/csv")
    assert answer.text().startswith("hour_start_utc,conversations,waits,")
    screenshot(dashboard, "dashboard-unanswered")
    no_serious_violations(dashboard)
