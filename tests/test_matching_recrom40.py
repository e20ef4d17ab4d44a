"""Romance-language recogniser pass (issue 9, branch recrom40): "Sindicato de" + one firm, place or office and nothing
else is that workplace's union referred to (a headline's or a quote's shortening), not a union's own name."""

from __future__ import annotations

import pytest

from tests.matching import tag_text, union_ids, union_names


@pytest.mark.parametrize(("text", "language", "reference"), [
    ("Sindicato de Nissan convoca paro en Aguascalientes. Los trabajadores exigen un aumento salarial.", "es",
     "Sindicato de Nissan"),
    ("Sindicato del IMSS protesta frente a la clínica por la falta de insumos médicos.", "es", "Sindicato del IMSS"),
    ("Los empleados marcharon hasta la sede del Sindicato de la Empresa para pedir una huelga.", "es",
     "Sindicato de la Empresa"),
    ("A greve foi aprovada em assembleia na sede do Sindicato de Curitiba, segundo a diretoria.", "pt",
     "Sindicato de Curitiba"),
])
def test_a_workplace_union_referred_to_is_no_name(text: str, language: str, reference: str) -> None:
    names = union_names(tag_text(text, language=language))
    assert reference not in names, names


@pytest.mark.parametrize(("text", "language", "name"), [
    ("El Sindicato de Cadetes convocó a una protesta frente a la plataforma de reparto en Córdoba.", "es",
     "Sindicato de Cadetes"),
    ("El Sindicato de Trabajadores de Nissan convocó a una huelga en Aguascalientes.", "es",
     "Sindicato de Trabajadores de Nissan"),
])
def test_a_trade_or_a_longer_name_is_kept(text: str, language: str, name: str) -> None:
    names = union_names(tag_text(text, language=language))
    assert name in names, names


@pytest.mark.parametrize(("text", "union_id"), [
    ("Sciopero dei metalmeccanici a Brescia: hanno aderito Fiom Cgil, Film Cisl e Uilm Uil.", "fim-it"),
    ("Treni e autobus fermi venerdì per lo sciopero proclamato dalla Fil-Cgil regionale.", "filt-cgil-it"),
    ("Lo sciopero del commercio è indetto da Filcams Cgil, Fisascat Cisl e Uiltusc Uil.", "uiltucs-it"),
    ("Somministrati in piazza a Roma con Nidil Cgil, Flsa Cisl e Uiltemp.", "felsa-it"),
])
def test_a_federation_misspelt_before_its_confederation(text: str, union_id: str) -> None:
    tags = tag_text(text, language="it")
    assert union_id in union_ids(tags), union_ids(tags)


@pytest.mark.parametrize("text", [
    "Presidio davanti alla prefettura di Bari con la Roma Cgil e i delegati della Lecce Cisl.",
    "Il congresso della Camera Cgil di Torino si apre domani.",
])
def test_a_word_far_from_every_federation_is_none(text: str) -> None:
    tags = tag_text(text, language="it")
    assert not any(union_id.startswith(("fim", "filt", "felsa", "uiltucs")) for union_id in union_ids(tags)), \
        union_ids(tags)


def test_sanitas_written_alone_in_romania() -> None:
    tags = tag_text("Sanitas Cluj anunță proteste în spitale. Sindicaliștii din sănătate cer salarii mai mari.",
                    language="ro")
    assert "federatia-sanitas-ro" in union_ids(tags), union_ids(tags)


def test_sanitas_the_spanish_insurer_is_no_union() -> None:
    tags = tag_text("La plantilla de Sanitas va a la huelga en Madrid. El sindicato CCOO denuncia despidos.",
                    language="es")
    assert "federatia-sanitas-ro" not in union_ids(tags), union_ids(tags)
