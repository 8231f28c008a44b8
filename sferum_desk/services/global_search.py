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
from collections.abc import Callable, Iterable
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

    hits += _named(session, HitKind.ASSOCIATION, Association.id, Association.name,
                   Association.search_text, words, per_kind)  # fmt: skip
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
    hits += _named(session, HitKind.CHAT, Chat.id, Chat.title, Chat.search_text, words, per_kind)

    links = session.execute(
        select(InviteLink.id, InviteLink.url, InviteLink.created_on, Group.sferum_class_name,
               Chat.title)
        .outerjoin(Group, InviteLink.group_id == Group.id)
        .outerjoin(Chat, InviteLink.chat_id == Chat.id)
        .order_by(InviteLink.created_on.desc(), InviteLink.id.desc())
    )  # fmt: skip
    hits += _first(
        (
            Hit(HitKind.INVITE, link.id, link.url, link.sferum_class_name or link.title or "")
            for link in links
        ),
        lambda hit: f"{hit.title} {hit.detail}",
        words,
        per_kind,
    )
    posts = session.execute(
        select(Post.id, Post.title, Post.planned_at).order_by(Post.planned_at.desc(), Post.id)
    )
    hits += _first(
        (
            Hit(HitKind.POST, post.id, post.title, _date(local(post.planned_at).date()))
            for post in posts
        ),
        lambda hit: hit.title,
        words,
        per_kind,
    )
    return hits


def _named(
    session: Session,
    kind: HitKind,
    id_column: SQLColumnExpression[int],
    name_column: SQLColumnExpression[str],
    text_column: SQLColumnExpression[str],
    words: list[str],
    limit: int,
) -> list[Hit]:
    """Records found by their ``search_text`` in the database, in name order."""
    rows = session.execute(
        select(id_column, name_column)
        .where(_all_words(text_column, words))
        .order_by(name_column)
        .limit(limit)
    )
    return [Hit(kind, record_id, name, "") for record_id, name in rows]


def _first(
    hits: Iterable[Hit], text: Callable[[Hit], str], words: list[str], limit: int
) -> list[Hit]:
    """The first ``limit`` hits whose folded ``text`` holds every word (matched in Python:
    these records keep no search text)."""
    found: list[Hit] = []
    for hit in hits:
        folded = normalize(text(hit))
        if all(word in folded for word in words):
            found.append(hit)
            if len(found) >= limit:
                break
    return found
