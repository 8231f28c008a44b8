"""Errors every layer may raise for the user to read (Russian messages), without Qt.

:class:`ValidationError` is what a service raises for input it refuses; the dialogs show its
messages under their fields, the CLI prints them on one line. The data layer raises its
subclass :class:`ReadOnlyDatabaseError` for a write to a database opened for viewing only, so
every dialog that handles a refused input handles that too.
"""

from __future__ import annotations


class ValidationError(ValueError):
    """Invalid user input; ``errors`` maps a field name to a Russian message."""

    def __init__(self, errors: dict[str, str]):
        super().__init__("; ".join(errors.values()))
        self.errors = errors


class ReadOnlyDatabaseError(ValidationError):
    """A change asked of a database opened for viewing only."""

    def __init__(self, why: str) -> None:
        super().__init__({"database": why})
