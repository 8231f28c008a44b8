"""What the mouse does on the pages, the keyboard does too: Enter opens the current row as
a double click does, the context-menu key and Shift+F10 open the same menu as a right
click, a group moves to another association from that menu, and the posting calendar is
walked, opened and rearranged with the arrows, Enter and Ctrl+arrows."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog, QMenu
from sqlalchemy import select

from sferum_desk.data import models as m
from sferum_desk.data.engine import Database
from sferum_desk.services import nomenclature
from sferum_desk.services.schedule import PostDraft, add_post, local
from sferum_desk.ui.app import install_translators
from sferum_desk.ui.broadcasts.dialogs import BroadcastDialog
from sferum_desk.ui.chats.dialogs import ChatDialog
from sferum_desk.ui.invites.dialogs import HandoutDialog
from sferum_desk.ui.naming_rule_dialog import NamingRuleDialog
from sferum_desk.ui.people.person_dialog import PersonDialog
from sferum_desk.ui.schedule import common
from sferum_desk.ui.schedule.calendar import CalendarView
from sferum_desk.ui.schedule.channel_dialog import ChannelDialog
from sferum_desk.ui.structure_dialogs import GroupDialog
from sferum_desk.ui.structure_model import ASSOCIATION, GROUP
from sferum_desk.ui.support.dialogs import RequestDialog

from .ui_helpers import click_navigation, main_window

D = dt.date
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[QDialog]:
    """The dialogs run with exec(), answered with Cancel."""
    shown: list[QDialog] = []

    def record(dialog: QDialog) -> int:
        shown.append(dialog)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(QDialog, "exec", record)
    return shown


def test_enter_opens_the_current_row_as_a_double_click_does(
    qtbot,  # noqa: ANN001
    demo_db: Database,
    opened: list[QDialog],
) -> None:
    expected = {
        "students": PersonDialog,
        "chats": ChatDialog,
        "invites": HandoutDialog,
        "broadcasts": BroadcastDialog,
        "support": RequestDialog,
    }
    with main_window(qtbot, demo_db) as window:
        for key, dialog_class in expected.items():
            click_navigation(qtbot, window, key)
            table = window.pages[key].table
            table.setFocus()
            table.selectRow(0)
            qtbot.keyClick(table, Qt.Key.Key_Return)
            assert type(opened[-1]) is dialog_class, key
            count = len(opened)
            qtbot.keyClick(table, Qt.Key.Key_Tab)
            assert not table.hasFocus(), f"{key}: Tab leaves the table"
            assert len(opened) == count

        click_navigation(qtbot, window, "posts")
        channels = window.posts.channel_list
        channels.setFocus()
        channels.setCurrentRow(0)
        qtbot.keyClick(channels, Qt.Key.Key_Enter)
        assert type(opened[-1]) is ChannelDialog


def _popup_after(press: Callable[[], object], choose: str | None = None) -> list[str]:
    """``press`` opens a context menu: its commands' texts; ``choose`` is picked in it."""
    shown: list[str] = []

    def answer() -> None:
        popup = QApplication.activePopupWidget()
        assert isinstance(popup, QMenu), "no menu opened"
        shown.extend(action.text() for action in popup.actions())
        chosen = next((a for a in popup.actions() if a.text() == choose), None)
        popup.close()
        if chosen is not None:
            chosen.trigger()

    QTimer.singleShot(0, answer)
    press()
    return shown


def test_structure_menu_key_shift_f10_enter_toolbar_and_moving_a_group(
    qtbot,  # noqa: ANN001
    demo_db: Database,
    monkeypatch: pytest.MonkeyPatch,
    opened: list[QDialog],
) -> None:
    with demo_db.transaction() as s:
        technical = s.scalar(
            select(m.Direction.id).where(m.Direction.kind == m.DirectionKind.TECHNICAL)
        )
        target_id = nomenclature.create_association(
            s, nomenclature.AssociationForm(name="Картинг", direction_id=technical)
        ).id
    with main_window(qtbot, demo_db) as window:
        click_navigation(qtbot, window, "structure")
        page = window.structure
        with demo_db.session() as s:
            group = s.scalars(
                select(m.Group).where(m.Group.kind == m.GroupKind.ASSOCIATION)
            ).first()
            assert group is not None
        page.select(GROUP, group.id)
        page.view.setFocus()

        qtbot.keyClick(page.view, Qt.Key.Key_Return)
        assert isinstance(page.dialog, GroupDialog)
        page.dialog.reject()

        rule = page.toolbar.widgetForAction(page.rule_action)  # only on the toolbar
        assert rule.focusPolicy() & Qt.FocusPolicy.TabFocus
        rule.setFocus()
        qtbot.keyClick(rule, Qt.Key.Key_Space)
        assert isinstance(opened[-1], NamingRuleDialog)
        page.view.setFocus()

        menu = _popup_after(lambda: qtbot.keyClick(page.view, Qt.Key.Key_F10, SHIFT))
        assert _popup_after(lambda: qtbot.keyClick(page.view, Qt.Key.Key_Menu)) == menu
        assert "Пере&нести в другое объединение…" in menu
        assert "&Изменить…" in menu

        asked: list[list[str]] = []

        def get_item(_parent, _title, _label, names, *_args):  # noqa: ANN001, ANN002, ANN202
            asked.append(names)
            return "Картинг", True

        monkeypatch.setattr(QInputDialog, "getItem", get_item)
        with qtbot.waitSignal(page.loaded, timeout=20_000):
            _popup_after(
                lambda: qtbot.keyClick(page.view, Qt.Key.Key_F10, SHIFT),
                choose="Пере&нести в другое объединение…",
            )
        assert "Картинг" in asked[0]
        with demo_db.session() as s:
            assert s.get(m.Group, group.id).association_id == target_id  # type: ignore[union-attr]
        assert page.current() == (GROUP, group.id)

        page.select(ASSOCIATION, target_id)
        assert not page.mover.action.isEnabled()  # only a group moves


def test_change_log_menu_opens_with_shift_f10(qtbot, demo_db: Database) -> None:  # noqa: ANN001
    with main_window(qtbot, demo_db) as window:
        click_navigation(qtbot, window, "audit")
        table = window.audit.table
        table.setFocus()
        table.selectRow(0)
        shown = _popup_after(lambda: qtbot.keyClick(table, Qt.Key.Key_F10, SHIFT))
    assert shown == ["&Отменить пакет изменений…"]


# -- the posting calendar ------------------------------------------------------------------

TODAY = D(2026, 11, 16)


def _post(db: Database, when: dt.datetime, title: str) -> int:
    with db.transaction() as s:
        centre = s.scalar(
            select(m.Channel.id).where(m.Channel.system_key == m.SystemChannel.CENTRE)
        )
        assert centre is not None
        return add_post(s, PostDraft(centre, when, title), today=TODAY).id


@pytest.fixture
def calendar(qtbot, db: Database, monkeypatch: pytest.MonkeyPatch) -> CalendarView:  # noqa: ANN001
    monkeypatch.setattr(common, "today", lambda: TODAY)
    monkeypatch.setattr(common, "now", lambda: dt.datetime(2026, 11, 16, 12, 0))
    install_translators(QApplication.instance())
    view = CalendarView(db)
    qtbot.addWidget(view)
    view.resize(1100, 750)
    view.show()
    view.show_date(TODAY)
    view.canvas.setFocus()
    return view


def test_the_calendar_is_walked_opened_and_rearranged_by_keys(
    qtbot,  # noqa: ANN001
    db: Database,
    calendar: CalendarView,
) -> None:
    first = _post(db, dt.datetime(2026, 11, 20, 9, 0), "Анонс недели")
    second = _post(db, dt.datetime(2026, 11, 20, 18, 0), "Дайджест недели")
    calendar.reload()
    canvas = calendar.canvas
    assert calendar.current_day == TODAY and canvas.hasFocus()

    for _day in range(4):
        qtbot.keyClick(canvas, Qt.Key.Key_Right)
    assert calendar.current_day == D(2026, 11, 20)
    assert calendar.selected_item() == ("post", first)
    qtbot.keyClick(canvas, Qt.Key.Key_Down)  # the day's next chip
    assert calendar.selected_item() == ("post", second)
    with qtbot.waitSignal(calendar.post_activated) as activated:
        qtbot.keyClick(canvas, Qt.Key.Key_Return)
    assert activated.args == [second]

    with qtbot.waitSignal(calendar.changed):
        qtbot.keyClick(canvas, Qt.Key.Key_Right, CTRL)  # as dragging it to the 21st
    with db.session() as s:
        moved = s.get(m.Post, second)
        assert moved is not None and local(moved.planned_at) == dt.datetime(2026, 11, 21, 18, 0)
    assert calendar.current_day == D(2026, 11, 21)
    assert calendar.selected_item() == ("post", second)

    qtbot.keyClick(canvas, Qt.Key.Key_Down)  # past the day's last chip: a week on
    assert calendar.current_day == D(2026, 11, 28) and calendar.selected_item() is None
    with qtbot.waitSignal(calendar.new_post_requested) as requested:
        qtbot.keyClick(canvas, Qt.Key.Key_Enter)
    assert requested.args == [D(2026, 11, 28)]

    qtbot.keyClick(canvas, Qt.Key.Key_PageDown)
    assert calendar.current_day == D(2026, 12, 1) and calendar.title_label.text() == "Декабрь 2026"
    qtbot.keyClick(canvas, Qt.Key.Key_Up)  # no chip on the 1st: the day above
    assert calendar.current_day == D(2026, 11, 24)
    qtbot.keyClick(canvas, Qt.Key.Key_Home)
    assert calendar.current_day == TODAY and calendar.anchor.month == 11
