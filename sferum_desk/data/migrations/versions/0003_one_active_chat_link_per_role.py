"""one active invite link per chat and role

A chat, like a class, keeps one active invite link per role. Databases made before this
revision may hold several; the older ones are annulled as replaced by the newest (the same
thing the app does when a link is replaced) before the unique index is created.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28 20:10:00

"""

from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: Union[str, Sequence[str], None] = "0002"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

_ACTIVE_CHAT = "state = 'active' AND chat_id IS NOT NULL"


def upgrade() -> None:
    op.execute(
        sa.text(
            "UPDATE invite_link SET state = 'annulled',"
            " annulled_on = (SELECT MAX(n.created_on) FROM invite_link n"
            "   WHERE n.chat_id = invite_link.chat_id AND n.role = invite_link.role"
            "   AND n.state = 'active'),"
            " annul_reason = 'заменена новой ссылкой'"
            " WHERE state = 'active' AND chat_id IS NOT NULL AND EXISTS ("
            "   SELECT 1 FROM invite_link n WHERE n.chat_id = invite_link.chat_id"
            "   AND n.role = invite_link.role AND n.state = 'active'"
            "   AND (n.created_on > invite_link.created_on"
            "     OR (n.created_on = invite_link.created_on AND n.id > invite_link.id)))"
        )
    )
    with op.batch_alter_table("invite_link", schema=None) as batch_op:
        batch_op.create_index(
            "uq_invite_link_active_chat_role",
            ["chat_id", "role"],
            unique=True,
            sqlite_where=sa.text(_ACTIVE_CHAT),
            postgresql_where=sa.text(_ACTIVE_CHAT),
        )


def downgrade() -> None:
    with op.batch_alter_table("invite_link", schema=None) as batch_op:
        batch_op.drop_index(
            "uq_invite_link_active_chat_role",
            sqlite_where=sa.text(_ACTIVE_CHAT),
            postgresql_where=sa.text(_ACTIVE_CHAT),
        )
