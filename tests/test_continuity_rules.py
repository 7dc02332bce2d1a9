"""Continuity's pure rules: opening hours, quiet hours by the texter's zone, survey replies,
quiet conversations and contact limits."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from warmline.core import hours as opening
from warmline.core.contact_limits import ContactLimit, reached
from warmline.core.followups import (
    QuietHours,
    candidate_zones,
    follow_up_time,
    next_allowed,
    parse_quiet_hours,
)
from warmline.core.quiet_conversations import ConversationClock, QuietRules, Step, next_step
from warmline.core.survey import SurveyReply, parse_reply
from warmline.errors import BadInput

NEW_YORK = ZoneInfo("America/New_York")
WEEKDAYS = {"mon": [["09:00", "21:00"]], "tue": [["09:00", "21:00"]],
            "wed": [["09:00", "21:00"]], "thu": [["09:00", "21:00"]],
            "fri": [["09:00", "17:00"], ["18:00", "24:00"]], "sat": [], "sun": [["12:00", "16:00"]]}
HOURS = opening.parse_hours({"time_zone": "America/New_York", "weekly": WEEKDAYS, "exceptions": [
    {"date": "2026-12-25", "hours": []}, {"date": "2026-12-26", "hours": [["10:00", "12:00"]]},
]}, "UTC")


def local(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=NEW_YORK)


# 2026-11-23 is a Monday.
@pytest.mark.parametrize(("at", "is_open"), [
    ("2026-11-23 08:59", False), ("2026-11-23 09:00", True), ("2026-11-23 20:59", True),
    ("2026-11-23 21:00", False), ("2026-11-27 17:30", False), ("2026-11-27 23:59", True),
    ("2026-11-28 12:00", False), ("2026-11-29 12:00", True), ("2026-12-25 10:00", False),
    ("2026-12-26 11:00", True), ("2026-12-26 13:00", False),
])
def test_the_line_is_open_by_its_weekly_schedule_and_dated_exceptions(at: str, is_open: bool):
    assert opening.is_open(HOURS, local(at)) is is_open


@pytest.mark.parametrize(("at", "opens"), [
    ("2026-11-23 08:00", "2026-11-23 09:00"),  # before opening today
    ("2026-11-23 22:00", "2026-11-24 09:00"),  # after closing: tomorrow
    ("2026-11-27 17:30", "2026-11-27 18:00"),  # the gap in a split day
    ("2026-11-28 09:00", "2026-11-29 12:00"),  # closed Saturday: Sunday noon
    ("2026-12-24 22:00", "2026-12-26 10:00"),  # a holiday, then a short day
    ("2026-11-23 10:00", "2026-11-23 10:00"),  # open now
])
def test_the_next_opening_skips_closed_days_and_holidays(at: str, opens: str):
    assert opening.next_opening(HOURS, local(at)) == local(opens)


def test_no_schedule_means_always_open_and_an_empty_one_never_opens():
    assert opening.is_open(None, datetime.now(UTC))
    closed = opening.parse_hours({"weekly": {}}, "UTC")
    assert opening.next_opening(closed, datetime.now(UTC)) is None


def test_the_next_opening_reads_like_a_person_would_say_it():
    now = local("2026-11-23 22:00")
    assert opening.describe_opening(local("2026-11-24 09:00"), now, NEW_YORK) == \
        "tomorrow at 9:00 AM EST"
    assert opening.describe_opening(local("2026-11-29 12:00"), now, NEW_YORK) == \
        "on Sunday 29 Nov at 12:00 PM EST"


@pytest.mark.parametrize("data", [
    [], "9-5", {"weekly": {"monday": []}}, {"weekly": {"mon": [["9:00", "17:00"]]}},
    {"weekly": {"mon": [["17:00", "09:00"]]}}, {"weekly": {"mon": [["09:00", "25:00"]]}},
    {"weekly": {"mon": [["09:00", "12:00"], ["11:00", "13:00"]]}},
    {"weekly": {"mon": [["09:00"]]}}, {"weekly": {}, "time_zone": "Mars/Olympus"},
    {"weekly": {}, "time_zone": "../../etc/passwd"}, {"weekly": {}, "colour": "blue"},
    {"weekly": {}, "exceptions": [{"date": "2026-02-30", "hours": []}]},
    {"weekly": {}, "exceptions": [{"date": "2026-12-25"}, {"date": "2026-12-25"}]},
    {"weekly": {"mon": [["09:00", "10:00"]] * 7}},
])
def test_malformed_opening_hours_are_refused_with_a_reason(data):
    with pytest.raises(BadInput):
        opening.parse_hours(data, "UTC")


def test_opening_hours_round_trip_through_their_json_form():
    assert opening.parse_hours(HOURS.as_json(), "UTC") == HOURS


# Follow-ups: quiet hours 21:00-09:00 in the texter's own zone.
QUIET = parse_quiet_hours("21:00-09:00")
LINE_ZONE = "America/New_York"


@pytest.mark.parametrize(("number", "due_utc", "sent_utc"), [
    # New York, 22:00 EST: moved to 09:00 EST.
    ("+12125550100", "2026-11-24 03:00", "2026-11-24 14:00"),
    # Los Angeles, 13:00 PST: allowed as it is.
    ("+14155550100", "2026-11-24 21:00", "2026-11-24 21:00"),
    # London, 06:00 GMT: moved to 09:00 GMT.
    ("+447911123456", "2026-11-24 06:00", "2026-11-24 09:00"),
    # Tokyo, 23:30 JST: moved to 09:00 JST the next day.
    ("+81312345678", "2026-11-24 14:30", "2026-11-25 00:00"),
    # Sydney in summer time (UTC+11), 08:00 local: moved to 09:00.
    ("+61298765432", "2026-11-23 21:00", "2026-11-23 22:00"),
    # Alaska's +1 907 is Anchorage or Adak (an hour behind): 09:00 in Adak, the later morning.
    ("+19075550100", "2026-11-24 16:00", "2026-11-24 19:00"),
    # An Australian mobile may be anywhere from Cocos (UTC+6:30) to Lord Howe (UTC+11): it waits
    # for 09:00 on Cocos, the westernmost, when it is already 13:30 at Lord Howe.
    ("+61412345678", "2026-11-23 20:00", "2026-11-24 02:30"),
    # US toll-free spans Guam to Pago Pago: 13:00 in Hawaii is 09:00 in Guam and 19:30 in
    # Newfoundland, the first moment that is daytime in all of them.
    ("+18005550100", "2026-11-24 03:00", "2026-11-24 23:00"),
])
def test_a_follow_up_waits_for_morning_in_the_texters_own_time_zone(number, due_utc, sent_utc):
    due = datetime.fromisoformat(due_utc).replace(tzinfo=UTC)
    sent = next_allowed(due, candidate_zones(number), QUIET, LINE_ZONE)
    assert sent == datetime.fromisoformat(sent_utc).replace(tzinfo=UTC)


def test_zones_exactly_twelve_hours_apart_fall_back_to_the_lines_zone():
    due = datetime(2026, 11, 24, 3, 0, tzinfo=UTC)  # 22:00 in New York
    sent = next_allowed(due, ("Etc/GMT-6", "Etc/GMT+6"), QUIET, LINE_ZONE)
    assert sent == datetime(2026, 11, 24, 14, 0, tzinfo=UTC)


def test_a_number_with_no_zone_data_uses_the_lines_zone():
    assert candidate_zones("+447700900123") == ()  # a drama number: no zone data
    due = datetime(2026, 11, 24, 3, 0, tzinfo=UTC)  # 22:00 in New York
    assert next_allowed(due, (), QUIET, LINE_ZONE) == datetime(2026, 11, 24, 14, 0, tzinfo=UTC)


def test_the_default_follow_up_is_the_next_day_at_a_similar_hour():
    said_yes = datetime(2026, 11, 23, 19, 30, tzinfo=UTC)  # 14:30 in New York
    assert follow_up_time(said_yes, 86400, "+12125550100", QUIET, LINE_ZONE) == \
        datetime(2026, 11, 24, 19, 30, tzinfo=UTC)


@pytest.mark.parametrize(("text", "quiet"), [
    ("21:00-09:00", QuietHours(1260, 540)), ("01:00-06:30", QuietHours(60, 390)),
    ("off", QuietHours(0, 0)),
])
def test_quiet_hours_are_read_from_their_setting(text: str, quiet: QuietHours):
    assert parse_quiet_hours(text) == quiet


@pytest.mark.parametrize("text", ["9pm-9am", "21:00", "25:00-09:00", "21:00-09:60"])
def test_malformed_quiet_hours_are_refused(text: str):
    with pytest.raises(BadInput):
        parse_quiet_hours(text)


@pytest.mark.parametrize(("body", "reply"), [
    ("4", SurveyReply(4, None)), (" 5 ", SurveyReply(5, None)), ("4/5", SurveyReply(4, None)),
    ("3 out of 5", SurveyReply(3, None)), ("five", SurveyReply(5, None)),
    ("yes", SurveyReply(None, True)), ("YES!", SurveyReply(None, True)),
    ("Yes please", SurveyReply(None, True)), ("sure, thanks", SurveyReply(None, True)),
    ("no thanks", SurveyReply(None, False)), ("No thank you.", SurveyReply(None, False)),
    ("nope", SurveyReply(None, False)), ("not now", SurveyReply(None, False)),
    ("5 and yes please", SurveyReply(5, True)), ("2, no", SurveyReply(2, False)),
])
def test_answers_to_the_closing_texts_are_understood(body: str, reply: SurveyReply):
    assert parse_reply(body) == reply


@pytest.mark.parametrize("body", [
    "", "6", "0", "45", "yes I'm still not ok", "actually can we keep talking", "4 or 5",
    "yes no", "thank you", "I want to die", "STOP", "x" * 80,
])
def test_anything_more_than_answers_is_a_person_talking(body: str):
    assert parse_reply(body) is None


RULES = QuietRules(check_after=900_000, close_after=1_800_000, nudge_after=300_000,
                   requeue_after=600_000, session_guide_after=1_800_000)
T = 10_000_000


def clock(**fields) -> ConversationClock:
    values = dict(assigned_at=T, last_texter_at=T - 1, last_reply_at=0, owed_since=T - 1,
                  checked_for=0, nudged_for=0, guided=False, priority="normal")
    values.update(fields)
    return ConversationClock(**values)


@pytest.mark.parametrize(("fields", "at", "step"), [
    ({}, T + 299_000, Step.NOTHING),  # just assigned
    ({}, T + 300_000, Step.NUDGE_SUPPORTER),  # unanswered for 5 minutes
    ({"nudged_for": T}, T + 400_000, Step.NOTHING),  # nudged once already
    ({"nudged_for": T}, T + 600_000, Step.REQUEUE),  # then back to the queue
    ({"owed_since": 0, "last_reply_at": T + 10}, T + 900_000, Step.NOTHING),
    ({"owed_since": 0, "last_reply_at": T + 10}, T + 900_010, Step.CHECK_ON_TEXTER),
    ({"owed_since": 0, "last_reply_at": T + 10, "checked_for": T + 10}, T + 1_000_000,
     Step.NOTHING),
    ({"owed_since": 0, "last_reply_at": T + 10, "checked_for": T + 10}, T + 1_800_010,
     Step.CLOSE),
    # Never closed for silence without the gentle check first.
    ({"owed_since": 0, "last_reply_at": T + 10}, T + 9_000_000, Step.CHECK_ON_TEXTER),
    # A crisis is checked on but never closed for silence, nor given session guidance.
    ({"owed_since": 0, "last_reply_at": T + 10, "checked_for": T + 10, "priority": "imminent"},
     T + 9_000_000, Step.NOTHING),
    # A long conversation that is going well: gentle guidance to the supporter, once.
    ({"owed_since": 0, "last_reply_at": T + 1_799_000, "last_texter_at": T + 1_799_500},
     T + 1_800_000, Step.GUIDE_SESSION),
    ({"owed_since": 0, "last_reply_at": T + 1_799_000, "last_texter_at": T + 1_799_500,
      "guided": True}, T + 1_800_000, Step.NOTHING),
    # A debt from before a (re)assignment counts from the assignment.
    ({"owed_since": T - 5_000_000}, T + 299_000, Step.NOTHING),
])
def test_a_quiet_conversation_gets_one_step_at_a_time(fields, at, step):
    assert next_step(clock(**fields), RULES, at) is step


def test_every_quiet_step_can_be_switched_off():
    off = QuietRules(0, 0, 0, 0, 0)
    assert next_step(clock(), off, T + 10**9) is Step.NOTHING
    assert next_step(clock(owed_since=0, last_reply_at=T + 10), off, T + 10**9) is Step.NOTHING


@pytest.mark.parametrize(("per_day", "opened", "now", "limited"), [
    (0, [1, 2, 3, 4, 5], 10, False),  # off by default
    (3, [1, 2], 10, False), (3, [1, 2, 3], 10, True),
    (3, [1, 2, 3], 1 + 24 * 3600 * 1000, False),  # the first has aged out of the day
])
def test_the_contact_limit_counts_conversations_in_the_last_day(per_day, opened, now, limited):
    assert reached(ContactLimit(per_day), opened, now) is limited


@pytest.mark.parametrize(("priority", "applies"), [
    ("normal", True), ("urgent", False), ("imminent", False)])
def test_the_contact_limit_never_applies_to_a_crisis(priority: str, applies: bool):
    assert ContactLimit(3).applies_to(priority) is applies


def test_a_date_exception_replaces_the_weekday():
    assert HOURS.spans_on(date(2026, 12, 25)) == ()
