"""South-East Asian union names (branch sea31): Thai names cut before a clause word ("รวมถึง", "ต่างๆ", a strike
verb) but not inside "ระหว่าง"; a level ("ระดับ") after a head says what kind of union; a federation of a country's
unions names none; the employees' councils ("สภาองค์การลูกจ้าง...") are union centres; a Thai directory name that
is a bare head is no part of a longer name glued after it."""

from __future__ import annotations

import pytest

from tests.matching import discovered_names, primary_countries, tag_text, union_ids


@pytest.mark.parametrize(
    "text",
    [
        # "the various state-enterprise unions", "the state-enterprise unions strike"
        "รัฐบาลขอให้สหภาพแรงงานรัฐวิสาหกิจต่างๆ ไม่หยุดงานในสัปดาห์นี้",
        "ทหารห้ามสหภาพแรงงานรัฐวิสาหกิจหยุดงานตามที่ประกาศไว้",
        # "a national-level union came into being"
        "นักสหภาพแรงงานจึงจัดตั้งสหภาพแรงงานระดับชาติขึ้นมาอย่างเป็นทางการ",
        # "a Cambodian federation of unions"
        "องค์กรนี้เป็นสหพันธ์สหภาพแรงงานกัมพูชาที่เป็นตัวแทนของคนงานตัดเย็บ",
    ],
)
def test_a_thai_union_referred_to_names_none(text: str) -> None:
    assert discovered_names(tag_text(text)) == set()


@pytest.mark.parametrize(
    "text, name",
    [
        # "ระหว่าง" (inter-) holds "ว่า" (that), which starts no clause inside it
        ("ผู้แทนสมาพันธ์แรงงานยานยนต์ระหว่างประเทศ กล่าวในที่ประชุม", "สมาพันธ์แรงงานยานยนต์ระหว่างประเทศ"),
        # "รวมถึง" (including) ends the name before the next body
        ("สหพันธ์แรงงานปิโตรเลียมไทยรวมถึงสมาชิกอีกหลายแห่งร่วมชุมนุม", "สหพันธ์แรงงานปิโตรเลียมไทย"),
        # an employees' council, the national centre of the Labour Relations Act
        ("สภาองค์การลูกจ้างแรงงานเหล็กแห่งประเทศไทย ออกแถลงการณ์คัดค้านการเลิกจ้าง", "สภาองค์การลูกจ้างแรงงานเหล็กแห่งประเทศไทย"),
    ],
)
def test_a_thai_name_ends_where_a_clause_starts(text: str, name: str) -> None:
    assert name in discovered_names(tag_text(text))


def test_a_thai_directory_name_that_is_a_head_is_no_part_of_a_longer_name() -> None:
    # the education workers' union, not the Workers' Union of Thailand
    tags = tag_text("ครูร่วมประชุมเพื่อจัดตั้ง “สหภาพคนทำงานการศึกษา” ในเดือนหน้า")
    assert "workers-union-of-thailand-th" not in union_ids(tags)
    assert "สหภาพคนทำงานการศึกษา" in discovered_names(tags)


@pytest.mark.parametrize(
    "text",
    [
        "สหภาพคนทำงานตั้งเวทีปราศรัยที่แยกมิสกวันเมื่อวานนี้",  # glued to a verb
        "สหภาพคนทำงานสาขาช่างภาพร่วมเดินขบวนในวันแรงงาน",  # glued to its branch
        "สมาชิก “สหภาพคนทำงาน” เดินขบวนในวันแรงงาน",
    ],
)
def test_the_thai_workers_union_is_found_before_a_clause_or_a_branch(text: str) -> None:
    assert "workers-union-of-thailand-th" in union_ids(tag_text(text))


@pytest.mark.parametrize(
    "text, union_id",
    [
        # a Malay plural written short, the directory's "Pekerja-Pekerja"
        ("Kenyataan Rasmi Kesatuan Pekerja2 KTMB mengenai gaji pekerja keretapi", "railwaymen-s-union-of-malaya-my"),
        ("Ahli Kesatuan Kebangsaan Pekerja2 Bank berpiket di Ipoh semalam", "nube-my"),
    ],
)
def test_a_malay_reduplication_written_with_a_2_is_the_directory_name(text: str, union_id: str) -> None:
    assert union_id in union_ids(tag_text(text))


@pytest.mark.parametrize(
    "text, not_first",
    [
        # a suspected busting of unions; the Trade Unions Act; an issue of an award, in title case
        ("Dugaan Pemberangusan Serikat Pekerja/Serikat Buruh (Union Busting) adalah praktek perusahaan di Karawang.", "Dugaan"),
        ("Menurut Akta Kesatuan Sekerja 1959 pekerja boleh menubuhkan kesatuan di Malaysia.", "Akta"),
        ("Isu Tindakan Majikan Menganjurkan Penubuhan Kesatuan Sekerja Industri Kayu dirujuk ke mahkamah di Johor.", "Tindakan"),
    ],
)
def test_an_indonesian_or_malay_name_starts_at_its_head_or_its_kind(text: str, not_first: str) -> None:
    assert not any(name.startswith(not_first) for name in discovered_names(tag_text(text)))


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Ketua Pengurus Tingkat Perusahaan Serikat Buruh Merdeka (PTP SBM) PT Maju Jaya di Tangerang dipecat.",
            "Serikat Buruh Merdeka",
        ),
        (
            "Ribuan anggota Asosiasi Serikat Pekerja Perbankan Nusantara berdemo di Jakarta.",
            "Asosiasi Serikat Pekerja Perbankan Nusantara",
        ),
    ],
)
def test_an_indonesian_company_board_is_its_union(text: str, name: str) -> None:
    names = discovered_names(tag_text(text))
    assert name in names and not any(found.startswith("Pengurus") for found in names)


def test_an_in_house_union_is_referred_to() -> None:
    text = "Majikan membiayai penubuhan Kesatuan Sekerja Dalaman di kilang itu di Johor, kata kesatuan."
    assert "Kesatuan Sekerja Dalaman" not in discovered_names(tag_text(text))


def test_a_lower_case_tagalog_head_names_no_union() -> None:
    text = "Nagsampa na ang unyon ng Notice of Strike sa National Conciliation and Mediation Board Region IV-A."
    assert not any(name.casefold().startswith("unyon") for name in discovered_names(tag_text(text)))


@pytest.mark.parametrize(
    "text, union_id",
    [
        # a Philippine name written with the plural "mga" after "ng", and without it
        ("Ayon sa Bukluran ng mga Manggagawang Pilipino, dapat itaas ang sahod sa Maynila.", "bmp-ph"),
        ("Nagprotesta ang Pagkakaisa ng mga Manggagawa sa Timog Katagalugan sa Calamba.", "pamantik-ph"),
        # rows of data/union_sources/sea-pages-sea31.tsv
        ("Presiden Konfederasi Serikat Pekerja Nusantara (KSPN) mencatat PHK di pabrik tekstil Jawa Tengah.", "kspn-id"),
        ("Sekretaris DPW Federasi Kesatuan Serikat Pekerja Nasional Jawa Tengah membantah kabar PHK.", "fkspn-id"),
        ("Đại hội XIII Công đoàn Việt Nam diễn ra tại Hà Nội.", "vgcl"),
        ("Liên đoàn Lao động tỉnh Nghệ An thăm công nhân khó khăn.", "vgcl"),
        ("Công đoàn Giáo dục Việt Nam tổ chức hội nghị tại Đà Nẵng.", "vietnam-education-trade-union-vn"),
    ],
)
def test_south_east_asian_names_of_directory_unions(text: str, union_id: str) -> None:
    assert union_id in union_ids(tag_text(text))


def test_the_federation_is_not_its_member_union() -> None:
    text = "Sekretaris DPW Federasi Kesatuan Serikat Pekerja Nasional Jawa Tengah membantah kabar PHK."
    assert "spn-id" not in union_ids(tag_text(text))


def test_a_tagalog_union_of_united_workers_of_a_company_is_found() -> None:
    text = "Ayon sa Nagkakaisang Manggagawa ng Reyes Textile Mills Inc. (NMRTM), itinayo nila ang unyon sa Cavite."
    assert any(name.startswith("Nagkakaisang Manggagawa ng Reyes Textile Mills") for name in discovered_names(tag_text(text)))


def test_an_organ_acronym_before_an_indonesian_union_is_no_part_of_it() -> None:
    text = "Ketua DPW Federasi Serikat Pekerja Pelabuhan Nusantara menolak rencana PHK di Surabaya."
    names = discovered_names(tag_text(text))
    assert "Federasi Serikat Pekerja Pelabuhan Nusantara" in names and not any(name.startswith("DPW") for name in names)


@pytest.mark.parametrize(
    "text",
    [
        "Teachers marched from España Boulevard to Mendiola in Manila on Thursday.",
        "The union picketed the company's office on Mexico Avenue in Quezon City.",
    ],
)
def test_a_street_named_after_a_country_is_not_the_country(text: str) -> None:
    assert {"ES", "MX"}.isdisjoint(primary_countries(tag_text(text)))


@pytest.mark.parametrize(
    "text, name",
    [
        ("Ngày 15-4 tại Hà Nội, Công đoàn Viên chức Việt Nam tổ chức hội nghị sơ kết.", "Công đoàn Viên chức Việt Nam"),
        ("Công đoàn Giao thông Vận tải Việt Nam họp tại Đà Nẵng.", "Công đoàn Giao thông Vận tải Việt Nam"),
    ],
)
def test_a_vietnamese_sector_union_is_found(text: str, name: str) -> None:
    assert name in discovered_names(tag_text(text))


def test_a_lower_case_vietnamese_union_is_referred_to() -> None:
    text = "Chủ tịch công đoàn cơ sở Việt Nam nói rằng công nhân đã ngừng việc tại Bình Dương."
    assert discovered_names(tag_text(text)) == set()


def test_foreign_workers_origin_is_no_subject_country() -> None:
    text = "Isu Tenaga Kerja Asing (TKA) asal Cina ke Indonesia menjadi ancaman, kata ketua serikat pekerja di Padang."
    assert "CN" not in primary_countries(tag_text(text)) and "ID" in primary_countries(tag_text(text))


def test_the_acronym_for_foreign_workers_gives_their_origin() -> None:
    text = "Ketua serikat pekerja menyebut isu TKA asal Cina menjadi ancaman bagi tenaga kerja Indonesia di Padang."
    assert "CN" not in primary_countries(tag_text(text))


def test_a_tagalog_league_of_workers_is_a_union() -> None:
    text = "Pinangunahan ng Liga ng Manggagawa para sa Katarungan (LMK) ang protesta sa Calamba, Laguna."
    assert "Liga ng Manggagawa para sa Katarungan" in discovered_names(tag_text(text))


def test_a_thai_name_with_a_latin_acronym_after_it_is_that_union() -> None:
    text = "C.CAWDU สังกัดสมาพันธ์แรงงานกัมพูชา (CLC) ซึ่งมีสำนักงานใหญ่ที่พนมเปญ ประเทศกัมพูชา"
    tags = tag_text(text)
    assert "clc-kh" in union_ids(tags) and "สมาพันธ์แรงงานกัมพูชา" not in discovered_names(tags)
