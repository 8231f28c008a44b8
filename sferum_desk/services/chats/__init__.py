"""Chats the regulation asks for: their register (add, edit, archive, delete) and the
compliance check — which required chats are missing and which have lost their owner."""

from .compliance import (
    ADMINISTRATION_KINDS,
    FINDING_TITLES,
    ComplianceCheck,
    ComplianceFinding,
    ComplianceKind,
    active_associations,
    check_chats,
    compliance,
    compliance_summary,
    create_tasks,
)
from .records import (
    ASSOCIATION_KINDS,
    STALE_MESSAGE,
    ChatDraft,
    add_chat,
    archive_chat,
    association_choices,
    association_groups,
    chat_references,
    delete_chat,
    load_chat,
    update_chat,
    validate_chat,
)

__all__ = [
    "ADMINISTRATION_KINDS",
    "ASSOCIATION_KINDS",
    "FINDING_TITLES",
    "STALE_MESSAGE",
    "ChatDraft",
    "ComplianceCheck",
    "ComplianceFinding",
    "ComplianceKind",
    "active_associations",
    "add_chat",
    "archive_chat",
    "association_choices",
    "check_chats",
    "association_groups",
    "chat_references",
    "compliance",
    "compliance_summary",
    "create_tasks",
    "delete_chat",
    "load_chat",
    "update_chat",
    "validate_chat",
]
