"""Поддержка: request validation, resolving with an answer and «время решения», templates."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from sferum_desk.data import models as m
from sferum_desk.services import support
from sferum_desk.services.organisation import ValidationError

TODAY = dt.date(2026, 11, 16)


def _draft(**changes) -> support.SupportDraft:
    draft = support.SupportDraft(
        kind=m.SupportKind.PLATFORM_REQUEST,
        opened_on=dt.date(2026, 11, 10),
        subject="Не приходит код входа",
        channel=m.SupportChannel.EMAIL,
        ticket_number="  4455667 ",
    )
    for key, value in changes.items():
        setattr(draft, key, value)
    return draft


def test_request_fields_are_checked_each_under_its_name(db) -> None:
    with db.transaction() as s, pytest.raises(ValidationError) as caught:
        support.add_request(
            s,
            _draft(
                opened_on=None,
                subject=" ",
                status=m.SupportStatus.RESOLVED,
                resolved_on=None,
            ),
            today=TODAY,
        )
    assert set(caught.value.errors) == {"opened_on", "subject", "resolved_on"}
    with db.transaction() as s, pytest.raises(ValidationError) as caught:
        support.add_request(
            s,
            _draft(status=m.SupportStatus.RESOLVED, resolved_on=dt.date(2026, 11, 9)),
            today=TODAY,
        )
    assert caught.value.errors == {
        "resolved_on": "Дата решения 09.11.2026 раньше даты обращения 10.11.2026."
    }
    with db.session() as s:
        assert s.scalar(select(m.SupportRequest.id)) is None


def test_resolve_stores_the_answer_and_counts_days(db) -> None:
    with db.transaction() as s:
        item = support.add_request(s, _draft(), today=TODAY)
        request_id, version = item.id, item.version
    with db.transaction() as s, pytest.raises(ValidationError) as caught:
        support.resolve_request(
            s, request_id, version, answer="", resolved_on=dt.date(2026, 11, 13), today=TODAY
        )
    assert set(caught.value.errors) == {"answer"}
    with db.transaction() as s:
        days = support.resolve_request(
            s,
            request_id,
            version,
            answer="Поддержка сбросила привязку номера",
            resolved_on=dt.date(2026, 11, 13),
            today=TODAY,
        )
    assert days == 3
    with db.session() as s:
        row = support.list_requests(s)[0]
    assert (row.status, row.resolved_on, row.days, row.ticket_number) == (
        "Решено",
        dt.date(2026, 11, 13),
        3,
        "4455667",
    )
    assert row.answer == "Поддержка сбросила привязку номера"
    assert row.kind == "Обращение в поддержку Сферума"
    # the version the dialog loaded is now stale
    with db.transaction() as s, pytest.raises(ValidationError) as caught:
        support.update_request(s, request_id, _draft(subject="Другое"), version, today=TODAY)
    assert "version" in caught.value.errors


def test_reopening_clears_the_resolution_date(db) -> None:
    with db.transaction() as s:
        item = support.add_request(
            s,
            _draft(status=m.SupportStatus.RESOLVED, resolved_on=dt.date(2026, 11, 11)),
            today=TODAY,
        )
        request_id = item.id
    with db.session() as s:
        draft, version = support.load_request(s, request_id)
    draft.status = m.SupportStatus.WAITING
    with db.transaction() as s:
        support.update_request(s, request_id, draft, version, today=TODAY)
    with db.session() as s:
        row = support.list_requests(s)[0]
    assert (row.status, row.resolved_on, row.days) == ("Ждёт ответа", None, None)


def test_templates_crud_unique_titles_and_text(db) -> None:
    with db.transaction() as s:
        first = support.add_template(s, " Как войти  в Сферум ", "Откройте VK Мессенджер.")
        template_id, version = first.id, first.version
        with pytest.raises(ValidationError) as caught:
            support.add_template(s, "как войти в сферум", "другой текст")
        assert "уже есть" in caught.value.errors["title"]
        with pytest.raises(ValidationError) as caught:
            support.add_template(s, "", "")
        assert set(caught.value.errors) == {"title", "body"}
    with db.session() as s:
        assert support.template_text(s, template_id) == "Откройте VK Мессенджер."
        assert support.template_text(s, template_id, heading=True) == (
            "МБУ ДО ДЮЦ «Контакт»\nКак войти в Сферум\n\nОткройте VK Мессенджер."
        )
    with db.transaction() as s:
        support.update_template(s, template_id, "Вход в Сферум", "Новый текст", version)
    with db.transaction() as s, pytest.raises(ValidationError):
        support.update_template(s, template_id, "Старое", "Старый текст", version)
    with db.session() as s:
        assert [(t.title, t.body) for t in support.list_templates(s)] == [
            ("Вход в Сферум", "Новый текст")
        ]
    with db.transaction() as s:
        support.delete_template(s, template_id)
        assert support.populate_support_demo(s) == len(support.DEMO_TEMPLATES)
        assert support.populate_support_demo(s) == 0
    with db.session() as s:
        assert len(support.list_templates(s)) == len(support.DEMO_TEMPLATES)
