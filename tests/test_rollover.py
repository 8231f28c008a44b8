"""The academic-year rollover: the plan, applying it as one batch, and its refusals."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from sferum_desk.data import models as m
from sferum_desk.data.engine import Database
from sferum_desk.services import rollover
from sferum_desk.services.organisation import ValidationError
from sferum_desk.services.rollover import Outcome

from .rollover_helpers import set_programme_years

D = dt.date


def _programme_years(database: Database) -> dict[str, int | None]:
    """Three-year programmes everywhere but in the first association, which has no end."""
    with database.session() as session:
        names = list(session.scalars(select(m.Association.name).order_by(m.Association.name)))
    years: dict[str, int | None] = dict.fromkeys(names, 3)
    years[names[0]] = None
    set_programme_years(database, years)
    return years


def _current_groups(session) -> list[m.Group]:  # noqa: ANN001
    year = session.scalar(select(m.AcademicYear).where(m.AcademicYear.is_current))
    return list(
        session.scalars(
            select(m.Group).where(
                m.Group.academic_year_id == year.id,
                m.Group.kind == m.GroupKind.ASSOCIATION,
                m.Group.archived_on.is_(None),
            )
        )
    )


def _active(session, group_id: int) -> int:  # noqa: ANN001
    return session.scalar(
        select(func.count())
        .select_from(m.Enrolment)
        .where(m.Enrolment.group_id == group_id, m.Enrolment.left_on.is_(None))
    )


def test_plan_sorts_groups_by_programme_length(demo_db: Database) -> None:
    years = _programme_years(demo_db)
    with demo_db.session() as session:
        groups = _current_groups(session)
        expected_finish = {
            g.id
            for g in groups
            if years[g.association.name] is not None and g.study_year >= years[g.association.name]
        }
        plan = rollover.plan_rollover(session)
    assert (plan.from_name, plan.new_name) == ("2026/2027", "2027/2028")
    assert {i.group_id for i in plan.items} == {g.id for g in groups}
    finishing = {i.group_id for i in plan.items if i.outcome == Outcome.FINISHES}
    assert finishing == expected_finish
    assert 0 < plan.count(Outcome.FINISHES) < plan.count(Outcome.CONTINUES)
    assert plan.count(Outcome.FINISHES) + plan.count(Outcome.CONTINUES) == len(groups)
    for item in plan.items:
        if item.outcome == Outcome.CONTINUES:
            assert item.new_study_year == item.study_year + 1
            assert item.new_name == item.old_name.replace(
                f"({item.study_year}-й год)", f"({item.new_study_year}-й год)"
            )
    renamed = next(i for i in plan.items if i.task_kind == m.TaskKind.OTHER)
    assert renamed.consequence == f"Переименовать класс «{renamed.old_name}» → «{renamed.new_name}»"
    archived = next(i for i in plan.items if i.task_kind == m.TaskKind.ARCHIVE_CLASS)
    assert archived.consequence == f"Архивировать класс «{archived.old_name}»"


def test_plan_without_programme_lengths_continues_everything(demo_db: Database) -> None:
    set_programme_years(demo_db, dict.fromkeys(_programme_years(demo_db)))
    with demo_db.session() as session:
        plan = rollover.plan_rollover(session)
    assert plan.count(Outcome.FINISHES) == 0
    assert plan.count(Outcome.CONTINUES) == len(plan.items) == 45


def test_the_demo_programmes_finish_their_oldest_groups(demo_db: Database) -> None:
    with demo_db.session() as session:
        plan = rollover.plan_rollover(session)
    finishing = [i for i in plan.items if i.outcome == Outcome.FINISHES]
    assert 0 < len(finishing) < len(plan.items)
    # A class that was never created in Sferum has nothing to archive there.
    consequences = [i.consequence for i in finishing if i.consequence]
    assert consequences
    assert all(c.startswith("Архивировать класс «") for c in consequences)


def test_a_hand_typed_name_is_kept(demo_db: Database) -> None:
    with demo_db.transaction() as session:
        group = _current_groups(session)[0]
        group.sferum_class_name, group.class_name_manual = "Наши роботы", True
        group_id = group.id
    with demo_db.session() as session:
        item = next(i for i in rollover.plan_rollover(session).items if i.group_id == group_id)
    assert item.new_name == "Наши роботы"
    assert item.consequence == "" and item.task_kind is None


def test_apply_makes_the_new_year(demo_db: Database) -> None:
    _programme_years(demo_db)
    with demo_db.session() as session:
        plan = rollover.plan_rollover(session)
        carried = sum(
            _active(session, i.group_id) for i in plan.items if i.outcome == Outcome.CONTINUES
        )
        finishing = [i.group_id for i in plan.items if i.outcome == Outcome.FINISHES]
        old_year_id = plan.from_year_id
        association_id = plan.items[0].association_id
        new = rollover.new_group_item(session, plan, association_id, "7")
        plan = rollover.with_new_group(plan, new)
    open_tasks_before = _count(demo_db, m.SferumTask, m.SferumTask.state == m.TaskState.OPEN)
    with demo_db.transaction() as session:
        batch = rollover.apply_rollover(session, plan)
        batch_id = batch.id
        assert batch.label == "Переход на учебный год 2027/2028"

    with demo_db.session() as session:
        year = session.scalar(select(m.AcademicYear).where(m.AcademicYear.is_current))
        assert (year.start_year, year.starts_on, year.ends_on) == (
            2027,
            D(2027, 9, 1),
            D(2028, 8, 31),
        )
        old = session.get(m.AcademicYear, old_year_id)
        assert (old.is_current, old.archived) == (False, True)
        new_groups = list(
            session.scalars(select(m.Group).where(m.Group.academic_year_id == year.id))
        )
        assert len(new_groups) == plan.count(Outcome.CONTINUES) + 1
        by_name = {g.sferum_class_name: g for g in new_groups}
        for item in plan.items:
            if item.outcome == Outcome.CONTINUES:
                group = by_name[item.new_name]
                assert group.study_year == item.study_year + 1
                assert group.association_id == item.association_id
                assert group.number == item.number
        fresh = by_name[new.new_name]
        assert (fresh.study_year, fresh.sferum_state) == (1, m.SferumClassState.NOT_CREATED)

        new_enrolments = session.scalar(
            select(func.count())
            .select_from(m.Enrolment)
            .join(m.Group)
            .where(m.Group.academic_year_id == year.id)
        )
        assert new_enrolments == carried > 0
        assert (
            session.scalar(
                select(func.count())
                .select_from(m.Enrolment)
                .join(m.Group)
                .where(m.Group.academic_year_id == old_year_id, m.Enrolment.left_on.is_(None))
            )
            == 0
        )
        for group_id in finishing:
            group = session.get(m.Group, group_id)
            assert group.archived_on == D(2027, 8, 31)

        tasks = list(
            session.scalars(
                select(m.SferumTask).where(
                    m.SferumTask.due_on == D(2027, 9, 1), m.SferumTask.state == m.TaskState.OPEN
                )
            )
        )
        assert len(tasks) == plan.task_count
        assert {t.title for t in tasks} == {i.consequence for i in plan.all_items if i.consequence}
        assert any(t.kind == m.TaskKind.ARCHIVE_CLASS for t in tasks)
        assert any(t.kind == m.TaskKind.CREATE_CLASS and t.group_id == fresh.id for t in tasks)
        entries = session.scalar(
            select(func.count()).select_from(m.AuditEntry).where(m.AuditEntry.batch_id == batch_id)
        )
        assert entries > len(new_groups)
    open_after = _count(demo_db, m.SferumTask, m.SferumTask.state == m.TaskState.OPEN)
    assert open_after == open_tasks_before + plan.task_count


def _count(database: Database, model: type, *where: object) -> int:
    with database.session() as session:
        return session.scalar(select(func.count()).select_from(model).where(*where))


def test_steps_report_progress(demo_db: Database) -> None:
    with demo_db.transaction() as session:
        plan = rollover.plan_rollover(session)
        steps = list(rollover.apply_rollover_steps(session, plan))
    assert all(total == len(plan.items) + 1 for _done, total, _label in steps)
    assert [done for done, _total, _label in steps] == list(range(len(plan.items) + 1))


def test_cancelled_steps_roll_back(demo_db: Database) -> None:
    years_before = _count(demo_db, m.AcademicYear)
    with pytest.raises(GeneratorExit), demo_db.transaction() as session:
        plan = rollover.plan_rollover(session)
        steps = rollover.apply_rollover_steps(session, plan)
        for _ in range(5):
            next(steps)
        steps.close()
        raise GeneratorExit
    assert _count(demo_db, m.AcademicYear) == years_before
    assert _count(demo_db, m.ChangeBatch) == 0


def test_a_year_that_exists_is_refused(demo_db: Database) -> None:
    with demo_db.transaction() as session:
        session.add(
            m.AcademicYear(start_year=2027, starts_on=D(2027, 9, 1), ends_on=D(2028, 8, 31))
        )
    with demo_db.session() as session, pytest.raises(ValidationError, match="2027/2028 уже есть"):
        rollover.plan_rollover(session)


def test_applying_twice_is_refused(demo_db: Database) -> None:
    with demo_db.session() as session:
        plan = rollover.plan_rollover(session)
    with demo_db.transaction() as session:
        rollover.apply_rollover(session, plan)
    with demo_db.transaction() as session, pytest.raises(ValidationError, match="уже есть"):
        rollover.apply_rollover(session, plan)


def test_a_stale_plan_is_refused(demo_db: Database) -> None:
    with demo_db.session() as session:
        plan = rollover.plan_rollover(session)
    with demo_db.transaction() as session:
        group = session.get(m.Group, plan.items[0].group_id)
        group.planned_size = (group.planned_size or 0) + 1
    with demo_db.transaction() as session, pytest.raises(ValidationError, match="устарел"):
        rollover.apply_rollover(session, plan)
    assert _count(demo_db, m.AcademicYear, m.AcademicYear.start_year == 2027) == 0


def test_new_group_checks(demo_db: Database) -> None:
    with demo_db.session() as session:
        plan = rollover.plan_rollover(session)
        item = plan.items[0]
        with pytest.raises(ValidationError, match="уже есть группа"):
            rollover.new_group_item(session, plan, item.association_id, item.number)
        with pytest.raises(ValidationError, match="номер"):
            rollover.new_group_item(session, plan, item.association_id, "  ")
        added = rollover.new_group_item(session, plan, item.association_id, "9")
        assert added.consequence == f"Создать класс «{added.new_name}»"
        assert "гр. 9 (1-й год)" in added.new_name
        assert [a.name for a in rollover.list_associations(session)]
        assert rollover.list_years(session)[0].name == "2026/2027"


def test_an_unknown_current_year_is_refused(db: Database) -> None:
    with db.session() as session, pytest.raises(ValidationError, match="текущий"):
        rollover.plan_rollover(session)
