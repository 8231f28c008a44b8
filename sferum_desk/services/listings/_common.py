"""Small helpers shared by the listing modules: names, dates, text joins."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from ...data.models import Order, Person
from ...data.models.enums import LabeledEnum


def today_or(on: dt.date | None) -> dt.date:
    return on or dt.date.today()


def is_active(start: dt.date, end: dt.date | None, day: dt.date) -> bool:
    """The same predicate as ``services.stats``: started on or before ``day``, not ended."""
    return start <= day and (end is None or end > day)


def name_of(person: Person | None) -> str | None:
    return person.full_name if person is not None else None


def short_name_of(person: Person | None) -> str | None:
    return person.short_name if person is not None else None


def order_text(order: Order | None) -> str | None:
    return order.display if order is not None else None


def label_of(value: LabeledEnum | None) -> str | None:
    return value.label if value is not None else None


def join_text(items: Iterable[Any], sep: str = "; ") -> str:
    """Join the non-empty items once each, keeping their order."""
    seen: dict[str, None] = {}
    for item in items:
        if item not in (None, ""):
            seen.setdefault(str(item), None)
    return sep.join(seen)


def age_on(birth: dt.date | None, day: dt.date) -> int | None:
    if birth is None:
        return None
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))
