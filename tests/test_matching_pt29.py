"""Brazil's one-word union names with their state's code after a space, Força Sindical's short name "Força", and
Brazilian, Portuguese and São Tomé unions the directory lacked (issue 9, branch pt29)."""

from __future__ import annotations

import pytest

from tests.matching import tag_text, union_ids, union_names


@pytest.mark.parametrize("text, name", [
    # a state's code written after a one-word "Sind-" name with a space, as "Sindipetro-RS" is with a dash
    ("Segundo o Sindipetro RJ, a greve nas plataformas da bacia de Campos entrou no terceiro dia.", "Sindipetro RJ"),
    ("Em nota, o Sinttel MG afirmou que as demissões na operadora serão levadas à Justiça do Trabalho.", "Sinttel MG"),
    ("A assembleia convocada pelo Sindsaúde BA aprovou paralisação de 48 horas nos hospitais estaduais.",
     "Sindsaúde BA"),
])
def test_state_code_after_a_prefix_name_is_part_of_it(text: str, name: str) -> None:
    names = union_names(tag_text(text))
    assert name in names
    assert not names & {"RJ", "MG", "BA", "SP"}  # the state's code is no union of its own


def test_state_code_before_a_shouted_word_stays_out() -> None:
    assert "SINDIPETRO SE" not in union_names(tag_text("SINDIPETRO SE REÚNE COM A PETROBRAS NO RIO DE JANEIRO"))


@pytest.mark.parametrize("text", [
    "No ato em São Paulo discursaram dirigentes da CUT, Força e CTB contra a reforma da Previdência.",
    "Juntas, Força e UGT reúnem quase um terço dos sindicatos filiados a centrais no Brasil.",
    "Na mesa com o ministro estavam UGT, Força, Nova Central e CSB, que pedem a volta do reajuste real do mínimo.",
])
def test_forca_listed_with_other_centres_is_forca_sindical(text: str) -> None:
    assert "forca-sindical" in union_ids(tag_text(text))


@pytest.mark.parametrize("text", [
    "A Força Aérea Brasileira levou os medicamentos a Manaus, e a CUT elogiou a operação.",
    "A CUT denunciou a Força-Tarefa montada pelo governo de São Paulo contra os grevistas.",
    "Os metalúrgicos de São Paulo mostraram sua força na greve, disse a CUT.",
    "Força e união, gritavam os grevistas da CUT diante da fábrica em São Bernardo do Campo.",
    "A Força Nacional foi enviada a Belém; a CUT e a CTB protestaram.",
    "Os grevistas mostraram sua Força, e a CUT e a CTB apoiaram a ocupação em São Paulo.",
])
def test_forca_as_a_word_or_another_body_is_no_union(text: str) -> None:
    assert "forca-sindical" not in union_ids(tag_text(text))


@pytest.mark.parametrize("text, union_id", [
    ("O SECSP fechou acordo com o varejo da capital paulista: reajuste de 5% e folga no Dia do Comerciário.",
     "secsp-br"),
    ("Motoristas e cobradores de ônibus de São Paulo aprovaram greve em assembleia do Sindmotoristas na zona leste.",
     "sindicato-dos-motoristas-e-trabalhadores-em-transporte-rodov-br"),
    ("Em São Tomé, o Sinprestep convocou greve dos professores do ensino básico por tempo indeterminado.",
     "sindicato-dos-professores-e-educadores-de-sao-tome-e-princip-st"),
    ("Os maquinistas da CP param na sexta-feira: o SMAQ entregou o pré-aviso de greve em Lisboa.", "smaq-pt"),
    ("O SJPMRJ cobrou da prefeitura do Rio de Janeiro segurança para os repórteres no desfile.", "sjpmrj-br"),
    ("Em Limeira, o sindicato dos servidores, Sindsel, marcou assembleia da categoria para segunda-feira.", "sindsel-br"),
    ("Em Brasília, a Pública Central do Servidor entregou ao ministro a pauta dos servidores federais.",
     "publica-central-do-servidor-br"),
])
def test_unions_the_directory_lacked(text: str, union_id: str) -> None:
    assert union_id in union_ids(tag_text(text))


def test_employers_and_parties_stay_untagged() -> None:
    tags = tag_text("Em Brasília, a CNI e a Fiesp defenderam a reforma; PT e PL divergiram sobre o imposto sindical.")
    assert not tags.unions
