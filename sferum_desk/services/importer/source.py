"""An import file opened and its columns recognised, plus the options of an import.

A file is refused as a whole (:class:`ImportFileError`) when an imported column holds
formulas without saved values or when no data row follows the header."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from .columns import (
    ColumnMapping,
    ImportKind,
    detect_columns,
    header_key,
    parse_overrides,
    remap,
)
from .problems import ImportFileError
from .reading import SourceTable, read_table


@dataclass
class ImportOptions:
    create_groups: bool = False  # create unknown associations and groups
    skip_invalid: bool = False  # import the good rows, leave out the bad ones
    dry_run: bool = False  # check and count, write nothing
    today: dt.date | None = None


@dataclass
class ImportSource:
    table: SourceTable
    kind: ImportKind
    mapping: ColumnMapping

    @property
    def file_name(self) -> str:
        return self.table.path.name

    def preview(self, rows: int = 10) -> list[list[str]]:
        """The first data rows as text, for the wizard's preview."""
        from .values import text

        start = self.mapping.header_row
        width = len(self.mapping.headers)
        result = []
        for cells in self.table.rows[start : start + rows]:
            shown = [text(v) for v in cells[:width]]
            result.append(shown + [""] * (width - len(shown)))
        return result

    def with_fields(self, fields: Sequence[str]) -> ImportSource:
        source = ImportSource(
            self.table, self.kind, remap(self.mapping, list(fields), self.file_name)
        )
        _check_formulas(source.table, source.mapping)
        return source


def _check_formulas(table: SourceTable, mapping: ColumnMapping) -> None:
    """Refuse formulas without saved values in the imported columns (they read as empty)."""
    problem = table.formula_problem(i for i, f in enumerate(mapping.fields) if f)
    if problem is not None:
        raise problem


def _check_has_data(table: SourceTable, mapping: ColumnMapping) -> None:
    from .values import text

    mapped = [i for i, f in enumerate(mapping.fields) if f]
    for cells in table.rows[mapping.header_row :]:
        if any(i < len(cells) and text(cells[i]) for i in mapped):
            return
    raise ImportFileError(
        f"{table.path.name}: под строкой заголовков (строка {mapping.header_row}) нет ни "
        "одной строки с данными"
    )


def load_source(
    path: Path | str,
    kind: ImportKind | str,
    sheet: str | None = None,
    overrides: Sequence[str] | Mapping[str, str] | None = None,
) -> ImportSource:
    """Read the file and find its header row and columns. ``overrides`` are ``--map``
    items («Заголовок=поле») or an already parsed {header key: field}."""
    kind = ImportKind(kind)
    table = read_table(path, sheet)
    if isinstance(overrides, Mapping):
        parsed = {header_key(k): v for k, v in overrides.items()}
    else:
        parsed = parse_overrides(list(overrides or []))
    try:
        mapping = detect_columns(table, kind, parsed)
    except ImportFileError:
        problem = table.formula_problem()  # the headers themselves may be formulas
        if problem is not None:
            raise problem from None
        raise
    _check_formulas(table, mapping)
    _check_has_data(table, mapping)
    return ImportSource(table, kind, mapping)
