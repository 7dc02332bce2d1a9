"""Who may read and write which conversation: one rule, used by every endpoint."""

from __future__ import annotations

from typing import Any

from warmline.core.conversations import Role
from warmline.users import User


def can_read(user: User, conversation: dict[str, Any]) -> bool:
    """Supervisors read everything; a supporter their own; a clinician any flagged one."""
    if user.role is Role.SUPERVISOR or conversation.get("supporter") == user.username:
        return True
    return user.role is Role.CLINICIAN and bool(conversation.get("flagged"))


def writes_as_owner(user: User, conversation: dict[str, Any]) -> bool:
    """Whether `user` must be the conversation's supporter to write in it (the store checks)."""
    return not (user.role is Role.SUPERVISOR or (
        user.role is Role.CLINICIAN and bool(conversation.get("flagged"))))
