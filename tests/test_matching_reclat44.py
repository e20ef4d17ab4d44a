"""Latin American local and sectoral unions (issue 9, branch reclat44): the wide_reclat44 sample's size and
independence, and the directory rows the branch added (Mendoza's AMPROS, Tucumán's SiTAS, the national FESPROSA);
sentences of their own, not taken from the samples."""

from __future__ import annotations

import pytest

from tests.matching import tag_text, union_ids
from tests.realnews import load_realnews
from tests.test_matching_eval import BENCH_DATA, _pages_found_elsewhere


def test_the_sample_is_large_enough_and_found_nowhere_else() -> None:
    assert len(load_realnews(directory=BENCH_DATA / "wide_reclat44")) >= 24
    assert not _pages_found_elsewhere("wide_reclat44")


@pytest.mark.parametrize("text, union_id", [
    ("En Mendoza, AMPROS convocó un paro de 48 horas en los hospitales públicos.", "ampros-ar"),
    ("La Asociación Mendocina de Profesionales de la Salud marchó a la Casa de Gobierno.", "ampros-ar"),
    ("Los médicos de Neuquén se sumaron a la jornada nacional de FESPROSA.", "fesprosa-ar"),
    ("Enfermeros agremiados a SITAS pararon 48 horas en los hospitales de Tucumán.", "sitas-ar"),
    ("El Sindicato de Trabajadores Autoconvocados de la Salud de Tucumán marchó a la plaza Independencia.", "sitas-ar"),
])
def test_an_added_union_or_name_is_found(text: str, union_id: str) -> None:
    assert union_id in union_ids(tag_text(text))


@pytest.mark.parametrize("text", [
    "Los amparos presentados en Mendoza fueron rechazados por la Corte.",
    "Las sitas de la calle fueron tapadas en Tucumán.",
])
def test_look_alikes_take_no_added_union(text: str) -> None:
    assert not union_ids(tag_text(text)) & {"ampros-ar", "fesprosa-ar", "sitas-ar"}
