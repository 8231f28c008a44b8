"""Starting the GUI: QApplication, translations, logging (``privacy.setup_logging``), the
crash hook, the database.

Importing this module creates nothing; ``run_gui`` does all of it (``sferum-desk`` with no
sub-command calls it).
"""

from __future__ import annotations

import functools
import logging
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QSize, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from .. import config, preferences
from ..data.engine import Database
from ..privacy import setup_logging
from ..server import saved_server
from .crash import install_excepthook
from .lock_dialog import ask_at_start
from .main_window import APP_TITLE, MainWindow
from .opening import open_or_warn
from .tasks import wait_for_tasks
from .theme import follow_system

log = logging.getLogger(__name__)

TRANSLATIONS_DIR = Path(__file__).resolve().parent.parent / "resources" / "translations"
ICONS_DIR = TRANSLATIONS_DIR.parent / "icons"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


def app_icon() -> QIcon:
    """The application's icon in every rendered size (``installer/make_icons.py``)."""
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(str(ICONS_DIR / f"sferum-desk-{size}.png"), QSize(size, size))
    return icon


# `make bench` (bench/run.py) starts the GUI with this set, not a user setting: "1" quits as
# soon as the main window is on screen, page keys ("students" or "students,movement") once
# each of those pages has shown its rows (the last one stays on screen); either way the
# moment is printed as "shown <time.time()>" for the parent to time.
BENCH_ENV = "SFERUM_DESK_BENCH_SHOWN"

_translators: list[QTranslator] = []  # QApplication does not own them: keep them alive


def install_translators(app: QApplication, language: str | None = None) -> list[str]:
    """Russian (the default): load Qt's own Russian (so standard buttons say «Отмена») and
    the app's. English: remove them, the source texts are English.

    ``language`` None means this computer's preference. Loading twice (several ``run_gui``
    calls in one process) installs nothing more."""
    language = language or preferences.load().language
    if language == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        while _translators:
            app.removeTranslator(_translators.pop())
        return []
    QLocale.setDefault(QLocale(QLocale.Language.Russian, QLocale.Country.Russia))
    if _translators:
        return [t.filePath() for t in _translators]
    loaded = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in (("qtbase_ru", qt_dir), ("sferum_desk_ru", str(TRANSLATIONS_DIR))):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _translators.append(translator)
            loaded.append(translator.filePath())
        else:
            log.warning("Translation %s not found in %s", name, folder)
    return loaded


def _choose_database() -> tuple[Database | None, str]:
    """No ``--db``: the server this computer remembers, else the Centre's file; on the
    first start (neither yet) the welcome dialog decides."""
    saved = saved_server()
    if saved is not None:
        return open_or_warn(saved), "overview"
    if config.default_db_path().exists():
        return open_or_warn(config.db_url(None)), "overview"
    from .welcome import WelcomeDialog  # only on the first start: it brings the demo builder

    welcome = WelcomeDialog()
    if welcome.exec() != WelcomeDialog.DialogCode.Accepted:
        return None, ""
    return welcome.database, welcome.start_page


def _quit_when_shown(window: MainWindow, page_keys: str) -> None:
    waiting = [key for key in page_keys.split(",") if key in window.page_keys()]

    def report() -> None:
        print(f"shown {time.time():.6f}", flush=True)
        QApplication.quit()

    def page_loaded(key: str) -> None:
        if key in waiting:
            waiting.remove(key)
            if not waiting:
                report()

    if not waiting:
        QTimer.singleShot(0, report)  # after the first show and paint are processed
    for key in list(waiting):  # each loads in a worker, then shows its rows
        window.show_page(key).loaded.connect(functools.partial(page_loaded, key))


def run_gui(db_url: str | None, *, crash_dialog: bool = True, backup: Path | None = None) -> int:
    """Run the GUI on ``db_url`` (the default database, or the welcome dialog, if None);
    ``backup``, a backup file opened from the file manager, is offered for restoring
    (checked, then the usual question) once the window is up.

    Returns the process exit code: 1 when the database cannot be opened.
    """
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName(APP_TITLE)
    app.setApplicationName(APP_TITLE)
    app.setWindowIcon(app_icon())
    app.setDesktopFileName("sferum-desk")  # the .desktop file: the dock shows its icon
    follow_system(app)  # light or dark as the system is, never half dark
    log_path = setup_logging(config.log_dir())
    install_translators(app)
    install_excepthook(config.log_dir(), crash_dialog)
    log.info("Sferum Desk starting; log file %s", log_path)

    if db_url is None:
        db, start_page = _choose_database()
        if db is None and not start_page:
            return 0  # the user closed the welcome dialog
    else:
        db, start_page = open_or_warn(db_url), "overview"
    if db is None:
        return 1

    if not ask_at_start(db):  # the password lock: «Exit» shows no data
        db.dispose()
        return 0
    window = MainWindow(db)
    if start_page == "settings":
        window.open_organisation_card()
    window.show()
    bench = os.environ.get(BENCH_ENV)
    if bench:
        _quit_when_shown(window, bench)
    window.start_daily_backup()
    if backup is not None:
        QTimer.singleShot(0, lambda: window.offer_restore(backup))
    try:
        return app.exec()
    finally:
        wait_for_tasks()
        db.dispose()
        log.info("Sferum Desk closed")
