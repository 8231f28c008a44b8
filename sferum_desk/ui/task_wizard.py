"""A wizard whose Finish runs one long write in the background (the rollover, an import).

Finish starts ``start_task()``; while it runs, Back, Finish and Cancel are disabled and the
progress dialog's Cancel is the way out (the task's transaction rolls back). The subclass
sets ``result_info`` in its done-handler and calls ``accept()`` again to close the wizard.
A failure the user caused (``expected_errors``) is shown as a warning; anything else goes
to the crash handler.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from itertools import pairwise
from typing import Any

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QMessageBox, QWidget, QWizard

from ..services.organisation import ValidationError

# The wizard's buttons as the platform lays them out, left to right: the Tab order.
BUTTON_ORDER = (
    QWizard.WizardButton.HelpButton,
    QWizard.WizardButton.BackButton,
    QWizard.WizardButton.NextButton,
    QWizard.WizardButton.CommitButton,
    QWizard.WizardButton.FinishButton,
    QWizard.WizardButton.CancelButton,
)


class TaskWizard(QWizard):
    """Each subclass defines ``start_task()``: start the background task with ``run_task``
    (``on_error=self._on_failed``, ``on_cancelled=self._on_cancelled``,
    ``progress_parent=self``)."""

    expected_errors: tuple[type[BaseException], ...] = (ValidationError,)
    start_task: Callable[[], None]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result_info: Any = None
        self._running = False
        # Tab meets the buttons as they are laid out, not as QWizard happened to make them
        order = [self.button(which) for which in BUTTON_ORDER]
        for before, after in pairwise(order):
            QWidget.setTabOrder(before, after)

    def can_start(self) -> bool:
        """Whether there is something to run (a plan, a file); otherwise Finish waits."""
        return True

    def accept(self) -> None:
        """Finish starts the task; the wizard closes once its work is committed."""
        if self.result_info is not None:
            super().accept()
            return
        if self._running or not self.can_start():
            return
        self._set_running(True)
        self.start_task()

    def reject(self) -> None:
        if not self._running:
            super().reject()

    def _set_running(self, running: bool) -> None:
        self._running = running
        for button in (
            QWizard.WizardButton.BackButton,
            QWizard.WizardButton.FinishButton,
            QWizard.WizardButton.CancelButton,
        ):
            self.button(button).setEnabled(not running)

    @Slot(object)
    def _on_failed(self, exc: BaseException) -> None:
        self._set_running(False)
        if isinstance(exc, self.expected_errors):
            QMessageBox.warning(self, self.windowTitle(), str(exc))
        else:
            sys.excepthook(type(exc), exc, exc.__traceback__)

    @Slot()
    def _on_cancelled(self) -> None:
        self._set_running(False)
