"""Union names of Russian, Ukrainian, Dutch, Polish, Turkish, German and Nordic stories (wide_* samples, branch cee30)."""

from __future__ import annotations

from tests.matching import discovered_names, tag_text, union_ids, union_names


def test_a_name_in_quotes_after_a_russian_plural_head_is_known_with_its_head() -> None:
    """ "профсоюзов «Защита»" (wide_ru28, wide_cyr17): with no body's noun before the plural head, each quoted name is
    the union "Профсоюз «...»", as after a singular head."""
    tags = tag_text("На митинг пришли члены профсоюзов «Новопроф», «Учитель», «Защита труда» и другие рабочие.")
    assert "Профсоюз «Защита труда»" in discovered_names(tags)
    tags = tag_text("Он один из основателей рабочих профсоюзов «Защита» в Кургане.")
    assert discovered_names(tags) == {"Профсоюз «Защита»"}


def test_a_federation_of_unions_before_a_quoted_name_keeps_it_bare() -> None:
    tags = tag_text("Руководители Федерации профсоюзов «Байтерек» выступили на встрече.")
    assert "Профсоюз «Байтерек»" not in union_names(tags)


def test_the_day_of_unions_is_no_union() -> None:
    """ "Дня профсоюзов" (wide_ru18): a short noun before the head is no adjective of a name."""
    tags = tag_text("Президент поздравил граждан страны по случаю Дня профсоюзов.")
    assert not discovered_names(tags)


def test_a_republics_acronym_after_a_head_is_no_union() -> None:
    """ "Федерация профсоюзов РК" (wide_ru19): РК is the Republic of Kazakhstan, not a union's acronym."""
    tags = tag_text("Федерация профсоюзов РК: борьба за власть в профсоюзном движении Казахстана.")
    assert "РК" not in union_names(tags)
    tags = tag_text("Председатель Федерации профсоюзов РФ выступил на заседании в Москве.")
    assert "РФ" not in union_names(tags)


def test_a_dutch_lower_case_head_before_a_name_is_not_part_of_it() -> None:
    """ "de vakbond Metisp-Protect" (wide_nl19): the name is the capitalised words after the head."""
    tags = tag_text("Vanaf zondag staakt de vakbond Metisp-Protect een week lang bij het spoor in België.")
    assert "Metisp-Protect" in discovered_names(tags)
    assert not any(name.startswith("vakbond") for name in union_names(tags))


def test_a_german_union_of_a_country_alone_is_no_name() -> None:
    """ "die zweitgrösste Gewerkschaft der Schweiz" (wide_de19): German writes the head capitalised, yet the union is
    only referred to by its country."""
    tags = tag_text("Nun steht die zweitgrösste Gewerkschaft der Schweiz ohne Führung da.")
    assert not discovered_names(tags)
    tags = tag_text("Die Gewerkschaft der Lokführer Österreichs rief zum Streik auf.")
    assert "Gewerkschaft der Lokführer Österreichs" in discovered_names(tags)


def test_turkish_our_union_before_a_name_is_not_part_of_it() -> None:
    """ "Sendikamız TÜM BEL SEN" (wide_tr19): "our union" introduces the name."""
    tags = tag_text("Sendikamız TÜM BEL SEN, belediye ile ilk toplu sözleşmeyi imzaladı.")
    # (the directory knows Tüm Bel-Sen since branch mix34: the name is its record's)
    assert union_names(tags) == {"Tüm Belediye ve Yerel Yönetim Hizmetleri Emekçileri Sendikası"}
    assert not any(name.startswith("Sendikamız") for name in union_names(tags))


def test_a_polish_name_in_quotes_ends_before_its_workplace() -> None:
    """'Związek Zawodowy "Kadra" w JSW' (wide_pl20): the quoted name, then where its members work."""
    tags = tag_text('W Polsce Związek Zawodowy "Zmiana" w KGHM zapowiedział spór zbiorowy z zarządem.')
    assert any(name.startswith("Związek Zawodowy") and "KGHM" not in name for name in discovered_names(tags))


def test_a_russian_place_adjective_keeps_its_lower_case_noun() -> None:
    """ "сотрудников Московского метрополитена" (wide_ru20): the noun of the place's adjective is in the name."""
    tags = tag_text("Независимый профсоюз работников Казанского метрополитена объявил забастовку.")
    assert "Независимый профсоюз работников Казанского метрополитена" in discovered_names(tags)


def test_the_independent_miners_union_is_russias_in_a_russian_story() -> None:
    """ "Независимый профсоюз горняков" (wide_ru20): Russia's NPG and Ukraine's NPGU share the short name; the
    story's country tells which."""
    tags = tag_text("В Кузбассе, в Кемеровской области, шахтёры вступают в Независимый профсоюз горняков.")
    assert "npg-ru" in union_ids(tags)
    assert "npgu-ua" not in union_ids(tags)
    tags = tag_text("На Донбассе в Украине шахтёры вступают в Независимый профсоюз горняков.")
    assert "npgu-ua" in union_ids(tags)


def test_a_free_or_independent_union_alone_is_no_name() -> None:
    """ "Wolny Związek Zawodowy" cut before "Sierpień 80" (wide_pl20), "Вільної профспілки" (wide_ru19): a generic
    adjective and the head say which kind of union, not which union."""
    tags = tag_text("Anna Nowak, przewodnicząca Wolnego Związku Zawodowego Sierpień 80 w kopalni Pniówek, zabrała głos.")
    assert "Wolny Związek Zawodowy" not in union_names(tags)
    tags = tag_text("Збори Вільної профспілки відбулися у Львові.")
    assert not discovered_names(tags)


def test_de_unie_is_the_dutch_union() -> None:
    """ "FNV, CNV en De Unie" (wide_nl19): the union's own short name."""
    tags = tag_text("De leden van FNV, CNV en De Unie stemden in met de nieuwe cao voor de metaal.")
    assert "vakbond-de-unie-nl" in union_ids(tags)


def test_the_norwegian_business_federation_is_no_union() -> None:
    """ "Bedriftsforbundet" (wide_sv17): an association of companies, employers."""
    tags = tag_text("Bedriftsforbundet advarer mot streiken i Norge, som rammer små bedrifter.")
    assert not discovered_names(tags)


def test_a_dutch_lower_case_head_before_a_name_with_its_own_head_is_not_part_of_it() -> None:
    """ "De vakbonden Sindicato Aduanero di Aruba" (wide_nl19): the name has a head of its own."""
    tags = tag_text("In Oranjestad eisen de vakbonden Sindicato di Bomberos di Aruba en anderen inspraak.")
    assert not any(name.startswith("vakbond") for name in union_names(tags))
    assert any(name.startswith("Sindicato di Bomberos") for name in union_names(tags))
