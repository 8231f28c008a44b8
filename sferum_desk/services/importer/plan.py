"""What an import will do: the people, groups and movements it found in the file."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from ...data.models import DirectionKind
from ...data.search import normalize
from .columns import ImportKind
from .problems import Problem
from .rows import PersonFields, RowRecord
from .source import ImportOptions, ImportSource


@dataclass
class PersonPlan:
    """A person of the file: an existing record (``person_id``) or a new one."""

    fields: PersonFields
    row: int
    person_id: int | None = None
    updates: dict[str, object] = field(default_factory=dict)


@dataclass
class GroupPlan:
    """A group to enrol into: an existing one (``group_id``) or one to create."""

    association: str
    number: str
    group_id: int | None = None
    association_id: int | None = None
    direction: DirectionKind | None = None
    study_year: int = 1
    class_name: str = ""


@dataclass
class MovePlan:
    """An enrolment (student → group) or a hiring (staff) to record."""

    person: int  # index in ImportPlan.persons
    row: int
    on: dt.date
    group: int | None = None  # index in ImportPlan.groups
    order: tuple[str, dt.date] | None = None
    record: RowRecord | None = None


@dataclass
class MissingPerson:
    """Active in the database in what the file covers, but not in the file."""

    person_id: int
    name: str
    where: str


@dataclass
class ImportPlan:
    source: ImportSource
    options: ImportOptions
    today: dt.date
    rows: int = 0
    merged: int = 0
    skipped_rows: int = 0
    already: int = 0
    persons: list[PersonPlan] = field(default_factory=list)
    parents: list[PersonPlan] = field(default_factory=list)
    links: list[tuple[int, int]] = field(default_factory=list)  # (parent idx, person idx)
    groups: list[GroupPlan] = field(default_factory=list)
    moves: list[MovePlan] = field(default_factory=list)
    orders: dict[tuple[str, dt.date], int | None] = field(default_factory=dict)
    create_year: bool = False
    year_id: int | None = None
    errors: list[Problem] = field(default_factory=list)
    notices: list[Problem] = field(default_factory=list)
    missing: list[MissingPerson] = field(default_factory=list)

    @property
    def kind(self) -> ImportKind:
        return self.source.kind

    @property
    def created(self) -> int:
        return sum(1 for p in self.persons if p.person_id is None)

    @property
    def updated(self) -> int:
        return sum(1 for p in self.persons if p.person_id is not None and p.updates)

    @property
    def parents_created(self) -> int:
        return sum(1 for p in self.parents if p.person_id is None)

    @property
    def associations_created(self) -> int:
        return len({normalize(g.association) for g in self.groups if g.association_id is None})

    @property
    def groups_created(self) -> int:
        return sum(1 for g in self.groups if g.group_id is None)

    @property
    def changes_nothing(self) -> bool:
        return not (
            self.moves
            or self.links
            or self.groups_created
            or any(p.person_id is None or p.updates for p in self.persons + self.parents)
        )

    @property
    def can_write(self) -> bool:
        return not self.errors or self.options.skip_invalid
