"""Moving what names a directory union id to another id, for the migrations that rename ids.

A migration that renames union ids (the directory merged two records, or derived a new id) calls
`rename_union_ids` with its own frozen old -> new table; one that follows a change of the matcher's
folding calls `refold_found_ids` with its own frozen copy of the new folding. The tables they touch
are declared here as they stand since revision 0010.
"""

import json
from collections.abc import Mapping

import sqlalchemy as sa

__all__ = ["campaigns", "refold_found_ids", "rename_union_ids", "story_tags", "subscriptions"]

FOUND_PREFIX = "found:"

subscriptions = sa.table("subscriptions", sa.column("id", sa.Integer), sa.column("subscriber_id", sa.Integer),
                         sa.column("kind", sa.String), sa.column("value", sa.String),
                         sa.column("message_thread_id", sa.Integer), sa.column("exclude", sa.JSON))
story_tags = sa.table("story_tags", sa.column("cluster_id", sa.Integer), sa.column("kind", sa.String),
                      sa.column("value", sa.String))
campaigns = sa.table("campaigns", sa.column("id", sa.Integer), sa.column("unions", sa.JSON))
discovered_unions = sa.table("discovered_unions", sa.column("id", sa.Integer), sa.column("union_id", sa.String),
                             sa.column("story_count", sa.Integer), sa.column("merged_into", sa.String))


def rename_union_ids(connection: sa.Connection, renames: dict[str, str]) -> None:
    """Followers, story tags, campaigns and discovered unions merged into an old id move to its new id.

    A follower of both (in the same topic) keeps the one subscription; a story tagged with both, one tag;
    a campaign naming both, one entry.
    """
    for old, new in renames.items():
        newer = subscriptions.alias("newer")
        connection.execute(subscriptions.delete().where(
            subscriptions.c.kind == "union", subscriptions.c.value == old,
            sa.exists().where(newer.c.kind == "union", newer.c.value == new,
                              newer.c.subscriber_id == subscriptions.c.subscriber_id,
                              newer.c.message_thread_id == subscriptions.c.message_thread_id)))
        connection.execute(subscriptions.update().where(
            subscriptions.c.kind == "union", subscriptions.c.value == old).values(value=new))
        tagged = story_tags.alias("tagged")
        connection.execute(story_tags.delete().where(
            story_tags.c.kind == "union", story_tags.c.value == old,
            sa.exists().where(tagged.c.kind == "union", tagged.c.value == new,
                              tagged.c.cluster_id == story_tags.c.cluster_id)))
        connection.execute(story_tags.update().where(
            story_tags.c.kind == "union", story_tags.c.value == old).values(value=new))
        connection.execute(discovered_unions.update().where(
            discovered_unions.c.merged_into == old).values(merged_into=new))
    for campaign_id, unions in connection.execute(sa.select(campaigns.c.id, campaigns.c.unions)).all():
        listed = json.loads(unions) if isinstance(unions, str) else list(unions or [])
        renamed = list(dict.fromkeys(renames.get(union, union) for union in listed))
        if renamed != listed:
            connection.execute(campaigns.update().where(campaigns.c.id == campaign_id).values(unions=renamed))


def refold_found_ids(connection: sa.Connection, folds: Mapping[int, int | str]) -> None:
    """What is stored folded follows a change of the matcher's folding, `folds` (a `str.maketrans` table):
    every discovered union's id ("found:..."), wherever it is stored, and the folded words subscriptions
    leave out; directory ids stay.

    A discovered union's id is its folded name, so a change of the folding changes the ids stories carry
    from then on: without this its followers, story tags and campaigns would keep an id no story carries.
    Two discovered unions whose ids now fold alike become one: the first discovered keeps the row and
    takes the other's story count. A word left out is compared with the story's folded text, so an old
    spelling would no longer leave anything out.
    """
    for subscription_id, exclude in connection.execute(sa.select(subscriptions.c.id, subscriptions.c.exclude)).all():
        words = json.loads(exclude) if isinstance(exclude, str) else list(exclude or [])
        refolded = list(dict.fromkeys(word.translate(folds) for word in words))
        if refolded != words:
            connection.execute(subscriptions.update().where(subscriptions.c.id == subscription_id).values(
                exclude=refolded))
    def refold(union_id: str) -> str:
        return union_id.translate(folds) if union_id.startswith(FOUND_PREFIX) else union_id

    found = discovered_unions.c.union_id.like(FOUND_PREFIX + "%")
    rows = connection.execute(sa.select(discovered_unions.c.id, discovered_unions.c.union_id,
                                        discovered_unions.c.story_count).where(found)
                              .order_by(discovered_unions.c.id)).all()
    keepers: dict[str, int] = {}  # new id -> the row that keeps it
    for row in rows:
        keeper = keepers.setdefault(refold(row.union_id), row.id)
        if keeper != row.id:
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
    ids |= {union for unions in listed for union in unions if union.startswith(FOUND_PREFIX)}
    rename_union_ids(connection, {old: refold(old) for old in ids if refold(old) != old})
