"""The audit log table; rows are written by the listener in ``sferum_desk.data.audit``."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import String, Text
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
