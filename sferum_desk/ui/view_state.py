"""What the window and its tables looked like when the app was last closed, for the next
start: the window's geometry and page, and each table's column widths, order and sort and
its filter text.

Kept per computer and user in ``<data folder>/view-state.ini`` (QSettings, INI format): it
is how this screen was arranged, not the Centre's data, so it is not in the database that
several administrators share. A table whose columns changed since (another version) starts
afresh.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QHeaderView

from .. import config

FILE_NAME = "view-state.ini"


def state_settings() -> QSettings:
    return QSettings(str(config.data_dir() / FILE_NAME), QSettings.Format.IniFormat)


def save_table(key: str, header: QHeaderView, filter_text: str) -> None:
    settings = state_settings()
    settings.beginGroup(f"tables/{key}")
    settings.setValue("columns", header.count())
    settings.setValue("header", header.saveState())
    settings.setValue("filter", filter_text)
    settings.endGroup()


def restore_table(key: str, header: QHeaderView) -> str | None:
    """Give ``header`` its saved widths, order and sort; the saved filter text, or None when
    nothing (usable) was saved."""
    settings = state_settings()
    settings.beginGroup(f"tables/{key}")
    try:
        if int(settings.value("columns", -1)) != header.count():
            return None
        state = settings.value("header")
        if not isinstance(state, QByteArray) or not header.restoreState(state):
            return None
        return str(settings.value("filter", "") or "")
    finally:
        settings.endGroup()


def save_window(geometry: QByteArray, page: str) -> None:
    settings = state_settings()
    settings.setValue("window/geometry", geometry)
    settings.setValue("window/page", page)


def saved_window() -> tuple[QByteArray | None, str | None]:
    settings = state_settings()
    geometry = settings.value("window/geometry")
    page = settings.value("window/page")
    return (
        geometry if isinstance(geometry, QByteArray) else None,
        str(page) if page else None,
    )
