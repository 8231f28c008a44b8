"""Invite links: address validation, the register's lifecycle and hand-outs.

The security audit lives in :mod:`.audit`.
"""

from .links import (
    REPLACED_REASON,
    HandoutDraft,
    InviteDraft,
    add_invite_link,
    annul_link,
    expire_overdue,
    mark_used,
    record_handout,
    target_name,
)
from .urls import host_allowed, validate_invite_url

__all__ = [
    "REPLACED_REASON",
    "HandoutDraft",
    "InviteDraft",
    "add_invite_link",
    "annul_link",
    "expire_overdue",
    "host_allowed",
    "mark_used",
    "record_handout",
    "target_name",
    "validate_invite_url",
]
