"""Campaigns: cause keywords, translations, status and taps; the actions alerts carried; the follow-up outbox

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-30
"""

import sqlalchemy as sa
from alembic import op

import storage.models

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("campaigns") as batch_op:
        batch_op.add_column(sa.Column("keywords", sa.JSON(), nullable=False, server_default="[]"))
        batch_op.add_column(sa.Column("translations", sa.JSON(), nullable=False, server_default="{}"))
        batch_op.add_column(sa.Column("status", sa.String(length=16), nullable=False, server_default="open"))
        batch_op.add_column(sa.Column("last_update", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("status_changed_at", storage.models.UTCDateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("taps", sa.Integer(), nullable=False, server_default="0"))
    # The defaults only filled existing rows; the models give every new row its values.
    with op.batch_alter_table("campaigns") as batch_op:
        for column in ("keywords", "translations", "status", "taps"):
            batch_op.alter_column(column, server_default=None)
    op.create_table(
        "alert_actions",
        sa.Column("alert_id", sa.Integer(), nullable=False),
        sa.Column("subscriber_id", sa.Integer(), nullable=False),
        sa.Column("campaign_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("url", sa.String(length=2048), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("created_at", storage.models.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["alert_id"], ["alerts.id"], name=op.f("fk_alert_actions_alert_id_alerts"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["campaign_id"], ["campaigns.id"], name=op.f("fk_alert_actions_campaign_id_campaigns"),
                                ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["subscriber_id"], ["subscribers.id"], name=op.f("fk_alert_actions_subscriber_id_subscribers"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("alert_id", name=op.f("pk_alert_actions")),
    )
    op.create_index(op.f("ix_alert_actions_campaign_id"), "alert_actions", ["campaign_id"], unique=False)
    op.create_table(
        "campaign_followups",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("subscriber_id", sa.Integer(), nullable=False),
        sa.Column("event", sa.String(length=32), nullable=False),
        sa.Column("status_word", sa.String(length=16), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("due_at", storage.models.UTCDateTime(timezone=True), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("claimed_at", storage.models.UTCDateTime(timezone=True), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("sent_at", storage.models.UTCDateTime(timezone=True), nullable=True),
        sa.Column("created_at", storage.models.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["campaign_id"], ["campaigns.id"], name=op.f("fk_campaign_followups_campaign_id_campaigns"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["subscriber_id"], ["subscribers.id"],
                                name=op.f("fk_campaign_followups_subscriber_id_subscribers"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_campaign_followups")),
        sa.UniqueConstraint("campaign_id", "subscriber_id", "event", name=op.f("uq_campaign_followups_campaign_id")),
    )
    op.create_index("ix_campaign_followups_status_due_at", "campaign_followups", ["status", "due_at"], unique=False)
    op.create_index(op.f("ix_campaign_followups_subscriber_id"), "campaign_followups", ["subscriber_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_campaign_followups_subscriber_id"), table_name="campaign_followups")
    op.drop_index("ix_campaign_followups_status_due_at", table_name="campaign_followups")
    op.drop_table("campaign_followups")
    op.drop_index(op.f("ix_alert_actions_campaign_id"), table_name="alert_actions")
    op.drop_table("alert_actions")
    with op.batch_alter_table("campaigns") as batch_op:
        for column in ("taps", "status_changed_at", "last_update", "status", "translations", "keywords"):
            batch_op.drop_column(column)
