"""`make bench`: the import of 10,000 student rows against a bare openpyxl read of the file.

Generates a workbook (title rows, parents, 40 associations × 5 groups) in a temporary
folder, times (a) reading every value with openpyxl (read-only) and (b) importing it into a
fresh database with ``create_groups``, and prints both and their ratio.
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

from openpyxl import Workbook, load_workbook

from sferum_desk.config import sqlite_url
from sferum_desk.data.engine import open_database
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


def bare_read(path: Path) -> float:
    start = time.perf_counter()
    workbook = load_workbook(path, read_only=True)
    for sheet in workbook.worksheets:
        for _row in sheet.iter_rows(values_only=True):
            pass
    workbook.close()
    return time.perf_counter() - start


def timed_import(path: Path, folder: Path) -> tuple[float, dict[str, int]]:
    database = open_database(sqlite_url(folder / "bench.sqlite3"))
    with database.transaction() as session:
        organisation.save_card(
            session, organisation.OrganisationCard(full_name="Центр", short_name="Центр")
        )
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Import benchmark")
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--json", metavar="FILE", help="also write the figures as JSON")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        path = folder / "students.xlsx"
        make_workbook(path, args.rows)
        # Best of several runs on both sides: a loaded machine slows single runs by seconds.
        read_s = min(bare_read(path) for _ in range(3))
        runs = []
        for attempt in range(2):  # each into a fresh database of its own
            attempt_folder = folder / f"run{attempt}"
            attempt_folder.mkdir()
            runs.append(timed_import(path, attempt_folder))
        import_s, counts = min(runs, key=lambda run: run[0])
    figures = {
        "rows": args.rows,
        "bare_read_s": round(read_s, 3),
        "import_s": round(import_s, 3),
        "ratio": round(import_s / read_s, 1),
        **counts,
    }
    print(f"Строк в файле:              {args.rows}")
    print(f"Чтение openpyxl (read-only, лучшее из 3): {read_s:.2f} с")
    print(f"Импорт (create_groups, лучший из 2): {import_s:.2f} с")
    print(f"Отношение импорт/чтение:     {import_s / read_s:.1f}")
    print(
        f"Создано обучающихся: {counts['created']}, зачислений: {counts['enrolled']}, "
        f"родителей: {counts['parents']}, групп: {counts['groups']}"
    )
    if args.json:
        Path(args.json).write_text(json.dumps(figures, ensure_ascii=False, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
