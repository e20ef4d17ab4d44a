"""Mauritania's CLTM, CNTM and UTM and Tunisia's basic-education federation: one record each

The directory held each of these unions twice: once under its French name and acronym, once under an English
translation of its Arabic name (two sources, two scripts). A French story and an Arabic story about the same union
got two ids, so a follower of one heard nothing of the other. The build now merges them
(data/union_sources/maghreb-twins-twins42.tsv); a subscriber who followed the id that goes follows the record that
stays.

Revision ID: 0016_maghreb_twin_records
Revises: 0015_merged_into_found_ids
Create Date: 2026-12-04
"""

from alembic import op

from storage.migrations.union_renames import rename_union_ids

revision = "0016_maghreb_twin_records"
down_revision = "0015_merged_into_found_ids"
branch_labels = None
depends_on = None

# Old id -> the id of the record it was a second copy of.
RENAMES = {
    "cltm-mr": "free-confederation-of-mauritanian-workers-mr",
    "cntm-mr": "national-confederation-of-mauritanian-workers-mr",
    "utm-mr": "union-of-mauritanian-workers-mr",
    "federation-generale-de-l-enseignement-de-base-tn": "general-federation-of-basic-education-tn",
}


def upgrade() -> None:
    rename_union_ids(op.get_bind(), RENAMES)


def downgrade() -> None:
    """The rename is not undone: each old id named the same organisation as the id that stays."""
