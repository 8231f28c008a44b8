"""Sferum membership steps and join requests: what is stored, what is refused."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from sferum_desk.data import models as m
from sferum_desk.services.listings import list_invites
from sferum_desk.services.organisation import ValidationError
from sferum_desk.services.people import join_requests, sferum_state
from tests.conftest import TODAY
from tests.ui_helpers import populate_small

D = dt.date


def _id(session, name: str) -> int:  # noqa: ANN001
    last, first = name.split()[:2]
    return session.scalar(
        select(m.Person.id).where(m.Person.last_name == last, m.Person.first_name == first)
    )


@pytest.fixture
def small(db):  # noqa: ANN001, ANN201
    populate_small(db)
    return db


def test_membership_is_created_not_invited(small) -> None:  # noqa: ANN001
    with small.transaction() as s:
        person_id = _id(s, "Лёвин Артём")
        membership = sferum_state.membership_of(s, person_id)
        assert membership.state == m.MembershipState.NOT_INVITED
        again = sferum_state.membership_of(s, person_id)
        assert again.id == membership.id
    with small.session() as s:
        count = s.query(m.Membership).filter_by(person_id=person_id).count()
        assert count == 1


def test_invite_request_join_in_order(small) -> None:  # noqa: ANN001
    with small.transaction() as s:
        pid = _id(s, "Лёвин Артём")
        link = s.scalar(select(m.InviteLink).where(m.InviteLink.url.contains("robots1")))
        sferum_state.mark_invited(s, pid, D(2026, 9, 5), link.id, today=TODAY)
        sferum_state.mark_requested(s, pid, D(2026, 9, 6), today=TODAY)
        sferum_state.mark_joined(s, pid, D(2026, 9, 7), today=TODAY)
    with small.session() as s:
        ms = s.scalar(select(m.Membership).where(m.Membership.person_id == pid))
        assert ms.state == m.MembershipState.JOINED
        assert (ms.invited_on, ms.requested_on, ms.joined_on) == (
            D(2026, 9, 5),
            D(2026, 9, 6),
            D(2026, 9, 7),
        )
        assert ms.invite_link.url.endswith("robots1-student")


def test_dates_in_future_or_out_of_order_are_refused(small) -> None:  # noqa: ANN001
    with small.transaction() as s:
        pid = _id(s, "Лёвин Артём")
        with pytest.raises(ValidationError, match="в будущем"):
            sferum_state.mark_invited(s, pid, TODAY + dt.timedelta(days=1), today=TODAY)
        sferum_state.mark_invited(s, pid, D(2026, 10, 1), today=TODAY)
        with pytest.raises(ValidationError, match="раньше, чем приглашение 01.10.2026"):
            sferum_state.mark_joined(s, pid, D(2026, 9, 1), today=TODAY)


def test_invite_of_a_member_already_joined_is_refused(small) -> None:  # noqa: ANN001
    with small.transaction() as s:
        pid = _id(s, "Ежов Максим")
        with pytest.raises(ValidationError, match="уже в Сферуме"):
            sferum_state.mark_invited(s, pid, D(2026, 10, 1), today=TODAY)  # joined 20.09
        # How a member was invited can be recorded after the fact.
        sferum_state.mark_invited(s, pid, D(2026, 9, 15), today=TODAY)
    with small.session() as s:
        ms = sferum_state.membership_of(s, pid)
        assert ms.state == m.MembershipState.JOINED and ms.invited_on == D(2026, 9, 15)


def test_teacher_verification_staff_only_and_records_join(small) -> None:  # noqa: ANN001
    with small.transaction() as s:
        student = _id(s, "Ежов Максим")
        with pytest.raises(ValidationError, match="только для сотрудников"):
            sferum_state.set_teacher_verified(s, student, True, D(2026, 10, 1), today=TODAY)
        petrov = _id(s, "Петров Иван")  # invited 02.09.2026, not joined
        sferum_state.set_teacher_verified(s, petrov, True, D(2026, 10, 1), today=TODAY)
    with small.session() as s:
        ms = s.scalar(select(m.Membership).where(m.Membership.person_id == petrov))
        assert ms.verified_teacher and ms.verified_on == D(2026, 10, 1)
        assert ms.state == m.MembershipState.JOINED and ms.joined_on == D(2026, 10, 1)
    with small.transaction() as s:
        sferum_state.set_teacher_verified(s, petrov, False, D(2026, 10, 2), today=TODAY)
    with small.session() as s:
        ms = s.scalar(select(m.Membership).where(m.Membership.person_id == petrov))
        assert not ms.verified_teacher and ms.verified_on is None


def test_extra_admin_needs_active_employment(small) -> None:  # noqa: ANN001
    with small.transaction() as s:
        dismissed = _id(s, "Кузнецов Пётр")
        with pytest.raises(ValidationError, match="не работает в Центре на 01.11.2026"):
            sferum_state.set_extra_admin(s, dismissed, True, D(2026, 11, 1), today=TODAY)
        parent = _id(s, "Ежова Светлана")
        with pytest.raises(ValidationError, match="только для сотрудников"):
            sferum_state.set_extra_admin(s, parent, True, D(2026, 11, 1), today=TODAY)
        elkina = _id(s, "Ёлкина Анна")
        sferum_state.set_extra_admin(s, elkina, True, D(2026, 11, 1), today=TODAY)
        # Revoking is possible even after a dismissal.
        sidorova = _id(s, "Сидорова Ольга")
        sferum_state.set_extra_admin(s, sidorova, False, D(2026, 11, 2), today=TODAY)
    with small.session() as s:
        by_person = {ms.person_id: ms for ms in s.scalars(select(m.Membership))}
        assert by_person[elkina].is_extra_admin and by_person[elkina].admin_since == D(2026, 11, 1)
        assert not by_person[sidorova].is_extra_admin


def test_removal_takes_admin_rights_and_reinvite_clears_it(small) -> None:  # noqa: ANN001
    with small.transaction() as s:
        sidorova = _id(s, "Сидорова Ольга")
        with pytest.raises(ValidationError, match="раньше, чем вступление"):
            sferum_state.mark_removed(s, sidorova, D(2025, 1, 1), today=TODAY)
        sferum_state.mark_removed(s, sidorova, D(2026, 11, 1), today=TODAY)
    with small.session() as s:
        ms = s.scalar(select(m.Membership).where(m.Membership.person_id == sidorova))
        assert ms.state == m.MembershipState.REMOVED and ms.removed_on == D(2026, 11, 1)
        assert not ms.is_extra_admin
    removed = "удалён\\(а\\) из Сферума"
    with small.transaction() as s, pytest.raises(ValidationError, match=removed):
        sferum_state.set_extra_admin(s, sidorova, True, D(2026, 11, 2), today=TODAY)
    with small.transaction() as s:
        sferum_state.mark_invited(s, sidorova, D(2026, 11, 3), today=TODAY)
    with small.session() as s:
        ms = s.scalar(select(m.Membership).where(m.Membership.person_id == sidorova))
        assert ms.state == m.MembershipState.INVITED and ms.removed_on is None


def test_join_request_recorded_then_accepted_marks_joined(small) -> None:  # noqa: ANN001
    with small.transaction() as s:
        pid = _id(s, "Лёвин Артём")
        group_id = s.scalar(select(m.Group.id).where(m.Group.sferum_class_name.contains("2 год")))
        request = join_requests.record_join_request(
            s,
            join_requests.JoinRequestDraft(
                applicant_name="  Артём   Лёвин ",
                received_on=D(2026, 11, 10),
                role=m.InviteRole.STUDENT,
                person_id=pid,
                group_id=group_id,
            ),
            today=TODAY,
        )
        request_id = request.id
    with small.session() as s:
        assert sferum_state.membership_of(s, pid).state == m.MembershipState.REQUESTED
        (row,) = join_requests.list_join_requests(s, pending_only=True)
        assert row.applicant_name == "Артём Лёвин"
        assert row.group_name == "Робототехника, 2 год, гр. 2"
    with small.transaction() as s:
        with pytest.raises(ValidationError, match="раньше даты заявки 10.11.2026"):
            join_requests.decide_join_request(s, request_id, True, D(2026, 11, 9), today=TODAY)
        with pytest.raises(ValidationError, match="в будущем"):
            join_requests.decide_join_request(s, request_id, True, D(2026, 11, 17), today=TODAY)
        join_requests.decide_join_request(s, request_id, True, D(2026, 11, 12), today=TODAY)
    with small.session() as s:
        ms = sferum_state.membership_of(s, pid)
        assert ms.state == m.MembershipState.JOINED and ms.joined_on == D(2026, 11, 12)
        request = s.get(m.JoinRequest, request_id)
        assert request.decision == m.JoinRequestDecision.ACCEPTED
        assert join_requests.list_join_requests(s, pending_only=True) == []
    with small.transaction() as s, pytest.raises(ValidationError, match="уже рассмотрена"):
        join_requests.decide_join_request(s, request_id, False, D(2026, 11, 13), today=TODAY)


def test_rejected_request_leaves_person_out(small) -> None:  # noqa: ANN001
    with small.transaction() as s:
        with pytest.raises(ValidationError) as caught:
            join_requests.record_join_request(
                s, join_requests.JoinRequestDraft(received_on=None), today=TODAY
            )
        assert set(caught.value.errors) == {"applicant_name", "received_on"}
        request = join_requests.record_join_request(
            s,
            join_requests.JoinRequestDraft(
                applicant_name="Неизвестный Пользователь",
                received_on=D(2026, 11, 1),
                role=m.InviteRole.PARENT,
            ),
            today=TODAY,
        )
        join_requests.decide_join_request(
            s, request.id, False, D(2026, 11, 2), "не родитель Центра", today=TODAY
        )
    with small.session() as s:
        request = s.scalar(select(m.JoinRequest))
        assert request.decision == m.JoinRequestDecision.REJECTED
        assert request.note == "не родитель Центра"


def test_joining_through_a_link_shows_whom_it_reached(small) -> None:  # noqa: ANN001
    """The link stays active for the rest of the class but records its first use, and the
    register counts who joined through it — the audit stops calling it unclaimed."""
    with small.transaction() as s:
        link = s.scalar(
            select(m.InviteLink).where(
                m.InviteLink.state == m.InviteState.ACTIVE, m.InviteLink.used_on.is_(None)
            )
        )
        assert link is not None
        person = _id(s, "Лёвин Артём")
        sferum_state.mark_invited(s, person, D(2026, 11, 10), link.id, today=TODAY)
        sferum_state.mark_joined(s, person, D(2026, 11, 12), today=TODAY)
        link_id = link.id
    with small.session() as s:
        reached = s.get(m.InviteLink, link_id)
        assert (reached.state, reached.used_on) == (m.InviteState.ACTIVE, D(2026, 11, 12))
        row = next(r for r in list_invites(s) if r.id == link_id)
        assert row.joined == 1
