"""The invite-link register: adding, replacing, handing out, using, annulling, expiring.

Every function works inside the caller's transaction and flushes; a refused change raises
:class:`ValidationError` with a Russian message naming the link, the date or the field.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...data.audit import change_batch
from ...data.models import (
    Chat,
    Group,
    GroupKind,
    HandoutMethod,
    InviteHandout,
    InviteLink,
    InviteRole,
    InviteState,
    Person,
    PersonKind,
)
from .. import settings
from ..nomenclature.common import plural
from ..organisation import STAFF_ROOM_NAME, ValidationError
from ..people import sferum_state
from .audit import revoke_task
from .urls import validate_invite_url

REPLACED_REASON = "заменена новой ссылкой"
MAX_REASON = 500
MAX_RECIPIENT = 300

# Roles a link to a class may carry: the «Учительская» is for staff, an association's class
# for its teacher, students and parents. A chat link may carry any role.
_STAFF_ROOM_ROLES = frozenset({InviteRole.TEACHER, InviteRole.STAFF, InviteRole.ADMIN})
_CLASS_ROLES = frozenset({InviteRole.TEACHER, InviteRole.STUDENT, InviteRole.PARENT})


@dataclass
class InviteDraft:
    url: str
    role: InviteRole
    group_id: int | None = None
    chat_id: int | None = None
    created_on: dt.date | None = None  # today when not given
    expires_on: dt.date | None = None
    note: str = ""


@dataclass
class HandoutDraft:
    method: HandoutMethod
    handed_on: dt.date
    person_id: int | None = None
    group_id: int | None = None  # «the whole group»
    recipient_text: str = ""  # free text: «родители 2-й группы», «на собрании 12.09»


def _d(day: dt.date) -> str:
    return f"{day:%d.%m.%Y}"


def target_name(link: InviteLink) -> str:
    """The class or chat a link leads to, as the administrator names it."""
    if link.group is not None:
        group = link.group
        return STAFF_ROOM_NAME if group.kind == GroupKind.STAFF_ROOM else group.sferum_class_name
    return link.chat.title if link.chat is not None else ""


def describe(link: InviteLink) -> str:
    """«ссылка «Робототехника 1-1» — Родитель от 01.09.2026»."""
    return f"ссылка «{target_name(link)}» — {link.role.label} от {_d(link.created_on)}"


def recipient_kind(role: InviteRole) -> PersonKind:
    """Who a link with ``role`` is handed to: students, parents, or staff for the rest."""
    if role == InviteRole.STUDENT:
        return PersonKind.STUDENT
    if role == InviteRole.PARENT:
        return PersonKind.PARENT
    return PersonKind.STAFF


def _link(session: Session, link_id: int) -> InviteLink:
    link = session.get(InviteLink, link_id)
    if link is None:
        raise ValidationError({"link": f"Ссылка-приглашение № {link_id} не найдена."})
    return link


def _today(today: dt.date | None) -> dt.date:
    return today or dt.date.today()


def _not_future(on: dt.date, today: dt.date, field: str, what: str) -> None:
    if on > today:
        raise ValidationError({field: f"{what}: дата {_d(on)} не может быть в будущем."})


def _not_before_created(on: dt.date, link: InviteLink, field: str, what: str) -> None:
    if on < link.created_on:
        raise ValidationError({field: f"{what}: дата {_d(on)} раньше создания: {describe(link)}."})


def _check_target(session: Session, draft: InviteDraft, on: dt.date) -> Group | Chat:
    if (draft.group_id is None) == (draft.chat_id is None):
        raise ValidationError(
            {"target": "Укажите, куда ведёт ссылка: класс или чат (одно из двух)."}
        )
    if draft.group_id is not None:
        group = session.get(Group, draft.group_id)
        if group is None:
            raise ValidationError({"target": f"Класс № {draft.group_id} не найден."})
        name = STAFF_ROOM_NAME if group.kind == GroupKind.STAFF_ROOM else group.sferum_class_name
        if group.archived_on is not None and group.archived_on <= on:
            raise ValidationError(
                {"target": f"Класс «{name}» в архиве с {_d(group.archived_on)}: ссылка не нужна."}
            )
        roles = _STAFF_ROOM_ROLES if group.kind == GroupKind.STAFF_ROOM else _CLASS_ROLES
        if draft.role not in roles:
            allowed = ", ".join(r.label.lower() for r in InviteRole if r in roles)
            raise ValidationError(
                {
                    "role": f"Роль «{draft.role.label}» не подходит для класса «{name}»:"
                    f" возможны {allowed}."
                }
            )
        return group
    chat = session.get(Chat, draft.chat_id)
    if chat is None:
        raise ValidationError({"target": f"Чат № {draft.chat_id} не найден."})
    return chat


def add_invite_link(
    session: Session, draft: InviteDraft, today: dt.date | None = None
) -> InviteLink:
    """Add a link pasted from Sferum / VK Messenger / MAX.

    The address must pass :func:`validate_invite_url` against the hosts in settings and
    not be in the register yet. A class or a chat keeps one active link per role: an active
    link of the same target and role is annulled («заменена новой ссылкой») on the new
    link's date, and a Sferum task «Аннулировать ссылку» reminds to revoke it there too.
    """
    today = _today(today)
    created = draft.created_on or today
    _not_future(created, today, "created_on", "Дата создания ссылки")
    if draft.expires_on is not None:
        if draft.expires_on < created:
            raise ValidationError(
                {
                    "expires_on": f"Срок действия {_d(draft.expires_on)} раньше даты создания"
                    f" {_d(created)}."
                }
            )
        if draft.expires_on < today:
            raise ValidationError(
                {"expires_on": f"Срок действия {_d(draft.expires_on)} уже прошёл."}
            )
    url = validate_invite_url(draft.url, settings.allowed_invite_hosts(session))
    existing = session.scalar(select(InviteLink).where(InviteLink.url == url))
    if existing is not None:
        raise ValidationError(
            {
                "url": f"Ссылка «{url}» уже есть в реестре: {describe(existing)}"
                f" ({existing.state.label.lower()})."
            }
        )
    target = _check_target(session, draft, created)
    old = _active_link(session, target, draft.role)
    if old is not None:
        if old.created_on > created:
            where = "классе" if isinstance(target, Group) else "чате"
            raise ValidationError(
                {
                    "created_on": f"В {where} уже есть более новая действующая {describe(old)}:"
                    f" новая ссылка от {_d(created)} не может её заменить."
                }
            )
        old.state = InviteState.ANNULLED
        old.annulled_on = created
        old.annul_reason = REPLACED_REASON
        session.flush()  # one active link per target and role: free the slot first
        # The old address still works in Sferum until it is revoked there.
        session.add(revoke_task(old, today))
    link = InviteLink(
        url=url,
        group=target if isinstance(target, Group) else None,
        chat=target if isinstance(target, Chat) else None,
        role=draft.role,
        state=InviteState.ACTIVE,
        created_on=created,
        expires_on=draft.expires_on,
        note=draft.note.strip() or None,
    )
    session.add(link)
    session.flush()
    return link


def record_handout(
    session: Session, link_id: int, draft: HandoutDraft, today: dt.date | None = None
) -> InviteHandout:
    """Record who received an active link, how and when. Handing it to a person who is
    not in Sferum yet marks them invited by this link."""
    today = _today(today)
    link = _link(session, link_id)
    if link.state != InviteState.ACTIVE:
        raise ValidationError(
            {
                "link": f"Выдать можно только действующую ссылку: {describe(link)} —"
                f" {link.state.label.lower()}."
            }
        )
    _not_future(draft.handed_on, today, "handed_on", "Выдача ссылки")
    _not_before_created(draft.handed_on, link, "handed_on", "Выдача ссылки")
    text = " ".join(draft.recipient_text.split())
    if len(text) > MAX_RECIPIENT:
        raise ValidationError({"recipient_text": f"Получатель: не длиннее {MAX_RECIPIENT} знаков."})
    if draft.person_id is None and draft.group_id is None and not text:
        raise ValidationError(
            {"recipient": "Укажите, кому выдана ссылка: человек, группа или описание."}
        )
    person = None
    if draft.person_id is not None:
        person = session.get(Person, draft.person_id)
        if person is None:
            raise ValidationError({"person_id": f"Человек № {draft.person_id} не найден."})
        if person.anonymised_on is not None:
            raise ValidationError(
                {"person_id": "Данные этого человека обезличены: ссылку ему не выдают."}
            )
    if draft.group_id is not None and session.get(Group, draft.group_id) is None:
        raise ValidationError({"group_id": f"Группа № {draft.group_id} не найдена."})
    handout = InviteHandout(
        invite_link=link,
        person_id=draft.person_id,
        group_id=draft.group_id,
        recipient_text=text or None,
        method=draft.method,
        handed_on=draft.handed_on,
    )
    session.add(handout)
    session.flush()
    if person is not None and _worth_inviting(session, person.id, draft.handed_on):
        sferum_state.mark_invited(session, person.id, draft.handed_on, link.id, today=today)
    return handout


def _worth_inviting(session: Session, person_id: int, on: dt.date) -> bool:
    """Whether a hand-out on ``on`` is news for the person's Sferum state: not older than
    the last invitation, not after joining, not before a removal."""
    membership = sferum_state.membership_of(session, person_id)
    return not (
        (membership.invited_on is not None and membership.invited_on >= on)
        or (membership.joined_on is not None and membership.joined_on < on)
        or (membership.removed_on is not None and membership.removed_on > on)
    )


def mark_used(
    session: Session, link_id: int, on: dt.date, today: dt.date | None = None
) -> InviteLink:
    """The link has served its purpose (a one-time link was used) on ``on``."""
    today = _today(today)
    link = _link(session, link_id)
    if link.state == InviteState.USED:
        return link
    if link.state != InviteState.ACTIVE:
        raise ValidationError(
            {
                "link": f"Отметить использованной можно только действующую ссылку:"
                f" {describe(link)} — {link.state.label.lower()}."
            }
        )
    _not_future(on, today, "used_on", "Использование ссылки")
    _not_before_created(on, link, "used_on", "Использование ссылки")
    link.state = InviteState.USED
    link.used_on = on
    session.flush()
    return link


def annul_link(
    session: Session, link_id: int, on: dt.date, reason: str, today: dt.date | None = None
) -> InviteLink:
    """Annul an active or used link on ``on`` for ``reason`` (required)."""
    today = _today(today)
    link = _link(session, link_id)
    if link.state not in (InviteState.ACTIVE, InviteState.USED):
        raise ValidationError(
            {
                "link": f"Аннулировать можно только действующую или использованную ссылку:"
                f" {describe(link)} — {link.state.label.lower()}."
            }
        )
    reason = " ".join(reason.split())
    if not reason:
        raise ValidationError({"reason": "Укажите причину аннулирования ссылки."})
    if len(reason) > MAX_REASON:
        raise ValidationError({"reason": f"Причина: не длиннее {MAX_REASON} знаков."})
    _not_future(on, today, "annulled_on", "Аннулирование ссылки")
    _not_before_created(on, link, "annulled_on", "Аннулирование ссылки")
    link.state = InviteState.ANNULLED
    link.annulled_on = on
    link.annul_reason = reason
    session.flush()
    return link


def expire_overdue(session: Session, today: dt.date | None = None) -> int:
    """Active links whose ``expires_on`` is before ``today`` become expired (the audit's
    «срок действия истёк» findings, in one undoable batch); the count."""
    today = _today(today)
    ids = list(
        session.scalars(
            select(InviteLink.id).where(
                InviteLink.state == InviteState.ACTIVE,
                InviteLink.expires_on.is_not(None),
                InviteLink.expires_on < today,
            )
        )
    )
    if not ids:
        return 0
    label = f"Отмечены истёкшими: {plural(len(ids), 'ссылка', 'ссылки', 'ссылок')}"
    with change_batch(session, "expire_invites", label):  # one undoable step
        for link in session.scalars(select(InviteLink).where(InviteLink.id.in_(ids))):
            link.state = InviteState.EXPIRED  # through the ORM, so the audit log records it
    return len(ids)


def _active_link(session: Session, target: Group | Chat, role: InviteRole) -> InviteLink | None:
    column = InviteLink.group_id if isinstance(target, Group) else InviteLink.chat_id
    return session.scalar(
        select(InviteLink).where(
            column == target.id, InviteLink.role == role, InviteLink.state == InviteState.ACTIVE
        )
    )


def active_link_for(session: Session, draft: InviteDraft) -> str | None:
    """The active link of the draft's class or chat with its role that the new link would
    replace, described for a confirmation («ссылка «…» — Обучающийся от 02.09.2026:
    https://…»); None when there is none."""
    if draft.group_id is not None:
        target: Group | Chat | None = session.get(Group, draft.group_id)
    else:
        target = session.get(Chat, draft.chat_id) if draft.chat_id is not None else None
    link = _active_link(session, target, draft.role) if target is not None else None
    if link is None:
        return None
    return f"{describe(link)}: {link.url}"
