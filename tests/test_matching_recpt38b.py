"""Portuguese union names (issue 9, branch recpt38b): each test is one rule, with sentences of my own in the shape the
wide samples write them."""

from __future__ import annotations

from tests.matching import tag_text, union_names


def test_a_syllabic_acronym_of_sindicato_is_a_union_in_portuguese_text() -> None:
    # wide_pt32 pt-32139, wide_ptfr20 pt-9411, wide_pt29 pt-30321: "o presidente do Sinjap", "O Sinserv", "do SINDSEPS"
    tags = tag_text("Em Macapá, o presidente do Sinfurap disse que os servidores municipais vão parar na segunda-feira.",
                    language="pt")
    assert "Sinfurap" in union_names(tags)
    tags = tag_text("A pauta entregue pelo SINDSERCA em Salvador não teve resposta da prefeitura, e a greve continua.",
                    language="pt")
    assert "SINDSERCA" in union_names(tags)
    tags = tag_text("Os professores da Paraíba contam com o apoio do SINTEMAP-PB na paralisação desta semana.",
                    language="pt")
    assert "SINTEMAP-PB" in union_names(tags)


def test_portuguese_words_towns_systems_and_employers_that_start_so_are_no_unions() -> None:
    assert not tag_text("Em Sintra e em Sines a Sinalização foi trocada; o Sinduscon e o Sinepe, patronais, e o Sinapi "
                        "mostram os custos, disse o Sinner.", language="pt").unions
    assert not tag_text("Os dados do Sinasc e do Sinesp, com a vacina Sinovac e a Sinopec, chegaram a Sinop e a "
                        "Singapura.", language="pt").unions


def test_an_employers_syndicate_so_named_in_brackets_is_no_union() -> None:
    # wide_pt29 pt-30307, pt-30340: "o Sindiauto (patronal)", "do SINCAF (Sindicato Patronal das Indústrias ...)"
    tags = tag_text("Em Campinas, o acordo com o Sindilimp (patronal) deu 6% de reajuste aos trabalhadores.", language="pt")
    assert "Sindilimp" not in union_names(tags)
    tags = tag_text("Representantes do SINCOMAQ (Sindicato Patronal das Indústrias de Máquinas de Limeira) se reuniram "
                    "com o prefeito.", language="pt")
    assert not tags.unions


def test_the_bare_word_of_a_regional_acronym_is_that_union() -> None:
    # wide_pt19 pt-6526, wide_pt32 pt-32160: "Sindjor" beside "(Sindjor-PI)", "Sinpro" beside "(Sinpro-DF)"
    # (a guard for the first rule: the bare words it reads are not second unions)
    tags = tag_text("O Sindicato dos Vigilantes do Piauí (Sinvig-PI) convocou greve. Segundo o Sinvig, a adesão "
                    "foi de 80% em Teresina.", language="pt")
    assert union_names(tags) == {"Sindicato dos Vigilantes do Piauí"}


def test_a_directory_unions_syllabic_acronym_in_title_case_is_that_union() -> None:
    # wide_pt29 pt-30320, wide_pt32 pt-32126: "escreve o Sindsel em nota", "Um chamado ao Andes e Sinasefe"
    tags = tag_text("Em Limeira, as assembleias foram canceladas, escreve o Sindsel em nota à imprensa.", language="pt")
    assert "sindsel-br" in {tag.union_id for tag in tags.unions}
