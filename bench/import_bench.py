"""`make bench`: the import of 10,000 student rows against reading and inserting them bare.

Generates a workbook (title rows, parents, 40 associations × 5 groups) in a temporary
folder, times (a) the baseline: reading every value with openpyxl (read-only) plus one Core
``insert()`` of a ``person`` row per student row into a fresh database, and (b) importing the
file into a fresh database with ``create_groups`` (students, parents, groups, enrolments with
their movement events and Sferum tasks, the audit log), and prints both and their ratio
(target ≤ 1.5).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
import tempfile
import time
import zlib
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook
from sqlalchemy import insert

from sferum_desk.config import sqlite_url
from sferum_desk.data.engine import Database, open_database
from sferum_desk.data.models import Person, PersonKind
from sferum_desk.data.search import normalize
from sferum_desk.services import organisation
from sferum_desk.services.importer import ImportOptions, load_source, run_import

LAST = [
    "Иванов",
    "Петров",
    "Смирнов",
    "Кузнецов",
    "Попов",
    "Соколов",
    "Лебедев",
    "Козлов",
    "Новиков",
    "Морозов",
    "Волков",
    "Соловьёв",
    "Васильев",
    "Зайцев",
    "Павлов",
    "Семёнов",
]
FIRST_M = ["Александр", "Максим", "Иван", "Артём", "Дмитрий", "Никита", "Михаил", "Егор"]
FIRST_F = ["Анна", "Мария", "Софья", "Алиса", "Виктория", "Полина", "Дарья", "Ева"]
FATHER = ["Александрович", "Сергеевич", "Андреевич", "Дмитриевич", "Игоревич", "Олегович"]
DIRECTIONS = [
    "Техническая",
    "Естественнонаучная",
    "Физкультурно-спортивная",
    "Художественная",
    "Туристско-краеведческая",
    "Социально-гуманитарная",
]
HEADERS = [
    "№",
    "ФИО обучающегося",
    "Дата рождения",
    "Направленность",
    "Детское объединение",
    "№ группы",
    "Год обучения",
    "ФИО родителя",
    "Телефон родителя",
]


def _person(rng: random.Random) -> tuple[str, str, str]:
    female = rng.random() < 0.5
    last = rng.choice(LAST) + ("а" if female else "")
    first = rng.choice(FIRST_F if female else FIRST_M)
    middle = rng.choice(FATHER)
    if female:
        middle = middle[:-2] + "на"
    return last, first, middle


def make_workbook(path: Path, rows: int, seed: int = 1) -> None:
    rng = random.Random(seed)
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Обучающиеся")
    sheet.append(["МБУ ДО ДЮЦ «Контакт»"])
    sheet.append(["Список обучающихся на 2026/2027 учебный год"])
    sheet.append([])
    sheet.append(HEADERS)
    associations = [(f"Объединение {i + 1}", DIRECTIONS[i % 6]) for i in range(40)]
    students: list[tuple[str, str, str, str, str]] = []
    for n in range(1, rows + 1):
        if students and rng.random() < 0.15:  # a second group for a student
            last, first, middle, birth, parent = rng.choice(students)
        else:
            last, first, middle = _person(rng)
            birth = f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.{rng.randint(2009, 2020)}"
            p_last, p_first, p_middle = _person(rng)
            parent = f"{last} {p_first} {p_middle}"
            students.append((last, first, middle, birth, parent))
        name, direction = rng.choice(associations)
        group = rng.randint(1, 5)
        phone = f"+7 9{zlib.crc32(parent.encode()) % 10**9:09d}"  # stable across runs
        sheet.append(
            [
                n,
                f"{last} {first} {middle}",
                birth,
                direction,
                name,
                str(group),
                (group + 1) // 2,
                parent,
                phone,
            ]
        )
    workbook.save(path)


def bare_read(path: Path) -> list[tuple[object, ...]]:
    """Every row of the file, read with openpyxl read-only."""
    workbook = load_workbook(path, read_only=True)
    rows = [row for sheet in workbook.worksheets for row in sheet.iter_rows(values_only=True)]
    workbook.close()
    return rows


def _fresh_database(folder: Path) -> Database:
    database = open_database(sqlite_url(folder / "bench.sqlite3"))
    with database.transaction() as session:
        organisation.save_card(
            session, organisation.OrganisationCard(full_name="Центр", short_name="Центр")
        )
    return database


def bulk_insert(database: Database, rows: list[tuple[object, ...]]) -> int:
    """The baseline's writing: one ``person`` row per student row of the file, in one Core
    ``insert()`` (executemany); returns the number of rows written."""
    people = []
    for row in rows[4:]:  # two title rows, a blank one, the header
        last, first, middle = str(row[1]).split(" ", 2)
        day, month, year = (int(part) for part in str(row[2]).split("."))
        people.append(
            {
                "kind": PersonKind.STUDENT,
                "last_name": last,
                "first_name": first,
                "middle_name": middle,
                "search_text": normalize(f"{last} {first} {middle}"),
                "birth_date": dt.date(year, month, day),
            }
        )
    with database.transaction() as session:
        session.execute(insert(Person), people)
    return len(people)


def timed_baseline(path: Path, folder: Path) -> float:
    """openpyxl read-only iteration of the file plus a bulk insert of its rows."""
    database = _fresh_database(folder)
    try:
        start = time.perf_counter()
        bulk_insert(database, bare_read(path))
        return time.perf_counter() - start
    finally:
        database.dispose()


def timed_import(path: Path, folder: Path) -> tuple[float, dict[str, int]]:
    database = _fresh_database(folder)
    start = time.perf_counter()
    source = load_source(path, "students")
    with database.transaction() as session:
        result = run_import(
            session, source, ImportOptions(create_groups=True, today=dt.date(2026, 11, 16))
        )
    elapsed = time.perf_counter() - start
    database.dispose()
    if not result.written:
        raise SystemExit(f"import failed: {[p.text() for p in result.errors[:5]]}")
    return elapsed, {
        "created": result.created,
        "enrolled": result.enrolled,
        "parents": result.parents_created,
        "groups": result.groups_created,
        "errors": len(result.errors),
    }


def measure(rows: int = 10_000, baseline_runs: int = 3, import_runs: int = 2) -> dict[str, Any]:
    """Best of ``baseline_runs`` and of ``import_runs``, each into a fresh database of its own:
    a loaded machine slows single runs by seconds."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        path = folder / "students.xlsx"
        make_workbook(path, rows)
        read_s = min(timed_read(path) for _ in range(baseline_runs))
        baselines = []
        for attempt in range(baseline_runs):
            attempt_folder = folder / f"baseline{attempt}"
            attempt_folder.mkdir()
            baselines.append(timed_baseline(path, attempt_folder))
        runs = []
        for attempt in range(import_runs):
            attempt_folder = folder / f"run{attempt}"
            attempt_folder.mkdir()
            runs.append(timed_import(path, attempt_folder))
        import_s, counts = min(runs, key=lambda run: run[0])
    baseline_s = min(baselines)
    return {
        "rows": rows,
        "bare_read_s": read_s,
        "baseline_s": baseline_s,
        "import_s": import_s,
        "ratio": import_s / baseline_s,
        "import_times_s": [round(run[0], 3) for run in runs],
        "baseline_times_s": [round(t, 3) for t in baselines],
        **counts,
    }


def timed_read(path: Path) -> float:
    start = time.perf_counter()
    bare_read(path)
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Import benchmark")
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--json", metavar="FILE", help="also write the figures as JSON")
    args = parser.parse_args(argv)
    figures = measure(args.rows)
    print(f"Строк в файле:              {args.rows}")
    print(f"Чтение openpyxl (read-only, лучшее из 3): {figures['bare_read_s']:.2f} с")
    print(f"Чтение + вставка insert() (лучшее из 3): {figures['baseline_s']:.2f} с")
    print(f"Импорт (create_groups, лучший из 2): {figures['import_s']:.2f} с")
    print(f"Отношение импорт/(чтение + вставка): {figures['ratio']:.1f} (цель ≤ 1,5)")
    print(
        f"Создано обучающихся: {figures['created']}, зачислений: {figures['enrolled']}, "
        f"родителей: {figures['parents']}, групп: {figures['groups']}"
    )
    if args.json:
        Path(args.json).write_text(json.dumps(figures, ensure_ascii=False, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
