"""Links between a student and their parents (legal representatives), edited from both
sides. The parent side may be a parent or a member of staff (a teacher whose child
studies at the Centre); the child side is always a student."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...data.models import ParentLink, ParentRelation, Person, PersonKind
from ...data.search import normalize
from ..organisation import ValidationError
from .lookup import search_words

__all__ = [
    "LinkCandidate",
    "link_candidates",
    "link_parent",
    "set_relation",
    "unlink_parent",
]

_PARENT_KINDS = (PersonKind.PARENT, PersonKind.STAFF)


@dataclass(frozen=True)
class LinkCandidate:
    """A person offered in the «add parent / add child» picker."""

    id: int
    full_name: str
    kind: str
    detail: str  # phone or birth date, to tell namesakes apart


def _get(session: Session, person_id: int, role: str) -> Person:
    person = session.get(Person, person_id)
    if person is None:
        raise ValidationError({role: "Запись не найдена: возможно, её уже удалили."})
    return person


def _pair(session: Session, parent_id: int, student_id: int) -> tuple[Person, Person]:
    parent = _get(session, parent_id, "parent")
    student = _get(session, student_id, "student")
    if parent.kind not in _PARENT_KINDS:
        raise ValidationError(
            {
                "parent": f"«{parent.full_name}» — {parent.kind.label.lower()}: родителем может "
                "быть только родитель или сотрудник."
            }
        )
    if student.kind != PersonKind.STUDENT:
        raise ValidationError(
            {
                "student": f"«{student.full_name}» — не обучающийся: ребёнком в связи может быть "
                "только обучающийся."
            }
        )
    return parent, student


def _link(session: Session, parent_id: int, student_id: int) -> ParentLink | None:
    return session.scalar(
        select(ParentLink).where(
            ParentLink.parent_id == parent_id, ParentLink.student_id == student_id
        )
    )


def link_parent(
    session: Session,
    parent_id: int,
    student_id: int,
    relation: ParentRelation = ParentRelation.OTHER,
) -> ParentLink:
    """Record that ``parent_id`` is a parent (legal representative) of ``student_id``."""
    parent, student = _pair(session, parent_id, student_id)
    if _link(session, parent_id, student_id) is not None:
        raise ValidationError(
            {"parent": f"{parent.full_name} уже указан(а) родителем {student.full_name}."}
        )
    link = ParentLink(parent=parent, student=student, relation=ParentRelation(relation))
    session.add(link)
    session.flush()
    return link


def unlink_parent(session: Session, parent_id: int, student_id: int) -> None:
    link = _link(session, parent_id, student_id)
    if link is None:
        raise ValidationError({"parent": "Такой связи родителя и ребёнка нет: её уже удалили."})
    session.delete(link)
    session.flush()


def set_relation(
    session: Session, parent_id: int, student_id: int, relation: ParentRelation
) -> ParentLink:
    link = _link(session, parent_id, student_id)
    if link is None:
        raise ValidationError({"parent": "Такой связи родителя и ребёнка нет: её уже удалили."})
    link.relation = ParentRelation(relation)
    session.flush()
    return link


def link_candidates(session: Session, for_person_id: int, query: str = "") -> list[LinkCandidate]:
    """People who could be linked to ``for_person_id`` from its side: parents and staff
    for a student, students for a parent; already-linked ones are left out. ``query``
    filters by name or phone (Cyrillic case- and ё-insensitive)."""
    person = _get(session, for_person_id, "person")
    if person.kind == PersonKind.STUDENT:
        kinds: tuple[PersonKind, ...] = _PARENT_KINDS
        linked = select(ParentLink.parent_id).where(ParentLink.student_id == for_person_id)
    else:
        kinds = (PersonKind.STUDENT,)
        linked = select(ParentLink.student_id).where(ParentLink.parent_id == for_person_id)
    stmt = select(Person).where(
        Person.kind.in_(kinds), Person.id.not_in(linked), Person.id != for_person_id
    )
    words = search_words(query)
    result = []
    for candidate in session.scalars(stmt):
        if words and not all(w in candidate.search_text for w in words):
            continue
        if candidate.kind == PersonKind.STUDENT:
            detail = f"{candidate.birth_date:%d.%m.%Y}" if candidate.birth_date else ""
        else:
            detail = candidate.phone or ""
        result.append(
            LinkCandidate(candidate.id, candidate.full_name, candidate.kind.label, detail)
        )
    result.sort(key=lambda c: (normalize(c.full_name), c.id))
    return result
