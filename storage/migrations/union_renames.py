"""Moving what names a directory union id to another id, for the migrations that rename ids.

A migration that renames union ids (the directory merged two records, or derived a new id) calls
`rename_union_ids` with its own frozen old -> new table; the tables it touches are declared here as
they stand since revision 0010.
"""

import json

import sqlalchemy as sa

__all__ = ["campaigns", "rename_union_ids", "story_tags", "subscriptions"]

subscriptions = sa.table("subscriptions", sa.column("id", sa.Integer), sa.column("subscriber_id", sa.Integer),
                         sa.column("kind", sa.String), sa.column("value", sa.String),
                         sa.column("message_thread_id", sa.Integer))
story_tags = sa.table("story_tags", sa.column("cluster_id", sa.Integer), sa.column("kind", sa.String),
                      sa.column("value", sa.String))
campaigns = sa.table("campaigns", sa.column("id", sa.Integer), sa.column("unions", sa.JSON))
discovered_unions = sa.table("discovered_unions", sa.column("merged_into", sa.String))


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
