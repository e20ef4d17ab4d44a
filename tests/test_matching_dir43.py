"""Directory defects of Polish, Indonesian and Turkish pages (issue 9, branch dir43; bench/data/KINDS-dir43.md).

Quotation marks as a kind: a name written in quotes ("OZ ZZ „Budowlani”", "(КТ) "Подкрепа"") reads as the same words
unquoted, and a directory name written with quotes ("Межрегиональный профсоюз «Рабочая ассоциация»") matches the name written with other
quotes or none (wide_pl20 pl-10551, wide_cee32 bg-33040, wide_dir43 pl-43402)."""

from __future__ import annotations

import pytest

from bot.matching.gazetteer import pattern_key
from bot.matching.normalize import normalize, quotes_seen_through
from tests.matching import tag_text, union_ids


@pytest.mark.parametrize(("text", "language", "union_id"), [
    # wide_pl20 pl-10551: the directory's "ZZ Budowlani" behind a plant organisation's "OZ" and typographic quotes
    ("Z Przemysławem Kade - przewodniczącym OZ ZZ „Budowlani” w Spółdzielni Mieszkaniowej w Łodzi rozmawiamy o "
     "płacach.", "pl", "zwiazek-zawodowy-budowlani-pl"),
    ("Członkowie OZ ZZ \"Budowlani\" w Krakowie zapowiedzieli pikietę.", "pl", "zwiazek-zawodowy-budowlani-pl"),
    # wide_cee32 bg-33040: the alias "Конфедерацията на труда (КТ) Подкрепа" with the name in straight quotes
    ("КНСБ и Конфедерацията на труда (КТ) \"Подкрепа\" организират в петък предупредителна стачка в София.", "bg",
     "podkrepa"),
    # directory names written with quotes, the text with none
    ("Межрегиональный профсоюз Рабочая ассоциация провёл пикет у завода в Калуге.", "ru", "union-ru-4"),
    ("Синдикат Образование към КТ Подкрепа поиска по-високи заплати на учителите в София.", "bg", "union-bg-4"),
])
def test_a_quoted_name_reads_as_the_name_unquoted(text: str, language: str, union_id: str) -> None:
    assert union_id in union_ids(tag_text(text, language=language))


def test_a_mark_between_letters_or_beside_other_punctuation_still_parts_words() -> None:
    # only the quotation mark's own space goes: a comma before the quoted word still ends the name before it
    assert quotes_seen_through(normalize("OZ ZZ „Budowlani” i")).lower == "oz zz budowlani i"
    assert quotes_seen_through(normalize("ZZ, „Budowlani”")).lower == "zz  budowlani"
    assert quotes_seen_through(normalize("ab\"cd")).lower == "ab cd"
    assert "zwiazek-zawodowy-budowlani-pl" not in union_ids(tag_text(
        "Wybrano OZ ZZ, „Budowlani” to słowo dnia w Łodzi.", language="pl"))


def test_the_found_span_is_the_text_as_written() -> None:
    text = "Przewodniczący OZ ZZ „Budowlani” w Łodzi, Jan Kowalski, zapowiedział protest."
    tags = tag_text(text, language="pl")
    (tag,) = [tag for tag in tags.unions if tag.union_id == "zwiazek-zawodowy-budowlani-pl"]
    assert {evidence.text for evidence in tag.evidence} == {"ZZ „Budowlani"}


def test_a_directory_name_with_quotes_has_the_key_of_its_words() -> None:
    assert pattern_key("Профсоюз «Новопроф»") == pattern_key("Профсоюз Новопроф") == " профсоюз новопроф "
    # a mark inside a word still parts it, as any punctuation does
    assert pattern_key("Ver\"di") == " ver di "


KSPI_CHEMICAL_FEDERATION = "federasi-serikat-pekerja-kimia-energi-pertambangan-minyak-ga-id"


@pytest.mark.parametrize(("text", "federation", "centre"), [
    # wide_recth42 id-42111: KSPI's federation by its acronym was KSPSI's record (fsp-kep-id, parent KSPI then)
    ("Ketua DPC FSP KEP KSPI Kota Cilegon menolak mutasi pengurus serikat ke Medan.", KSPI_CHEMICAL_FEDERATION, "kspi"),
    ("Federasi Serikat Pekerja Kimia, Energi, Pertambangan, Minyak, Gas Bumi, dan Umum (FSP KEP-KSPI) melakukan "
     "audiensi dengan Kementerian ESDM di Jakarta.", KSPI_CHEMICAL_FEDERATION, "kspi"),
    # KSPSI's federation keeps the record fsp-kep-id, now under KSPSI
    ("Pengurus PC FSP KEP SPSI Kabupaten-Kota Bekasi menggelar aksi solidaritas di Cikarang.", "fsp-kep-id", "kspsi"),
])
def test_the_two_chemical_energy_and_mine_federations_are_records_of_their_own(text: str, federation: str,
                                                                              centre: str) -> None:
    found = union_ids(tag_text(text, language="id"))
    other = ({KSPI_CHEMICAL_FEDERATION, "fsp-kep-id"} - {federation}).pop()
    assert federation in found and other not in found


def test_kspsi_federation_record_has_kspsi_as_parent() -> None:
    from bot.matching import default_directory

    directory = default_directory()
    assert (record := directory.get("fsp-kep-id")) is not None and record.parent == "kspsi"
    assert (record := directory.get(KSPI_CHEMICAL_FEDERATION)) is not None and record.parent == "kspi"


@pytest.mark.parametrize(("text", "language", "union_id"), [
    # wide_pl20 pl-10500, pl-10502: the Kaufland union, written out and as "ZZ" with its name in quotes
    ("Pracownicy zrzeszeni są w Wolnym Związku Zawodowym „Jedność Pracownicza” w Kauflandzie we Wrocławiu.", "pl",
     "wolny-zwiazek-zawodowy-jednosc-pracownicza-pl"),
    ("Wiceprzewodnicząca ZZ „Jedność Pracownicza”, pracownica Kauflandu w Żywcu, została zwolniona.", "pl",
     "wolny-zwiazek-zawodowy-jednosc-pracownicza-pl"),
    # wide_dir43 pl-43402
    ("Szef Związku Zawodowego \"Kadra\" Tomasz Szpyrka mówił w Czechowicach-Dziedzicach.", "pl",
     "zwiazek-zawodowy-kadra-pl"),
    # wide_recth42 id-42116, id-42112
    ("Pada masa revolusi, Sarekat Buruh Perkebunan Republik Indonesia (Sarbupri) memimpin pemogokan di Sumatera Utara.",
     "id", "sarbupri-id"),
    ("Ketua Gaspermindo menyatakan serikat pekerja menolak PHK massal di Bandung.", "id",
     "gabungan-serikat-pekerja-merdeka-indonesia-id"),
    # wide_cee32 tr-33074
    ("Demiryol İş Sendikası üyesi işçiler Eskişehir Tren Garı önünde eylem yaptı.", "tr",
     "turkiye-demiryolu-iscileri-sendikasi-tr"),
])
def test_unions_the_directory_lacked(text: str, language: str, union_id: str) -> None:
    assert union_id in union_ids(tag_text(text, language=language))

