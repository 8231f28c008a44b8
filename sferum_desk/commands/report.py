"""`sferum-desk report KIND`: the director's workbooks (``reports.director``)."""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .common import CliError, parse_date


def add_on_argument(parser: Any) -> None:
    parser.add_argument(
        "--on",
        metavar="ДАТА",
        type=parse_date,
        default=None,
        help="на дату (по умолчанию сегодня); период по умолчанию — месяц этой даты",
    )


def request_from(args: argparse.Namespace, kind: str) -> Any:
    """The report request of the command line; a period given by halves is completed with
    the month of ``--on``."""
    from ..reports.director import ReportRequest
    from ..services.clock import centre_now
    from ..services.summary import period_of

    on: dt.date = getattr(args, "on", None) or centre_now().date()
    start, end = period_of(on, getattr(args, "date_from", None), getattr(args, "date_to", None))
    if end < start:
        raise CliError(f"конец периода {end:%d.%m.%Y} раньше начала {start:%d.%m.%Y}")
    personal = not getattr(args, "no_personal_data", False)
    return ReportRequest(kind, on, start, end, personal_data=personal)


def director_report(kind: str) -> Callable[[Any, Path, argparse.Namespace], int]:
    """A builder for ``cli.REPORTS``: writes the workbook, returns the number of sheets."""

    def build(session: Any, out: Path, args: argparse.Namespace) -> int:
        from ..reports.director import write_report

        sheets: int = write_report(session, request_from(args, kind), out)
        return sheets

    return build
