"""Read-only questions the invite dialogs ask before a change (no Qt here)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...data.models import InviteLink, InviteRole, InviteState
from .links import describe


def active_link_for(session: Session, group_id: int, role: InviteRole) -> str | None:
    """The active link of the class ``group_id`` with ``role`` that a new link would
    replace, described for a confirmation («ссылка «…» — Обучающийся от 02.09.2026:
    https://…»); None when there is none."""
    link = session.scalar(
        select(InviteLink).where(
            InviteLink.group_id == group_id,
            InviteLink.role == role,
            InviteLink.state == InviteState.ACTIVE,
        )
    )
    if link is None:
        return None
    return f"{describe(link)}: {link.url}"
