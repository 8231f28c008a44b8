"""Поддержка driven like the administrator does: a record added after fixing an error,
resolved with a template's answer; a template copied and printed; the Help menu."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox
from sqlalchemy import select

from sferum_desk.data import models as m
from sferum_desk.data.engine import Database
from sferum_desk.services import support
from sferum_desk.ui.main_window import MainWindow
from sferum_desk.ui.people import common as people_common
from sferum_desk.ui.support import SupportPage
from sferum_desk.ui.support.dialogs import (
    RequestDialog,
    ResolveDialog,
    TemplateDialog,
    instruction_document,
)

from .conftest import TODAY
from .ui_helpers import click_navigation, main_window, populate_small, type_text


@pytest.fixture
def window(qtbot, db: Database, monkeypatch: pytest.MonkeyPatch):  # noqa: ANN001, ANN201
    monkeypatch.setattr(people_common, "today", lambda: TODAY)
    from sferum_desk.ui.support import dialogs

    monkeypatch.setattr(dialogs, "today", lambda: TODAY)
    populate_small(db)
    with db.transaction() as s:
        support.populate_support_demo(s)
    with main_window(qtbot, db) as opened:
        yield opened


@pytest.fixture
def page(qtbot, window: MainWindow) -> SupportPage:  # noqa: ANN001
    click_navigation(qtbot, window, "support")
    found = window.pages["support"]
    assert isinstance(found, SupportPage)
    qtbot.waitUntil(lambda: found.count_label.text().startswith("Показано"))
    return found


def drive(monkeypatch, cls, fill) -> list:  # noqa: ANN001
    seen: list = []

    def exec_(dialog: QDialog) -> int:
        seen.append(dialog)
        dialog.show()
        fill(dialog)
        return dialog.result()

    monkeypatch.setattr(cls, "exec", exec_)
    return seen


def ok(qtbot, dialog: QDialog) -> None:  # noqa: ANN001
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )


def test_add_a_request_then_resolve_it_with_a_template(
    qtbot, page: SupportPage, db, monkeypatch
) -> None:  # noqa: ANN001
    def fill(dialog: RequestDialog) -> None:
        dialog.kind.setCurrentIndex(dialog.kind.findData(m.SupportKind.PLATFORM_REQUEST))
        dialog.channel.setCurrentIndex(dialog.channel.findData(m.SupportChannel.EMAIL))
        dialog.opened_on.setDate(dt.date(2026, 11, 12))
        ok(qtbot, dialog)
        assert dialog.errors["subject"].text() == "Укажите тему обращения."
        type_text(dialog.subject, "Не приходит код входа")
        type_text(dialog.ticket, "4455667")
        ok(qtbot, dialog)

    seen = drive(monkeypatch, RequestDialog, fill)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert seen[0].result() == QDialog.DialogCode.Accepted
    qtbot.waitUntil(lambda: len(page.model.rows) == 1)
    row = page.model.rows[0]
    assert (row.kind, row.channel, row.status) == (
        "Обращение в поддержку Сферума",
        "info@sferum.ru",
        "Открыто",
    )
    assert page.select_record(row.id)

    def resolve(dialog: ResolveDialog) -> None:
        index = dialog.template.findText("Как войти в Сферум")
        dialog.template.setCurrentIndex(index)
        dialog.template.activated.emit(index)
        dialog.resolved_on.setDate(dt.date(2026, 11, 14))
        ok(qtbot, dialog)

    drive(monkeypatch, ResolveDialog, resolve)
    qtbot.mouseClick(page.resolve_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.rows[0].status == "Решено")
    row = page.model.rows[0]
    assert row.days == 2
    assert row.answer.startswith("1. Установите приложение VK Мессенджер")


def test_template_added_copied_and_printed(qtbot, page: SupportPage, db, monkeypatch) -> None:  # noqa: ANN001
    def fill(dialog: TemplateDialog) -> None:
        type_text(dialog.title, "Как вступить в класс по ссылке")
        dialog.body.setPlainText("Откройте ссылку и нажмите «Вступить».")
        ok(qtbot, dialog)
        assert "уже есть" in dialog.errors["title"].text()
        dialog.title.clear()
        type_text(dialog.title, "Вступление по ссылке")
        ok(qtbot, dialog)

    drive(monkeypatch, TemplateDialog, fill)
    qtbot.mouseClick(page.add_template_button, Qt.MouseButton.LeftButton)
    assert page.selected_template().title == "Вступление по ссылке"
    assert page.template_text.toPlainText() == "Откройте ссылку и нажмите «Вступить»."
    with db.session() as s:
        assert "Вступление по ссылке" in s.scalars(select(m.SupportTemplate.title)).all()

    QApplication.clipboard().clear()
    qtbot.mouseClick(page.copy_button, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == "Откройте ссылку и нажмите «Вступить»."

    printed: list[str] = []

    def preview_exec(dialog: QPrintPreviewDialog) -> int:
        printed.append(dialog.windowTitle())
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(QPrintPreviewDialog, "exec", preview_exec)
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    assert printed == ["Вступление по ссылке"]
    document = instruction_document("МБУ ДО ДЮЦ «Контакт»", "Вступление", "Шаг 1\nШаг 2")
    assert document.toPlainText().split("\n") == [
        "МБУ ДО ДЮЦ «Контакт»",
        "Вступление",
        "Шаг 1",
        "Шаг 2",
    ]
    assert document.pageCount() == 1


@pytest.mark.parametrize(
    ("action", "url"),
    [
        ("help_email", "mailto:info@sferum.ru"),
        ("help_site", "https://sferum.ru"),
        ("help_prof", "https://prof.sferum.ru"),
        ("help_bot", "https://me.sferum.ru/?p=messages&peerId=-222277107"),
    ],
)
def test_help_menu_opens_the_regulations_resources(
    window: MainWindow, monkeypatch, action, url
) -> None:  # noqa: ANN001
    opened: list[str] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", lambda u: opened.append(QUrl(u).toString()) or True
    )
    assert window.help_menu.menu.title() == "&Справка"
    window.help_menu.actions[action].trigger()
    assert opened == [url]


def test_resources_dialog_text_can_be_copied(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    window.help_menu.actions["help_resources"].trigger()
    dialog = window.findChild(QDialog, "resources_dialog")
    assert dialog is not None and dialog.isVisible()
    text = dialog.text.toPlainText()
    for needle in (
        "info@sferum.ru",
        "Помощник Сферума",
        "https://sferum.ru",
        "https://prof.sferum.ru",
    ):
        assert needle in text
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == text
    dialog.close()
