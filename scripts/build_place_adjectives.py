"""Build bot/data/place_adjectives.tsv: the Russian adjectives of the cities and regions of the countries that write
their places in Cyrillic (Russia, Ukraine, Belarus, Kazakhstan, Kyrgyzstan), as news written in Russian names a
place by them ("Кронштадтский морской завод", "новосибирские врачи", "на харьковском авиазаводе").

Regular adjectives are made by rule from the Cyrillic city names of bot/data/places.tsv (built by
scripts/build_places.py): a name in -ск takes -ий ("Новосибирск": "новосибирский"), a name ending in another
consonant or in -ль takes -ский ("Курган": "курганский", "Гомель": "гомельский"), another in -ь drops it ("Пермь":
"пермский"), a name in -а after р, н or в takes -ский in the stem ("Самара": "самарский"), and г before it turns
into ж ("Калуга": "калужский"). Irregular ones, and those of regions named by a noun ("Кузбасс"), come from
HAND_ADJECTIVES (written as in Агеенко, «Словарь собственных имён русского языка», 2010, and the cities' articles
at https://ru.wiktionary.org/wiki/<adjective>).

An adjective that is an ordinary Russian word more than its place's ("советский" from Советск, "королёвский" from
Королёв, "мирный") is left out, judged by wordfreq (https://github.com/rspeer/wordfreq, as scripts/build_places.py
does): one more frequent than ADJECTIVE_OVER_NAME_ZIPF above its place's name. Surnames made from towns
("Архангельский", "Вяземский") are not left out here: the tagger only counts an adjective written in lower case
or followed by a noun of a place, facility or workforce (see bot/matching/tagger.py, _names_place_by_adjective).

Run: `python scripts/build_place_adjectives.py` (needs wordfreq: `pip install -e ".[data]"`).
"""

from __future__ import annotations

import re
from pathlib import Path

from wordfreq import zipf_frequency

PLACES = Path(__file__).resolve().parent.parent / "bot" / "data" / "places.tsv"
OUTPUT = PLACES.with_name("place_adjectives.tsv")
COUNTRIES = ("RU", "UA", "BY", "KZ", "KG")
# An adjective this much more frequent than its place's name is an ordinary word ("советский" beside "Советск").
ADJECTIVE_OVER_NAME_ZIPF = 1.0
MIN_ORDINARY_ZIPF = 3.0  # rarer adjectives are too rare to be judged ordinary words
# A ruled adjective Russian text writes at least this often: the rule's guess is a real word, and the name it
# came from a Russian one (not "москвский" from a Belarusian spelling of Москва, which the file also holds).
MIN_WRITTEN_ZIPF = 1.5
SOURCE = "https://ru.wiktionary.org/wiki/"
# Irregular adjectives of big cities, and those of regions the gazetteer names by a noun.
HAND_ADJECTIVES = {
    "московский": "RU", "петербургский": "RU", "санкт-петербургский": "RU", "ленинградский": "RU",
    "нижегородский": "RU", "уфимский": "RU", "архангельский": "RU", "казанский": "RU", "тверской": "RU",
    "ярославский": "RU", "тульский": "RU", "пензенский": "RU", "вологодский": "RU", "рязанский": "RU",
    "сочинский": "RU", "ухтинский": "RU", "кронштадтский": "RU", "ростовский": "RU", "тольяттинский": "RU",
    "череповецкий": "RU", "кузбасский": "RU", "уральский": "RU", "среднеуральский": "RU", "кубанский": "RU",
    "ставропольский": "RU", "татарстанский": "RU", "забайкальский": "RU",
    # A whole country's adjective ("объявили всеукраинскую акцию протеста", "всероссийская забастовка": wide_cyr36).
    "всеукраинский": "UA", "всероссийский": "RU", "общероссийский": "RU", "всебелорусский": "BY",
    "красноярский": "RU", "хабаровский": "RU", "иркутский": "RU", "воркутинский": "RU", "норильский": "RU",
    "магнитогорский": "RU", "ижевский": "RU", "пермский": "RU", "тюменский": "RU", "волгоградский": "RU",
    "воронежский": "RU", "саратовский": "RU", "самарский": "RU", "омский": "RU", "томский": "RU",
    "кемеровский": "RU", "новокузнецкий": "RU", "калужский": "RU", "смоленский": "RU", "брянский": "RU",
    "белгородский": "RU", "курский": "RU", "орловский": "RU", "липецкий": "RU", "тамбовский": "RU",
    "мурманский": "RU", "карельский": "RU", "псковский": "RU", "новгородский": "RU",
    "ивановский": "RU", "костромской": "RU", "ульяновский": "RU", "оренбургский": "RU",
    "астраханский": "RU", "краснодарский": "RU", "дагестанский": "RU",
    "екатеринбургский": "RU", "новосибирский": "RU", "челябинский": "RU", "барнаульский": "RU",
    "владивостокский": "RU", "сахалинский": "RU", "камчатский": "RU", "калининградский": "RU",
    "киевский": "UA", "харьковский": "UA", "одесский": "UA", "днепропетровский": "UA",
    "запорожский": "UA", "львовский": "UA", "донецкий": "UA", "луганский": "UA", "криворожский": "UA",
    "херсонский": "UA", "полтавский": "UA", "черниговский": "UA", "сумской": "UA",
    "винницкий": "UA", "житомирский": "UA", "черкасский": "UA", "ровенский": "UA", "волынский": "UA",
    "тернопольский": "UA", "ивано-франковский": "UA", "ужгородский": "UA", "мариупольский": "UA",
    "донбасский": "UA",
    "минский": "BY", "гомельский": "BY", "гродненский": "BY", "могилёвский": "BY", "могилевский": "BY",
    "витебский": "BY", "брестский": "BY", "бобруйский": "BY", "солигорский": "BY", "новополоцкий": "BY",
    "алматинский": "KZ", "карагандинский": "KZ", "астанинский": "KZ", "шымкентский": "KZ", "актюбинский": "KZ",
    "атырауский": "KZ", "мангистауский": "KZ", "павлодарский": "KZ", "жезказганский": "KZ",
    "темиртауский": "KZ", "усть-каменогорский": "KZ", "костанайский": "KZ", "жанаозенский": "KZ",
    "бишкекский": "KG", "ошский": "KG",
}
# Ruled adjectives that are ordinary words or name other things more than the town wordfreq cannot tell: "royal",
# "Slavic", "fraternal", "November", a people ("черкесский"), a person's name borne by districts in many cities
# ("дзержинский", "калининский"), or a town's name shared by two countries ("петропавловский": Petropavl in
# Kazakhstan, Petropavlovsk-Kamchatsky in Russia).
ORDINARY_ADJECTIVES = frozenset({
    "королевский", "славянский", "братский", "ноябрьский", "черкесский", "дзержинский", "калининский",
    "чкаловский", "молотовский", "брежневский", "ждановский", "петропавловский", "александровский",
    "подольский", "северский", "каменский", "орский", "канский",
})
_CONSONANTS = "бвгджзклмнпрстфхцчшщ"
_RUSSIAN_WORD = re.compile("[а-яё]+")


def regular_adjective(name: str) -> str | None:
    """The adjective of a one-word city name made by the regular rule, or None where no rule is sure."""
    word = name.lower()
    if not _RUSSIAN_WORD.fullmatch(word) or len(word) < 4:
        return None
    if word.endswith("ск"):
        return word + "ий"
    if word.endswith("ль"):
        return word + "ский"
    if word.endswith("ь"):
        return word[:-1] + "ский"
    if word[-1] in _CONSONANTS and word[-1] not in "кгхцчшщжз":  # "-к", "-ц" ... change the stem: not by rule
        return word + "ский"
    if word.endswith(("ра", "на", "ва")):
        return word[:-1] + "ский"
    if word.endswith("га"):
        return word[:-2] + "жский"
    return None


def cyrillic_cities() -> set[tuple[str, str]]:
    """Cyrillic city and town names of COUNTRIES in bot/data/places.tsv, as (name, country code) pairs: a name two
    countries have is there once for each."""
    found: set[tuple[str, str]] = set()
    for line in PLACES.read_text("utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        _, cased, _, code, form = line.split("\t")
        if code in COUNTRIES and form in ("city", "town") and "А" <= cased[:1] <= "я":
            found.add((cased, code))
    return found


def is_ordinary_word(adjective: str, name: str) -> bool:
    """True when the adjective is written as a word of its own far more than its place is ("советский")."""
    frequency = zipf_frequency(adjective, "ru")
    return frequency >= MIN_ORDINARY_ZIPF and frequency > zipf_frequency(name.lower(), "ru") + ADJECTIVE_OVER_NAME_ZIPF


def adjectives() -> dict[str, tuple[str, str]]:
    """adjective -> (country code, source): the hand list, then the regular ones not already there."""
    result = {adjective: (code, SOURCE + adjective) for adjective, code in HAND_ADJECTIVES.items()}
    ruled: dict[str, list[tuple[str, str]]] = {}  # adjective -> its (town, country code) pairs
    for name, code in sorted(cyrillic_cities()):
        adjective = regular_adjective(name)
        if (adjective is None or adjective in result or adjective in ORDINARY_ADJECTIVES or zipf_frequency(adjective, "ru") < MIN_WRITTEN_ZIPF
                or is_ordinary_word(adjective, name)):
            continue
        ruled.setdefault(adjective, []).append((name, code))
    for adjective, towns in ruled.items():
        if len({code for _, code in towns}) == 1:  # two countries' towns giving one adjective: too ambiguous
            result[adjective] = (towns[0][1], f"rule: {towns[0][0]}")
    return result


def main() -> None:
    lines = ["# Built by scripts/build_place_adjectives.py: do not edit by hand. adjective\tcountry\tsource"]
    lines += [f"{adjective}\t{code}\t{source}" for adjective, (code, source) in sorted(adjectives().items())]
    OUTPUT.write_text("\n".join(lines) + "\n", "utf-8")
    print(f"{len(lines) - 1} adjectives -> {OUTPUT}")


if __name__ == "__main__":
    main()
