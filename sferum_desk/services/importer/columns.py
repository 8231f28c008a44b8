"""The fields an import understands, and finding the header row and its columns.

Fields of a **students** file:
``full_name`` (ФИО / Ф.И.О. обучающегося / ФИО ребёнка) or ``last_name`` + ``first_name`` +
``middle_name`` (Фамилия, Имя, Отчество); ``birth_date`` (Дата рождения / Дата рожд. / Д.р.);
``association`` (Объединение / Детское объединение / Название объединения); ``group``
(Группа / № группы — a group number or the Sferum class name); ``study_year`` (Год обучения);
``direction`` (Направленность); ``enrolled_on`` (Дата зачисления); ``order`` (Приказ — «№ 12
от 01.09.2026»), or ``order_number`` + ``order_date``; ``phone``, ``email`` (the student's
own); ``parent_name`` (ФИО родителя / Родитель / Законный представитель), ``parent_phone``
(Телефон родителя), ``parent_email``. In a students file with a parent column, a plain
«Телефон» / «E-mail» is the parent's.

Fields of a **staff** file: the name fields, ``birth_date``, ``position`` (Должность),
``hired_on`` (Дата приёма / Дата приёма на работу), ``phone``, ``email`` and the order fields.

Headers are compared case-, «ё»- and punctuation-insensitively; ``--map "Header=field"``
(or the wizard's comboboxes) overrides what is detected.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Mapping
from dataclasses import dataclass

from ...data.search import normalize
from .problems import ImportFileError
from .reading import SourceTable

HEADER_SCAN_ROWS = 30
IGNORE = ""  # the field of a column that is not imported


class ImportKind(enum.StrEnum):
    STAFF = "staff"
    STUDENTS = "students"


NAME_FIELDS = ("full_name", "last_name", "first_name", "middle_name")
ORDER_FIELDS = ("order", "order_number", "order_date")

# field → Russian label (the wizard's combobox, messages)
FIELD_LABELS: dict[str, str] = {
    "full_name": "ФИО",
    "last_name": "Фамилия",
    "first_name": "Имя",
    "middle_name": "Отчество",
    "birth_date": "Дата рождения",
    "association": "Объединение",
    "group": "Группа",
    "study_year": "Год обучения",
    "direction": "Направленность",
    "enrolled_on": "Дата зачисления",
    "position": "Должность",
    "hired_on": "Дата приёма",
    "order": "Приказ (номер и дата)",
    "order_number": "Номер приказа",
    "order_date": "Дата приказа",
    "phone": "Телефон",
    "email": "E-mail",
    "parent_name": "ФИО родителя",
    "parent_phone": "Телефон родителя",
    "parent_email": "E-mail родителя",
}

KIND_FIELDS: dict[ImportKind, tuple[str, ...]] = {
    ImportKind.STUDENTS: (
        *NAME_FIELDS,
        "birth_date",
        "association",
        "group",
        "study_year",
        "direction",
        "enrolled_on",
        *ORDER_FIELDS,
        "phone",
        "email",
        "parent_name",
        "parent_phone",
        "parent_email",
    ),
    ImportKind.STAFF: (
        *NAME_FIELDS,
        "birth_date",
        "position",
        "hired_on",
        *ORDER_FIELDS,
        "phone",
        "email",
    ),
}

_NON_WORD = re.compile(r"[^0-9a-zа-я]+")


def header_key(text: object) -> str:
    """«Ф.И.О. обучающегося» → «фиообучающегося»: folded, letters and digits only."""
    folded = normalize(str(text) if text is not None else "").replace("№", "номер")
    return _NON_WORD.sub("", folded)


def _is_parent(key: str) -> bool:
    return any(w in key for w in ("родител", "представител", "мамы", "папы", "опекун"))


def guess_field(header: object) -> str | None:
    """The field a header names, whatever the kind of file; None when unknown."""
    key = header_key(header)
    if not key:
        return None
    parent = _is_parent(key)
    if "приказ" in key:
        if "дата" in key and "номер" not in key:
            return "order_date"
        if "номер" in key and "дата" not in key:
            return "order_number"
        return "order"
    if key.startswith("фамилияимяотчество") or key.startswith("фио"):
        return "parent_name" if parent else "full_name"
    if key in {"родитель", "родители", "законныйпредставитель", "мать", "отец"} or (
        parent and not any(w in key for w in ("тел", "почт", "mail"))
    ):
        return "parent_name"
    if key.startswith("тел") or "телефон" in key:
        return "parent_phone" if parent else "phone"
    if "mail" in key or "почт" in key:
        return "parent_email" if parent else "email"
    if key.startswith("фамилия"):
        return "last_name"
    if key == "имя":
        return "first_name"
    if key == "отчество":
        return "middle_name"
    if key.startswith("датарожд") or key in {"др", "деньрождения", "годрождения"}:
        return "birth_date"
    if key.startswith("датаприем") or key == "принят":
        return "hired_on"
    if key.startswith("датазачисл") or key == "зачислен":
        return "enrolled_on"
    if key.startswith("годобуч"):
        return "study_year"
    if "направленност" in key:
        return "direction"
    if "объединени" in key:
        return "association"
    if "групп" in key:
        return "group"
    if "должност" in key:
        return "position"
    return None


@dataclass
class ColumnMapping:
    """The header row (as numbered in the file) and the field of each column."""

    header_row: int
    headers: list[str]
    fields: list[str]  # IGNORE for a column that is not imported

    def column_of(self, field: str) -> int | None:
        return self.fields.index(field) if field in self.fields else None

    def header_of(self, field: str) -> str:
        index = self.column_of(field)
        return self.headers[index] if index is not None else FIELD_LABELS.get(field, field)


def parse_overrides(items: list[str] | None) -> dict[str, str]:
    """``["Header=field", …]`` → {header key: field}; a bad item is an ImportFileError."""
    result: dict[str, str] = {}
    known = set(FIELD_LABELS)
    for item in items or []:
        header, sep, field = item.partition("=")
        field = field.strip()
        if not sep or not header.strip():
            raise ImportFileError(f"--map «{item}»: нужен вид «Заголовок=поле»")
        if field not in known and field not in {"", "-"}:
            raise ImportFileError(
                f"--map «{item}»: неизвестное поле «{field}» (возможны: {', '.join(known)})"
            )
        result[header_key(header)] = IGNORE if field == "-" else field
    return result


def _header_text(value: object) -> str:
    """A header cell as one line of text, control characters dropped."""
    if value is None:
        return ""
    text = "".join(ch if ch.isprintable() else " " for ch in str(value))
    return " ".join(text.split())


def _row_fields(
    headers: list[str],
    kind: ImportKind,
    overrides: Mapping[str, str],
    alternates: list[str] | None = None,
) -> list[str]:
    """The field of each header; ``alternates`` are other spellings tried when a header is
    not recognised (a two-row header's «ФИО Обучающийся» for «Обучающийся ФИО»)."""
    allowed = set(KIND_FIELDS[kind])
    fields: list[str] = []
    for index, header in enumerate(headers):
        key = header_key(header)
        field = overrides[key] if key in overrides else guess_field(header)
        if field is None and alternates is not None:
            field = guess_field(alternates[index])
        fields.append(field if field in allowed else IGNORE)
    return fields


def _dedupe(fields: list[str]) -> list[str]:
    """The first column of a field wins; a repeated one is ignored."""
    seen: set[str] = set()
    result = []
    for field in fields:
        result.append(IGNORE if field in seen else field)
        if field:
            seen.add(field)
    return result


def _resolve_phone(fields: list[str], kind: ImportKind) -> list[str]:
    """In a students file with a parent, a lone «Телефон» / «E-mail» is the parent's."""
    if kind != ImportKind.STUDENTS or "parent_name" not in fields:
        return fields
    result = list(fields)
    for own, parents in (("phone", "parent_phone"), ("email", "parent_email")):
        if own in result and parents not in result:
            result[result.index(own)] = parents
    return result


def has_name(fields: list[str]) -> bool:
    return "full_name" in fields or ("last_name" in fields and "first_name" in fields)


def _score(fields: list[str]) -> int:
    return len({f for f in fields if f}) + (10 if has_name(fields) else 0)


@dataclass
class _Header:
    row: int  # the (last) header row, as numbered in the file
    headers: list[str]
    fields: list[str]


def _one_row(
    table: SourceTable, index: int, kind: ImportKind, overrides: Mapping[str, str]
) -> _Header:
    headers = [_header_text(v) for v in table.rows[index]]
    fields = _resolve_phone(_dedupe(_row_fields(headers, kind, overrides)), kind)
    return _Header(index + 1, headers, fields)


def _two_rows(
    table: SourceTable, index: int, kind: ImportKind, overrides: Mapping[str, str]
) -> _Header | None:
    """A header over rows ``index`` and ``index + 1``: captions merged over several columns
    («Родитель») above the columns' own headers («ФИО», «Телефон») become «Родитель ФИО»,
    «Родитель Телефон»; a caption merged down over both rows stays as it is. None when the
    lower row does not continue the upper one: it must only hold header-like cells, one of
    them under an empty (merged) upper cell, and the upper row must hold two captions."""
    if index < 0 or index + 1 >= len(table.rows):
        return None
    tops = [_header_text(v) for v in table.rows[index]]
    bottoms = [_header_text(v) for v in table.rows[index + 1]]
    width = max(len(tops), len(bottoms))
    tops += [""] * (width - len(tops))
    bottoms += [""] * (width - len(bottoms))
    if sum(1 for t in tops if t) < 2 or not any(
        b and not t for t, b in zip(tops, bottoms, strict=True)
    ):
        return None
    headers: list[str] = []
    alternates: list[str] = []
    caption = ""  # the caption of a merged group of columns, carried to the right
    for top, bottom in zip(tops, bottoms, strict=True):
        if top:
            caption = top if bottom else ""
        elif not bottom:
            caption = ""
        group = top or caption
        headers.append(f"{group} {bottom}".strip())
        alternates.append(f"{bottom} {group}".strip())
    for bottom, header, alternate in zip(bottoms, headers, alternates, strict=True):
        if bottom and not any(
            header_key(h) in overrides or guess_field(h) for h in (header, alternate, bottom)
        ):
            return None
    fields = _resolve_phone(_dedupe(_row_fields(headers, kind, overrides, alternates)), kind)
    return _Header(index + 2, headers, fields)


def detect_columns(
    table: SourceTable, kind: ImportKind, overrides: Mapping[str, str] | None = None
) -> ColumnMapping:
    """The header row among the first rows (the one naming most known fields) and its
    columns; a header over two rows (merged captions above) when that names more fields.
    Raises ImportFileError when no row names a person's name column."""
    overrides = dict(overrides or {})
    best: tuple[int, int] | None = None  # (score, row index)
    for index, row in enumerate(table.rows[:HEADER_SCAN_ROWS]):
        headers = [_header_text(v) for v in row]
        score = _score(_dedupe(_row_fields(headers, kind, overrides)))
        if score and (best is None or score > best[0]):
            best = (score, index)
    name = table.path.name
    if best is None:
        raise ImportFileError(
            f"{name}: не найдено ни одного знакомого столбца (ФИО, Дата рождения, "
            "Объединение, Группа, Должность…) — укажите соответствие столбцов (--map)"
        )
    index = best[1]
    header = _one_row(table, index, kind, overrides)
    for pair in (
        _two_rows(table, index, kind, overrides),
        _two_rows(table, index - 1, kind, overrides),
    ):
        if pair is not None and _score(pair.fields) > _score(header.fields):
            header = pair
    if not has_name(header.fields):
        raise ImportFileError(
            f"{name}: не найден столбец с ФИО (или Фамилия и Имя) — "
            "укажите соответствие столбцов (--map)"
        )
    return ColumnMapping(header_row=header.row, headers=header.headers, fields=header.fields)


def remap(mapping: ColumnMapping, fields: list[str], file_name: str = "") -> ColumnMapping:
    """The same header row with the fields the user chose (the wizard's comboboxes)."""
    clean = _dedupe(list(fields) + [IGNORE] * (len(mapping.headers) - len(fields)))
    if not has_name(clean):
        prefix = f"{file_name}: " if file_name else ""
        raise ImportFileError(f"{prefix}не выбран столбец с ФИО (или Фамилия и Имя)")
    return ColumnMapping(mapping.header_row, list(mapping.headers), clean)
