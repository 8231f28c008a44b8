"""Recording movement events: validate every draft against the state the earlier ones leave,
then change employments and enrolments, write the events and the Sferum tasks they ask for.

Movement events are the only way employments and enrolments change.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy.orm import Session

from ...data.bulk import insert_new
from ...data.models import (
    Employment,
    Enrolment,
    Group,
    GroupKind,
    MovementEvent,
    MovementKind,
    Person,
)
from .drafts import KIND_FIELDS, STAFF_KINDS, EventDraft, MovementError, Problem, person_kind_for
from .ledger import Ledger, Span
from .tasks import TaskMaker

MAX_DAYS_AHEAD = 366  # an order may set a date ahead, not years ahead

_KIND_VERB = {
    MovementKind.STAFF_HIRED: "принять на работу",
    MovementKind.STAFF_TRANSFERRED: "перевести на другую должность",
    MovementKind.STAFF_DISMISSED: "уволить",
    MovementKind.STUDENT_ENROLLED: "зачислить",
    MovementKind.STUDENT_TRANSFERRED: "перевести в другую группу",
    MovementKind.STUDENT_EXPELLED: "отчислить",
}


def _d(day: dt.date) -> str:
    return f"{day:%d.%m.%Y}"


def group_name(group: Group) -> str:
    return f"«{group.sferum_class_name}»"


class _RefusedError(Exception):
    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


@dataclass(eq=False)
class Plan:
    """One validated draft: the span it closes and the span it opens (either may be None)."""

    draft: EventDraft
    person: Person
    closes: Span | None = None
    opens: Span | None = None
    event: MovementEvent | None = None


class _Checker:
    def __init__(self, ledger: Ledger, today: dt.date) -> None:
        self.ledger = ledger
        self.today = today

    def plan(self, draft: EventDraft) -> Plan:
        draft = dataclasses.replace(draft)  # the caller's draft stays as given
        person = self._person(draft)
        self._common(draft, person)
        kind = draft.kind
        if kind == MovementKind.STAFF_HIRED:
            return self._hire(draft, person)
        if kind == MovementKind.STAFF_TRANSFERRED:
            return self._staff_transfer(draft, person)
        if kind == MovementKind.STAFF_DISMISSED:
            return Plan(draft, person, closes=self._open_employment(draft, person))
        if kind == MovementKind.STUDENT_ENROLLED:
            group = self._to_group(draft, person)
            return Plan(draft, person, opens=self._new_enrolment(draft, person, group))
        if kind == MovementKind.STUDENT_TRANSFERRED:
            return self._student_transfer(draft, person)
        return Plan(draft, person, closes=self._leaving(draft, person))

    # -- common ------------------------------------------------------------------------

    def _person(self, draft: EventDraft) -> Person:
        try:
            draft.kind = MovementKind(draft.kind)
        except ValueError:
            raise _RefusedError("kind", "Выберите вид события.") from None
        person = self.ledger.persons.get(draft.person_id)
        if person is None:
            raise _RefusedError("person_id", "Выберите человека: указанный не найден.")
        wanted = person_kind_for(draft.kind)
        if person.kind != wanted:
            raise _RefusedError(
                "person_id",
                f"{person.full_name} — {person.kind.label.lower()}, а {_KIND_VERB[draft.kind]} "
                f"можно только: {wanted.label.lower()}.",
            )
        return person

    def _common(self, draft: EventDraft, person: Person) -> None:
        if draft.effective_on is None:
            raise _RefusedError("effective_on", f"Укажите дату события ({person.full_name}).")
        if (draft.effective_on - self.today).days > MAX_DAYS_AHEAD:
            raise _RefusedError(
                "effective_on",
                f"Дата события {_d(draft.effective_on)} ({person.full_name}) "
                "больше чем на год впереди.",
            )
        if draft.order_id is not None and draft.order_id not in self.ledger.orders:
            raise _RefusedError("order_id", f"Приказ для события ({person.full_name}) не найден.")

    # -- staff -------------------------------------------------------------------------

    def _position(self, draft: EventDraft, person: Person) -> None:
        if draft.position is None:
            raise _RefusedError("position", f"Укажите должность: {person.full_name}.")

    def _hire(self, draft: EventDraft, person: Person) -> Plan:
        self._position(draft, person)
        day = draft.effective_on
        for span in self.ledger.employments[person.id]:
            if span.overlaps_from(day):
                raise _RefusedError(
                    "effective_on",
                    f"{person.full_name} уже работает (принят(а) {_d(span.start)}): "
                    f"принять на работу {_d(day)} нельзя.",
                )
        opens = Span(
            person.id,
            day,
            position=draft.position,
            position_title=(draft.position_title or "").strip() or None,
        )
        return Plan(draft, person, opens=opens)

    def _open_employment(self, draft: EventDraft, person: Person) -> Span:
        day = draft.effective_on
        spans = [s for s in self.ledger.employments[person.id] if s.end is None]
        if not spans:
            raise _RefusedError("person_id", f"{person.full_name} сейчас не работает в Центре.")
        span = spans[-1]
        if day < span.start:
            raise _RefusedError(
                "effective_on",
                f"Дата {_d(day)} раньше приёма {person.full_name} на работу ({_d(span.start)}).",
            )
        return span

    def _staff_transfer(self, draft: EventDraft, person: Person) -> Plan:
        self._position(draft, person)
        closes = self._open_employment(draft, person)
        title = (draft.position_title or "").strip() or None
        if closes.position == draft.position and closes.position_title == title:
            raise _RefusedError(
                "position",
                f"{person.full_name} уже занимает эту должность ({draft.position.label}).",  # type: ignore[union-attr]
            )
        opens = Span(person.id, draft.effective_on, position=draft.position, position_title=title)
        return Plan(draft, person, closes=closes, opens=opens)

    # -- students ----------------------------------------------------------------------

    def _group(self, group_id: int | None, field: str, person: Person) -> Group:
        if group_id is None:
            raise _RefusedError(field, f"Выберите группу ({person.full_name}).")
        group = self.ledger.groups.get(group_id)
        if group is None:
            raise _RefusedError(field, f"Группа для события ({person.full_name}) не найдена.")
        return group

    def _to_group(self, draft: EventDraft, person: Person) -> Group:
        group = self._group(draft.to_group_id, "to_group_id", person)
        where = f"{person.full_name} → {group_name(group)}"
        if group.kind != GroupKind.ASSOCIATION:
            raise _RefusedError(
                "to_group_id",
                f"{where}: в «Учительскую» зачисляют приёмом на работу, не обучающихся.",
            )
        if group.archived_on is not None:
            raise _RefusedError("to_group_id", f"{where}: группа в архиве.")
        year = group.academic_year
        day = draft.effective_on
        if year is not None and not (year.starts_on <= day <= year.ends_on):
            raise _RefusedError(
                "effective_on",
                f"{where}: дата {_d(day)} вне учебного года группы {year.name} "
                f"({_d(year.starts_on)}–{_d(year.ends_on)}).",
            )
        return group

    def _new_enrolment(self, draft: EventDraft, person: Person, group: Group) -> Span:
        day = draft.effective_on
        for span in self.ledger.enrolments[person.id]:
            if span.group_id == group.id and span.overlaps_from(day):
                raise _RefusedError(
                    "to_group_id",
                    f"{person.full_name} уже зачислен(а) в группу {group_name(group)} "
                    f"(с {_d(span.start)}).",
                )
        return Span(person.id, day, group_id=group.id)

    def _open_enrolment(self, draft: EventDraft, person: Person, group: Group) -> Span:
        day = draft.effective_on
        spans = [s for s in self.ledger.enrolments[person.id] if s.group_id == group.id]
        open_spans = [s for s in spans if s.end is None]
        if not open_spans:
            raise _RefusedError(
                "from_group_id", f"{person.full_name} не числится в группе {group_name(group)}."
            )
        span = open_spans[-1]
        if day < span.start:
            raise _RefusedError(
                "effective_on",
                f"Дата {_d(day)} раньше зачисления {person.full_name} в группу "
                f"{group_name(group)} ({_d(span.start)}).",
            )
        return span

    def _student_transfer(self, draft: EventDraft, person: Person) -> Plan:
        source = self._group(draft.from_group_id, "from_group_id", person)
        target = self._to_group(draft, person)
        if source.id == target.id:
            raise _RefusedError(
                "to_group_id",
                f"{person.full_name}: перевод в ту же группу {group_name(source)} невозможен.",
            )
        closes = self._open_enrolment(draft, person, source)
        opens = self._new_enrolment(draft, person, target)
        return Plan(draft, person, closes=closes, opens=opens)

    def _leaving(self, draft: EventDraft, person: Person) -> Span:
        if draft.from_group_id is None:
            spans = [s for s in self.ledger.enrolments[person.id] if s.end is None]
            if not spans:
                raise _RefusedError(
                    "from_group_id", f"{person.full_name} не числится ни в одной группе."
                )
            if len(spans) > 1:
                names = ", ".join(
                    group_name(self.ledger.groups[s.group_id]) for s in spans if s.group_id
                )
                raise _RefusedError(
                    "from_group_id",
                    f"{person.full_name} занимается в нескольких группах ({names}): "
                    "укажите, из какой отчислить.",
                )
            draft.from_group_id = spans[0].group_id
        group = self._group(draft.from_group_id, "from_group_id", person)
        return self._open_enrolment(draft, person, group)


def _simulate(plan: Plan, ledger: Ledger) -> None:
    """Let the plan change the ledger's spans, so later drafts see its effect."""
    day = plan.draft.effective_on
    if plan.closes is not None:
        plan.closes.end = day
    if plan.opens is not None:
        spans = ledger.employments if plan.draft.kind in STAFF_KINDS else ledger.enrolments
        spans[plan.person.id].append(plan.opens)


def _apply(session: Session, plan: Plan) -> None:
    draft, day = plan.draft, plan.draft.effective_on
    closes, opens = plan.closes, plan.opens
    if closes is not None:
        assert closes.orm is not None
        if isinstance(closes.orm, Employment):
            closes.orm.dismissed_on = day
            closes.orm.dismiss_order_id = draft.order_id
        else:
            closes.orm.left_on = day
            closes.orm.leave_order_id = draft.order_id
            if draft.kind == MovementKind.STUDENT_EXPELLED:
                closes.orm.leave_reason = draft.note.strip()[:300] or None
    if opens is not None:
        orm: Employment | Enrolment
        if opens.position is not None:
            orm = Employment(
                person_id=opens.person_id,
                position=opens.position,
                position_title=opens.position_title,
                hired_on=day,
                hire_order_id=draft.order_id,
            )
        else:
            assert opens.group_id is not None
            orm = Enrolment(
                student_id=opens.person_id,
                group_id=opens.group_id,
                enrolled_on=day,
                enrol_order_id=draft.order_id,
            )
        opens.orm = orm  # stored with the others by _record


def _event(plan: Plan) -> MovementEvent:
    draft = plan.draft
    used = KIND_FIELDS[draft.kind]
    linked = plan.opens if plan.opens is not None else plan.closes
    assert linked is not None and linked.orm is not None
    event = MovementEvent(
        kind=draft.kind,
        person_id=draft.person_id,
        effective_on=draft.effective_on,
        order_id=draft.order_id,
        from_group_id=draft.from_group_id if "from_group_id" in used else None,
        to_group_id=draft.to_group_id if "to_group_id" in used else None,
        note=draft.note.strip() or None,
    )
    if isinstance(linked.orm, Employment):
        event.employment_id = linked.orm.id
    else:
        event.enrolment_id = linked.orm.id
    return event


def record_events(
    session: Session, drafts: Sequence[EventDraft], today: dt.date | None = None
) -> list[MovementEvent]:
    """Record the drafts in order, all or none: every bad draft is listed in one
    :class:`MovementError`. Returns the stored events (flushed, with ids)."""
    return _record(session, drafts, today or dt.date.today(), single=False)


def record_event(
    session: Session, draft: EventDraft, today: dt.date | None = None
) -> MovementEvent:
    """Record one event; a refusal names the draft field in ``MovementError.errors``."""
    return _record(session, [draft], today or dt.date.today(), single=True)[0]


def _record(
    session: Session, drafts: Sequence[EventDraft], today: dt.date, single: bool
) -> list[MovementEvent]:
    if not drafts:
        return []
    ledger = Ledger.load(
        session, (d.person_id for d in drafts), (d.order_id for d in drafts if d.order_id)
    )
    checker = _Checker(ledger, today)
    plans: list[Plan] = []
    problems: list[Problem] = []
    for index, draft in enumerate(drafts):
        try:
            plan = checker.plan(draft)
        except _RefusedError as refused:
            problems.append(Problem(index, refused.field, refused.message))
            continue
        _simulate(plan, ledger)
        plans.append(plan)
    if problems:
        raise MovementError(problems, single=single)

    # The new rows go in with one insert per table (data.bulk), not flushed one by one:
    # an import records thousands of events, each with an enrolment and tasks.
    for plan in plans:
        _apply(session, plan)
    opened = [plan.opens.orm for plan in plans if plan.opens is not None]
    insert_new(session, [orm for orm in opened if isinstance(orm, Employment)])
    insert_new(session, [orm for orm in opened if isinstance(orm, Enrolment)])
    events = [_event(plan) for plan in plans]  # they refer to those by id
    insert_new(session, events)
    for plan, event in zip(plans, events, strict=True):
        plan.event = event
    maker = TaskMaker(ledger, today)
    maker.prepare(plans)
    # the tasks refer to the events by id; nothing here reads them again
    insert_new(session, maker.tasks_for(plans), attach=False)
    session.flush()  # the enrolments and employments closed
    return events
