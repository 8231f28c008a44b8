"""`make bench`: the GUI's figures — cold start, filter-as-you-type, sorting, peak memory.

Cold start and peak memory run the app as a user starts it, ``python -m sferum_desk --db URL``,
in a subprocess with ``SFERUM_DESK_BENCH_SHOWN`` set (see ``sferum_desk/ui/app.py``): it
prints ``shown <time.time()>`` once the main window (or the pages named) is on screen, and
quits. The baseline is a subprocess showing an empty ``QMainWindow`` of the same size, timed
the same way, from just before the process is started to that print. "Cold" is the process:
the files are in the page cache by then, as after any earlier start.

Filtering and sorting run in this process, offscreen, on the real Обучающиеся page
(``PeoplePage`` with the students register): keys typed into its filter box with
key events, one at a time, each timed from the key to the events processed (the
proxy's new rows and the table's repaint — the page filters on every key, with no debounce
timer); a column sorted by setting its header's sort indicator, as a click on it does.
"""

from __future__ import annotations

import dataclasses
import gc
import os
import statistics
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

# The empty window of the baseline, shown and timed like the app's main window.
EMPTY_WINDOW = """
import time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1280, 800)
window.show()
def report():
    print(f"shown {time.time():.6f}", flush=True)
    app.quit()
QTimer.singleShot(0, report)
app.exec()
"""

TABLE_ROWS = 20_000  # the large Centre's 5,000 students, four times over


def _env(home: Path, shown: str | None) -> dict[str, str]:
    """The children's environment: offscreen, the app's folders under ``home``, and the
    bytecode of the app's modules kept (in ``home``, not in the checkout) as an installed
    app has it: with PYTHONDONTWRITEBYTECODE every start would compile them from source
    again, a fifth of a second no user waits for."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SFERUM_DESK_HOME": str(home)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(home / "pycache")
    if shown is not None:
        env["SFERUM_DESK_BENCH_SHOWN"] = shown
    return env


def app_command(db_url: str) -> list[str]:
    return [sys.executable, "-m", "sferum_desk", "--no-crash-dialog", "--db", db_url]


def empty_window_command() -> list[str]:
    return [sys.executable, "-c", EMPTY_WINDOW]


def run_shown(command: list[str], env: dict[str, str]) -> float:
    """Start ``command``; seconds from just before the start to its "shown" line."""
    started = time.time()
    process = subprocess.run(
        command, env=env, capture_output=True, text=True, timeout=300, check=False
    )
    shown = [line for line in process.stdout.splitlines() if line.startswith("shown ")]
    if process.returncode != 0 or not shown:
        raise RuntimeError(f"{command[:4]} exited {process.returncode}: {process.stderr[-2000:]}")
    return float(shown[-1].split()[1]) - started


# Run in the measured process itself: ru_maxrss of a child read by the parent (wait4) or by
# the child after exec keeps the parent's resident set at the fork (Linux carries the
# high-water mark over exec), so with this 300 MB benchmark process as the parent every
# child would read 300 MB. VmHWM belongs to the process's own address space.
PEAK_AT_EXIT = """
import atexit, resource

def _peak():
    try:
        with open("/proc/self/status") as status:
            kb = next(int(l.split()[1]) for l in status if l.startswith("VmHWM:"))
    except (OSError, StopIteration):
        kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"peak_kb {kb}", flush=True)

atexit.register(_peak)
"""

APP_WITH_PEAK = (
    PEAK_AT_EXIT
    + """
import sys
from sferum_desk.cli import main
sys.exit(main())
"""
)


def peak_rss(command: list[str], env: dict[str, str]) -> float:
    """Run ``command`` (one printing ``peak_kb``) to its end; its peak resident set in MB."""
    process = subprocess.run(
        command, env=env, capture_output=True, text=True, timeout=300, check=False
    )
    peak = [line for line in process.stdout.splitlines() if line.startswith("peak_kb ")]
    if process.returncode != 0 or not peak:
        raise RuntimeError(f"{command[:4]} exited {process.returncode}: {process.stderr[-2000:]}")
    return int(peak[-1].split()[1]) / 1024


def cold_start(db_url: str, home: Path, runs: int = 5) -> dict[str, Any]:
    """``runs`` pairs (app, empty window), one right after the other, after one unmeasured
    pair (the day's first start makes the daily backup; the files come into the cache)."""
    app_env, empty_env = _env(home, "1"), _env(home, None)
    run_shown(app_command(db_url), app_env)
    run_shown(empty_window_command(), empty_env)
    apps, empties = [], []
    for _ in range(runs):
        apps.append(run_shown(app_command(db_url), app_env))
        empties.append(run_shown(empty_window_command(), empty_env))
    return {
        "app_s": statistics.median(apps),
        "empty_window_s": statistics.median(empties),
        "ratio": statistics.median(a / e for a, e in zip(apps, empties, strict=True)),
        "app_times_s": [round(t, 3) for t in apps],
        "empty_times_s": [round(t, 3) for t in empties],
    }


def memory(db_url: str, home: Path, runs: int = 2) -> dict[str, Any]:
    """Peak RSS of the app that opened Обучающиеся and Движение (the two largest tables),
    the lowest of ``runs``; the empty window's for comparison."""
    pages = "students,movement"
    app_peak = [sys.executable, "-c", APP_WITH_PEAK, *app_command(db_url)[3:]]
    empty_peak = [sys.executable, "-c", PEAK_AT_EXIT + EMPTY_WINDOW]
    app = min(peak_rss(app_peak, _env(home, pages)) for _ in range(runs))
    empty = min(peak_rss(empty_peak, _env(home, None)) for _ in range(runs))
    return {"pages": pages, "app_mb": app, "empty_window_mb": empty}


# -- in this process: the students page --------------------------------------------------


def _spin(until: Callable[[], bool], timeout: float = 120.0) -> None:
    from PySide6.QtWidgets import QApplication

    deadline = time.perf_counter() + timeout
    while not until():
        if time.perf_counter() > deadline:
            raise TimeoutError("the page did not load")
        QApplication.processEvents()
        time.sleep(0.002)


class _PaintCounter:
    """Counts the table's paint events: a timed step must have repainted the view."""

    def __init__(self, widget: Any) -> None:
        from PySide6.QtCore import QEvent, QObject

        paint = QEvent.Type.Paint
        counter = self

        class Filter(QObject):
            def eventFilter(self, _obj: Any, event: Any) -> bool:  # noqa: N802
                if event.type() == paint:
                    counter.count += 1
                return False

        self.count = 0
        self._filter = Filter()
        widget.installEventFilter(self._filter)


def _students_page(db: Any, count: int) -> Any:
    """The Обучающиеся page, its ``count`` rows the large Centre's students over and over
    (each copy with ids of its own), loaded the way the page loads them."""
    from sferum_desk.data.models import PersonKind
    from sferum_desk.services import listings
    from sferum_desk.ui.pages import registers
    from sferum_desk.ui.people.page import PeoplePage

    def fetch(session: Any) -> list[Any]:
        rows = listings.list_students(session)
        step = max(row.id for row in rows) + 1
        copies = -(-count // len(rows))
        return [
            dataclasses.replace(row, id=row.id + copy * step)
            for copy in range(copies)
            for row in rows
        ][:count]

    spec = dataclasses.replace(registers.STUDENTS, fetch=fetch)
    return PeoplePage(db, spec, PersonKind.STUDENT)


def _show_loaded(page: Any) -> None:
    loaded: list[bool] = []
    page.loaded.connect(lambda: loaded.append(True))
    page.resize(1280, 800)
    page.show()
    page.ensure_loaded()
    _spin(lambda: bool(loaded))


def _row_texts(page: Any) -> list[str]:
    model = page.model
    columns = [model.column_texts(c) for c in range(model.columnCount())]
    return [" ".join(cells) for cells in zip(*columns, strict=True)]


def _needle(page: Any) -> str:
    """The start of the commonest surname, as a user would type it: lower case."""
    surnames = Counter(record.full_name.split()[0] for record in page.model.rows)
    return surnames.most_common(1)[0][0][:6].lower()


def _type_key(widget: Any, text: str) -> None:
    """One key typed as the keyboard sends it: press and release with its text (QTest's
    keyClicks knows only Latin keys and asserts on Cyrillic ones)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, text)
        QApplication.sendEvent(widget, event)


def _timed_step(step: Callable[[], None], painted: _PaintCounter) -> float:
    """Seconds from ``step`` to the table brought up to date. The view lays its rows out on
    a zero timer after the model's change and repaints after that, so events are processed
    until a paint has run, or — when the change left nothing to repaint (a key that keeps
    the same rows) — until a zero timer started after the step has fired and the events it
    left are processed too."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    before = painted.count
    settled: list[bool] = []
    started = time.perf_counter()
    step()
    QTimer.singleShot(0, lambda: settled.append(True))
    while painted.count == before:
        QApplication.processEvents()
        if settled:
            QApplication.processEvents()
            break
    return time.perf_counter() - started


def filter_and_sort(db_url: str, runs: int = 5) -> dict[str, Any]:
    """Filter-as-you-type and sorting by name and by birth date on the students page."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from sferum_desk.data.engine import open_database
    from sferum_desk.ui.table_model import prepare_rows

    _app = QApplication.instance() or QApplication([])
    db = open_database(db_url)
    try:
        page = _students_page(db, TABLE_ROWS)
        _show_loaded(page)
        model, proxy, table, edit = page.model, page.proxy, page.table, page.filter_edit
        rows = model.rowCount()
        painted = _PaintCounter(table.viewport())
        texts = _row_texts(page)
        needle = _needle(page)
        edit.setFocus()

        names = [record.full_name for record in model.rows]
        keys: list[list[float]] = []
        plain: list[list[float]] = []
        plain_names: list[float] = []
        shown = 0
        for _ in range(runs):
            edit.clear()
            QApplication.processEvents()
            gc.collect()
            run = [_timed_step(lambda ch=ch: _type_key(edit, ch), painted) for ch in needle]
            keys.append(run)
            shown = proxy.rowCount()
            baseline, on_names = [], []
            for length in range(1, len(needle) + 1):
                word = needle[:length]
                started = time.perf_counter()
                found = [s for s in texts if word in s.casefold()]
                baseline.append(time.perf_counter() - started)
                started = time.perf_counter()
                _ = [s for s in names if word in s.casefold()]
                on_names.append(time.perf_counter() - started)
            plain.append(baseline)
            plain_names.append(sum(on_names))
            if len(found) != shown:
                raise RuntimeError(f"the page shows {shown} rows, the plain filter {len(found)}")
        edit.clear()
        QApplication.processEvents()

        records = list(model.rows)
        # The rows as the page's worker prepares them (with the columns' orders), the
        # page's own search texts
        prepared = dataclasses.replace(
            prepare_rows(model.columns, records), search=list(model.search_texts())
        )
        # A click on a header sets its sort indicator, and the view sorts on the change
        # (QTableView.sortByColumn would sort twice: it sorts again after setting it).
        header = table.horizontalHeader()
        # The floor under every step: the view repainting its visible rows, nothing changed.
        repaint = statistics.median(
            _timed_step(table.viewport().update, painted) for _ in range(runs)
        )
        sorts: dict[str, dict[str, Any]] = {}
        for name, column, value in (
            ("name", 0, lambda r: r.full_name),
            ("date", 1, lambda r: r.birth_date),
        ):
            app_times, sorted_times, model_times = [], [], []
            values = [v for v in (value(r) for r in records) if v is not None]
            for _ in range(runs):
                model.set_rows(prepared)
                QApplication.processEvents()
                started = time.perf_counter()  # the proxy's part alone, before any paint
                proxy.sort(column, Qt.SortOrder.AscendingOrder)
                model_times.append(time.perf_counter() - started)
                header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # the records' order
                model.set_rows(prepared)  # and no sort order kept from the last run
                QApplication.processEvents()
                gc.collect()
                app_times.append(
                    _timed_step(
                        lambda c=column: header.setSortIndicator(c, Qt.SortOrder.AscendingOrder),
                        painted,
                    )
                )
                started = time.perf_counter()
                sorted(values)
                sorted_times.append(time.perf_counter() - started)
            sorts[name] = {
                "app_s": statistics.median(app_times),
                "sorted_s": statistics.median(sorted_times),
                "model_s": statistics.median(model_times),
                "ratio": statistics.median(
                    a / b for a, b in zip(app_times, sorted_times, strict=True)
                ),
            }
        page.close()
        page.deleteLater()
        QApplication.processEvents()
    finally:
        db.dispose()
    totals = [sum(run) for run in keys]
    plain_totals = [sum(run) for run in plain]
    return {
        "rows": rows,
        "typed": needle,
        "shown": shown,
        "filter": {
            "app_s": statistics.median(totals),
            "plain_s": statistics.median(plain_totals),
            "ratio": statistics.median(a / b for a, b in zip(totals, plain_totals, strict=True)),
            # the same filter over the names alone (one column, not the ten the page searches)
            "plain_names_s": statistics.median(plain_names),
            "ratio_to_names": statistics.median(
                a / b for a, b in zip(totals, plain_names, strict=True)
            ),
            "per_key_ms": [round(statistics.median(k) * 1000, 1) for k in zip(*keys, strict=True)],
            "plain_per_key_ms": [
                round(statistics.median(k) * 1000, 1) for k in zip(*plain, strict=True)
            ],
        },
        "repaint_s": repaint,
        "sort_name": sorts["name"],
        "sort_date": sorts["date"],
    }
