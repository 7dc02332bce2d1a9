"""Pure rules: pseudonyms, queue notices and wait estimates."""

from __future__ import annotations

import pytest

from warmline.core.numbers import Address, normalise_number, parse_address
from warmline.core.pseudonyms import pseudonym_for
from warmline.core.queue import (
    Priority,
    QueueNotice,
    estimate_wait_minutes,
    notice_due,
    queue_score,
    supporter_score,
)
from warmline.errors import BadInput


def test_a_pseudonym_is_stable_and_reveals_nothing_of_the_number():
    name = pseudonym_for("+14155550100", "key")
    assert name == pseudonym_for("+14155550100", "key")
    assert name != pseudonym_for("+14155550101", "key")
    assert name != pseudonym_for("+14155550100", "another key")
    assert not any(ch.isdigit() for ch in name.rsplit(" ", 1)[0])
    assert "0100" not in name


def test_pseudonyms_rarely_collide():
    names = {pseudonym_for(f"+1415555{i:04d}", "key") for i in range(2000)}
    assert len(names) > 1900


@pytest.mark.parametrize(("raw", "expected"), [
    ("+14155550100", Address("+14155550100")),
    ("(415) 555-0100", Address("+14155550100")),
    ("whatsapp:+447700900123", Address("+447700900123", "whatsapp")),
    ("WhatsApp:+34 612 34 56 78", Address("+34612345678", "whatsapp")),
])
def test_numbers_and_channels_are_parsed(raw: str, expected: Address):
    assert parse_address(raw) == expected


@pytest.mark.parametrize("raw", ["", "hello", "+1", "fax:+14155550100", "1" * 40])
def test_what_is_not_a_number_is_refused(raw: str):
    with pytest.raises(BadInput):
        parse_address(raw)


def test_normalising_is_idempotent():
    assert normalise_number(normalise_number("415 555 0100")) == "+14155550100"


def test_urgency_outranks_any_wait_and_front_outranks_arrival():
    assert queue_score(Priority.IMMINENT, 10**12 + 9) < queue_score(Priority.URGENT, 0)
    assert queue_score(Priority.NORMAL, 500, front=True) < queue_score(Priority.NORMAL, 100)
    assert queue_score(Priority.NORMAL, 0, front=True) > queue_score(Priority.URGENT, 10**12)


def test_less_load_outranks_any_wait():
    assert supporter_score(0, 2 * 10**12) < supporter_score(1, 0)


@pytest.mark.parametrize(("waits", "position", "on_shift", "minutes"), [
    ([], 1, 3, None),
    ([60.0, 120.0, 180.0], 1, 3, 2),
    ([600.0], 4, 2, 25),
    ([5.0], 1, 1, 1),
])
def test_a_rough_wait_comes_from_recent_waits(waits, position, on_shift, minutes):
    assert estimate_wait_minutes(position, waits, on_shift) == minutes


@pytest.mark.parametrize(("previous", "position", "minutes", "now", "due"), [
    (None, 5, 10, 0.0, True),
    (QueueNotice(6, 30, 0.0), 2, 10, 100.0, False),   # news, but too soon
    (QueueNotice(6, 30, 0.0), 2, 10, 400.0, True),    # moved a lot
    (QueueNotice(6, 30, 0.0), 5, 29, 400.0, False),   # barely moved
    (QueueNotice(3, 10, 0.0), 3, 30, 400.0, True),    # the wait grew a lot
])
def test_a_waiting_texter_is_told_again_only_when_it_is_news(previous, position, minutes, now,
                                                             due):
    assert notice_due(previous, position, minutes, now, 300.0) is due
