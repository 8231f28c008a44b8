"""Import of staff and students from Excel (.xlsx) and CSV files.

The steps, each usable alone (the CLI runs them in a row, the wizard one page at a time):

1. :func:`load_source` reads the file (:mod:`.reading`) and finds the header row and the
   field of each column (:mod:`.columns`, where the fields are documented);
2. :func:`plan_import` cleans every row (:mod:`.rows`) and checks it against the database
   (:mod:`.planning`): who is new, who is known, which groups, what is missing;
3. :func:`apply_import` writes it in one undoable change batch, yielding progress
   (:mod:`.applying`); :func:`run_import` is the same without progress.

A file that cannot be read raises :class:`ImportFileError` (one Russian line); row problems
are :class:`Problem` records, written to a workbook by :func:`write_errors_workbook`.
"""

from .applying import ImportResult, apply_import, batch_label, result_of, run_import
from .columns import (
    FIELD_LABELS,
    IGNORE,
    KIND_FIELDS,
    ColumnMapping,
    ImportKind,
    detect_columns,
    guess_field,
    header_key,
    parse_overrides,
)
from .plan import ImportPlan, MissingPerson
from .planning import plan_import
from .problems import ImportFileError, Problem, write_errors_workbook
from .reading import SourceTable, read_table, sheet_names
from .source import ImportOptions, ImportSource, load_source

__all__ = [
    "FIELD_LABELS",
    "IGNORE",
    "KIND_FIELDS",
    "ColumnMapping",
    "ImportFileError",
    "ImportKind",
    "ImportOptions",
    "ImportPlan",
    "ImportResult",
    "ImportSource",
    "MissingPerson",
    "Problem",
    "SourceTable",
    "apply_import",
    "batch_label",
    "detect_columns",
    "guess_field",
    "header_key",
    "load_source",
    "parse_overrides",
    "plan_import",
    "read_table",
    "result_of",
    "run_import",
    "sheet_names",
    "write_errors_workbook",
]
