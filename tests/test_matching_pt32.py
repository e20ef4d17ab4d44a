"""Brazilian union names ending "e região" or holding "na Agricultura" and "das Empresas", agreements and caucuses
that are no unions, a place inside a longer town's name, the Lusophone demonyms, "da Rocha", and the directory rows of
data/union_sources/lusophone-pages-pt32.tsv (branch pt32)."""

from __future__ import annotations

import pytest

from tests.matching import all_countries, discovered_names, primary_countries, tag_text, union_ids


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "O Sindicato dos Comerciários de Caxias do Sul e região (Sindec) convocou assembleia para sexta-feira.",
            "Sindicato dos Comerciários de Caxias do Sul e região",
        ),
        (
            "Segundo o Sindicato dos Metalúrgicos de Sorocaba e região, a fábrica demitiu 300 trabalhadores.",
            "Sindicato dos Metalúrgicos de Sorocaba e região",
        ),
    ],
)
def test_a_brazilian_name_runs_on_over_e_regiao_in_lower_case(text: str, name: str) -> None:
    assert name in discovered_names(tag_text(text, language="pt"))


def test_regiao_after_no_e_is_no_part_of_the_name() -> None:
    names = discovered_names(tag_text("O Sindicato dos Bancários de Sergipe na região sul fechou agências.", language="pt"))
    assert names == {"Sindicato dos Bancários de Sergipe"}


def test_workers_in_agriculture_name_their_federation() -> None:
    names = discovered_names(
        tag_text(
            "A Federação dos Trabalhadores na Agricultura do Estado do Piauí (Fetag-PI) fez protesto em Teresina.", language="pt"
        )
    )
    assert "Federação dos Trabalhadores na Agricultura do Estado do Piauí" in names


def test_workers_of_the_firms_are_a_union_and_the_firms_syndicate_is_not() -> None:
    names = discovered_names(
        tag_text(
            "O Sindicato dos Trabalhadores das Empresas de Ônibus de Natal (Sintro-RN) aprovou a greve, e o Sindicato das "
            "Empresas de Ônibus de Natal (Seturn) recusou a proposta.",
            language="pt",
        )
    )
    assert "Sindicato dos Trabalhadores das Empresas de Ônibus de Natal" in names
    assert not any(name.startswith("Sindicato das Empresas") for name in names)


@pytest.mark.parametrize(
    "text",
    [
        "A empresa apresentou um novo Acordo Coletivo de Trabalho (ACT) aos petroleiros em Macaé.",
        "A Tendência Sindical Socialista (TSS) apoiou o novo secretário-geral no congresso de Santarém.",
        "Cerca de 70.000 portugueses emigraram.\nUnião dos Sindicatos recolhe assinaturas contra o trabalho precário",
    ],
)
def test_an_agreement_a_caucus_and_a_bare_union_of_unions_are_no_unions(text: str) -> None:
    assert discovered_names(tag_text(text, language="pt")) == set()


def test_a_union_of_unions_with_its_place_is_still_found() -> None:
    assert "União dos Sindicatos de Lisboa" in discovered_names(
        tag_text("A União dos Sindicatos de Lisboa (USL) convocou uma concentração no Rossio.", language="pt")
    )


def test_a_place_that_starts_a_longer_towns_name_is_not_that_place() -> None:
    tags = tag_text("O protesto reuniu o Sindicato dos Trabalhadores Rurais de Porto Calvo e de Japaratinga.", language="pt")
    assert "PT" not in all_countries(tags)


def test_porto_alone_is_still_portugal_s() -> None:
    assert "PT" in primary_countries(tag_text("Os estivadores do Porto entraram em greve contra a precariedade."))


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Os professores cabo-verdianos entregaram hoje um pré-aviso de greve, exigindo aumentos salariais.", "CV"),
        ("A greve dos médicos são-tomenses chegou hoje ao segundo dia, com adesão total no hospital central.", "ST"),
        ("Os trabalhadores timorenses marcharam até ao Palácio do Governo pelo aumento do salário mínimo.", "TL"),
    ],
)
def test_lusophone_demonyms_name_their_country(text: str, code: str) -> None:
    assert code in primary_countries(tag_text(text))


def test_da_rocha_is_a_surname_not_uruguay() -> None:
    tags = tag_text("Segundo a presidente do sindicato, Maria da Rocha, a greve continua em Natal, no Rio Grande do Norte.")
    assert "UY" not in all_countries(tags)


@pytest.mark.parametrize(
    ("text", "union_id"),
    [
        ("A greve no handling foi convocada pelo SIMA em Lisboa e no Funchal.", "sima-pt"),
        ("O SNPL, com sede em Lisboa, recusou a proposta do Ministério da Educação para os professores.", "snpl-pt"),
        ("A presidente do Simede disse que a greve dos médicos em São Tomé continua.", "simede-st"),
        (
            "A Confederação Nacional dos Trabalhadores na Saúde (CNTS) convocou protestos em João Pessoa.",
            "confederacao-nacional-dos-trabalhadores-na-saude-br",
        ),
        ("A Fasubra e o Sinasefe aprovaram greve nas universidades federais do Brasil.", "fasubra-br"),
        ("A Fasubra e o Sinasefe aprovaram greve nas universidades federais do Brasil.", "sinasefe-br"),
        (
            "A Contratuh, filiada à Nova Central, reuniu-se em Brasília.",
            "confederacao-nacional-dos-trabalhadores-em-turismo-e-hospita-br",
        ),
        ("O sindicato Sintero convocou greve dos professores em Porto Velho, Rondônia.", "sintero-br"),
        ("A paralisação foi convocada pela Federação dos Motoristas por Aplicativo do Brasil (FEMBRAPP).", "fembrapp-br"),
    ],
)
def test_directory_rows_of_pt32(text: str, union_id: str) -> None:
    assert union_id in union_ids(tag_text(text))


def test_the_french_pilots_snpl_is_still_theirs_in_france() -> None:
    ids = union_ids(tag_text("Le SNPL appelle les pilotes d'Air France à la grève à Paris."))
    assert "snpl-fr" in ids and "snpl-pt" not in ids


def test_a_union_named_without_its_dashed_country_is_that_countrys_union() -> None:
    ids = union_ids(
        tag_text("Em Bissau, o Sindicato Democrático dos Professores decretou uma greve de trinta dias na Guiné-Bissau.")
    )
    assert "sindicato-democratico-dos-professores-da-guine-bissau-gw" in ids


def test_the_short_name_in_another_countrys_story_is_not_that_union() -> None:
    ids = union_ids(tag_text("Na Praia, o Sindicato Democrático dos Professores convocou um protesto de docentes em Cabo Verde."))
    assert "sindicato-democratico-dos-professores-da-guine-bissau-gw" not in ids


def test_todos_os_inside_a_name_and_stops_first_name() -> None:
    tags = tag_text("O Sindicato de Todos os Professores marcou uma nova greve nas escolas de Setúbal.", language="pt")
    assert "stop-pt" in union_ids(tags)
    assert "Sindicato de Todos" not in {union.name for union in tags.unions}


def test_todos_os_outside_a_name_is_not_taken() -> None:
    assert discovered_names(tag_text("Todos os sindicatos e todas as federações aderiram à greve em Lisboa.")) == set()


def test_a_centres_current_is_no_union() -> None:
    names = discovered_names(
        tag_text("A central reúne a Corrente Sindical Classista (CSC), ligada a um partido, em São Paulo.", language="pt")
    )
    assert not any(name.startswith("Corrente") for name in names)


def test_a_misspelt_name_with_the_named_unions_acronym_is_that_union() -> None:
    tags = tag_text(
        "O Sindicato dos Trabalhadores dos Impostos marcou greve parcial. Segundo o Sindicato dos Trabalhadores do "
        "Impostos (STI), os serviços de finanças vão fechar.",
        language="pt",
    )
    assert {union.union_id for union in tags.unions} == {"sti-pt"}
    assert "PT" in primary_countries(tags)


def test_sti_alone_in_english_is_no_union() -> None:
    assert union_ids(tag_text("The STI clinic said infections rose in the city last year.")) == set()
