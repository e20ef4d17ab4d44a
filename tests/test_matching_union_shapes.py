"""Union names by kind of text, across languages (issue 9): each test is one general rule, written with
text of its own (not taken from the real-news set)."""

from __future__ import annotations

import pytest

from bot.matching import default_tagger
from bot.matching.recognise import spelt_acronyms
from tests.matching import tag_text, union_ids, union_names


def test_para_pour_per_join_the_words_of_a_name() -> None:
    tags = tag_text("En Guatemala, la Coordinadora Nacional para la Defensa de los Trabajadores (CNDT) marchó el lunes.")
    assert "Coordinadora Nacional para la Defensa de los Trabajadores" in union_names(tags)
    assert {tag.acronym for tag in tags.unions} == {"CNDT"}


def test_para_with_a_verb_after_it_ends_the_name() -> None:
    tags = tag_text("En Bolivia, el Sindicato de Trabajadores Fabriles de Cochabamba para exigir aumentos marchó.")
    assert union_names(tags) == {"Sindicato de Trabajadores Fabriles de Cochabamba"}


def test_an_employers_word_next_to_a_lower_case_head_names_no_union() -> None:
    assert not tag_text("Türkiye'de işveren sendikası TÜHİS ile görüşmeler sürüyor.").unions
    assert not tag_text("En Chile, el sindicato patronal ASIMET rechazó la propuesta.").unions
    # The same shape with a workers' union word still names the union.
    assert "found:TR:tekstil-sen" not in union_ids(tag_text("Türkiye'de işveren sendikası TÜHİS ile görüşmeler sürüyor."))


def test_a_lower_case_name_that_spells_its_bracketed_acronym_is_a_union() -> None:
    tags = tag_text("Au Cameroun, le syndicat national des agents de la santé publique (SNASP) a lancé une grève.")
    assert union_names(tags) == {"syndicat national des agents de la santé publique"}
    assert {tag.acronym for tag in tags.unions} == {"SNASP"}


def test_a_lower_case_phrase_that_does_not_spell_the_acronym_is_no_name() -> None:
    tags = tag_text("Au Cameroun, le syndicat des enseignants a rejoint la grève (CGT).")
    assert not any(name.startswith("syndicat") for name in union_names(tags))


def test_an_article_led_alias_counts_only_as_written() -> None:
    assert "los-mineros" not in union_ids(tag_text("Los mineros de Potosí, en Bolivia, marcharon hacia La Paz."))
    assert "los-mineros" not in union_ids(tag_text("En México, los mineros de Cananea siguen en huelga."))
    assert "los-mineros" in union_ids(
        tag_text("Los Mineros, el sindicato de Napoleón Gómez Urrutia, anunció una huelga en Zacatecas, México.")
    )


def test_a_split_federation_is_not_its_parent() -> None:
    tags = tag_text("La CONADU Histórica convocó a un paro de 48 horas en las universidades de Argentina.")
    assert "conadu-historica-ar" in union_ids(tags)
    assert "conadu-ar" not in union_ids(tags)


def test_arabic_names_with_joined_particles() -> None:
    assert "ugtt" in union_ids(tag_text("دعا الأمين العام للاتحاد العام التونسي للشغل إلى الحوار في تونس."))
    assert "umt" in union_ids(tag_text("وقع الاتحاد العام للشغالين بالمغرب والاتحاد المغربي للشغل على الاتفاق في الرباط."))
    assert "cgtl" in union_ids(tag_text("شارك العمال بالاتحاد العمالي العام في اعتصام بيروت."))


def test_urdu_names_get_no_arabic_particles() -> None:
    # "و" before an Urdu name is a word of its own in Urdu; the Urdu name matches as written.
    assert "pwf" in union_ids(tag_text("لاہور میں پاکستان ورکرز فیڈریشن نے مظاہرہ کیا۔"))


def test_korean_names_without_their_leading_national() -> None:
    tags = tag_text("철도노동조합은 23일 오전 9시부터 서울에서 총파업에 돌입한다고 밝혔다.")
    assert "krwu-kr" in union_ids(tags)
    assert "kctu" in union_ids(tag_text("민주노동조합총연맹은 서울 도심에서 집회를 열었다."))


def test_devanagari_spelt_acronyms() -> None:
    assert spelt_acronyms("भारत में सीआईटीयू और एफ़एमआरएआई ने कहा") == [(9, 17, "CITU"), (21, 31, "FMRAI")]
    assert spelt_acronyms("मजदूरों ने हड़ताल की") == []  # Hindi words, not letter names
    tags = tag_text("बस्ती में एफएमआरएआई के सदस्यों ने श्रम कार्यालय पर प्रदर्शन किया। उत्तर प्रदेश में हड़ताल होगी।")
    assert "fmrai-in" in union_ids(tags)
    evidence = next(tag.evidence for tag in tags.unions if tag.union_id == "fmrai-in")
    assert evidence[0].text == "एफएमआरएआई"


def test_a_year_after_a_name_is_not_part_of_it() -> None:
    tags = tag_text("W Polsce Niezależny Związek Zawodowy Kolejarzy w 2021 roku ogłosił spór zbiorowy.")
    assert union_names(tags) == {"Niezależny Związek Zawodowy Kolejarzy"}


def test_a_german_compound_for_a_kind_of_union_is_no_name() -> None:
    tags = tag_text("Während sich die Konkurrenzgewerkschaft mit den Arbeitgebern einigte, streikt die GDL in Deutschland.")
    assert union_ids(tags) == {"gdl-de"}


def test_lower_case_kinds_of_union_in_indonesian_are_no_names() -> None:
    tags = tag_text("Di Bekasi, Indonesia, para buruh membentuk serikat pekerja tingkat perusahaan (SPTP) baru.")
    assert not tags.unions


def test_workers_in_a_sector_stay_in_the_name() -> None:
    tags = tag_text("In Amman, Jordan, the General Union of Workers in Food Industries called the strike illegal.")
    assert union_names(tags) == {"General Union of Workers in Food Industries"}


def test_a_local_written_as_its_unions_acronym_and_number() -> None:
    tags = tag_text("In Toronto, CUPE 3903 says the strike at York University goes on.")
    assert "CUPE Local 3903" in union_names(tags)
    assert "cupe" in union_ids(tags)  # the parent, named by its acronym, too
    tags = tag_text("In Seattle, the 27,000 members of UFCW 21 and 367 voted to authorize a strike.")
    assert "UFCW Local 21" in union_names(tags)


def test_a_count_or_a_year_after_an_acronym_is_no_local() -> None:
    assert union_names(tag_text("In Detroit, UAW 600 workers walked out of the plant.")) == {"United Auto Workers"}
    assert not any("Local" in name for name in union_names(tag_text("The IBEW 2024 convention met in Chicago.")))
    assert not tag_text("COVID 19 hit the garment sector in Cambodia hard.").unions  # no union's acronym


def test_polish_names_in_their_case_forms() -> None:
    from bot.matching.unions import polish_case_forms

    assert polish_case_forms("Inicjatywa Pracownicza")[:2] == ("Inicjatywy Pracowniczej", "Inicjatywie Pracowniczej")
    assert polish_case_forms("Solidarność")[:2] == ("Solidarności", "Solidarnością")
    # The leading words agreeing in gender decline; a name in apposition after them stays.
    assert polish_case_forms("Ogólnopolski Związek Zawodowy Inicjatywa Pracownicza")[0] == (
        "Ogólnopolskiego Związku Zawodowego Inicjatywa Pracownicza")
    assert polish_case_forms("Forum Związków Zawodowych") == ()
    tags = tag_text(
        "Przewodniczący Solidarności spotkał się z premierem w Warszawie, a członkowie Inicjatywy "
        "Pracowniczej pikietowali magazyn."
    )
    assert {"solidarnosc", "ozz-ip-pl"} <= union_ids(tags)
    # The common noun in lower case is no union.
    assert not tag_text("Wyrazy solidarności z pracownikami płynęły z całej Polski.").unions


def test_a_person_after_a_role_and_a_bare_head_word_is_no_union() -> None:
    tags = tag_text("Em Campinas, no Brasil, a paralisação foi liderada pelo coordenador do Sindicato Nivaldo Souza.")
    assert not tags.unions
    # A name after the role is still the union's.
    tags = tag_text("Em Campinas, no Brasil, falou o coordenador do Sindicato dos Químicos de Campinas.")
    assert union_names(tags) == {"Sindicato dos Químicos de Campinas"}


def test_bangla_names_joined_by_and() -> None:
    tags = tag_text("ঢাকায় বাংলাদেশ বস্ত্র ও পোশাক শিল্প শ্রমিক লীগের সমাবেশ হয়েছে।")
    assert union_names(tags) == {"বাংলাদেশ বস্ত্র ও পোশাক শিল্প শ্রমিক লীগ"}
    # A name never starts with the joiner.
    tags = tag_text("ঢাকায় মালিকরা ও গার্মেন্টস শ্রমিক ফেডারেশনের নেতারা বৈঠক করেছেন।")
    assert not any(name.startswith("ও ") for name in union_names(tags))


def test_a_found_name_written_short_is_the_longer_one() -> None:
    tags = tag_text(
        "ঢাকায় বাংলাদেশ বস্ত্র ও পোশাক শিল্প শ্রমিক লীগের সম্মেলন হয়েছে। নারায়ণগঞ্জ জেলা বস্ত্র ও পোশাক শিল্প শ্রমিক লীগের কমিটি ঘোষণা করা হয়েছে।"
    )
    assert len(tags.unions) == 1


def test_a_found_name_that_ends_a_directory_name_is_that_union() -> None:
    tags = tag_text("বাংলাদেশ ট্রেড ইউনিয়ন সংঘের নেতারা বকেয়া মজুরি দাবি করেছেন। ট্রেড ইউনিয়ন সংঘের সভাপতি বিবৃতি দেন।")
    assert union_ids(tags) == {"btus-bd"}


def test_a_possessive_of_workers_inside_a_name() -> None:
    tags = tag_text("In Tallinn, Estonia, a shop steward of the Estonian Seamen's Independent Union (ESIU) was sacked.")
    assert union_names(tags) == {"Estonian Seamen's Independent Union"}
    # A company's possessive still ends the name.
    assert "Amazon's Labor Union" not in union_names(tag_text("In New York, Amazon's Labor Union members voted."))


def test_laws_and_days_named_after_unions_are_no_unions() -> None:
    for text in ("In Kenya, the Trade Union Act was amended by parliament last week.",
                 "In Zimbabwe, the Trade Union Bill was debated in the senate.",
                 "In Pakistan, the Industrial Relations Ordinance and the Trade Union Ordinance were cited.",
                 "In India, the Labour Union Day celebrations took place in Kolkata.",
                 "Türkiye'de Sendikalar ve Toplu İş Sözleşmesi Kanunu değiştirildi."):
        assert not tag_text(text).unions, text


def test_employers_bodies_with_an_acronym_are_no_unions() -> None:
    tags = tag_text(
        "En Argentina, la Unión Industrial Argentina (UIA) y la Confederación General Empresaria rechazaron el paro de la CGT."
    )
    assert union_ids(tags) == {"cgt-ar"}
    # A weak head with a workers' word and its acronym is still a union.
    tags = tag_text("En Bolivia, la Unión de Trabajadores Mineros de Potosí (UTMP) marchó.")
    assert {tag.acronym for tag in tags.unions} == {"UTMP"}


def test_rengo_by_its_short_name_only_where_it_stands_alone() -> None:
    assert union_ids(tag_text("労働組合の全国組織・連合は14日、春闘の第1回集計を発表した。")) == {"rengo"}
    assert union_ids(tag_text("連合の会長は東京で記者会見した。")) == {"rengo"}
    for text in ("国際連合の会議がニューヨークで開かれた。", "野党が連合して選挙に臨む。", "英国は連合王国である。"):
        assert not tag_text(text).unions, text


def test_a_japanese_company_union_named_by_its_quoted_company() -> None:
    tags = tag_text("東京で「セブン＆アイ」の労組が先月末、ストに踏み切った。")
    assert union_names(tags) == {"セブン＆アイ労働組合"}
    assert not tag_text("東京で「大手」の労組は反対した。").unions  # a kind of union, quoted


def test_korean_unions_called_union_in_hangul() -> None:
    assert union_names(tag_text("청년유니온은 서울에서 기자회견을 열었다.")) == {"청년유니온"}
    assert not tag_text("양대노총은 정부안에 반대했다.").unions  # the two national centres: a kind, not a name


def test_a_hangul_name_needs_no_country_in_the_story() -> None:
    # The Hangul alias says Korea by itself, also when the story names no place the gazetteer knows.
    assert "kctu" in union_ids(tag_text("민주노총은 총파업 집회를 열었습니다."))


def test_a_turkish_name_written_without_its_dash_and_with_its_head() -> None:
    tags = tag_text("Kocaeli'de DİSK Genel Sekreteri ve Birleşik Metal İş Sendikası Genel Başkanı greve çıkan işçilerle buluştu.")
    assert "bmis-tr" in union_ids(tags)
    assert not any(tag.union_id.startswith("found:") for tag in tags.unions)


def test_elided_articles_before_capitalised_words_stay_in_a_name() -> None:
    tags = tag_text("Au Bénin, le Syndicat National Autonome de l'Enseignement Maternel (SNAEM) a déposé un préavis.")
    assert union_names(tags) == {"Syndicat National Autonome de l'Enseignement Maternel"}


def test_a_workers_forum_is_a_platform_not_a_union() -> None:
    tags = tag_text("Au Gabon, une dizaine de syndicats rassemblés au sein du Gabon Workers Forum ont appelé à la grève.")
    assert not tags.unions
    assert "fzz-pl" in union_ids(tag_text("W Polsce Forum Związków Zawodowych poparło strajk."))


def test_plural_unions_named_only_by_their_country_are_referred_to() -> None:
    tags = tag_text("Les syndicats de travailleurs de Madagascar ont appelé à une grève générale.")
    assert not tags.unions


def test_an_elided_article_gives_its_word_initial_to_an_acronym() -> None:
    from bot.matching.recognise import initials_exact

    assert initials_exact("SNES", ["syndicat", "national", "de", "l'enseignement", "supérieur"])


def test_union_words_in_more_languages_back_an_acronym() -> None:
    # "vakbond" (Dutch: union) in the sentence backs the FNV's acronym in a story naming no place.
    assert "fnv" in union_ids(tag_text("Personeel van de FNV gaat dinsdag staken, heeft de vakbond aangekondigd."))


def test_scandinavian_genitives_of_union_names() -> None:
    from bot.matching.unions import scandinavian_genitive

    assert scandinavian_genitive("Unionen") == ("Unionens",)
    assert scandinavian_genitive("Byggnads") == ()
    assert scandinavian_genitive("LO") == ("LOs",)  # beside "LO:s", which the word split reads already
    assert "unionen-se" in union_ids(tag_text("I Stockholm har Unionens ordförande kritiserat arbetsgivarna i Sverige."))


def test_finland_swedish_genitives_of_finnish_union_names() -> None:
    # Finland's Swedish press adds the Swedish -s to Finland's unions, beside the Finnish cases (wide_sv17).
    assert "teollisuusliitto-fi" in union_ids(tag_text("Nästan 22 000 av Industrifackets medlemmar i Lahtis strejkade i dag."))
    assert "ammattiliitto-jyty-fi" in union_ids(tag_text("Strejkvarslet har lämnats av JHL:s och Jytys organisation JAU i Åbo."))
    assert "akava" in union_ids(tag_text("I Helsingfors kräver Akavas ordförande högre löner för de högutbildade."))


def test_finland_swedish_names_of_finnish_unions() -> None:
    # Records of data/union_sources/finland-swedish-names-sv17.tsv: the Swedish names Finland's Swedish press writes.
    assert "suomen-merimies-unioni-fi" in union_ids(
        tag_text("Finlands Sjömans-Union varslar om strejk på fartygen i Helsingfors.")
    )
    assert "sak" in union_ids(
        tag_text("Bakom demonstrationen i Helsingfors står FFC och STTK, de finländska centralorganisationerna.")
    )
    assert "metalliliitto-fi" in union_ids(tag_text("Metallarbetarförbundets medlemmar i Vasa stannade hemma från jobbet i dag."))
    assert "fsl-fi" in union_ids(tag_text("FSL:s fullmäktige kräver högre löner för lärarna i Vasa och Helsingfors."))
    assert "talentia-fi" in union_ids(tag_text("Fackförbundet Talentia varnar om strejk i Åbo."))


def test_a_shared_acronym_goes_to_the_union_of_the_storys_country() -> None:
    tags = tag_text("Di Jakarta, Indonesia, ribuan buruh SBSI berunjuk rasa menolak Omnibus Law.")
    assert "sbsi-id" in union_ids(tags)
    assert "sbsi-pt" not in union_ids(tags)


def test_a_lower_case_head_with_only_a_country_is_a_union_referred_to() -> None:
    assert not tag_text("Au Togo, le syndicat d'Eswatini a été cité en exemple par les enseignants.").unions


def test_a_japanese_company_union_after_a_particle() -> None:
    assert union_names(tag_text("また、東京の関東バスの労働組合も賃上げを求めてストに入った。")) == {"関東バス労働組合"}
    for text in ("相鉄の3社の労働組合はストを解除した。", "日本の労働組合は弱いと言われる。", "大手企業の労組が反対した。",
                 "政府の労働組合への対応が問題だ。", "パートの労組加入が進む。", "私はなぜ労働組合という組織に入ったのか。"):
        assert not tag_text(text).unions, text


def test_a_polish_name_found_in_an_oblique_case_is_named_in_the_nominative() -> None:
    tags = tag_text("W Rzeszowie kierowcy poparli żądania Wolnego Związku Zawodowego Pracowników MPK, czyli podwyżki.")
    assert union_names(tags) == {"Wolny Związek Zawodowy Pracowników MPK"}
    assert [evidence.text for tag in tags.unions for evidence in tag.evidence] == [
        "Wolnego Związku Zawodowego Pracowników MPK"]


def test_only_agreeing_adjectives_before_a_polish_head_belong_to_the_name() -> None:
    # Made-up unions, so that the shape (not the directory) finds them: the word before the head that does not
    # agree with it is the sentence's (a meeting, a company), not the union's.
    tags = tag_text("W Gdyni obradowało Walne Zebranie Delegatów Międzyzakładowego Związku Zawodowego Pracowników Stoczni Nauta.")
    assert union_names(tags) == {"Międzyzakładowy Związek Zawodowy Pracowników Stoczni Nauta"}
    tags = tag_text(
        "W Poznaniu działający w spółce Kolej Polska Międzyzakładowy Związek Zawodowy Konduktorów zawiesił rokowania."
    )
    assert union_names(tags) == {"Międzyzakładowy Związek Zawodowy Konduktorów"}
    # A plural head keeps the noun that governs it and that noun's adjectives.
    tags = tag_text("W Berlinie zakończył się Kongres Europejskiej Konfederacji Związków Zawodowych Rybaków.")
    assert union_names(tags) == {"Europejska Konfederacja Związków Zawodowych Rybaków"}


def test_a_polish_name_is_found_without_its_trailing_w_polsce() -> None:
    from bot.matching.unions import short_country_forms

    assert short_country_forms("Związek Zawodowy Maszynistów Kolejowych w Polsce", "PL") == (
        "Związek Zawodowy Maszynistów Kolejowych",)
    assert short_country_forms("Związek Zawodowy w Polsce", "PL") == ()  # nothing would be left but the head
    tags = tag_text("Związek Zawodowy Maszynistów Kolejowych będzie blokować drogi w 13 lokalizacjach w Polsce.")
    assert union_ids(tags) == {"zzmwp-pl"}
    tags = tag_text("Na pikiecie w Katowicach byli działacze Związku Zawodowego Górników oraz hutnicy.")
    assert "zzg-pl" in union_ids(tags)


def test_a_count_before_a_name_is_not_part_of_it() -> None:
    tags = tag_text("In Phnom Penh, more than 100 Free Trade Union of Cambodia supporters gathered in front of the office.")
    # The directory knows the name (pages-batch-bg): the span starts at the name, not at the count.
    assert [evidence.text for tag in tags.unions for evidence in tag.evidence] == ["Free Trade Union of Cambodia"]
    assert union_ids(tags) == {"ftuwkc-kh"}


def test_latin_acronyms_written_against_cjk_characters() -> None:
    from bot.matching.recognise import glued_acronyms

    assert glued_acronyms("JAMという組合とKCTU는") == [(0, 3, "JAM"), (9, 13, "KCTU")]
    assert glued_acronyms("JAM and KCTU") == []  # no CJK: the automaton finds them
    assert "jam-jp" in union_ids(tag_text("JAMという産業別労働組合で副書記長をしております。"))
    assert not tag_text("NHKが報じた。").unions


def test_a_long_romance_name_written_in_lower_case_is_the_directory_union_when_backed() -> None:
    tags = tag_text("En Tunisie, la fédération générale de l'enseignement de base a observé une grève générale.")
    assert "general-federation-of-basic-education-tn" in union_ids(tags)
    # Without its country in the story, the lower-case phrase is not enough.
    tags = tag_text("Au Sénégal, la fédération générale de l'enseignement de base a été citée en exemple.")
    assert "general-federation-of-basic-education-tn" not in union_ids(tags)


def test_sentence_case_names_and_their_parents_acronym() -> None:
    tags = tag_text("Au Maroc, la Fédération nationale des fonctionnaires de l'enseignement (UNTM) a appelé à la grève.")
    assert "Fédération nationale des fonctionnaires de l'enseignement" in union_names(tags)
    assert "untm-ma" in union_ids(tags)  # the bracket names its parent, not the federation
    # Generic words alone say no union: "the independent union", "the union confederation".
    assert not tag_text("Au Maroc, la Confédération syndicale a appelé à la grève.").unions


def test_a_french_name_goes_on_with_its_lower_case_words() -> None:
    # An adjective after an elided word ("l'éducation nationale"), and the lower-case words that name a union's
    # members or field ("catholiques", "chercheurs du supérieur", "collectivités locales"): the name goes on.
    tags = tag_text("Au Gabon, le Syndicat de l'éducation nationale (Sena) a tenu un sit-in à Libreville.")
    assert "Syndicat de l'éducation nationale" in union_names(tags)
    tags = tag_text("Au Niger, une grève à l'appel du Syndicat autonome des enseignants chercheurs du supérieur, le SAECS.")
    assert "Syndicat autonome des enseignants chercheurs du supérieur" in union_names(tags)
    tags = tag_text("À Kananga, le Syndicat autonome des enseignants catholiques a appelé à la grève.")
    assert "Syndicat autonome des enseignants catholiques" in union_names(tags)
    tags = tag_text("Au Maroc, la Fédération nationale des fonctionnaires et employés des collectivités locales fait grève.")
    assert "Fédération nationale des fonctionnaires et employés des collectivités locales" in union_names(tags)


def test_a_company_named_union_is_no_union() -> None:
    assert not tag_text("Union Bank of India said its profits rose as workers returned.").unions
    assert not tag_text("Shares of Union Insurance fell after the workers' protest in Manila.").unions
    # A union of the company's staff is one.
    assert "Union Bank Employees Union of the Philippines" in union_names(
        tag_text("The Union Bank Employees Union of the Philippines held a strike in Manila.")
    )


def test_a_further_acronym_of_a_union_from_elsewhere_names_no_union_abroad() -> None:
    # "FTU" is Hong Kong's federation's second acronym; in a Cambodian story it is a Cambodian union.
    tags = tag_text("In Cambodia, FTU officials met garment workers in Phnom Penh on Monday.")
    assert "hkftu" not in union_ids(tags)
    assert {tag.country for tag in tags.unions} == {"KH"}
    # At home the acronym still names it; a main acronym abroad still does ("a GMB delegation to Kyiv").
    assert "hkftu" in union_ids(tag_text("In Hong Kong, FTU officials met bus drivers in Kowloon on Monday."))
    assert "hkftu" in union_ids(tag_text("In Kenya, an HKFTU union delegation met dock workers."))


def test_an_acronym_written_without_its_hyphen_is_the_same_union() -> None:
    # The directory writes "CGT-B"; the press writes "CGTB", which is also Benin's and Brazil's acronym.
    assert "cgt-b" in union_ids(tag_text("Au Burkina Faso, la CGTB a appelé à une grève générale des travailleurs."))
    tags = tag_text(
        "À Ouagadougou (Burkina Faso), Awa Zongo de la Confédération générale des travailleurs "
        "du Burkina (CGTB) a parlé aux grévistes."
    )
    assert union_ids(tags) == {"cgt-b"}
    # Without a labour word nearby the joined form names nothing.
    assert not tag_text("Au Burkina Faso, la CGTB a gagné le match de football.").unions


def test_a_name_unions_of_other_countries_share_is_the_storys_own_union() -> None:
    # France's and Mali's unions are both "Syndicat national de l'enseignement supérieur".
    tags = tag_text("Au Sénégal, le Syndicat National de l'Enseignement Supérieur (SNEsup) a appelé à la grève à Dakar.")
    assert {(tag.name, tag.acronym, tag.country) for tag in tags.unions} == {
        ("Syndicat National de l'Enseignement Supérieur", "SNEsup", "SN")}
    assert union_ids(tag_text("À Bamako (Mali), le Syndicat National de l'Enseignement Supérieur a appelé à la grève.")) == {
        "snesup-ml"
    }


def test_a_list_of_trades_with_a_comma_before_its_last_and_is_one_name() -> None:
    tags = tag_text("In Kenya, the Federation of Food, Beverage, and Tobacco Workers staged a walkout.")
    assert union_names(tags) == {"Federation of Food, Beverage, and Tobacco Workers"}
    # The directory's name written with the serial comma is the directory's union.
    assert union_ids(
        tag_text(
            "Rail staff across Britain, led by the National Union of Rail, Maritime, and Transport Workers, walked out on Monday."
        )
    ) == {"rmt"}
    # One comma before "and" is no list: two names.
    assert "Union of Teachers, and Nurses Association" not in union_names(
        tag_text("In Ghana, the Union of Teachers, and Nurses Association leaders met.")
    )


def test_a_bracketed_acronym_that_spells_words_before_the_name_takes_them_in() -> None:
    tags = tag_text("In Chennai, India, the Joint Committee of Trade Unions (JCTU) called a state-wide strike.")
    assert {(tag.name, tag.acronym) for tag in tags.unions} == {("Joint Committee of Trade Unions", "JCTU")}
    # An acronym the name already spells changes nothing.
    assert union_names(tag_text("In Ghana, the Ferry and Canoe Workers Union (FCWU) struck at Tema.")) == {
        "Ferry and Canoe Workers Union"
    }


def test_an_indonesian_list_of_trades_ends_at_its_bracket_or_its_confederations_name() -> None:
    # No "dan" before the last trade: the list ends at the bracketed acronym of several words.
    tags = default_tagger().tag(None, "Di Depok hadir Federasi Serikat Pekerja Kimia, Energi, Pertambangan "
                                      "(FSP KEP SPSI) dan lainnya.", "id")
    assert union_ids(tags) == {"fsp-kep-id", "kspsi"}
    # The confederation's name after the list, and the branch ("Pimpinan Cabang", "PC") before the name.
    tags = default_tagger().tag(None, "Bekasi - Pimpinan Cabang Federasi Serikat Pekerja Kimia, Energi, dan "
                                      "Pertambangan Serikat Pekerja Seluruh Indonesia (PC FSP KEP SPSI) "
                                      "Kabupaten-Kota Bekasi akan menggelar aksi.", "id")
    assert union_ids(tags) == {"fsp-kep-id", "kspsi"}


def test_an_indonesian_organs_acronym_in_brackets_says_the_union_after_the_organs_words_is_meant() -> None:
    # "Pengurus Unit Kerja" (plant-unit board, PUK) is the organ; the union is the name after its words.
    tags = default_tagger().tag(None, "Di Pelalawan, Pengurus Unit Kerja Serikat Pekerja Perkebunan dan Kehutanan "
                                      "(PUK SPPK-FSPMI) PT Mitra Unggul Pusaka menggelar konsolidasi.", "id")
    assert "Serikat Pekerja Perkebunan dan Kehutanan" in {tag.name for tag in tags.unions}
    assert not any(tag.name.startswith(("Pengurus", "Unit")) for tag in tags.unions)


def test_a_bracket_of_several_acronyms_is_one_acronym() -> None:
    # An Indonesian federation writes its own acronym and its confederation's: "FSP KEP", "FSP LEM SPSI".
    tags = default_tagger().tag(None, "Massa buruh dari Federasi Serikat Pekerja Kimia Energi dan Pertambangan "
                                      "(FSP KEP) berunjuk rasa di Surabaya.", "id")
    assert union_ids(tags) == {"fsp-kep-id"}
    tags = default_tagger().tag(None, "Buruh dari Federasi Serikat Pekerja Pariwisata Serikat "
                                      "Pekerja Seluruh Indonesia (FSP PAR SPSI) Kota Bekasi berunjuk rasa.", "id")
    assert {tag.acronym for tag in tags.unions} == {"FSP PAR SPSI"}
    # One the directory knows under its own acronym and the one with its confederation's (which names the
    # confederation too: the outside samples label the KSPSI on 13 of 15 pages writing "... SPSI").
    tags = default_tagger().tag(None, "Buruh dari Federasi Serikat Pekerja Logam Elektronik dan Mesin Serikat "
                                      "Pekerja Seluruh Indonesia (FSP LEM SPSI) Kota Bekasi berunjuk rasa.", "id")
    assert union_ids(tags) == {"fsp-lem-id", "kspsi"}


def test_an_acronym_inside_a_run_of_acronyms_names_no_union_from_abroad() -> None:
    # "FSP" is also an Italian union's acronym; in "FSP LEM SPSI" it is part of an Indonesian one.
    tags = default_tagger().tag(None, "Ketua PC FSP LEM SPSI Kota Bekasi mengatakan buruh akan mogok.", "id")
    assert "fsp-it" not in union_ids(tags)
    assert "FSP" not in union_names(tags)
    # Standing alone with a union word, a main acronym abroad still counts ("a GMB delegation to Kyiv").
    assert "gmb" in union_ids(tag_text("In Kyiv, a GMB union delegation met Ukrainian miners."))


def test_a_foreign_acronym_in_a_story_placed_elsewhere_needs_a_word_for_a_union() -> None:
    # "BNP" is Belarus's union's acronym and Bangladesh's party's: workers or a secretary general beside it in a
    # story placed in Bangladesh say nothing of a union (wide_south11 en-1326, en-1327).
    tags = tag_text("The BNP-backed Jatiyatabadi Sramik Dal held a rally of garment workers in Dhaka on Friday.")
    assert "bnp" not in union_ids(tags)
    assert "BY" not in {tag.code for tag in tags.countries}
    assert "bnp" not in union_ids(tag_text("BNP Secretary General Mirza Fakhrul Islam Alamgir joined the rally in Dhaka."))
    # A word for a union itself still backs it there ("a GMB union delegation" in Kyiv), and with no place named
    # workers do.
    assert "bnp" in union_ids(tag_text("In Warsaw, BNP union leaders met Polish miners."))
    assert "bnp" in union_ids(tag_text("BNP workers held a picket outside the ministry on Friday."))


def test_an_acronym_only_one_union_has_stands_beside_a_union_office() -> None:
    # No country is named: the office ("national secretary", "representative") says it is the union.
    assert "GMB" in union_names(tag_text("GMB national secretary Ann Baker said the closure of the depot was a disgrace."))
    assert "GMB" in union_names(tag_text("Ann Baker, the GMB representative at the plant, said staff were told on Monday."))
    # Without a union word or office in its sentence it is still no union.
    assert not tag_text("The GMB plant said output rose in the quarter.").unions


def test_a_hyphen_joins_the_words_of_a_bangla_union_name() -> None:
    tags = tag_text("মজুরি বৃদ্ধির দাবিতে বাংলাদেশ চা-শ্রমিক ইউনিয়ন আজ ধর্মঘটের ডাক দিয়েছে।")
    assert "বাংলাদেশ চা-শ্রমিক ইউনিয়ন" in union_names(tags)


def test_gremio_is_a_union_word_for_acronym_spellings() -> None:
    # Argentine Spanish says "gremio" for a union: it backs an acronym written in lower case.
    names = union_names(tag_text("En Buenos Aires, los gremios docentes Suteba y Ademys pararon el martes."))
    assert {"Sindicato Unificado de Trabajadores de la Educación de Buenos Aires",
            "Asociación Docente de Enseñanza Media y Superior"} <= names
    assert not tag_text("En Buenos Aires, Suteba y Ademys presentaron un informe el martes.").unions


def test_a_name_walked_into_a_directory_name_is_that_name_run_on() -> None:
    tags = tag_text(
        "During a strike by the United Voices of the World Union Metropolitan Police officers detained a picket in London."
    )
    assert union_names(tags) == {"United Voices of the World"}


def test_an_indonesian_office_title_starts_no_union_name() -> None:
    assert not tag_text("Ia pernah menjabat Wakil Presiden Serikat Pekerja ASEAN di Jakarta.").unions


def test_a_hindi_union_name_is_its_words_before_a_head() -> None:
    # Devanagari has no capitals: a name is the union words before "संघ", "सभा", "यूनियन", "फेडरेशन" ...
    tags = tag_text("धनबाद में अखिल भारतीय कोयला खदान मजदूर संघ और हम्माल मजदूर सभा ने धरना दिया।")
    assert {"अखिल भारतीय कोयला खदान मजदूर संघ", "हम्माल मजदूर सभा"} <= union_names(tags)
    # Labour words alone, with "Indian" or "national" at most, only refer to unions; a plural head names none.
    assert not tag_text("धनबाद में मजदूर संघ और भारतीय ट्रेड यूनियन के नेताओं ने केंद्रीय श्रमिक संघों की बैठक की।").unions
    assert not tag_text("धनबाद में किसान संघ ने धरना दिया।").unions  # farmers, no labour word


def test_a_hindi_union_name_takes_state_names_and_employees_in_english_words() -> None:
    # The name goes back over a state's name, "राज्य" (state) and "employees" written in Devanagari.
    tags = tag_text("पटना में बिहार राज्य कामगार यूनियन और बिजली एम्प्लाइज यूनियन ने धरना दिया।")
    assert {"बिहार राज्य कामगार यूनियन", "बिजली एम्प्लाइज यूनियन"} <= union_names(tags)


def test_pakistani_employees_associations_and_indian_unions_by_their_urdu_and_hindi_names() -> None:
    # directory records (data/union_sources/pakistan-india-employees-ur19.tsv) with the names the press writes
    assert "Young Doctors Association" in union_names(tag_text("لاہور میں ینگ ڈاکٹرز ایسوسی ایشن نے ہڑتال کا اعلان کیا۔"))
    assert "People's Unity of PIA Employees" in union_names(
        tag_text("پشاور میں پیپلز یونٹی آف پی آئی اے ایمپلائز نے مظاہرہ کیا۔")
    )
    assert "Uttar Pradesh Rajya Karmchari Mahasangh" in union_names(
        tag_text("गाजीपुर में उत्तर प्रदेश राज्य कर्मचारी महासंघ का अधिवेशन हुआ।")
    )
    assert "All Haryana Power Corporations Workers Union" in union_names(
        tag_text("भिवानी में ऑल हरियाणा पावर कॉरपोरेशन वर्करज यूनियन ने प्रदर्शन किया।")
    )


def test_a_hindi_union_name_takes_the_company_name_or_spelt_acronym_before_it() -> None:
    # "X इंडस्ट्रीज" is a company's name, whatever X is; "पीडब्लूडी"-like words spell an acronym (here "एनटी").
    tags = tag_text("कानपुर में सूरज इंडस्ट्रीज एम्प्लाइज यूनियन और एनटी इंजीनियरिंग डिपार्टमेंट वर्कर्स यूनियन ने धरना दिया।")
    assert {"सूरज इंडस्ट्रीज एम्प्लाइज यूनियन", "एनटी इंजीनियरिंग डिपार्टमेंट वर्कर्स यूनियन"} <= union_names(tags)
    assert not tag_text("कानपुर में सूरज इंडस्ट्रीज के मजदूर संघ ने धरना दिया।").unions  # "the workers' union" of a company


def test_an_urdu_head_written_against_the_word_before_is_read_as_two_words() -> None:
    # Urdu letters that join nothing after them hide a missing space: "ٹیچرزیونین" is "ٹیچرز یونین"
    assert union_names(tag_text("گجرات میں پنجاب ٹیچرزیونین نے مظاہرہ کیا۔")) == {"پنجاب ٹیچرز یونین"}
    assert union_names(tag_text("کراچی میں پاکستان اسٹیل پیپلز لیبریونین نے احتجاج کیا۔")) == {"پاکستان اسٹیل پیپلز لیبر یونین"}
    # only after one of a name's words: "کمیونین" (communion) is one word
    assert not tag_text("لاہور میں کمیونین کی تقریب ہوئی۔").unions


@pytest.mark.parametrize("text, name", [
    ("کوئٹہ میں پاکستان ورکرز کنفیڈریشن نے ریلی نکالی۔", "پاکستان ورکرز کنفیڈریشن"),  # confederation, spelt without alef
    ("کوئٹہ میں ایریگیشن ایمپلائز یونین کے عہدیدار شریک تھے۔", "ایریگیشن ایمپلائز یونین"),  # irrigation
    ("پشاور میں ملی لیبر فیڈریشن کے صدر موجود تھے۔", "ملی لیبر فیڈریشن"),  # national
    ("کندھ کوٹ میں واپڈا ہائڈرو لیبر یونین نے مظاہرہ کیا۔", "واپڈا ہائڈرو لیبر یونین"),  # hydro, spelt without yeh
])


def test_urdu_union_names_with_more_words_and_spellings(text: str, name: str) -> None:
    assert name in union_names(tag_text(text))


def test_an_urdu_union_name_takes_plural_unions_before_its_head() -> None:
    tags = tag_text("ملتان میں سندھ ٹریڈ یونینز فیڈریشن کا اجلاس ہوا۔")
    assert "سندھ ٹریڈ یونینز فیڈریشن" in union_names(tags)


def test_hindi_news_calls_the_indian_centres_by_spoken_acronyms() -> None:
    tags = tag_text("रांची में इंटक, एटक, एक्टू और एआइयूटीयूसी ने हड़ताल का समर्थन किया।")
    assert {"intuc", "aituc", "aicctu", "aiutuc-in"} <= union_ids(tags)
    assert spelt_acronyms("सीआइटीयू") == [(0, 8, "CITU")]  # the short-vowel spelling of "आई"


def test_a_list_of_trades_with_commas_stays_inside_the_name() -> None:
    # Before the head (Turkish), and after "de" up to the list's last item (Spanish).
    tags = tag_text("İzmir'de Depo, Liman, Tersane ve Deniz İşçileri Sendikası üyeleri iş bıraktı.")
    assert union_names(tags) == {"Depo, Liman, Tersane ve Deniz İşçileri Sendikası"}
    tags = tag_text(
        "En Rosario, Argentina, el Sindicato de Empleados de Hoteles, Bares, Confiterías y Afines y los docentes marcharon."
    )
    assert "Sindicato de Empleados de Hoteles, Bares, Confiterías y Afines" in union_names(tags)
    # Names in a row stay apart.
    tags = tag_text("En Argentina la Unión Obrera Metalúrgica, Camioneros y Bancarios convocaron un paro.")
    assert "Unión Obrera Metalúrgica" in union_names(tags) and len(tags.unions) >= 2


def test_rengo_after_a_particle_before_another() -> None:
    assert union_ids(tag_text("日本の春闘で連合の要求を上回った。")) == {"rengo"}
    assert not tag_text("日本では野党が連合を組む。").unions  # a coalition formed, not Rengo


def test_a_spelt_out_name_and_its_acronym_are_one_union() -> None:
    tags = tag_text(
        "En Argentina, el Sindicato Argentino de Docentes Privados (Sadop) y la Unión de Trabajadores "
        "Hoteleros y Gastronómicos (Uthgra) adhirieron al paro."
    )
    assert union_ids(tags) == {"sadop-ar", "uthgra-ar"}
    tags = tag_text("আগরতলায় সিটু ও হিন্দ মজদুর সভার নেতারা মিছিল করেন।")
    assert {"citu", "hms"} <= union_ids(tags)


def test_a_japanese_federation_named_by_its_rouren() -> None:
    # 労連 ends a federation's short name as 労組 ends a union's.
    assert "茨城労連" in union_names(tag_text("茨城労連の桜井氏は県内の病院のストライキを報告した。"))


def test_a_lower_case_union_word_of_a_company_names_no_union() -> None:
    # "la première organisation syndicale de la SNCF": the union of a company, referred to.
    tags = tag_text("À Lyon, en France, Sud-Rail, deuxième organisation syndicale de la SNCF, a déposé un préavis.")
    assert union_ids(tags) == {"sud-rail-fr"}
    assert not tag_text("En Argentina, el sindicato mayoritario de YPF convocó un paro.").unions
    # es17: also a company's one word that is no acronym ("el sindicato de Antamina", "sindicato de Ecopetrol")
    assert not tag_text("En Perú, el secretario general del sindicato de Cerromina, Juan Ruiz, anunció la huelga.").unions
    assert not tag_text("En Colombia, el principal sindicato de Petrolsur prepara su primera huelga.").unions


def test_capitalised_words_after_a_lower_case_head_are_the_name() -> None:
    # es17: "el sindicato Solidariedade Obreira" is Solidariedade Obreira, as "el sindicato Sutep" is Sutep.
    assert union_names(tag_text("En Vigo, el sindicato Terra Obreira ha convocado una huelga en el metal.")) == {"Terra Obreira"}
    # A number or a union's own word after the head keeps it ("Sindicato Número 1", "Sindicato Único").
    assert union_names(tag_text("En Chile, el sindicato Número 1 de Trabajadores de Calama paralizó la mina.")) == {
        "sindicato Número 1 de Trabajadores de Calama"
    }


def test_an_acronym_a_found_name_spells_is_that_union_not_a_namesake_abroad() -> None:
    tags = tag_text("The ASEAN Trade Union Council met in Manila. The ATUC is an apex body of national trade unions.")
    assert union_names(tags) == {"ASEAN Trade Union Council"}
    # With no such name in the story the acronym keeps its directory meaning.
    assert union_ids(tag_text("In Amman the ATUC, an apex body of national trade unions, met.")) == {"atuc"}


def test_a_plural_union_word_in_lower_case_starts_no_name() -> None:
    assert not tag_text("Os maiores sindicatos dos metalúrgicos do Vale do Paraíba, no Brasil, ficarão fora.").unions
    # The singular names the local union.
    assert union_names(tag_text("O sindicato dos metalúrgicos do Vale do Paraíba, no Brasil, aprovou greve.")) == {
        "sindicato dos metalúrgicos do Vale do Paraíba"
    }


def test_a_bangla_compound_written_with_a_hyphen_is_a_name_word() -> None:
    tags = tag_text("ঢাকায় বাংলাদেশ নৌ-যান শ্রমিক কর্মচারী ফেডারেশন সমাবেশ করেছে।")
    assert union_names(tags) == {"বাংলাদেশ নৌ-যান শ্রমিক কর্মচারী ফেডারেশন"}


def test_bangla_union_names_take_english_trade_words_in_bangla_letters() -> None:
    tags = tag_text("ঢাকায় বাংলাদেশ কনস্ট্রাকশন এন্ড ফার্নিচার লেবার এমপ্লয়ি ফেডারেশন সমাবেশ করেছে।")
    assert union_names(tags) == {"বাংলাদেশ কনস্ট্রাকশন এন্ড ফার্নিচার লেবার এমপ্লয়ি ফেডারেশন"}


def test_a_brazilian_employers_syndicate_is_no_union() -> None:
    tags = tag_text(
        "Em São Paulo, a reunião entre o Sindipeças e a Federação dos Metalúrgicos do Estado de São Paulo (FEM-CUT) foi adiada."
    )
    assert "Sindipeças" not in union_names(tags) and tags.unions
    assert union_names(tag_text("No Brasil, o Sindipetro convocou greve.")) == {"Sindipetro"}  # a workers' one


def test_acronyms_spelt_letter_by_letter_with_spaces_or_dots() -> None:
    # Some Hindi papers and Bangla and Urdu news write a Latin acronym's letter names as separate words.
    assert spelt_acronyms("रांची में ए आई टी यू सी और एच एम एस ने कहा")[:1] == [(10, 23, "AITUC")]
    assert (27, 35, "HMS") in spelt_acronyms("रांची में ए आई टी यू सी और एच एम एस ने कहा")
    assert (0, 16, "WFTU") in spelt_acronyms("ডাব্লিউ.এফ.টি.ইউ-র সমাবেশ")
    # A common word after the letters ("کے", of) is left out: the run without it comes next.
    assert [acronym for _, _, acronym in spelt_acronyms("سی آئی ٹی یو کے رہنما")] == ["CITUK", "CITU"]
    tags = tag_text("কলকাতায় এ আই ইউ টি ইউ সি ও সিটু ভারতের শ্রম কোড বাতিলের দাবিতে মিছিল করে।")
    assert {"aiutuc-in", "citu"} <= union_ids(tags)
    tags = tag_text("लखनऊ में भारत बंद: इंटक, ए आई टी यू सी, टी यू सी सी, सेवा, एआईसीसीटीयू ने प्रदर्शन किया।")
    assert {"intuc", "aituc", "sewa", "aicctu"} <= union_ids(tags)
    assert not tag_text("लखनऊ में भारत बंद के दौरान बस सेवा, रेल सेवा ठप रही।").unions  # सेवा: service


def test_korean_names_short_for_their_full_union_names() -> None:
    # The press shortens "(전국)...노동조합" to "...노조".
    assert "khmu-kr" in union_ids(tag_text("서울에서 전국보건의료산업노조 조합원들이 집회를 열었다."))
    assert "kgeu-kr" in union_ids(tag_text("서울 여의도에서 공무원노조 조합원들이 집회를 열었다."))


def test_a_found_unspaced_name_that_ends_another_is_that_union_written_short() -> None:
    # Without "전국" (national), its place or its head written short: one union, named as the story writes it
    # more often, its other form kept as its acronym.
    tags = tag_text("8일 전국특성화고노조가 국회 앞에서 기자회견을 열었다.", title="특성화고노조 국회 기자회견")
    assert [(tag.name, tag.acronym, len(tag.evidence)) for tag in tags.unions] == [("전국특성화고노조", "특성화고노조", 2)]
    # The plant construction union this test first used is now a directory record (recko42): one union still.
    tags = tag_text("8일 전국플랜트건설노조가 군산 건설현장 앞에서 집회를 열었다.", title="플랜트건설노조 군산 집회")
    assert [(tag.name, len(tag.evidence)) for tag in tags.unions] == [("Korean Plant Construction Workers' Union", 2)]
    tags = tag_text("岡山・両備バス労組、午後ストへ。岡山市の両備バス労働組合は23日、ストライキに入る。", title="両備バス労働組合がスト")
    assert [(tag.name, len(tag.evidence)) for tag in tags.unions] == [("両備バス労働組合", 3)]
    tags = tag_text("佐賀県労連は異議申出書を提出した。佐賀県労働組合総連合の議長が会見し、佐賀県労連として反対を表明した。")
    assert [tag.name for tag in tags.unions] == ["佐賀県労連"]


def test_a_korean_federation_written_in_full_and_short_is_one_union() -> None:
    # "...노조연맹" is a federation's name (not the union "...노조" before 연맹), and "...노동조합연맹", "...노조연맹"
    # and "...노련" are one federation written in full and short, with or without "전국" (national).
    tags = tag_text("전국버스노조연맹에서 분리 설립된 이후 버스노동자들의 권익을 위해 앞장서 왔다.")
    assert [tag.name for tag in tags.unions] == ["전국버스노조연맹"]
    # A federation the directory knows goes by its record, whichever of its forms the story writes.
    tags = tag_text("전국자동차노조연맹에서 분리 설립된 이후 택시노동자들의 권익을 위해 앞장서 왔다.")
    assert [tag.name for tag in tags.unions] == ["전국자동차노동조합연맹"]
    tags = tag_text("강신표 전국택시노동조합연맹 위원장은 국회 앞에서 연설했다.", title="택시노련위원장 \"정부 규탄\"")
    assert [(tag.name, len(tag.evidence)) for tag in tags.unions] == [("전국택시노동조합연맹", 2)]
    tags = tag_text("한국지방공기업노동조합연맹이 공공연맹과 통합했다. 한국지방공기업노련은 서울메트로노조 등 11개 노조다.")
    assert [tag.acronym for tag in tags.unions if tag.name.startswith("한국지방공기업")] == ["한국지방공기업노련"]


def test_unspaced_names_of_different_unions_stay_apart() -> None:
    # A union and a federation of its trade (heads 労組 and 労連), a union's branch, two unions whose names end
    # alike (the short name ending both is neither).
    assert len(tag_text("東京金属労働組合と金属労働組合総連合が東京で集会を開いた。").unions) == 2
    assert len(tag_text("전국플랜트건설노조 전남지부가 여수에서 집회를 열었다.", title="플랜트건설노조 집회").unions) == 2
    assert len(tag_text("全国一般東京東部労組と全国一般大阪東部労組が共闘を確認した。東部労組の委員長が挨拶した。").unions) == 3


def test_a_found_name_in_other_words_is_the_same_union() -> None:
    # Word order, singular or plural: one union, named as the story writes it more often, else first.
    tags = tag_text("In Moscow, the Russian Union of Journalists backed the war. The Union of Russian Journalists was suspended.")
    assert [(tag.name, len(tag.evidence)) for tag in tags.unions] == [("Russian Union of Journalists", 2)]
    # (not the railway workers' union: the directory holds it under both spellings since branch ur19)
    tags = tag_text("راولپنڈی میں ٹرانسپورٹ ورکر یونین نے احتجاج کیا۔", title="مطالبات پر ٹرانسپورٹ ورکرز یونین کا احتجاج")
    assert [(tag.name, len(tag.evidence)) for tag in tags.unions] == [("ٹرانسپورٹ ورکرز یونین", 2)]


@pytest.mark.parametrize("text", [
    "In Accra, Ghana, the Federation of Dock Workers Unions and the Confederation of Dock Workers Unions met.",
    "In Accra, Ghana, the Dock Workers Union Local 12 and the Dock Workers Union Local 21 walked out.",
    "In Accra, Ghana, the Ghana Dock Workers Union and the Ghana Dock Workers Union Tema Branch walked out.",
    "In Lomé, the Ghana Dock Workers Union and the Togo Dock Workers Union met.",
])


def test_found_names_of_different_unions_in_like_words_stay_apart(text: str) -> None:
    # A federation and a confederation, two locals, a union and its branch, two countries' unions.
    assert len(tag_text(text).unions) == 2


def test_indonesian_lists_of_trades_and_office_words() -> None:
    # A list of trades right after the head, with a serial comma, and the parent's acronym after it.
    tags = tag_text("Di Bandung, Ketua Umum Federasi Serikat Pekerja Tekstil, Sandang, dan Kulit KSPSI berpidato.")
    assert {"fsp-tsk-id", "kspsi"} <= union_ids(tags)
    assert not any(name.startswith("Umum") for name in union_names(tags))
    # A law's title is no union: "UU ... tentang Serikat Buruh".
    assert not tag_text("Aksi di Jakarta didasarkan pada UU No 21/2000 tentang Serikat Buruh dan UU No 9/1998.").unions


def test_chinese_union_names_end_in_gonghui() -> None:
    tags = tag_text("臺北報導:高雄市產業總工會與台灣某某企業工會、某某育樂企業工會今日到勞動部陳情。")
    assert {"高雄市產業總工會", "台灣某某企業工會", "某某育樂企業工會"} <= union_names(tags)
    assert not tag_text("臺北報導:各工會今日到勞動部陳情,企業工會的幹部也到場。").unions  # kinds of unions
    assert "hkftu" in union_ids(tag_text("香港的工聯會今年不辦五一遊行。"))


@pytest.mark.parametrize(("text", "names"), [
    ("服總一行受到廣州市總工會國際聯絡部部長呂帆接待。", {"廣州市總工會"}),  # received by
    ("澳門代表團前往廣州,與廣州市總工會、廣州市南沙區總工會交流。", {"廣州市總工會", "廣州市南沙區總工會"}),
    ("6日,在太原市尖草坪區總工會外來務工人員服務站。", {"太原市尖草坪區總工會"}),  # at
    ("台鐵案未解決,聲援的台灣工人鬥陣總工會也揚言抗爭。", {"台灣工人鬥陣總工會"}),  # the supporting
    ("台北報導:鐵路改革,都是工會大大小小的抗爭。除了工會成員,乘客也到場。", set()),  # are all; besides
    ("台北報導:針對工會提出的訴求,公司不會退讓。", set()),  # aimed at
    ("北京报道:各级党委、政府和工会组织贯彻落实。", set()),  # government and union
    ("底特律報導:有8,700名工會成員罷工。", set()),  # 700 members
    ("香港報導:主要工會都反對。職工盟是泛民陣營的重要工會組織。", {"Hong Kong Confederation of Trade Unions"}),
    ("底特律報導:應該是Ford和UAW工會一起對抗。", {"United Auto Workers"}),  # the UAW's short name, read alone
    ("首爾報導:南韓工會成員在首爾集會。北京報道:中國工會會員總數達2億,中國各級工會加強了。", set()),  # a country's
    ("汕尾报道:市人大常委会副主任、市总工会主席主持;省总工会派员出席。", set()),  # the city's, the province's
])


def test_chinese_names_start_after_a_clause_glued_before_them(text: str, names: set[str]) -> None:
    # Chinese has no spaces: a verb, "and", "at", "of" or a count before a union's name is no part of it.
    assert union_names(tag_text(text)) == names


def test_chinese_directory_names_of_taiwan_macau_and_korea() -> None:
    # data/union_sources/asia-pages-zh19.tsv; 全教總 is Taiwan's teachers' federation, not Japan's 全教 inside it.
    tags = tag_text("台北報導:全教總理事長侯俊良今天到教育部抗議。")
    assert "zenkyo-jp" not in union_ids(tags) and {tag.country for tag in tags.unions} == {"TW"}
    assert {tag.country for tag in tag_text("澳門的工聯總會舉行五一集會。").unions} == {"MO"}
    assert "kctu" in union_ids(tag_text("南韓的全國民主勞動組合總聯盟宣布無限期罷工。"))


def test_chinese_short_names_of_asian_centres_in_either_script() -> None:
    # Directory aliases from public pages (data/union_sources/asia-local-names-pages-8a.tsv).
    assert "hkctu" in union_ids(tag_text("在香港,职工盟举行会员大会,讨论解散。"))
    assert "hkptu-hk" in union_ids(tag_text("香港的教育專業人員協會宣布解散。"))
    assert "mtuc" in union_ids(tag_text("马来西亚的大马职工总会要求政府调高最低薪金。"))


def test_a_thai_union_name_runs_from_its_head_to_a_space_or_a_clause() -> None:
    # Thai writes no spaces between words: the name is the head and what follows it up to a space, a mark
    # or a clause word; a Thai acronym after a space or in brackets goes with it.
    tags = tag_text(
        "สหภาพแรงงานโตโยต้ามอเตอร์ เรียกร้องโบนัส และสหภาพแรงงานรัฐวิสาหกิจ กฟผ. ร่วมชุมนุม สมาพันธ์แรงงานอิเล็กทรอนิกส์ (สรอ.) ยื่นหนังสือ"
    )
    assert {"สหภาพแรงงานโตโยต้ามอเตอร์", "สหภาพแรงงานรัฐวิสาหกิจ กฟผ.", "สมาพันธ์แรงงานอิเล็กทรอนิกส์"} <= union_names(tags)
    assert "สรอ." in {tag.acronym for tag in tags.unions}
    # A head alone, a head with a clause or a country after it, a federation of no workers: no name.
    assert not tag_text(
        "สหภาพแรงงานฯ เรียกร้องค่าจ้าง สหภาพแรงงานที่โรงงาน สหภาพแรงงานไทยเรียกร้อง สหพันธ์ฟุตบอลแห่งประเทศไทย สหภาพยุโรป"
    ).unions


def test_a_thai_union_name_stops_before_a_glued_predicate() -> None:
    # "แล้ว" (already), "ถูก" (is done to), "เจรจา" (negotiates) glued to the name are not part of it.
    names = union_names(
        tag_text("ตัวแทนสหภาพแรงงานโตโยต้ามอเตอร์แล้ว กรรมการสหภาพแรงงานอิเลคโทรลักซ์ถูกเลิกจ้าง 129 คน สหภาพแรงงานบอดี้แฟชั่นเจรจากับบริษัท")
    )
    assert {"สหภาพแรงงานโตโยต้ามอเตอร์", "สหภาพแรงงานอิเลคโทรลักซ์", "สหภาพแรงงานบอดี้แฟชั่น"} <= names
    assert not any(name.endswith(("แล้ว", "ถูกเลิกจ้าง", "เจรจากับบริษัท")) for name in names)


def test_a_thai_union_name_runs_through_and_to_of_thailand_and_a_group_of_unions_starts_at_its_word() -> None:
    # "และ" (and) inside a name that ends "แห่งประเทศไทย" (of Thailand) or "และใกล้เคียง" (and nearby) is part of it;
    # "กลุ่ม" (a group of unions) and its dashed area too.
    names = union_names(
        tag_text(
            "ที่ปรึกษาสหภาพแรงงานชิ้นส่วนยานยนต์และโลหะแห่งประเทศไทย ได้จัดงาน "
            "กลุ่มสหภาพแรงงานย่านรังสิตและใกล้เคียง ร่วมกับ กลุ่มสหภาพแรงงานอ้อมน้อย-อ้อมใหญ่ ในจังหวัดสมุทรสาคร"
        )
    )
    assert {"สหภาพแรงงานชิ้นส่วนยานยนต์และโลหะแห่งประเทศไทย", "กลุ่มสหภาพแรงงานย่านรังสิตและใกล้เคียง",
            "กลุ่มสหภาพแรงงานอ้อมน้อย-อ้อมใหญ่"} <= names
    assert "สหภาพแรงงานชิ้นส่วนยานยนต์" not in names  # "และ" still cuts elsewhere
    assert union_names(tag_text("สหภาพแรงงานโตโยต้าและบริษัทเจรจา")) == {"สหภาพแรงงานโตโยต้า"}
    assert union_names(tag_text("กลุ่มสหภาพแรงงานรัฐวิสาหกิจ กฟผ. ร่วมชุมนุม")) == {"สหภาพแรงงานรัฐวิสาหกิจ กฟผ."}  # a group within


def test_a_thai_head_with_only_a_sector_after_it_names_no_union() -> None:
    # "รัฐวิสาหกิจ" (state enterprise) or "อุตสาหกรรม" (industry) alone after a head says what kind of union it is;
    # a name goes on after the sector, or has its enterprise's letters after a space.
    assert not tag_text(
        "ผู้นำสหภาพแรงงานรัฐวิสาหกิจต้องปรับตัว ส่วนสหพันธ์แรงงานรัฐวิสาหกิจ 9 องค์กร "
        "และสมาพันธ์แรงงานรัฐวิสาหกิจ (สรอ.) รวมตัวเป็นสหภาพแรงงานอุตสาหกรรม ในกรุงเทพฯ"
    ).unions
    names = union_names(tag_text("สหภาพแรงงานรัฐวิสาหกิจองค์การสวนยาง และสหภาพแรงงานรัฐวิสาหกิจ กสท. ชุมนุมในกรุงเทพฯ"))
    assert names == {"สหภาพแรงงานรัฐวิสาหกิจองค์การสวนยาง", "สหภาพแรงงานรัฐวิสาหกิจ กสท."}


@pytest.mark.parametrize("text", [
    "ในประเทศญี่ปุ่น สหภาพแรงงานมีบทบาทสำคัญในการเจรจาค่าจ้าง",  # unions have a role
    "สหภาพแรงงานยังคงเรียกร้องให้รัฐบาลขึ้นค่าแรง",  # still
    "สหภาพแรงงานก็ไม่เห็นด้วยกับนโยบายนี้",  # also ... not
    "สหภาพแรงงานคือองค์กรของลูกจ้าง",  # is
    "หลังการเจรจาล้มเหลว สหภาพแรงงานจึงนัดหยุดงาน",  # so
    "สหภาพแรงงานสามารถยื่นข้อเรียกร้องได้",  # can
    "สหภาพแรงงานเคยชนะคดีในศาลแรงงาน",  # once
    "สหภาพแรงงานกำลังเตรียมการชุมนุม",  # is about to
    "สหภาพลูกจ้างเริ่มรวมตัวกันในนิคมอุตสาหกรรม",  # begin
    "ประธานนำสมาชิกสหภาพแรงงานพัฒนาสนามเด็กเล่น",  # improve
])
def test_a_thai_head_with_a_verb_right_after_it_names_no_union(text: str) -> None:
    # A name goes on from its head with a noun; a verb or an auxiliary glued to the head makes it a clause's subject.
    assert not tag_text(text).unions


def test_a_thai_name_stops_before_a_glued_event_verb_and_keeps_its_place_and_trade_words() -> None:
    # "จัดงาน", "จัดประชุม", "จัดตั้ง" (holds an event, a meeting; is set up) end a name glued to them.
    assert union_names(tag_text("สหภาพแรงงานฮอนด้าออโตโมบิลจัดงานวันสตรีสากล")) == {"สหภาพแรงงานฮอนด้าออโตโมบิล"}
    assert union_names(tag_text("สหพันธ์แรงงานปิโตรเลียมจัดประชุมใหญ่สามัญประจำปี")) == {"สหพันธ์แรงงานปิโตรเลียม"}
    assert union_names(tag_text("สหภาพแรงงานเด็นโซ่จัดตั้งขึ้นเมื่อปี 2540")) == {"สหภาพแรงงานเด็นโซ่"}
    # "จัดการ" (management) inside an enterprise's name, "มีนบุรี" (a district) after the head, are the name's
    assert union_names(tag_text("สหภาพแรงงานรัฐวิสาหกิจองค์การจัดการน้ำเสีย ยื่นหนังสือ")) == {"สหภาพแรงงานรัฐวิสาหกิจองค์การจัดการน้ำเสีย"}
    assert union_names(tag_text("สหภาพแรงงานมีนบุรีสัมพันธ์ ยื่นหนังสือ")) == {"สหภาพแรงงานมีนบุรีสัมพันธ์"}


@pytest.mark.parametrize(("text", "name"), [
    ("คนงานสหภาพแรงงานฮอนด้า ประเทศไทย ชุมนุมหน้าโรงงาน", "สหภาพแรงงานฮอนด้า ประเทศไทย"),
    ("สหภาพแรงงานเด็นโซ่ (ประเทศไทย) ยื่นข้อเรียกร้อง", "สหภาพแรงงานเด็นโซ่ (ประเทศไทย)"),
    ("สหภาพแรงงานมิชลิน ประเทศไทย เจรจากับนายจ้าง", "สหภาพแรงงานมิชลิน ประเทศไทย"),
    ("ประธานสหภาพแรงงานยามาฮ่า ประเทศไทย กล่าวว่า", "สหภาพแรงงานยามาฮ่า ประเทศไทย"),
    ("สมาชิกสหภาพแรงงานบริดจสโตน ประเทศไทย ถูกเลิกจ้าง", "สหภาพแรงงานบริดจสโตน ประเทศไทย"),
    ("สหภาพแรงงานไทยซัมมิท (ประเทศไทย) ยื่นหนังสือถึงกระทรวงแรงงาน", "สหภาพแรงงานไทยซัมมิท (ประเทศไทย)"),
    ("สหภาพแรงงานแคนนอน ประเทศไทย", "สหภาพแรงงานแคนนอน ประเทศไทย"),
    ("สหภาพแรงงานฮอนด้า ประเทศไทยมีสหภาพมาก", "สหภาพแรงงานฮอนด้า"),  # "ประเทศไทย" starts the next clause
])
def test_a_thai_union_named_after_a_subsidiary_keeps_its_of_thailand(text: str, name: str) -> None:
    # A Thai subsidiary's name ends "(ประเทศไทย)" after a space, and its union's name with it.
    assert union_names(tag_text(text)) == {name}


@pytest.mark.parametrize(("text", "union_id"), [
    ("สหภาพแรงงานรัฐวิสาหกิจรถไฟฯ ออกแถลงการณ์", "srut-th"),
    ("ประวัติความเป็นมาของสหภาพแรงงานรัฐวิสาหกิจรถไฟฯ และการต่อสู้", "srut-th"),
    ("สหภาพแรงงานรัฐวิสาหกิจการรถไฟฯ ยื่นหนังสือ", "srut-th"),
    ("สหภาพแรงงานรัฐวิสาหกิจการประปาฯ ร่วมชุมนุม", "lupwa-th"),
])
def test_a_thai_name_cut_short_with_its_mark_is_the_one_union_whose_name_it_starts(text: str, union_id: str) -> None:
    # "ฯ" marks a name written short: the directory's one Thai name that starts so.
    assert union_ids(tag_text(text)) == {union_id}


def test_a_thai_name_cut_short_that_starts_several_unions_names_is_left_as_written() -> None:
    # the metropolitan, provincial and generating power authorities' unions all start "...การไฟฟ้า"
    assert union_names(tag_text("สหภาพแรงงานรัฐวิสาหกิจการไฟฟ้าฯ ชุมนุม")) == {"สหภาพแรงงานรัฐวิสาหกิจการไฟฟ้า"}
    assert "srut-th" not in union_ids(tag_text("สหภาพแรงงานรัฐวิสาหกิจรถไฟ ออกแถลงการณ์"))  # no mark: not cut short


@pytest.mark.parametrize(("text", "name"), [
    ("स्वतन्त्र प्रजातान्त्रिक ट्रेड युनियन महासंघलगायत संघसंस्थाले आज एक विज्ञप्ति जारी गर्दै माग गरेका छन् ।",
     "स्वतन्त्र प्रजातान्त्रिक ट्रेड युनियन महासंघ"),
    ("नेपाल ट्रेड युनियन कांग्रेसलगायतका संगठनले न्यूनतम पारिश्रमिक बढाउन माग गरेका छन् ।", "Nepal Trade Union Congress"),
    ("अखिल नेपाल ट्रेड युनियन महासंघसहित विभिन्न संगठन आन्दोलनमा उत्रिएका छन् ।", "All Nepal Federation of Trade Unions"),
    ("नेपाल शिक्षक महासंघसमेत आन्दोलनमा सहभागी भएको छ ।", "Nepal Teachers' Federation"),
    ("नेपाल चिया बगान मजदुर संघलगायत श्रमिक संगठनले झापामा धर्ना दिए ।", "नेपाल चिया बगान मजदुर संघ"),
    ("नेपाल होटल तथा पर्यटन मजदुर युनियनलगायतका युनियनले सेवा शुल्कको माग गरेका छन् ।",
     "नेपाल होटल तथा पर्यटन मजदुर युनियन"),
    ("नेपाल ट्रेड युनियन महासंघसहित तीन महासंघले संयुक्त विज्ञप्ति जारी गरे ।", "General Federation of Nepalese Trade Unions"),
])
def test_a_nepali_name_takes_the_postpositions_nepali_joins_to_it(text: str, name: str) -> None:
    # Nepali joins "लगायत" (including), "सहित" (with), "समेत" (as well) to a name's last word, as its case endings.
    assert name in union_names(tag_text(text))


@pytest.mark.parametrize(("text", "union_id"), [
    ("ที่ปรึกษาสภาองค์การลูกจ้างสภาแรงงานแห่งประเทศไทยกล่าวว่าค่าจ้างต่ำเกินไป", "union-th-6"),
    ("ประธานสหภาพแรงงานรัฐวิสาหกิจรถไฟแห่งประเทศไทยกล่าวว่าจะไม่ยอม", "srut-th"),
    ("ตัวแทนคณะกรรมการสมานฉันท์แรงงานไทยยื่นหนังสือถึงนายกรัฐมนตรี", "tlsc"),
    ("เลขาธิการสมาพันธ์แรงงานรัฐวิสาหกิจสัมพันธ์เปิดเผยว่า", "serc"),
    ("นายกสหพันธ์แรงงานรัฐวิสาหกิจแห่งประเทศไทยแถลงข่าว", "state-enterprise-workers-federation-of-thailand-th"),
    ("กรรมการสหภาพแรงงานรัฐวิสาหกิจการไฟฟ้าฝ่ายผลิตแห่งประเทศไทยคัดค้านการแปรรูป", "union-th-5"),
    ("ผู้แทนสภาองค์การลูกจ้างแรงงานยานยนต์แห่งประเทศไทยเข้าพบรัฐมนตรี", "alct-th"),
    ("อนุกรรมการสหภาพแรงงานรัฐวิสาหกิจการไฟฟ้านครหลวงเข้าร่วมประชุม", "union-th-3"),
])
def test_a_thai_directory_name_glued_to_the_words_around_it_is_read(text: str, union_id: str) -> None:
    # Thai writes no space between words: "ประธาน" (president), "กล่าวว่า" (said) glued to a known name leave it whole.
    assert union_ids(tag_text(text)) == {union_id}


def test_serc_by_its_thai_acronym_and_not_inside_a_thai_word() -> None:
    # data/union_sources/thai-acronyms-thnetl24.tsv: "สรส.", the State Enterprise Workers' Relations Confederation
    assert union_ids(tag_text("สรส.จัดประชุมใหญ่สามัญประจำปีที่กรุงเทพฯ")) == {"serc"}
    assert union_ids(tag_text("ผู้นำ สรส. ยื่นหนังสือคัดค้านการแปรรูปรัฐวิสาหกิจ")) == {"serc"}
    assert not tag_text("นายสรสิทธิ์ ทองดี ประธานชุมชน กล่าวว่า").unions  # a short name is matched as a word only


def test_rengo_by_its_officers_and_convention() -> None:
    assert union_ids(tag_text("東京で開かれた連合の大会に首相が出席した。")) == {"rengo"}
    assert union_ids(tag_text("来賓の田中連合会長は賃上げを訴えた。")) == {"rengo"}
    assert not tag_text("県商工会連合会長は賃上げを訴えた。").unions  # a federation of chambers' head
    assert not tag_text("東京で中小労組と現在27労組が集まった。").unions  # kinds and counts of unions


def test_rengo_by_its_head_office_camp_spring_offensive_and_deeds() -> None:
    assert union_ids(tag_text("大会では、文部科学大臣、各政党、連合本部のメッセージが紹介された。")) == {"rengo"}
    assert union_ids(tag_text("東京で、連合系の労働組合によるメーデーが開かれた。")) == {"rengo"}
    assert union_ids(tag_text("東京で27日に行われた連合による第96回メーデー中央大会に首相が出席した。")) == {"rengo"}
    assert union_ids(tag_text("栃木県の方針 [...] 連合2017春闘では、賃上げが続いた。")) == {"rengo"}
    assert union_ids(tag_text("来賓として逢見直人連合会長代行が東京で挨拶した。")) == {"rengo"}  # a given name too
    for text in ("国際連合本部で会議が開かれた。", "東京で野党の連合による政権が生まれた。", "連合国の会議が開かれた。"):
        assert not tag_text(text).unions, text


def test_rengo_by_the_officers_of_a_prefectures_rengo() -> None:
    # a surname glued before "連合" and the prefecture, the post after it (wide_jaar20: rengo-y, rengo-tokyo, alpha-web)
    for text in ("来賓の桝本連合山口副会長、堀長門市経済観光部長からご挨拶をいただきました。",
                 "続いて来賓として、吉岡敦士連合東京会長代行、渡部尚東村山市長が挨拶した。",
                 "また、佐藤連合埼玉事務局長から激励の挨拶を受けました。"):
        assert union_ids(tag_text(text)) == {"rengo"}, text
    assert not tag_text("東京で県商工会連合東京会長が挨拶した。").unions  # a federation of chambers' head


def test_a_trade_written_before_a_foreign_unions_acronym_is_no_name_of_its_own() -> None:
    # "運転士労組GDL", "鉄道・運輸労働組合EVG" (wide_jaar20: afpbb, xbiz, newsweekjapan): the acronym names the union
    for text in ("ドイツの鉄道運転士労組GDLは22日、ストを発表した。", "ドイツ鉄道の運転士労組GDLはストに突入した。",
                 "ドイツの鉄道・運輸労働組合EVGによると、ストが実施される。"):
        names = union_names(tag_text(text))
        assert not any(name.endswith("労働組合") for name in names), (text, names)
    # a name, not a trade: the directory's UAW under its Japanese name (branch reckj41)
    assert union_ids(tag_text("米国の全米自動車労働組合UAWがストに入った。")) == {"uaw"}


def test_names_the_wide_jaar20_pages_write_for_known_unions() -> None:
    # data/union_sources/arab-japan-pages-jaar20.tsv: GUPT without "العام", the CDT with "المغربية", the seamen's union
    assert "gupt-ps" in union_ids(tag_text("رام الله: أعلن اتحاد المعلمين الفلسطينيين الإضراب في مدارس الضفة الغربية."))
    assert "cdt-ma" in union_ids(tag_text("يشارك الوفد في مؤتمر الكنفدرالية الديمقراطية المغربية للشغل في بوزنيقة المغربية."))
    assert "jsu-jp" in union_ids(tag_text("東京で開かれた海員組合の大会で、日本人船員の減少が報告された。"))


def test_an_acronym_that_a_directory_name_of_the_story_spells_is_that_union() -> None:
    tags = tag_text("The ASEAN Trade Union Council met in Manila. The ATUC represents 13 million workers.")
    assert union_ids(tags) == {"asean-trade-union-council"}


def test_bangla_trade_words_in_union_names() -> None:
    tags = tag_text("ঢাকায় বাংলাদেশ বিড়ি শ্রমিক ফেডারেশন সমাবেশ করে। পরে কৃষি ফার্ম শ্রমিক ইউনিয়ন মিছিল করে।")
    assert {"বাংলাদেশ বিড়ি শ্রমিক ফেডারেশন", "কৃষি ফার্ম শ্রমিক ইউনিয়ন"} <= union_names(tags)


def test_a_union_nothing_else_backs_is_backed_by_the_countries_of_the_storys_language() -> None:
    # Portuguese and Dutch are written in several countries: a story naming no place backs a union of one of them.
    assert "fenprof-pt" in union_ids(tag_text("O secretário-geral da Fenprof, Mário Nogueira, disse que a greve continua."))
    assert {"fnv", "cnv"} <= union_ids(tag_text("De FNV en het CNV zeggen dat de acties van de buschauffeurs doorgaan."))
    # A Swedish story about Russian ships still names Swedish unions.
    assert "svenska-hamnarbetarforbundet-se" in union_ids(tag_text("Hamnarbetarförbundet vägrar lossa ryska fartyg i hamnen."))
    # Russian and Chinese too: a Russian union in quotes after "профсоюз", Malaysia's MTUC in the Chinese press.
    assert "interregional-trade-union-of-education-workers-uchitel-ru" in union_ids(
        tag_text("Учитель математики и член профсоюза «Учитель» рассказал о нагрузке.")
    )
    assert "mtuc" in union_ids(tag_text("职工总会今午发文告表示，对于人资部的决定感到震惊。"))


def test_a_short_norwegian_story_read_as_half_danish_backs_norwegian_unions() -> None:
    # The detector reads these as 0.6 Danish, 0.3 Norwegian: every language it finds likely backs a union, so
    # Norway's one-word union names stand in a story naming no place.
    assert "fellesforbundet-no" in union_ids(
        tag_text("Medlemmene i Fellesforbundet stemte ja med stort flertall ved uravstemningen om ny lønnsavtale.")
    )
    assert "unio" in union_ids(tag_text("Unio er i streik i stat og kommune, sier lederen."))


def test_a_union_of_a_country_that_also_writes_the_language_is_backed_as_the_homes_are() -> None:
    # Finland's Industrifacket in a Swedish story on Sweden; India's CITU, spelt out in Bengali, in a story from
    # West Bengal naming no place.
    assert "teollisuusliitto-fi" in union_ids(tag_text("Industrifacket varslar om strejk vid fabriken i Stockholm."))
    assert "citu" in union_ids(tag_text("সি আই টি ইউ সহ দশটি কেন্দ্রীয় ট্রেড ইউনিয়নের ডাকে বুধবার ধর্মঘট পালিত হচ্ছে।"))


def test_a_name_whose_bracketed_acronym_is_another_unions_is_not_that_union() -> None:
    # "Sindicato dos Enfermeiros" says what the Sindicato dos Enfermeiros Portugueses (SEP) says without its
    # demonym, but the acronym "SE" is not SEP's: another union, kept under its own name.
    tags = tag_text("No Porto, o Sindicato dos Enfermeiros (SE) convocou uma greve de cinco dias.")
    assert "sep-pt" not in union_ids(tags)
    assert "Sindicato dos Enfermeiros" in union_names(tags)


def test_swedish_employers_and_municipalities_forbundet_is_no_union() -> None:
    assert not tag_text("I Sverige har Kommunförbundet och Landstingsförbundet inte svarat på varslet om strejk.").unions


def test_norwegian_and_danish_forbund_compounds_are_union_names() -> None:
    tags = tag_text("I Bergen streiker Bibliotekarforbundet og Norsk Radiografforbund fra mandag.")
    assert {"Bibliotekarforbundet", "Norsk Radiografforbund"} <= union_names(tags)
    assert "Kranførerforbundet" in union_names(tag_text("I Aarhus har Kranførerforbundet varslet strejke på havnen."))


def test_nordic_employers_sports_and_charities_forbund_compounds_are_no_unions() -> None:
    assert not tag_text("I Oslo møtte Arbeidsgiverforbundet og Norges Fotballforbund pressen om streiken.").unions
    assert not tag_text("I Bergen er Blindeforbundet arbeidsgiver for de streikende.").unions
    assert not tag_text("I Oslo svarte Kommunenes Sentralforbund på streikevarselet.").unions


def test_swedish_syndicalist_syndikat_compounds_are_union_names_also_ending_a_list() -> None:
    assert "Göteborgs Allmänna Branschsyndikat" in union_names(
        tag_text("I Göteborg har Göteborgs Allmänna Branschsyndikat varslat om blockad.")
    )
    tags = tag_text("I Malmö har Malmö Bygg och Transportsyndikat varslat om blockad mot restaurangen.")
    assert "Malmö Bygg och Transportsyndikat" in union_names(tags)
    # Two names joined by "och" stay two names.
    tags = tag_text("I Sverige har Kranförarförbundet och Hamnarbetarsyndikatet varslat om strejk.")
    assert {"Kranförarförbundet", "Hamnarbetarsyndikatet"} <= union_names(tags)
    assert not tag_text("I Malmö har polisen slagit till mot Brottssyndikatet i hamnen.").unions


def test_russian_adjectives_before_a_lower_case_head_and_a_quoted_name_are_the_name() -> None:
    tags = tag_text("В Самаре Межрегиональный профсоюз «Новый труд» объявил забастовку на заводе.")
    assert "Межрегиональный профсоюз «Новый труд»" in union_names(tags)
    # Without an adjective the quoted words and the head are the name (as the wide_* samples label such unions).
    assert "Профсоюз «Новый труд»" in union_names(tag_text("В Самаре вчера профсоюз «Новый труд» объявил забастовку на заводе."))


def test_a_russian_or_ukrainian_union_name_written_in_lower_case_counts_when_the_story_backs_it() -> None:
    assert "npgu-ua" in union_ids(tag_text("В Донецке глава независимого профсоюза горняков Украины поддержал забастовку."))
    assert "fnpr" in union_ids(tag_text("В Москве представители федерации независимых профсоюзов России провели митинг."))


def test_lo_is_the_danish_lo_in_a_story_on_denmark() -> None:
    assert "lo-dk" in union_ids(tag_text("I Danmark har alle LO-forbund støttet strejken på havnen i Aarhus."))
    assert "lo-se" in union_ids(tag_text("I Sverige har alla LO-förbund stött strejken i hamnen i Göteborg."))


def test_a_swedish_acronym_takes_the_genitive_s() -> None:
    assert "lo-se" in union_ids(tag_text("I Sverige ryms kraven inom LOs samordning, säger förbundet."))


def test_a_numbered_section_written_before_its_union_is_named_too() -> None:
    tags = tag_text("En Chiapas, la Sección 7 del SNTE bloqueó la carretera durante el paro magisterial.")
    assert {"snte", "found:MX:seccion-7-del-snte"} <= union_ids(tags)
    # With the union's full name, the section goes by the union's acronym in brackets as well.
    tags = tag_text("En Chiapas, la Sección 7 del Sindicato Nacional de Trabajadores de la Educación (SNTE) marchó.")
    assert "Sección 7 del SNTE" in {tag.acronym for tag in tags.unions}
    # Named short in the title and long in the text, it is one section.
    tags = tag_text(
        "La Sección 7 del Sindicato Nacional de Trabajadores de la Educación (SNTE) marchó en Chiapas.",
        title="Sección 7 del SNTE inicia paro",
    )
    assert len([tag for tag in tags.unions if tag.union_id.startswith("found:")]) == 1
    # Oaxaca's Sección 22 is a directory row, under the forms the press writes it.
    for text in ("En Oaxaca, la Sección 22 del SNTE bloqueó la carretera.",
                 "En Oaxaca, la Sección 22 de la CNTE bloqueó la carretera."):
        assert "seccion-22-del-sindicato-nacional-de-trabajadores-de-la-educ-mx" in union_ids(tag_text(text))
    assert not [
        tag
        for tag in tag_text("En Oaxaca, la sección de noticias del SNTE publicó el paro.").unions
        if tag.union_id.startswith("found:")
    ]
    # In running text "sección" is lower case, in a headline all capitals; several sections share one union
    # (wide_es20b es-10101, es-10103, es-10107, es-10118).
    tags = tag_text("En Chiapas, maestros de la sección 7 del SNTE bloquearon la carretera.")
    assert "found:MX:seccion-7-del-snte" in union_ids(tags)
    tags = tag_text("En Tuxtla, el secretario general de la SECCIÓN 24 DEL STPRM habló del contrato.")
    assert "found:MX:seccion-24-del-stprm" in union_ids(tags)
    tags = tag_text("En Chiapas, maestros de las secciones 7 y 40 del SNTE tomaron la torre de Pemex.")
    assert {"found:MX:seccion-7-del-snte", "found:MX:seccion-40-del-snte"} <= union_ids(tags)


def test_workers_in_a_capitalised_sector_go_on_in_the_name() -> None:
    # Brazilian names put the workers' sector after "nas"/"nos", capitalised, even when it is "Empresas".
    tags = tag_text("Em Minas Gerais, o Sindicato dos Trabalhadores nas Indústrias Metalúrgicas de Betim fez greve.")
    assert "Sindicato dos Trabalhadores nas Indústrias Metalúrgicas de Betim" in union_names(tags)
    tags = tag_text("No Brasil, a Confederação Nacional dos Trabalhadores nas Empresas de Crédito pediu dissídio.")
    assert "Confederação Nacional dos Trabalhadores nas Empresas de Crédito" in union_names(tags)
    # The state a union covers goes on in its name too, after any head (wide_romance12 pt-2403, pt-2405).
    tags = tag_text("No Brasil, o diretor do Sindicato dos Engenheiros no Estado do Rio de Janeiro falou.")
    assert "Sindicato dos Engenheiros no Estado do Rio de Janeiro" in union_names(tags)
    tags = tag_text("No Brasil, Maria, do Sindicato dos Urbanitários no Distrito Federal, falou.")
    assert "Sindicato dos Urbanitários no Distrito Federal" in union_names(tags)
    # A town after "en" is no sector; an employers' body stays none.
    assert "Sindicato de Trabajadores en Madrid" not in union_names(
        tag_text("En Madrid, el Sindicato de Trabajadores en Madrid convocó huelga.")
    )
    assert not tag_text("En Chile, la Confederación de Empresas de Transporte rechazó el paro.").unions


def test_a_directory_name_in_arabic_letters_is_found_in_urdu_letters() -> None:
    # the directory writes APTUF's Urdu name with Arabic yeh (ي), the Urdu press with Farsi yeh (ی)
    tags = tag_text("لاہور میں آل پاکستان ٹریڈ یونین فیڈریشن نے مظاہرہ کیا۔")
    assert "aptuf-pk" in union_ids(tags)


def test_a_found_name_and_its_acronym_in_brackets_are_one_union() -> None:
    tags = tag_text(
        "En Colombia, el Sindicato de Trabajadores Portuarios de Buenaventura (SINTRAPORBUEN) denunció "
        "despidos. SINTRAPORBUEN convocó un paro."
    )
    assert len([tag for tag in tags.unions if tag.union_id.startswith("found:")]) == 1
    # Too long for an acronym the recogniser reads with the name, it is still the name's.
    tags = tag_text(
        "En Colombia, el Sindicato Nacional de Trabajadores de la Industria Portuaria y Fluvial "
        "(SINTRAPORTUARIAFLUVIAL) denunció despidos."
    )
    assert len([tag for tag in tags.unions if tag.union_id.startswith("found:")]) == 1


def test_a_found_name_before_a_directory_unions_acronym_in_brackets_is_that_union() -> None:
    tags = tag_text("En Montevideo, el Sindicato Único de la Construcción (Sunca) paró 24 horas.")
    assert union_ids(tags) == {"sunca-uy"}
    # A bracket naming the confederation a union belongs to does not make the union that confederation.
    tags = tag_text("En Rosario, el Sindicato de Empleados de Comercio de Rosario (CGT) paró 24 horas.")
    assert any(tag.union_id.startswith("found:") for tag in tags.unions)


def test_a_union_written_after_its_confederation_and_a_hyphened_head_is_named_alone() -> None:
    tags = tag_text("I Malmö har arbetsgivarna avtal med LO-förbundet Transport i hamnen.")
    assert "svenska-transportarbetareforbundet-se" in union_ids(tags)  # Swedish "Transport" is that union's short name
    assert not [name for name in union_names(tags) if "LO-förbundet" in name]
    tags = tag_text("I Bergen har arbeidsgiverne en avtale med LO-forbundet Transport.")
    assert "Transport" in union_names(tags)


def test_a_person_named_after_a_nordic_role_word_and_a_union_is_not_part_of_the_union() -> None:
    # "formand for", "ordförande i"
    tags = tag_text("Det konstaterer formand for Riksförbundet Åsa Fahlén, der er klar til en strejke i Sverige.")
    assert not [name for name in union_names(tags) if "Fahlén" in name]
    tags = tag_text("Det säger ordförande i Hamnarbetarförbundet Erik Helgeson till tidningen i Göteborg.")
    assert not [name for name in union_names(tags) if "Helgeson" in name]


def test_a_one_word_sindi_name_keeps_its_state_code() -> None:
    tags = tag_text("Em Porto Alegre, o Sindimetal-RS decidiu entrar em greve na fábrica.")
    assert union_names(tags) == {"Sindimetal-RS"}


def test_a_bangla_local_union_is_named_by_its_district_or_city_first() -> None:
    # "<district> জেলা ..." and a city before the trade: the place is part of the local union's name.
    tags = tag_text("খুলনা জেলা হোটেল শ্রমিক ইউনিয়নের নেতারা মানববন্ধনে অংশ নেন।")
    assert union_names(tags) == {"খুলনা জেলা হোটেল শ্রমিক ইউনিয়ন"}
    assert union_names(tag_text("সমাবেশে বক্তব্য রাখেন রংপুর রিকশা শ্রমিক ইউনিয়নের সভাপতি।")) == {"রংপুর রিকশা শ্রমিক ইউনিয়ন"}
    # "জেলা" alone starts the name when no district is written before it.
    assert union_names(tag_text("ধর্মঘট ডেকেছে জেলা মটর শ্রমিক ইউনিয়ন।")) == {"জেলা মটর শ্রমিক ইউনিয়ন"}
    # "বৃহত্তর" (greater) before the district and "সদর" (the district's seat) before "উপজেলা" are the name's too
    # (wide_bn12 bn-2349, bn-2351).
    assert union_names(tag_text("সমাবেশে বৃহত্তর বরিশাল রিক্সা-ভ্যান শ্রমিক ইউনিয়নের নেতারা ছিলেন।")) == {
        "বৃহত্তর বরিশাল রিক্সা-ভ্যান শ্রমিক ইউনিয়ন"
    }
    assert union_names(tag_text("সমাবেশে ব্রাহ্মণবাড়িয়া সদর উপজেলা রিকশা শ্রমিক ইউনিয়নের নেতারা ছিলেন।")) == {
        "ব্রাহ্মণবাড়িয়া সদর উপজেলা রিকশা শ্রমিক ইউনিয়ন"
    }


def test_a_bangla_transport_union_lists_its_vehicles_with_commas() -> None:
    tags = tag_text("ধর্মঘট ডেকেছে যশোর জেলা ট্রাক, ট্যাংকলরি, কভার্ডভ্যান শ্রমিক ইউনিয়ন।")
    assert union_names(tags) == {"যশোর জেলা ট্রাক, ট্যাংকলরি, কভার্ডভ্যান শ্রমিক ইউনিয়ন"}
    # A comma between other words still ends the name.
    # (branch recsa38: with two trades, as "হোটেল শ্রমিক ইউনিয়ন" alone is the hotel workers' union referred to)
    assert union_names(tag_text("মালিক, হোটেল রেস্টুরেন্ট শ্রমিক ইউনিয়ন বৈঠক করেছে।")) == {
        "হোটেল রেস্টুরেন্ট শ্রমিক ইউনিয়ন"}


def test_a_bangla_union_name_holds_the_trades_and_vehicles_it_lists() -> None:
    # Trades and vehicles beyond the common ones are words of the name too, with commas or hyphens between
    # (wide_unions6 bn-613, wide_unions8a bn-802 and bn-805, wide_bn12 bn-2329 and bn-2344, wide_south11 bn-1129).
    assert union_names(tag_text("মানববন্ধন করেছে হস্তশিল্প, কারচুপি ও হ্যান্ড এমব্রয়ডারি শ্রমিক ফেডারেশন।")) == {
        "হস্তশিল্প, কারচুপি ও হ্যান্ড এমব্রয়ডারি শ্রমিক ফেডারেশন"
    }
    assert union_names(tag_text("আজ অনুষ্ঠিত হয় জাহাজভাঙা শ্রমিক ট্রেড ইউনিয়ন কেন্দ্রের প্রথম সম্মেলন।")) == {"জাহাজভাঙা শ্রমিক ট্রেড ইউনিয়ন কেন্দ্র"}
    assert union_names(tag_text("বক্তব্য রাখেন বাস লাইটেস পিকআপভ্যান শ্রমিক ইউনিয়নের সভাপতি।")) == {"বাস লাইটেস পিকআপভ্যান শ্রমিক ইউনিয়ন"}
    assert union_names(tag_text("সমাবেশে ছিলেন মহানগর রিক্সা-ভ্যান-ঠেলাগাড়ি শ্রমিক ইউনিয়নের নেতারা।")) == {
        "মহানগর রিক্সা-ভ্যান-ঠেলাগাড়ি শ্রমিক ইউনিয়ন"
    }
    # "লাইটার" (a lighter vessel) before "জাহাজ" (ship); a verb before it ends the name.
    assert union_names(tag_text("কর্মসূচি পালন করছেন লাইটার জাহাজ শ্রমিক ইউনিয়নের শ্রমিকরা।")) == {"লাইটার জাহাজ শ্রমিক ইউনিয়ন"}


def test_a_trade_stands_for_the_labour_word_before_union_or_federation() -> None:
    # A name of two words or more with a trade or sector before "union"/"federation" and no word for workers
    # (wide_unions7a bn-705 and ur-706, wide_unions8a ur-803 and hi-807).
    assert union_names(tag_text("মানববন্ধনে ছিলেন ইউনাইটেড গার্মেন্টস ফেডারেশনের সভাপতি।")) == {"ইউনাইটেড গার্মেন্টস ফেডারেশন"}
    assert union_names(tag_text("لاہور میں عوامی رکشہ یونین نے ریلی نکالی۔")) == {"عوامی رکشہ یونین"}
    assert union_names(tag_text("گوجرانوالہ میں آل پاکستان لوکل گورنمنٹ فیڈریشن کا اجلاس ہوا۔")) == {
        "آل پاکستان لوکل گورنمنٹ فیڈریشن"
    }
    assert union_names(tag_text("चंडीगढ़ में चंडीगढ़ सबोर्डिनेट सर्विस फेडरेशन ने प्रदर्शन किया।")) == {"चंडीगढ़ सबोर्डिनेट सर्विस फेडरेशन"}
    # One trade word alone, a council ("ইউনিয়ন পরিষদ") and a name with no trade still name none.
    assert not tag_text("لاہور میں رکشہ یونین نے ریلی نکالی۔").unions
    assert not tag_text("সিলেটে চা বাগান ইউনিয়ন পরিষদের চেয়ারম্যান বলেন।").unions
    assert not tag_text("لاہور میں پاکستان ہاکی فیڈریشن کا اجلاس ہوا۔").unions


def test_indonesian_alliances_coalitions_and_union_organs_are_no_unions() -> None:
    assert not tag_text("Di Jakarta, Koalisi Serikat Pekerja Tangerang Raya menggelar aksi di depan DPR.").unions
    assert not tag_text("Di Bekasi, Aliansi Serikat Buruh Bekasi Melawan menggelar aksi.").unions
    assert not tag_text("Di Batam, Pimpinan Cabang Serikat Pekerja Elektronik Batam menggelar rapat.").unions


def test_korean_words_for_a_kind_of_union_name_none() -> None:
    # "법외노조" (a union outside the law) and "교원노조" (teachers' unions, as in the act's name) are no names.
    assert not tag_text("서울에서 정부는 법외노조 통보를 했고 교원노조법 개정을 미뤘다.").unions


def test_a_korean_trade_or_staff_word_alone_before_its_union_word_names_none() -> None:
    # The communication workers' union said of a foreign union, unions in IT, a firm's employees' union, and five
    # union federations: kinds of union; with a firm or a place before the word, a name.
    for text in ("런던에서 통신노조(CWU) 조합원들이 파업했다.", "판교에 IT노조 설립 바람이 분다.",
                 "성남에서 네이버 사원노조 회원들이 회견을 열었다.", "파리에서 다섯개 노조연맹이 시위를 벌였다."):
        assert not [tag for tag in default_tagger().tag(None, text, "ko").unions if tag.union_id.startswith("found:")]
    assert union_names(tag_text("서울에서 한빛통신노조가 파업에 들어갔다.")) == {"한빛통신노조"}


def test_a_korean_trades_short_name_in_a_story_placed_abroad_is_that_countrys_union_not_koreas() -> None:
    # "금속노조", "철도노조", "공무원노조" are the KMWU's, the KRWU's and the KGEU's short names, and also the words the
    # Korean press writes for another country's metal, railway or public servants' unions.
    tagger = default_tagger()
    for text in ("영국 런던에서 금속노조 조합원 3천 명이 파업에 들어갔다.", "프랑스 파리에서 철도노조와 공무원노조가 시위를 벌였다."):
        assert not tagger.tag(None, text, "ko").unions
    assert union_ids(tagger.tag(None, "서울에서 금속노조 조합원 3천 명이 파업에 들어갔다.", "ko")) == {"kmwu-kr"}
    assert union_ids(tagger.tag(None, "금속노조 조합원 3천 명이 파업에 들어갔다.", "ko")) == {"kmwu-kr"}  # no place: the language's
    # a branch after the short name is the Korean union's, wherever the story seems to be placed
    assert "kmwu-kr" in union_ids(tagger.tag(None, "일본 도쿄에서 금속노조 현대차지부 조합원들이 회견을 열었다.", "ko"))


def test_a_japanese_federation_or_council_of_unions_goes_on_after_its_union_word() -> None:
    assert union_names(tag_text("佐賀県労働組合総連合は最低賃金の引き上げを求めた。")) == {"佐賀県労働組合総連合"}
    assert union_names(tag_text("東京で合同・一般労働組合全国協議会の大会が開かれた。")) == {"合同・一般労働組合全国協議会"}


def test_fspmi_member_unions_and_short_forms_of_spsi_federations() -> None:
    tags = tag_text("Di Karawang, PUK SPAMK FSPMI PT Maju Jaya mogok kerja, didukung DPC SP LEM SPSI Karawang.")
    assert {"spamk-id", "fsp-lem-id"} <= union_ids(tags)
    assert "fsp-kep-id" in union_ids(tag_text("Di Timika, pengurus PUK SPKEP SPSI menggelar rapat."))


def test_hindi_union_names_with_unity_and_all() -> None:
    # "एकता" (unity) and "सर्व" (all) are words of union names ("... एकता यूनियन", "सर्व कर्मचारी संघ").
    assert union_names(tag_text("भोपाल में निर्माण मजदूर एकता यूनियन ने धरना दिया।")) == {"निर्माण मजदूर एकता यूनियन"}
    assert union_names(tag_text("हिसार में सर्व कर्मचारी संघ के प्रधान ने कहा।")) == {"सर्व कर्मचारी संघ"}


def test_hindi_names_of_asha_and_usha_scheme_workers_unions() -> None:
    # ASHA and USHA health workers ("आशा", "उषा") are a trade, "कार्यकत्री"/"कार्यकर्ता" (worker) a labour word.
    assert union_names(tag_text("भोपाल में आशा उषा सहयोगी एकता यूनियन की हड़ताल जारी रही।")) == {"आशा उषा सहयोगी एकता यूनियन"}
    assert union_names(tag_text("शिमला में हिमाचल आशा स्वास्थ्य कार्यकत्री यूनियन ने चेतावनी दी।")) == {"हिमाचल आशा स्वास्थ्य कार्यकत्री यूनियन"}
    # "आशा" is "hope" too: one word before the head is no name ("आशा यूनियन", the ASHA union, referred to).
    assert not tag_text("मुझे आशा है कि आशा यूनियन हड़ताल खत्म करेगी।").unions


def test_rengo_by_its_prefectural_bodies_and_bureau_directors() -> None:
    assert union_ids(tag_text("春闘で、連合福岡は賃上げ方針を発表した。")) == {"rengo"}
    assert union_ids(tag_text("春闘について、山田太連合総合政策局長に聞いた。")) == {"rengo"}
    assert not tag_text("国際連合東京事務所で会議が開かれた。").unions  # the United Nations' office in Tokyo
    # after a particle or a verb too: "より連合北海道", "や連合沖縄", "つくる連合沖縄"
    assert union_ids(tag_text("10月29日より連合北海道第38回定期大会が札幌市内で開催されます。")) == {"rengo"}
    assert union_ids(tag_text("県内の労働団体でつくる連合沖縄と県経営者協会の代表らが那覇市で出席した。")) == {"rengo"}


def test_a_prefectures_federation_written_ken_takes_the_one_prefecture_of_the_story() -> None:
    # "県医労連" in an Okinawa story is 沖縄県医労連; the form written counts too
    tags = tag_text("沖縄県の労働組合の大会で、県医労連副執行委員長が那覇市で就任した。")
    assert {(tag.name, tag.acronym) for tag in tags.unions} == {("沖縄県医労連", "県医労連")}
    assert union_names(tag_text("長野県と新潟県で、県医労連が集会を開いた。")) == {"県医労連"}  # two prefectures: as written
    assert union_names(tag_text("沖縄観光について、調査は県労働組合総連合が実施した。")) == {"沖縄県労働組合総連合"}


def test_a_japanese_union_of_a_kind_of_workers_with_a_word_of_its_own() -> None:
    # "郵政非正規ユニオン", "札幌パートユニオン": names; "非正規ユニオン" alone is a kind of union
    assert union_names(tag_text("東京北部ユニオンと郵政非正規ユニオンに協力してくれた。")) == {"東京北部ユニオン", "郵政非正規ユニオン"}
    assert union_names(tag_text("札幌地区ユニオン及び札幌パートユニオン組合員の皆さん")) == {"札幌地区ユニオン", "札幌パートユニオン"}
    assert not tag_text("全国の非正規ユニオンの仲間が東京に集まった。").unions


def test_a_national_short_name_glued_after_ken_is_the_prefectures_own_federation() -> None:
    # "愛知県医労連" is Aichi's federation of medical unions, not 日本医労連 (the national one, "医労連")
    assert union_names(tag_text("愛知県医労連は名古屋市の7つの病院でストライキを実施した。")) == {"愛知県医労連"}
    assert union_names(tag_text("県医労連副執行委員長が那覇市で就任した。")) == {"県医労連"}
    assert union_ids(tag_text("日本医労連は全国で一斉にストライキを行った。")) == {"japan-federation-of-medical-workers-unions-jp"}


def test_a_persons_name_glued_before_a_japanese_union_with_the_persons_post_after() -> None:
    # "野木茂雄" (a person) + "福島県労連" + "議長" (his post): the union's name starts after the person's name
    assert union_names(tag_text("福島市で、野木茂雄福島県労連議長は賃上げを求めた。")) == {"福島県労連"}
    assert union_names(tag_text("東京で、関根秀一郎・派遣ユニオン書記長に聞く。")) == {"派遣ユニオン"}
    assert union_names(tag_text("東京都庁職員労働組合委員長は述べた。")) == {"東京都庁職員労働組合"}  # a place, no person


def test_a_rank_word_before_a_role_word_ends_the_name() -> None:
    # "general secretary", "national president": the role of the person named next, not words of the union.
    tags = tag_text("Malawi Health Workers Union general secretary Joseph Banda said in Lilongwe that pay is late.")
    assert union_names(tags) == {"Malawi Health Workers Union"}
    tags = tag_text("The Lesotho Clothing Workers Union National President Thabo Mokoena spoke in Maseru.")
    assert union_names(tags) == {"Lesotho Clothing Workers Union"}


def test_unions_allied_for_a_dispute_are_no_union() -> None:
    # An alliance named after the unions in it, and unions grouped under a plural name without "of".
    assert not tag_text("In Colombo the Postal Trade Union Alliance called a token strike.").unions
    assert not tag_text("In Perth the Combined Port Unions met the state government on Friday.").unions
    # A federation names its member unions after a connector, and stays a union.
    tags = tag_text("In Harare the Federation of Food and Allied Workers' Unions called a strike.")
    assert union_names(tags) == {"Federation of Food and Allied Workers' Unions"}


def test_a_place_and_education_association_is_a_teachers_union() -> None:
    tags = tag_text("Teachers of the Tacoma Education Association voted to strike on Monday.")
    assert union_names(tags) == {"Tacoma Education Association"}


def test_a_school_district_or_an_industries_federation_is_the_employer() -> None:
    tags = tag_text(
        "Teachers of the Fairview Union School District Faculty Association met the Fairview Union School District on Monday."
    )
    assert union_names(tags) == {"Fairview Union School District Faculty Association"}
    assert not tag_text("The Cement and Steel Industries Federation of Kenya rejected the wage demand.").unions
    tags = tag_text("The Pakistan Cement Industries Workers Union rejected the offer in Lahore.")
    assert union_names(tags) == {"Pakistan Cement Industries Workers Union"}


def test_a_union_is_found_with_its_country_shortened_as_its_press_writes_it() -> None:
    assert "samwu-za" in union_ids(tag_text("The SA Municipal Workers' Union threatened a strike in Tshwane."))
    assert "numsa" in union_ids(tag_text("The National Union of Metalworkers of SA declared a wage dispute."))
    assert "nzctu" in union_ids(tag_text("The NZ Council of Trade Unions sent a delegation to Apia."))


def test_a_directory_local_named_with_its_unions_one_word_name_names_that_union() -> None:
    # As a found local does ("UFCW Local 881"); a branch named otherwise ("Teamsters Canada") does not.
    assert {"teamsters-local-100-us", "teamsters"} <= union_ids(tag_text("Drivers of Teamsters Local 100 struck in Cincinnati."))
    assert "teamsters" not in union_ids(tag_text("Teamsters Canada said in Montreal that rail talks had stalled."))


def test_an_acronym_after_the_name_of_a_body_that_is_no_union_is_that_body() -> None:
    # Costa Rica's teachers (ANDE) and Italy's FEMCA-CISL share these letters with a Paraguayan state company
    # and a Spanish employers' federation, which the text names before the bracket.
    assert (
        union_ids(
            tag_text(
                "En Asunción paró también la Administración Nacional de Electricidad (ANDE) junto a los "
                "sindicatos del transporte."
            )
        )
        == set()
    )
    assert (
        union_ids(tag_text("En Cádiz, la Federación de Empresas del Metal de Cádiz (FEMCA) rechazó la oferta de los sindicatos."))
        == set()
    )
    # The union's own name, or a person, before the bracket: the union.
    assert "ande-cr" in union_ids(tag_text("En San José, la Asociación Nacional de Educadores (ANDE) convocó a la huelga."))
    assert "cta-t" in union_ids(tag_text("En Buenos Aires, Acuña, al igual que Hugo Yasky (CTA), apoyó el paro general."))


def test_korean_federations_by_their_short_form_in_yeonmaeng() -> None:
    # "...연맹" is how the press shortens a federation's "...노동조합연맹"; a sport's federation, a civic league
    # and the word for a sectoral federation are none.
    tags = tag_text("서울에서 섬유유통연맹과 조선기계연맹이 집회를 열었다. 농구연맹 관계자와 자유총연맹도 참석했다. 각 산별연맹은 파업한다.")
    assert union_names(tags) == {"섬유유통연맹", "조선기계연맹"}


def test_bangla_names_opened_by_a_place_or_jatiya_keep_a_trade_the_word_list_lacks() -> None:
    # A trade between "জাতীয়" or a district and the labour word is the name's, and so is an upazila's own
    # name before "উপজেলা"; a word with a case ending is not, nor a word before an "and".
    names = union_names(tag_text("ঢাকায় জাতীয় লঞ্চঘাট শ্রমিক লীগ মিছিল করেছে। খুলনা জেলা স’মিল শ্রমিক ইউনিয়ন সমাবেশ করেছে।"))
    assert names == {"জাতীয় লঞ্চঘাট শ্রমিক লীগ", "খুলনা জেলা স’মিল শ্রমিক ইউনিয়ন"}
    assert union_names(tag_text("বাংলাদেশে গৌরনদী উপজেলা টেম্পু শ্রমিক ইউনিয়ন মানববন্ধন করেছে।")) == {"গৌরনদী উপজেলা টেম্পু শ্রমিক ইউনিয়ন"}
    names = union_names(tag_text("ঢাকায় জাতীয় প্রেসক্লাবের সামনে শ্রমিক ইউনিয়ন এবং জেলা সংগঠক ও বাংলাদেশ চা শ্রমিক ফেডারেশন।"))
    assert not any(name.startswith(("জাতীয়", "জেলা")) for name in names)


def test_a_bangla_port_workers_union_is_named_by_its_port_first() -> None:
    # wide_bn19 bn-6304, bn-6305, bn-6338: a port ("বন্দর", "পোর্ট") after its town's name opens a port union's name
    # as a district does, with the port workers' own word between ("ইসলামী"); without the rule the name was cut
    # to "বন্দর শ্রমিক-কর্মচারী সংঘ" and "ঘাট শ্রমিক ইউনিয়ন", or lost.
    names = union_names(tag_text("পানগাঁও বন্দর ইসলামী শ্রমিক সংঘের উদ্যোগে বেসরকারিকরণের প্রতিবাদে মানববন্ধন হয়েছে।"))
    assert names == {"পানগাঁও বন্দর ইসলামী শ্রমিক সংঘ"}
    names = union_names(
        tag_text("বেনাপোল বন্দর শ্রমিক-কর্মচারী সংঘের আয়োজনে মানববন্ধনে বক্তব্য রাখেন বেনাপোল পোর্ট হ্যান্ডলিং শ্রমিক ইউনিয়ন নেতা মোস্তফা কামাল।")
    )
    assert names == {"বেনাপোল বন্দর শ্রমিক-কর্মচারী সংঘ", "বেনাপোল পোর্ট হ্যান্ডলিং শ্রমিক ইউনিয়ন"}


def test_a_word_glued_before_a_name_is_not_the_names() -> None:
    # Japanese: what is left of a word a particle cut split ("私たち" before "...労連"); Urdu: "سے" (from), which
    # folds like the letter C, alone before a name (letters count only beside one another: "پی آئی اے").
    assert union_names(tag_text("東京で私たち千葉県労連はストライキを支持します。")) == {"千葉県労連"}
    names = union_names(tag_text("پشاور میں ضلعی انتظامیہ سے ریلوے ورکرز اتحاد یونین کے رہنماؤں نے ملاقات کی۔"))
    assert names == {"ریلوے ورکرز اتحاد یونین"}


def test_a_generic_arabic_teachers_union_is_the_story_countrys() -> None:
    # "نقابة المعلمين" (the teachers' union) is Iraq's in an Iraqi story, Jordan's in a Jordanian one, and
    # names no directory union in a story of a third country.
    assert union_ids(tag_text("بغداد: بدأ الاضراب العام للمعلمين في عموم العراق بدعوة من نقابة المعلمين.")) == {
        "iraqi-teachers-union-iq"
    }
    assert union_ids(tag_text("إربد: تظاهر المعلمون الأردنيون بعد إغلاق فروع نقابة المعلمين.")) == {"jts-jo"}
    assert union_ids(tag_text("القاهرة: نقابة المعلمين في مصر تدعو الى اجتماع.")) == set()


# -- union precision (issue 9, branch precx) -------------------------------------------------

def test_the_person_a_role_word_names_after_a_union_is_no_part_of_it_even_if_one_name_is_a_place() -> None:
    # "Mary" is also a town (Turkmenistan), "Bermúdez" looks like Bermuda: still a given name and a surname.
    english = union_names(tag_text("The president of the Lilongwe Bakers' Union Mary Phiri said the strike goes on in Malawi."))
    assert "Lilongwe Bakers' Union" in english and not any("Mary" in name for name in english)
    spanish = union_names(
        tag_text(
            "En Paraguay, el dirigente de la Federación Paraguaya de Trabajadores de la Madera Jorge Bermúdez "
            "anunció un paro de 24 horas."
        )
    )
    assert "Federación Paraguaya de Trabajadores de la Madera" in spanish and not any("Bermúdez" in name for name in spanish)


def test_a_lower_case_union_word_before_a_place_preposition_refers_to_unions_there() -> None:
    assert not tag_text("Ribuan buruh dari berbagai serikat pekerja di Cikarang menggelar aksi di depan pabrik.").unions
    assert not tag_text("Nagwelga ang unyon ng mga manggagawa sa Tanduay noong Lunes.").unions


def test_a_foreign_unions_acronym_in_a_story_written_in_another_countrys_language_is_not_that_union() -> None:
    # Only Ghana's seamen's union has "NUS"; in a Swedish story it is something else (here a hospital).
    tags = tag_text(
        "Sjuksköterskorna på NUS i Umeå strejkar i dag, meddelar facket. Förhandlingarna med regionen har "
        "strandat och fler sjukhus kan bli berörda av konflikten."
    )
    assert not {tag.union_id for tag in tags.unions if tag.acronym == "NUS" or tag.name == "NUS"}


def test_an_acronym_joined_to_another_by_an_ampersand_is_part_of_it() -> None:
    tags = tag_text("The Fiji Sugar and General Workers Union (FS&GWU) said the strike at Lautoka goes on.")
    assert "gwu-mt" not in union_ids(tags)


def test_a_turkish_union_written_with_and_without_its_head_word_is_one_union() -> None:
    assert (
        len(tag_text("Sivas'ta Öz Çimento-İş Sendikası’na üye oldukları için işten çıkarılan işçiler eylem yaptı.").unions) == 1
    )
    assert len(tag_text("Türkiye Cam Çalışanları Sendikası’nın (CAM-İŞ) aldığı grev kararı ertelendi.").unions) == 1


def test_a_japanese_union_name_ends_with_the_prefecture_after_union() -> None:
    assert "シニアユニオン大阪" in union_names(tag_text("集会の主催はシニアユニオン大阪です。"))


def test_a_bangla_name_cut_at_an_unknown_word_before_workers_is_no_union() -> None:
    names = union_names(tag_text("গতকাল রাজধানীতে মৎস্যজীবী শ্রমিক ঐক্য পরিষদের সমাবেশ হয়।"))
    assert "শ্রমিক ঐক্য পরিষদ" not in names


def test_an_apostrophe_inside_a_bangla_word_keeps_the_name_whole() -> None:
    assert "রংপুর জেলা স’মিল শ্রমিক ইউনিয়ন" in union_names(tag_text("রংপুর জেলা স’মিল শ্রমিক ইউনিয়নের সভা অনুষ্ঠিত হয়েছে।"))


def test_a_japanese_list_of_topics_or_kinds_before_the_union_word_is_no_name() -> None:
    assert not tag_text("高校の授業で労働法・労働組合について学んだ。").unions
    assert not tag_text("各地で闘う合同・一般労組が集会を開いた。").unions
    assert "Sogo & Seibu Labor Union" in union_names(tag_text("池袋でそごう・西武労組がビラを配った。"))  # a company's name holds "・"


def test_places_listed_before_a_japanese_union_name_are_not_part_of_it() -> None:
    assert union_names(tag_text("岡山・両備バス労組、一部路線の廃止に反対。")) == {"両備バス労働組合"}
    assert union_names(tag_text("愛媛県・香川県建設労組の役員が来訪した。")) == {"香川県建設労働組合"}
    assert union_names(tag_text("高崎市の大会に、長野・栃木・新潟からユニオンの仲間が集まった。")) == set()
    # no place before the "・"; the directory knows 化学一般 (branch jaar19), whose name the joined one is not
    assert union_names(tag_text("化学一般・東海大王製紙パッケージ労働組合がストを行った。")) == {"化学一般労働組合連合"}


def test_swedish_transport_is_the_transport_workers_union_where_the_text_says_it_is_a_union() -> None:
    transport = "svenska-transportarbetareforbundet-se"
    assert transport in union_ids(tag_text("LO-förbundet Transports blockad har däremot fortgått i Sverige."))
    assert transport in union_ids(tag_text("Varslet har lagts av fackförbundet Transport i sympati med IF Metall i Sverige."))
    assert transport in union_ids(tag_text("Sophämtningen blockeras av Transport och Kommunal i Sverige."))
    assert transport in union_ids(tag_text("Blockader av både Hamnarbetarförbundet och Transport är olagliga i Sverige."))
    assert transport not in union_ids(tag_text("Transport av farligt gods i Sverige. Transport och logistik växer."))
    assert "graphics-forestry-and-woodworkers-union-se" in union_ids(
        tag_text("De fem förbunden, IF Metall, GS, Livs och Unionen, kräver mer i Sverige.")
    )
    assert transport not in union_ids(tag_text("The RMT, Unite, Transport for London and the Mayor met in London."))


def test_nordic_short_names_after_a_post_or_before_a_union_word_in_the_storys_language() -> None:
    transport, kommunal = "svenska-transportarbetareforbundet-se", "svenska-kommunalarbetareforbundet-se"
    assert transport in union_ids(
        tag_text("Lars Lindgren, ordförande för Transport, säger att hoten mot ombuden i Malmö är allvarliga.")
    )
    assert transport in union_ids(tag_text("Freddy Welle, chaufför och aktiv i Transport, samlade lastbilarna i Göteborg."))
    assert transport in union_ids(tag_text("Transport har varslat om konfliktåtgärder mot åkerierna i Västernorrland."))
    assert transport in union_ids(tag_text("När arbetet blockeras kan även Transports medlemmar i hamnarna i Sverige dras in."))
    assert kommunal in union_ids(tag_text("Hon är undersköterska i Varberg och medlem i kommunal sedan länge."))
    assert kommunal in union_ids(tag_text("Det kallas heltidsresan och är något som fackförbundet kommunal drivit i Uddevalla."))
    assert "the-union-of-civil-servants-se" in union_ids(
        tag_text("Flera lokförare i Stockholm saknar förtroende för Seko. Men facket ST anser att arbetsgivaren bör lastas.")
    )
    assert "handel-og-kontor-i-norge-no" in union_ids(
        tag_text("Fredag gikk 155 HK-organiserte i fagbevegelsen ut i streik, og fra onsdag trappes streiken opp i Oslo.")
    )
    assert "fellesorganisasjonen-no" in union_ids(
        tag_text(
            "FO er part i avtalene med private omsorgsbedrifter. FOs medlemmer "
            "som er tatt ut i streiken i Bergen har fått beskjed."
        )
    )
    assert not tag_text("Transport av farligt gods i Sverige ökar, och medlemmar i kommunal sektor har fått höjd lön.").unions
    assert not tag_text("Han är medlem i kommunal nämnd i Varberg och ordförande i föreningen.").unions
    assert "fo" in union_ids(tag_text("Cinq syndicats de cheminots, dont FO, la CGT et SUD Rail, appellent à la grève à Paris."))


def test_government_before_employees_names_the_unions_trade_not_a_government() -> None:
    assert "Central Union of State Government Employees" in union_names(
        tag_text("The Central Union of State Government Employees has warned of an indefinite strike in Maharashtra.")
    )
    assert "Punjab Government Employees Union" in union_names(tag_text("The Punjab Government Employees Union met in Lahore."))
    # Only right before the staff: a party's workers are none, nor a government's union.
    assert not tag_text("The Congress Party Workers met in Delhi, and the Government Union of India said nothing.").unions


def test_a_neighbours_nordic_short_name_after_a_union_word_and_finnish_pro_in_a_list() -> None:
    # A Norwegian story of a Swedish strike calls the Swedish union as Swedes do, after a union word.
    assert "svenska-transportarbetareforbundet-se" in union_ids(
        tag_text("Varselet fra fagforbundet Transport gjelder anlegget i Sverige.")
    )
    assert not tag_text("Transport og logistikk i Norge vokser raskt.").unions
    # Finnish "Pro" listed with other unions, by a comma or "ja".
    assert "ammattiliitto-pro-fi" in union_ids(tag_text("Muun muassa PAM, Pro ja Teollisuusliitto kertoivat lakoista Suomessa."))
    assert "ammattiliitto-pro-fi" in union_ids(tag_text("Lakkoon osallistuvat Teollisuusliitto ja Pro Suomessa."))
    assert not tag_text("Pro ja kontra: keskustelu Suomessa jatkuu.").unions


def test_norwegian_fo_in_nynorsk_and_in_a_text_the_detector_reads_as_danish_first() -> None:
    # Nynorsk ("frå", "meiner") is Norwegian too.
    assert "fellesorganisasjonen-no" in union_ids(
        tag_text(
            "Dermed er i alt 144 medlemmer frå Fagforbundet og FO i streik frå "
            "1. februar i Bergen, og dei meiner lønna har sakka."
        )
    )
    # A short Norwegian text read as Danish first: FO is a union only in Norwegian, and "ledelse" is its leadership.
    assert "fellesorganisasjonen-no" in union_ids(
        tag_text("Det er Marit Selfors Isaksen fra FOs ledelse og rådgiver Irmelin Stødle som deltar i forhandlingene i Oslo.")
    )


def test_hyphened_words_before_a_name_share_its_end() -> None:
    assert "Hotel-, Restaurant- og Caféforbundet" in union_names(
        tag_text("Hotel-, Restaurant- og Caféforbundet varsler strejke i Odense.")
    )
    assert "blik-og-rorarbejderforbundet-dk" in union_ids(
        tag_text("Henrik W. Petersen er forbundsformand i Blik- og Rørarbejderforbundet i Danmark.")
    )


def test_nordic_unions_named_in_wide_nordic12_pages_are_in_the_directory() -> None:
    assert "svenska-pappersindustriarbetareforbundet-se" in union_ids(tag_text("Pappers avdelningsombud samlades i Kalix."))
    assert "krifa-dk" in union_ids(tag_text("Selskabet tegnede overenskomst med Kristelig Fagforening i København."))
    assert {"skatteetatens-landsforbund-no", "stafo-no"} <= union_ids(
        tag_text("YS Stat samler Parat, Delta, Skatteetatens landsforbund og Stafo i Oslo.")
    )


def test_nordic_unions_of_affiliate_lists_and_merger_news_are_in_the_directory() -> None:
    assert {"oaj-fi", "tek-fi"} <= union_ids(
        tag_text("Opetusalan Ammattijärjestö OAJ ja Tekniikan akateemiset TEK ilmoittivat lakosta Helsingissä.")
    )
    assert "suomen-merimies-unioni-fi" in union_ids(tag_text("Suomen Merimies-Unioni aloittaa lakon Turussa."))
    assert "danmarks-jurist-og-okonomforbund-dk" in union_ids(
        tag_text("Djøf og Jordemoderforeningen varsler konflikt i København.")
    )
    assert "norwegian-medical-association-no" in union_ids(tag_text("Legeforeningen og Econa er i streik i Oslo."))
    assert "htf-se" in union_ids(tag_text("Strejken utlöstes av HTF för kabinpersonalen på SAS i Stockholm."))
    assert "norsk-tjenestemannslag-no" in union_ids(tag_text("NTL-leder Kjersti Barsok forhandlet med staten i Oslo."))
    assert "hamnarbetarforbundet-avdelning-4-se" in union_ids(
        tag_text("Peter Annerback, ordförande för Hamnfyran, säger att strejken fortsätter i Göteborg.")
    )


def test_a_centre_after_a_spaced_dash_ends_the_name() -> None:
    tags = tag_text(
        "A l'initiative de la Fédération des Travailleurs de la Métallurgie – CGT, les salariés sont appelés "
        "à manifester à Paris."
    )
    # The whole name is read (since branch fr18 the directory holds it, as the FTM-CGT).
    assert {"ftm-cgt-fr", "cgt-fr"} <= union_ids(tags)


def test_old_and_further_acronyms_of_confederations() -> None:
    assert "cfe-cgc-fr" in union_ids(
        tag_text("Cinq syndicats de cheminots, dont FO, la CGT, SUD Rail, la CFTC et la CGC, à Paris.")
    )
    assert "kspsi" in union_ids(
        tag_text("Buruh yang tergabung dalam Serikat Pekerja Seluruh Indonesia (SPSI) berunjuk rasa di Bekasi.")
    )
    # A federation's acronym ending in its confederation's old one names the federation only.
    tags = tag_text("Pengurus Cabang FSP PPMI SPSI Kota Bekasi melakukan mogok kerja di Bekasi.")
    assert "kspsi" not in union_ids(tags)


def test_a_trades_plural_possessive_before_union_names_a_union() -> None:
    tags = tag_text("The Station Masters' Union and the Locomotive Engine Operators' Union struck in Sri Lanka.")
    assert union_names(tags) >= {"Station Masters' Union", "Locomotive Engine Operators' Union"}
    assert not tag_text("The Students' Union protested in Colombo, Sri Lanka.").unions


def test_place_words_reject_a_name_only_after_union_or_at_its_end() -> None:
    assert union_names(
        tag_text("according to the Pacific Northwest Staff Union (PNWSU), which represents staff in Seattle.")
    ) >= {"Pacific Northwest Staff Union"}
    assert not tag_text("Workers rallied at Union Station; Union Pacific railroad workers struck in Omaha.").unions
    assert not tag_text("Union members were held at Harare Central Police Station in Zimbabwe.").unions


def test_a_person_named_after_a_union_whose_given_name_is_a_places_is_no_part_of_it() -> None:
    tags = tag_text("The president of the Barbados Secondary Teachers' Union Mary Redman joined the protest in Barbados.")
    assert "barbados-secondary-teachers-union-bb" in union_ids(tags)
    assert not any("Redman" in name for name in union_names(tags))


def test_and_general_closes_an_indonesian_list_of_trades() -> None:
    tags = tag_text(
        "Massa dari Federasi Serikat Pekerja Kimia, Energi, Pertambangan, Minyak, Gas Bumi dan Umum "
        "(FSP KEP KSPI) berunjuk rasa di Jakarta."
    )
    assert "Federasi Serikat Pekerja Kimia, Energi, Pertambangan, Minyak, Gas Bumi dan Umum" in union_names(tags)
    assert "Federasi Serikat Pekerja Kimia" not in union_names(tags)


def test_a_district_named_with_its_parents_whole_name_names_the_parent_too() -> None:
    ids = union_ids(
        tag_text(
            "Boeing workers voted to strike, said the president of the International Association of "
            "Machinists and Aerospace Workers District 751 in Seattle."
        )
    )
    assert {"iam-district-751-us", "iam-us"} <= ids


def test_one_union_under_the_names_other_reports_of_its_event_give_it() -> None:
    assert "iam-district-751-us" in union_ids(tag_text("Members of IAM 751 in Everett walked out at midnight."))
    assert "iam-district-751-us" in union_ids(tag_text("Members of IAM Local 751 in Everett walked out at midnight."))
    assert "krwu-kr" in union_ids(
        tag_text("O Sindicato dos Trabalhadores Ferroviários Coreanos concluiu uma greve geral de quatro dias.")
    )
    assert "kptu-kr" in union_ids(tag_text("민주노총 공공운수 사회서비스노조는 오늘 성명을 통해 파업을 밝혔다."))


def test_finnish_names_in_their_case_forms() -> None:
    from bot.matching.unions import finnish_case_forms

    # The last word declines, on its weak grade before a closed syllable ("liitto" -> "liiton").
    assert finnish_case_forms("Teollisuusliitto")[:3] == ("Teollisuusliiton", "Teollisuusliitossa", "Teollisuusliitosta")
    assert finnish_case_forms("Suomen Konepäällystöliitto")[0] == "Suomen Konepäällystöliiton"
    assert "Tehystä" in finnish_case_forms("Tehy")  # front vowels take front endings
    assert "PAMin" in finnish_case_forms("PAM")  # an acronym read as a word takes its endings after an "i"
    assert finnish_case_forms("Service Union United") == ()
    tags = tag_text("Rakennusliiton ja Teollisuusliiton jäsenet lakkoilivat Helsingissä, ja Akavasta arvosteltiin hallitusta.")
    assert {"rakennusliitto-fi", "teollisuusliitto-fi", "akava"} <= union_ids(tags)


def test_a_story_in_nynorsk_naming_no_place_is_norwegian() -> None:
    from bot.matching.language import detected_language

    # Nynorsk is Norway's as Bokmål is; the model splits a story between them, and they count together.
    assert union_ids(tag_text("Fagforbundet seier at dei tilsette i kommunane vil gå ut i streik frå måndag.")) == {
        "fagforbundet-no"
    }
    mixed = "Fagforbundet tar ut fleire medlemmer i streik i kommunane neste veke."
    assert detected_language(None, mixed) == "no"
    assert union_ids(tag_text(mixed)) == {"fagforbundet-no"}


def test_a_list_of_trades_that_goes_on_with_de_ends_at_the_comma_after_it() -> None:
    tags = tag_text(
        "En Colombia, la Federación Nacional de Trabajadores Textiles, Confecciones y Similares de Antioquia, "
        "que dirige Pedro Gómez, convocó a una huelga."
    )
    assert union_names(tags) == {"Federación Nacional de Trabajadores Textiles, Confecciones y Similares de Antioquia"}


def test_a_head_word_in_capitals_alone_is_no_name() -> None:
    tags = tag_text("SINDICATO NACIONAL DE TRABAJADORES DEL TRANSPORTE DE GUATEMALA. Los choferes pararon el lunes.")
    assert not tags.unions


def test_la_clase_trabajadora_is_a_labour_word() -> None:
    tags = tag_text("En Asunción, la Confederación de la Clase Trabajadora (CCT) anunció una huelga general.")
    assert union_names(tags) == {"Confederación de la Clase Trabajadora"}


def test_a_short_form_in_brackets_and_its_longer_name_stay_one_union() -> None:
    tags = tag_text(
        "La Central Nacional de Trabajadores de Honduras anunció un paro. El ministro recibió a delegados "
        "de la Central Nacional de Trabajadores (CNT), que convocó la medida."
    )
    assert [(tag.name, tag.acronym) for tag in tags.unions] == [("Central Nacional de Trabajadores de Honduras", "CNT")]


def test_names_spanish_pages_write_for_directory_unions() -> None:
    # data/union_sources/spanish-pages-es11.tsv: a renamed union's new name, an official long name, variant acronyms
    assert "colegio-de-profesores-de-chile-cl" in union_ids(
        tag_text("El Colegio de Profesoras y Profesores de Chile votó un paro.")
    )
    assert "futpv-ve" in union_ids(
        tag_text(
            "Protestaron frente a la Federación Unitaria de Trabajadores del Petróleo, del Gas, "
            "sus Similares y Derivados de Venezuela, en Caracas."
        )
    )
    assert "los-mineros" in union_ids(tag_text("En Zacatecas, México, el SNTMMRM de Napoleón Gómez Urrutia perdió el recuento."))


def test_a_lower_case_head_before_a_comma_is_no_list_of_trades() -> None:
    # "serikat pekerja," (unions, referred to) before a comma has no trade after its head: no list, and no crash.
    assert not tag_text("Ratusan anggota serikat pekerja, Budi dan kawan-kawan, berunjuk rasa di Bekasi.").unions
    assert not tag_text("Di Bekasi, para pengurus serikat buruh, Andi mengatakan, menolak PHK.").unions


def test_a_japanese_verb_ending_before_a_name_is_not_the_names() -> None:
    # "反対して" (opposing), "として" (as): the "て" form of a verb ends a word, as a particle does.
    assert union_names(tag_text("賃下げに反対して南町タクシー労組がストを行った。")) == {"南町タクシー労働組合"}
    assert union_names(tag_text("大会には来賓として三河労連の議長が出席した。")) == {"三河労連"}


def test_a_person_named_after_a_unions_full_name_is_no_part_of_it() -> None:
    # A role word's person right after the union's full name, with no comma (Indonesian), or a word that says
    # nothing of unions after it (a newsletter's masthead): the directory's union, not a longer name.
    tags = tag_text("Ketua Konfederasi Serikat Pekerja Seluruh Indonesia Budi Santoso Wibowo hadir di Surabaya.")
    assert union_ids(tags) == {"kspsi"}
    assert union_ids(tag_text("Presiden Konfederasi Serikat Pekerja Indonesia Bambang Hartono berpidato di Semarang.")) == {
        "kspi"
    }
    assert union_ids(tag_text("Malaysian Trades Union Congress Newsletter\nWorkers picketed in Penang.")) == {"mtuc"}


def test_japanese_regional_unions_the_directory_knows_by_short_names() -> None:
    assert "union-jp-4" in union_ids(tag_text("札幌地域労組の支部が千歳市で24時間ストライキを行った。"))
    assert "union-jp-5" in union_ids(tag_text("名古屋の集会で愛労連の議長が挨拶した。"))


def test_a_hindi_union_name_opens_with_the_nation_or_a_state_before_unlisted_trade_words() -> None:
    # "राष्ट्रीय" or a state's name, then one or two trade words the list lacks, then the union words.
    tags = tag_text("धनबाद में राष्ट्रीय खनिक मजदूर संघ और हरियाणा पर्यटन कर्मचारी संघ ने धरना दिया।")
    assert {"राष्ट्रीय खनिक मजदूर संघ", "हरियाणा पर्यटन कर्मचारी संघ"} <= union_names(tags)
    # A postposition or "आज" (today) between a state and the union words ends the name there.
    assert "हरियाणा सरकार के कर्मचारी संघ" not in union_names(tag_text("हरियाणा सरकार के कर्मचारी संघ ने धरना दिया।"))
    assert not any(
        name.startswith("पंजाब") for name in union_names(tag_text("पंजाब आज एनटी इंजीनियरिंग डिपार्टमेंट वर्कर्स यूनियन ने धरना दिया।"))
    )


def test_bangla_central_trade_unions_name_no_union() -> None:
    # "কেন্দ্রীয় ট্রেড ইউনিয়ন" (the central trade unions) only refers to unions.
    assert not tag_text("কলকাতায় কেন্দ্রীয় ট্রেড ইউনিয়ন সমূহের ডাকে ধর্মঘট পালিত হচ্ছে।").unions


def test_a_bangla_place_with_labour_words_alone_names_no_union() -> None:
    # wide_bn17 bn-4509, bn-4518, wide_bn19 bn-6349, bn-6365: a country or a district and "trade union" or "workers'
    # league" alone are a place's unions or a federation's committee referred to, not a union's name of their own
    tags = tag_text("সমাবেশে বক্তব্য রাখেন বরিশাল জেলা ট্রেড ইউনিয়ন সাধারন সম্পাদক ও বাংলাদেশ ট্রেড ইউনিয়নের নেতারা।")
    assert not tags.unions
    # (the workers' league is the Jatiya Sramik League's short name, so its district committee names it: branch sa27,
    # as bn-6349 is labelled)
    assert union_ids(tag_text("সম্মেলনের উদ্বোধন করেন বাগেরহাট জেলা শ্রমিক লীগের সভাপতি রেজাউর রহমান।")) == {"jsl-bd"}
    # a trade or a name word besides the place still makes a name
    names = union_names(tag_text("মানববন্ধন করেছে বরিশাল জেলা ইমারত নির্মাণ শ্রমিক ইউনিয়ন। খুলনা জেলা স’মিল শ্রমিক ইউনিয়ন সমাবেশ করেছে।"))
    assert names == {"বরিশাল জেলা ইমারত নির্মাণ শ্রমিক ইউনিয়ন", "খুলনা জেলা স’মিল শ্রমিক ইউনিয়ন"}


def test_a_bangla_name_without_its_country_is_the_directory_union_with_it() -> None:
    # wide_bn19 bn-6361..6363: "ইমারত নির্মাণ শ্রমিক ইউনিয়ন" is the directory's "ইমারত নির্মাণ শ্রমিক ইউনিয়ন বাংলাদেশ"
    # (INSAB) in a Bangladeshi story, as "গার্মেন্টস শ্রমিক ফেডারেশন" is "বাংলাদেশ গার্মেন্টস শ্রমিক ফেডারেশন"
    # (wide_unions6 bn-617 likewise: "ট্রেড ইউনিয়ন সংঘ"); without the rule they stayed unresolved found names, and
    # a page naming both forms counted the union twice
    tags = tag_text("চাঁপাইনবাবগঞ্জে ইমারত নির্মাণ শ্রমিক ইউনিয়ন জেলা শাখা মানববন্ধন করেছে।")
    assert union_ids(tags) == {"insab-bd"}
    tags = tag_text("গাজীপুরে গার্মেন্টস শ্রমিক ফেডারেশনের নেতারা সমাবেশ করেছেন।")
    assert union_ids(tags) == {"bangladesh-garments-sramik-federation-bd"}
    # ... but the short form of a longer name the story writes is that union's (wide_asia9 bn-906)
    tags = tag_text("গাজীপুরে জাতীয় গার্মেন্টস শ্রমিক ফেডারেশন সমাবেশ করেছে। গার্মেন্টস শ্রমিক ফেডারেশনের নেতারা বক্তব্য দেন।")
    assert union_ids(tags) == {"ngwf"}


def test_south_asian_short_and_local_script_names_of_known_unions() -> None:
    # Bangla short names without "Bangladesh", Nepali and Hindi names of Nepali and Indian centres (south11).
    tags = tag_text("চাঁদপুরে নৌযান শ্রমিক ফেডারেশনের ডাকে ধর্মঘট। খুলনায় সড়ক পরিবহন শ্রমিক ফেডারেশন ধর্মঘট ডাকে।")
    assert {"bangladesh-noujan-sramik-federation-bd", "bangladesh-road-transport-workers-federation-bd"} <= union_ids(tags)
    assert "ntuc-np" in union_ids(tag_text("दमौली । नेपाल ट्रेड युनियन कांग्रेस तनहुँले फलफूल वितरण गरेको छ ।"))
    assert "rcms-in" in union_ids(tag_text("गिरिडीह में राष्ट्रीय कोलियरी मजदूर संघ हड़ताल में शामिल नहीं होगा।"))


def test_a_press_style_acronym_in_brackets_lengthens_a_name_cut_short() -> None:
    tags = tag_text("On 7 October, the Congress of South African Trade Union (Cosatu) held marches in South Africa.")
    assert union_ids(tags) == {"cosatu"}  # not also "South African Trade Union", the name cut at "of"


def test_a_head_word_with_only_a_trade_names_no_union_of_its_own() -> None:
    assert not tag_text(
        "Em São Bernardo do Campo, segundo o Sindicato dos Metalúrgicos, os funcionários da fábrica da GM entraram em greve."
    ).unions
    assert not tag_text("In Seattle, the Machinists Union voted to strike at Boeing.").unions
    assert not tag_text("The Electrical Workers' Union and the Plumbers' Union marched in Melbourne, Australia.").unions
    # A word that says which union it is, or the directory's name, still names one.
    assert union_ids(tag_text("Em São Bernardo do Campo, o Sindicato dos Metalúrgicos do ABC convocou greve.")) == {"smabc-br"}
    assert union_names(tag_text("In Seattle, the Boeing Machinists Union voted to strike.")) == {"Boeing Machinists Union"}
    assert union_ids(tag_text("In Wellington, New Zealand, the Nurses Organisation has called a strike.")) == {"nzno-nz"}


def test_a_head_word_with_any_plural_noun_or_the_workers_alone_names_no_union() -> None:
    # romance12: a word after a plural article is a trade even when no list knows it ("dos Químicos").
    assert not tag_text(
        "Em Campos dos Goytacazes, Brasil, o presidente do Sindicato dos Químicos, Carlos Antônio, participou da reunião."
    ).unions
    assert "Sindicato dos Eletricitários" not in union_names(
        tag_text("Em Belo Horizonte, Brasil, o Sindieletro [Sindicato dos Eletricitários] fez assembleias.")
    )
    assert not tag_text("Em Brasília, a Confederação dos Trabalhadores convocou uma greve.").unions
    # A place after the trade still says which union it is.
    assert union_names(tag_text("Em Campos, Brasil, o Sindicato dos Químicos de Campos entrou em greve.")) == {
        "Sindicato dos Químicos de Campos"
    }


def test_head_words_with_only_a_bodys_kind_or_level_name_no_union() -> None:
    # generic14: "confederation of unions", "departmental union of unions": no word says which one.
    assert not tag_text("В Киеве, Украина, КОНФЕДЕРАЦИЯ ПРОФСОЮЗОВ провела пикет.").unions
    assert not tag_text("У Києві, Україна, голова Федерації профспілок виступив на мітингу.").unions
    assert not tag_text("À Lyon, en France, l'Union Départementale des Syndicats appelle à la grève.").unions
    assert not tag_text("In Delhi, India, the Central Trade Union Organisations called a strike.").unions
    # in other cases and with a level's adjective, cut before their lower-case rest (wide_cyr17 ru-4010, wide_ru18
    # ru-5336, ru-5353, ru-5360): "в Федерацию профсоюзов просвещения", "Межрегионального профсоюза лоцманов"
    assert not union_names(
        tag_text("В Кишиневе, Молдова, члены профсоюза, входящего в Федерацию профсоюзов просвещения и науки, вышли на пикет.")
    ) & {"Федерацию профсоюзов"}
    assert not union_names(tag_text("В Самарканде, Узбекистан, решили создать Организацию профсоюзов тюркских государств.")) & {
        "Организацию профсоюзов"
    }
    assert not union_names(
        tag_text(
            "В Москве, Россия, председатель Межрегионального профсоюза лоцманов и "
            "Федерального профсоюза авиадиспетчеров выступили на митинге."
        )
    ) & {"Межрегионального профсоюза", "Федерального профсоюза"}
    # A place still says which one it is (the name found in the genitive is given in the nominative).
    assert union_names(tag_text("В Санкт-Петербурге, Россия, Федерации профсоюзов Санкт-Петербурга провела митинг.")) == {
        "Федерация профсоюзов Санкт-Петербурга"
    }


def test_a_portuguese_head_before_an_employers_sector_names_an_employers_syndicate() -> None:
    # romance12: Brazil's employers' syndicates ("sindicatos patronais") are named like unions.
    assert not tag_text(
        "Em Porto Alegre, Brasil, a Feeb RS protocolou no Sindicato dos Bancos do Rio Grande do Sul o aviso de greve."
    ).unions
    assert not tag_text(
        "Em São Paulo, Brasil, o Sindicato Nacional da Indústria de Componentes para Veículos "
        "Automotores ofereceu 10,4% de aumento."
    ).unions
    assert union_names(
        tag_text("Em Santos, Brasil, o Sindicato dos Trabalhadores na Indústria de Alimentação de Santos fez greve.")
    ) == {"Sindicato dos Trabalhadores na Indústria de Alimentação de Santos"}


def test_a_number_before_a_month_and_a_year_is_a_date_not_a_local() -> None:
    # romance12: "USB 4 aprile 2025" is the USB's strike of that day, not a "USB Local 4".
    tags = tag_text("Scuola: azioni di sciopero a Roma, in Italia, proclamato da USB 4 aprile 2025 intera giornata.")
    assert union_ids(tags) == {"usb"}
    assert "CUPE Local 79" in union_names(tag_text("In Toronto, Canada, members of CUPE 79 march on 4 May."))


def test_russian_and_ukrainian_union_names_are_declined() -> None:
    """Russian and Ukrainian decline a name's leading adjectives and head noun ("Межрегионального профсоюза
    «Учитель»", "Вільної профспілки"), and the press drops the country at its end ("Независимого профсоюза
    горняков"); the words after the head stay as they are."""
    from bot.matching.unions import cyrillic_case_forms

    assert cyrillic_case_forms("Межрегиональный профсоюз «Учитель»")[:3] == (
        "Межрегионального профсоюза «Учитель»", "Межрегиональному профсоюзу «Учитель»", "Межрегиональным профсоюзом «Учитель»")
    assert "Вільної профспілки медичних працівників України" in cyrillic_case_forms(
        "Вільна профспілка медичних працівників України")
    assert "Федерации независимых профсоюзов России" in cyrillic_case_forms("Федерация независимых профсоюзов России")
    assert "Независимого профсоюза горняков" in cyrillic_case_forms("Независимый профсоюз горняков Украины")
    assert "Федерации профсоюзов" not in cyrillic_case_forms("Федерация профсоюзов Украины")
    assert cyrillic_case_forms("Soyuz Truda") == ()
    # Belarusian (wide_cyr17 be-4090, be-4092, be-4093, be-4096, be-4097): its adjectives and head decline too, and
    # its classical spelling writes the genitive in -у
    assert cyrillic_case_forms("Беларускі незалежны прафсаюз")[0] == "Беларускага незалежнага прафсаюза"
    assert "Свабоднага прафсаюзу металістаў" in cyrillic_case_forms("Свабодны прафсаюз металістаў")
    assert "Федэрацыі прафсаюзаў Беларусі" in cyrillic_case_forms("Федэрацыя прафсаюзаў Беларусі")
    # a neuter head and a compound head decline too (wide_ru18 ru-5310, ru-5312, ru-5313, ru-5348, ru-5349)
    assert cyrillic_case_forms("Объединение профсоюзов Грузии")[:4] == (
        "Объединения профсоюзов Грузии", "Объединению профсоюзов Грузии", "Объединением профсоюзов Грузии",
        "Объединении профсоюзов Грузии")
    assert cyrillic_case_forms("Всероссийский Электропрофсоюз")[0] == "Всероссийского Электропрофсоюза"
    assert "Нефтегазстройпрофсоюзе России" in cyrillic_case_forms("Нефтегазстройпрофсоюз России")


def test_russian_unions_found_in_the_case_of_a_neuter_or_compound_head() -> None:
    """"Объединения профсоюзов Грузии", "«Всероссийского Электропрофсоюза»" (wide_ru18): the directory's names
    declined by their neuter or compound head are found."""
    assert "gtuc-ge" in union_ids(tag_text("Как сообщили в Объединении профсоюзов Грузии, шахтеры Чиатуры будут бастовать."))
    assert "all-russian-electric-trade-union-ru" in union_ids(
        tag_text("В Москве, Россия, участвовали представители «Всероссийского Электропрофсоюза» и Минэнерго России.")
    )


def test_a_russian_union_is_found_in_the_genitive() -> None:
    """A Russian union named in the genitive ("председатель Свободного профсоюза медицинских работников
    Украины") is found by its directory name."""
    tags = tag_text(
        "Председатель Свободного профсоюза медицинских работников Украины Олег Панасенко "
        "предложил участникам митинга в Киеве проголосовать за подготовку к забастовке."
    )
    assert "vmppu-ua" in {tag.union_id for tag in tags.unions}


def test_the_people_after_a_russian_head_in_the_genitive_plural_are_the_names() -> None:
    """"Федерального профсоюза авиадиспетчеров", "Независимого профсоюза медработников Украины" (wide_cyr17 ru-4010,
    wide_ru19 ru-8732): the workers a union is of, lower case in the genitive plural after a singular head with a
    capitalised adjective before it, are the name's, and the name is given in the nominative; a person after it
    (its chairman) is not the name's, and a lower-case head with no adjective before it names nothing."""
    names = union_names(
        tag_text("В Самаре, Россия, выступили лидеры Общественного профсоюза водолазов и Северного профсоюза сварщиков.")
    )
    assert {"Общественный профсоюз водолазов", "Северный профсоюз сварщиков"} <= names
    names = union_names(tag_text("В Киеве, Украина, глава Вольного профсоюза пекарей Украины Иван Петренко заявил о забастовке."))
    assert "Вольный профсоюз пекарей Украины" in names
    assert not any("Петренко" in name for name in names)
    assert not tag_text("В Самаре, Россия, вчера профсоюз водолазов провёл собрание.").unions


def test_a_russian_name_found_in_the_genitive_is_given_in_the_nominative() -> None:
    """"Национального Форума Профсоюзов Украины" (wide_ru19 ru-8736) is "Национальный Форум Профсоюзов Украины";
    a word before the head that is no adjective in the genitive leaves the name as written."""
    from bot.matching.recognise import _cyrillic_nominative

    assert _cyrillic_nominative("Северного Форума Профсоюзов Урала".split()) == "Северный Форум Профсоюзов Урала".split()
    assert _cyrillic_nominative("Всероссийского профсоюза пилотов".split()) == "Всероссийский профсоюз пилотов".split()
    assert _cyrillic_nominative("Свободной Федерации профсоюзов".split()) == "Свободная Федерация профсоюзов".split()
    assert _cyrillic_nominative("Вільної профспілки шахтарів".split()) == "Вільна профспілка шахтарів".split()
    assert _cyrillic_nominative("Генеральный Совет Федерации профсоюзов".split()) is None
    assert "Северный Форум Профсоюзов Урала" in union_names(
        tag_text("В Екатеринбурге, Россия, председатель Северного Форума Профсоюзов Урала Иван Петров заявил о протесте.")
    )


def test_a_russian_union_named_in_quotes_after_its_head_keeps_the_head() -> None:
    """"новый профсоюз «Единство»", "профсоюза «Защита труда»", "профсоюз «Форд»" (wide_ru18 ru-5363, wide_cyr17
    ru-4002, ru-4010): a union the directory lacks, named in quotes after a singular Russian or Ukrainian head, is
    known by both, "Профсоюз «Единство»"."""
    assert "Профсоюз «Единство»" in union_names(
        tag_text("В Калуге, Россия, члены профкома организовали новый профсоюз «Единство» на заводе.")
    )
    assert "Профсоюз «Защита труда»" in union_names(
        tag_text("В Москве, Россия, председатель профсоюза «Защита труда» выступил на митинге.")
    )
    assert "Профспілка «Нова дія»" in union_names(tag_text("У Києві, Україна, профспілка «Нова дія» провела пікет."))


def test_a_russian_union_in_quotes_after_a_capitalised_or_instrumental_head_keeps_the_head() -> None:
    """Branch kindsN21: "Профсоюз «Новый Труд» обратился ..." (wide_ru20 ru-9956: a sentence's first word, and two
    capitalised words in quotes that are no person's name), "организованной профсоюзом "Независимость"" (wide_ru18
    ru-5328: the instrumental, which names only a union in quotes) are named as after a lower-case head."""
    assert "Профсоюз «Новый Труд»" in union_names(
        tag_text("Профсоюз «Новый Труд» обратился к Президенту России с просьбой доработать закон о такси.")
    )
    assert "Профсоюз «Единство»" in union_names(tag_text("Профсоюз «Единство» провел собрание на заводе в Калуге, Россия."))
    assert "Профсоюз «Независимость»" in union_names(
        tag_text('В Москве, Россия, в стачке, организованной профсоюзом "Независимость", участвовали рабочие.')
    )
    assert not tag_text("В Москве, Россия, он был избран профсоюзом работников в совет.").unions


def test_each_name_in_quotes_listed_after_a_russian_plural_head_is_a_union() -> None:
    """"профсоюзов «Новопроф», «Учитель», «Действие»" (wide_cyr17 ru-4010, wide_cyr12 ru-2513): every name of the
    list is a union's, and a name so found without its head word is the union named "Профсоюз «Учитель»"."""
    tags = tag_text(
        "В Санкт-Петербурге в шествии шли активисты КТР, профсоюзов «Новопроф», «Учитель», «Действие», "
        "других братских профсоюзов."
    )
    assert {
        "novoprof-ru",
        "interregional-trade-union-of-education-workers-uchitel-ru",
        "interregional-trade-union-of-health-workers-deystvie-ru",
    } <= union_ids(tags)


def test_a_russian_union_named_by_its_quoted_name_alone_is_the_directorys() -> None:
    from bot.matching.unions import default_directory

    assert default_directory().id_for_variant("Учитель", {"RU"}) == "interregional-trade-union-of-education-workers-uchitel-ru"
    assert default_directory().id_for_variant("Учитель", set()) is None  # a Russian union needs Russia in the story


def test_a_belarusian_union_is_found_in_the_genitive() -> None:
    """A Belarusian union named in the genitive ("старшыня суполкі Беларускага незалежнага прафсаюза", wide_cyr17
    be-4093) is found by its directory name."""
    tags = tag_text("Пра гэта распавёў старшыня суполкі Беларускага незалежнага прафсаюза на прадпрыемстве ў Гродне.")
    assert "bnp" in {tag.union_id for tag in tags.unions}


def test_a_russian_or_ukrainian_role_word_is_no_part_of_a_name() -> None:
    """"Председатель", "Голова" (chair) before a union's name end it as "President" does in English."""
    for text in ("Председатель Свободного профсоюза таксистов Казани Иван Петров заявил о забастовке в России.",
                 "Голова Вільної профспілки таксистів Києва Іван Петренко заявив про страйк в Україні."):
        names = {tag.name for tag in tag_text(text).unions}
        assert names and not any(name.startswith(("Председатель", "Голова")) for name in names)


def test_korean_words_for_a_rank_or_kind_of_union_name_none() -> None:
    # "제1노총" (the largest centre), "제1노조" (a firm's first union), unions by trade, workplace unions,
    # "민주노조" (a democratic union) are no names.
    assert union_names(tag_text("제1노총인 한국노총은 회의를 열었다. 서울교통공사 제1노조가 파업했다.")) == {"Federation of Korean Trade Unions"}
    assert not tag_text("직종별노조와 소산별노조의 규모가 영세하다. 1천명의 단위노조 위원장들이 모였다.").unions
    assert not tag_text("조합원들은 민주노조 사수를 결의했다.").unions


def test_a_korean_federation_in_full_is_not_the_union_its_name_starts_with() -> None:
    assert union_ids(tag_text("부산에서 전국금속노동조합연맹(금속노련)은 임금 교섭을 시작했다.")) == {"fkmtu-kr"}
    assert "korean-government-employees-union-confederation-kr" in union_ids(
        tag_text("세종에서 대한민국공무원노동조합총연맹은 보수 인상을 요구했다.")
    )


def test_a_korean_persons_name_written_against_a_union_names_the_union_only() -> None:
    assert union_ids(tag_text("광주에서 최민수서비스연맹 부위원장이 발언했다.")) == {"kfsu-kr"}


def test_a_korean_branch_is_one_union_however_its_union_is_written() -> None:
    tags = tag_text("전국금속노동조합 충남지부는 집회를 열었다. 금속노조 충남지부 조합원 500명이 모였다.")
    assert union_names(tags) == {"금속노조 충남지부", "Korean Metal Workers' Union"}


def test_japanese_teachers_unions_in_full_and_short() -> None:
    assert union_names(tag_text("千葉県教職員組合は集会を開いた。千教組の委員長があいさつした。")) == {"千葉県教職員組合"}
    assert union_names(tag_text("道教組は声明を出した。")) == {"道教組"}
    assert not tag_text("宗教組織の代表と福岡県教職員組合連絡協議会の議長が集まった。").unions


def test_a_dash_inside_a_name_its_acronym_spells_goes_on() -> None:
    # The words after a spaced dash are the name's when the bracketed acronym spells them after its own dash.
    tags = tag_text("La Organización de Trabajadores de la Educación del Paraguay – Auténtica (OTEP-A) convocó un paro.")
    assert union_names(tags) == {"Organización de Trabajadores de la Educación del Paraguay – Auténtica"}
    tags = tag_text(
        "Fue así que se unieron en Nicaragua la CST y la Confederación General de Trabajadores – Independiente (CGT – i)."
    )
    assert "Confederación General de Trabajadores – Independiente" in union_names(tags)
    assert "CGT-i" in {tag.acronym for tag in tags.unions}


def test_a_dash_before_other_words_still_ends_a_name() -> None:
    tags = tag_text("En Santiago, la Federación de Trabajadores del Cobre – Juan Pérez (FT) dijo que no firmará.")
    assert "Federación de Trabajadores del Cobre – Juan Pérez" not in union_names(tags)


def test_an_acronym_written_with_a_spaced_dash_is_the_directorys() -> None:
    tags = tag_text("El secretario general del PIT – CNT, Marcelo Abdala, habló del paro general en Montevideo.")
    assert union_ids(tags) == {"pit-cnt"}


def test_a_region_after_a_unions_acronym_is_no_union_listed() -> None:
    # "CC.OO. PV y UGT PV": the Valencian bodies of CCOO and UGT, not a union "PV" listed with them.
    tags = tag_text("Los sindicatos docentes (STEPV, CSIF, CC.OO. PV y UGT PV) convocarán huelga en Valencia.")
    assert "PV" not in union_names(tags) and {"ugt-es", "csif-es"} <= union_ids(tags)


def test_a_directory_acronym_before_a_dash_in_a_found_names_acronym_is_no_mention_of_it() -> None:
    # "OTEP-A" is the Auténtica split of the OTEP: the OTEP itself is not named ("SNTE-CNTE" names both).
    tags = tag_text("La Organización de Trabajadores de la Educación del Paraguay – Auténtica (OTEP-A) convocó un paro.")
    assert "otep-py" not in union_ids(tags)


def test_names_spanish_pages_write_for_unions_of_central_america_and_paraguay() -> None:
    # data/union_sources/spanish-pages-es12.tsv
    assert "undeca-cr" in union_ids(
        tag_text("Un 95% de empleados del hospital Calderón Guardia se unieron al paro, según UNDECA.")
    )
    assert "asoprof-pa" in union_ids(
        tag_text("La Asociación de Profesoras de la República de Panamá (Asoprof) decretó una huelga.")
    )
    assert "fep-py" in union_ids(tag_text("Los docentes de Paraguay dieron clases pese a la huelga de la FEP y el CUSTE."))
    assert "otep-py" in union_ids(
        tag_text(
            "Decenas de miles de docentes paraguayos acataron el paro de la Organización de "
            "Trabajadores de la Educación en Paraguay (OTEP)."
        )
    )


def test_the_ilo_written_de_trabajo_and_its_conference_are_no_unions() -> None:
    # LABELING.md: agencies are not unions, whichever way the press writes them.
    assert not tag_text("Panamá firmó convenios con la Organización Internacional de Trabajo (OIT) sobre huelga.").unions
    tags = tag_text("La CNUS llevó la denuncia a la Conferencia Internacional del Trabajo, en Santo Domingo.")
    assert not any("Conferencia" in name for name in union_names(tags))


def test_an_english_name_written_in_urdu_letters_is_the_directory_union() -> None:
    # "All Pakistan Federation of Trade Unions" word by word in Urdu letters (wide_unions8a ur-806, wide_bn12),
    # also with "trade unions" as one word; "یونین" may stand for "Unions" ("Centre of Indian Trade Union").
    assert union_ids(tag_text("لاہور میں آل پاکستان فیڈریشن آف ٹریڈ یونینز نے مظاہرہ کیا۔")) == {"apftu-pk"}
    assert union_ids(tag_text("لاہور میں آل پاکستان فیڈریشن آف ٹریڈیونینز(رجسٹرڈ) کا اجلاس ہوا۔")) == {"apftu-pk"}
    assert union_ids(tag_text("نئی دہلی میں سنٹر آف انڈین ٹریڈ یونین نے ہڑتال کی۔")) == {"citu"}
    # English words the directory knows no name of are no directory union.
    assert all(
        union_id.startswith("found:") for union_id in union_ids(tag_text("لاہور میں آل پاکستان ٹریڈ یونین نے مظاہرہ کیا۔"))
    )


def test_an_english_name_written_in_devanagari_is_the_directory_union() -> None:
    # Branch kindsN21: Hindi news spells the English names of India's bank and central unions word by word, in
    # spellings the directory's Devanagari names lack (wide_hiur20 hi-10001 "बैंक एम्पलाइज फेडरेशन ऑफ इंडिया", BEFI;
    # wide_hi18 hi-5721 "ऑल इंडिया बैंक ऑफिसर्स कन्फेडरेशन", AIBOC; wide_unions6 hi-609 "इण्टरनेशनल ट्रांसपोर्ट
    # फेडरेशन ओफ इण्डिया", the ITF): the directory's union, its words before "of" no union of their own.
    assert union_ids(tag_text("भोपाल, भारत। बैंक एम्पलाइज फेडरेशन ऑफ इंडिया से संबद्ध सभी अधिकारी हड़ताल पर रहे।")) == {"befi-in"}
    assert union_ids(tag_text("नई दिल्ली, भारत। ऑल इंडिया बैंक ऑफिसर्स कन्फेडरेशन के महासचिव ने बताया।")) == {"aiboc-in"}
    # English words the directory knows no name of are no directory union.
    assert all(
        union_id.startswith("found:") for union_id in union_ids(tag_text("भोपाल, भारत। बैंक वर्कर्स फेडरेशन ऑफ भोपाल ने धरना दिया।"))
    )
    # A spelling the directory has in Devanagari is found once, not again as an English name (a review found its
    # evidence given twice).
    tags = tag_text("मुंबई, भारत। ऑल इंडिया बैंक एम्पलाइज एसोसिएशन ने कहा कि हड़ताल होगी।")
    assert [len(tag.evidence) for tag in tags.unions if tag.union_id == "aibea-in"] == [1]


def test_a_bangla_district_committee_of_a_national_federation_is_that_federation() -> None:
    # The place first, "district" anywhere (wide_bn12 bn-2351, wide_south11 bn-1116): the federation's committee.
    assert union_ids(tag_text("সভায় ব্রাহ্মণবাড়িয়া জাতীয়তাবাদী জেলা শ্রমিক দলের সম্পাদক বক্তব্য দেন।")) == {"bjsd"}
    assert union_ids(tag_text("সমাবেশে নারায়ণগঞ্জ জেলা শ্রমিক লীগ যোগ দেয়। নারায়ণগঞ্জ জেলা জাতীয় শ্রমিক লীগের আহবায়ক বলেন।")) == {"jsl-bd"}
    # A district's own union is not the committee of the national union of its trade.
    tags = tag_text("সিলেট জেলা সড়ক পরিবহন শ্রমিক ইউনিয়ন ধর্মঘট ডাকে, বাংলাদেশ সড়ক পরিবহন শ্রমিক ফেডারেশন সমর্থন দেয়।")
    assert len(union_ids(tags)) == 2


def test_a_person_after_a_russian_or_ukrainian_head_is_no_part_of_a_name() -> None:
    assert not tag_text("У Києві освітяни зустрілися з головою міської Профспілки Олександром Яцунем.").unions
    assert not tag_text("Голова профспілки О. Семерунь звернувся до партнерів в Україні.").unions
    tags = tag_text("КВПУ надішле листи Генеральному секретарю Міжнародної конфедерації профспілок Шаран Барроу.")
    assert not any("Барроу" in name for name in union_names(tags))
    # Lower-case words after the head are still the name's.
    tags = tag_text("Председатель Свободного профсоюза медицинских работников Украины Олег Панасенко выступил.")
    assert "vmppu-ua" in union_ids(tags)


def test_a_head_before_a_one_word_known_name_adds_no_words_after_it() -> None:
    tags = tag_text("In Deutschland ruft die Dienstleistungsgewerkschaft Verdi für Dienstag zu Warnstreiks auf.")
    assert union_ids(tags) == {"verdi"}
    tags = tag_text("Am Montag streiken die Gewerkschaft Verdi und die Eisenbahn- und Verkehrsgewerkschaft EVG in Deutschland.")
    assert union_ids(tags) == {"verdi", "evg"}
    assert union_ids(tag_text("Die Dienstleistungsgewerkschaft Ver.di hat in Berlin zum Warnstreik aufgerufen.")) == {"verdi"}
    # A longer known name may begin a name of its own.
    tags = tag_text("Di Jakarta, Federasi Serikat Pekerja Logam, Elektronik dan Mesin (FSP LEM) berunjuk rasa.")
    assert "Federasi Serikat Pekerja Logam, Elektronik dan Mesin" in union_names(tags)


def test_a_sentence_adverb_before_a_name_is_no_part_of_it() -> None:
    tags = tag_text("En Madrid, médicos en huelga. Recientemente, el sindicato AMYTS se ha unido a esta lucha.")
    assert union_ids(tags) == {"amyts-es"}
    # (the directory's Svenska Musikerförbundet since branch nordic34 reads "<Trade>förbundet" as "Svenska <Trade>förbundet")
    assert union_names(tag_text("Även Musikerförbundet varslar om sympatistrejk i Sverige.")) == {"Svenska Musikerförbundet"}
    tags = tag_text("In Jakarta, workers rallied. Meanwhile Million Workers Union chairperson Jumhur Hidayat spoke.")
    assert not any(name.startswith("Meanwhile") for name in union_names(tags))


def test_letters_of_a_dotted_or_slashed_acronym_are_not_listed_as_unions() -> None:
    tags = tag_text("En España, las federaciones de la construcción de CC.OO y UGT de Andalucía han convocado huelga.")
    assert union_ids(tags) == {"ccoo", "ugt-es"}
    tags = tag_text("En España, los sindicatos LAB, CC. OO., Steilas e Hiru han anunciado la convocatoria.")
    assert "CC" not in union_names(tags) and "lab-es" in union_ids(tags)
    tags = tag_text("Au Sénégal, les syndicats d’enseignants, CUSEMS, SAEMSS, SNELAS/FC, USEQ et SAES, déserteront les classes.")
    assert "FC" not in union_names(tags) and "USEQ" in union_names(tags)


def test_a_places_adjective_after_a_lower_case_russian_head_names_no_union() -> None:
    assert not tag_text("В Москве прошла кампания профсоюза Московского метрополитена за повышение зарплаты.").unions
    assert not tag_text("Лидеры отраслевых профсоюзов Красноярского края в России выступили против акции.").unions
    # A one-word name after the head still is one.
    assert union_ids(tag_text("В Москве выступил профсоюз Соцпроф против реформы.")) == {"sotsprof-ru"}


def test_a_common_noun_before_a_lower_case_russian_head_is_no_part_of_a_name() -> None:
    # A day, a building, a gathering before "профсоюзов"/"профспілок" (wide_cyr17 ru-4018, uk-4064; wide_cyr12 ru-2524).
    assert not union_names(
        tag_text("В Астане прошел форум, приуроченный к профессиональному празднику - Дню профсоюзов в Казахстане.")
    )
    assert not union_names(tag_text("Представники влади увійшли до Будинку профспілок у Києві, Україна."))
    assert "Сборы Свободного профсоюза" not in union_names(
        tag_text("Митинг в Киеве, Украина. Сборы Свободного профсоюза медицинских работников поддержали представители регионов.")
    )
    # Adjectives and a body's noun before the head still make the name.
    assert [
        evidence.text
        for tag in tag_text("В Москве, Россия, выступили активисты Шереметьевского профсоюза летного состава.").unions
        for evidence in tag.evidence
    ] == ["Шереметьевского профсоюза летного состава"]
    assert [
        evidence.text
        for tag in tag_text("В Казахстане прошел форум Федерации профсоюзов Республики Казахстан.").unions
        for evidence in tag.evidence
    ] == ["Федерации профсоюзов Республики Казахстан"]


def test_a_lower_case_english_noun_after_a_capitalised_name_word_is_no_part_of_it() -> None:
    tags = tag_text("Voting will take place at the Union of Northern Workers building near City Hall in Yellowknife, Canada.")
    assert union_names(tags) == {"Union of Northern Workers"}
    # (the name without "workers" is the directory's WAPDA union as the press writes it: see test_matching_recen41.py)
    tags = tag_text("All Pakistan WAPDA Hydro Electric Union workers rallied to mark Labour Day in Pakistan.")
    assert [evidence.text for tag in tags.unions for evidence in tag.evidence] == ["All Pakistan WAPDA Hydro Electric Union"]
    assert union_ids(tags) == {"apwhewu-pk"}


def test_an_internationals_acronym_counts_in_a_story_that_names_another_union() -> None:
    # No union word in the IFJ's sentences, but the story names a union for sure (the NUJ's full name).
    text = ("The National Union of Journalists in Britain called for the release of the reporters. "
            "Later the IFJ Executive Committee met in Brussels and backed the call.")
    assert "ifj" in union_ids(tag_text(text))
    # So does a union's full name the directory does not know.
    assert "ifj" in union_ids(
        tag_text(text.replace("National Union of Journalists in Britain", "Ruritanian Union of Press Workers"))
    )
    # Alone, or in brackets after another body's name ("Ukraine (IFJ)"), it is not backed.
    assert "ifj" not in union_ids(tag_text("Later the IFJ Executive Committee met in Brussels and backed the call."))
    assert "ifj" not in union_ids(tag_text(text.replace("the IFJ Executive", "the Ukraine (IFJ) Executive")))


def test_a_list_of_trades_may_end_with_the_state_the_union_covers() -> None:
    tags = tag_text(
        "Con 262 votos para el Sindicato Nacional de Trabajadores de la Exploración, Explotación y "
        "Beneficio de Minas en la República Mexicana, contra 150 para la otra agrupación."
    )
    assert (
        "Sindicato Nacional de Trabajadores de la Exploración, Explotación y Beneficio de Minas en la República Mexicana"
    ) in union_names(tags)
    assert "Sindicato Nacional de Trabajadores de la Exploración, Explotación y Beneficio de Minas" not in union_names(tags)


def test_well_known_unions_are_found_by_the_names_south_asian_and_arab_papers_write() -> None:
    # data/union_sources/labour-names-local-scripts-south16.tsv (wide_unions7a bn-701, wide_unions8a hi-808,
    # wide_bn12 ur-2383 and ur-2387)
    assert "wftu" in union_ids(tag_text("ঢাকায় বিশ্ব ট্রেড ইউনিয়ন ফেডারেশনের প্রতিষ্ঠা বার্ষিকীতে সমাবেশ হবে।"))
    assert "itf" in union_ids(tag_text("أعلن الاتحاد الدولي لعمال النقل تضامنه مع عمال الموانئ في المغرب."))
    assert "aicctu" in union_ids(tag_text("पटना में ऐक्टू के नेताओं ने धरना दिया।"))
    assert "apwhewu-pk" in union_ids(tag_text("لاہور میں واپڈا ہائیڈرو الیکٹرک لیبر یونین نے احتجاج کیا۔"))
    # data/union_sources/pakistan-urdu-names-pages-ur18.tsv (wide_ur18 ur-5210 and ur-5200)
    assert "apwhewu-pk" in union_ids(tag_text("خیرپور میں آل پاکستان واپڈا ہائڈرو الیکٹرک ورکرز یونین نے مظاہرہ کیا۔"))
    assert "pfbww-pk" in union_ids(tag_text("اسلام آباد میں پاکستان فیڈریشن آف بلڈنگ اینڈ ووڈ ورکرز نے مظاہرہ کیا۔"))


def test_well_known_spanish_speaking_unions_the_directory_lacked_are_found() -> None:
    ids = union_ids(
        tag_text(
            "LAB ha convocado en Euskadi y Navarra, junto con CCOO, UGT, Steilas, ESK, Hiru y Solidari, paros de tres horas."
        )
    )
    assert {"esk-es", "hiru-es", "solidari-es"} <= ids
    assert "otep-sn-py" in union_ids(
        tag_text(
            "Docentes nucleados en la Organización de Trabajadores de la Educación del "
            "Paraguay Sindicato Nacional (OTEP-SN) se concentran frente al Congreso."
        )
    )
    assert "ceteg-mx" in union_ids(tag_text("En Guerrero, integrantes de la CETEG marcharon en Chilpancingo."))
    # es17: federations of Spain's centres as the press writes them, and unions of Peru, Chile, Costa Rica, Bolivia
    # and Argentina
    ids = union_ids(tag_text("En Extremadura, CCOO de Industria, UGT-FICA y la CIG-Saúde convocaron la huelga; también ANPE."))
    assert {"federacion-de-industria-de-ccoo-es", "cig-saude-es", "anpe-es"} <= ids
    assert "fesp-ugt-es" in union_ids(tag_text("En Zaragoza, UGT Servicios Públicos se concentró ante el Pignatelli."))
    assert "sinesss-pe" in union_ids(tag_text("En Lima, las enfermeras del SINESS iniciaron una huelga en EsSalud."))
    ids = union_ids(tag_text("En Chile, la Fenats Nacional y la Fenpruss convocaron un paro en los hospitales de Santiago."))
    assert {"fenats-cl", "fenpruss-cl"} <= ids
    ids = union_ids(tag_text("En San José, la Unión Médica Nacional (UMN) y Siprocimeca se sumaron a la huelga en la CCSS."))
    assert {"umn-cr", "sindicato-de-profesionales-en-ciencias-medicas-de-la-caja-co-cr"} <= ids
    assert "fempinra-ar" in union_ids(
        tag_text(
            "En Buenos Aires, la Federación Marítima, Portuaria y de la Industria Naval de "
            "la República Argentina (FeMPINRA) paralizó los puertos."
        )
    )
    assert "central-obrera-regional-de-el-alto-bo" in union_ids(tag_text("En Bolivia, la COR El Alto pidió cambiar la sede."))


@pytest.mark.parametrize("text, name", [
    # wide_kojp12 ja-2161, ja-2159, wide_asia9 ja-914, ja-905: short names ending in 労, the place before or not
    ("知事あての要求書(県職労及び現業協)を手交した。", "県職労"),
    ("病院協と県病労は郡山市で定期大会を開いた。", "県病労"),
    ("連続して公判が入ってくる全動労裁判も含め、国鉄闘争を続ける。", "全動労"),
    ("花輪さん(世田谷地区労顧問)が発言した。", "世田谷地区労"),
    ("長野県職労が県庁で交渉した。", "長野県職労"),
])


def test_japanese_short_names_ending_in_rou(text: str, name: str) -> None:
    assert union_names(tag_text(text)) == {name}


def test_japanese_words_ending_in_rou_are_no_union() -> None:
    for text in ("県就労支援センターで相談した。", "県労委に救済を申し立てた。", "2022年度県職労独自要求交渉を行った。",
                 "市勤労会館で集会を開いた。"):
        assert not tag_text(text).unions, text


def test_a_short_name_in_rou_is_the_union_named_in_full() -> None:
    # wide_kojp12 ja-2160: one union, not two
    tags = tag_text("ようこそ長野県職員労働組合です。要求は地公労(県教組、県職労の2団体)で行っています。")
    assert {(tag.name, tag.acronym) for tag in tags.unions if tag.name.startswith("長野")} == {("長野県職員労働組合", "県職労")}


@pytest.mark.parametrize("text", [
    # wide_east11 ja-1516, ja-1517: a workplace's branch after its union's name, with a space or not
    "(札幌地域労組 千歳相互バス支部 江崎毅支部長)「苦渋の決断です」",
    "札幌地域労組千歳相互バス支部(組合員数26名)が24時間ストライキを実施しました。",
])


def test_a_japanese_workplace_branch_is_named_with_its_union(text: str) -> None:
    tags = tag_text(text)
    assert "union-jp-4" in union_ids(tags)
    assert "札幌地域労組 千歳相互バス支部" in union_names(tags) | {tag.acronym for tag in tags.unions}


def test_a_japanese_regional_branch_or_all_branches_are_no_branch() -> None:
    for text in ("建交労愛知県支部から祝電が寄せられました。", "全国各支部から中央委員が参加した。", "千教組夷隅支部の活動報告です。",
                 "札幌地域労組名古屋地域支部が発言した。"):
        assert not any(tag.name.endswith("支部") for tag in tag_text(text).unions), text


def test_malay_names_of_malaysian_unions_are_their_records() -> None:
    # The press writes Malaysian unions by their Malay names, the full name before the acronym in title case
    # (wide_rare17 ms-3735, ms-3737, ms-3746, ms-3747; ms-3742): one union each, not a second one found by shape.
    tags = tag_text(
        "KUALA LUMPUR: Kongres Kesatuan Pekerja-Pekerja Di Dalam Perkhidmatan Awam (Cuepacs) dan Kesatuan "
        "Jururawat Malaya (MNU) menggesa kerajaan di Putrajaya menaikkan elaun jururawat."
    )
    assert union_ids(tags) == {"cuepacs-my", "mnu-my"}
    tags = tag_text(
        "Di Ipoh, Kongres Kesatuan Pekerja-pekerja Dalam Perkhidmatan Awam dan Kesatuan Perkhidmatan "
        "Perguruan Kebangsaan Malaysia membantah cadangan itu."
    )
    assert union_ids(tags) == {"cuepacs-my", "nutp-my"}


def test_turkish_unions_by_their_full_and_short_names_are_their_records() -> None:
    # A full name before its short name in brackets, and a short name written with a space for its dash
    # (wide_rare17 tr-3765, tr-3766, tr-3774; wide_north9 tr-941): one union each.
    tags = tag_text(
        "İstanbul'da Eğitim ve Bilim Emekçileri Sendikası (Eğitim Sen) ile Türkiye Eğitim, Öğretim ve Bilim "
        "Hizmetleri Kolu Kamu Çalışanları Sendikası (Türk Eğitim Sen) üyeleri iş bıraktı."
    )
    assert union_ids(tags) == {"egitim-sen-tr", "turkish-education-training-and-science-services-branch-publi-tr"}
    tags = tag_text("Edirne'de Eğitim İş üyesi öğretmenler ve Siirt'te DİSK'e bağlı Dev Maden Sen üyeleri eylem yaptı.")
    assert {"egitim-ve-bilim-isgorenleri-sendikasi-tr", "dev-maden-sen-tr"} <= union_ids(tags)


def test_dutch_head_words_name_dutch_and_flemish_unions() -> None:
    # "Nederlandse Politiebond", "Algemene Onderwijsbond", "Algemeen Belgisch Vakverbond" (wide_german17): Dutch
    # names are built around Vakbond, Vakverbond, Vakcentrale and the police and teachers' -bond compounds.
    assert "Vlaamse Onderwijsbond" in union_names(tag_text("De Vlaamse Onderwijsbond roept de leraren in Gent op te staken."))
    assert "Algemeen Nederlands Vakverbond" in union_names(
        tag_text("Het Algemeen Nederlands Vakverbond riep in Amsterdam de leden op tot een staking.")
    )
    assert "Christelijke Politiebond" in union_names(
        tag_text("De Christelijke Politiebond voert actie in Den Haag voor een betere cao.")
    )


def test_a_dutch_police_or_teachers_bond_written_small_names_no_union() -> None:
    # "een historisch grote Nederlandse politievakbond", "de relatief kleine onderwijsbond Leraren in Actie": the
    # kind of union one is, not a name.
    assert not tag_text(
        "Het resultaat is een historisch grote Nederlandse politievakbond met ruim 33.000 leden in Utrecht."
    ).unions
    # (Leraren in Actie itself is a directory union since nl19, labelled in wide_german17 and wide_nl19: the shape
    # is tested with a name the directory lacks.)
    assert not tag_text("De relatief kleine onderwijsbond Docenten in Beweging roept op tot staken in Den Haag.").unions


def test_a_capitalised_trade_union_is_the_labour_word_a_weak_head_needs() -> None:
    # "Trade" alone is no labour word and "Union" is a head: a name of a weak head that holds only them,
    # written in the singular ("Zambia Congress of Trade Union"), is still the directory's union.
    tags = tag_text("In Ndola, the Zambia Congress of Trade Union President said the strike would go on.")
    assert union_ids(tags) == {"zctu-zm"}
    tags = tag_text("The Congress of South African Trade Union marched in Durban on Friday.")
    assert union_ids(tags) == {"cosatu"}
    # Lower-case words are a sentence's, not a name's.
    assert not tag_text("In Ndola, the Congress of the party discussed trade union law.").unions
    assert not tag_text("The European Union and the trade unions met in Brussels.").unions


def test_korean_and_japanese_unions_the_directory_has_from_branch_kojp17() -> None:
    school = "korean-school-non-regular-workers-union-kr"
    assert union_ids(tag_text("부산에서 전국학교비정규직노조가 총파업에 돌입했고 대전 학비노조는 교육청을 점거했다.")) == {school}
    # a prefectural federation's full and short names are one union, not the national federation of its trade
    assert len(union_ids(tag_text("長野県労働組合連合会が長野市で街頭活動を行った。長野県労連の議長が訴えた。"))) == 1
    assert union_names(tag_text("盛岡市でいわて労連が街宣活動を行った。")) == {"岩手県労働組合連合会"}
    assert "japan-federation-of-prefectural-and-municipal-workers-unions-jp" not in union_ids(
        tag_text("静岡自治労連は、静岡県評とともにJR静岡駅前で宣伝行動に参加した。")
    )


def test_a_bangla_name_of_hawkers_is_a_union_of_its_workers() -> None:
    # Hawkers are the trade's workers: "... হকার্স ইউনিয়ন" is a union's name, not only a trade's.
    # (a name the directory lacks: "বাংলাদেশ হকার্স ইউনিয়ন" is one of its records)
    assert "চট্টগ্রাম মহানগর হকার্স ইউনিয়ন" in union_names(tag_text("নগরীতে বিক্ষোভ সমাবেশ করেছে চট্টগ্রাম মহানগর হকার্স ইউনিয়ন।"))


def test_a_bangla_forum_of_trade_unions_is_a_platform_and_no_union() -> None:
    # "জাহাজভাঙা শ্রমিক ট্রেড ইউনিয়ন ফোরাম": a forum of the shipbreaking workers' unions, like "Trade Union Alliance";
    # the unions' own "কেন্দ্র" is one ("জাহাজভাঙা শ্রমিক ট্রেড ইউনিয়ন কেন্দ্রের সম্মেলন").
    tags = tag_text("সীতাকুণ্ডে জাহাজভাঙা শ্রমিক ট্রেড ইউনিয়ন ফোরামের মানববন্ধন হয়। জাতীয়তাবাদী শ্রমিক দলের নেতা বক্তব্য দেন।")
    assert not any("ফোরাম" in name or "জাহাজভাঙা" in name for name in union_names(tags))
    assert "জাহাজভাঙা শ্রমিক ট্রেড ইউনিয়ন কেন্দ্র" in union_names(tag_text("সীতাকুণ্ডে জাহাজভাঙা শ্রমিক ট্রেড ইউনিয়ন কেন্দ্রের সম্মেলন হয়।"))


def test_a_cyrillic_company_form_organ_or_initials_by_a_lower_case_head_is_no_union() -> None:
    """"профсоюза ЗАО «Форд»", "Секретарь ЦК профсоюза", "Председателя профсоюза Л.А. Миронова" (wide_cyr17
    ru-4002, wide_ru18 ru-5306, ru-5313): a company's legal form, a union's organ and a person's initials next to
    a lower-case Russian head are no union of their own."""
    names = union_names(tag_text("История легендарного профсоюза ЗАО «Форд мотор компани» во Всеволожске, Россия."))
    assert "ЗАО" not in names
    names = union_names(tag_text("Секретарь ЦК профсоюза работников здравоохранения РФ Тамара Гончарова заявила в Москве."))
    assert not any(name.startswith("ЦК") for name in names)
    assert "Л.А" not in union_names(
        tag_text("По словам Председателя профсоюза Л.А. Миронова, в Москве, Россия, зарплаты растут.")
    )


def test_a_cyrillic_union_acronym_by_a_lower_case_head_is_still_the_union() -> None:
    """The rule above leaves a union's own acronym next to its head alone ("председатель профсоюза МПРА")."""
    assert "union-ru-4" in union_ids(tag_text("Председатель профсоюза МПРА выступил в Москве, Россия."))
    assert "union-ru-4" in union_ids(tag_text("В Москве, Россия, профсоюз МПРА провёл пикет у завода."))


def test_a_hindi_teachers_union_is_named_by_teacher_words_before_its_head() -> None:
    # "शिक्षक" (teacher) is a labour word, as "ٹیچرز" is in Urdu; primary and secondary name the school level.
    tags = tag_text("लखनऊ में उत्तर प्रदेश शिक्षक संघ और माध्यमिक शिक्षक संघ ने धरना दिया। प्राथमिक शिक्षक संघ भी शामिल था।")
    assert {"उत्तर प्रदेश शिक्षक संघ", "माध्यमिक शिक्षक संघ", "प्राथमिक शिक्षक संघ"} <= union_names(tags)
    assert "उत्तर प्रदेश शिक्षक महासंघ" in union_names(tag_text("मेरठ में उत्तर प्रदेश शिक्षक महासंघ ने धरना दिया।"))
    assert not tag_text("मेरठ में शिक्षक संघ के नेताओं ने धरना दिया।").unions  # teachers' union, referred to


def test_a_hindi_employees_council_is_a_union_head() -> None:
    # "परिषद" (council) heads the roadways and state employees' joint councils.
    tags = tag_text("लखनऊ में उत्तर प्रदेश रोडवेज कर्मचारी संयुक्त परिषद और राज्य कर्मचारी संयुक्त परिषद ने धरना दिया।")
    # (the roadways council by its directory name since branch ur19)
    assert {"Roadways Karmchari Sanyukt Parishad Uttar Pradesh", "राज्य कर्मचारी संयुक्त परिषद"} <= union_names(tags)
    # a council with no labour word is no union: the state electricity board, the legislative council
    assert not tag_text("लखनऊ में राज्य विद्युत परिषद और विधान परिषद की बैठक हुई।").unions


def test_hindi_pages_name_the_railway_unions_in_their_own_spellings() -> None:
    # directory rows of branch hi18: the AIRF and its zonal unions as Hindi pages write them
    tags = tag_text("शाहजहांपुर में ऑल इंडिया रेलवे मेंस फेडरेशन के 101 वर्ष पूर्ण होने पर नेशनल रेलवे मजदूर यूनियन ने शरबत बांटा।")
    assert {"airf-in", "nrmu-in"} <= union_ids(tags)
    assert "srmu-in" in union_ids(tag_text("दक्षिण रेलवे मजदूर यूनियन के महासचिव चेन्नई में बोले।"))


@pytest.mark.parametrize(("text", "union_id"), [
    # Directory rows of branch fr18: France's metal federations of FO and the CGT, and Corsica's STC.
    ("Le congrès de FO Métaux s'est tenu à Amiens.", "federation-fo-de-la-metallurgie-fr"),
    ("Denis Bréant, responsable du secteur automobile FTM-CGT, ne croit pas au projet.", "ftm-cgt-fr"),
    ("Le STC a appelé à la grève au Crédit Lyonnais d'Aiacciu.", "stc-fr"),
    ("Le syndicat SUD Santé Sociaux de l'hôpital Édouard-Herriot de Lyon a déposé un préavis.",
     "federation-sud-sante-sociaux-fr"),
    ("La CNT-Solidarité Ouvrière dénonce la sous-traitance dans le nettoyage.", "cnt-so-fr"),
    ("La CFE Énergies parle de grève reconductible à EDF.", "federation-cfe-energies-fr"),
])


def test_french_federations_and_corsicas_union_from_the_directory(text: str, union_id: str) -> None:
    assert union_id in union_ids(tag_text(text))


def test_workers_in_a_field_of_work_go_on_in_the_name() -> None:
    # Branch pt19 (wide_pt19 pt-6511, pt-6512, pt-6514..pt-6516; wide_romance12 pt-2406): a capitalised noun for a
    # field of work after "em"/"na"/"no" ("Administração", "Telecomunicações") is the workers' sector, also where
    # the name ends there, and after "Trabalhadoras" as after "Trabalhadores".
    tags = tag_text("No Brasil, o Sindicato dos Trabalhadores na Administração Pública de Campinas entrou em greve.")
    assert "Sindicato dos Trabalhadores na Administração Pública de Campinas" in union_names(tags)
    tags = tag_text("No Brasil, o Sindicato dos Trabalhadores em Comunicações, de Curitiba, protestou.")
    assert "Sindicato dos Trabalhadores em Comunicações" in union_names(tags)
    tags = tag_text("No Paraná, a Federação dos Trabalhadores e Trabalhadoras em Educação Pública aprovou a greve.")
    assert "Federação dos Trabalhadores e Trabalhadoras em Educação Pública" in union_names(tags)
    # A town after the preposition is still no sector.
    assert "Sindicato dos Trabalhadores em Santos" not in union_names(
        tag_text("No Brasil, o Sindicato dos Trabalhadores em Santos fez assembleia.")
    )


def test_a_federation_of_journalists_or_doctors_in_romance_languages_is_a_union() -> None:
    # Branch pt19 (wide_pt19 pt-6524..pt-6526): "jornalistas", "periodistas", "médicos" are labour words for a
    # weak head, as "journalists" and "doctors" are in English.
    tags = tag_text("La Federación de Periodistas del Perú denunció la agresión en Lima.")
    assert "Federación de Periodistas del Perú" in union_names(tags)
    tags = tag_text("Em Moçambique, a Federação Moçambicana dos Médicos convocou uma greve.")
    assert "Federação Moçambicana dos Médicos" in union_names(tags)


@pytest.mark.parametrize(("text", "union_id"), [
    # Directory rows of branch pt19 (data/union_sources/pages-pt19.tsv).
    ("Após 94 dias, a greve do Cpers/Sindicato foi encerrada em Porto Alegre.", "cpers-br"),
    ("O Sindicato dos Professores do Rio Grande do Sul aprovou greve em Porto Alegre.", "cpers-br"),
    ("Dirigentes do Sindicato Estadual dos Profissionais de Educação do Estado do Rio de Janeiro foram notificados.",
     "sepe-rj-br"),
    ("Segundo o secretário do Sindsep, a greve dos servidores de São Paulo continua.", "sindsep-br"),
    ("A FENATTEL se reuniu com a Claro em São Paulo.", "fenattel-br"),
    ("O SINTETEL segue firme em sua agenda de lutas em Bauru.", "sintetel-br"),
    ("A greve nos CTT foi convocada pelo SNTCT, um dos 11 sindicatos do setor.", "sntct-pt"),
    ("Os Sindicatos constituintes da FNAM (SMZS, SMZC e SMZN) declaram greve.", "smzn-pt"),
    ("A SINAPROF iniciou mais uma greve geral de três dias em Bissau.", "sinaprof-gw"),
    ("Em Díli, o protesto foi organizado pelo sindicato dos trabalhadores STCST.", "stcst-tl"),
])


def test_lusophone_unions_of_the_pt19_pages_from_the_directory(text: str, union_id: str) -> None:
    assert union_id in union_ids(tag_text(text))


def test_swedish_transport_and_metall_capitalised_inside_a_sentence_are_the_unions() -> None:
    transport = "svenska-transportarbetareforbundet-se"
    assert transport in union_ids(
        tag_text("Det är en viktig fråga, och Transport måste ta hänsyn till alla chaufförers arbetssituation i Sverige.")
    )
    assert transport in union_ids(
        tag_text("Konflikten i Göteborgs hamn stöds inte av Transport, och arbetsgivarna kräver begränsningar.")
    )
    metall = {"Svenska Metallindustriarbetareförbundet"}
    assert metall <= union_names(
        tag_text("160 metallarbetare på SEM i Åmål står utan klubb sedan företaget sagt upp det lokala avtalet med Metall.")
    )
    # IF Metall named in the story: "Metall" is IF Metall, not the union before 2006.
    assert not metall & union_names(
        tag_text("Dan Söderqvist är ordförande i IF Metall Sörmland. Och på mer central nivå i Metall vet man inget.")
    )
    # The nouns and firms' names are no unions.
    assert not tag_text("Transport av farligt gods ökar i Sverige, och DHL Transport bygger en terminal i Örebro.").unions
    assert not tag_text("Priset på metall steg i Sverige, och bolaget köper Transport Styrelsens tjänster.").unions


def test_a_foreign_unions_acronym_in_capitals_in_a_nordic_story_of_no_place_of_it_is_a_word() -> None:
    # A slogan, a word in capitals or the story's own union, not another country's union by its acronym.
    assert "stop-pt" not in union_ids(
        tag_text(
            "Palkansaajakeskusjärjestöt SAK ja STTK ovat kutsuneet koolle STOP nyt! "
            "-mielenosoituksen Senaatintorille Helsingissä."
        )
    )
    assert "unison" not in union_ids(
        tag_text("UNISON APPLAUS: Flinke folk koster! ropte Kjetil Rekdal i Politiets Fellesforbund fra talerstolen i Oslo.")
    )
    tags = tag_text(
        "Fellesorganisasjonen (FO) går ut i streik i kommunesektoren. I første omgang tar FO ut ca 590 "
        "medlemmer innenfor sosialtjenesten.",
        title="FO-streik i kommunesektoren",
    )
    assert "fo" not in union_ids(tags) and "fellesorganisasjonen-no" in union_ids(tags)
    assert "FO" not in union_names(tags)
    # The union's country in the story: its acronym counts.
    assert "unison" in union_ids(tag_text("Den britiske fagforeningen UNISON varsler streik på sykehusene i London."))


def test_an_amount_or_a_date_after_an_acronym_is_no_numbered_local() -> None:
    assert not [
        name
        for name in union_names(tag_text("I alt sparer FOA 45,6 millioner kroner på sit budget i København."))
        if "Local" in name
    ]
    assert not [
        name for name in union_names(tag_text("Manifestacja OPZZ 22.09.2018 w Warszawie – krótka relacja.")) if "Local" in name
    ]


def test_nordic_unions_named_in_wide_nordic19_pages_are_in_the_directory() -> None:
    assert "kemianliitto-fi" in union_ids(tag_text("Teollisuusliitto edustaa entisiä Puuliittoa ja Kemianliittoa Suomessa."))
    assert {"sid-dk", "kad-dk"} <= union_ids(
        tag_text(
            "3F blev dannet ved fusionen af Specialarbejderforbundet i Danmark og "
            "Kvindeligt Arbejderforbund i Danmark i København."
        )
    )
    assert "hk-danmark-dk" in union_ids(tag_text("HK Kommunal har oprettet en kollektiv lønforsikring for medlemmerne i Aarhus."))
    assert "ntf-no" in union_ids(tag_text("Bussjåfører i Transportarbeiderforbundet streiket i Nord-Trøndelag i 1986."))


def test_japanese_names_joined_by_a_middle_dot_are_names_of_their_own() -> None:
    # "県職労・高教組", "全国港湾労働組合連合会・全日本港湾運輸労働組合同盟": two unions, not one name
    assert union_names(tag_text("沖縄の県職労・高教組は県庁前で集会を開いた。")) == {"県職労", "高教組"}
    assert union_names(tag_text("四日市ユニオン・桑名合同労組は会社に団体交渉を申し入れた。")) == {"四日市ユニオン", "桑名合同労働組合"}
    # a company's or a trade's words joined by "・" stay one name
    assert union_names(tag_text("東池袋でそごう・西武労組がストライキを行った。")) == {"Sogo & Seibu Labor Union"}
    assert union_names(tag_text("東京で合同・一般労働組合全国協議会の大会が開かれた。")) == {"合同・一般労働組合全国協議会"}


def test_the_ugtts_regional_unions_are_the_ugtt() -> None:
    # "الاتحاد الجهوي للشغل بقفصة": the UGTT's regional union in Gafsa, an organ of the UGTT
    assert union_ids(tag_text("قررت الهيئة الإدارية للاتحاد الجهوي للشغل بقفصة الدخول في إضراب عام جهوي.")) == {"ugtt"}


def test_kinds_of_japanese_unions_listed_with_a_middle_dot_are_no_name() -> None:
    # "中小・ハイタク労組" (the small firms' and the taxi unions), "パート・臨時労組連絡会" (a council of part-time and
    # temporary workers' unions): kinds of unions listed, not a union's name
    assert not tag_text("大手回答を受け、中小・ハイタク労組は3月19日に回答を引き出した。").unions
    assert not tag_text("岡山県労会議パート・臨時労組連絡会は定例の最賃宣伝を行いました。").unions
    assert union_names(tag_text("東池袋でそごう・西武労組がストライキを行った。")) == {"Sogo & Seibu Labor Union"}


def test_an_arabic_name_without_the_article_general_or_with_an_adjective_of_origin_is_the_directorys_union() -> None:
    # "اتحاد نقابات عمال البحرين" is الاتحاد العام لنقابات عمال البحرين, "الاتحاد التونسي للشغل" the UGTT,
    # "اتحاد نقابات العمال الفلسطيني" the PGFTU: one union each, not a second one
    assert union_ids(tag_text("أكد الأمين العام لاتحاد نقابات عمال البحرين أن نحو 50 من المفصولين لم يعودوا في البحرين.")) == {
        "gfbtu"
    }
    assert union_ids(tag_text("وقال الاتحاد التونسي للشغل في بيان إن الإضراب في تونس ناجح.")) == {"ugtt"}
    assert union_ids(tag_text("نظم اتحاد نقابات العمال الفلسطيني في نابلس وقفة احتجاجية.")) == {"pgftu"}


def test_a_syllable_acronym_in_brackets_belongs_to_the_name_before_it() -> None:
    # Latin American unions' acronyms spell syllables of their words ("Sitraibana": SIndicato de TRAbajadores de
    # la Industria BANAnera); the bracket teaches the name its acronym.
    tags = tag_text("En Changuinola, el Sindicato de Trabajadores de la Industria Bananera (Sitraibana) mantiene la huelga.")
    assert {(tag.name, tag.acronym) for tag in tags.unions} == {
        ("Sindicato de Trabajadores de la Industria Bananera", "Sitraibana")}
    tags = tag_text("En Managua, la Federación de Trabajadores de la Educación (Fetraedu) marchó el lunes.")
    assert {tag.acronym for tag in tags.unions} == {"Fetraedu"}
    # Nicaragua's Fetsalud is a directory row now: its name and acronym are the directory's.
    tags = tag_text("En Managua, la Federación de Trabajadores de la Salud (Fetsalud) marchó el lunes.")
    assert {tag.union_id for tag in tags.unions} == {"fetsalud-ni"}
    # A word in brackets that spells no syllables of the name is none of its acronyms.
    tags = tag_text("En Tegucigalpa, el Sindicato de Trabajadores de la Bebida (Cervecería) protestó.")
    assert {tag.acronym for tag in tags.unions} <= {None}


def test_a_syllable_acronym_keeps_the_directory_union_the_name_shortens() -> None:
    # "Confusam" spells syllables of a name written with a word less than the directory's (Chile's health
    # confederation): still that union, with its country.
    tags = tag_text("La Confederación Nacional de Funcionarios de Salud Municipal (Confusam) fijó un paro nacional.")
    assert "confusam-cl" in union_ids(tags)


def test_a_foreign_unions_acronym_after_an_employers_staff_names_the_employer() -> None:
    # Paraguay's power company ANDE, not Costa Rica's teachers' ANDE, in a story placed in Paraguay.
    assert "ande-cr" not in union_ids(tag_text("En Paraguarí, los trabajadores de la ANDE cerraron la ruta PY01."))
    assert "ande-cr" not in union_ids(tag_text("En Paraguarí, el gremio pidió al jefe de la ANDE tres móviles."))
    # Costa Rica's union where the story is in Costa Rica, and its acronym elsewhere as a union still counts.
    assert "ande-cr" in union_ids(tag_text("En San José, Costa Rica, los afiliados de la ANDE marcharon."))


@pytest.mark.parametrize(("text", "union_id"), [
    # Directory rows of branch es19: unions Spanish-language pages of Latin America and Catalonia name.
    ("Los miembros de la Utier aprobaron decretar una huelga en San Juan.", "utier-pr"),
    ("La protesta en Arequipa reunió a los sindicatos que acompañaron la convocatoria de la FDTA.", "fdta-pe"),
    ("El líder sindical Víctor Venegas habló en la sede de Fenatev en Barinas.", "fenatev-ve"),
    ("La Intersindical Alternativa de Catalunya (IAC) ha convocado huelga de funcionarios.", "iac-es"),
    ("Cisneros, capacitador de la Federación Sindical de Trabajadores de Honduras (Fesitranh), lo informó.",
     "federacion-sindical-de-trabajadores-nacionales-de-honduras-hn"),
    ("Tras la detención de dirigentes del Sindicato de Trabajadores de la ANDE (Sitrande), hubo cortes de luz.",
     "sitrande-py"),
])


def test_latin_american_and_catalan_unions_from_the_directory(text: str, union_id: str) -> None:
    assert union_id in union_ids(tag_text(text))


def test_a_coordinadora_sindical_is_a_table_of_unions_not_a_union() -> None:
    # "Coordinadora Sindical de Nicaragua/Salvadoreña": where unions coordinate (LABELING.md: coalitions are none).
    tags = tag_text("En San Salvador, Domingo Pérez, de la Coordinadora Sindical Salvadoreña, acompañó al Sitramus.")
    assert not any(name.startswith("Coordinadora") for name in union_names(tags))
    tags = tag_text("En Managua, la Coordinadora Sindical de Nicaragua marchó con la CST.")
    assert not any(name.startswith("Coordinadora") for name in union_names(tags))
    # A coordinadora of workers named so is still found by its shape.
    tags = tag_text("En Guatemala, la Coordinadora Nacional para la Defensa de los Trabajadores (CNDT) marchó el lunes.")
    assert "Coordinadora Nacional para la Defensa de los Trabajadores" in union_names(tags)


def test_a_french_syllabic_acronym_spelt_by_the_starts_of_the_words_names_the_union() -> None:
    # Branch fr19 (wide_fr19, wide_fr17): West and Central African unions' acronyms take syllables of the words
    # ("SYN" for "Syndicat national"), not their initials.
    tags = tag_text(
        "Au Cameroun, le Syndicat national autonome des transporteurs routiers du Cameroun (SYNATROCAM) "
        "menace de faire grève à Douala."
    )
    assert ("Syndicat national autonome des transporteurs routiers du Cameroun", "SYNATROCAM") in {
        (tag.name, tag.acronym) for tag in tags.unions}
    # Written as a word, in a lower-case name.
    tags = tag_text("À Libreville, le syndicat national des professionnels des eaux et forêts (Synapef) a suspendu sa grève.")
    assert ("syndicat national des professionnels des eaux et forêts", "Synapef") in {
        (tag.name, tag.acronym) for tag in tags.unions}
    # "ACR (Name)" with the acronym written as a word.
    tags = tag_text(
        "À Abidjan, les membres du Syres (Syndicat pour la revalorisation des enseignants du secondaire "
        "de Côte d'Ivoire) ont repris les cours."
    )
    assert "Syndicat pour la revalorisation des enseignants du secondaire de Côte d'Ivoire" in union_names(tags)
    # Letters the words do not start with spell no name ("PEF" is not in "gestionnaires des mines").
    # (The bracket's "Synapef" is a union's syllabic acronym of its own, read alone since branch recfr38.)
    tags = tag_text("À Libreville, le syndicat national des gestionnaires des mines (Synapef) a suspendu sa grève.")
    assert not any(tag.acronym == "Synapef" for tag in tags.unions)
    assert union_names(tags) <= {"Synapef"}


def test_a_bracketed_acronyms_whole_name_replaces_the_shorter_name_found_in_it() -> None:
    # Branch fr19 (wide_fr19 fr-6700, fr-6767; wide_fr18; wide_romance12): the shape found a name cut short
    # ("Syndicat national des enseignants"); the acronym after the whole name spells all of it.
    tags = tag_text(
        "Au Burkina Faso, le Syndicat national des enseignants du secondaire et du supérieur (SNESS) a lancé une grève."
    )
    assert union_names(tags) == {"Syndicat national des enseignants du secondaire et du supérieur"}
    tags = tag_text(
        "À Libreville, le Syndicat national des agents de la Fonction publique et de la réforme "
        "administrative du Gabon (SYNAFOPRA) a appelé à la grève."
    )
    assert {(tag.name, tag.acronym) for tag in tags.unions} == {
        ("Syndicat national des agents de la Fonction publique et de la réforme administrative du Gabon",
         "SYNAFOPRA")}


@pytest.mark.parametrize(("text", "union_id"), [
    # Directory rows of branch fr19 (data/union_sources/francophone-pages-fr19.tsv).
    ("À Luxembourg-Ville, l'OGBL a manifesté contre la manipulation de l'index.", "ogbl-lu"),
    ("Le LCGB a quitté le front syndical, au grand regret de la CGFP.", "lcgb-lu"),
    ("À Dakar, And Gueusseum annonce une grève de 96 heures dans la santé.", "asas-sn"),
    ("Le Syntramin a saisi le tribunal du Travail de Niamey.",
     "syndicat-national-des-travailleurs-des-mines-du-niger-ne"),
    ("Fignolé Saint Cyr, secrétaire général de la CATH, a rappelé le salaire minimum à Port-au-Prince.", "cath-ht"),
])


def test_francophone_unions_of_the_fr19_pages_from_the_directory(text: str, union_id: str) -> None:
    assert union_id in union_ids(tag_text(text))


def test_rengo_as_the_body_unions_join_its_may_day_president_and_district_councils() -> None:
    """"(連合加盟)", "同じく連合に加盟する", "連合メーデー", "連合・神津会長", "連合から神津里季生・会長", "神津里季生連合会長" (a
    five-character name), "連合下越地協" (wide_ja19 ja-7328, ja-7329, ja-7331, ja-7336; wide_jaar19 ja-6606, ja-6621;
    wide_ja18 ja-5162)."""
    assert union_ids(tag_text("横浜港では全国港湾と港運同盟(連合加盟)が23日にストライキを行った。")) >= {"rengo"}
    assert union_ids(tag_text("私たちと同じく連合に加盟する労働組合が東京で集会を開いた。")) == {"rengo"}
    assert union_ids(tag_text("東京の代々木公園で連合メーデーが開かれた。")) == {"rengo"}
    assert union_ids(tag_text("来賓には新会長に就任したばかりの連合・神津会長が出席した。")) == {"rengo"}
    assert union_ids(tag_text("来賓として民進党から前原誠司・代表、連合から神津里季生・会長が出席した。")) == {"rengo"}
    assert union_ids(tag_text("大会を都内で開催し、神津里季生連合会長があいさつしました。")) == {"rengo"}
    assert union_ids(tag_text("最低賃金周知活動、連合下越地協は新発田駅前でチラシを配った。")) == {"rengo"}
    assert not tag_text("国際連合に加盟する国々が東京で会議を開いた。").unions  # the United Nations
    assert not tag_text("野党が連合して東京で集会を開いた。").unions  # a verb


def test_a_japanese_unions_standing_or_a_groups_ranks_before_the_union_word_is_no_name() -> None:
    """"2大労働組合" (the two biggest), "各自動車労組" (each carmaker's), "高賃金労組" (high-wage unions), "非正規職労組",
    "トヨタ自動車グループの労働組合", "鉄鋼メーカーの労働組合": unions referred to (wide_ja19 ja-7301, ja-7312, ja-7313,
    ja-7314, ja-7315, ja-7321, ja-7350)."""
    assert union_ids(tag_text("韓国の2大労働組合組織の一つ、民主労総が全面ストに入ります。")) == {"kctu"}
    assert union_ids(tag_text("韓国では各自動車労組を支配しているのが民主労総だ。")) == {"kctu"}
    assert not tag_text("「高賃金労組のストは問題」と韓国政府が述べた。").unions
    assert not tag_text("韓国の現代製鉄の非正規職労組は会長を告訴しました。").unions
    assert union_names(tag_text("トヨタ自動車グループの労働組合でつくる全トヨタ労働組合連合会は愛知県豊田市で会見した。")) == {
        "全トヨタ労働組合連合会"
    }
    assert not tag_text("鉄鋼メーカーの労働組合は7日、東京で要求書を会社側に提出した。").unions
    assert union_names(tag_text("東京で日立グループ労連が満額回答を受けた。")) == {"日立グループ労連"}  # a group's federation's name
    assert union_names(tag_text("東京の関東バスの労働組合はストに入った。")) == {"関東バス労働組合"}  # a company's union


def test_a_korean_translation_before_a_unions_latin_acronym_is_that_union() -> None:
    # Branch ko19b (wide_ko19b: news1, sedaily, hankyung, zdnet, daum, newsis): the Korean press writes a foreign
    # union's translated name with its own acronym in brackets; the name is the acronym's union, not a second one.
    tags = tag_text("영국 철도해운노조(RMT) 조합원들이 런던에서 파업에 들어갔다.")
    assert len(tags.unions) == 1 and tags.unions[0].acronym == "RMT"
    tags = tag_text("바이든 대통령이 미시간주에서 열린 전미자동차노조(UAW) 집회에 참석했다.")
    assert len(tags.unions) == 1 and tags.unions[0].name == "United Auto Workers"


def test_a_korean_league_of_employers_or_producers_is_no_union() -> None:
    # Branch ko19b (wide_ko19b: ohmynews, koreatowndaily, koreadaily, hankyung): "...제작자연맹" (the AMPTP) and
    # "...경영자단체연맹" (Nikkeiren) are the employers' side; a union federation's "...노동조합연맹" still counts.
    tags = tag_text(
        "작가조합은 영화·TV제작자연맹과 협상을 벌였다. 렌고는 일본경영자단체연맹에 요구할 예정이다. "
        "전국화학노동조합연맹이 성명을 냈다."
    )
    assert not any("제작자" in name or "경영자" in name for name in union_names(tags))
    assert "Federation of Korean Chemical Workers' Unions" in union_names(tags)


@pytest.mark.parametrize(("text", "union_id"), [
    # Directory rows of branch ko19b (data/union_sources/korea-unions-pages-ko19b.tsv).
    ("전력그룹사 노조로 구성된 전국전력산업노동조합연맹(전력연맹)이 출범했다.", "kfpiu-kr"),
    ("한국서부발전노조와 한전KDN노조가 상생 협약을 맺었다.", "korea-western-power-labor-union-kr"),
    ("서울교통공사 노동조합이 파업 찬반투표를 가결했다.", "seoul-transit-corporation-labor-union-kr"),
    ("한국노총 산하 전국우정노동조합(우정노조)이 총파업을 예고했다.", "korea-postal-workers-union-kr"),
    ("일본노동조합총연합회(렌고)가 5% 임금 인상을 요구하기로 했다.", "rengo"),
    ("한국노총 전국공공산업노동조합연맹과 회원조합들이 협약을 맺었다. 상급단체 공공노련이 지원한다.",
     "federation-of-korean-public-industry-unions-kr"),
    ("네이버 사원노조 '공동성명'(민주노총 화학섬유식품노조 네이버지회)이 기자회견을 열었다.", "kctf-kr"),
])


def test_korean_unions_of_the_ko19b_pages_from_the_directory(text: str, union_id: str) -> None:
    assert union_id in union_ids(tag_text(text))


def test_an_indonesian_unions_name_ends_where_its_written_out_parent_begins() -> None:
    # A federation's name run on into its confederation's (with a hyphen or a space), and a sector union's into
    # its federation's: each is its own union, not one long invented name.
    tags = default_tagger().tag(None, "Ketua Umum Federasi Serikat Buruh Garmen, Kerajinan, Tekstil, Kulit dan Sentra "
                                      "Industri-Konfederasi Serikat Buruh Seluruh Indonesia (FSB GARTEKS KSBSI) "
                                      "mengunjungi Semarang.", "id")
    assert union_ids(tags) == {"garteks-id", "ksbsi"}
    tags = default_tagger().tag(None, "Wakil ketua Pimpinan Pusat Serikat Pekerja Perkebunan dan Kehutanan Federasi "
                                      "Serikat Pekerja Metal Indonesia (PP SPPK FSPMI) berkunjung ke Padang Lawas.", "id")
    assert union_ids(tags) == {"sppk-id", "fspmi-id"}
    # A name the directory does not know is cut the same way.
    tags = default_tagger().tag(None, "Ketua Serikat Pekerja Automotif Rakyat Federasi Serikat Pekerja Metal Indonesia "
                                      "(SPAR FSPMI) berunjuk rasa di Bekasi.", "id")
    assert union_names(tags) == {"Serikat Pekerja Automotif Rakyat", "Federation of Indonesian Metal Workers Unions"}


def test_german_case_forms_of_union_names() -> None:
    from bot.matching.unions import german_case_forms

    assert set(german_case_forms("Deutscher Gewerkschaftsbund")) == {
        "Deutschen Gewerkschaftsbund", "Deutsche Gewerkschaftsbund", "Deutschen Gewerkschaftsbundes",
        "Deutschen Gewerkschaftsbunds"}
    assert german_case_forms("Marburger Bund") == ("Marburger Bundes", "Marburger Bunds")  # a place's adjective stays
    assert german_case_forms("Deutsche Polizeigewerkschaft") == ("Deutschen Polizeigewerkschaft",)
    assert german_case_forms("Gewerkschaft der Polizei") == ()
    assert german_case_forms("IG Metall") == ()


def test_declined_german_union_names_are_the_directorys() -> None:
    tags = tag_text("In Würzburg sagte der Regionalgeschäftsführer des Deutschen Gewerkschaftsbunds, die Kundgebung sei gut.")
    assert "dgb" in union_ids(tags) or any(tag.name == "Deutscher Gewerkschaftsbund" for tag in tags.unions)
    assert not any(tag.union_id.startswith("found:") for tag in tags.unions)
    tags = tag_text("In Frankfurt sprach auf der Kundgebung des Marburger Bundes die Vorsitzende der Ärztinnen.")
    assert union_names(tags) == {"Marburger Bund"}
    tags = tag_text("In Nürnberg hielt eine Mahnwache von der Deutschen Polizeigewerkschaft die Stellung.")
    assert union_names(tags) == {"Deutsche Polizeigewerkschaft"}


def test_a_german_noun_for_a_kind_of_union_before_its_name_is_not_the_name() -> None:
    tags = tag_text("Am Frankfurter Flughafen streiken die Beschäftigten der Kabinengewerkschaft Ufo seit Mitternacht.")
    assert not any(tag.union_id.startswith("found:") for tag in tags.unions)
    assert any(tag.union_id == "ufo-de" for tag in tags.unions)
    tags = tag_text("In Wien will die Bahngewerkschaft Vida am Montag österreichweit streiken.")
    assert {tag.union_id for tag in tags.unions} == {"gewerkschaft-vida-at"}


def test_a_nepali_union_name_with_its_case_ending_joined_is_the_directory_union() -> None:
    # Nepali joins -ले, -को, -द्वारा ... to a name's last word (data/union_sources/nepal-pages-ne19.tsv and the
    # Nepali spellings of NTUC, GEFONT and the teachers' federation).
    assert "Nepal Trade Union Congress" in union_names(
        tag_text("काठमाडौं । नेपाल ट्रेड युनियन कांग्रेसले श्रमिकको न्यूनतम पारिश्रमिक बढाउन माग गरेको छ ।")
    )
    assert "General Federation of Nepalese Trade Unions" in union_names(
        tag_text("विराटनगरमा जिफन्टका अध्यक्षले श्रम ऐन संशोधनको माग गरे ।")
    )
    assert "Nepal Teachers' Federation" in union_names(tag_text("काठमाडौं । नेपाल शिक्षक महासंघको नेतृत्वमा शिक्षकहरु आन्दोलनमा छन् ।"))
    assert "Independent Transport Workers Association of Nepal" in union_names(
        tag_text("बालाजुमा नेपाल यातायात स्वतन्त्र मजदुर संगठनद्वारा संयुक्त रुपमा आन्दोलन गरिएको हो ।")
    )


def test_a_nepali_union_name_is_its_words_before_a_head_with_a_case_ending() -> None:
    # Nepali joins case endings to the head ("महासंघले", "युनियनद्वारा"), spells "सङ्घ", and names unions
    # "... संगठन" (organisation) when the nation or "all" is in the name.
    tags = tag_text("काठमाडौं । मधेशी ट्रेड युनियन महासंघले र नेपाल स्वास्थ्यकर्मी तथा कर्मचारी युनियनद्वारा आन्दोलन गरियो ।")
    assert {"मधेशी ट्रेड युनियन महासंघ", "नेपाल स्वास्थ्यकर्मी तथा कर्मचारी युनियन"} <= union_names(tags)
    assert "अखिल नेपाल क्रान्तिकारी पर्यटन मजदुर युनियन" in union_names(
        tag_text("काठमाडौँ – अखिल नेपाल क्रान्तिकारी पर्यटन मजदुर युनियनले पत्र दिएको छ ।")
    )
    # a trade's workers' organisation, and the party's affiliated trade union, are only referred to
    assert not tag_text("काठमाण्डू । यातायात मजदुर सङ्गठनको आन्दोलन फिर्ता भएको छ ।").unions
    assert not tag_text("काठमाडौँ – पार्टी सम्बद्ध ट्रेड युनियन महासंघले कार्यक्रम आयोजना गरेको थियो ।").unions


def test_kazakh_independent_unions_and_the_moscow_federation_in_russian_are_directory_unions() -> None:
    # data/union_sources/central-asia-moscow-ru19.tsv: KNPRK (liquidated in 2017) under either Russian name and
    # acronym, the fuel-and-energy branch union, and FNPR's Moscow federation.
    tags = tag_text("Суд в Шымкенте ликвидировал Конфедерацию независимых профсоюзов Республики Казахстан (КНПРК).")
    assert "Confederation of Independent Trade Unions of Kazakhstan" in union_names(tags)
    assert not any(tag.union_id.startswith("found:") for tag in tags.unions)
    assert "Confederation of Independent Trade Unions of Kazakhstan" in union_names(
        tag_text("Лидеры закрытой Конфедерации независимых профсоюзов Казахстана подали документы в Астане.")
    )
    assert "Fuel and Energy Complex Workers' Sectoral Trade Union" in union_names(
        tag_text("Акимат Шымкента подал в суд на Отраслевой профсоюз работников топливно-энергетического комплекса.")
    )
    assert "Moscow Federation of Trade Unions" in union_names(
        tag_text("Москва. Московская федерация профсоюзов (МФП) подала заявку на первомайское шествие.")
    )


def test_a_greek_directory_name_in_the_genitive_is_found() -> None:
    # The Greek press writes a federation's or labour centre's name after "της"/"του" in the genitive (wide_el19
    # el-8421 trans-cargo.gr, el-8428 voria.gr, el-8459 flamis.gr).
    tags = tag_text(
        "Σε 48ωρη πανελλαδική απεργία στα επιβατηγά πλοία προχωρά η διοίκηση της Πανελλήνιας Ναυτικής "
        "Ομοσπονδίας, όπως αποφάσισε κατά τη συνεδρίασή της."
    )
    assert union_names(tags) == {"Πανελλήνια Ναυτική Ομοσπονδία"}
    tags = tag_text("Η ίδρυση του Εργατικού Κέντρου Θεσσαλονίκης το 1917 ήταν αποτέλεσμα κοινωνικών διεργασιών στην Ελλάδα.")
    assert union_names(tags) == {"Εργατικό Κέντρο Θεσσαλονίκης"}


def test_a_bangla_name_of_india_opens_with_its_state_or_district() -> None:
    # The Bangla press of India names a local union by its state, district or region first, as Bangladesh's press
    # names one by its district (wide_bn20: eiyug.in, janatarkalam.com; wide_bn19's Darjeeling tea union): the name
    # was cut after them ("চা বাগান মজদুর ইউনিয়ন", "অটোরিকশা শ্রমিক মজদুর সংঘ").
    names = union_names(tag_text("কোচবিহার আলিপুরদুয়ার চা বাগান মজদুর ইউনিয়নের পক্ষ থেকে জানানো হয় বাগান বন্ধ হয়েছে।"))
    assert names == {"কোচবিহার আলিপুরদুয়ার চা বাগান মজদুর ইউনিয়ন"}
    names = union_names(tag_text("আগরতলায় পালিত হল পশ্চিম ত্রিপুরা অটোরিকশা শ্রমিক মজদুর সংঘের ত্রি-বার্ষিক সম্মেলন।"))
    assert names == {"পশ্চিম ত্রিপুরা অটোরিকশা শ্রমিক মজদুর সংঘ"}
    # a place with labour words alone is still no name
    assert not union_names(tag_text("আগরতলায় ত্রিপুরা শ্রমিক ইউনিয়ন নিয়ে আলোচনা হয়।"))


def test_bangla_trades_the_word_list_lacked_stay_in_the_name() -> None:
    # "কাভার্ড ভ্যান" written apart, "মিষ্টি" (sweets), "চাইনিজ রেস্টুরেন্ট", "ব্যাটারি চালিত", "আন্তঃ জেলা" (inter-district):
    # the name was cut after them (wide_bn20: cmsajp, tradeunionsangha.org, ajkerpatrika, amarhabiganj, bograsangbad).
    names = union_names(tag_text("ময়মনসিংহে বাংলাদেশ হোটেল রেস্টুরেন্ট মিষ্টি বেকারি শ্রমিক ইউনিয়ন জেলা কমিটির সভা হয়।"))
    assert names == {"বাংলাদেশ হোটেল রেস্টুরেন্ট মিষ্টি বেকারি শ্রমিক ইউনিয়ন"}
    names = union_names(tag_text("বগুড়ায় মানববন্ধনে বক্তব্য রাখেন আন্তঃ জেলা ট্রাক শ্রমিক ইউনিয়নের সভাপতি।"))
    assert names == {"আন্তঃ জেলা ট্রাক শ্রমিক ইউনিয়ন"}
    names = union_names(tag_text("হবিগঞ্জে ব্যাটারি চালিত অটোরিক্সা শ্রমিক ফেডারেশনের সাধারণ সম্পাদক বক্তব্য রাখেন।"))
    assert names == {"ব্যাটারি চালিত অটোরিক্সা শ্রমিক ফেডারেশন"}


def test_a_bangla_teachers_samity_with_a_name_is_a_union() -> None:
    # West Bengal's teachers' unions are সমিতি (wide_bn20: katwapresscorner, ganadabi, anandabazar); "শিক্ষক সমিতি"
    # alone, and an owners' সমিতি, are none.
    names = union_names(tag_text("কলকাতায় দক্ষিণ ২৪ পরগনা জেলা প্রাথমিক শিক্ষক সমিতির মিছিল হয়।"))
    assert names == {"দক্ষিণ ২৪ পরগনা জেলা প্রাথমিক শিক্ষক সমিতি"}
    assert not union_names(tag_text("কলকাতায় শিক্ষক সমিতির সভা হয়। ঢাকায় বাস মালিক সমিতির সভা হয়।"))


def test_shramik_dal_glued_is_jatiyatabadi_sramik_dal() -> None:
    # "শ্রমিকদল" written as one word is the BNP-affiliated federation's short name (wide_bn20: dailydeshbartaman).
    tags = tag_text("চট্টগ্রাম বন্দর শ্রমিকদলের ডাকে আজ বন্দরে কর্মবিরতি শুরু হয়েছে।")
    assert "bjsd" in union_ids(tags)


def test_korean_words_for_a_unions_role_alone_name_none() -> None:
    # Branch ko20 (wide_ko20: kukinews, hani, ohmynews): "교섭대표노동조합" (the union chosen to bargain),
    # "본부노조" (a union's division) and "전국노동조합" alone are no names.
    assert not tag_text("서울에서 3개월여 교섭창구 단일화 절차를 거쳐 과반수 교섭대표노동조합이 결정됐다.").unions
    assert not tag_text("서울에서 본부노조에 이어 1노조도 파업을 시작한다. 창원의 전국노동조합 사업장들이 파업했다.").unions


def test_a_korean_union_found_by_shape_is_named_with_its_branch() -> None:
    # Branch ko20 (wide_ko20: nicenomu, news1; wide_ko19, wide_ko19b): a union the directory does not know, written
    # right before its branch, is named as well as the branch; a federation's 지부 is not read as the federation.
    assert union_names(tag_text("서울 광화문에서 전국돌봄서비스노동조합 서울지부 소속 요양보호사들이 구호를 외쳤다.")) == {
        "전국돌봄서비스노동조합",
        "전국돌봄서비스노동조합 서울지부",
    }


@pytest.mark.parametrize(("text", "union_id"), [
    # Directory rows of branch ko20 (data/union_sources/korea-unions-pages-ko20.tsv).
    ("미국 보잉의 최대 노동조합인 국제기계항공노동자연맹이 시애틀에서 파업 투표를 했다.", "iam-us"),
    ("미 워싱턴주 렌턴에서 국제항공우주기계노조 노조원들이 행진했다.", "iam-us"),
    ("보잉 방산 부문 노조인 국제기계항공노동자연맹 837지부는 파업을 예고했다.", "iam-district-837-us"),
    ("IAM 837지부의 사업 대표는 계약을 원한다고 밝혔다.", "iam-district-837-us"),
    ("카카오모빌리티가 전국대리운전노동조합의 단체교섭요구를 거부했다. 전국대리노조는 반발했다.",
     "korea-designated-drivers-union-kr"),
])


def test_korean_unions_of_the_ko20_pages_from_the_directory(text: str, union_id: str) -> None:
    assert union_id in union_ids(tag_text(text))


def test_the_korean_drivers_unions_short_forms_are_one_union() -> None:
    tags = tag_text("부산에서 전국대리운전노동조합은 교섭을 요구했다. 전국대리노조와 전국대리운전노조는 같은 노조다.")
    assert union_ids(tags) == {"korea-designated-drivers-union-kr"}

def test_a_sectors_intersyndicale_after_an_elided_article_names_no_union() -> None:
    # "l'Intersyndicale de l'Éducation": unions of a sector acting together, unnamed (wide_ptfr20 fr-9477
    # guinee360, wide_fr19 fr-6754, wide_smallrom18 fr-5043); the elided article is no part of the trade.
    tags = tag_text("En Guinée, l'Intersyndicale de l'Éducation a salué la réussite des deux jours de grève à Conakry.")
    assert not any("Intersyndicale" in name for name in union_names(tags))
    tags = tag_text("Au Québec, le Syndicat de l'enseignement a voté la grève à Montréal.")
    assert not any(tag.union_id.startswith("found:") for tag in tags.unions)
    # A named intersyndicale keeps its name.
    assert "Intersyndicale des Travailleurs du Niger" in " ".join(
        union_names(tag_text("Au Niger, l'Intersyndicale des Travailleurs du Niger a lancé une grève à Niamey."))
    )


def test_a_portuguese_association_of_a_profession_is_no_union() -> None:
    # Mozambique's teachers' and nurses' associations, Betim's metalworkers' association before the union
    # (wide_ptfr20 pt-9421 rtpafrica, pt-9422 sabetudo, pt-9409 vermelho; wide_pt19 pt-6563).
    tags = tag_text("A Associação Nacional dos Professores de Moçambique ameaça não cumprir as horas extras em Maputo.")
    assert not tags.unions
    # "Associação Sindical ..." and an association of workers or university teachers are unions.
    assert tag_text("Em Lisboa, a Associação Sindical dos Profissionais da Polícia convocou um protesto.").unions
    assert tag_text("No Rio, a Associação dos Docentes da Uenf (Aduenf) aprovou greve em Campos.").unions


def test_belgian_rail_centrales_and_montreal_teachers_and_blue_collars_are_directory_unions() -> None:
    # data/union_sources/francophone-lusophone-pages-ptfr20.tsv (wide_ptfr20).
    tags = tag_text("À Bruxelles, la CGSP Cheminots et la CSC-Transcom ont mené une action à la Gare Centrale.")
    assert {"cgsp-cheminots-be", "acv-transcom-be"} <= union_ids(tags)
    tags = tag_text(
        "Les membres de l'Alliance des professeurs de Montréal ont voté la grève, comme le Syndicat des "
        "cols bleus regroupés de Montréal (SCFP 301)."
    )
    assert {"appm-ca", "syndicat-des-cols-bleus-regroupes-de-montreal-ca"} <= union_ids(tags)
    tags = tag_text("Em Lisboa, o Sindicato dos Trabalhadores da Administração Local convocou greve no lixo.")
    assert union_ids(tags) == {"stal-pt"}


def test_russian_names_of_fnpr_regional_federations_and_fpb_branch_unions() -> None:
    # data/union_sources/russian-regional-unions-ru20.tsv: the regional federation, not a place's union referred to.
    tags = tag_text("Митинг открыл председатель Федерации профсоюзов Свердловской области Андрей Ветлужских.")
    assert "Федерация профсоюзов Свердловской области" in union_names(tags)
    tags = tag_text("Председатель Ленинской территориальной организации Росуглепрофа рассказал о закрытии шахт в Кузбассе.")
    assert "Российский независимый профсоюз работников угольной промышленности" in union_names(tags)
    tags = tag_text(
        "Избрание состоялось на пленуме Гомельской областной организации Белорусского профсоюза работников "
        "культуры, информации, спорта и туризма."
    )
    assert "Белорусский профсоюз работников культуры, информации, спорта и туризма" in union_names(tags)


def test_a_weak_headed_name_its_acronym_spells_is_a_union_where_its_sentence_says_so() -> None:
    # Branch miss20 (wide_es17 es-3808, wide_fr18 fr-5625, wide_unions8b es-813): a Romance weak head with no
    # labour word in the name ("Federación Minera ...", "Confédération des praticiens ...") is a union when its
    # bracketed acronym spells its words one for one and a union word stands just before it or in its sentence.
    tags = tag_text(
        "En Arequipa, la Federación Textil y Metalúrgica del Sur (FTMS) anunció, junto a otros sindicatos, un paro de 48 horas."
    )
    assert {(tag.name, tag.acronym) for tag in tags.unions} == {("Federación Textil y Metalúrgica del Sur", "FTMS")}
    tags = tag_text("À Lyon, la CPC (Confédération des praticiens des cliniques) a rejoint l'intersyndicale jeudi.")
    assert "Confédération des praticiens des cliniques" in union_names(tags)
    # No union word around it: a body of any kind.
    assert not tag_text("En Arequipa, la Federación Textil y Metalúrgica del Sur (FTMS) anunció un paro de 48 horas.").unions
    # A party's front and a federation of towns are not unions, whatever the sentence says of unions.
    assert not tag_text("En Montevideo, el Frente Amplio (FA) y los sindicatos marcharon el lunes.").unions
    assert not tag_text(
        "En Madrid, la Federación Española de Municipios y Provincias (FEMP) se reunió con los sindicatos."
    ).unions


def test_a_directory_name_run_on_to_its_own_bracketed_acronym_is_the_longer_union() -> None:
    # Branch miss20 (wide_fr19 fr-6700, fr-6703): the directory's "Syndicat national des travailleurs de
    # l'éducation" (Algeria's SNTE) is the start of a longer name whose acronym spells the whole of it.
    tags = tag_text(
        "Au Niger, le Syndicat national des travailleurs de l'éducation et de la formation (SYNTEF) a lancé une grève illimitée."
    )
    assert union_names(tags) == {"Syndicat national des travailleurs de l'éducation et de la formation"}
    assert "snte-dz" not in union_ids(tags)
    # The directory's name with its own acronym stays the directory's union.
    tags = tag_text("À Alger, le Syndicat national des travailleurs de l'éducation (SNTE) a lancé une grève illimitée.")
    assert union_ids(tags) == {"snte-dz"}


def test_a_directory_name_with_a_spaced_dash_before_its_acronym_is_found_written_joined() -> None:
    # Branch miss20 (wide_es19 es-6048, es-6049, es-6051): the directory writes "Intersindical – CSC", the press
    # "Intersindical-CSC"; a spaced dash folds to three spaces, so the joined form is a name of its own.
    assert union_ids(tag_text("En Barcelona, Intersindical-CSC ha convocado una huelga general para el jueves.")) == {
        "intersindical-csc-es"
    }


def test_brazils_nova_central_is_known_by_its_short_name() -> None:
    # Directory row of branch miss20 (data/union_sources/national-centres-pages-miss20.tsv).
    tags = tag_text("Em São Paulo, a CUT, a Força Sindical e a Nova Central convocaram uma greve geral para sexta-feira.")
    assert "ncst-br" in union_ids(tags)


def test_hindi_associations_and_names_with_helpers_and_railway_zones() -> None:
    # "एसोसिएशन" is a Hindi head; "सहायिका" (helper), "आंगनवाड़ी" and the railway zones' English words are name words
    tags = tag_text("जालौन में आंगनवाड़ी कर्मचारी एवं सहायिका एसोसिएशन और नॉर्दन रेलवे मेंस यूनियन ने धरना दिया।")
    assert {"आंगनवाड़ी कर्मचारी एवं सहायिका एसोसिएशन", "नॉर्दन रेलवे मेंस यूनियन"} <= union_names(tags)
    # "central trade union(s)" written in English words only refers to unions; "former" starts no name
    assert not tag_text("कोरबा में सेंट्रल ट्रेड यूनियन के नेता मौजूद थे।").unions
    assert "पूर्व मजदूर संघ" not in union_names(tag_text("पटना में पूर्व मजदूर संघ नेता मौजूद थे।"))


def test_a_hindi_union_name_takes_the_state_written_after_its_head() -> None:
    tags = tag_text("भिवानी में भवन निर्माण कामगार यूनियन हरियाणा के आह्वान पर धरना दिया।")
    assert "bhawan-nirman-kamgar-union-haryana-in" in union_ids(tags)  # the directory's since branch recur39
    tags = tag_text("कौशाम्बी में महिला आंगनवाड़ी एवम कर्मचारी संघ उत्तर प्रदेश के बैनर तले प्रदर्शन हुआ।")
    assert "महिला आंगनवाड़ी एवम कर्मचारी संघ उत्तर प्रदेश" in union_names(tags)
    # not the state's government, nor a place in the state
    # (Haryana's union, which the directory holds by its name with the state since branch recur39, is right there too)
    assert "bhawan-nirman-kamgar-union-haryana-in" in union_ids(
        tag_text("भिवानी में भवन निर्माण कामगार यूनियन हरियाणा सरकार से नाराज है।"))
    assert "भवन निर्माण कामगार यूनियन" in union_names(tag_text("भवन निर्माण कामगार यूनियन बिहार में धरना देगी।"))


def test_urdu_nurses_staff_and_power_loom_unions() -> None:
    assert "پراونشل نرسز ایسوسی ایشن" in union_names(tag_text("حیدر آباد میں پراونشل نرسز ایسوسی ایشن کی اپیل پر بائیکاٹ ہوا۔"))
    assert "نرسنگ اسٹاف ایسوسی ایشن" in union_names(tag_text("پشاور میں نرسنگ اسٹاف ایسوسی ایشن کی کال پر احتجاج ہوا۔"))
    assert "پاور لومز یونین" in union_names(tag_text("گوجرہ میں پاور لومز یونین کے مزدوروں نے ریلی نکالی۔"))


def test_pfuj_gds_union_and_zonal_railway_unions_in_hindi_and_urdu() -> None:
    # directory records (data/union_sources/india-pakistan-pages-hiur20.tsv) with the names the press writes
    assert "Pakistan Federal Union of Journalists" in union_names(tag_text("اسلام آباد میں پی ایف یو جے نے احتجاج کیا۔"))
    assert "Pakistan Federal Union of Journalists" in union_names(
        tag_text("کراچی میں پاکستان فیڈرل یونین آف جرنلسٹس کی کال پر یوم سیاہ منایا گیا۔")
    )
    assert "All India Gramin Dak Sevaks Union" in union_names(tag_text("पटना में अखिल भारतीय ग्रामीण डाकसेवक संघ ने हड़ताल की।"))
    assert "South Eastern Railwaymen's Union" in union_names(tag_text("राउरकेला में दक्षिण पूर्व रेलवे मेंस यूनियन ने रैली निकाली।"))
    assert "People's Unity of PIA Employees" in union_names(tag_text("لاہور میں پی آئی اے پیپلز یونٹی گروپ نے احتجاج کیا۔"))
    assert "All India Bank Employees Association" in union_names(
        tag_text("इंदौर में ऑल इंडिया बैंक एम्पलाइज एसोसिएशन के आह्वान पर हड़ताल होगी।")
    )


def test_unions_an_intersyndicale_lists_joined_by_dashes_are_each_a_union() -> None:
    # Branch fr20 (wide_fr18 fr-5631, fr-5676; wide_ptfr20 fr-9458): "l'intersyndicale CFDT-SNJ-CGT" is three unions,
    # not one union named "CFDT-SNJ-CGT"; a part the directory does not know is a union of its own ("Saiper").
    tags = tag_text("À Rennes, le communiqué diffusé par l'intersyndicale CFDT-SNJ-CGT dénonce le plan social.")
    assert {"cfdt", "snj-fr"} <= union_ids(tags)
    assert not any("-" in name for name in union_names(tags))
    tags = tag_text("À Saint-Denis, l'intersyndicale CGTR-FO-Sud-Solidaires-Saiper a maintenu son mouvement.")
    assert {"fo", "solidaires", "cgtr-fr"} <= union_ids(tags)  # the CGTR is a directory row since branch frb35
    assert "Saiper" in union_names(tags)
    assert not any(name.count("-") >= 2 for name in union_names(tags))
    # A name of two parts stays one union ("CGT-FO" is Force Ouvrière, "SUD-Rail" the rail federation).
    assert union_ids(tag_text("À Paris, SUD-Rail et la CGT-FO appellent à la grève.")) >= {"sud-rail-fr", "fo"}


def test_korean_words_for_a_generation_trade_or_standing_alone_name_none() -> None:
    # Branch ko20c (wide_ko20c: alook.so, a Channel A mirror, 천지일보, 서울경제; 청년일보, 매일노동뉴스 mirror; 비즈니스포스트;
    # 여성경제신문; 한국일보): "MZ노조" (unions of the young), "사무직노조" (an office staff's union), "콜센터노조",
    # "독립노조" (a union outside the centres) and "직장노조" (a workplace's) alone are kinds of union, not names.
    assert not tag_text("서울에서 이른바 MZ노조가 출범했다. 여러 사무직노조도 참여했다.").unions
    assert not tag_text("원주에서 콜센터노조가 파업했다. 한수원 노조는 독립노조이고, 공단 직장노조도 파업했다.").unions


def test_a_firm_written_before_a_korean_unions_own_name_is_part_of_it() -> None:
    # Branch ko20c (wide_ko20c: heraldk, 시사오늘, 서울경제): "삼성화재 리본노조", "삼성디스플레이 열린노조" are the firms'
    # unions so named, not "리본노조"/"열린노조" alone.
    assert union_names(tag_text("서울에서 삼성화재 리본노조와 삼성디스플레이 열린노조가 통합했다.")) == {
        "삼성화재 리본노조",
        "삼성디스플레이 열린노조",
    }


def test_a_firm_or_public_office_written_before_a_kind_of_korean_union_names_its_own() -> None:
    # Branch kindsN21 (wide_ko19 ko-6142, wide_ko20 ko-9101, wide_ko20c ko-10239/ko-10240; labelled so in all three):
    # "강남구청 통합노조", "서울교통공사 통합노조", "금호타이어 사무직노조" are the office's or firm's own union (the
    # merged one, the office staff's), known by the kind word and 노조 as well; alone the kind stays a kind.
    tags = tag_text("서울에서 서울교통공사 통합노조가 설립됐다. 금호타이어 사무직노조도 참여했다.")
    assert union_names(tags) == {"서울교통공사 통합노조", "금호타이어 사무직노조"}
    assert {tag.acronym for tag in tags.unions} == {"통합노조", "사무직노조"}
    assert union_names(tag_text("[아시아경제] 강남구청 통합노조 상위단체인 공공노총이 출범했다.")) >= {"강남구청 통합노조"}
    assert not {name for name in union_names(tag_text("서울에서 한국노총 산하 통합노조가 파업했다.")) if "통합" in name}
    # wide_ko19b ko-7415: where the story names the firm's union itself, the words say what that one is (merged)
    assert "서울교통공사 통합노조" not in union_names(tag_text("서울에서 서울교통공사 통합노조가 설립됐다. 서울교통공사노조는 총회를 열었다."))
    # a public corporation or office only with its name: alone, "공사" is building work, "도청" wiretapping, "시청"
    # watching (a review's examples)
    for text in ("서울에서 불법 도청 사무직노조 간부 사찰 의혹이 제기됐다.", "서울 아파트 공사 일반노조 조합원 채용 강요 논란.",
                 "서울에서 TV 시청 통합노조 출범 소식."):
        assert not {name for name in union_names(tag_text(text)) if name.startswith(("도청", "공사", "시청"))}, text


def test_bare_korean_union_words_after_a_public_bodys_union_name_no_national_union() -> None:
    # Branch kindsN21 (wide_ko19 ko-6123, ko-6142; wide_kojp17 ko-4328; also wide_kojp12 ko-2111): "공무원노조" alone is
    # the KGEU's short name, but beside "정읍시 공무원노조", "과학기술정보통신부 공무원노동조합" or "통합공무원노조" it says
    # what kind of union those are ("공무원노조 등 사무실", "각 부처를 대표하는 공무원노조 위원장").
    text = "정읍시 공무원노조와 공무직노조는 지난 11일 성명을 냈다. 공무원노조 등 사무실에서 소란이 있었다."
    assert "kgeu-kr" not in union_ids(tag_text(text))
    assert "kgeu-kr" not in union_ids(tag_text("세종에서 과학기술정보통신부 공무원노동조합 사무실에서 현판식이 열렸다. 각 부처 공무원노조 위원장이 참석했다."))
    # alone, or written in full besides, it is the KGEU; another trade's or a firm's union leaves the national one
    assert "kgeu-kr" in union_ids(tag_text("서울에서 공무원노조가 파업했다."))
    assert "kgeu-kr" in union_ids(tag_text("서울에서 전국공무원노조가 파업했다. 정읍시 공무원노조와 공무원노조는 정부를 비판했다."))
    assert "kmwu-kr" in union_ids(tag_text("울산에서 현대차 금속노조 현대자동차지부가 파업했다. 금속노조는 정부를 비판했다."))


def test_a_broadcasters_division_of_the_korean_media_union_is_its_branch() -> None:
    # Branch ko20c (wide_ko20c: 방송기술저널, prolabour21, YTN): the media union's 본부 named by a broadcaster's Latin
    # letters is a division named with the union's short name; a 본부 named by a region is no branch.
    assert union_names(tag_text("서울 여의도에서 전국언론노동조합 KBS본부가 기자회견을 열었다.")) == {
        "언론노조 KBS본부",
        "National Union of Media Workers",
    }
    assert "언론노조 MBC본부" in union_names(tag_text("서울에서 언론노조 MBC 본부는 성명을 냈다."))
    assert not any("본부" in name for name in union_names(tag_text("서울에서 보건의료노조 부산본부가 집회를 열었다.")))


def test_a_korean_branchs_own_unit_after_it_is_named_too() -> None:
    # Branch ko20c (wide_ko20c: 매일노동뉴스, 뉴스필드, 국민일보, cpmadang): a 지회 written after its 지부 and union is
    # named with both, the branch head's name in brackets between them or not.
    names = union_names(tag_text("서울 송파구에서 공공운수노조 전국물류센터지부(지부장 김한민) 쿠팡물류센터지회가 출범했다."))
    assert {"공공운수노조 전국물류센터지부", "공공운수노조 전국물류센터지부 쿠팡물류센터지회"} <= names
    assert "금속노조 충남지부 현대제철비정규직지회" in union_names(tag_text("서울에서 금속노조 충남지부 현대제철비정규직지회가 모였다."))


@pytest.mark.parametrize(("text", "union_id"), [
    # Directory rows of branch ko20c (data/union_sources/korea-unions-pages-ko20c.tsv).
    ("서울 대학로에서 발전노조가 파업 전야제를 열었다.", "union-kr-7"),
    ("한국전력 산하 5개 발전회사로 구성된 발전산업노조 조합원들이 파업 농성을 벌이고 있다.", "union-kr-7"),
    ("서울 서초구에서 삼성 그룹 초기업 노동조합 출범식이 열렸다.", "union-kr-8"),
    ("삼성 초기업 노조는 31일 제1회 조합원총회를 열었다.", "union-kr-8"),
])


def test_korean_unions_of_the_ko20c_pages_from_the_directory(text: str, union_id: str) -> None:
    assert union_id in union_ids(tag_text(text))


@pytest.mark.parametrize(("name", "text"), [
    ("Российский профсоюз работников культуры",
     "Председатель Российского профсоюза работников культуры заявил о росте зарплат в Москве."),
    ("Профсоюз работников угольной промышленности Кузбасса",
     "Профсоюз работников угольной промышленности Кузбасса выступил против закрытия шахт в Кемерово."),
    ("Профсоюз трудящихся агропромышленного комплекса",
     "В Москве, Россия, профсоюз трудящихся агропромышленного комплекса провёл пленум."),
    ("Профсоюз работников автомобильного транспорта и дорожного хозяйства",
     "Профсоюз работников автомобильного транспорта и дорожного хозяйства выступил в Москве, Россия."),
    ("Профсоюз работников торговли",
     "В Москве, Россия, председатель профсоюза работников торговли заявила о росте зарплат."),
    ("Профсоюз работников связи Республики Казахстан",
     "В Астане председатель профсоюза работников связи Республики Казахстан Иван Петров выступил."),
    ("Профспілка працівників легкої промисловості України",
     "У Києві профспілка працівників легкої промисловості України провела пікет."),
    ("Профсоюз работников культуры, искусства и туризма",
     "В Минске, Беларусь, профсоюз работников культуры, искусства и туризма провёл пленум."),
    ("Профсоюз работников швейной промышленности «Игла»",
     "В Москве, Россия, члены профсоюза работников швейной промышленности «Игла» вышли на пикет."),
])
def test_a_russian_or_ukrainian_union_is_named_by_the_trade_of_its_workers(name: str, text: str) -> None:
    """Branch ru21 (wide_ru18 ru-5336, wide_ru19 ru-8734, wide_ru20 ru-9910): "Профсоюз работников <trade in the
    genitive> [<place>]" is how Russian and Ukrainian unions are named, in lower case after the head word too; the
    trade (adjectives and nouns in the genitive, joined by "и"/"і"/"та") and a place in the genitive after it are the
    name's, given in the nominative, and a verb, a preposition or a comma ends it."""
    assert name in union_names(tag_text(text))


def test_a_russian_trade_that_names_a_workplace_or_nothing_is_no_union() -> None:
    """The guards of the rule above: no trade after "работников", a workplace or a branch in general
    ("предприятия", "отрасли", "автопредприятий", "порта"), a workplace named by a capitalised adjective after the
    trade, and a lower-case adjective before the head ("местного профсоюза ...": a union referred to) name no union."""
    assert not tag_text("В Москве, Россия, профсоюз работников провёл собрание.").unions
    assert not tag_text("В Москве, Россия, профсоюзы работников отрасли провели собрание.").unions
    assert not tag_text("В Москве, Россия, профсоюз работников предприятия провёл собрание.").unions
    assert not tag_text("Суд Петербурга, Россия, ликвидировал профсоюз работников автопредприятий.").unions
    assert not tag_text("В Одессе, Украина, глава профсоюза работников морского транспорта порта выступил.").unions
    assert not tag_text("В Одессе, Украина, выступил совет профсоюза работников связи Одесского морского порта.").unions
    assert not tag_text("В Москве, Россия, учителя получили подарки от местного профсоюза работников образования.").unions
    assert not tag_text("В Москве, Россия, профсоюз работников заявил о забастовке.").unions


def test_a_directory_union_named_by_its_trade_keeps_its_record() -> None:
    """A directory name with its country after it ("... образования и науки России"), named again without the
    country in the same text, or with its name in quotes after the trade, is the directory's union, not a new one."""
    assert union_ids(tag_text("Профсоюз работников образования и науки России выступил в Москве.")) == {"eseur-ru"}
    tags = tag_text(
        "Председатель профсоюза работников здравоохранения РФ Михаил Кузьменко заявил в Москве, что "
        "Профсоюз работников здравоохранения готов к переговорам."
    )
    assert union_ids(tags) == {"health-workers-union-of-the-russian-federation-ru"}
    assert union_ids(tag_text("В Москве, Россия, члены профсоюза работников образования «Учитель» вышли на пикет.")) == {
        "interregional-trade-union-of-education-workers-uchitel-ru"
    }


# -- Arabic-script and Chinese union names (branch arzh24) -----------------------------------

@pytest.mark.parametrize("text", [
    # wide_ar19 ar-7206, ar-7231, wide_jaar20 ar-9361: "النقابة" with adjectives only is described, or the
    # adjective is the noun's before it; sentences of our own
    "يأتي اللقاء ضمن برنامج النقابة العامة التدريبي حول السلامة المهنية.",
    "وتحدث عن وحدة الحركة النقابة العمالية المصرية في مواجهة الأزمة.",
    "ظل المعلمون يطالبون بعودة النقابة المنحلة منذ سنوات.",
    "وأشار إلى دور النقابة الجديدة في الدفاع عن الأجور.",
    "وقال إن مقر النقابة الرئيسي في العاصمة مغلق.",
    "طالب العمال بانتخاب النقابة الشرعية بدل اللجنة المؤقتة.",
    "وانتقد بيان النقابة الأخير قرارات الحكومة.",
    "ويطالب الأطباء بإحياء النقابة المجمدة منذ عقدين.",
    "ونشرت صفحة النقابة الرسمية صور الوقفة الاحتجاجية.",
    "وأكد أن النقابة العمالية الموحدة ستبقى هدفا للحركة.",
])
def test_an_arabic_definite_union_word_with_adjectives_only_names_none(text: str) -> None:
    assert not default_tagger().tag(None, text, "ar").unions


@pytest.mark.parametrize(("text", "name"), [
    ("نظمت النقابة العامة لعمال الموانئ وقفة احتجاجية.", "النقابة العامة لعمال الموانئ"),
    ("دعت النقابة الوطنية لعمال الصيد البحري إلى الإضراب.", "النقابة الوطنية لعمال الصيد البحري"),
    ("أعلنت نقابة أطباء الأسنان الليبيين الإضراب المفتوح.", "نقابة أطباء الأسنان الليبيين"),
])
def test_an_arabic_definite_union_word_with_for_after_it_is_still_a_name(text: str, name: str) -> None:
    assert name in union_names(default_tagger().tag(None, text, "ar"))


@pytest.mark.parametrize(("text", "names"), [
    # wide_zh19 zh-7856, wide_unions7a zh-701, wide_unions8a zh-803: a verb whose object is a union ends what
    # comes before its name; after a founding verb a kind of union ("企业工会") names none. Sentences of our own.
    ("北京报道:要求各地尽快建立企业工会,保障职工权益。", set()),
    ("台北報導:員工決定成立企業工會,爭取加薪。", set()),
    ("深圳报道:工人们自发组建企业工会后遭到解雇。", set()),
    ("台北報導:工人積極籌組企業工會,資方表示尊重。", set()),
    ("上海报道:外卖骑手希望组织职业工会,维护自身权益。", set()),
    ("台中報導:勞工局長偕同臺中市產業總工會理事長視察工地。", {"臺中市產業總工會"}),
    # the directory's record since dir24 gave it its Chinese name
    ("桃園報導:空服員紛紛加入桃園市空服員職業工會以示支持。", {"Taoyuan Flight Attendants Union"}),
    ("台北報導:公司迫使高雄市觀光導遊職業工會撤回申請。", {"高雄市觀光導遊職業工會"}),
    ("高雄報導:今天該黨聯同高雄市產業總工會召開記者會。", {"高雄市產業總工會"}),
    ("台南報導:多名司機參加臺南市汽車駕駛員職業工會的集會。", {"臺南市汽車駕駛員職業工會"}),
    # a city's name that starts with a word that alone says what kind of union ("新", new; "香港")
    ("臺北報導:新北市產業總工會今日到勞動部陳情。", {"新北市產業總工會"}),
    ("新竹報導:新竹縣產業總工會與新竹市教師職業工會今日集會。", {"新竹縣產業總工會", "新竹市教師職業工會"}),
    ("臺北報導:新工會今日成立,本市總工會也到場。", set()),  # a new union; the city's federation
])
def test_chinese_names_start_after_a_verb_glued_before_them(text: str, names: set[str]) -> None:
    assert union_names(tag_text(text)) == names


def test_a_chinese_short_name_is_the_union_named_in_full_with_its_characters() -> None:
    # wide_unions7a zh-701: "停管工會" shortens 停(車)管(理); one union, not two
    tags = tag_text("台北報導:臺北市停車管理工程處企業工會今天抗議,處方日前迫使停管工會撤回訴求。")
    assert union_names(tags) == {"臺北市停車管理工程處企業工會"}
    tags = tag_text("臺北報導:臺北市公共運輸處企業工會表示,公運工會將持續抗爭。")
    assert union_names(tags) == {"臺北市公共運輸處企業工會"}


@pytest.mark.parametrize(("text", "name"), [
    # wide_arabic17 ar-3654 (and the directory's Egyptian and Jordanian general unions): a general union is
    # named by the sector its workers are "in" or "by". Sentences of our own.
    ("وقال رئيس النقابة العامة للعاملين في المناجم والتعدين إن الأجور متأخرة.", "النقابة العامة للعاملين في المناجم والتعدين"),
    ("نظمت النقابة العامة للعاملين في الفنادق وقفة احتجاجية.", "النقابة العامة للعاملين في الفنادق"),
    ("أعلنت النقابة العامة للعاملين بالبنوك رفضها للقرار.", "النقابة العامة للعاملين بالبنوك"),
    ("طالبت النقابة العامة لعمال البناء والاخشاب بزيادة الأجور.", "النقابة العامة لعمال البناء والاخشاب"),
    ("دعا الاتحاد العام للعاملين في الطباعة إلى الإضراب.", "الاتحاد العام للعاملين في الطباعة"),
    ("وحذرت النقابة العامة للعاملين بالتأمين من تسريح العمال.", "النقابة العامة للعاملين بالتأمين"),
    ("اجتمعت النقابة العامة للعاملين في المصارف مع الوزير.", "النقابة العامة للعاملين في المصارف"),
    ("وأكدت النقابة العامة للعاملين في الموانئ الأردنية استمرار الإضراب.", "النقابة العامة للعاملين في الموانئ الأردنية"),
])
def test_an_arabic_general_union_is_named_by_the_sector_its_workers_are_in(text: str, name: str) -> None:
    assert name in union_names(default_tagger().tag(None, text, "ar"))


@pytest.mark.parametrize("text", [
    "شاركت النقابة العامة للعاملين في الاعتصام أمام الوزارة.",  # took part in the sit-in
    "طالبت النقابة العامة للعاملين بزيادة الأجور.",  # called for a raise
    "وأشادت النقابة العامة للعاملين بالإجماع على القرار.",  # unanimously
    "قررت النقابة العامة للعاملين في اجتماعها الإضراب.",  # in its meeting
])
def test_an_arabic_general_union_of_workers_with_no_sector_after_in_or_by_names_none(text: str) -> None:
    assert not default_tagger().tag(None, text, "ar").unions


@pytest.mark.parametrize("text", [
    # wide_jaar20 ar-9357: an indefinite chain ending in an adjective without the article is a union described
    # ("a professional teachers' union"), not named. Sentences of our own.
    "ويطالب المعلمون بإنشاء نقابة معلمين مهنية تدافع عنهم.",
    "أسس العمال نقابة موظفين حكومية في المدينة.",
    "دعا النشطاء إلى تأسيس اتحاد عمال زراعية في الريف.",
    "يسعى السائقون لتشكيل نقابة سائقين مستقلة ونقابة عمال خدمية.",
    "وطالبوا بنقابة أطباء شرعية بدل اللجنة.",
    "قال إن البلد يحتاج نقابة صحفيين حقيقية.",
    "ترفض الحكومة إنشاء نقابة ممرضين رسمية.",
    "أعلنوا ميلاد نقابة مهندسين شبابية في الجنوب.",
    "يريد الموظفون نقابة عاملين قطاعية تمثلهم.",
    "اقترح الوزير إنشاء اتحاد نقابات عمالية جديد.",
])
def test_an_arabic_indefinite_chain_ending_in_an_indefinite_adjective_names_none(text: str) -> None:
    assert not default_tagger().tag(None, text, "ar").unions


def test_an_arabic_indefinite_chain_ending_in_a_company_or_place_is_still_a_name() -> None:
    assert "نقابة عمال شركة نفط الكويت" in union_names(
        default_tagger().tag(None, "دعت نقابة عمال شركة نفط الكويت إلى الإضراب.", "ar")
    )
