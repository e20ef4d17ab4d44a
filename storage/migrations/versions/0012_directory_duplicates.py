"""Directory records that were one organisation twice are one record: the second id moves to the first

Two source lists named the same union differently (a name with and without "the", an older and a current
name, two spellings of one acronym, an English and a French name), so the directory held it twice: a story
got both ids, and a subscriber who followed one saw the other in suggestions as if it were another union.
The build now merges them; the ids that went are moved here to the record that stays.

Revision ID: 0012_directory_duplicates
Revises: 0011_arabic_found_ids
Create Date: 2026-12-01
"""

from alembic import op

from storage.migrations.union_renames import rename_union_ids

revision = "0012_directory_duplicates"
down_revision = "0011_arabic_found_ids"
branch_labels = None
depends_on = None

# Old id -> the id of the record it was a second copy of (directory at 0201c5a and 0637b10 -> this revision).
RENAMES = {
    "ceols-ec": "ceosl-ec",
    "congress-of-unions-of-employees-in-the-public-and-civil-serv-my": "cuepacs-my",
    "conlutas-br": "central-sindical-e-popular-conlutas-br",
    "gewerkschaft-der-eisenbahner-deutschlands-de": "gded-de",
    "glc-lb": "cgtl",
    "international-association-of-bridge-structural-and-ornamenta-us":
        "international-association-of-bridge-structural-ornamental-an-us",
    "sindicato-nacional-de-trabajadores-de-la-industria-de-alimen-co":
        "sindicato-nacional-de-trabajadores-del-sistema-agroalimentar-co",
    "union-of-the-independent-trade-unions-of-albania-al": "bspsh",
    "united-association-of-journeymen-and-apprentices-of-the-plum-us-2":
        "united-association-of-journeymen-and-apprentices-of-the-plum-us",
}


def upgrade() -> None:
    rename_union_ids(op.get_bind(), RENAMES)


def downgrade() -> None:
    """The renames are not undone: the old ids named the same organisations as the ids that stay."""
