"""Showing the dialogs of the catalogue (``tests/dialog_catalogue.py``) one after another:
each dialog, each page of a wizard (the import wizard reading a small workbook), closed
after without storing anything."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget, QWizard

from sferum_desk.ui.main_window import MainWindow

from .dialog_catalogue import DIALOGS
from .import_files import write_xlsx

IMPORT_ROWS = [
    ["ФИО ребёнка", "Дата рожд.", "Кружок", "Группа", "Законный представитель", "Тел."],
    ["Иванова Анна Петровна", "05.03.2015", "Робототехника", "1", "Иванова Мария", "89001112233"],
]


def import_file(folder: Path) -> Path:
    """A workbook of two sheets the import wizard can read, so every page of it is shown."""
    return write_xlsx(folder / "import.xlsx", IMPORT_ROWS, extra_sheets=["Лист2"])


def wizard_pages(wizard: QWizard, path: Path | None = None) -> Iterator[int]:
    """Show each page of ``wizard`` in turn (already shown), yielding its id once it is on
    screen. The import wizard reads ``path`` (``import_file``); without one it stops at its
    first page. Pages whose content loads in the background are waited for."""
    from sferum_desk.ui.import_wizard import ImportWizard
    from sferum_desk.ui.tasks import wait_for_tasks

    if isinstance(wizard, ImportWizard) and path is not None:
        wizard.file_page.path_edit.setText(str(path))
    seen: set[int] = set()
    while wizard.currentId() not in seen:
        wait_for_tasks()
        QCoreApplication.processEvents()
        seen.add(wizard.currentId())
        yield wizard.currentId()
        if isinstance(wizard, ImportWizard) and path is None:
            return
        if wizard.currentId() == wizard.pageIds()[-1] or not wizard.currentPage().isComplete():
            return
        wizard.next()


def close_dialog(dialog: QWidget) -> None:
    """Close a dialog from the catalogue without storing anything, and let it go."""
    from sferum_desk.ui.tasks import wait_for_tasks

    wait_for_tasks()
    if isinstance(dialog, QDialog):
        dialog.done(QDialog.DialogCode.Rejected)
    dialog.close()
    dialog.deleteLater()


def each_dialog_view(qtbot, window: MainWindow, folder: Path) -> Iterator[tuple[str, QWidget]]:  # noqa: ANN001
    """Every dialog of ``DIALOGS`` shown on ``window``, and every page of each wizard in turn
    (reading ``import_file(folder)``): ``(label, dialog)``, the dialog closed after."""
    for name, factory in DIALOGS:
        dialog = factory(window)
        dialog.show()
        qtbot.waitExposed(dialog)
        if isinstance(dialog, QWizard):
            for page in wizard_pages(dialog, import_file(folder)):
                yield f"{name}, page {page}", dialog
        else:
            yield name, dialog
        close_dialog(dialog)
