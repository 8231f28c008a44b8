"""The orders register through the service: add, edit, delete, refusals in Russian."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select

from sferum_desk.data import models as m
from sferum_desk.data.engine import Database
from sferum_desk.services import listings, orders
from sferum_desk.services import organisation as org
from sferum_desk.services.orders import OrderDraft, OrderInUseError
from sferum_desk.services.organisation import ValidationError

from .ui_helpers import populate_small

TODAY = dt.date(2026, 11, 16)
APPOINTMENT = OrderDraft(
    number="12-ОД",
    issued_on=dt.date(2026, 9, 1),
    title="О назначении администратора ИКОП «Сферум»",
    kind=m.OrderKind.ADMIN_APPOINTMENT,
)


def add(db: Database, draft: OrderDraft) -> int:
    with db.transaction() as s:
        return orders.add_order(s, draft, today=TODAY)


def test_an_order_is_added_edited_and_listed(db: Database, tmp_path: Path) -> None:
    file = tmp_path / "Приказ 12.pdf"
    file.write_bytes(b"%PDF-1.4")
    order_id = add(db, dataclasses.replace(APPOINTMENT, number=" 12-ОД ", file_path=str(file)))
    with db.session() as s:
        stored = orders.load_order(s, order_id)
        assert stored is not None
        assert stored.number == "12-ОД"
        assert stored.file_path == str(file)
    with db.transaction() as s:
        orders.update_order(
            s,
            order_id,
            dataclasses.replace(stored, title="О назначении администратора"),
            today=TODAY,
        )
    with db.session() as s:
        (row,) = listings.list_orders(s)
    assert row.title == "О назначении администратора"
    assert row.kind == "Назначение администратора"
    assert not row.file_missing


def test_a_missing_file_is_kept_and_flagged(db: Database, tmp_path: Path) -> None:
    gone = tmp_path / "нет такого.docx"
    add(db, dataclasses.replace(APPOINTMENT, file_path=str(gone)))  # not refused
    with db.session() as s:
        (row,) = listings.list_orders(s)
    assert row.file_path == str(gone)
    assert row.file_missing


def test_invalid_orders_are_refused_field_by_field(db: Database) -> None:
    draft = OrderDraft(number=" ", issued_on=TODAY + dt.timedelta(days=1), title="")
    with pytest.raises(ValidationError) as info:
        add(db, draft)
    assert info.value.errors == {
        "number": "Укажите номер приказа.",
        "issued_on": "Дата приказа не может быть в будущем.",
        "title": "Укажите название приказа.",
    }
    with db.session() as s:
        assert listings.list_orders(s) == []


def test_the_same_number_and_date_is_refused(db: Database) -> None:
    first = add(db, APPOINTMENT)
    with pytest.raises(ValidationError) as info:
        add(db, dataclasses.replace(APPOINTMENT, title="Другой"))
    assert info.value.errors["number"] == "Приказ № 12-ОД от 01.09.2026 уже есть в реестре."
    # The same number on another date is another order.
    other = add(db, dataclasses.replace(APPOINTMENT, issued_on=dt.date(2025, 9, 1)))
    # And an edit may not collide with another order either.
    with pytest.raises(ValidationError), db.transaction() as s:
        orders.update_order(
            s, other, dataclasses.replace(APPOINTMENT, issued_on=dt.date(2026, 9, 1)), today=TODAY
        )
    with db.transaction() as s:  # editing an order without changing its key is fine
        orders.update_order(s, first, APPOINTMENT, today=TODAY)


def test_an_order_something_rests_on_is_not_deleted(db: Database) -> None:
    populate_small(db)
    with db.session() as s:
        leave = s.scalar(select(m.Order).where(m.Order.number == "52-К"))
        platform = s.scalar(select(m.Order).where(m.Order.number == "1-ОД"))
        assert leave is not None and platform is not None
        leave_id, platform_id = leave.id, platform.id
    with pytest.raises(OrderInUseError) as info, db.transaction() as s:
        orders.delete_order(s, leave_id)
    message = str(info.value)
    assert message.startswith("Приказ № 52-К от 15.10.2026 нельзя удалить: на него ссылаются")
    assert "увольнение: Кузнецов Пётр Андреевич" in message
    assert "отчисление: Лёвин Артём Олегович" in message
    assert "событие движения" in message

    # The card's appointment order is named too.
    with db.transaction() as s:
        card = org.load_card(s)
        assert card is not None
        org.save_card(s, dataclasses.replace(card, admin_order_id=platform_id))
    with pytest.raises(OrderInUseError) as info, db.transaction() as s:
        orders.delete_order(s, platform_id)
    assert "карточка организации (приказ о назначении администратора)" in str(info.value)
    with db.session() as s:
        assert s.get(m.Order, platform_id) is not None

    # Free it and the order goes.
    with db.transaction() as s:
        card = org.load_card(s)
        assert card is not None
        org.save_card(s, dataclasses.replace(card, admin_order_id=None))
    with db.transaction() as s:
        orders.delete_order(s, platform_id)
    with db.session() as s:
        assert s.get(m.Order, platform_id) is None


def test_appointment_orders_come_first_in_the_choices(db: Database) -> None:
    populate_small(db)
    add(db, APPOINTMENT)
    with db.session() as s:
        choices = orders.order_choices(s)
    assert choices[0].text == "№ 12-ОД от 01.09.2026 «О назначении администратора ИКОП «Сферум»»"
    assert [c.kind for c in choices[1:]] == [m.OrderKind.MOVEMENT] * 2 + [m.OrderKind.PLATFORM_USE]


def test_the_card_keeps_the_appointment_order(db: Database) -> None:
    order_id = add(db, APPOINTMENT)
    with db.transaction() as s:
        card = org.load_card(s)
        assert card is not None and card.admin_order_id is None
        org.save_card(s, dataclasses.replace(card, admin_order_id=order_id))
    with db.session() as s:
        card = org.load_card(s)
        assert card is not None and card.admin_order_id == order_id
    with pytest.raises(ValidationError) as info, db.transaction() as s:
        org.save_card(s, dataclasses.replace(card, admin_order_id=order_id + 100))
    assert "admin_order_id" in info.value.errors
