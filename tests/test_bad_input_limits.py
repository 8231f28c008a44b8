"""Bad input beyond the corpus files: a 200,000-row list (generated, not committed) and
the pasted links of ``tests/data/bad/*.txt``; as in ``test_bad_input.py``, each is
refused with a Russian message and the database stays unchanged."""

from __future__ import annotations

import datetime as dt
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import select

from sferum_desk.config import sqlite_url
from sferum_desk.data import models as m
from sferum_desk.data.engine import open_database
from sferum_desk.errors import ValidationError
from sferum_desk.services import broadcasts, invites
from sferum_desk.services.importer import reading
from sferum_desk.services.schedule import add_channel

from .bad_input import (
    CORPUS,
    LINKS,
    Snapshot,
    assert_russian,
    assert_unchanged,
)
from .conftest import TODAY
from .test_cli import run

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
    assert_unchanged(capsys, centre, before)


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
            assert_russian(text.replace(url, ""), file)
    finally:
        database.dispose()
    assert_unchanged(capsys, centre, before)
