"""The organisation: academic years, the registers of orders, the card and the structure."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from sqlalchemy import select

from ...data.models import (
    AcademicYear,
    Association,
    Channel,
    Direction,
    Group,
    GroupKind,
    Order,
    OrderKind,
    Organisation,
    SferumClassState,
)
from ..organisation import ensure_base_records
from . import catalogues as data
from . import courses, people
from .builder import Builder, Employee, Slot, days


def _year(b: Builder, start: int, current: bool) -> AcademicYear:
    year = b.s.scalar(select(AcademicYear).where(AcademicYear.start_year == start))
    if year is None:
        year = AcademicYear(
            start_year=start, starts_on=dt.date(start, 9, 1), ends_on=dt.date(start + 1, 8, 31)
        )
        b.s.add(year)
    year.is_current, year.archived = current, not current
    return year


def years_and_orders(b: Builder) -> None:
    rng, s, ys = b.rng, b.s, b.ys
    ensure_base_records(s)
    b.directions = {d.kind: d for d in s.scalars(select(Direction).order_by(Direction.id))}
    b.staff_room = s.scalars(select(Group).where(Group.kind == GroupKind.STAFF_ROOM)).one()
    system = select(Channel).where(Channel.system_key.is_not(None)).order_by(Channel.id)
    b.channels = {c.system_key: c for c in s.scalars(system)}
    for other in s.scalars(
        select(AcademicYear)
        .where(AcademicYear.is_current, AcademicYear.start_year != ys.year)
        .order_by(AcademicYear.start_year)
    ):
        other.is_current = False
    b.prev_year = _year(b, ys.year - 1, current=False)
    b.cur_year = _year(b, ys.year, current=True)

    platform_on = b.between(dt.date(ys.year - 1, 1, 12), dt.date(ys.year - 1, 1, 20))
    b.application_on = platform_on + days(rng.randint(3, 7))
    b.org_registered_on = b.application_on + days(rng.randint(5, 12))
    b.admin_registered_on = b.org_registered_on + days(rng.randint(1, 4))
    b.orders.get(
        "о",
        platform_on,
        "Об использовании ИКОП «Сферум» в образовательной деятельности",
        OrderKind.PLATFORM_USE,
    )
    b.admin_order = b.orders.get(
        "о", platform_on, "О назначении администратора ИКОП «Сферум»", OrderKind.ADMIN_APPOINTMENT
    )
    b.orders.get(
        "о",
        b.between(ys - days(6), ys - days(2)),
        f"Об утверждении номенклатуры классов ИКОП «Сферум» на {ys.year}/{ys.year + 1} учебный год",
        OrderKind.OTHER,
    )
    people.plan_staff(b)
    for st in b.staff:
        who = st.person.short_name
        st.hire_order = b.orders.get("к", st.hired_on, f"О приёме на работу: {who}")
        if st.transfer_on:
            title = f"О переводе на другую должность: {who}"
            st.transfer_order = b.orders.get("к", st.transfer_on, title)
        if st.dismissed_on:
            st.dismiss_order = b.orders.get("к", st.dismissed_on, f"Об увольнении: {who}")

    first = b.workdays(ys, ys + days(6))[0]  # the main enrolment order
    b.bulk_days = [first] + b.sample_days(first + days(1), ys + days(14), 5)
    late = b.sample_days(ys + days(16), b.today - days(1), 4)
    b.late_days = [d for d in late if d > b.bulk_days[-1]] or b.bulk_days[-1:]
    b.expel_days = b.sample_days(ys + days(20), b.today - days(1), 3)
    b.transfer_days = b.sample_days(ys + days(20), b.today - days(1), 3)
    prev_start = b.prev_year.starts_on
    b.prev_days = b.sample_days(prev_start, prev_start + days(7), 2)

    def register(on: Iterable[dt.date], title: str) -> dict[dt.date, Order]:
        return {d: b.orders.get("о", d, title) for d in on}

    enrol = "О зачислении обучающихся в детские объединения"
    b.enrol_orders = register(b.bulk_days + b.late_days + b.prev_days, enrol)
    b.expel_orders = register(b.expel_days, "Об отчислении обучающихся")
    b.transfer_orders = register(b.transfer_days, "О переводе обучающихся в другие группы")
    prev_end = b.prev_year.ends_on
    b.year_end_order = b.orders.get(
        "о",
        b.between(prev_end - days(5), prev_end),
        "О переводе обучающихся на следующий год обучения",
    )
    if b.movement is not None:
        courses.plan_orders(b)
    s.add_all(b.orders.numbered(rng))


# -- the staff's posts and the organisation card -----------------------------------------


def staff_and_card(b: Builder) -> None:
    people.employ(b)
    if b.s.get(Organisation, 1) is None:
        b.s.add(_card(b))


def _check_digit(digits: str, weights: Sequence[int]) -> str:
    return str(sum(int(d) * w for d, w in zip(digits, weights, strict=True)) % 11 % 10)


def _card(b: Builder) -> Organisation:
    rng, admin = b.rng, b.admin.person
    digits = "".join(str(rng.randint(0, 9)) for _ in range(5))
    inn = "5032" + digits
    inn += _check_digit(inn, (2, 4, 10, 3, 5, 9, 4, 6, 8))
    ogrn = f"1{rng.randint(2, 12):02d}5032{digits[::-1]}"
    ogrn += str(int(ogrn) % 11 % 10)
    address = (
        f"143{rng.randint(100, 999)}, Московская область, г. Зареченск, "
        f"ул. Пионерская, д. {rng.randint(2, 40)}"
    )
    return Organisation(
        id=1,
        full_name="Муниципальное бюджетное учреждение дополнительного образования "
        "Детско-юношеский центр «Контакт» (демонстрационная база)",
        short_name="МБУ ДО ДЮЦ «Контакт»",
        inn=inn,
        kpp="503201001",
        ogrn=ogrn,
        legal_address=address,
        postal_address=address,
        phone=f"+7496{rng.randint(0, 9_999_999):07d}",
        email="info@kontakt-dyuc.ru",
        website="https://kontakt-dyuc.ru",
        director_name=b.director.person.full_name,
        director_position="Директор",
        admin_name=admin.full_name,
        admin_position=b.admin.title,
        admin_email=admin.email or "sferum@kontakt-dyuc.ru",
        admin_phone=admin.phone,
        admin_person_id=admin.id,
        admin_order=b.admin_order,
        sferum_org_url=f"https://sferum.ru/?p=school&schoolId={rng.randint(10**6, 10**7 - 1)}",
        application_sent_on=b.application_on,
        org_registered_on=b.org_registered_on,
        admin_registered_on=b.admin_registered_on,
    )


# -- nomenclature: associations and their groups ------------------------------------------


def _class_name(association: str, number: int, study_year: int) -> str:
    return f"{association} — гр. {number} ({study_year}-й год)"


def nomenclature(b: Builder) -> None:
    rng, specs = b.rng, data.ASSOCIATIONS
    admin_idx = next(i for i, a in enumerate(specs) if a.name == data.ADMIN_ASSOCIATION)
    b.admin_idx = admin_idx
    multi = [i for i, a in enumerate(specs) if len(a.study_years) > 1 and i != admin_idx]
    b.leaver_idx = rng.choice(multi)
    pool = list(b.teachers[1:])
    special = {admin_idx: b.admin, b.leaver_idx: b.successor}
    b.heads = [special[i] if i in special else pool.pop(0) for i in range(len(specs))]
    b.associations = [
        Association(
            direction=b.directions[spec.direction],
            name=spec.name,
            head_teacher=b.heads[i].person,
            programme_name=f"{data.PROGRAMME_PREFIX} «{spec.programme}»",
            age_from=spec.age_from,
            age_to=spec.age_to,
            # The programme ends with its oldest group, which the rollover then finishes.
            programme_years=max(spec.study_years),
        )
        for i, spec in enumerate(specs)
    ]
    b.slots = []
    counts = [0] * len(specs)

    def add_group(i: int, study_year: int) -> None:
        spec = specs[i]
        counts[i] += 1
        lo = min(spec.age_from + study_year - 1, spec.age_to)
        size = rng.randint(12, 20)
        group = Group(
            kind=GroupKind.ASSOCIATION,
            association=b.associations[i],
            academic_year=b.cur_year,
            number=str(counts[i]),
            study_year=study_year,
            teacher=b.heads[i].person,
            planned_size=size,
            sferum_class_name=_class_name(spec.name, counts[i], study_year),
            sferum_state=SferumClassState.CREATED,
        )
        b.slots.append(Slot(group, i, study_year, lo, min(spec.age_to, lo + 4), size))

    for i, spec in enumerate(specs):
        for study_year in spec.study_years:
            add_group(i, study_year)
    extra = 0
    while sum(slot.capacity for slot in b.slots) < b.n_students * 1.12 + 10:
        add_group(extra % len(specs), 1)
        extra += 1
    _share_groups(b, [i for i in range(len(specs)) if counts[i] > 1], pool + [b.newcomer])
    for slot in b.pick(b.slots, 2 + len(b.slots) // 20):
        slot.group.sferum_state = SferumClassState.NOT_CREATED
    b.prev_groups = _prev_groups(b)
    b.staff_room.sferum_state = SferumClassState.CREATED
    b.s.add_all(b.associations)
    b.s.add_all([slot.group for slot in b.slots] + [g for g, _ in b.prev_groups])


def _share_groups(b: Builder, shared: list[int], free: list[Employee]) -> None:
    """Teachers who head no association take groups of those with several."""
    b.rng.shuffle(shared)
    for n, st in enumerate(free):
        i = shared[n % len(shared)]
        own = [s for s in b.slots if s.assoc == i and s.group.teacher is b.heads[i].person]
        for slot in own[1:][-b.rng.randint(1, 2) :]:
            slot.group.teacher = st.person


def _prev_groups(b: Builder) -> list[tuple[Group, Slot]]:
    """Last year's groups of a few associations, the first year of today's second-year ones."""
    firsts: list[Slot] = []
    for slot in b.slots:
        if slot.study_year >= 2 and all(f.assoc != slot.assoc for f in firsts):
            firsts.append(slot)
    leaver_first = [f for f in firsts if f.assoc == b.leaver_idx]
    chosen = b.pick([f for f in firsts if f.assoc != b.leaver_idx], 5) + leaver_first
    prev_groups: list[tuple[Group, Slot]] = []
    for slot in sorted(chosen, key=b.slots.index):
        teacher = b.leaver.person if slot.assoc == b.leaver_idx else slot.group.teacher
        number = int(slot.group.number or 1)
        prev = Group(
            kind=GroupKind.ASSOCIATION,
            association=slot.group.association,
            academic_year=b.prev_year,
            number=slot.group.number,
            study_year=slot.study_year - 1,
            teacher=teacher,
            planned_size=b.rng.randint(12, 20),
            sferum_class_name=_class_name(
                data.ASSOCIATIONS[slot.assoc].name, number, slot.study_year - 1
            ),
            sferum_state=SferumClassState.ARCHIVED,
            archived_on=b.prev_year.ends_on,
        )
        prev_groups.append((prev, slot))
    return prev_groups
