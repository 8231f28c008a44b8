"""The Centre's wall clock: its time zone (Moscow unless this computer's preferences say
otherwise), whatever the computer's own time zone.

The database stores moments as aware UTC values (``UTCDateTime``); dialogs, the calendar,
the registers and the exports show and take naive wall-clock times of the Centre. These
helpers convert at that boundary, in one place.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from .. import preferences

_zone: ZoneInfo | None = None


def zone() -> ZoneInfo:
    """The Centre's time zone: read from the preferences once, then kept."""
    global _zone
    if _zone is None:
        _zone = ZoneInfo(preferences.load().time_zone)
    return _zone


def set_zone(name: str | None) -> None:
    """Use ``name`` from now on (the settings just changed it); None reads the preferences
    again."""
    global _zone
    _zone = None if name is None else ZoneInfo(name)


def to_db(moment: dt.datetime) -> dt.datetime:
    """A naive wall-clock time of the Centre as the aware moment the database stores."""
    return moment.replace(tzinfo=zone()) if moment.tzinfo is None else moment


def local(moment: dt.datetime) -> dt.datetime:
    """A stored (aware) moment as naive wall-clock time of the Centre."""
    return moment if moment.tzinfo is None else moment.astimezone(zone()).replace(tzinfo=None)


def local_or_none(moment: dt.datetime | None) -> dt.datetime | None:
    return None if moment is None else local(moment)


def centre_now() -> dt.datetime:
    """The Centre's current naive wall-clock time."""
    return dt.datetime.now(zone()).replace(tzinfo=None, microsecond=0)


def day_start(day: dt.date) -> dt.datetime:
    """Midnight of ``day`` in the Centre, as the aware moment used in queries."""
    return dt.datetime.combine(day, dt.time(), tzinfo=zone())
