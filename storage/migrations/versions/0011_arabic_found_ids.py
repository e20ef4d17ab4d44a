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

import json

from alembic import op
import sqlalchemy as sa

from storage.migrations.union_renames import campaigns, rename_union_ids, story_tags, subscriptions

revision = "0011_arabic_found_ids"
down_revision = "0010_union_renames"
branch_labels = None
depends_on = None

FOUND_PREFIX = "found:"
# bot.matching.normalize's _ARABIC_SCRIPT_FOLDS as of this revision (a migration keeps its own copy).
FOLDS = str.maketrans({
    "\u06cc": "\u064a", "\u0649": "\u064a", "\u06d2": "\u064a",
    "\u06a9": "\u0643", "\u06aa": "\u0643",
    "\u06c1": "\u0647", "\u06d5": "\u0647", "\u06be": "\u0647",
    "\u06c3": "\u0629",
})

discovered_unions = sa.table("discovered_unions", sa.column("id", sa.Integer), sa.column("union_id", sa.String),
                             sa.column("story_count", sa.Integer))


def renamed(union_id: str) -> str:
    """The id a found union gets from this revision on (a directory id stays)."""
    return union_id.translate(FOLDS) if union_id.startswith(FOUND_PREFIX) else union_id


def upgrade() -> None:
    connection = op.get_bind()
    found = discovered_unions.c.union_id.like(FOUND_PREFIX + "%")
    rows = connection.execute(sa.select(discovered_unions).where(found).order_by(discovered_unions.c.id)).all()
    keepers: dict[str, int] = {}  # new id -> the row that keeps it: the first discovered of those that fold alike
    for row in rows:
        keeper = keepers.setdefault(renamed(row.union_id), row.id)
        if keeper != row.id:  # it takes the other's story count; the other goes
            connection.execute(discovered_unions.update().where(discovered_unions.c.id == keeper).values(
                story_count=discovered_unions.c.story_count + row.story_count))
            connection.execute(discovered_unions.delete().where(discovered_unions.c.id == row.id))
    for new, keeper in keepers.items():
        connection.execute(discovered_unions.update().where(
            discovered_unions.c.id == keeper, discovered_unions.c.union_id != new).values(union_id=new))
    listed = [json.loads(unions) if isinstance(unions, str) else list(unions or [])
              for unions in connection.execute(sa.select(campaigns.c.unions)).scalars()]
    followed = sa.select(subscriptions.c.value).where(subscriptions.c.kind == "union",
                                                      subscriptions.c.value.like(FOUND_PREFIX + "%"))
    tagged_ids = sa.select(story_tags.c.value).where(story_tags.c.kind == "union",
                                                     story_tags.c.value.like(FOUND_PREFIX + "%"))
    ids = {row.union_id for row in rows} | set(connection.execute(sa.union(followed, tagged_ids)).scalars())
    ids |= {union for unions in listed for union in unions}
    rename_union_ids(connection, {old: renamed(old) for old in ids if renamed(old) != old})


def downgrade() -> None:
    """The renames are not undone: two old ids may have become one."""
