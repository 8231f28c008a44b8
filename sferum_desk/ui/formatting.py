"""How plain values from the services are shown in the GUI (Russian conventions)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from ..services.clock import local


def display_text(value: object) -> str:
    """Dates as 16.11.2026, times on the Centre's clock (Moscow by default), booleans as
    «Да» or nothing."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return QCoreApplication.translate("Values", "Yes") if value else ""
    if isinstance(value, dt.datetime):
        if value.tzinfo is not None:
            value = local(value)  # the Centre's clock, not the computer's
        return value.strftime("%d.%m.%Y %H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%d.%m.%Y")
    return str(value)


def file_size_text(size: int | None) -> str:
    if size is None:
        return QCoreApplication.translate("Values", "not applicable")
    if size < 1024 * 1024:
        return QCoreApplication.translate("Values", "{0} KB").format(max(1, round(size / 1024)))
    return QCoreApplication.translate("Values", "{0:.1f} MB").format(size / 1024 / 1024)
