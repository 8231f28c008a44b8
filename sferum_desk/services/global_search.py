"""Global search (Ctrl+K): a few letters of a person, group, association, chat, invite link
or post, and the records they find, to jump to.

Folded like every search of the app (``data.search.normalize``: case, «ё» as «е»), each
typed word anywhere in the record's search text. People, associations, groups and chats are
matched in the database on their ``search_text`` columns (the same on SQLite and
PostgreSQL); posts and invite links, a few hundred or thousand rows, on their titles and
addresses in Python. At most :data:`PER_KIND` hits of each kind, so typing stays quick on a
Centre of thousands of pupils (``make bench`` times it).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import ColumnElement, SQLColumnExpression, and_, select
from sqlalchemy.orm import Session

from ..data.models import (
    AcademicYear,
    Association,
    Chat,
    Group,
    InviteLink,
    Person,
    PersonKind,
    Post,
)
from ..data.search import like_pattern, normalize
from .clock import local
from .people.lookup import search_words

PER_KIND = 8


class HitKind(StrEnum):
    STAFF = "staff"
    STUDENT = "student"
    PARENT = "parent"
    ASSOCIATION = "association"
    GROUP = "group"
    CHAT = "chat"
    INVITE = "invite"
    POST = "post"


_PERSON_KINDS = {
    PersonKind.STAFF: HitKind.STAFF,
    PersonKind.STUDENT: HitKind.STUDENT,
    PersonKind.PARENT: HitKind.PARENT,
}


@dataclass(frozen=True)
class Hit:
    kind: HitKind
    record_id: int
    title: str
    detail: str  # data only (a date, a class, an address): the UI names the kind


def _all_words(column: SQLColumnExpression[str], words: list[str]) -> ColumnElement[bool]:
    return and_(*(column.like(like_pattern(word), escape="\\") for word in words))


def _date(day: dt.date | None) -> str:
    return day.strftime("%d.%m.%Y") if day else ""


def search(session: Session, query: str, per_kind: int = PER_KIND) -> list[Hit]:
    """What ``query`` finds, kind by kind (people first), each kind in name order."""
    words = search_words(query)
    if not words:
        return []
    hits: list[Hit] = []
    for person_kind, kind in _PERSON_KINDS.items():
        people = session.execute(
            select(Person.id, Person.last_name, Person.first_name, Person.middle_name,
                   Person.birth_date, Person.phone)
            .where(Person.kind == person_kind, _all_words(Person.search_text, words))
            .order_by(Person.last_name, Person.first_name, Person.id)
            .limit(per_kind)
        )  # fmt: skip
        for person in people:
            parts = (person.last_name, person.first_name, person.middle_name)
            detail = _date(person.birth_date) or (person.phone or "")
            hits.append(Hit(kind, person.id, " ".join(p for p in parts if p), detail))

    for row in session.execute(
        select(Association.id, Association.name)
        .where(_all_words(Association.search_text, words))
        .order_by(Association.name)
        .limit(per_kind)
    ):
        hits.append(Hit(HitKind.ASSOCIATION, row.id, row.name, ""))
    for group in session.execute(
        select(Group.id, Group.sferum_class_name, Association.name.label("association"),
               AcademicYear.start_year)
        .outerjoin(Association, Group.association_id == Association.id)
        .outerjoin(AcademicYear, Group.academic_year_id == AcademicYear.id)
        .where(_all_words(Group.search_text, words))
        .order_by(AcademicYear.starts_on.desc(), Group.sferum_class_name)
        .limit(per_kind)
    ):  # fmt: skip
        start = group.start_year
        year = f"{start}/{start + 1}" if start else ""
        detail = " · ".join(part for part in (group.association, year) if part)
        hits.append(Hit(HitKind.GROUP, group.id, group.sferum_class_name, detail))
    for row in session.execute(
        select(Chat.id, Chat.title)
        .where(_all_words(Chat.search_text, words))
        .order_by(Chat.title)
        .limit(per_kind)
    ):
        hits.append(Hit(HitKind.CHAT, row.id, row.title, ""))

    found = 0
    links = session.execute(
        select(InviteLink.id, InviteLink.url, InviteLink.created_on, Group.sferum_class_name,
               Chat.title)
        .outerjoin(Group, InviteLink.group_id == Group.id)
        .outerjoin(Chat, InviteLink.chat_id == Chat.id)
        .order_by(InviteLink.created_on.desc(), InviteLink.id.desc())
    )  # fmt: skip
    for link in links:
        target = link.sferum_class_name or link.title or ""
        text = normalize(f"{link.url} {target}")
        if all(word in text for word in words):
            hits.append(Hit(HitKind.INVITE, link.id, link.url, target))
            found += 1
            if found >= per_kind:
                break

    found = 0
    posts = session.execute(
        select(Post.id, Post.title, Post.planned_at).order_by(Post.planned_at.desc(), Post.id)
    )
    for post in posts:
        if all(word in normalize(post.title) for word in words):
            day = local(post.planned_at).date()
            hits.append(Hit(HitKind.POST, post.id, post.title, _date(day)))
            found += 1
            if found >= per_kind:
                break
    return hits
