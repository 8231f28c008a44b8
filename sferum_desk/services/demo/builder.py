"""What one demo build shares between its steps, and the records the steps plan with.

Every step is a function of the :class:`Builder`; what a step makes for the later ones it
leaves on the builder (the attributes declared below, grouped by the step that sets them).
"""

from __future__ import annotations

import datetime as dt
import random
import string
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from sqlalchemy.orm import Session

from ...data.models import (
    AcademicYear,
    Association,
    Channel,
    Chat,
    ChatKind,
    Direction,
    DirectionKind,
    Employment,
    Enrolment,
    Group,
    InviteLink,
    InviteRole,
    JoinRequest,
    Membership,
    MovementEvent,
    MovementKind,
    Order,
    OrderKind,
    Person,
    SferumTask,
    StaffPosition,
    SystemChannel,
)
from .names import People

T = TypeVar("T")
_TOKEN_ALPHABET = string.ascii_letters + string.digits


def days(n: int) -> dt.timedelta:
    return dt.timedelta(days=n)


class OrderBook:
    """Orders are requested while planning and numbered by date before anything uses them."""

    RATES = {"о": 0.55, "к": 0.2}  # orders of each register issued per day of the year

    def __init__(self) -> None:
        self._orders: dict[tuple[str, dt.date, str], Order] = {}

    def get(
        self, series: str, day: dt.date, title: str, kind: OrderKind = OrderKind.MOVEMENT
    ) -> Order:
        key = (series, day, title)
        if key not in self._orders:
            self._orders[key] = Order(number="", issued_on=day, title=title, kind=kind)
        return self._orders[key]

    def numbered(self, rng: random.Random) -> list[Order]:
        """Number each register from the start of every calendar year, in date order."""
        last: dict[tuple[str, int], int] = {}
        for series, day, title in sorted(self._orders):
            floor = int(day.timetuple().tm_yday * self.RATES[series]) + rng.randint(1, 3)
            number = max(last.get((series, day.year), 0) + 1, floor)
            last[(series, day.year)] = number
            self._orders[(series, day, title)].number = f"{number}-{series}"
        return [self._orders[key] for key in sorted(self._orders, key=lambda k: (k[1], k))]


@dataclass(eq=False)
class Employee:
    person: Person
    position: StaffPosition
    title: str
    hired_on: dt.date
    dismissed_on: dt.date | None = None
    transfer_on: dt.date | None = None
    new_post: tuple[StaffPosition, str] | None = None
    hire_order: Order | None = None
    transfer_order: Order | None = None
    dismiss_order: Order | None = None
    first_job: Employment | None = None
    job: Employment | None = None  # the current post, or the last one of a dismissed person
    events: dict[MovementKind, MovementEvent] = field(default_factory=dict)
    link: InviteLink | None = None  # a personal invite to the «Учительская»
    admin_since: dt.date | None = None


@dataclass(eq=False)
class Slot:
    """A current-year group and who the generator puts in it."""

    group: Group
    assoc: int
    study_year: int
    age_lo: int
    age_hi: int
    capacity: int
    members: list[Pupil] = field(default_factory=list)
    student_link: InviteLink | None = None
    parent_link: InviteLink | None = None


@dataclass(eq=False)
class Pupil:
    person: Person
    age: int
    places: list[tuple[Slot, dt.date]]
    parents: list[Person] = field(default_factory=list)
    enrolments: list[Enrolment] = field(default_factory=list)
    expel_on: dt.date | None = None
    transfer: tuple[Slot, dt.date] | None = None
    enrol_events: list[MovementEvent] = field(default_factory=list)
    expel_event: MovementEvent | None = None
    transfer_event: MovementEvent | None = None

    @property
    def current(self) -> tuple[Slot, dt.date]:
        return self.transfer or self.places[0]


JoinPlan = tuple[Person, Group, InviteRole, dt.date]  # who asks to join which class, and when


class Builder:
    """One build of the demo Centre: the session, the seeded random source and the day."""

    # academic years and orders
    directions: dict[DirectionKind, Direction]
    staff_room: Group
    channels: dict[SystemChannel | None, Channel]
    prev_year: AcademicYear
    cur_year: AcademicYear
    application_on: dt.date
    org_registered_on: dt.date
    admin_registered_on: dt.date
    admin_order: Order
    bulk_days: list[dt.date]  # the September enrolment orders
    late_days: list[dt.date]
    expel_days: list[dt.date]
    transfer_days: list[dt.date]
    prev_days: list[dt.date]
    enrol_orders: dict[dt.date, Order]
    expel_orders: dict[dt.date, Order]
    transfer_orders: dict[dt.date, Order]
    year_end_order: Order
    # the staff plan
    staff: list[Employee]
    director: Employee
    deputies: list[Employee]
    methodists: list[Employee]
    organisers: list[Employee]
    teachers: list[Employee]
    admin: Employee
    moved: Employee
    left_methodist: Employee
    left_organiser: Employee
    leaver: Employee
    successor: Employee
    newcomer: Employee
    new_organiser: Employee
    extra_admins: list[Employee]
    # nomenclature
    admin_idx: int
    leaver_idx: int
    heads: list[Employee]
    associations: list[Association]
    slots: list[Slot]
    prev_groups: list[tuple[Group, Slot]]
    # families
    students: list[Pupil]
    parents: list[Person]
    first_child: dict[Person, Pupil]
    # chats and invites
    no_chats: int
    no_parents_chat: int
    room_link: InviteLink
    staff_link: InviteLink
    # membership
    unverified: list[Employee]
    last_expel: dt.date
    # the administrator's tasks
    tasks: list[SferumTask]
    # short programmes (only when extra movement is asked for)
    course_days: list[dt.date]
    course_orders: dict[dt.date, Order]
    course_end_orders: dict[dt.date, Order]

    def __init__(
        self,
        session: Session,
        rng: random.Random,
        students: int,
        today: dt.date,
        movement: int | None = None,
    ):
        self.s = session
        self.rng = rng
        self.today = today
        self.movement = movement  # events the journal should hold; None: as the year made them
        self.ys = dt.date(AcademicYear.start_year_for(today), 9, 1)
        self.n_expelled = max(3, round(students / 100))
        self.n_transfers = max(3, round(students / 120))
        self.n_students = students + self.n_expelled  # so that `students` stay after expulsions
        self.people = People(rng, today)
        self.club = rng.randint(10**8, 10**9 - 1)  # the Centre's VK community
        self.orders = OrderBook()
        self.urls: set[str] = set()
        self.members: dict[Person, Membership] = {}
        self.chats: dict[tuple[int, ChatKind], Chat] = {}  # (association index or -1, kind)
        self.requests: list[JoinPlan] = []
        self.recent: list[JoinPlan] = []
        self.annulled: list[InviteLink] = []
        self.pending: list[JoinRequest] = []

    def workdays(self, lo: dt.date, hi: dt.date) -> list[dt.date]:
        span = (lo + days(i) for i in range((hi - lo).days + 1))
        return [d for d in span if d.weekday() < 5]

    def between(self, lo: dt.date, hi: dt.date, *, future: bool = False) -> dt.date:
        """A working day in [lo, hi], not after today unless ``future`` (else ``lo``)."""
        if not future:
            lo, hi = min(lo, self.today), min(hi, self.today)
        choices = self.workdays(lo, hi)
        return self.rng.choice(choices) if choices else lo

    def sample_days(self, lo: dt.date, hi: dt.date, k: int) -> list[dt.date]:
        choices = self.workdays(lo, min(hi, self.today)) or [min(lo, self.today)]
        return sorted(self.rng.sample(choices, min(k, len(choices))))

    def url(self, prefix: str, length: int) -> str:
        while True:
            url = prefix + "".join(self.rng.choice(_TOKEN_ALPHABET) for _ in range(length))
            if url not in self.urls:
                self.urls.add(url)
                return url

    def pick(self, items: Sequence[T], k: int) -> list[T]:
        return self.rng.sample(list(items), min(k, len(items)))
