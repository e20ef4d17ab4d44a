"""Inflected demonyms that bot/data/demonyms.tsv lacked: Italian feminines of the irregular -co lists ("tedesca",
"polacca"), the Italian feminine plurals "belghe", "vietnamite"
and, by rule, "-che" of "-co" ("britanniche", "austriache"), Spanish, Portuguese,
Italian "coreano" and French "coréen" for South Korea, the Portuguese forms of "polonês", "norte-americano",
"armênio" and "espanhóis", Arabic "بنغالي" for Bangladesh (issue 9, branch dem28)."""

from __future__ import annotations

import pytest

from tests.matching import all_countries, tag_text


@pytest.mark.parametrize("text, language, code", [
    ("Sciopero alla fabbrica della multinazionale tedesca: gli operai chiedono il rinnovo del contratto.", "it", "DE"),
    ("La compagnia polacca di autotrasporti ha licenziato quaranta autisti.", "it", "PL"),
    ("Le aziende austriache del settore chiudono due stabilimenti.", "it", "AT"),
    ("Le fabbriche vietnamite del tessile sono ferme per lo sciopero.", "it", "VN"),
    ("Los obreros de la empresa coreana paran la planta por los despidos.", "es", "KR"),
    ("Os trabalhadores da montadora coreana entraram em greve por salários.", "pt", "KR"),
    ("Os caminhoneiros poloneses bloqueiam a estrada em protesto contra os salários.", "pt", "PL"),
    ("A empresa norte-americana demitiu duzentos funcionários da fábrica.", "pt", "US"),
    ("Os sindicatos espanhóis convocaram uma greve geral por salários.", "pt", "ES"),
    ("Les ouvriers de l'usine coréenne ont cessé le travail pour les salaires.", "fr", "KR"),
    ("أضرب العمال في الشركة البنغالية للنسيج احتجاجا على تأخر الأجور.", "ar", "BD"),
])
def test_inflected_demonym_names_its_country(text: str, language: str, code: str) -> None:
    assert code in all_countries(tag_text(text, language=language))


@pytest.mark.parametrize("text, language, code", [
    # "greca" is the Greek-key pattern, left out of the Italian forms
    ("Il pavimento del municipio è decorato con una greca dorata, dicono gli operai del restauro.", "it", "GR"),
    # "alla turca", Turkish-style, is a manner, not Turkey: still not said by a capitalised name
    ("Sciopero dei metalmeccanici a Brescia per il contratto nazionale.", "it", "KR"),
])
def test_ordinary_words_name_no_country(text: str, language: str, code: str) -> None:
    assert code not in all_countries(tag_text(text, language=language))


def test_italian_feminine_plural_of_co_keeps_hard_sound() -> None:
    assert "GB" in all_countries(
        tag_text("Le aziende britanniche chiudono due stabilimenti e licenziano cento operai.", language="it")
    )


@pytest.mark.parametrize("text, language", [
    ("Les ouvriers de l'usine nord-coréenne travaillent sans salaire.", "fr"),
    ("Los obreros norcoreanos trabajan sin salario en la fábrica.", "es"),
])
def test_north_korean_stays_north_korea(text: str, language: str) -> None:
    assert all_countries(tag_text(text, language=language)) & {"KR", "KP"} == {"KP"}
