"""`sferum-desk screenshots --out DIR`: every page of the main window, the views and main
dialogs the guide shows, rendered offscreen to PNG at 100 % and 200 % (``make screenshots``
refreshes ``docs/screenshots`` from a demo Centre; README and the guide use those files).

A scale above 1 is rendered, not scaled up: each widget paints into a pixmap of that
device-pixel ratio, as Qt paints on a 150 % or 200 % screen, so text and lines are drawn at
that resolution.
"""

from __future__ import annotations

import datetime as dt
import tempfile
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import QSize, QThreadPool
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

from ..data.engine import Database
from ..services.invites.printing import PrintJob
from .main_window import PAGES, MainWindow
from .pages.list_page import ListPage
from .schedule.calendar_text import MONTH
from .tasks import wait_for_tasks

WINDOW_SIZE = QSize(1280, 800)

# The sample list the import wizard is shown reading: fictional people, phones typed in
# several ways and one row with an impossible date and phone, as the check shows them.
SAMPLE_IMPORT = (
    "Список обучающихся на 2026/2027 учебный год\n"
    "\n"
    "ФИО;Дата рождения;Объединение;Группа;ФИО родителя;Телефон родителя\n"
    "Иванова Анна Петровна;14.03.2014;Робототехника;1;Иванова Ольга Сергеевна;8 912 345-67-01\n"
    "Петров Илья Андреевич;02.11.2013;Робототехника;1;Петров Андрей Ильич;+7 (912) 345-67-02\n"
    "Сидорова Ева Максимовна;27.06.2015;Робототехника;2;Сидорова Мария Олеговна;89123456703\n"
    "Ёлкин Тимур Романович;09.01.2012;Шахматный клуб «Ладья»;1;Ёлкина Дарья Ивановна;"
    "8-912-345-67-04\n"
    "Кузнецова Вера Денисовна;30.09.2014;Изостудия «Палитра»;2;Кузнецов Денис Павлович;"
    "+79123456705\n"
    "Смирнов Олег Игоревич;31.02.2014;Робототехника;1;Смирнова Ирина Олеговна;12-34\n"
)


def _spin(until: Callable[[], bool], timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not until() and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.01)
    QApplication.processEvents()


def _idle() -> bool:
    return QThreadPool.globalInstance().activeThreadCount() == 0


def _settle() -> None:
    _spin(_idle, 10)
    _spin(lambda: False, 0.05)  # a last round of events: deferred layouts and repaints


def file_name(base: str, scale: float) -> str:
    """«page-students.png», «page-students@2x.png», «page-students@1.5x.png»."""
    return f"{base}.png" if scale == 1 else f"{base}@{scale:g}x.png"


def render(widget: QWidget, path: Path, scale: float) -> Path:
    """``widget`` as it paints on a screen of ``scale`` × device pixels."""
    size = widget.size()
    pixmap = QPixmap(round(size.width() * scale), round(size.height() * scale))
    pixmap.setDevicePixelRatio(scale)
    pixmap.fill(widget.palette().window().color())
    widget.render(pixmap)
    pixmap.save(str(path))
    return path


def take(db: Database, out: Path, scales: Iterable[float] = (1, 2)) -> list[Path]:
    """Render every page, the views and the main dialogs into ``out``; returns the files."""
    scales = list(scales)
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []

    def shoot(widget: QWidget, base: str) -> None:
        written.extend(render(widget, out / file_name(base, scale), scale) for scale in scales)

    window = MainWindow(db, start_page="overview")
    window.resize(WINDOW_SIZE)
    window.show()
    try:
        with tempfile.TemporaryDirectory(prefix="sferum-desk-shots-") as folder:
            for key, _title in PAGES:
                page = window.show_page(key)
                _spin(lambda page=page: page.requested and not page.stale and _idle())
                _settle()
                shoot(window, f"page-{key}")
            for name, arrange in _views(window):
                arrange()
                _settle()
                shoot(window, f"page-{name}")
            for name, make in _dialogs(window, Path(folder)):
                dialog = make()
                dialog.show()
                _settle()
                shoot(dialog, f"dialog-{name}")
                dialog.close()
                dialog.deleteLater()
                _settle()
    finally:
        wait_for_tasks()
        window.close()
        window.deleteLater()
        QApplication.processEvents()
    return written


def _views(window: MainWindow) -> list[tuple[str, Callable[[], object]]]:
    """Other states of pages the guide shows: tabs and the posts' week and list."""
    settings = window.settings

    def settings_tab(tab: QWidget) -> Callable[[], object]:
        def arrange() -> None:
            window.show_page("settings")
            settings.tabs.setCurrentWidget(tab)

        return arrange

    def posts(week: bool) -> Callable[[], object]:
        def arrange() -> None:
            window.show_page("posts")
            if week:
                window.posts.tabs.setCurrentIndex(0)
                window.posts.calendar.show_week_of(window.posts.calendar.anchor)
            else:
                window.posts.calendar.set_mode(MONTH)
                window.posts.tabs.setCurrentIndex(1)

        return arrange

    def overview_charts() -> None:
        window.show_page("overview")
        scroll = window.overview.findChild(QScrollArea)
        assert scroll is not None
        scroll.ensureWidgetVisible(window.overview.posts_chart)

    return [
        ("overview-charts", overview_charts),
        ("settings-orders", settings_tab(settings.orders)),
        ("settings-backups", settings_tab(settings.backups)),
        ("settings-program", settings_tab(settings.program)),
        ("posts-week", posts(week=True)),
        ("posts-list", posts(week=False)),
    ]


def _first_id(page: ListPage) -> int:
    page.ensure_loaded()
    _spin(lambda: not page.stale and _idle() and page.model.rowCount() > 0)
    return int(page.model.record(0).id)


def _dialogs(window: MainWindow, folder: Path) -> list[tuple[str, Callable[[], QWidget]]]:
    from ..data.models import MovementKind, PersonKind
    from .broadcasts.dialogs import BroadcastDialog
    from .chats.compliance_dialog import ComplianceDialog
    from .global_search import GlobalSearch
    from .guide import INDEX, GuideBrowser, guide_dir
    from .import_wizard import ImportWizard
    from .invites.audit_dialog import InviteAuditDialog
    from .movement.event_dialog import EventDialog
    from .people.person_dialog import PersonDialog
    from .rollover_wizard import RolloverWizard
    from .schedule.post_dialog import PostDialog
    from .server_dialog import ServerDialog
    from .welcome import WelcomeDialog

    db = window.db

    def search() -> QWidget:
        dialog = GlobalSearch(db, window)
        dialog.edit.setText("кр")
        return dialog

    def importing(pages: int) -> Callable[[], QWidget]:
        def make() -> QWidget:
            sample = folder / "обучающиеся.csv"
            sample.write_text(SAMPLE_IMPORT, encoding="utf-8")
            wizard = ImportWizard(db, window)
            wizard.file_page.path_edit.setText(str(sample))
            wizard.show()
            for _page in range(pages):  # to the columns as recognised, then the check
                _settle()
                wizard.next()
            return wizard

        return make

    def print_setup() -> QWidget:
        from .invites.print_dialog import PrintSetupDialog

        return PrintSetupDialog(_print_job(window), window)

    def person() -> QWidget:
        student = _first_id(window.pages["students"])  # type: ignore[arg-type]
        return PersonDialog(db, PersonKind.STUDENT, student, window)

    def post() -> QWidget:
        return PostDialog(db, _first_id(window.posts.list_page), parent=window)

    def event() -> QWidget:
        return BroadcastDialog(db, _first_id(window.broadcasts), window)

    def printing(layout: str) -> Callable[[], QWidget]:
        return lambda: _print_preview(window, layout)

    def movement_event() -> QWidget:
        student = _first_id(window.pages["students"])  # type: ignore[arg-type]
        return EventDialog(db, window, kind=MovementKind.STUDENT_TRANSFERRED, person_id=student)

    def guide() -> QWidget:
        folder = guide_dir()
        assert folder is not None, "docs/guide is not beside the package"
        browser = GuideBrowser(folder, window)
        browser.open_topic(INDEX)
        return browser

    return [
        ("welcome", lambda: WelcomeDialog(window)),
        ("server", lambda: ServerDialog(window)),
        ("global-search", search),
        ("import", importing(1)),
        ("import-check", importing(2)),
        ("rollover", lambda: RolloverWizard(db, window)),
        ("person", person),
        ("post", post),
        ("broadcast", event),
        ("movement-event", movement_event),
        ("print-setup", print_setup),
        ("print-invites", printing("sheet")),
        ("print-slips", printing("slips")),
        ("chats-compliance", lambda: ComplianceDialog(db, window)),
        ("invite-audit", lambda: InviteAuditDialog(db, window)),
        ("guide", guide),
    ]


def _print_job(window: MainWindow) -> PrintJob:
    """Printing the first active pupils' link of a class."""
    from ..data.models import InviteRole, InviteState
    from .invites.print_dialog import print_job

    invites = window.pages["invites"]
    assert isinstance(invites, ListPage)
    _first_id(invites)
    links = [
        r.id
        for r in invites.model.rows
        if not r.target_is_chat
        and r.state == InviteState.ACTIVE.label
        and r.role == InviteRole.STUDENT.label
    ]
    return print_job(window.db, links[:1], (), dt.date.today())


def _print_preview(window: MainWindow, layout: str) -> QWidget:
    """The print preview of that link, as a sheet or as slips."""
    from .invites.print_dialog import preview_dialog

    dialog, _painter = preview_dialog(window, _print_job(window), layout)
    dialog.resize(900, 760)
    return dialog
