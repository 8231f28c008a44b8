"""`make bench`: every figure of the performance budget, each against a baseline of this run.

Builds (or takes from ``bench/.cache/``) the large Centre — ``sferum-desk demo --students 5000
--movement 20000`` — and measures, on a copy of it:

- cold start to the main window shown ÷ an empty PySide6 ``QMainWindow`` (``gui_bench``);
- filter-as-you-type on the Обучающиеся page with 20,000 rows ÷ a plain Python casefold
  filter over the same rows' texts, and sorting it by name and by birth date ÷ ``sorted()``
  of the same values (``gui_bench``);
- global search (Ctrl+K): the slowest keystroke of a name typed letter by letter, against
  an absolute 100 ms (``search_bench``);
- ``report all`` ÷ bare openpyxl write-only of the same cells (``report_bench``);
- the import of 10,000 student rows ÷ openpyxl read-only iteration of the same file plus a
  bulk insert of its rows (``import_bench``);
- a 100-page PDF of invitation sheets: seconds and pages per second (``invitations_bench``);
- peak memory of the GUI with the large Centre's two largest pages open.

Every timing is the median (or the best, where said) of several runs, so one slow run on a
busy machine does not decide. Prints one line per figure and writes ``bench/results.json``;
``--strict`` exits 1 when a target is missed. Takes about two minutes on two cores
(ten seconds more when the Centre is built).
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import centre as centre_module  # noqa: E402
import gui_bench  # noqa: E402
import import_bench  # noqa: E402
import invitations_bench  # noqa: E402
import report_bench  # noqa: E402
import search_bench  # noqa: E402

RESULTS = HERE / "results.json"


@dataclass
class Figure:
    key: str
    label: str
    measured: float
    unit: str  # of measured and baseline: "s", "ms", "MB", "pages/s"
    baseline: float | None = None
    baseline_label: str = ""
    target: float | None = None  # the highest ratio allowed (or measured, with no baseline)
    note: str = ""
    details: dict[str, Any] = field(default_factory=dict)
    paired_ratio: float | None = None  # the median of pairs' ratios, where timed in pairs

    @property
    def ratio(self) -> float | None:
        if self.paired_ratio is not None:
            return self.paired_ratio
        return None if self.baseline is None else self.measured / self.baseline

    @property
    def passed(self) -> bool | None:
        if self.target is None:
            return None
        value = self.ratio if self.ratio is not None else self.measured
        return value <= self.target

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        del data["paired_ratio"]
        data.update(ratio=self.ratio, passed=self.passed)
        return data


def _amount(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    if unit == "s" and value < 1:
        return f"{value * 1000:.0f} мс"
    if unit == "s":
        return f"{value:.2f} с"
    if unit == "MB":
        return f"{value:.0f} МБ"
    if unit == "ms":
        return f"{value:.0f} мс"
    if unit == "pages/s":
        return f"{value:.0f} стр/с"
    return f"{value:.2f} {unit}"


def _line(figure: Figure) -> str:
    ratio = "—" if figure.ratio is None else f"{figure.ratio:.2f}×"
    if figure.target is None:
        target, mark = "—", " "
    else:
        kind = "×" if figure.baseline is not None else f" {figure.unit}"
        target = f"≤ {figure.target:g}{kind}".replace("MB", "МБ").replace("ms", "мс")
        mark = "✓" if figure.passed else "✗"
    return (
        f"{figure.label:<44} {_amount(figure.measured, figure.unit):>10} "
        f"{_amount(figure.baseline, figure.unit):>10} {ratio:>9} {target:>9}  {mark}"
    )


HEADER = f"{'Показатель':<44} {'Измерено':>10} {'База':>10} {'Отношение':>9} {'Цель':>9}"


def _say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def _machine() -> dict[str, Any]:
    import openpyxl
    import PySide6
    import sqlalchemy

    return {
        "platform": platform.platform(),
        "python": platform.python_version(),
        "cpus": os.cpu_count(),
        "load_average": [round(x, 2) for x in os.getloadavg()],
        "pyside6": PySide6.__version__,
        "sqlalchemy": sqlalchemy.__version__,
        "openpyxl": openpyxl.__version__,
    }


def _revision() -> str:
    try:
        return subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            cwd=HERE,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return ""


def measure(args: argparse.Namespace, work: Path) -> tuple[list[Figure], dict[str, Any]]:
    figures: list[Figure] = []
    _say("Крупный Центр (5000 обучающихся, 20000 событий движения)…")
    centre = centre_module.large_centre()
    built = "из кэша" if centre.built_s is None else f"создан за {centre.built_s:.0f} с"
    db_path = centre_module.copy_of(centre, work)
    db_url = f"sqlite:///{db_path}"
    home = work / "home"
    info = {"students": centre.students, "movement": centre.movement, "built": built}

    _say("Холодный старт…")
    cold = gui_bench.cold_start(db_url, home, args.runs)
    figures.append(
        Figure(
            "cold_start",
            "Холодный старт до главного окна",
            cold["app_s"],
            "s",
            cold["empty_window_s"],
            "пустое окно QMainWindow",
            3,
            f"медианы {args.runs} пар запусков, отношение — медиана отношений пар; "
            "байт-код модулей сохранён, как у установленной программы",
            cold,
            cold["ratio"],
        )
    )

    _say("Фильтр и сортировка на странице «Обучающиеся»…")
    table = gui_bench.filter_and_sort(db_url, args.runs)
    typed, per_key = table["typed"], table["filter"]["per_key_ms"]
    figures.append(
        Figure(
            "filter",
            f"Фильтр при вводе «{typed}», {table['rows']} строк",
            table["filter"]["app_s"],
            "s",
            table["filter"]["plain_s"],
            "[s for s in тексты строк if слово in s.casefold()] на каждую клавишу",
            3,
            f"{len(typed)} клавиш, на клавишу {min(per_key):.1f}–{max(per_key):.0f} мс, "
            f"показано {table['shown']} строк; без задержки ввода (страница фильтрует "
            f"на каждую клавишу); тот же фильтр по одним ФИО "
            f"{table['filter']['plain_names_s'] * 1000:.0f} мс, "
            f"отношение к нему {table['filter']['ratio_to_names']:.1f}×; "
            f"строки — 5000 обучающихся Центра, повторённые до {table['rows']}",
            {**table["filter"], "rows": table["rows"], "shown": table["shown"], "typed": typed},
            table["filter"]["ratio"],
        )
    )
    for key, label, what in (
        ("sort_name", "Сортировка по ФИО", "sorted() тех же ФИО"),
        ("sort_date", "Сортировка по дате рождения", "sorted() тех же дат"),
    ):
        figures.append(
            Figure(
                key,
                f"{label}, {table['rows']} строк",
                table[key]["app_s"],
                "s",
                table[key]["sorted_s"],
                what,
                3,
                "от щелчка по заголовку (setSortIndicator) до перерисованной таблицы; сама "
                f"сортировка (порядок столбца готов с загрузки) "
                f"{table[key]['model_s'] * 1000:.1f} мс, одна перерисовка без изменений "
                f"{table['repaint_s'] * 1000:.0f} мс",
                table[key],
                table[key]["ratio"],
            )
        )
    gc.collect()

    _say("Поиск по всей базе…")
    found = search_bench.measure(db_url, args.runs)
    figures.append(
        Figure(
            "global_search",
            "Поиск по всей базе (Ctrl+K), на клавишу",
            found["slowest_key_s"] * 1000,
            "ms",
            None,
            "",
            100,
            f"самая медленная из {len(found['typed'])} клавиш «{found['typed']}» (медианы "
            f"{args.runs} наборов; по клавишам {found['per_key_ms']} мс); простой фильтр "
            f"casefold по {found['people']} ФИО — {found['plain_filter_s'] * 1000:.0f} мс",
            found,
        )
    )
    gc.collect()

    _say("Отчёт «report all»…")
    report = report_bench.measure(db_url, centre.today, args.report_pairs)
    figures.append(
        Figure(
            "report_all",
            "report all (Excel, все листы)",
            report["report_median_s"],
            "s",
            report["bare_median_s"],
            "openpyxl write-only тех же ячеек",
            1.3,
            f"{report['sheets']} листов, {report['cells']} ячеек; медианы {args.report_pairs} "
            f"пар, отношение — медиана отношений пар (лучших времён "
            f"{report['ratio_best']:.2f}×)",
            report,
            report["ratio"],
        )
    )
    gc.collect()

    _say("Импорт 10 000 строк…")
    imported = import_bench.measure(args.import_rows, args.runs // 2 + 1, 2)
    figures.append(
        Figure(
            "import",
            f"Импорт {imported['rows']} строк обучающихся",
            imported["import_s"],
            "s",
            imported["baseline_s"],
            "openpyxl read-only + insert() строк в person",
            1.5,
            f"лучшее из 2 и из {args.runs // 2 + 1}; чтение файла одно "
            f"{imported['bare_read_s']:.2f} с; создано {imported['created']} обучающихся, "
            f"{imported['parents']} родителей, {imported['enrolled']} зачислений",
            imported,
        )
    )
    gc.collect()

    _say("PDF приглашений…")
    pdf = invitations_bench.measure(args.pages)
    figures.append(
        Figure(
            "invitations_pdf",
            f"PDF приглашений, {pdf['pages']} страниц",
            pdf["sheets_s"],
            "s",
            pdf["plain_text_s"],
            "те же слова на тех же страницах, QPdfWriter без вёрстки",
            None,
            f"{pdf['pages_per_s']:.0f} страниц в секунду, {pdf['sheets_pdf_kib']} КиБ",
            pdf,
        )
    )
    figures.append(
        Figure(
            "invitations_pages_per_s",
            "PDF приглашений, страниц в секунду",
            pdf["pages_per_s"],
            "pages/s",
        )
    )

    _say("Пиковая память…")
    mem = gui_bench.memory(db_url, home)
    figures.append(
        Figure(
            "peak_memory",
            "Пиковая память окна с крупным Центром",
            mem["app_mb"],
            "MB",
            target=300,
            note=f"открыты «Обучающиеся» и «Движение»; пустое окно {mem['empty_window_mb']:.0f} МБ",
            details=mem,
        )
    )
    return figures, info


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5, help="repetitions of each timing")
    parser.add_argument("--report-pairs", type=int, default=5)
    parser.add_argument("--import-rows", type=int, default=10_000)
    parser.add_argument("--pages", type=int, default=100)
    parser.add_argument("--json", type=Path, default=RESULTS, help="where to write the figures")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="sferum-bench-") as folder:
        figures, centre = measure(args, Path(folder))
    duration = time.perf_counter() - started

    print(HEADER)
    for figure in figures:
        print(_line(figure))
    print()
    for figure in figures:
        if figure.note or figure.baseline_label:
            base = f"база: {figure.baseline_label}; " if figure.baseline_label else ""
            print(f"  {figure.label}: {base}{figure.note}")
    missed = [f.label for f in figures if f.passed is False]
    print(
        f"\nКрупный Центр: {centre['students']} обучающихся, {centre['movement']} событий "
        f"({centre['built']}). Всё заняло {duration:.0f} с."
    )
    print(f"Цели не достигнуты: {len(missed)} из {sum(f.target is not None for f in figures)}.")

    results = {
        "date": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
        "revision": _revision(),
        "machine": _machine(),
        "duration_s": round(duration, 1),
        "centre": centre,
        "figures": [figure.as_json() for figure in figures],
        "missed": missed,
    }
    args.json.write_text(json.dumps(results, ensure_ascii=False, indent=2) + "\n")
    print(f"Записано в {args.json}")
    return 1 if args.strict and missed else 0


if __name__ == "__main__":
    sys.exit(main())
