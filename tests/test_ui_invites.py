"""Ссылки-приглашения driven like the administrator does: add and replace a link, hand it
out, mark it used, annul it, audit the register, print a selection."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox
from sqlalchemy import select

from sferum_desk.data import models as m
from sferum_desk.data.engine import Database
from sferum_desk.services.invites import REPLACED_REASON
from sferum_desk.ui.form_widgets import edit_date
from sferum_desk.ui.invites import InvitesPage
from sferum_desk.ui.invites import common as invites_common
from sferum_desk.ui.invites import page as page_module
from sferum_desk.ui.invites.audit_dialog import InviteAuditDialog
from sferum_desk.ui.invites.dialogs import (
    AddInviteDialog,
    AnnulInviteDialog,
    HandoutDialog,
    MarkUsedDialog,
)
from sferum_desk.ui.main_window import MainWindow

from .conftest import TODAY
from .ui_helpers import click_navigation, main_window, populate_small, type_text

ROBOTS1 = "Робототехника, 1 год, гр. 1"
OLD_URL = "https://sferum.ru/?invite=robots1-student"
CHAT_URL = "https://vk.me/join/robots-chat"


@pytest.fixture
def window(qtbot, db: Database, monkeypatch: pytest.MonkeyPatch):  # noqa: ANN001, ANN201
    monkeypatch.setattr(invites_common, "today", lambda: TODAY)
    populate_small(db)
    with main_window(qtbot, db) as opened:
        yield opened


@pytest.fixture
def page(qtbot, window: MainWindow) -> InvitesPage:  # noqa: ANN001
    click_navigation(qtbot, window, "invites")
    invites = window.pages["invites"]
    assert isinstance(invites, InvitesPage)
    qtbot.waitUntil(lambda: invites.count_label.text().startswith("Показано"))
    return invites


def drive(qtbot, monkeypatch, cls, fill, ok: bool = True) -> list:  # noqa: ANN001
    """Replace ``cls.exec``: show the dialog, let ``fill`` work it, then click OK."""
    seen: list = []

    def exec_(dialog: QDialog) -> int:
        seen.append(dialog)
        dialog.show()
        fill(dialog)
        if ok:
            button = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(cls, "exec", exec_)
    return seen


def answer(monkeypatch, reply: QMessageBox.StandardButton) -> list[str]:  # noqa: ANN001
    """Answer every QMessageBox.question with ``reply``; the questions' texts."""
    asked: list[str] = []

    def question(_parent, _title, text, *_args, **_kwargs):  # noqa: ANN001, ANN202
        asked.append(text)
        return reply

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def links(db: Database) -> dict[str, m.InviteLink]:
    with db.session() as s:
        found = {link.url: link for link in s.scalars(select(m.InviteLink))}
        s.expunge_all()
    return found


def select_url(qtbot, page: InvitesPage, url: str) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: any(row.url == url for row in page.model.rows))
    link_id = next(row.id for row in page.model.rows if row.url == url)
    assert page.select_record(link_id)


def reloaded(qtbot, page: InvitesPage, check) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: check(page.model.rows), timeout=10_000)


def fill_new_link(url: str, role: m.InviteRole = m.InviteRole.STUDENT):  # noqa: ANN201
    def fill(dialog: AddInviteDialog) -> None:
        dialog.group_combo.setCurrentIndex(
            next(
                i
                for i in range(dialog.group_combo.count())
                if dialog.group_combo.itemText(i).startswith(ROBOTS1)
            )
        )
        dialog.role.setCurrentIndex(dialog.role.findData(role))
        dialog.url.setFocus()
        type_text(dialog.url, url)

    return fill


def test_the_page_lists_links_and_enables_actions_by_state(qtbot, page: InvitesPage) -> None:  # noqa: ANN001
    assert {row.url for row in page.shown_records()} == {
        OLD_URL,
        CHAT_URL,
        "https://sferum.ru/?invite=voice1-parent",
    }
    select_url(qtbot, page, OLD_URL)
    assert page.handout_button.isEnabled() and page.annul_button.isEnabled()
    select_url(qtbot, page, "https://sferum.ru/?invite=voice1-parent")  # annulled
    assert not page.handout_button.isEnabled()
    assert not page.used_button.isEnabled()
    assert not page.annul_button.isEnabled()


def test_an_evil_address_is_refused_under_the_field(
    qtbot,
    page: InvitesPage,
    db: Database,
    monkeypatch,  # noqa: ANN001
) -> None:
    asked = answer(monkeypatch, QMessageBox.StandardButton.Yes)
    seen = drive(
        qtbot, monkeypatch, AddInviteDialog, fill_new_link("https://sferum.ru.evil.com/j/x")
    )
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dialog = seen[0]
    assert dialog.result() != QDialog.DialogCode.Accepted
    error = dialog.errors["url"]
    assert not error.isHidden()
    assert "«sferum.ru.evil.com»" in error.text() and "не принята" in error.text()
    assert asked == []  # refused before any question about replacing
    assert len(links(db)) == 3


def test_replacing_an_active_link_is_confirmed_and_annuls_the_old_one(
    qtbot,
    page: InvitesPage,
    db: Database,
    monkeypatch,  # noqa: ANN001
) -> None:
    new_url = "https://sferum.ru/?invite=robots1-new"
    asked = answer(monkeypatch, QMessageBox.StandardButton.Yes)
    drive(qtbot, monkeypatch, AddInviteDialog, fill_new_link(new_url))
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 1
    assert OLD_URL in asked[0] and ROBOTS1 in asked[0] and "16.11.2026" in asked[0]
    stored = links(db)
    assert stored[new_url].state == m.InviteState.ACTIVE
    assert stored[new_url].created_on == TODAY
    assert stored[OLD_URL].state == m.InviteState.ANNULLED
    assert stored[OLD_URL].annul_reason == REPLACED_REASON
    reloaded(qtbot, page, lambda rows: any(r.url == new_url for r in rows))


def test_declining_the_replacement_stores_nothing(
    qtbot,
    page: InvitesPage,
    db: Database,
    monkeypatch,  # noqa: ANN001
) -> None:
    asked = answer(monkeypatch, QMessageBox.StandardButton.No)
    seen = drive(qtbot, monkeypatch, AddInviteDialog, fill_new_link("https://vk.me/join/new"))
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 1
    assert seen[0].result() != QDialog.DialogCode.Accepted
    stored = links(db)
    assert "https://vk.me/join/new" not in stored
    assert stored[OLD_URL].state == m.InviteState.ACTIVE


def test_a_parent_link_for_a_class_needs_no_confirmation(
    qtbot,
    page: InvitesPage,
    db: Database,
    monkeypatch,  # noqa: ANN001
) -> None:
    asked = answer(monkeypatch, QMessageBox.StandardButton.No)
    drive(
        qtbot,
        monkeypatch,
        AddInviteDialog,
        fill_new_link("https://max.ru/join/parents", m.InviteRole.PARENT),
    )
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert asked == []
    stored = links(db)
    assert stored["https://max.ru/join/parents"].role == m.InviteRole.PARENT
    assert stored[OLD_URL].state == m.InviteState.ACTIVE


def test_hand_out_to_a_person_found_by_typing(
    qtbot,
    page: InvitesPage,
    db: Database,
    monkeypatch,  # noqa: ANN001
) -> None:
    def fill(dialog: HandoutDialog) -> None:
        names = [dialog.person.combo.itemText(i) for i in range(dialog.person.combo.count())]
        assert names and all("(" in n for n in names)  # a student link: students, with birth dates
        assert not any(n.startswith("Иванов Пётр") for n in names)
        dialog.everyone.setChecked(True)  # the parent takes the link for the child
        dialog.person.filter_edit.setFocus()
        type_text(dialog.person.filter_edit, "иванов пётр")
        dialog.method.setCurrentIndex(dialog.method.findData(m.HandoutMethod.EMAIL))

    drive(qtbot, monkeypatch, HandoutDialog, fill)
    select_url(qtbot, page, CHAT_URL)
    qtbot.mouseClick(page.handout_button, Qt.MouseButton.LeftButton)
    with db.session() as s:
        handout = s.scalar(
            select(m.InviteHandout).join(m.InviteLink).where(m.InviteLink.url == CHAT_URL)
        )
        assert handout.person.last_name == "Иванов"
        assert handout.method == m.HandoutMethod.EMAIL
        assert handout.handed_on == TODAY
    reloaded(qtbot, page, lambda rows: any("Иванов" in r.handed_to for r in rows))


def test_hand_out_to_the_whole_group_and_a_refused_future_date(
    qtbot,
    page: InvitesPage,
    db: Database,
    monkeypatch,  # noqa: ANN001
) -> None:
    attempts: list[HandoutDialog] = []

    def fill(dialog: HandoutDialog) -> None:
        attempts.append(dialog)
        dialog.to_group.setChecked(True)
        dialog.group_combo.setCurrentIndex(
            next(
                i
                for i in range(dialog.group_combo.count())
                if dialog.group_combo.itemText(i).startswith(ROBOTS1)
            )
        )
        dialog.handed_on.setDate(TODAY.replace(day=20))
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
        )
        assert dialog.errors["handed_on"].isVisible()
        assert "20.11.2026" in dialog.errors["handed_on"].text()
        dialog.handed_on.setDate(TODAY)

    drive(qtbot, monkeypatch, HandoutDialog, fill)
    select_url(qtbot, page, OLD_URL)
    qtbot.mouseClick(page.handout_button, Qt.MouseButton.LeftButton)
    assert attempts[0].result() == QDialog.DialogCode.Accepted
    with db.session() as s:
        handouts = list(
            s.scalars(
                select(m.InviteHandout)
                .join(m.InviteLink)
                .where(m.InviteLink.url == OLD_URL, m.InviteHandout.handed_on == TODAY)
            )
        )
        assert [h.group.sferum_class_name for h in handouts] == [ROBOTS1]


def test_mark_used_on_a_chosen_date(
    qtbot,
    page: InvitesPage,
    db: Database,
    monkeypatch,  # noqa: ANN001
) -> None:
    def fill(dialog: MarkUsedDialog) -> None:
        assert edit_date(dialog.used_on) == TODAY
        dialog.used_on.setDate(TODAY.replace(day=1, month=9))  # before the link was made
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
        )
        assert "раньше создания" in dialog.errors["used_on"].text()
        dialog.used_on.setDate(TODAY.replace(day=10))

    drive(qtbot, monkeypatch, MarkUsedDialog, fill)
    select_url(qtbot, page, CHAT_URL)
    qtbot.mouseClick(page.used_button, Qt.MouseButton.LeftButton)
    stored = links(db)[CHAT_URL]
    assert stored.state == m.InviteState.USED and stored.used_on == TODAY.replace(day=10)
    reloaded(qtbot, page, lambda rows: any(r.url == CHAT_URL and r.used_on for r in rows))


def test_annul_needs_a_reason(
    qtbot,
    page: InvitesPage,
    db: Database,
    monkeypatch,  # noqa: ANN001
) -> None:
    def fill(dialog: AnnulInviteDialog) -> None:
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
        )
        assert "причину" in dialog.errors["reason"].text()
        dialog.reason.setFocus()
        type_text(dialog.reason, "ребёнок отчислен")

    drive(qtbot, monkeypatch, AnnulInviteDialog, fill)
    select_url(qtbot, page, OLD_URL)
    qtbot.mouseClick(page.annul_button, Qt.MouseButton.LeftButton)
    stored = links(db)[OLD_URL]
    assert stored.state == m.InviteState.ANNULLED
    assert stored.annulled_on == TODAY
    assert stored.annul_reason == "ребёнок отчислен"
    reloaded(
        qtbot,
        page,
        lambda rows: any(r.url == OLD_URL and r.annul_reason == "ребёнок отчислен" for r in rows),
    )


def _add_findings(db: Database) -> None:
    """An expelled student holds the chat link; a link past its expiry is still active."""
    with db.transaction() as s:
        levin = s.scalar(select(m.Person).where(m.Person.last_name == "Лёвин"))
        chat_link = s.scalar(select(m.InviteLink).where(m.InviteLink.url == CHAT_URL))
        s.add(
            m.InviteHandout(
                invite_link=chat_link,
                person=levin,
                method=m.HandoutMethod.IN_PERSON,
                handed_on=chat_link.created_on,
            )
        )
        voice = s.scalar(select(m.Group).where(m.Group.sferum_class_name == "Голос, 1 год, гр. 1"))
        s.add(
            m.InviteLink(
                url="https://sferum.ru/?invite=voice1-teacher",
                group=voice,
                role=m.InviteRole.TEACHER,
                created_on=TODAY.replace(day=5),
                expires_on=TODAY.replace(day=10),
            )
        )


def test_audit_groups_findings_and_creates_tasks_for_the_checked_links(
    qtbot,
    page: InvitesPage,
    db: Database,
    monkeypatch,  # noqa: ANN001
) -> None:
    _add_findings(db)
    told: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "information", lambda _p, _t, text, *_a, **_k: told.append(text)
    )
    groups: dict[str, list[str]] = {}

    def exec_(dialog: InviteAuditDialog) -> int:
        dialog.show()
        tree = dialog.tree
        for i in range(tree.topLevelItemCount()):
            top = tree.topLevelItem(i)
            groups[top.text(0)] = [top.child(j).text(2) for j in range(top.childCount())]
        # Uncheck the class link in «unclaimed»: only the other two remain checked.
        top = tree.topLevelItem(0)
        for j in range(top.childCount()):
            if top.child(j).text(2) == OLD_URL:
                top.child(j).setCheckState(0, Qt.CheckState.Unchecked)
        stored = links(db)
        assert sorted(dialog.checked_link_ids()) == sorted(
            [stored[CHAT_URL].id, stored["https://sferum.ru/?invite=voice1-teacher"].id]
        )
        qtbot.mouseClick(dialog.make_tasks, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(InviteAuditDialog, "exec", exec_)
    qtbot.mouseClick(page.audit_button, Qt.MouseButton.LeftButton)

    titles = list(groups)
    assert titles[0].startswith("Активны, но не востребованы")
    assert groups[titles[0]] == [OLD_URL, CHAT_URL]  # by link number
    assert titles[1].startswith("Выданы выбывшим")
    assert groups[titles[1]] == [CHAT_URL]
    assert titles[2].startswith("Срок действия истёк")
    assert groups[titles[2]] == ["https://sferum.ru/?invite=voice1-teacher"]
    assert told and "2" in told[0]
    with db.session() as s:
        tasks = list(
            s.scalars(select(m.SferumTask).where(m.SferumTask.kind == m.TaskKind.ANNUL_INVITE))
        )
        assert sorted(t.invite_link.url for t in tasks) == sorted(
            [CHAT_URL, "https://sferum.ru/?invite=voice1-teacher"]
        )
        assert all(t.state == m.TaskState.OPEN for t in tasks)


def test_print_passes_the_selected_links_and_reloads_when_marked(
    qtbot,
    page: InvitesPage,
    monkeypatch,  # noqa: ANN001
) -> None:
    calls: list[tuple] = []

    def preview(parent, db, ids, *, today=None, on_marked=None):  # noqa: ANN001, ANN202
        calls.append((parent, db, list(ids), today))
        on_marked()
        return True

    monkeypatch.setattr(page_module, "open_print_preview", preview)
    select_url(qtbot, page, CHAT_URL)
    chat_id = next(row.id for row in page.model.rows if row.url == CHAT_URL)
    with qtbot.waitSignal(page.data_changed), qtbot.waitSignal(page.loaded, timeout=10_000):
        qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    assert calls == [(page, page._db, [chat_id], TODAY)]

    page.table.clearSelection()  # nothing selected: every shown link
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    assert sorted(calls[-1][2]) == sorted(row.id for row in page.shown_records())


def test_audit_marks_links_past_their_expiry_as_expired(
    qtbot,
    page: InvitesPage,
    db: Database,
    monkeypatch,  # noqa: ANN001
) -> None:
    _add_findings(db)
    told: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "information", lambda _p, _t, text, *_a, **_k: told.append(text)
    )
    seen: dict[str, object] = {}

    def exec_(dialog: InviteAuditDialog) -> int:
        assert dialog.mark_expired.isEnabled()
        qtbot.mouseClick(dialog.mark_expired, Qt.MouseButton.LeftButton)
        seen["titles"] = [
            dialog.tree.topLevelItem(i).text(0) for i in range(dialog.tree.topLevelItemCount())
        ]
        seen["enabled"] = dialog.mark_expired.isEnabled()
        return QDialog.DialogCode.Rejected  # closed with «Закрыть»

    monkeypatch.setattr(InviteAuditDialog, "exec", exec_)
    qtbot.mouseClick(page.audit_button, Qt.MouseButton.LeftButton)
    assert told == ["Отмечена истёкшей 1 ссылка."]
    assert not any(t.startswith("Срок действия истёк") for t in seen["titles"])
    assert seen["enabled"] is False
    assert links(db)["https://sferum.ru/?invite=voice1-teacher"].state == m.InviteState.EXPIRED
    reloaded(
        qtbot,
        page,
        lambda rows: any(
            r.url.endswith("voice1-teacher") and r.state == m.InviteState.EXPIRED.label
            for r in rows
        ),
    )
