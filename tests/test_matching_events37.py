"""The directory rows of data/union_sources/same-event-names-pages-events37.tsv (issue 9, branch events37: reports of
one event that name the same union under another form: a French name, a short form, a longer spelling)."""

from __future__ import annotations

import pytest

from bot.matching.tagger import default_tagger
from tests.matching import primary_countries, tag_text, union_ids


@pytest.mark.parametrize("text, union_id", [
    # PSAC by its French name and acronym (wide_events37: the French reports of the federal strike of April 2023)
    ("Les dirigeants de l’Alliance de la fonction publique du Canada (AFPC) ont confirmé ne pas être parvenus à "
     "s’entendre avec le gouvernement.", "psac"),
    ("« Ce n’est vraiment pas ce qu’on espérait », affirme Chris Aylward, président national de l’AFPC.", "psac"),
    # the air traffic controllers' unions, members of the UNSA and the CGT (3-4 July 2025)
    ("L'UNSA‑ICNA a déposé un préavis pour les 3 et 4 juillet 2025, tandis que l'USAC‑CGT a rejoint le mouvement.",
     "unsa-icna-fr"),
    ("Les syndicats des contrôleurs aériens UNSA-ICNA et USAC-CGT appellent à une grève nationale.", "usac-cgt-fr"),
    # Buenos Aires' taxi drivers' union by its full name, São Paulo's metro workers' union by the city's initials
    ("El Sindicato de Peones de Taxi de la Capital Federal también confirmó su adhesión al paro.",
     "sindicato-de-peones-de-taxis-ar"),
    ("A partir das 00h do dia 03 de outubro, segundo publicação do Sindicato dos Metroviários de SP, os serviços irão "
     "parar.", "sindicato-dos-metroviarios-de-sao-paulo-br"),
    # KHMU by its short English name (a photo caption of the strike's first day)
    ("On the 13th, when the Health and Medical Workers' Union began a large-scale general strike for the first time in "
     "19 years, a banner was hung at Ewha Seoul Hospital in Gangseo-gu, Seoul.", "khmu-kr"),
])
def test_names_of_the_same_event_reports(text: str, union_id: str) -> None:
    assert union_id in union_ids(tag_text(text))


def test_the_member_keeps_its_parent() -> None:
    # a member written with its parent's acronym labels the parent too (bench/data/README.md, convention 1)
    ids = union_ids(tag_text("UNSA-ICNA, the second-largest air traffic control workers' union in France, said so."))
    assert {"unsa-icna-fr", "unsa"} <= ids


def test_the_short_name_gives_the_story_its_country() -> None:
    text = ("On the 13th, when the Health and Medical Workers' Union began a large-scale general strike for the first "
            "time in 19 years, a banner was hung at Ewha Seoul Hospital in Gangseo-gu, Seoul.")
    assert primary_countries(tag_text(text)) == {"KR"}


def test_a_city_before_its_centre_is_a_place() -> None:
    # the one place of a VOD report of the NagaWorld strike (wide_events37 en-37036), read as a person's surname before
    text = ("About 150 workers remained near the Chuon Nath roundabout. The workers were huddled near the entrance to the "
            "Phnom Penh Center, gradually moving south on Sothearos Blvd.")
    assert primary_countries(tag_text(text)) == {"KH"}


def test_a_person_before_a_centre_is_no_place() -> None:
    assert primary_countries(tag_text("Workers rallied outside the Kennedy Center.")) == set()


def test_mahalla_alone_is_egypts() -> None:
    # wide_events34 ar-34704: the Mahalla textile strike, whose one place is the city's short name
    text = "استأنف عمال غزل المحلة اليوم، السبت 24 فبراير 2024، إضرابهم عن العمل وتجمع جميع عمال الوردية الأولى"
    assert primary_countries(tag_text(text)) == {"EG"}


def test_a_description_capitalised_by_its_headline_is_no_union() -> None:
    # wide_events34 pt-34701: the headline capitalises "Sindicato da Hyundai", which the story writes "o sindicato da
    # Hyundai Motor" (a union only referred to)
    tags = default_tagger().tag("Sindicato da Hyundai faz greves parciais de 3 dias na Coreia do Sul",
                                "De acordo com a agência de notícias Reuters, o sindicato da Hyundai Motor, um dos "
                                "maiores e mais influentes da Coreia do Sul, iniciou esta quarta-feira uma greve parcial.")
    assert [tag.union_id for tag in tags.unions if tag.union_id.startswith("found:")] == []


def test_a_name_written_capitalised_inside_a_sentence_stays() -> None:
    tags = default_tagger().tag("Sindicato dos Motoristas de Lisboa faz greve",
                                "Os trabalhadores do Sindicato dos Motoristas de Lisboa pararam hoje.")
    assert any(tag.union_id.startswith("found:") for tag in tags.unions)


def test_an_indonesian_coalition_is_no_union() -> None:
    # wide_events34 id-34701: "Koalisi Serikat Pekerja (KSP-PB)", a coalition the samples label as no union
    text = ("Jakarta – Ribuan buruh dari Partai Buruh, KSPI, dan Koalisi Serikat Pekerja (KSP-PB) menggelar aksi "
            "demonstrasi di depan Gedung DPR RI, Kamis (28/8/2025), menuntut kenaikan upah minimum 2026.")
    assert union_ids(tag_text(text)) == {"kspi"}


def test_a_union_of_the_directory_named_an_alliance_stays() -> None:
    text = "Aliansi Jurnalis Independen (AJI) Jakarta mengecam pemecatan wartawan."
    assert "found:" not in " ".join(union_ids(tag_text(text)))
    assert union_ids(tag_text(text))
