"""«Требует внимания» on Обзор: what waits for the administrator, counted and worded."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QPushButton
from sqlalchemy import select

from sferum_desk.data import models as m
from sferum_desk.data.engine import Database
from sferum_desk.services.attention import collect_attention

from .conftest import TODAY
from .ui_helpers import main_window, populate_small


@pytest.fixture
def small_db(db: Database) -> Database:
    populate_small(db)
    return db


def _texts(database: Database, on: dt.date = TODAY) -> dict[str, str]:
    with database.session() as s:
        return {item.key: item.text for item in collect_attention(s, on)}


def test_an_empty_centre_needs_only_its_administration_chats(db: Database) -> None:
    assert _texts(db) == {
        "chats_to_fix": "4 обязательных чата не созданы или без владельца — «Проверка чатов…»"
    }


def test_items_count_and_agree_in_number(small_db: Database) -> None:
    with small_db.session() as s:
        overdue_before = {i.key: i.count for i in collect_attention(s, TODAY)}["overdue_tasks"]
    with small_db.transaction() as s:
        person = s.scalars(select(m.Person).where(m.Person.last_name == "Петров")).one()
        for days in (1, 2, 30):  # two overdue today, one due in the future
            s.add(
                m.SferumTask(
                    kind=m.TaskKind.VERIFY_TEACHER,
                    title="Подтвердить статус педагога",
                    person=person,
                    due_on=TODAY + dt.timedelta(days=days - 3),
                )
            )
        s.add(
            m.SferumTask(
                kind=m.TaskKind.OTHER,
                title="Сделано давно",
                state=m.TaskState.DONE,
                done_on=TODAY,
                due_on=TODAY - dt.timedelta(days=40),
            )
        )
        s.add(
            m.JoinRequest(
                applicant_name="Орлова Вера",
                role=m.InviteRole.PARENT,
                received_on=TODAY - dt.timedelta(days=2),
            )
        )
        # The deputy with extra admin rights leaves: her rights must be revoked.
        hired = m.Employment.hired_on == dt.date(2019, 1, 10)
        deputy = s.scalars(select(m.Employment).where(hired)).one()
        deputy.dismissed_on = TODAY - dt.timedelta(days=1)
    texts = _texts(small_db)
    assert overdue_before == 1  # populate_small's own task, due before TODAY
    assert texts["overdue_tasks"] == "3 просроченные задачи Сферума"
    assert texts["pending_join_requests"] == "1 заявка на вступление ждёт решения"
    assert texts["admins_who_left"].startswith("1 дополнительный администратор уже не работает")
    assert texts["students_without_consent"] == (
        "3 обучающихся без согласия на обработку персональных данных"
    )
    assert list(texts) == [
        "overdue_tasks",
        "chats_to_fix",
        "admins_who_left",
        "pending_join_requests",
        "students_without_consent",
    ]


def test_overview_lists_the_items_and_opens_their_page(qtbot, demo_db: Database) -> None:  # noqa: ANN001
    with demo_db.session() as s:
        expected = {item.key: item.text for item in collect_attention(s)}
    assert "overdue_tasks" in expected  # the demo Centre has tasks past their due date
    with main_window(qtbot, demo_db) as window:
        buttons = window.overview.attention_buttons
        assert {key: b.text() for key, b in buttons.items()} == {
            key: f"⚠ {text}" for key, text in expected.items()
        }
        button = buttons["overdue_tasks"]
        assert isinstance(button, QPushButton)
        with qtbot.waitSignal(window.pages["tasks"].loaded, timeout=20_000):
            button.click()
        assert window.current_page() is window.pages["tasks"]


def test_required_chats_missing_are_counted_until_tasks_cover_them(small_db: Database) -> None:
    from sferum_desk.services.chats import compliance, create_tasks

    with small_db.session() as s:
        findings = compliance(s, TODAY)
    expected = sum(not f.covered for f in findings)
    assert expected > 0
    items = {i.key: i for i in _items(small_db)}
    assert items["chats_to_fix"].count == expected
    assert items["chats_to_fix"].page == "chats"
    with small_db.transaction() as s:
        create_tasks(s, compliance(s, TODAY), TODAY)
    assert "chats_to_fix" not in {i.key for i in _items(small_db)}


def _items(database: Database) -> list:  # noqa: ANN001
    with database.session() as s:
        return collect_attention(s, TODAY)
