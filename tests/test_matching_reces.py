"""Portuguese union names that end in a Brazilian state named bare after "no", "na" or "em" (issue 9, branch reces)."""

from __future__ import annotations

import pytest

from tests.matching import tag_text, union_names


@pytest.mark.parametrize("text, name", [
    ("Natal. Em assembleia, o Sindicato dos Servidores da Saúde no Rio Grande do Norte aprovou greve.",
     "Sindicato dos Servidores da Saúde no Rio Grande do Norte"),
    ("João Pessoa. O Sindicato dos Vigilantes na Paraíba decidiu cruzar os braços.",
     "Sindicato dos Vigilantes na Paraíba"),
    ("Curitiba. Segundo o Sindicato dos Químicos no Paraná, a paralisação continua.",
     "Sindicato dos Químicos no Paraná"),
])
def test_portuguese_name_ends_in_a_bare_brazilian_state(text: str, name: str) -> None:
    assert name in union_names(tag_text(text, language="pt"))
