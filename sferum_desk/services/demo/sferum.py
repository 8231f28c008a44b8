"""Sferum itself: invite links and their handouts, membership and join requests."""

from __future__ import annotations

import datetime as dt

from ...data import bulk
from ...data.models import (
    Chat,
    ChatKind,
    Group,
    HandoutMethod,
    InviteHandout,
    InviteLink,
    InviteRole,
    InviteState,
    JoinRequest,
    JoinRequestDecision,
    Membership,
    MembershipState,
    Person,
    SferumClassState,
    StaffPosition,
)
from . import catalogues as data
from . import names
from .builder import Builder, Slot, days

# -- invite links and their handouts --------------------------------------------------------


class _Links:
    """The invite links made so far, in the order they are made."""

    def __init__(self, b: Builder) -> None:
        self.b = b
        self.rows: list[InviteLink] = []

    def new(
        self,
        to: Group | Chat,
        who: InviteRole,
        made: dt.date,
        *,
        status: InviteState = InviteState.ACTIVE,
        expires: dt.date | None = None,
        used: dt.date | None = None,
        annulled: dt.date | None = None,
        reason: str | None = None,
    ) -> InviteLink:
        row = InviteLink(
            url=self.b.url("https://vk.me/join/", 24)
            if isinstance(to, Chat)
            else self.b.url("https://sferum.ru/?invite=", 20),
            group=to if isinstance(to, Group) else None,
            chat=to if isinstance(to, Chat) else None,
            role=who,
            state=status,
            created_on=made,
            expires_on=expires,
            used_on=used,
            annulled_on=annulled,
            annul_reason=reason,
        )
        self.rows.append(row)
        if status == InviteState.ANNULLED:
            self.b.annulled.append(row)
        return row

    def hand(self, row: InviteLink, day: dt.date, method: HandoutMethod, **to: object) -> None:
        handed = min(day, self.b.today)
        row.handouts.append(InviteHandout(method=method, handed_on=handed, **to))

    def one_time(
        self, who: InviteRole, made: dt.date, used: dt.date, method: HandoutMethod, person: Person
    ) -> InviteLink:
        """A personal link to the «Учительская», good for a week and used on ``used``."""
        room = self.b.staff_room
        row = self.new(room, who, made, status=InviteState.USED, expires=made + days(7), used=used)
        self.hand(row, made, method, person=person)
        return row

    def expiry(self, made: dt.date) -> dt.date | None:
        until = made + days(self.b.rng.randint(150, 270))
        return until if self.b.rng.random() < 0.4 and until > self.b.today else None


def invites(b: Builder) -> None:
    links = _Links(b)
    _staff_room_links(b, links)
    _class_links(b, links)
    _chat_links(b, links)
    for pupil in b.students:  # late enrolments: the parents got the link in person
        slot, day = pupil.places[0]
        if day in b.bulk_days or slot.parent_link is None or not pupil.parents:
            continue
        method = b.rng.choice((HandoutMethod.EMAIL, HandoutMethod.MESSENGER))
        day = max(day, slot.parent_link.created_on) + days(b.rng.randint(0, 3))
        links.hand(slot.parent_link, day, method, person=pupil.parents[0])
    b.s.add_all(links.rows)


def _staff_room_links(b: Builder, links: _Links) -> None:
    rng, ys, today, role, state = b.rng, b.ys, b.today, InviteRole, InviteState
    room, prev = b.staff_room, b.prev_year
    old = b.between(prev.starts_on, prev.starts_on + days(6))
    links.new(room, role.TEACHER, old, status=state.EXPIRED, expires=old + days(60))
    leaked = b.between(ys - days(40), ys - days(20))
    links.new(
        room,
        role.TEACHER,
        leaked,
        status=state.ANNULLED,
        reason=data.ANNUL_REASONS[0],
        annulled=leaked + days(rng.randint(2, 6)),
    )
    b.room_link = links.new(room, role.TEACHER, b.between(ys - days(6), ys - days(2)))
    links.hand(
        b.room_link,
        b.room_link.created_on,
        HandoutMethod.MESSENGER,
        recipient_text="Чат «Директор — педагоги»",
    )
    for st in (b.newcomer, b.new_organiser):  # personal one-time links
        used = min(st.hired_on + days(rng.randint(0, 2)), today)
        st.link = links.one_time(role.STAFF, st.hired_on, used, HandoutMethod.IN_PERSON, st.person)
    hired = b.successor.hired_on
    b.staff_link = links.new(room, role.STAFF, hired)
    links.hand(b.staff_link, hired, HandoutMethod.IN_PERSON, person=b.successor.person)
    reg = b.admin_registered_on
    for st in b.extra_admins:
        st.admin_since = b.between(reg + days(40), reg + days(120))
        made = st.admin_since - days(1)
        links.one_time(role.ADMIN, made, st.admin_since, HandoutMethod.MESSENGER, st.person)


def _class_links(b: Builder, links: _Links) -> None:
    rng, ys, today, role = b.rng, b.ys, b.today, InviteRole
    for slot in b.slots:
        group = slot.group
        if group.sferum_state != SferumClassState.CREATED:
            continue
        made = b.between(ys, ys + days(10))
        slot.student_link = links.new(group, role.STUDENT, made, expires=links.expiry(made))
        parents_made = made
        if rng.random() < 0.15:
            parents_made = min(made + days(rng.randint(2, 15)), today)
            links.new(
                group,
                role.PARENT,
                made,
                status=InviteState.ANNULLED,
                annulled=parents_made,
                reason=rng.choice(data.ANNUL_REASONS),
            )
        expires = links.expiry(parents_made)
        slot.parent_link = links.new(group, role.PARENT, parents_made, expires=expires)
        if rng.random() < 0.9:  # the rest stay unclaimed for the security audit to find
            meeting = b.between(parents_made, parents_made + days(14))
            links.hand(slot.student_link, meeting, HandoutMethod.PRINTED, group=group)
            links.hand(slot.parent_link, meeting, HandoutMethod.PRINTED, group=group)
    prev = b.prev_year
    for group, _slot in b.prev_groups:
        made = b.between(prev.starts_on, prev.starts_on + days(10))
        for who in (role.STUDENT, role.PARENT):
            links.new(group, who, made, status=InviteState.EXPIRED, expires=prev.ends_on)


def _chat_links(b: Builder, links: _Links) -> None:
    rng, ys, role, state = b.rng, b.ys, InviteRole, InviteState
    parent_chats = [c for (_i, kind), c in b.chats.items() if kind == ChatKind.ASSOCIATION_PARENTS]
    leaky = rng.choice(parent_chats)
    for (i, kind), chat in b.chats.items():
        made = chat.created_on or ys
        if kind == ChatKind.DIRECTOR_PARENT_ACTIVISTS:
            used = made + days(rng.randint(1, 3))
            row = links.new(chat, role.PARENT, made, status=state.USED, expires=used, used=used)
            activists = "Председатели родительских комитетов"
            links.hand(row, made, HandoutMethod.EMAIL, recipient_text=activists)
            continue
        if kind not in (ChatKind.ASSOCIATION_STUDENTS, ChatKind.ASSOCIATION_PARENTS):
            continue
        who = role.STUDENT if kind == ChatKind.ASSOCIATION_STUDENTS else role.PARENT
        if chat is leaky:
            annulled = b.between(made + days(3), made + days(40))
            reason = data.ANNUL_REASONS[0]
            links.new(chat, who, made, status=state.ANNULLED, annulled=annulled, reason=reason)
            made = annulled
        row = links.new(chat, who, made)
        first = next(s.group for s in b.slots if s.assoc == i)
        links.hand(row, b.between(max(made, ys), ys + days(25)), HandoutMethod.PRINTED, group=first)


# -- Sferum membership ----------------------------------------------------------------------


def _member(b: Builder, person: Person, state: MembershipState, **fields: object) -> Membership:
    row = Membership(person_id=person.id, state=state, **fields)
    b.members[person] = row
    return row


def memberships(b: Builder) -> None:
    rng, today, reg, state = b.rng, b.today, b.admin_registered_on, MembershipState
    unverified = b.pick(b.teachers[3:-2], 2)
    for st in b.staff:
        p = st.person
        if st is b.successor:
            link_id = b.staff_link.id
            _member(b, p, state.INVITED, invited_on=b.staff_link.created_on, invite_link_id=link_id)
            continue
        if st is b.teachers[-1]:
            day = b.between(today - days(6), today - days(1))
            _member(b, p, state.REQUESTED, requested_on=day)
            b.requests.append((p, b.staff_room, InviteRole.TEACHER, day))
            continue
        if st is b.teachers[-2]:
            day = b.between(today - days(10), today - days(3))
            _member(b, p, state.INVITED, invited_on=day, invite_link_id=b.room_link.id)
            continue
        start = max(st.hired_on, reg)
        joined = reg if st is b.admin else min(start + days(rng.randint(1, 45)), today)
        if st.admin_since:
            joined = min(joined, st.admin_since)
        invited = max(start, joined - days(rng.randint(0, 4)))
        link = st.link or (b.room_link if b.room_link.created_on <= invited else None)
        if st.link and st.link.used_on:
            invited, joined = st.link.created_on, st.link.used_on
        verified = st.position == StaffPosition.TEACHER and st not in unverified
        row = _member(
            b,
            p,
            state.JOINED,
            invited_on=invited,
            joined_on=joined,
            invite_link_id=link.id if link else None,
        )
        if verified:
            row.verified_teacher = True
            row.verified_on = min(joined + days(rng.randint(1, 14)), today)
        if st.admin_since:
            row.is_extra_admin, row.admin_since = True, st.admin_since
        if st.dismissed_on and st is not b.leaver:  # the leaver's removal is still open
            row.state = state.REMOVED
            row.removed_on = min(st.dismissed_on + days(rng.randint(0, 3)), today)
    b.unverified = unverified
    b.last_expel = max(b.expel_days)
    for pupil in b.students:
        slot, day = pupil.current
        odds = (0.45, 0.65, 0.67, 0.8) if pupil.age >= 10 else (0.12, 0.25, 0.25, 0.45)
        _join(b, pupil.person, slot, day, InviteRole.STUDENT, odds, pupil.expel_on)
    for parent in b.parents:
        slot, day = b.first_child[parent].current
        _join(b, parent, slot, day, InviteRole.PARENT, (0.5, 0.7, 0.72, 0.85), None)
    bulk.insert_new(b.s, list(b.members.values()), attach=False)


def _join(
    b: Builder,
    person: Person,
    slot: Slot,
    day: dt.date,
    role: InviteRole,
    odds: tuple[float, float, float, float],
    expelled: dt.date | None,
) -> None:
    """Where a student or parent stands in Sferum; ``odds`` are cumulative chances of
    joined, invited, requested and an explicit «not invited» record."""
    rng, today, state = b.rng, b.today, MembershipState
    link = slot.student_link if role == InviteRole.STUDENT else slot.parent_link
    roll = rng.random()
    if link is None:
        if roll < 0.4:
            _member(b, person, state.NOT_INVITED)
        return
    if day not in b.bulk_days:
        odds = (0.0, 0.4, 0.4, 0.4)  # enrolled lately: invited at most
    start = max(day, link.created_on)
    if roll < odds[0]:
        joined = min(start + days(rng.randint(1, 40)), expelled or today, today)
        invited = min(joined, max(link.created_on, joined - days(rng.randint(0, 5))))
        row = _member(
            b, person, state.JOINED, invited_on=invited, joined_on=joined, invite_link_id=link.id
        )
        if expelled and expelled != b.last_expel:
            row.state = state.REMOVED
            row.removed_on = min(expelled + days(rng.randint(0, 4)), today)
        elif joined >= today - days(45):
            b.recent.append((person, slot.group, role, joined))
    elif roll < odds[1]:
        invited = b.between(start, start + days(20))
        _member(b, person, state.INVITED, invited_on=invited, invite_link_id=link.id)
    elif roll < odds[2]:
        requested = b.between(max(start, today - days(12)), today - days(1))
        _member(b, person, state.REQUESTED, requested_on=requested)
        b.requests.append((person, slot.group, role, requested))
    elif roll < odds[3]:
        _member(b, person, state.NOT_INVITED)


# -- join requests --------------------------------------------------------------------------


def _asked(
    person: Person, group: Group, who: InviteRole, day: dt.date, **fields: object
) -> JoinRequest:
    return JoinRequest(
        person=person,
        applicant_name=person.full_name,
        group=group,
        role=who,
        received_on=day,
        **fields,
    )


def join_requests(b: Builder) -> None:
    rng, today, decision = b.rng, b.today, JoinRequestDecision
    rows = [_asked(*plan) for plan in b.requests]
    b.pending = list(rows)
    for person, group, who, joined in sorted(b.pick(b.recent, 15), key=lambda r: r[3]):
        received = joined - days(rng.randint(0, 2))
        rows.append(
            _asked(person, group, who, received, decision=decision.ACCEPTED, decided_on=joined)
        )
    created = [s.group for s in b.slots if s.student_link is not None]
    for note in data.REJECT_NOTES:
        surname, female = rng.choice(names.SURNAMES), rng.random() < 0.7
        if female:
            stranger = f"{names.feminine(surname)} {rng.choice(names.WOMEN)}"
        else:
            stranger = f"{surname} {rng.choice(names.MEN)[0]}"
        received = b.between(today - days(50), today - days(3))
        rows.append(
            JoinRequest(
                applicant_name=stranger,
                group=rng.choice(created),
                role=rng.choice((InviteRole.PARENT, InviteRole.STUDENT)),
                received_on=received,
                decision=decision.REJECTED,
                decided_on=min(received + days(rng.randint(0, 3)), today),
                note=note,
            )
        )
    b.s.add_all(rows)
