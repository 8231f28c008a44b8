"""Security audit of invite links: which active links should be annulled, and why.

Three kinds of findings, each about an ACTIVE link:

* ``unclaimed`` — nobody has used it for more than N days since it was created
  (N from the settings, 14 by default, or given by the caller);
* ``holder_left`` — it was handed to a person who has left the Centre: a staff member
  with no current employment, or a student with no current enrolment;
* ``expired`` — its expiry date has passed but it is still marked active.

A link may have several findings. :func:`annul_tasks_for` turns the links the user picks
into Sferum tasks «Аннулировать ссылку»; the link is annulled when the task is done.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session, joinedload

from ...data.audit import change_batch
from ...data.models import (
    Employment,
    Enrolment,
    InviteHandout,
    InviteLink,
    InviteState,
    Person,
    PersonKind,
    SferumTask,
    TaskKind,
    TaskState,
)
from ..movement.tasks import TASK_DUE_DAYS, place_name
from ..nomenclature.common import plural
from ..organisation import ValidationError
from ..settings import invite_unclaimed_days
from ..stats import active_enrolments, active_staff_ids


class FindingKind(StrEnum):
    UNCLAIMED = "unclaimed"
    HOLDER_LEFT = "holder_left"
    EXPIRED = "expired"


# Headings for the grouped report, in the order the findings are listed.
FINDING_TITLES: dict[FindingKind, str] = {
    FindingKind.UNCLAIMED: "Активны, но не востребованы",
    FindingKind.HOLDER_LEFT: "Выданы выбывшим (уволенным сотрудникам, отчисленным обучающимся)",
    FindingKind.EXPIRED: "Срок действия истёк, но числятся активными",
}
_ORDER = {kind: i for i, kind in enumerate(FINDING_TITLES)}


@dataclass(frozen=True)
class AuditFinding:
    kind: FindingKind
    link_id: int
    url: str
    target: str  # the class name or the chat title
    target_is_chat: bool
    role: str  # «Обучающийся»
    created_on: dt.date
    expires_on: dt.date | None
    reason: str  # Russian, names the dates and people
    people: tuple[str, ...] = field(default=())  # holder_left: who left

    @property
    def label(self) -> str:
        """«Робототехника, 1 год, гр. 1 — Обучающийся»."""
        return f"{self.target} — {self.role}"

    def as_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind.value,
            "link_id": self.link_id,
            "url": self.url,
            "target": self.target,
            "target_is_chat": self.target_is_chat,
            "role": self.role,
            "created_on": self.created_on.isoformat(),
            "expires_on": self.expires_on.isoformat() if self.expires_on else None,
            "reason": self.reason,
            "people": list(self.people),
        }


def _d(day: dt.date) -> str:
    return day.strftime("%d.%m.%Y")


def _days(n: int) -> str:
    return plural(n, "день", "дня", "дней")


# -- the «holder left» rule, shared with «Требует внимания» ------------------------------


def _left_condition(day: dt.date) -> Any:
    enrolled = active_enrolments(day).with_only_columns(Enrolment.student_id)
    return or_(
        and_(Person.kind == PersonKind.STAFF, Person.id.not_in(active_staff_ids(day))),
        and_(Person.kind == PersonKind.STUDENT, Person.id.not_in(enrolled)),
    )


def _links_of_leavers(day: dt.date) -> Any:
    """(link id, person id) of active links handed to a person who has left by ``day``."""
    return (
        select(InviteHandout.invite_link_id, Person.id)
        .join(InviteLink, InviteLink.id == InviteHandout.invite_link_id)
        .join(Person, Person.id == InviteHandout.person_id)
        .where(InviteLink.state == InviteState.ACTIVE, _left_condition(day))
        .distinct()
    )


def count_links_of_people_who_left(session: Session, day: dt.date) -> int:
    """How many active links were handed to staff or students who have left by ``day``."""
    pairs = _links_of_leavers(day).subquery()
    return session.scalar(select(func.count(func.distinct(pairs.c.invite_link_id)))) or 0


def _leaver_text(session: Session, person: Person, day: dt.date) -> str:
    if person.kind == PersonKind.STAFF:
        last = session.scalar(
            select(func.max(Employment.dismissed_on)).where(
                Employment.person_id == person.id, Employment.dismissed_on <= day
            )
        )
        return f"{person.short_name} (сотрудник, " + (
            f"дата увольнения {_d(last)})" if last else "не работает в Центре)"
        )
    last = session.scalar(
        select(func.max(Enrolment.left_on)).where(
            Enrolment.student_id == person.id, Enrolment.left_on <= day
        )
    )
    return f"{person.short_name} (обучающийся, " + (
        f"дата отчисления {_d(last)})" if last else "не зачислен ни в одну группу)"
    )


# -- the audit -------------------------------------------------------------------------


def _finding(
    link: InviteLink, kind: FindingKind, reason: str, people: tuple[str, ...] = ()
) -> AuditFinding:
    where = link.group if link.group is not None else link.chat
    return AuditFinding(
        kind=kind,
        link_id=link.id,
        url=link.url,
        target=place_name(where) if where is not None else "",
        target_is_chat=link.chat_id is not None,
        role=link.role.label,
        created_on=link.created_on,
        expires_on=link.expires_on,
        reason=reason,
        people=people,
    )


def audit_links(
    session: Session, today: dt.date, older_than: int | None = None
) -> list[AuditFinding]:
    """Findings about active links on ``today``, grouped by kind, then by link number.

    ``older_than`` overrides the «unclaimed for more than N days» setting."""
    days = invite_unclaimed_days(session) if older_than is None else older_than
    if days < 0:
        raise ValidationError({"older_than": f"Срок невостребованности не может быть {days}."})
    links = {
        link.id: link
        for link in session.scalars(
            select(InviteLink)
            .options(joinedload(InviteLink.group), joinedload(InviteLink.chat))
            .where(InviteLink.state == InviteState.ACTIVE)
        )
    }
    leavers: dict[int, list[int]] = defaultdict(list)
    for link_id, person_id in session.execute(_links_of_leavers(today)):
        leavers[link_id].append(person_id)
    persons = {
        p.id: p
        for p in session.scalars(
            select(Person).where(Person.id.in_({p for ids in leavers.values() for p in ids}))
        )
    }

    findings: list[AuditFinding] = []
    for link in links.values():
        age = (today - link.created_on).days
        if link.used_on is None and age > days:
            reason = (
                f"создана {_d(link.created_on)} и не использована {_days(age)} "
                f"(допустимо не больше {_days(days)})"
            )
            findings.append(_finding(link, FindingKind.UNCLAIMED, reason))
        if link.id in leavers:
            people = sorted(
                (persons[p] for p in leavers[link.id]), key=lambda p: (p.full_name, p.id)
            )
            texts = tuple(_leaver_text(session, p, today) for p in people)
            reason = "выдана выбывшим: " + "; ".join(texts)
            names = tuple(p.full_name for p in people)
            findings.append(_finding(link, FindingKind.HOLDER_LEFT, reason, names))
        if link.expires_on is not None and link.expires_on < today:
            overdue = (today - link.expires_on).days
            reason = (
                f"срок действия истёк {_d(link.expires_on)} ({_days(overdue)} назад), "
                "а ссылка числится активной"
            )
            findings.append(_finding(link, FindingKind.EXPIRED, reason))
    findings.sort(key=lambda f: (_ORDER[f.kind], f.link_id))
    return findings


# -- bulk annulment ------------------------------------------------------------------------


def annul_task_title(link: InviteLink) -> str:
    where = link.group if link.group is not None else link.chat
    target = place_name(where) if where is not None else f"ссылка № {link.id}"
    return f"{TaskKind.ANNUL_INVITE.label}: {target} — {link.role.label}"


def annul_tasks_for(session: Session, link_ids: Iterable[int], today: dt.date) -> int:
    """Create one open «Аннулировать ссылку» task per active link, due in three days;
    links that already have an open one, or are no longer active, are skipped.
    Returns how many tasks were created (one undoable batch)."""
    wanted = list(dict.fromkeys(link_ids))
    if not wanted:
        return 0
    links = {
        link.id: link
        for link in session.scalars(
            select(InviteLink)
            .options(joinedload(InviteLink.group), joinedload(InviteLink.chat))
            .where(InviteLink.id.in_(wanted))
        )
    }
    missing = [str(i) for i in wanted if i not in links]
    if missing:
        raise ValidationError(
            {"links": f"Ссылки № {', '.join(missing)} не найдены: возможно, их уже удалили."}
        )
    already = set(
        session.scalars(
            select(SferumTask.invite_link_id).where(
                SferumTask.kind == TaskKind.ANNUL_INVITE,
                SferumTask.state == TaskState.OPEN,
                SferumTask.invite_link_id.in_(wanted),
            )
        )
    )
    todo = [links[i] for i in wanted if i not in already and links[i].state == InviteState.ACTIVE]
    if not todo:
        return 0
    label = plural(len(todo), "ссылка", "ссылки", "ссылок")
    with change_batch(session, "annul_invites", f"Задачи «Аннулировать ссылку»: {label}"):
        session.add_all(revoke_task(link, today) for link in todo)
    return len(todo)


def revoke_task(link: InviteLink, today: dt.date) -> SferumTask:
    """An open task «Аннулировать ссылку» for ``link``, due in three days; doing it marks
    the link annulled (when it is not yet)."""
    return SferumTask(
        kind=TaskKind.ANNUL_INVITE,
        title=annul_task_title(link)[:500],
        group_id=link.group_id,
        chat_id=link.chat_id,
        invite_link_id=link.id,
        due_on=today + dt.timedelta(days=TASK_DUE_DAYS),
        note=f"Ссылка: {link.url}",
    )
