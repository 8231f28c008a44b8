"""The Движение and Задачи Сферума pages and the movement dialogs."""

from .bulk_enrol_dialog import BulkEnrolDialog
from .event_dialog import EventDialog
from .movement_page import MovementPage, RosterDialog
from .tasks_page import TasksPage

__all__ = ["BulkEnrolDialog", "EventDialog", "MovementPage", "RosterDialog", "TasksPage"]
