"""Words a subscription leaves out (/subscribe Turkey -football); quiet hours and silent alerts per chat

Revision ID: 0006
Revises: 0004
Create Date: 2026-11-30
"""

from alembic import op
import sqlalchemy as sa

revision = "0006"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("subscriptions", schema=None) as batch_op:
        batch_op.add_column(sa.Column("exclude", sa.JSON(), nullable=False, server_default=sa.text("'[]'")))
    with op.batch_alter_table("subscribers", schema=None) as batch_op:
        batch_op.add_column(sa.Column("quiet_start", sa.String(length=5), nullable=True))
        batch_op.add_column(sa.Column("quiet_end", sa.String(length=5), nullable=True))
        batch_op.add_column(sa.Column("silent", sa.Boolean(), nullable=False, server_default=sa.false()))


def downgrade() -> None:
    with op.batch_alter_table("subscribers", schema=None) as batch_op:
        batch_op.drop_column("silent")
        batch_op.drop_column("quiet_end")
        batch_op.drop_column("quiet_start")
    with op.batch_alter_table("subscriptions", schema=None) as batch_op:
        batch_op.drop_column("exclude")
