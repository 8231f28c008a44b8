"""Reading an .xlsx sheet or a .csv file into plain rows of cell values.

A workbook is read with openpyxl in read-only, values-only mode (a formula cell gives its
last computed value). A CSV may be UTF-8 with or without a BOM or Windows-1251, separated by
«,», «;» or tab — both are detected. Any file that cannot be read becomes an
:class:`ImportFileError` with one Russian line naming the file.
"""

from __future__ import annotations

import csv
import io
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from .problems import ImportFileError

_ZIP_MAGIC = b"PK\x03\x04"
_OLD_XLS_MAGIC = b"\xd0\xcf\x11\xe0"
_DELIMITERS = (";", ",", "\t")
_SNIFF_LINES = 30

Cell = object
Row = tuple[Cell, ...]


@dataclass
class SourceTable:
    """The rows of one sheet (or of a CSV file); row ``i`` of ``rows`` is file row ``i + 1``."""

    path: Path
    rows: list[Row]
    sheet: str | None = None
    sheets: list[str] = field(default_factory=list)
    encoding: str | None = None
    delimiter: str | None = None


def _fail(path: Path, problem: str) -> ImportFileError:
    return ImportFileError(f"{path.name}: {problem}")


def _head(path: Path) -> bytes:
    try:
        with path.open("rb") as stream:
            return stream.read(8)
    except FileNotFoundError:
        raise _fail(path, "файл не найден") from None
    except IsADirectoryError:
        raise _fail(path, "это папка, а не файл") from None
    except OSError as exc:
        raise _fail(path, f"файл не читается ({exc.strerror or exc})") from None


def is_workbook(path: Path) -> bool:
    return _head(path).startswith(_ZIP_MAGIC)


def sheet_names(path: Path | str) -> list[str]:
    """The sheets of a workbook; an empty list for a CSV file."""
    path = Path(path)
    if not is_workbook(path):
        _check_not_binary(path, _head(path))
        return []
    workbook = _open_workbook(path)
    try:
        return list(workbook.sheetnames)
    finally:
        workbook.close()


def _check_not_binary(path: Path, head: bytes) -> None:
    if head.startswith(_OLD_XLS_MAGIC):
        raise _fail(
            path, "это книга старого формата Excel (.xls) — сохраните её как .xlsx или .csv"
        )
    if path.suffix.lower() in {".xlsx", ".xlsm"}:
        raise _fail(path, "файл повреждён или это не книга Excel (.xlsx)")


def _open_workbook(path: Path):  # type: ignore[no-untyped-def]
    from openpyxl import load_workbook

    try:
        return load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, TypeError) as exc:
        raise _fail(path, "файл повреждён или это не книга Excel (.xlsx)") from exc
    except Exception as exc:  # openpyxl raises assorted errors on broken XML
        raise _fail(path, "файл повреждён или это не книга Excel (.xlsx)") from exc


def read_table(path: Path | str, sheet: str | None = None) -> SourceTable:
    """All rows of ``sheet`` (the first sheet by default) or of the CSV file."""
    path = Path(path)
    head = _head(path)
    if head.startswith(_ZIP_MAGIC):
        table = _read_workbook(path, sheet)
    else:
        _check_not_binary(path, head)
        table = _read_csv(path)
    while table.rows and not any(_filled(v) for v in table.rows[-1]):
        table.rows.pop()
    if not table.rows:
        where = f"лист «{table.sheet}» пуст" if table.sheet else "файл пуст"
        raise _fail(path, where)
    return table


def _filled(value: object) -> bool:
    return value is not None and not (isinstance(value, str) and not value.strip())


def _read_workbook(path: Path, sheet: str | None) -> SourceTable:
    workbook = _open_workbook(path)
    try:
        names = list(workbook.sheetnames)
        if not names:
            raise _fail(path, "в книге нет листов")
        if sheet is None:
            name = names[0]
        else:
            matches = [n for n in names if n.strip().casefold() == sheet.strip().casefold()]
            if not matches:
                raise _fail(
                    path, f"листа «{sheet}» нет (есть: {', '.join(f'«{n}»' for n in names)})"
                )
            name = matches[0]
        try:
            rows = [tuple(row) for row in workbook[name].iter_rows(values_only=True)]
        except Exception as exc:
            raise _fail(path, f"лист «{name}» не читается — файл повреждён") from exc
    finally:
        workbook.close()
    return SourceTable(path=path, rows=rows, sheet=name, sheets=names)


def _decode(path: Path, data: bytes) -> tuple[str, str]:
    if b"\x00" in data[:4096]:
        raise _fail(path, "это не текстовый файл CSV и не книга Excel (.xlsx)")
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("cp1251", errors="replace"), "cp1251"


def _delimiter(text: str) -> str:
    lines = [line for line in text.splitlines() if line.strip()][:_SNIFF_LINES]
    counts = {d: sum(line.count(d) for line in lines) for d in _DELIMITERS}
    best = max(_DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ";"


def _read_csv(path: Path) -> SourceTable:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise _fail(path, f"файл не читается ({exc.strerror or exc})") from None
    text, encoding = _decode(path, data)
    delimiter = _delimiter(text)
    try:
        rows: list[Row] = [
            tuple(row) for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        ]
    except csv.Error as exc:
        raise _fail(path, f"строки CSV записаны с ошибкой ({exc})") from exc
    return SourceTable(path=path, rows=rows, encoding=encoding, delimiter=delimiter)
