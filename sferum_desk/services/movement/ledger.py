"""What recording a batch of events needs from the database, loaded in a few queries.

The ledger keeps each person's employments and enrolments as :class:`Span` objects that the
validation changes in memory (a transfer closes one span and opens another), so the drafts
of a batch are checked one after another against the state the earlier ones leave, and the
database is only touched once every draft has passed.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from ...data.models import (
    Association,
    Chat,
    ChatState,
    Employment,
    Enrolment,
    Group,
    GroupKind,
    InviteHandout,
    InviteLink,
    InviteRole,
    InviteState,
    Membership,
    Order,
    ParentLink,
    Person,
    StaffPosition,
)
from ..organisation import ensure_base_records

_CHUNK = 900  # ids per IN (…): well under SQLite's bound-parameter limit
T = TypeVar("T")


def chunks(ids: Iterable[int]) -> Iterator[list[int]]:
    items = sorted(set(ids))
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]


def load_by_ids(session: Session, query: Any, column: Any, ids: Iterable[int]) -> list[Any]:
    rows: list[Any] = []
    for part in chunks(ids):
        rows.extend(session.scalars(query.where(column.in_(part))).unique())
    return rows


@dataclass(eq=False)
class Span:
    """An employment (``position`` set) or an enrolment (``group_id`` set) in the making."""

    person_id: int
    start: dt.date
    end: dt.date | None = None
    group_id: int | None = None
    position: StaffPosition | None = None
    position_title: str | None = None
    orm: Employment | Enrolment | None = None

    @property
    def void(self) -> bool:
        """Ended on the day it began: it never counts (a cancelled hire, a same-day move)."""
        return self.end is not None and self.end <= self.start

    def active_on(self, day: dt.date) -> bool:
        return self.start <= day and (self.end is None or self.end > day)

    def open_on(self, day: dt.date) -> bool:
        """Not yet closed and already begun on ``day``: what a transfer or a leave closes."""
        return self.end is None and self.start <= day

    def overlaps_from(self, day: dt.date) -> bool:
        """Still running on ``day`` or later: a new span from ``day`` would overlap it."""
        return not self.void and (self.end is None or self.end > day)


@dataclass
class Ledger:
    session: Session
    persons: dict[int, Person] = field(default_factory=dict)
    groups: dict[int, Group] = field(default_factory=dict)
    associations: dict[int, Association] = field(default_factory=dict)
    orders: set[int] = field(default_factory=set)
    employments: dict[int, list[Span]] = field(default_factory=lambda: defaultdict(list))
    enrolments: dict[int, list[Span]] = field(default_factory=lambda: defaultdict(list))
    staff_room: Group | None = None
    # Loaded by prepare_tasks, only for the people the tasks are about.
    parents: dict[int, list[Person]] = field(default_factory=dict)
    children: dict[int, list[int]] = field(default_factory=dict)
    group_links: dict[tuple[int, InviteRole], InviteLink] = field(default_factory=dict)
    chats: list[Chat] = field(default_factory=list)
    memberships: dict[int, Membership] = field(default_factory=dict)
    handed_links: dict[int, list[InviteLink]] = field(default_factory=dict)

    @classmethod
    def load(cls, session: Session, person_ids: Iterable[int], order_ids: Iterable[int]) -> Ledger:
        ledger = cls(session)
        ids = set(person_ids)
        for person in load_by_ids(session, select(Person), Person.id, ids):
            ledger.persons[person.id] = person
        ledger.load_spans(ids)
        groups = session.scalars(select(Group).options(joinedload(Group.academic_year)))
        ledger.groups = {g.id: g for g in groups}
        ledger.associations = {a.id: a for a in session.scalars(select(Association))}
        ledger.staff_room = next(
            (g for g in ledger.groups.values() if g.kind == GroupKind.STAFF_ROOM), None
        )
        wanted = {i for i in order_ids if i is not None}
        if wanted:
            ledger.orders = set(load_by_ids(session, select(Order.id), Order.id, wanted))
        return ledger

    def load_spans(self, person_ids: Iterable[int]) -> None:
        """Employments and enrolments of ``person_ids`` not loaded yet."""
        new = set(person_ids) - set(self.employments) - set(self.enrolments)
        for pid in new:
            self.employments[pid] = []
            self.enrolments[pid] = []
        for emp in load_by_ids(self.session, select(Employment), Employment.person_id, new):
            self.employments[emp.person_id].append(
                Span(
                    emp.person_id,
                    emp.hired_on,
                    emp.dismissed_on,
                    position=emp.position,
                    position_title=emp.position_title,
                    orm=emp,
                )
            )
        for enr in load_by_ids(self.session, select(Enrolment), Enrolment.student_id, new):
            self.enrolments[enr.student_id].append(
                Span(enr.student_id, enr.enrolled_on, enr.left_on, group_id=enr.group_id, orm=enr)
            )

    def ensure_staff_room(self) -> Group:
        if self.staff_room is None:
            ensure_base_records(self.session)
            self.staff_room = self.session.scalar(
                select(Group).where(Group.kind == GroupKind.STAFF_ROOM)
            )
            assert self.staff_room is not None
            self.groups[self.staff_room.id] = self.staff_room
        return self.staff_room

    # -- what the tasks need -----------------------------------------------------------

    def prepare_tasks(
        self, students: Sequence[int], leavers: Sequence[int], staff: Sequence[int]
    ) -> None:
        """Load parents (and their other children, for those leaving a group), invite links,
        chats, and for departing staff their memberships and the links handed to them."""
        s = self.session
        links = s.scalars(
            select(InviteLink).where(
                InviteLink.state == InviteState.ACTIVE, InviteLink.group_id.is_not(None)
            )
        )
        for link in links:
            assert link.group_id is not None
            self.group_links.setdefault((link.group_id, link.role), link)
        self.chats = list(
            s.scalars(select(Chat).where(Chat.state == ChatState.ACTIVE).order_by(Chat.title))
        )
        query = select(ParentLink).options(joinedload(ParentLink.parent))
        parent_ids: set[int] = set()
        for link in load_by_ids(s, query, ParentLink.student_id, students):
            self.parents.setdefault(link.student_id, []).append(link.parent)
            if link.student_id in leavers:
                parent_ids.add(link.parent_id)
        for plist in self.parents.values():
            plist.sort(key=lambda p: (p.last_name, p.first_name, p.id))
        if parent_ids:
            query = select(ParentLink)
            for link in load_by_ids(s, query, ParentLink.parent_id, parent_ids):
                self.children.setdefault(link.parent_id, []).append(link.student_id)
            self.load_spans(c for kids in self.children.values() for c in kids)
        if staff:
            for m in load_by_ids(s, select(Membership), Membership.person_id, staff):
                self.memberships[m.person_id] = m
            handouts = (
                select(InviteHandout)
                .join(InviteLink)
                .where(InviteLink.state == InviteState.ACTIVE)
                .options(joinedload(InviteHandout.invite_link))
            )
            for handout in load_by_ids(s, handouts, InviteHandout.person_id, staff):
                assert handout.person_id is not None
                got = self.handed_links.setdefault(handout.person_id, [])
                if handout.invite_link not in got:
                    got.append(handout.invite_link)

    def active_groups(self, person_id: int, day: dt.date) -> set[int]:
        return {
            s.group_id
            for s in self.enrolments.get(person_id, [])
            if s.group_id is not None and s.active_on(day)
        }
