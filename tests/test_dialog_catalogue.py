"""The dialog catalogue (tests/dialog_catalogue.py) builds every dialog of the app."""

from __future__ import annotations

from sferum_desk.data.engine import Database

from .dialog_catalogue import DIALOGS, dialog_classes
from .dialog_walk import close_dialog
from .ui_helpers import main_window


def test_the_catalogue_builds_every_dialog_of_the_app(qtbot, demo_db: Database) -> None:  # noqa: ANN001
    """A new QDialog or QWizard in sferum_desk/ui fails here until the catalogue has it, so
    the keyboard and translation tests that walk the catalogue see it too."""
    names = [name for name, _factory in DIALOGS]
    assert len(names) == len(set(names))
    built: set[type] = set()
    with main_window(qtbot, demo_db) as window:
        for name, factory in DIALOGS:
            dialog = factory(window)
            dialog.show()
            assert dialog.isVisible(), name
            built.add(type(dialog))
            close_dialog(dialog)
    missing = sorted(f"{c.__module__}.{c.__qualname__}" for c in dialog_classes() - built)
    assert not missing, f"add these to tests/dialog_catalogue.py: {missing}"
