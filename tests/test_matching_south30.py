"""South and South-East Asian union names (branch south30): Tagalog unions of a workplace referred to, not named;
agencies with a labour word; a Thai era after a union's head; Bangla owners; Indonesian branches;
Philippine unions' "Independent" status and workplaces named after a place; the rows of data/union_sources/asia-south30.tsv."""

from __future__ import annotations

import pytest

from tests.matching import discovered_names, tag_text, union_ids


@pytest.mark.parametrize(
    "text",
    [
        # the workplace's acronym after it is no union's
        "Nakamit ng unyon ng mga manggagawa sa Allgemeine Bau-Chemie (ABC) Philippines ang dagdag-sahod.",
        # a title's first word is capitalised, and says no more than a lower-case one
        "Unyon ng manggagawa sa Reyes Foods, papasok na sa negosasyon para sa CBA",
        "Unyon sa Reyes Foods, muling inilalaban ang CBA",
    ],
)
def test_a_tagalog_union_of_a_workplace_is_referred_to(text: str) -> None:
    assert not any(name.casefold().startswith("unyon") for name in discovered_names(tag_text(text)))


@pytest.mark.parametrize(
    "text, name",
    [
        ("Nagwelga ang Unyon ng mga Panadero sa Reyes Foods noong Lunes.", "Unyon ng mga Panadero sa Reyes Foods"),
        ("Unyon ng mga Manggagawa sa Reyes Foods ang nanalo sa eleksyon.", "Unyon ng mga Manggagawa sa Reyes Foods"),
    ],
)
def test_a_tagalog_union_named_for_its_workplace_is_found(text: str, name: str) -> None:
    assert name in discovered_names(tag_text(text))


@pytest.mark.parametrize(
    "text",
    [
        # an agency and the ILO's yearly conference, with their acronyms (LABELING.md: agencies are no unions)
        "Kinondena ng unyon ang kapitalista at ang Bureau of Labor Relations (BLR) sa desisyon.",
        "Nagsalita ang lider sa International Labor Conference (ILC) sa Geneva noong Hunyo.",
    ],
)
def test_an_agency_with_a_labour_word_is_no_union(text: str) -> None:
    assert discovered_names(tag_text(text)) == set()


def test_a_thai_era_is_no_part_of_a_name() -> None:
    # "an industrial union of this era": the head and a sector, then the era's first letter
    text = "สหภาพแรงงานเหล็กแห่งประเทศไทยเป็นต้นแบบสหภาพแรงงานอุตสาหกรรมพ.ศ.นี้ ตามที่ประธานกล่าว"
    assert not any(name.startswith("สหภาพแรงงานอุตสาหกรรม") for name in discovered_names(tag_text(text)))


@pytest.mark.parametrize(
    "text, union_id",
    [
        ("สมาชิก “สหภาพคนทำงาน” เดินขบวนในกรุงเทพมหานครในวันแรงงาน", "workers-union-of-thailand-th"),
        (
            "Ratusan anggota Serikat Pekerja Rokok, Tembakau, makanan dan minuman (SP RTMM) berdemo di Semarang, Jawa Tengah.",
            "fsp-rtmm-id",
        ),
        ("Buruh dari serikat pekerja Logam, Elektronik dan Mesin (SP LEM) berdemo di Semarang.", "fsp-lem-id"),
        ("राज्य विद्युत परिषद जूनियर इंजीनियर्स संगठन ने लखनऊ में प्रदर्शन किया।", "rajya-vidyut-parishad-junior-engineers-sangathan-in"),
    ],
)
def test_directory_rows(text: str, union_id: str) -> None:
    assert union_id in union_ids(tag_text(text))


def test_a_district_council_of_owners_and_workers_is_no_union() -> None:
    # "the district's owners' and workers' unity council": owners are employers
    text = "কুমিল্লা জেলা মালিক শ্রমিক ঐক্য পরিষদের ডাকে আজ ধর্মঘট চলছে।"
    assert discovered_names(tag_text(text)) == set()


def test_an_indonesian_branch_is_named_after_its_union() -> None:
    # the union's branch in a regency: the union, not a union "of Kabupaten Garut"
    tags = tag_text("Ketua Serikat Pekerja Nasional Kabupaten Garut mengatakan pabrik harus tutup pada 1 Mei.")
    assert "spn-id" in union_ids(tags)
    assert discovered_names(tags) == set()


def test_a_philippine_union_s_independent_status_is_no_part_of_its_name() -> None:
    # "– Independent (...-IND)": affiliated to no federation
    text = "Natapos ang CBA ng Samahan ng Manggagawa sa Delmar Foods – Independent (SMDF-IND) noong Lunes."
    assert "Samahan ng Manggagawa sa Delmar Foods" in discovered_names(tag_text(text))


def test_a_tagalog_workplace_named_after_a_place_stays_in_the_name() -> None:
    # "Fuji" is a place, "Fuji Denso Philippines" the workplace the union is named for
    text = "Nagwelga ang Lakas ng Nagkakaisang Manggagawa sa Fuji Denso Philippines noong Lunes."
    assert "Lakas ng Nagkakaisang Manggagawa sa Fuji Denso Philippines" in discovered_names(tag_text(text))
