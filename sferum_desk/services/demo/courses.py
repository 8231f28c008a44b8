"""Short programmes: the extra movement of a large Centre (``demo --movement N``).

The year's own enrolments, transfers and expulsions fill a journal of about one event per
pupil; a benchmark Centre asks for more (5,000 pupils, 20,000 events). The rest are pupils
who also took a short programme — a holiday intensive, a course before a contest — in a
group of another association that fits their age: enrolled by one of the weekly orders on
short programmes and, for most, expelled by a later one when it ended; the few whose course
is still running stay enrolled. Each course is one enrolment and one or two events, written
in bulk. Pupils who were expelled during the year take none, and nobody takes the same group
twice, so the integrity check finds nothing to say.

The orders are registered with the others (:func:`plan_orders`, from the first step), so
the registers stay numbered by date.
"""

from __future__ import annotations

import bisect
from collections import Counter

from sqlalchemy import func, select

from ...data import bulk
from ...data.models import Enrolment, Group, MovementEvent, MovementKind
from .builder import Builder, Pupil, Slot, days
from .people import enrolment

COURSES_PER_PUPIL = 4  # at most, in one year
RUNNING_SHARE = 0.1  # of the courses, still running today
_ENROL_TITLE = "О зачислении обучающихся на краткосрочные программы"
_LEAVE_TITLE = "Об отчислении обучающихся, завершивших краткосрочные программы"
_LEAVE_REASON = "Завершено обучение по краткосрочной программе"


class MovementTooLargeError(Exception):
    """No more short programmes fit (every pupil has as many as they may take)."""


def plan_orders(b: Builder) -> None:
    """The weekly orders on short programmes, on each Monday of the year so far (or its
    first day); registered only when extra movement is asked for."""
    mondays = [d for d in b.workdays(b.ys + days(7), b.today - days(1)) if d.weekday() == 0]
    b.course_days = mondays or [b.ys]
    b.course_orders = {d: b.orders.get("о", d, _ENROL_TITLE) for d in b.course_days}
    b.course_end_orders = {d: b.orders.get("о", d, _LEAVE_TITLE) for d in b.course_days[1:]}


def natural_events(b: Builder) -> int:
    return b.s.scalar(select(func.count()).select_from(MovementEvent)) or 0


def courses(b: Builder) -> None:
    """Short programmes until the journal holds ``b.movement`` events."""
    assert b.movement is not None
    extra = b.movement - natural_events(b)
    if extra <= 0:
        return
    finished_possible = len(b.course_days) > 1
    running = round(extra * RUNNING_SHARE / (2 - RUNNING_SHARE)) if finished_possible else extra
    if (extra + running) % 2:  # 2 events a finished course, 1 a running one
        running += 1
    total = (extra + running) // 2 if finished_possible else extra
    rows: list[tuple[Pupil, Enrolment]] = []
    picker = _Picker(b)
    for n in range(total):
        rows.append(picker.course(still_running=n < running))
    bulk.insert_new(b.s, [row for _pupil, row in rows], attach=False)
    events: list[MovementEvent] = []
    for pupil, row in rows:
        group = row.group
        events.append(
            MovementEvent(
                kind=MovementKind.STUDENT_ENROLLED,
                person=pupil.person,
                effective_on=row.enrolled_on,
                order=row.enrol_order,
                to_group=group,
                enrolment_id=row.id,
            )
        )
        if row.left_on is not None:
            events.append(
                MovementEvent(
                    kind=MovementKind.STUDENT_EXPELLED,
                    person=pupil.person,
                    effective_on=row.left_on,
                    order=row.leave_order,
                    from_group=group,
                    enrolment_id=row.id,
                    note=_LEAVE_REASON,
                )
            )
    events.sort(key=lambda e: e.effective_on)
    bulk.insert_new(b.s, events, attach=False)


class _Picker:
    """Draws pupils and groups for short programmes, never the same group twice a pupil."""

    def __init__(self, b: Builder) -> None:
        self.b = b
        self.pupils = [st for st in b.students if st.expel_on is None]
        self.taken: dict[int, set[Group]] = {}  # by id() of the pupil: the groups they are in
        self.courses: Counter[int] = Counter()
        self.by_age: dict[int, list[Slot]] = {}
        for slot in b.slots:
            for age in range(slot.age_lo, slot.age_hi + 1):
                self.by_age.setdefault(age, []).append(slot)
        # a finished course starts before the last order day, a running one lately
        self.starts = b.course_days[:-1] or b.course_days
        self.recent = b.course_days[-8:]

    def course(self, *, still_running: bool) -> tuple[Pupil, Enrolment]:
        rng, b = self.b.rng, self.b
        while self.pupils:
            index = rng.randrange(len(self.pupils))
            pupil = self.pupils[index]
            own = self.taken.setdefault(id(pupil), self._groups_of(pupil))
            fits = [s for s in self.by_age.get(pupil.age, ()) if s.group not in own]
            first_day = min(day for _slot, day in pupil.places)
            starts = self.recent if still_running else self.starts
            starts = starts[bisect.bisect_left(starts, first_day) :]
            if not fits or not starts or self.courses[id(pupil)] >= COURSES_PER_PUPIL:
                self.pupils[index] = self.pupils[-1]  # this pupil can take no more
                self.pupils.pop()
                continue
            slot = rng.choice(fits)
            own.add(slot.group)
            self.courses[id(pupil)] += 1
            start = rng.choice(starts)
            row = enrolment(pupil, slot.group, start, b.course_orders[start])
            if not still_running:
                ends = b.course_days[bisect.bisect_right(b.course_days, start) :]
                end = rng.choice(ends[:12])  # a course lasts at most three months
                row.left_on, row.leave_order = end, b.course_end_orders[end]
                row.leave_reason = _LEAVE_REASON
            return pupil, row
        raise MovementTooLargeError

    @staticmethod
    def _groups_of(pupil: Pupil) -> set[Group]:
        groups = {slot.group for slot, _day in pupil.places}
        if pupil.transfer:
            groups.add(pupil.transfer[0].group)
        return groups
