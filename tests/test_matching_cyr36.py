"""Russian, Ukrainian, Bulgarian and Macedonian labour pages (issue 9, branch cyr36): each test is one general rule or
one directory row, with a short sentence of the branch's sample (bench/data/wide_cyr36)."""

from __future__ import annotations

from tests.matching import primary_countries, tag_text, union_ids


def test_russians_older_name_for_belarus_is_belarus() -> None:
    # ru-36201
    tags = tag_text("Профсоюзы России призвали рабочих не ехать в Белоруссию подменять бастующих.")
    assert "BY" in {country.code for country in tags.countries}
    assert primary_countries(tag_text("Забастовки в Белоруссии продолжаются, рабочие требуют зарплату.")) == {"BY"}


def test_the_official_republic_of_a_country_is_no_persons_name() -> None:
    # ru-36201: "Республике" is capitalised, but the country after it is no surname
    tags = tag_text("Конфедерация труда выпустила обращение «О ситуации в Республике Беларусь». Рабочие бастуют.")
    assert "BY" in primary_countries(tags)
    assert primary_countries(tag_text("Шахтеры в Республике Казахстан объявили забастовку.")) == {"KZ"}


def test_a_country_between_its_president_and_his_names_is_the_country() -> None:
    # ru-36255
    text = ("Федерация профессиональных союзов выступила с открытым обращением к президенту Кыргызстана Садыру "
            "Жапарову. Педагоги уходят из школ.")
    assert primary_countries(tag_text(text)) == {"KG"}
    assert primary_countries(tag_text("Премьер-министр Казахстана Олжас Бектенов встретился с шахтерами.")) == {"KZ"}


def test_rows_of_russias_forestry_union_and_its_moscow_namesake() -> None:
    # ru-36204, ru-36208
    tags = tag_text("Центральный комитет Рослеспрофсоюза выделит средства, сообщили в Белгородской областной организации.")
    assert "union-ru-15" in union_ids(tags)
    tags = tag_text("Председателем Московского городского профсоюза работников лесной, бумажной и деревообрабатывающей "
                    "промышленности был избран Владимир Васильев.")
    assert "union-ru-17" in union_ids(tags)


def test_rows_of_bulgarias_transport_and_miners_federations() -> None:
    # bg-36232, bg-36236
    tags = tag_text("Организатори на демонстрацията са от Федерация на транспортните синдикати към КНСБ в София.")
    assert {"union-bg-8", "citub"} <= union_ids(tags)
    tags = tag_text("Протестът се организира от Синдикалната миньорска федерация - КТ \"Подкрепа\" в Перник.")
    assert "union-bg-10" in union_ids(tags)


def test_rows_of_macedonias_health_unions_and_the_ssms_short_name() -> None:
    # mk-36246, mk-36242
    tags = tag_text("Здравствените работници во организација на Самостојниот синдикат за здравство, фармација и "
                    "социјална заштита протестираа во Скопје.")
    assert "union-mk-4" in union_ids(tags)
    tags = tag_text("Протестот започна пред зградата на Сојузот на синдикати, а работниците од Македонија се упатија кон "
                    "Владата.")
    assert "ssm-mk" in union_ids(tags)


def test_a_whole_countrys_adjective_names_the_country() -> None:
    # ru-36218: "всеукраинский", like a city's adjective (bot/data/place_adjectives.tsv)
    tags = tag_text("По этой причине, железнодорожники объявили о начале бессрочной всеукраинской акции протеста.")
    assert primary_countries(tags) == {"UA"}
    assert primary_countries(tag_text("Профсоюзы провели всероссийскую акцию протеста медиков.")) == {"RU"}
