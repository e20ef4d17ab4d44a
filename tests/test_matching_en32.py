"""English name shapes and unions of branch en32 (issue 9): a central bank is no union, a title-case headline's verb
ends a union's name, a local written with its parent's other acronym is the directory's local, and unions of Trinidad
and Tobago, Zimbabwe, Liberia and Canada; sentences of their own, not taken from the real-news set or the samples."""

from __future__ import annotations

import pytest

from tests.matching import tag_text, union_ids, union_names


@pytest.mark.parametrize(
    "text",
    [
        "Salaries reached the teachers late because the Central Bank of Nigeria delayed the transfer, the NUT said.",
        "In Banjul the Central Bank of The Gambia released the money owed to teachers on Friday.",
        "Nurses in Nairobi said the Central Bank of Kenya rate rise made loans dearer.",
    ],
)
def test_a_central_bank_is_no_union(text: str) -> None:
    assert not any("Bank" in name for name in union_names(tag_text(text)))


def test_a_central_banks_staff_union_is_still_found() -> None:
    names = union_names(tag_text("The Central Bank of Nigeria Staff Union threatened a strike in Abuja over allowances."))
    assert "Central Bank of Nigeria Staff Union" in names


@pytest.mark.parametrize(
    "text, stray",
    [
        ("Gambia Teachers' Union Calls Off Sit-Down Strike\n\nTeachers in Banjul went back to class on Monday.", "Calls"),
        ("Guyana Teachers' Union Threatens Strike Over Pay\n\nTeachers in Georgetown met at the union's office.", "Threatens"),
        ("Teachers Union Urges Calm In Lusaka\n\nThe teachers' union of Zambia spoke on Monday.", "Urges"),
        ("Nurses Unions Urge Government To Pay Arrears\n\nNurses in Lusaka, Zambia, met on Monday.", "Urge"),
        ("Windsor Labour Council Joins The Picket\n\nWorkers in Windsor, Ontario, rallied on Friday.", "Joins"),
    ],
)
def test_a_headlines_verb_ends_the_union_name(text: str, stray: str) -> None:
    assert not any(stray in name for name in union_names(tag_text(text)))


def test_a_headline_union_is_still_found() -> None:
    tags = tag_text("Gambia Teachers' Union Calls Off Sit-Down Strike\n\nTeachers in Banjul went back to class on Monday.")
    assert "gtu-gm" in union_ids(tags)


def test_a_local_written_with_its_parents_other_acronym_is_the_directorys_local() -> None:
    tags = tag_text(
        "In Chicago, drivers of International Brotherhood of Teamsters (IBT) Local 705 and Local 710 "
        "picketed a UPS hub on Friday."
    )
    ids = union_ids(tags)
    assert {"teamsters-local-705-us", "teamsters-local-710-us", "teamsters"} <= ids
    assert not any(name.startswith("IBT Local") for name in union_names(tags))


def test_an_unknown_local_keeps_its_acronym() -> None:
    names = union_names(tag_text("Members of IBT Local 9999 struck a Chicago warehouse on Monday."))
    assert "IBT Local 9999" in names


@pytest.mark.parametrize(
    "text, union_id",
    [
        (
            "In Port of Spain the Communication Workers' Trade Union protested the decertification bid at TSTT.",
            "communication-workers-union-tt",
        ),
        (
            "The Transport and Industrial Workers' Trade Union said bus workers in San Fernando, Trinidad, would walk out.",
            "tiwu-tt",
        ),
        ("In Harare the College Lecturers Association of Zimbabwe (COLAZ) said lecturers were incapacitated.", "colaz-zw"),
        ("The Teachers Union of Zimbabwe (TUZ) met members in Chiredzi, Zimbabwe, on Saturday.", "tuz-zw"),
        ("The National Health Workers Association of Liberia suspended its strike in Monrovia on Tuesday.", "nahwul-lr"),
        ("Health workers of NAHWUL in Monrovia, Liberia, stayed home for a third day.", "nahwul-lr"),
        ("Education workers of CUPE's Ontario School Board Council of Unions voted on the Ontario deal.", "osbcu-ca"),
    ],
)
def test_unions_the_directory_now_knows(text: str, union_id: str) -> None:
    assert union_id in union_ids(tag_text(text))


def test_the_rural_teachers_union_is_not_the_shorter_teachers_union() -> None:
    ids = union_ids(tag_text("Rural schools in Zimbabwe closed as the Rural Teachers Union of Zimbabwe (RTUZ) called a strike."))
    assert "artuz-zw" in ids
    assert "tuz-zw" not in ids


def test_a_name_after_a_list_closed_by_and_is_no_list_item() -> None:
    tags = tag_text(
        "After talks with the NTUC and SISEU in Singapore, Agoda has agreed to pay the retrenched workers, the union said."
    )
    assert not any("Agoda" in name for name in union_names(tags))


def test_a_name_inside_a_list_is_still_a_list_item() -> None:
    names = union_names(tag_text("In Lagos the NLC, TUC, Jusun and NUT marched against the fuel price, the unions said."))
    assert "Jusun" in names or "Judiciary Staff Union of Nigeria" in names


def test_zimbabwes_public_service_association() -> None:
    tags = tag_text("In Harare the Public Service Association (PSA) said civil servants in Zimbabwe would stay home.")
    assert "psa-zw" in union_ids(tags)
    assert "psa-nz" not in union_ids(tags)


def test_fijis_public_service_association_by_its_acronym_in_a_fiji_story() -> None:
    tags = tag_text("In Suva, Fiji, the Public Service Association (PSA) balloted civil servants on a strike.")
    assert "fpsa-fj" in union_ids(tags)
    assert not {"psa-zw", "psa-nz"} & union_ids(tags)
