"""The bad-input corpus of ``tests/data/bad/`` (issue 8) fed to the commands a user runs.

Every file gets one clear Russian message that names it (and, for a problem in a row, the
row and the column), exits 1, never shows a traceback, and leaves the database unchanged.

«Unchanged» is checked twice, after the command has closed the database:

* the SHA-256 of the database's SQL dump — ``sqlite3.Connection.iterdump()``, i.e. the
  schema and every row of every table, the change log (``change_batch``, ``audit_entry``)
  and the schema version included, no column left out, lines sorted — is the same as
  before; ``check`` finds nothing wrong before or after;
* the database file itself is byte-for-byte the same, and the app's backup folder for it
  is still empty: a refused file writes nothing, not even the backup taken before an import.

The table :data:`CASES` mirrors ``tests/data/bad/README.md``; a test keeps the two in step.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import shutil
import sqlite3
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import select

from sferum_desk.config import sqlite_url
from sferum_desk.data import backup
from sferum_desk.data import models as m
from sferum_desk.data.engine import open_database
from sferum_desk.errors import ValidationError
from sferum_desk.services import broadcasts, invites
from sferum_desk.services.importer import reading
from sferum_desk.services.schedule import add_channel

from .conftest import TODAY
from .test_cli import run

CORPUS = Path(__file__).parent / "data" / "bad"
README = CORPUS / "README.md"
NOT_IN_CORPUS = {"README.md", "make_corpus.py"}
ON = f"{TODAY:%d.%m.%Y}"

# Latin words a Russian message may contain: names of formats, programs and options.
LATIN_WORDS = {
    "Excel",
    "xlsx",
    "xls",
    "csv",
    "CSV",
    "PDF",
    "ZIP",
    "Word",
    "docx",
    "ods",
    "odt",
    "OpenDocument",
    "LibreOffice",
    "Calc",
    "SQLite",
    "Sferum",
    "Desk",
    "sferum",
    "desk",
    "skip",
    "invalid",
    "map",
    "sdbackup",
    "https",
}


@dataclass(frozen=True)
class Case:
    file: str
    command: str  # «students», «staff» (sferum-desk import …) or «restore»
    expected: tuple[str, ...]  # fragments of the message, in the order they appear


ROWS_REFUSED = "ошибки в строках — ничего не записано"

CASES = [
    # Not a workbook at all
    Case("random-bytes.xlsx", "students", ("файл повреждён или это не книга Excel (.xlsx)",)),
    Case("random-bytes.csv", "students", ("это не текстовый файл CSV и не книга Excel (.xlsx)",)),
    Case("empty.csv", "students", ("файл пуст",)),
    Case("pdf-named.xlsx", "students", ("это документ PDF, а не книга Excel (.xlsx)",)),
    Case("plain-zip.xlsx", "students", ("это архив ZIP, а не книга Excel (.xlsx)",)),
    Case("truncated.xlsx", "students", ("файл повреждён или это не книга Excel (.xlsx)",)),
    Case("password-protected.xlsx", "students", ("книга защищена паролем", "снимите пароль")),
    Case("old-excel.xls", "students", ("это книга старого формата Excel (.xls)",)),
    # Workbooks that open, with something wrong inside
    Case("empty-workbook.xlsx", "students", ("лист «Лист1» пуст",)),
    Case(
        "header-only.xlsx",
        "students",
        ("под строкой заголовков (строка 1) нет ни одной строки с данными",),
    ),
    Case(
        "merged-header.xlsx",
        "students",
        (
            ROWS_REFUSED,
            "строка 4, «Родитель Телефон»: Телефон «12-34» не похож на российский номер",
        ),
    ),
    Case(
        "formulas.xlsx",
        "students",
        (
            "на листе «Лист1» в ячейках B2, D2, B3, D3 формулы без сохранённых значений",
            "сохраните его заново или замените формулы значениями",
        ),
    ),
    Case(
        "dates-serial.xlsx",
        "students",
        (
            ROWS_REFUSED,
            "строка 4, «Дата рождения»: «123» — не дата (нужно ДД.ММ.ГГГГ).",
            "строка 5, «Дата рождения»: «40543» — не дата (нужно ДД.ММ.ГГГГ).",
        ),
    ),
    Case(
        "dates-text.xlsx",
        "students",
        (
            ROWS_REFUSED,
            "строка 5, «Дата рождения»: «28 декабря 2014» — не дата (нужно ДД.ММ.ГГГГ).",
            "строка 6, «Дата рождения»: Даты «12/27/2014» не бывает.",
        ),
    ),
    Case(
        "impossible-dates.xlsx",
        "students",
        (
            ROWS_REFUSED,
            "строка 2, «Дата рождения»: Даты «31.02.2015» не бывает.",
            "строка 3, «Дата рождения»: Дата рождения не может быть в будущем.",
            "строка 4, «Дата рождения»: Дата рождения раньше 1900 года",
        ),
    ),
    Case(
        "long-cell.xlsx",
        "students",
        (
            ROWS_REFUSED,
            "строка 2, «Объединение»: Слишком длинное значение: 100000 знаков (не больше 500).",
        ),
    ),
    Case(
        "bad-phones-emails.xlsx",
        "staff",
        (
            ROWS_REFUSED,
            "строка 2, «Телефон»: Телефон «12345» не похож на российский номер",
            "строка 3, «Телефон»: Телефон «+1 (202) 555-01-23» не похож на российский номер",
            "строка 3, «E-mail»: Адрес электронной почты «igor.mail.ru» записан с ошибкой.",
            "строка 4, «E-mail»: Адрес электронной почты «elena@@mail.ru» записан с ошибкой.",
        ),
    ),
    Case(
        "unknown-group.xlsx",
        "students",
        (ROWS_REFUSED, "строка 3, «Объединение»: Объединения «Кройка и шитьё» нет в базе"),
    ),
    # CSV: three encodings, three delimiters, a BOM, control characters, wrong columns
    Case(
        "utf8-semicolon.csv",
        "students",
        (ROWS_REFUSED, "строка 3, «Дата рождения»: Даты «31.02.2014» не бывает."),
    ),
    Case(
        "cp1251-comma.csv",
        "students",
        (ROWS_REFUSED, "строка 3, «Дата рождения»: Даты «31.02.2014» не бывает."),
    ),
    Case(
        "utf16-tab.csv",
        "students",
        (ROWS_REFUSED, "строка 3, «Дата рождения»: Даты «31.02.2014» не бывает."),
    ),
    Case(
        "utf8-bom.csv",
        "students",
        (
            ROWS_REFUSED,
            "строка 3, «E-mail родителя»: Адрес электронной почты «олег@» записан с ошибкой.",
        ),
    ),
    Case(
        "control-chars.csv",
        "students",
        (
            ROWS_REFUSED,
            "строка 3, «ФИО»: В ячейке невидимый управляющий знак (код U+0007)",
            "строка 4, «Объединение»: В ячейке невидимый управляющий знак (код U+001B)",
        ),
    ),
    Case("no-name-column.csv", "students", ("не найден столбец с ФИО (или Фамилия и Имя)",)),
    Case("unknown-columns.csv", "students", ("не найдено ни одного знакомого столбца",)),
    Case(
        "staff-no-position.csv",
        "staff",
        (ROWS_REFUSED, "строка 2, «Должность»: Укажите должность."),
    ),
    # Backups that must not be restored
    Case(
        "future.sdbackup",
        "restore",
        ("сделан более новой версией Sferum Desk (схема 0099)", "Обновите программу."),
    ),
    Case("foreign.sdbackup", "restore", ("база данных, но не Sferum Desk",)),
    Case("odd-tables.sdbackup", "restore", ("база данных, но не Sferum Desk",)),
    Case("damaged.sdbackup", "restore", ("повреждён: база данных в нём обрезана или испорчена",)),
    Case("not-sqlite.sdbackup", "restore", ("это не файл базы данных SQLite",)),
]

# The pasted addresses: line → what the invite register says about it.
LINKS = {
    "javascript-links.txt": {
        "javascript:alert(document.cookie)": "нужен защищённый адрес, начинающийся с https://",
        "JavaScript:void(0)": "нужен защищённый адрес, начинающийся с https://",
        "javascript://sferum.ru/%0Aalert(1)": "нужен защищённый адрес, начинающийся с https://",
        "data:text/html,<script>alert(1)</script>": "нужен защищённый адрес",
    },
    "wrong-host-links.txt": {
        "https://sferum.ru.evil.example/join/abc": "сайт «sferum.ru.evil.example» не входит "
        "в разрешённые",
        "https://evilsferum.ru/join/abc": "сайт «evilsferum.ru» не входит в разрешённые",
        "http://sferum.ru/join/abc": "нужен защищённый адрес, начинающийся с https://",
        "https://admin@sferum.ru/join/abc": "в адресе есть имя пользователя или пароль",
        "https://sferum.ru:8443/join/abc": "в адресе указан порт 8443",
    },
}


# -- helpers ----------------------------------------------------------------------------------


def _dump_digest(path: Path) -> str:
    """SHA-256 of the whole database as SQL (schema and every row), lines sorted."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        lines = sorted(conn.iterdump())
    finally:
        conn.close()
    return hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()


def _file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@dataclass
class Snapshot:
    dump: str
    file: str

    @classmethod
    def of(cls, path: Path) -> Snapshot:
        return cls(_dump_digest(path), _file_digest(path))


@pytest.fixture
def centre(_demo_template: Path, tmp_path: Path) -> Path:
    """A copy of the demo Centre (built once per run), closed: the commands open it."""
    path = tmp_path / "centre.sqlite3"
    shutil.copyfile(_demo_template, path)
    return path


def _assert_unchanged(capsys: pytest.CaptureFixture[str], path: Path, before: Snapshot) -> None:
    assert Snapshot.of(path) == before
    assert backup.backup_files(backup.folder_for(path)) == []
    code, out, err = run(capsys, "--db", str(path), "check")
    assert (code, err) == (0, ""), out
    assert "нарушений не найдено" in out


def _assert_russian(message: str, file_name: str) -> None:
    """No traceback, and no English beyond names: what is quoted «…» comes from the file."""
    assert "Traceback" not in message
    own = re.sub(r"«[^«»]*»", "", message.replace(file_name, ""))
    own = re.sub(r"[\w-]+(?:\.[\w-]+)+", "", own)  # host and file names: sferum.ru, .xlsx
    latin = set(re.findall(r"[A-Za-z]{3,}", own))
    assert latin <= LATIN_WORDS, f"English in the message: {sorted(latin - LATIN_WORDS)}"


def _argv(case: Case, path: Path, db: Path) -> list[str]:
    if case.command == "restore":
        return ["--db", str(db), "restore", str(path)]
    return ["--db", str(db), "import", case.command, str(path), "--today", ON]


# -- the corpus -------------------------------------------------------------------------------


@pytest.mark.parametrize("case", CASES, ids=[c.file for c in CASES])
def test_a_bad_file_gets_a_clear_message_and_changes_nothing(
    capsys: pytest.CaptureFixture[str], centre: Path, case: Case
) -> None:
    path = CORPUS / case.file
    before = Snapshot.of(centre)
    code, out, err = run(capsys, *_argv(case, path, centre))
    assert code == 1 and out == ""
    assert err.startswith("sferum-desk: ошибка: ")
    assert case.file in err.splitlines()[0]
    _assert_russian(err, case.file)
    position = 0
    for fragment in case.expected:
        found = err.find(fragment, position)
        assert found >= 0, f"«{fragment}» not in:\n{err}"
        position = found + len(fragment)
    if ROWS_REFUSED not in case.expected:
        assert err.count("\n") == 1  # one line
    _assert_unchanged(capsys, centre, before)


def test_the_errors_workbook_survives_control_characters(
    capsys: pytest.CaptureFixture[str], centre: Path, tmp_path: Path
) -> None:
    errors = tmp_path / "ошибки.xlsx"
    before = Snapshot.of(centre)
    argv = ["--db", str(centre), "import", "students", str(CORPUS / "control-chars.csv")]
    code, _out, err = run(capsys, *argv, "--errors-out", str(errors), "--today", ON)
    assert code == 1 and f"Список ошибок сохранён: {errors}" in err
    sheet = load_workbook(errors).active
    assert sheet is not None
    messages = [row[2] for row in sheet.iter_rows(min_row=4, values_only=True)]
    assert [text.split(" (")[0] for text in messages] == ["В ячейке невидимый управляющий знак"] * 2
    _assert_unchanged(capsys, centre, before)


# What a file holds that the import accepts: with --skip-invalid the good rows go in, and
# read right. file → {(surname, name): birth date}.
ACCEPTED = {
    "merged-header.xlsx": {("Иванова", "Анна"): dt.date(2015, 3, 5)},
    "dates-serial.xlsx": {
        ("Иванова", "Анна"): dt.date(2010, 12, 31),  # 40543
        ("Петров", "Пётр"): dt.date(2009, 12, 31),  # 40178.0
    },
    "dates-text.xlsx": {
        ("Иванова", "Анна"): dt.date(2014, 12, 31),  # 31.12.2014
        ("Петров", "Пётр"): dt.date(2014, 12, 30),  # 2014-12-30
        ("Сидоров", "Иван"): dt.date(2014, 12, 29),  # 29/12/2014
    },
    "utf8-semicolon.csv": {("Иванова", "Анна"): dt.date(2015, 3, 5)},
    "cp1251-comma.csv": {("Иванова", "Анна"): dt.date(2015, 3, 5)},
    "utf16-tab.csv": {("Иванова", "Анна"): dt.date(2015, 3, 5)},
    "utf8-bom.csv": {("Иванова", "Анна"): dt.date(2015, 3, 5)},
    "control-chars.csv": {("Иванова", "Анна"): dt.date(2015, 3, 5)},
}


@pytest.mark.parametrize("name", sorted(ACCEPTED))
def test_the_good_rows_of_a_flagged_file_import_right(
    capsys: pytest.CaptureFixture[str], centre: Path, name: str
) -> None:
    argv = ["--db", str(centre), "import", "students", str(CORPUS / name), "--today", ON]
    code, out, err = run(capsys, *argv, "--skip-invalid")
    assert (code, err) == (0, "")
    assert f"Загружено из {name}:" in out and "Пропущены строки с ошибками:" in out
    assert f"Новых обучающихся: {len(ACCEPTED[name])}" in out
    database = open_database(sqlite_url(centre))
    try:
        with database.session() as session:
            for (last, first), born in ACCEPTED[name].items():
                person = session.scalars(
                    select(m.Person).where(
                        m.Person.kind == m.PersonKind.STUDENT,
                        m.Person.last_name == last,
                        m.Person.first_name == first,
                        m.Person.birth_date == born,
                    )
                ).one()
                if name == "merged-header.xlsx":  # the parent's name under «Родитель ФИО»
                    parents = session.scalars(
                        select(m.Person)
                        .join(m.ParentLink, m.ParentLink.parent_id == m.Person.id)
                        .where(m.ParentLink.student_id == person.id)
                    ).all()
                    assert [(p.last_name, p.first_name) for p in parents] == [("Иванова", "Мария")]
    finally:
        database.dispose()
    code, out, _ = run(capsys, "--db", str(centre), "check")
    assert code == 0, out


# -- too many rows ----------------------------------------------------------------------------


def _huge_workbook(path: Path, rows: int) -> Path:
    """A sheet of ``rows`` students: openpyxl (write-only) writes the package and the
    header, the rows are spliced into its sheet XML (openpyxl alone takes ~10 s here)."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Список")
    sheet.append(["ФИО", "Дата рождения", "Объединение", "Группа"])
    workbook.save(path)
    body = "".join(
        f'<row r="{r}"><c r="A{r}" t="inlineStr"><is><t>Ученик {r} Тест</t></is></c>'
        f'<c r="B{r}" t="inlineStr"><is><t>05.03.2015</t></is></c></row>'
        for r in range(2, rows + 2)
    ).encode()
    with zipfile.ZipFile(path) as source:
        members = [(info, source.read(info.filename)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info, content in members:
            if info.filename.startswith("xl/worksheets/"):
                content = content.replace(b"</row></sheetData>", b"</row>" + body + b"</sheetData>")
                assert body in content
            target.writestr(info, content)
    return path


def _huge_csv(path: Path, rows: int) -> Path:
    lines = ["ФИО;Дата рождения"] + [f"Ученик {r} Тест;05.03.2015" for r in range(rows)]
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("make", "name", "where"),
    [
        (_huge_workbook, "200000.xlsx", "в листе «Список»"),
        (_huge_csv, "200000.csv", "в файле"),
    ],
    ids=["xlsx", "csv"],
)
def test_a_200000_row_file_is_refused_naming_the_limit(
    capsys: pytest.CaptureFixture[str],
    centre: Path,
    tmp_path: Path,
    make: Callable[[Path, int], Path],
    name: str,
    where: str,
) -> None:
    assert reading.MAX_ROWS == 50_000  # generous for the 10,000-row import bench
    path = make(tmp_path / name, 200_000)
    before = Snapshot.of(centre)
    code, out, err = run(capsys, "--db", str(centre), "import", "students", str(path))
    assert code == 1 and out == ""
    assert err == (
        f"sferum-desk: ошибка: {name}: {where} больше 50 000 строк — столько не загружается "
        "за один раз; разделите список на части не больше 50 000 строк\n"
    )
    _assert_unchanged(capsys, centre, before)


# -- pasted links -----------------------------------------------------------------------------


def _link_lines() -> list[object]:
    lines = [
        pytest.param(file, url, reason, id=url)
        for file, expected in LINKS.items()
        for url, reason in expected.items()
    ]
    for file, expected in LINKS.items():  # the table and the files say the same
        assert (CORPUS / file).read_text(encoding="utf-8").splitlines() == list(expected)
    return lines


def _add_invite(session, url: str) -> None:  # noqa: ANN001
    group = session.scalar(
        select(m.Group.id).where(m.Group.sferum_class_name == "Робототехника — гр. 1 (1-й год)")
    )
    draft = invites.InviteDraft(url=url, role=m.InviteRole.STUDENT, group_id=group)
    invites.add_invite_link(session, draft, today=TODAY)


def _add_broadcast(session, url: str) -> None:  # noqa: ANN001
    draft = broadcasts.BroadcastDraft(
        title="Родительское собрание",
        starts_at=dt.datetime(2026, 11, 20, 18, 0),
        audiences={m.Audience.PARENTS},
        url=url,
    )
    broadcasts.add_broadcast(session, draft)


def _add_channel(session, url: str) -> None:  # noqa: ANN001
    add_channel(session, "Новости объединений", url)


@pytest.mark.parametrize(("file", "url", "reason"), _link_lines())
def test_a_pasted_link_is_refused_naming_it(
    capsys: pytest.CaptureFixture[str], centre: Path, file: str, url: str, reason: str
) -> None:
    """Invite links are checked against the allowed hosts; a `javascript:` or `data:`
    address is refused as a channel's or a broadcast's link too (there is no .ics import:
    the calendar is only exported, from these checked fields)."""
    targets: list[tuple[Callable[..., None], str]] = [(_add_invite, f"Ссылка «{url}» не принята")]
    if file == "javascript-links.txt":
        targets += [
            (_add_broadcast, "Ссылка должна начинаться с https://"),
            (_add_channel, f"Ссылка на канал «{url}» должна начинаться с https://"),
        ]
    before = Snapshot.of(centre)
    database = open_database(sqlite_url(centre))
    try:
        for add, message in targets:
            with pytest.raises(ValidationError) as refused, database.transaction() as session:
                add(session, url)
            assert list(refused.value.errors) == ["url"]
            text = refused.value.errors["url"]
            assert message in text
            if add is _add_invite:
                assert reason in text
            _assert_russian(text.replace(url, ""), file)
    finally:
        database.dispose()
    _assert_unchanged(capsys, centre, before)


# -- the corpus and its README ----------------------------------------------------------------


def test_the_readme_and_the_table_list_every_file() -> None:
    files = {p.name for p in CORPUS.iterdir()} - NOT_IN_CORPUS
    tested = {c.file for c in CASES} | set(LINKS)
    assert files == tested
    assert len(files) >= 25
    readme = README.read_text(encoding="utf-8")
    listed = set(re.findall(r"^\| `([^`]+)` \|", readme, flags=re.MULTILINE))
    assert listed == files
    for case in CASES:  # the README quotes the start of each expected message
        row = next(line for line in readme.splitlines() if line.startswith(f"| `{case.file}` |"))
        assert case.expected[-1][:20] in row, case.file
    assert all((CORPUS / name).stat().st_size <= 16_384 for name in files)
