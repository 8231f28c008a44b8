"""Reading an .xlsx sheet or a .csv file into plain rows of cell values.

A workbook is read with openpyxl in read-only, values-only mode (a formula cell gives its
last computed value; cells whose formula has no saved value are listed in
:attr:`SourceTable.formulas`). A CSV may be UTF-8 with or without a BOM, UTF-16 with a BOM
(Excel's «Unicode text») or Windows-1251, separated by «,», «;» or tab — both are detected.
A sheet longer than :data:`MAX_ROWS` is refused while it is read, before it is all in memory.
Any file that cannot be read becomes an :class:`ImportFileError` with one Russian line naming
the file: a PDF, a ZIP archive or a Word document named .xlsx, a workbook protected by a
password and an old .xls are told apart.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .problems import ImportFileError

# More rows than a Centre ever has (the import bench loads 10,000); a bigger sheet is
# refused while it is read, so a runaway file never fills the memory.
MAX_ROWS = 50_000

_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0"  # a Compound File: an old .xls, or an encrypted workbook
_PDF_MAGIC = b"%PDF"
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
# The name of the stream Excel keeps a password-protected workbook in, as the Compound
# File's directory spells it (UTF-16LE).
_ENCRYPTED_STREAM = "EncryptedPackage".encode("utf-16-le")
_FORMULA_TAG = re.compile(rb"<(?:\w+:)?f[\s>/]")
_DELIMITERS = (";", ",", "\t")
_SNIFF_LINES = 30
_SHOWN_CELLS = 5

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
    # (row index, column index) of the cells holding a formula without a saved value: a
    # workbook written by a program that does not compute formulas reads them as empty.
    formulas: list[tuple[int, int]] = field(default_factory=list)

    def formula_problem(self, columns: Iterable[int] | None = None) -> ImportFileError | None:
        """The error naming the formula cells (of ``columns`` only, if given), or None."""
        wanted = None if columns is None else set(columns)
        cells = [(r, c) for r, c in self.formulas if wanted is None or c in wanted]
        if not cells:
            return None
        from openpyxl.utils import get_column_letter

        shown = ", ".join(f"{get_column_letter(c + 1)}{r + 1}" for r, c in cells[:_SHOWN_CELLS])
        if len(cells) > _SHOWN_CELLS:
            shown += f" и ещё {len(cells) - _SHOWN_CELLS}"
        where = f"на листе «{self.sheet}» " if self.sheet else ""
        what = (
            f"в ячейке {shown} формула без сохранённого значения"
            if len(cells) == 1
            else f"в ячейках {shown} формулы без сохранённых значений"
        )
        return _fail(
            self.path,
            f"{where}{what} (книгу записала программа, которая не считает формулы) — "
            "откройте файл в Excel или LibreOffice Calc и сохраните его заново или замените "
            "формулы значениями",
        )


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
    if head.startswith(_OLE_MAGIC):
        if _contains(path, _ENCRYPTED_STREAM):
            raise _fail(
                path,
                "книга защищена паролем — откройте её в Excel, снимите пароль (Файл → "
                "Сведения → Защита книги) и сохраните заново",
            )
        raise _fail(
            path, "это книга старого формата Excel (.xls) — сохраните её как .xlsx или .csv"
        )
    if head.startswith(_PDF_MAGIC):
        raise _fail(path, "это документ PDF, а не книга Excel (.xlsx) или файл CSV")
    if path.suffix.lower() in {".xlsx", ".xlsm"}:
        raise _fail(path, "файл повреждён или это не книга Excel (.xlsx)")


def _contains(path: Path, needle: bytes) -> bool:
    """Whether the file's bytes contain ``needle`` (read in chunks)."""
    tail = b""
    try:
        with path.open("rb") as stream:
            while chunk := stream.read(1 << 20):
                if needle in tail + chunk:
                    return True
                tail = chunk[-len(needle) :]
    except OSError:
        return False
    return False


def _check_archive(path: Path) -> None:
    """A ZIP file that is no workbook (a plain archive, a Word document) is named as such."""
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise _fail(path, "файл повреждён или это не книга Excel (.xlsx)") from exc
    if any(name.startswith("xl/") for name in names):
        return
    if "word/document.xml" in names:
        raise _fail(path, "это документ Word (.docx), а не книга Excel (.xlsx)")
    if "mimetype" in names and "content.xml" in names:
        raise _fail(path, "это документ OpenDocument (.ods, .odt) — сохраните его как .xlsx")
    raise _fail(path, "это архив ZIP, а не книга Excel (.xlsx)")


def _open_workbook(path: Path, data_only: bool = True):  # type: ignore[no-untyped-def]
    from openpyxl import load_workbook

    _check_archive(path)
    try:
        return load_workbook(path, read_only=True, data_only=data_only)
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


def _too_many_rows(path: Path, sheet: str | None) -> ImportFileError:
    where = f"в листе «{sheet}»" if sheet else "в файле"
    limit = f"{MAX_ROWS:,}".replace(",", " ")
    return _fail(
        path,
        f"{where} больше {limit} строк — столько не загружается за один раз; разделите "
        f"список на части не больше {limit} строк",
    )


def _limited(path: Path, sheet: str | None, rows: Iterable[Sequence[object]]) -> list[Row]:
    """The rows, refusing the file at its first filled row past :data:`MAX_ROWS` (empty
    formatted rows below the list do not count and are not kept)."""
    kept: list[Row] = []
    for index, row in enumerate(rows):
        if index < MAX_ROWS:
            kept.append(tuple(row))
        elif any(_filled(v) for v in row):
            raise _too_many_rows(path, sheet)
    return kept


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
            rows = _limited(path, name, workbook[name].iter_rows(values_only=True))
        except ImportFileError:
            raise
        except Exception as exc:
            raise _fail(path, f"лист «{name}» не читается — файл повреждён") from exc
    finally:
        workbook.close()
    formulas = _uncomputed_formulas(path, name, rows) if _has_formulas(path) else []
    return SourceTable(path=path, rows=rows, sheet=name, sheets=names, formulas=formulas)


def _has_formulas(path: Path) -> bool:
    """Whether any sheet of the workbook holds a formula (a quick scan of its XML)."""
    try:
        with zipfile.ZipFile(path) as archive:
            for info in archive.infolist():
                if not (
                    info.filename.startswith("xl/worksheets/") and info.filename.endswith(".xml")
                ):
                    continue
                with archive.open(info) as stream:
                    tail = b""
                    while chunk := stream.read(1 << 20):
                        if _FORMULA_TAG.search(tail + chunk):
                            return True
                        tail = chunk[-16:]
    except (zipfile.BadZipFile, OSError, ValueError):
        return False
    return False


def _uncomputed_formulas(path: Path, sheet: str, rows: list[Row]) -> list[tuple[int, int]]:
    """The cells that read as empty but hold a formula: a second pass reading formulas."""
    from openpyxl.worksheet.formula import ArrayFormula, DataTableFormula

    workbook = _open_workbook(path, data_only=False)
    found: list[tuple[int, int]] = []
    try:
        for r, row in enumerate(workbook[sheet].iter_rows(values_only=True)):
            if r >= len(rows):
                break
            values = rows[r]
            for c, formula in enumerate(row):
                if (c < len(values) and values[c] is not None) or formula is None:
                    continue
                if isinstance(formula, ArrayFormula | DataTableFormula) or (
                    isinstance(formula, str) and formula.startswith("=")
                ):
                    found.append((r, c))
    except Exception:  # the values are read; the formulas are only a check
        return found
    finally:
        workbook.close()
    return found


def _decode(path: Path, data: bytes) -> tuple[str, str]:
    if data.startswith(_UTF16_BOMS):  # Excel's «Unicode text» (tab-separated)
        return data.decode("utf-16", errors="replace"), "utf-16"
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
        rows = _limited(path, None, csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as exc:
        raise _fail(path, f"строки CSV записаны с ошибкой ({exc})") from exc
    return SourceTable(path=path, rows=rows, encoding=encoding, delimiter=delimiter)
