"""The organisation card: validation messages and what is stored."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import func, select

from sferum_desk.data.models import Channel, Direction, Group, GroupKind, SystemChannel
from sferum_desk.services import organisation as org
from sferum_desk.services.organisation import OrganisationCard, ValidationError

VALID_INN = "7707083893"
VALID_OGRN = "1027700132195"


def test_checksums() -> None:
    assert org.inn_valid(VALID_INN)
    assert not org.inn_valid("7707083894")
    assert org.inn_valid("500100732259")
    assert org.ogrn_valid(VALID_OGRN)
    assert not org.ogrn_valid("1027700132196")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("8 (900) 123-45-67", "+79001234567"),
        ("+7 900 123 45 67", "+79001234567"),
        ("9001234567", "+79001234567"),
        ("123", None),
        ("+1 202 555 0101", None),
    ],
)
def test_phone_normalisation(raw: str, expected: str | None) -> None:
    assert org.normalize_phone(raw) == expected


def test_invalid_card_lists_every_bad_field_in_russian(db) -> None:
    card = OrganisationCard(
        full_name=" ",
        short_name="ДЮЦ",
        inn="1234567890",
        email="not-an-email",
        admin_phone="12",
        sferum_org_url="sferum.ru",
        application_sent_on=dt.date.today() + dt.timedelta(days=3),
    )
    with pytest.raises(ValidationError) as info, db.transaction() as s:
        org.save_card(s, card)
    errors = info.value.errors
    assert set(errors) == {
        "full_name",
        "inn",
        "email",
        "admin_phone",
        "sferum_org_url",
        "application_sent_on",
    }
    assert "ИНН" in errors["inn"]
    with db.session() as s:
        assert org.load_card(s).short_name == "МБУ ДО ДЮЦ «Контакт»"


def test_card_round_trip_with_normalisation(db) -> None:
    card = OrganisationCard(
        full_name="МБУ ДО ДЮЦ «Контакт»",
        short_name="ДЮЦ «Контакт»",
        inn=VALID_INN,
        ogrn=VALID_OGRN,
        admin_name="Сергеева Анна Павловна",
        admin_phone="8 (912) 000-11-22",
        admin_email="admin@kontakt.ru",
        sferum_org_url="https://sferum.ru/?p=school&schoolId=1",
        application_sent_on=dt.date(2026, 9, 2),
        org_registered_on=dt.date(2026, 9, 10),
    )
    with db.transaction() as s:
        org.save_card(s, card)
    with db.session() as s:
        stored = org.load_card(s)
    assert stored == dataclasses.replace(card, admin_phone="+79120001122")


def test_base_records_exist_once(db) -> None:
    with db.transaction() as s:
        org.ensure_base_records(s)
        org.ensure_base_records(s)
    with db.session() as s:
        assert s.scalar(select(func.count(Direction.id))) == 6
        assert s.scalar(select(func.count()).where(Group.kind == GroupKind.STAFF_ROOM)) == 1
        keys = set(s.scalars(select(Channel.system_key)))
        assert keys == {SystemChannel.CENTRE, SystemChannel.STAFF}
        names = set(s.scalars(select(Channel.name)))
        assert names == {"ЦентрКонтакт канал", "канал Сотрудники"}
