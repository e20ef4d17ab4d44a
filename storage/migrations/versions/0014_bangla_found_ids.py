"""Discovered unions' ids written in Bangla follow the folding of the retroflex "ণ" to the dental "ন"

Since this revision the matcher folds Bangla's "ণ" to "ন": the press writes the two letters for one another
("নির্মান" for "নির্মাণ", "কল্যান" for "কল্যাণ"), so one union's name came in two spellings that never met.
A discovered union's id is its folded name ("found:bd:ইমারত-নিরমাণ-শরমিক-ইউনিযন" is now
"found:bd:ইমারত-নিরমান-শরমিক-ইউনিযন"): its followers, story tags and campaigns move to the new id, and two
discovered unions that differed by the letter alone become one. The words subscriptions leave out are stored
folded too: they follow this folding and 0011's Arabic-script one, which did not refold them.

Revision ID: 0014_bangla_found_ids
Revises: 0013_malawi_cstum_into_cstu
Create Date: 2026-12-03
"""

from alembic import op

from storage.migrations.union_renames import refold_found_ids

revision = "0014_bangla_found_ids"
down_revision = "0013_malawi_cstum_into_cstu"
branch_labels = None
depends_on = None

# bot.matching.normalize's Bangla fold as of this revision, and 0011's Arabic-script folds (already applied to
# found ids, not yet to the words left out); a migration keeps its own copy.
FOLDS = str.maketrans({
    "\u09a3": "\u09a8",
    "\u06cc": "\u064a", "\u0649": "\u064a", "\u06d2": "\u064a",
    "\u06a9": "\u0643", "\u06aa": "\u0643",
    "\u06c1": "\u0647", "\u06d5": "\u0647", "\u06be": "\u0647",
    "\u06c3": "\u0629",
})


def upgrade() -> None:
    refold_found_ids(op.get_bind(), FOLDS)


def downgrade() -> None:
    """The renames are not undone: two old ids may have become one."""
