"""What a movement event is made from, and how a refused one is reported."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from ...data.models import MovementKind, PersonKind, StaffPosition
from ..organisation import ValidationError

STAFF_KINDS = frozenset(
    {MovementKind.STAFF_HIRED, MovementKind.STAFF_TRANSFERRED, MovementKind.STAFF_DISMISSED}
)
STUDENT_KINDS = frozenset(
    {
        MovementKind.STUDENT_ENROLLED,
        MovementKind.STUDENT_TRANSFERRED,
        MovementKind.STUDENT_EXPELLED,
    }
)
# Which fields of a draft each kind uses (the dialog shows only these).
KIND_FIELDS: dict[MovementKind, tuple[str, ...]] = {
    MovementKind.STAFF_HIRED: ("position", "position_title"),
    MovementKind.STAFF_TRANSFERRED: ("position", "position_title"),
    MovementKind.STAFF_DISMISSED: (),
    MovementKind.STUDENT_ENROLLED: ("to_group_id",),
    MovementKind.STUDENT_TRANSFERRED: ("from_group_id", "to_group_id"),
    MovementKind.STUDENT_EXPELLED: ("from_group_id",),
}


def person_kind_for(kind: MovementKind) -> PersonKind:
    return PersonKind.STAFF if kind in STAFF_KINDS else PersonKind.STUDENT


@dataclass
class EventDraft:
    """One movement event as the user (or the importer) states it."""

    kind: MovementKind
    person_id: int
    effective_on: dt.date
    order_id: int | None = None
    from_group_id: int | None = None  # student transferred / expelled: the group left
    to_group_id: int | None = None  # student enrolled / transferred: the group joined
    position: StaffPosition | None = None  # staff hired / transferred
    position_title: str | None = None
    note: str = ""


@dataclass(frozen=True)
class Problem:
    index: int  # the draft's position in the batch
    field: str  # the draft field the message is about ("person_id", "to_group_id", …)
    message: str  # Russian, naming the person and the group


class MovementError(ValidationError):
    """Refused drafts. ``problems`` lists (draft index, Russian message) for every bad draft;
    ``errors`` maps a draft field to its message when one draft was recorded alone, else
    holds all messages under ``"events"``."""

    def __init__(self, problems: Sequence[Problem], single: bool = False) -> None:
        if single:
            errors: dict[str, str] = {}
            for p in problems:
                errors[p.field] = (
                    f"{errors[p.field]} {p.message}" if p.field in errors else p.message
                )
        else:
            errors = {"events": "\n".join(_numbered(p) for p in problems)}
        super().__init__(errors)
        self.problems: list[tuple[int, str]] = [(p.index, p.message) for p in problems]
        self.details = list(problems)


def _numbered(problem: Problem) -> str:
    return f"Событие {problem.index + 1}: {problem.message}"
