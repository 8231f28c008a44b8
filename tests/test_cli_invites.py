"""`sferum-desk invites audit` as a user runs it: Russian lines grouped by problem, JSON with
stable keys, exit code 0 whatever it finds."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import select

from sferum_desk.data import models as m
from sferum_desk.data.engine import Database

from .conftest import TODAY
from .test_cli import run
from .ui_helpers import populate_small

JSON_KEYS = {
    "kind",
    "link_id",
    "url",
    "target",
    "target_is_chat",
    "role",
    "created_on",
    "expires_on",
    "reason",
    "people",
}


@pytest.fixture
def small_path(db: Database) -> str:
    """populate_small plus a link handed to the dismissed teacher and an expired one."""
    populate_small(db)
    with db.transaction() as s:
        kuznetsov = s.scalars(select(m.Person).where(m.Person.last_name == "Кузнецов")).one()
        chat = s.scalars(select(m.Chat).where(m.Chat.title == "Директор и педагоги")).one()
        teachers = m.InviteLink(
            url="https://vk.me/join/teachers",
            chat=chat,
            role=m.InviteRole.TEACHER,
            created_on=TODAY - dt.timedelta(days=2),
        )
        s.add(teachers)
        s.add(
            m.InviteHandout(
                invite_link=teachers,
                person=kuznetsov,
                method=m.HandoutMethod.EMAIL,
                handed_on=TODAY - dt.timedelta(days=2),
            )
        )
        link = s.scalars(
            select(m.InviteLink).where(
                m.InviteLink.url == "https://sferum.ru/?invite=robots1-student"
            )
        ).one()
        link.expires_on = TODAY - dt.timedelta(days=1)
    return db.url


def test_audit_prints_findings_grouped_by_problem(capsys, small_path: str) -> None:
    code, out, err = run(capsys, "--db", small_path, "invites", "audit", "--on", "16.11.2026")
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert lines[0] == "Аудит ссылок-приглашений на 16.11.2026"
    headings = [line for line in lines if line and not line.startswith(" ")][1:]
    assert headings == [
        "Активны, но не востребованы дольше 14 дней (2):",
        "Выданы выбывшим (уволенным сотрудникам, отчисленным обучающимся) (1):",
        "Срок действия истёк, но числятся активными (1):",
        "Итого: 4 замечания по 3 ссылкам. Аннулируйте их в Сферуме и отметьте это в реестре "
        "«Ссылки-приглашения».",
    ]
    left = lines[lines.index(headings[1]) + 1]
    assert left.startswith("  № ") and "Директор и педагоги — Преподаватель" in left
    assert "https://vk.me/join/teachers" in left
    assert "Кузнецов П.А. (сотрудник, дата увольнения 15.10.2026)" in left
    expired = lines[lines.index(headings[2]) + 1]
    assert "https://sferum.ru/?invite=robots1-student" in expired
    assert "срок действия истёк 15.11.2026" in expired


def test_audit_json_has_stable_keys(capsys, small_path: str) -> None:
    code, out, _ = run(
        capsys, "--db", small_path, "invites", "audit", "--json", "--on", "2026-11-16"
    )
    assert code == 0
    findings = json.loads(out)
    assert all(set(item) == JSON_KEYS for item in findings)
    assert [(f["kind"], f["url"]) for f in findings] == [
        ("unclaimed", "https://sferum.ru/?invite=robots1-student"),
        ("unclaimed", "https://vk.me/join/robots-chat"),
        ("holder_left", "https://vk.me/join/teachers"),
        ("expired", "https://sferum.ru/?invite=robots1-student"),
    ]
    left = findings[2]
    assert left["people"] == ["Кузнецов Пётр Андреевич"]
    assert left["target_is_chat"] is True and left["created_on"] == "2026-11-14"


def test_older_than_and_no_findings(capsys, small_path: str) -> None:
    # Both September links are 72–75 days old: with 80 days only the other problems remain.
    code, out, _ = run(
        capsys, "--db", small_path, "invites", "audit", "--older-than", "80", "--json",
        "--on", "2026-11-16",
    )  # fmt: skip
    assert code == 0
    assert {f["kind"] for f in json.loads(out)} == {"holder_left", "expired"}
    # Before the dismissal and the expiry, and with a long threshold: nothing to report.
    code, out, _ = run(
        capsys, "--db", small_path, "invites", "audit", "--older-than", "365",
        "--on", "2026-10-01",
    )  # fmt: skip
    assert code == 0
    assert out.splitlines() == [
        "Аудит ссылок-приглашений на 01.10.2026",
        "Замечаний нет: все действующие ссылки в порядке.",
    ]


def test_audit_help_and_errors_are_russian(capsys, tmp_path: Path) -> None:
    code, out, _ = run(capsys, "invites", "audit", "--help")
    assert code == 0
    assert "использование: sferum-desk invites audit" in out
    assert "--older-than ДНЕЙ" in out and "показать эту справку и выйти" in out
    code, _, err = run(capsys, "invites", "audit", "--older-than", "0")
    assert code == 2 and "нужно положительное число, а не 0" in err
    code, _, err = run(capsys, "invites")
    assert code == 2 and "не указаны обязательные аргументы" in err
    code, out, err = run(capsys, "--db", str(tmp_path / "none.sqlite3"), "invites", "audit")
    assert code == 1 and out == ""
    assert err.startswith("sferum-desk: ошибка:") and "Traceback" not in err
