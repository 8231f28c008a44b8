"""A person's card: validate, create, update (refusing a stale edit), delete (refusing
while records depend on the person), and the duplicate check.

Two records are the same person when surname, name, patronymic and birth date match with
case, «ё»/«е» and spaces folded (``validation.person_key``) and the kind is the same.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from ...data.models import (
    Association,
    Broadcast,
    Chat,
    Employment,
    Enrolment,
    Group,
    MovementEvent,
    ParentLink,
    Person,
    PersonKind,
    Post,
    SferumTask,
    TaskState,
)
from ...data.search import like_pattern
from ..conflicts import refuse_if_stale
from ..organisation import ValidationError
from .validation import (
    birth_date_problems,
    clean_email,
    clean_name,
    clean_phone,
    name_problem,
    person_key,
)

__all__ = [
    "STALE_MESSAGE",
    "PersonDraft",
    "PersonInUseError",
    "create_person",
    "delete_person",
    "find_duplicate",
    "load_person",
    "person_references",
    "update_person",
    "validate_person",
]

STALE_MESSAGE = (
    "Карточку «{name}» уже изменили в другом окне или на другом компьютере. "
    "Закройте окно и откройте карточку снова, чтобы не затереть эти изменения."
)
_NAMED_REFERENCES = 5
_NOTE_LIMIT = 2000


@dataclass
class PersonDraft:
    """The editable fields of a person's card, as plain values."""

    kind: PersonKind = PersonKind.STUDENT
    last_name: str = ""
    first_name: str = ""
    middle_name: str = ""
    birth_date: dt.date | None = None
    phone: str = ""
    email: str = ""
    is_activist: bool = False
    note: str = ""

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.last_name, self.first_name, self.middle_name) if p)


class PersonInUseError(ValidationError):
    """The person cannot be deleted: ``references`` names what rests on them."""

    def __init__(self, name: str, references: list[str]):
        shown = references[:_NAMED_REFERENCES]
        more = len(references) - len(shown)
        tail = f"; и ещё {more}" if more > 0 else ""
        super().__init__(
            {"person": f"Запись «{name}» нельзя удалить: с ней связаны " + "; ".join(shown) + tail}
        )
        self.references = references


def validate_person(draft: PersonDraft, today: dt.date) -> tuple[PersonDraft, list[str]]:
    """A cleaned copy of ``draft`` and warnings the user should confirm (a student's age
    outside 4–18); raises :class:`ValidationError` (field → Russian message)."""
    errors: dict[str, str] = {}
    warnings: list[str] = []
    try:
        kind = PersonKind(draft.kind)
    except ValueError:
        errors["kind"] = "Выберите, кто это: сотрудник, обучающийся или родитель."
        kind = PersonKind.STUDENT
    clean = dataclasses.replace(
        draft,
        kind=kind,
        last_name=clean_name(draft.last_name),
        first_name=clean_name(draft.first_name),
        middle_name=clean_name(draft.middle_name),
        note=(draft.note or "").strip(),
    )
    for part, required in (("last_name", True), ("first_name", True), ("middle_name", False)):
        problem = name_problem(getattr(clean, part), part, required)
        if problem:
            errors[part] = problem
    phone, problem = clean_phone(draft.phone)
    if problem:
        errors["phone"] = problem
    clean.phone = phone or ""
    email, problem = clean_email(draft.email)
    if problem:
        errors["email"] = problem
    clean.email = email or ""
    error, warning = birth_date_problems(draft.birth_date, today, kind == PersonKind.STUDENT)
    if error:
        errors["birth_date"] = error
    if warning:
        warnings.append(warning)
    if len(clean.note) > _NOTE_LIMIT:
        errors["note"] = f"Примечание: не длиннее {_NOTE_LIMIT} знаков."
    if errors:
        raise ValidationError(errors)
    return clean, warnings


def find_duplicate(
    session: Session, clean: PersonDraft, own_id: int | None = None
) -> Person | None:
    """Another person of the same kind with the same folded names and birth date."""
    key = person_key(clean.last_name, clean.first_name, clean.middle_name, clean.birth_date)
    query = select(Person).where(
        Person.kind == clean.kind, Person.search_text.like(like_pattern(clean.last_name), "\\")
    )
    if own_id is not None:
        query = query.where(Person.id != own_id)
    for person in session.scalars(query):
        other = person_key(
            person.last_name, person.first_name, person.middle_name, person.birth_date
        )
        if other == key:
            return person
    return None


def _check_duplicate(session: Session, clean: PersonDraft, own_id: int | None) -> None:
    twin = find_duplicate(session, clean, own_id)
    if twin is not None:
        born = f", {twin.birth_date:%d.%m.%Y} г. р." if twin.birth_date else ""
        raise ValidationError(
            {
                "last_name": f"{twin.kind.label} «{twin.full_name}»{born} уже есть в реестре "
                f"(запись № {twin.id}). Откройте её вместо того, чтобы заводить вторую."
            }
        )


def _store(person: Person, clean: PersonDraft) -> None:
    person.kind = clean.kind
    person.last_name = clean.last_name
    person.first_name = clean.first_name
    person.middle_name = clean.middle_name or None
    person.birth_date = clean.birth_date
    person.phone = clean.phone or None
    person.email = clean.email or None
    person.is_activist = clean.is_activist
    person.note = clean.note or None


def create_person(session: Session, draft: PersonDraft, *, today: dt.date | None = None) -> int:
    """Validate and store a new person; returns the id. Warnings are the caller's to
    confirm before (see :func:`validate_person`)."""
    clean, _warnings = validate_person(draft, today or dt.date.today())
    _check_duplicate(session, clean, None)
    person = Person(kind=clean.kind, last_name=clean.last_name, first_name=clean.first_name)
    _store(person, clean)
    session.add(person)
    session.flush()
    return person.id


def _get(session: Session, person_id: int) -> Person:
    person = session.get(Person, person_id)
    if person is None:
        raise ValidationError({"person": "Запись не найдена: возможно, её уже удалили."})
    return person


def update_person(
    session: Session,
    person_id: int,
    draft: PersonDraft,
    expected_version: int,
    *,
    today: dt.date | None = None,
) -> None:
    """Store changes to a card read at ``expected_version``; a card changed meanwhile
    elsewhere is refused rather than overwritten."""
    person = _get(session, person_id)
    refuse_if_stale(session, person, expected_version, STALE_MESSAGE.format(name=person.full_name))
    if person.anonymised_on is not None:
        raise ValidationError(
            {
                "person": f"Запись № {person.id} обезличена {person.anonymised_on:%d.%m.%Y}: "
                "её данные не восстанавливаются и не редактируются."
            }
        )
    clean, _warnings = validate_person(draft, today or dt.date.today())
    if clean.kind != person.kind:
        held = _kind_bound_records(session, person)
        if held:
            raise ValidationError(
                {
                    "kind": f"Нельзя сменить вид записи «{person.full_name}» "
                    f"({person.kind.label.lower()}): {held}."
                }
            )
    _check_duplicate(session, clean, person_id)
    _store(person, clean)
    try:
        session.flush()
    except StaleDataError as exc:
        raise ValidationError({"version": STALE_MESSAGE.format(name=clean.full_name)}) from exc


def _kind_bound_records(session: Session, person: Person) -> str:
    if session.scalar(select(Employment.id).where(Employment.person_id == person.id).limit(1)):
        return "есть записи о работе"
    if session.scalar(select(Enrolment.id).where(Enrolment.student_id == person.id).limit(1)):
        return "есть зачисления в группы"
    if session.scalar(select(ParentLink.id).where(ParentLink.parent_id == person.id).limit(1)):
        return "указаны дети"
    if session.scalar(select(ParentLink.id).where(ParentLink.student_id == person.id).limit(1)):
        return "указаны родители"
    return ""


def load_person(session: Session, person_id: int) -> tuple[PersonDraft, int] | None:
    """The card as a draft and its version (for :func:`update_person`)."""
    person = session.get(Person, person_id)
    if person is None:
        return None
    draft = PersonDraft(
        kind=person.kind,
        last_name=person.last_name,
        first_name=person.first_name,
        middle_name=person.middle_name or "",
        birth_date=person.birth_date,
        phone=person.phone or "",
        email=person.email or "",
        is_activist=person.is_activist,
        note=person.note or "",
    )
    return draft, person.version


def person_references(session: Session, person_id: int) -> list[str]:
    """Russian descriptions of the records that rest on the person."""
    found: list[str] = []
    for employment in session.scalars(select(Employment).where(Employment.person_id == person_id)):
        found.append(f"работа с {employment.hired_on:%d.%m.%Y} ({employment.position.label})")
    enrolments = session.scalars(select(Enrolment).where(Enrolment.student_id == person_id))
    for enrolment in enrolments:
        found.append(
            f"зачисление в «{enrolment.group.sferum_class_name}» с {enrolment.enrolled_on:%d.%m.%Y}"
        )
    events = session.scalars(select(MovementEvent).where(MovementEvent.person_id == person_id))
    for event in events:
        found.append(f"событие «{event.kind.label}» от {event.effective_on:%d.%m.%Y}")
    links = session.scalars(
        select(ParentLink).where(
            or_(ParentLink.parent_id == person_id, ParentLink.student_id == person_id)
        )
    )
    for link in links:
        if link.parent_id == person_id:
            found.append(f"ребёнок {link.student.full_name}")
        else:
            found.append(f"родитель {link.parent.full_name}")
    for chat in session.scalars(select(Chat).where(Chat.owner_id == person_id)):
        found.append(f"чат «{chat.title}» (владелец)")
    heads = session.scalars(select(Association).where(Association.head_teacher_id == person_id))
    for association in heads:
        found.append(f"объединение «{association.name}» (руководитель)")
    for group in session.scalars(select(Group).where(Group.teacher_id == person_id)):
        found.append(f"группа «{group.sferum_class_name}» (педагог)")
    for post in session.scalars(select(Post).where(Post.provided_by_id == person_id)):
        found.append(f"публикация «{post.title}»")
    broadcasts = session.scalars(select(Broadcast).where(Broadcast.responsible_id == person_id))
    for broadcast in broadcasts:
        found.append(f"трансляция «{broadcast.title}» (ответственный)")
    tasks = session.scalars(
        select(SferumTask).where(
            SferumTask.person_id == person_id, SferumTask.state == TaskState.OPEN
        )
    )
    for task in tasks:
        found.append(f"открытая задача «{task.title}»")
    return found


def delete_person(session: Session, person_id: int) -> None:
    """Delete a person nothing rests on (a record entered by mistake)."""
    person = _get(session, person_id)
    references = person_references(session, person_id)
    if references:
        raise PersonInUseError(person.full_name, references)
    if person.membership is not None:
        session.delete(person.membership)
    session.delete(person)
    session.flush()
