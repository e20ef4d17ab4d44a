"""Paid-broadcast lane and fleet token buckets: campaigns.urgent, the Stars spent, each send lane's bucket

Revision ID: 0009_paid_lane
Revises: 0008_detected_language
Create Date: 2026-11-30
"""

from alembic import op
import sqlalchemy as sa
import storage.models

revision = "0009_paid_lane"
down_revision = "0008_detected_language"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("campaigns") as batch_op:
        batch_op.add_column(sa.Column("urgent", sa.Boolean(), server_default="0", nullable=False))
    op.create_table(
        "send_buckets",
        sa.Column("name", sa.String(length=16), nullable=False),
        sa.Column("tokens", sa.Float(), nullable=False),
        sa.Column("granted", sa.Integer(), nullable=False),
        sa.Column("updated_at", storage.models.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_send_buckets")),
    )
    op.create_table(
        "paid_broadcast_spend",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("tenths_spent", sa.BigInteger(), nullable=False),
        sa.Column("granted", sa.Integer(), nullable=False),
        sa.Column("told_budget", sa.BigInteger(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_paid_broadcast_spend")),
    )


def downgrade() -> None:
    op.drop_table("paid_broadcast_spend")
    op.drop_table("send_buckets")
    with op.batch_alter_table("campaigns") as batch_op:
        batch_op.drop_column("urgent")
