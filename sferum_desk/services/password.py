"""The optional password lock: the app asks for it at start and after some idle minutes.

The password itself is never stored: only ``scrypt$<n>$<r>$<p>$<salt>$<hash>`` (hashlib's
memory-hard scrypt, a random 16-byte salt, base64), kept in the database's settings under
``secret.password`` so the audit log records that it changed but not the value. The lock
keeps a casual passer-by out of the children's data on an unattended PC; it does not
encrypt the database file (whoever can read the file can read the data: the file is the
user's only, see ``privacy``). :class:`Throttle` slows guessing down after five wrong tries.
No Qt here.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from ..data.audit import SECRET_PREFIX
from ..data.models import Setting
from ..errors import ValidationError
from .settings import read_int, read_value, write_int, write_value

PASSWORD_KEY = SECRET_PREFIX + "password"
IDLE_MINUTES_KEY = "lock.idle_minutes"
DEFAULT_IDLE_MINUTES = 10
MAX_IDLE_MINUTES = 240  # 0: never lock while the app is open
MIN_LENGTH = 6

# ~16 MiB and ~50 ms per try on a 2-core office PC; stored with the hash, so they can grow.
SCRYPT_N, SCRYPT_R, SCRYPT_P, SALT_BYTES, KEY_BYTES = 2**14, 8, 1, 16, 32

FREE_TRIES = 5  # wrong tries before the wait starts
MAX_WAIT_SECONDS = 60.0


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def hash_password(password: str, *, salt: bytes | None = None) -> str:
    """The stored form of ``password``: scrypt with a random salt, parameters included."""
    salt = os.urandom(SALT_BYTES) if salt is None else salt
    key = hashlib.scrypt(
        password.encode("utf-8"),
        salt=salt,
        n=SCRYPT_N,
        r=SCRYPT_R,
        p=SCRYPT_P,
        maxmem=256 * SCRYPT_N * SCRYPT_R,
        dklen=KEY_BYTES,
    )
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${_b64(salt)}${_b64(key)}"


def matches(password: str, stored: str) -> bool:
    """Whether ``password`` is the one ``stored`` was made from (constant-time compare)."""
    try:
        scheme, n, r, p, salt, key = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(key)
        actual = hashlib.scrypt(
            password.encode("utf-8"),
            salt=base64.b64decode(salt),
            n=int(n),
            r=int(r),
            p=int(p),
            maxmem=256 * int(n) * int(r),
            dklen=len(expected),
        )
    except (ValueError, TypeError):  # a damaged setting: no password can match it
        return False
    return hmac.compare_digest(actual, expected)


def _stored(session: Session) -> str | None:
    value = read_value(session, PASSWORD_KEY)
    return value if isinstance(value, str) and value else None


def has_password(session: Session) -> bool:
    return _stored(session) is not None


def verify_password(session: Session, candidate: str) -> bool:
    stored = _stored(session)
    return stored is not None and matches(candidate, stored)


def _check_old(session: Session, old: str | None) -> None:
    stored = _stored(session)
    if stored is not None and not matches(old or "", stored):
        raise ValidationError({"old": "Текущий пароль введён неверно."})


def set_password(session: Session, new: str, repeat: str, *, old: str | None = None) -> None:
    """Set or change the password; changing needs the current one."""
    _check_old(session, old)
    errors: dict[str, str] = {}
    if len(new) < MIN_LENGTH:
        errors["new"] = f"Пароль: не короче {MIN_LENGTH} знаков."
    elif new.strip() != new:
        errors["new"] = "Пароль не должен начинаться или заканчиваться пробелом."
    elif repeat != new:
        errors["repeat"] = "Пароли не совпадают: введите новый пароль ещё раз."
    if errors:
        raise ValidationError(errors)
    write_value(session, PASSWORD_KEY, hash_password(new))


def remove_password(session: Session, old: str) -> None:
    """Switch the lock off; needs the current password."""
    _check_old(session, old)
    row = session.get(Setting, PASSWORD_KEY)
    if row is not None:
        session.delete(row)
        session.flush()


def idle_minutes(session: Session) -> int:
    """After how many idle minutes the app locks itself (0: never)."""
    return read_int(session, IDLE_MINUTES_KEY, DEFAULT_IDLE_MINUTES, 0, MAX_IDLE_MINUTES)


def set_idle_minutes(session: Session, minutes: int) -> None:
    write_int(
        session,
        IDLE_MINUTES_KEY,
        minutes,
        0,
        MAX_IDLE_MINUTES,
        "idle_minutes",
        "Блокировать после простоя (минут)",
    )


@dataclass
class Throttle:
    """Wrong tries slow further ones down: after :data:`FREE_TRIES` wrong ones, each next
    try waits 1, 2, 4, … seconds (at most :data:`MAX_WAIT_SECONDS`)."""

    clock: Callable[[], float] = time.monotonic
    failures: int = 0
    _next_at: float = field(default=0.0, repr=False)

    def wait(self) -> float:
        """Seconds until the next try is allowed (0: now)."""
        return max(0.0, self._next_at - self.clock())

    def failed(self) -> None:
        self.failures += 1
        if self.failures >= FREE_TRIES:
            delay = min(MAX_WAIT_SECONDS, 2.0 ** (self.failures - FREE_TRIES))
            self._next_at = self.clock() + delay

    def succeeded(self) -> None:
        self.failures = 0
        self._next_at = 0.0

    def attempt(self, check: Callable[[], bool]) -> bool | None:
        """Run ``check`` unless the try must wait (None then); count the outcome."""
        if self.wait() > 0:
            return None
        if check():
            self.succeeded()
            return True
        self.failed()
        return False
