"""A discovered union can be merged into another discovered union: `merged_into` holds a found id's length

When the matcher reads a followed discovered union's name another way (another span, another country), the bot
merges the old discovered union into the one stories now carry, so that its followers keep its alerts. Found ids
are up to 255 characters long (story_tags.value, subscriptions.value); `merged_into` held directory ids only (128).

Revision ID: 0015_merged_into_found_ids
Revises: 0014_bangla_found_ids
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0015_merged_into_found_ids"
down_revision = "0014_bangla_found_ids"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("discovered_unions") as batch_op:
        batch_op.alter_column("merged_into", existing_type=sa.String(128), type_=sa.String(255), existing_nullable=True)


def downgrade() -> None:
    with op.batch_alter_table("discovered_unions") as batch_op:
        batch_op.alter_column("merged_into", existing_type=sa.String(255), type_=sa.String(128), existing_nullable=True)
