"""Consent to the processing of personal data (152-ФЗ) and erasure on withdrawal.

A student's consent is given by a parent (legal representative); an adult gives their own.
When consent is withdrawn the person's personal data can be erased: the record stays, so
enrolments, events, counts and reports stay correct, but the names become «Обезличено
№ N», and the birth date, phone, e-mail, note and consent document are cleared. The audit
log must not keep what was erased either, so the old values of those fields are scrubbed
from the person's entries (including the one the anonymisation itself writes), and so is
everything that repeats the name elsewhere: join requests' applicant names and the titles
of the person's Sferum tasks.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from ...data.models import (
    AuditEntry,
    ConsentState,
    JoinRequest,
    Membership,
    Person,
    SferumTask,
)
from ..organisation import ValidationError

__all__ = [
    "ANONYMOUS_LAST_NAME",
    "ERASED_FIELDS",
    "anonymise_person",
    "set_consent",
]

ANONYMOUS_LAST_NAME = "Обезличено"
# Fields of a person that are personal data and are erased; the Russian names are for the
# confirmation the GUI shows before erasing.
ERASED_FIELDS: dict[str, str] = {
    "last_name": "фамилия",
    "first_name": "имя",
    "middle_name": "отчество",
    "birth_date": "дата рождения",
    "phone": "телефон",
    "email": "электронная почта",
    "note": "примечание",
    "consent_document": "реквизиты документа о согласии",
}
_PROFILE_FIELDS = ("profile_url",)
_DOCUMENT_LIMIT = 300


def _get(session: Session, person_id: int) -> Person:
    person = session.get(Person, person_id)
    if person is None:
        raise ValidationError({"person": "Запись не найдена: возможно, её уже удалили."})
    return person


def set_consent(
    session: Session,
    person_id: int,
    state: ConsentState,
    on: dt.date | None,
    document: str = "",
    *,
    today: dt.date | None = None,
) -> Person:
    """Record consent given / withdrawn on ``on`` with a document reference (e.g. «заявление
    от 01.09.2026 № 15»); ``ConsentState.NONE`` clears it."""
    today = today or dt.date.today()
    person = _get(session, person_id)
    if person.anonymised_on is not None:
        raise ValidationError(
            {"person": f"Запись № {person.id} обезличена: согласие больше не меняется."}
        )
    state = ConsentState(state)
    document = " ".join((document or "").split())
    errors: dict[str, str] = {}
    if state == ConsentState.NONE:
        person.consent_state = state
        person.consent_on = None
        person.consent_document = None
        session.flush()
        return person
    what = "согласия" if state == ConsentState.GIVEN else "отзыва согласия"
    if on is None:
        errors["consent_on"] = f"Укажите дату {what}."
    elif on > today:
        errors["consent_on"] = f"Дата {what} не может быть в будущем."
    elif (
        state == ConsentState.WITHDRAWN
        and person.consent_state == ConsentState.GIVEN
        and person.consent_on is not None
        and on < person.consent_on
    ):
        errors["consent_on"] = (
            f"Согласие не может быть отозвано {on:%d.%m.%Y} — раньше, чем дано "
            f"({person.consent_on:%d.%m.%Y})."
        )
    if len(document) > _DOCUMENT_LIMIT:
        errors["consent_document"] = f"Реквизиты документа: не длиннее {_DOCUMENT_LIMIT} знаков."
    if errors:
        raise ValidationError(errors)
    person.consent_state = state
    person.consent_on = on
    person.consent_document = document or None
    session.flush()
    return person


def _scrub(changes_json: str, replacements: dict[str, Any]) -> str:
    changes = json.loads(changes_json)
    for field, value in replacements.items():
        if field in changes:
            changes[field] = [value, value]
    return json.dumps(changes, ensure_ascii=False)


def _scrub_entries(session: Session, entity: str, ids: list[int], values: dict[str, Any]) -> None:
    if not ids:
        return
    entries = session.execute(
        select(AuditEntry.id, AuditEntry.changes).where(
            AuditEntry.entity == entity, AuditEntry.entity_id.in_([str(i) for i in ids])
        )
    ).all()
    for entry_id, changes in entries:
        scrubbed = _scrub(changes, values)
        if scrubbed != changes:
            session.execute(
                update(AuditEntry).where(AuditEntry.id == entry_id).values(changes=scrubbed)
            )


def anonymise_person(session: Session, person_id: int, today: dt.date | None = None) -> Person:
    """Erase the person's personal data (see the module's description); irreversible."""
    today = today or dt.date.today()
    person = _get(session, person_id)
    if person.anonymised_on is not None:
        raise ValidationError(
            {"person": f"Запись № {person.id} уже обезличена {person.anonymised_on:%d.%m.%Y}."}
        )
    anonymous = f"№ {person.id}"
    # Other records' titles mention the person too («… (родитель: Смирнов Г.А.)»).
    old_names = sorted({person.full_name, person.short_name}, key=len, reverse=True)
    person.last_name = ANONYMOUS_LAST_NAME
    person.first_name = anonymous
    person.middle_name = None
    person.birth_date = None
    person.phone = None
    person.email = None
    person.note = None
    person.consent_document = None
    person.anonymised_on = today
    person_values: dict[str, Any] = {name: None for name in ERASED_FIELDS}
    person_values.update(last_name=ANONYMOUS_LAST_NAME, first_name=anonymous)

    applicant = f"{ANONYMOUS_LAST_NAME} {anonymous}"
    requests = list(session.scalars(select(JoinRequest).where(JoinRequest.person_id == person_id)))
    for request in requests:
        request.applicant_name = applicant
    tasks = list(session.scalars(select(SferumTask).where(SferumTask.person_id == person_id)))
    for task in tasks:
        task.title = f"{task.kind.label}: {applicant}"
    mentioning = session.scalars(
        select(SferumTask).where(
            SferumTask.person_id.is_distinct_from(person_id),
            or_(*(SferumTask.title.contains(name, autoescape=True) for name in old_names)),
        )
    )
    for task in mentioning:
        for name in old_names:
            task.title = task.title.replace(name, applicant)
        tasks.append(task)
    membership = session.scalar(select(Membership).where(Membership.person_id == person_id))
    if membership is not None:
        membership.profile_url = None
    session.flush()  # the audit entries of these changes exist now, and are scrubbed too

    _scrub_entries(session, "person", [person.id], person_values)
    _scrub_entries(session, "join_request", [r.id for r in requests], {"applicant_name": applicant})
    for task in tasks:
        _scrub_entries(session, "sferum_task", [task.id], {"title": task.title})
    if membership is not None:
        _scrub_entries(session, "membership", [membership.id], dict.fromkeys(_PROFILE_FIELDS))
    return person
