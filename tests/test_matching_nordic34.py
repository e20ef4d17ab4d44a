"""Scandinavian unions called "<country> <trade>forbund" written by the trade word in the definite form, a German
object after "Gewerkschaft", the Finnish "Alan" and the German "NRW", and the directory rows of
data/union_sources/nordic-pages-nordic34.tsv (branch nordic34)."""

from __future__ import annotations

import pytest

from tests.matching import primary_countries, tag_text, union_ids


@pytest.mark.parametrize(
    ("text", "union_id"),
    [
        ("Jernbaneforbundet har varslet streik ved flere verksteder fra mandag.", "njf-no"),
        ("Juristforbundet krever at de statsansatte juristene får et lønnsløft.", "norges-juristforbund-no"),
        ("Läkarförbundet har sagt upp avtalet och varslar om strejk på sjukhusen.", "sveriges-lakarforbund-se"),
    ],
)
def test_a_country_led_nordic_union_written_by_its_trade_word_in_the_definite_form(text: str, union_id: str) -> None:
    tags = tag_text(text)
    assert union_id in union_ids(tags)
    assert not any(found.startswith("found:") for found in union_ids(tags))


def test_a_german_object_after_gewerkschaft_is_no_union() -> None:
    tags = tag_text("Nun will die Gewerkschaft die Betriebsleitung zu neuen Gesprächen zwingen.")
    assert union_ids(tags) == set()


def test_a_german_union_named_in_the_genitive_after_gewerkschaft_stays() -> None:
    assert "gewerkschaft-der-polizei-de" in union_ids(tag_text("Die Gewerkschaft der Polizei fordert mehr Personal."))


@pytest.mark.parametrize(
    "text",
    [
        "Alan palkkaratkaisu jäi liiton mielestä liian pieneksi, joten lakko jatkuu.",
        "Alan Smith, the union's organiser, said the strike would go on.",
    ],
)
def test_alan_is_no_aland(text: str) -> None:
    assert "AX" not in primary_countries(tag_text(text))


def test_nrw_is_germany() -> None:
    assert primary_countries(tag_text("Tausende Pflegekräfte in NRW legten am Montag die Arbeit nieder.")) == {"DE"}


@pytest.mark.parametrize(
    ("text", "union_id"),
    [
        ("Förhandlingarna mellan LO och PTK om omställningsavtalet fortsätter i veckan.", "ptk-se"),
        ("LO Stat har brutt forhandlingene og tar ut medlemmer i streik.", "lo-stat-no"),
        ("Professoriliitto vaatii yliopistoille lisää rahoitusta ja parempia palkkoja.", "professoriliitto-fi"),
        ("FNV Streekvervoer kondigt nieuwe stakingen aan bij de busbedrijven.", "fnv-streekvervoer-nl"),
        ("3F Transportgruppen har varslet konflikt mod vognmanden.", "3f-transportgruppen-dk"),
    ],
)
def test_nordic34_directory_rows(text: str, union_id: str) -> None:
    assert union_id in union_ids(tag_text(text))
