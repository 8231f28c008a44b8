"""The password lock in the GUI: Настройки → Пароль, the start-up question, wrong tries
slowed down, and the idle lock that covers every window without closing any."""

from __future__ import annotations

import json
import sys

import pytest
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from sferum_desk import privacy
from sferum_desk.data import models as m
from sferum_desk.data.engine import Database
from sferum_desk.services import password
from sferum_desk.ui import app as gui_app
from sferum_desk.ui import lock_dialog
from sferum_desk.ui.app import install_translators
from sferum_desk.ui.lock_dialog import LockDialog
from sferum_desk.ui.main_window import MainWindow
from sferum_desk.ui.password_tab import PasswordTab

from .ui_helpers import main_window


@pytest.fixture(autouse=True)
def fresh_throttle(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lock_dialog, "THROTTLE", password.Throttle())
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    yield
    privacy.close_logging()


def _with_password(db: Database, minutes: int = 10) -> None:
    with db.transaction() as s:
        password.set_password(s, "секрет123", "секрет123")
        password.set_idle_minutes(s, minutes)


def _type(edit: QLineEdit, text: str) -> None:
    edit.setFocus()
    edit.clear()
    edit.insert(text)


def test_the_tab_sets_changes_and_removes_the_password(qtbot, db: Database) -> None:  # noqa: ANN001
    install_translators(QApplication.instance())
    tab = PasswordTab(db)
    qtbot.addWidget(tab)
    tab.show()
    assert tab.state.text() == "Пароля нет: программа открывается без вопроса."
    assert not tab.old.isVisible() and not tab.remove_button.isVisible()
    _type(tab.new, "секрет123")
    _type(tab.repeat, "секрет124")
    tab.set_button.click()
    assert tab.errors["repeat"].isVisible()
    _type(tab.repeat, "секрет123")
    with qtbot.waitSignal(tab.saved):
        tab.set_button.click()
    assert tab.status.text() == "Пароль установлен."
    assert tab.state.text() == "Пароль включён."
    assert tab.old.isVisible() and tab.remove_button.isVisible()
    assert tab.new.text() == ""  # nothing typed stays on the screen
    with db.session() as s:
        stored = json.loads(s.get(m.Setting, password.PASSWORD_KEY).value)
    assert stored.startswith("scrypt$") and "секрет123" not in stored

    _type(tab.old, "не тот")
    tab.remove_button.click()
    assert tab.errors["old"].text() == "Текущий пароль введён неверно."
    _type(tab.old, "секрет123")
    tab.remove_button.click()
    assert tab.status.text().startswith("Пароль снят")
    with db.session() as s:
        assert not password.has_password(s)

    tab.minutes.setValue(0)
    tab.minutes_button.click()
    assert tab.minutes.text() == "никогда"
    with db.session() as s:
        assert password.idle_minutes(s) == 0


def test_wrong_tries_are_refused_then_slowed_down(qtbot, db: Database) -> None:  # noqa: ANN001
    install_translators(QApplication.instance())
    _with_password(db)
    now = [0.0]
    dialog = LockDialog(db, throttle=password.Throttle(clock=lambda: now[0]))
    qtbot.addWidget(dialog)
    dialog.show()
    for _ in range(4):
        _type(dialog.password, "не тот")
        dialog.unlock_button.click()
        assert dialog.error.text() == "Неверный пароль."
        assert dialog.password.isEnabled() and dialog.password.text() == ""
    _type(dialog.password, "не тот")
    dialog.unlock_button.click()
    assert not dialog.password.isEnabled() and not dialog.unlock_button.isEnabled()
    assert dialog.error.text() == "Слишком много неверных попыток. Следующая — через 1 с."
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # not «Exit» while the field is off
    assert dialog.isVisible() and dialog.result() == 0
    now[0] += 1.0
    qtbot.waitUntil(lambda: dialog.password.isEnabled(), timeout=2_000)
    assert dialog.unlock_button.isDefault()  # Return unlocks again
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Esc does not quit
    assert dialog.isVisible()
    _type(dialog.password, "секрет123")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)


def test_exit_at_start_shows_no_data(
    qapp: QApplication, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    _with_password(db)
    asked: list[str] = []

    def exit_at_once(dialog: LockDialog) -> int:
        asked.append(dialog.windowTitle())
        return LockDialog.DialogCode.Rejected

    monkeypatch.setattr(LockDialog, "exec", exit_at_once)
    assert gui_app.run_gui(db.url, crash_dialog=False) == 0
    assert asked == ["Sferum Desk заблокирован"]
    assert not any(isinstance(w, MainWindow) and w.isVisible() for w in qapp.topLevelWidgets())


def test_the_right_password_at_start_opens_the_window(
    qapp: QApplication, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    _with_password(db)

    def answer(dialog: LockDialog) -> int:
        dialog.password.setText("секрет123")
        dialog.try_unlock()
        return dialog.result()

    monkeypatch.setattr(LockDialog, "exec", answer)
    seen: list[str] = []

    def close_window() -> None:
        for widget in qapp.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.isVisible():
                seen.append(widget.windowTitle())
                widget.close()
                return
        QTimer.singleShot(50, close_window)

    QTimer.singleShot(100, close_window)
    assert gui_app.run_gui(db.url, crash_dialog=False) == 0
    assert seen == ["МБУ ДО ДЮЦ «Контакт» — Sferum Desk"]


def test_idle_covers_every_window_and_keeps_what_was_typed(qtbot, db: Database) -> None:  # noqa: ANN001
    _with_password(db, minutes=1)
    with main_window(qtbot, db) as window:
        idle = window.idle_lock
        assert idle.timer.isActive() and idle.timer.interval() == 60_000
        other = QWidget()  # a window with something typed in it
        qtbot.addWidget(other)
        typed = QLineEdit(other)
        typed.setText("недописанное")
        other.show()
        # input restarts the countdown
        idle.timer.start(5_000)
        key = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(window, key)
        assert idle.timer.remainingTime() > 50_000
        idle.timer.setInterval(50)
        with qtbot.waitSignal(idle.locked, timeout=5_000):
            idle.timer.start()
        curtains = [w.findChild(QWidget, "lock_curtain") for w in (window, other)]
        assert all(c is not None and c.isVisible() for c in curtains)
        assert curtains[0].geometry() == window.rect()
        assert other.isVisible() and typed.text() == "недописанное"
        dialog = idle.dialog
        assert dialog is not None and dialog.isModal()
        _type(dialog.password, "секрет123")
        with qtbot.waitSignal(idle.unlocked):
            dialog.unlock_button.click()
        qtbot.waitUntil(lambda: window.findChild(QWidget, "lock_curtain") is None)
        assert typed.text() == "недописанное"
        assert idle.timer.isActive() and idle.timer.interval() == 60_000


def test_idle_lock_follows_the_setting(qtbot, db: Database) -> None:  # noqa: ANN001
    with main_window(qtbot, db) as window:
        assert not window.idle_lock.timer.isActive()  # no password: never locks
        _with_password(db, minutes=5)
        tab = window.settings.password
        tab.load()
        tab.minutes.setValue(3)
        tab.minutes_button.click()
        assert window.idle_lock.timer.isActive()
        assert window.idle_lock.timer.interval() == 3 * 60_000


def test_windows_opened_or_gone_while_locked(qtbot, db: Database) -> None:  # noqa: ANN001
    _with_password(db, minutes=1)
    with main_window(qtbot, db) as window:
        idle = window.idle_lock
        doomed = QWidget()  # covered, then deleted under the lock
        doomed.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        doomed.show()
        with qtbot.waitSignal(idle.locked):
            idle.lock()
        assert doomed.findChild(QWidget, "lock_curtain") is not None
        with qtbot.waitSignal(doomed.destroyed):
            doomed.close()
        late = QWidget()  # a background task's result, say, opens a window meanwhile
        qtbot.addWidget(late)
        late.show()
        curtain = late.findChild(QWidget, "lock_curtain")
        assert curtain is not None and curtain.isVisible()
        late.hide()
        late.show()  # shown again: still one curtain
        assert len(late.findChildren(QWidget, "lock_curtain")) == 1
        _type(idle.dialog.password, "секрет123")
        with qtbot.waitSignal(idle.unlocked):
            idle.dialog.unlock_button.click()
        qtbot.waitUntil(lambda: late.findChild(QWidget, "lock_curtain") is None)
        after = QWidget()  # unlocked: new windows are left alone
        qtbot.addWidget(after)
        after.show()
        assert after.findChild(QWidget, "lock_curtain") is None


def test_no_lock_nobody_could_open(qtbot, db: Database) -> None:  # noqa: ANN001
    _with_password(db, minutes=1)
    with main_window(qtbot, db) as window:
        idle = window.idle_lock
        assert idle.timer.isActive()
        with db.transaction() as s:  # another administrator on the server removes it
            password.remove_password(s, "секрет123")
        locked: list[bool] = []
        idle.locked.connect(lambda: locked.append(True))
        idle.timer.setInterval(50)
        idle.timer.start()
        qtbot.waitUntil(lambda: not idle.timer.isActive(), timeout=2_000)
        assert idle.dialog is None and not locked
        assert window.findChild(QWidget, "lock_curtain") is None

        # a restored backup brings a password back: the lock and the tab follow it
        _with_password(db, minutes=7)
        window.settings.backups.restored.emit()
        assert idle.timer.isActive() and idle.timer.interval() == 7 * 60_000
        assert window.settings.password.has_password
        assert window.settings.password.minutes.value() == 7
