"""Movement of students and staff: the journal of events that alone change employments and
enrolments, and the Sferum tasks each event leaves.

``record_event`` / ``record_events`` validate and store, ``cancel_event`` undoes a mistaken
event, ``roster_on`` and ``group_history`` reconstruct a group on any date.
"""

from ..choices import Choice
from .choices import EventSummary, current_groups, event_summary
from .drafts import (
    KIND_FIELDS,
    STAFF_KINDS,
    STUDENT_KINDS,
    EventDraft,
    MovementError,
    Problem,
    person_kind_for,
)
from .journal import (
    GroupChange,
    cancel_event,
    dependent_event,
    group_history,
    roster_on,
    tasks_withdrawn_by,
)
from .recording import record_event, record_events
from .tasks import TASK_DUE_DAYS, TEACHING_POSITIONS, task_title

__all__ = [
    "Choice",
    "EventSummary",
    "current_groups",
    "event_summary",
    "KIND_FIELDS",
    "STAFF_KINDS",
    "STUDENT_KINDS",
    "TASK_DUE_DAYS",
    "TEACHING_POSITIONS",
    "EventDraft",
    "GroupChange",
    "MovementError",
    "Problem",
    "cancel_event",
    "dependent_event",
    "group_history",
    "person_kind_for",
    "record_event",
    "record_events",
    "roster_on",
    "task_title",
    "tasks_withdrawn_by",
]
