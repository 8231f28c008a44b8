"""Finding (or planning to create) the group a student row names."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...data.models import AcademicYear, Association, Group, GroupKind
from ...data.search import normalize
from . import values
from .plan import GroupPlan, ImportPlan
from .problems import Problem
from .rows import RowRecord


class Structure:
    """Associations and the current year's groups, by folded name and number."""

    def __init__(self, session: Session) -> None:
        self.year = session.scalar(
            select(AcademicYear).order_by(
                AcademicYear.is_current.desc(), AcademicYear.start_year.desc()
            )
        )
        self.associations: dict[str, Association] = {
            normalize(a.name): a for a in session.scalars(select(Association))
        }
        self.by_number: dict[tuple[int, str], Group] = {}
        self.by_class: dict[str, Group] = {}
        self.of_association: dict[int, list[Group]] = defaultdict(list)
        if self.year is not None:
            query = select(Group).where(
                Group.kind == GroupKind.ASSOCIATION, Group.academic_year_id == self.year.id
            )
            for group in session.scalars(query):
                assert group.association_id is not None
                self.by_number[(group.association_id, normalize(group.number))] = group
                self.by_class[normalize(group.sferum_class_name)] = group
                self.of_association[group.association_id].append(group)


def _group_number(raw: str) -> str:
    text = raw.strip()
    for prefix in ("группа", "гр.", "№"):
        if normalize(text).startswith(prefix):
            text = text[len(prefix) :].strip()
    return text.lstrip("№").strip()[:20]


class GroupResolver:
    """Looks up each row's association and group in the current academic year."""

    def __init__(self, session: Session, plan: ImportPlan) -> None:
        self.session = session
        self.plan = plan
        self.structure = Structure(session)
        self.group_index: dict[tuple[str, str] | int, int] = {}

    def header(self, field_name: str) -> str:
        return self.plan.source.mapping.header_of(field_name)

    def group_for(self, record: RowRecord) -> int | None:
        """The index of the record's group in ``plan.groups`` (adding it), or None with an
        error appended to the record (or no group named at all)."""
        structure = self.structure
        if not record.association and not record.group:
            return None
        if structure.year is None and not self.plan.options.create_groups:
            record.errors.append(
                Problem(
                    record.row,
                    self.header("association" if record.association else "group"),
                    "В базе нет учебного года: заведите его в «Структуре» "
                    "или разрешите создавать группы.",
                )
            )
            return None
        if not record.association:
            group = structure.by_class.get(normalize(record.group))
            if group is None:
                record.errors.append(
                    Problem(
                        record.row,
                        self.header("group"),
                        f"Класса «{record.group}» в текущем учебном году нет; "
                        "укажите объединение и номер группы.",
                    )
                )
                return None
            return self._existing(group)
        association = structure.associations.get(normalize(record.association))
        direction = None
        if association is None:
            if not self.plan.options.create_groups:
                record.errors.append(
                    Problem(
                        record.row,
                        self.header("association"),
                        f"Объединения «{record.association}» нет в базе "
                        "(разрешите создавать недостающие объединения и группы).",
                    )
                )
                return None
            direction = values.direction_kind(record.direction)
            if direction is None:
                what = f"«{record.direction}» не распознана" if record.direction else "не указана"
                record.errors.append(
                    Problem(
                        record.row,
                        self.header("direction"),
                        f"Направленность {what}: не из чего создать объединение "
                        f"«{record.association}».",
                    )
                )
                return None
        if association is not None and association.archived_on is not None:
            record.errors.append(
                Problem(
                    record.row,
                    self.header("association"),
                    f"Объединение «{association.name}» в архиве.",
                )
            )
            return None
        number = _group_number(record.group)
        if association is not None:
            found = self._find_group(association, record.group, number)
            if isinstance(found, Group):
                return self._existing(found)
            if found:
                record.errors.append(Problem(record.row, self.header("group"), found))
                return None
        if not self.plan.options.create_groups:
            record.errors.append(
                Problem(
                    record.row,
                    self.header("group"),
                    f"Группы № {number} объединения «{record.association}» в текущем учебном "
                    "году нет (разрешите создавать недостающие объединения и группы).",
                )
            )
            return None
        number = number or "1"
        key = (normalize(record.association), normalize(number))
        if key not in self.group_index:
            self.group_index[key] = len(self.plan.groups)
            self.plan.groups.append(
                GroupPlan(
                    association=association.name if association else record.association,
                    number=number,
                    association_id=association.id if association else None,
                    direction=direction,
                    study_year=record.study_year or 1,
                    class_name=f"{record.association}, группа {number}",
                )
            )
        return self.group_index[key]

    def _find_group(self, association: Association, raw: str, number: str) -> Group | str:
        structure = self.structure
        if number:
            group = structure.by_number.get((association.id, normalize(number)))
            if group is None:
                group = structure.by_class.get(normalize(raw))
                if group is not None and group.association_id != association.id:
                    group = None
            return group if group is not None else ""
        groups = structure.of_association.get(association.id, [])
        if len(groups) == 1:
            return groups[0]
        if groups:
            return f"У объединения «{association.name}» несколько групп: укажите номер группы."
        return ""

    def _existing(self, group: Group) -> int:
        if group.id not in self.group_index:
            self.group_index[group.id] = len(self.plan.groups)
            association = group.association
            self.plan.groups.append(
                GroupPlan(
                    association=association.name if association else "",
                    number=group.number or "",
                    group_id=group.id,
                    association_id=group.association_id,
                    class_name=group.sferum_class_name,
                )
            )
        return self.group_index[group.id]

    # -- people --------------------------------------------------------------------------
