"""Regenerate the bad-input corpus beside this script (see README.md for what each file is).

    .venv/bin/python tests/data/bad/make_corpus.py

Deterministic: the random bytes come from a seeded generator, workbooks are rewritten with
fixed timestamps. The SQLite files carry the version of the SQLite library that wrote them
in their header, so they are byte-identical on one machine, not necessarily on every one.
The 200,000-row sheet is not here: ``tests/test_bad_input.py`` generates it.
"""

from __future__ import annotations

import io
import random
import re
import sqlite3
import struct
import zipfile
from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook

HERE = Path(__file__).resolve().parent
SEED = 8  # issue 8
FIXED_TIME = (2026, 1, 1, 0, 0, 0)
FIXED_STAMP = "2026-01-01T00:00:00Z"

STUDENTS = [
    "ФИО",
    "Дата рождения",
    "Объединение",
    "Группа",
    "Год обучения",
    "ФИО родителя",
    "Телефон родителя",
]
GOOD = ["Иванова Анна Петровна", "05.03.2015", "Робототехника", "1", 1, "Иванова Мария", ""]
STAFF = ["Фамилия", "Имя", "Отчество", "Должность", "Телефон", "E-mail"]


# -- writers ---------------------------------------------------------------------------------


def _deterministic_zip(data: bytes, replace: dict[bytes, bytes] | None = None) -> bytes:
    """The same archive with fixed member times and document properties; ``replace`` swaps
    bytes inside the sheets (openpyxl cuts a cell to Excel's 32,767 characters)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            content = source.read(info.filename)
            for old, new in (replace or {}).items():
                content = content.replace(old, new)
            if info.filename == "docProps/core.xml":
                content = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", FIXED_STAMP.encode(), content)
            member = zipfile.ZipInfo(info.filename, date_time=FIXED_TIME)
            member.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(member, content)
    return out.getvalue()


def _workbook_bytes(workbook: Workbook, replace: dict[bytes, bytes] | None = None) -> bytes:
    buffer = io.BytesIO()
    workbook.save(buffer)
    return _deterministic_zip(buffer.getvalue(), replace)


def _sheet(rows: Sequence[Sequence[object]], title: str = "Лист1") -> Workbook:
    """Text stays text (never a formula) unless the cell is written by hand afterwards."""
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = title
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row, start=1):
            if value is None:
                continue
            cell = sheet.cell(row=r, column=c)
            cell.value = value
            if isinstance(value, str):
                cell.data_type = "s"
    return workbook


def _xlsx(name: str, rows: Sequence[Sequence[object]]) -> None:
    (HERE / name).write_bytes(_workbook_bytes(_sheet(rows)))


def _csv(name: str, rows: Sequence[Sequence[object]], sep: str, encoding: str) -> None:
    text = "\r\n".join(sep.join("" if v is None else str(v) for v in row) for row in rows)
    (HERE / name).write_bytes(text.encode(encoding))


def _cfb(streams: dict[str, bytes]) -> bytes:
    """A minimal Compound File (OLE2, what Excel writes for .xls and for a workbook
    protected by a password): one FAT sector, one directory sector, each stream padded to
    whole 512-byte sectors (at least 4096 bytes, so no mini stream is needed)."""
    sector = 512
    names = list(streams)
    assert len(names) <= 3
    chains: list[tuple[int, int]] = []  # (first sector, sector count) of each stream
    next_free = 2  # sector 0: the FAT, sector 1: the directory
    body = b""
    for name in names:
        data = streams[name].ljust(4096, b"\0")
        data = data.ljust(-(-len(data) // sector) * sector, b"\0")
        count = len(data) // sector
        chains.append((next_free, count))
        next_free += count
        body += data
    fat = [0xFFFFFFFD, 0xFFFFFFFE]  # the FAT's own sector, the directory's end of chain
    for first, count in chains:
        fat += [first + i + 1 for i in range(count - 1)] + [0xFFFFFFFE]
    assert len(fat) <= sector // 4
    fat += [0xFFFFFFFF] * (sector // 4 - len(fat))

    def entry(name: str, kind: int, left: int, right: int, child: int, start: int, size: int):
        encoded = (name + "\0").encode("utf-16-le")
        return (
            encoded.ljust(64, b"\0")
            + struct.pack("<HBB", len(encoded), kind, 1)  # black node
            + struct.pack("<III", left, right, child)
            + b"\0" * 16  # CLSID
            + b"\0" * 4  # state bits
            + b"\0" * 16  # creation and modification times
            + struct.pack("<IQ", start, size)
        )

    none = 0xFFFFFFFF
    # The root's child is the first stream; the others hang off it as right siblings.
    directory = entry("Root Entry", 5, none, none, 1, 0xFFFFFFFE, 0)
    for index, name in enumerate(names):
        right = index + 2 if index + 1 < len(names) else none
        first, _count = chains[index]
        directory += entry(name, 2, none, right, none, first, len(streams[name]))
    directory = directory.ljust(sector, b"\0")
    header = (
        bytes.fromhex("D0CF11E0A1B11AE1")
        + b"\0" * 16
        + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6)  # minor, major 3, byte order, 2^9, 2^6
        + b"\0" * 6
        + struct.pack("<II", 0, 1)  # directory sectors (0 for version 3), FAT sectors
        + struct.pack("<II", 1, 0)  # first directory sector, transaction signature
        + struct.pack("<I", 4096)  # mini stream cutoff
        + struct.pack("<II", 0xFFFFFFFE, 0)  # no mini FAT
        + struct.pack("<II", 0xFFFFFFFE, 0)  # no DIFAT sectors
        + struct.pack("<I", 0)  # the one FAT sector
        + struct.pack("<I", 0xFFFFFFFF) * 108
    )
    assert len(header) == sector
    return header + struct.pack(f"<{sector // 4}I", *fat) + directory + body


def _sqlite(name: str, script: str, damage: bool = False) -> None:
    path = HERE / name
    path.unlink(missing_ok=True)
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA page_size = 512")
        conn.executescript(script)
        conn.commit()
    finally:
        conn.close()
    if damage:  # keep the header and the first pages, lose the rest
        data = path.read_bytes()
        path.write_bytes(data[: len(data) // 2])


# -- the corpus --------------------------------------------------------------------------------


def main() -> None:
    rng = random.Random(SEED)

    # Not a workbook at all.
    (HERE / "random-bytes.xlsx").write_bytes(bytes(rng.randrange(256) for _ in range(2048)))
    (HERE / "random-bytes.csv").write_bytes(bytes(rng.randrange(256) for _ in range(2048)))
    (HERE / "empty.csv").write_bytes(b"")
    (HERE / "pdf-named.xlsx").write_bytes(
        b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
        b"2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
        b"trailer << /Root 1 0 R >>\n%%EOF\n"
    )
    plain = io.BytesIO()
    with zipfile.ZipFile(plain, "w") as archive:
        member = zipfile.ZipInfo("список.txt", date_time=FIXED_TIME)
        archive.writestr(member, "Иванова Анна Петровна\n".encode())
    (HERE / "plain-zip.xlsx").write_bytes(plain.getvalue())
    whole = _workbook_bytes(_sheet([STUDENTS, GOOD]))
    (HERE / "truncated.xlsx").write_bytes(whole[: len(whole) // 2])
    (HERE / "password-protected.xlsx").write_bytes(
        _cfb(
            {
                "EncryptionInfo": b"\x04\x00\x04\x00\x40\x00\x00\x00" + rng.randbytes(200),
                "EncryptedPackage": struct.pack("<Q", 4000) + rng.randbytes(4000),
            }
        )
    )
    (HERE / "old-excel.xls").write_bytes(_cfb({"Workbook": b"\x09\x08\x10\x00" + b"\0" * 60}))

    # Workbooks that open, with something wrong inside.
    _xlsx("empty-workbook.xlsx", [])
    _xlsx("header-only.xlsx", [STUDENTS])
    merged = _sheet(
        [
            ["ФИО обучающегося", "Дата рождения", "Объединение", "Группа", "Родитель", None],
            [None, None, None, None, "ФИО", "Телефон"],
            ["Иванова Анна Петровна", "05.03.2015", "Робототехника", "1", "Иванова Мария", ""],
            ["Петров Пётр", "07.04.2014", "Робототехника", "1", "Петров Олег", "12-34"],
        ]
    )
    sheet = merged.active
    assert sheet is not None
    for cells in ("A1:A2", "B1:B2", "C1:C2", "D1:D2", "E1:F1"):
        sheet.merge_cells(cells)
    (HERE / "merged-header.xlsx").write_bytes(_workbook_bytes(merged))

    # Formulas as a script writes them: no value saved beside them, so they read as empty.
    formulas = _sheet(
        [
            ["ФИО", "Дата рождения", "Объединение", "Группа"],
            ["Иванова Анна Петровна", None, "Робототехника", None],
            ["Петров Пётр", None, "Робототехника", None],
        ]
    )
    sheet = formulas.active
    assert sheet is not None
    for row in (2, 3):
        sheet.cell(row=row, column=2).value = f"=DATE(2015,3,{row})"
        sheet.cell(row=row, column=4).value = "=0+1"
    (HERE / "formulas.xlsx").write_bytes(_workbook_bytes(formulas))

    # 40543 is 31.12.2010 as Excel counts days; 123 is no date; «40543» typed as text.
    _xlsx(
        "dates-serial.xlsx",
        [
            STUDENTS,
            ["Иванова Анна", 40543, "Робототехника", "1", 1, "", ""],
            ["Петров Пётр", 40178.0, "Робототехника", "1", 1, "", ""],
            ["Сидоров Иван", 123, "Робототехника", "1", 1, "", ""],
            ["Кузнецова Ольга", "40543", "Робототехника", "1", 1, "", ""],
        ],
    )
    _xlsx(
        "dates-text.xlsx",
        [
            STUDENTS,
            ["Иванова Анна", "31.12.2014", "Робототехника", "1", 1, "", ""],
            ["Петров Пётр", "2014-12-30", "Робототехника", "1", 1, "", ""],
            ["Сидоров Иван", "29/12/2014", "Робототехника", "1", 1, "", ""],
            ["Кузнецова Ольга", "28 декабря 2014", "Робототехника", "1", 1, "", ""],
            ["Смирнов Олег", "12/27/2014", "Робототехника", "1", 1, "", ""],
        ],
    )
    _xlsx(
        "impossible-dates.xlsx",
        [
            STUDENTS,
            ["Иванова Анна", "31.02.2015", "Робототехника", "1", 1, "", ""],
            ["Петров Пётр", "01.01.2030", "Робототехника", "1", 1, "", ""],
            ["Сидоров Иван", "01.01.1850", "Робототехника", "1", 1, "", ""],
        ],
    )
    long_cell = _sheet([STUDENTS, ["Иванова Анна", "05.03.2015", "LONG-CELL", "1", 1, "", ""]])
    (HERE / "long-cell.xlsx").write_bytes(
        _workbook_bytes(long_cell, {b">LONG-CELL<": b">" + ("Я" * 100_000).encode() + b"<"})
    )
    _xlsx(
        "bad-phones-emails.xlsx",
        [
            STAFF,
            ["Смирнова", "Ольга", "Ивановна", "педагог", "12345", "olga@mail.ru"],
            ["Кузнецов", "Игорь", "", "методист", "+1 (202) 555-01-23", "igor.mail.ru"],
            ["Попова", "Елена", "", "педагог", "8 (900) 111-22-33", "elena@@mail.ru"],
        ],
    )
    _xlsx(
        "unknown-group.xlsx",
        [STUDENTS, GOOD, ["Петров Пётр", "07.04.2014", "Кройка и шитьё", "1", 1, "", ""]],
    )

    # CSV: three encodings, three delimiters, a BOM; each has one good and one bad row.
    bad_date = ["Петров Пётр", "31.02.2014", "Робототехника", "1", 1, "", ""]
    _csv("utf8-semicolon.csv", [STUDENTS, GOOD, bad_date], ";", "utf-8")
    _csv("cp1251-comma.csv", [STUDENTS, GOOD, bad_date], ",", "cp1251")
    _csv("utf16-tab.csv", [STUDENTS, GOOD, bad_date], "\t", "utf-16")  # Excel «Unicode text»
    _csv(
        "utf8-bom.csv",
        [
            [*STUDENTS, "E-mail родителя"],
            [*GOOD, ""],
            ["Петров Пётр", "07.04.2014", "Робототехника", "1", 1, "Петров Олег", "", "олег@"],
        ],
        ";",
        "utf-8-sig",
    )
    _csv(
        "control-chars.csv",
        [
            STUDENTS,
            GOOD,
            ["Пет\x07ров Пётр", "07.04.2014", "Робототехника", "1", 1, "", ""],
            ["Сидоров Иван", "07.04.2014", "Робото\x1b[31mтехника", "1", 1, "", ""],
        ],
        ";",
        "utf-8",
    )
    _csv(
        "no-name-column.csv",
        [["Дата рождения", "Объединение", "Группа"], ["05.03.2015", "Робототехника", "1"]],
        ";",
        "utf-8",
    )
    _csv(
        "unknown-columns.csv",
        [["Колонка 1", "Колонка 2"], ["а", "б"], ["в", "г"]],
        ",",
        "utf-8",
    )
    _csv(
        "staff-no-position.csv",
        [["ФИО", "Должность", "Телефон"], ["Смирнова Ольга Ивановна", "", "89001112233"]],
        ";",
        "utf-8",
    )

    # Backups that must not be restored.
    _sqlite(
        "future.sdbackup",
        "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY);"
        "INSERT INTO alembic_version VALUES ('0099');"
        "CREATE TABLE organisation (id INTEGER PRIMARY KEY, short_name VARCHAR(200));"
        "INSERT INTO organisation VALUES (1, 'МБУ ДО ДЮЦ «Контакт»');",
    )
    _sqlite(
        "foreign.sdbackup",
        "CREATE TABLE recipes (id INTEGER PRIMARY KEY, title TEXT);"
        "INSERT INTO recipes VALUES (1, 'Борщ');",
    )
    _sqlite(
        "odd-tables.sdbackup",
        "CREATE TABLE alembic_version (revision TEXT);"
        "CREATE TABLE organisation (title TEXT);"
        "INSERT INTO alembic_version VALUES ('0004');",
    )
    _sqlite(
        "damaged.sdbackup",
        "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY);"
        "CREATE TABLE organisation (id INTEGER PRIMARY KEY, short_name VARCHAR(200));"
        "CREATE TABLE person (id INTEGER PRIMARY KEY, last_name TEXT, note TEXT);"
        + "".join(
            f"INSERT INTO person VALUES ({i}, 'Иванов {i}', '{'x' * 100}');" for i in range(40)
        ),
        damage=True,
    )
    (HERE / "not-sqlite.sdbackup").write_text(
        "Это текстовый файл, переименованный в .sdbackup.\n", encoding="utf-8"
    )

    # Addresses pasted as invite links, channel and broadcast links: one a line.
    (HERE / "javascript-links.txt").write_text(
        "javascript:alert(document.cookie)\n"
        "JavaScript:void(0)\n"
        "javascript://sferum.ru/%0Aalert(1)\n"
        "data:text/html,<script>alert(1)</script>\n",
        encoding="utf-8",
    )
    (HERE / "wrong-host-links.txt").write_text(
        "https://sferum.ru.evil.example/join/abc\n"
        "https://evilsferum.ru/join/abc\n"
        "http://sferum.ru/join/abc\n"
        "https://admin@sferum.ru/join/abc\n"
        "https://sferum.ru:8443/join/abc\n",
        encoding="utf-8",
    )


if __name__ == "__main__":
    main()
