"""Настройки → Приказы and the card's registration: driven like the administrator does."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from sferum_desk.data import models as m
from sferum_desk.data.engine import Database
from sferum_desk.services import listings, orders
from sferum_desk.services.organisation import load_card
from sferum_desk.ui import registration as registration_ui
from sferum_desk.ui.main_window import MainWindow
from sferum_desk.ui.order_dialog import OrderDialog
from sferum_desk.ui.pages.orders_page import OrdersPage

from .test_registration import fill_card, pdf_text
from .ui_helpers import click_navigation, main_window, populate_small, type_text


@pytest.fixture
def window(qtbot, db: Database):  # noqa: ANN001, ANN201
    with main_window(qtbot, db) as opened:
        click_navigation(qtbot, opened, "settings")
        yield opened


def orders_tab(qtbot, window: MainWindow) -> OrdersPage:  # noqa: ANN001
    window.settings.tabs.setCurrentWidget(window.settings.orders)
    page = window.settings.orders
    qtbot.waitUntil(lambda: page.count_label.text().startswith("Показано"))
    return page


def drive_dialog(qtbot, monkeypatch, fill) -> list[OrderDialog]:  # noqa: ANN001
    """Replace OrderDialog.exec: show the dialog, let ``fill`` type into it, click OK."""
    seen: list[OrderDialog] = []

    def exec_(dialog: OrderDialog) -> int:
        seen.append(dialog)
        dialog.show()
        fill(dialog)
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(OrderDialog, "exec", exec_)
    return seen


def reloaded(qtbot, page: OrdersPage, action) -> None:  # noqa: ANN001
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        action()


def test_an_order_is_added_through_the_dialog(
    qtbot,  # noqa: ANN001
    monkeypatch: pytest.MonkeyPatch,
    window: MainWindow,
    db: Database,
    tmp_path: Path,
) -> None:
    page = orders_tab(qtbot, window)
    assert page.add_button.text() == "Добавить…"
    scan = tmp_path / "Приказ 12-ОД.pdf"
    scan.write_bytes(b"%PDF-1.4 scan")
    monkeypatch.setattr(
        "sferum_desk.ui.order_dialog.QFileDialog.getOpenFileName",
        lambda *args, **kwargs: (str(scan), ""),
    )

    def fill(dialog: OrderDialog) -> None:
        assert dialog.windowTitle() == "Новый приказ"
        qtbot.keyClicks(dialog.number, "12-")
        type_text(dialog.number, "ОД")
        dialog.issued_on.setDate(QDate(2026, 9, 1))
        type_text(dialog.title_edit, "О назначении администратора ИКОП «Сферум»")
        dialog.kind.setCurrentIndex(dialog.kind.findText("Назначение администратора"))
        qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
        assert dialog.file_path.text() == str(scan)

    drive_dialog(qtbot, monkeypatch, fill)
    reloaded(qtbot, page, lambda: qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton))

    (row,) = page.shown_records()
    assert (row.number, row.issued_on, row.kind) == (
        "12-ОД",
        dt.date(2026, 9, 1),
        "Назначение администратора",
    )
    assert page.model.text(0, 4) == str(scan)
    # The card's combobox offers it at once.
    combo = window.settings.form.order_combo
    assert combo.itemText(1) == "№ 12-ОД от 01.09.2026 «О назначении администратора ИКОП «Сферум»»"


def test_a_duplicate_is_refused_in_the_dialog_and_a_missing_file_flagged(
    qtbot,  # noqa: ANN001
    monkeypatch: pytest.MonkeyPatch,
    window: MainWindow,
    db: Database,
    tmp_path: Path,
) -> None:
    populate_small(db)
    page = orders_tab(qtbot, window)
    reloaded(qtbot, page, page.reload)

    def fill(dialog: OrderDialog) -> None:
        type_text(dialog.number, "45-К")
        dialog.issued_on.setDate(QDate(2026, 9, 1))
        type_text(dialog.title_edit, "Ещё один")
        dialog.file_path.setText(str(tmp_path / "нет.pdf"))
        assert dialog.file_note.isVisible()
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        assert dialog.isVisible()  # OK did not close it
        error = dialog.errors["number"]
        assert error.isVisible()
        assert error.text() == "Приказ № 45-К от 01.09.2026 уже есть в реестре."
        # Another date makes it a new order.
        dialog.issued_on.setDate(QDate(2026, 9, 2))

    seen = drive_dialog(qtbot, monkeypatch, fill)
    reloaded(qtbot, page, lambda: qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton))
    assert not seen[0].isVisible()
    # Its missing file is flagged in the list.
    texts = [page.model.text(r, 4) for r in range(page.model.rowCount())]
    assert f"⚠ не найден: {tmp_path / 'нет.pdf'}" in texts


def test_double_click_edits_and_delete_names_what_refers(
    qtbot,  # noqa: ANN001
    monkeypatch: pytest.MonkeyPatch,
    window: MainWindow,
    db: Database,
) -> None:
    populate_small(db)
    page = orders_tab(qtbot, window)
    reloaded(qtbot, page, page.reload)
    numbers = [r.number for r in page.shown_records()]
    row = numbers.index("52-К")

    def fill(dialog: OrderDialog) -> None:
        assert dialog.number.text() == "52-К"
        dialog.title_edit.selectAll()
        qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Delete)
        type_text(dialog.title_edit, "Об отчислении")

    drive_dialog(qtbot, monkeypatch, fill)
    rect = page.table.visualRect(page.proxy.index(row, 0))
    viewport = page.table.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    reloaded(
        qtbot,
        page,
        lambda: qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center()),
    )
    edited = next(r for r in page.shown_records() if r.number == "52-К")
    assert edited.title == "Об отчислении"

    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warnings.append(text))
    row = [r.number for r in page.shown_records()].index("52-К")
    page.table.selectRow(row)
    assert page.delete_button.isEnabled()
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    (message,) = warnings
    assert message.startswith("Приказ № 52-К от 15.10.2026 нельзя удалить")
    assert "Кузнецов Пётр Андреевич" in message
    assert "52-К" in [r.number for r in page.shown_records()]

    # An order nothing rests on goes.
    with db.transaction() as s:
        orders.add_order(
            s, orders.OrderDraft("99", dt.date(2026, 1, 1), "Лишний", m.OrderKind.OTHER)
        )
    reloaded(qtbot, page, page.reload)
    page.table.selectRow([r.number for r in page.shown_records()].index("99"))
    reloaded(qtbot, page, lambda: qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton))
    assert "99" not in [r.number for r in page.shown_records()]
    with db.session() as s:
        assert "99" not in [r.number for r in listings.list_orders(s)]


def test_the_appointment_order_is_saved_and_reloaded(
    qtbot,  # noqa: ANN001
    db: Database,
) -> None:
    with db.transaction() as s:
        order_id = orders.add_order(
            s,
            orders.OrderDraft(
                "12-ОД", dt.date(2026, 9, 1), "О назначении", m.OrderKind.ADMIN_APPOINTMENT
            ),
        )
    with main_window(qtbot, db, start_page="settings") as window:
        form = window.settings.form
        combo = form.order_combo
        assert combo.currentText() == "(не выбран)"
        combo.setCurrentIndex(combo.findData(order_id))
        combo.activated.emit(combo.currentIndex())
        assert form.dirty
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
        assert form.status.text() == "Сохранено."
    with db.session() as s:
        card = load_card(s)
        assert card is not None and card.admin_order_id == order_id
    with main_window(qtbot, db, start_page="settings") as window:
        combo = window.settings.form.order_combo
        assert combo.currentText() == "№ 12-ОД от 01.09.2026 «О назначении»"


def test_the_application_lists_missing_details_and_writes_nothing(
    qtbot,  # noqa: ANN001
    monkeypatch: pytest.MonkeyPatch,
    window: MainWindow,
    tmp_path: Path,
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    monkeypatch.setattr(
        "sferum_desk.ui.registration.QFileDialog.getSaveFileName",
        lambda *a, **k: pytest.fail("must not ask where to save"),
    )
    form = window.settings.form
    assert form.application_button.text() == "Заявка на регистрацию…"
    qtbot.mouseClick(form.application_button, Qt.MouseButton.LeftButton)
    (text,) = shown
    assert text.startswith("Заполните в карточке организации и сохраните:")
    assert "• ИНН" in text and "• приказ о назначении администратора" in text
    assert list(tmp_path.rglob("*.eml")) == [] and list(tmp_path.rglob("*.pdf")) == []


def test_the_application_is_written_and_the_date_recorded(
    qtbot,  # noqa: ANN001
    monkeypatch: pytest.MonkeyPatch,
    db: Database,
    tmp_path: Path,
) -> None:
    scan = tmp_path / "приказ.pdf"
    scan.write_bytes(b"%PDF-1.4 the order")
    fill_card(db, scan)
    out = tmp_path / "out"
    out.mkdir()
    asked: list[str] = []

    def save_as(_parent, _title, default, _filter):  # noqa: ANN001, ANN202
        asked.append(Path(default).name)
        return str(out / Path(default).name), ""

    questions: list[str] = []
    opened: list[str] = []
    monkeypatch.setattr("sferum_desk.ui.registration.QFileDialog.getSaveFileName", save_as)
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda _p, _t, text: questions.append(text) or QMessageBox.StandardButton.Yes,
    )
    monkeypatch.setattr(
        "sferum_desk.ui.registration.QDesktopServices.openUrl",
        lambda url: opened.append(url.toLocalFile()) or True,
    )
    with main_window(qtbot, db, start_page="settings") as window:
        form = window.settings.form
        with qtbot.waitSignal(form.registration.finished, timeout=20_000):
            qtbot.mouseClick(form.application_button, Qt.MouseButton.LeftButton)
        assert asked == ["Заявка в Сферум — МБУ ДО ДЮЦ «Контакт».eml"]
        eml = out / "Заявка в Сферум — МБУ ДО ДЮЦ «Контакт».eml"
        pdf = out / "Заявка в Сферум — МБУ ДО ДЮЦ «Контакт».pdf"
        assert questions[0].startswith("Сохранено:") and questions[0].endswith("Открыть папку?")
        assert opened == [str(out)]
        assert questions[1] == f"Записать {dt.date.today():%d.%m.%Y} как дату отправки заявки?"
        sent = form.editors["application_sent_on"]
        assert sent.value() == dt.date.today()  # type: ignore[union-attr]

    message = email.message_from_bytes(eml.read_bytes(), policy=email.policy.default)
    assert message["To"] == "info@sferum.ru"
    assert message["Subject"].endswith("«Сферум»: МБУ ДО ДЮЦ «Контакт»")
    (attachment,) = message.iter_attachments()
    assert attachment.get_filename() == "приказ.pdf"
    assert attachment.get_content() == scan.read_bytes()
    assert pdf.read_bytes().startswith(b"%PDF")
    assert "+7 900 123-45-67" in pdf_text(pdf)
    with db.session() as s:
        card = load_card(s)
        assert card is not None and card.application_sent_on == dt.date.today()


def test_the_letter_is_printed_through_the_print_dialog(
    qtbot,  # noqa: ANN001
    monkeypatch: pytest.MonkeyPatch,
    db: Database,
    tmp_path: Path,
) -> None:
    fill_card(db, None)
    target = tmp_path / "printed.pdf"

    class FakePrintDialog:
        DialogCode = registration_ui.QPrintDialog.DialogCode

        def __init__(self, printer: QPrinter, _parent) -> None:  # noqa: ANN001
            self.printer = printer

        def setWindowTitle(self, title: str) -> None:  # noqa: N802
            assert title == "Печать заявки"

        def exec(self) -> int:
            self.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            self.printer.setOutputFileName(str(target))
            return int(self.DialogCode.Accepted.value)

    monkeypatch.setattr(registration_ui, "QPrintDialog", FakePrintDialog)
    with main_window(qtbot, db, start_page="settings") as window:
        form = window.settings.form
        assert form.print_button.text() == "Печать…"
        qtbot.mouseClick(form.print_button, Qt.MouseButton.LeftButton)
    text = pdf_text(target)
    assert "В службу поддержки ИКОП «Сферум»" in text
    assert "Ёлкина-Завьялова Анна Сергеевна" in text
