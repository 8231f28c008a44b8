"""Generating the demo Centre: determinism, refusal of a non-empty database, progress."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from sferum_desk.cli import main
from sferum_desk.config import sqlite_url
from sferum_desk.data.engine import Database, open_database
from sferum_desk.data.models import (
    AuditEntry,
    Direction,
    Enrolment,
    Group,
    InviteLink,
    Membership,
    MovementEvent,
    Order,
    Organisation,
    Person,
    PersonKind,
    Post,
    SferumTask,
)
from sferum_desk.services import demo, stats

from .conftest import TODAY


def _row(*values: object) -> tuple[str, ...]:
    return tuple("" if v is None else str(v) for v in values)


def _dump(database: Database) -> dict[str, list[tuple[str, ...]]]:
    with database.session() as s:
        people = s.scalars(select(Person)).all()
        return {
            "people": sorted(
                _row(p.kind, p.full_name, p.birth_date, p.phone, p.email, p.consent_document)
                for p in people
            ),
            "groups": sorted(
                _row(g.sferum_class_name, g.sferum_state) for g in s.scalars(select(Group))
            ),
            "enrolments": sorted(
                _row(e.student.full_name, e.group.sferum_class_name, e.enrolled_on, e.left_on)
                for e in s.scalars(select(Enrolment))
            ),
            "orders": sorted(
                _row(o.number, o.issued_on, o.title) for o in s.scalars(select(Order))
            ),
            "invites": sorted(
                _row(i.url, i.state, i.created_on) for i in s.scalars(select(InviteLink))
            ),
            "posts": sorted(_row(p.planned_at, p.title, p.status) for p in s.scalars(select(Post))),
            "memberships": sorted(
                _row(m.person.full_name, m.state, m.joined_on)
                for m in s.scalars(select(Membership))
            ),
            "tasks": sorted(_row(t.title, t.state) for t in s.scalars(select(SferumTask))),
        }


def _generate(database: Database, seed: int) -> dict[str, list[tuple[str, ...]]]:
    with database.transaction() as session:
        demo.generate(session, seed=seed, students=100, today=TODAY)
    return _dump(database)


def test_same_seed_same_centre_other_seed_other_centre(empty_db: Database, tmp_path: Path) -> None:
    second = open_database(sqlite_url(tmp_path / "second.sqlite3"))
    third = open_database(sqlite_url(tmp_path / "third.sqlite3"))
    try:
        first_dump = _generate(empty_db, 7)
        assert first_dump == _generate(second, 7)
        other = _generate(third, 8)
        with third.session() as session:  # `students` scales the Centre, the rest stays
            figures = stats.collect(session, on=TODAY)
        assert figures.students == 100  # the extra ones generated to be expelled have left
        assert figures.staff >= 35 and figures.groups >= 25
    finally:
        second.dispose()
        third.dispose()
    assert len(first_dump["people"]) > 200
    assert other["people"] != first_dump["people"]
    assert other["invites"] != first_dump["invites"]


# -- when and how it runs ------------------------------------------------------------------


def test_is_empty(empty_db: Database, db: Database, demo_db: Database) -> None:
    with empty_db.session() as session:
        assert demo.is_empty(session)
    with db.session() as session:  # the card and the base records do not count
        assert demo.is_empty(session)
    with demo_db.session() as session:
        assert not demo.is_empty(session)


def _table_counts(database: Database) -> dict[str, int]:
    from sferum_desk.data.models import Base

    with database.session() as session:
        return {
            name: session.scalar(select(func.count()).select_from(table)) or 0
            for name, table in Base.metadata.tables.items()
        }


def test_refuses_a_database_that_is_not_empty(db: Database, demo_db: Database) -> None:
    with db.transaction() as session:
        session.add(Person(kind=PersonKind.STAFF, last_name="Иванова", first_name="Анна"))
    before = _table_counts(db)
    with pytest.raises(demo.DemoError, match="База не пуста"), db.transaction() as session:
        demo.generate(session, seed=1, students=50, today=TODAY)
    assert _table_counts(db) == before

    before = _table_counts(demo_db)
    with pytest.raises(demo.DemoError, match="База не пуста"), demo_db.transaction() as session:
        next(demo.generate_steps(session, today=TODAY))
    assert _table_counts(demo_db) == before


def test_keeps_an_existing_organisation_card(db: Database) -> None:
    with db.transaction() as session:
        demo.generate(session, seed=2, students=40, today=TODAY)
    with db.session() as session:
        org = session.get(Organisation, 1)
        assert org is not None and "демонстрационная" not in org.full_name
        assert org.inn is None and org.admin_person_id is None
        assert session.scalar(select(func.count()).select_from(Direction)) == 6
        assert stats.collect(session, on=TODAY).students == 40


def test_rejects_an_impossible_number_of_students(empty_db: Database) -> None:
    with pytest.raises(demo.DemoError, match="Число обучающихся"), empty_db.session() as session:
        demo.generate(session, students=0, today=TODAY)


def _events(database: Database) -> int:
    with database.session() as session:
        return session.scalar(select(func.count()).select_from(MovementEvent)) or 0


def test_movement_gives_exactly_that_many_events(empty_db: Database) -> None:
    with empty_db.transaction() as session:
        demo.generate(session, students=40, today=TODAY, movement=151)  # odd: a course runs
    assert _events(empty_db) == 151


@pytest.mark.parametrize(
    ("movement", "message"),
    [
        (0, "Число событий движения должно быть от 1 до 200000"),
        (demo.MAX_MOVEMENT + 1, "Число событий движения должно быть от 1 до 200000"),
        (5, r"уже \d+ событи.* число событий должно быть не меньше \d+"),
        (40 * 20, "Столько событий движения не получится.*больше обучающихся"),
    ],
    ids=["zero", "above_the_maximum", "fewer_than_the_year_makes", "more_than_fit"],
)
def test_an_impossible_number_of_movement_events_is_refused_in_russian(
    empty_db: Database, movement: int, message: str
) -> None:
    with empty_db.session() as session:
        with pytest.raises(demo.DemoError, match=message):
            demo.generate(session, students=40, today=TODAY, movement=movement)
        session.rollback()
    with empty_db.session() as session:
        assert demo.is_empty(session)


def test_cli_demo_movement(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    url = sqlite_url(tmp_path / "large.sqlite3")
    argv = ["--db", url, "demo", "--students", "40", "--today", TODAY.isoformat()]
    assert main([*argv, "--movement", "150"]) == 0
    assert "150 событий движения" in capsys.readouterr().out
    database = open_database(url)
    try:
        assert _events(database) == 150
    finally:
        database.dispose()

    other = sqlite_url(tmp_path / "impossible.sqlite3")
    code = main(["--db", other, *argv[2:], "--movement", "800"])
    err = capsys.readouterr().err
    assert code == 1
    assert err.strip().splitlines() == [err.strip()]  # one line, no traceback
    assert "Столько событий движения не получится" in err


def test_progress_runs_up_to_the_total(empty_db: Database) -> None:
    with empty_db.transaction() as session:
        progress = list(demo.generate_steps(session, seed=5, students=30, today=TODAY))
    done = [step[0] for step in progress]
    totals = {step[1] for step in progress}
    assert len(totals) == 1 and 10 <= totals.pop() <= 20
    assert done == sorted(set(done)) and done[0] == 0 and progress[-1][0] == progress[-1][1]
    assert all(label and re.search("[а-яё]", label) for _, _, label in progress)


def test_cancelling_leaves_the_database_empty(empty_db: Database) -> None:
    with empty_db.session() as session:
        for done, _total, _label in demo.generate_steps(session, students=30, today=TODAY):
            if done == 4:
                break  # the user pressed Cancel
        session.rollback()
    with empty_db.session() as session:
        assert demo.is_empty(session)
        assert session.scalar(select(func.count()).select_from(AuditEntry)) == 0


def test_services_stay_qt_free() -> None:
    code = (
        "import sys; sys.modules['PySide6'] = None\n"
        "import sferum_desk.services.demo, sferum_desk.services.demo.catalogues"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
