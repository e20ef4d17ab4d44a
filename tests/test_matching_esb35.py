"""Directory rows from the outside sample wide_esb35 (issue 9, branch esb35): Spanish and Portuguese unions the
directory lacked or knew under another form, tested with sentences written for these tests."""

from __future__ import annotations

import pytest

from bot.matching import default_tagger


@pytest.fixture(scope="module")
def tagger():
    return default_tagger()


def _ids(tagger, text: str, language: str) -> set[str]:
    return {tag.union_id for tag in tagger.tag(None, text, language).unions}


@pytest.mark.parametrize(("text", "language", "union_id"), [
    ("En Quito, la Federación Nacional de Asociaciones de Servidores de los Gobiernos Provinciales del Ecuador "
     "pidió una reunión con el ministro.", "es", "fenacope-ec"),
    ("La Fenacope y otros gremios marcharon el jueves en Guayaquil contra la reforma.", "es", "fenacope-ec"),
    ("En Neuquén, el Sindicato de Petróleo y Gas Privado de Río Negro, Neuquén y La Pampa anunció un paro.", "es",
     "sindicato-de-petroleo-y-gas-privado-de-rio-negro-neuquen-y-l-ar"),
    ("En Caracas, la Fetraelec exigió a Corpoelec discutir el contrato colectivo.", "es",
     "federacion-de-trabajadores-de-la-industria-electrica-de-vene-ve"),
    ("En Silao, Guanajuato, el sindicato se adhirió a los Sindicatos Unidos con México Moderno (SUCOMM).", "es",
     "sucomm-mx"),
    ("Em São José dos Campos, o Sindicato dos Metalúrgicos de São José dos Campos aprovou greve na fábrica.", "pt",
     "sindicato-dos-metalurgicos-de-sao-jose-dos-campos-e-regiao-br"),
    ("O Sindicato dos Metalúrgicos de São Caetano convocou assembleia na porta da fábrica no ABC.", "pt",
     "sindicato-dos-metalurgicos-de-sao-caetano-do-sul-br"),
    ("Em Lisboa, o Sindicato dos Trabalhadores do Grupo Altice em Portugal (STPT) contestou o despedimento.", "pt",
     "stpt-pt"),
])
def test_rows_of_wide_esb35(tagger, text: str, language: str, union_id: str) -> None:
    assert union_id in _ids(tagger, text, language)


def test_cedocut_written_without_its_country(tagger) -> None:
    # the Confederación (not "Central") with "Ecuatoriana" left out is the CEDOCUT, not a union of its own
    ids = _ids(tagger, "En Quito, la Confederación de Organizaciones Clasistas Unitarias de Trabajadores rechazó el "
               "contrato por horas.", "es")
    assert "cedocut" in ids and not any(union_id.startswith("found:") for union_id in ids)
