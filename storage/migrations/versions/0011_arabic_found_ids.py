"""Discovered unions' ids written in Arabic script follow the folding of its letter variants

Since this revision the matcher folds the letters Arabic, Persian, Urdu and Sindhi write with different code
points to the Arabic one (Farsi yeh "ی" -> "ي", keheh "ک" -> "ك", heh goal "ہ" -> "ه"...). A discovered union's
id is its folded name ("found:pk:مزدور-اتحاد-یونین" is now "found:pk:مزدور-اتحاد-يونين"), so without this its
followers, story tags and campaigns would keep an id no story carries any more; two ids that now fold alike
become one.

Revision ID: 0011_arabic_found_ids
Revises: 0010_union_renames
Create Date: 2026-12-01
"""

from alembic import op

from storage.migrations.union_renames import refold_found_ids

revision = "0011_arabic_found_ids"
down_revision = "0010_union_renames"
branch_labels = None
depends_on = None

# bot.matching.normalize's _ARABIC_SCRIPT_FOLDS as of this revision (a migration keeps its own copy).
FOLDS = str.maketrans({
    "\u06cc": "\u064a", "\u0649": "\u064a", "\u06d2": "\u064a",
    "\u06a9": "\u0643", "\u06aa": "\u0643",
    "\u06c1": "\u0647", "\u06d5": "\u0647", "\u06be": "\u0647",
    "\u06c3": "\u0629",
})


def upgrade() -> None:
    refold_found_ids(op.get_bind(), FOLDS)


def downgrade() -> None:
    """The renames are not undone: two old ids may have become one."""
