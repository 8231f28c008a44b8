"""From the rows of a sheet to checked records, one per data row; no database here."""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass, field

from ...data.models import StaffPosition
from ...data.search import normalize
from ..nomenclature.common import plural
from ..people.validation import (
    birth_date_problems,
    clean_email,
    clean_name,
    clean_phone,
    name_problem,
)
from . import values
from .columns import ColumnMapping, ImportKind
from .problems import Problem
from .reading import SourceTable

# No imported field is longer (names: 100, e-mail: 254); a longer cell is a pasted mistake.
MAX_CELL_CHARS = 500


@dataclass
class PersonFields:
    last_name: str = ""
    first_name: str = ""
    middle_name: str = ""
    birth_date: dt.date | None = None
    phone: str | None = None
    email: str | None = None

    def names_key(self) -> tuple[str, str, str]:
        return (normalize(self.last_name), normalize(self.first_name), normalize(self.middle_name))

    def key(self) -> tuple[str, str, str, dt.date | None]:
        return (*self.names_key(), self.birth_date)

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.last_name, self.first_name, self.middle_name) if p)


@dataclass
class RowRecord:
    """One data row, cleaned; ``errors`` non-empty means the row cannot be imported."""

    row: int
    person: PersonFields
    association: str = ""
    group: str = ""
    study_year: int | None = None
    direction: str = ""
    enrolled_on: dt.date | None = None
    hired_on: dt.date | None = None
    order: tuple[str, dt.date] | None = None
    parent: PersonFields | None = None
    position: StaffPosition | None = None
    position_title: str = ""
    errors: list[Problem] = field(default_factory=list)
    notices: list[Problem] = field(default_factory=list)
    same_as: int | None = None  # an identical earlier row

    @property
    def valid(self) -> bool:
        return not self.errors


class _RowReader:
    def __init__(
        self, mapping: ColumnMapping, kind: ImportKind, row_number: int, cells: tuple[object, ...]
    ) -> None:
        self.mapping = mapping
        self.kind = kind
        self.record = RowRecord(row=row_number, person=PersonFields())
        self.cells = cells
        self.refused: set[str] = set()  # fields whose cell is refused as a whole
        self.screen()

    def screen(self) -> None:
        """Refuse a cell of an imported column that is far too long or holds an invisible
        control character (it is then read as empty, so it gets no second message)."""
        cells = list(self.cells)
        for index, field_name in enumerate(self.mapping.fields):
            if not field_name or index >= len(cells) or not isinstance(cells[index], str):
                continue
            value = str(cells[index])
            message = _cell_problem(value)
            if message:
                self.error(field_name, message)
                self.refused.add(field_name)
                cells[index] = None
        self.cells = tuple(cells)

    def raw(self, field: str) -> object:
        index = self.mapping.column_of(field)
        if index is None or index >= len(self.cells):
            return None
        return self.cells[index]

    def text(self, field: str) -> str:
        return values.text(self.raw(field))

    def error(self, field: str, message: str) -> None:
        if field in self.refused:
            return
        self.record.errors.append(Problem(self.record.row, self.mapping.header_of(field), message))

    def notice(self, field: str, message: str) -> None:
        self.record.notices.append(
            Problem(self.record.row, self.mapping.header_of(field), message, notice=True)
        )

    def date(self, field: str, today: dt.date) -> dt.date | None:
        try:
            return values.date_value(self.raw(field), today)
        except values.ValueProblemError as exc:
            self.error(field, f"{exc}.")
            return None

    def names(self, full_field: str, prefix: str = "") -> PersonFields:
        """Name parts from one «ФИО» column or from three columns, cleaned and checked."""
        fields_present = self.mapping.fields
        if full_field in fields_present and (
            prefix or self.text(full_field) or "last_name" not in fields_present
        ):
            last, first, middle = values.split_full_name(self.text(full_field))
            fields = {"last_name": full_field, "first_name": full_field, "middle_name": full_field}
        else:
            last, first, middle = (self.text(f) for f in ("last_name", "first_name", "middle_name"))
            fields = {f: f for f in ("last_name", "first_name", "middle_name")}
        person = PersonFields(clean_name(last), clean_name(first), clean_name(middle))
        for part in ("last_name", "first_name", "middle_name"):
            message = name_problem(getattr(person, part), part, required=part != "middle_name")
            if message:
                who = "Родитель: " if prefix else ""
                self.error(fields[part], who + message)
        return person

    def contact(self, person: PersonFields, phone_field: str, email_field: str) -> None:
        phone, problem = clean_phone(self.text(phone_field))
        if problem:
            self.error(phone_field, problem)
        email, problem = clean_email(self.text(email_field))
        if problem:
            self.error(email_field, problem)
        person.phone, person.email = phone, email


def _cell_problem(value: str) -> str | None:
    if len(value) > MAX_CELL_CHARS:
        length = plural(len(value), "знак", "знака", "знаков")
        return f"Слишком длинное значение: {length} (не больше {MAX_CELL_CHARS})."
    if value.isprintable():  # the usual case, checked at C speed
        return None
    for ch in value:
        if not ch.isspace() and unicodedata.category(ch) in {"Cc", "Cf"}:
            return (
                f"В ячейке невидимый управляющий знак (код U+{ord(ch):04X}) — удалите его "
                "и проверьте значение."
            )
    return None


def read_record(
    mapping: ColumnMapping,
    kind: ImportKind,
    row_number: int,
    cells: tuple[object, ...],
    today: dt.date,
) -> RowRecord:
    reader = _RowReader(mapping, kind, row_number, cells)
    record = reader.record
    person = reader.names("full_name")
    reader.contact(person, "phone", "email")
    person.birth_date = reader.date("birth_date", today)
    student = kind == ImportKind.STUDENTS
    error, warning = birth_date_problems(person.birth_date, today, student=student)
    if error:
        reader.error("birth_date", error)
    elif warning:
        reader.notice("birth_date", warning)
    record.person = person
    _read_order(reader, today)
    if student:
        record.association = reader.text("association")
        record.group = reader.text("group")
        record.direction = reader.text("direction")
        try:
            record.study_year = values.int_value(reader.raw("study_year"), 1, 11, "Год обучения")
        except values.ValueProblemError as exc:
            reader.error("study_year", f"{exc}.")
        record.enrolled_on = reader.date("enrolled_on", today)
        if record.enrolled_on is not None and record.enrolled_on > today:
            reader.error("enrolled_on", "Дата зачисления не может быть в будущем.")
        if reader.text("parent_name"):
            parent = reader.names("parent_name", prefix="parent")
            reader.contact(parent, "parent_phone", "parent_email")
            record.parent = parent
        elif reader.text("parent_phone") or reader.text("parent_email"):
            reader.error("parent_name", "Указан телефон или e-mail родителя, но не его ФИО.")
    else:
        title = reader.text("position")
        if not title:
            reader.error("position", "Укажите должность.")
        else:
            record.position = values.staff_position(title)
            record.position_title = title[:200]
        record.hired_on = reader.date("hired_on", today)
        if record.hired_on is not None and record.hired_on > today:
            reader.error("hired_on", "Дата приёма не может быть в будущем.")
    return record


def _read_order(reader: _RowReader, today: dt.date) -> None:
    record = reader.record
    combined = reader.text("order")
    if combined:
        try:
            record.order = values.order_reference(combined, today)
        except values.ValueProblemError as exc:
            reader.error("order", f"{exc}.")
        return
    number = reader.text("order_number").lstrip("№").strip()
    day = reader.date("order_date", today)
    if number and day:
        record.order = (number[:50], day)
    elif number and "order_date" not in reader.mapping.fields:
        reader.error("order_number", "Нет даты приказа: добавьте столбец «Дата приказа».")
    elif number or day:
        missing = "order_date" if number else "order_number"
        reader.error(missing, "Нужны и номер, и дата приказа.")


def read_records(
    table: SourceTable, mapping: ColumnMapping, kind: ImportKind, today: dt.date
) -> tuple[list[RowRecord], int]:
    """The records of the data rows below the header (blank rows skipped) and how many
    identical repeated rows were merged."""
    records: list[RowRecord] = []
    seen: dict[tuple[str, ...], int] = {}
    merged = 0
    mapped = [i for i, f in enumerate(mapping.fields) if f]
    for offset, cells in enumerate(table.rows[mapping.header_row :], start=1):
        row_number = mapping.header_row + offset
        key = tuple(normalize(values.text(cells[i])) if i < len(cells) else "" for i in mapped)
        if not any(key):
            continue
        if key in seen:
            merged += 1
            first = seen[key]
            records.append(
                RowRecord(
                    row=row_number,
                    person=PersonFields(),
                    same_as=first,
                    notices=[
                        Problem(
                            row_number,
                            "",
                            f"Строка повторяет строку {first} — учтена один раз.",
                            notice=True,
                        )
                    ],
                )
            )
            continue
        seen[key] = row_number
        records.append(read_record(mapping, kind, row_number, cells, today))
    return records, merged
