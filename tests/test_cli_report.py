"""`sferum-desk report KIND` for the director's reports: files, numbers, Russian errors."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest

from sferum_desk.data.engine import Database

from .test_cli import run


def test_summary_agrees_with_stats_json(
    capsys: pytest.CaptureFixture[str], demo_db: Database, tmp_path: Path
) -> None:
    out = tmp_path / "сводный.xlsx"
    code, stdout, err = run(
        capsys, "--db", demo_db.location, "report", "summary", "--out", str(out), "--on",
        "16.11.2026",
    )  # fmt: skip
    assert code == 0, err
    assert stdout.strip() == f"Сохранено: {out} (1 лист)"
    code, stdout, _ = run(capsys, "--db", demo_db.location, "stats", "--json", "--on", "2026-11-16")
    figures = json.loads(stdout)
    sheet = openpyxl.load_workbook(out)["Сводный отчёт"]
    assert sheet["A3"].value.startswith("По состоянию на 16.11.2026; период: 01.11.2026")
    totals = {row[0]: row[1] for row in sheet.iter_rows(min_row=8, max_row=11, values_only=True)}
    assert totals["Сотрудники"] == figures["staff"]
    assert totals["Обучающиеся"] == figures["students"]
    assert totals["Родители"] == figures["parents"]


def test_all_kinds_in_one_workbook(
    capsys: pytest.CaptureFixture[str], demo_db: Database, tmp_path: Path
) -> None:
    out = tmp_path / "все.xlsx"
    code, stdout, err = run(
        capsys, "--db", demo_db.location, "report", "all", "--out", str(out),
        "--from", "2026-09-01", "--to", "2026-11-16", "--on", "2026-11-16",
    )  # fmt: skip
    assert code == 0, err
    assert "(6 листов)" in stdout
    book = openpyxl.load_workbook(out)
    assert book.sheetnames[:2] == ["Сводный отчёт", "Движение"]
    assert book["Движение"]["A1"].value.endswith("01.09.2026 — 16.11.2026")


@pytest.mark.parametrize("kind", ["movement", "invites", "chats"])
def test_register_kinds(
    capsys: pytest.CaptureFixture[str], demo_db: Database, tmp_path: Path, kind: str
) -> None:
    out = tmp_path / f"{kind}.xlsx"
    code, stdout, err = run(capsys, "--db", demo_db.location, "report", kind, "--out", str(out))
    assert code == 0, err
    assert stdout.strip() == f"Сохранено: {out} (1 лист)"
    assert len(openpyxl.load_workbook(out).sheetnames) == 1


@pytest.mark.parametrize(
    ("argv", "code", "message"),
    [
        (
            ["report", "movement", "--out", "{dir}/o.xlsx", "--from", "2026-11-10", "--to",
             "2026-11-01"],
            1,
            "конец периода 01.11.2026 раньше начала 10.11.2026",
        ),
        (["report", "summary", "--out", "{dir}/o.xlsx", "--on", "32.13.2026"], 2, "--on"),
        (["report", "all", "--out", "{dir}/нет/o.xlsx"], 1, "папки "),
    ],
)  # fmt: skip
def test_errors_are_russian(
    capsys: pytest.CaptureFixture[str],
    demo_db: Database,
    tmp_path: Path,
    argv: list[str],
    code: int,
    message: str,
) -> None:
    folder = str(tmp_path)
    got, stdout, err = run(
        capsys, "--db", demo_db.location, *(a.replace("{dir}", folder) for a in argv)
    )
    assert got == code
    assert message in err and "Traceback" not in err
    assert stdout == ""
    assert not (Path(folder) / "o.xlsx").exists()


@pytest.mark.parametrize("kind", ["nomenclature", "schedule", "chats"])
def test_no_personal_data_leaves_the_names_out(
    capsys: pytest.CaptureFixture[str], demo_db: Database, tmp_path: Path, kind: str
) -> None:
    from sqlalchemy import select

    from sferum_desk.data.models import Person

    with demo_db.session() as s:
        people = s.scalars(select(Person)).all()
        staff = {p.full_name for p in people} | {p.short_name for p in people}
    texts = {}
    for flag in ([], ["--no-personal-data"]):
        out = tmp_path / f"{kind}{len(flag)}.xlsx"
        args = ["--db", demo_db.location, "report", kind, "--out", str(out), *flag]
        code, _stdout, err = run(capsys, *args)
        assert code == 0, err
        book = openpyxl.load_workbook(out)
        texts[bool(flag)] = {
            str(v) for row in book.active.iter_rows(values_only=True) for v in row if v
        }
        assert book.properties.category == (
            "Без персональных данных" if flag else "Персональные данные"
        )
    assert staff & texts[False]  # the teachers, owners, authors are there by default
    assert not staff & texts[True]
    assert any(t.startswith("Без персональных данных") for t in texts[True])
