"""The register of local orders (приказы): add, edit, delete, and the choices for the card.

An order's file is kept by reference (its path): a file that has gone missing is flagged in
the list, never a reason to refuse the order. An order that something rests on (the card's
administrator appointment, an employment, an enrolment, a movement event) cannot be deleted;
the refusal names what refers to it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from ..data.models import (
    Employment,
    Enrolment,
    MovementEvent,
    Order,
    OrderKind,
    Organisation,
)
from .organisation import ValidationError

_NAMED_REFERENCES = 5  # how many referring records a refusal names before «и ещё N»


@dataclass
class OrderDraft:
    """The editable fields of an order, as plain values."""

    number: str = ""
    issued_on: dt.date | None = None
    title: str = ""
    kind: OrderKind = OrderKind.OTHER
    file_path: str = ""
    note: str = ""


@dataclass(frozen=True)
class OrderChoice:
    """An order as offered in a combobox: its id and «№ 12 от 01.09.2026 «…»»."""

    id: int
    text: str
    kind: OrderKind


class OrderInUseError(ValidationError):
    """The order cannot be deleted: ``references`` names what rests on it."""

    def __init__(self, order_text: str, references: list[str]):
        shown = references[:_NAMED_REFERENCES]
        more = len(references) - len(shown)
        tail = f"; и ещё {more}" if more > 0 else ""
        super().__init__(
            {
                "order": f"Приказ {order_text} нельзя удалить: на него ссылаются "
                + "; ".join(shown)
                + tail
                + "."
            }
        )
        self.references = references


def file_missing(path: str | None) -> bool:
    """True when a file is recorded for the order but is not there (moved, deleted)."""
    return bool(path) and not Path(path or "").is_file()


def order_title_text(order: Order) -> str:
    """«№ 12 от 01.09.2026 «О назначении администратора»» — how letters cite an order."""
    return f"{order.display} «{order.title}»"


def validate_order(draft: OrderDraft, today: dt.date | None = None) -> OrderDraft:
    """Return a cleaned copy of ``draft`` or raise :class:`ValidationError`."""
    today = today or dt.date.today()
    clean = dataclasses.replace(
        draft,
        number=draft.number.strip(),
        title=draft.title.strip(),
        file_path=draft.file_path.strip(),
        note=draft.note.strip(),
    )
    errors: dict[str, str] = {}
    if not clean.number:
        errors["number"] = "Укажите номер приказа."
    elif len(clean.number) > 50:
        errors["number"] = "Номер приказа не длиннее 50 знаков."
    if clean.issued_on is None:
        errors["issued_on"] = "Укажите дату приказа."
    elif clean.issued_on > today:
        errors["issued_on"] = "Дата приказа не может быть в будущем."
    if not clean.title:
        errors["title"] = "Укажите название приказа."
    elif len(clean.title) > 500:
        errors["title"] = "Название приказа не длиннее 500 знаков."
    if not isinstance(clean.kind, OrderKind):
        try:
            clean.kind = OrderKind(clean.kind)
        except ValueError:
            errors["kind"] = "Выберите вид приказа."
    if len(clean.file_path) > 1000:
        errors["file_path"] = "Путь к файлу приказа слишком длинный."
    if errors:
        raise ValidationError(errors)
    return clean


def _check_unique(session: Session, clean: OrderDraft, own_id: int | None) -> None:
    query = select(Order.id).where(Order.number == clean.number, Order.issued_on == clean.issued_on)
    if own_id is not None:
        query = query.where(Order.id != own_id)
    if session.scalar(query) is not None:
        assert clean.issued_on is not None
        raise ValidationError(
            {"number": f"Приказ № {clean.number} от {clean.issued_on:%d.%m.%Y} уже есть в реестре."}
        )


def _store(order: Order, clean: OrderDraft) -> None:
    assert clean.issued_on is not None
    order.number = clean.number
    order.issued_on = clean.issued_on
    order.title = clean.title
    order.kind = clean.kind
    order.file_path = clean.file_path or None
    order.note = clean.note or None


def add_order(session: Session, draft: OrderDraft, *, today: dt.date | None = None) -> int:
    """Validate and store a new order; returns its id."""
    clean = validate_order(draft, today)
    _check_unique(session, clean, None)
    order = Order(number="", issued_on=dt.date.min, title="", kind=clean.kind)
    _store(order, clean)
    session.add(order)
    session.flush()
    return order.id


def update_order(
    session: Session, order_id: int, draft: OrderDraft, *, today: dt.date | None = None
) -> None:
    """Validate and store the changes to an existing order."""
    order = session.get(Order, order_id)
    if order is None:
        raise ValidationError({"order": "Приказ не найден: возможно, его уже удалили."})
    clean = validate_order(draft, today)
    _check_unique(session, clean, order_id)
    _store(order, clean)
    session.flush()


def load_order(session: Session, order_id: int) -> OrderDraft | None:
    order = session.get(Order, order_id)
    if order is None:
        return None
    return OrderDraft(
        number=order.number,
        issued_on=order.issued_on,
        title=order.title,
        kind=order.kind,
        file_path=order.file_path or "",
        note=order.note or "",
    )


def order_references(session: Session, order_id: int) -> list[str]:
    """Russian descriptions of every record that rests on the order."""
    found: list[str] = []
    org = session.get(Organisation, 1)
    if org is not None and org.admin_order_id == order_id:
        found.append("карточка организации (приказ о назначении администратора)")
    employments = session.scalars(
        select(Employment).where(
            or_(Employment.hire_order_id == order_id, Employment.dismiss_order_id == order_id)
        )
    )
    for employment in employments:
        what = "увольнение" if employment.dismiss_order_id == order_id else "приём на работу"
        found.append(f"{what}: {employment.person.full_name}")
    enrolments = session.scalars(
        select(Enrolment).where(
            or_(Enrolment.enrol_order_id == order_id, Enrolment.leave_order_id == order_id)
        )
    )
    for enrolment in enrolments:
        what = "отчисление" if enrolment.leave_order_id == order_id else "зачисление"
        found.append(f"{what}: {enrolment.student.full_name} ({enrolment.group.sferum_class_name})")
    events = session.scalars(select(MovementEvent).where(MovementEvent.order_id == order_id))
    for event in events:
        found.append(
            f"событие движения «{event.kind.label}» от {event.effective_on:%d.%m.%Y}: "
            f"{event.person.full_name}"
        )
    return found


def delete_order(session: Session, order_id: int) -> None:
    """Delete an order nothing rests on; otherwise raise :class:`OrderInUseError`."""
    order = session.get(Order, order_id)
    if order is None:
        return
    references = order_references(session, order_id)
    if references:
        raise OrderInUseError(order.display, references)
    session.delete(order)
    session.flush()


def order_choices(session: Session) -> list[OrderChoice]:
    """Orders for the card's «appointment order» combobox: appointments first, newest first."""
    orders = session.scalars(select(Order).order_by(Order.issued_on.desc(), Order.id.desc()))
    choices = [OrderChoice(o.id, order_title_text(o), o.kind) for o in orders]
    choices.sort(key=lambda c: c.kind != OrderKind.ADMIN_APPOINTMENT)  # stable: keeps dates
    return choices
