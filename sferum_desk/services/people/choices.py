"""Choices offered in the people dialogs' comboboxes: groups and invite links."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from ...data.models import Group, GroupKind, InviteLink, InviteState, Person
from ...data.search import normalize

__all__ = ["Choice", "group_choices", "invite_link_choices", "person_choices"]


@dataclass(frozen=True)
class Choice:
    id: int
    text: str


def group_choices(session: Session, *, with_staff_room: bool = False) -> list[Choice]:
    """Groups that are not archived (the current classes), by name."""
    stmt = select(Group).where(Group.archived_on.is_(None))
    if not with_staff_room:
        stmt = stmt.where(Group.kind == GroupKind.ASSOCIATION)
    groups = sorted(session.scalars(stmt), key=lambda g: (normalize(g.sferum_class_name), g.id))
    return [Choice(g.id, g.sferum_class_name) for g in groups]


def invite_link_choices(session: Session, keep_id: int | None = None) -> list[Choice]:
    """Active invite links (and ``keep_id``, whatever its state): «class — role — url»."""
    stmt = select(InviteLink).options(joinedload(InviteLink.group), joinedload(InviteLink.chat))
    links = []
    for link in session.scalars(stmt):
        if link.state != InviteState.ACTIVE and link.id != keep_id:
            continue
        where = link.group.sferum_class_name if link.group else link.chat.title if link.chat else ""
        links.append(Choice(link.id, f"{where} — {link.role.label} — {link.url}"))
    links.sort(key=lambda c: normalize(c.text))
    return links


def person_choices(session: Session) -> list[Choice]:
    """Everyone in the registry (not anonymised): «Фамилия Имя Отчество (сотрудник)»."""
    people = session.scalars(select(Person).where(Person.anonymised_on.is_(None)))
    choices = [Choice(p.id, f"{p.full_name} ({p.kind.label.lower()})") for p in people]
    choices.sort(key=lambda c: (normalize(c.text), c.id))
    return choices
