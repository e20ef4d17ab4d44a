"""The tagger: ambiguous names, case rules, salience and evidence spans."""

from __future__ import annotations

import pytest

from bot.matching import StoryTags, Tagger, UnionDirectory, UnionRecord, default_directory, default_tagger
from bot.matching.normalize import normalize


def tag(text: str, title: str | None = None) -> StoryTags:
    return default_tagger().tag(title, text)


def codes(tags: StoryTags, salience: str | None = None) -> set[str]:
    return {tag.code for tag in tags.countries if salience is None or tag.salience == salience}


def union_ids(tags: StoryTags) -> set[str]:
    return {tag.union_id for tag in tags.unions}


@pytest.mark.parametrize("text, expected", [
    ("Workers marched in Atlanta, Georgia on Monday to demand higher pay.", set()),
    ("Georgia governor Brian Kemp signed the anti-union bill on Tuesday.", set()),
    ("Students at Georgia Tech joined the picket.", set()),
    ("Workers at the casino in Tbilisi, Georgia went on strike.", {"GE"}),
    ("Unions in Georgia protested against the new labour code adopted by parliament.", {"GE"}),
])
def test_georgia_the_country_versus_the_us_state(text: str, expected: set[str]) -> None:
    assert codes(tag(text)) - {"US"} == expected


@pytest.mark.parametrize("text, expected", [
    ("Miners in Niger went on strike at the uranium mine.", {"NE"}),
    ("Oil workers in Nigeria went on strike.", {"NG"}),
    ("Fishers in the Niger Delta blockaded the terminal.", {"NG"}),
    ("Nigerien teachers and Nigerian nurses met.", {"NE", "NG"}),
])
def test_niger_and_nigeria(text: str, expected: set[str]) -> None:
    assert codes(tag(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Miners in Guinea went on strike.", {"GN"}),
    ("Teachers in Guinea-Bissau went on strike.", {"GW"}),
    ("Teachers in Guinea Bissau went on strike.", {"GW"}),
    ("Oil workers in Equatorial Guinea went on strike.", {"GQ"}),
    ("Port workers in Papua New Guinea went on strike.", {"PG"}),
    ("Loggers on the island of New Guinea cleared the forest.", set()),
    ("The lab bred a guinea pig.", set()),
])
def test_the_guineas(text: str, expected: set[str]) -> None:
    assert codes(tag(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Banana workers in the Dominican Republic struck.", {"DO"}),
    ("Civil servants in Dominica struck.", {"DM"}),
    ("Dominican sugar cane cutters marched.", {"DO"}),
])
def test_dominica_versus_dominican_republic(text: str, expected: set[str]) -> None:
    assert codes(tag(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Miners in Kinshasa, Congo protested.", {"CD"}),
    ("Loggers near Brazzaville, Congo protested.", {"CG"}),
    ("Cobalt miners in the Democratic Republic of the Congo struck.", {"CD"}),
    ("Oil workers in the Republic of the Congo struck.", {"CG"}),
    ("Teachers in Congo-Brazzaville struck.", {"CG"}),
    ("Strike in Congo: miners protest.", {"CD"}),
])
def test_the_two_congos(text: str, expected: set[str]) -> None:
    assert codes(tag(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Michael Jordan said the strike was unfair.", set()),
    ("Chad Smith, the drummer, joined the picket line.", set()),
    ("Garment workers in Jordan went on strike.", {"JO"}),
    ("Workers in Chad went on strike over unpaid wages.", {"TD"}),
])
def test_jordan_and_chad_as_people(text: str, expected: set[str]) -> None:
    assert codes(tag(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("We ate roast turkey at the union dinner. The turkey was great.", set()),
    ("The union served a turkey dinner to the strikers.", set()),
    ("Unions in Turkey called a general strike.", {"TR"}),
    ("Turkish metalworkers walked out.", {"TR"}),
])
def test_turkey_the_bird(text: str, expected: set[str]) -> None:
    assert codes(tag(text)) == expected


def test_longest_match_wins() -> None:
    tags = tag("Workers in South Sudan and in Sudan, and in South Africa, went on strike.")
    assert codes(tags) == {"SS", "SD", "ZA"}
    sudan = next(t for t in tags.countries if t.code == "SD")
    assert [evidence.text for evidence in sudan.evidence] == ["Sudan"]


def test_names_in_other_languages() -> None:
    assert codes(tag("Los sindicatos de Azerbaiyán denunciaron la represión en Bielorrusia.")) == {"AZ", "BY"}
    assert codes(tag("Профсоюзы в Азербайджане и Грузии протестуют.")) == {"AZ", "GE"}
    assert codes(tag("Les syndicats de Géorgie et du Kirghizistan manifestent.")) == {"GE", "KG"}
    assert codes(tag("Gewerkschaften in Usbekistan und Kasachstan streiken.")) == {"UZ", "KZ"}


def test_demonyms_and_capitals() -> None:
    assert codes(tag("Kyrgyz, Uzbek and Montenegrin unions met in Baku.")) == {"KG", "UZ", "ME", "AZ"}


def test_turkish_dotted_capital_i_matches_both_spellings() -> None:
    tags = tag("AHİK ve AHIK toplantı yaptı; the Azerbaijan union confederation met.")
    ahik = next(t for t in tags.unions if t.union_id == "ahik")
    assert [evidence.text for evidence in ahik.evidence] == ["AHİK", "AHIK"]


def test_acronyms_are_case_sensitive() -> None:
    tags = tag("The union rep said the report on spm and otu was late, according to Belarus media.")
    assert union_ids(tags) == set()
    tags = tag("The Free Trade Union of Metalworkers (SPM) in Belarus said SPM members were jailed.")
    assert union_ids(tags) == {"spm"}


def test_short_acronym_needs_its_union_or_country_in_the_story() -> None:
    assert union_ids(tag("The BNP won the election in Bangladesh.")) == set()
    assert union_ids(tag("BNP leaders were jailed in Belarus.")) == {"bnp"}


def test_capitalised_acronym_in_an_all_caps_headline_needs_support() -> None:
    assert union_ids(tag("A shop steward was dismissed at a factory in Leeds.", title="UNION REP SACKED AT FACTORY")) == set()
    supported = tag("Belarusian electronics workers' leader detained in Minsk.", title="BELARUS: REP LEADER DETAINED")
    assert union_ids(supported) == {"rep"}
    assert "BY" in codes(supported, "primary")


def test_shared_acronym_resolved_by_country() -> None:
    assert union_ids(tag("GTUC called a strike in Accra over pensions in Ghana.")) == {"ghana-tuc"}
    assert union_ids(tag("GTUC called a strike in Tbilisi.")) == {"gtuc-ge"}
    assert union_ids(tag("GTUC called a strike.")) == set()


def test_generic_union_name_needs_its_country() -> None:
    assert union_ids(tag("The Migrant Workers Union of the city met on Monday.")) == set()
    assert union_ids(tag("Kyrgyzstan's Migrant Workers Union met in Bishkek.")) == {"mwu-kg"}


def test_employers_ngos_and_the_ilo_are_not_unions() -> None:
    text = ("The International Labour Organization (ILO), the Solidarity Center, LabourStart and "
            "Deutsche Telekom met in Geneva.")
    assert union_ids(tag(text)) == set()


def test_list_of_countries_is_mentioned_while_the_subject_is_primary() -> None:
    text = ("We run campaigns helping workers in Eswatini, Serbia, Czechia, India, Taiwan and Poland. "
            "Last week I visited striking workers in Tbilisi, Georgia, who are demanding a union.")
    tags = tag(text)
    assert codes(tags, "primary") == {"GE"}
    assert codes(tags, "mentioned") == {"SZ", "RS", "CZ", "IN", "TW", "PL"}


def test_single_passing_mention_is_not_primary() -> None:
    opening = "Delegates discussed democracy and the labour movement at length. " * 8
    tags = tag(opening + "One speaker had recently visited Qatar.")
    assert codes(tags, "mentioned") == {"QA"}
    assert codes(tags, "primary") == set()


def test_title_country_is_primary() -> None:
    assert codes(tag("Workers walked out on Monday.", title="Strike at Bangladesh garment factory"), "primary") == {"BD"}


def test_union_country_supports_the_country() -> None:
    tags = tag("KCTU members marched in their thousands.", title="KCTU calls general strike")
    assert codes(tags, "primary") == {"KR"}
    assert next(iter(tags.unions)).salience == "primary"


def test_evidence_points_at_the_original_text() -> None:
    title = "Grève en Côte d’Ivoire"
    text = "Les travailleurs de Côte d’Ivoire et d’Azerbaïdjan (AHİK) — ensemble."
    tags = default_tagger().tag(title, text)
    for country in tags.countries:
        for evidence in country.evidence:
            source = title if evidence.field == "title" else text
            assert source[evidence.start:evidence.end] == evidence.text
    ivory_coast = next(t for t in tags.countries if t.code == "CI")
    assert [(e.field, e.text) for e in ivory_coast.evidence] == [("title", "Côte d’Ivoire"), ("text", "Côte d’Ivoire")]


def test_evidence_offsets_survive_decomposed_accents_and_ligatures() -> None:
    text = "Workers in Quere\u0301taro, Mexico and the ﬁrst strike in Azerbaijan."
    tags = tag(text)
    evidence = [e for t in tags.countries for e in t.evidence]
    assert {e.text for e in evidence} >= {"Quere\u0301taro", "Mexico", "Azerbaijan"}
    for item in evidence:
        assert text[item.start:item.end] == item.text


def test_normalize_keeps_offsets_and_folds() -> None:
    folded = normalize("AHİK’s Côte-d’Ivoire")
    assert folded.lower == "ahik s cote d ivoire"
    assert folded.cased == "AHIK s Cote d Ivoire"
    assert folded.original_span(0, 4) == (0, 4)
    slow = normalize("ﬁne Côte")
    assert slow.lower == "fine cote"
    assert slow.original_span(5, 9) == (4, 8)


def test_empty_story_has_no_tags() -> None:
    assert tag("") == StoryTags((), ())
    assert tag("   \n ", title=None) == StoryTags((), ())


def test_directory_from_records_and_with_extra() -> None:
    extra = {"id": "desk-workers", "name": "Newsroom Desk Workers Union", "acronyms": ["NDWU"],
             "aliases": ["Desk Workers"], "country": "AZ", "kind": "union"}
    directory = default_directory().with_extra([extra])
    assert directory.get("desk-workers") == UnionRecord.from_mapping(extra)
    assert directory.get("ituc") is not None and len(directory) == len(default_directory()) + 1
    tags = Tagger(directory).tag(None, "The NDWU struck in Baku.")
    assert union_ids(tags) == {"desk-workers"}
    alone = Tagger(UnionDirectory.from_records([extra])).tag(None, "ITUC and NDWU met.")
    assert union_ids(alone) == {"desk-workers"}


@pytest.mark.parametrize("bad, message", [
    ({"id": "Bad Id", "name": "X"}, "slug"),
    ({"id": "x", "name": ""}, "no name"),
    ({"id": "x", "name": "X", "country": "ZZ"}, "unknown country"),
    ({"id": "x", "name": "X", "kind": "employer"}, "kind"),
])
def test_invalid_union_records_are_rejected_with_a_reason(bad: dict, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        UnionRecord.from_mapping(bad)


def test_bundled_directory_is_large_and_consistent() -> None:
    directory = default_directory()
    assert len(directory) >= 150
    for record in directory:
        assert record.parent is None or record.parent in directory, record.id
    kinds = {record.kind for record in directory}
    assert kinds == {"union", "confederation", "global_union_federation", "workers_organisation"}
    for union_id in ("itf", "iuf", "psi", "bwi", "ei", "ifj", "idwf", "industriall", "uni", "etuc", "ituc"):
        assert union_id in directory


def test_a_malay_story_naming_no_place_is_malaysias_not_indonesias() -> None:
    # Read as Indonesian, the story took Indonesia for its country and dropped Malaysia's MTUC.
    tags = default_tagger().tag("Gaji minimum: Kenapa abai pekerja pembersihan, soal MTUC",
                                "Setiausaha agungnya, Kamarul Baharin Mansor berkata, masih ada lagi kontraktor tidak "
                                "membayar pekerja pembersihan dengan gaji minimum. MTUC menggesa kerajaan bertindak.")
    assert [tag.code for tag in tags.countries if tag.salience == "primary"] == ["MY"]
    assert {tag.acronym for tag in tags.unions} == {"MTUC"}


def test_word_shared_by_other_names_depends_on_the_union_asked_about() -> None:
    """Two names hold "cobas": for the confederation whose own name holds it, only one other name does."""
    directory = UnionDirectory.from_records([
        {"id": "conf-a", "name": "Confederazione Cobas", "acronyms": ["COBAS"], "country": "IT",
         "kind": "confederation"},
        {"id": "si-cobas", "name": "SI Cobas", "country": "IT", "kind": "union"},
        {"id": "conf-b", "name": "Coordinadora de Bases", "acronyms": ["COBAS"], "country": "ES",
         "kind": "confederation"},
    ])
    tagger = Tagger(directory)
    assert not tagger._word_of_other_names("cobas", "conf-a")
    assert tagger._word_of_other_names("cobas", "conf-b")
    assert not tagger._word_of_other_names("cobas", "conf-a")
