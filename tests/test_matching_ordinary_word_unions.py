"""Union names that are ordinary words, a famous name, a product's letters or another kind of body's head word
(review 22): each test is one general rule, on invented sentences of the review (not taken from the real-news set)."""

from __future__ import annotations

from tests.matching import tag_text, union_ids


def test_an_acronym_with_one_more_letter_after_a_hyphen_is_a_product() -> None:
    assert "usb" not in union_ids(
        tag_text(
            "Il nuovo telefono adotta la porta USB-C, come richiesto dalle norme europee.", title="Caricabatterie", language="it"
        )
    )
    # the union itself, and an acronym with a letter after it in a story of labour
    assert "usb" in union_ids(
        tag_text(
            "L'Unione Sindacale di Base ha organizzato presidi davanti ai porti di Genova e Livorno contro l'invio di armi.",
            title="USB IN PIAZZA",
            language="it",
        )
    )
    assert "usb" in union_ids(
        tag_text("Lo sciopero dei lavoratori della logistica indetto da USB-C e Cobas a Milano.", language="it")
    )


def test_the_plain_spelling_of_ver_di_names_the_union_only_in_a_story_of_labour() -> None:
    assert "verdi" not in union_ids(
        tag_text(
            "In der Semperoper Dresden wurde Verdis Oper Aida gefeiert; das Publikum jubelte Verdi zu.",
            title="Opernabend",
            language="de",
        )
    )
    assert "verdi" not in union_ids(tag_text("Verdi's Requiem was performed in Berlin.", language="en"))
    assert "verdi" in union_ids(
        tag_text(
            "Verdi ruft für Montag zu Warnstreiks an den Flughäfen Hamburg, Düsseldorf und Köln/Bonn auf.",
            title="Warnstreiks an Flughäfen",
            language="de",
        )
    )
    assert "verdi" in union_ids(
        tag_text("Die Oper bleibt geschlossen, teilte ver.di in Berlin mit; Verdi kritisiert den Senat.", language="de")
    )


def test_a_one_word_union_name_shouted_in_a_headline_is_a_word() -> None:
    assert "unite-uk" not in union_ids(
        tag_text(
            "Community leaders in Leicester urged residents to unite against hate after the attack.",
            title="UNITE AGAINST HATE",
            language="en",
        )
    )


def test_members_of_a_one_word_union_name_it_in_a_story_naming_no_country() -> None:
    tags = tag_text(
        "Baggage handlers at Heathrow airport, members of Unite, voted by 89 per cent to walk out over pay, "
        "the union said on Tuesday.",
        title="UNITE MEMBERS AT HEATHROW VOTE TO STRIKE",
        language="en",
    )
    assert "unite-uk" in union_ids(tags)


def test_a_hyphenated_name_of_ordinary_words_written_small_and_unjoined_is_the_words() -> None:
    assert not union_ids(
        tag_text(
            "TÜİK verilerine göre genel iş gücü piyasasında işsizlik yüzde 8,5'e geriledi.", title="Genel iş gücü", language="tr"
        )
    )
    genel_is = "turkiye-genel-hizmetler-iscileri-sendikasi-tr"
    assert genel_is in union_ids(
        tag_text("Genel-İş Sendikası üyesi belediye işçileri İzmir'de greve çıktı.", title="Genel-İş grevi", language="tr")
    )
    assert genel_is in union_ids(tag_text("Genel İş üyesi belediye işçileri İzmir'de greve çıktı.", language="tr"))


def test_tagalog_unyong_before_a_place_adjective_is_a_union_of_states() -> None:
    assert not tag_text(
        "Nagbigay ng tulong ang Unyong Europeo sa mga biktima ng bagyo sa Samar.", title="Unyong Europeo", language="tl"
    ).unions
    assert not tag_text("Nagbigay ng tulong ang Unyong Sobyet noon.", language="tl").unions
    names = {tag.name for tag in tag_text("Nagprotesta ang Unyong Manggagawa sa Agrikultura sa Negros.", language="tl").unions}
    assert names == {"Unyong Manggagawa sa Agrikultura"}


def test_a_tagalog_name_ends_before_sa_and_a_place() -> None:
    assert not tag_text(
        "Nagpulong ang Unyon ng mga Mag-aaral sa Quezon City tungkol sa matrikula.", title="Unyon ng mga Mag-aaral", language="tl"
    ).unions
    names = {
        tag.name
        for tag in tag_text("Nagwelga ang Unyon ng mga Manggagawa ng PhilFoods sa Quezon City noong Lunes.", language="tl").unions
    }
    assert names == {"Unyon ng mga Manggagawa ng PhilFoods"}
    names = {tag.name for tag in tag_text("Nagwelga ang Unyon ng mga Panadero ng Gardenia sa Maynila.", language="tl").unions}
    assert names == {"Unyon ng mga Panadero ng Gardenia"}


def test_a_sindicato_of_crime_or_of_tenants_is_no_union() -> None:
    assert not tag_text(
        "El Sindicato del Crimen controla el puerto de Guayaquil, según la policía ecuatoriana.",
        title="Sindicato del Crimen",
        language="es",
    ).unions
    assert not tag_text(
        "El Sindicato de Inquilinos de Madrid convocó una manifestación contra los desahucios.", language="es"
    ).unions


def test_the_itf_is_the_transport_workers_with_seafarers_or_dockers_in_its_sentence() -> None:
    assert "itf" in union_ids(
        tag_text(
            "ITF inspectors boarded ships in Rotterdam, Antwerp and Hamburg to check seafarers' pay.",
            title="Port checks",
            language="en",
        )
    )
    assert "itf" in union_ids(tag_text("The ITF said seafarers in Rotterdam had not been paid.", language="en"))
    assert "itf" not in union_ids(
        tag_text(
            "The ITF confirmed that the Davis Cup finals will again be played in Bologna.",
            title="Davis Cup finals",
            language="en",
        )
    )


def test_wages_alone_back_no_acronym() -> None:
    """Economic news speaks of wages without any union: "fast", "CGT" (a tax), "SDA" stay words (review23)."""
    assert not tag_text(
        "Prices are rising too fast for wages, the ECB said in Frankfurt.", title="Inflation", language="en"
    ).unions
    assert not tag_text(
        "The SDA report found that wages stagnated in retail last year.", title="Retail pay", language="en"
    ).unions


def test_urdu_spells_the_wapda_hydro_electric_unions_words() -> None:
    assert "apwhewu-pk" in union_ids(
        tag_text("واپڈا ہائیڈرو الیکٹرک سینٹرل لیبر یونین نے نجکاری کے خلاف احتجاج کیا۔", title="واپڈا یونین", language="ur")
    )
    assert not tag_text("واپڈا نے کراچی کے لیے بجلی کی قیمتیں بڑھا دیں۔", title="واپڈا", language="ur").unions


def test_members_of_a_one_word_union_at_a_sentences_start() -> None:
    """review23: "Members of Unite" opening a sentence calls Unite a union as "members of Unite" does."""
    assert "unite-uk" in union_ids(tag_text("Members of Unite voted to strike.", language="en"))


def test_a_one_word_union_name_before_a_word_for_another_kind_of_body_begins_its_name() -> None:
    """fix24left: "Unite Students" is a student-housing company, "Solidarity Party" a party: the capitalised word for
    another kind of body (recognise.REJECT_WORDS) ends a longer name that the union's one-word name begins."""
    for text in ("Students living in halls run by Unite Students in London went on a rent strike.",
                 "Members of Unite Students' tenant panel complained about rent rises in London.",
                 "The rent strike targets Unite Students, the UK's largest student housing provider.",
                 "Unite Students said rents in Bristol, England, would rise by 8 per cent, the company said."):
        assert "unite-uk" not in union_ids(tag_text(text, language="en")), text
    # the union before a lower-case word, an office or its own longer name
    assert "unite-uk" in union_ids(tag_text("Unite members at Heathrow in London will strike over pay.", language="en"))
    assert "unite-uk" in union_ids(tag_text("Unite students' officer said members in London would strike.", language="en"))
    assert "unite-uk" in union_ids(
        tag_text("Bus drivers in London will strike, Unite General Secretary Sharon Graham said.", language="en")
    )


def test_a_shouted_one_word_union_name_made_a_speaker_names_the_union_in_its_countrys_labour_story() -> None:
    """fix24left: "..., SAYS UNITE", "UNITE WARNS ...": a verb of speech makes the shouted word a speaker's name; in a
    story of labour placed in Britain (or naming no country) it is the union, though the text says only "the union"."""
    for title, text in (
            ("BUS DRIVERS TO STRIKE OVER PAY, SAYS UNITE",
             "Bus drivers in Manchester will strike next week after rejecting a pay offer, the union said."),
            ("UNITE SAYS REFINERY WORKERS WILL WALK OUT",
             "Workers at the Grangemouth refinery in Scotland will walk out on Monday over job cuts."),
            ("UNITE WARNS OF STRIKES AT HEATHROW", "Baggage handlers will strike over pay, the union warned."),
            ("PAY OFFER IS AN INSULT, ACCORDING TO UNITE", "Council workers in Leeds, England, rejected the pay offer.")):
        assert "unite-uk" in union_ids(tag_text(text, title=title, language="en")), title
    # the word as a verb or a slogan, and a speaker in a story of no labour or of another country
    for title, text in (
            ("UNITE AGAINST HATE", "Community leaders in Leicester urged residents to unite against hate after the attack."),
            ("WORKERS MUST UNITE AND FIGHT", "Bus drivers in Manchester will strike next week, the union said."),
            ("WE MUST UNITE, SAYS MAYOR", "The mayor of Leeds, England, urged residents to stand together after the floods."),
            ("UNITE SAYS NO TO THE MERGER", "The chess clubs of Leeds, England, voted against the merger on Monday."),
            ("UNITE, SAYS THE PRESIDENT", "Workers in Nairobi, Kenya, should join hands, the president told the strike rally.")):
        assert "unite-uk" not in union_ids(tag_text(text, title=title, language="en")), title
