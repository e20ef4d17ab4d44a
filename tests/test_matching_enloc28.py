"""Union councils, central labour bodies and the locals grouped under a council (issue 9, branch enloc28)."""
from __future__ import annotations

from tests.matching import tag_text, union_names


def test_a_bare_local_after_a_numbered_joint_council_is_the_teamsters_local() -> None:
    text = ("Warehouse Teamsters in Oakland, California, met on Sunday. Delegates of Joint Council 7 backed the "
            "drive, and Local 315 said pickets would start at dawn.")
    names = union_names(tag_text(text))
    assert {"Teamsters Joint Council 7", "Teamsters Local 315"} <= names


def test_a_joint_council_is_named_in_full_or_by_its_number() -> None:
    assert "Teamsters Joint Council 42" in union_names(
        tag_text("Teamsters Joint Council 42 endorsed the mayor of Los Angeles, California, on Friday.")
    )


def test_dc_37_written_with_a_space_is_the_district_council() -> None:
    assert "AFSCME District Council 37" in union_names(
        tag_text("Library clerks in New York City, members of DC 37, rallied outside City Hall on Tuesday.")
    )


def test_city_labour_federations_are_named() -> None:
    names = union_names(
        tag_text(
            "The Chicago Federation of Labor and the California Labor Federation sent delegates to a rally in Chicago, Illinois."
        )
    )
    assert {"Chicago Federation of Labor", "California Labor Federation"} <= names
    assert "Toronto and York Region Labour Council" in union_names(
        tag_text("The Toronto & York Region Labour Council marched to Queen's Park in Toronto, Ontario.")
    )


def test_short_names_of_the_farm_workers_and_carpenters() -> None:
    names = union_names(
        tag_text(
            "The United Farm Workers and the United Brotherhood of Carpenters and Joiners "
            "backed the bill in Sacramento, California."
        )
    )
    assert {"United Farm Workers of America", "United Brotherhood of Carpenters and Joiners of America"} <= names


def test_a_city_council_and_a_bare_local_with_no_union_named_are_not_unions() -> None:
    names = union_names(
        tag_text("The Minneapolis City Council voted 11-1 on Friday; Local 12 businesses said the local economy would suffer.")
    )
    assert not any("Local 12" in name or "City Council" in name for name in names)


def test_a_numbered_council_of_a_city_is_not_a_teamsters_body() -> None:
    names = union_names(tag_text("Ward Council 7 of the city of Boston, Massachusetts, met on Monday."))
    assert not any("Teamsters" in name for name in names)
