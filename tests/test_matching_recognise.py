"""The union recogniser: union names found by their shape, in many languages, and what is kept out."""

from __future__ import annotations

import tomllib
from functools import lru_cache
from importlib import resources

import pytest

from bot.matching import StoryTags, Tagger, UnionDirectory, default_tagger
from bot.matching.recognise import initials_fit, prefixes_fit
from bot.matching.tagger import discovered_union_id


@lru_cache(maxsize=1)
def shape_tagger() -> Tagger:
    """A tagger over the hand-curated directory only: these tests are about names found by their shape,
    which the generated directory (thousands of names, growing) would otherwise answer by lookup."""
    curated = tomllib.loads(resources.files("bot").joinpath("data", "unions.toml").read_text("utf-8"))["union"]
    return Tagger(UnionDirectory.from_records(curated))


def tag(text: str, title: str | None = None, language: str | None = None) -> StoryTags:
    return shape_tagger().tag(title, text, language=language)


def names(tags: StoryTags) -> set[str]:
    """The names of the unions found, and the spans they were found by (a directory union keeps its own name)."""
    return {tag.name for tag in tags.unions} | {evidence.text for tag in tags.unions for evidence in tag.evidence}


@pytest.mark.parametrize("language, text, expected", [
    ("en", "Workers of the Bangladesh Garment Workers' Federation marched in Dhaka on Friday.",
     "Bangladesh Garment Workers' Federation"),
    ("en", "Members of the Association of Mineworkers and Construction Union walked out at Rustenburg.",
     "Association of Mineworkers and Construction Union"),
    ("en", "The International Federation of Chemical, Energy, Mine and General Workers' Unions backed them.",
     "International Federation of Chemical, Energy, Mine and General Workers' Unions"),
    ("en", "Leaders of the Swaziland Transport, Communication and Allied Workers' Union were detained.",
     "Swaziland Transport, Communication and Allied Workers' Union"),
    ("es", "El Sindicato de Trabajadores de la Industria Metalúrgica de Chile convocó a un paro.",
     "Sindicato de Trabajadores de la Industria Metalúrgica de Chile"),
    ("pt", "O Sindicato dos Metalúrgicos do ABC anunciou greve na fábrica.", "Sindicato dos Metalúrgicos do ABC"),
    ("fr", "La Confédération générale du travail du Maroc appelle à la grève.",
     "Confédération générale du travail du Maroc"),
    ("it", "La Federazione Impiegati Operai Metallurgici ha proclamato lo sciopero a Torino.",
     "Federazione Impiegati Operai Metallurgici"),
    ("de", "Die Gewerkschaft Erziehung und Wissenschaft ruft zum Warnstreik auf.",
     "Gewerkschaft Erziehung und Wissenschaft"),
    ("sv", "Svenska Transportarbetareförbundet varslar om strejk i hamnarna.", "Svenska Transportarbetareförbundet"),
    ("pl", "Ogólnopolski Związek Zawodowy Inicjatywa Pracownicza zapowiedział protest w Poznaniu.",
     "Ogólnopolski Związek Zawodowy Inicjatywa Pracownicza"),
    ("tr", "Birleşik Metal-İş Sendikası üyeleri Gebze'de greve çıktı.", "Birleşik Metal-İş"),
    ("tr", "Tek Gıda-İş üyesi işçiler fabrika önünde eylem yaptı.", "Tek Gıda-İş"),
    ("id", "Konfederasi Serikat Pekerja Indonesia menggelar aksi di Jakarta.",
     "Konfederasi Serikat Pekerja Indonesia"),
    ("ms", "Kesatuan Sekerja Kebangsaan Pekerja Bank membantah cadangan itu.",
     "Kesatuan Sekerja Kebangsaan Pekerja Bank"),
    ("tl", "Nagwelga ang Unyon ng mga Manggagawa sa Agrikultura noong Lunes.",
     "Unyon ng mga Manggagawa sa Agrikultura"),
    ("bn", "Leaders of the Bangladesh Garment Sramik Sanghati were arrested in Gazipur.",
     "Bangladesh Garment Sramik Sanghati"),
    ("hi", "The Hind Mazdoor Sabha joined the strike call in Mumbai.", "Hind Mazdoor Sabha"),
])
def test_names_found_by_their_head_word(language: str, text: str, expected: str) -> None:
    assert expected in names(tag(text, language=language))
    assert expected in names(tag(text))  # with no language, every language's rules apply


@pytest.mark.parametrize("text, name, acronym", [
    ("Members of the United Auto Workers (UAW) struck at three plants.", "United Auto Workers", "UAW"),
    ("Comisiones Obreras (CCOO) y UGT convocaron la huelga.", "Comisiones Obreras", "CCOO"),
    ("The Konfederasi Serikat Pekerja Indonesia (KSPI) said the law is unjust.",
     "Konfederasi Serikat Pekerja Indonesia", "KSPI"),
    ("KCTU (Korean Confederation of Trade Unions) called a general strike.",
     "Korean Confederation of Trade Unions", "KCTU"),
    ("Members of the Association of Mineworkers and Construction Union (Amcu) at Lonmin struck.",
     "Association of Mineworkers and Construction Union", "Amcu"),
    ("Независимый профсоюз горняков Украины (НПГУ) требует выплаты зарплаты.",
     "Независимый профсоюз горняков Украины", "НПГУ"),
])
def test_a_name_with_its_acronym_teaches_the_acronym(text: str, name: str, acronym: str) -> None:
    tags = tag(text + f" Later {acronym} leaders met the minister. {acronym} said more strikes would follow.")
    [union] = [union for union in tags.unions if union.name == name or union.acronym == acronym]
    assert union.acronym == acronym or acronym in {union.acronym, union.name} or union.name == name
    assert len(union.evidence) >= 3  # the name and both later uses of the acronym


def test_numbered_locals_are_unions_of_their_own() -> None:
    text = ("Members of UFCW Local 400 ratified a contract, SEIU Local 32BJ rallied, "
            "and Local 2110 of the UAW voted to strike.")
    assert {"UFCW Local 400", "SEIU Local 32BJ", "UAW Local 2110"} <= names(tag(text))


def test_a_number_with_a_turkish_suffix_after_an_acronym_is_no_local() -> None:
    # wide_tr19 tr-7704: "KTAMS 69’uncu kuruluş yıl dönümü" is the union's 69th anniversary, not its local 69
    tags = default_tagger().tag("KTAMS 69’uncu kuruluş yıl dönümünü kutladı",
                                "Sendika resepsiyonunda 69 yıllık mücadelesini anlattı.", language="tr")
    assert [union.name for union in tags.unions] == ["Kıbrıs Türk Amme Memurları Sendikası"]
    assert "CUPE Local 3903" in names(tag("CUPE 3903's members walked out at York University on Monday."))


@pytest.mark.parametrize("text, expected, wrong", [
    # a count before the union's name is not part of it (heldout_cross11 en-1301)
    ("Nearly 2,000 Unite Here! Local 5 members in Hawaii will join the strike.", "Unite Here! Local 5",
     "Nearly 2,000 Unite Here! Local 5"),
    # "&" inside the union's name (heldout_english11 en-1703)
    ("Workers represented by United Food & Commercial Workers Local 222 walked out.",
     "United Food & Commercial Workers Local 222", "Commercial Workers Local 222"),
    # a directory name before the local is written by its short form (wide_english11 en-1678)
    ("Drivers with the Service Employees International Union Local 12A struck on Monday.", "SEIU Local 12A", None),
])
def test_the_union_before_a_numbered_local_is_its_whole_name(text: str, expected: str, wrong: str | None) -> None:
    found = names(tag(text))
    assert expected in found
    assert wrong not in found


def test_a_long_list_of_trades_before_the_head_is_read_whole() -> None:
    # Australian registered names list more trades than a name's usual words (wide_english11 en-1641, heldout_english11).
    text = "The Automotive, Food, Metals, Engineering, Printing and Kindred Industries Union lodged an appeal in Adelaide."
    assert "Automotive, Food, Metals, Engineering, Printing and Kindred Industries Union" in names(tag(text))
    text = ("In Australia, the Communications, Electrical, Electronic, Energy, Information, Postal, Plumbing and Allied "
            "Services Union of Australia won the case.")
    assert {union.union_id for union in default_tagger().tag(None, text).unions} == {"cepu-au"}  # its registered name


def test_a_bare_local_is_the_local_of_the_one_word_union_named_just_before_it() -> None:
    text = ("Unifor said 92 per cent of members of Local 681, who read meters in Winnipeg, voted to strike. "
            "UAW President Shawn Fain said: GM Wentzville Assembly, Local 2250 in Region 4, walks out.")
    assert {"Unifor Local 681", "UAW Local 2250"} <= names(tag(text))


@pytest.mark.parametrize("text, expected", [
    ("The United Auto Workers Union threatens a strike at Stellantis. Members of Local 1264 in Sterling Heights met.",
     "UAW Local 1264"),
    ("The International Brotherhood of Teamsters represents UPS workers. A shop steward from Local 396 led the crowd.",
     "Teamsters Local 396"),
])
def test_a_bare_local_after_a_longer_union_name_is_the_local_of_its_short_form(text: str, expected: str) -> None:
    assert expected in names(tag(text))


def test_a_local_after_a_place_is_the_local_of_the_union_named_before_it() -> None:
    text = "Teamsters struck US Foods. Teamsters in Cleveland Local 507 and in Buffalo Local 264 honored the lines."
    found = names(tag(text))
    assert {"Teamsters Local 507", "Teamsters Local 264"} <= found
    assert not {"Cleveland Local 507", "Buffalo Local 264"} & found


def test_a_bare_local_after_a_numbered_local_is_not_that_unions() -> None:
    text = "Our sister union, AFSCME 3299, is on strike in California. Local 1 members walked the picket line."
    assert "AFSCME Local 1" not in names(tag(text))


def test_a_lower_case_head_next_to_an_acronym_names_the_acronym() -> None:
    text = "Gunmen killed a leader of the trade union ASEINPEC and a member of the SUTEV teachers' union in Colombia."
    assert "ASEINPEC" in names(tag(text))


def test_discovered_unions_get_stable_ids_from_name_and_country() -> None:
    text = ("Workers of the Bangladesh Garment Sramik Sanghati marched in Dhaka, Bangladesh, on Friday. "
            "Police blocked the Bangladesh Garment Sramik Sanghati march near the factory in Bangladesh.")
    [union] = tag(text).unions
    assert union.union_id == "found:BD:bangladesh-garment-sramik-sanghati"
    assert union.union_id == discovered_union_id("Bangladesh Garment Sramik Sanghati", "BD")
    assert union.country == "BD"
    no_country = tag("The Garment Sramik Sanghati of the workers marched on Friday.")
    assert [union.union_id for union in no_country.unions] == ["found:xx:garment-sramik-sanghati"]


def test_a_found_name_that_is_in_the_directory_keeps_the_directory_id() -> None:
    text = "The Korean Confederation of Trade Unions (KCTU) called a general strike in Seoul."
    assert {union.union_id for union in tag(text).unions} == {"kctu"}


@pytest.mark.parametrize("text", [
    "Leaders of the European Union and the African Union met the Union Minister in Delhi.",
    "The Labour Party Pakistan and the Workers' Party held a rally.",
    "The National Union of Students and the students' union occupied the hall.",
    "The Bangladesh Garment Manufacturers and Exporters Association rejected the wage demand.",
    "Metal Sanayicileri Sendikası (MESS) toplu sözleşme teklifini açıkladı.",
    "The International Labour Organization (ILO) and the Ministry of Labour met the Solidarity Center.",
    "The drivers' union said the strike would go on; the teachers' union agreed.",
    "Teacher Unions walked out. Otros sindicatos se sumaron. Quatre syndicats du transport appellent à la grève.",
    "Unions Build Democracy\nUnions across the region held meetings.",
    "The Soviet Union collapsed; the Credit Union and the Customs Union were formed.",
    "The Trade Union Council met. Trade Union leaders spoke to the Labor Center.",
    "Nurses at Aurora Medical Center in Wisconsin reached an agreement.",
])
def test_what_is_not_a_union_stays_out(text: str) -> None:
    assert tag(text).unions == ()


def test_a_shouted_headline_names_no_union_by_shape() -> None:
    assert tag("WORKERS UNION STRIKE TODAY AT THE PLANT", title="WORKERS UNION STRIKE TODAY").unions == ()


def test_title_case_headline_words_are_not_taken_into_the_name() -> None:
    tags = tag("The union said the strike would go on.", title="Police Attack Garment Workers Union Rally In Dhaka")
    assert tags.unions == ()


@pytest.mark.parametrize("acronym, words, fits", [
    ("KCTU", ["Korean", "Confederation", "of", "Trade", "Unions"], True),
    ("COSATU", ["Congress", "of", "South", "African", "Trade", "Unions"], True),
    ("CCOO", ["Comisiones", "Obreras"], True),
    ("UAW", ["United", "Auto", "Workers"], True),
    ("ILO", ["United", "Auto", "Workers"], False),
    ("UK", ["Trades", "Union", "Congress"], False),
])
def test_initials_fit(acronym: str, words: list[str], fits: bool) -> None:
    assert initials_fit(acronym, words) is fits


@pytest.mark.parametrize("text, union_id", [
    ("Numsa members at the Mercedes plant in South Africa went on strike, the union said.", "numsa"),
    ("The Kctu union called a general strike in Seoul, South Korea.", "kctu"),
    ("Striking kctu members marched to the presidential office in Korea, the union said.", "kctu"),
])
def test_acronyms_in_title_case_and_lower_case_count_when_backed(text: str, union_id: str) -> None:
    assert union_id in {union.union_id for union in tag(text).unions}


@pytest.mark.parametrize("text", [
    "Numsa said nothing.",                                     # no union word, no country
    "The Kctu restaurant in Seoul, South Korea, opened.",      # no union word in the sentence
])
def test_acronym_spellings_without_backing_do_not_count(text: str) -> None:
    assert tag(text).unions == ()


def test_an_acronym_spelling_beside_a_union_named_for_sure_counts() -> None:
    # No union word in the sentence, but a union named for sure in it (wide_pt11 it-1176, wide_es11 es-1323).
    assert union_ids_of("En México, la protesta fue convocada por la CNTE, el Snte y la Croc.") == {
        "cnte", "snte", "croc"}
    assert union_ids_of("En México, la protesta fue convocada por el Snte y la Croc.") == set()


def test_an_acronym_spelling_after_a_sentence_with_a_union_word_counts() -> None:
    # es17: the union word is in the sentence before ("... un paro nacional. En Córdoba, Uepc adelantó su adhesión.":
    # wide_unions7b es-703, wide_es11 es-1323, a page of wide_latin9); a sentence further back is no backing.
    assert union_ids_of("Maestros lanzaron un paro nacional en México. En Oaxaca, el Snte adelantó su adhesión.") == {
        "snte"}
    assert union_ids_of("Maestros lanzaron un paro nacional en México. Hubo lluvias. En Oaxaca, el Snte adelantó su "
                        "adhesión.") == set()


def test_a_union_backed_by_its_sentence_backs_the_others_by_its_country() -> None:
    # The CTM is taken by the union word beside it; its country then backs "Snte" (heldout_cross11 en-1309).
    assert union_ids_of("The CTM union called the stoppage in Canada. Members of the Snte union joined it.") == {
        "ctm", "snte"}
    assert union_ids_of("The Snte union joined it in Canada.") == set()


@pytest.mark.parametrize("text, expected", [
    ("Cosatu threatens nation-wide strike as wage talks stall.", {"cosatu"}),        # heldout_english10 en-1222
    ("Members of the Unison trade union have voted in favour of striking.", {"unison"}),  # en-1212
    ("Cosatu said nothing.", set()),                                                  # no union word
])
def test_an_acronym_spelling_counts_in_a_story_naming_no_country(text: str, expected: set[str]) -> None:
    assert union_ids_of(text) == expected


def test_a_union_backed_in_turn_does_not_back_its_own_further_mentions() -> None:
    # "BNP" read as Belarus's union (a party here) must not make Belarus primary by backing itself (wide_south11
    # en-1327).
    text = ("Jatiyatabadi Sramik Dal, the labour wing of BNP, has organised a rally in Dhaka to mark May Day. "
            "BNP Secretary General Mirza Fakhrul Islam Alamgir has joined the event as the chief guest of the union.")
    assert "BY" not in {country.code for country in tag(text).countries if country.salience == "primary"}


def test_two_names_in_a_row_stay_two() -> None:
    text = ("Members of the Australian Manufacturing Workers' Union, Electrical Trades Union and "
            "Birleşik Metal-İş Union walked out.")
    assert {"Australian Manufacturing Workers' Union", "Electrical Trades Union", "Birleşik Metal-İş"} <= names(tag(text))


def test_a_quoted_name_after_a_lower_case_head() -> None:
    assert "Profbud" in names(tag('Members of the trade union "Profbud" picketed the site in Kyiv, Ukraine.'))


def test_acronyms_listed_with_a_union_are_unions() -> None:
    text = ("La grève a été décrétée par quatre centrales syndicales, l'UMT, la CDT, l'UGTM et la FDTX, "
            "au Maroc, avec le soutien de l'OIT.")
    found = {union.name for union in tag(text).unions} | {union.acronym for union in tag(text).unions}
    assert {"FDTX"} <= found                       # not in the directory: found by the list
    assert "OIT" not in found                       # the ILO is never a union
    assert union_ids_of("The KCTU and the QWXZ met in Seoul.") == {"kctu"}  # two acronyms alone say nothing


def union_ids_of(text: str) -> set[str]:
    return {union.union_id for union in tag(text).unions}


@pytest.mark.parametrize("text, union_id", [
    # A translated name with its acronym, then a gloss, in the bracket (wide_events9 es-902).
    ("Estibadores afiliados a la Asociación Internacional de Estibadores (ILA, por sus siglas en inglés) comenzaron "
     "una huelga en los puertos de Estados Unidos.", "ila-us"),
    # A Japanese name with the acronym in full-width brackets (wide_events9 ja-901).
    ("エア・カナダの客室乗務員が加入するカナダ公共労働組合（CUPE）のストライキが始まった。", "cupe"),
])
def test_a_translated_name_with_its_directory_acronym_in_brackets_is_that_union(text: str, union_id: str) -> None:
    assert [union.union_id for union in default_tagger().tag(None, text).unions] == [union_id]


@pytest.mark.parametrize("text, union_id", [
    # Words for a union around a directory union's name (wide_events9 en-922, de-905).
    ("The United Verdi Trade Union has called on ground handling workers at German airports to strike.", "verdi"),
    ("Die dänische Gewerkschaft 3F Transport schließt sich dem Streik gegen Tesla an.", "3f"),
])
def test_a_directory_union_with_words_for_a_union_around_it_is_that_union(text: str, union_id: str) -> None:
    assert [union.union_id for union in default_tagger().tag(None, text).unions] == [union_id]


def test_a_local_of_a_directory_union_stays_a_union_of_its_own() -> None:
    text = "Members of UFCW Local 400 ratified a contract in Virginia."
    assert "found:US:ufcw-local-400" in {union.union_id for union in default_tagger().tag(None, text).unions}


def test_a_list_of_acronyms_in_brackets_teaches_no_acronym() -> None:
    text = "Une intersyndicale (CGT, Solidaires, FO et FSU) a appelé à la grève en France."  # wide_unions7b fr-702
    ids = {union.union_id for union in default_tagger().tag(None, text).unions}
    assert {"cgt-fr", "solidaires", "fo", "fsu-fr"} <= ids and not any(union_id.startswith("found:") for union_id in ids)


@pytest.mark.parametrize("text, name, acronym", [
    # The centre after the dash is no letter of the acronym, and makes a name of lower-case words a union's.
    ("« Nous déclencherons la grève », annonce la présidente du Syndicat des tuteurs et tutrices de la "
     "Télé-université–CSN (STTTU).", "Syndicat des tuteurs et tutrices de la Télé-université–CSN", "STTTU"),
    ("« On ne baissera pas les bras », poursuit la présidente du Conseil central du Montréal métropolitain "
     "(CCMM–CSN), Dominique Daigneault.", "Conseil central du Montréal métropolitain", "CCMM–CSN"),
    ("Les membres du Syndicat des travailleuses et des travailleurs de Rolls-Royce Canada–CSN ont voté la grève.",
     "Syndicat des travailleuses et des travailleurs de Rolls-Royce Canada–CSN", None),
])
def test_a_quebec_centre_after_a_dash_ends_the_name_and_is_named_beside_it(text: str, name: str,
                                                                           acronym: str | None) -> None:
    tags = tag(text, language="fr")
    assert (name, acronym) in {(union.name, union.acronym) for union in tags.unions}
    assert "csn" in {union.union_id for union in tags.unions}


@pytest.mark.parametrize("language, text, expected", [
    ("de", "Die Gewerkschaft GDL ruft in Deutschland zum Streik auf.", "GDL"),
    ("es", "El Sindicato SUTEP convocó una huelga en Perú.", "SUTEP"),
    ("sv", "Fackförbundet HTF kräver mer i Sverige.", "HTF"),
])
def test_an_acronym_right_after_a_capitalised_strong_head_alone_is_the_name(language: str, text: str,
                                                                          expected: str) -> None:
    """A capitalised head that names nothing by itself (German nouns, a sentence's first word) is
    followed by the union's acronym, as after a lower-case head ("el sindicato SUTEP")."""
    assert expected in names(tag(text, language=language))


@pytest.mark.parametrize("text, expected", [
    # the dash of a Turkish "-İş"/"-Sen" name written as a space (wide_rare17 tr-3766, tr-3774, wide_north9 tr-941)
    ("Limter İş üyesi işçiler tersane önünde eylem yaptı.", "Limter İş"),
    ("DİSK'e bağlı Tüm Bel Sen, belediye önünde basın açıklaması yaptı.", "Tüm Bel Sen"),
    ("Açıklamayı yapan Kristal İş İzmir Şubesi Başkanı oldu.", "Kristal İş"),  # a place before a branch word goes on
    ("Yaşasın Birleşik Kamu İş Konfederasyonu! diye slogan attılar.", "Birleşik Kamu İş"),  # the slogan's "long live"
])
def test_a_turkish_suffix_name_written_with_a_space(text: str, expected: str) -> None:
    assert expected in names(tag(text, language="tr"))
    assert expected in names(tag(text))


@pytest.mark.parametrize("text", [
    "Grup Toplu İş Sözleşmesi görüşmeleri Ankara'da başladı.",  # a collective agreement
    "Türkiye İş Bankası kârını açıkladı, dedi Ankara'daki uzman.",  # a bank
    "Democratic Sen. Joe Manchin met the union in Washington.",  # a senator, in English
    "Economist Amartya Sen spoke to the union in Delhi.",  # a surname, in English
])
def test_words_before_a_spaced_is_or_sen_that_are_no_union(text: str) -> None:
    assert not any(name.endswith((" İş", " Sen")) for name in names(tag(text)))


@pytest.mark.parametrize(("text", "expected", "wrong"), [
    ("Sztrájkot hirdetett a Bányászati Dolgozók Független Szakszervezete Pécsen.",
     "Bányászati Dolgozók Független Szakszervezete", "Bányászati Dolgozók Független Szakszervezete Pécsen"),
    ("1989-ben Budapesten megalakították a Közlekedési Dolgozók Szabad Szakszervezetét.",
     "Közlekedési Dolgozók Szabad Szakszervezete", None),
    ("A Közszolgálati Dolgozók Szakszervezetének elnöke szerint a bérek alacsonyak Debrecenben.",
     "Közszolgálati Dolgozók Szakszervezete", None),
])
def test_a_hungarian_name_ends_with_its_head_given_in_the_nominative(text: str, expected: str, wrong: str | None) -> None:
    found = names(tag(text, language="hu"))
    assert expected in found
    assert wrong not in found


@pytest.mark.parametrize(("text", "expected"), [
    ("Liderul Sindicatului din Administrație Vaslui a protestat la București.", "Sindicatul din Administrație Vaslui"),
    ("Federația Sindicatelor Libere din Învățământ a organizat un protest la Cluj.",
     "Federația Sindicatelor Libere din Învățământ"),
])
def test_a_romanian_name_starts_with_its_head_without_the_role_word_before_it(text: str, expected: str) -> None:
    found = names(tag(text, language="ro"))
    assert expected in found
    assert not any(name.startswith("Liderul") for name in found)


@pytest.mark.parametrize("text", [
    "Preşedintele Confederaţiei Naţionale Sindicale \"Zorile\", Ion Popescu, a anunţat protestele la Iaşi.",
    "Sindicatul Liber al Metrorex a anunțat grevă la București.",
])
def test_romanian_head_and_kind_words_alone_name_no_union(text: str) -> None:
    found = names(tag(text, language="ro"))
    assert not any(name.startswith(("Confedera", "Sindicatul Liber")) and len(name.split()) <= 3 for name in found)


@pytest.mark.parametrize(("language", "text", "expected"), [
    # a trade in lower case and a comma before the bracket
    ("es", "Marcharon con el Sindicato Hondureño de Industrias químicas y Conexos, (SHINQ), y otros gremios.",
     "Sindicato Hondureño de Industrias químicas y Conexos"),
    # a list of trades with commas, its last item after "y del"
    ("es", "Asesora la Federación de Sindicatos de las Industrias Química, Farmacéutica, Petrolera y del Plástico "
           "(FESIQFPP) a los trabajadores.",
     "Federación de Sindicatos de las Industrias Química, Farmacéutica, Petrolera y del Plástico"),
    # a French name in sentence case, its acronym written as a word
    ("fr", "Le Syndicat des enseignants du cycle moyen de Guinée (Secmog) appelle à la grève.",
     "Syndicat des enseignants du cycle moyen de Guinée"),
])
def test_a_name_its_bracketed_acronym_spells_by_word_starts_is_read_whole(language: str, text: str,
                                                                            expected: str) -> None:
    assert expected in names(tag(text, language=language))


def test_a_name_spelt_by_word_starts_does_not_swallow_the_list_item_before_it() -> None:
    found = names(tag("Firmaron la Federación Minera, Sindicato de Obreros Textiles (FESOT) y otros.", language="es"))
    assert not any("Minera" in name and "Textiles" in name for name in found)


@pytest.mark.parametrize(("acronym", "words", "fits"), [
    ("SSINT", "Sindicato Salvadoreño de Industrias textiles y Similares", True),
    ("FESIIAAAN", "Federación de Sindicatos Independientes de las Industrias Automotriz Autopartes Aeroespacial "
                  "y del Neumático", True),
    ("Saemss", "Syndicat autonome des enseignants du moyen secondaire du Sénégal", True),
    ("SP RTMM", "Serikat Pekerja Rokok Tembakau makanan dan minuman", True),
    ("ABC", "Asociación Bancaria de Córdoba", False),  # three letters: initials_fit's to read
    ("SITRAB", "Sindicato de la Salud", False),
    ("SMTE", "Sindicato de Trabajadores de la Empresa", False),  # the first word must give the first letter
    ("SIPQ", "Sindicato Independiente de Trabajadores del Sector Bancario Estatal Privado de Quito", False),  # four give none
    ("Sinpeem", "Sindicato dos Profissionais em Educação no Ensino Municipal de São Paulo", True),  # three give none
])
def test_prefixes_fit(acronym: str, words: str, fits: bool) -> None:
    assert prefixes_fit(acronym, words.split()) is fits


@pytest.mark.parametrize(("text", "expected"), [
    ("Cyprus' two largest trade unions Sek and Peo will hold May Day rallies in Nicosia.", {"sek", "peo"}),
    ("In Cyprus the strike was called by the Pancyprian Federation of Labour, Sek and the civil servants.", {"sek", "peo"}),
])
def test_a_three_letter_acronym_in_title_case_counts_listed_with_a_union_or_called_one(text: str,
                                                                                        expected: set[str]) -> None:
    assert expected <= union_ids_of(text)


@pytest.mark.parametrize(("text", "union_id"), [
    ("En Suisse, Unia, le Sit et Syna ont dénoncé le refus des patrons de la construction.", "sit-ch"),
    ("A San Marino i sindacati Csdl, Cdls e Usl hanno chiesto un incontro al governo.", "usl-sm"),
])
def test_a_three_letter_acronym_in_title_case_in_a_list_of_unions_in_other_languages(text: str, union_id: str) -> None:
    assert union_id in {union.union_id for union in default_tagger().tag(None, text).unions}


@pytest.mark.parametrize("text", [
    "Peo said nothing about the talks in Nicosia, Cyprus.",           # not listed, not called a union
    "The Sek valley in Cyprus flooded, and the PEO union sent help.",  # beside a union, but not in a list with it
])
def test_a_three_letter_acronym_in_title_case_alone_is_a_word(text: str) -> None:
    assert "sek" not in union_ids_of(text) and (text.startswith("The") or "peo" not in union_ids_of(text))


@pytest.mark.parametrize(("language", "text", "not_expected"), [
    ("fr", "Dans le Sud, la CGT appelle à la grève des raffineries en France.", "solidaires"),  # before the union
    ("en", "In Feb, the CGT called a general strike in Buenos Aires.", "feb-ar"),
    ("fr", "La CFDT en Sud Vendée appelle à manifester, France.", "solidaires"),  # "en" is "in", not "and"
    ("en", "Argentina's CGT, Feb. 12: a general strike in Buenos Aires.", "feb-ar"),  # a date
    ("en", "Portugal: strikes were called by CGTP, Sep 12 and Oct 3, in Lisbon.", "sep-pt"),
    ("id", "Serikat pekerja KSPI, KSPSI dan Aji Santoso menggelar aksi di Jakarta.", "aji-id"),  # a person's name
    ("en", "In Mexico City, Mexico, the CTM and Fat Joe performed.", "fat-mx"),
    ("en", "Lecturers and other Uni members of staff voted to strike in Leeds over pensions.", "uni"),  # international
    ("en", "Unite and Psi Upsilon fraternity members protested in London, England.", "psi"),
])
def test_a_title_case_three_letter_word_before_a_union_a_name_or_a_date_is_a_word(language: str, text: str,
                                                                                   not_expected: str) -> None:
    assert not_expected not in {union.union_id for union in default_tagger().tag(None, text, language).unions}


@pytest.mark.parametrize(("title", "text"), [
    # SPILT (Albania) is an English word too: in title case it counts only where its sentence calls it a union
    ("Blood Spilt As Union Protest Turns Violent", "Police in Tirana fired tear gas at striking miners, the union said."),
    # SLFP is also Sri Lanka's Freedom Party: Belgium's VSOA is not known by it alone
    (None, "Colombo: SLFP-affiliated trade unions called a strike at the Ceylon Electricity Board in Sri Lanka."),
])
def test_acronyms_that_are_words_or_parties_elsewhere_name_no_union(title: str | None, text: str) -> None:
    assert not {"spilt-al", "vsoa-be"} & {union.union_id for union in default_tagger().tag(title, text).unions}
