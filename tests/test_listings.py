"""The read-only listings behind the GUI's registers."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import event, select

from sferum_desk.data.engine import Database
from sferum_desk.data.models import (
    AuditAction,
    ChatState,
    InviteState,
    Person,
    PostStatus,
    TaskState,
)
from sferum_desk.services import listings, stats

from .conftest import TODAY
from .ui_helpers import populate_small


@pytest.fixture
def small_db(db: Database) -> Database:
    populate_small(db)
    return db


@contextmanager
def count_queries(database: Database) -> Iterator[list[str]]:
    statements: list[str] = []

    def record(conn, cursor, statement, parameters, context, executemany):  # noqa: ANN001
        statements.append(statement)

    event.listen(database.engine, "before_cursor_execute", record)
    try:
        yield statements
    finally:
        event.remove(database.engine, "before_cursor_execute", record)


def by_name(rows: list, name: str):  # noqa: ANN201
    return next(row for row in rows if getattr(row, "full_name", None) == name)


# -- the small hand-made Centre: exact rows ---------------------------------------------


def test_structure_has_the_staff_room_first_and_counts_enrolled(small_db: Database) -> None:
    with small_db.session() as s:
        rows = listings.list_structure(s, TODAY)
    assert rows[0].is_staff_room and rows[0].sferum_class_name == "Учительская"
    assert rows[0].enrolled == 3  # active staff: the dismissed teacher is not counted
    robots1 = next(r for r in rows if r.sferum_class_name == "Робототехника, 1 год, гр. 1")
    assert robots1.direction == "Техническая"
    assert robots1.association == "Робототехника"
    assert robots1.teacher == "Ёлкина Анна Сергеевна"
    assert robots1.academic_year == "2026/2027"
    assert (robots1.study_year, robots1.planned_size, robots1.enrolled) == (1, 12, 2)
    assert robots1.sferum_state == "Создан"
    robots2 = next(r for r in rows if r.number == "2")
    assert robots2.enrolled == 1  # Лёвин left on 15.10.2026


def test_staff_flags_the_dismissed(small_db: Database) -> None:
    with small_db.session() as s:
        rows = listings.list_staff(s, TODAY)
    assert [r.full_name for r in rows][0] == "Ёлкина Анна Сергеевна"  # «Ё» sorts as «Е»
    gone = by_name(rows, "Кузнецов Пётр Андреевич")
    assert not gone.active and gone.dismissed_on == dt.date(2026, 10, 15)
    elkina = by_name(rows, "Ёлкина Анна Сергеевна")
    assert elkina.active and elkina.dismissed_on is None and elkina.verified
    assert elkina.sferum_state == "В Сферуме"
    assert elkina.position == "Педагог дополнительного образования"
    assert by_name(rows, "Сидорова Ольга Павловна").extra_admin
    # Before the dismissal the same teacher is active.
    with small_db.session() as s:
        earlier = listings.list_staff(s, dt.date(2026, 10, 1))
    assert by_name(earlier, "Кузнецов Пётр Андреевич").active


def test_students_show_groups_parents_and_the_expelled(small_db: Database) -> None:
    with small_db.session() as s:
        rows = listings.list_students(s, TODAY)
    ezhov = by_name(rows, "Ежов Максим Игоревич")
    assert ezhov.groups == "Робототехника, 1 год, гр. 1; Голос, 1 год, гр. 1"
    assert ezhov.parents == "Ежова Светлана Викторовна"
    assert ezhov.age == 12 and ezhov.active and ezhov.sferum_state == "В Сферуме"
    levin = by_name(rows, "Лёвин Артём Олегович")
    assert not levin.active
    assert levin.left_on == dt.date(2026, 10, 15)
    assert levin.groups == "Робототехника, 2 год, гр. 2"  # the group last attended
    assert by_name(rows, "Иванова Мария Петровна").consent == "Дано"
    assert by_name(rows, "Смирнов Глеб Антонович").parents == (
        "Ежова Светлана Викторовна; Смирнова Яна Олеговна"
    )


def test_parents_include_staff_linked_as_parents(small_db: Database) -> None:
    with small_db.session() as s:
        rows = listings.list_parents(s, TODAY)
        figures = stats.collect(s, TODAY)
    names = {r.full_name for r in rows}
    assert "Петров Иван Ильич" in names  # a teacher and a father
    ezhova = by_name(rows, "Ежова Светлана Викторовна")
    assert ezhova.children == "Ежов Максим Игоревич; Смирнов Глеб Антонович"
    assert ezhova.activist and ezhova.active
    assert not by_name(rows, "Лёвина Ирина Юрьевна").active  # her son left
    assert sum(r.active for r in rows) == figures.parents


def test_movement_shows_orders_and_groups(small_db: Database) -> None:
    with small_db.session() as s:
        rows = listings.list_movement(s)
    assert [r.effective_on for r in rows] == sorted((r.effective_on for r in rows), reverse=True)
    expelled = next(r for r in rows if r.kind == "Отчисление обучающегося")
    assert expelled.person == "Лёвин Артём Олегович"
    assert expelled.from_group == "Робототехника, 2 год, гр. 2" and expelled.to_group is None
    assert expelled.order == "№ 52-К от 15.10.2026"
    assert expelled.note == "по заявлению родителей"


def test_invites_show_targets_handouts_and_annulment(small_db: Database) -> None:
    with small_db.session() as s:
        rows = listings.list_invites(s)
    by_url = {r.url: r for r in rows}
    class_link = by_url["https://sferum.ru/?invite=robots1-student"]
    assert class_link.target == "Робототехника, 1 год, гр. 1" and not class_link.target_is_chat
    assert class_link.role == "Обучающийся" and class_link.state == "Действует"
    assert class_link.handed_to == "Робототехника, 1 год, гр. 1; Ежова С.В."
    assert class_link.handed_how == "Распечатка; Мессенджер"
    assert class_link.handed_on == dt.date(2026, 9, 4)
    chat_link = by_url["https://vk.me/join/robots-chat"]
    assert chat_link.target == "Робототехника — ребята" and chat_link.target_is_chat
    old = by_url["https://sferum.ru/?invite=voice1-parent"]
    assert old.state == "Аннулирована" and old.annulled_on == dt.date(2026, 11, 1)
    assert old.annul_reason == "не востребована 60 дней"


def test_chats_channels_posts_broadcasts(small_db: Database) -> None:
    with small_db.session() as s:
        chats = listings.list_chats(s)
        channels = listings.list_channels(s)
        posts = listings.list_posts(s)
        broadcasts = listings.list_broadcasts(s)
    robots = next(c for c in chats if c.title == "Робототехника — ребята")
    assert robots.kind == "Педагог — обучающиеся объединения"
    assert robots.owner == "Ёлкина Анна Сергеевна" and robots.association == "Робототехника"
    assert robots.invite_url == "https://vk.me/join/robots-chat" and robots.member_count == 14
    assert next(c for c in chats if c.title == "Летний лагерь 2025").state == "В архиве"
    centre = channels[0]
    assert centre.name == "ЦентрКонтакт канал" and centre.is_system
    assert (centre.posts_total, centre.posts_planned, centre.posts_published) == (3, 2, 1)
    assert [p.title for p in posts][0] == "Зимние каникулы"  # the latest planned first
    published = next(p for p in posts if p.status == "Опубликована")
    assert published.published_at == dt.datetime(2026, 9, 1, 9, 5, tzinfo=dt.UTC)
    assert published.provided_by == "Сидорова Ольга Павловна"
    meeting = next(b for b in broadcasts if b.title == "Педсовет")
    assert meeting.kind == "Онлайн-совещание" and meeting.audience == "Сотрудники"
    assert (meeting.attendance_planned, meeting.attendance_actual) == (30, 27)


def test_tasks_open_first_and_overdue(small_db: Database) -> None:
    with small_db.session() as s:
        rows = listings.list_tasks(s, TODAY)
    assert [r.state for r in rows] == ["Открыта", "Открыта", "Выполнена"]
    first = rows[0]
    assert first.overdue and first.target == "Робототехника, 2 год, гр. 2"
    assert first.person == "Лёвин Артём Олегович"
    assert not rows[1].overdue
    assert rows[2].done_on == dt.date(2026, 9, 10) and rows[2].target == "Директор и педагоги"


def test_orders_newest_first(small_db: Database) -> None:
    with small_db.session() as s:
        rows = listings.list_orders(s)
    assert [r.display for r in rows] == [
        "№ 52-К от 15.10.2026",
        "№ 45-К от 01.09.2026",
        "№ 1-ОД от 01.09.2025",
    ]
    assert rows[-1].kind == "Об использовании ИКОП"


def test_audit_is_newest_first_limited_and_readable(small_db: Database) -> None:
    with small_db.transaction() as s:
        person = s.scalars(select(Person).where(Person.last_name == "Ёлкина")).one()
        person.last_name = "Ёлкина-Смирнова"
        person_id = str(person.id)
    with small_db.session() as s:
        rows = listings.list_audit(s)
        two = listings.list_audit(s, limit=2)
    assert len(two) == 2 and two[0] == rows[0]
    newest = rows[0]
    assert newest.action == AuditAction.UPDATE.label
    assert newest.entity == "Человек" and newest.entity_id == person_id
    assert newest.changes == "фамилия: Ёлкина → Ёлкина-Смирнова"
    assert [r.at for r in rows] == sorted((r.at for r in rows), reverse=True)
    inserted = next(r for r in rows if r.entity == "Приказ" and "52-К" in r.changes)
    assert "вид: Движение" in inserted.changes and "дата приказа: 15.10.2026" in inserted.changes


def test_audit_summary_of_odd_rows() -> None:
    assert listings.summarise_changes("unknown_table", AuditAction.DELETE, '{"x": [1, null]}') == (
        "x: 1"
    )
    assert listings.summarise_changes("person", AuditAction.INSERT, "not json") == "not json"


def test_figures_flatten_stats(small_db: Database) -> None:
    with small_db.session() as s:
        figures = listings.list_figures(s, TODAY)
        collected = stats.collect(s, TODAY)
    values = {f.key: f.value for f in figures}
    assert values["students"] == collected.students == 4
    assert values["invite_links"] == sum(collected.invite_links.values())
    assert values["invite_links.annulled"] == 1
    part = next(f for f in figures if f.key == "posts.published")
    assert part.is_part and part.label == "Опубликована"


def test_database_description(small_db: Database) -> None:
    info = listings.describe_database(small_db)
    assert info.backend == small_db.engine.dialect.name
    assert info.revision == info.head_revision
    assert info.location == small_db.location
    assert info.size_bytes and info.size_bytes > 10_000


def test_empty_database_lists_only_base_records(empty_db: Database) -> None:
    with empty_db.session() as s:
        assert listings.list_structure(s) == []
        assert listings.list_students(s) == []
        assert listings.list_channels(s) == []


# -- the demo Centre: consistent with stats.collect, no N+1 -----------------------------


def test_demo_listings_agree_with_stats(demo_db: Database) -> None:
    with demo_db.session() as s:
        figures = stats.collect(s, TODAY)
        staff = listings.list_staff(s, TODAY)
        students = listings.list_students(s, TODAY)
        parents = listings.list_parents(s, TODAY)
        structure = listings.list_structure(s, TODAY)
        invites = listings.list_invites(s)
        chats = listings.list_chats(s)
        posts = listings.list_posts(s)
        broadcasts = listings.list_broadcasts(s)
        tasks = listings.list_tasks(s, TODAY)
    assert len(students) >= 600 and len(parents) > 500
    assert sum(r.active for r in staff) == figures.staff
    assert sum(r.active for r in students) == figures.students
    assert sum(r.active for r in parents) == figures.parents
    groups = [r for r in structure if not r.is_staff_room]
    assert sum(r.archived_on is None for r in groups) == figures.groups
    assert sum(r.enrolled for r in groups) == figures.enrolments
    assert structure[0].is_staff_room and structure[0].enrolled == figures.staff
    assert Counter(r.state for r in invites) == Counter(
        {InviteState(k).label: n for k, n in figures.invite_links.items() if n}
    )
    assert sum(r.state == ChatState.ACTIVE.label for r in chats) == figures.chats
    assert Counter(r.status for r in posts) == Counter(
        {PostStatus(k).label: n for k, n in figures.posts.items() if n}
    )
    assert len(broadcasts) == figures.broadcasts
    assert sum(r.state == TaskState.OPEN.label for r in tasks) == figures.open_tasks
    # The demo has people who left: they are listed and flagged.
    assert any(not r.active and r.dismissed_on for r in staff)
    assert any(not r.active and r.left_on for r in students)


def test_demo_audit_is_limited(demo_db: Database) -> None:
    with demo_db.session() as s:
        rows = listings.list_audit(s)
        few = listings.list_audit(s, limit=10)
    assert len(rows) == min(listings.DEFAULT_AUDIT_LIMIT, len(rows)) and len(rows) > 1000
    assert few == rows[:10]


LISTINGS = [
    listings.list_structure,
    listings.list_staff,
    listings.list_students,
    listings.list_parents,
    listings.list_movement,
    listings.list_invites,
    listings.list_chats,
    listings.list_channels,
    listings.list_posts,
    listings.list_broadcasts,
    listings.list_tasks,
    listings.list_audit,
    listings.list_orders,
    listings.list_figures,
]


@pytest.mark.parametrize("listing", LISTINGS, ids=lambda f: f.__name__)
def test_demo_listing_uses_a_few_queries(demo_db: Database, listing) -> None:  # noqa: ANN001
    with demo_db.session() as s, count_queries(demo_db) as statements:
        rows = listing(s)
    assert rows
    assert len(statements) <= 15, statements  # no query per row (600+ students)
