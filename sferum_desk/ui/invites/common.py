"""The day the invite dialogs check dates against (a function, so tests can fix it)."""

from __future__ import annotations

import datetime as dt


def today() -> dt.date:
    return dt.date.today()
