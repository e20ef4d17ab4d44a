"""Union ids the directory renamed: followers, story tags, campaigns and merged discovered unions move to the new id

The directory's build derives an id from a union's acronym when it has one, so a union that gained its
acronym (or was found to be a second record of another) got a new id; without this, a subscriber who
followed it under the old id would silently stop getting its alerts.

Revision ID: 0010_union_renames
Revises: 0009_paid_lane
Create Date: 2026-11-30
"""

import json

from alembic import op
import sqlalchemy as sa

revision = "0010_union_renames"
down_revision = "0009_paid_lane"
branch_labels = None
depends_on = None

# Old id -> new id, from the directory at 22c29da to the one of this revision (matched by name and country).
RENAMES = {
    "australian-education-union-au": "aeu-au",
    "bangladesh-garment-sramik-federation-bd": "bangladesh-garments-sramik-federation-bd",
    "bangladesh-jatiya-sramik-league-bd": "jsl-bd",
    "bangladesh-sramik-kalyan-federation-bd": "bskf-bd",
    "bangladesh-trade-union-sangha-bd": "btus-bd",
    "basic-education-teachers-union-of-zambia-zm": "betuz-zm",
    "canadian-union-of-postal-workers-ca": "cupw-ca",
    "ctc-ca": "clc",
    "electrical-trades-union-of-australia-au": "etu-au",
    "electrical-trades-union-of-employees-queensland-au": "etu-au",
    "financial-services-union-ie": "fsu-ie",
    "frente-autentico-del-trabajo-mx": "fat-mx",
    "jatiya-sramik-league-bd": "jsl-bd",
    "korean-teachers-and-educational-workers-union-kr": "ktu-kr",
    "maritime-union-of-new-zealand-nz": "munz-nz",
    "national-association-of-nigeria-nurses-and-midwives-ng": "nannm-ng",
    "national-union-of-electricity-employees-ng": "nuee-ng",
    "new-south-wales-nurses-and-midwives-association-au": "nswnma-au",
    "nigeria-union-of-petroleum-and-natural-gas-workers-ng": "nupeng-ng",
    "nikkyoso-jp": "jtu-jp",
    "nzpsa-nz": "psa-nz",
    "shitetsu-soren-jp": "general-federation-of-private-railway-workers-unions-of-japa-jp",
    "sindicato-mexicano-de-electricistas-mx": "sme-mx",
    "tanzania-teachers-union-tz": "cwt-tz",
    "union-nacional-de-educadores-ec": "une-ec",
    "union-ua-5": "trade-union-of-health-care-workers-of-ukraine-ua",
    "united-workers-union-au": "uwu-au",
    "unmt-ma": "untm-ma",
    "zenrokyo-jp": "national-trade-union-council-jp",
}

subscriptions = sa.table("subscriptions", sa.column("id", sa.Integer), sa.column("subscriber_id", sa.Integer),
                         sa.column("kind", sa.String), sa.column("value", sa.String),
                         sa.column("message_thread_id", sa.Integer))
story_tags = sa.table("story_tags", sa.column("cluster_id", sa.Integer), sa.column("kind", sa.String),
                      sa.column("value", sa.String))
campaigns = sa.table("campaigns", sa.column("id", sa.Integer), sa.column("unions", sa.JSON))
discovered_unions = sa.table("discovered_unions", sa.column("merged_into", sa.String))


def upgrade() -> None:
    connection = op.get_bind()
    for old, new in RENAMES.items():
        # A follower of both (in the same topic) keeps the one subscription; a story tagged with both, one tag.
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
        renamed = list(dict.fromkeys(RENAMES.get(union, union) for union in listed))
        if renamed != listed:
            connection.execute(campaigns.update().where(campaigns.c.id == campaign_id).values(unions=renamed))


def downgrade() -> None:
    """The renames are not undone: two old ids may have become one, and the old directory knew them both."""
