"""Thai, Indonesian and Tagalog pass (issue 9, branch recth42): country and union readings from the sample
wide_recth42 and the older wide samples of these languages."""

from __future__ import annotations

import pytest

from tests.matching import primary_countries, tag_text


@pytest.mark.parametrize("text", [
    # wide_recth42 id-42114: the palm-oil group Asian Agri, not Turkey's province Ağrı written without its marks
    "Sekitar dua ratus buruh perkebunan berbaris rapi didepan gedung megah milik Asian Agri Group di Medan.",
    # wide_recth42 id-42115
    "Adapun isi tuntutan aksi yakni hentikan pemotongan bonus tahun 2024 di Asian Agri Group, Labuhanbatu.",
])
def test_asian_agri_is_no_turkish_place(text: str) -> None:
    tags = tag_text(text, language="id")
    assert "TR" not in primary_countries(tags), primary_countries(tags)
    assert "ID" in primary_countries(tags), primary_countries(tags)
