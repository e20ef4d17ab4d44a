"""A page's country named only by a district or region in a non-Latin script (issue 9, cross27): Hong Kong's districts
and its own "本港" in Chinese, Russia's Kuzbass in its case forms; the Chinese words those names sit inside, and
Japan's "日本港", stay what they are. And a war's countries named as the story's background ("the war in Ukraine",
"ロシアのウクライナ侵攻") are only mentioned where the story happens elsewhere."""

from __future__ import annotations

from tests.matching import all_countries, primary_countries, tag_text

# -- Hong Kong's districts and town centres, traditional and simplified -----------------------------------------------

def test_a_hong_kong_district_alone_is_hong_kong() -> None:
    assert all_countries(tag_text("數十名清潔工人今早在中環遊行，要求加薪。")) == {"HK"}
    assert all_countries(tag_text("外卖骑手下午在旺角集会，抗议平台减薪。")) == {"HK"}
    assert all_countries(tag_text("保安員在觀塘一幢商廈外拉起橫額追討欠薪。")) == {"HK"}
    assert all_countries(tag_text("巴士司机在将军澳车厂外静坐。")) == {"HK"}


def test_hong_kong_named_by_itself_as_this_port_is_hong_kong() -> None:
    assert all_countries(tag_text("本港的建造業工人明日將發起罷工。")) == {"HK"}


# -- the words those names sit inside ---------------------------------------------------------------------------------

def test_central_inside_a_word_for_environment_is_no_district() -> None:
    # 其中 (among) + 環境 (environment); 集中 (concentrate) + 环保 (environmental protection); 中 + 环节 (link)
    assert not all_countries(tag_text("工人指出，其中環境最差的是倉庫。"))
    assert not all_countries(tag_text("集中环保整治期间，工人停工。"))
    assert not all_countries(tag_text("生产中环节太多，工人加班。"))


def test_japans_ports_are_japan_not_hong_kong() -> None:
    assert all_countries(tag_text("日本港口的碼頭工人今日罷工。")) == {"JP"}


def test_a_basic_port_or_a_harbour_is_no_hong_kong() -> None:
    assert "HK" not in all_countries(tag_text("青岛的基本港运价上涨，码头工人要求加薪。"))
    assert not all_countries(tag_text("渔民把船停在本港湾里躲避台风。"))


# -- Kuzbass, declined like Russia's other places ---------------------------------------------------------------------

def test_kuzbass_in_its_case_forms_is_russia() -> None:
    assert all_countries(tag_text("В Кузбассе горняки объявили забастовку.")) == {"RU"}
    assert all_countries(tag_text("На шахтах Кузбасса задерживают зарплату.")) == {"RU"}
    assert all_countries(tag_text("Профсоюз направил письмо горнякам по Кузбассу.")) == {"RU"}


# -- a war's countries named as the story's background ----------------------------------------------------------------

def test_a_war_named_as_background_makes_its_countries_no_subject() -> None:
    assert primary_countries(
        tag_text(
            "Dockers in Sydney rallied on Monday for higher pay. Russia's invasion of Ukraine has raised "
            "fuel prices, the union said."
        )
    ) == {"AU"}
    assert primary_countries(
        tag_text(
            "Les cheminots manifestent à Lyon pour les salaires. La guerre en Ukraine a fait monter les prix, selon le syndicat."
        )
    ) == {"FR"}
    assert primary_countries(
        tag_text(
            "В Армении профсоюз учителей провёл митинг. Вооружённые конфликты на Украине тревожат профсоюзы, заявил председатель."
        )
    ) == {"AM"}
    assert primary_countries(
        tag_text("大阪市で春闘の決起集会が開かれた。ロシアのウクライナへの軍事侵攻で物価が上がっていると委員長は述べた。")
    ) == {"JP"}


def test_a_war_s_own_country_named_otherwise_stays_the_subject() -> None:
    assert primary_countries(tag_text("Miners in Kharkiv went on strike as the war in Ukraine goes on.")) == {"UA"}
    assert "UA" in primary_countries(tag_text("Ukraine: rail workers in Kyiv and Lviv demand back pay."))
