"""Typed settings: defaults, validated saves, values surviving a new session."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from sferum_desk.data import models as m
from sferum_desk.data.engine import Database
from sferum_desk.services import settings
from sferum_desk.services.organisation import ValidationError


def test_defaults_when_nothing_saved(db: Database) -> None:
    with db.session() as s:
        assert settings.allowed_invite_hosts(s) == ["sferum.ru", "vk.me", "vk.com", "max.ru"]
        assert settings.invite_unclaimed_days(s) == 14


def test_saved_values_are_read_back_in_a_new_session(db: Database) -> None:
    with db.transaction() as s:
        settings.set_allowed_invite_hosts(s, [" Sferum.RU ", "max.ru", "sferum.ru", "", "школа.рф"])
        settings.set_invite_unclaimed_days(s, 30)
    with db.session() as s:
        assert settings.allowed_invite_hosts(s) == ["sferum.ru", "max.ru", "xn--80atdl2c.xn--p1ai"]
        assert settings.invite_unclaimed_days(s) == 30
        assert (
            s.scalar(select(m.Setting.value).where(m.Setting.key == "invites.unclaimed_days"))
            == "30"
        )
    with db.transaction() as s:
        settings.set_invite_unclaimed_days(s, 7)
    with db.session() as s:
        assert settings.invite_unclaimed_days(s) == 7


@pytest.mark.parametrize(
    "hosts",
    [
        ["https://sferum.ru"],
        ["sferum.ru/path"],
        ["sferum.ru:443"],
        ["*.sferum.ru"],
        ["user@sferum.ru"],
        ["localhost"],
        ["-bad.ru"],
        [],
        ["  "],
    ],
)
def test_bad_host_lists_are_refused_and_nothing_is_saved(db: Database, hosts: list[str]) -> None:
    with db.session() as s, pytest.raises(ValidationError) as error:
        settings.set_allowed_invite_hosts(s, hosts)
    assert "Разрешённые узлы" in error.value.errors["hosts"]
    with db.session() as s:
        assert settings.allowed_invite_hosts(s) == list(settings.DEFAULT_INVITE_HOSTS)


@pytest.mark.parametrize("days", [0, 366, -5, True, 14.5])
def test_unclaimed_days_out_of_range_are_refused(db: Database, days: int) -> None:
    with db.session() as s, pytest.raises(ValidationError) as error:
        settings.set_invite_unclaimed_days(s, days)
    assert "от 1 до 365" in error.value.errors["unclaimed_days"]


def test_unreadable_stored_value_reads_as_default(db: Database) -> None:
    with db.transaction() as s:
        s.add(m.Setting(key="invites.unclaimed_days", value="not json"))
        s.add(m.Setting(key="invites.allowed_hosts", value='"sferum.ru"'))
    with db.session() as s:
        assert settings.invite_unclaimed_days(s) == 14
        assert settings.allowed_invite_hosts(s) == list(settings.DEFAULT_INVITE_HOSTS)
