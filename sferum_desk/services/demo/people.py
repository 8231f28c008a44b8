"""The people of the Centre: staff and their posts, families, enrolments and the movement log."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm.attributes import set_committed_value

from ...data import bulk
from ...data.models import (
    Employment,
    Enrolment,
    Group,
    MovementEvent,
    MovementKind,
    Order,
    ParentLink,
    ParentRelation,
    Person,
    PersonKind,
    StaffPosition,
)
from . import catalogues as data
from . import names
from .builder import Builder, Employee, Pupil, Slot, days

# -- the staff plan and their posts ---------------------------------------------------------


def plan_staff(b: Builder) -> None:
    """Who works at the Centre, and who was hired, moved and dismissed over the past year."""
    rng, ys, today, pos = b.rng, b.ys, b.today, StaffPosition
    teacher, methodist, organiser = pos.TEACHER.label, "Методист", "Педагог-организатор"
    b.staff = []

    def hire(
        position: StaffPosition,
        title: str,
        ages: tuple[int, int],
        female: float = 0.75,
        hired_on: dt.date | None = None,
        left_days_ago: tuple[int, int] | None = None,
    ) -> Employee:
        age = rng.randint(*ages)
        person = b.people.person(PersonKind.STAFF, female=rng.random() < female, age=age, email=0.9)
        if hired_on is None:
            # the Centre's records start nine years back (it was reorganised then)
            year = ys.year - rng.randint(2, max(2, min(9, age - 22)))
            if rng.random() < 0.6:  # most come at the start of an academic year
                hired_on = b.between(dt.date(year, 8, 20), dt.date(year, 9, 10))
            else:
                hired_on = b.between(dt.date(year, 1, 10), dt.date(year, 12, 20))
        b.people.consent(person, hired_on, given=0.97)
        b.staff.append(Employee(person, position, title, hired_on))
        if left_days_ago:
            earliest, latest = left_days_ago
            b.staff[-1].dismissed_on = b.between(today - days(earliest), today - days(latest))
        return b.staff[-1]

    b.director = hire(pos.DIRECTOR, "Директор", (46, 60), female=0.6)
    deputies = data.DEPUTY_TITLES[: rng.randint(2, 3)]
    b.deputies = [hire(pos.DEPUTY, title, (36, 58)) for title in deputies]
    b.methodists = [hire(pos.METHODIST, methodist, (28, 60)) for _ in range(2)]
    b.organisers = [hire(pos.ORGANISER, organiser, (24, 45)) for _ in range(2)]
    hire(pos.OTHER, "Педагог-психолог", (27, 50), female=0.9)
    b.teachers = [hire(pos.TEACHER, teacher, (24, 63), female=0.7) for _ in range(24)]
    b.admin = b.teachers[0]
    # The staff movement of the past year.
    b.moved = hire(pos.TEACHER, teacher, (30, 55))
    b.moved.transfer_on = b.between(today - days(280), today - days(200))
    b.moved.new_post = (pos.METHODIST, methodist)
    b.methodists.append(b.moved)
    b.left_methodist = hire(pos.METHODIST, methodist, (50, 63), left_days_ago=(330, 250))
    b.left_organiser = hire(pos.ORGANISER, organiser, (23, 35), left_days_ago=(200, 120))
    b.leaver = hire(pos.TEACHER, teacher, (28, 60), left_days_ago=(40, 20))
    gone = b.leaver.dismissed_on
    assert gone is not None
    b.successor = hire(
        pos.TEACHER, teacher, (25, 45), hired_on=b.between(gone + days(1), gone + days(5))
    )
    start = max(ys - days(10), today - days(360))
    b.newcomer = hire(
        pos.TEACHER, teacher, (23, 30), hired_on=b.between(start, max(start, ys - days(3)))
    )
    b.new_organiser = hire(
        pos.ORGANISER,
        organiser,
        (22, 30),
        hired_on=b.between(today - days(250), today - days(150)),
    )
    b.organisers.append(b.new_organiser)
    b.extra_admins = [b.deputies[0], b.methodists[0]]


def employ(b: Builder) -> None:
    """The posts of the staff plan: a transfer closes the first post and opens the new one."""
    for st in b.staff:
        job = Employment(
            person=st.person,
            position=st.position,
            position_title=st.title,
            hired_on=st.hired_on,
            hire_order=st.hire_order,
        )
        st.first_job = job
        if st.transfer_on and st.new_post:
            job.dismissed_on, job.dismiss_order = st.transfer_on, st.transfer_order
            job = Employment(
                person=st.person,
                position=st.new_post[0],
                position_title=st.new_post[1],
                hired_on=st.transfer_on,
                hire_order=st.transfer_order,
            )
        if st.dismissed_on:
            job.dismissed_on, job.dismiss_order = st.dismissed_on, st.dismiss_order
        st.job = job
        b.s.add_all([st.person, st.first_job, job])
    b.s.flush()


# -- families -------------------------------------------------------------------------------


def families(b: Builder) -> None:
    b.students, b.parents, b.first_child = [], [], {}
    links: list[tuple[Person, Person, ParentRelation]] = []
    while len(b.students) < b.n_students:
        size = b.rng.choices((1, 2, 3), weights=(84, 13, 3))[0]
        links += _family(b, min(size, b.n_students - len(b.students)))
    for parent in b.pick([p for p in b.parents if p.phone], max(3, len(b.parents) // 80)):
        parent.is_activist = True
    teens = [st for st in b.students if st.age >= 12]
    for st in b.pick(teens, max(3, len(b.students) // 100)):
        st.person.is_activist = True
    bulk.insert_new(b.s, [st.person for st in b.students] + b.parents)
    bulk.insert_new(
        b.s,
        [
            ParentLink(parent_id=parent.id, student_id=child.id, relation=relation)
            for parent, child, relation in links
        ],
        attach=False,
    )


def _place(b: Builder, siblings: list[Pupil]) -> tuple[Slot, int, Pupil | None]:
    """A group with free places, weighted by how many, and an age that fits it."""
    weights = [max(slot.capacity - len(slot.members), 0) for slot in b.slots]
    if not any(weights):
        weights = [1] * len(b.slots)
    for attempt in range(6):
        slot = b.rng.choices(b.slots, weights)[0]
        age = b.rng.randint(slot.age_lo, slot.age_hi)
        twin = next((kid for kid in siblings if kid.age == age), None)
        if twin is None or attempt == 5:
            return slot, age, twin
    raise AssertionError("unreachable")


def _enrol_day(b: Builder) -> dt.date:
    return b.rng.choice(b.late_days if b.rng.random() < 0.05 else b.bulk_days)


def _family(b: Builder, size: int) -> list[tuple[Person, Person, ParentRelation]]:
    """A family of ``size`` pupils and their parents; returns the (parent, child, relation)
    links, written once the people have their ids."""
    rng, people = b.rng, b.people
    surname = rng.choice(names.SURNAMES)
    father = rng.choice(names.MEN)
    kids: list[Pupil] = []
    for _ in range(size):
        slot, age, twin = _place(b, kids)
        female = rng.random() < 0.5
        person = people.person(
            PersonKind.STUDENT,
            female=female,
            age=age,
            birth=twin.person.birth_date if twin else None,
            surname=surname,
            first=rng.choice(names.GIRLS if female else names.BOYS),
            middle=father[2] if female else father[1],
            phone=0.6 if age >= 11 else 0.0,
            email=0.25 if age >= 13 else 0.0,
        )
        kid = Pupil(person, age, [(slot, _enrol_day(b))])
        slot.members.append(kid)
        if rng.random() < 0.1:  # a second association
            fits = [
                s
                for s in b.slots
                if s.assoc != slot.assoc
                and s.age_lo <= age <= s.age_hi
                and len(s.members) < s.capacity
            ]
            if fits:
                second = rng.choice(fits)
                kid.places.append((second, _enrol_day(b)))
                second.members.append(kid)
        people.consent(person, min(day for _, day in kid.places))
        kids.append(kid)
    eldest = max(kid.age for kid in kids)
    first_day = min(day for kid in kids for _, day in kid.places)
    roll = rng.random()
    adults: list[tuple[Person, ParentRelation]] = []
    if roll < 0.03:  # a grandmother is the legal guardian
        granny_age = min(75, eldest + rng.randint(45, 55))
        granny = people.person(
            PersonKind.PARENT, female=True, age=granny_age, surname=surname, email=0.05
        )
        adults.append((granny, ParentRelation.GUARDIAN))
    else:
        maiden = surname if rng.random() < 0.9 else rng.choice(names.SURNAMES)
        mother = people.person(
            PersonKind.PARENT,
            female=True,
            age=eldest + rng.randint(22, 36),
            surname=maiden,
            phone=0.97,
            email=0.45,
        )
        adults.append((mother, ParentRelation.MOTHER))
        if roll < 0.9:
            dad = people.person(
                PersonKind.PARENT,
                female=False,
                age=eldest + rng.randint(24, 40),
                surname=surname,
                first=father[0],
                phone=0.9,
                email=0.3,
            )
            adults.append((dad, ParentRelation.FATHER))
    links: list[tuple[Person, Person, ParentRelation]] = []
    for parent, relation in adults:
        people.consent(parent, first_day)
        b.parents.append(parent)
        b.first_child[parent] = kids[0]
        for kid in kids:
            kid.parents.append(parent)
            links.append((parent, kid.person, relation))
    b.students += kids
    return links


# -- enrolments, transfers and expulsions ---------------------------------------------------


def enrolment(
    pupil: Pupil, group: Group, day: dt.date, order: Order, **fields: object
) -> Enrolment:
    """A planned enrolment for :func:`bulk.insert_new`: its student and group are set
    without the back-references, which would put it in the session's collections."""
    row = Enrolment(enrolled_on=day, enrol_order=order, **fields)
    set_committed_value(row, "student", pupil.person)
    set_committed_value(row, "group", group)
    return row


def enrolments(b: Builder) -> None:
    rng = b.rng
    single = [st for st in b.students if len(st.places) == 1 and st.places[0][1] in b.bulk_days]
    for n, st in enumerate(b.pick(single, b.n_expelled)):
        st.expel_on = b.expel_days[n % len(b.expel_days)]
    staying = [st for st in single if st.expel_on is None]
    for n, st in enumerate(b.pick(staying, b.n_transfers)):
        slot = st.places[0][0]
        fits = [s for s in b.slots if s is not slot and s.age_lo <= st.age <= s.age_hi]
        same = [s for s in fits if s.assoc == slot.assoc]
        if fits:
            target = rng.choice(same or fits)
            st.transfer = (target, b.transfer_days[n % len(b.transfer_days)])
            target.members.append(st)
    rows: list[Enrolment] = []
    for st in b.students:
        for slot, day in st.places:
            st.enrolments.append(enrolment(st, slot.group, day, b.enrol_orders[day]))
        first = st.enrolments[0]
        if st.expel_on:
            first.left_on, first.leave_order = st.expel_on, b.expel_orders[st.expel_on]
            first.leave_reason = rng.choice(data.LEAVE_REASONS)
        if st.transfer:
            target, day = st.transfer
            first.left_on, first.leave_order = day, b.transfer_orders[day]
            first.leave_reason = f"Перевод в группу «{target.group.sferum_class_name}»"
            st.enrolments.append(enrolment(st, target.group, day, b.transfer_orders[day]))
        rows += st.enrolments
    for prev, slot in b.prev_groups:  # last year's pupils who went on to the next year
        for st in slot.members:
            if st.places[0] != (slot, st.places[0][1]) or rng.random() > 0.85:
                continue
            day = rng.choice(b.prev_days)
            rows.append(
                enrolment(
                    st,
                    prev,
                    day,
                    b.enrol_orders[day],
                    left_on=b.prev_year.ends_on,
                    leave_order=b.year_end_order,
                    leave_reason="Переведён на следующий год обучения",
                )
            )
    bulk.insert_new(b.s, rows, attach=False)


# -- the movement log -----------------------------------------------------------------------


def movement(b: Builder) -> None:
    kind = MovementKind
    events: list[MovementEvent] = []

    def event(what: MovementKind, person: Person, day: dt.date, **fields: object) -> MovementEvent:
        events.append(MovementEvent(kind=what, person=person, effective_on=day, **fields))
        return events[-1]

    for pupil in b.students:
        for row in pupil.enrolments[: len(pupil.places)]:
            pupil.enrol_events.append(
                event(
                    kind.STUDENT_ENROLLED,
                    pupil.person,
                    row.enrolled_on,
                    order=row.enrol_order,
                    to_group=row.group,
                    enrolment_id=row.id,
                )
            )
        first = pupil.enrolments[0]
        if pupil.expel_on:
            pupil.expel_event = event(
                kind.STUDENT_EXPELLED,
                pupil.person,
                pupil.expel_on,
                order=first.leave_order,
                from_group=first.group,
                enrolment_id=first.id,
                note=first.leave_reason,
            )
        if pupil.transfer:
            moved = pupil.enrolments[-1]
            pupil.transfer_event = event(
                kind.STUDENT_TRANSFERRED,
                pupil.person,
                moved.enrolled_on,
                order=moved.enrol_order,
                from_group=first.group,
                to_group=moved.group,
                enrolment_id=moved.id,
            )
    horizon = b.today - days(365)
    for st in b.staff:
        assert st.first_job is not None and st.job is not None
        hired = st.hired_on if st.hired_on > horizon else None
        new_post = {"note": f"{st.title} → {st.job.position_title}"}
        for what, day, order, job, fields in (
            (kind.STAFF_HIRED, hired, st.hire_order, st.first_job, {}),
            (kind.STAFF_TRANSFERRED, st.transfer_on, st.transfer_order, st.job, new_post),
            (kind.STAFF_DISMISSED, st.dismissed_on, st.dismiss_order, st.job, {}),
        ):
            if day:
                st.events[what] = event(
                    what, st.person, day, order=order, employment_id=job.id, **fields
                )
    events.sort(key=lambda e: e.effective_on)
    bulk.insert_new(b.s, events, attach=False)  # attached by the tasks that point at them
