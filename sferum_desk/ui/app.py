"""Starting the GUI: QApplication, translations, logging, the crash hook, the database.

Importing this module creates nothing; ``run_gui`` does all of it (``sferum-desk`` with no
sub-command calls it).
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from .. import config
from ..data.engine import Database
from .crash import install_excepthook
from .main_window import APP_TITLE, MainWindow
from .opening import open_or_warn
from .tasks import wait_for_tasks
from .welcome import WelcomeDialog

log = logging.getLogger(__name__)

TRANSLATIONS_DIR = Path(__file__).resolve().parent.parent / "resources" / "translations"
LOG_FILE_NAME = "sferum-desk.log"

_translators: list[QTranslator] = []  # QApplication does not own them: keep them alive
_log_handler: logging.Handler | None = None


def install_translators(app: QApplication) -> list[str]:
    """Load Qt's own Russian (so standard buttons say «Отмена») and the app's Russian.

    Loading twice (several ``run_gui`` calls in one process) installs nothing more."""
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


def setup_logging(folder: Path) -> Path:
    """A rotating log file in the log folder (replacing one set up by an earlier call)."""
    global _log_handler
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOG_FILE_NAME
    root = logging.getLogger()
    if _log_handler is not None:
        root.removeHandler(_log_handler)
        _log_handler.close()
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(
        logging.Formatter("%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s")
    )
    root.addHandler(handler)
    if root.level > logging.INFO or root.level == logging.NOTSET:
        root.setLevel(logging.INFO)
    _log_handler = handler
    return path


def _choose_database() -> tuple[Database | None, str]:
    """First start (no database of the Centre yet): the welcome dialog decides."""
    if config.default_db_path().exists():
        return open_or_warn(config.db_url(None)), "overview"
    welcome = WelcomeDialog()
    if welcome.exec() != WelcomeDialog.DialogCode.Accepted:
        return None, ""
    return welcome.database, welcome.start_page


def run_gui(db_url: str | None, *, crash_dialog: bool = True) -> int:
    """Run the GUI on ``db_url`` (the default database, or the welcome dialog, if None).

    Returns the process exit code: 1 when the database cannot be opened.
    """
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName(APP_TITLE)
    app.setApplicationName(APP_TITLE)
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

    window = MainWindow(db)
    if start_page == "settings":
        window.open_organisation_card()
    window.show()
    window.start_daily_backup()
    try:
        return app.exec()
    finally:
        wait_for_tasks()
        db.dispose()
        log.info("Sferum Desk closed")
