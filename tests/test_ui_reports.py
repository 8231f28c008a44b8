"""The Отчёты page on the demonstration Centre: choose a report, see its first rows, save the
workbook in the background (or cancel it), open it."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QPushButton

from sferum_desk.data.engine import Database
from sferum_desk.reports import director
from sferum_desk.reports.director import KINDS, ReportRequest
from sferum_desk.reports.director.summary_sheet import SHEET_NAME
from sferum_desk.services.organisation import ValidationError
from sferum_desk.ui.app import install_translators
from sferum_desk.ui.pages import reports
from sferum_desk.ui.pages.reports import ReportsPage
from sferum_desk.ui.tasks import wait_for_tasks

from .conftest import TODAY

PAGE = "sferum_desk.ui.pages.reports"


@pytest.fixture
def page(qtbot, demo_db: Database, monkeypatch: pytest.MonkeyPatch) -> Iterator[ReportsPage]:  # noqa: ANN001
    install_translators(QApplication.instance())
    monkeypatch.setattr(reports, "today", lambda: TODAY)
    widget = ReportsPage(demo_db)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    with qtbot.waitSignal(widget.loaded, timeout=30_000):
        widget.ensure_loaded()
    yield widget
    wait_for_tasks()


def _shown(page: ReportsPage) -> tuple[list[str], list[list[str]]]:
    model = page.model
    headers = [model.horizontalHeaderItem(c).text() for c in range(model.columnCount())]
    rows = [
        [model.item(r, c).text() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]
    return headers, rows


def _choose(qtbot, page: ReportsPage, kind: str) -> None:  # noqa: ANN001
    with qtbot.waitSignal(page.loaded, timeout=30_000):
        assert page.select_kind(kind)


def _save_to(monkeypatch: pytest.MonkeyPatch, target: Path) -> list[tuple[Any, ...]]:
    """Answer the save dialog with ``target``; the dialog's arguments, one tuple a call."""
    asked: list[tuple[Any, ...]] = []

    def answer(*args: Any, **_kwargs: Any) -> tuple[str, str]:
        asked.append(args)
        return str(target), "Excel (*.xlsx)"

    monkeypatch.setattr(f"{PAGE}.QFileDialog.getSaveFileName", answer)
    return asked


def _warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    texts: list[str] = []

    def warning(_parent: object, _title: str, text: str, *_a: object) -> QMessageBox.StandardButton:
        texts.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", warning)
    return texts


def test_every_kind_is_listed_and_asks_for_the_dates_it_uses(page: ReportsPage) -> None:
    titles = [
        page.kind_list.item(row).text().split("\n")[0] for row in range(page.kind_list.count())
    ]
    assert titles == list(KINDS.values())
    assert all("\n" in page.kind_list.item(row).text() for row in range(page.kind_list.count()))
    assert page.current_kind() == next(iter(KINDS))
    assert page.from_edit.text() == "01.11.2026"
    assert page.to_edit.text() == "30.11.2026"
    assert page.on_edit.text() == "16.11.2026"
    page.select_kind("movement")
    assert page.from_edit.isEnabled() and page.to_edit.isEnabled()
    page.select_kind("invites")
    assert not page.from_edit.isEnabled() and not page.to_edit.isEnabled()
    assert page.on_edit.isEnabled()
    page.select_kind("all")
    assert page.from_edit.isEnabled() and page.on_edit.isEnabled()


@pytest.mark.parametrize("kind", ["summary", "movement", "invites"])
def test_choosing_a_kind_shows_the_first_rows_of_that_report(
    qtbot, page: ReportsPage, demo_db: Database, kind: str
) -> None:  # noqa: ANN001
    if page.current_kind() != kind:
        _choose(qtbot, page, kind)
    request = page.request()
    assert request is not None and request.kind == kind
    with demo_db.session() as s:
        expected = director.preview(s, request, reports.PREVIEW_ROWS)
    headers, rows = _shown(page)
    assert rows, kind
    assert (headers, rows) == (list(expected[0]), [list(r) for r in expected[1]])
    assert page.preview_label.text() == f"Первые строки отчёта: {len(rows)}"


def test_changing_the_period_refreshes_the_preview(qtbot, page: ReportsPage) -> None:  # noqa: ANN001
    _choose(qtbot, page, "movement")
    _headers, november = _shown(page)
    with qtbot.waitSignal(page.loaded, timeout=30_000):
        page.from_edit.setDate(dt.date(2026, 9, 1))
        page.to_edit.setDate(dt.date(2026, 9, 30))
    _headers, september = _shown(page)
    assert september and september != november


def test_without_personal_data_the_preview_and_the_file_name_nobody(
    qtbot, page: ReportsPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # noqa: ANN001
    _choose(qtbot, page, "invites")
    headers, _rows = _shown(page)
    assert "Кому выдана" in headers
    assert page.personal_check.isChecked()
    with qtbot.waitSignal(page.loaded, timeout=30_000):
        page.personal_check.click()
    headers, rows = _shown(page)
    assert "Кому выдана" not in headers and rows
    _save_to(monkeypatch, tmp_path / "ссылки.xlsx")
    page.save_button.click()
    qtbot.waitUntil(lambda: page.status_label.text().startswith("Сохранено"), timeout=60_000)
    book = openpyxl.load_workbook(tmp_path / "ссылки.xlsx")
    assert book.properties.category == "Без персональных данных"


def test_a_backwards_period_is_refused_under_the_field(
    qtbot, page: ReportsPage, monkeypatch: pytest.MonkeyPatch
) -> None:  # noqa: ANN001
    _choose(qtbot, page, "movement")
    asked = _save_to(monkeypatch, Path("never.xlsx"))
    with qtbot.waitSignal(page.loaded, timeout=30_000):
        page.from_edit.setDate(dt.date(2026, 12, 1))
    assert page.period_error.isVisible()
    assert page.period_error.text() == "Период заканчивается раньше, чем начинается."
    assert page.model.rowCount() == 0
    page.save_button.click()
    assert asked == []


def test_save_writes_the_workbook_and_open_hands_it_to_the_system(
    qtbot, page: ReportsPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # noqa: ANN001
    asked = _save_to(monkeypatch, tmp_path / "Сводный")
    opened: list[QUrl] = []
    monkeypatch.setattr(f"{PAGE}.QDesktopServices.openUrl", lambda url: opened.append(url) or True)
    assert not page.open_button.isEnabled()

    page.save_button.click()
    qtbot.waitUntil(lambda: page.status_label.text().startswith("Сохранено"), timeout=60_000)

    assert Path(asked[0][2]).name == "Сводный отчёт 16.11.2026.xlsx"
    path = tmp_path / "Сводный.xlsx"
    assert page.saved_path == path
    workbook = openpyxl.load_workbook(path)
    assert workbook.sheetnames == [SHEET_NAME]
    texts = {str(c.value) for row in workbook[SHEET_NAME].iter_rows() for c in row if c.value}
    # the page's dates reached the workbook
    assert "По состоянию на 16.11.2026; период: 01.11.2026 — 30.11.2026" in texts
    assert page.status_label.text() == f"Сохранено: {path} (листов: {len(workbook.sheetnames)})"

    assert page.open_button.isEnabled()
    page.open_button.click()
    assert opened == [QUrl.fromLocalFile(str(path))]


def test_cancel_leaves_no_file(
    qtbot, page: ReportsPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # noqa: ANN001
    folder = tmp_path / "out"
    folder.mkdir()
    _save_to(monkeypatch, folder / "Все отчёты.xlsx")
    gate = threading.Event()
    real_build = director.build_report

    def held(session: Any, request: ReportRequest, path: Path) -> Iterator[tuple[int, int, str]]:
        steps = real_build(session, request, path)
        yield next(steps)
        gate.wait(30)  # the user presses Cancel while the workbook is being written
        return (yield from steps)

    monkeypatch.setattr(f"{PAGE}.build_report", held)
    _choose(qtbot, page, "all")
    page.save_button.click()
    dialog = page.findChild(QProgressDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=10_000)  # shown once the job takes a while
    assert dialog.labelText().startswith("Лист ")
    cancel = dialog.findChild(QPushButton)
    assert cancel is not None
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)  # the user presses «Отмена»
    gate.set()
    qtbot.waitUntil(lambda: page.status_label.text().startswith("Отменено"), timeout=60_000)
    assert list(folder.iterdir()) == []
    assert not page.open_button.isEnabled()
    assert page.save_button.isEnabled()


def test_a_failed_save_is_a_message_not_a_traceback(
    qtbot, page: ReportsPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # noqa: ANN001
    _save_to(monkeypatch, tmp_path / "отчёт.xlsx")
    texts = _warnings(monkeypatch)
    crashes: list[object] = []
    monkeypatch.setattr("sys.excepthook", lambda *args: crashes.append(args))

    def refuse(
        _session: Any, _request: ReportRequest, _path: Path
    ) -> Iterator[tuple[int, int, str]]:
        yield 0, 1, ""
        raise ValidationError({"end": "Нет данных за выбранный период."})

    monkeypatch.setattr(f"{PAGE}.build_report", refuse)
    page.save_button.click()
    qtbot.waitUntil(lambda: bool(texts), timeout=10_000)
    assert texts == ["Не сохранено: Нет данных за выбранный период."]
    assert crashes == []
    assert not (tmp_path / "отчёт.xlsx").exists()
    assert page.save_button.isEnabled() and not page.open_button.isEnabled()


def test_a_failed_preview_says_why_under_the_list(
    qtbot, page: ReportsPage, monkeypatch: pytest.MonkeyPatch
) -> None:  # noqa: ANN001
    def refuse(_session: Any, _request: ReportRequest, _limit: int) -> None:
        raise ValidationError({"on": "На эту дату нет учебного года."})

    monkeypatch.setattr(f"{PAGE}.preview", refuse)
    _choose(qtbot, page, "nomenclature")
    assert page.model.rowCount() == 0
    assert page.preview_label.text() == "Нет предпросмотра: На эту дату нет учебного года."


def test_open_tells_when_the_saved_file_is_gone(
    qtbot, page: ReportsPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # noqa: ANN001
    _save_to(monkeypatch, tmp_path / "Чаты.xlsx")
    texts = _warnings(monkeypatch)
    opened: list[QUrl] = []
    monkeypatch.setattr(f"{PAGE}.QDesktopServices.openUrl", lambda url: opened.append(url) or True)
    _choose(qtbot, page, "chats")
    page.save_button.click()
    qtbot.waitUntil(page.open_button.isEnabled, timeout=60_000)
    assert openpyxl.load_workbook(tmp_path / "Чаты.xlsx").sheetnames
    (tmp_path / "Чаты.xlsx").unlink()
    page.open_button.click()
    assert opened == []
    assert texts == [f"Файла больше нет: {tmp_path / 'Чаты.xlsx'}"]
    with qtbot.waitSignal(page.loaded, timeout=30_000):
        page.select_kind("movement")  # another report: «Открыть» no longer means that file
    assert not page.open_button.isEnabled()
