"""Consent (152-ФЗ) and erasing a person's personal data on withdrawal."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from sferum_desk.data import models as m
from sferum_desk.services import stats
from sferum_desk.services.listings import list_audit
from sferum_desk.services.organisation import ValidationError
from sferum_desk.services.people import cards, consent, family, join_requests
from sferum_desk.services.people.cards import PersonDraft
from tests.conftest import TODAY
from tests.ui_helpers import populate_small

D = dt.date


@pytest.fixture
def small(db):  # noqa: ANN001, ANN201
    populate_small(db)
    return db


def test_consent_given_then_withdrawn(small) -> None:  # noqa: ANN001
    with small.transaction() as s:
        pid = s.scalar(select(m.Person.id).where(m.Person.last_name == "Ежов"))
        consent.set_consent(
            s, pid, m.ConsentState.GIVEN, D(2026, 9, 1), " заявление  № 15 ", today=TODAY
        )
    with small.session() as s:
        person = s.get(m.Person, pid)
        assert (person.consent_state, person.consent_on, person.consent_document) == (
            m.ConsentState.GIVEN,
            D(2026, 9, 1),
            "заявление № 15",
        )
    with small.transaction() as s:
        with pytest.raises(ValidationError, match="раньше, чем дано"):
            consent.set_consent(s, pid, m.ConsentState.WITHDRAWN, D(2026, 8, 1), today=TODAY)
        with pytest.raises(ValidationError, match="в будущем"):
            consent.set_consent(s, pid, m.ConsentState.WITHDRAWN, D(2026, 12, 1), today=TODAY)
        with pytest.raises(ValidationError, match="Укажите дату отзыва"):
            consent.set_consent(s, pid, m.ConsentState.WITHDRAWN, None, today=TODAY)
        consent.set_consent(s, pid, m.ConsentState.WITHDRAWN, D(2026, 11, 1), today=TODAY)
    with small.session() as s:
        assert s.get(m.Person, pid).consent_state == m.ConsentState.WITHDRAWN


def test_anonymise_erases_data_keeps_counts_and_scrubs_the_log(small) -> None:  # noqa: ANN001
    with small.transaction() as s:
        pid = cards.create_person(
            s,
            PersonDraft(
                kind=m.PersonKind.STUDENT,
                last_name="Шереметьева",
                first_name="Злата",
                middle_name="Всеволодовна",
                birth_date=D(2014, 2, 2),
                phone="89007776655",
                email="zlata@example.ru",
                note="аллергия",
            ),
            today=TODAY,
        )
        group = s.scalar(select(m.Group).where(m.Group.sferum_class_name.startswith("Голос")))
        s.add(m.Enrolment(student_id=pid, group=group, enrolled_on=D(2026, 9, 1)))
        parent = s.scalar(select(m.Person.id).where(m.Person.last_name == "Смирнова"))
        family.link_parent(s, parent, pid, m.ParentRelation.MOTHER)
        consent.set_consent(s, pid, m.ConsentState.GIVEN, D(2026, 9, 1), "заявление Шереметьевой")
        request = join_requests.record_join_request(
            s,
            join_requests.JoinRequestDraft(
                applicant_name="Злата Шереметьева", received_on=D(2026, 9, 5), person_id=pid
            ),
            today=TODAY,
        )
        s.add(
            m.SferumTask(
                kind=m.TaskKind.SEND_INVITE,
                title="Передать ссылку Шереметьевой З. В.",
                person_id=pid,
            )
        )
        # The mother's task names the child: it must lose the name too.
        mothers_task = m.SferumTask(
            kind=m.TaskKind.REMOVE_FROM_CLASS,
            title="Исключить из класса: Смирнова Яна Олеговна — Голос (родитель: Шереметьева З.В.)",
            person_id=parent,
        )
        s.add(mothers_task)
    with small.transaction() as s:
        # A later edit: its old values must go from the log too.
        draft, version = cards.load_person(s, pid)
        draft.phone = "+79007776600"
        cards.update_person(s, pid, draft, version, today=TODAY)
        consent.set_consent(s, pid, m.ConsentState.WITHDRAWN, D(2026, 11, 10), today=TODAY)
    with small.session() as s:
        before = stats.collect(s, TODAY)
        assert any("Шереметьев" in row.changes for row in list_audit(s))

    with small.transaction() as s:
        consent.anonymise_person(s, pid, TODAY)

    with small.session() as s:
        person = s.get(m.Person, pid)
        assert person.full_name == f"Обезличено № {pid}"
        assert (person.birth_date, person.phone, person.email, person.note) == (None,) * 4
        assert person.consent_document is None and person.anonymised_on == TODAY
        assert person.consent_state == m.ConsentState.WITHDRAWN
        assert s.get(m.JoinRequest, request.id).applicant_name == f"Обезличено № {pid}"
        assert s.get(m.SferumTask, mothers_task.id).title == (
            f"Исключить из класса: Смирнова Яна Олеговна — Голос (родитель: Обезличено № {pid})"
        )
        assert stats.collect(s, TODAY) == before
        assert len(person.enrolments) == 1
        for needle in (
            "Шереметьев",
            "Злата",
            "Всеволодовна",
            "2014-02-02",
            "7776655",
            "7776600",
            "zlata",
            "аллергия",
        ):
            raw = s.scalars(
                select(m.AuditEntry.id).where(m.AuditEntry.changes.contains(needle))
            ).all()
            assert raw == [], needle
            shown = [row for row in list_audit(s) if needle in row.changes]
            assert shown == [], needle
        with pytest.raises(ValidationError, match="уже обезличена"):
            consent.anonymise_person(s, pid, TODAY)
