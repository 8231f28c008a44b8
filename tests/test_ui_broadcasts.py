"""Трансляции и встречи driven like the administrator does: add through the dialog (an error
shown under its field, then fixed), mark a seminar held with who took part, cancel, delete."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox
from sqlalchemy import select

from sferum_desk.data import models as m
from sferum_desk.data.engine import Database
from sferum_desk.services import broadcasts as service
from sferum_desk.ui.broadcasts import BroadcastsPage
from sferum_desk.ui.broadcasts.dialogs import BroadcastDialog, HeldDialog
from sferum_desk.ui.main_window import MainWindow

from .ui_helpers import click_navigation, main_window, populate_small, type_text


@pytest.fixture
def window(qtbot, db: Database):  # noqa: ANN001, ANN201
    populate_small(db)
    with main_window(qtbot, db) as opened:
        yield opened


@pytest.fixture
def page(qtbot, window: MainWindow) -> BroadcastsPage:  # noqa: ANN001
    click_navigation(qtbot, window, "broadcasts")
    found = window.pages["broadcasts"]
    assert isinstance(found, BroadcastsPage)
    qtbot.waitUntil(lambda: found.count_label.text().startswith("Показано"))
    return found


def drive(qtbot, monkeypatch, cls, fill) -> list:  # noqa: ANN001
    """Replace ``cls.exec``: show the dialog and let ``fill`` work it (and press OK)."""
    seen: list = []

    def exec_(dialog: QDialog) -> int:
        seen.append(dialog)
        dialog.show()
        fill(dialog)
        return dialog.result()

    monkeypatch.setattr(cls, "exec", exec_)
    return seen


def ok(qtbot, dialog: QDialog) -> None:  # noqa: ANN001
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_add_a_seminar_after_fixing_the_link(qtbot, page: BroadcastsPage, db, monkeypatch) -> None:  # noqa: ANN001
    errors_seen: list[str] = []

    def fill(dialog: BroadcastDialog) -> None:
        dialog.kind.setCurrentIndex(dialog.kind.findData(m.BroadcastKind.SEMINAR))
        assert dialog.attendees.isVisibleTo(dialog)
        type_text(dialog.title, "Вебинар «Чаты объединений»")
        dialog.starts_at.setDateTime(QDateTime(dt.datetime(2026, 12, 3, 15, 30)))
        dialog.duration.setValue(90)
        dialog.categories[m.Audience.STAFF].setChecked(True)
        type_text(dialog.url, "http://sferum.ru/call")
        ok(qtbot, dialog)
        assert dialog.isVisible()  # refused: the message is under the link
        errors_seen.append(dialog.errors["url"].text())
        assert dialog.errors["url"].isVisibleTo(dialog)
        dialog.url.clear()
        type_text(dialog.url, "https://sferum.ru/call")
        for n in range(2):
            dialog.attendees.item(n).setCheckState(Qt.CheckState.Checked)
        ok(qtbot, dialog)

    seen = drive(qtbot, monkeypatch, BroadcastDialog, fill)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert errors_seen == ["Ссылка должна начинаться с https:// (например, https://sferum.ru/…)."]
    assert seen[0].result() == QDialog.DialogCode.Accepted
    qtbot.waitUntil(lambda: any(r.title.startswith("Вебинар") for r in page.model.rows))
    with db.session() as s:
        item = s.scalar(select(m.Broadcast).where(m.Broadcast.kind == m.BroadcastKind.SEMINAR))
        assert item.url == "https://sferum.ru/call"
        assert service.local(item.starts_at) == dt.datetime(2026, 12, 3, 15, 30)
        assert len(service.list_attendees(s, item.id)) == 2
    row = next(r for r in page.model.rows if r.title.startswith("Вебинар"))
    assert (row.kind, row.audience, row.status) == (
        "Семинар (вебинар) для педагогов",
        "Сотрудники",
        "Запланирована",
    )


def test_mark_a_seminar_held_with_who_took_part(
    qtbot, page: BroadcastsPage, db, monkeypatch
) -> None:  # noqa: ANN001
    with db.transaction() as s:
        staff = list(s.scalars(select(m.Person.id).where(m.Person.kind == m.PersonKind.STAFF)))
        item = service.add_broadcast(
            s,
            service.BroadcastDraft(
                kind=m.BroadcastKind.SEMINAR,
                title="Семинар по Сферуму",
                starts_at=dt.datetime(2026, 11, 10, 15, 0),
                duration_min=60,
                audiences={m.Audience.STAFF},
            ),
        )
        service.set_attendees(s, item.id, staff[:3])
        seminar_id = item.id
    page.reload()
    qtbot.waitUntil(lambda: any(r.id == seminar_id for r in page.model.rows))
    assert page.select_record(seminar_id)

    def fill(dialog: HeldDialog) -> None:
        assert dialog.attendees.count() == 3
        dialog.attendees.item(0).setCheckState(Qt.CheckState.Checked)
        dialog.attendees.item(2).setCheckState(Qt.CheckState.Checked)
        type_text(dialog.attendance, "-1")
        ok(qtbot, dialog)
        assert dialog.errors["attendance"].text() == "Число участников не может быть меньше нуля."
        dialog.attendance.clear()  # empty: count those marked
        dialog.result_edit.setPlainText("Педагоги создали чаты объединений")
        ok(qtbot, dialog)

    seen = drive(qtbot, monkeypatch, HeldDialog, fill)
    qtbot.mouseClick(page.held_button, Qt.MouseButton.LeftButton)
    assert seen[0].result() == QDialog.DialogCode.Accepted
    qtbot.waitUntil(
        lambda: any(r.id == seminar_id and r.status == "Проведена" for r in page.model.rows)
    )
    row = next(r for r in page.model.rows if r.id == seminar_id)
    assert (row.attendance_actual, row.attended, row.attendees) == (2, 2, 3)
    assert row.result == "Педагоги создали чаты объединений"


def test_cancel_and_delete_ask_first(qtbot, page: BroadcastsPage, db, monkeypatch) -> None:  # noqa: ANN001
    asked: list[str] = []

    def question(_parent, _title, text, *_args, **_kwargs):  # noqa: ANN001, ANN202
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    concert = next(r for r in page.model.rows if r.title == "Отчётный концерт")
    assert page.select_record(concert.id)
    assert page.cancel_button.isEnabled()
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: any(r.id == concert.id and r.status == "Отменена" for r in page.model.rows)
    )
    assert page.select_record(concert.id)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: all(r.id != concert.id for r in page.model.rows))
    assert asked == [
        "Отметить «Отчётный концерт» отменённой?",
        "Удалить «Отчётный концерт» вместе с аудиторией и отметками участия? "
        "Это действие нельзя отменить.",
    ]
    with db.session() as s:
        assert s.get(m.Broadcast, concert.id) is None
