"""Each story's detected language, kept apart from the language shown (the feed's declared one first)

Revision ID: 0008_detected_language
Revises: 0007_fleet_pacing
Create Date: 2026-11-30
"""

from alembic import op
import sqlalchemy as sa

revision = "0008_detected_language"
down_revision = "0007_fleet_pacing"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("stories", schema=None) as batch_op:
        batch_op.add_column(sa.Column("detected_language", sa.String(length=8), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("stories", schema=None) as batch_op:
        batch_op.drop_column("detected_language")
