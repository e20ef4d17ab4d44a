"""Malawi's CSTUM is the Civil Servants Trade Union (CSTU): its id moves to the CSTU's record

The directory held "Civil Servants Trade Union of Malawi (CSTUM)" from one source and "Civil Servants Trade Union
(CSTU)" from another; the Malawian press writes both names and both acronyms of the one union, so a story got two
ids for it. The build now merges the two (data/union_sources/anglophone-unions-en31.tsv); a subscriber who followed
the old id follows the record that stays.

Revision ID: 0013_malawi_cstum_into_cstu
Revises: 0012_directory_duplicates
Create Date: 2026-12-03
"""

from alembic import op

from storage.migrations.union_renames import rename_union_ids

revision = "0013_malawi_cstum_into_cstu"
down_revision = "0012_directory_duplicates"
branch_labels = None
depends_on = None

# Old id -> the id of the record it was a second copy of.
RENAMES = {"cstum-mw": "cstu-mw"}


def upgrade() -> None:
    rename_union_ids(op.get_bind(), RENAMES)


def downgrade() -> None:
    """The rename is not undone: the old id named the same organisation as the id that stays."""
