"""The bundled union directory: its size, its sources, stable ids, and the build that makes it."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from bot.matching import default_directory

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "build_union_directory.py"
SOURCES = ROOT / "data" / "union_sources"
CURATED = ROOT / "bot" / "data" / "unions.toml"
GENERATED = ROOT / "bot" / "data" / "unions_generated.tsv"

MIN_RECORDS = 2000  # issue 9 asks for 2,000; the extracts give 2,122 (see the build report)
MIN_COUNTRIES = 150


def run_build(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(SCRIPT), "--quiet", *map(str, args)],
                          capture_output=True, text=True, timeout=120, cwd=ROOT)


def write_sources(folder: Path, sources: dict[str, tuple[str, str]]) -> None:
    """Write source files {file name: (source address, rows)} into `folder`, replacing any of the same name."""
    folder.mkdir(exist_ok=True)
    for name, (address, rows) in sources.items():
        (folder / name).write_text(f"# source: {address}\ncountry\tname\tacronyms\taliases\tkind\tparent\n{rows}")


def build_rows(folder: Path, output: Path, previous: Path | str | None = None) -> list[dict[str, str]]:
    """Run the build on `folder` and the curated file (`--previous` when given: "" for none); its rows."""
    extra: tuple[str | Path, ...] = () if previous is None else ("--previous", previous)
    assert run_build("--sources", folder, "--curated", CURATED, "--output", output, *extra).returncode == 0
    header, *rows = [line.split("\t") for line in output.read_text("utf-8").splitlines() if line and not line.startswith("#")]
    return [dict(zip(header, row, strict=True)) for row in rows]


def built_records(tmp_path: Path, sources: dict[str, tuple[str, str]]) -> list[dict[str, str]]:
    """Run the build on source files {file name: (source address, rows)} and the curated file; its rows."""
    write_sources(tmp_path / "sources", sources)
    return build_rows(tmp_path / "sources", tmp_path / "out.tsv")


def test_directory_is_large_and_wide() -> None:
    directory = default_directory()
    assert len(directory) >= MIN_RECORDS
    assert len({record.country for record in directory if record.country}) >= MIN_COUNTRIES


def test_every_record_says_where_it_comes_from() -> None:
    for record in default_directory():
        assert record.source, record.id
        for address in record.source.split(" | "):
            assert address == "bot/data/unions.toml" or address.startswith(("http://", "https://")), record.id


def test_curated_ids_keep_their_names() -> None:
    curated = tomllib.loads(CURATED.read_text("utf-8"))["union"]
    directory = default_directory()
    for table in curated:
        record = directory.get(table["id"])
        assert record is not None, table["id"]
        assert record.name == table["name"]
        assert set(table.get("acronyms", [])) <= set(record.acronyms)
        assert set(table.get("aliases", [])) <= set(record.aliases)


@pytest.mark.parametrize("name, union_id", [("Verdi", "verdi"), ("ver.di", "verdi")])
def test_press_spellings_name_their_union(name: str, union_id: str) -> None:
    """German papers write ver.di as "Verdi": a found name spelt so is the directory's union."""
    assert default_directory().id_for_name(name) == union_id


@pytest.mark.parametrize("name, union_id", [
    # Spellings and unions of African, Asian and Caribbean pages (bench/data/wide_english17 and earlier samples)
    ("All Pakistan Federation of Trade Union", "apftu-pk"), ("International Transport Federation", "itf"),
    ("Southern African Clothing and Textile Workers' Union", "sactwu-za"), ("Fiji Public Services Association", "fpsa-fj"),
    ("Banking Insurance & Finance Union of Kenya", "banking-insurance-and-finance-union-of-kenya-ke"),
    ("Apex Council", "apex-council-zw"), ("Federation of University Teachers’ Association", "futa-lk"),
])
def test_press_names_of_english17_pages_name_their_union(name: str, union_id: str) -> None:
    assert default_directory().id_for_name(name) == union_id


def test_generated_ids_are_unique() -> None:
    lines = [line for line in GENERATED.read_text("utf-8").splitlines() if line and not line.startswith("#")]
    ids = [line.split("\t")[0] for line in lines[1:]]
    assert len(ids) == len(set(ids))


def test_build_reproduces_the_shipped_file(tmp_path: Path) -> None:
    output = tmp_path / "unions_generated.tsv"
    result = run_build("--sources", SOURCES, "--curated", CURATED, "--output", output)
    assert result.returncode == 0, result.stderr
    assert output.read_text("utf-8") == GENERATED.read_text("utf-8")


def test_build_merges_the_same_union_from_two_sources(tmp_path: Path) -> None:
    records = built_records(tmp_path, {
        "a.tsv": ("https://a.example/list", "KE\tKenya Plantation and Agricultural Workers Union\tKPAWU\t\tunion\t\n"),
        "b.tsv": ("https://b.example/list", "KE\tKenya Plantation & Agricultural Workers' Union\tKPAWU\t\tunion\t\n"),
    })
    assert len(records) == 1
    record = records[0]
    assert record["id"] == "kpawu-ke"
    assert record["aliases"] == "Kenya Plantation & Agricultural Workers' Union"
    assert record["source"] == "https://a.example/list | https://b.example/list"


@pytest.mark.parametrize("bad_row, message", [
    ("XX\tSome Workers Union\t\t\tunion\t", "unknown country code 'XX'"),
    ("KE\t\tKPAWU\t\tunion\t", "empty name"),
    ("KE\tSome Workers Union\t\t\tguild\t", "kind 'guild'"),
    ("KE\tSome Workers Union\tSWU", "expected 6 or 7 tab-separated cells"),
])
def test_build_refuses_a_bad_row_with_its_line(tmp_path: Path, bad_row: str, message: str) -> None:
    sources = tmp_path / "sources"
    shutil.copytree(SOURCES, sources)
    extract = sources / "zz-bad.tsv"
    extract.write_text("# source: https://example.org/list\ncountry\tname\tacronyms\taliases\tkind\tparent\n"
                       "KE\tKenya Union of Journalists\t\t\tunion\t\n" + bad_row + "\n")
    output = tmp_path / "out.tsv"
    result = run_build("--sources", sources, "--curated", CURATED, "--output", output)
    assert result.returncode == 1
    assert "zz-bad.tsv:4" in result.stderr and message in result.stderr
    assert not output.exists()


def test_build_leaves_out_short_and_common_acronyms_and_place_aliases(tmp_path: Path) -> None:
    [record] = built_records(tmp_path, {"a.tsv": ("https://a.example/list",
        "KE\tKenya Union of Commercial, Food and Allied Workers\tKU | CARE\tKenya | Solidarity | Chama cha Wafanyakazi\t"
        "union\t\n")})
    assert record["acronyms"] == ""
    assert record["aliases"] == "Chama cha Wafanyakazi"


def test_build_keeps_an_alias_that_is_a_curated_acronym_in_another_case(tmp_path: Path) -> None:
    """"Fiom Cgil" beside the curated acronym FIOM-CGIL: acronyms match only as written, so it adds a form."""
    records = built_records(tmp_path, {"a.tsv": ("https://a.example/list",
        "IT\tFederazione Impiegati Operai Metallurgici\tFIOM\tFiom Cgil | FIOM-CGIL\tunion\t\n")})
    record = next(record for record in records if record["id"] == "fiom")
    assert record["aliases"] == "Fiom Cgil"


def test_build_writes_one_row_for_two_groups_of_one_curated_record(tmp_path: Path) -> None:
    """Two source rows that share no name with each other but both match the curated CGT of France
    (one by its French name, one by its acronym) add to it in one row, not two rows with one id."""
    records = built_records(tmp_path, {
        "a.tsv": ("https://a.example/list", "FR\tConfédération générale du travail\t\tLa Confédé\tconfederation\t\n"),
        "b.tsv": ("https://b.example/list",
                  "FR\tCGT France\tCGT\tConfédération Générale du Travail de France\tconfederation\t\n"),
    })
    cgt = [record for record in records if record["id"] == "cgt-fr"]
    assert len(cgt) == 1
    assert set(cgt[0]["aliases"].split(" | ")) >= {"La Confédé", "CGT France"}
    assert cgt[0]["source"] == "https://a.example/list | https://b.example/list"


def test_build_merges_a_row_named_only_by_an_acronym_with_the_full_name(tmp_path: Path) -> None:
    """"XYZWU" alone in one source and "Xylo Workers' Union (XYZWU)" in another are one union."""
    records = built_records(tmp_path, {
        "a.tsv": ("https://a.example/list", "UY\tXylo Workers' Union\tXYZWU\t\tunion\t\n"),
        "b.tsv": ("https://b.example/list", "UY\tXYZWU\t\tXyzwu\tunion\t\n"),
    })
    assert len(records) == 1


def test_build_keeps_the_id_a_previous_build_gave(tmp_path: Path) -> None:
    # A new list that names the union with another acronym first would give it a new id; the previous
    # build's file keeps the published one.
    folder, first, second = tmp_path / "sources", tmp_path / "first.tsv", tmp_path / "second.tsv"
    write_sources(folder, {"b.tsv": ("https://b.example/list", "KE\tKenya Alpha Workers Union\tKAWU\t\tunion\t\n")})
    assert [row["id"] for row in build_rows(folder, first, previous="")] == ["kawu-ke"]
    write_sources(folder, {"a.tsv": ("https://a.example/list",
                                     "KE\tKenya Alpha Workers' Union\tKALWU | KAWU\t\tunion\t\n")})
    fresh = build_rows(folder, tmp_path / "fresh.tsv", previous="")
    assert [row["id"] for row in fresh] == ["kalwu-ke"]  # what the build alone would give
    assert [row["id"] for row in build_rows(folder, second, previous=first)] == ["kawu-ke"]


def test_an_alias_that_becomes_a_record_of_its_own_leaves_the_id_to_its_old_record(tmp_path: Path) -> None:
    folder, first, second = tmp_path / "sources", tmp_path / "first.tsv", tmp_path / "second.tsv"
    write_sources(folder, {"b.tsv": ("https://b.example/list",
                                     "AR\tFederación Nacional de Docentes\tFENADO\tFENADO Histórica\tunion\t\n")})
    build_rows(folder, first, previous="")
    write_sources(folder, {"b.tsv": ("https://b.example/list", "AR\tFederación Nacional de Docentes\tFENADO\t\tunion\t\n"),
                           "a.tsv": ("https://a.example/list", "AR\tFENADO Histórica\t\t\tunion\t\n")})
    rows = build_rows(folder, second, previous=first)
    assert sorted((row["id"], row["name"]) for row in rows) == [("fenado-ar", "Federación Nacional de Docentes"),
                                                                ("fenado-historica-ar", "FENADO Histórica")]


def test_a_new_id_spells_letters_the_fold_keeps_as_their_languages_do(tmp_path: Path) -> None:
    """"Lærernes" gives "laerernes", not "l-rernes" (ids are published: a new one is made to last)."""
    records = built_records(tmp_path, {"a.tsv": ("https://a.example/list",
                                                 "DK\tLærernes Testorganisation\t\t\tconfederation\t\n"
                                                 "IS\tStarfsmannafélag Þórsbæjar\t\t\tunion\t\n")})
    assert sorted(row["id"] for row in records) == ["laerernes-testorganisation-dk", "starfsmannafelag-thorsbaejar-is"]
