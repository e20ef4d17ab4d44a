"""Rules and directory rows of branch sea35 (issue 9, outside sample wide_sea35), with sentences of our own."""

from __future__ import annotations

import pytest

from bot.matching import default_tagger


@pytest.fixture(scope="module")
def tagger():
    return default_tagger()


def _union_ids(tagger, text: str, title: str = "") -> set[str]:
    return {tag.union_id for tag in tagger.tag(title, text).unions}


def test_tagalog_reporting_word_is_no_part_of_a_union_name(tagger) -> None:
    # "Anang X" (said X): the reporting word before a capitalised name starts no name
    text = ("Nagwelga ang mga manggagawa sa Cavite noong Lunes. Anang Nagkakaisang Unyon ng Tahanan Foods, "
            "hindi pa rin sila binabayaran ng kompanya.")
    ids = _union_ids(tagger, text)
    assert not any("anang" in union_id for union_id in ids)
    assert any("nagkakaisang-unyon-ng-tahanan-foods" in union_id for union_id in ids)


@pytest.mark.parametrize("text", [
    "Công đoàn các Khu công nghiệp tỉnh Thái Bình tặng quà cho 300 công nhân khó khăn.",
    "Chủ tịch Công đoàn các KCN tỉnh Long An đối thoại với người lao động công ty may.",
])
def test_vietnamese_industrial_parks_union_is_the_vgcl(tagger, text: str) -> None:
    assert "vgcl" in _union_ids(tagger, text)


def test_garuda_employees_union_by_its_indonesian_names(tagger) -> None:
    text = "Serikat Karyawan Garuda menolak rencana manajemen memotong tunjangan awak kabin di Jakarta."
    assert "sekarga-id" in _union_ids(tagger, text)


def test_mas_employees_union_by_its_malay_name(tagger) -> None:
    text = "Kesatuan Pekerja-Pekerja MAS Semenanjung Malaysia menghantar memorandum kepada Perdana Menteri di Putrajaya."
    assert "maseu-my" in _union_ids(tagger, text)


def test_sabah_teachers_union_by_its_malay_name(tagger) -> None:
    text = "Kesatuan Guru Kerajaan Sabah mendesak kerajaan menambah elaun guru di pedalaman Sabah."
    assert "kgks-my" in _union_ids(tagger, text)


def test_teachers_dignity_coalition_with_a_misplaced_apostrophe(tagger) -> None:
    text = "Nagprotesta ang Teacher's Dignity Coalition sa harap ng DepEd sa Pasig para sa dagdag-sahod ng mga guro."
    assert "tdc-ph" in _union_ids(tagger, text)


def _countries(tagger, text: str, title: str = "") -> set[str]:
    return {tag.code for tag in tagger.tag(title, text).countries}


def test_baguio_and_the_cordillera_are_philippine(tagger) -> None:
    text = "Nagmartsa ang mga kawani ng pamahalaan sa lungsod ng Baguio at sa buong rehiyong Cordillera."
    assert _countries(tagger, text) == {"PH"}


def test_paraguay_keeps_its_cordillera(tagger) -> None:
    assert _countries(tagger, "Los docentes de Caacupé, en Cordillera, inician un paro.") == {"PY"}


def test_indonesian_headline_house_is_no_place(tagger) -> None:
    title = "Serikat Pekerja Bertemu Menteri di Rumah Dinas"
    assert _countries(tagger, "Para pengurus serikat datang ke Jakarta pada Senin.", title) == {"ID"}
