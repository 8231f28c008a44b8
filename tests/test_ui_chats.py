"""Чаты driven like the administrator does: filter the register, add a chat through the
dialog (a refused title first), archive and delete, and the compliance check's tasks."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox
from sqlalchemy import select

from sferum_desk.data import models as m
from sferum_desk.data.engine import Database
from sferum_desk.ui.chats import ChatDialog, ChatsPage, ComplianceDialog
from sferum_desk.ui.chats import common as chats_common
from sferum_desk.ui.main_window import MainWindow

from .conftest import TODAY
from .ui_helpers import click_navigation, main_window, populate_small, type_text


@pytest.fixture
def window(qtbot, db: Database, monkeypatch: pytest.MonkeyPatch):  # noqa: ANN001, ANN201
    monkeypatch.setattr(chats_common, "today", lambda: TODAY)
    populate_small(db)
    with main_window(qtbot, db) as opened:
        yield opened


@pytest.fixture
def page(qtbot, window: MainWindow) -> ChatsPage:  # noqa: ANN001
    click_navigation(qtbot, window, "chats")
    chats = window.pages["chats"]
    assert isinstance(chats, ChatsPage)
    qtbot.waitUntil(lambda: len(chats.model.rows) == 3)
    return chats


def _titles(page: ChatsPage) -> list[str]:
    return [row.title for row in page.shown_records()]


def _ok(qtbot, dialog: QDialog) -> None:  # noqa: ANN001
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_typing_a_filter_narrows_the_rows_folding_yo(qtbot, page: ChatsPage) -> None:  # noqa: ANN001
    assert sorted(_titles(page)) == [
        "Директор и педагоги",
        "Летний лагерь 2025",
        "Робототехника — ребята",
    ]
    row = next(r for r in page.model.rows if r.title == "Робототехника — ребята")
    assert row.invite_url == "https://vk.me/join/robots-chat"
    page.filter_edit.setFocus()
    type_text(page.filter_edit, "лЁтний")
    assert _titles(page) == ["Летний лагерь 2025"]
    page.filter_edit.clear()
    type_text(page.filter_edit, "ребята")
    assert _titles(page) == ["Робототехника — ребята"]
    # An archived chat cannot be archived again; an active one can.
    page.filter_edit.clear()
    archived = next(r for r in page.model.rows if r.state == m.ChatState.ARCHIVED.label)
    page.select_record(archived.id)
    assert not page.archive_button.isEnabled()
    assert page.edit_button.isEnabled()


def test_add_a_chat_with_a_refused_then_a_good_title(
    qtbot,
    page: ChatsPage,
    db: Database,
    monkeypatch,  # noqa: ANN001
) -> None:
    seen: dict[str, object] = {}

    def exec_(dialog: ChatDialog) -> int:
        dialog.show()
        dialog.kind.setCurrentIndex(dialog.kind.findData(m.ChatKind.DIRECTOR_DEPUTIES))
        dialog.title.setFocus()
        type_text(dialog.title, "директор и ПЕДАГОГИ")
        dialog.owner.filter_edit.setFocus()
        type_text(dialog.owner.filter_edit, "сидор")
        assert dialog.owner.combo.count() == 2  # «no owner» and Сидорова
        dialog.owner.combo.setCurrentIndex(1)
        _ok(qtbot, dialog)
        seen["error"] = dialog.errors["title"].text()
        seen["error_visible"] = dialog.errors["title"].isVisible()
        seen["open"] = dialog.isVisible()
        dialog.title.clear()
        type_text(dialog.title, "Директор — заместители")
        _ok(qtbot, dialog)
        return dialog.result()

    monkeypatch.setattr(ChatDialog, "exec", exec_)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)

    assert seen["open"] and seen["error_visible"]
    assert "«Директор и педагоги» уже есть в реестре" in str(seen["error"])
    with db.session() as s:
        chat = s.scalar(select(m.Chat).where(m.Chat.title == "Директор — заместители"))
        assert chat.kind == m.ChatKind.DIRECTOR_DEPUTIES
        assert chat.owner.last_name == "Сидорова"
        assert chat.created_on == TODAY
    qtbot.waitUntil(lambda: "Директор — заместители" in _titles(page))
    qtbot.waitUntil(lambda: page.selected_row() is not None)
    assert page.selected_row().title == "Директор — заместители"


def test_the_group_combo_offers_the_chosen_associations_groups(
    qtbot,
    page: ChatsPage,
    db: Database,  # noqa: ANN001
) -> None:
    dialog = ChatDialog(db, None, page)
    qtbot.addWidget(dialog)
    assert not dialog.group.isEnabled()
    dialog.association.setCurrentIndex(dialog.association.findText("Робототехника"))
    groups = [dialog.group.itemText(i) for i in range(1, dialog.group.count())]
    assert groups == ["Робототехника, 1 год, гр. 1", "Робототехника, 2 год, гр. 2"]
    dialog.association.setCurrentIndex(dialog.association.findText("Вокальная студия «Голос»"))
    groups = [dialog.group.itemText(i) for i in range(1, dialog.group.count())]
    assert groups == ["Голос, 1 год, гр. 1"]


def test_delete_is_refused_with_the_reason(
    qtbot,
    page: ChatsPage,
    db: Database,
    monkeypatch,  # noqa: ANN001
) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a, **_k: warned.append(text))
    robots = next(r for r in page.model.rows if r.title == "Робототехника — ребята")
    page.select_record(robots.id)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert warned and "https://vk.me/join/robots-chat" in warned[0]
    old = next(r for r in page.model.rows if r.title == "Летний лагерь 2025")
    page.select_record(old.id)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(page.model.rows) == 2)
    with db.session() as s:
        assert s.get(m.Chat, old.id) is None


def test_compliance_dialog_creates_tasks_for_checked_findings(
    qtbot,
    page: ChatsPage,
    db: Database,
    monkeypatch,  # noqa: ANN001
) -> None:
    told: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "information", lambda _p, _t, text, *_a, **_k: told.append(text)
    )
    groups: dict[str, list[str]] = {}

    def exec_(dialog: ComplianceDialog) -> int:
        dialog.show()
        tree = dialog.tree
        for i in range(tree.topLevelItemCount()):
            top = tree.topLevelItem(i)
            groups[top.text(0)] = [top.child(j).text(0) for j in range(top.childCount())]
        # Leave the student activists' chat for later.
        top = tree.topLevelItem(0)
        for j in range(top.childCount()):
            if "ученический актив" in top.child(j).text(0):
                top.child(j).setCheckState(0, Qt.CheckState.Unchecked)
        assert len(dialog.checked_findings()) == 5
        qtbot.mouseClick(dialog.make_tasks, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(ComplianceDialog, "exec", exec_)
    qtbot.mouseClick(page.check_button, Qt.MouseButton.LeftButton)

    titles = list(groups)
    assert titles[0].startswith("Нет чатов администрации")
    assert len(groups[titles[0]]) == 3
    assert titles[1].startswith("Нет чатов объединений")
    assert len(groups[titles[1]]) == 3
    assert len(titles) == 2  # every active chat has a working owner
    assert told and "5" in told[0]
    with db.session() as s:
        created = set(
            s.scalars(
                select(m.SferumTask.title).where(
                    m.SferumTask.kind == m.TaskKind.CREATE_CHAT,
                    m.SferumTask.state == m.TaskState.OPEN,
                )
            )
        )
    assert created == {
        "Создать чат: Директор — заместители",
        "Создать чат: Директор — родительский актив",
        "Создать чат: Вокальная студия «Голос» — обучающиеся",
        "Создать чат: Вокальная студия «Голос» — родители",
        "Создать чат: Робототехника — родители",
    }

    # Opened again: the five are covered and cannot be checked; one is left to do.
    dialog = ComplianceDialog(db, page)
    qtbot.addWidget(dialog)
    assert [f.task_title for f in dialog.checked_findings()] == [
        "Создать чат: Директор — ученический актив"
    ]


def test_archive_refuses_a_future_date_then_archives_with_link_tasks(
    qtbot,
    window: MainWindow,
    db: Database,  # noqa: ANN001
) -> None:
    from sferum_desk.ui.chats.dialogs import ArchiveChatDialog

    with db.transaction() as s:
        chat = s.scalars(select(m.Chat).where(m.Chat.title == "Директор и педагоги")).one()
        s.add(
            m.InviteLink(
                url="https://vk.me/join/teachers", chat=chat, role=m.InviteRole.TEACHER,
                created_on=TODAY.replace(day=1),
            )
        )  # fmt: skip
        chat_id = chat.id
    dialog = ArchiveChatDialog(db, chat_id, "Директор и педагоги", window)
    qtbot.addWidget(dialog)
    dialog.on.setDate(TODAY.replace(day=20))
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert "ещё не наступила" in dialog.errors["on"].text()
    with db.session() as s:
        assert s.get(m.Chat, chat_id).state == m.ChatState.ACTIVE  # nothing written
    dialog.on.setDate(TODAY)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.tasks == 1
    with db.session() as s:
        assert s.get(m.Chat, chat_id).state == m.ChatState.ARCHIVED
        revoke = s.scalars(
            select(m.SferumTask).where(
                m.SferumTask.chat_id == chat_id, m.SferumTask.kind == m.TaskKind.ANNUL_INVITE
            )
        ).one()
        assert revoke.invite_link.url == "https://vk.me/join/teachers"
