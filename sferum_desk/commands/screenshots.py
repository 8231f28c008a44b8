"""`sferum-desk [--db X] screenshots --out DIR`: every page and main dialog as PNG, offscreen,
at 100 % and 200 % (without --db, of a demo Centre built for the purpose)."""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path
from typing import Any

from .. import config
from .common import CliError, open_or_fail

SCALES = (1.0, 1.5, 2.0, 3.0)
THEMES = ("system", "light", "dark")  # ui.theme's, named here so the CLI need not load Qt


def add_parser(commands: Any) -> None:
    parser = commands.add_parser(
        "screenshots",
        help="снимки всех разделов и основных окон в PNG",
        description="Отрисовывает каждый раздел главного окна, его виды и основные диалоги "
        "без экрана в файлы PNG — в масштабе 100 % и 200 % (файлы «…@2x.png»), по желанию "
        "и 150 %. Без --db снимает демонстрационный Центр, созданный для этого во временной "
        "папке.",
    )
    parser.add_argument("--out", metavar="ПАПКА", required=True, help="куда записать снимки")
    parser.add_argument(
        "--scale",
        type=float,
        nargs="+",
        choices=SCALES,
        default=[1.0, 2.0],
        metavar="N",
        help="масштабы: 1 — 100 %%, 1.5 — 150 %%, 2 — 200 %%, 3 — 300 %% (по умолчанию 1 и 2)",
    )
    parser.add_argument(
        "--theme",
        choices=THEMES,
        default=THEMES[0],
        help="оформление: light — светлое, dark — тёмное, system — как в системе (по умолчанию)",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    out = Path(args.out)
    if out.exists() and not out.is_dir():
        raise CliError(f"{out} — файл, а не папка")
    with tempfile.TemporaryDirectory(prefix="sferum-desk-shots-") as folder:
        if args.db:
            database = open_or_fail(config.db_url(args.db), must_exist=True)
        else:
            from ..services import demo

            database = open_or_fail(config.sqlite_url(Path(folder) / "demo.sqlite3"))
            with database.transaction() as session:
                demo.generate(session)
        try:
            written = _take(database, out, args.scale, args.theme)
        finally:
            database.dispose()
    print(f"Снимков: {len(written)} в {out}")
    return 0


def _take(database: Any, out: Path, scales: list[float], theme: str = "system") -> list[Path]:
    from PySide6.QtWidgets import QApplication

    from ..ui import theme as themes
    from ..ui.app import app_icon, install_translators
    from ..ui.screenshots import take

    app = QApplication.instance() or QApplication(["sferum-desk"])
    assert isinstance(app, QApplication)
    app.setWindowIcon(app_icon())
    install_translators(app)
    themes.apply_theme(app, theme)
    try:
        return take(database, out, scales)
    finally:
        themes.apply_theme(app, themes.SYSTEM)  # as it was (several runs in one process)
