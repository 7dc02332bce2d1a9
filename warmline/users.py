"""Staff accounts: creating them, and who may do what."""

from __future__ import annotations

import time
from dataclasses import dataclass

from warmline.core.conversations import Role
from warmline.core.numbers import normalise_number
from warmline.errors import BadInput, Conflict
from warmline.passwords import hash_password
from warmline.store import SyncStore, people

USERNAME_CHARS = set("abcdefghijklmnopqrstuvwxyz0123456789._-")


@dataclass(frozen=True)
class User:
    username: str
    role: Role
    display_name: str
    phone: str = ""
    active: bool = True

    @classmethod
    def from_record(cls, record: dict[str, str]) -> User:
        return cls(
            username=record["username"],
            role=Role(record["role"]),
            display_name=record.get("display_name") or record["username"],
            phone=record.get("phone", ""),
            active=record.get("active", "1") == "1",
        )

    def public(self) -> dict[str, str | bool]:
        """What the API shows of a user (the phone only to the user and supervisors)."""
        return {"username": self.username, "role": self.role.value,
                "display_name": self.display_name}


def validate_username(username: str) -> str:
    name = username.strip().lower()
    if not 2 <= len(name) <= 40 or not set(name) <= USERNAME_CHARS:
        raise BadInput("username must be 2-40 characters: letters, digits, '.', '_' or '-'")
    return name


def new_user_record(
    username: str, role: str, password: str, display_name: str = "", phone: str = ""
) -> dict[str, str]:
    """A validated user record, ready to store; raises BadInput on anything wrong."""
    name = validate_username(username)
    try:
        role_value = Role(role).value
    except ValueError:
        raise BadInput(f"role must be one of {', '.join(r.value for r in Role)}") from None
    display = (display_name or name).strip()
    if not 1 <= len(display) <= 60:
        raise BadInput("display name must be 1-60 characters")
    return {
        "username": name,
        "role": role_value,
        "display_name": display,
        "phone": normalise_number(phone) if phone else "",
        "password_hash": hash_password(password),
        "active": "1",
        "created_at": str(int(time.time() * 1000)),
    }


def add_user(store: SyncStore, record: dict[str, str]) -> None:
    if store.run(people.user(record["username"])):
        raise Conflict(f"user {record['username']!r} already exists")
    store.run_all(people.save_user(record))
