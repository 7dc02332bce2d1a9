"""Every Redis key warmline uses, in one place.

Lua scripts build the same names from the prefix they are given; keep `lua/*.lua` in step.
All keys live in one hash slot family-free namespace, so the line needs a single Redis (with
replicas and Sentinel for failover), not a cluster.
"""

from __future__ import annotations

PREFIX = "wl:"


def texter(texter_id: str) -> str:
    return f"{PREFIX}texter:{texter_id}"


TEXTERS_BY_NUMBER = f"{PREFIX}texters:by_number"


def texter_conversations(texter_id: str) -> str:
    return f"{PREFIX}texter:{texter_id}:conversations"


def conversation(conversation_id: str) -> str:
    return f"{PREFIX}conversation:{conversation_id}"


def conversation_messages(conversation_id: str) -> str:
    return f"{PREFIX}conversation:{conversation_id}:messages"


CONVERSATIONS = f"{PREFIX}conversations"  # sorted set: every conversation by creation time


def message(message_id: str) -> str:
    return f"{PREFIX}message:{message_id}"


MESSAGES_BY_SID = f"{PREFIX}messages:by_sid"


def inbound_sid(message_sid: str) -> str:
    return f"{PREFIX}inbound:{message_sid}"


QUEUE = f"{PREFIX}queue"
AVAILABLE = f"{PREFIX}supporters:available"
ON_SHIFT = f"{PREFIX}supporters:on_shift"


def shift(username: str) -> str:
    return f"{PREFIX}shift:{username}"


def supporter_conversations(username: str) -> str:
    return f"{PREFIX}supporter:{username}:conversations"


def user(username: str) -> str:
    return f"{PREFIX}user:{username}"


USERS = f"{PREFIX}users"
STAFF_BY_PHONE = f"{PREFIX}staff:by_phone"


def session(token: str) -> str:
    return f"{PREFIX}session:{token}"


EVENTS = f"{PREFIX}events"
# Work owed to RQ, pushed by the Lua scripts as they change state ("send:<message id>",
# "send-urgent:<message id>", "introduce:<conversation id>:<username>",
# "place:<conversation id>", "page:<escalation id>:<rung>"); the dispatcher in each
# worker process turns every item into an RQ job.
DISPATCH = f"{PREFIX}dispatch"
OUTBOX = f"{PREFIX}outbox"
WAIT_SAMPLES = f"{PREFIX}stats:waits"


def queue_notice(conversation_id: str) -> str:
    return f"{PREFIX}conversation:{conversation_id}:queue_notice"


def sending(message_id: str) -> str:
    return f"{PREFIX}sending:{message_id}"


def send_slot(sender: str) -> str:
    return f"{PREFIX}send_slot:{sender}"


AUDIT = f"{PREFIX}audit"  # stream: every step of every escalation, and who did it


def escalation(escalation_id: str) -> str:
    return f"{PREFIX}escalation:{escalation_id}"


def escalation_code(code: str) -> str:
    return f"{PREFIX}escalations:code:{code}"


ESCALATIONS_OPEN = f"{PREFIX}escalations:open"
ON_CALL = f"{PREFIX}oncall"  # list: clinicians' usernames, first paged first
CANNED = f"{PREFIX}canned"  # hash: id -> JSON {id, title, body, updated_by, updated_at}
CANNED_SEQ = f"{PREFIX}seq:canned"
# Continuity: the line's opening hours (JSON), and conversations held until the line can take
# them (sorted set by arrival: after hours, or over the daily contact limit).
OPENING_HOURS = f"{PREFIX}opening_hours"
HELD = f"{PREFIX}held"
# Follow-ups owed: sorted set of "<texter id>:<token>" by due time (epoch ms).
FOLLOW_UPS = f"{PREFIX}followups"
