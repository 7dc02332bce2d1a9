"""Password hashing with Argon2id (argon2-cffi's defaults follow RFC 9106)."""

from __future__ import annotations

from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from warmline.errors import BadInput

_hasher = PasswordHasher()
MIN_PASSWORD_CHARS = 10


@cache
def _dummy_hash() -> str:
    """Verified against when the user does not exist, so a login takes as long either way."""
    return _hasher.hash("not-a-real-password-at-all")


def hash_password(password: str) -> str:
    if len(password) < MIN_PASSWORD_CHARS:
        raise BadInput(f"password must have at least {MIN_PASSWORD_CHARS} characters")
    return _hasher.hash(password)


def check_password(stored_hash: str | None, password: str) -> bool:
    try:
        return _hasher.verify(stored_hash or _dummy_hash(), password) and stored_hash is not None
    except (VerificationError, InvalidHashError):
        return False
