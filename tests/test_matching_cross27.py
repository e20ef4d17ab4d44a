"""A page's country named only by a district or region in a non-Latin script (issue 9, cross27): Hong Kong's districts
and its own "本港" in Chinese, Russia's Kuzbass in its case forms; the Chinese words those names sit inside, and
Japan's "日本港", stay what they are. And a war's countries named as the story's background ("the war in Ukraine",
"ロシアのウクライナ侵攻") are only mentioned where the story happens elsewhere."""

from __future__ import annotations

from bot.matching import default_tagger


def _codes(text: str) -> set[str]:
    return {tag.code for tag in default_tagger().tag(None, text).countries}


# -- Hong Kong's districts and town centres, traditional and simplified -----------------------------------------------

def test_a_hong_kong_district_alone_is_hong_kong() -> None:
    assert _codes("數十名清潔工人今早在中環遊行，要求加薪。") == {"HK"}
    assert _codes("外卖骑手下午在旺角集会，抗议平台减薪。") == {"HK"}
    assert _codes("保安員在觀塘一幢商廈外拉起橫額追討欠薪。") == {"HK"}
    assert _codes("巴士司机在将军澳车厂外静坐。") == {"HK"}


def test_hong_kong_named_by_itself_as_this_port_is_hong_kong() -> None:
    assert _codes("本港的建造業工人明日將發起罷工。") == {"HK"}


# -- the words those names sit inside ---------------------------------------------------------------------------------

def test_central_inside_a_word_for_environment_is_no_district() -> None:
    # 其中 (among) + 環境 (environment); 集中 (concentrate) + 环保 (environmental protection); 中 + 环节 (link)
    assert not _codes("工人指出，其中環境最差的是倉庫。")
    assert not _codes("集中环保整治期间，工人停工。")
    assert not _codes("生产中环节太多，工人加班。")


def test_japans_ports_are_japan_not_hong_kong() -> None:
    assert _codes("日本港口的碼頭工人今日罷工。") == {"JP"}


def test_a_basic_port_or_a_harbour_is_no_hong_kong() -> None:
    assert "HK" not in _codes("青岛的基本港运价上涨，码头工人要求加薪。")
    assert not _codes("渔民把船停在本港湾里躲避台风。")


# -- Kuzbass, declined like Russia's other places ---------------------------------------------------------------------

def test_kuzbass_in_its_case_forms_is_russia() -> None:
    assert _codes("В Кузбассе горняки объявили забастовку.") == {"RU"}
    assert _codes("На шахтах Кузбасса задерживают зарплату.") == {"RU"}
    assert _codes("Профсоюз направил письмо горнякам по Кузбассу.") == {"RU"}


# -- a war's countries named as the story's background ----------------------------------------------------------------

def _primary(text: str) -> set[str]:
    return {tag.code for tag in default_tagger().tag(None, text).countries if tag.salience == "primary"}


def test_a_war_named_as_background_makes_its_countries_no_subject() -> None:
    assert _primary("Dockers in Sydney rallied on Monday for higher pay. Russia's invasion of Ukraine has raised "
                    "fuel prices, the union said.") == {"AU"}
    assert _primary("Les cheminots manifestent à Lyon pour les salaires. La guerre en Ukraine a fait monter les prix, "
                    "selon le syndicat.") == {"FR"}
    assert _primary("В Армении профсоюз учителей провёл митинг. Вооружённые конфликты на Украине тревожат "
                    "профсоюзы, заявил председатель.") == {"AM"}
    assert _primary("大阪市で春闘の決起集会が開かれた。ロシアのウクライナへの軍事侵攻で物価が上がっていると"
                    "委員長は述べた。") == {"JP"}


def test_a_war_s_own_country_named_otherwise_stays_the_subject() -> None:
    assert _primary("Miners in Kharkiv went on strike as the war in Ukraine goes on.") == {"UA"}
    assert "UA" in _primary("Ukraine: rail workers in Kyiv and Lviv demand back pay.")
