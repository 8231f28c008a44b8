"""The organisation card and the records every Centre database always has.

``ensure_base_records`` is idempotent: the six directions, the «Учительская» class and the
two system channels exist in every database, whatever created it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..data.models import (
    Channel,
    Direction,
    DirectionKind,
    Group,
    GroupKind,
    Order,
    Organisation,
    SferumClassState,
    SystemChannel,
)
from ..errors import ValidationError

STAFF_ROOM_NAME = "Учительская"
SYSTEM_CHANNEL_COLOURS = {SystemChannel.CENTRE: "#1f77b4", SystemChannel.STAFF: "#2ca02c"}

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_URL = re.compile(r"^https?://[^\s/]+\.[^\s]+$")


@dataclass
class OrganisationCard:
    """The editable fields of the organisation card, as plain values."""

    full_name: str = ""
    short_name: str = ""
    inn: str = ""
    kpp: str = ""
    ogrn: str = ""
    legal_address: str = ""
    postal_address: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""
    director_name: str = ""
    director_position: str = "Директор"
    admin_name: str = ""
    admin_position: str = ""
    admin_email: str = ""
    admin_phone: str = ""
    admin_order_id: int | None = None  # the order appointing the administrator
    sferum_org_url: str = ""
    application_sent_on: dt.date | None = None
    org_registered_on: dt.date | None = None
    admin_registered_on: dt.date | None = None


CARD_FIELDS = tuple(f.name for f in dataclasses.fields(OrganisationCard))
DATE_FIELDS = frozenset(("application_sent_on", "org_registered_on", "admin_registered_on"))
OPTIONAL_FIELDS = DATE_FIELDS | {"admin_order_id"}  # None, not "", when empty


def normalize_phone(raw: str) -> str | None:
    """A Russian phone in the form +79001234567, or None when it cannot be one."""
    digits = re.sub(r"\D", "", raw)
    if len(digits) == 10 and digits[0] == "9":
        digits = "7" + digits
    if len(digits) == 11 and digits[0] in "78":
        return "+7" + digits[1:]
    return None


def _checksum_ok(digits: str, weights: list[int]) -> bool:
    total = sum(int(d) * w for d, w in zip(digits, weights, strict=False))
    return total % 11 % 10 == int(digits[len(weights)])


def inn_valid(inn: str) -> bool:
    """Checks a legal entity's (10 digits) or a person's (12 digits) INN checksum."""
    if not inn.isdigit():
        return False
    if len(inn) == 10:
        return _checksum_ok(inn, [2, 4, 10, 3, 5, 9, 4, 6, 8])
    if len(inn) == 12:
        return _checksum_ok(inn, [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) and _checksum_ok(
            inn, [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
        )
    return False


def ogrn_valid(ogrn: str) -> bool:
    if not ogrn.isdigit():
        return False
    if len(ogrn) == 13:
        return int(ogrn[:12]) % 11 % 10 == int(ogrn[12])
    if len(ogrn) == 15:
        return int(ogrn[:14]) % 13 % 10 == int(ogrn[14])
    return False


def validate_card(card: OrganisationCard, today: dt.date | None = None) -> OrganisationCard:
    """Return a cleaned copy of ``card`` or raise :class:`ValidationError`."""
    today = today or dt.date.today()
    clean = dataclasses.replace(card)
    for name in CARD_FIELDS:
        value = getattr(clean, name)
        if isinstance(value, str):
            setattr(clean, name, value.strip())
    errors: dict[str, str] = {}
    if not clean.full_name:
        errors["full_name"] = "Укажите полное наименование организации."
    if not clean.short_name:
        errors["short_name"] = "Укажите краткое наименование организации."
    if clean.inn and not inn_valid(clean.inn):
        errors["inn"] = "ИНН должен состоять из 10 или 12 цифр с верной контрольной суммой."
    if clean.kpp and not re.fullmatch(r"\d{4}[\dA-Z]{2}\d{3}", clean.kpp):
        errors["kpp"] = "КПП должен состоять из 9 знаков."
    if clean.ogrn and not ogrn_valid(clean.ogrn):
        errors["ogrn"] = "ОГРН должен состоять из 13 цифр с верной контрольной цифрой."
    for name, label in (
        ("phone", "Телефон организации"),
        ("admin_phone", "Телефон администратора"),
    ):
        value = getattr(clean, name)
        if value:
            phone = normalize_phone(value)
            if phone is None:
                errors[name] = f"{label}: нужен российский номер, например +7 900 123-45-67."
            else:
                setattr(clean, name, phone)
    for name, label in (
        ("email", "Эл. почта организации"),
        ("admin_email", "Эл. почта администратора"),
    ):
        value = getattr(clean, name)
        if value and not _EMAIL.match(value):
            errors[name] = f"{label}: адрес указан неверно."
    for name, label in (("website", "Сайт"), ("sferum_org_url", "Страница организации в Сферуме")):
        value = getattr(clean, name)
        if value and not _URL.match(value):
            errors[name] = f"{label}: укажите адрес, начинающийся с https://."
    for name, label in (
        ("application_sent_on", "Дата отправки заявки"),
        ("org_registered_on", "Дата регистрации организации"),
        ("admin_registered_on", "Дата регистрации администратора"),
    ):
        value = getattr(clean, name)
        if value and value > today:
            errors[name] = f"{label} не может быть в будущем."
    if (
        clean.application_sent_on
        and clean.org_registered_on
        and clean.org_registered_on < clean.application_sent_on
    ):
        errors["org_registered_on"] = "Организация не может быть зарегистрирована раньше заявки."
    if errors:
        raise ValidationError(errors)
    return clean


def load_card(session: Session) -> OrganisationCard | None:
    org = session.get(Organisation, 1)
    if org is None:
        return None
    values: dict[str, Any] = {}
    for name in CARD_FIELDS:
        value = getattr(org, name)
        values[name] = value if value is not None or name in OPTIONAL_FIELDS else ""
    return OrganisationCard(**values)


def save_card(session: Session, card: OrganisationCard) -> OrganisationCard:
    """Validate and store the card (creating the organisation on first save)."""
    clean = validate_card(card)
    if clean.admin_order_id is not None and session.get(Order, clean.admin_order_id) is None:
        raise ValidationError(
            {"admin_order_id": "Выбранный приказ о назначении администратора не найден."}
        )
    org = session.get(Organisation, 1)
    if org is None:
        org = Organisation(id=1)
        session.add(org)
    for name in CARD_FIELDS:
        value = getattr(clean, name)
        setattr(org, name, value if value != "" else None)
    ensure_base_records(session)
    session.flush()
    return clean


def organisation_name(session: Session) -> str | None:
    org = session.get(Organisation, 1)
    return org.short_name if org else None


def ensure_base_records(session: Session) -> None:
    """Create the six directions, the «Учительская» and the two system channels if absent."""
    have = set(session.scalars(select(Direction.kind)))
    for kind in DirectionKind:
        if kind not in have:
            session.add(Direction(kind=kind, name=kind.label))
    staff_room = session.scalar(select(Group).where(Group.kind == GroupKind.STAFF_ROOM))
    if staff_room is None:
        session.add(
            Group(
                kind=GroupKind.STAFF_ROOM,
                sferum_class_name=STAFF_ROOM_NAME,
                sferum_state=SferumClassState.NOT_CREATED,
            )
        )
    channels = set(
        session.scalars(select(Channel.system_key).where(Channel.system_key.is_not(None)))
    )
    for key in SystemChannel:
        if key not in channels:
            session.add(Channel(name=key.label, system_key=key, colour=SYSTEM_CHANNEL_COLOURS[key]))
    session.flush()
