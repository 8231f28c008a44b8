"""Changing the rule of a series in the post dialog: from the edited post on."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import select

from sferum_desk.data import models as m
from sferum_desk.data.engine import Database
from sferum_desk.services.schedule import PostDraft, Recurrence, add_post, add_series, local
from sferum_desk.ui.app import install_translators
from sferum_desk.ui.schedule import common
from sferum_desk.ui.schedule.post_dialog import PostDialog

NOW = dt.datetime(2026, 11, 16, 12, 0)
D = dt.datetime


@pytest.fixture(autouse=True)
def fixed_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(common, "now", lambda: NOW)

    def no_question(*_args: object) -> str:
        raise AssertionError("a rule change must not ask which posts of the series")

    monkeypatch.setattr(common, "ask_scope", no_question)
    monkeypatch.setattr(QMessageBox, "warning", no_question)
    install_translators(QApplication.instance())


def _centre(db: Database) -> int:
    with db.session() as s:
        channel_id = s.scalar(
            select(m.Channel.id).where(m.Channel.system_key == m.SystemChannel.CENTRE)
        )
    assert channel_id is not None
    return channel_id


def _times(db: Database) -> list[dt.datetime]:
    with db.session() as s:
        return [local(p.planned_at) for p in s.scalars(select(m.Post).order_by(m.Post.planned_at))]


def test_changing_the_weekday_moves_the_following_posts(qtbot, db: Database) -> None:  # noqa: ANN001
    with db.transaction() as s:
        draft = PostDraft(_centre(db), D(2026, 11, 30, 18, 0), "Дайджест недели")
        rule = Recurrence("weekly", weekdays=(0,), until=dt.date(2026, 12, 31))
        ids = [p.id for p in add_series(s, draft, rule, today=NOW.date())]
    dialog = PostDialog(db, ids[2])  # 14.12
    qtbot.addWidget(dialog)
    box = dialog.recurrence
    assert not box.isEnabled()
    assert dialog.rule_note.text() == "Изменение правила действует с этой публикации"
    assert box.freq.currentData() == "weekly" and box.weekdays[0].isChecked()
    qtbot.mouseClick(dialog.change_rule, Qt.MouseButton.LeftButton)
    assert box.isEnabled()
    box.weekdays[0].setChecked(False)
    box.weekdays[2].setChecked(True)
    assert "по ср" in box.description.text()
    dialog.accept()
    assert dialog.result() == PostDialog.DialogCode.Accepted
    assert _times(db) == [
        D(2026, 11, 30, 18, 0),
        D(2026, 12, 7, 18, 0),
        D(2026, 12, 16, 18, 0),
        D(2026, 12, 23, 18, 0),
        D(2026, 12, 30, 18, 0),
    ]
    with db.session() as s:
        assert s.get(m.Post, ids[0]).recurrence == "FREQ=WEEKLY;BYDAY=MO;UNTIL=20261213T235959"
        assert s.get(m.Post, ids[2]).recurrence == "FREQ=WEEKLY;BYDAY=WE;UNTIL=20261231T235959"


def test_a_single_post_gets_a_rule(qtbot, db: Database) -> None:  # noqa: ANN001
    with db.transaction() as s:
        draft = PostDraft(_centre(db), D(2026, 12, 1, 9, 0), "План мероприятий")
        post_id = add_post(s, draft, today=NOW.date()).id
    dialog = PostDialog(db, post_id)
    qtbot.addWidget(dialog)
    dialog.edit_rule()
    box = dialog.recurrence
    box.set_freq("monthly")
    box.count_radio.setChecked(True)
    box.count.setValue(3)
    dialog.accept()
    assert dialog.result() == PostDialog.DialogCode.Accepted
    assert _times(db) == [D(2026, 12, 1, 9, 0), D(2027, 1, 1, 9, 0), D(2027, 2, 1, 9, 0)]
    assert dialog.post_ids[0] == post_id and len(dialog.post_ids) == 3


def test_unchanged_rule_saves_as_a_plain_edit(qtbot, db: Database) -> None:  # noqa: ANN001
    with db.transaction() as s:
        draft = PostDraft(_centre(db), D(2026, 12, 1, 9, 0), "План мероприятий")
        post_id = add_post(s, draft, today=NOW.date()).id
    dialog = PostDialog(db, post_id)
    qtbot.addWidget(dialog)
    dialog.edit_rule()  # opened, left at «Не повторять»
    dialog.accept()
    assert dialog.result() == PostDialog.DialogCode.Accepted
    assert _times(db) == [D(2026, 12, 1, 9, 0)]
