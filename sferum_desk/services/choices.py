"""What the dialogs' comboboxes offer: people, open groups (classes), active invite links.

One ``Choice`` (an id and the text shown) for every dialog, so a group reads the same in
the movement, people and join-request dialogs.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from ..data.models import AcademicYear, Group, GroupKind, InviteLink, InviteState, Person
from ..data.models.enums import PersonKind
from ..data.search import normalize


@dataclass(frozen=True)
class Choice:
    id: int
    name: str


def person_choices(session: Session, kind: PersonKind | None = None) -> list[Choice]:
    """People who are not anonymised, by name. A student's name carries the birth date so
    namesakes can be told apart; without ``kind`` each name says which kind it is.

    Reads plain columns, not Person objects: the pickers of a large Centre list thousands."""
    stmt = select(
        Person.id,
        Person.kind,
        Person.last_name,
        Person.first_name,
        Person.middle_name,
        Person.birth_date,
    ).where(Person.anonymised_on.is_(None))
    if kind is not None:
        stmt = stmt.where(Person.kind == kind)
    choices = []
    for person_id, person_kind, last, first, middle, born in session.execute(stmt):
        name = " ".join(part for part in (last, first, middle) if part)
        if kind is None:
            text = f"{name} ({PersonKind(person_kind).label.lower()})"
        elif kind == PersonKind.STUDENT and born:
            text = f"{name} ({born:%d.%m.%Y})"
        else:
            text = name
        choices.append(Choice(person_id, text))
    # casefold + ё→е is all the sort needs of normalize(); names have no runs of spaces.
    choices.sort(key=lambda c: (c.name.casefold().replace("ё", "е"), c.id))
    return choices


def group_choices(session: Session, *, with_staff_room: bool = False) -> list[Choice]:
    """Groups not archived — the «Учительская» first (when asked for), then the newest
    academic year's — by name, each with its academic year."""
    query = (
        select(Group, AcademicYear)
        .outerjoin(AcademicYear, Group.academic_year_id == AcademicYear.id)
        .where(Group.archived_on.is_(None))
    )
    if not with_staff_room:
        query = query.where(Group.kind == GroupKind.ASSOCIATION)
    rows = list(session.execute(query).all())
    rows.sort(
        key=lambda r: (
            r[0].kind != GroupKind.STAFF_ROOM,
            -(r[1].start_year if r[1] else 9999),
            normalize(r[0].sferum_class_name),
        )
    )
    return [
        Choice(g.id, f"{g.sferum_class_name} ({y.name})" if y else g.sferum_class_name)
        for g, y in rows
    ]


def invite_link_choices(session: Session, keep_id: int | None = None) -> list[Choice]:
    """Active invite links (and ``keep_id``, whatever its state): «class — role — url»."""
    stmt = select(InviteLink).options(joinedload(InviteLink.group), joinedload(InviteLink.chat))
    links = []
    for link in session.scalars(stmt):
        if link.state != InviteState.ACTIVE and link.id != keep_id:
            continue
        where = link.group.sferum_class_name if link.group else link.chat.title if link.chat else ""
        links.append(Choice(link.id, f"{where} — {link.role.label} — {link.url}"))
    links.sort(key=lambda c: normalize(c.name))
    return links
