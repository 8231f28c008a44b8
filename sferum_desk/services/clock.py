"""The Centre's wall clock: Moscow time, whatever the computer's own time zone.

The database stores moments as aware UTC values (``UTCDateTime``); dialogs, the calendar,
the registers and the exports show and take naive Moscow wall-clock times. These helpers
convert at that boundary, in one place.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

MOSCOW = ZoneInfo("Europe/Moscow")


def to_db(moment: dt.datetime) -> dt.datetime:
    """A naive Moscow wall-clock time as the aware moment the database stores."""
    return moment.replace(tzinfo=MOSCOW) if moment.tzinfo is None else moment


def local(moment: dt.datetime) -> dt.datetime:
    """A stored (aware) moment as naive Moscow wall-clock time."""
    return moment if moment.tzinfo is None else moment.astimezone(MOSCOW).replace(tzinfo=None)


def local_or_none(moment: dt.datetime | None) -> dt.datetime | None:
    return None if moment is None else local(moment)


def moscow_now() -> dt.datetime:
    """The current naive Moscow time."""
    return dt.datetime.now(MOSCOW).replace(tzinfo=None, microsecond=0)


def day_start(day: dt.date) -> dt.datetime:
    """Midnight of ``day`` in Moscow, as the aware moment used in queries."""
    return dt.datetime.combine(day, dt.time(), tzinfo=MOSCOW)
