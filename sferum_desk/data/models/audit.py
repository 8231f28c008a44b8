"""The audit log table; rows are written by the listener in ``sferum_desk.data.audit``."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, IdMixin, str_enum, utcnow
from .enums import AuditAction


class AuditEntry(IdMixin, Base):
    __tablename__ = "audit_entry"

    at: Mapped[dt.datetime] = mapped_column(default=utcnow, index=True)
    os_user: Mapped[str] = mapped_column(String(100))
    entity: Mapped[str] = mapped_column(String(50), index=True)
    entity_id: Mapped[str] = mapped_column(String(50))
    action: Mapped[AuditAction] = mapped_column(str_enum(AuditAction, "action"))
    changes: Mapped[str] = mapped_column(Text)  # JSON {field: [old, new]}
    # The change batch (a rollover, an import) the entry belongs to, for undoing it whole.
    batch_id: Mapped[int | None] = mapped_column(
        ForeignKey("change_batch.id", ondelete="SET NULL"), index=True
    )


class ChangeBatch(IdMixin, Base):
    """A named group of changes made in one transaction that can be undone as a whole."""

    __tablename__ = "change_batch"
    __table_args__ = (
        CheckConstraint("undone_at IS NULL OR undone_at >= created_at", name="undone_order"),
    )

    kind: Mapped[str] = mapped_column(String(50))  # "rollover", "import", ...
    label: Mapped[str] = mapped_column(String(300))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    os_user: Mapped[str] = mapped_column(String(100))
    undone_at: Mapped[dt.datetime | None]
