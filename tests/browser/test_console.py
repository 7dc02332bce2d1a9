"""The console and the dashboard in a real Chromium, against the whole line."""

from __future__ import annotations

import re
import time
from typing import Any

from playwright.sync_api import expect

from scripts.twilio_standin import TwilioStandIn
from tests.browser.conftest import RestartableLine, log_in, no_serious_violations, screenshot
from tests.conftest import make_user, wait_until
from warmline.store import SyncStore, people, routing, views

FIRST = "+14155550610"
SECOND = "+14155550611"


def _conversations(page: Any) -> Any:
    return page.get_by_role("list", name="Conversations").get_by_role("button")


def _tile(page: Any, name: str) -> Any:
    return page.get_by_role("region", name=name).locator(".value")


def _console(page: Any, line: RestartableLine, username: str = "sam") -> None:
    log_in(page, line, "/console", username)
    expect(page.get_by_role("status")).to_have_text("Live")


def test_a_shift_from_first_text_to_wrap_up_while_the_supervisor_watches(
    line: RestartableLine, new_page: Any, store: SyncStore, standin: TwilioStandIn,
):
    make_user(store, "sam")
    make_user(store, "sue", role="supervisor")

    dashboard = new_page()
    requested: list[str] = []
    dashboard.context.on("request", lambda request: requested.append(request.url))
    dashboard.goto(line.url + "/supervisor")
    expect(dashboard.get_by_role("button", name="Log in")).to_be_visible()
    no_serious_violations(dashboard)
    screenshot(dashboard, "login")
    log_in(dashboard, line, "/supervisor", "sue")
    expect(dashboard.get_by_role("status")).to_have_text("Live")
    expect(_tile(dashboard, "Waiting now")).to_have_text("0")
    expect(_tile(dashboard, "Active conversations")).to_have_text("0")

    console = new_page()
    console.context.on("request", lambda request: requested.append(request.url))
    _console(console, line)
    console.get_by_label("Capacity").fill("1")
    console.get_by_label("Capacity").press("Tab")
    console.get_by_label("Status").select_option("available")
    expect(console.get_by_text("0 of 1")).to_be_visible()

    started = time.monotonic()
    line.text(FIRST, "hi, can't sleep again tonight")
    expect(_conversations(console)).to_have_count(1, timeout=2000)
    assert time.monotonic() - started < 2.0
    expect(_conversations(console).first).to_contain_text("can't sleep again tonight")
    expect(_tile(dashboard, "Active conversations")).to_have_text("1")

    line.text(SECOND, "is anyone there?")  # sam is full: this one waits
    expect(_tile(dashboard, "Waiting now")).to_have_text("1")
    expect(console.get_by_text("1 of 1")).to_be_visible()

    _conversations(console).first.click()
    reply = console.get_by_label("Reply")
    reply.fill("Hi, I'm Sam. I'm glad you texted — what's keeping you up?")
    counter = re.compile(r"\d+ characters · 1 SMS segment \(UCS-2\)")  # the dash is not GSM
    expect(console.get_by_text(counter)).to_be_visible()
    reply.press("Enter")
    expect(reply).to_have_value("")
    sent = wait_until(lambda: [m for m in standin.wait_for(1, to=FIRST, timeout=0.2)
                               if m.body.startswith("Hi, I'm Sam. I'm glad")], timeout=8)
    assert sent, "the stand-in never received the reply"
    transcript = console.get_by_role("list", name="Transcript")
    expect(transcript.get_by_text("what's keeping you up?")).to_have_count(1)

    line.text(FIRST, "just worrying about work")
    expect(transcript.get_by_text("just worrying about work")).to_be_visible(timeout=2000)
    screenshot(console, "console")
    no_serious_violations(console)

    console.get_by_role("button", name="End conversation").click()
    dialog = console.get_by_role("dialog", name="End conversation")
    dialog.get_by_label("Outcome").select_option("supported")
    dialog.get_by_label("Tags (comma separated)").fill("sleep, work")
    dialog.get_by_role("button", name="Save wrap-up and end").click()
    expect(dialog).to_be_hidden()
    # The waiting texter is picked up at once: sam now has the second conversation only.
    expect(_conversations(console)).to_have_count(1)
    expect(_conversations(console).first).to_contain_text("is anyone there?")
    expect(_tile(dashboard, "Waiting now")).to_have_text("0")

    closed = [c for c in store.run(views.conversations(
        store.run(views.recent_conversation_ids()))) if c["status"] == "closed"]
    assert [c["wrapup"] for c in closed] == [{"outcome": "supported", "tags": ["sleep", "work"]}]
    screenshot(dashboard, "dashboard")
    no_serious_violations(dashboard)
    assert requested and all(url.startswith(line.url + "/") for url in requested), (
        "a page asked a third party for something")


def test_the_console_recovers_after_the_server_restarts_without_losing_or_repeating(
    line: RestartableLine, new_page: Any, store: SyncStore,
):
    make_user(store, "sam")
    console = new_page(390, 844)  # a phone
    _console(console, line)
    console.get_by_label("Status").select_option("available")
    line.text(FIRST, "hello from before")
    _conversations(console).first.click()
    transcript = console.get_by_role("list", name="Transcript")
    expect(transcript.get_by_text("hello from before")).to_be_visible()
    console.get_by_label("Reply").fill("a draft I have not sent")

    line.stop_web()
    expect(console.get_by_role("status")).to_contain_text("Reconnecting", timeout=5000)
    line.start_web()
    line.text(FIRST, "sent while the console was away")
    expect(console.get_by_role("status")).to_have_text("Live", timeout=8000)
    expect(transcript.get_by_text("sent while the console was away")).to_have_count(1)
    line.text(FIRST, "and one after")
    expect(transcript.get_by_text("and one after")).to_have_count(1)
    expect(transcript.get_by_text("hello from before")).to_have_count(1)
    expect(console.get_by_label("Reply")).to_have_value("a draft I have not sent")
    (conversation_id,) = store.run(routing.supporter_conversations("sam"))
    stored = store.run(views.conversations([conversation_id], with_messages=True))[0]
    assert transcript.locator("li.message").count() == len(stored["messages"])
    screenshot(console, "console-phone")


def test_a_supervisor_reads_silently_and_whispers_and_the_supporter_sees_it_apart(
    line: RestartableLine, new_page: Any, store: SyncStore,
):
    make_user(store, "sam")
    make_user(store, "sue", role="supervisor")
    console = new_page()
    _console(console, line)
    console.get_by_label("Status").select_option("available")
    line.text(FIRST, "first")
    line.text(FIRST, "second")
    expect(_conversations(console).first).to_contain_text("second")
    expect(console.locator(".unread")).to_have_text("2")

    dashboard = new_page()
    log_in(dashboard, line, "/supervisor", "sue")
    dashboard.get_by_role("button", name=re.compile(r"^Read ")).click()
    reader = dashboard.get_by_role("list", name="Transcript")
    expect(reader.get_by_text("second")).to_be_visible()
    dashboard.get_by_label("Whisper to the supporter").fill("ask how they slept last week")
    dashboard.get_by_role("button", name="Send whisper").click()

    expect(console.locator(".unread")).to_have_text("2")  # reading was silent
    (conversation_id,) = store.run(routing.supporter_conversations("sam"))
    assert store.run(views.conversations([conversation_id]))[0]["unread"] == 2
    _conversations(console).first.click()
    whisper = console.get_by_role("list", name="Transcript").locator("li.whisper")
    expect(whisper).to_contain_text("ask how they slept last week")
    expect(whisper).to_contain_text("Whisper from sue (supervisor)")
    wait_until(lambda: store.run(views.conversations([conversation_id]))[0]["unread"] == 0)
    assert store.run(views.conversations([conversation_id]))[0]["unread"] == 0


SEGMENTS = [
    ("", 0, 0, "GSM-7"),
    ("a" * 160, 160, 1, "GSM-7"),
    ("a" * 161, 161, 2, "GSM-7"),
    ("{" * 80, 80, 1, "GSM-7"),  # extension characters take two septets each
    ("{" * 81, 81, 2, "GSM-7"),
    ("é" * 10, 10, 1, "GSM-7"),
    ("ê", 1, 1, "UCS-2"),
    ("x" * 70 + "—", 71, 2, "UCS-2"),
    ("🙂" * 35, 35, 1, "UCS-2"),  # 70 UTF-16 units
    ("🙂" * 36, 36, 2, "UCS-2"),
]


def test_the_reply_counter_knows_gsm7_and_ucs2_segments(line: RestartableLine, new_page: Any):
    page = new_page()
    page.goto(line.url + "/console")
    for text, characters, segments, encoding in SEGMENTS:
        counted = page.evaluate("text => window.SmsCount.count(text)", text)
        assert counted == {"characters": characters, "segments": segments,
                           "encoding": encoding}, text


def test_two_tabs_of_one_supporter_stay_consistent(
    line: RestartableLine, new_page: Any, store: SyncStore,
):
    make_user(store, "sam")
    first = new_page()
    _console(first, line)
    first.get_by_label("Status").select_option("available")
    second = first.context.new_page()  # same browser profile: same session cookie
    second.goto(line.url + "/console")
    expect(second.get_by_role("status")).to_have_text("Live")
    line.text(FIRST, "hello both tabs")
    _conversations(first).first.click()
    _conversations(second).first.click()
    first.get_by_label("Reply").fill("written in the first tab")
    first.get_by_role("button", name="Send").click()
    for page in (first, second):
        transcript = page.get_by_role("list", name="Transcript")
        expect(transcript.get_by_text("written in the first tab")).to_have_count(1)
    expect(second.get_by_label("Reply")).to_have_value("")


def test_supervisors_manage_canned_responses_and_users_from_the_dashboard(
    line: RestartableLine, new_page: Any, store: SyncStore,
):
    make_user(store, "sam")
    make_user(store, "sue", role="supervisor")
    dashboard = new_page()
    log_in(dashboard, line, "/supervisor", "sue")
    dashboard.get_by_label("Title").fill("Breathing")
    dashboard.get_by_label("Text", exact=True).fill("Let's take one slow breath together.")
    dashboard.get_by_role("button", name="Save canned response").click()
    expect(dashboard.get_by_role("button", name="Edit Breathing")).to_be_visible()

    form = dashboard.get_by_role("form", name="Add user")
    form.get_by_label("New username").fill("kim")
    form.get_by_label("Display name").fill("Kim")
    form.get_by_label("First password").fill("a long password")
    form.get_by_role("button", name="Add user").click()
    dashboard.get_by_role("button", name="Deactivate kim").click()
    expect(dashboard.get_by_role("button", name="Reactivate kim")).to_be_visible()
    assert store.run(people.user("kim"))["active"] == "0"

    console = new_page()
    _console(console, line)
    console.get_by_label("Status").select_option("available")
    line.text(FIRST, "hi")
    _conversations(console).first.click()
    console.get_by_label("Canned responses").select_option(label="Breathing")
    console.get_by_role("button", name="Insert").click()
    expect(console.get_by_label("Reply")).to_have_value("Let's take one slow breath together.")
