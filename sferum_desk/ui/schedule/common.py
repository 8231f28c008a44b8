"""Pieces the schedule widgets share: the clock they work on and the «which posts of the
series?» question."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ...services.clock import centre_now

POST_MIME = "application/x-sferum-desk-post"  # drag-and-drop: the post id as ASCII digits


def now() -> dt.datetime:
    """The Centre's wall-clock time, naive like the database (a function, so tests can fix
    it)."""
    return centre_now().replace(second=0)


def today() -> dt.date:
    return now().date()


def ask_scope(parent: QWidget | None, action: str) -> str | None:
    """For a post of a recurring series: «one», «following» or «series»; None on Cancel.
    ``action`` is the translated verb phrase shown in the question."""
    box = QMessageBox(parent)
    box.setObjectName("scope_question")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("ScheduleCommon", "Recurring post"))
    box.setText(
        QCoreApplication.translate("ScheduleCommon", "This post is part of a series. {0}:").format(
            action
        )
    )
    one = box.addButton(
        QCoreApplication.translate("ScheduleCommon", "Only this one"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    following = box.addButton(
        QCoreApplication.translate("ScheduleCommon", "This and the following"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    series = box.addButton(
        QCoreApplication.translate("ScheduleCommon", "The whole series"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(one)
    box.exec()
    clicked = box.clickedButton()
    box.deleteLater()
    for button, scope in ((one, "one"), (following, "following"), (series, "series")):
        if clicked == button:
            return scope
    return None
