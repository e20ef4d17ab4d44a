"""Review 24's false primary countries (its items, and our own sentences of the same kinds): a company's, owner's or
brand's nationality in more languages, Arabic Amman read as Oman, an Urdu inflection read as a country, a country's
name as a person's given name, and the US state of Georgia named in a title."""

from __future__ import annotations

import pytest

from bot.matching import StoryTags, default_tagger


def tag(text: str, title: str | None = None) -> StoryTags:
    return default_tagger().tag(title, text)


def primary(tags: StoryTags) -> set[str]:
    return {tag.code for tag in tags.countries if tag.salience == "primary"}


def named(tags: StoryTags) -> set[str]:
    return {tag.code for tag in tags.countries}


@pytest.mark.parametrize("text, subject, owner", [
    ("Bei der Betriebsratswahl im Werk in Grünheide hat die IG Metall zugelegt. Der US-Konzern lehnt einen "
     "Tarifvertrag weiterhin ab.", "DE", "US"),
    ("Die Beschäftigten in Hamburg streiken. Der chinesische Autobauer schweigt.", "DE", "CN"),
    ("Die Beschäftigten in Hamburg streiken. Die schwedische H&M lehnt ab.", "DE", "SE"),
    ("Workers at the battery plant in Chennai signed union cards. The South Korean automaker declined to comment.",
     "IN", "KR"),
    ("Miners struck at the Escondida mine in Antofagasta, Chile. The Australian miner BHP rejected the offer.",
     "CL", "AU"),
    ("El sindicato de la mina Escondida, en Antofagasta, votó la huelga tras rechazar la oferta de la australiana "
     "BHP.", "CL", "AU"),
    ("Trabalhadores angolanos de uma construtora chinesa em Luanda paralisaram as obras.", "AO", "CN"),
    ("Les salariés de l'entrepôt de Lyon sont en grève. L'enseigne suédoise refuse de négocier.", "FR", "SE"),
    ("Dua pekerja tewas di smelter nikel milik perusahaan China di Morowali, Sulawesi Tengah.", "ID", "CN"),
    ("Рабочие завода в Калуге объявили забастовку. Американская компания отказалась от переговоров.", "RU", "US"),
    ("울산 공장 노동자들이 파업했다. 중국 기업은 답하지 않았다.", "KR", "CN"),
    ("深圳工厂工人罢工。美国公司拒绝回应。", "CN", "US"),
    ("Pracownicy fabryki w Polsce strajkują. Amerykański koncern milczy.", "PL", "US"),
    ("Miners struck in Antofagasta, Chile. The Australian mining giant refused to talk.", "CL", "AU"),
])
def test_a_companys_nationality_is_not_the_subject(text: str, subject: str, owner: str) -> None:
    tags = tag(text)
    assert subject in primary(tags) and owner not in primary(tags)


@pytest.mark.parametrize("text, subject", [
    ("Die Beschäftigten in Stockholm streiken. Die schwedische Regierung schweigt.", "SE"),  # a body, not a brand
    ("Chilean miners went on strike over pay.", "CL"),  # the story's workers, not an owner
    ("Kenyan bus operators went on strike over fuel prices.", "KE"),
    ("Workers were fired at a garment factory in Bangladesh the company said.", "BD"),  # the next sentence's subject
    ("В России компании сокращают рабочих.", "RU"),  # "In Russia companies cut workers": a name, not an adjective
])
def test_the_words_for_an_owner_leave_the_storys_own_workers_and_bodies(text: str, subject: str) -> None:
    assert subject in primary(tag(text))


@pytest.mark.parametrize("title, text", [
    ("نقابة المعلمين تعتصم في عمّان", "نفذ المعلمون اعتصاما أمام مبنى رئاسة الوزراء في عمّان للمطالبة بإعادة النقابة."),
    (None, "نفذ المعلمون اعتصاما في العاصمة الأردنية عمان."),
    (None, "أضرب العمال في عمان، وقالت النقابة إن الاحتجاجات ستستمر في الزرقاء والكرك."),
])
def test_amman_is_not_oman(title: str | None, text: str) -> None:
    tags = tag(text, title)
    assert primary(tags) == {"JO"} and "OM" not in named(tags)


@pytest.mark.parametrize("text", [
    "أضرب العمال في مسقط، عمان، للمطالبة بزيادة الأجور.",
    "أضرب عمال الموانئ في عمان للمطالبة بزيادة الأجور.",
])
def test_oman_stays_oman(text: str) -> None:
    assert primary(tag(text)) == {"OM"}


@pytest.mark.parametrize("text, wrong", [
    ("حیدرآباد میں شوگر مل کے مزدوروں نے کہا کہ مل انتظامیہ گنے کے سیزن کے بعد انہیں نکال دیتی ہے۔", "GN"),
    ("کراچی میں مزدور احتجاج کے لیے سڑکوں پر نکل آئے اور پھر گھر چلے گئے۔", "CL"),
])
def test_an_urdu_inflection_is_not_a_country(text: str, wrong: str) -> None:
    assert wrong not in named(tag(text))


@pytest.mark.parametrize("text, code", [
    ("ناروے میں مزدوروں نے ہڑتال کی۔", "NO"),
    ("زمبابوے کے مزدوروں نے ہڑتال کی۔", "ZW"),
    ("گنی کے مزدوروں نے ہڑتال کی۔", "GN"),
])
def test_urdu_names_ending_in_a_vowel_and_yeh_barree_stay_places(text: str, code: str) -> None:
    assert code in primary(tag(text))


@pytest.mark.parametrize("text, wrong", [
    ("Ayon kay Israel Cruz, pangulo ng unyon sa Pasay, daan-daang trabaho ang mawawala.", "IL"),
    ("Sinabi ni Israel Cruz na magwewelga ang mga manggagawa sa Maynila.", "IL"),
    ("The union in Pasay, Philippines, struck, said Israel Cruz, the union president.", "IL"),
    ("Workers in Delhi struck, said Nepal Singh, the union leader.", "NP"),
])
def test_a_countrys_name_as_a_persons_given_name(text: str, wrong: str) -> None:
    assert wrong not in named(tag(text))


@pytest.mark.parametrize("text, code", [
    ("Workers in Israel went on strike, said the Histadrut.", "IL"),
    ("Ang mga manggagawa sa Israel ay nagwelga.", "IL"),
])
def test_a_country_after_a_place_word_stays_a_place(text: str, code: str) -> None:
    assert code in primary(tag(text))


def test_a_title_georgia_is_the_us_state_when_the_text_places_a_town_in_it() -> None:
    tags = tag("The United Auto Workers said a majority of workers at Hyundai's battery plant near Savannah, "
               "Georgia, have signed union cards.", "UAW pushes at Hyundai plant in Georgia")
    assert primary(tags) == {"US"} and "GE" not in named(tags)
