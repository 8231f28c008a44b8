"""`sferum-desk invites print`: the PDF of a group, a chat or every link, headless."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from sferum_desk.data import models as m
from sferum_desk.data.engine import Database

from .conftest import TODAY
from .test_cli import run
from .test_invitation_print import (
    CHAT_URL,
    PARENT_URL,
    ROBOTS1,
    STAFF_URL,
    STUDENT_URL,
    add_print_links,
    pdf_pages,
    pdf_text,
    qr_codes,
)


@pytest.fixture
def db_path(db: Database, tmp_path: Path, qapp) -> str:  # noqa: ANN001
    add_print_links(db)
    return str(tmp_path / "test.sqlite3")


def test_print_a_group_by_name_and_mark_it_handed(
    capsys, db: Database, db_path: str, tmp_path: Path
) -> None:
    out_pdf = tmp_path / "robots.pdf"
    code, out, err = run(
        capsys, "--db", db_path, "invites", "print", "--group", "робототехника, 1 ГОД, гр. 1",
        "--layout", "sheet", "--out", str(out_pdf), "--mark-handed", "--on", "16.11.2026",
    )  # fmt: skip
    assert code == 0, err
    assert f"Сохранено: {out_pdf} — ссылок: 2, страниц: 2." in out
    assert "Ссылки отмечены выданными (распечатка) на 16.11.2026." in out
    text = " ".join(pdf_text(out_pdf).split())
    assert ROBOTS1 in text and STUDENT_URL in text and PARENT_URL in text
    with db.session() as s:
        printed = s.scalars(
            select(m.InviteHandout).where(
                m.InviteHandout.method == m.HandoutMethod.PRINTED,
                m.InviteHandout.handed_on == TODAY,
            )
        ).all()
        assert sorted(h.invite_link.url for h in printed) == sorted([STUDENT_URL, PARENT_URL])
        assert {h.group.sferum_class_name for h in printed} == {ROBOTS1}


def test_print_all_as_slips_tells_what_was_left_out(
    capsys, db: Database, db_path: str, tmp_path: Path
) -> None:
    out_pdf = tmp_path / "all.pdf"
    code, out, err = run(
        capsys, "--db", db_path, "invites", "print", "--all", "--layout", "slips",
        "--out", str(out_pdf), "--on", "2026-11-16",
    )  # fmt: skip
    assert code == 0, err
    assert "Не печатается: ссылка «Голос, 1 год, гр. 1» — Родитель от 02.09.2026 —" in err
    assert "срок действия истёк 01.10.2026" in err
    # the association chat's 3 students + 2 students + 2 parents + 3 staff employed today:
    # ten cards, two pages of 8
    assert pdf_pages(out_pdf) == 2
    assert sorted(qr_codes(out_pdf, 1, tmp_path) + qr_codes(out_pdf, 2, tmp_path)) == sorted(
        [*[CHAT_URL] * 3, *[STUDENT_URL] * 2, *[PARENT_URL] * 2, *[STAFF_URL] * 3]
    )
    with db.session() as s:  # not asked to mark: nothing recorded
        assert s.scalars(select(m.InviteHandout).where(
            m.InviteHandout.method == m.HandoutMethod.PRINTED,
            m.InviteHandout.handed_on == TODAY,
        )).all() == []  # fmt: skip


def test_unknown_group_and_nothing_to_print_are_errors(
    capsys, db_path: str, tmp_path: Path
) -> None:
    code, _, err = run(
        capsys, "--db", db_path, "invites", "print", "--group", "Шахматы",
        "--out", str(tmp_path / "x.pdf"),
    )  # fmt: skip
    assert code != 0 and "Класс «Шахматы» не найден" in err
    code, _, err = run(
        capsys, "--db", db_path, "invites", "print", "--group", "Голос, 1 год, гр. 1",
        "--out", str(tmp_path / "x.pdf"), "--on", "16.11.2026",
    )  # fmt: skip
    assert code != 0 and "Печатать нечего" in err
    assert not (tmp_path / "x.pdf").exists()


def test_the_command_runs_headless_in_its_own_process(db_path: str, tmp_path: Path) -> None:
    out_pdf = tmp_path / "headless.pdf"
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    done = subprocess.run(
        [sys.executable, "-m", "sferum_desk", "--db", db_path, "invites", "print", "--chat",
         "1", "--layout", "sheet", "--out", str(out_pdf), "--on", "16.11.2026"],
        capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert CHAT_URL in pdf_text(out_pdf)
