"""Pieces the invite dialogs share: the day they check dates against and error display."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QLabel

from ...services.organisation import ValidationError
from ..form_widgets import show_error


def today() -> dt.date:
    """The day the invite dialogs work on (a function, so tests can fix it)."""
    return dt.date.today()


def show_errors(labels: dict[str, QLabel], summary: QLabel, exc: ValidationError | None) -> None:
    """Each message under its field; the rest (or nothing) in ``summary``."""
    errors = exc.errors if exc is not None else {}
    for name, label in labels.items():
        show_error(label, errors.get(name))
    show_error(summary, "\n".join(v for k, v in errors.items() if k not in labels))
