"""Staff-only messages in a conversation (private notes, whispers) and the read marker."""

from __future__ import annotations

from warmline.store.calls import Call, script_call


class NoteRefused(Exception):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _answer(raw: list[str]) -> str:
    if raw[0] == "error":
        raise NoteRefused(raw[1])
    return raw[1]


def add_note(
    *, conversation_id: str, owner: str, author: str, kind: str, body: str, now_ms: int,
    events_max: int,
) -> Call[str]:
    """Add a note or whisper; answers its message id, raises NoteRefused."""
    return script_call("note", conversation_id, owner, author, kind, body, now_ms, events_max,
                       parse=_answer)


def mark_read(conversation_id: str, owner: str, events_max: int) -> Call[str]:
    return script_call("mark_read", conversation_id, owner, events_max, parse=_answer)
