"""Join requests to the Centre's Sferum community: recorded as they arrive, then decided.

A request names the applicant as Sferum shows it, and may be tied to a person of the
registry, a group and a role. Recording a request for a known person marks them «подал
заявку»; accepting it marks them joined on the day of the decision.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from ...data.models import (
    Group,
    InviteRole,
    JoinRequest,
    JoinRequestDecision,
    MembershipState,
    Person,
)
from ...data.search import normalize
from ..organisation import ValidationError
from . import sferum_state

__all__ = [
    "JoinRequestDraft",
    "JoinRequestRow",
    "decide_join_request",
    "list_join_requests",
    "record_join_request",
]


@dataclass
class JoinRequestDraft:
    applicant_name: str = ""
    received_on: dt.date | None = None
    role: InviteRole = InviteRole.STUDENT
    person_id: int | None = None
    group_id: int | None = None
    note: str = ""


@dataclass(frozen=True)
class JoinRequestRow:
    id: int
    applicant_name: str
    person_id: int | None
    person_name: str | None
    group_name: str | None
    role: str
    received_on: dt.date
    decision: JoinRequestDecision
    decision_text: str
    decided_on: dt.date | None
    note: str


def record_join_request(
    session: Session, draft: JoinRequestDraft, *, today: dt.date | None = None
) -> JoinRequest:
    """Validate and store a new (pending) join request."""
    today = today or dt.date.today()
    errors: dict[str, str] = {}
    name = " ".join(draft.applicant_name.split())
    person = session.get(Person, draft.person_id) if draft.person_id is not None else None
    if not name and person is not None:
        name = person.full_name
    if not name:
        errors["applicant_name"] = "Укажите, от кого заявка (имя, как в Сферуме)."
    elif len(name) > 300:
        errors["applicant_name"] = "Имя заявителя не длиннее 300 знаков."
    if draft.received_on is None:
        errors["received_on"] = "Укажите дату заявки."
    elif draft.received_on > today:
        errors["received_on"] = "Дата заявки не может быть в будущем."
    if draft.person_id is not None and person is None:
        errors["person_id"] = "Выбранный человек не найден."
    if draft.group_id is not None and session.get(Group, draft.group_id) is None:
        errors["group_id"] = "Выбранная группа не найдена."
    try:
        role = InviteRole(draft.role)
    except ValueError:
        errors["role"] = "Выберите роль заявителя."
    if errors:
        raise ValidationError(errors)
    assert draft.received_on is not None
    request = JoinRequest(
        applicant_name=name,
        person_id=draft.person_id,
        group_id=draft.group_id,
        role=role,
        received_on=draft.received_on,
        decision=JoinRequestDecision.PENDING,
        note=draft.note.strip() or None,
    )
    session.add(request)
    if person is not None:
        membership = sferum_state.membership_of(session, person.id)
        if membership.state != MembershipState.JOINED:
            sferum_state.mark_requested(session, person.id, draft.received_on, today=today)
    session.flush()
    return request


def decide_join_request(
    session: Session,
    request_id: int,
    accept: bool,
    on: dt.date,
    note: str = "",
    *,
    today: dt.date | None = None,
) -> JoinRequest:
    """Accept or reject a pending request on ``on`` (not before it was received, not in
    the future). Accepting marks the linked person joined."""
    today = today or dt.date.today()
    request = session.get(JoinRequest, request_id)
    if request is None:
        raise ValidationError({"request": "Заявка не найдена: возможно, её уже удалили."})
    if request.decision != JoinRequestDecision.PENDING:
        raise ValidationError(
            {
                "request": f"Заявка от {request.applicant_name} уже рассмотрена "
                f"({request.decision.label.lower()} {request.decided_on:%d.%m.%Y})."
            }
        )
    if on is None:
        raise ValidationError({"on": "Укажите дату решения."})
    if on > today:
        raise ValidationError({"on": "Дата решения не может быть в будущем."})
    if on < request.received_on:
        raise ValidationError(
            {"on": f"Дата решения {on:%d.%m.%Y} раньше даты заявки {request.received_on:%d.%m.%Y}."}
        )
    request.decision = JoinRequestDecision.ACCEPTED if accept else JoinRequestDecision.REJECTED
    request.decided_on = on
    if note.strip():
        request.note = "\n".join(p for p in (request.note, note.strip()) if p)
    if accept and request.person_id is not None:
        sferum_state.mark_joined(session, request.person_id, on, today=today)
    session.flush()
    return request


def list_join_requests(
    session: Session,
    *,
    pending_only: bool = False,
    person_id: int | None = None,
) -> list[JoinRequestRow]:
    """Join requests, newest first; optionally only pending ones or one person's."""
    stmt = select(JoinRequest).options(
        joinedload(JoinRequest.person), joinedload(JoinRequest.group)
    )
    if pending_only:
        stmt = stmt.where(JoinRequest.decision == JoinRequestDecision.PENDING)
    if person_id is not None:
        stmt = stmt.where(JoinRequest.person_id == person_id)
    requests = sorted(
        session.scalars(stmt).unique(),
        key=lambda r: (r.received_on, r.id),
        reverse=True,
    )
    return [
        JoinRequestRow(
            id=r.id,
            applicant_name=r.applicant_name,
            person_id=r.person_id,
            person_name=r.person.full_name if r.person else None,
            group_name=r.group.sferum_class_name if r.group else None,
            role=r.role.label,
            received_on=r.received_on,
            decision=r.decision,
            decision_text=r.decision.label,
            decided_on=r.decided_on,
            note=r.note or "",
        )
        for r in requests
    ]


def applicant_matches(row: JoinRequestRow, query: str) -> bool:
    """Filter-as-you-type for the requests dialog (Cyrillic case- and ё-insensitive)."""
    needle = normalize(query)
    hay = normalize(" ".join(filter(None, (row.applicant_name, row.person_name, row.group_name))))
    return needle in hay
