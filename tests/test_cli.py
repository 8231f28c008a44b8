"""The command line as a user runs it: exit codes, Russian messages, figures that match."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from sferum_desk import __version__
from sferum_desk.cli import main

from .conftest import TODAY

STATS_KEYS = {
    "staff",
    "students",
    "parents",
    "directions",
    "associations",
    "groups",
    "enrolments",
    "invite_links",
    "chats",
    "posts",
    "broadcasts",
    "open_tasks",
}


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exc:  # argparse exits for --help, --version and usage errors
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_version(capsys) -> None:
    code, out, _ = run(capsys, "--version")
    assert code == 0
    assert out.strip() == f"sferum-desk {__version__}"


@pytest.mark.parametrize("command", [[], ["demo"], ["stats"]])
def test_help_is_russian_on_every_command(capsys, command: list[str]) -> None:
    code, out, _ = run(capsys, *command, "--help")
    assert code == 0
    assert "использование:" in out
    assert "показать эту справку и выйти" in out


def test_usage_error_exits_2_in_russian(capsys) -> None:
    code, _, err = run(capsys, "stats", "--bogus")
    assert code == 2
    assert "ошибка: неизвестные аргументы: --bogus" in err
    assert "Traceback" not in err


def test_bad_option_value_is_a_usage_error(capsys, tmp_path: Path) -> None:
    code, _, err = run(capsys, "--db", str(tmp_path / "x.sqlite3"), "demo", "--students", "-5")
    assert code == 2
    assert "нужно положительное число" in err


def test_missing_database_is_one_line_exit_1(capsys, tmp_path: Path) -> None:
    path = tmp_path / "absent.sqlite3"
    code, out, err = run(capsys, "--db", str(path), "stats")
    assert code == 1
    assert out == ""
    assert err.strip().splitlines() == [f"sferum-desk: ошибка: Файл базы данных не найден: {path}"]
    assert not path.exists()


def test_foreign_file_is_refused(capsys, tmp_path: Path) -> None:
    path = tmp_path / "foreign.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE t (x)")
    code, _, err = run(capsys, "--db", str(path), "stats", "--json")
    assert code == 1
    assert len(err.strip().splitlines()) == 1
    assert "не база Sferum Desk" in err


def _count(path: Path, sql: str, *params: object) -> int:
    with sqlite3.connect(path) as conn:
        return conn.execute(sql, params).fetchone()[0]


def test_demo_then_stats_json_matches_the_database(capsys, tmp_path: Path) -> None:
    path = tmp_path / "demo.sqlite3"
    code, out, err = run(
        capsys,
        "--db",
        str(path),
        "demo",
        "--seed",
        "3",
        "--students",
        "120",
        "--today",
        TODAY.isoformat(),
    )
    assert code == 0, err
    assert "Демонстрационный Центр создан" in out

    code, out, err = run(capsys, "--db", str(path), "stats", "--json", "--on", TODAY.isoformat())
    assert code == 0, err
    figures = json.loads(out)
    assert set(figures) == STATS_KEYS
    day = TODAY.isoformat()
    active_staff = _count(
        path,
        "SELECT count(DISTINCT p.id) FROM person p JOIN employment e ON e.person_id = p.id"
        " WHERE p.kind = 'staff' AND e.hired_on <= ? AND (e.dismissed_on IS NULL"
        " OR e.dismissed_on > ?)",
        day,
        day,
    )
    active_students = _count(
        path,
        "SELECT count(DISTINCT e.student_id) FROM enrolment e WHERE e.enrolled_on <= ?"
        " AND (e.left_on IS NULL OR e.left_on > ?)",
        day,
        day,
    )
    all_students = _count(path, "SELECT count(*) FROM person WHERE kind = 'student'")
    assert figures["staff"] == active_staff >= 35
    assert figures["students"] == active_students >= 120
    assert all_students > active_students, "expelled students must not be counted"
    assert figures["directions"] == 6
    assert figures["groups"] == _count(
        path, "SELECT count(*) FROM study_group WHERE kind = 'association' AND archived_on IS NULL"
    )
    assert figures["groups"] >= 25
    assert figures["associations"] >= 12
    assert set(figures["invite_links"]) == {"active", "used", "expired", "annulled"}
    assert all(n > 0 for n in figures["invite_links"].values())
    assert sum(figures["invite_links"].values()) == _count(path, "SELECT count(*) FROM invite_link")
    assert set(figures["posts"]) == {"draft", "ready", "published", "cancelled"}
    assert figures["posts"]["published"] > 0
    assert figures["open_tasks"] == _count(
        path, "SELECT count(*) FROM sferum_task WHERE state = 'open'"
    )
    assert figures["chats"] > 0 and figures["broadcasts"] > 0


def test_demo_refuses_a_non_empty_database(capsys, tmp_path: Path) -> None:
    path = tmp_path / "demo.sqlite3"
    assert run(capsys, "--db", str(path), "demo", "--students", "60")[0] == 0
    people = _count(path, "SELECT count(*) FROM person")
    code, _, err = run(capsys, "--db", str(path), "demo", "--students", "60")
    assert code == 1
    assert len(err.strip().splitlines()) == 1
    assert "не пуст" in err
    assert _count(path, "SELECT count(*) FROM person") == people


def test_demo_without_db_uses_its_own_file(capsys, app_home: Path) -> None:
    code, out, _ = run(capsys, "demo", "--students", "60")
    assert code == 0
    assert (app_home / "demo.sqlite3").is_file()
    assert not (app_home / "sferum-desk.sqlite3").exists()
    assert str(app_home / "demo.sqlite3") in out


def test_stats_table_is_russian(capsys, tmp_path: Path) -> None:
    path = tmp_path / "demo.sqlite3"
    run(capsys, "--db", str(path), "demo", "--students", "60")
    code, out, _ = run(capsys, "--db", str(path), "stats")
    assert code == 0
    assert "Сотрудники" in out and "Обучающиеся" in out and "аннулирована" in out


def test_python_dash_m_is_the_same_entry_point(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "sferum_desk", "--db", str(tmp_path / "no.sqlite3"), "stats"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1
    assert result.stderr.startswith("sferum-desk: ошибка: Файл базы данных не найден")
    assert "Traceback" not in result.stderr


def test_stats_on_a_date_before_anything_existed(capsys, tmp_path: Path) -> None:
    path = tmp_path / "demo.sqlite3"
    run(capsys, "--db", str(path), "demo", "--students", "60", "--today", TODAY.isoformat())
    code, out, _ = run(
        capsys,
        "--db",
        str(path),
        "stats",
        "--json",
        "--on",
        (TODAY - dt.timedelta(days=3650)).strftime("%d.%m.%Y"),
    )
    assert code == 0
    figures = json.loads(out)
    assert figures["staff"] == figures["students"] == figures["enrolments"] == 0
