"""Broadcasts, meetings and seminars: validation, audience sets, held with attendance,
attendees; and the 0004 migration keeping a 0003 database's broadcasts and requests."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select, text

from sferum_desk.config import sqlite_url
from sferum_desk.data import migrate
from sferum_desk.data import models as m
from sferum_desk.data.engine import create_db_engine, open_database
from sferum_desk.services import broadcasts as b
from sferum_desk.services import listings
from sferum_desk.services.organisation import ValidationError

NOW = dt.datetime(2026, 11, 16, 12, 0)


def _people(db) -> list[int]:
    with db.transaction() as s:
        people = [
            m.Person(kind=m.PersonKind.STAFF, last_name=last, first_name=first)
            for last, first in (("Ёлкина", "Анна"), ("Петров", "Иван"), ("Сидорова", "Мария"))
        ]
        s.add_all(people)
        s.flush()
        return [p.id for p in people]


def _channel(db) -> int:
    with db.transaction() as s:
        channel = m.Channel(name="Канал объединения «Робототехника»")
        s.add(channel)
        s.flush()
        return channel.id


def _seminar(**changes) -> b.BroadcastDraft:
    draft = b.BroadcastDraft(
        kind=m.BroadcastKind.SEMINAR,
        format=m.BroadcastFormat.ONLINE,
        title="Семинар «Сферум на занятиях»",
        starts_at=dt.datetime(2026, 11, 10, 15, 0),
        duration_min=90,
        audiences={m.Audience.STAFF},
        url="https://sferum.ru/?call_link=abc",
    )
    for key, value in changes.items():
        setattr(draft, key, value)
    return draft


def test_every_wrong_field_gets_its_own_message(db) -> None:
    bad = _seminar(
        title="  ",
        starts_at=None,
        duration_min=601,
        url="http://example.org/call",
        audiences=set(),
        attendance_planned=-1,
    )
    with db.transaction() as s, pytest.raises(ValidationError) as caught:
        b.add_broadcast(s, bad)
    errors = caught.value.errors
    assert set(errors) == {
        "title",
        "starts_at",
        "duration_min",
        "url",
        "audience",
        "attendance_planned",
    }
    assert "https://" in errors["url"]
    assert "600" in errors["duration_min"]
    with db.session() as s:
        assert s.scalar(select(m.Broadcast.id)) is None


def test_duration_bounds_and_in_person_needs_a_place(db) -> None:
    with db.transaction() as s:
        with pytest.raises(ValidationError) as caught:
            b.add_broadcast(s, _seminar(duration_min=0))
        assert set(caught.value.errors) == {"duration_min"}
        with pytest.raises(ValidationError) as caught:
            b.add_broadcast(s, _seminar(format=m.BroadcastFormat.IN_PERSON, url=""))
        assert set(caught.value.errors) == {"place"}
        b.add_broadcast(s, _seminar(duration_min=600))
        b.add_broadcast(s, _seminar(duration_min=1, title="Короткий"))
    with db.session() as s:
        assert sorted(s.scalars(select(m.Broadcast.duration_min))) == [1, 600]


def test_audience_set_is_stored_and_listed(db) -> None:
    channel_id = _channel(db)
    with db.transaction() as s:
        item = b.add_broadcast(
            s,
            _seminar(
                kind=m.BroadcastKind.BROADCAST,
                title="Трансляция концерта",
                audiences={m.Audience.PARENTS, m.Audience.STUDENTS},
                channel_ids={channel_id},
            ),
        )
        broadcast_id = item.id
    with db.session() as s:
        draft, version = b.load_broadcast(s, broadcast_id)
        row = listings.list_broadcasts(s)[0]
        legacy = s.get(m.Broadcast, broadcast_id).audience
    assert draft.audiences == {m.Audience.PARENTS, m.Audience.STUDENTS}
    assert draft.channel_ids == {channel_id}
    assert row.audience == "Обучающиеся, Родители; Канал объединения «Робототехника»"
    assert row.format == "Онлайн"
    assert legacy == m.Audience.STUDENTS  # the first category, for older readers

    draft.audiences = {m.Audience.STAFF}
    draft.channel_ids = set()
    with db.transaction() as s:
        b.update_broadcast(s, broadcast_id, draft, version)
    with db.session() as s:
        assert listings.list_broadcasts(s)[0].audience == "Сотрудники"
        assert s.get(m.Broadcast, broadcast_id).version > version
        assert s.scalar(select(text("count(*)")).select_from(m.BroadcastAudience)) == 1


def test_a_stale_edit_is_refused(db) -> None:
    with db.transaction() as s:
        broadcast_id = b.add_broadcast(s, _seminar()).id
    with db.session() as s:
        draft, version = b.load_broadcast(s, broadcast_id)
    with db.transaction() as s:
        b.update_broadcast(s, broadcast_id, _seminar(title="Изменено в другом окне"), version)
    with db.transaction() as s, pytest.raises(ValidationError) as caught:
        b.update_broadcast(s, broadcast_id, draft, version)
    assert "уже изменили" in caught.value.errors["version"]
    with db.session() as s:
        assert s.get(m.Broadcast, broadcast_id).title == "Изменено в другом окне"


def test_seminar_held_with_attendance_of_each_teacher(db) -> None:
    ids = _people(db)
    with db.transaction() as s:
        broadcast_id = b.add_broadcast(s, _seminar()).id
        b.set_attendees(s, broadcast_id, ids)
    with db.session() as s:
        version = s.get(m.Broadcast, broadcast_id).version
    with db.transaction() as s:
        b.mark_held(
            s,
            broadcast_id,
            version,
            attendance=None,
            result="Разобрали создание чатов объединений",
            attended_ids=ids[:2],
            now=NOW,
        )
    with db.session() as s:
        item = s.get(m.Broadcast, broadcast_id)
        assert item.status == m.BroadcastStatus.HELD
        assert item.attendance_actual == 2
        assert item.result == "Разобрали создание чатов объединений"
        attendees = b.list_attendees(s, broadcast_id)
        row = listings.list_broadcasts(s)[0]
    assert [(a.name, a.attended) for a in attendees] == [
        ("Ёлкина Анна", True),
        ("Петров Иван", True),
        ("Сидорова Мария", False),
    ]
    assert (row.attendees, row.attended, row.status) == (3, 2, "Проведена")


def test_held_only_after_the_start_and_attendance_not_negative(db) -> None:
    with db.transaction() as s:
        future = b.add_broadcast(s, _seminar(starts_at=dt.datetime(2026, 11, 20, 10, 0)))
        past = b.add_broadcast(s, _seminar(title="Прошедшая"))
        ids = (future.id, future.version, past.id, past.version)
    with db.transaction() as s, pytest.raises(ValidationError) as caught:
        b.mark_held(s, ids[0], ids[1], attendance=10, now=NOW)
    assert "20.11.2026 в 10:00" in caught.value.errors["status"]
    with db.transaction() as s, pytest.raises(ValidationError) as caught:
        b.mark_held(s, ids[2], ids[3], attendance=-3, now=NOW)
    assert set(caught.value.errors) == {"attendance"}
    with db.session() as s:
        assert {x.status for x in s.scalars(select(m.Broadcast))} == {m.BroadcastStatus.PLANNED}


def test_cancel_then_delete(db) -> None:
    ids = _people(db)
    with db.transaction() as s:
        item = b.add_broadcast(s, _seminar())
        b.set_attendees(s, item.id, ids)
        broadcast_id, version = item.id, item.version
    with db.transaction() as s:
        b.cancel_broadcast(s, broadcast_id, version)
    with db.session() as s:
        item = s.get(m.Broadcast, broadcast_id)
        assert item.status == m.BroadcastStatus.CANCELLED
        version = item.version
    with db.transaction() as s, pytest.raises(ValidationError):
        b.mark_held(s, broadcast_id, version, attendance=1, now=NOW)
    with db.transaction() as s:
        b.delete_broadcast(s, broadcast_id)
    with db.session() as s:
        assert s.scalar(select(m.Broadcast.id)) is None
        assert s.scalar(select(m.BroadcastAttendee.id)) is None
        assert len(list(s.scalars(select(m.Person.id)))) == 3


def test_0004_upgrades_a_0003_database_keeping_broadcasts_and_requests(tmp_path: Path) -> None:
    path = tmp_path / "v0003.sqlite3"
    migrate.upgrade(create_db_engine(sqlite_url(path)), "0003")
    with sqlite3.connect(path) as conn:
        conn.executescript(
            """
            INSERT INTO broadcast (id, kind, title, starts_at, duration_min, audience, status,
              attendance_actual, version, created_at, updated_at)
              VALUES (1, 'hybrid_meeting', 'Педагогический совет', '2026-10-01 15:00:00', 120,
              'staff', 'held', 40, 1, '2026-09-01', '2026-09-01'),
              (2, 'broadcast', 'Концерт', '2026-12-20 12:00:00', 60, 'parents', 'planned',
              NULL, 1, '2026-09-01', '2026-09-01');
            INSERT INTO support_request (id, opened_on, subject, channel, status, resolved_on,
              version, created_at, updated_at)
              VALUES (1, '2026-10-01', 'Не приходит код входа', 'email', 'resolved',
              '2026-10-03', 1, '2026-09-01', '2026-09-01'),
              (2, '2026-10-05', 'Как вступить в класс', 'phone', 'open', NULL, 1,
              '2026-09-01', '2026-09-01');
            """
        )
    database = open_database(sqlite_url(path))
    assert migrate.current_revision(database.engine) == "0004"
    with database.session() as s:
        rows = listings.list_broadcasts(s)
        requests = {r.id: r for r in s.scalars(select(m.SupportRequest))}
        assert [(r.title, r.kind, r.format, r.audience, r.attendance_actual) for r in rows] == [
            ("Концерт", "Трансляция", "Онлайн", "Родители", None),
            ("Педагогический совет", "Гибридное совещание", "Гибридный", "Сотрудники", 40),
        ]
        assert requests[1].kind == m.SupportKind.PLATFORM_REQUEST
        assert requests[1].resolved_on == dt.date(2026, 10, 3)
        assert requests[2].kind == m.SupportKind.PARTICIPANT_HELP
        # the new kinds and channels are accepted by the upgraded CHECK constraints
        s.add(
            m.Broadcast(
                kind=m.BroadcastKind.SEMINAR,
                title="Вебинар",
                starts_at=dt.datetime(2026, 12, 1, 15, 0),
                audience=m.Audience.STAFF,
            )
        )
        s.get(m.SupportRequest, 2).channel = m.SupportChannel.MESSENGER
        s.commit()
    database.dispose()
