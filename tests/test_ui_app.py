"""Starting the GUI: no Qt at import, Russian translations, bad databases, the crash hook."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from sferum_desk import config, privacy
from sferum_desk.data.engine import Database
from sferum_desk.ui import app as gui_app
from sferum_desk.ui import crash
from sferum_desk.ui.main_window import MainWindow
from sferum_desk.ui.tasks import wait_for_tasks


@pytest.fixture(autouse=True)
def keep_hooks(monkeypatch: pytest.MonkeyPatch) -> None:
    """run_gui installs the crash hook and a log handler: undo both after each test."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    yield
    privacy.close_logging()


def test_importing_the_gui_creates_no_application() -> None:
    code = (
        "import sferum_desk.ui.app, sferum_desk.ui.main_window, sferum_desk.ui.welcome\n"
        "from PySide6.QtWidgets import QApplication\n"
        "assert QApplication.instance() is None\n"
        "print('ok')"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def test_standard_buttons_speak_russian(qapp: QApplication) -> None:
    loaded = gui_app.install_translators(qapp)
    assert any(path.endswith("qtbase_ru.qm") for path in loaded)
    assert any(path.endswith("sferum_desk_ru.qm") for path in loaded)
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Отмена"


def test_a_bad_database_is_explained_and_exits_with_1(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "critical", lambda parent, title, text: shown.append((title, text))
    )
    not_a_database = tmp_path / "notes.sqlite3"
    not_a_database.write_text("это не база данных", encoding="utf-8")
    assert gui_app.run_gui(config.sqlite_url(not_a_database), crash_dialog=False) == 1
    title, text = shown[0]
    assert title == "Не удалось открыть базу данных"
    assert text.startswith("Не удалось открыть базу данных")
    assert (config.log_dir() / privacy.LOG_FILE_NAME).exists()


def close_main_window(seen: list[str]) -> None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow) and widget.isVisible():
            seen.append(widget.windowTitle())
            wait_for_tasks()
            widget.close()
            return
    QTimer.singleShot(50, lambda: close_main_window(seen))


def test_run_gui_opens_the_main_window(qapp: QApplication, db: Database) -> None:
    seen: list[str] = []
    QTimer.singleShot(100, lambda: close_main_window(seen))
    assert gui_app.run_gui(db.url, crash_dialog=False) == 0
    assert seen == ["МБУ ДО ДЮЦ «Контакт» — Sferum Desk"]
    log_text = (config.log_dir() / privacy.LOG_FILE_NAME).read_text(encoding="utf-8")
    assert "Sferum Desk starting" in log_text


def test_first_start_asks_the_welcome_dialog(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sferum_desk.ui.welcome import WelcomeDialog

    asked: list[bool] = []

    def closed_at_once(dialog: WelcomeDialog) -> int:
        asked.append(True)
        return WelcomeDialog.DialogCode.Rejected

    monkeypatch.setattr(WelcomeDialog, "exec", closed_at_once)
    assert not config.default_db_path().exists()
    assert gui_app.run_gui(None, crash_dialog=False) == 0
    assert asked == [True]
    assert not config.default_db_path().exists()


def fail() -> None:
    raise RuntimeError("тестовый сбой")


def test_the_crash_hook_logs_writes_a_file_and_shows_details(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        crash.CrashDialog, "exec", lambda dialog: shown.append(dialog.details.toPlainText())
    )
    hook = crash.install_excepthook(config.log_dir(), show_dialog=True)
    assert sys.excepthook is hook
    try:
        fail()
    except RuntimeError:
        hook(*sys.exc_info())
    files = list(config.log_dir().glob("crash-*.txt"))
    assert len(files) == 1
    report = files[0].read_text(encoding="utf-8")
    assert "RuntimeError: тестовый сбой" in report and "in fail" in report
    assert shown == [report]


def test_the_crash_dialog_can_be_switched_off(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(crash.CrashDialog, "exec", lambda dialog: pytest.fail("dialog shown"))
    hook = crash.install_excepthook(config.log_dir(), show_dialog=False)
    hook(RuntimeError, RuntimeError("тихо"), None)
    assert len(list(config.log_dir().glob("crash-*.txt"))) == 1


def test_the_crash_dialog_copies_its_details(qtbot, qapp: QApplication) -> None:  # noqa: ANN001
    gui_app.install_translators(qapp)
    dialog = crash.CrashDialog("Traceback: подробности", None)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Sferum Desk: непредвиденная ошибка"
    dialog.copy_details()
    assert QApplication.clipboard().text() == "Traceback: подробности"


def test_a_refusal_no_slot_caught_is_a_message_not_a_crash(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from sferum_desk.errors import ReadOnlyDatabaseError

    told: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda parent, title, text: told.append((title, text))
    )
    monkeypatch.setattr(crash.CrashDialog, "exec", lambda dialog: pytest.fail("crash dialog"))
    hook = crash.install_excepthook(config.log_dir(), show_dialog=True)
    try:
        raise ReadOnlyDatabaseError("База открыта только для просмотра.")
    except ReadOnlyDatabaseError:
        hook(*sys.exc_info())
    assert told == [("Не выполнено", "База открыта только для просмотра.")]
    assert list(config.log_dir().glob("crash-*.txt")) == []
