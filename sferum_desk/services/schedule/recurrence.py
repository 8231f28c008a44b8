"""Recurrence rules of post series: RFC 5545 RRULE text, Russian description, expansion."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from dateutil import rrule

from ..nomenclature.common import plural
from ..organisation import ValidationError

MAX_OCCURRENCES = 400
FREQS = {"daily": rrule.DAILY, "weekly": rrule.WEEKLY, "monthly": rrule.MONTHLY}
_DAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_DAY_SHORT = ("пн", "вт", "ср", "чт", "пт", "сб", "вс")


def _join(words: list[str]) -> str:
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " и " + words[-1]


@dataclass(frozen=True)
class Recurrence:
    """How a series repeats: daily, weekly on given weekdays or monthly on a day, until a
    date or a number of times."""

    freq: str  # "daily" | "weekly" | "monthly"
    interval: int = 1
    weekdays: tuple[int, ...] = ()  # weekly: 0=Mon … 6=Sun (none: the first post's weekday)
    month_day: int | None = None  # monthly: 1..31 (31 → the last day in short months)
    until: dt.date | None = None  # one of until / count is required
    count: int | None = None

    # -- checks ----------------------------------------------------------------------------

    def problems(self) -> dict[str, str]:
        """Field → Russian message for what is wrong with the rule (empty when valid)."""
        errors: dict[str, str] = {}
        if self.freq not in FREQS:
            errors["freq"] = "Повтор: выберите «ежедневно», «еженедельно» или «ежемесячно»"
        if not isinstance(self.interval, int) or not 1 <= self.interval <= 99:
            errors["interval"] = "Повтор: интервал — целое число от 1 до 99"
        if any(not 0 <= d <= 6 for d in self.weekdays):
            errors["weekdays"] = "Повтор: дни недели — от понедельника до воскресенья"
        if self.month_day is not None and not 1 <= self.month_day <= 31:
            errors["month_day"] = "Повтор: число месяца — от 1 до 31"
        if (self.until is None) == (self.count is None):
            errors["until"] = "Повтор: укажите либо дату окончания, либо число повторений"
        elif self.count is not None and not 1 <= self.count <= MAX_OCCURRENCES:
            errors["count"] = f"Повтор: число повторений — от 1 до {MAX_OCCURRENCES}"
        return errors

    def validate(self) -> None:
        errors = self.problems()
        if errors:
            raise ValidationError(errors)

    # -- RRULE text ------------------------------------------------------------------------

    def to_rrule(self) -> str:
        """The rule as RFC 5545 RRULE text (as stored in ``Post.recurrence``)."""
        self.validate()
        parts = [f"FREQ={self.freq.upper()}"]
        if self.interval != 1:
            parts.append(f"INTERVAL={self.interval}")
        if self.freq == "weekly" and self.weekdays:
            parts.append("BYDAY=" + ",".join(_DAY_CODES[d] for d in sorted(set(self.weekdays))))
        if self.freq == "monthly" and self.month_day is not None:
            if self.month_day > 28:  # the day itself or the month's last day before it
                days = ",".join(str(d) for d in range(28, self.month_day + 1))
                parts.append(f"BYMONTHDAY={days};BYSETPOS=-1")
            else:
                parts.append(f"BYMONTHDAY={self.month_day}")
        if self.until is not None:
            parts.append(f"UNTIL={self.until:%Y%m%d}T235959")
        if self.count is not None:
            parts.append(f"COUNT={self.count}")
        return ";".join(parts)

    @classmethod
    def from_rrule(cls, text: str) -> Recurrence:
        """Parse RRULE text written by :meth:`to_rrule` (or a compatible one)."""
        fields: dict[str, str] = {}
        for part in text.strip().removeprefix("RRULE:").split(";"):
            key, sep, value = part.partition("=")
            if not sep:
                raise ValidationError({"recurrence": f"Повтор: не понято правило «{text}»"})
            fields[key.strip().upper()] = value.strip().upper()
        try:
            freq = fields["FREQ"].lower()
            interval = int(fields.get("INTERVAL", "1"))
            weekdays = (
                tuple(_DAY_CODES.index(code[-2:]) for code in fields["BYDAY"].split(",") if code)
                if "BYDAY" in fields
                else ()
            )
            month_day = None
            if "BYMONTHDAY" in fields:
                month_day = max(int(d) for d in fields["BYMONTHDAY"].split(","))
            until = None
            if "UNTIL" in fields:
                until = dt.datetime.strptime(fields["UNTIL"][:8], "%Y%m%d").date()
            count = int(fields["COUNT"]) if "COUNT" in fields else None
        except (KeyError, ValueError) as exc:
            raise ValidationError({"recurrence": f"Повтор: не понято правило «{text}»"}) from exc
        rule = cls(freq, interval, weekdays, month_day, until, count)
        errors = rule.problems()
        errors.pop("until", None)  # an open-ended stored rule is still readable
        if errors:
            raise ValidationError(errors)
        return rule

    # -- description -----------------------------------------------------------------------

    def describe(self) -> str:
        """«еженедельно по пн и чт, до 31.12.2026», «ежемесячно 1-го числа, 6 раз»."""
        n = self.interval
        if self.freq == "daily":
            head = "ежедневно" if n == 1 else f"раз в {plural(n, 'день', 'дня', 'дней')}"
        elif self.freq == "weekly":
            head = "еженедельно" if n == 1 else f"раз в {plural(n, 'неделю', 'недели', 'недель')}"
            if self.weekdays:
                head += " по " + _join([_DAY_SHORT[d] for d in sorted(set(self.weekdays))])
        else:
            head = "ежемесячно" if n == 1 else f"раз в {plural(n, 'месяц', 'месяца', 'месяцев')}"
            if self.month_day is not None:
                head += f" {self.month_day}-го числа"
                if self.month_day > 28:
                    head += " (в коротких месяцах — в последний день)"
        if self.until is not None:
            return f"{head}, до {self.until:%d.%m.%Y}"
        if self.count is not None:
            return f"{head}, {plural(self.count, 'раз', 'раза', 'раз')}"
        return head

    # -- expansion -------------------------------------------------------------------------

    def occurrences(self, start: dt.datetime) -> list[dt.datetime]:
        """The series' times from ``start`` (naive; its time of day is kept), at most
        :data:`MAX_OCCURRENCES`."""
        self.validate()
        start = start.replace(second=0, microsecond=0)
        rule = rrule.rrulestr(self.to_rrule(), dtstart=start)
        result: list[dt.datetime] = []
        for moment in rule:
            result.append(moment)
            if len(result) >= MAX_OCCURRENCES:
                break
        return result

    def ending_before(self, day: dt.date) -> Recurrence:
        """The same rule cut to end the day before ``day`` (after «delete following»)."""
        return replace(self, until=day - dt.timedelta(days=1), count=None)
