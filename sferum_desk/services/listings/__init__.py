"""Read-only listings for the GUI's pages: plain frozen dataclasses, a few queries each.

Every function takes a Session (and ``on`` where "active" depends on the day) and returns
rows of plain values, enum values already as their Russian labels; no ORM object leaves here,
so the rows can cross from a worker thread to the GUI.
"""

from .audit import DEFAULT_AUDIT_LIMIT, AuditRow, list_audit, summarise_changes
from .comms import (
    BroadcastRow,
    ChannelRow,
    ChatRow,
    PostRow,
    list_broadcasts,
    list_channels,
    list_chats,
    list_posts,
)
from .figures import (
    DatabaseInfo,
    StatFigure,
    describe_database,
    list_figures,
    stat_figures,
    storage_warning_of,
)
from .people import ParentRow, StaffRow, StudentRow, list_parents, list_staff, list_students
from .sferum import InviteRow, MovementRow, TaskRow, list_invites, list_movement, list_tasks
from .structure import OrderRow, StructureRow, list_orders, list_structure

__all__ = [
    "DEFAULT_AUDIT_LIMIT",
    "AuditRow",
    "BroadcastRow",
    "ChannelRow",
    "ChatRow",
    "DatabaseInfo",
    "InviteRow",
    "MovementRow",
    "OrderRow",
    "ParentRow",
    "PostRow",
    "StaffRow",
    "StatFigure",
    "StructureRow",
    "StudentRow",
    "TaskRow",
    "describe_database",
    "storage_warning_of",
    "list_audit",
    "list_broadcasts",
    "list_channels",
    "list_chats",
    "list_figures",
    "list_invites",
    "list_movement",
    "list_orders",
    "list_parents",
    "list_posts",
    "list_staff",
    "list_structure",
    "list_students",
    "list_tasks",
    "stat_figures",
    "summarise_changes",
]
