"""Conversations, messages and their states."""

from __future__ import annotations

import enum


class ConversationStatus(enum.Enum):
    WAITING = "waiting"
    ACTIVE = "active"
    CLOSED = "closed"


class ShiftStatus(enum.Enum):
    AVAILABLE = "available"
    AWAY = "away"
    OFF = "off"


class Role(enum.Enum):
    SUPPORTER = "supporter"
    SUPERVISOR = "supervisor"
    CLINICIAN = "clinician"


class DeliveryStatus(enum.Enum):
    """An outbound message's life. Rank orders them: a status never moves to a lower rank."""

    PENDING = "pending"
    SENDING = "sending"
    QUEUED = "queued"
    SENT = "sent"
    DELIVERED = "delivered"
    UNDELIVERED = "undelivered"
    FAILED = "failed"
    BLOCKED = "blocked"  # never sent: the texter had opted out

    @property
    def rank(self) -> int:
        return _RANK[self]

    @property
    def final(self) -> bool:
        return self.rank >= _RANK[DeliveryStatus.DELIVERED]


_RANK = {
    DeliveryStatus.PENDING: 0,
    DeliveryStatus.SENDING: 1,
    DeliveryStatus.QUEUED: 2,
    DeliveryStatus.SENT: 3,
    DeliveryStatus.DELIVERED: 4,
    DeliveryStatus.UNDELIVERED: 4,
    DeliveryStatus.FAILED: 4,
    DeliveryStatus.BLOCKED: 4,
}

# Twilio's MessageStatus values, mapped onto ours.
TWILIO_STATUSES = {
    "accepted": DeliveryStatus.QUEUED,
    "scheduled": DeliveryStatus.QUEUED,
    "queued": DeliveryStatus.QUEUED,
    "sending": DeliveryStatus.SENDING,
    "sent": DeliveryStatus.SENT,
    "delivered": DeliveryStatus.DELIVERED,
    "read": DeliveryStatus.DELIVERED,
    "undelivered": DeliveryStatus.UNDELIVERED,
    "failed": DeliveryStatus.FAILED,
    "canceled": DeliveryStatus.FAILED,
}


def later_status(current: DeliveryStatus, reported: DeliveryStatus) -> DeliveryStatus:
    """The status to keep when `reported` arrives: a late `sent` never overwrites `delivered`."""
    return reported if reported.rank > current.rank else current


MAX_REPLY_CHARS = 1600
