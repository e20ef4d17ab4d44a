"""Reach: excluded words, quiet hours, silent alerts, suggested feeds, forum topics, channels

Words a subscription leaves out (/subscribe Turkey -football); quiet hours and silent alerts per chat;
feeds suggested by users; forum topics (a subscription's message_thread_id, and each alert's); channels
managed from a private chat.

Revision ID: 0006
Revises: 0004
Create Date: 2026-11-30
"""

from alembic import op
import sqlalchemy as sa
import storage.models

revision = "0006"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("subscriptions", schema=None) as batch_op:
        batch_op.add_column(sa.Column("exclude", sa.JSON(), nullable=False, server_default=sa.text("'[]'")))
        batch_op.add_column(sa.Column("message_thread_id", sa.Integer(), nullable=False, server_default="0"))
        batch_op.drop_constraint("uq_subscriptions_subscriber_id", type_="unique")
        batch_op.create_unique_constraint(op.f("uq_subscriptions_subscriber_id"),
                                          ["subscriber_id", "kind", "value", "message_thread_id"])
    with op.batch_alter_table("alerts", schema=None) as batch_op:
        batch_op.add_column(sa.Column("message_thread_id", sa.Integer(), nullable=False, server_default="0"))
        batch_op.drop_constraint("uq_alerts_subscriber_id", type_="unique")
        batch_op.create_unique_constraint(op.f("uq_alerts_subscriber_id"), ["subscriber_id", "cluster_id", "message_thread_id"])
    with op.batch_alter_table("subscribers", schema=None) as batch_op:
        batch_op.add_column(sa.Column("quiet_start", sa.String(length=5), nullable=True))
        batch_op.add_column(sa.Column("quiet_end", sa.String(length=5), nullable=True))
        batch_op.add_column(sa.Column("silent", sa.Boolean(), nullable=False, server_default=sa.false()))
        batch_op.add_column(sa.Column("managed_by", sa.BigInteger(), nullable=True))
        batch_op.add_column(sa.Column("managing_chat_id", sa.BigInteger(), nullable=True))
    op.create_table(
        "source_suggestions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("url", sa.String(length=2048), nullable=False),
        sa.Column("title", sa.String(length=512), nullable=True),
        sa.Column("item_count", sa.Integer(), nullable=False),
        sa.Column("chat_id", sa.BigInteger(), nullable=False),
        sa.Column("user_id", sa.BigInteger(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("decided_by", sa.BigInteger(), nullable=True),
        sa.Column("decided_at", storage.models.UTCDateTime(timezone=True), nullable=True),
        sa.Column("created_at", storage.models.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_source_suggestions")),
    )
    with op.batch_alter_table("source_suggestions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_source_suggestions_url"), ["url"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("source_suggestions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_source_suggestions_url"))
    op.drop_table("source_suggestions")
    with op.batch_alter_table("subscribers", schema=None) as batch_op:
        batch_op.drop_column("managing_chat_id")
        batch_op.drop_column("managed_by")
        batch_op.drop_column("silent")
        batch_op.drop_column("quiet_end")
        batch_op.drop_column("quiet_start")
    with op.batch_alter_table("alerts", schema=None) as batch_op:
        batch_op.drop_constraint("uq_alerts_subscriber_id", type_="unique")
        batch_op.create_unique_constraint(op.f("uq_alerts_subscriber_id"), ["subscriber_id", "cluster_id"])
        batch_op.drop_column("message_thread_id")
    with op.batch_alter_table("subscriptions", schema=None) as batch_op:
        batch_op.drop_constraint("uq_subscriptions_subscriber_id", type_="unique")
        batch_op.create_unique_constraint(op.f("uq_subscriptions_subscriber_id"), ["subscriber_id", "kind", "value"])
        batch_op.drop_column("message_thread_id")
        batch_op.drop_column("exclude")
