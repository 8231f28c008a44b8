"""Background work: results on the GUI thread, progress, Cancel rolls back, errors reported."""

from __future__ import annotations

import datetime as dt
import sys
import threading
import time
from collections.abc import Generator

import pytest
from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton, QWidget
from sqlalchemy import func, select

from sferum_desk.data.engine import Database
from sferum_desk.data.models import Order, OrderKind
from sferum_desk.ui.app import install_translators
from sferum_desk.ui.tasks import run_task, wait_for_tasks


class Receiver(QObject):
    """Lives in the GUI thread; records what arrives and on which thread."""

    def __init__(self) -> None:
        super().__init__()
        self.results: list[object] = []
        self.errors: list[BaseException] = []
        self.cancelled = 0
        self.threads: list[QThread] = []

    @Slot(object)
    def done(self, result: object) -> None:
        self.threads.append(QThread.currentThread())
        self.results.append(result)

    @Slot(object)
    def failed(self, exc: BaseException) -> None:
        self.errors.append(exc)

    @Slot()
    def on_cancelled(self) -> None:
        self.cancelled += 1


def count_orders(database: Database) -> int:
    with database.session() as s:
        return s.scalar(select(func.count(Order.id))) or 0


def worker_thread_name() -> str:
    return threading.current_thread().name


def test_the_result_arrives_on_the_gui_thread(qtbot, qapp: QApplication) -> None:  # noqa: ANN001
    receiver = Receiver()
    run_task(worker_thread_name, receiver.done)
    qtbot.waitUntil(lambda: bool(receiver.results))
    assert receiver.results[0] != threading.current_thread().name  # it ran in a worker
    assert receiver.threads == [qapp.thread()]


def boom() -> None:
    raise ValueError("сломалось")


def test_an_error_goes_to_on_error(qtbot) -> None:  # noqa: ANN001
    receiver = Receiver()
    run_task(boom, receiver.done, on_error=receiver.failed)
    qtbot.waitUntil(lambda: bool(receiver.errors))
    assert str(receiver.errors[0]) == "сломалось" and not receiver.results


DAY = dt.date(2026, 1, 1)


def write_orders(
    database: Database, steps: int, pause: float, go: threading.Event | None = None
) -> Generator:
    if go is not None:
        go.wait(5)  # the test connects to the task's signals first
    with database.transaction() as session:
        for n in range(steps):
            session.add(Order(number=f"T-{n}", issued_on=DAY, title="Тест", kind=OrderKind.OTHER))
            session.flush()
            yield n + 1, steps, f"Приказ {n + 1}"
            time.sleep(pause)
    return steps


def test_a_generator_reports_progress_and_returns(qtbot, db: Database) -> None:  # noqa: ANN001
    receiver = Receiver()
    parent = QWidget()
    qtbot.addWidget(parent)
    go = threading.Event()
    task = run_task(
        write_orders, receiver.done, db, 5, 0.0, go, progress_parent=parent, progress_title="Тест"
    )
    with qtbot.waitSignal(task.progress, timeout=5000) as first:
        go.set()
    assert first.args == [1, 5, "Приказ 1"]
    qtbot.waitUntil(lambda: bool(receiver.results), timeout=10_000)
    assert receiver.results == [5]
    assert count_orders(db) == 5


def test_cancel_rolls_the_transaction_back(qtbot, db: Database) -> None:  # noqa: ANN001
    install_translators(QApplication.instance())
    receiver = Receiver()
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    task = run_task(
        write_orders,
        receiver.done,
        db,
        1000,
        0.01,
        on_cancelled=receiver.on_cancelled,
        progress_parent=parent,
        progress_title="Тест",
    )
    try:
        dialog = parent.findChild(QProgressDialog)
        assert dialog is not None
        qtbot.waitUntil(dialog.isVisible, timeout=5000)  # shown once the job takes a while
        assert dialog.labelText().startswith("Приказ ")
        cancel = dialog.findChild(QPushButton)
        assert cancel is not None and cancel.text() == "Отменить"  # Qt's own Russian
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)  # the user presses «Отмена»
        qtbot.waitUntil(lambda: receiver.cancelled == 1, timeout=10_000)
    finally:
        task.cancel()
        wait_for_tasks()
    assert not receiver.results
    assert count_orders(db) == 0


def test_without_on_error_the_failure_reaches_the_excepthook(
    qtbot,  # noqa: ANN001
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen: list[BaseException] = []
    monkeypatch.setattr("sys.excepthook", lambda kind, exc, tb: seen.append(exc))
    receiver = Receiver()
    run_task(boom, receiver.done)
    qtbot.waitUntil(lambda: bool(seen))
    assert isinstance(seen[0], ValueError)


class Pinger(QObject):
    ping = Signal(object)


def test_emitting_does_not_wear_out_true(qapp: QApplication) -> None:
    """PySide6 6.12.0 drops a reference to ``True`` on every Python ``emit()`` until the
    interpreter aborts with «bool_dealloc»; pyproject.toml keeps that release out and this
    guards any PySide6 the resolver picks."""
    pinger = Pinger()
    receiver = Receiver()
    pinger.ping.connect(receiver.done)
    before = sys.getrefcount(True)
    for n in range(1000):
        pinger.ping.emit(n)
    assert sys.getrefcount(True) >= before
    assert receiver.results == list(range(1000))
    pinger.ping.disconnect(receiver.done)
    assert sys.getrefcount(True) >= before
