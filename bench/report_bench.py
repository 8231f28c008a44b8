"""`make bench`: `report all` on a large Centre against bare openpyxl writing the same cells.

Builds a demo Centre of 5,000 students in a temporary folder, tops its movement journal up
to 20,000 events, then times (a) ``report all`` for the academic year (what the CLI and the
Отчёты page run) and (b) writing the same number of cells, sheet by sheet and row by row,
with bare openpyxl in write-only mode. Prints both and their ratio (target ≤ 1.3×).

The two are timed in pairs, one right after the other, and the figure is the median of the
pairs' ratios: on a shared machine the speed drifts by ±20 % from one second to the next,
which a pair mostly shares, so the median of pairs moves far less between runs than the
ratio of the two best times (printed too). The database is reopened after it is built
(its write-ahead log folded in, as after any session of the app) and the heap is
collected before each timing, so the garbage of building it is not charged to whichever
runs first.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

from openpyxl import Workbook, load_workbook
from sqlalchemy import func, insert, select

from sferum_desk.config import sqlite_url
from sferum_desk.data.engine import open_database
from sferum_desk.data.models import Enrolment, MovementEvent, MovementKind
from sferum_desk.reports.director import ReportRequest, write_report
from sferum_desk.services import demo

TODAY = dt.date(2026, 11, 16)
YEAR_START = dt.date(2025, 9, 1)


def _top_up_movement(session: object, events: int) -> int:
    """Add enrolment events until the journal holds ``events``; returns the count."""
    have = session.scalar(select(func.count(MovementEvent.id))) or 0  # type: ignore[attr-defined]
    enrolments = session.execute(  # type: ignore[attr-defined]
        select(Enrolment.student_id, Enrolment.group_id)
    ).all()
    rows = []
    span = (TODAY - YEAR_START).days
    for index in range(max(0, events - have)):
        student_id, group_id = enrolments[index % len(enrolments)]
        rows.append(
            {
                "kind": MovementKind.STUDENT_ENROLLED,
                "person_id": student_id,
                "effective_on": YEAR_START + dt.timedelta(days=index % span),
                "to_group_id": group_id,
                "note": "=1+1" if index == 0 else None,
            }
        )
    if rows:
        session.execute(insert(MovementEvent), rows)  # type: ignore[attr-defined]
    return have + len(rows)


def _shape(path: Path) -> list[list[list[object]]]:
    """Every sheet's rows of values, as written (to write the same cells bare)."""
    book = load_workbook(path, read_only=True)
    sheets = [[list(row) for row in sheet.iter_rows(values_only=True)] for sheet in book]
    book.close()
    return sheets


def _bare(sheets: list[list[list[object]]], path: Path) -> None:
    book = Workbook(write_only=True)
    for index, rows in enumerate(sheets):
        sheet = book.create_sheet(f"Лист{index + 1}")
        for row in rows:
            sheet.append(row)
    book.save(path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--students", type=int, default=5000)
    parser.add_argument("--events", type=int, default=20000)
    parser.add_argument("--repeat", type=int, default=7, help="pairs of timings")
    parser.add_argument("--json", metavar="FILE", help="also write the figures as JSON")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        database = open_database(sqlite_url(root / "bench.sqlite3"))
        started = time.perf_counter()
        with database.transaction() as session:
            demo.generate(session, seed=1, students=args.students, today=TODAY)
            events = _top_up_movement(session, args.events)
        print(
            f"База: {args.students} обучающихся, {events} событий движения "
            f"(создана за {time.perf_counter() - started:.1f} с)"
        )
        # Reopened as the app finds it: closing the last connection folds the 30 MB
        # write-ahead log of the build into the file, as it does after any session.
        database.dispose()
        database = open_database(sqlite_url(root / "bench.sqlite3"))
        request = ReportRequest("all", TODAY, YEAR_START, TODAY)
        report_times, bare_times = [], []
        out = root / "all.xlsx"
        sheets: list[list[list[object]]] = []
        for _ in range(args.repeat):
            gc.collect()
            with database.session() as session:
                started = time.perf_counter()
                write_report(session, request, out)
                report_times.append(time.perf_counter() - started)
            if not sheets:
                sheets = _shape(out)
            gc.collect()
            started = time.perf_counter()
            _bare(sheets, root / "bare.xlsx")
            bare_times.append(time.perf_counter() - started)
        database.dispose()
    cells = sum(1 for rows in sheets for row in rows for value in row if value is not None)
    report, bare = min(report_times), min(bare_times)
    paired = statistics.median(r / b for r, b in zip(report_times, bare_times, strict=True))
    print(f"report all: {report:.2f} с ({len(sheets)} листов, {cells} непустых ячеек)")
    print(f"openpyxl write-only, те же ячейки: {bare:.2f} с")
    print(f"отношение лучших времён: {report / bare:.2f}×")
    print(f"отношение (медиана {args.repeat} пар): {paired:.2f}× (цель ≤ 1,3×)")
    if args.json:
        figures = {
            "report_s": round(report, 3),
            "bare_openpyxl_s": round(bare, 3),
            "ratio_best": round(report / bare, 3),
            "ratio_median_of_pairs": round(paired, 3),
            "sheets": len(sheets),
            "cells": cells,
            "report_times_s": [round(t, 3) for t in report_times],
            "bare_times_s": [round(t, 3) for t in bare_times],
        }
        Path(args.json).write_text(json.dumps(figures, ensure_ascii=False, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
