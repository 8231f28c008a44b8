"""broadcast formats, audience sets and attendees; support answers and templates

Broadcasts gain the administration's working meeting and the teachers' seminar (3.4) as
kinds, a format (online / hybrid / in person), a result note, a set of audiences (categories,
study groups, channels) and per-person attendance. Support requests gain a kind (help given
to a participant or a request to the platform's support), an answer and two more channels;
reusable answers live in ``support_template``.

Existing rows are kept: a broadcast's single audience becomes the first member of its set,
a hybrid meeting gets the hybrid format, and requests sent to info@sferum.ru or the chat bot
become requests to the platform's support.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28 20:30:00

"""

from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: Union[str, Sequence[str], None] = "0003"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

_OLD_KINDS = ("broadcast", "online_meeting", "hybrid_meeting")
_NEW_KINDS = (*_OLD_KINDS, "admin_meeting", "seminar")
_OLD_CHANNELS = ("email", "chat_bot", "phone", "other")
_NEW_CHANNELS = ("email", "chat_bot", "phone", "in_person", "messenger", "other")
_AUDIENCES = ("staff", "students", "parents", "administration", "all")


def _enum(values: Sequence[str], name: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, create_constraint=True)


def _drop_enum_check(batch_op: object, name: str) -> None:
    """Before an enum column changes its values: SQLite's batch copy keeps the old CHECK
    unless it is dropped; elsewhere Alembic's ``alter_column`` drops and recreates it itself."""
    if op.get_bind().dialect.name == "sqlite":
        batch_op.drop_constraint(op.f(name), type_="check")  # type: ignore[attr-defined]


def _timestamps() -> list[sa.Column]:
    return [
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
    ]


def upgrade() -> None:
    with op.batch_alter_table("broadcast", schema=None) as batch_op:
        _drop_enum_check(batch_op, "ck_broadcast_kind")
        batch_op.alter_column(
            "kind", existing_type=_enum(_OLD_KINDS, "kind"), type_=_enum(_NEW_KINDS, "kind")
        )
        batch_op.add_column(
            sa.Column(
                "format",
                _enum(("online", "hybrid", "in_person"), "format"),
                nullable=False,
                server_default="online",
            )
        )
        batch_op.add_column(sa.Column("result", sa.Text(), nullable=True))
    with op.batch_alter_table("broadcast", schema=None) as batch_op:
        batch_op.alter_column("format", server_default=None)
    op.execute(sa.text("UPDATE broadcast SET format = 'hybrid' WHERE kind = 'hybrid_meeting'"))

    op.create_table(
        "broadcast_audience",
        sa.Column("broadcast_id", sa.Integer(), nullable=False),
        sa.Column("audience", _enum(_AUDIENCES, "audience"), nullable=True),
        sa.Column("group_id", sa.Integer(), nullable=True),
        sa.Column("channel_id", sa.Integer(), nullable=True),
        *_timestamps(),
        sa.CheckConstraint(
            "(CASE WHEN audience IS NULL THEN 0 ELSE 1 END)"
            " + (CASE WHEN group_id IS NULL THEN 0 ELSE 1 END)"
            " + (CASE WHEN channel_id IS NULL THEN 0 ELSE 1 END) = 1",
            name=op.f("ck_broadcast_audience_one_target"),
        ),
        sa.ForeignKeyConstraint(
            ["broadcast_id"],
            ["broadcast.id"],
            name=op.f("fk_broadcast_audience_broadcast_id_broadcast"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["channel_id"],
            ["channel.id"],
            name=op.f("fk_broadcast_audience_channel_id_channel"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["study_group.id"],
            name=op.f("fk_broadcast_audience_group_id_study_group"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_broadcast_audience")),
    )
    op.create_index(
        op.f("ix_broadcast_audience_broadcast_id"), "broadcast_audience", ["broadcast_id"]
    )
    op.execute(
        sa.text(
            "INSERT INTO broadcast_audience (broadcast_id, audience, version)"
            " SELECT id, audience, 1 FROM broadcast"
        )
    )

    op.create_table(
        "broadcast_attendee",
        sa.Column("broadcast_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("attended", sa.Boolean(), nullable=False),
        *_timestamps(),
        sa.ForeignKeyConstraint(
            ["broadcast_id"],
            ["broadcast.id"],
            name=op.f("fk_broadcast_attendee_broadcast_id_broadcast"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_broadcast_attendee_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_broadcast_attendee")),
        sa.UniqueConstraint(
            "broadcast_id", "person_id", name=op.f("uq_broadcast_attendee_broadcast_id_person_id")
        ),
    )
    op.create_index(
        op.f("ix_broadcast_attendee_broadcast_id"), "broadcast_attendee", ["broadcast_id"]
    )
    op.create_index(op.f("ix_broadcast_attendee_person_id"), "broadcast_attendee", ["person_id"])

    with op.batch_alter_table("support_request", schema=None) as batch_op:
        _drop_enum_check(batch_op, "ck_support_request_channel")
        batch_op.alter_column(
            "channel",
            existing_type=_enum(_OLD_CHANNELS, "channel"),
            type_=_enum(_NEW_CHANNELS, "channel"),
        )
        batch_op.add_column(
            sa.Column(
                "kind",
                _enum(("participant_help", "platform_request"), "kind"),
                nullable=False,
                server_default="participant_help",
            )
        )
        batch_op.add_column(sa.Column("answer", sa.Text(), nullable=True))
    with op.batch_alter_table("support_request", schema=None) as batch_op:
        batch_op.alter_column("kind", server_default=None)
    op.execute(
        sa.text(
            "UPDATE support_request SET kind = 'platform_request'"
            " WHERE channel IN ('email', 'chat_bot')"
        )
    )

    op.create_table(
        "support_template",
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        *_timestamps(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_support_template")),
        sa.UniqueConstraint("title", name=op.f("uq_support_template_title")),
    )


def downgrade() -> None:
    op.drop_table("support_template")
    op.execute(
        sa.text(
            "UPDATE support_request SET channel = 'other'"
            " WHERE channel IN ('in_person', 'messenger')"
        )
    )
    with op.batch_alter_table("support_request", schema=None) as batch_op:
        batch_op.drop_column("answer")
        batch_op.drop_constraint(op.f("ck_support_request_kind"), type_="check")
        batch_op.drop_column("kind")
        _drop_enum_check(batch_op, "ck_support_request_channel")
        batch_op.alter_column(
            "channel",
            existing_type=_enum(_NEW_CHANNELS, "channel"),
            type_=_enum(_OLD_CHANNELS, "channel"),
        )
    op.drop_index(op.f("ix_broadcast_attendee_person_id"), table_name="broadcast_attendee")
    op.drop_index(op.f("ix_broadcast_attendee_broadcast_id"), table_name="broadcast_attendee")
    op.drop_table("broadcast_attendee")
    op.drop_index(op.f("ix_broadcast_audience_broadcast_id"), table_name="broadcast_audience")
    op.drop_table("broadcast_audience")
    op.execute(
        sa.text(
            "UPDATE broadcast SET kind = 'online_meeting'"
            " WHERE kind IN ('admin_meeting', 'seminar')"
        )
    )
    with op.batch_alter_table("broadcast", schema=None) as batch_op:
        batch_op.drop_column("result")
        batch_op.drop_constraint(op.f("ck_broadcast_format"), type_="check")
        batch_op.drop_column("format")
        _drop_enum_check(batch_op, "ck_broadcast_kind")
        batch_op.alter_column(
            "kind", existing_type=_enum(_NEW_KINDS, "kind"), type_=_enum(_OLD_KINDS, "kind")
        )
