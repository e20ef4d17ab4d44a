"""Fleet send pacing: each chat's next send time shared by every process, and the fleet's 429 pause

Revision ID: 0007_fleet_pacing
Revises: 0006
Create Date: 2026-11-30
"""

from alembic import op
import sqlalchemy as sa
import storage.models

revision = "0007_fleet_pacing"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "chat_pacing",
        sa.Column("chat_id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("next_send_at", storage.models.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("chat_id", name=op.f("pk_chat_pacing")),
    )


def downgrade() -> None:
    op.drop_table("chat_pacing")
