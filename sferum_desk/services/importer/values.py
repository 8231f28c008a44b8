"""Turning raw cell values into text, dates, numbers and domain values."""

from __future__ import annotations

import datetime as dt
import re

from ...data.models import DirectionKind, StaffPosition
from ...data.search import normalize

_SPACES = re.compile(r"\s+")
_DATE_DMY = re.compile(r"^(\d{1,2})[./\-](\d{1,2})[./\-](\d{2}|\d{4})(?:\s*г\.?)?$")
_DATE_YMD = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$")
_EXCEL_SERIAL = (20_000, 80_000)  # 1954 – 2119: a number in a date column is a serial date
_ORDER = re.compile(
    r"^(?:приказ\s*)?(?:№|n|no\.?)?\s*(?P<number>[^\s,;]+?)\s*(?:,|;)?\s*"
    r"(?:от\s+)?(?P<date>\d{1,2}[./\-]\d{1,2}[./\-]\d{2,4})\s*(?:г\.?)?$",
    re.IGNORECASE,
)


class ValueProblemError(ValueError):
    """A cell value that cannot be what its column says; the message is Russian."""


def text(value: object) -> str:
    """A cell as trimmed one-line text; whole numbers lose their «.0», dates read ДД.ММ.ГГГГ.

    Text that begins with «=», «+», «-» or «@» is kept exactly as text."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "да" if value else "нет"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return f"{value:%d.%m.%Y}"
    return _SPACES.sub(" ", str(value)).strip()


def _year(raw: str, today: dt.date) -> int:
    year = int(raw)
    if len(raw) == 2:
        year += 2000 if year <= today.year % 100 else 1900
    return year


def _make_date(year: int, month: int, day: int, shown: str) -> dt.date:
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise ValueProblemError(f"Даты «{shown}» не бывает") from None


def date_value(value: object, today: dt.date) -> dt.date | None:
    """A cell date, an Excel serial number or text like 05.03.2015, 5.3.15, 2015-03-05."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        if _EXCEL_SERIAL[0] <= value <= _EXCEL_SERIAL[1]:
            return dt.date(1899, 12, 30) + dt.timedelta(days=int(value))
        raise ValueProblemError(f"«{text(value)}» — не дата (нужно ДД.ММ.ГГГГ)")
    shown = text(value)
    if not shown:
        return None
    match = _DATE_DMY.match(shown)
    if match:
        day, month, year = match.groups()
        return _make_date(_year(year, today), int(month), int(day), shown)
    match = _DATE_YMD.match(shown)
    if match:
        year, month, day = match.groups()
        return _make_date(int(year), int(month), int(day), shown)
    raise ValueProblemError(f"«{shown}» — не дата (нужно ДД.ММ.ГГГГ)")


def int_value(value: object, low: int, high: int, what: str) -> int | None:
    shown = text(value)
    if not shown:
        return None
    digits = re.match(r"^(\d+)", shown)
    if digits is None or not low <= int(digits.group(1)) <= high:
        raise ValueProblemError(f"{what} «{shown}»: нужно число от {low} до {high}")
    return int(digits.group(1))


def split_full_name(full: str) -> tuple[str, str, str]:
    """«Иванова Анна Петровна» → (surname, name, patronymic); «оглы» stays with the
    patronymic."""
    parts = full.replace(",", " ").split()
    if not parts:
        return "", "", ""
    last = parts[0]
    first = parts[1] if len(parts) > 1 else ""
    middle = " ".join(parts[2:])
    return last, first, middle


_DIRECTION_STEMS: tuple[tuple[str, DirectionKind], ...] = (
    ("техн", DirectionKind.TECHNICAL),
    ("естеств", DirectionKind.NATURAL_SCIENCE),
    ("физкульт", DirectionKind.SPORTS),
    ("спорт", DirectionKind.SPORTS),
    ("художеств", DirectionKind.ARTS),
    ("турист", DirectionKind.TOURISM),
    ("краевед", DirectionKind.TOURISM),
    ("социально", DirectionKind.SOCIAL),
    ("гуманитар", DirectionKind.SOCIAL),
)


def direction_kind(raw: str) -> DirectionKind | None:
    key = normalize(raw)
    for stem, kind in _DIRECTION_STEMS:
        if key.startswith(stem) or f" {stem}" in key:
            return kind
    return None


def staff_position(raw: str) -> StaffPosition:
    key = normalize(raw)
    if key.startswith("зам") or "заместител" in key:
        return StaffPosition.DEPUTY
    if "директор" in key:
        return StaffPosition.DIRECTOR
    if "организатор" in key:
        return StaffPosition.ORGANISER
    if "методист" in key:
        return StaffPosition.METHODIST
    if any(w in key for w in ("педагог", "учител", "преподават", "тренер", "концертмейстер")):
        return StaffPosition.TEACHER
    return StaffPosition.OTHER


def order_reference(raw: str, today: dt.date) -> tuple[str, dt.date]:
    """«№ 45-у от 01.09.2026» → («45-у», 2026-09-01)."""
    shown = text(raw)
    match = _ORDER.match(shown)
    if match is None:
        raise ValueProblemError(
            f"«{shown}»: нужен номер и дата приказа, например «№ 45 от 01.09.2026»"
        )
    day = date_value(match.group("date"), today)
    assert day is not None
    return match.group("number").lstrip("№").strip(), day
