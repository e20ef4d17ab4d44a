"""Discovered unions, each story's language, story tag values long enough for a found id

Discovered unions are found in stories but are not in the directory.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-30
"""

from alembic import op
import sqlalchemy as sa
import storage.models

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "discovered_unions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("union_id", sa.String(length=255), nullable=False),
        sa.Column("name", sa.String(length=255), nullable=False),
        sa.Column("acronym", sa.String(length=32), nullable=True),
        sa.Column("country", sa.String(length=2), nullable=True),
        sa.Column("first_seen_at", storage.models.UTCDateTime(timezone=True), nullable=False),
        sa.Column("last_seen_at", storage.models.UTCDateTime(timezone=True), nullable=False),
        sa.Column("story_count", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("merged_into", sa.String(length=128), nullable=True),
        sa.Column("merged_name", sa.String(length=255), nullable=True),
        sa.Column("example_story_id", sa.Integer(), nullable=True),
        sa.Column("decided_by", sa.BigInteger(), nullable=True),
        sa.Column("decided_at", storage.models.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["example_story_id"], ["stories.id"],
                                name=op.f("fk_discovered_unions_example_story_id_stories"), ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_discovered_unions")),
        sa.UniqueConstraint("union_id", name=op.f("uq_discovered_unions_union_id")),
    )
    with op.batch_alter_table("discovered_unions", schema=None) as batch_op:
        batch_op.create_index("ix_discovered_unions_status_story_count", ["status", "story_count"], unique=False)
    with op.batch_alter_table("stories", schema=None) as batch_op:
        batch_op.add_column(sa.Column("language", sa.String(length=8), nullable=True))
    with op.batch_alter_table("story_tags", schema=None) as batch_op:
        batch_op.alter_column("value", existing_type=sa.String(length=128), type_=sa.String(length=255),
                              existing_nullable=False)


def downgrade() -> None:
    with op.batch_alter_table("story_tags", schema=None) as batch_op:
        batch_op.alter_column("value", existing_type=sa.String(length=255), type_=sa.String(length=128),
                              existing_nullable=False)
    with op.batch_alter_table("stories", schema=None) as batch_op:
        batch_op.drop_column("language")
    with op.batch_alter_table("discovered_unions", schema=None) as batch_op:
        batch_op.drop_index("ix_discovered_unions_status_story_count")
    op.drop_table("discovered_unions")
