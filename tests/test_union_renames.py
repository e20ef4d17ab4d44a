"""Union ids stay followable: every id the directory ever published is still in it or renamed by a migration,
and the renaming migration moves followers, story tags, campaigns and merged discovered unions."""

from __future__ import annotations

import importlib.util
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.matching import default_directory, default_tagger
from bot.matching.tagger import discovered_union_id
from storage.db import create_engine, session_factory, upgrade_database
from storage.models import Campaign, DiscoveredUnion, StoryCluster, StoryTag, Subscriber, Subscription
from tests.conftest import _drop_postgres_database, new_postgres_database

VERSIONS = Path(__file__).resolve().parents[1] / "storage" / "migrations" / "versions"
PUBLISHED_IDS = Path(__file__).resolve().parent / "data" / "published_union_ids.txt"


def _migration_renames() -> dict[str, str]:
    """Every RENAMES table of the migrations, old id -> new id."""
    renames: dict[str, str] = {}
    for path in sorted(VERSIONS.glob("*.py")):
        spec = importlib.util.spec_from_file_location(f"migration_{path.stem}", path)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        renames.update(getattr(module, "RENAMES", {}))
    return renames


def test_every_published_union_id_is_still_followable() -> None:
    directory_ids = {record.id for record in default_directory()}
    renames = _migration_renames()
    published = PUBLISHED_IDS.read_text("utf-8").split()
    gone = [union_id for union_id in published if union_id not in directory_ids and union_id not in renames]
    assert not gone, (f"union ids that subscribers may follow are gone from the directory: {gone[:10]}; keep the id "
                      f"or add old -> new to a migration's RENAMES (see 0010_union_id_renames.py)")
    assert {new for new in renames.values()} <= directory_ids
    new_ids = sorted(directory_ids - set(published))
    assert not new_ids, f"add the directory's new ids to {PUBLISHED_IDS.name}: {new_ids[:10]}"


@pytest.fixture(params=["sqlite", "postgresql"])
async def new_engine(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[AsyncEngine]:
    """A new, empty database (each test migrates it up to the revision before the one it tests)."""
    if request.param == "sqlite":
        url = f"sqlite+aiosqlite:///{tmp_path / 'renames.db'}"
    else:
        url = await new_postgres_database()
    engine = create_engine(url)
    try:
        yield engine
    finally:
        await engine.dispose()
        if request.param == "postgresql":
            await _drop_postgres_database(url)


@pytest.mark.parametrize("before, revision, old, new", [
    ("0009_paid_lane", "0010_union_renames", "nikkyoso-jp", "jtu-jp"),
    # 0012: the directory held CUEPACS twice (two lists spelt its name differently); the second id goes
    ("0011_arabic_found_ids", "0012_directory_duplicates", "congress-of-unions-of-employees-in-the-public-and-civil-serv-my",
     "cuepacs-my"),
    # 0013: Malawi's CSTUM and CSTU were one union under two records (branch en31 merged them)
    ("0012_directory_duplicates", "0013_malawi_cstum_into_cstu", "cstum-mw", "cstu-mw"),
    # 0016: Mauritania's CLTM and Tunisia's basic-education federation held once in French, once in Arabic
    ("0015_merged_into_found_ids", "0016_maghreb_twin_records", "cltm-mr", "free-confederation-of-mauritanian-workers-mr"),
    ("0015_merged_into_found_ids", "0016_maghreb_twin_records", "federation-generale-de-l-enseignement-de-base-tn",
     "general-federation-of-basic-education-tn"),
])
async def test_renamed_unions_keep_their_followers_tags_and_campaigns(new_engine: AsyncEngine, before: str, revision: str,
                                                                      old: str, new: str) -> None:
    await upgrade_database(new_engine, before)
    sessions = session_factory(new_engine)
    async with sessions() as session:
        old_only = Subscriber(chat_id=1, subscriptions=[Subscription(kind="union", value=old, label="Old")])
        both = Subscriber(chat_id=2, subscriptions=[Subscription(kind="union", value=old, label="Old"),
                                                    Subscription(kind="union", value=new, label="New")])
        other = Subscriber(chat_id=3, subscriptions=[Subscription(kind="union", value="zenroren-jp", label="Zenroren")])
        cluster_old, cluster_both = StoryCluster(), StoryCluster()
        session.add_all([old_only, both, other, cluster_old, cluster_both])
        await session.flush()
        session.add_all([
            StoryTag(cluster_id=cluster_old.id, kind="union", value=old, label="Old", salience="primary"),
            StoryTag(cluster_id=cluster_both.id, kind="union", value=old, label="Old", salience="primary"),
            StoryTag(cluster_id=cluster_both.id, kind="union", value=new, label="New", salience="primary"),
            Campaign(title="Pay", url="https://example.org/p", unions=[old, new, "zenroren-jp"]),
            DiscoveredUnion(union_id="found:jp:nikkyoso", name="Nikkyoso", status="merged", merged_into=old),
        ])
        await session.commit()

    await upgrade_database(new_engine, revision)

    async with sessions() as session:
        follows = sorted((await session.execute(
            select(Subscriber.chat_id, Subscription.value).join(Subscription.subscriber))).all())
        tags = sorted((await session.execute(select(StoryTag.cluster_id, StoryTag.value))).all())
        campaign_unions = (await session.execute(select(Campaign.unions))).scalar_one()
        merged_into = (await session.execute(select(DiscoveredUnion.merged_into))).scalar_one()
    assert follows == [(1, new), (2, new), (3, "zenroren-jp")]
    assert tags == [(cluster_old.id, new), (cluster_both.id, new)]
    assert campaign_unions == [new, "zenroren-jp"]
    assert merged_into == new


@pytest.mark.parametrize(
    "before, old, written, country, new",
    [
        # ids stored before 0011 folded Urdu's "ی" and "ہ" as themselves; the tagger now folds them to "ي" and "ه"
        ("0010_union_renames", "found:PK:مزدور-اتحاد-یونین", "مزدور اتحاد یونین", "PK", "found:PK:مزدور-اتحاد-يونين"),
        # ids stored before 0014 kept Bangla's retroflex "ণ"; the tagger now folds it to the dental "ন"
        ("0013_malawi_cstum_into_cstu", "found:BD:ইমারত-নিরমাণ-শরমিক-ইউনিযন", "ইমারত নির্মাণ শ্রমিক ইউনিয়ন", "BD",
         "found:BD:ইমারত-নিরমান-শরমিক-ইউনিযন"),
        # ids stored before 0017 kept Devanagari's velar nasal "ङ"; the tagger now folds it to the anusvara "ं"
        ("0016_maghreb_twin_records", "found:NP:नेपाल-शिकषक-महासङघ", "नेपाल शिक्षक महासङ्घ", "NP",
         "found:NP:नेपाल-शिकषक-महासंघ"),
        # ids stored before 0018 kept traditional Chinese characters; the tagger now folds them to simplified ones,
        # and Japanese kanji that are also traditional ones ("組") with them
        ("0017_devanagari_found_ids", "found:TW:臺灣鐵路產業工會", "臺灣鐵路產業工會", "TW", "found:TW:台湾铁路产业工会"),
        ("0017_devanagari_found_ids", "found:JP:東部労働組合", "東部労働組合", "JP", "found:JP:东部労働组合"),
        # ids stored before 0019 kept Bangla's retroflex sibilant "ষ"; the tagger now folds it to the dental "স"
        ("0018_han_found_ids", "found:BD:হোটেল-রেষটুরেনট-শরমিক-ইউনিযন", "হোটেল রেষ্টুরেন্ট শ্রমিক ইউনিয়ন", "BD",
         "found:BD:হোটেল-রেসটুরেনট-শরমিক-ইউনিযন"),
    ],
)
async def test_found_ids_follow_a_change_of_letter_folding(new_engine: AsyncEngine, before: str, old: str, written: str,
                                                           country: str, new: str) -> None:
    assert discovered_union_id(written, country) == new
    await upgrade_database(new_engine, before)
    sessions = session_factory(new_engine)
    async with sessions() as session:
        old_only = Subscriber(chat_id=1, subscriptions=[Subscription(kind="union", value=old, label=written)])
        both = Subscriber(chat_id=2, subscriptions=[Subscription(kind="union", value=old, label=written),
                                                    Subscription(kind="union", value=new, label=written)])
        # the words a subscription leaves out are stored folded as well
        leaving_out = Subscriber(chat_id=3, subscriptions=[Subscription(kind="country", value=country, label=country,
                                                                        exclude=old.split(":")[2].split("-"))])
        cluster = StoryCluster()
        session.add_all([old_only, both, leaving_out, cluster])
        await session.flush()
        session.add_all([
            StoryTag(cluster_id=cluster.id, kind="union", value=old, label=written, salience="primary"),
            Campaign(title="Rally", url="https://example.org/l", unions=[old, new, "aptuf-pk"]),
            DiscoveredUnion(union_id=old, name=written, story_count=2),
            DiscoveredUnion(union_id=new, name=written, story_count=3),
            DiscoveredUnion(union_id="found:pk:hari-union", name="Hari Union", story_count=1),
        ])
        await session.commit()

    await upgrade_database(new_engine)

    async with sessions() as session:
        follows = sorted((await session.execute(select(Subscriber.chat_id, Subscription.value).join(
            Subscription.subscriber).where(Subscription.kind == "union"))).all())
        left_out = (await session.execute(select(Subscription.exclude).where(Subscription.kind == "country"))).scalar_one()
        tags = (await session.execute(select(StoryTag.value))).scalars().all()
        campaign_unions = (await session.execute(select(Campaign.unions))).scalar_one()
        discovered = sorted((await session.execute(select(DiscoveredUnion.union_id, DiscoveredUnion.story_count))).all())
    assert follows == [(1, new), (2, new)]
    assert left_out == new.split(":")[2].split("-")
    assert tags == [new]
    assert campaign_unions == [new, "aptuf-pk"]
    assert discovered == sorted([("found:pk:hari-union", 1), (new, 5)])


@pytest.mark.parametrize("text, union_id", [
    ("Civil servants will picket, said the Congress of Unions of Employees in the Public and Civil Services "
     "(CUEPACS) in Kuala Lumpur.", "cuepacs-my"),
    ("La Confederación Ecuatoriana de Organizaciones Sindicales Libres (CEOSL) marchó en Quito.", "ceosl-ec"),
    ("Die Gewerkschaft der Eisenbahner Deutschlands (GdED) rief in Frankfurt zum Warnstreik auf.", "gded-de"),
    ("El Sindicato Nacional de Trabajadores de la Industria de Alimentos (SINALTRAINAL) denunció amenazas en Bogotá.",
     "sindicato-nacional-de-trabajadores-del-sistema-agroalimentar-co"),
])
def test_a_union_two_lists_name_differently_is_tagged_once(text: str, union_id: str) -> None:
    assert [union.union_id for union in default_tagger().tag("", text).unions] == [union_id]
