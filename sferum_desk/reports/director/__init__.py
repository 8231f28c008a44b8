"""The director's Excel reports: one entry point for the CLI, the Отчёты page and the bench.

:func:`build_report` is a generator yielding ``(done, total, label)`` while it writes, so
the GUI runs it through ``ui.tasks.run_task`` with a progress dialog and Cancel. The
workbook goes to a temporary file next to ``path`` and is renamed at the end: a cancelled
(closed) generator leaves no file behind. Its return value (``StopIteration.value``) is the
number of sheets written. No Qt here.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Generator
from dataclasses import replace
from pathlib import Path

from openpyxl import Workbook
from sqlalchemy.orm import Session

from ...services.organisation import organisation_name
from ..report_kinds import KINDS, SHEET_KINDS, ReportRequest
from ..xlsx import (
    NO_PERSONAL_NOTICE,
    PERSONAL_NOTICE,
    Table,
    describe_workbook,
    display,
    write_table,
)
from .registers import chats_table, invites_table, movement_table
from .summary_sheet import summary_preview, write_summary

__all__ = ["KINDS", "SHEET_KINDS", "ReportRequest", "build_report", "preview", "write_report"]


def _schedule_table(session: Session, request: ReportRequest) -> Table:
    from ..schedule import schedule_table
    from .summary_sheet import period

    start, end = period(request)
    return schedule_table(session, start, end)


def _nomenclature_table(session: Session, request: ReportRequest) -> Table:
    from ...services.nomenclature import export_rows
    from ..nomenclature import nomenclature_table

    return nomenclature_table(export_rows(session, on=request.on))


_TABLES: dict[str, Callable[[Session, ReportRequest], Table]] = {
    "movement": movement_table,
    "invites": invites_table,
    "schedule": _schedule_table,
    "nomenclature": _nomenclature_table,
    "chats": chats_table,
}


def _table(session: Session, request: ReportRequest, kind: str, notice: str | None) -> Table:
    table = _TABLES[kind](session, request)
    return replace(table, personal=request.personal_data, notice=notice)


def sheet_kinds(kind: str) -> tuple[str, ...]:
    if kind == "all":
        return SHEET_KINDS
    if kind not in KINDS:
        raise ValueError(f"Неизвестный вид отчёта: {kind}")
    return (kind,)


def build_report(
    session: Session, request: ReportRequest, path: Path
) -> Generator[tuple[int, int, str], None, int]:
    """Write the report to ``path`` (an .xlsx), yielding progress; returns the sheet count."""
    kinds = sheet_kinds(request.kind)
    path = Path(path)
    total = len(kinds) + 1
    centre = organisation_name(session) or ""
    workbook = Workbook(write_only=True)
    describe_workbook(workbook, KINDS[request.kind], request.personal_data)
    notice = PERSONAL_NOTICE if request.personal_data else NO_PERSONAL_NOTICE
    try:
        for done, kind in enumerate(kinds):
            yield done, total, f"Лист «{KINDS[kind]}»"
            # the first sheet says whether the file holds personal data
            first = notice if done == 0 else None
            if kind == "summary":
                write_summary(workbook, session, request, centre, first)
            else:
                write_table(workbook, _table(session, request, kind, first), centre)
        yield len(kinds), total, "Сохранение книги"
    except BaseException:
        _discard(workbook)
        raise
    handle, temp_name = tempfile.mkstemp(prefix=".~", suffix=".xlsx", dir=path.parent)
    os.close(handle)
    try:
        workbook.save(temp_name)
        os.replace(temp_name, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp_name)
    yield total, total, "Готово"
    return len(kinds)


def _discard(workbook: Workbook) -> None:
    """Close the sheets of an abandoned write-only workbook and remove their temp files."""
    for sheet in workbook.worksheets:
        with contextlib.suppress(Exception):
            sheet.close()  # type: ignore[attr-defined]
        writer = getattr(sheet, "_writer", None)
        if writer is not None:
            with contextlib.suppress(Exception):
                writer.cleanup()


def write_report(session: Session, request: ReportRequest, path: Path) -> int:
    """Run :func:`build_report` to the end; returns the number of sheets."""
    steps = build_report(session, request, path)
    while True:
        try:
            next(steps)
        except StopIteration as stop:
            return int(stop.value)


def preview(
    session: Session, request: ReportRequest, limit: int = 20
) -> tuple[list[str], list[list[str]]]:
    """The headers and first rows (as display strings) of the report's main sheet."""
    kind = sheet_kinds(request.kind)[0]
    if kind == "summary":
        return summary_preview(session, request, limit)
    table = _table(session, request, kind, None)
    shown = table.shown(table.columns)
    rows = [
        [display(row[i] if i < len(row) else None, table.columns[i].kind) for i in shown]
        for row in table.first_rows(limit)
    ]
    return [table.columns[i].header for i in shown], rows
