"""The password lock's service: only a salted scrypt hash is kept, the audit hides it,
changing needs the old password, and wrong tries slow further ones down."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from sferum_desk.data import models as m
from sferum_desk.data.engine import Database
from sferum_desk.errors import ValidationError
from sferum_desk.services import password


def test_the_hash_is_salted_scrypt_and_never_the_password() -> None:
    first = password.hash_password("Сферум-2026")
    second = password.hash_password("Сферум-2026")
    assert first.startswith("scrypt$16384$8$1$")
    assert first != second  # a random salt each time
    assert "Сферум" not in first
    assert password.matches("Сферум-2026", first) and password.matches("Сферум-2026", second)
    assert not password.matches("сферум-2026", first)
    assert not password.matches("Сферум-2026", "scrypt$16384$8$1$broken")
    assert not password.matches("Сферум-2026", "plain:Сферум-2026")


def test_set_verify_change_and_remove(db: Database) -> None:
    with db.session() as s:
        assert not password.has_password(s)
        assert not password.verify_password(s, "")
    with db.transaction() as s:
        password.set_password(s, "секрет123", "секрет123")
    with db.session() as s:
        assert password.has_password(s)
        assert password.verify_password(s, "секрет123")
        assert not password.verify_password(s, "секрет12")
        stored = s.get(m.Setting, password.PASSWORD_KEY).value
    assert "секрет123" not in stored and json.loads(stored).startswith("scrypt$")

    with pytest.raises(ValidationError) as refused, db.transaction() as s:
        password.set_password(s, "новый-пароль", "новый-пароль", old="не тот")
    assert refused.value.errors == {"old": "Текущий пароль введён неверно."}
    with pytest.raises(ValidationError) as refused, db.transaction() as s:
        password.set_password(s, "коротк", "коротк2", old="секрет123")
    assert refused.value.errors == {"repeat": "Пароли не совпадают: введите новый пароль ещё раз."}
    with pytest.raises(ValidationError) as refused, db.transaction() as s:
        password.set_password(s, "12345", "12345", old="секрет123")
    assert refused.value.errors == {"new": "Пароль: не короче 6 знаков."}
    with db.transaction() as s:
        password.set_password(s, "новый-пароль", "новый-пароль", old="секрет123")
    with db.session() as s:
        assert password.verify_password(s, "новый-пароль")
        assert not password.verify_password(s, "секрет123")

    with pytest.raises(ValidationError), db.transaction() as s:
        password.remove_password(s, "секрет123")
    with db.transaction() as s:
        password.remove_password(s, "новый-пароль")
    with db.session() as s:
        assert not password.has_password(s)


def test_the_audit_log_says_the_password_changed_but_not_to_what(db: Database) -> None:
    with db.transaction() as s:
        password.set_password(s, "секрет123", "секрет123")
    with db.transaction() as s:
        password.set_password(s, "другой123", "другой123", old="секрет123")
    with db.transaction() as s:
        password.remove_password(s, "другой123")
    with db.session() as s:
        entries = s.scalars(
            select(m.AuditEntry)
            .where(m.AuditEntry.entity == "setting")
            .where(m.AuditEntry.entity_id == password.PASSWORD_KEY)
            .order_by(m.AuditEntry.id)
        ).all()
    assert [e.action for e in entries] == [
        m.AuditAction.INSERT,
        m.AuditAction.UPDATE,
        m.AuditAction.DELETE,
    ]
    changes = [json.loads(e.changes) for e in entries]
    assert changes[0] == {"key": [None, password.PASSWORD_KEY], "value": [None, "***"]}
    assert changes[1] == {"value": ["***", "***"]}
    assert changes[2] == {"key": [password.PASSWORD_KEY, None], "value": ["***", None]}
    assert not any("scrypt" in e.changes or "123" in e.changes for e in entries)


def test_other_settings_are_still_logged_with_their_values(db: Database) -> None:
    with db.transaction() as s:
        password.set_idle_minutes(s, 30)
    with db.session() as s:
        entry = s.scalars(
            select(m.AuditEntry).where(m.AuditEntry.entity_id == password.IDLE_MINUTES_KEY)
        ).one()
    assert json.loads(entry.changes)["value"] == [None, "30"]


def test_idle_minutes_setting(db: Database) -> None:
    with db.session() as s:
        assert password.idle_minutes(s) == 10
    with db.transaction() as s:
        password.set_idle_minutes(s, 0)
    with db.session() as s:
        assert password.idle_minutes(s) == 0
    with pytest.raises(ValidationError) as refused, db.transaction() as s:
        password.set_idle_minutes(s, 241)
    assert "от 0 до 240" in refused.value.errors["idle_minutes"]


def test_five_wrong_tries_then_each_waits_longer() -> None:
    now = [100.0]
    throttle = password.Throttle(clock=lambda: now[0])
    for _ in range(4):
        assert throttle.attempt(lambda: False) is False
        assert throttle.wait() == 0
    assert throttle.attempt(lambda: False) is False  # the fifth
    assert throttle.wait() == 1.0
    assert throttle.attempt(lambda: True) is None  # even the right one waits
    now[0] += 1.0
    assert throttle.attempt(lambda: False) is False
    assert throttle.wait() == 2.0
    now[0] += 2.0
    assert throttle.attempt(lambda: False) is False
    assert throttle.wait() == 4.0
    for _ in range(10):
        now[0] += throttle.wait()
        throttle.attempt(lambda: False)
    assert throttle.wait() == password.MAX_WAIT_SECONDS
    now[0] += throttle.wait()
    assert throttle.attempt(lambda: True) is True
    assert throttle.failures == 0 and throttle.wait() == 0
