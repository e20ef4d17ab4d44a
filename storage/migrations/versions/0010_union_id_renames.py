"""Union ids the directory renamed: followers, story tags, campaigns and merged discovered unions move to the new id

The directory's build derives an id from a union's acronym when it has one, so a union that gained its
acronym (or was found to be a second record of another) got a new id; without this, a subscriber who
followed it under the old id would silently stop getting its alerts.

Revision ID: 0010_union_renames
Revises: 0009_paid_lane
Create Date: 2026-11-30
"""

from alembic import op

from storage.migrations.union_renames import rename_union_ids

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


def upgrade() -> None:
    rename_union_ids(op.get_bind(), RENAMES)


def downgrade() -> None:
    """The renames are not undone: two old ids may have become one, and the old directory knew them both."""
