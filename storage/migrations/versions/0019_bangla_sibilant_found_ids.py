"""Discovered unions' ids written with Bangla's retroflex sibilant "ষ" follow its folding to the dental "স"

Since this revision the matcher folds Bangla's "ষ" to "স": the press writes English loan words with either before
"ট" ("রেষ্টুরেন্ট"/"রেস্টুরেন্ট", "ষ্টাফ"/"স্টাফ"), so one union's name came in two spellings that never met. A
discovered union's id is its folded name ("found:BD:হোটেল-রেষটুরেনট-শরমিক-ইউনিযন" is now
"found:BD:হোটেল-রেসটুরেনট-শরমিক-ইউনিযন"): its followers, story tags and campaigns move to the new id, and two
discovered unions that differed by the letter alone become one; the words subscriptions leave out are refolded too.

Revision ID: 0019_bangla_sibilant_found_ids
Revises: 0018_han_found_ids
Create Date: 2026-12-04
"""

from alembic import op

from storage.migrations.union_renames import refold_found_ids

revision = "0019_bangla_sibilant_found_ids"
down_revision = "0018_han_found_ids"
branch_labels = None
depends_on = None

# bot.matching.normalize's Bangla sibilant fold as of this revision (a migration keeps its own copy).
FOLDS = str.maketrans({"\u09b7": "\u09b8"})


def upgrade() -> None:
    refold_found_ids(op.get_bind(), FOLDS)


def downgrade() -> None:
    """The renames are not undone: two old ids may have become one."""
