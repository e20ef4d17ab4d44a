"""Index alerts by (subscriber, status) for digests, replacing the subscriber-only index

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("alerts") as batch_op:
        batch_op.create_index("ix_alerts_subscriber_id_status", ["subscriber_id", "status"], unique=False)
        batch_op.drop_index("ix_alerts_subscriber_id")


def downgrade() -> None:
    with op.batch_alter_table("alerts") as batch_op:
        batch_op.create_index("ix_alerts_subscriber_id", ["subscriber_id"], unique=False)
        batch_op.drop_index("ix_alerts_subscriber_id_status")
