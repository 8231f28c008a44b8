"""The password lock: the dialog that asks for the password, and the idle lock that covers
every window after some minutes without a key press or a mouse move.

The lock never closes or hides a window: an open dialog keeps what was typed in it, under a
curtain, until the password is given; a window that opens meanwhile (a background task's
result) gets its curtain as it shows. Wrong tries are counted by one
``services.password.Throttle`` for the whole run, so quitting the dialog does not reset it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid
from sqlalchemy.exc import SQLAlchemyError

from ..data.engine import Database
from ..services import password
from .form_widgets import error_label, show_error

THROTTLE = password.Throttle()  # one count of wrong tries per run


class LockDialog(QDialog):
    """«Sferum Desk is locked»: the password, «Unlock» and «Exit»."""

    def __init__(
        self,
        db: Database,
        parent: QWidget | None = None,
        throttle: password.Throttle | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("lock_dialog")
        self.setWindowTitle(self.tr("Sferum Desk is locked"))
        self.setModal(True)  # application-modal: nothing else takes input meanwhile
        self._db = db
        self.throttle = throttle or THROTTLE
        intro = QLabel(self.tr("Enter the password to open the Centre's data."))
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setMinimumWidth(280)
        self.error = error_label("error")
        self.buttons = QDialogButtonBox()
        self.unlock_button = self.buttons.addButton(
            self.tr("&Unlock"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.unlock_button.setObjectName("unlock")
        self.unlock_button.setDefault(True)
        self.exit_button = self.buttons.addButton(
            self.tr("&Exit"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.exit_button.setObjectName("exit")
        # Return must never mean «Exit», even when a wait has taken the field's focus
        self.exit_button.setAutoDefault(False)
        self.exit_button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.buttons.accepted.connect(self.try_unlock)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.password)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self._countdown = QTimer(self)
        self._countdown.setInterval(250)
        self._countdown.timeout.connect(self._tick)
        self._tick()  # a wait left from an earlier lock goes on

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            return  # Esc does not quit the app: «Exit» does
        super().keyPressEvent(event)

    @Slot()
    def try_unlock(self) -> None:
        typed = self.password.text()

        def check() -> bool:
            with self._db.session() as session:
                return password.verify_password(session, typed)

        result = self.throttle.attempt(check)
        if result:
            self.password.clear()
            self.accept()
            return
        self.password.clear()
        if result is False:
            show_error(self.error, self.tr("Wrong password."))
        self._tick()

    @Slot()
    def _tick(self) -> None:
        """While a wait runs: the field is off and the error counts down."""
        wait = self.throttle.wait()
        waiting = wait > 0
        self.password.setEnabled(not waiting)
        self.unlock_button.setEnabled(not waiting)
        if waiting:
            seconds = int(wait) + (1 if wait % 1 else 0)
            show_error(
                self.error,
                self.tr("Too many wrong tries. Next try in {0} s.").format(seconds),
            )
            if not self._countdown.isActive():
                self._countdown.start()
        elif self._countdown.isActive():
            self._countdown.stop()
            show_error(self.error, None)
            self.unlock_button.setDefault(True)  # disabling it took the default away
            self.password.setFocus()


class Curtain(QWidget):
    """An opaque cover over one window while the app is locked."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("lock_curtain")
        self.setAutoFillBackground(True)
        label = QLabel(self.tr("Sferum Desk is locked"))
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        self.setGeometry(window.rect())
        self.raise_()
        self.show()


_ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)
# Menus and tooltips close by themselves; only real windows get a curtain.
_UNCOVERED = (Qt.WindowType.Popup, Qt.WindowType.ToolTip)


def _coverable(widget: QObject) -> bool:
    return (
        isinstance(widget, QWidget)
        and widget.isWindow()
        and not isinstance(widget, LockDialog)
        and widget.windowType() not in _UNCOVERED
    )


class IdleLock(QObject):
    """Locks the app after ``minutes`` without input (0 or no password: never)."""

    locked = Signal()
    unlocked = Signal()
    exit_requested = Signal()

    def __init__(self, db: Database, window: QWidget) -> None:
        super().__init__(window)
        self._db = db
        self._window = window
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.lock)
        self.dialog: LockDialog | None = None
        self._curtains: list[Curtain] = []
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.reload()

    def reload(self) -> None:
        """Read the setting again (after Настройки → Пароль is saved)."""
        with self._db.session() as session:
            minutes = password.idle_minutes(session) if password.has_password(session) else 0
        self.minutes = minutes
        if minutes and self.dialog is None:
            self.timer.start(minutes * 60_000)
        else:
            self.timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in _ACTIVITY:
            if self.dialog is None and self.minutes:
                self.timer.start(self.minutes * 60_000)
        elif kind == QEvent.Type.Resize and self._curtains:
            for curtain in list(self._live_curtains()):  # setGeometry re-enters here
                if curtain.parent() is watched:
                    curtain.setGeometry(watched.rect())  # type: ignore[attr-defined]
        elif kind == QEvent.Type.Show and self.dialog is not None and _coverable(watched):
            self._cover(watched)  # type: ignore[arg-type]
        return False

    def _live_curtains(self) -> list[Curtain]:
        """The curtains still there (one goes with its window when that is deleted)."""
        self._curtains[:] = [c for c in self._curtains if isValid(c)]  # in place: see _cover
        return self._curtains

    def _cover(self, window: QWidget) -> None:
        if not any(c.parent() is window for c in self._live_curtains()):
            # Made before the append: showing it sends a Resize through eventFilter.
            curtain = Curtain(window)
            self._curtains.append(curtain)

    def _uncover(self) -> None:
        for curtain in self._live_curtains():
            curtain.deleteLater()
        self._curtains.clear()

    def _protected(self) -> bool:
        """Whether the database still has a password: another administrator on a shared
        server may have removed it, or a restored backup may have none, and a lock nobody
        can open would only leave «Exit». An unreadable database locks all the same."""
        try:
            with self._db.session() as session:
                return password.has_password(session)
        except SQLAlchemyError:
            return True

    @Slot()
    def lock(self) -> None:
        if self.dialog is not None:
            return
        self.timer.stop()
        self._uncover()  # an exit called off: cover afresh
        if not self._protected():
            self.reload()
            return
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible() and _coverable(widget):
                self._cover(widget)
        self.dialog = LockDialog(self._db, self._window)
        self.dialog.finished.connect(self._on_finished)
        self.dialog.show()
        self.dialog.password.setFocus()
        self.locked.emit()

    @Slot(int)
    def _on_finished(self, result: int) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.deleteLater()
        if result != QDialog.DialogCode.Accepted:
            self.exit_requested.emit()  # the curtains stay until the windows close
            return
        self._uncover()
        self.reload()
        self.unlocked.emit()

    def remove(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.timer.stop()


def ask_at_start(db: Database) -> bool:
    """At start-up: True when no password is set or the right one was given."""
    with db.session() as session:
        if not password.has_password(session):
            return True
    return LockDialog(db).exec() == QDialog.DialogCode.Accepted
