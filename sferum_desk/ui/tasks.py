"""Background work (after Picard's ``util/thread.py``): one way to run it, one way back.

``run_task(fn, on_done)`` runs ``fn`` on the thread pool and calls ``on_done(result)`` on the
GUI thread. ``on_done`` must be a method of an object living in the GUI thread (a widget), so
Qt queues the call there; a lambda would run in the worker. When ``fn`` returns a generator
it is a long job: each ``(done, total, label)`` it yields moves a progress dialog, Cancel
closes the generator at its current ``yield`` (so a ``with db.transaction()`` around the
work rolls back), and its ``return`` value is the result.

Workers never touch widgets and never share the GUI's session: a function that needs the
database opens its own session from ``Database.session()``/``transaction()``.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable, Generator
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

log = logging.getLogger(__name__)

_running: set[Task] = set()  # keeps each task's Python objects alive until it reports


class CancelledError(Exception):
    """The user cancelled a long job."""


class Task(QObject):
    """The GUI-thread end of one background job: its signals and its Cancel switch."""

    finished = Signal(object)
    failed = Signal(object)  # the exception, with its __traceback__
    cancelled = Signal()
    progress = Signal(int, int, str)

    def __init__(self) -> None:
        super().__init__()
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    @Slot()
    def _forget(self) -> None:
        _running.discard(self)


class _Runnable(QRunnable):
    def __init__(self, task: Task, fn: Callable[..., Any], args: tuple[Any, ...]) -> None:
        super().__init__()
        self._task = task
        self._fn = fn
        self._args = args

    def run(self) -> None:
        task = self._task
        try:
            result = self._fn(*self._args)
            if isinstance(result, Generator):
                result = self._drive(result)
        except CancelledError:
            task.cancelled.emit()
        except BaseException as exc:
            log.exception("Background task %r failed", self._fn)
            task.failed.emit(exc)
        else:
            task.finished.emit(result)

    def _drive(self, steps: Generator[Any, None, Any]) -> Any:
        task = self._task
        while True:
            if task.is_cancelled:
                steps.close()  # GeneratorExit at the yield: context managers unwind
                raise CancelledError
            try:
                step = next(steps)
            except StopIteration as stop:
                return stop.value
            if isinstance(step, tuple) and len(step) == 3:
                done, total, label = step
                task.progress.emit(int(done), int(total), str(label))


class _ErrorRelay(QObject):
    """Hands a worker's exception to ``sys.excepthook`` on the GUI thread."""

    @Slot(object)
    def report(self, exc: BaseException) -> None:
        sys.excepthook(type(exc), exc, exc.__traceback__)


_relay: _ErrorRelay | None = None


def _error_relay() -> _ErrorRelay:
    global _relay
    if _relay is None:
        _relay = _ErrorRelay()
    return _relay


class ProgressView(QObject):
    """A QProgressDialog following a task; its Cancel button cancels the task."""

    def __init__(self, task: Task, parent: QWidget | None, title: str) -> None:
        super().__init__(parent)
        self._task = task
        self._closed = False
        dialog = QProgressDialog(parent)
        dialog.setWindowTitle(title)
        dialog.setLabelText(title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setRange(0, 0)
        dialog.setValue(0)
        self.dialog = dialog
        dialog.canceled.connect(self.cancel)
        task.progress.connect(self.update)
        task.finished.connect(self.close)
        task.failed.connect(self.close)
        task.cancelled.connect(self.close)

    @Slot(int, int, str)
    def update(self, done: int, total: int, label: str) -> None:
        if total > 0:
            self.dialog.setRange(0, total)
            self.dialog.setValue(min(done, total))
        if label:
            self.dialog.setLabelText(label)

    @Slot()
    def cancel(self) -> None:
        if not self._closed:  # closing the dialog emits ``canceled`` too
            self._task.cancel()

    @Slot()
    def close(self) -> None:
        self._closed = True
        self.dialog.close()
        self.dialog.deleteLater()
        self.deleteLater()


def run_task(
    fn: Callable[..., Any],
    on_done: Callable[[Any], None],
    *args: Any,
    on_error: Callable[[BaseException], None] | None = None,
    on_cancelled: Callable[[], None] | None = None,
    progress_parent: QWidget | None = None,
    progress_title: str = "",
    pool: QThreadPool | None = None,
) -> Task:
    """Run ``fn(*args)`` off the GUI thread; see the module docstring. Call from the GUI thread.

    Without ``on_error`` a failure goes to ``sys.excepthook`` (the crash dialog). With
    ``progress_parent`` a progress dialog with Cancel is shown while the task runs.
    """
    task = Task()
    task.finished.connect(on_done)
    task.failed.connect(on_error if on_error is not None else _error_relay().report)
    if on_cancelled is not None:
        task.cancelled.connect(on_cancelled)
    for signal in (task.finished, task.failed, task.cancelled):
        signal.connect(task._forget)
    if progress_parent is not None:
        ProgressView(task, progress_parent, progress_title)
    _running.add(task)
    (pool or QThreadPool.globalInstance()).start(_Runnable(task, fn, args))
    return task


def wait_for_tasks(timeout_ms: int = 30_000) -> bool:
    """Let running tasks finish (at exit, so no worker outlives the database)."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
