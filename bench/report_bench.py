"""`make bench`: `report all` on a large Centre against bare openpyxl writing the same cells.

On the large Centre (``centre.py``: 5,000 students, 20,000 movement events) times (a)
``report all`` for the last academic year and the current one (what the CLI and the Отчёты
page run) and (b) writing the same number of cells, sheet by sheet and row by row, with bare
openpyxl in write-only mode. The target is a ratio ≤ 1.3.

The two are timed in pairs, one right after the other, and the figure is the median of the
pairs' ratios: on a shared machine the speed drifts by ±20 % from one second to the next,
which a pair mostly shares, so the median of pairs moves far less between runs than the
ratio of the two best times (given too). The heap is collected before each timing, so the
garbage of one is not charged to the other.
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

from sferum_desk.data.engine import open_database
from sferum_desk.reports.director import ReportRequest, write_report


def period(today: dt.date) -> tuple[dt.date, dt.date]:
    """From the start of the last academic year to ``today``: every event of the demo."""
    year = today.year if today.month >= 9 else today.year - 1
    return dt.date(year - 1, 9, 1), today


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


def measure(db_url: str, today: dt.date, repeat: int = 5) -> dict[str, object]:
    """``repeat`` pairs of timings of ``report all`` and bare openpyxl on ``db_url``."""
    start, end = period(today)
    request = ReportRequest("all", today, start, end)
    database = open_database(db_url)
    report_times, bare_times = [], []
    sheets: list[list[list[object]]] = []
    with tempfile.TemporaryDirectory() as folder:
        out, bare_out = Path(folder) / "all.xlsx", Path(folder) / "bare.xlsx"
        try:
            for _ in range(repeat):
                gc.collect()
                with database.session() as session:
                    started = time.perf_counter()
                    write_report(session, request, out)
                    report_times.append(time.perf_counter() - started)
                if not sheets:
                    sheets = _shape(out)
                gc.collect()
                started = time.perf_counter()
                _bare(sheets, bare_out)
                bare_times.append(time.perf_counter() - started)
        finally:
            database.dispose()
    cells = sum(1 for rows in sheets for row in rows for value in row if value is not None)
    return {
        "report_s": min(report_times),
        "bare_openpyxl_s": min(bare_times),
        "report_median_s": statistics.median(report_times),
        "bare_median_s": statistics.median(bare_times),
        "ratio_best": min(report_times) / min(bare_times),
        "ratio": statistics.median(r / b for r, b in zip(report_times, bare_times, strict=True)),
        "sheets": len(sheets),
        "cells": cells,
        "report_times_s": [round(t, 3) for t in report_times],
        "bare_times_s": [round(t, 3) for t in bare_times],
    }


def main(argv: list[str] | None = None) -> int:
    from centre import copy_of, large_centre

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=7, help="pairs of timings")
    parser.add_argument("--json", metavar="FILE", help="also write the figures as JSON")
    args = parser.parse_args(argv)
    centre = large_centre()
    with tempfile.TemporaryDirectory() as folder:
        figures = measure(f"sqlite:///{copy_of(centre, Path(folder))}", centre.today, args.repeat)
    print(
        f"report all: {figures['report_s']:.2f} с ({figures['sheets']} листов, "
        f"{figures['cells']} непустых ячеек)"
    )
    print(f"openpyxl write-only, те же ячейки: {figures['bare_openpyxl_s']:.2f} с")
    print(f"отношение лучших времён: {figures['ratio_best']:.2f}×")
    print(f"отношение (медиана {args.repeat} пар): {figures['ratio']:.2f}× (цель ≤ 1,3×)")
    if args.json:
        Path(args.json).write_text(json.dumps(figures, ensure_ascii=False, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
