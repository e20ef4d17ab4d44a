"""Discovered unions' ids written in Devanagari follow the folding of the velar nasal "ङ" to the anusvara "ं"

Since this revision the matcher folds Devanagari's "ङ" to the anusvara: the Nepali press writes one union both ways
("महासङ्घ" and "महासंघ", "सङ्गठन" and "संगठन"), so its name came in two spellings that never met. A discovered
union's id is its folded name ("found:NP:नेपाल-शिकषक-महासङघ" is now "found:NP:नेपाल-शिकषक-महासंघ"): its followers,
story tags and campaigns move to the new id, and two discovered unions that differed by the letter alone become one;
the words subscriptions leave out are refolded too.

Revision ID: 0017_devanagari_found_ids
Revises: 0016_maghreb_twin_records
Create Date: 2026-12-04
"""

from alembic import op

from storage.migrations.union_renames import refold_found_ids

revision = "0017_devanagari_found_ids"
down_revision = "0016_maghreb_twin_records"
branch_labels = None
depends_on = None

# bot.matching.normalize's Devanagari fold as of this revision (a migration keeps its own copy).
FOLDS = str.maketrans({"\u0919": "\u0902"})


def upgrade() -> None:
    refold_found_ids(op.get_bind(), FOLDS)


def downgrade() -> None:
    """The renames are not undone: two old ids may have become one."""
