"""«Требует внимания» on Обзор: what waits for the administrator, counted and worded."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QPushButton
from sqlalchemy import select

from sferum_desk.data import models as m
from sferum_desk.data.engine import Database
from sferum_desk.services import clock, stats
from sferum_desk.services.attention import collect_attention
from sferum_desk.services.invites.audit import FindingKind, audit_links
from sferum_desk.services.settings import set_invite_unclaimed_days
from sferum_desk.services.summary import summary_figures

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
    assert texts["open_tasks"] == "2 открытые задачи Сферума — срок ещё не истёк"
    with small_db.session() as s:
        counts = {i.key: i.count for i in collect_attention(s, TODAY)}
        assert counts["overdue_tasks"] + counts["open_tasks"] == stats.collect(s, TODAY).open_tasks
    assert texts["pending_join_requests"] == "1 заявка на вступление ждёт решения"
    assert texts["admins_who_left"].startswith("1 дополнительный администратор уже не работает")
    assert texts["students_without_consent"] == (
        "3 обучающихся без согласия на обработку персональных данных"
    )
    assert list(texts) == [
        "overdue_tasks",
        "open_tasks",
        "chats_to_fix",
        "admins_who_left",
        "unclaimed_links",
        "pending_join_requests",
        "students_without_consent",
    ]


def test_overview_lists_the_items_and_opens_their_page(qtbot, demo_db: Database) -> None:  # noqa: ANN001
    with demo_db.session() as s:
        items = collect_attention(s)
        expected = {i.key: f"{'ℹ' if i.informational else '⚠'} {i.text}" for i in items}
    assert "overdue_tasks" in expected  # the demo Centre has tasks past their due date
    with main_window(qtbot, demo_db) as window:
        buttons = window.overview.attention_buttons
        assert {key: b.text() for key, b in buttons.items()} == expected
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


def _moscow(day: dt.date, hour: int) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour), tzinfo=clock.zone())


def test_unclaimed_links_follow_the_audit_and_the_setting(small_db: Database) -> None:
    with small_db.session() as s:
        audited = [f for f in audit_links(s, TODAY) if f.kind == FindingKind.UNCLAIMED]
        figures = summary_figures(s, TODAY)
    item = {i.key: i for i in _items(small_db)}["unclaimed_links"]
    # Both active links of the small Centre were created in early September, never used.
    assert item.count == len(audited) == figures.links_unclaimed == 2
    assert item.text == "2 ссылки не востребованы дольше срока — проверьте и аннулируйте"
    assert item.page == "invites"
    with small_db.transaction() as s:  # 75 and 72 days old: within a 75-day limit, one is not
        set_invite_unclaimed_days(s, 74)
    assert {i.key: i.count for i in _items(small_db)}["unclaimed_links"] == 1
    with small_db.transaction() as s:
        set_invite_unclaimed_days(s, 90)
    assert "unclaimed_links" not in {i.key for i in _items(small_db)}


def test_broadcasts_of_the_next_seven_days_are_listed_last(small_db: Database) -> None:
    assert "broadcasts_this_week" not in {i.key for i in _items(small_db)}
    with small_db.transaction() as s:

        def meeting(title: str, day: dt.date, status: m.BroadcastStatus) -> m.Broadcast:
            return m.Broadcast(
                kind=m.BroadcastKind.ONLINE_MEETING,
                title=title,
                starts_at=_moscow(day, 10),
                audience=m.Audience.STAFF,
                status=status,
            )

        planned = m.BroadcastStatus.PLANNED
        s.add_all(
            [
                meeting("Сегодня утром", TODAY, planned),
                meeting("Через шесть дней", TODAY + dt.timedelta(days=6), planned),
                meeting("Через неделю", TODAY + dt.timedelta(days=7), planned),
                meeting("Вчера", TODAY - dt.timedelta(days=1), planned),
                meeting("Отменена", TODAY + dt.timedelta(days=2), m.BroadcastStatus.CANCELLED),
            ]
        )
    items = _items(small_db)
    item = items[-1]
    assert item.key == "broadcasts_this_week"
    assert item.count == 2
    assert item.text == "2 трансляции или встречи запланированы на ближайшие 7 дней"
    assert item.page == "broadcasts"
    assert item.informational
    assert not any(i.informational for i in items[:-1])
    with small_db.session() as s:
        assert summary_figures(s, TODAY).broadcasts_this_week == item.count


def test_the_new_items_open_their_pages(qtbot, small_db: Database) -> None:  # noqa: ANN001
    today = dt.date.today()
    with small_db.transaction() as s:
        s.add(
            m.Broadcast(
                kind=m.BroadcastKind.BROADCAST,
                title="Открытый урок",
                starts_at=_moscow(today + dt.timedelta(days=1), 15),
                audience=m.Audience.ALL,
            )
        )
    with main_window(qtbot, small_db) as window:
        buttons = window.overview.attention_buttons
        assert buttons["broadcasts_this_week"].text() == (
            "ℹ 1 трансляция или встреча запланирована на ближайшие 7 дней"
        )
        assert buttons["unclaimed_links"].text().startswith("⚠ 2 ссылки не востребованы")
        for key, page in (("unclaimed_links", "invites"), ("broadcasts_this_week", "broadcasts")):
            window.show_page("overview")
            with qtbot.waitSignal(window.pages[page].loaded, timeout=20_000):
                window.overview.attention_buttons[key].click()
            assert window.current_page() is window.pages[page]
