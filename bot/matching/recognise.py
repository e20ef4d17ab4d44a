"""The union recogniser: finds union names by their shape, not by lookup.

A union's name is built around a head word ("Union", "Federation", "Sindicato", "Syndicat",
"Gewerkschaft", "-förbundet", "Związek Zawodowy", "-İş", "Sendikası", "Serikat Pekerja",
"Unyon", "Sramik ... Sangh") with the words that say which one it is on either side: the
capitalised words before it ("Bangladesh Garment Workers' Federation"), and after it the
connectors and words of its language ("Sindicato de Trabajadores de la Industria", "Union of
Metalworkers"). The tagger finds the head words with its automaton (`head_entries`) and hands
their spans here; this module walks out from each one over at most a few dozen characters, so
the work is bounded by the number of head words, not the length of the story.

Three more shapes give a name and teach its acronym for the rest of the story: "Full Name (ACR)",
"ACR (Full Name)" and, for names with no head word, capitalised words whose initials spell the
acronym next to them ("United Auto Workers (UAW)"). Numbered locals ("UFCW Local 400", "Local 2110
of the UAW") are names of their own.

What LABELING.md says is not a union is kept out: a name must have a labour word unless its head
is one ("Union" alone is the European Union as often as a trade union), and names with words of
parties, students, employers, NGOs and governments are dropped, as are names made only of
generic words ("the Workers' Union") and shouted all-capital runs.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from itertools import pairwise
from os.path import commonprefix
from typing import Literal

from bot.matching.gazetteer import NameEntry, pattern_key
from bot.matching.language import likely_languages
from bot.matching.normalize import URDU_PERSIAN_LETTERS, NormalizedText, fold, normalize

HeadStrength = Literal["strong", "weak"]

# Head words, folded, by the languages they belong to. A strong head says "trade union" by itself
# ("Sindicato", "Gewerkschaft"); a weak one ("Union", "Federation", "Central") needs a labour word
# in the name too. The language decides which heads a story's rules use (see `recognise`).
_HEADS: dict[str, tuple[HeadStrength, tuple[str, ...]]] = {}


def _add_heads(strength: HeadStrength, languages: str, words: str) -> None:
    for word in words.split(","):
        if word.strip():
            known_strength, known_languages = _HEADS.get(fold(word), (strength, ()))
            merged = tuple(dict.fromkeys([*known_languages, *languages.split()]))
            _HEADS[fold(word)] = ("weak" if "weak" in (strength, known_strength) else "strong", merged)


# Hungarian case endings on a head ("Szakszervezete" + "hez" is "Szakszervezetéhez": a final "e" lengthens to
# "é"; "Szakszervezet" + "tel" doubles its "t"), each form mapped to the nominative the name is given in.
_HUNGARIAN_CASE_HEADS = {
    **{f"Szakszervezeté{ending}": "Szakszervezete" for ending in ("hez", "től", "vel", "ben", "ből", "re", "ért", "nél")},
    **{f"Szakszervezet{ending}": "Szakszervezet" for ending in ("hez", "től", "tel", "ben", "ből", "re", "ért", "nél")}}
_add_heads("weak", "en", "Union,Unions,Federation,Federations,Confederation,Congress,Syndicate,Association,"
                         "Guild,Brotherhood,League,Alliance,Council,Centre,Center,Organisation,Organization,"
                         "Front,Forum,Sanghati")
_add_heads("strong", "ru uk", "Профсоюз,Профсоюза,Профсоюзов,Профспілка,Профспілки,Профспілок")
# The dative, locative and (Ukrainian) accusative too: a name is as often the object of a verb or a preposition
# ("предложил Свободному профсоюзу машинистов Украины", "состоящие в Профсоюзе Курьер", "зареєстрували Профспілку
# ...") as its subject; see _CYRILLIC_OBLIQUE_HEADS.
_add_heads("strong", "ru uk", "Профсоюзу,Профсоюзе,Профспілці,Профспілку")
# The long head, as registered names write it ("Белорусский профессиональный союз работников торговли", "Казахстанский
# отраслевой профессиональный союз работников ...", "Професійна спілка робітників морського транспорту України"), in
# the cases the short one is read in; see _CYRILLIC_LONG_HEADS.
_CYRILLIC_LONG_HEADS = {"профессиональный союз": "профессиональный союз", "профессионального союза": "профессиональный союз",
                        "профессиональному союзу": "профессиональный союз",
                        "профессиональном союзе": "профессиональный союз", "професійна спілка": "професійна спілка",
                        "професійної спілки": "професійна спілка", "професійній спілці": "професійна спілка",
                        "професійну спілку": "професійна спілка"}
_add_heads("strong", "ru uk", ",".join(head for form in _CYRILLIC_LONG_HEADS for head in (form, form.capitalize())))
_CYRILLIC_LONG_HEAD_KEYS = frozenset(fold(form) for form in _CYRILLIC_LONG_HEADS)
# In the instrumental a head names only a union in quotes after it ("организованной профсоюзом «Независимость»"),
# see Recogniser._name_around
_CYRILLIC_INSTRUMENTAL_HEADS = frozenset(fold(word) for word in ("профсоюзом", "профспілкою"))
_add_heads("strong", "ru uk", "Профсоюзом,Профспілкою")
_add_heads("strong", "en", "Trade Union,Trades Union,Labor Union,Labour Union,Workers Union,Workers' Union,"
                           "Employees Union,Employees' Union")
_add_heads("strong", "es pt it", "Sindicato,Sindicatos,Sindicat,Sindacato,Sindacati")
# (Galician writes them as Spanish does: "Confederación Xeral de Traballadores Galegos", "Central Sindical Galega".)
_add_heads("weak", "es pt it fr ca gl", "Federación,Confederación,Federação,Confederação,Federazione,"
                                        "Confederazione,Unión,União,Unione,Central,Centrale,Coordinadora,Frente,"
                                        "Asociación,Associação,Associazione,Corriente,Movimiento")
_add_heads("strong", "fr", "Syndicat,Syndicats,Intersyndicale")
# "Intersindical" heads Iberian names of unions of unions as "Intersyndicale" heads French ones ("Intersindical Nacional
# Galega", "Intersindical Nacional dos Traballadores Galegos", "Intersindical Valenciana"); alone it is a name the directory
# knows or no name (a one-word name needs more than a head).
_add_heads("strong", "es pt ca gl", "Intersindical")
# Catalan's own spellings of the heads ("Federació de Serveis Públics de la UGT de Catalunya", "Confederació General
# del Treball", "Unió de Pagesos" aside: a farmers' union is no workers' one, see LABELING.md), "Sindicat" above.
_add_heads("weak", "ca", "Federació,Confederació,Unió,Associació")
_add_heads("strong", "es pt it fr", "Organización Sindical,Organização Sindical,Organizzazione Sindacale,"
                                    "Organisation Syndicale")
_add_heads("weak", "fr", "Fédération,Confédération,Union,Association,Coordination,Organisation")
_add_heads("strong", "de", "Gewerkschaft,Gewerkschaften,Gewerkschaftsbund")
_GERMAN_HEADS = frozenset(head for head, (_, languages) in _HEADS.items() if languages == ("de",))
_add_heads("strong", "sv no da", "Fackförbund,Fackförbundet,Landsorganisationen,Förbund,Förbundet")
# Dutch and Flemish: "Algemeen Christelijk Vakverbond", "Vakbond De Unie", "Nederlandse Politiebond", "Algemene
# Onderwijsbond". The compounds name a union only capitalised: written small they say what kind of union one is
# ("de relatief kleine onderwijsbond Leraren in Actie", "een grote Nederlandse politievakbond").
_add_heads("strong", "nl", "Vakbond,Vakbonden,Vakverbond,Vakcentrale,Politiebond,Politievakbond,Onderwijsbond")
# A kind of union written small as one compound, before the name it describes (Recogniser._extra_heads): "de
# overheidsvakbonden STSK, STRaF en NAPB", "de treinbestuurdersvakbond ASTB", "de spoorbonden".
# ("verbonden", "gebonden", "ontbonden": "bound", no union.)
_DUTCH_KIND_COMPOUND = re.compile(r"(?<![\w-])[a-zëéï]{3,}(vakbonden|vakbond|(?<!ver)(?<!ge)(?<!ont)bonden)(?= [A-Z])")
# ("intersindical" written small is an adjective: "la mesa intersindical del Metro".)
_CAPITALISED_ONLY_HEADS = frozenset(fold(word) for word in ("Politiebond", "Politievakbond", "Onderwijsbond", "Intersindical"))
_add_heads("strong", "pl", "Związek Zawodowy,Związku Zawodowego,Związkowi Zawodowemu,Związkiem Zawodowym,"
                           "Związków Zawodowych,Związek Nauczycielstwa,Związku Nauczycielstwa")
_add_heads("weak", "pl", "Federacja,Federacji,Konfederacja,Konfederacji,Porozumienie,Porozumienia")
# Hungarian names end in their head, in whatever case the sentence puts it ("a Vasúti Dolgozók Szabad
# Szakszervezetét", "a Pedagógusok Demokratikus Szakszervezete"); Romanian ones start with it ("Sindicatul din
# Administrație Maramureș", "Federația Sindicatelor Libere din Învățământ").
_add_heads("strong", "hu", "Szakszervezet,Szakszervezete,Szakszervezetét,Szakszervezetet,Szakszervezetének,"
                           "Szakszervezetnek,Szakszervezetei,Szakszervezetek")
# The other cases Hungarian writes a name's head in, on its possessive and its plain form: "a Pedagógusok
# Szakszervezetéhez" (to), "-től" (from), "-vel" (with), "-ben" (in), "-ből" (out of), "-re" (onto), "-ért" (for),
# "-nél" (at); see _HUNGARIAN_CASE_HEADS.
_add_heads("strong", "hu", ",".join(_HUNGARIAN_CASE_HEADS))
_add_heads("strong", "ro", "Sindicatul,Sindicatului")
_add_heads("weak", "ro", "Federația,Federației,Confederația,Confederației,Federaţia,Federaţiei,Confederaţia,Confederaţiei")
_add_heads("strong", "tr", "Sendikası,Sendikasi,Sendika,Sendikaları,Sendikalar,Sendikaları Konfederasyonu")
_add_heads("weak", "tr", "Konfederasyonu,Federasyonu,Birliği")
_add_heads("strong", "id ms", "Serikat Pekerja,Serikat Buruh,Serikat Karyawan,Serikat Guru,Kesatuan Sekerja")
_add_heads("weak", "id ms", "Serikat,Federasi,Konfederasi,Kongres,Gabungan,Kesatuan,Persatuan,Aliansi,Kesatuan Kebangsaan")
# "Unyong" is "Unyon" with the linker of an adjective after it: a trade union so named says whose ("Unyong
# Manggagawa"); "Unyong Europeo", "Unyong Sobyet" are unions of states. It needs a labour word as a weak head does.
_add_heads("strong", "tl", "Unyon,Pederasyon ng mga Manggagawa")
_add_heads("weak", "tl", "Unyong")
_add_heads("weak", "tl", "Pederasyon,Kompederasyon,Samahan,Kapisanan,Alyansa,Kilusang,Kilusan,Liga")
# Filipino locals take a word for unity or strength as their head, with the workers and their workplace after it:
# "Lakas ng Nagkakaisang Manggagawa sa ..." (strength of the united workers at ...), "Pinagkaisang Lakas ng
# Manggagawa sa ...", "Katipunan ng mga Samahan ng mga Manggagawa", "Nagkakaisang Manggagawa ng <company> (ACR)" (the
# united workers of ...); a labour word is needed ("Lakas" is also a party's name). (Not "Bukluran": the BMP, a centre
# the directory holds, heads its regional chapters' names with it.)
_add_heads("weak", "tl", "Lakas,Pinagkaisang,Pinagsamang,Pagkakaisa,Katipunan,Nagkakaisang")
_add_heads("weak", "bn hi ur en", "Sangh,Sangha,Sabha,Sanghatan,Sangathan,Sanghatana,Samity,Samiti,Parishad,"
                                  "Kendra,Samakhya,Sangram,Ittehad,Ittehad,Mahasangh,Mahasabha")

# Compound heads written as one word with the name ("Transportarbetareförbundet", Norwegian and Danish
# "Utdanningsforbundet", "Metalarbejderforbund", the Swedish syndicalists' "Branschsyndikat",
# "Industriegewerkschaft"), and Turkish names ending in "-İş" or "-Sen" ("Birleşik Metal-İş").
_COMPOUND_HEAD = re.compile(r"\b\w{3,}(?:förbundet|förbund|forbundet|forbund|syndikatet|syndikat|gewerkschaft|"
                            r"gewerkschaftsbund|sendikası)\b", re.IGNORECASE)
_COMPOUND_GATES = ("förbund", "Förbund", "forbund", "Forbund", "syndikat", "Syndikat", "gewerkschaft", "Gewerkschaft",
                   "sendikası", "Sendikası", "SENDİKASI")
# Parts of one-word names that make a compound head's name no union's (folded): employers'
# ("Arbetsgivarförbundet", "Arbeidsgiverforbund"), municipalities' ("Kommunförbundet", "Kommunenes
# Sentralforbund"), companies' ("Bedriftsforbundet"), shipowners' ("Norges Rederiforbund", "Sveriges
# Redareförening"), sports' ("Fotballforbund", "Idrottsförbund") and charities'
# ("Blindeforbundet") bodies, and criminals' syndicates ("Brottssyndikatet").
# One pattern, searched for once in a name's words, not each part in each word.
_NOT_UNION_PART = re.compile("|".join((
    "arbetsgivar", "arbeidsgiver", "arbejdsgiver", "kommunforbund", "landstingsforbund", "kommunenes", "idrott", "idrett",
    "idraet", "fotboll", "fotball", "fodbold", "blinde", "handikap", "naturvern", "naturskydd", "brotts", "narkotika",
    "mediesyndikat", "bedriftsforbund", "rederi", "redare")))
_SUFFIX_HEAD = re.compile(r"[-‐‑–](?:İş|İŞ|iş|Iş|IS|Is|Sen|SEN)(?!\w)")
# The same Turkish names written with a space for the dash ("Eğitim İş", "Dev Maden Sen", "Birleşik Kamu İş
# Konfederasyonu"), after a capitalised word: the suffix ends the name unless a capitalised word goes on that is
# none of a union's head, role or branch words ("Toplu İş Sözleşmesi", "Türkiye İş Bankası", "İş Kanunu"); one
# place's name before a branch word may ("Petrol İş İzmir Şubesi"). "Sen" only in Turkish text ("Amartya Sen",
# "Democratic Sen. Joe Manchin").
_SPACED_SUFFIX_HEAD = re.compile(r"(?<![\w-])[^\W\d_][^\W\d_]+ (İş|İŞ|Sen|SEN)(?![\w-])"
                                 r"(?: ([^\W\d_]+)(?: ([^\W\d_]+))?)?")
_SPACED_SUFFIX_GOES_ON = frozenset(fold(word) for word in """
sendikası sendikasi sendikaları konfederasyonu federasyonu şube şubesi şubeleri genel başkanı başkan başkanı
başkanları üyesi üyeleri temsilcisi temsilcileri yöneticisi yöneticileri
""".split())
_SPACED_SUFFIX_BRANCH = frozenset(fold(word) for word in "şube şubesi şubeleri il bölge temsilciliği".split())
# Spanish and Portuguese union names made from "Sindicato (de Trabajadores) de ..." as one word
# ("SINTRAUNAL", "Sintrainagro", "Sindipetro", "Sindimetal"), not "sindical" or "sindicato" themselves;
# with the code of the state or region it serves after a dash ("Sindipetro-RS", "Sindipetro-LP"). Colombia's
# national unions are "Sinaltra-" (Sindicato Nacional de Trabajadores: "Sinaltrainal", "Sinaltrabavaria"), and
# "Sintt-" names telecom workers' ("Sinttel"). Brazil's "Sind-" before a consonant ("Sindsusep", "Sindviários") is
# read in text known to be Portuguese only (the bot passes each story's language): in other languages it starts names
# and words ("Sindbad", "Sindberg", "Sindlinger"; review27).
# Brazil's states by their two-letter codes, written after a one-word union name with a space as with a dash
# ("Sindimoto SP", "Sinttel MG", "Sindipetro PR" as "Sindipetro-RS"), not before a shouted word ("SINDIPETRO SE REÚNE").
_BRAZILIAN_STATE_CODE = r"(?:AC|AL|AM|AP|BA|CE|DF|ES|GO|MA|MG|MS|MT|PA|PB|PE|PI|PR|RJ|RN|RO|RR|RS|SC|SE|SP|TO)"
_BRAZILIAN_STATE_AFTER = rf"(?:-[A-Z]{{2,3}}\b|\ {_BRAZILIAN_STATE_CODE}\b(?![\w-])(?!\ [A-ZÀ-Þ]{{2,}}\b))?"
# (Not the Slavic word for a union itself, in any case: Serbian, Croatian, Bosnian "Sindikat", "Sindikati", "Sindikata",
# "Sindikatu", "Sindikatom", Slovenian "Sindikatov", Macedonian Latin "Sindikatite" are "the union(s)", no name; nor
# its adjective and people, "sindikalni", "Sindikalci", unionists.)
_PREFIX_HEAD = re.compile(r"\b(?:SINTRA|Sintra|SINT(?=T)|Sint(?=t)|SITRA|Sitra|SINDI|Sindi|SINALTRA|Sinaltra)"
                          r"(?![CcÇç][AaÁáÂâ])(?!(?:KAT|kat)[^\W\d_]{0,4}\b)(?!KAL|kal)[^\W\d_]{3,}\b" + _BRAZILIAN_STATE_AFTER)
_PREFIX_GATES = ("SINTRA", "Sintra", "SINTT", "Sintt", "SITRA", "Sitra", "SINDI", "Sindi", "SINALTRA", "Sinaltra")
# French-speaking Africa's unions are named by syllabic acronyms of "Syndicat" ("SYN", "Syn") and the first syllables
# of the words after it, written as one word, in capitals or title case ("SYNTRASESH": SYndicat National des
# TRAvailleurs des Services de la Santé Humaine; "Synahab", "Synter", "SYNAG"), with the country or the workplace after
# a dash ("Syniss-Bénin", "Syntra-Homel"). Read in text known to be French only. Not French words that start so
# ("syndicat", "synthèse", "synergie", "synode", "synchrone", "synopsis", "syntaxe", "syndrome", "synapse", "synonyme",
# "synagogue", "synoptique", "syncope", "syncrétisme", "synclinal"), nor France's employers' syndicates so named
# ("Syntec", "Synhorcat", "Synerpa") and companies ("Syngenta", "Synlab", "Synology", "Synopsys").
_FRENCH_PREFIX_HEAD = re.compile(
    r"(?<![\w\-‐‑])(?:SYN(?=[A-Z]{2,}(?![a-z]))|Syn(?=[a-z]{2,}))(?!(?i:dic|th|erg|od|chr|ops|tax|drom|aps|onym|agog|opt|cop|cr|clin"
    r"|tec|horcat|erpa|genta|lab|olog))[^\W\d_]{2,}(?:[\-‐‑][^\W\d_]{2,})?(?![\w\-‐‑])")
_BRAZILIAN_PREFIX_HEAD = re.compile(r"\bSind(?=[b-dfgj-np-qstv-zB-DFGJ-NP-QSTV-Z])[^\W\d_]{3,}\b" + _BRAZILIAN_STATE_AFTER)
# Brazil's and Lusophone Africa's unions are named by syllabic acronyms of "Sindicato" too, outside the "Sindi-",
# "Sintra-" and "Sind-" shapes: "Sin" / "SIN" and the first syllables of the words after it, one word, in title case
# or capitals ("Sinasefe": SINdicato NAcional dos Servidores Federais da Educação...; "Sintufes", "Sinjap", "Sinserv",
# "SINDSEPS", "SINDEFER", "SINERGIA"), with a state's code after a dash ("SINDESEP-PB"). Read in text known to be
# Portuguese only, a title-case one of six letters or more. Not the word for a union in Portuguese or a neighbour
# language ("sindicato", "sindical", Italian "sindacato", Slavic "sindikat"), nor Portuguese words that start so
# ("sinal", "sinais", "sincero", "sincronia", "sinfonia", "singular", "singelo", "sinistro", "sinônimo", "sinopse",
# "sintoma", "sintético", "sintonia", "sinuoso", "sinuca", "sinagoga", "sinos", "sinhá"); nor Brazil's employers'
# syndicates so named ("Sinduscon", "Sindusfarma", "Sinepe", "Sinfavea", "Sinicon", "Sinaval", "Sinaenco",
# "Sindhosp", "Sindicom" or "SINDCOM"), nor its public systems' acronyms ("Sinan", "Sinasc", "Sinapi", "Sinaes",
# "Sinase", "Sinarm", "Sinesp", "Sinmetro", "Sindec"); nor towns ("Sintra", "Sines", "Sinop", "Sinfães", "Singapura", "Sinai",
# "Sinaloa"), people ("Sinner", "Singh", "Sinclair", "Sinatra", "Sinval", "Sinéad", "Sinha") and Chinese companies
# ("Sinopec", "Sinovac", "Sinopharm", "Sinochem", "Sinosteel", "Sinotruk").
_PORTUGUESE_PREFIX_HEAD = re.compile(
    r"(?<![\w\-‐‑])(?:SIN(?=[A-ZÀ-Þ]{2,}(?![a-zà-ÿ]))|Sin(?=[a-zà-ÿ]{3,}))"
    r"(?!(?i:dic[aáâ]|d?i?com\b|dac|dik|al|ais\b|cer|cron|fon|fôn|gul|gel|istr|[oô]nim|ops|tom|tetic|tétic|tetiz|ton|uos|uca|agog"
    r"|os\b|h[aáô]|drom"
    r"|dus|epe\b|fav|icon|icesp|aval|aenc|dhosp|fac\b"
    r"|an\b|asc\b|api|aes\b|ase\b|arm\b|esp\b|metro|dec\b|pdec|ajuve|ir\b|ima\b"
    r"|tra\b|es\b|op\b|f[aã]es|gap|ai\b|aloa|ner|gh|cl|atr|val|[eé]ad|[eé]si|ha\b"
    r"|o(?:p|v|ch|st|tr|ma\b)))"
    r"[^\W\d_]{2,}\b" + _BRAZILIAN_STATE_AFTER + r"(?![\-‐‑][^\W\d_])")
# What a Brazilian "Sind-" name's region is written as after it, beside a state's code: two states' codes ("Sindipetro
# PR e SC", "Sindipetro CE/PI"), the region after "do/da/de" ("Sindipetro do Litoral Paulista", "Sindsaúde de Minas
# Gerais"), or one capitalised word the sentence goes on after in lower case ("o Sindipetro Caxias elegeu", "Sindipetro
# Amazônia / Dezembro"), not a title-case headline's next word ("Sindipetro Convoca Greve") nor a person's name.
_BRAZILIAN_REGION_AFTER = re.compile(
    rf"(?:(?:[ -]{_BRAZILIAN_STATE_CODE})?(?:/| e ){_BRAZILIAN_STATE_CODE}\b(?![\w-])"
    r"| d(?:[oa]s?|e) (?!(?:Petr[oó]br[aá]s|Brasil)\b)[A-ZÀ-Þ][^\W\d_]{2,}(?:(?: d[oa]s?| de)? [A-ZÀ-Þ][^\W\d_]{2,})?"
    r"(?=[\s.,;:!?)/–-]|$)(?! [A-ZÀ-Þ])"
    r"| [A-ZÀ-Þ][a-zà-ÿ]{3,}(?=[,.;:)]| [/–-]| [a-zà-ÿ]|$))")


def _with_brazilian_region(original: str, start: int, end: int) -> int:
    """The end of a Brazilian "Sind-" name with the region written after it (_BRAZILIAN_REGION_AFTER), if any."""
    if not original.startswith(("Sind", "SIND"), start) or (region := _BRAZILIAN_REGION_AFTER.match(original, end)) is None:
        return end
    word = _LETTERS_RUN.match(original, start)
    if word is None or word.end() - start <= 8:
        return end  # (an 8-letter "Sindi-" word names no union alone: "Sindiswa Mokoena", a Zulu given name)
    return region.end()


_LETTERS_RUN = re.compile(r"[^\W\d_]+")


# A bracket right after a one-word "Sin-" name that says it is an employers' syndicate ("o Sindiauto (patronal)",
# "do SINCAF (Sindicato Patronal das Indústrias da Construção de Limeira)"): see _EMPLOYER_WORDS.
_BRACKET_AFTER = re.compile(r" ?[(\[]([^()\[\]]{1,120})[)\]]")


def _employers_bracket_after(original: str, end: int) -> bool:
    """True when a bracket right after `end` holds a word for employers ("(patronal)", "(Sindicato Patronal ...)")."""
    bracket = _BRACKET_AFTER.match(original, end)
    return bracket is not None and any(fold(word.strip(".,;:")) in _EMPLOYER_WORDS for word in bracket.group(1).split())


def is_portuguese_syllabic_name(word: str) -> bool:
    """Whether `word` is shaped like a Portuguese syllabic acronym of "Sindicato" ("Sinasefe", "Sindsel", "Sinttel"),
    which says "Sindicato" itself."""
    return bool(_PORTUGUESE_PREFIX_HEAD.fullmatch(word) or _BRAZILIAN_PREFIX_HEAD.fullmatch(word)
                or _PREFIX_HEAD.fullmatch(word))


def matches_at(pattern: re.Pattern[str], original: str, starts: tuple[str, ...]) -> list[re.Match[str]]:
    """Exactly pattern.finditer(original), for a pattern whose every match starts with one of `starts` and is never
    empty: tried only where one of them stands (found with str.find). A pattern that opens with a look-behind or "\\b"
    is otherwise tried at every position of the text: ~20 us a page of 700 characters, ~2 us so (a look-behind sees
    the text before the position matched from, as the search sees it)."""
    positions: set[int] = set()
    for start in starts:
        at = original.find(start)
        while at >= 0:
            positions.add(at)
            at = original.find(start, at + 1)
    return matches_from(pattern, original, sorted(positions))


def matches_from(pattern: re.Pattern[str], original: str, starts: Iterable[int]) -> list[re.Match[str]]:
    """`pattern`'s matches at these positions (in ascending order), as finditer takes them: none starting inside the
    one before."""
    found: list[re.Match[str]] = []
    taken_until = 0
    for position in starts:
        if position < taken_until:
            continue
        match = pattern.match(original, position)
        if match is not None:
            found.append(match)
            taken_until = max(match.end(), position + 1)
    return found


_PREFIX_HEAD_STARTS = ("SI", "Si")  # what every match of _PREFIX_HEAD starts with
_BRAZILIAN_PREFIX_HEAD_STARTS = ("Sind",)
_PORTUGUESE_PREFIX_HEAD_STARTS = ("SIN", "Sin")
_FRENCH_PREFIX_HEAD_STARTS = ("SYN", "Syn")


def holds_brazilian_prefix_name(original: str) -> bool:
    """Whether the text holds a word shaped like Brazil's "Sind-" union names ("Sindsaúde", "Sindsusep"), which
    are read only in Portuguese text: a caller that does not know the story's language has it detected then."""
    return ("Sin" in original or "SIN" in original) and (
        _BRAZILIAN_PREFIX_HEAD.search(original) is not None or _PORTUGUESE_PREFIX_HEAD.search(original) is not None)


# Endings of Russian and Ukrainian adjectives, folded ("Межрегиональный", "Независимого", "Незалежна", "Вільної").
_CYRILLIC_ADJECTIVE_ENDINGS = tuple(dict.fromkeys(fold(ending) for ending in (
    "ый", "ий", "ой", "ая", "яя", "ое", "ее", "ого", "его", "ому", "ему", "ым", "им", "ых", "их", "на", "ної", "ка", "кої",
    "ня", "ньої",
    # before a head in the locative ("Свободном", "Независимом") or the Ukrainian dative, locative and accusative
    # ("Вільній", "Всеукраїнській", "Вільну", "Всеукраїнську"); not "-ку" alone ("Будинку профспілок" is a building)
    "ском", "ном", "ую", "ній", "ській", "цькій", "ну", "ську", "цьку")))
_SUFFIX_DASHES = "-‐‑–"  # what _SUFFIX_HEAD starts with
_SUFFIX_LETTERS = "İiIS"  # and what follows its dash
# Each gate folds (bot.matching.normalize) to lower case holding one of these: a text whose folded
# form holds none of them holds none of the gates, which is the quicker test.
_FOLDED_COMPOUND_GATES = ("forbund", "syndikat", "gewerkschaft", "sendikasi")
_FOLDED_PREFIX_GATES = ("sintra", "sintt", "sitra", "sindi", "sinaltra")
FOLDED_GATES = _FOLDED_COMPOUND_GATES + _FOLDED_PREFIX_GATES


def folded_gates_in(folded: str) -> frozenset[str]:
    """The FOLDED_GATES that a folded text holds (the tagger's automaton reports them as it scans)."""
    return frozenset(gate for gate in FOLDED_GATES if gate in folded)


# Québec's unions write their centre after their own name and acronym, joined by a dash: "Syndicat des tuteurs
# et tutrices de la Télé-université–CSN (STTTU)", "Conseil central du Montréal métropolitain (CCMM–CSN)"; so do
# French federations of the CGT, often with spaces around the dash ("Fédération des Travailleurs de la
# Métallurgie – CGT"). The suffix ends the name and says it is a union body, whatever its words.
_CENTRE_SUFFIXES = frozenset({"CSN", "FTQ", "CSQ", "CSD", "CGT"})
_CENTRE_SUFFIX = re.compile(r"(?:[-‐‑–]| [-‐‑–] )(" + "|".join(sorted(_CENTRE_SUFFIXES)) + ")$")


def _before_spaces(original: str, position: int) -> int:
    """`position` moved back over the spaces before it (a few at most: walking back, not slicing the text)."""
    lowest = max(0, position - 4)
    while position > lowest and original[position - 1].isspace():
        position -= 1
    return position


def centre_suffix_start(original: str, start: int, end: int) -> int | None:
    """Where the centre's acronym starts when `original[start:end]` (a name) ends in a centre suffix, else None."""
    suffix = _CENTRE_SUFFIX.search(original, max(start, end - 6), end)
    return suffix.start(1) if suffix is not None else None


def _holds_gate(original: str, folded_seen: AbstractSet[str], gates: tuple[str, ...],
                folded_gates: tuple[str, ...]) -> bool:
    """True when `original` holds one of `gates`, given the folded gates its folded form holds."""
    return not folded_seen.isdisjoint(folded_gates) and any(gate in original for gate in gates)


def _spaced_suffix_heads(original: str, language: str | None) -> list[tuple[int, int]]:
    """(start, end) of the names ending in a Turkish suffix written after a space (_SPACED_SUFFIX_HEAD)."""
    turkish = language == "tr" or (language is None and "ı" in original)
    if not (("İ" in original and " İ" in original) or (turkish and (" Sen" in original or " SEN" in original))):
        # (a search for one letter is quicker than for two: most texts have no "İ", and then no " İ")
        return []
    found: list[tuple[int, int]] = []
    for match in _SPACED_SUFFIX_HEAD.finditer(original):
        if not _is_capitalised(match.group()) or (match.group(1) in ("Sen", "SEN") and not turkish):
            continue
        after, later = match.group(2), match.group(3)
        if after is not None and _is_capitalised(after) and fold(after) not in _SPACED_SUFFIX_GOES_ON and not (
                later is not None and fold(later) in _SPACED_SUFFIX_BRANCH):
            continue
        found.append((match.start(), match.end(1)))
    return found


# "Toplu İş Sözleşmesi" (a collective labour agreement) written with a dash ("Toplu-İş Sözleşmelerinde"): the
# agreement, not a union named "Toplu-İş".
_COLLECTIVE_AGREEMENT_AFTER = re.compile(r"\s+s[öo]zle[şs]me", re.IGNORECASE)


def _collective_agreement(original: str, dash: int, end: int) -> bool:
    """True when the dashed "-İş" at `dash` is the "iş" of "Toplu İş Sözleşmesi" (a collective agreement)."""
    return (fold(original[max(0, dash - 6):dash]).endswith("toplu") and not original[dash - 6:dash - 5].isalpha()
            and _COLLECTIVE_AGREEMENT_AFTER.match(original, end) is not None)


def _suffix_heads(original: str) -> list[re.Match[str]]:
    """Exactly _SUFFIX_HEAD's matches in `original`, tried only at its dashes (found with str.find)."""
    found: list[re.Match[str]] = []
    for dash in _SUFFIX_DASHES:
        position = original.find(dash)
        while position >= 0:
            if original[position + 1:position + 2] in _SUFFIX_LETTERS and (
                    match := _SUFFIX_HEAD.match(original, position)) is not None and not _collective_agreement(
                    original, position, match.end()):
                found.append(match)
            position = original.find(dash, position + 1)
    return found

# Heads so loose ("Association", "Council", "Front") that the name needs a core labour word.
_LOOSE_HEADS = frozenset(fold(word) for word in """
association alliance council centre center organisation organization front forum movement coordinadora frente
asociacion associacao associazione corriente movimiento samahan kapisanan alyansa kilusang kilusan aliansi
persatuan gabungan porozumienie porozumienia birligi coordination
""".split())
# Core labour words: what a name with a loose head, or a name found only by its acronym, must contain.
CORE_LABOUR_WORDS = frozenset(fold(word) for word in """
workers worker employees employee labour labor trade trades unions union unionists teachers nurses
educators pilots journalists representatives mineworkers metalworkers steelworkers dockworkers
sindical sindicales syndical syndicale syndicales sindacale trabajadores trabajadoras trabalhadores ferroviaria
educadores educadoras educateurs educatrices normaliens normaliennes
trabalhadoras travailleurs lavoratori obreros obrera obreros ouvriers empleados employes trabajo trabalho
travail lavoro docentes enseignants arbeiter arbetare pracownikow iscileri pekerja buruh manggagawa
sramik shramik mazdoor mazdur karmachari kamgar профсоюз профспілка работников працівників
syndicat syndicats sindicato sindicatos sindacato sindacati
estibadores portuarios mineros mineiros bancarios bancarias maestros professores profesores enfermeras enfermeros
enfermeiros enfermieres infirmiers medicos camioneros ferroviarios cheminots metalurgicos
metalurgicas petroleros petroleiros docenti insegnanti infermieri ferrovieri metalmeccanici
sindicatelor sindicala sindicale
""".split())

# Words that make a name a labour organisation's (folded). A weak head needs one of them.
_POSSESSIVE_NAME_WORDS_TEXT = "seamen women men people workingmen workmen tradesmen firemen"
LABOUR_WORDS = frozenset(fold(word) for word in """
workers worker workers' employees employee employees' labour labor labourers laborers trade trades unions union
unionists teachers teacher nurses nurse miners mineworkers dockers dockworkers dock longshoremen longshore
seafarers seamen sailors drivers journalists foodworkers woodworkers textileworkers writers actors musicians artists pilots machinists steelworkers
metalworkers autoworkers electricians engineers firefighters police officers staff professionals servants
clerks carpenters plumbers painters bricklayers builders farmworkers farmworker fishers fishermen
cleaners janitors guards porters waiters cooks bakers butchers tailors weavers spinners garment textile
metal steel auto automobile transport transit railway railways railwaymen rail postal post telecom
telecommunications communications media printing graphical electrical electronics energy power chemical
mining mine construction building health healthcare hospital medical doctors physicians midwives pharmacists
education educators academics lecturers professors school university tertiary public municipal civil
government state services service commercial commerce retail shop bank bank banking insurance finance
food beverage agricultural agriculture plantation plantations farm estate tea sugar tobacco hotel hotels
restaurant catering tourism domestic household homeworkers informal street vendors hawkers rickshaw
migrant migrants garments apparel leather footwear shoe shoes wood forestry paper glass cement oil gas petroleum
petrochemical port ports harbour maritime aviation airline airlines cabin crew flight attendants bus tram
taxi truck truckers trucking logistics warehouse delivery couriers platform gig security cleaning care
caregivers social entertainment broadcasting film theatre screen musicians sport players footballers
industrial industry general allied representatives officers sindicatelor sindicala sindicale
профсоюз профсоюза профсоюзов профспілка профспілки профспілок трудящихся работников працівників
sindical sindicales syndical syndicale syndicales sindacale sindacali
trabajadores trabajadoras trabajador trabajadora trabalhadores trabalhadoras trabalhador trabalhadora
travailleurs travailleuses
infirmiers infirmieres medecins praticiens professionnels professionnelles cols
lavoratori lavoratrici obreros obreras obrero obrera obreiros ouvriers ouvrieres operai empleados empleadas
empregados employes salaries salariés dipendenti docentes maestros professores enseignants insegnanti
trabajo trabalho travail lavoro campesinos camponeses metalurgicos metalurgicas metallurgistes metalmeccanici
educadores educadoras educateurs educatrices normaliens normaliennes
bancarios bancarias mineros mineiros petroleros portuarios estibadores
arbeiter arbeitnehmer beschaftigten arbetare tjanstemannen anstallda pracownikow pracownicy nauczycieli
iscileri isci iscilerin emekciler calisanlari memurlar
pekerja buruh karyawan guru sekerja kerja
manggagawa obrero obrera magsasaka tsuper
sramik shramik sromik mazdoor mazdur majdoor karmachari karamchari kamgar kamgaar shramjeevi
fonctionnaires funcionarios funcionarias funcionarios funzionari enseignement educacion educacao istruzione
sante salud saude sanita
jornalistas periodistas medicos
cheminots marins chauffeurs conducteurs professeurs enseignantes inspecteurs magistrats
greffiers douaniers policiers pompiers postiers facteurs techniciens mineurs pecheurs paysans routiers dockers
electriciens gaziers pharmaciens veterinaires artistes musiciens comediens retraites employees
formateurs formatrices instituteurs institutrices camionneurs soignants ambulanciers surveillants
treballadors treballadores treballador treballadora obrers obreres sindicals ensenyament educacio sanitat salut
metges infermeres infermers mestres funcionaris traballadores traballadoras traballador traballadora ensino
camioneros docenti enfermeiros enfermeras enfermeros enfermieres ferroviarios ferrovieri infermieri
petroleiros profesores pilotos portuaria portuarias portuario portuarios minera mineras minero
mineira mineiras mineiro bancaria bancario petrolera petroleras petroleiras
""".split())

_POSSESSIVE_NAME_WORDS = LABOUR_WORDS | frozenset(_POSSESSIVE_NAME_WORDS_TEXT.split())
# An employer's whole workforce (folded): a staff union is named by the employer's acronym and these alone ("DBS Staff
# Union", "PHA Workers' Union"), where an acronym before other words is another union's ("KCTU Korean ...")
_WORKFORCE_WORDS = frozenset({"workers", "employees", "staff", "labour", "labor"})

# Words that make a span something other than a union (folded): parties, students, employers (Brazil's
# employers' syndicates named in one word too: Sindipeças, SindusCon; for one-word Nordic names see
# _NOT_UNION_PART), NGOs, governments, companies, and non-labour senses of the head words; agreements and a
# centre's caucuses ("Acordo Coletivo de Trabalho (ACT)", "Tendência Sindical Socialista (TSS)" inside the UGT, the CTB's
# "Corrente Sindical Classista").
_EMPLOYER_WORDS = frozenset(fold(word) for word in """
employers employer empleadores patronal patronale patronat empresarios empresaria empresarias empresarial empresariales
empresas entrepreneurs arbeitgeber arbeitgeberverband pracodawcow isveren isverenler isverenleri sanayiciler
sanayicileri pengusaha মালিক
sindipecas sinduscon sindilojas sindirepa
""".split())
REJECT_WORDS = _EMPLOYER_WORDS | frozenset(fold(word) for word in """
party parties partido partidos parti partis partei partai partito parteia
student students studentenwerk estudiantes estudantes etudiants studenti studentow mag-aaral estudyante
crime crimen crimine crimenes
inquilinos inquilinas inquilins locataires inquilini regantes regants
chamber chambers camara commerce manufacturers exporters importers owners merchants traders business
businesses companies company corporation inc ltd llc plc
credit customs monetary economic currency football soccer fifa uefa olympic sports rugby cricket
liberties scientists consumers consumer tenants industrialists rights assistance advocacy fair
foundation institute network watch consortium campaign campaigns ngo
ministry minister bureau ministers cabinet government budget territory territories parliament council-of-ministers
station pacific carbide square street avenue road hall church
mixte intercommunal copropriete initiative
act acts bill bills ordinance ordinances code codes law laws amendment amendments regulation regulations decree
statute day budget ley leyes loi lei leis legge gesetz ustawa ustawy kanun kanunu yasa yasasi undang uu codigo
contrato contratos convenio convenios delegacia
acordo acordos acuerdo acuerdos tendencia tendencias corrente correntes
fund funds address banks bankers
respondent respondents appellant appellants applicant applicants petitioner petitioners claimant claimants
defendant defendants plaintiff plaintiffs
""".split())

# Banks' and bankers' associations (employers: "Malayan Commercial Banks' Association"; but "Banks Employees Union"),
# a fund ("Employees Provident Fund (EPF)", "Pension Fund"; but "Provident Fund Employees Union", see
# _EMPLOYING_BODIES), a speech ("State of the Labor Address") and a party's role in a court caption ("SOLIDARITY
# TRADE UNION Fifth Respondent", "X obo Y First Appellant") are no part of a union's name either.
# Of REJECT_WORDS, those that say no union only right after "Union" ("Union Station", "Union Pacific", "Union
# Square") or at the end ("Harare Central Police Station"): before other words of a name they name a trade ("Station
# Masters' Union", "Street Vendors Union", "Road Transport Workers Union") or a region ("Pacific Northwest Staff
# Union").
# Lower-case English nouns that follow a union's name in a sentence ("Unite members", "the Union building").
_ENGLISH_NOUNS_AFTER_NAMES = frozenset({"workers", "employees", "members", "staff", "building", "media"})
_AFTER_UNION_WORDS = frozenset("station pacific carbide square street avenue road hall church".split())

# Courts, ministries, agencies and movements: not a union unless another head word says so
# ("Tribunal Regional do Trabalho" is none, "Sindicato de Trabajadores del Ministerio de Salud" and
# "Port Authority Workers Union" are).
_INSTITUTION_WORDS = frozenset(fold(word) for word in """
ministerio ministere ministero ministerstwo tribunal tribunais tribunale tribunales court courts corte juzgado
department departamento secretaria agency agencia agence authority autoridad board inspectorate inspeccion
commission comision commissione movement movements movimiento movimento mouvement
""".split())

# "... Trade Union Movement", "... Labour Movement": the movement of a country's unions, named by what it is made of
_MOVEMENT_WORDS = frozenset({"movement", "movements"})
_MOVEMENT_OF = frozenset({"union", "unions", "labour", "labor"})

# Generic words: a found name needs at least one word beyond these (or three words of them).
GENERIC_NAME_WORDS = frozenset(fold(word) for word in """
a an the of and for in de del la las los el y e et des du le les l d dos das do da di della dei degli delle
der die und fur i w ng mga sa at dan
union unions federation federations confederation congress syndicate association trade trades labour labor
global local council centre center organisation organization alliance forum front movement
workers worker employees national general central united independent free democratic international
sindicato sindicatos federacion confederacion central nacional general trabajadores trabalhadores uniao
syndicat federation confederation generale nationale travailleurs unica unico unitaria
sindacato federazione confederazione nazionale generale lavoratori
gewerkschaft arbeiter fackforbund fackforbundet zwiazek zawodowy zwiazku zawodowego sendikasi sendika
wolny wolnego niezalezny niezaleznego
serikat pekerja buruh federasi konfederasi kesatuan sekerja unyon manggagawa
sramik shramik mazdoor federation league sangh
a all and autonomous centre center central christian democratic employees free general global in independent
migrant migrants movement people peoples popular revolutionary unified unitary united women youth for
sindicatul sindicatului sindicatelor federatia federatiei confederatia confederatiei nationala nationale sindicala
sindicale libere liber din szakszervezet szakszervezete szakszervezetek
""".split())

# Words that end a name when walking out from its head word (folded): titles, roles, the start
# of a sentence, verbs that follow a capitalised name in headlines.
# The days of the week and the days next to today, which open a sentence before a union referred to ("Mardi, le
# syndicat a entamé une grève": no union called Mardi; wide_afr36 fr-36344): never a one-word name.
_DAY_WORDS = frozenset(fold(word) for word in """
lundi mardi mercredi jeudi vendredi samedi dimanche hier demain lunes martes miércoles jueves viernes sábado domingo
ayer hoy mañana ontem hoje amanhã lunedì martedì mercoledì giovedì venerdì sabato domenica ieri oggi
domani monday tuesday wednesday thursday friday saturday sunday yesterday today tomorrow
""".split())
_STOP_WORDS = frozenset(fold(word) for word in """
the a an this that these those its their his her our your my in on at by with from to into as
president presidente presidenta chairman chairwoman chairperson chair secretary secretario secretaria
secretaire leader leaders spokesperson spokesman spokeswoman member members head chief director
general-secretary deputy vice officials official representative representatives organiser organizer
przewodniczacy przewodniczaca wiceprzewodniczacy prezes szef szefowa rzecznik segretario segretaria portavoce
vorsitzende vorsitzender sprecher sprecherin ordforande ketua baskani baskan sekreteri uyesi temsilcisi yasasin
sendikamiz konfederasyonumuz federasyonumuz
presiden wakil sekretaris jenderal koordinator bendahara anggota umum ketum sekjen
liderul liderului presedintele presedintelui vicepresedintele secretarul membrii membri
dirigente dirigentes lider
said says told stated warned called urged added noted demanded announced
monday tuesday wednesday thursday friday saturday sunday
january february march april may june july august september october november december
also but and or yesterday today when while after before since although though however
meanwhile meantime recently moreover furthermore también además asimismo recientemente mientras também recentemente
aussi également récemment cependant anche inoltre intanto auch zudem außerdem inzwischen även också dessutom også juga
o os as el los las le les il lo gli die der das den het een ang ng mga si
anang ani aniya sabi
председатель председателя президент президента глава главы лидер лидера член члены членов заместитель секретарь
голова голови заступник члени членів представник представники любой любая этот эта наш наша
""".split()) - {"and"}

# Determiners, capitalised as a sentence's first word, that start no name: demonstratives, indefinite articles,
# possessives and "the said" ("Dicho Sindicato de ...", "Une intersyndicale", "Cette Fédération", "Questo Sindacato"),
# and Italian's prepositions joined to an article ("Dal sindacato Si Cobas fanno sapere", "Nella Cgil").
# Matched as written (not folded): "SA", "Su" of a name in capitals stay.
_DETERMINERS = frozenset("""
Dicho Dicha Dichos Dichas Este Esta Estos Estas Ese Esa Esos Esas Aquel Aquella Un Una Unos Unas Nuestro Nuestra
Une Ce Cet Cette Ces Ledit Ladite Lesdits Lesdites Notre Nos Leur Leurs
Um Uma Uns Umas Esse Essa Esses Essas Aquele Aquela Referido Referida Nosso Nossa
Uno Questo Questa Questi Queste Quel Quello Quella Quei Quelle Detto Detta Nostro Nostra
Dal Dalla Dallo Dalle Dagli Nel Nella Nello Nelle Negli Sul Sulla Sullo Sulle Sugli
""".split())

# "<acronym> Cobas": an Italian base union's name (Recogniser._cobas_names). The acronym is written in capitals
# ("FAO", "SIAL"), capitalised and short ("Fao", "Sial") or with dots ("A.l."), right before "Cobas" or "COBAS".
_COBAS_NAME = re.compile(r"(?<![\w.’'])((?:[A-Za-z]\.){1,3}[A-Za-z]?\.?|[A-Z]{2,6}|[A-Z][a-z]{1,3})[^\S\n](Cobas|COBAS)\b")
# Capitalised short words before "Cobas" that are the sentence's, not an acronym (folded): Italian articles,
# prepositions and pronouns written first in a sentence or a headline.
_COBAS_NOT_ACRONYMS = frozenset(fold(word) for word in """
i il lo la le gli ai agli al alla alle dai dal dei del dell coi col con nei nel sui sul tra fra per da di in su
ed e o a un una uno tutti anche come sono ha non che se ma gia poi noi voi loro chi era
""".split())


def is_cobas_name(name: str) -> bool:
    """Whether `name` is an Italian base union's "<acronym> Cobas" name as Recogniser._cobas_names reads it."""
    return _COBAS_NAME.fullmatch(name) is not None


# German articles that never open a union's name after "Gewerkschaft" (a name goes on in the genitive: "Gewerkschaft
# der Polizei"): "die Gewerkschaft die Geschäftsführung an den Tisch bringen" holds the verb's object (wide_nordic34).
_GERMAN_OBJECT_ARTICLES = frozenset({"die", "das", "den", "dem", "ein", "eine", "einen", "einem"})
_GERMAN_HEAD_BEFORE = re.compile(r"gewerkschaft(?:en)?$", re.IGNORECASE)
# Connectors that may join the words of a name after its head, by language (folded).
_CONNECTORS = frozenset(fold(word) for word in """
of for the and & de del dels la las los el y e et des du le les l' d' dos das do da di della dei degli delle
dell' der die das und für fur i w ng mga sa dan och för ve para pour per din
""".split()) - {""} - {""} | {"l", "d", "dell"}
# Italian "è" ("is") folds to "e" ("and"), a connector: written with its accent it ends a name ("Confsal-Fials
# sindacato autonomo è autonomo rispetto a ...").
_ITALIAN_IS = frozenset({"è", "È"})
# Connectors that may also stand between capitalised words before the head ("Food and Allied Workers").
_AND_CONNECTORS = frozenset({"and", "&", "y", "e", "et", "i", "und", "och", "ve", "dan"})
# English connectors: a lower-case word after one of them is not part of a name ("Union of the workers").
_ENGLISH_CONNECTORS = frozenset({"of", "for", "the", "and", "&"})

# Lower-case words that belong to names in languages that write them in lower case
# ("Confédération générale du travail", "Central Única dos Trabalhadores").
_LOWER_NAME_WORDS = LABOUR_WORDS | frozenset(fold(word) for word in """
general generale generales geral national nationale nacional nacionales nazionale nationaux unica unico
unitaria unitario unitaire autonoma autonomo autonome autonomos independiente independientes independente
independant independante democratica democratico democratique obrera obrero ouvriere operaia confederal
confederale industria industrie industriales industrial industriel textil textiles texteis tessili
construccion construcao costruzioni edilizia transporte transportes transports trasporti salud saude sante
sanita educacion educacao education educazione enseignement ensenanza comercio commerce servicios servicos
services servizi publico publicos publica publicas publics publique publiques pubblici pubblico estado
estatales municipales municipaux mines minatori alimentation alimentacion alimentacao alimentari chimie energie
energia electricidad telecomunicaciones hotellerie limpieza nettoyage aeronautica automotriz cadres
fonctionnaires territoriaux hospitaliers social sociale sociales agents personnels prensa presse stampa
journalistes periodistas jornalistas giornalisti metalurgia metallurgie bancos banques banca bancos
seguridad sociale agricolas agricoles rurales rurais agricoltura portuaria maritimos maritimes
italiana italiano espanola frances francaise argentina brasileira mexicana
syndicats sindicatos sindacati democratiques democraticos democraticas democratici nationales nacionales
catholique catholiques chercheurs superieur superieure collectivites locales locaux
bleus blancs manuels soins
contractuels contractuelles vacataires auxiliaires precaires titulaires stagiaires
maitres metier metiers parents
agricultura regiao regioes
""".split())

# A word may hold dots ("U.S.", "ver.di") but not a sentence's end written without its space ("Station.In");
# a number sign with its number is one word ("Sindicato N°1 de Chuquicamata", "Nº 2").
# It is read as a run of its characters, backed off to its last letter or digit (repeats of one character
# class, quicker than a repeat of alternatives). Most words are a run of word characters with no dot, apostrophe nor
# dash after it: the second branch reads them without the group's repeat and the look-behind (the third branch would
# read the same run there; a test compares the pattern with and without it).
_WORD = re.compile(r"N[°º]\s?\d+|\w++(?![\w'’\-‐‑.])|\w(?:[\w'’\-‐‑]*(?:\.(?![^\W\d_][a-z])[\w'’\-‐‑]*)*(?<=\w))?['’]?"
                   r"|[^\w\s]|\n")
_ACRONYM = re.compile(r"[^\W\d_][\w.\-&/]{1,13}")
# A bracket whose content starts with a capital (an acronym or a name), not "(2019)" or "(file photo)".
_PAREN = re.compile(r"[(\[]([^\W\d_a-zà-ÿ][^()\[\]\n]{1,159})[)\]]")
_LOCAL = re.compile(r"\bLocal\s+(\d[\w\-]{0,6})\b")
_QUOTES = "\"“”„«»'‘’"
# A directory name followed by this goes on as a longer name ("Confédération générale du travail du Maroc",
# "Sindicato dos Trabalhadores dos Transportes Rodoviários e Urbanos de Portugal": a capitalised word right after).
_NAME_GOES_ON = re.compile(r"(?:\s+(?:of|de|du|des|del|do|da|dos|das|di|della|der|in|Local))?[^\S\n]+[^\W\d_a-zà-ÿ]")
_EDUCATION_BEFORE = re.compile(r"Education\s+$")  # right before "Association"
# Abbreviations of a company's legal form, or of its country, that end in a point inside a company union's name
# (the Philippines' "Nexperia Phils. Inc. Workers Union", "Victoria Manufacturing Corp. Employees Union").
_COMPANY_ABBREVIATIONS = frozenset({"Inc", "Corp", "Co", "Ltd", "Phils", "Phil", "Bhd", "Pte", "Pvt"})
_POSSESSIVE = re.compile(r"['’]s$")  # "Amazon's"
_SAINT_ABBREVIATIONS = frozenset({"St", "Sto", "Sta"})  # "St. Luke's", "Sto. Niño": a saint's name, its point a word's
CASE_SUFFIX = re.compile(r"(?<=[^\W\d_])['’](?!s$)[a-zçğıöşü]{1,5}$")  # Turkish "İstanbul'da", "Türkiye'nin"
# Possessives that are words of a name, not its owner: "Estonian Seamen's Independent Union", "Women's".
_LEFT_WINDOW = 120
_SHORT_LEFT_WINDOW = 40
_SHORT_OTHER_BODY_WINDOW = 60  # see _capitalised_run_before
_SHORT_RIGHT_WINDOW = 70
_RIGHT_WINDOW = 220
_MAX_LEFT_WORDS = 7
# A list of names around a weak head (see Recogniser._listed_names): a comma or "and" within _LIST_NEAR characters,
# and what may stand between two items (an acronym in brackets after the first, an article before the second).
_LIST_NEAR = 60
# the weak heads that say "union" and nothing else (an association, a council, a federation or a front is as often
# a profession's, an office's, employers' or a party's: "Federation of Women Lawyers", "Democratic People's Front")
_LISTED_HEADS = frozenset({"union", "sangh", "sangha", "sanghatan", "sangathan", "sanghatana"})
# words of unions of states, of their offices and of money, not of workers (folded)
_STATES_UNION_WORDS = frozenset("""africa african america american arab asia asian caribbean customs economic eurasian
europe european latin monetary pacific postal soviet telecommunication universal world""".split())
_ACRONYM_BEFORE = re.compile(r"(?<![\w.\-])([A-Z]{2,6}) $")
_LIST_JOINT_NEAR = re.compile(r", |\band |& ")
_LIST_GAP = re.compile(r"(?:\s*\([^()\n]{1,16}\))?\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+&\s+)(?:the\s+)?")
_MAX_RIGHT_WORDS = 14
# A name walked past _MAX_RIGHT_WORDS, or past "com"/"con" (Portuguese and Spanish "with": "Entidades com Fins
# Públicos", "Trabajadores con Discapacidad"), when capitalised words and connectors run on to an acronym in
# brackets within this many more words (see _name_words_to_acronym).
_MAX_WORDS_TO_ACRONYM = 10
_WITH_BEFORE_ACRONYM = frozenset({"com", "con"})
# Portuguese "all" and the article after it, which no connector list holds ("todos os", "todas as").
_ALL_WORDS = frozenset({"todos", "todas"})
_ALL_ARTICLES = frozenset({"os", "as"})


# Organisations whose names look like unions' but are not (LABELING.md: agencies).
_NOT_UNIONS = frozenset(fold(name) for name in (
    "International Labour Organization", "International Labor Organization", "International Labour Organisation",
    "International Labour Office", "Organización Internacional del Trabajo", "Organisation internationale du Travail",
    "Organização Internacional do Trabalho", "Organizzazione Internazionale del Lavoro",
    "Organización Internacional de Trabajo",  # as the press writes it too
    # the ILO's yearly conference
    "International Labour Conference", "Conferencia Internacional del Trabajo", "Conférence internationale du Travail",
    "Conferência Internacional do Trabalho", "International Labor Conference",
))
# A "Centre" is a worker centre or an NGO, a "Coalition" a campaign, unless it is one of unions
# ("Centre of Indian Trade Unions", "Coalition of Kaiser Permanente Unions"); "Center for ..." never is.
_CENTRE_HEADS = frozenset({"centre", "center", "coalition"})
# Indonesian and Malay words that, first in a name, make it an alliance, coalition, movement or council of
# unions ("Aliansi Serikat Buruh", "Koalisi Serikat Pekerja", "Dewan Serikat Buruh"), or an organ of a union
# ("Pimpinan Unit Kerja Serikat Pekerja Logam ...", "Pimpinan Cabang Federasi ..."): not a union. An organ's
# acronym in brackets after it ("(PUK SPPK-FSPMI)", "(PC FSP KEP SPSI)": plant unit, branch, central board...)
# says that the union named after the organ's words is the one the story means.
_UNION_ORGANS = frozenset({"puk", "pc", "pd", "pp", "dpp", "dpd", "dpw", "dpc", "ptp", "pk"})
_ORGAN_WORDS = frozenset({"dewan", "pimpinan", "pengurus", "unit", "kerja", "cabang", "pusat", "wilayah", "daerah",
                          "tingkat", "perusahaan", "komisariat"})  # "Pengurus Tingkat Perusahaan ... (PTP SBM)"
# Indonesian regencies, cities and provinces: a union's branch there is named after the union ("SPN Kabupaten Bogor")
_INDONESIAN_REGIONS = frozenset({"kabupaten", "kota", "provinsi"})
# (and the Iberian "Plataforma", a platform of unions and others: "Plataforma Intersindical de Defensa de la Sanidad")
_NOT_UNION_FIRST_WORDS = frozenset({"aliansi", "koalisi", "gerakan", "elemen", "dewan", "pimpinan", "pengurus",
                                    "plataforma"})
# Of those, the Indonesian and Malay for a coalition or an alliance head no union even with an acronym: a platform of
# unions, parties and movements ("Koalisi Serikat Pekerja (KSP-PB)", "Aliansi Serikat Pekerja Serang Bersatu"), as the
# samples label them; a union so named is in the directory ("Aliansi Jurnalis Independen").
_COALITION_WORDS = frozenset({"aliansi", "koalisi"})
# What a head made of cooperatives heads ("Federación de Cooperativas Mineras", "Confederación de Cooperativas de
# Trabajo", "Federação das Cooperativas"): the cooperatives' own body, their owners' and not their workers' (a union
# of a cooperative's workers names the workers first: "Sindicato de Trabajadores de la Cooperativa ...").
_COOPERATIVES = frozenset({"cooperativas", "cooperativos", "cooperatives", "cooperative", "cooperativa", "cooperativo",
                           "cooperatieve", "cooperativen", "genossenschaften"})
# Words after an Indonesian or Malay head that say what kind of union, not which: in-house, new, that
# ... and "Anggota" (member): "Serikat Buruh Anggota (SBA)" is a federation's member union, a kind, as SERBUK calls
# its plantation unions (wide_sea35 id-35422, id-35423)
_MALAY_KIND_ONLY = frozenset({"dalaman", "baru", "tersebut", "itu", "ini", "lain", "anggota"})
# The words an Indonesian or Malay union's name may have before its head (see _accepted)
_MALAY_LEFT_WORDS = frozenset({
    *_ORGAN_WORDS, *_NOT_UNION_FIRST_WORDS, "federasi", "konfederasi", "kongres", "gabungan", "kesatuan", "persatuan",
    "aliansi", "serikat", "sarikat", "asosiasi", "ikatan", "himpunan", "perhimpunan", "kebangsaan", "induk", "front",
    "majelis", "lembaga", "forum", "koalisi", "pekerja", "buruh", "karyawan", "pegawai", "sekerja"})
# A Portuguese "Associação" of a profession is a professional body ("Associação Nacional dos Professores de
# Moçambique", "Associação Médica"); one is a union when its name says so ("Associação Sindical dos ...") or it
# gathers workers, servants or university teachers ("Associação dos Docentes da Uenf", ANDES-SN's sections).
_UNION_ASSOCIATION_WORDS = frozenset({"sindical", "sindicato", "sindicatos", "trabalhadores", "trabalhadoras",
                                      "docentes", "servidores", "funcionarios", "empregados"})
# Words that end a list of trades inside a name as a head word would ("... Food and Allied Workers").
# Who works for what a REJECT_WORDS word names, right after it: the name's trade, not that body ("Karnataka Government
# Employees Union", "Central Union of State Government Employees", "Ministry Staff Association"; a company's legal form:
# "Nexperia Philippines Inc. Workers Union").
_EMPLOYING_BODIES = frozenset({"government", "ministry", "parliament", "customs", "company", "corporation", "inc", "ltd",
                               "fund", "banks"})
# "of (the) workers", lower-case after a Tagalog head: which union it is, a name would capitalise (see
# _tagalog_workplace_only)
_TAGALOG_OF_WORKERS = frozenset({"ng", "mga", "manggagawa"})
# Tagalog names a union's workplace after "sa" (at, in): "Unyon ng mga Panadero sa Gardenia Bakeries Phils Inc" (the
# bakers' union at Gardenia Bakeries Phils Inc); a company's legal form there is the employer's, not the body's.
_STAFF_WORDS = frozenset({"employees", "workers", "staff", "servants", "officers", "officials"})


def _after_saint(tokens: list[tuple[int, int, str]], index: int) -> bool:
    """True for the token at `index` right after "St." ("St. Luke's Medical Center Employees Association"): a saint's
    name in the possessive names the workplace, not an owner ("Amazon's")."""
    return index >= 2 and tokens[index - 1][2] == "." and tokens[index - 2][2] in _SAINT_ABBREVIATIONS and (
        tokens[index - 1][0] == tokens[index - 2][1])


def _centre_is_the_workplace(folded_words: list[str]) -> bool:
    """True for a name whose every centre word is its workplace's, its staff's word and the name's own head after it
    ("St. Luke's Medical Center Employees Association", "Makati Medical Center Employees' Association": a hospital's
    union, wide_recph45), not a worker centre's ("Workers Assistance Center") or one "for" a cause."""
    if "for" in folded_words:
        return False
    centres = [index for index, word in enumerate(folded_words) if word in _CENTRE_HEADS]
    return all(index + 2 < len(folded_words) and folded_words[index + 1] in _STAFF_WORDS for index in centres)
_LIST_ENDS = frozenset({"workers", "employees", "trabajadores", "trabalhadores", "trabajadoras", "trabalhadoras",
                        "travailleurs", "lavoratori", "techniciens", "enseignants", "educateurs", "personnels"})
# Words that say what kind or level of body a name is, never which one: beside head words alone they make a
# generic phrase ("КОНФЕДЕРАЦИЯ ПРОФСОЮЗОВ", "Union Départementale des Syndicats", "Central Trade Union
# Organisations", "Незалежна профспілка": an independent union), in any case ("в Федерацию профсоюзов", "Межрегионального профсоюза" cut before a lower-case
# rest: "Межрегионального профсоюза лоцманов"); see names_a_trade_only.
_GENERIC_NAME_WORDS = frozenset(fold(word) for word in """
    Конфедерация Конфедерации Федерация Федерации Конфедерація Конфедерації Федерація Федерації
    Конфедерацию Конфедерацией Федерацию Федерацией Организация Организации Организацию Организацией
    Межрегиональный Межрегионального Межрегиональному Межрегиональным Межрегиональном
    Федеральный Федерального Федеральному Федеральным Федеральном
    Общероссийский Общероссийского Общероссийскому Общероссийским Общероссийском
    Départementale Départemental Trade Trades Organisations Organizations
    Независимый Независимого Свободный Свободного Незалежна Незалежної Вільна Вільної
""".split())
# "em"/"en" after the workers, before their sector, inside a name ("Trabalhadores em Educação").
_SECTOR_PREPOSITIONS = frozenset({"em", "en", "na", "no", "nas", "nos", "in"})  # "Workers in Textile Industries"
# What joins the workers to the firms they work for in a workers' union's name: a sector's preposition ("Trabalhadores
# nas Empresas de Crédito") or Portuguese "das/dos" ("Sindicato dos Trabalhadores das Empresas de Transporte
# Rodoviário de Teresina"): the workers come first, the employers after them are their sector, not the body.
_WORKERS_SECTOR_LINKS = _SECTOR_PREPOSITIONS | {"das", "dos"}
# Endings (folded) of Portuguese and Spanish nouns for a field of work, after one of those prepositions: a capitalised
# one is the workers' sector, not a place ("Trabalhadores na Administração Pública", "... em Telecomunicações",
# "Trabalhadoras em Instituições Financeiras", "Trabajadores en Comunicaciones").
_SECTOR_NOUN_ENDINGS = ("cao", "coes", "cion", "ciones", "dade", "dades", "encia", "encias", "mento", "mentos")
# The words of a state, province or republic that a union covers, after one of those prepositions.
_STATE_WORDS = frozenset({"estado", "distrito", "municipio", "provincia", "republica"})
_UNION_WORDS = frozenset({"union", "unions", "trade union", "trade unions"})
_BANK_FIRST_WORDS = _UNION_WORDS | {"central"}  # the first word of a bank's or insurer's name (see _accepted)
# Words after a Portuguese head that make it an employers' syndicate (see _names_employers_sector), the ranks
# that may come between, and the articles before them.
_EMPLOYERS_SECTORS = frozenset({"industria", "industrias", "bancos", "hospitais", "lojistas"})
_RANKS = frozenset({"nacional", "estadual", "interestadual", "intermunicipal"})
_PORTUGUESE_ARTICLES = frozenset({"da", "das", "do", "dos"})
# Plural articles before a name's last word: the word after one is a plural noun ("dos Químicos", "des Pilotes").
_PLURAL_ARTICLES = frozenset({"dos", "das", "des", "dei", "degli", "delle", "los", "las"})
# Words after a leading "Union" that make a company's name ("Union Bank", "Union Insurance").
_COMPANY_WORDS = frozenset({"bank", "banking", "insurance", "assurance", "finance", "financial", "trust", "savings",
                            "mutual", "securities", "capital", "investment", "investments", "holdings", "group"})
# Labour words that alone name an industry, not its workers: employers' bodies have only these.
_EMPLOYER_SIDE_WORDS = frozenset({"industry", "industries", "industrial", "commerce", "commercial", "business"})
_PUNCTUATION = "\"“”„«»‘’'()[],.;:!?"
# Labour words near a weak head: not weak heads themselves, but a strong one counts ("Fédération des syndicats").
_LABOUR_NOT_HEADS = (LABOUR_WORDS - frozenset(_HEADS) - {"trade", "trades"}) | frozenset(
    head for head, (strength, _) in _HEADS.items() if strength == "strong" and " " not in head)
_CORE_NOT_HEADS = CORE_LABOUR_WORDS - frozenset(_HEADS) - {"trade", "trades"} | {"trade union", "trades union"}
_COMPOUND = "compound"
_SUFFIX = "suffix"
# Plural Russian and Ukrainian heads a list of names in quotes may follow ("профсоюзов «Учитель», «Новопроф»"), and
# one more name of such a list, after its comma or "and" (the quote closing the one before starts it).
_CYRILLIC_PLURAL_HEADS = frozenset({"профсоюзов", "профспілок"})
# Nouns of a region after its adjective ("Орловской области", "Краснодарского края", "Ханты-Мансийского округа").
_CYRILLIC_REGION_NOUNS = frozenset(fold(word) for word in ("области", "края", "округа", "області", "краю"))
# Cyrillic acronyms next to a lower-case Russian or Ukrainian head that are no union's: a company's legal form
# ("профсоюза ЗАО «Форд»"), a union's organ ("Секретарь ЦК профсоюза") or a level of its organisations ("голови ОТО
# профспілки", a joint territorial organisation; "ППО профсоюза", a primary one; "ТПО", a territorial one), a republic's
# ("Федерация профсоюзов РК", of the Republic of Kazakhstan); and dotted single letters are a person's initials
# ("Председателя профсоюза Л.А. Миронова").
_CYRILLIC_NON_UNION_ACRONYMS = frozenset({
    "зао", "оао", "пао", "ооо", "ао", "тов", "пат", "прат", "гуп", "муп", "фгуп", "цк", "цс", "цкп", "ск",
    "ото", "ппо", "тпо", "рк", "рф", "рб", "кр"})


def _other_cyrillic_acronym(acronym: str) -> bool:
    """True when a Cyrillic acronym by a lower-case head is no union's (see _CYRILLIC_NON_UNION_ACRONYMS)."""
    if not re.search(r"[\u0400-\u04ff]", acronym):
        return False
    if re.fullmatch(r"(?:[\u0400-\u04ff]\.){1,2}[\u0400-\u04ff]\.?", acronym):
        return True  # "Л.А." initials
    return fold(acronym.strip(".")) in _CYRILLIC_NON_UNION_ACRONYMS


# The people a Russian or Ukrainian union is of, in the genitive plural and lower case, right after a singular
# head with a capitalised adjective before it ("Федерального профсоюза авиадиспетчеров", "Независимого профсоюза
# медработников Украины", "Незалежної профспілки машиністів"): the name's, as "работников" is (_LOWER_NAME_WORDS);
# without them the name is cut to its adjective and head, a generic phrase. Four letters or more before the ending:
# "готов" (ready), "своей" (its own), "часов" (hours) are no people.
# (the singular heads of _CYRILLIC_OBLIQUE_HEADS, nominative and genitive, that take such a complement)
def _cyrillic_quoted_name(head: str, quoted: str) -> str:
    """A Russian or Ukrainian union's name in quotes after its head, as it is known: "Профсоюз «Единство»"."""
    return f"{'Профспілка' if head.startswith('профспіл') else 'Профсоюз'} «{quoted}»"


_CYRILLIC_SINGULAR_HEADS = frozenset(fold(word) for word in (
    "профсоюз", "профсоюза", "профсоюзу", "профсоюзе", "профспілка", "профспілки", "профспілці", "профспілку",
    *_CYRILLIC_LONG_HEADS))
_CYRILLIC_PEOPLE_PLURAL = re.compile(r"[а-яёіїєґ']{4,}(?:ов|ев|ей|ів|їв)")


# A Russian or Ukrainian patronymic in any case ("Андреевича", "Миколаївну", "Петровной"), and a Ukrainian surname's
# ending ("Головченко", "Шевчук"): words naming a person, never a union, after a head ("председателя организации
# Профсоюза Алексея Андреевича Редкозубова", "через Главу профспілки Головченко"); see _cyrillic_person_at.
_CYRILLIC_PATRONYMIC = re.compile(r"[А-ЯЁІЇЄҐ][а-яёіїєґ']+(?:ович|евич|йович|івн|ївн|овн|евн|ичн)[а-яёіїєґ]{0,3}")
_UKRAINIAN_SURNAME = re.compile(r"[А-ЯЁІЇЄҐ][а-яёіїєґ']{2,}(?:енко|чук)")
# A Ukrainian region named after its centre ("Чернігівщини", "Львівщина", "на Полтавщині"): a place, no one-word name
# ("Федерації профспілок Чернігівщини" was cut to "Чернігівщини").
_UKRAINIAN_REGION = re.compile(r"[А-ЯІЇЄҐ][а-яіїєґ']{2,}щин[аиіуою]{1,2}")


# Regional bodies of unions named after their region, which the heads do not read whole: a Ukrainian region's council
# of unions ("Запорізькій обласній раді професійних спілок", "Херсонська обласна міжгалузева рада профспілок", short
# "Запорізької облпрофради"), a Russian region's ("Курского областного совета профсоюзов"), a Russian federation of
# union organisations ("Федерация профсоюзных организаций Саратовской области"), and a Ukrainian federation named
# after its region's noun ("Федерації профспілок Житомирщини", "... Вінниччини"), given as the region's adjective
# ("Федерація профспілок Житомирської області"), as the federations are registered. Each in any case; given in the
# nominative. (A council alone, "Запорізька обласна рада", is the region's legislature; lower case, one referred to.)
_UKRAINIAN_REGIONAL_COUNCIL = re.compile(
    r"(?<![\w'’\-])([А-ЯІЇЄҐ][а-яіїєґ'’\-]+?(?:ськ|цьк|зьк))(?:а|ої|ій|у|ою) (?:обласн(?:а|ої|ій|у|ою) "
    r"(?:(міжгалузев)(?:а|ої|ій|у|ою) )?рад(?:а|и|і|у|ою) (?:професійних спілок|профспілок)|облпрофрад(?:а|и|і|у|ою))"
    r"(?![\w'’\-])")
_RUSSIAN_REGIONAL_COUNCIL = re.compile(
    r"(?<![\w\-])([А-ЯЁ][а-яё\-]+?[сц]к)(?:ий|ого|ому|им|ом) областн(?:ой|ого|ому|ым|ом) совет(?:а|у|ом|е)? "
    r"(?:профсоюзов|профессиональных союзов)(?![\w\-])")
_RUSSIAN_FEDERATION_OF_ORGANISATIONS = re.compile(
    r"(?<![\w\-])Федераци(?:я|и|ю|ей) профсоюзных организаций ([А-ЯЁ][а-яё\-]+(?:ой|ого) (?:области|края))(?![\w\-])")
_UKRAINIAN_FEDERATION_OF_REGION_NOUN = re.compile(
    r"(?<![\w'’\-])Федераці(?:я|ї|ю|єю) профспілок ([А-ЯІЇЄҐ][а-яіїєґ'’]{2,}?)(щини|ччини)(?![\w'’\-])")
# "Профспілки Херсонщини вимагають": the unions of a region named by its noun, referred to (no union's name)
_UNIONS_OF_UKRAINIAN_REGION = re.compile(r"Профспілки [А-ЯІЇЄҐ][а-яіїєґ'’]{2,}(?:щини|ччини)")
# A Russian region's federation registered as a body of "organisations of unions" (FNPR's regional bodies), its head
# a federation, an association or a union of them: the region after it ("Федерации организаций профсоюзов Костромской
# области", "Объединения организаций профсоюзов в Карелии") or before it as a regional or territorial adjective
# ("Ивановское областное объединение организаций профсоюзов", "Пермский краевой союз организаций профсоюзов", with
# the quoted short name it is registered with after it: «Пермский крайсовпроф»). Each in any case; given in the
# nominative, the region as written.
_RUSSIAN_BODY_OF_ORGANISATIONS_NOMINATIVE = {"Федераци": "Федерация", "Объединени": "Объединение", "Союз": "Союз"}
_RUSSIAN_BODY_OF_ORGANISATIONS_REGION_AFTER = re.compile(
    r"(?<![\w\-])(Федераци|Объединени|Союз)(?:я|и|ю|ей|е|ем|а|у|ом)? организаций профсоюзов "
    r"([А-ЯЁ][а-яё\-]+(?:ой|ого) (?:области|края)|Республики [А-ЯЁ][а-яё\-]+|в (?:Республике )?[А-ЯЁ][а-яё\-]+)"
    r"(?![\w\-])")
_RUSSIAN_BODY_OF_ORGANISATIONS_REGION_BEFORE = re.compile(
    r"(?<![\w\-])([А-ЯЁ][а-яё\-]+?[сц]к)(?:ий|ое|ого|ому|им|ом) (областн|краев)(?:ой|ое|ого|ому|ым|ом) "
    r"(объединени|союз)(?:е|я|ю|ем|и|а|у|ом)? организаций профсоюзов(?![\w\-])(?: («[^«»\n]{2,60}»))?")
_REGIONAL_BODY_GATES = ("обласн", "облпрофрад", "областн", "профсоюзных организаций", "организаций профсоюзов", "щини",
                        "ччини")
# A Russian region's federation of unions written with other capitals than its registered name's, which the heads do
# not read whole: its head in lower case ("с председателем федерации профсоюзов Амурской области"), "Профсоюзов"
# capitalised ("Федерации Профсоюзов Пензенской области", cut to "... Пензенской"), or its words broken by a line
# ("Федерацией\nпрофсоюзов Самарской области"). (The pattern begins with its head's letters, the gate's "едераци".)
_RUSSIAN_REGIONAL_FEDERATION = re.compile(
    r"[Фф]едераци(?:я|и|ю|ей)\s[Пп]рофсоюзов ([А-ЯЁ][а-яё\-]+(?:ой (?:области)|ого края))(?![\w\-])")
_REGIONAL_FEDERATION_GATE = "едераци"


def holds_regional_body_gate(original: str, folded: str) -> bool:
    """True when `original` holds a gate of _cyrillic_regional_bodies; `folded` is `normalize(original).lower`.
    Every gate has a Cyrillic letter, which folds to a letter beyond ASCII: a text folded to ASCII (most stories)
    holds none, known in O(1) where the seven scans of a 3 KB story cost ~15 us."""
    return not folded.isascii() and (any(gate in original for gate in _REGIONAL_BODY_GATES) or (
        _REGIONAL_FEDERATION_GATE in original and "рофсоюзов" in original))


def _cyrillic_regional_bodies(original: str) -> list[FoundName]:
    """The Russian and Ukrainian regional bodies of unions named after their region in `original` (see
    _UKRAINIAN_REGIONAL_COUNCIL), each in the nominative."""
    found = [FoundName(match.start(), match.end(), f"{match.group(1)}а обласна "
                       f"{'міжгалузева ' if match.group(2) else ''}рада профспілок", None)
             for match in _UKRAINIAN_REGIONAL_COUNCIL.finditer(original)]
    found += [FoundName(match.start(), match.end(), f"{match.group(1)}ий областной совет профсоюзов", None)
              for match in _RUSSIAN_REGIONAL_COUNCIL.finditer(original)]
    found += [FoundName(match.start(), match.end(), f"Федерация профсоюзных организаций {match.group(1)}", None)
              for match in _RUSSIAN_FEDERATION_OF_ORGANISATIONS.finditer(original)]
    found += [FoundName(match.start(), match.end(), f"Федерація профспілок {match.group(1)}"
                        f"{'ської' if match.group(2) == 'щини' else 'цької'} області", None)
              for match in _UKRAINIAN_FEDERATION_OF_REGION_NOUN.finditer(original)]
    found += [FoundName(match.start(), match.end(), f"{_RUSSIAN_BODY_OF_ORGANISATIONS_NOMINATIVE[match.group(1)]} "
                        f"организаций профсоюзов {match.group(2)}", None)
              for match in _RUSSIAN_BODY_OF_ORGANISATIONS_REGION_AFTER.finditer(original)]
    found += [FoundName(match.start(), match.end(), _russian_body_of_organisations_before(*match.groups()), None)
              for match in _RUSSIAN_BODY_OF_ORGANISATIONS_REGION_BEFORE.finditer(original)]
    if _REGIONAL_FEDERATION_GATE in original:
        found += [FoundName(match.start(), match.end(), f"Федерация профсоюзов {match.group(1)}", None)
                  for match in _RUSSIAN_REGIONAL_FEDERATION.finditer(original)
                  if not (match.start() and (original[match.start() - 1].isalnum() or original[match.start() - 1] == "-"))]
    return found


def _russian_body_of_organisations_before(region_stem: str, level: str, body: str, quoted: str | None) -> str:
    """The nominative of a Russian regional body of union organisations named after its region's adjective
    (_RUSSIAN_BODY_OF_ORGANISATIONS_REGION_BEFORE's groups): "Ивановское областное объединение ...", "Пермский
    краевой союз ... «Пермский крайсовпроф»"."""
    name = (f"{region_stem}ий {level}ой союз" if body == "союз" else f"{region_stem}ое {level}ое объединение")
    return f"{name} организаций профсоюзов{f' {quoted}' if quoted else ''}"


def _with_cyrillic_regional_bodies(original: str, found: list[FoundName],
                                   known_spans: list[tuple[int, int]]) -> list[FoundName]:
    """`found` with the regional bodies of unions named after their region (_cyrillic_regional_bodies) in place of
    the names read over them, and without a region's unions referred to ("Профспілки Херсонщини"); a body the
    directory matched is left to it."""
    bodies = [body for body in _cyrillic_regional_bodies(original)
              if not any(start < body.end and body.start < end for start, end in known_spans)]
    kept = [name for name in found if not any(name.start < body.end and body.start < name.end for body in bodies)
            and not _UNIONS_OF_UKRAINIAN_REGION.fullmatch(original, name.start, name.end)]
    return sorted([*kept, *bodies], key=lambda name: name.start) if bodies or len(kept) < len(found) else found


# A union's organisation (regional, district, primary: the level's adjective before it) named by its workers' trade
# after it ("районної профспілкової організації працівників АПК", "Закарпатської обласної профспілкової організації
# працівників культури", "областной профсоюзной организации работников народного образования и науки"): read by
# cyrillic_organisation_trades.
_CYRILLIC_UNION_ORGANISATION_OF_WORKERS = re.compile(
    r"(?<![\w'’\-])(?:(профспілков)(?:а|ої|ій|у|ою|і|их)|профсоюзн(?:ая|ой|ую|ые|ых)) "
    r"(?:організаці(?:я|ї|ю|єю)|организаци(?:я|и|ю|ей)) (працівників|работников|трудящих|трудящихся)(?= )",
    re.IGNORECASE)
_CYRILLIC_TRADE_ACRONYM = re.compile(r"[А-ЯІЇЄҐЁ]{2,6}")
_ORGANISATION_GATES = ("профспілков", "профсоюзн")


def cyrillic_organisation_trades(original: str) -> list[FoundName]:
    """The trade's union of each Russian or Ukrainian union organisation named by its workers' trade in `original`
    (see _CYRILLIC_UNION_ORGANISATION_OF_WORKERS), as "Профспілка працівників ..." or "Профсоюз работников ..." (the
    trade in lower case, or an acronym: "АПК"), spanning the organisation's words and the trade."""
    lowered = original.lower()
    if not any(gate in lowered for gate in _ORGANISATION_GATES):
        return []
    found: list[FoundName] = []
    for match in _CYRILLIC_UNION_ORGANISATION_OF_WORKERS.finditer(original):
        tokens = _tokens(original, match.end(), min(len(original), match.end() + 200))
        if not tokens or tokens[0][0] != match.end() + 1:
            continue
        trade = [tokens[0]] if _CYRILLIC_TRADE_ACRONYM.fullmatch(tokens[0][2]) else _cyrillic_trade_complement(tokens)
        if trade:
            head = "Профспілка" if match.group(1) else "Профсоюз"
            words = [head, match.group(2).lower(), *(word for _, _, word in trade)]
            found.append(FoundName(match.start(), trade[-1][1], " ".join(words), None))
    return found


def _cyrillic_person_at(right: list[tuple[int, int, str]]) -> int | None:
    """Where a person's name begins among the capitalised words after a Russian or Ukrainian head (a given name before
    a patronymic, or a lone Ukrainian surname), else None."""
    patronymic = next((index for index, (_, _, word) in enumerate(right[:4]) if _CYRILLIC_PATRONYMIC.fullmatch(word)),
                      None)
    if patronymic is not None:
        return max(patronymic - 1, 0)
    if len(right) == 1 and _UKRAINIAN_SURNAME.fullmatch(right[0][2]):
        return 0
    return None


def _cyrillic_people_after(original: str, end: int) -> tuple[int, int, str] | None:
    """The lower-case genitive plural of people one space after a head ending at `end` ("... профсоюза
    лоцманов"), or None."""
    following = _tokens(original, end, min(len(original), end + 40))[:1]
    if following and following[0][0] == end + 1 and original[end] == " " and _CYRILLIC_PEOPLE_PLURAL.fullmatch(
            following[0][2]):
        return following[0]
    return None


def _cyrillic_people_complement(original: str, people: tuple[int, int, str]) -> list[tuple[int, int, str]]:
    """What may stand between a union's people and its own name in quotes after them, one space apart: more of its
    people ("транспортников и логистов «Дорога жизни»") or the trade they work in, in the genitive ("водителей
    торговых сетей «Дикси»"); else nothing."""
    tokens = _tokens(original, people[1], min(len(original), people[1] + 120))
    if not tokens or tokens[0][0] != people[1] + 1 or original[people[1]] != " ":
        return []
    if len(tokens) >= 2 and tokens[0][2] in _CYRILLIC_AND and tokens[1][0] == tokens[0][1] + 1 and (
            _CYRILLIC_PEOPLE_PLURAL.fullmatch(tokens[1][2])):
        return tokens[:2]
    # (the word right before the quoted name ends the trade, a noun though it ends as an adjective may: "сетей")
    trade = next((tokens[:index] for index, token in enumerate(tokens[:5]) if token[2] in _QUOTES), [])
    return trade if all(_cyrillic_genitive(word) is not None and start == (trade[index - 1][1] + 1 if index else start)
                        and fold(word) not in _CYRILLIC_GENERIC_COMPLEMENTS  # "докеров порта «Черноморск»": a workplace's
                        for index, (start, _, word) in enumerate(trade)) else []


def _cyrillic_name_with_adjective(adjective: str, head: str, rest: str) -> str:
    """A Russian or Ukrainian union's name whose lower-case adjective before its head is a word of it, in the
    nominative ("межрегионального", "профсоюза", "работников ... «Таксист»": "Межрегиональный профсоюз работников
    ... «Таксист»")."""
    words = [adjective[:1].upper() + adjective[1:], head, *rest.split()]
    return " ".join(_cyrillic_nominative(words) or words)


# The trade a Russian or Ukrainian union of workers is of, in lower case in the genitive after "работников",
# "трудящихся", "працівників" or "трудящих" ("профсоюз работников угольной промышленности", "профсоюза трудящихся
# агропромышленного комплекса", "профспілка працівників освіти і науки"): adjectives and nouns in the genitive,
# those joined by "и"/"і"/"та"/"й" (or a list of them by commas closed so), ending in a noun; a verb, preposition,
# punctuation mark or anything not in the genitive ends it.
# ("сотрудников"/"співробітників", staff, as Georgia's and Armenia's Russian-language press names its unions: "профсоюз
# сотрудников автодорожного транспорта"; wide_arru32 ru-32678)
# The Russian and Ukrainian words for a trade's workers or staff in the genitive ("профсоюз работников образования")
CYRILLIC_WORKER_WORDS = ("работников", "трудящихся", "працівників", "трудящих", "сотрудников", "співробітників")
_CYRILLIC_WORKERS = frozenset(fold(word) for word in CYRILLIC_WORKER_WORDS)
# Endings of Russian and Ukrainian adjectives in the genitive singular (_cyrillic_nominative declines them back).
_CYRILLIC_GENITIVE_SINGULAR_ENDINGS = ("ого", "его", "ой", "ей", "ої", "ьої")
_CYRILLIC_GENITIVE_ADJECTIVE = re.compile(
    r"[а-яёіїєґ'\-]{2,}(?:" + "|".join(_CYRILLIC_GENITIVE_SINGULAR_ENDINGS + ("ых", "их", "іх")) + ")")
_CYRILLIC_GENITIVE_NOUN = re.compile(r"[а-яёіїєґ'’\-]{3,}(?:а|я|ы|и|і|ї|ов|ев|ей|ий|ів|їв)")
# Not the genitive, though ending as one: a past verb ("заявила", "провели"), a reflexive one ("добился"), a
# participle ("объединяющий"), and adverbs, pronouns and short adjectives ("сегодня", "своего", "этой", "готов").
_CYRILLIC_NOT_GENITIVE = re.compile(r".*(?:[аеиоуыэюяёії]л[аои]?|шл[аои]|с[яь]|[щш]ий|вший)")
_CYRILLIC_NOT_COMPLEMENT = frozenset(fold(word) for word in """
сегодня завтра тогда всегда когда никогда иногда снова туда сюда года этого этой этих того той тех всего всей всех
своего своей своих нашего нашей наших вашего которого которой которых цього цієї цих того тієї свого своєї своїх
нашої наших якого якої яких всієї готов готова готовы должна должны готові повинна повинні
""".split())
# Complements that name a workplace or a branch in general, not a trade: "профсоюз работников предприятия",
# "профсоюзы работников отрасли" are a workplace's or a branch's unions referred to.
_CYRILLIC_GENERIC_COMPLEMENTS = frozenset(fold(word) for word in """
предприятия предприятий организации организаций отрасли отраслей компании компаний завода заводов фабрики фабрик
порта аэропорта депо комбината фирмы корпорации холдинга цеха шахты шахт рудника филиала подразделения
подразделений підприємства підприємств організації організацій галузі галузей компанії компаній заводу заводів
""".split())
# A lower-case adjective right before the head ("независимого профсоюза", "местного профсоюза"): a word of its
# name that it is not written with, or a union referred to; the trade after it is then not read as the name.
_LOWER_CYRILLIC_ADJECTIVE_BEFORE = re.compile(
    r"(?<![\w'’\-])[а-яёіїєґ'’\-]{3,}(?:ый|ий|ой|ая|яя|ое|ее|ого|его|ому|ему|ым|им|ом|ем|ых|их|ої|ій|ьої|на|ня|ної|ну)\s+$")
# The adjectives of a sector or level a registered name writes small between its capitalised adjective and its head
# ("Казахстанский отраслевой профессиональный союз", "Республиканский отраслевой профсоюз"), in the cases read.
_CYRILLIC_NAME_ADJECTIVES = frozenset(fold(f"{stem}{ending}") for stem in ("отраслев", "галузев")
                                      for ending in ("ой", "ого", "ому", "ом", "ий", "а", "ої", "ій", "у"))
_BRACKETED_CYRILLIC_ACRONYM = re.compile(r" \(([А-ЯЁІЇЄҐ]{3,10})\)")
_QUOTED_NAME_AFTER = re.compile(r" ([«\"“][^\W\d_a-zа-яёіїєґ][^«»\"“”\n]{1,40}[»\"”])")
# Compounds of a workplace word are workplaces too: "автопредприятий", "госпредприятия".
_CYRILLIC_WORKPLACE_ENDINGS = tuple(fold(word) for word in ("предприятия", "предприятий", "підприємства", "підприємств"))
_CYRILLIC_AND = frozenset({"и", "і", "та", "й"})
_CYRILLIC_REPUBLIC = frozenset({"Республики", "Республіки"})
_CYRILLIC_FEDERATION = frozenset({"Федерации", "Федерації"})
_CYRILLIC_MAX_COMPLEMENT = 10
# A capitalised place in the genitive that no gazetteer holds ("Кузбасса"), not a surname ("Иванова").
_CYRILLIC_GENITIVE_PLACE = re.compile(r"[А-ЯЁІЇЄҐ][а-яёіїєґ]{3,}(?<!ов)(?<!ев)(?<!ин)(?<!ын)(?<!ич)[аяыи]")


def _cyrillic_genitive(word: str) -> str | None:
    """"adjective" or "noun" for a lower-case Russian or Ukrainian word that reads as one in the genitive, else
    None."""
    if not word[:1].islower() or fold(word) in _CYRILLIC_NOT_COMPLEMENT or _CYRILLIC_NOT_GENITIVE.fullmatch(word):
        return None
    if _CYRILLIC_GENITIVE_ADJECTIVE.fullmatch(word):
        return "adjective"
    return "noun" if _CYRILLIC_GENITIVE_NOUN.fullmatch(word) else None


# Genitives _cyrillic_genitive leaves to the trade after the workers: the plural of a noun in "-ство" ("газовых
# хозяйств", "газових господарств"), and a Ukrainian masculine noun in "-у"/"-ю" ("працівників зв'язку",
# "агропромислового комплексу") first after the workers or after a masculine adjective, where no accusative stands.
_CYRILLIC_PLURAL_GENITIVE_NOUN = re.compile(r"[а-яёіїєґ'’\-]{3,}ств")
# A noun with no ending after an adjective in the genitive plural is in the genitive plural too ("различных форм",
# "локомотивных бригад", "рабочих профессий" reads as one by its ending already).
_CYRILLIC_PLURAL_GENITIVE_ADJECTIVE = re.compile(r"[а-яёіїєґ'’\-]{2,}(?:ых|их|іх)")
_CYRILLIC_ZERO_ENDING_NOUN = re.compile(r"[а-яёіїєґ'’\-]{2,}[бвгджзклмнпрстфхцчшщ]")
_UKRAINIAN_MASCULINE_GENITIVE_NOUN = re.compile(r"[а-яёіїєґ'’\-]{4,}[ую]")
_CYRILLIC_MASCULINE_GENITIVE_ADJECTIVE = re.compile(r"[а-яёіїєґ'’\-]{2,}(?:ого|его|ього)")


def _trade_genitive(word: str, before: str | None) -> str | None:
    """_cyrillic_genitive for a word of a trade after its workers, `before` the trade's word before it (None for the
    first): also the genitives of _CYRILLIC_PLURAL_GENITIVE_NOUN and _UKRAINIAN_MASCULINE_GENITIVE_NOUN."""
    kind = _cyrillic_genitive(word)
    if kind is not None or not word[:1].islower() or fold(word) in _CYRILLIC_NOT_COMPLEMENT:
        return kind
    if _CYRILLIC_PLURAL_GENITIVE_NOUN.fullmatch(word) or (
            before is not None and _CYRILLIC_PLURAL_GENITIVE_ADJECTIVE.fullmatch(before)
            and _CYRILLIC_ZERO_ENDING_NOUN.fullmatch(word)):
        return "noun"
    if _UKRAINIAN_MASCULINE_GENITIVE_NOUN.fullmatch(word) and (
            before is None or _CYRILLIC_MASCULINE_GENITIVE_ADJECTIVE.fullmatch(before)):
        return "noun"
    return None


def _cyrillic_trade_complement(tokens: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The leading tokens that make a trade in the genitive (see _CYRILLIC_WORKERS), ending in a noun; none when
    its first noun is a workplace's or a branch's (_CYRILLIC_GENERIC_COMPLEMENTS)."""
    taken: list[tuple[int, int, str]] = []
    complete = 0  # the tokens up to the last noun that may end the complement
    open_comma: int | None = None  # where a list of commas not yet closed by "и" began
    kind: str | None = None
    for index, token in enumerate(tokens[:_CYRILLIC_MAX_COMPLEMENT * 2]):
        word = token[2]
        if index and token[0] != tokens[index - 1][1] + 1 and word != ",":
            break  # a line break or a doubled space between them
        if word == "," or word in _CYRILLIC_AND:
            # (after a noun, or after an adjective that shares the noun to come with the next ones: "железнодорожного,
            # автомобильного, воздушного и водного транспорта", "образовательных и научных учреждений")
            if not taken or (complete != len(taken) and kind != "adjective"):
                break
            if word == "," and open_comma is None:
                open_comma = complete
            taken.append(token)
            continue
        kind = _trade_genitive(word, taken[-1][2] if taken else None)
        if kind is None:
            break
        if kind == "noun" and (fold(word) in _CYRILLIC_GENERIC_COMPLEMENTS or fold(word).endswith(_CYRILLIC_WORKPLACE_ENDINGS)):
            return []  # (also a workplace's after the trade: "работников морского транспорта порта «Черноморск»")
        if taken and taken[-1][2] in _CYRILLIC_AND:
            open_comma = None
        taken.append(token)
        if kind == "noun":
            complete = len(taken)
        if len([1 for _, _, other in taken if other != ","]) >= _CYRILLIC_MAX_COMPLEMENT:
            break
    return taken[:open_comma if open_comma is not None else complete]


_QUOTED_LIST_ITEM = re.compile(r"[»\"”]\s*(?:,|и|і|та|й)\s*[«\"“]([^«»\"“”\n]{2,40}?)(?=[»\"”])")
_PLURAL_HEADS = frozenset(fold(word) for word in """
unions federations sindicatos syndicats sindacati gewerkschaften sendikalar sendikalari profsoyuzov
""".split())
# The prepositions after Spanish and Portuguese "Sindicatos" before the firm or place whose unions they are.
_PLACE_OR_FIRM_PREPOSITIONS = frozenset({"de", "del", "da", "do", "das", "dos", "en", "em", "na", "no"})


def head_entries() -> list[tuple[str, NameEntry]]:
    """(automaton key, entry) pairs for every head word; the tagger hands their matches to `recognise`."""
    # A weak head only counts capitalised, so the scan drops "the union said" before it costs more.
    return [(pattern_key(head), NameEntry("head", head, "head", head,
                                          "capitalised" if _HEADS[head][0] == "weak" else "any"))
            for head in _HEADS]


# Japanese union names: the words written right before 労働組合 or its short form 労組
# ("そごう・西武労組"), or before 労連, a federation's ("茨城労連", "自治労連"), back to a space, a punctuation
# mark or a particle ("東池袋でそごう・西武労組"); a federation or council of unions goes on after 労働組合
# ("長崎県労働組合総連合", "合同・一般労働組合全国協議会", "自立労働組合連合", "全国私立学校教職員組合連合"; not a
# "連合体", a federation described), and so does a congress, a general council or a round table of them, a compound's
# head being its last noun ("岡山県労働組合会議", "日本マスコミ文化情報労組会議", "日本労働組合総評議会",
# "統一戦線推進労働組合懇談会"); not a meeting's room, hall or
# minutes ("労働組合会議室"), nor a chamber ("会議所"); nor the theory or the law of unions, which a word before makes
# no name ("現代労働組合論", modern union theory; "改正労働組合法", the amended Trade Union Act); nor 労連 inside 連携
# (cooperation) or 連帯 (solidarity: "JR動労連帯高崎" is no "JR動労連").
_JAPANESE_UNION = re.compile(r"([ぁ-ゖァ-ヺー一-鿿・A-Za-z0-9＆&]{2,20}?)"
                             r"(労働組合(?:総連合会|総連合|連合会|連合(?!体)|全国協議会|協議会|総評議会|評議会|懇談会"
                             r"|会議(?![室所録場]))|労組会議(?![室所録場])"
                             r"|(?:労働組合|労組)(?!論|法(?![人廷務]))|ユニオン|労連(?![携帯])"
                             r"|教職員組合連合(?:会)?|教職員組合(?!(?:連絡)?協議会)|教組(?!織)|乗員組合(?!員)|(?<![教労])職員組合(?!員|(?:連絡)?協議会))")
# A city's, ward's or town's staff union is its "職員組合" (staff union: "越谷市職員組合"), not its members ("職員組合員").
# An airline's pilots' union is its "乗員組合" (crew union: "日本航空乗員組合"), not its members ("乗員組合員").
# Teachers' unions, "...教職員組合" or short "...教組" (not "宗教組織", a religious body, nor a council of them,
# "...教職員組合連絡協議会"), go by one character of their prefecture too: "千教組" (Chiba's), "道教組" (Hokkaido's).
_JAPANESE_ONE_CHARACTER_TEACHERS = re.compile(r"(?<![ぁ-ゖァ-ヺー一-鿿・A-Za-z0-9＆&])[一-鿿]教組(?!織)")
# Unions' short names ending in 労 (the first character of 労働組合): a prefecture's, city's or the nation's union of
# a trade ("県職労", staff of the prefecture; "県病労", its hospitals; "全動労"), a district's council ("世田谷地区労"),
# with the place's name before it or not; not 労働, 労委 (a labour commission, "県労委"), 労組/労連 (names of their
# own), nor a word ending in 労 ("県就労支援", "勤労", "苦労").
_JAPANESE_SHORT_UNION = re.compile(r"(?:[全県都道府市区町村][一-鿿]{1,2}?|地区)労(?![働務委使災基組連協力者])")
_JAPANESE_WORDS_IN_ROU = ("就労", "勤労", "疲労", "苦労", "慰労", "功労", "過労", "心労", "徒労", "足労", "辛労", "労労")
# Counters after a number: prefectures (県, 都, 府, 道), firms (社), places (か所), things (つ, 個), people (人, 名),
# unions (組合, 単組), countries (か国).
_JAPANESE_COUNTERS = ("県", "都", "府", "道", "社", "か所", "カ所", "ヶ所", "箇所", "つ", "個", "人", "名", "組合", "単組", "か国", "カ国", "ヶ国")
_LEADING_DIGITS = re.compile(r"[0-9]+(?:年度|年|月|日)?(?=[^\x00-\x7f])")  # not a name's own "1F"; a date's year,
# month or day glued before a name is none of it ("96年全沖縄駐留軍労働組合が分裂": the union split in '96)
_JAPANESE_PARTICLES = "のはがをにでとへやもよりたるて"  # "て" ends a verb's form: "反対して東部労組"
_LEFT_OVER_KANA = re.compile(r"[ぁ-ゖ]+(?=[一-鿿ァ-ヺ])")
# A verb's plain ending after its kanji stem ("働く", works at; "闘う", fighting; "目指す"), or "から"/"まで" (from,
# until), glued before a name: the words before the name end there ("山田さんが働く首都圏青年ユニオン", "一二年から
# 首都圏青年ユニオンで活動"); a name's own kana are not after a kanji ("すき家ユニオン", "ふれあい江東ユニオン").
_JAPANESE_VERB_OR_FROM_BEFORE = re.compile(r"(?:(?<=[一-鿿])[うくすつむぶぐ]|から|まで)(?=[一-鿿ァ-ヺ])")
# Places listed before a name, each ended by "・" or the last by "から" (from): the name starts after them
# ("岡山・両備バス労組", a headline's place; "愛媛県・香川県建設労組", two prefectures' unions; "長野・栃木・新潟から
# ユニオンの仲間", members of unions from three prefectures).
_JAPANESE_PLACES_BEFORE = re.compile(r"((?:[一-鿿ァ-ヺー]{2,5}・)*[一-鿿ァ-ヺー]{2,5})(?:・|から)")
_KANJI_OR_KATAKANA = re.compile(r"[一-鿿ァ-ヺー]")
# A person's name glued before a union's name, where the person's post follows the name: two to five kanji ended
# by "・" or followed by a prefecture's name or "県" ("野木茂雄福島県労連議長", "鈴木修県農協労連書記長",
# "関根秀一郎・派遣ユニオン書記長", "山門真三重県教職員組合委員長"): the name starts after the person's.
_JAPANESE_PERSON_BEFORE = re.compile(r"([一-鿿]{2,5}?)(?:・|(?=(?:" + "北海道|青森|岩手|宮城|秋田|山形|福島|茨城|栃木|群馬|埼玉|"
                                     "千葉|東京|神奈川|新潟|富山|石川|福井|山梨|長野|岐阜|静岡|愛知|三重|滋賀|京都|大阪|兵庫|奈良|"
                                     "和歌山|鳥取|島根|岡山|広島|山口|徳島|香川|愛媛|高知|福岡|佐賀|長崎|熊本|大分|宮崎|鹿児島|沖縄"
                                     r"|県)))")
_JAPANESE_POST_AFTER = re.compile(r"(?:中央)?(?:執行)?副?(?:委員長|書記長|議長|会長|事務局長|事務長|書記次長)")
_JAPANESE_BRANCH_AFTER = re.compile(r"(\s?|・)([ァ-ヺー一-鿿A-Za-z0-9＆&](?:[ァ-ヺー一-鿿A-Za-z0-9＆&]|・(?=[ァ-ヺ]))"
                                    r"{1,14}?)(支部)(?!長)")  # not 分会: a workplace's section, labelled apart less often;
# not a branch's head ("郵政ユニオン船橋支部長", a person's post)
_JAPANESE_NAME_WORD = re.compile(r"[ぁ-ゖァ-ヺー一-鿿・A-Za-z0-9＆&]+")
_SHORT_KANJI_WORD = re.compile(r"[一-鿿]{1,3}")
# A word in Latin letters (a firm's, as Russian news writes firms: "профсоюз Wildberries"; see Recogniser._name_around)
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9\-]*")
# A Latin acronym in brackets right after a name written in another script teaches the name's acronym.
_LATIN_ACRONYM_IN_BRACKETS = re.compile(r"\s?[(（]([A-Z][A-Za-z0-9&\-]{1,11})[)）]")
_KANA_HIRAGANA = re.compile("[ぁ-ゖ]")
_HIRAGANA_ONLY = re.compile(r"[ぁ-ゖー]+")  # "という労働組合", "なぜ労働組合": words, not a name  # particles, and verb endings ("着た")
# "個人加盟型労組", "企業別労組", "大手労組", "傘下の労組", "企業内労働組合": a kind or group of unions, not a name; also
# a union's rank ("JR東日本の最大労組") and a company's line of business ("バス事業の労働組合") referred to.
# a union's standing or a group's ranks ("高賃金労組", the high-wage unions; "韓国の2大労働組合組織", the two biggest; "非正規職労組";
# "各自動車労組", each carmaker's union), and a company group or a trade's makers whose unions are referred to ("トヨタ自動車
# グループの労働組合", "鉄鋼メーカーの労働組合"; only before "の", see _JAPANESE_COMPANY_KINDS: "日立グループ労連" is a name).
_JAPANESE_KINDS = ("型", "別", "系", "大手", "中小", "民間", "主要", "傘下", "加盟", "同業", "地域", "企業", "企業内", "単位", "各社", "会社", "社",
                   "職場", "全国", "各地", "海外", "世界", "パート", "アルバイト", "非正規", "非正規職", "正社員", "最大", "事業",
                   "高賃金", "2大", "3大", "二大", "三大")
_JAPANESE_COMPANY_KINDS = (*_JAPANESE_KINDS, "グループ", "メーカー")
# Words that say what kind of union, written alone before 労組/労働組合: "地域合同労組" (a community union, the kind),
# "合同労組", "一般労組", "合同一般労組", "一般合同労働組合" (joint, general unions, the two words in either order),
# "友好労組" (friendly unions), "既存労組", "御用労組" (company unions); with a place or a name before them they are part of
# one ("群馬合同労組", "札幌地域労組").
_JAPANESE_KIND_ALONE = frozenset({"地域合同", "合同", "一般", "合同一般", "一般合同", "友好", "既存", "御用", "既得権", "民主",
                                  "以下"})
# and "既得権労組" (unions with vested interests), "民主労組" (Korea's democratic unions, a kind), "以下労組" ("hereafter
# the union", after a name in brackets).
_JAPANESE_EACH = re.compile("各(?!務)")  # "各自動車", each carmaker ("各務原" is a city)
# A foreign person's name in katakana, its parts joined by "・", before 労組 and the person's post in it ("ムン・ヨンムン
# 労組支部長", the union's branch head Moon Yong-moon; "キム・ミンス労組委員長"): a person, and no union's name.
_KATAKANA_PERSON = re.compile(r"[ァ-ヺー]{1,6}(?:・[ァ-ヺー]{1,6}){1,2}")
_JAPANESE_PERSON_POST = re.compile(r"(?:中央)?(?:執行)?副?(?:委員長|書記長|議長|会長|事務局長|支部長|分会長|支部委員長|本部長)")
# Kinds of workers written alone before 労組/労働組合 ("配達員労組", the delivery riders' union; "看護師労組"): the
# union referred to by its members' trade, no name of its own (with a word of its own before, it is one: "東京配達員労組").
_JAPANESE_WORKERS_ALONE = frozenset({"配達員", "従業員", "社員", "労働者", "店員", "作業員", "運転手", "運転士", "乗務員",
                                     "客室乗務員", "看護師", "教員", "教師", "職員", "記者", "俳優", "機関士", "配送員", "清掃員",
                                     "警備員", "保育士", "介護士", "介護職員", "医師", "ドライバー", "配達パートナー"})
# A reading in katakana in brackets after a company's name written in kanji, before the rest of the name and 労組
# ("現代(ヒュンダイ)自動車労組" is 現代自動車労組, Hyundai Motor's union; "三星（サムスン）電子労組").
_READING_IN_BRACKETS_BEFORE = re.compile(r"([一-鿿]{1,6})[(（][ァ-ヺー・]{2,12}[)）]$")


# Kinds of workers a union's name may end with before "ユニオン", "労働組合" or "労組", after a word of its own:
# "札幌パートユニオン" (Sapporo's part-timers' union), "郵政非正規ユニオン" (the post's non-regular workers'), "京都生協パート
# 労組" (the Kyoto co-op's part-timers'); not the kind alone ("非正規ユニオン", "パート労組").
_JAPANESE_WORKER_KINDS = ("パート", "アルバイト", "非正規", "正社員")


def _named_workers_union(words: str, head: str) -> bool:
    """Whether `words` before `head` name a union of a kind of workers with a word of its own before the kind."""
    kind = next((kind for kind in _JAPANESE_WORKER_KINDS if words.endswith(kind)), None)
    rest = words[:-len(kind)] if kind else ""
    return head in ("ユニオン", "労働組合", "労組") and len(rest) >= 2 and not rest.endswith(_JAPANESE_KINDS) and not (
        _HIRAGANA_ONLY.fullmatch(rest))


# Trades and kinds of workers the press writes before "労組" or "労働組合" to say what a foreign union with a Latin
# acronym is: "運転士労組GDL" (the drivers' union GDL), "鉄道・運輸労働組合EVG"; the acronym is the union's name.
_JAPANESE_TRADE_WORDS = ("鉄道", "運輸", "運転士", "機関士", "運転手", "乗務員", "客室乗務員", "交通", "港湾", "建設", "自動車",
                         "航空", "医療", "看護師", "教員", "教職員", "公務員", "郵便", "金属", "鉄鋼", "電機", "化学", "鉱山",
                         "電力", "通信", "流通", "小売", "食品", "清掃", "記者", "俳優", "脚本家", "労働者", "介護", "病院",
                         "タクシー", "バス", "新聞", "放送", "出版", "学校", "保育", "福祉")
_JAPANESE_TRADES = re.compile("(?:" + "|".join(sorted(_JAPANESE_TRADE_WORDS, key=len, reverse=True)) + ")(?:・?(?:"
                              + "|".join(sorted(_JAPANESE_TRADE_WORDS, key=len, reverse=True)) + "))*")
_LATIN_ACRONYM_AFTER = re.compile(r"\s?[A-Z][A-Z0-9&\-]{1,9}(?![A-Za-z])")


def _trade_before_an_acronym(words: str, original: str, end: int) -> bool:
    """Whether `words` before 労組/労働組合 (ending at `end`) only say the trade of a union whose Latin acronym
    follows ("運転士労組GDLは"): a description of the union the acronym names, not a name of its own."""
    return bool(_LATIN_ACRONYM_AFTER.match(original, end)) and bool(_JAPANESE_TRADES.fullmatch(words))


# What may follow the last "・" of a list of topics or kinds of union before the head word: nothing, "general", "joint".
_JAPANESE_LISTED_KINDS = ("", "一般", "合同")

# A union's name ending what comes before a "・" that joins two names: "県職労・高教組" (the prefecture's staff union and
# its high school teachers' union), "全国港湾労働組合連合会・全日本港湾運輸労働組合同盟"; not a company's or a trade's
# word ("そごう・西武労組", "介護・保育ユニオン", "合同・一般労働組合全国協議会": one name each).
_JAPANESE_UNION_END = re.compile(r"(?:労働組合|労組|ユニオン|労連|教組|組合|同盟|連合会|総連合|協議会|評議会|労働組合会議"
                                 r"|(?<=[一-鿿])労)$")


def _joined_after_a_union(words: str, head: str) -> bool:
    """Whether the last "・" in `words` (before `head`) follows a whole union's name, or nothing: words ending in a
    union's word that are not a word ending in 労 ("勤労"); the name after the "・" is then a name of its own, of two
    characters or more before its head, or one before "教組" ("高教組", a prefecture's high school teachers' union)."""
    before, _, after = words.rpartition("・")
    if not (len(after) >= 2 or head == "教組" and re.fullmatch("[一-鿿]", after)) or _HIRAGANA_ONLY.fullmatch(after):
        return False
    if not before:
        return True  # "・全日本港湾運輸労働組合同盟": the "・" ended a name before it
    last = before.rpartition("・")[2]
    return bool(_JAPANESE_UNION_END.search(last)) and len(last) >= 3 and last[-2:] not in _JAPANESE_WORDS_IN_ROU


# A company's enterprise union named by the company, in quotes or, written in katakana or Latin letters (as
# company names are, unlike "政府", the government), after a particle or punctuation: "「そごう・西武」の労組" is
# そごう・西武労働組合, "東京の関東バスの労働組合" 関東バス労働組合; not when the union's own name follows in quotes
# ("関東バスの労働組合「関東バス乗務員ユニオン」" names the union in the quotes, and "関東バスの労組" elsewhere is that one).
_JAPANESE_QUOTED_COMPANY_UNION = re.compile(r"「([^」\n]{2,20})」の(?:労働組合|労組)"
                                            r"|(?:(?<=[のはがをにでと、。・「」\s])|^)([ァ-ヺー一-鿿A-Za-z＆&]*[ァ-ヺA-Za-z][ァ-ヺー一-鿿A-Za-z＆&]*)"
                                            r"の(?:労働組合|労組)")


# The name in quotes right after the word 労働組合 (a union): the union's own name, whatever its last word
# ("労働組合「ジェットスタークルーアソシエーション」(JCA)", "労働組合「札幌圏大学・短大非常勤講師組合」"); not a quote
# after a union's name ending in 労組 ("現代車グループ労組「政府緊急調停権発動時はゼネスト」", its words), nor a clause.
_JAPANESE_QUOTED_NAME_AFTER_UNION = re.compile(r"労働組合「([^「」、。,.!?！？()（）\s]{2,25})」")


# A name written all in hiragana, a whole word before "ユニオン" ("すみだユニオン", "めぐろユニオン": a ward's community union
# written as its members say it), or a brand's with its long-vowel mark before "労組"/"労働組合" ("すかいらーく労組");
# not a clause's words before the head ("という労働組合", "これって労組", "なぜ労働組合"), which _japanese_names drops.
_JAPANESE_HIRAGANA_NAME = re.compile(r"(?<![ぁ-ゖァ-ヺー一-鿿A-Za-z0-9＆&・])(?:([ぁ-ゖー]{3,8})(ユニオン)"
                                     r"|([ぁ-ゖ]+ー[ぁ-ゖー]+)(労働組合|労組))")
_JAPANESE_CLAUSE_ENDINGS = ("という", "いう", "って", "ような", "による")


def _japanese_names(original: str, taken: list[tuple[int, int]], is_place: Callable[[str], bool]) -> list[FoundName]:
    """Japanese union names not inside `taken` spans, named in full ("...労働組合", "...ユニオン") or by
    their company in quotes ("「そごう・西武」の労組"), and a workplace's branch written after a union's name."""
    known = list(taken)
    referred = list(_JAPANESE_QUOTED_COMPANY_UNION.finditer(original))
    # a company whose union the story names in quotes ("Xの労働組合「...」"): its union referred to is that name
    named_apart = {match.group(1) or match.group(2) for match in referred if original.startswith(("「", "『"), match.end())}
    spans = TextSpans(taken)
    names = [FoundName(match.start(), match.end(), company + "労働組合", None)
             for match in referred
             if not (company := match.group(1) or match.group(2)).endswith(_JAPANESE_COMPANY_KINDS) and not is_place(fold(company))
             # a kind of workers is no company ("タクシー運転手の労働組合", a taxi drivers' union described)
             and not company.endswith(tuple(_JAPANESE_WORKERS_ALONE))
             and company not in named_apart and not spans.overlaps(match.start(), match.end())]
    taken = taken + [(name.start, name.end) for name in names]
    spans = TextSpans(taken)
    ends_by_start: defaultdict[int, list[int]] = defaultdict(list)  # a federation's spans by their start
    for taken_start, taken_end in taken:
        ends_by_start[taken_start].append(taken_end)
    for match in _JAPANESE_UNION.finditer(original):
        start, words = match.start(1), match.group(1)
        cut = max(words.rfind(particle) for particle in (*_JAPANESE_PARTICLES, "及び", "など"))  # "及び" ("and", as
        # "と") and "など" ("and others", ending a list: "建設労組など既得権労組") cut
        if words[cut:cut + 2] in ("及び", "など"):  # after its second character: "札幌地区ユニオン及び札幌パートユニオン"
            cut += 1
        if (verb := max(_JAPANESE_VERB_OR_FROM_BEFORE.finditer(words), key=lambda found: found.end(), default=None)) and (
                verb.end() - 1 > cut):
            cut = verb.end() - 1
        if cut >= 0:  # the name starts after the last particle: "...公園付近でそごう・西武労組"
            start, words = start + cut + 1, words[cut + 1:]
            if left_over := _LEFT_OVER_KANA.match(words):  # the rest of a word the cut split: "私たち長崎県労連"
                start, words = start + left_over.end(), words[left_over.end():]  # "として愛労連"
        if digits := _LEADING_DIGITS.match(words):  # a number glued before a name is none of it ("4-15中越地区...")
            if words.startswith(_JAPANESE_COUNTERS, digits.end()):
                continue  # a count: "8県高教組" (eight prefectures' high-school teachers' unions), "3社労組"
            start, words = start + digits.end(), words[digits.end():]
        if (places := _JAPANESE_PLACES_BEFORE.match(words)) and all(
                is_place(fold(part)) or re.fullmatch(f"(?:{_PREFECTURES})(?:都|府|県)?", part) for part in places.group(1).split("・")):
            start, words = start + places.end(), words[places.end():]
        if match.group(2) == "乗員組合" and _KANA_HIRAGANA.search(words):
            continue  # an airline's name before its pilots' union has no hiragana ("引き続き乗員組合と", the union again)
        joined = "・" in words and _joined_after_a_union(words, match.group(2))
        if joined:
            cut = words.rfind("・") + 1
            start, words = start + cut, words[cut:]
        if match.group(2) in ("労働組合", "労組") and _KATAKANA_PERSON.fullmatch(words) and _JAPANESE_PERSON_POST.match(
                original, match.end()):
            continue  # "ムン・ヨンムン労組支部長": a person's name and post
        if match.group(2) in ("労働組合", "労組") and words in _JAPANESE_WORKERS_ALONE:
            continue  # "配達員労組" (the riders' union): referred to by its members' trade, not named
        if start == match.start(1) and (reading := _READING_IN_BRACKETS_BEFORE.search(original, max(0, start - 24), start)):
            start, words = reading.start(), reading.group(1) + words  # "現代(ヒュンダイ)自動車労組": the name goes on before
        if _JAPANESE_POST_AFTER.match(original, match.end()) and (person := _JAPANESE_PERSON_BEFORE.match(words)) and not (
                is_place(fold(person.group(1)))) and len(words) - person.end() >= 2:
            start, words = start + person.end(), words[person.end():]
        # a federation glued before its member's name ("自治労福島県職員連合労働組合", "自治労越谷市職員組合": Jichiro's
        # prefectural or city staff union): the member's name starts after the federation's, the whole written its short form
        whole = None
        if words == original[start:match.start(2)] and (federation_end := next(
                (taken_end for taken_end in ends_by_start.get(start, ())
                 if taken_end <= match.start(2) - 2 and _KANJI_OR_KATAKANA.match(original, taken_end)), None)) is not None:
            whole, start, words = original[start:match.end()], federation_end, original[federation_end:match.start(2)]
        # "県労働組合総連合": a prefecture's federation named by "県" alone (see _with_the_storys_prefecture)
        prefectures_own = words == "県" and match.group(2).endswith(("総連合", "連合会"))
        if (len(words) < 2 and not prefectures_own and not (joined and match.group(2) == "教組")) or (
                words in _JAPANESE_KIND_ALONE and match.group(2) in ("労働組合", "労組")) or (
                words.endswith(_JAPANESE_KINDS) and not _named_workers_union(words, match.group(2))) or words[-1].isdigit() or (
                _JAPANESE_EACH.match(words)) or (
                _HIRAGANA_ONLY.fullmatch(words)) or spans.overlaps(start, match.end()):
            continue
        if match.group(2) in ("労働組合", "労組") and _KANA_HIRAGANA.fullmatch(words[-1]):
            continue  # a verb's or adjective's ending before it: "低下が続く労組" (unions whose decline goes on), no name
        if match.group(2) in ("労働組合", "労組") and words.rpartition("・")[1] and words.rpartition("・")[2] in _JAPANESE_LISTED_KINDS:
            continue  # "労働法・労働組合" (labour law and unions), "闘う合同・一般労組" (joint and general unions): topics, kinds
        if match.group(2) in ("労働組合", "労組") and words.rpartition("・")[0].endswith(_JAPANESE_KINDS):
            continue  # "中小・ハイタク労組" (small firms' and taxi unions), "パート・臨時労組連絡会": kinds listed
        if match.group(2) in ("労働組合", "労組") and original.startswith("連絡会", match.end()):
            continue  # "公務労組連絡会": a liaison council of the public-sector unions, a coalition, and no one union
        if match.group(2) in ("労働組合", "労組") and _JAPANESE_TRADES.fullmatch(words) and not (
                original[start - 1:start] in ("(", "（") or original.startswith(("(", "（"), match.end())):
            continue  # "建設労働組合", "港湾労働組合" (construction, port unions): a trade's unions, no name; "鉄道運転士労組GDL":
            # the trade of the union the acronym names. Not a name set beside its short one in brackets ("「鉄労」(鉄道
            # 労働組合)", the Railway Workers' Union of 1968-1987)
        head = "労働組合" if match.group(2) == "労組" else match.group(2)  # "...ユニオン", "...労連" keep their word
        end = match.end()
        if head == "ユニオン" and (place := _UNION_PLACE_AFTER.match(original, end)) is not None:
            head, end = head + place.group(), place.end()  # "シニアユニオン東京", "スターバックスユニオンジャパン"
        acronym = _LATIN_ACRONYM_IN_BRACKETS.match(original, end)  # "カナダ公共労働組合（CUPE）"
        # a union written "...労組" is known by that short form too ("県企業局労組", "ナトコ労組")
        short = words + "労組" if match.group(2) == "労組" and head == "労働組合" else None
        names.append(FoundName(start, end, words + head, acronym.group(1) if acronym else whole or short))
    taken += [(name.start, name.end) for name in names]
    spans = TextSpans(taken)
    for match in _JAPANESE_HIRAGANA_NAME.finditer(original):
        words, head = (match.group(1), match.group(2)) if match.group(1) else (match.group(3), match.group(4))
        if not words.endswith(_JAPANESE_CLAUSE_ENDINGS) and not spans.overlaps(match.start(), match.end()):
            names.append(FoundName(match.start(), match.end(), words + ("ユニオン" if head == "ユニオン" else "労働組合"),
                                   words + head if head == "労組" else None))
    taken += [(name.start, name.end) for name in names]
    spans = TextSpans(taken)
    for match in _JAPANESE_QUOTED_NAME_AFTER_UNION.finditer(original):
        if not _HIRAGANA_ONLY.fullmatch(match.group(1)) and not spans.overlaps(match.start(1), match.end(1)):
            acronym = _LATIN_ACRONYM_IN_BRACKETS.match(original, match.end())
            names.append(FoundName(match.start(1), match.end(1), match.group(1), acronym.group(1) if acronym else None))
    taken += [(name.start, name.end) for name in names]
    spans = TextSpans(taken)
    names += [FoundName(match.start(), match.end(), match.group(), None)
              for match in _JAPANESE_ONE_CHARACTER_TEACHERS.finditer(original) if not spans.overlaps(match.start(), match.end())]
    taken += [(name.start, name.end) for name in names]
    spans = TextSpans(taken)
    for match in (*_JAPANESE_SHORT_UNION.finditer(original), *_JAPANESE_BUILDERS.finditer(original)):
        start = match.start()
        word_start = start  # a place's name before it, or nothing of a word (looked back at most 12 characters)
        while word_start > max(0, start - 12) and _KANJI_OR_KATAKANA.fullmatch(original[word_start - 1]):
            word_start -= 1
        if word_start < start:
            before = original[word_start:start]
            town = next((before[cut:] for cut in range(len(before))  # "世田谷", "長野" of "長野県"
                         if is_place(fold(before[cut:])) or is_place(fold(before[cut:] + match.group()[0]))), None)
            if town is None:
                continue  # "2022年度県職労": a word glued before it that is no place
            start -= len(town)
        if match.group()[-2:] in _JAPANESE_WORDS_IN_ROU or spans.overlaps(start, match.end()):
            continue
        names.append(FoundName(start, match.end(), original[start:match.end()], None))
    return _with_the_storys_prefecture(original, _short_names_as_full(names)) + _japanese_branches(
        original, known + [(name.start, name.end) for name in names], is_place, set(known))


# A prefecture's name in a story (a prefecture called 県: not 北海道, 東京都, 大阪府, 京都府).
_KEN_PREFECTURE = re.compile("(?<![一-鿿])(" + "|".join(
    prefecture for prefecture in ("青森|岩手|宮城|秋田|山形|福島|茨城|栃木|群馬|埼玉|千葉|神奈川|新潟|富山|石川|福井|山梨|長野|岐阜|"
                                  "静岡|愛知|三重|滋賀|兵庫|奈良|和歌山|鳥取|島根|岡山|広島|山口|徳島|香川|愛媛|高知|福岡|佐賀|長崎|"
                                  "熊本|大分|宮崎|鹿児島|沖縄").split("|")) + ")")


def _with_the_storys_prefecture(original: str, names: list[FoundName]) -> list[FoundName]:
    """A prefecture's federation written "県..." ("県医労連", "県農協労連", "県労働組合総連合") is the federation of
    the one prefecture the story names ("沖縄県医労連"), known by the form written too; as written where the story
    names none or several."""
    prefectures = {match.group(1) for match in _KEN_PREFECTURE.finditer(original)}
    if len(prefectures) != 1:
        return names
    prefecture = prefectures.pop()
    return [FoundName(name.start, name.end, prefecture + name.name, name.acronym or name.name)
            if name.name.startswith("県") and name.name.endswith(("労連", "総連合", "連合会")) and len(name.name) > 3
            else name for name in names]


def _japanese_branches(original: str, unions: list[tuple[int, int]], is_place: Callable[[str], bool],
                       listed: AbstractSet[tuple[int, int]]) -> list[FoundName]:
    """A workplace's branch (支部) written right after its union's name, with a space, a "・" or nothing ("札幌地域労組
    千歳相互バス支部", "JMITU小坂研究所支部", "東部ユニオン・サクラ精機支部"), named "union branch" and taught as written; not a region's or a prefecture's branch
    ("建交労愛知県支部", "名古屋地域支部", "千教組夷隅支部": organs of the union), nor "各支部", "全支部". A city's branch
    of a union the directory lists (its span in `listed`) is a branch of its own ("全港湾大阪支部", "全医労高崎支部",
    "JP労組広島支部"), but not a teachers' union's district ("千教組夷隅支部")."""
    branches: list[FoundName] = []
    for start, end in sorted(set(unions)):
        branch = _JAPANESE_BRANCH_AFTER.match(original, end)
        union = original[start:end]
        if branch is None or not _JAPANESE_NAME_WORD.fullmatch(union) or any(
                found.start <= start < found.end for found in branches):
            continue
        word = branch.group(2)
        if word.startswith(("各", "全")) or word.endswith(("県", "都", "府", "道", "地域", "地区", "地方")) or (
                is_place(fold(word)) or _SHORT_KANJI_WORD.fullmatch(word)) and (
                (start, end) not in listed or union.endswith(("教組", "教職員組合"))):
            continue  # a district's name is two or three characters ("千教組夷隅支部")
        # a "・" between the union and its branch is no part of the name: taught glued ("全駐労・キャンプ支部")
        written = original[start:branch.end()] if branch.group(1) != "・" else f"{union}{word}{branch.group(3)}"
        name = f"{union} {word}{branch.group(3)}"
        branches.append(FoundName(start, branch.end(), name, written if written != name else None))
    return branches


def _short_names_as_full(names: list[FoundName]) -> list[FoundName]:
    """A teachers' union's short name ("千教組", "三重県教組") is the union the story names in full
    ("千葉県教職員組合", "三重県教職員組合"), when one full name starts with the short name's place; a short name
    ending in 労 ("県職労") is the one full "...労働組合" name holding its characters in order ("長野県職員労働組合")."""
    teachers = [name.name for name in names if name.name.endswith("教職員組合")]
    unions = [name.name for name in names if name.name.endswith("労働組合")]
    return [FoundName(name.start, name.end, owners[0], name.name)
            if name.name.endswith("教組") and len(owners := [union for union in teachers if union.startswith(name.name[:-2])]) == 1
            or name.name.endswith("労") and len(owners := [union for union in unions if in_order(name.name, union)]) == 1
            else name for name in names]


def in_order(short: Sequence[str], full: Sequence[str]) -> bool:
    """Whether every item of `short` (a character, a word) is in `full`, in the same order."""
    rest = iter(full)
    return all(character in rest for character in short)


# Japanese national centres the press calls by a common word: "連合" (federation, coalition) is Rengo when it
# stands alone, between a punctuation mark, a space, a particle or the start of a sentence and a particle
# ("・連合は", "連合の芳野会長"), or after "で", "と" or "も" and before "の", "は" or "が" ("春闘で連合の要求"),
# not inside a longer word ("国際連合", "連合国"; "CSG連合", "JEC連合": Latin letters glued before it make another
# federation's name), as a verb ("野党が連合して") nor as a coalition formed
# ("野党が連合を組む").
_JAPANESE_SHORT_NAMES = {"連合": "日本労働組合総連合会"}
_PREFECTURES = ("北海道|青森|岩手|宮城|秋田|山形|福島|茨城|栃木|群馬|埼玉|千葉|東京|神奈川|新潟|富山|石川|福井|山梨|長野|岐阜|静岡|"
                "愛知|三重|滋賀|京都|大阪|兵庫|奈良|和歌山|鳥取|島根|岡山|広島|山口|徳島|香川|愛媛|高知|福岡|佐賀|長崎|熊本|大分|"
                "宮崎|鹿児島|沖縄")
_SHORT_NAMES = "|".join(_JAPANESE_SHORT_NAMES)
# A prefecture's construction workers' union (a member of 全建総連) by its short name, the prefecture's name or its
# first character before 建労 ("栃木建労", "愛媛建労", "福建労"), as a word of its own (not "全建労" inside a longer word).
_JAPANESE_BUILDERS = re.compile(f"(?<![一-鿿ァ-ヺー])(?:{_PREFECTURES}|[一-鿿])建労(?![働務委使災基組連協力者])")
# A prefecture or Japan written after "ユニオン" ends the name, not a further word ("東京支部", a branch).
_UNION_PLACE_AFTER = re.compile(f"(?:{_PREFECTURES}|ジャパン|Japan|JAPAN)(?:都|府|県)?(?![ァ-ヺー一-鿿A-Za-z])")
_JAPANESE_SHORT_NAME = re.compile(r"(?<![一-鿿ァ-ヺーぁ-ゖA-Za-z])(?:" + _SHORT_NAMES + r")(?=[はがのをにともや（(「」、。・\s]|$)"
                                  r"|(?<=[でとも])(?:" + _SHORT_NAMES + r")(?=[のはが])"
                                  # before its convention, officers, head office or spring offensive, or as the camp
                                  # unions belong to, after a verb or a mark: "開かれた連合の大会", "「連合寄付講座」",
                                  # "各政党、連合本部のメッセージ", "連合2017春闘では", "連合系の労働組合"
                                  r"|(?<![一-鿿ァ-ヺーA-Za-z])(?:" + _SHORT_NAMES + r")(?=の?(?:大会|会長|副会長|事務局長|寄付講座|本部)"
                                  r"|系|\s?(?:\d{2}|\d{4}年?)\s?春闘)"
                                  # and as the doer of a deed after a verb, not after "の" ("野党の連合による政権", a
                                  # coalition's): "行われた連合による大会"
                                  r"|(?<![一-鿿ァ-ヺーA-Za-zのが])(?:" + _SHORT_NAMES + r")(?=による)"
                                  # and after its president's or a bureau director's name, given name too: "高木連合会長",
                                  # "須田孝連合総合労働局長", "逢見直人連合会長代行", the officer's of a prefecture's Rengo
                                  # too: "桝本連合山口副会長", "吉岡敦士連合東京会長代行", "佐藤連合埼玉事務局長"
                                  r"|(?:(?<=[ぁ-ゖ、。「」\s])|^)[一-鿿]{2,5}?(?<![会協県国市区町村団組部業])(" + _SHORT_NAMES
                                  + r")(?=(?:" + _PREFECTURES + r")?(?:副?会長|事務局長)|総合[一-鿿]{2,4}局長)"
                                  # and, not inside a longer word, as the body unions join ("(連合加盟)", "同じく連合に加盟する"),
                                  # before its May Day ("連合メーデー"), its president written after it ("連合・神津会長", "連合から
                                  # 神津里季生・会長"; a given name too: "神津里季生連合会長" above) and its district councils ("連合
                                  # 下越地協", "連合中濃地協")
                                  r"|(?<![一-鿿ァ-ヺーA-Za-z])(?:" + _SHORT_NAMES + r")(?=(?:に)?加盟|メーデー"
                                  r"|(?:・|から)[一-鿿]{2,5}・?(?:会長|事務局長)|[一-鿿]{2,4}地協)"
                                  # and before a prefecture's name, as each prefecture's Rengo is called: "連合静岡",
                                  # after a particle or a verb too ("より連合北海道第38回定期大会", "副委員長や連合沖縄の",
                                  # "労働団体でつくる連合沖縄と"), not inside a longer word ("国際連合東京事務所")
                                  r"|(?<![一-鿿ァ-ヺー])(?:" + _SHORT_NAMES + r")(?=" + _PREFECTURES + r")")


def _japanese_short_names(original: str, taken: TextSpans) -> list[FoundName]:
    """Japanese national centres called by a short common word (see _JAPANESE_SHORT_NAMES), by their full names."""
    return [FoundName(match.start(1 if match.group(1) else 0), match.end(),
                      _JAPANESE_SHORT_NAMES[match.group(1) or match.group()], None)
            for match in _JAPANESE_SHORT_NAME.finditer(original) if not taken.overlaps(match.start(), match.end())]


# Nordic unions the press calls by a common word or two letters, by their full names, by the story's language:
# Swedish "Transport" is the Transport Workers' Union, "GS" the GS-facket and "ST" Fackförbundet ST, Norwegian "HK"
# and "FO" are Handel og Kontor and Fellesorganisasjonen, Danish "HK" is HK Danmark; and "kommunal", written in
# lower case, is Kommunal. Each counts only where the text marks it as a union: right after a union word or a
# member's or officer's post ("LO-förbundet Transport", "facket ST", "medlem i kommunal", "aktiv i Transport",
# "ordförande för Transport"), with a union's own word after it ("Transport varslar", "Transports medlemmar",
# "Transport avdelning 2", "HK-organiserte", "HK-klubben", "FOs medlemmer", "FO-streiken"), or joined by "och"/"og"
# or a comma to another union's name ("Seko och Transport", "HK og Fellesforbundet", "IF Metall, GS, Livs"), in
# the genitive too ("Transports blockad"); not the word at large ("Transport av farligt gods", "kommunal
# verksamhet"), nor where the language has it only inside a longer name (Norwegian and Danish "Transport").
_NORDIC_SHORT_NAMES: dict[str, dict[str, str]] = {
    "sv": {"Transport": "Svenska Transportarbetareförbundet", "GS": "GS-facket", "ST": "Fackförbundet ST",
           "kommunal": "Svenska Kommunalarbetareförbundet", "Metall": "Svenska Metallindustriarbetareförbundet"},
    "no": {"HK": "Handel og Kontor i Norge", "FO": "Fellesorganisasjonen",
           "Safe": "Sammenslutningen av Fagorganiserte i Energisektoren"},  # "fagforeningen Safe"
    "da": {"HK": "HK Danmark"},
    "fi": {"Pro": "Ammattiliitto Pro"},  # "PAM, Pro ja Teollisuusliitto"
}
_NORDIC_SHORT_NAMES["nb"] = _NORDIC_SHORT_NAMES["nn"] = _NORDIC_SHORT_NAMES["no"]  # Bokmål and Nynorsk
# A short name and its genitive "s"; in a text, only where no word character nor "-" stands before it (see
# _nordic_short_name_mentions).
_NORDIC_SHORT_NAME = re.compile(r"(" + "|".join({word for names in _NORDIC_SHORT_NAMES.values()
                                                for word in names}) + r")(s?)(?!\w)")
_NORDIC_CUE_BEFORE = re.compile(r"(?:förbundet|facket|forbundet|fagforeningen|medlem(?:mar|mer)? (?:i|av)|aktiv i"
                                # Finnish: a confederation's member ("STTK:n alainen Pro", "SAK:hon kuuluva Pro")
                                r"|:n alainen|:(?:hon|aan|ään|iin) kuuluva"
                                r"|(?:ordförande|ombudsman|leder|nestleder) (?:för|i|på)) $", re.IGNORECASE)
_NORDIC_CUE_AFTER = re.compile(r"(?: (?:varslar|har varslat|avdelning|medlemmar|medlemmer|ordförande|leder|ledelse|ledning)\b"
                               r"|-(?:organiserte|medlem|klubb|streik|avdeling|avdelning|tillitsvalgt|förbund|forbund))")
_NORDIC_AND = (" och ", " og ", " ja ", ", ")
# Swedish writes its common nouns in lower case, so "Transport" and "Metall" capitalised inside a sentence, after a
# word in lower case and before none capitalised, are the unions ("stöds inte av Transport och", "och Transport måste
# ta hänsyn", "avtalet med Metall"), not the nouns ("Transport av farligt gods") nor a firm's name ("DHL Transport",
# "Transport Styrelsen"); "Metall" is IF Metall in a story that names it ("i Metall", "IF Metall Sörmland"), else
# the metalworkers' union before 2006.
_SWEDISH_CAPITALISED_NOUNS = frozenset({"Transport", "Metall"})
_IN_A_SWEDISH_SENTENCE = re.compile(r"[a-zåäö][,:]? $")
_NEXT_WORD_CAPITALISED = re.compile(r"(?:s?-|\s*&|\s+[A-ZÅÄÖ])")
_IF_METALL = re.compile(r"\bI[Ff] Metall|\bIndustrifacket Metall")
# A word in lower case needs a union word before it ("fackförbundet kommunal"), or a member's post and no noun
# after it ("medlem i kommunal, Varberg", not "medlem i kommunal nämnd").
_NORDIC_LOWER_CUE = re.compile(r"(?:förbundet|facket) $", re.IGNORECASE)
_NORDIC_LOWER_END = re.compile(r"(?:\W|$)(?<! )|\s+(?:i|och|sedan|som|på|men|eller)\b|\s*$")


def _one_nordic_name(word: str) -> str | None:
    """The one union that some Nordic language calls by `word`, else None: after a union word, a neighbour's union is
    called as at home ("fagforbundet Transport" in a Norwegian story of a Swedish strike); not "HK", Danish and
    Norwegian."""
    full_names = {names[word] for names in _NORDIC_SHORT_NAMES.values() if word in names}
    return full_names.pop() if len(full_names) == 1 else None


def _nordic_short_name_mentions(original: str) -> Iterator[re.Match[str]]:
    """Exactly the matches `(?<![\\w\\-])` before _NORDIC_SHORT_NAME would find in `original`: its matches that
    follow no word character nor "-". (A pattern that starts with its words is searched for by their first letters;
    one that starts with a look-behind is tried at each character, four times slower over a story of any language.)
    A match dropped so covers only word characters, where no match of the look-behind could start."""
    for match in _NORDIC_SHORT_NAME.finditer(original):
        before = original[match.start() - 1:match.start()]
        if not (before.isalnum() or before in ("_", "-")):  # \w is what str.isalnum() takes, and "_"
            yield match


# Serbian, Croatian, Bosnian, Czech and Slovak union names put their head first and what the union is of after it in
# lower-case genitives: "Sindikat državnih i lokalnih službenika i namještenika", "predsjednik Sindikata srednjoškolskog
# obrazovanja", "Samostalnog sindikata osnovnog obrazovanja i odgoja Federacije Bosne i Hercegovine", "Odborový zväz
# polície", "Plynárenský odborový zväz", "Odborového svazu státních orgánů a organizací". The head is capitalised, or
# written small after the name's own capitalised adjectives; the genitives are adjectives and nouns joined by "i"/"a",
# and a place the name ends with (a country, canton or region the gazetteer knows) is the name's too. A head written
# small with nothing capitalised before it says what kind of union one is ("predsjednik sindikata metalaca").
_BCS_LOWER = "a-zčćđšž"
_BCS_ADJECTIVE_GENITIVE = rf"[{_BCS_LOWER}]{{2,}}(?:og|eg|ih|[nkčš]e)"  # "drvne industrije", "javne uprave"
_BCS_NOUN_GENITIVE = rf"(?!(?:koja|koje|sve|ima|nema|mora|treba|sada|danas|godine|prije|poslije|zbog|preko|tijekom|tokom)\b)[{_BCS_LOWER}]{{3,}}[ae]"
_BCS_PHRASE = rf"(?:{_BCS_ADJECTIVE_GENITIVE}(?:\s+i\s+{_BCS_ADJECTIVE_GENITIVE})*\s+)?{_BCS_NOUN_GENITIVE}"
_BCS_HEAD_FIRST = re.compile(
    rf"(?<![\w-])(?:(Sindikat(?:a|u|om)?)|((?:[A-ZČĆĐŠŽ][{_BCS_LOWER}]+(?:i|og|om)\s+)(?:[{_BCS_LOWER}]+(?:i|og|om)\s+)?)"
    rf"(sindikat(?:a|u|om)?))\s+({_BCS_PHRASE}(?:\s+i\s+{_BCS_PHRASE})*(?:\s+{_BCS_PHRASE}){{0,2}})(?![\w-])")
_CS_LOWER = "a-záäéíóôúýčďěľĺňřŕšťůž"
_CS_GENITIVE = (rf"(?!(?:který|která|které|ktorý|ktorá|ktoré|ktorí|jsou|bude|bola|bolo|byla|bylo|proti|podle|podľa|také|tiež|"
                rf"ale|aby|alebo|nebo|však|jeho|jejich|ich|ako|jako)\b)[{_CS_LOWER}]{{3,}}(?:ů|ov|í|ých|ích|ého|ej|ia|ie|y|a|e|u)")
_CS_HEAD_FIRST = re.compile(
    rf"(?<![\w-])(?:(Odborov(?:ý|ého|ému|ým) (?:svaz|svazu|svazem|zväz|zväzu|zväzom)|Odborov(?:é|ého|ému|ým) "
    rf"(?:sdružení|združenie|združenia|združeniu|združením))|([A-ZČŠŽŘĎŤŇ][{_CS_LOWER}]+(?:ý|y|í|ého|ému|ým) )"
    rf"(odborov(?:ý|ého|ému|ým) (?:svaz|svazu|svazem|zväz|zväzu|zväzom)))((?: {_CS_GENITIVE}(?: a {_CS_GENITIVE})*)*)(?![\w-])")
# Turkish words that are no union's name alone: a capitalised word with a case ending after its apostrophe, a place
# ("sendikalar Sakarya'da": the unions, in Sakarya), and the head word in capitals with no name before it ("DİSK /
# LİMTER-İŞ SENDİKASI" read from its last word).
_TURKISH_NO_NAME = re.compile(r"[A-ZÇĞİÖŞÜ][^\W\d_]*['’](?:[dt][ae]n?|n[dt][ae]n?|[ny]?[ae]|n?[ıiuü]n?)"
                              r"|SENDİKA(?:SI|LARI)?")
# A head-first name whose genitives are only "workers" or "employees" ("Sindikat radnika", "Samostalni sindikat
# zaposlenih") says what a union is, unless a name in quotes follows ("Sindikat radnika pošte „Sloga“", whose quoted
# name is the name's own).
_BCS_GENERIC_GENITIVES = frozenset({"radnika", "radnica", "zaposlenih", "zaposlenika", "članova", "uposlenih"})
_BCS_QUOTED_NAME = re.compile(r" [„“\"»]([A-ZČĆĐŠŽ][\w-]+(?: [\w-]+){0,2})[“”\"«]")
_HEAD_FIRST_LANGUAGES = {"hr": _BCS_HEAD_FIRST, "sr": _BCS_HEAD_FIRST, "bs": _BCS_HEAD_FIRST, "sh": _BCS_HEAD_FIRST,
                         "cs": _CS_HEAD_FIRST, "sk": _CS_HEAD_FIRST}
# The nominative of a head-first name's head and its adjectives ("Sindikata" -> "Sindikat", "Samostalnog" ->
# "Samostalni", "Odborového zväzu" -> "Odborový zväz").
_HEAD_FIRST_NOMINATIVE = (
    (re.compile(r"^([Oo]dborov)(?:ého|ému|ým)$"), r"\1ý"), (re.compile(r"^(svaz|zväz)(?:u|em|om)$"), r"\1"),
    (re.compile(r"^(\w+)(?:ého|ému|ým)$"), r"\1ý"), (re.compile(r"^(združeni)(?:a|u|m)$"), r"\1e"),
    (re.compile(r"^([Ss]indikat)(?:a|u|om)$"), r"\1"), (re.compile(r"^(\w+)(?:og|om)$"), r"\1i"))
# A place ending the name: "Hrvatske", "Bosne i Hercegovine", "Unsko-sanskog kantona", after an entity's or a
# region's word ("Federacije Bosne i Hercegovine", "Kantona Sarajevo").
_HEAD_FIRST_TAIL_WORDS = 4
_HEAD_FIRST_ENTITY_WORDS = frozenset({"Federacije", "Republike", "Kantona", "Županije", "Grada"})


def _head_first_nominative(words: list[str]) -> str:
    nominative: list[str] = []
    for word in words:
        for pattern, replacement in _HEAD_FIRST_NOMINATIVE:
            if pattern.match(word):
                word = pattern.sub(replacement, word)
                break
        nominative.append(word)
    return " ".join(nominative)


def _head_first_names(original: str, found: list[FoundName], known: list[tuple[int, int]], language: str,
                      is_place: Callable[[str], bool]) -> list[FoundName]:
    """Head-first names written with lower-case genitives (see _BCS_HEAD_FIRST, _CS_HEAD_FIRST) that no name found
    or known covers, in the story's language."""
    taken = TextSpans([(name.start, name.end) for name in found] + known)
    names: list[FoundName] = []
    for match in _HEAD_FIRST_LANGUAGES[language].finditer(original):
        start, end = match.start(), match.end()
        # (a name its acronym splits, "Odborový zväz pracovníkov školstva a vedy (OZ PŠaV) na Slovensku", is left to
        # the acronym)
        if taken.overlaps(start, end) or original.startswith(" (", end):
            continue
        head_words = (match.group(1) or f"{match.group(2)}{match.group(3)}").split()
        tail = [word.rstrip(".,;:!?\"“”)") for word in original[end:end + 80].split()[:_HEAD_FIRST_TAIL_WORDS]]
        place = next((" ".join(tail[:count]) for count in range(len(tail), 0, -1) if tail[0][:1].isupper() and (
            is_place(fold(" ".join(tail[:count]))) or count > 1 and tail[0] in _HEAD_FIRST_ENTITY_WORDS and is_place(
                fold(" ".join(tail[1:count]))))), "")
        if place:
            end = original.index(place, end) + len(place)
        genitives = match.group(4).split()
        bcs = language not in ("cs", "sk")
        quoted = _BCS_QUOTED_NAME.match(original, end) if bcs else None
        if quoted and not place:
            end, place = quoted.end(), quoted.group(1)
        elif bcs and genitives and not place and set(genitives) <= _BCS_GENERIC_GENITIVES:
            continue
        name = " ".join([_head_first_nominative(head_words), *genitives, *place.split()])
        names.append(FoundName(start, end, name, None))
    return names


def _nordic_short_names(original: str, found: list[FoundName], known: list[tuple[int, int]],
                        languages: Callable[[], tuple[str, ...]]) -> list[FoundName]:
    """Nordic unions called by a common word or two letters (see _NORDIC_SHORT_NAMES) where the text marks
    them as unions, in the story's language: the first of the languages it may be in (`languages` detects them,
    asked only once a word is so marked) that calls a union so. A short Norwegian text the detector reads as
    Danish first ("fra FOs ledelse") is still Norwegian's FO; Danish "HK" stays HK Danmark."""
    spans = [(name.start, name.end) for name in found] + known
    taken, starts, ends = TextSpans(spans), {start for start, _ in spans}, {end for _, end in spans}
    alone = set(known)  # the word itself, matched by the directory as another country's acronym (French "FO")
    names: list[FoundName] = []
    for match in _nordic_short_name_mentions(original):
        start, end = match.span()
        word, lower = match.group(1), match.group(1).islower()
        if taken.overlaps(start, end) and (start, end) not in alone or lower and match.group(2):
            continue
        cue_before = _NORDIC_CUE_BEFORE.search(original, max(0, start - 20), start)
        if lower and cue_before and not _NORDIC_LOWER_CUE.search(original, max(0, start - 20), start) and (
                not _NORDIC_LOWER_END.match(original, end)):
            continue
        mid_sentence = word in _SWEDISH_CAPITALISED_NOUNS and bool(
            _IN_A_SWEDISH_SENTENCE.search(original, max(0, start - 3), start)) and not (
            _NEXT_WORD_CAPITALISED.match(original, end)) and languages()[:1] == ("sv",)
        if word == "Metall" and _IF_METALL.search(original):
            if not mid_sentence:
                continue
            names.append(FoundName(start, end, "IF Metall", None))
            continue
        if (cue_before or mid_sentence or not lower and (
                _NORDIC_CUE_AFTER.match(original, end)
                or any(original.endswith(joint, 0, start) and start - len(joint) in ends for joint in _NORDIC_AND)
                or any(original.startswith(joint, end) and end + len(joint) in starts for joint in _NORDIC_AND))) and (
                full_name := next((full_names[word] for likely in languages()
                                   if word in (full_names := _NORDIC_SHORT_NAMES.get(likely, {}))), None)
                or cue_before and _one_nordic_name(word)):
            names.append(FoundName(start, end, full_name, None))
    return names


# An acronym set off by commas after a name, as Spanish and Portuguese news write one ("la Federación Internacional de
# Trabajadores de las Industrias Metalúrgicas, FITIM, ..."), bracketed too ("... de Matamoros, (SJOIIM)."): it closes
# at a comma, a full stop, a semicolon or a colon.
_COMMA_ACRONYM = re.compile(r",[^\S\n]+(\()?([A-Z][A-Za-z]{1,11})(?(1)\))(?=[,.;:])")


def with_comma_acronym(original: str, name: FoundName, is_place: Callable[[str], bool]) -> FoundName:
    """`name` with the acronym set off by commas right after it, when that one spells the name (by its initials,
    its words' syllables or their starts) and is no place; `name` itself when it has an acronym already or none
    follows. Shape alone is not enough here, as it is in brackets: a comma may be followed by an agency's or a
    place's capitals ("..., EFE."; "..., Lima.")."""
    if name.acronym is not None or (match := _COMMA_ACRONYM.match(original, name.end)) is None:
        return name
    acronym, words = match.group(2), name.name.split()
    if is_place(fold(acronym)) or not (
            initials_fit(acronym, words) or syllables_fit(acronym, words) or prefixes_fit(acronym, words)):
        return name
    return FoundName(name.start, name.end, name.name, acronym)


# Words whose shared end the name carries, hyphened before it in Danish, Norwegian, Swedish, German and Dutch:
# "Blik- og Rørarbejderforbundet", "Nærings- og Nydelsesmiddelforbundet", "Hotel-, Restaurant- og Caféforbundet".
_SUSPENDED_WORDS = re.compile(r"(?<![\w\-])(?:[A-ZÆØÅÄÖÜ]\w*-, )*[A-ZÆØÅÄÖÜ]\w*-,? (?:og|och|und|en) $")


def _with_suspended_words(original: str, name: FoundName) -> FoundName:
    """`name` with the hyphened words that share its first word's end, where the text writes them before it."""
    if original[name.start:name.end] != name.name or not name.name[:1].isupper():
        return name
    before = _SUSPENDED_WORDS.search(original, max(0, name.start - 80), name.start)
    if before is None:
        return name
    return FoundName(before.start(), name.end, original[before.start():name.end], name.acronym)


# Korean union names: a word ending in 노동조합/노조/유니온 or its other spelling 유니언 ("라이더유니온", "크루유니언"), a
# centre's 노총, or a federation's 노동조합연맹/노조연맹/노련 or its short form ...연맹 ("금속노조", "공공운수노조", "금속노련", "화학섬유연맹",
# "공공건설연맹", "전국택시노조연맹", with a particle after it or not), and a branch right after it ("금속노조 현대자동차지부"),
# not a kind of union ("대기업노조", "산별연맹") nor a federation of sport or a civic league ("축구연맹", "자유총연맹").
# A federation's 연합회/총연합회/총합회 after 노동조합 ends the name, a compound's head being its last noun
# ("공무원노동조합연합회" is a federation, not the 공무원노동조합 it starts with).
# A branch written after its union's name: a workplace's or a region's name and 지부/지회/분회 ("현대자동차지부",
# "기륭전자분회", "KM&I분회"), the ending also written apart ("방송위원회 지부"); see _korean_branch. A broadcaster's
# division of the media union is a 본부 named by its Latin letters ("언론노조 KBS본부", "언론노조 MBC 본부"); a 본부
# named by a region ("공무원노조 서울본부") is the union's regional office, an organ of it, and no branch.
KOREAN_BRANCH_ENDING = "(?:지부|지회|분회)"
KOREAN_BRANCH = r"(?:[가-힣A-Za-z0-9&]{2,15}?\s?" + KOREAN_BRANCH_ENDING + r"|[A-Z]{2,4}\s?본부)"
# Between a union's word and its branch: a space, after the union's short name or its head's in brackets or not
# ("전국금속노동조합(금속노조) 한국옵티칼하이테크지회", "금속일반노조(위원장 김만재) 능원금속지부"), or nothing after 노조 or
# 노동조합, as Korean is often written without spaces ("금속노조한국GM지부"; a count or group glued is no branch,
# "금속노조산하지부"). A branch's name may be two words, a workplace's or places' name and the unit's
# ("SK하이닉스 기술사무직지회", "거제·통영·고성 조선하청지회", "국민건강보험공단 고객센터지부"); the first is no union's
# name nor a branch's or division's ("민주노총 금속노조 현대차지부" is 금속노조's, "경남지부 창원지회" the unit of a
# branch, "공공운수노조 의료연대 서울대병원분회" of the union's division 의료연대본부).
_KOREAN_PARTICLES = "은는이가을를의에와과로만"  # a word ending in one is a clause's ("위원장과 현대차지부")
_KOREAN_BRANCH_GAP = r"(?:(?:\s*\([^()\n]{1,20}\))?\s+|(?<=노조)|(?<=노동조합)|(?<=노련))"
_KOREAN_BRANCH_FIRST_WORD = (r"(?:(?![가-힣A-Za-z0-9&·]*(?:노조|노동조합|노총|연맹|연대|유니[온언]|지부|지회|분회|본부))"
                             r"[가-힣A-Za-z0-9&·]{2,15}(?<![" + _KOREAN_PARTICLES + r"])\s"
                             r"(?=[가-힣A-Za-z0-9&]{2,15}?" + KOREAN_BRANCH_ENDING + r"))?")
# The short names of Korea's provinces and metropolitan cities.
_KOREAN_PROVINCES = frozenset({"서울", "부산", "대구", "인천", "광주", "대전", "울산", "세종", "경기", "강원", "충북", "충남", "전북",
                               "전남", "경북", "경남", "제주"})
# A union's regional division (a 본부 named by a province, or a region's 지역본부) written between the union and its
# branch, apart or glued ("전국공무원노동조합 서울지역본부 용산구지부", "전국민주공무원노동조합 부산본부해운대구지부"): the
# level the branch sits under, no part of its own name (see _korean_branch), as a province's short name is.
KOREAN_REGIONAL_DIVISION = r"(?:[가-힣]{2,6}지역본부|(?:" + "|".join(sorted(_KOREAN_PROVINCES)) + r")본부)"
_KOREAN_DIVISION_BEFORE_BRANCH = re.compile(KOREAN_REGIONAL_DIVISION + r"\s?(?=[가-힣A-Za-z0-9&]{2,15}?" + KOREAN_BRANCH_ENDING + r")")
KOREAN_BRANCH_AFTER_UNION = (_KOREAN_BRANCH_GAP + r"((?:" + _KOREAN_DIVISION_BEFORE_BRANCH.pattern + r")?" + _KOREAN_BRANCH_FIRST_WORD
                             + KOREAN_BRANCH + r")")
# A national union of two trades joined by "·" is one name ("전국타워크레인설치·해체노동조합", "전국택배·물류노조"): from
# "전국" (national), when the words before the "·" hold no union word of their own ("전국민주노총·한국노총" is two).
_KOREAN_NATIONAL_TWO_TRADES = r"(?:전국(?:(?!노조|노동조합|노총|연맹|연대)[가-힣A-Za-z0-9]){1,12}·)?"
_KOREAN_UNION = re.compile(r"(?<![가-힣])(" + _KOREAN_NATIONAL_TWO_TRADES + r"[가-힣A-Za-z0-9]{2,15}?(?:노동조합총연맹|노동조합연맹|노동조합(?:총연합회|연합회|총합회)|노동조합|노련|노조연맹|노조|노총|유니[온언]|연맹))"
                           r"(?:" + KOREAN_BRANCH_AFTER_UNION + r")?")
# After a name the directory knows that no Korean union word ends ("화물연대 경기남부지부", "전교조 경북지부").
_KOREAN_BRANCH_AFTER = re.compile(r"\s+(" + KOREAN_BRANCH + r")")
_KOREAN_GLUED_BRANCH_AFTER = re.compile(r"([가-힣A-Za-z0-9&]{2,15}?" + KOREAN_BRANCH_ENDING + r")")
# A branch's own unit written after it, the branch head's name in brackets between or not ("공공운수노조
# 전국물류센터지부(지부장 김한민) 쿠팡물류센터지회", "금속노조 충남지부 현대제철비정규직지회"): named with the union and the
# branch, and with the union alone as its short form, as the press mostly writes it ("공공운수노조 쿠팡물류센터지회").
# The unit's name may be two words, a places' or workplace's name and the unit's, as a branch's may ("금속노조 경남지부
# 거제통영고성 조선사내하청지회").
_KOREAN_UNIT_AFTER = re.compile(r"(?:\((?:지부장|위원장)\s?[가-힣]{2,4}\))?\s+(" + _KOREAN_BRANCH_FIRST_WORD
                                + r"[가-힣A-Za-z0-9&]{2,15}?(?:지회|분회))")
# Branches or units of one union listed after the first, joined by "와" (and), "및", a comma or "·", each one word
# ending in 지부/지회/분회 and ending there ("금속노조 경남지부 거제통영고성 조선사내하청지회와 웰리브지회, 대우조선지회가",
# "의료연대본부 서울지부 서울대병원분회와 보라매병원분회"): each is the same union's, named with the union as the first
# is ("금속노조 웰리브지회"). Not a next word of a two-word branch ("충남지부 현대제철비정규직지회, 광주전남지부
# 현대제철비정규직지회": the list goes on in another branch), nor another union's ("화섬식품노조 네이버지회").
_KOREAN_LISTED_BRANCH = re.compile(r"(?:와\s?|,\s?|·|\s?및\s)((?![가-힣A-Za-z0-9&]*(?:노조|노동조합|노총|연맹|연대|유니[온언]|본부))"
                                   r"[가-힣A-Za-z0-9&]{2,15}?" + KOREAN_BRANCH_ENDING + r")"
                                   r"(?=[은는이가을를의에와도]|\s?등|,|·|\s?및\s|[\s.)」”\"'](?![가-힣A-Za-z0-9&]{2,15}?"
                                   + KOREAN_BRANCH_ENDING + r")|$)")
# A union written with its topic's mark and a list of branches right after it names them as its own ("금속노조는
# 하이닉스매그나칩사내하청지회, 오리온전기지회, 현대하이스코지회 등": its branches in long disputes); a branch alone after
# it may be another's, two or more listed are its.
_KOREAN_TOPIC_THEN_BRANCH = re.compile(r"[은는]\s((?![가-힣A-Za-z0-9&]*(?:노조|노동조합|노총|연맹|연대|유니[온언]|본부))"
                                       r"[가-힣A-Za-z0-9&]{2,15}?" + KOREAN_BRANCH_ENDING + r")(?=,\s?|와|·)")
# A firm's name written apart before a union's own one-word name ("삼성화재 리본노조", "삼성디스플레이 열린노조", "LG전자
# 사람중심노조"): the firm's union so named, its own word alone kept as its short form; so is a kind of union the
# firm's own is named by (see _KOREAN_FIRM_KINDS). The firm is a word ending as a firm's, a public corporation's or
# a public office's name ends, with Latin letters before it or not.
_KOREAN_FIRM_BEFORE = re.compile(r"(?<![가-힣A-Za-z0-9])(?:(?:[A-Z]{1,4}|[가-힣]{1,12})?(?:전자|화재|디스플레이|바이오로직스|"
                                 r"타이어|공단|은행|중공업|자동차|제철|항공|증권|생명|물산|전기|반도체|하이닉스)"
                                 # a public corporation or office only with its name: alone, "공사" is building
                                 # work, "도청" wiretapping, "시청" watching ("아파트 공사 일반노조", "TV 시청 통합노조")
                                 r"|(?:[A-Z]{1,4}|[가-힣]{1,12})(?:공사|구청|군청|시청|도청))\s$")
# Kinds a firm's or public body's own union is named by after the firm ("서울교통공사 통합노조", its merged union;
# "강남구청 통합노조", "금호타이어 사무직노조", its office staff's): with the firm before them they are a name, its kind
# word and 노조 its short form ("통합노조"); alone they stay kinds (see _KOREAN_KIND_WORDS).
_KOREAN_FIRM_KINDS = frozenset({"통합", "일반", "사무직"})
# Words before a branch's ending written apart that make it a count or a group, not a branch's name ("15개 지부",
# "산하 지부", "각 지회").
_KOREAN_NOT_BRANCH_WORDS = ("산하", "소속", "모든", "전국", "지역", "해당", "일부", "여러", "각각", "전체",
                            "이날", "오늘", "당시", "현재", "올해", "지난해", "최근",  # and a time's ("이날 현대차지부")
                            # a role or the members, in a headline's word order ("금속노조 위원장 현대차지부 방문")
                            "위원장", "부위원장", "조합원", "간부", "지도부", "대표", "노동자", "집행부")
_KOREAN_KINDS = ("양대", "대기업", "기업별", "산별", "각", "해당", "귀족", "강성", "어용", "복수", "소수", "다수", "현장", "기존",
                 "법외", "교원", "단위", "전국단위", "하청", "과반")  # "법외노조" (a union the law no longer recognises),
# "교원노조법" (the teachers' unions act), "단위노조" (a workplace union), "하청노동조합" (a subcontractors' workers'
# union), "과반노조" (a union of most of a firm's staff, the one the law lets bargain)
# A union's rank or kind before its word: "제1노총" (the largest centre), "제2노조" (a firm's second union),
# "직종별노조"/"소산별노조" (unions by trade, small industrial unions), "민주노조" (a democratic union; not 민주노총).
_KOREAN_KIND = re.compile(r"제\d+(?:노총|노조)|[가-힣]{0,4}별(?:노동조합|노조|연맹)|민주노조")
# A trade's, sector's or kind's word alone before 노조/노동조합 is a kind of union, not a name: "일반노조" (a general
# union), "통합노조" (a merged union), "공공부문노조" (public-sector unions), "지하철노조", "타워크레인노조", "라이더노조"
# (subway, tower crane, riders' unions), "교육청노조" (an education office's); with a place or firm before it, it is
# one ("서울지하철노조", "강남구청 통합노조" is found as written or not at all). So is a union's role or rank alone:
# "교섭대표노동조합" or "대표 교섭노조" (the union chosen to bargain), "본부노조" (a union's division, as a firm's staff call it),
# "전국노동조합" (a national union, or the head of "전국노동조합협의회", whose whole name is not taken). So are the
# trades the press writes for a foreign union or a sector's unions ("통신노조(CWU)", the communication workers' union
# CWU; "IT노조", unions in IT; not "운수노조", the short name of 전국운수산업노동조합) and a firm's staff ("사원노조", the
# employees' union).
_KOREAN_KIND_WORDS = frozenset({"일반", "통합", "공공부문", "지하철", "타워크레인", "라이더", "교육청", "교섭대표", "교섭", "본부", "전국",
                                "통신", "IT", "사원", "MZ", "사무직", "콜센터", "독립", "직장", "병원", "발전사", "대리운전기사",
                                "택시", "기업", "버스", "시내버스", "시외버스", "마을버스", "대표", "합법", "법내",
                                "비정규", "비정규직", "사내하청"})
# So are a generation's, a trade's or a standing's words: "MZ노조" (unions of the young), "사무직노조" (an office staff's
# union), "콜센터노조" (call-centre workers'), "독립노조" (one outside the centres), "직장노조" (a workplace's), "병원노조"
# (hospital workers' unions), "발전사노조" (the power companies' unions), "대리운전기사노조" (designated drivers' unions),
# "택시노조" (taxi drivers' unions), "기업노조" (an enterprise union, beside an industrial union's unit at the firm), "버스노조",
# "시외버스노조" (bus, intercity bus drivers' unions; with a place before it one is named: "서울시버스노조"), "대표노조" (the
# union chosen to bargain, "교섭 대표노조"), "합법노조"/"법내노조" (a union the law recognises). So are the kinds of workers a
# union organises, written alone: "비정규노조"/"비정규직노조" (a non-regular workers' union: "방송사 비정규노조", the
# broadcasters' ones), "사내하청노조" (an in-house subcontractors' union: "HD현대삼호 사내하청노조"); glued to a place,
# firm or sector they are a name ("전국학교비정규직노동조합", "한국지엠비정규직지회").
_KOREAN_FEDERATION_WORDS = ("노동조합총연맹", "노동조합연맹", "노조연맹", "노동조합총연합회", "노동조합연합회", "노동조합총합회")
# A number and a counter (개, 개사: of things, of firms) before a union's word, glued or apart, count unions of a kind
# ("6개사노조", the unions of six firms; "3개 공공노조", three public-sector unions): a counted noun is a common one.
_KOREAN_COUNT = re.compile(r"\d+\s?개(?:사|소)?\s?")
_KOREAN_COUNT_BEFORE = re.compile(r"\d\s?개(?:사|소)?\s?$")
# "연대" (solidarity) glued after a union's word makes a coalition of unions ("삼성그룹노동조합연대", the Samsung group
# unions' coalition), with a particle, a bracket, a quote or nothing after it; "협의회" (council) a council of them
# ("전국철도지하철노동조합협의회", the rail and subway unions' council): neither is the union its words start.
_KOREAN_COALITION_AFTER = re.compile(r"연대(?![가-힣])|연대[가는의를와도]|협의회")
# A league ("...연맹", not a union federation's word) of sports, youth, students, or of employers and producers
# ("일본경영자단체연맹", "영화·TV제작자연맹" (the AMPTP), "사용자연맹"): no union.
_KOREAN_NOT_UNION_LEAGUES = ("축구", "야구", "농구", "배구", "체육", "스키", "빙상", "태권도", "씨름", "바둑", "자유총", "청년",
                             "학생", "경제", "국제", "세계", "총", "경영자", "경영자단체", "제작자", "사용자", "사업자")


class TextSpans:
    """Spans of text, asked whether any of them overlaps a range (in O(log n), for long stories)."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [start for start, _ in ordered]
        self._max_ends: list[int] = []
        for _, end in ordered:
            self._max_ends.append(max(end, self._max_ends[-1]) if self._max_ends else end)

    def overlaps(self, start: int, end: int) -> bool:
        """True when some span shares a character with [start, end)."""
        before_end = bisect_left(self._starts, end) - 1
        return before_end >= 0 and self._max_ends[before_end] > start

    def crosses(self, position: int) -> bool:
        """True when some span starts before `position` and ends after it."""
        before = bisect_left(self._starts, position) - 1
        return before >= 0 and self._max_ends[before] > position


# The commonest Korean surnames: a person's name is one of them and two syllables more, written against a union's
# name in running titles ("강규혁서비스연맹 위원장", "박지미민주노총서비스연맹...본부장").
_KOREAN_SURNAMES = frozenset("김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진나지엄채원천방공현함"
                             "변염여추도소석선설마길연위표명기반왕금옥육인맹")
HANGUL_WORD = re.compile(r"[가-힣]+")  # a word in Hangul syllables only


def after_a_korean_person(name: str) -> str | None:
    """The rest of a found Korean name that may start with a person's name (a surname and two syllables), else None:
    not a city's, county's or office's name ("구미시공무원노조" is Gumi city's union, not 공무원노조)."""
    return name[3:] if len(name) > 5 and name[0] in _KOREAN_SURNAMES and HANGUL_WORD.fullmatch(
        name[:3]) and name[2] not in "시군청" else None  # given names end in 구 or 부 as well


# A public body's own government employees' union: a city's, county's or district's name, an office's (청) or a
# ministry's (부), then "공무원노조"/"공무원노동조합", written apart ("정읍시 공무원노조", "과학기술정보통신부
# 공무원노동조합") or glued ("구미시공무원노조"): that body's union, not the KGEU the directory knows by the words
# alone. Three syllables at least before the words, so that "당시" (then) or "일부" (some) is no body. A local body's
# union is named glued, the form written apart its short form.
_KOREAN_PUBLIC_BODY_ENDINGS = "시군구청부"
KOREAN_PUBLIC_BODY = "[가-힣]{2,14}[" + _KOREAN_PUBLIC_BODY_ENDINGS + "]"
_KOREAN_BODY_UNION = re.compile(r"(?<![가-힣])(" + KOREAN_PUBLIC_BODY + r")\s(공무원노동조합|공무원노조)")
# A province's or metropolitan city's trade union written apart from its place's short name ("부산 지하철노동조합",
# "부산 지하철노조": 부산지하철노동조합, the Busan subway union): a trade word alone is a kind of union (see
# _KOREAN_KIND_WORDS), with its place a name, named glued as the union writes it, the form as written its short form.
_KOREAN_PLACE_TRADE_UNION = re.compile(r"(?<![가-힣])(" + "|".join(sorted(_KOREAN_PROVINCES)) + r")\s"
                                       r"(지하철|도시철도|시내버스|버스|택시|교사)(노동조합|노조)")


def _firms_own_kind(original: str, firm: re.Match[str] | None, word: str) -> bool:
    """True when `word`, a kind of union, names the union of the firm written before it (see _KOREAN_FIRM_KINDS),
    unless the story names the firm's union itself ("서울교통공사노조"): then "서울교통공사 통합노조" says what that
    one is (the merged one)."""
    if firm is None or word not in _KOREAN_FIRM_KINDS:
        return False
    own = firm.group().strip()
    return f"{own}노조" not in original and f"{own}노동조합" not in original


# A union's former name in brackets after its present one ("사회보험노조(옛 지역노조)", "(구 지역보험노조)": formerly):
# the same union under an old name, no other union.
_KOREAN_FORMER_NAME_BEFORE = re.compile(r"\((?:옛|구)\s?$")


def _korean_names(original: str, taken: list[tuple[int, int]]) -> list[FoundName]:
    """Korean union names, and branches of a union, not inside `taken` spans (a name the directory
    knows may start a branch's name: "금속노조 현대자동차지부")."""
    spans = TextSpans(taken)
    names: list[FoundName] = []
    for match in _KOREAN_UNION.finditer(original):
        if _KOREAN_FORMER_NAME_BEFORE.search(original, max(0, match.start() - 4), match.start()):
            continue
        union = match.group(1)
        word = union.removesuffix("노동조합").removesuffix("노조")
        firm = _KOREAN_FIRM_BEFORE.search(original, max(0, match.start() - 20), match.start()) if (
            not match.group(2) and word != union and original[match.start() - 1:match.start()] == " ") else None
        if union.startswith(_KOREAN_KINDS) or union in ("노동조합", "노조", "노총", "유니온", "유니언", "노조연맹", "노동조합연맹") or (
                word in _KOREAN_KIND_WORDS and not _firms_own_kind(original, firm, word)) or _KOREAN_KIND.fullmatch(
                union) or (
                union.endswith("연맹") and not union.endswith(_KOREAN_FEDERATION_WORDS)
                and (union[:-2].endswith(_KOREAN_NOT_UNION_LEAGUES) or union[:-2].startswith(_KOREAN_NOT_UNION_LEAGUES)
                     # a province's league alone is some body's provincial one ("전농 경기도연맹", the farmers')
                     or union[:-2].removesuffix("도") in _KOREAN_PROVINCES)
        ) or _KOREAN_COUNT.match(union) or _KOREAN_COUNT_BEFORE.search(original, max(0, match.start() - 6), match.start()) or (
                # a coalition's name that a union's word is glued into ("삼성그룹노동조합연대"): no union
                union.endswith(("노동조합", "노조")) and _KOREAN_COALITION_AFTER.match(original, match.end(1))):
            continue
        start, end = match.start(), match.end(2) if match.group(2) else match.end(1)
        # A taken span may lie inside the union's own word when a branch follows ("금속노조" of the
        # directory), or when the word is a federation's in full, which is not the union it starts with
        # ("전국금속노동조합연맹" is not 전국금속노동조합, "대한민국공무원노동조합총연맹" not 공무원노동조합),
        # but not over the branch or across the name's start or end.
        branch = _korean_branch(match.group(2), match.start(2) == match.end(1)) if match.group(2) else None
        divided = branch is not None and _KOREAN_DIVISION_BEFORE_BRANCH.match(match.group(2)) is not None
        if branch and union.endswith("노총") and (match.group(2).startswith(("산하 ", "소속 ")) or divided):
            branch = None  # "민주노총 산하 돌봄지부": a branch of one of the centre's unions, which goes unnamed; so
            # is one under a centre's regional council ("민주노총 부산본부 해운대지부"), which is left open
        if branch and _a_branch_heads_title(original, match.group(2), match.end(2)):
            branch = None  # "공무원노조 장인화 지부장": a person's name and a branch head's title, no branch
        if match.group(2) and branch is None:  # "금속노조 15개 지부": the union alone
            end = match.end(1)
        inside_ok = branch or union.endswith(_KOREAN_FEDERATION_WORDS)
        # a directory name in the brackets between the union and its branch is its short name, no other union
        checked_from = match.start(2) if branch else match.end(1) if inside_ok else start
        if spans.overlaps(checked_from, end) or spans.crosses(start) or spans.crosses(match.end(1)):
            continue
        if firm is not None and not spans.overlaps(firm.start(), start):
            names.append(FoundName(firm.start(), end, original[firm.start():end], union))
            continue
        # a branch named by two words is known by them alone too ("SK하이닉스 기술사무직지회는 ...")
        # a branch named by its regional division too is known by the whole as written ("전국공무원노동조합
        # 광주지역본부 남구지부")
        names.append(FoundName(start, end, f"{union} {branch}" if branch else original[start:end],
                               branch if branch and " " in branch else original[start:end] if branch and divided
                               else None if branch else (hereinafter.group(1) if (
                                   hereinafter := _KOREAN_HEREINAFTER.match(original, end)) is not None
                                   else _korean_short_form_written(original, union))))
        if branch:
            names += _korean_units_and_listed(original, spans, start, end, union, branch)
        elif not match.group(2):
            names += _korean_topic_list(original, spans, end, union)
        if branch and not union.endswith("연맹"):  # the union a branch belongs to is named too ("전국돌봄서비스노동조합
            # 서울지부"); a federation's 지부 is mostly a member union's branch written after both
            names.append(FoundName(start, match.end(1), union, None))
    # a public body's own government employees' union, over the directory's words for the KGEU
    for match in _KOREAN_BODY_UNION.finditer(original):
        if not spans.overlaps(match.start(), match.end(1)) and not spans.crosses(match.end()):
            # a city's, county's, district's or office's union is named glued as it writes itself ("고창군공무원노동조합"),
            # the form as written its short form; a ministry's as written
            glued = not match.group(1).endswith("부")
            names.append(FoundName(match.start(), match.end(), "".join(match.groups()) if glued else match.group(),
                                   match.group() if glued else None))
    if "노" in original:
        for match in _KOREAN_PLACE_TRADE_UNION.finditer(original):
            if not spans.overlaps(match.start(), match.end()):
                names.append(FoundName(match.start(), match.end(), "".join(match.groups()), match.group()))
    # a branch after a name the directory knows, written in Hangul or Latin letters without a union word
    covered = TextSpans([(name.start, name.end) for name in names])
    for start, end in taken:
        # glued to a short name ending in a union's word (전교조, 자동차노련) too: "전교조안동지부", "자동차노련제주도지부"
        if (after := _KOREAN_BRANCH_AFTER.match(original, end) or (
                _KOREAN_GLUED_BRANCH_AFTER.match(original, end) if original[start:end].endswith(("조", "노련")) else None)) and (
                branch := _korean_branch(after.group(1), glued=not after.group()[0].isspace())) and not (
                _a_branch_heads_title(original, after.group(1), after.end())) and (
                re.fullmatch(r"[가-힣A-Za-z0-9]+", original[start:end]) and re.search(r"[가-힣]", original[start:end])
                and not covered.overlaps(start, after.end()) and not spans.overlaps(end, after.end())):
            names.append(FoundName(start, after.end(), f"{original[start:end]} {branch}",
                                   None if after.group()[0].isspace() else original[start:after.end()]))
            # its units and the branches listed after it ("의료연대본부 서울지부 서울대병원분회")
            names += _korean_units_and_listed(original, spans, start, after.end(), original[start:end], branch)
            covered = TextSpans([(name.start, name.end) for name in names])
        elif re.fullmatch(r"[가-힣A-Za-z0-9]+", original[start:end]) and re.search(r"[가-힣]", original[start:end]) and (
                listed_after := _korean_topic_list(original, spans, end, original[start:end])) and not covered.overlaps(
                start, listed_after[-1].end):
            names += listed_after
            covered = TextSpans([(name.start, name.end) for name in names])
    return names


# The short name a Korean text declares for a name in the bracket right after it, "hereinafter X", also beside its
# head's name or before other words ("공공서비스노동조합총연맹(위원장 이충재, 이하 공공노총)", "교육청공무원노동조합연맹(이하
# 교육연맹, 위원장 ...)"): the name's short form.
_KOREAN_HEREINAFTER = re.compile(r"[^\S\n]?\((?:[^()\n]{1,30}?,\s?)?이하\s?['‘\"“]?([가-힣A-Za-z0-9]{2,12})['’\"”]?"
                                 r"(?:\s?(?:라고\s?함|라\s?함))?(?:,[^()\n]{1,40})?\)")


def _korean_short_form_written(original: str, union: str) -> str | None:
    """The short form "...노조" of a union named in full "...노동조합" when the text writes it too ("KBS노동조합이 ...
    KBS노조 조합원들"): one union the press names both ways, else None."""
    if not union.endswith("노동조합"):
        return None
    short = union.removesuffix("노동조합") + "노조"
    if _KOREAN_WORD_RUN.fullmatch(short):  # written at a word's start: the start of one of the text's runs
        runs = _korean_word_runs(original)
        at = bisect_left(runs, short)
        return short if at < len(runs) and runs[at].startswith(short) else None
    return short if re.search(f"(?<![가-힣A-Za-z0-9]){re.escape(short)}", original) else None


_KOREAN_WORD_RUN = re.compile("[가-힣A-Za-z0-9]+")


@lru_cache(maxsize=4)
def _korean_word_runs(original: str) -> list[str]:
    """The runs of Hangul, Latin letters and digits of `original`, sorted: a story naming a thousand unions asks
    for them once, not searched through once for each."""
    return sorted(set(_KOREAN_WORD_RUN.findall(original)))


def _korean_units_and_listed(original: str, spans: TextSpans, start: int, end: int, union: str,
                             branch: str) -> list[FoundName]:
    """The names after a union's branch written from `start` to `end`: a unit of the branch (a 지부's 지회 or 분회,
    named with the union and the branch, the union and the unit its short form) and a workplace's section of that
    unit, and the branches or units listed after the last of them (see _KOREAN_LISTED_BRANCH)."""
    names: list[FoundName] = []
    last = end
    if branch.endswith("지부") and (unit := _KOREAN_UNIT_AFTER.match(original, end)) and not spans.overlaps(
            end, unit.end()) and (own := _korean_branch(unit.group(1))) is not None:
        names.append(FoundName(start, unit.end(), f"{union} {branch} {own}", f"{union} {own}"))
        last = unit.end()
        # and a workplace's section of that unit, known by its own name ("금속노조 경남지부 사천지역지회
        # 지에이산업분회": the 지에이산업분회)
        if own.endswith("지회") and (section := _KOREAN_UNIT_AFTER.match(original, unit.end())) and (
                section.group(1).endswith("분회")) and " " not in section.group(1) and not spans.overlaps(
                unit.end(), section.end()):
            names.append(FoundName(start, section.end(), f"{union} {branch} {own} {section.group(1)}",
                                   section.group(1)))
            last = section.end()
    return names + _korean_listed_branches(original, spans, start, last, union)


def _korean_topic_list(original: str, spans: TextSpans, end: int, union: str) -> list[FoundName]:
    """The branches listed after `union`, written to `end`, and its topic's mark (see _KOREAN_TOPIC_THEN_BRANCH)."""
    if not (listed := _KOREAN_TOPIC_THEN_BRANCH.match(original, end)) or spans.overlaps(end, listed.end()) or (
            branch := _korean_branch(listed.group(1), glued=True)) is None:
        return []
    listed_after = _korean_listed_branches(original, spans, listed.start(1), listed.end(), union)
    return [FoundName(listed.start(1), listed.end(), f"{union} {branch}", None), *listed_after] if listed_after else []


def _korean_listed_branches(original: str, spans: TextSpans, start: int, end: int, union: str) -> list[FoundName]:
    """The branches or units of `union` listed after one of them ending at `end` (see _KOREAN_LISTED_BRANCH)."""
    names: list[FoundName] = []
    while (listed := _KOREAN_LISTED_BRANCH.match(original, end)) and not spans.overlaps(end, listed.end(1)) and (
            branch := _korean_branch(listed.group(1), glued=True)) is not None:
        names.append(FoundName(listed.start(1), listed.end(1), f"{union} {branch}", None))
        end = listed.end(1)
    return names


def _a_branch_heads_title(original: str, written: str, end: int) -> bool:
    """True when a branch's ending written apart after a word is a branch head's title after a person's name
    ("화학노조 박영호 지부장", "김민정 지회장"): 장 (head) follows it."""
    return original.startswith("장", end) and written.strip().rpartition(" ")[2] in ("지부", "지회", "분회")


def _korean_branch(written: str, glued: bool = False) -> str | None:
    """A Korean branch's name as the press mostly writes it, its ending against its name ("방송위원회 지부" is
    "방송위원회지부", a two-word name stays as written), or None for a count or group of branches ("15개 지부", "산하
    지부", and `glued` to its union's word, "15개지부", "산하지부")."""
    if (division := _KOREAN_DIVISION_BEFORE_BRANCH.match(written)) and len(written) - division.end() > 2:
        written = written[division.end():]  # "서울지역본부 용산구지부" is the 용산구지부
    word, space, unit = written.rpartition(" ")
    if word in ("산하", "소속") and len(unit) > 2:
        return unit  # a named branch "under" its union ("공공운수노조 산하 국민건강보험고객센터지부") is that union's
    head = word if space else written[:-2] if glued else ""
    if any(character.isdigit() for character in head) or head in _KOREAN_NOT_BRANCH_WORDS or head.endswith("들"):
        return None  # ("들" makes a plural of people: "간부들 현대차지부")
    if space and len(unit) > 2:
        # a province's short name first is the union's regional level, no part of the branch's own name
        # ("공무원노조 충북 보은군지부" is the 보은군지부)
        return unit if word in _KOREAN_PROVINCES else written
    return written.replace(" ", "")


# Chinese union names end in 工會/工会, often with the kind of union before it (企業工會, an enterprise's; 職業工會,
# a trade's; 產業總工會, a city's industrial federation) or a federation after it (工會聯合會). Chinese has no spaces:
# a name is taken only from a punctuation mark, a space, the start, or "與", "及", "和" (and) to the head, short
# ("桃園市產業總工會與台灣美光企業工會、佳福育樂企業工會"), and not a kind of union alone ("企業工會") or a group
# ("各工會", "國公營事業工會").
# Verbs whose object is a union, glued before its name: "偕同" (together with), "聯同" (jointly with), "迫使" (forces),
# "加入"/"參加" (joins), and those that found one ("建立", "成立", "組建", "籌組", "組織"): "建立企业工会" (to set up
# enterprise unions) names a kind of union, "偕同桃園市空服員職業工會" the union after the verb.
_CHINESE_VERBS_BEFORE = ("偕同", "聯同", "联同", "迫使", "加入", "參加", "参加", "建立", "成立", "組建", "组建", "籌組", "筹组",
                         "組織", "组织")
# Hong Kong, Macau and Taiwan unions registered under heads other than 工會: an association (協會), a general
# association (總會), a mutual-aid society (互助會) "港龍航空公司空勤人員協會", "澳門商業僱員總會", "氹仔各業工人互助會".
# Those heads also name NGOs, employers' and professional bodies, so only right after a word for employed workers
# (not a profession's: "教師協會", "護士協會" are also professional bodies).
_CHINESE_WORKERS = ("僱員", "雇员", "職工", "职工", "工人", "空勤人員", "空勤人员")
_CHINESE_OTHER_HEADS = ("協會", "协会", "總會", "总会", "互助會", "互助会")
# A workers' word and a head with nothing before them ("職工總會"): what any such union's name ends with, folded
CHINESE_BARE_HEADS = frozenset(fold(workers + head) for workers in _CHINESE_WORKERS for head in _CHINESE_OTHER_HEADS)
# ... but not retired or unemployed workers' associations ("台電退休職工協會", "失業工人協會"; review27).
_CHINESE_NOT_EMPLOYED = ("退休", "離退休", "离退休", "失業", "失业")
CHINESE_GATES = ("工會", "工会", *_CHINESE_OTHER_HEADS)
# A national committee after 工會 is the name's end ("中国财贸轻纺烟草工会全国委员会", the national union's own name).
# Hong Kong's staff unions are named by 職工會 (staff union: "國泰航空服務職工會"), not a bare 工會 after a long name;
# not 職工會議 (a staff meeting) nor 職工會員 (staff members).
_CHINESE_UNION = re.compile(r"(?:(?<=[與与及和、,，。;；:：!！?？「」『』《》【】()（）\[\]“”‘’/\s▲])|"
                            + "".join(f"(?<={verb})|" for verb in _CHINESE_VERBS_BEFORE) + r"^)"
                            r"([一-鿿A-Za-z0-9]{2,14}?)((?:企業|企业|職業|职业|產業總|产业总|產業|产业|聯合自由|联合自由|聯合|联合|總|总)?工[會会]"
                            r"(?:聯合會|联合会|(?:全國|全国)?(?:委員會|委员会))?|(?:" + "|".join(_CHINESE_WORKERS) + ")(?:" + "|".join(_CHINESE_OTHER_HEADS)
                            + r")|[職职]工[會会](?![議议員员]))")
_KANA = re.compile(r"[ぁ-ゖァ-ヺ]")
_CHINESE_KINDS = ("企業", "企业", "職業", "职业", "產業", "产业", "產業總", "产业总", "各", "該", "该", "本", "兩", "两", "這", "这", "其", "等", "所屬", "所属", "事業", "事业", "全國", "全国",
                  "地方", "基層", "基层", "獨立", "独立", "新", "大型", "相關", "相关", "上級", "上级",
                  "龍頭", "龙头",  # leading firms' unions ("龙头企业工会成员单位", member units of the leaders' unions)
                  "最大", "全港", "香港", "各級", "各级", "主要", "重要", "另一",  # "另一工會", another union
                  # merit, as an award names a class of unions ("評鑑績優工會", "卓越工會領袖")
                  "績優", "绩优", "卓越", "優秀", "优秀", "優良", "优良",
                  # "八大系統工會", the eight major systems' unions; "9大工會", the nine major ones
                  *(f"{number}大" for number in "兩两二三四五六七八九十0123456789"),
                  "個", "个",  # a count of unions ("七個工會", the seven unions; "多個工會", many)
                  "縣市", "县市",  # the counties' and cities' unions ("22個縣市工會")
                  "園區", "园区",  # an industrial park's ("园区企业工会", its enterprises' unions)
                  # a quantity or a scope: "大批企业工会" (a large batch of enterprises' unions), "更多职工会" (more
                  # unions), "163家千人以上企业工会" (the unions of 163 firms of a thousand staff and more), "国内职工会"
                  # (the country's unions), "青海、福建等地工会" (the unions of Qinghai, Fujian and other places),
                  # "人力资源部辖下职工会事务局" (the unions' office under the ministry)
                  "大批", "一批", "更多", "許多", "许多", "以上", "國內", "国内", "等地", "各地",
                  "轄下", "辖下", "旗下", "屬下", "属下",
                  # an owner's kind: "外商公司工會" (foreign firms' unions), "台資企業工會", "國營事業工會"
                  "外商", "外資", "外资", "台資", "台资", "港資", "港资", "陸資", "陆资", "民營", "民营", "國營", "国营",
                  "公營", "公营", "私營", "私营")
# A clause glued before a union's name: "與"/"和" (and), "在" (at), "的"/"之" (of), "受到" (received by), "除了"
# (besides), "針對" (aimed at), "都是" (are all), "指責" (accuses), "甚至" (even), a count ("700名", "60多名", 60-odd
# members of), a verb of _CHINESE_VERBS_BEFORE; a preposition or linking word: "但" (but), "如果" (if), "由" (by:
# "是由產業工會", not "自由" free or "理由" reason), "為" (as, is: "對象應為企業工會"), "根據" (according to), "無論"
# (whether), "不同" (different); "將"/"将" (marks the object: "已將工會訴求轉達", has passed the union's demands on;
# not 將軍, a general), a year ("2016年空服員職業工會", in 2016 the cabin crew's union); an adverb of time ("先前工會就曾…", the union had earlier ...; "目前", now); a verb
# done to a union or an office in it: "當選" (is elected: "张建国当选市总工会主席"), "邀請" (invites), "推動" (pushes:
# "推动工会工作"); "向" (to: "工友向香港建造业总工会求助", not 方向 direction nor 向陽 a place); a count of unions
# ("22個縣市工會", 22 county and city unions); a verb of saying ("說") or one done to unions: "解雇" (dismisses: "違法解雇工會幹部"), "打壓" (suppresses), "奪走"
# (takes away from), "限制" (restricts: "要求政府限制職業工會"), "結合" (joins with), "傾聽" (listens to), "發揮" (brings
# into play: "發揮工會功能"), "辦理" (handles), "設有" (has: "設有工會企業"), "對" (to, towards: "李主席對縣總工會"); a
# count of people ("數十位", several tens of; "三名", three: a count of members, not a name); "發動" (launches),
# "擴大" (widens), "支持" (supports), "出席" (attends), "感謝" (thanks), "是" (is: "活動是晋江市总工会"), "給"/"至"/"於"
# (to, at: "送至六安市总工会"), 了 (done: "参加了…工会成立大会"), a session ("第一届联合工会委员会"), a time ("今天", "下午": "今天工會成員"; 今 alone as a short link, "今桃園機師職業工會"),
# "近年來" (in recent years); "隨著" (along with: "随着固始县外卖配送行业工会联合会成立"); more verbs done to a union
# or its rules: "促請" (urges), "遵守" (abides by: "遵守工會章程"), "執行" (carries out), "解釋" (explains), "從事" (works
# in), "帶領" (leads), "加快" (speeds up), "獲得" (obtains: "獲得工會資訊", the union's information), "告知"/"通知" (informs: "沒有告知外送產業工會"),
# "遭到"/"遭受" (suffers, is ... by: "遭到深圳市总工会依法公开谴责", is censured by the Shenzhen federation); "宣布"
# (announces: "宣布新余市快递行业联合工会正式成立"); verbs done to a union by an employer: "控制" (controls), "阻擾"/"阻撓"
# (obstructs), "漠視"/"無視" (ignores), "會見"/"約見" (meets: "定期會見工會代表"); an adverb or a conjunction opening the
# clause: "而且" (and also: "而且漠視工會的訴求"), "並且", "就算"/"即使" (even if), "一旦" (once: "一旦企業工會成立"),
# "意圖"/"試圖"/"企圖" (attempts to), "定期" (regularly), "共有" (there are in all: "共有合正工會…"); the passive "被" and
# its verb ("就算被炒工會仍在", even if fired, the union remains); a count of firms ("5家醫院工會", five hospitals'
# unions: counted, not named). The name
# starts after the last of them ("服總一行受到廣州市總工會" names 廣州市總工會); a bare 工會 after one ("除了工會",
# "政府和工会") is the union only referred to, and after "的" it is described ("陣營的重要工會"), not named. Not the
# words that begin with them: 和記 (Hutchison: "和記碼頭工會"), 的士 (taxi: "的士司機工會").
_CHINESE_CLAUSE_BEFORE = re.compile(
    r"^.*(?:與|与|及|和(?!平|記|记)|在|的(?!士)|受到|除了|針對|针对|都是|指責|指责|甚至|"
    r"(?:[0-9]+|[一二兩两三四五六七八九十百千數数幾几]+)多?[名位]|但|如果|根據|根据|無論|无论|"
    r"不同|包括|還是|还是|(?<![自理])由|[將将](?![軍军])|[0-9]{2,4}年|為|为|(?:解雇|解僱|打壓|打压|奪走|夺走|限制|結合|结合|傾聽|倾听|發揮|发挥|辦理|办理|"
    r"設有|设有|發動|发动|擴大|扩大|支持|出席|感謝|感谢|促請|促请|遵守|執行|执行|解釋|解释|從事|从事|帶領|带领|加快|獲得|获得|告知|通知|"
    r"遭到|遭受|宣布|控制|阻擾|阻扰|阻撓|阻挠|漠視|漠视|無視|无视|會見|会见|約見|约见|"
    # a verb of going to a union ("农民工来到渭滨区总工会", came to the district federation; "前往", "走進")
    r"來到|来到|前往|走進|走进)了?|"
    # "自" (since, from: "自全国银行雇员职工会于4月12日与…签署", since the union signed), never a word's first
    # syllable ("自主工會", an autonomous union; "自来水公司工会", the waterworks' union; "自治区总工会", an
    # autonomous region's federation; "自贡市总工会", Zigong's; 自由, 自立, 自動, 自願, 自發, 自行, 自己, 自然, 自僱, 自營)
    r"自(?![主由治立動动願愿發发行己然僱雇營营來来貢贡助衛卫])|"
    r"(?:而且|並且|并且|就算|即使|一旦|意圖|意图|試圖|试图|企圖|企图|定期|共有)|被[一-鿿]|"
    r"(?:[0-9]+|[一二兩两三四五六七八九十百千數数幾几多]+)家|"
    r"(?<![針针])[對对]|(?<![於于])是|[給给至於了]|隨著|随着|"
    r"第[一二三四五六七八九十0-9]+[屆届]|"
    r"(?:今天|昨天|明天|今日|昨日|明日|上午|下午|晚上|近日|日前|先前|此前|之前|目前|近年來|近年来)|"
    r"(?:當選|当选|邀請|邀请|推動|推动)|(?<![方面導导動动指偏])向(?![陽阳])|(?:[0-9]+|[一二兩两三四五六七八九十百千數数幾几多]+)[個个]|"
    r"全[市省縣县區区國国]各|"
    + "|".join(_CHINESE_VERBS_BEFORE) + ")")
# 之 and 說 also write syllables of names ("之江实验室", "新北市說唱藝術職業工會", "台灣之光"): as links they cut only
# before a place, a kind of union or 工會 itself (see _after_a_short_link). 由 (by) and 為 (as) cut wherever they
# stand: names opened by them ("由田新技", "為恭醫院") are rarer than "由鐵路工會發起" (review29, review30). So do "有"
# (has, there is: "周边均有深圳总工会", "批評有工會"; not before a trade's people, "有機組人員工會不滿", nor in 有限, a
# limited company's), "我們" (we: "我們臺灣護理產業工會", we, the nurses' union; "谢谢我们罗湖工会" thanks a union
# by a short name, left alone) and "組成" (forms: "勞工可以一起組成產業工會", workers can form an industrial union;
# also "consists of", before the parts a body is made of), and "經" (through, by: "经新余市总工会引导", guided by the
# Xinyu federation; also a syllable of words and names, "经营", "經濟").
_CHINESE_SHORT_LINK_BEFORE = re.compile(r"^.*(?:之|說|说|今|有(?![限線线])|我們|我们|組成|组成|經|经)")
_CHINESE_KINDS_AFTER_LINK = ("企業", "企业", "職業", "职业", "產業", "产业")
_CHINESE_LEVELS = frozenset("市省縣县區区州")  # "市總工會", the city's federation, named by no place
# ... nor the subdistrict's, the township's or the community's ("街道总工会", the subdistrict federation referred to),
# nor a name opening with a level alone ("市轻工业工会", the city's light industry union, "设区市工会" aside)
_CHINESE_LOCAL_LEVELS = ("街道", "鄉鎮", "乡镇", "社區", "社区", "特區", "特区")  # ... or the special zone's ("特區工會")
# Words after a union's head that make the whole another body: a contingent or coalition of unions marching together
# ("血汗醫護工會大隊"), the committee preparing a union not yet registered ("…產業工會籌備會")
_CHINESE_NOT_A_UNION_AFTER = ("大隊", "大队", "籌備", "筹备",
                              # the Registry of Trade Unions ("提交职工会登记局", submitted to it): an office
                              "登記局", "登记局",
                              # Malaysia's trade union affairs department ("人力资源部辖下职工会事务局"): an office
                              "事務局", "事务局")
# A trade's people alone before a bare 工會 ("教師工會", "醫護工會"): that trade's unions referred to, as "the teachers'
# union" is; a name says whose (a firm, a place, a kind: "台鐵工會", "台灣護理產業工會")
_CHINESE_TRADE_PEOPLE = frozenset(("教師", "教师", "醫護", "医护", "護士", "护士", "護理", "护理", "醫生", "医生", "司機", "司机",
                                   "工人", "員工", "员工", "勞工", "劳工", "海員", "海员", "記者", "记者",
                                   # flight attendants and pilots ("空服工會", "機師工會": the cabin crew's union)
                                   "空服", "空服員", "空服员", "機師", "机师", "機組人員", "机组人员",
                                   "地盤", "地盘",  # building-site workers' unions ("地盘工会")
                                   # a sector's, a company's, a group's unions ("组建行业工会联合会", to found sectoral
                                   # federations; "集團工會", the group's union, named in full before)
                                   "行業", "行业", "公司", "集團", "集团"))


# 及 and 、 join two unions' names ("白領同行工會、香港言語治療師總工會") and also two trades inside one name
# ("香港製藥及醫療儀器業職工總會", "博彩、建築業聯合自由工會"): the words before them belong to the name when they do not
# end as a union's name does.
_CHINESE_NAME_JOINS = frozenset("及、")
_CHINESE_JOINED_PART_LETTERS = 10
_CHINESE_JOINED_PART = re.compile(rf"[一-鿿]{{1,{_CHINESE_JOINED_PART_LETTERS}}}$")
_CHINESE_PART_HEADS = ("會", "会", "盟", "聯", "联", "陣線", "阵线", "組", "组",
                       # ... nor as another body's does: an office, a bureau, a company, a party ("勞工處及…工會")
                       "局", "處", "处", "部", "署", "院", "府", "司", "廠", "厂", "團", "团", "社", "黨", "党", "委")
# ... but not one holding a government body or a verb of a sentence ("台南市勞工局工會", "…法院一審判工會")
_CHINESE_NOT_A_LONG_NAME = re.compile("[局處处部署院府判向被將将已也都就讓让把稱称說说表示]")
_CHINESE_NOT_IN_A_PART = re.compile("[會会長长總总工聯联]")
_CHINESE_PROVINCE_BEFORE_CITY = re.compile(r"^[一-鿿]{2,3}省(?=[一-鿿]{2,4}[市縣县])")


def _is_a_name_part(part: str, is_place: Callable[[str], bool]) -> bool:
    """Whether Chinese words before 及 or 、 can open a union's name (see _CHINESE_NAME_JOINS)."""
    # short, and holding no union's word, nor a chair's title before a person's name ("世界工會理事長洪慶堂"), nor
    # a union's short name ("台北市產總", "全金聯")
    return 2 <= len(part) <= 6 and not _CHINESE_NOT_IN_A_PART.search(part) and not part.endswith(_CHINESE_PART_HEADS) and (
        not part.startswith(_CHINESE_KINDS) or _opens_with_a_place(part, is_place))


# A branch (分會) written right after its union's name, or after a dash, is one name, the branch's, written glued
# ("桃園市空服員職業工會長榮分會" or "...職業工會―長榮分會", the flight attendants' union's EVA Air branch;
# "服务业总工会自由工作者分会").
# Two or three letters before a bare 工會, written once in a title or a text ("長榮工會", the EVA Air union; "设区市工会",
# the prefecture-level cities' unions): a union referred to by its firm, trade or kind, as "the EVA union" is, more
# often than a name; the short name a story gives a union it writes again ("台鐵工會 ... 台鐵工會"), and a well-known
# one the directory knows ("高教工會").
_CHINESE_REFERENCE_LETTERS = 3
_CHINESE_SUPERLATIVE = "最大"  # the largest, inside the words before a bare 工會 ("英國最大護士工會"): a description
_CHINESE_BRANCH_AFTER = re.compile(r"[―—–－-]?([一-鿿]{2,6}?(?:分會|分会))")


def _chinese_names(original: str, taken: list[tuple[int, int]], is_place: Callable[[str], bool]) -> list[FoundName]:
    """Chinese union names not inside `taken` spans (see _CHINESE_UNION); with no kind before 工會, a short one
    ("台鐵工會"): a long run of characters before a bare 工會 is a sentence ("財團違法解雇工會"), a country before it
    ("中國工會", "南韓工會") is that country's unions as a whole, Latin letters ("UAW工會") a short name read alone."""
    spans = TextSpans(taken)
    names: list[FoundName] = []
    for match in _CHINESE_UNION.finditer(original):
        words, kind = match.group(1), match.group(2)
        if original.startswith(_CHINESE_NOT_A_UNION_AFTER, match.end()):
            continue  # "…工會大隊" (a contingent of unions), "…工會籌備會" (a union's preparatory committee): no union
        clause = _after_a_short_link(words, _CHINESE_CLAUSE_BEFORE.match(words), is_place)
        bare = kind.startswith(("工會", "工会"))
        if clause is not None and clause.group().endswith("及"):
            # the words before 及 may be this name's first part (see _CHINESE_NAME_JOINS)
            part = words[:clause.end() - 1]
            inner = _CHINESE_CLAUSE_BEFORE.match(part)
            part = part[inner.end():] if inner is not None else part
            if _is_a_name_part(part, is_place):
                words = part + words[clause.end() - 1:]
                clause = None
        if clause is not None:
            if bare and clause.group().endswith(("的", "個", "个", "家")):  # "泛民陣營的重要工會", the camp's important
                continue  # union; "七個民航系統工會", "5家醫院工會": unions of a sector or of firms, described or counted
            if clause.group().endswith("各"):  # "全市各快递企业工会", every courier firm's union in the city: a group
                continue
            words = words[clause.end():]
        start = match.end(1) - len(words)
        if clause is None and start > 0 and original[start - 1] in _CHINESE_NAME_JOINS and not _opens_with_a_place(
                words, is_place):
            # "香港製藥及醫療儀器業職工總會", "博彩、建築業聯合自由工會": words before 及 or 、 that are no union's
            # name of their own are this name's first part, joined by it (a list of unions names each in full); not
            # before a name that opens with a place, which is whole ("家屬、台灣基層護理產業工會": the family and the
            # union)
            # (searched from its longest reach only: from the text's start, every earlier position is tried and fails,
            # and a long text of such names took time growing with its length squared)
            before = _CHINESE_JOINED_PART.search(original, max(0, start - 1 - _CHINESE_JOINED_PART_LETTERS), start - 1)
            if before is not None:
                part = before.group()
                cut = _CHINESE_CLAUSE_BEFORE.match(part)
                part = part[cut.end():] if cut is not None else part
                if _is_a_name_part(part, is_place):
                    words = original[start - 1 - len(part):start] + words
                    start -= len(part) + 1
        province = _CHINESE_PROVINCE_BEFORE_CITY.match(words)
        if province is not None:  # "福建省晋江市总工会" is 晋江市总工会, its province only its address
            words, start = words[province.end():], start + province.end()
        # a firm whose own name ends in 企業 has a 企業工會 ("統一企業企業工會"): that 企業 is the firm's
        firm = kind.startswith(("企業", "企业")) and len(words) > 2 and words.endswith(("企業", "企业"))
        # a long run before a bare 工會 is a name when it opens with a place ("香港教育工作者工會") or is a
        # company's registered name ("利辛县优优信息科技有限公司工会", the company's union)
        long_name = (_opens_with_a_place(words, is_place) and not _CHINESE_NOT_A_LONG_NAME.search(words)) or words.endswith(
            ("有限公司", "集團", "集团"))
        # Taiwan's national unions open with 全國 (nationwide) as others do with a place: "全國外送產業工會", the
        # delivery workers' industrial union; "全國教育產業總工會". Before a trade and a kind of union it is a name,
        # before a bare 工會 it is "unions nationwide" ("全國新發展農民工工會", new members nationwide)
        national = words.startswith(("全國", "全国")) and len(words) > 2 and kind.startswith(_CHINESE_KINDS_AFTER_LINK)
        if (len(words) < 2 or (words.endswith(_CHINESE_KINDS) and not firm) or (words.startswith(_CHINESE_KINDS)
                                                                  and not _opens_with_a_place(words, is_place)
                                                                  and not national and not _new_opens_a_name(words))
                or (bare and len(words) > 4 and not long_name) or words.rstrip("總总") in _CHINESE_LEVELS
                or (bare and _CHINESE_SUPERLATIVE in words)  # "英國最大護士工會", the country's largest: described
                or words.rstrip("總总") in _CHINESE_LOCAL_LEVELS or words[0] in _CHINESE_LEVELS
                or (bare and (words.isascii() or words in _CHINESE_TRADE_PEOPLE or is_place(fold(words))))
                or (not bare and words.endswith(_CHINESE_NOT_EMPLOYED))
                or spans.overlaps(start, match.end())):
            continue
        if bare and len(words) <= _CHINESE_REFERENCE_LETTERS and original.count(words + kind) < 2:
            continue  # "長榮工會", "设区市工会" written once: a union referred to by its firm or kind (see above)
        names.append(FoundName(start, match.end(), original[start:match.end()], None))
        if branch := _CHINESE_BRANCH_AFTER.match(original, match.end()):  # the union, and its branch
            names.append(FoundName(start, branch.end(), original[start:match.end()] + branch.group(1), None))
    for start, end in taken:  # a branch after a union the directory knows
        if original.endswith(("工會", "工会"), 0, end) and (branch := _CHINESE_BRANCH_AFTER.match(original, end)):
            names.append(FoundName(start, branch.end(), original[start:end] + branch.group(1), None))
    return names


# 新 (new) before a kind or a trade's people, or a verb of founding, describes the union ("新工會", "新教師工會", "新成立
# 工會", "新一屆工會"); before other words it opens a firm's name ("新光醫院企業工會", Shin Kong Hospital's; "新巴職工會",
# New World First Bus's).
_CHINESE_NEW = "新"
_CHINESE_NEW_DESCRIBES = ("成立", "組", "组", "設", "设", "建", "的", "一", "任", "興", "兴")


def _new_opens_a_name(words: str) -> bool:
    """Whether 新 opening the words before a Chinese union's head opens a firm's name (see _CHINESE_NEW)."""
    rest = words[len(_CHINESE_NEW):]
    return words.startswith(_CHINESE_NEW) and len(rest) >= 1 and not rest.startswith(
        (*_CHINESE_KINDS, *_CHINESE_TRADE_PEOPLE, *_CHINESE_NEW_DESCRIBES))


def _after_a_short_link(words: str, clause: re.Match[str] | None,
                        is_place: Callable[[str], bool]) -> re.Match[str] | None:
    """The clause before a Chinese union's name: `clause`, or a later one closed by 之 or 說 when what follows that
    character is a place ("说新加坡工会"), a kind of union or nothing, so the character is a link and not a syllable
    of the name ("台灣之光產業工會", "新北市說唱藝術職業工會")."""
    short = _CHINESE_SHORT_LINK_BEFORE.match(words)
    if short is None or (clause is not None and clause.end() >= short.end()):
        return clause
    rest = words[short.end():]
    if (not rest or rest.startswith(_CHINESE_KINDS_AFTER_LINK) or _opens_with_a_place(rest, is_place)
            or any(is_place(fold(rest[:length])) for length in (2, 3, 4) if length <= len(rest))):
        return short
    return clause


def _opens_with_a_place(words: str, is_place: Callable[[str], bool]) -> bool:
    """Whether the words before a Chinese 工會 start with a place and go on: a city or county ("新北市產業總工會",
    "新竹縣教師工會", not "新工會", a new union) or a country or territory ("香港職業治療師工會")."""
    return words[2:3] in _CHINESE_LEVELS or words[3:4] in _CHINESE_LEVELS or (
        len(words) > 2 and is_place(fold(words[:2])))


# Thai writes no spaces between words, only between phrases: a union name runs from its head ("สหภาพแรงงาน",
# labour union, or a union of workers, employees, staff; "สมาพันธ์"/"สหพันธ์", confederation/federation, with a
# labour word; "สภาองค์การลูกจ้าง", an employees' council, the national centre the Labour Relations Act registers) to the next space or mark, is cut before a word that starts a clause ("ที่", that; "ของ", of), and
# takes a Thai acronym after one space ("สหภาพแรงงานรัฐวิสาหกิจ ขสมก."). A head alone ("สหภาพแรงงาน",
# "สหภาพแรงงานฯ", the union named before) refers to a union and names none.
_THAI_LETTERS = "\u0e01-\u0e2e\u0e30-\u0e4e"  # without "ฯ", the mark of a shortened name
_THAI_UNION = re.compile(f"(สหภาพ(?:แรงงาน|คนทำงาน|ลูกจ้าง|พนักงาน)|สภาองค์การลูกจ้าง|สมาพันธ์|สหพันธ์)([{_THAI_LETTERS}]*)"
                         "( [\u0e01-\u0e2e]{2,6}\\.)?")
# ... and before a predicate glued to it: "แล้ว" (already), "อยู่" (is), "ถูก" (is done to), "ต้อง" (must),
# "จำนวน" (numbering), "ทั้งหมด" (all), "เจรจา" (negotiates), "ประท้วง" (protests), "ตั้ง" (sets up)
# "จัดงาน", "จัดแถลง", "จัดตั้ง" (holds an event, a press conference; sets up), never "จัดการ" (management, as in
# "องค์การจัดการน้ำเสีย"); "รวมถึง" (including), "ต่างๆ" (the various ...), "หยุดงาน"/"นัดหยุดงาน" (strike),
# "ขึ้น" (up, as in "ขึ้นมา"); "ว่า" (that) but not inside "ระหว่าง" (between, inter-: "...ระหว่างประเทศ"); "เพื่อ" (in
# order to) but not inside "เพื่อน" (friend, fellow: "สหภาพแรงงานเพื่อนแรงงานไทย")
_THAI_CLAUSE = re.compile("ที่|ซึ่ง|ของ|และ|ได้|จะ|เป็น|ใน|กับ|ให้|ว่า(?!ง)|โดย|เพื่อ(?!น)|จาก|ยื่น|เรียกร้อง|ร่วม|เผย"
                          "|แล้ว|อยู่|ถูก|ต้อง|จำนวน|ทั้งหมด|เจรจา|ประท้วง|ตั้ง|รวมถึง|ต่างๆ|ต่าง ๆ|(?:นัด)?หยุดงาน|ขึ้น"
                          "|จัด(?:งาน|แถลง|ตั้ง|กิจกรรม|เวที|ประชุม|ชุมนุม)"
                          # "ฉลอง" (celebrates: "สหภาพแรงงานฮอนด้าฉลอง 45 ปี"); "พา" (brings) before the people
                          # brought ("...ไทยพาสมาชิกฯมาร้อง"), never "พา" opening a name ("พานาโซนิค")
                          "|ฉลอง|พา(?=สมาชิก|คนงาน|ลูกจ้าง|พนักงาน)"
                          # a report's or an action's verb glued to the name: "กล่าว" (says), "เปิดเผย" (reveals),
                          # "ระบุ" (states), "แถลง" (announces), "ประกาศ" (declares), "เสนอ" (proposes), "ยืนยัน"
                          # (insists), "คัดค้าน" (opposes), "ชุมนุม" (rallies), "รวมตัว" (gathers), "ติดตาม" (follows
                          # up), "ออกมา"/"ออกแถลง..." (comes out, issues a statement), "เดินทาง"/"เดินขบวน" (travels,
                          # marches), "เข้ายื่น"/"เข้าพบ"/"เข้าร่วม" (goes to submit, to meet, joins), "นำโดย" (led by);
                          # "นั้น"/"นี้" (that, this), "เมื่อ" (when), "หรือ" (or), "ด้วย" (too)
                          "|กล่าว|เปิดเผย|ระบุ|แถลง|ประกาศ|เสนอ|ยืนยัน|คัดค้าน|ชุมนุม|รวมตัว|ติดตาม|ออก(?:มา|แถลง)"
                          "|เดิน(?:ทาง|ขบวน)|เข้า(?:ยื่น|พบ|ร่วม)|นำโดย|นั้น|นี้|เมื่อ|หรือ|ด้วย")
# A name goes on from its head with a noun (its workers, sector, enterprise); a verb or an auxiliary right after the head
# makes the head the subject of a clause: "สหภาพแรงงานมีส่วนในการต่อสู้" (unions take part in ...), "สหภาพแรงงานยังมี
# บทบาท" (unions still have a role), "สหภาพแรงงานพัฒนาสนามเด็กเล่น" (unions improve a playground), "สหภาพแรงงานก็",
# "สหภาพแรงงานคือ" (a union is ...), "สหภาพแรงงานปกป้องชาติ" (unions protect the nation); "ระดับ" (level: "สหภาพแรงงานระดับชาติ", a national-level union) says what
# kind of union, not which. ("มีน", as in "มีนบุรี", is a place.)
_THAI_VERB_AFTER_HEAD = re.compile("มี(?!น)|ยัง|ก็|คือ|จึง|มัก|ควร|สามารถ|เคย|กำลัง|เริ่ม|ไม่|พัฒนา|จัด|ระดับ|ปกป้อง"
                                   "|ดำเนิน"  # "การเจรจา...กับสหภาพแรงงานดำเนินมาถึงรอบที่ 11" (talks ... went on to)
                                   "|แยก"  # "สหภาพแรงงานแยกตัวออกมา" (unions split off)
                                   # "แห่ง" as a classifier: "สหภาพแรงงานแห่งที่สอง", "...แห่งแรก" (the second, the
                                   # first union), not "of" ("...แห่งประเทศไทย", "...แห่งชาติ")
                                   "|แห่ง(?:ที่|แรก|$)")
_THAI_LABOUR = re.compile("แรงงาน|ลูกจ้าง|คนงาน|คนทำงาน|พนักงาน")
# The Buddhist and the Christian era, dotted ("พ.ศ.นี้", this era's): its first letter glued to a name is no part of it
_THAI_ERA = re.compile(r"[พค]\.ศ\.")
# "สมาพันธ์... (สรส.)" teaches the acronym, and so does one of dotted parts: "(สร.กฟผ.)" (the union of EGAT), "(ส.ค.ท.)",
# or one in Latin letters: "สมาพันธ์แรงงานกัมพูชา (CLC)" (a foreign body's Thai name), "สหภาพแรงงานโลหะแห่งเยอรมนี
# (IG Metall)" (an acronym and a word: the German union's short name)
_THAI_ACRONYM_AFTER = re.compile(
    r" ?\(((?:[\u0e01-\u0e2e]{1,6}\.){2,4}|[\u0e01-\u0e2e]{2,6}\.?|[A-Z][A-Z.]{1,8}(?: [A-Z][a-z]{2,12})?) ?\)")
# "และ" (and) inside a name whose run ends "of Thailand" or "and nearby" ("สหภาพแรงงานชิ้นส่วนยานยนต์และโลหะแห่งประเทศไทย",
# "กลุ่มสหภาพแรงงานย่านรังสิตและใกล้เคียง"): the name runs to that end. A group of an area's unions ("กลุ่ม") starts
# at its own word, and its area may be two places joined by a dash ("กลุ่มสหภาพแรงงานอ้อมน้อย-อ้อมใหญ่"); "กลุ่ม"
# before any other union is a group within it ("กลุ่มสหภาพแรงงานรัฐวิสาหกิจ กฟผ.").
_THAI_NAME_ENDS_AFTER_AND = ("แห่งประเทศไทย", "และใกล้เคียง")
# ... and so does a run that its acronym follows in brackets: "สหภาพแรงงานอิเล็คทรอนิคส์และเครื่องไฟฟ้าสัมพันธ์ (สอฟส.)"
_THAI_GROUP = "กลุ่ม"
# A network of unions ("เครือข่ายสหภาพแรงงานธนาคารและสถาบันการเงิน", the bank and finance unions' network) is no
# union, and the head after its word names the network's members, not one union
_THAI_NETWORK = "เครือข่าย"
_THAI_AREA_WORDS = ("ย่าน", "ภาค")  # an area ("ย่านรังสิต"), a region ("ภาคใต้")
_THAI_DASHED_PLACE = re.compile(f" ?[-–] ?[{_THAI_LETTERS}]+")
# A sector alone after the head says what kind of union, and names none: "สหภาพแรงงานรัฐวิสาหกิจ" (a state enterprise
# workers' union), "สหพันธ์แรงงานรัฐวิสาหกิจ", "สหภาพแรงงานอุตสาหกรรม" (an industrial union); a name goes on after it
# ("...รัฐวิสาหกิจสัมพันธ์", "...รัฐวิสาหกิจรถไฟ") or has its enterprise's letters after a space ("... กฟผ.").
_THAI_SECTORS = frozenset({"รัฐวิสาหกิจ", "อุตสาหกรรม"})
# A Thai subsidiary's registered name ends "(ประเทศไทย)" after a space ("บริษัท ซันโคโกเซ (ประเทศไทย) จำกัด"), and
# a union named after its company keeps it, with or without the brackets: "สหภาพแรงงานซันโคโกเซ ประเทศไทย", also
# after the rest of the company's name in one or two words ("สหภาพแรงงานมิตซูบิชิ อิเล็คทริค ประเทศไทย",
# "สหภาพแรงงานเอจีซี แฟลทกลาส (ประเทศไทย)"), none of them a clause's word, a verb or another body's head.
_THAI_SUBSIDIARY_END = re.compile(rf"((?: [{_THAI_LETTERS}]+){{0,2}}) \(?(?:แห่ง)?ประเทศไทย(?:\)|(?![{_THAI_LETTERS}]))")
# "(แห่ง)ประเทศไทย" ((of) Thailand) ends a name: a word glued after it starts the sentence's predicate
# ("สหภาพแรงงานการท่าเรือแห่งประเทศไทยคัดค้าน...", opposes; "...ประเทศไทยยืนยัน", insists)
_THAI_COUNTRY_IN_NAME = re.compile("(?:แห่ง)?ประเทศไทย")
_THAI_OF_THAILAND = "แห่งประเทศไทย"
# A head, or a head and its sector, written apart from its enterprise (Thai spaces separate phrases): the enterprise
# after "บริษัท"/"บมจ." (company, public company), to its "จำกัด" (limited) when that follows within a few words
# ("สหภาพแรงงาน บริษัท ไทรอัมพ์ อินเตอร์เนชั่นแนล จำกัด", "สหภาพแรงงานรัฐวิสาหกิจ บมจ.การบินไทย"), or an enterprise
# "of Thailand" ("สหภาพแรงงานรัฐวิสาหกิจ การไฟฟ้าฝ่ายผลิตแห่งประเทศไทย", "สหภาพแรงงาน อิเลคโทรลักซ์ ประเทศไทย"). The
# union's name is the head glued to its enterprise, as Thai writes it ("สหภาพแรงงานรัฐวิสาหกิจการบินไทย"); the first
# "of Thailand" ends it ("... แห่งประเทศไทย ร่วมกับสหพันธ์...แห่งประเทศไทย": the next body is another).
_THAI_ENTERPRISE_AFTER = re.compile(
    rf"(\s?รัฐวิสาหกิจ)?\s(?:(?:บริษัท|บมจ\.)\s?(?:([{_THAI_LETTERS}.]+(?: [{_THAI_LETTERS}.]+){{0,3}}?)\s?จำกัด"
    rf"|([{_THAI_LETTERS}.]+))|([{_THAI_LETTERS}]+?(?: [{_THAI_LETTERS}]+?){{0,2}}?(?:แห่งประเทศไทย| ประเทศไทย)))(?![{_THAI_LETTERS}])")
_THAI_BODY_HEADS = ("สหภาพ", "สมาพันธ์", "สหพันธ์", "สภา")
# A state enterprise's union with its enterprise's own name after a space, one phrase that opens with a state body's
# word (organisation, bank, the railway, the post, the airports, a factory, an authority: "สหภาพแรงงานรัฐวิสาหกิจ
# องค์การสวนพฤกษศาสตร์", "สหภาพแรงงานรัฐวิสาหกิจ รถไฟฟ้า"): the name as written, the enterprise apart ("การเจรจา",
# the talks, opens no enterprise).
_THAI_STATE_BODY_AFTER = re.compile(
    rf" ((?:องค์การ|ธนาคาร|รถไฟ|ไปรษณีย์|ท่าอากาศยาน|โรงงาน|การ(?:ไฟฟ้า|ประปา|ท่าเรือ|รถไฟ|ทางพิเศษ|เคหะ|บิน|สื่อสาร))"
    rf"[{_THAI_LETTERS}]*)(?![{_THAI_LETTERS}.])")
# "สัมพันธ์" (relations) ends many a union's name ("สมาพันธ์แรงงานรัฐวิสาหกิจสัมพันธ์"), and a name may write it apart
# after a space: "กลุ่มสหภาพแรงงานอมตะ-เวลโกร์ว สัมพันธ์" (the Amata-Wellgrow unions' relations group), also glued to a
# clause after it ("...สัมพันธ์ได้ให้สัมภาษณ์"); not "สัมพันธ์" opening a longer word ("สัมพันธภาพ").
_THAI_RELATIONS_AFTER = re.compile(" สัมพันธ์")
# The press drops "แรงงาน" (labour) from a state enterprise union's head and glues the enterprise to it:
# "สหภาพรัฐวิสาหกิจการบินไทย" (the Thai Airways state enterprise union), "สหภาพรัฐวิสาหกิจการไฟฟ้า...". Only before a
# state body's word (see _THAI_STATE_BODY_AFTER) is it a name, the union's as its register writes it, with "แรงงาน";
# "สหภาพรัฐวิสาหกิจมีบทบาท", "สหภาพรัฐวิสาหกิจแต่ละแห่ง" (state enterprise unions have a role, each of them) name none.
_THAI_STATE_UNION_WITHOUT_LABOUR = re.compile(
    rf"สหภาพ(รัฐวิสาหกิจ(?:องค์การ|ธนาคาร|รถไฟ|ไปรษณีย์|ท่าอากาศยาน|การ(?:ไฟฟ้า|ประปา|ท่าเรือ|รถไฟ|ทางพิเศษ|เคหะ|บิน"
    rf"|สื่อสาร))[{_THAI_LETTERS}]*)")
_THAI_LETTER_AT = re.compile(f"[{_THAI_LETTERS}]")


def _thai_enterprise_after(original: str, end: int) -> tuple[int, str] | None:
    """Where the enterprise written apart after a union's head (see _THAI_ENTERPRISE_AFTER) ends, and the words the
    name glues on: its sector ("รัฐวิสาหกิจ") if written apart too, and the enterprise without its company words."""
    enterprise = _THAI_ENTERPRISE_AFTER.match(original, end)
    if enterprise is None:
        return None
    sector, limited, company, of_thailand = enterprise.groups()
    words = (limited or company or "").replace(" ", "") or of_thailand
    if _THAI_CLAUSE.match(words) or _THAI_VERB_AFTER_HEAD.match(words) or words.startswith(_THAI_BODY_HEADS):
        return None
    return enterprise.end(), (sector or "").strip() + words


def _thai_subsidiary_end(original: str, end: int) -> int | None:
    """Where a union's name ends that goes on from `end` with its company's "(ประเทศไทย)" (see _THAI_SUBSIDIARY_END),
    or None."""
    subsidiary = _THAI_SUBSIDIARY_END.match(original, end)
    if subsidiary is None or any(
            _THAI_CLAUSE.match(word) or _THAI_VERB_AFTER_HEAD.match(word) or word.startswith(_THAI_BODY_HEADS)
            or word in ("บริษัท", "จำกัด") for word in subsidiary.group(1).split()):
        return None
    return subsidiary.end()


def _thai_names(original: str, taken: list[tuple[int, int]], is_place: Callable[[str], bool]) -> list[FoundName]:
    """Thai union names not inside `taken` spans (see _THAI_UNION); a head with only a country or a sector after it
    ("สหภาพแรงงานไทย", Thai labour unions; see _THAI_SECTORS) names none, nor does a federation of a country's unions
    ("สหพันธ์สหภาพแรงงานกัมพูชา", a Cambodian federation of unions)."""
    spans = TextSpans(taken)
    names: list[FoundName] = []
    for match in _THAI_STATE_UNION_WITHOUT_LABOUR.finditer(original):
        body = match.group(1)
        if (clause := _THAI_CLAUSE.search(body, len("รัฐวิสาหกิจ"))) is not None:
            body = body[:clause.start()]
        if (country := _THAI_COUNTRY_IN_NAME.search(body)) is not None:
            body = body[:country.end()]
        start, end = match.start(), match.start(1) + len(body)
        after = _THAI_ACRONYM_AFTER.match(original, end)
        if not spans.overlaps(start, end):
            names.append(FoundName(start, end, "สหภาพแรงงาน" + body, after.group(1) if after else None))
    for match in _THAI_UNION.finditer(original):
        if original.endswith(_THAI_NETWORK, 0, match.start()):
            continue
        head, rest, spelt = match.group(1), match.group(2), match.group(3)
        if spelt == " บมจ.":
            spelt = None  # "public company", before the company's name (see _THAI_ENTERPRISE_AFTER), no acronym
        if rest and _THAI_ERA.match(original, match.end(2) - 1):
            rest, spelt = rest[:-1], None
        if (country := _THAI_COUNTRY_IN_NAME.search(rest)) is not None and country.end() < len(rest):
            rest, spelt = rest[:country.end()], None
        clause = _THAI_CLAUSE.search(rest)
        spelt_after = _THAI_ACRONYM_AFTER.match(original, match.end(2)) is not None
        while clause is not None and clause.group() == "และ" and (
                rest.endswith(_THAI_NAME_ENDS_AFTER_AND) or spelt_after) and not rest.startswith(
                _THAI_BODY_HEADS, clause.end()):  # "...และสหพันธ์..." joins two bodies, not one name
            clause = _THAI_CLAUSE.search(rest, clause.end())
        if clause is not None:
            rest, spelt = rest[:clause.start()], None
        # a verb-like word may open a name "of Thailand": "สภาองค์การลูกจ้างพัฒนาแห่งประเทศไทย" (พัฒนา, develop)
        if _THAI_VERB_AFTER_HEAD.match(rest) and not rest.endswith(_THAI_OF_THAILAND):
            continue
        if clause is None and spelt is None and rest.removeprefix("แรงงาน") in ("", *_THAI_SECTORS) and (
                enterprise := _thai_enterprise_after(original, match.end(2))) is not None:
            end, glued = enterprise
            after = _THAI_ACRONYM_AFTER.match(original, end)
            if not spans.overlaps(match.start(), end):
                names.append(FoundName(match.start(), end, head + rest + glued, after.group(1) if after else None))
            continue
        if clause is None and spelt is None and rest.removeprefix("แรงงาน") == "รัฐวิสาหกิจ" and (
                body := _THAI_STATE_BODY_AFTER.match(original, match.end(2))) is not None and (
                _THAI_CLAUSE.search(body.group(1)) is None):
            start, end = match.start(), body.end()
            after = _THAI_ACRONYM_AFTER.match(original, end)
            if not spans.overlaps(start, end):
                names.append(FoundName(start, end, original[start:end], after.group(1) if after else None))
            continue
        if len(rest) < 2 or not _THAI_LABOUR.search(head + rest) or is_place(fold(rest)) or (
                rest.startswith("สหภาพแรงงาน") and is_place(fold(rest.removeprefix("สหภาพแรงงาน")))) or (
                spelt is None and rest.removeprefix("แรงงาน") in _THAI_SECTORS) or (
                # a federation's head alone ("สหพันธ์แรงงาน 3 แห่ง", three labour federations) names none
                spelt is None and head in ("สมาพันธ์", "สหพันธ์") and rest == "แรงงาน"):
            continue
        end = match.start(2) + len(rest) + (len(spelt) if spelt else 0)
        if end == match.end(2) and head.startswith("สหภาพ") and (
                subsidiary := _thai_subsidiary_end(original, end)) is not None:
            end = subsidiary
        start = match.start()
        if original[start - len(_THAI_GROUP):start] == _THAI_GROUP and head == "สหภาพแรงงาน":
            dashed = _THAI_DASHED_PLACE.match(original, end) if end == match.end(2) else None
            if dashed or rest.startswith(_THAI_AREA_WORDS) or rest.endswith("และใกล้เคียง"):
                start, end = start - len(_THAI_GROUP), dashed.end() if dashed else end
        if (relations := _THAI_RELATIONS_AFTER.match(original, end)) is not None and (
                not _THAI_LETTER_AT.match(original, relations.end()) or _THAI_CLAUSE.match(original, relations.end())):
            end = relations.end()
        after = _THAI_ACRONYM_AFTER.match(original, end)
        if not spans.overlaps(start, end):
            names.append(FoundName(start, end, original[start:end], after.group(1) if after else None))
    return names


# A Vietnamese union of a sector or trade is named "Công đoàn <sector> Việt Nam" (the Vietnam ... Trade Union): each
# word of the sector capitalised on its first syllable only ("Công đoàn Viên chức Việt Nam", the civil servants';
# "Công đoàn Giao thông Vận tải Việt Nam", the transport workers'). "công đoàn" in lower case is the word for a union.
_VIETNAMESE_UPPER = "A-ZĐÀ-ÝĂÂÊÔƠƯẠ-Ỹ"
_VIETNAMESE_UNION = re.compile(
    rf"(?:Công đoàn|CĐ)((?: [{_VIETNAMESE_UPPER}][^\W\d_]*(?: [a-zđà-ỹ][^\W\d_]*)?){{1,5}}) Việt Nam(?![^\W\d_])")
# News pages shorten "Công đoàn" to "CĐ" ("CĐ Y tế Việt Nam"); the name is written out in full


# A province's or city's union of a sector, "Công đoàn ngành <sector>" (the <sector> union), is named so without its
# province ("Công đoàn ngành Y tế", "Công đoàn ngành giáo dục"), its sector's words capitalised or not; only the
# union with its capital "Công" (a name) and one of the sectors the VGCL organises by, and not the national union
# ("... Việt Nam", see _VIETNAMESE_UNION).
_VIETNAMESE_SECTOR_UNION = re.compile(
    "Công đoàn ngành ((?i:giáo dục|y tế|dệt may|công thương|xây dựng|giao thông vận tải|ngân hàng|điện lực|cao su"
    "|nông nghiệp và phát triển nông thôn|nông nghiệp|văn hóa|tài chính|thông tin và truyền thông|công an|quốc phòng))"
    r"(?![^\W\d_])(?! Việt Nam)")


# An enterprise's (grassroots) union is named "Công đoàn [cơ sở] <firm word> [legal form] <firm's name>" ("Công đoàn
# cơ sở Công ty TNHH Pou Li Việt Nam", "công đoàn Cty Taekwang Vina", "CĐCS Công ty ..."): only with a capitalised
# firm word and at least one capitalised word of the firm's name ("công đoàn cơ sở công ty", the company's union, is
# only referred to). The firm's name runs over capitalised words; lower-case words join it only between two of them,
# one or two words of a compound ("Hóa chất Vĩnh Thịnh") or up to four ending in an administrative unit before its
# place ("Môi trường đô thị huyện Châu Phú"), and never a function word or a verb that starts a clause.
_VIETNAMESE_ENTERPRISE_HEAD = re.compile(
    r"(?:[Cc]ông đoàn|CĐ)(?P<grassroots> cơ sở)? |(?P<initials>CĐCS) ")
_VIETNAMESE_FIRM = re.compile(
    r"(?:Tổng [Cc]ông ty|Công ty|Cty|CTy|Xí nghiệp|Nhà máy|Tập đoàn)"
    r"(?: (?:TNHH(?: MTV| một thành viên)?|CP|[Cc]ổ phần|MTV|Liên doanh))?(?![^\W\d_])")
_VIETNAMESE_WORD = re.compile(r" ([^\W\d_]+)(?![^\W\d_])")
_VIETNAMESE_ADMINISTRATIVE_UNITS = frozenset({"huyện", "tỉnh", "quận", "xã", "phường", "thị", "thành", "phố"})
_VIETNAMESE_NOT_IN_NAME = frozenset({
    "từ", "về", "tại", "của", "và", "với", "cho", "ở", "đã", "được", "đang", "sẽ", "là", "có", "trong", "theo", "đến",
    "tới", "cùng", "vừa", "cũng", "không", "này", "đó", "khi", "để", "thì", "mà", "nên", "các", "những", "một", "bị",
    "do", "vì", "nhằm", "sau", "trước", "trên", "ra", "vào", "lên", "nhưng", "hay", "hoặc", "như", "đều", "còn", "tổ",
    "trao", "tặng", "thăm", "phối", "tiến", "tham", "ký", "nhận", "gửi", "đề", "kiến", "họp", "làm", "biết",
    "đại", "chủ", "ban", "thuộc", "gồm", "năm", "ngày", "tháng"})
_VIETNAMESE_NEW_HEAD = ("Công đoàn", "Liên đoàn", "Tổng Liên đoàn")
_VIETNAMESE_FIRM_NAME_WORDS = 12


def _vietnamese_firm_name_end(original: str, position: int) -> int | None:
    """Where the firm's name that starts at `position` (after its firm word) ends, or None when it has no capitalised
    word (see _VIETNAMESE_ENTERPRISE_HEAD); at most _VIETNAMESE_FIRM_NAME_WORDS words are read."""
    end: int | None = None
    gap: list[str] = []  # the lower-case words since the last capitalised one
    for _ in range(_VIETNAMESE_FIRM_NAME_WORDS):
        word = _VIETNAMESE_WORD.match(original, position)
        if word is None or original.startswith(_VIETNAMESE_NEW_HEAD, word.start(1)):
            break
        text = word.group(1)
        if text[0].isupper():
            if gap and not (len(gap) <= 2 or len(gap) <= 4 and gap[-1] in _VIETNAMESE_ADMINISTRATIVE_UNITS):
                break
            end, gap = word.end(), []
        elif text in _VIETNAMESE_NOT_IN_NAME or len(gap) == 4:
            break
        else:
            gap.append(text)
        position = word.end()
    return end


def _vietnamese_enterprise_names(original: str, spans: TextSpans) -> list[FoundName]:
    """Enterprises' unions (see _VIETNAMESE_ENTERPRISE_HEAD) not inside `spans`, named "Công đoàn [cơ sở] <firm>"."""
    names = []
    for head in _VIETNAMESE_ENTERPRISE_HEAD.finditer(original):
        firm = _VIETNAMESE_FIRM.match(original, head.end())
        if firm is None or (end := _vietnamese_firm_name_end(original, firm.end())) is None:
            continue
        if not spans.overlaps(head.start(), end):
            grassroots = " cơ sở" if head.group("grassroots") or head.group("initials") else ""
            names.append(FoundName(head.start(), end, f"Công đoàn{grassroots} {original[firm.start():end]}", None))
    return names


def holds_vietnamese_gate(original: str) -> bool:
    """True when `original` holds a gate of _vietnamese_names ("Công đoàn ", "CĐ "). Each gate has "đ" or "Đ",
    looked for first: a search for one letter is quicker than for a word, and most texts have neither."""
    return ("đ" in original or "Đ" in original) and (
        "Công đoàn " in original or "công đoàn " in original or "CĐ " in original or "CĐCS " in original)


def holds_cobas_gate(original: str, folded: str) -> bool:
    """True when `original` holds "Cobas" or "COBAS"; `folded` is `normalize(original).lower`, where both are
    "cobas": one scan where most texts have neither, in place of two."""
    return "cobas" in folded and ("Cobas" in original or "COBAS" in original)


def _vietnamese_names(original: str, taken: list[tuple[int, int]]) -> list[FoundName]:
    """Vietnamese sector and enterprise unions' names (see _VIETNAMESE_UNION, _VIETNAMESE_SECTOR_UNION,
    _VIETNAMESE_ENTERPRISE_HEAD) not inside `taken` spans."""
    enterprise = _vietnamese_enterprise_names(original, TextSpans(taken))
    spans = TextSpans(taken + [(name.start, name.end) for name in enterprise])
    national = [FoundName(match.start(), match.end(), "Công đoàn" + match.group(1) + " Việt Nam", None)
                for match in _VIETNAMESE_UNION.finditer(original) if not spans.overlaps(match.start(), match.end())]
    sector = [FoundName(match.start(), match.end(), match.group(), None)
              for match in _VIETNAMESE_SECTOR_UNION.finditer(original) if not spans.overlaps(match.start(), match.end())]
    return enterprise + national + sector


# Bulgarian names a confederation's member union by its name or acronym and "към" with the confederation's ("СБУ към
# КНСБ", "Синдикатът на железничарите в България към КНСБ", "НУС към КНСБ и СО към КТ „Подкрепа“"): the words before
# "към" are the member's name, which the recogniser reads no head in when Bulgarian puts the article on the head
# ("Синдикатът", "Синдиката", "Федерацията") or writes the acronym alone. The name is taken in the nominative (the
# article dropped from the head; a second article on the noun after an articled adjective, a slip of the page, dropped
# too: "на българските учителите" is "на българските учители"); a head in lower case ("миньорската федерация към КТ
# „Подкрепа“") or a name the directory knows names nothing new.
_BULGARIAN_CONFEDERATION_AFTER = re.compile(r" към (?:КНСБ|КТ ?[„\"“]?Подкрепа|„Подкрепа“)")
_BULGARIAN_MEMBER_ACRONYM = re.compile(r"(?<![\w/„\"“-])([А-Я]{2,6})$")
_BULGARIAN_MEMBER_NAME = re.compile(
    r"(?<![\w-])(Синдикат(?:ът|а)?|Федерация(?:та)?|Съюз(?:ът|а)?) ((?:на|за|от) [а-я][а-я ,-]*?"
    r"(?: (?:в|на) [А-Я][а-я]+)?)$")
_BULGARIAN_HEAD_NOMINATIVE = {"Синдикатът": "Синдикат", "Синдиката": "Синдикат", "Федерацията": "Федерация",
                              "Съюзът": "Съюз", "Съюза": "Съюз"}
_BULGARIAN_DOUBLE_ARTICLE = re.compile(r"(\w+(?:ските|ните|ите)) (\w+)ите$")


def _bulgarian_members_before_their_confederation(original: str, taken: list[tuple[int, int]]) -> list[FoundName]:
    """Member unions named by their name or acronym before "към" and their confederation (see
    _BULGARIAN_CONFEDERATION_AFTER), not inside `taken` spans."""
    spans = TextSpans(taken)
    names: list[FoundName] = []
    for after in _BULGARIAN_CONFEDERATION_AFTER.finditer(original):
        before = original[max(0, after.start() - 90):after.start()]
        offset = after.start() - len(before)
        if (acronym := _BULGARIAN_MEMBER_ACRONYM.search(before)) is not None:
            start, written = offset + acronym.start(1), acronym.group(1)
        elif (named := _BULGARIAN_MEMBER_NAME.search(before)) is not None:
            head = _BULGARIAN_HEAD_NOMINATIVE.get(named.group(1), named.group(1))
            start, written = offset + named.start(), _BULGARIAN_DOUBLE_ARTICLE.sub(r"\1 \2и", f"{head} {named.group(2)}")
        else:
            continue
        if not spans.overlaps(start, after.start()):
            names.append(FoundName(start, after.start(), written, None))
    return names


# Mongolian union names end in their head, "үйлдвэрчний эвлэл" (trade union), "... үйлдвэрчний эвлэлийн холбоо" (a
# federation of them) or "... Үйлдвэрчний хороо" (a workplace's union committee), with a case ending joined to its last
# word ("холбооны", "хорооноос"); the words before it are genitives and nouns in lower case back to the name's first,
# a capitalised place or the country ("Монголын эрчим хүч, геологи, уул уурхайн үйлдвэрчний эвлэлийн холбоо",
# "Эрдэнэт үйлдвэрийн Үйлдвэрчний хороо"). A head with no capitalised word before it within a few words
# ("салбарын үйлдвэрчний эвлэл") is only referred to; so is one whose capitalised word only opens a sentence
# ("Салбарын үйлдвэрчний эвлэл ..."), unless that word is a place's (its genitive ending dropped) or the head is
# written with a capital as a name's ("Үйлдвэрчний хороо").
_MONGOLIAN_HEAD = re.compile(r"[Үү]йлдвэрчний (?:[Ээ]влэлийн [Хх]олбоо|[Хх]ороо|[Ээ]влэл)")
_MONGOLIAN_NAME_WORDS = 7  # lower-case words walked back over from the head at most
_MONGOLIAN_WORD = re.compile(r"[А-ЯЁӨҮа-яёөү]+,?")
_MONGOLIAN_GENITIVES = ("ийн", "ын", "ний", "ны", "н")


def _mongolian_stems(word: str) -> list[str]:
    """`word` and its stems without a genitive ending ("Монголын" -> "Монгол")."""
    return [word, *(word[:-len(ending)] for ending in _MONGOLIAN_GENITIVES if word.endswith(ending) and len(word) > len(ending) + 2)]


def _mongolian_names(original: str, taken: list[tuple[int, int]], is_place: Callable[[str], bool]) -> list[FoundName]:
    """Mongolian union names (see _MONGOLIAN_HEAD) not inside `taken` spans."""
    spans = TextSpans(taken)
    names: list[FoundName] = []
    for head in _MONGOLIAN_HEAD.finditer(original):
        words = list(_MONGOLIAN_WORD.finditer(original, max(0, head.start() - 120), head.start()))
        start, following = None, head.start()
        for word in reversed(words[-_MONGOLIAN_NAME_WORDS - 1:]):
            if original[word.end():following].strip(" ,"):
                break  # something else than a space or a comma between the name's words
            if word.group()[:1].isupper():
                start = word.start()
                break
            following = word.start()
        if start is None or original[start:head.start()].count("\n") or spans.overlaps(start, head.end()):
            continue
        between = original[start:head.start()]
        if any(mark in between for mark in ".;:!?()\"«»“”"):
            continue
        opening = original[:start].rstrip()
        if (not opening or opening[-1] in ".!?…") and not head.group()[:1].isupper() and not any(
                is_place(fold(stem)) for stem in _mongolian_stems(original[start:head.start()].split()[0].rstrip(","))):
            continue  # a sentence's first word, capitalised as any is
        names.append(FoundName(start, head.end(), original[start:head.end()], None))
    return names


# Union names in Bangla, Urdu and Devanagari script, which have no capitals to show where a name starts:
# the words of union names (folded) right before a head word ("জাতীয় গার্মেন্টস শ্রমিক ফেডারেশন",
# "ریلوے ورکرز یونین", "अखिल भारतीय कोयला खदान मजदूर संघ"), back to the first word that is not one. A head may carry a case ending
# ("ফেডারেশনের"); a name needs a labour word, so "আওয়ামী লীগ" (a party) is none, and a word
# besides, so "শ্রমিক ফেডারেশন" (a workers' federation) is only referred to.
@dataclass(frozen=True)
class _ScriptNames:
    """One script's head words (folded), their case endings, and the words its union names are made of."""

    heads: tuple[str, ...]
    head_endings: tuple[str, ...]
    name_words: frozenset[str]
    labour_words: frozenset[str]
    joiners: frozenset[str] = frozenset()  # "and" inside a name ("বস্ত্র ও পোশাক শিল্প"), never its first word
    # words that with labour words alone make no name: "भारतीय ट्रेड यूनियन" (an Indian trade union)
    plain_words: frozenset[str] = frozenset()
    # words after a company's own name ("अनमोल इंडस्ट्रीज इम्पलाईज यूनियन"): the one word before them is the name's too
    company_words: frozenset[str] = frozenset()
    # states written after a Hindi name's head, which are the name's ("भवन निर्माण कामगार यूनियन हरियाणा", "महिला
    # आंगनवाड़ी एवम कर्मचारी संघ उत्तर प्रदेश"), unless their government or a place in them follows ("... संघ
    # हरियाणा सरकार से", "... संघ बिहार में"): folded, one word or two
    trailing_states: frozenset[str] = frozenset()
    not_after_states: frozenset[str] = frozenset()
    # words a comma may separate inside a name: the vehicles of a transport union ("ট্রাক, ট্যাংকলরি,
    # কভার্ডভ্যান শ্রমিক ইউনিয়ন"), which lists them
    list_words: frozenset[str] = frozenset()
    # words a name may open with ("জাতীয়", a district, "জেলা"): one or two words the script's list lacks between
    # one of them and the rest of the name are the name's (a trade: "জাতীয় ঘাট শ্রমিক লীগ", "সিলেট জেলা স’মিল
    # শ্রমিক ইউনিয়ন"), unless they carry a case ending ("জাতীয় প্রেসক্লাবের সামনে ...": a place, a phrase)
    openers: frozenset[str] = frozenset()
    case_endings: tuple[str, ...] = ()
    # words after a place's own name ("উপজেলা", sub-district): the one word before them is the name's too
    # ("মঠবাড়িয়া উপজেলা হ্যান্ডিলিং শ্রমিক ইউনিয়ন")
    place_words: frozenset[str] = frozenset()
    not_places: frozenset[str] = frozenset()  # words no place's name is, so never the word before a place word
    level_words: frozenset[str] = frozenset()
    national_words: frozenset[str] = frozenset()  # the words a national union's name opens with ("জাতীয়")
    # the level words a name opens with, with no place written before them, that always name the committee of the
    # union named after them (Hindi "जिला", "प्रदेश": "जिला प्राथमिक शिक्षक संघ", the district committee of the
    # primary teachers' union), where Bangla's name it only before a national name (see level_words)
    committee_levels: frozenset[str] = frozenset()
    # the common noun "union", which after one trade's word and a labour word alone names the trade's union, referred
    # to ("চা শ্রমিক ইউনিয়ন", the tea workers' union; "बैंक कर्मचारी यूनियन", the bank employees' union): the names
    # say whose, with a place, the nation or a firm ("বাংলাদেশ চা শ্রমিক ইউনিয়ন", "सेल स्टील वर्कर्स यूनियन")
    common_heads: frozenset[str] = frozenset()
    # the script's own words for workers (not the English ones it spells: "रेलवे एम्पलाईज यूनियन", "बिजली एंपलॉयज
    # यूनियन" are names, in English), which alone describe the union with common_heads
    native_labour_words: frozenset[str] = frozenset()
    # names of Latin letters, words of a name only beside one another ("پی آئی اے", PIA): one alone at a name's
    # start is a word that folds like one ("سے", from, folds as "سی", C)
    letter_words: frozenset[str] = frozenset()
    # words no name starts with right after a word the walk does not know: there the name's start is cut
    # ("জাহাজভাঙা শ্রমিক ট্রেড ইউনিয়ন কেন্দ্র"); Urdu names do start with "مزدور" after "میں" (in)
    cut_starts: frozenset[str] = frozenset()
    # heads that say "union" alone ("ফেডারেশন", "یونین"), and words of trades and sectors that stand for a labour
    # word before them in a name of two words or more ("ইউনাইটেড গার্মেন্টস ফেডারেশন", "عوامی رکشہ یونین",
    # "آل پاکستان لوکل گورنمنٹ فیڈریشن"); "বাংলাদেশ পরিবহন মালিক ফেডারেশন" (owners) stops at "মালিক"
    trade_heads: frozenset[str] = frozenset()
    trade_words: frozenset[str] = frozenset()
    # heads that right after another head name unions allied, a platform and no union ("জাহাজভাঙা শ্রমিক ট্রেড ইউনিয়ন
    # ফোরাম", a forum of shipbreaking workers' unions), as "Railway Trade Union Alliance" does in English
    allied_heads: frozenset[str] = frozenset()
    # Arabic: the head comes first and the name after it ("نقابة المعلمين اليمنيين"), see _name_after_head
    head_first: bool = False
    # heads written against the word before, with no space, after one of the name's words ("ٹیچرزیونین",
    # "لیبرفیڈریشن": Urdu's letters that join no letter after them hide a missing space): read as two words
    glued_heads: frozenset[str] = frozenset()
    # words that after a numeral count what follows (Bangla "টি", "টা": "১৩টি জাতীয় ট্রেড ইউনিয়ন ফেডারেশন", thirteen
    # national federations): heads counted so are a plural, no name
    classifiers: frozenset[str] = frozenset()
    # an English trade word the script's letters spell like one of its letter names or classifiers (Bangla "টি",
    # tea, also "T" and the classifier): a name's word only between a name word and a labour word ("ত্রিপুরা টি
    # ওয়ার্কার্স ইউনিয়ন"), never after a numeral ("১০ টি কেন্দ্রীয় ট্রেড ইউনিয়ন")
    inner_trade_words: frozenset[str] = frozenset()
    first_head_words: frozenset[str] = frozenset()
    # a head's first word as it is written, alone or with one of `head_endings` joined (see _heads_starting_with)
    headed_words: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        object.__setattr__(self, "first_head_words", frozenset(head.split()[0] for head in self.heads))
        object.__setattr__(self, "headed_words", frozenset(
            head + ending for head in self.first_head_words for ending in ("", *self.head_endings)))


def _folded_words(words: str) -> frozenset[str]:
    """The folded words of a whitespace-separated list."""
    return frozenset(fold(word) for word in words.split())


# A Bangladeshi local union is named by its district or city first ("সিলেট জেলা হোটেল শ্রমিক ইউনিয়ন", "বরিশাল
# নৌযান শ্রমিক ইউনিয়ন"): the 64 districts (which name the divisions' cities too) and the word for district.
_BANGLADESH_DISTRICTS = """
    ঢাকা গাজীপুর নারায়ণগঞ্জ নরসিংদী মানিকগঞ্জ মুন্সীগঞ্জ মুন্সিগঞ্জ কিশোরগঞ্জ টাঙ্গাইল ফরিদপুর গোপালগঞ্জ মাদারীপুর
    রাজবাড়ী শরীয়তপুর চট্টগ্রাম কক্সবাজার কুমিল্লা ফেনী নোয়াখালী লক্ষ্মীপুর চাঁদপুর ব্রাহ্মণবাড়িয়া রাঙ্গামাটি খাগড়াছড়ি
    বান্দরবান রাজশাহী নাটোর নওগাঁ চাঁপাইনবাবগঞ্জ চাপাইনবাবগঞ্জ পাবনা সিরাজগঞ্জ বগুড়া জয়পুরহাট খুলনা যশোর সাতক্ষীরা
    বাগেরহাট নড়াইল মাগুরা ঝিনাইদহ কুষ্টিয়া চুয়াডাঙ্গা মেহেরপুর বরিশাল পটুয়াখালী ভোলা পিরোজপুর ঝালকাঠি বরগুনা সিলেট
    মৌলভীবাজার হবিগঞ্জ সুনামগঞ্জ রংপুর দিনাজপুর গাইবান্ধা কুড়িগ্রাম লালমনিরহাট নীলফামারী পঞ্চগড় ঠাকুরগাঁও ময়মনসিংহ
    জামালপুর নেত্রকোনা শেরপুর জেলা উপজেলা মহানগর"""
# Folded, for the tagger: a district's committee of a national union is written as the union's name after the
# district ("নারায়ণগঞ্জ জেলা বস্ত্র ও পোশাক শিল্প শ্রমিক লীগ" beside "বাংলাদেশ বস্ত্র ও পোশাক শিল্প শ্রমিক লীগ").
PLACE_NAME_WORDS = _folded_words(_BANGLADESH_DISTRICTS)
# The Bangla press of India names a local union by its state, district or region first in the same way
# ("কোচবিহার আলিপুরদুয়ার চা বাগান মজদুর ইউনিয়ন", "পশ্চিম ত্রিপুরা অটোরিকশা শ্রমিক মজদুর সংঘ", "দার্জিলিং জেলা চা বাগান
# মজদুর ইউনিয়ন", "উত্তর ২৪ পরগনা জেলা ... ইউনিয়ন", "নিখিল বঙ্গ শিক্ষক সমিতি"): West Bengal's, Tripura's and Assam's
# Bangla-writing districts, the compass words that open them, and Bengal itself.
_INDIAN_BANGLA_PLACES = """
    পশ্চিমবঙ্গ বঙ্গ বঙ্গীয় বেঙ্গল নিখিল উত্তর দক্ষিণ পশ্চিম পূর্ব ২৪ পরগনা পরগণা কলকাতা হাওড়া হুগলি বর্ধমান নদিয়া
    মুর্শিদাবাদ মালদা মালদহ বীরভূম বাঁকুড়া পুরুলিয়া মেদিনীপুর দার্জিলিং জলপাইগুড়ি আলিপুরদুয়ার কোচবিহার শিলিগুড়ি
    ডুয়ার্স ত্রিপুরা আগরতলা ধলাই গোমতী খোয়াই ঊনকোটি সিপাহীজলা আসাম অসম কাছাড় করিমগঞ্জ শিলচর বরাক"""
# Those of them that are a place's own name, which may open a name as Bangladesh's districts do, before one or two
# words the list lacks ("কলকাতা স্ট্রিট হকার্স ইউনিয়ন": Kolkata's street hawkers); not the compass words, which
# are also "answer", "before" ("পূর্ব ঘোষিত": announced before), nor "নিখিল" (all)
_INDIAN_BANGLA_OPENERS = " ".join(
    place for place in _INDIAN_BANGLA_PLACES.split() if place not in ("উত্তর", "দক্ষিণ", "পশ্চিম", "পূর্ব", "নিখিল", "২৪"))
_INDIAN_BANGLA_OPENER_WORDS = _folded_words(_INDIAN_BANGLA_OPENERS)
_BANGLA_CONGRESS = fold("কংগ্রেস")
# "trade union" as Bangla, Hindi and Nepali write it, and the words a national union's name opens with (see
# _script_name_at: "... ট্রেড ইউনিয়ন বাংলাদেশ ...", "... ट्रेड युनियन नेपाल ...")
_SCRIPT_TRADE_WORDS = _folded_words("ট্রেড ट्रेड")
_SCRIPT_UNION_WORDS = _folded_words("ইউনিয়ন यूनियन युनियन")
_SCRIPT_NATION_OPENERS = _folded_words("বাংলাদেশ জাতীয় नेपाल अखिल भारतीय राष्ट्रीय राष्ट्रिय ऑल")
_BANGLA_VISARGA = "ঃ"  # Bangla's visarga, which the press also writes for a colon ("প্রতিনিধিঃ", correspondent:)
# Words no place's name is: the verbs and particles a sentence puts right before a committee's level ("সভাপতিত্ব
# করেন উপজেলা শ্রমিক জোটের সভাপতি", the upazila committee's president presided), so they are not the place
# "উপজেলা" and "জেলা" follow (see _ScriptNames.place_words)
_BANGLA_NOT_PLACES = """
    করেন করে করেছেন করেছে করেছিলেন দেন দেয় দেন। বলেন বলে জানান হন হয় ছিলেন থাকেন রাখেন দিয়েছেন নিয়েছেন
    এবং ও সহ থেকে নিয়ে দিয়ে অংশ উপস্থিত বক্তব্য সভাপতি সম্পাদক নেতা নেতৃবৃন্দ এদিন সেদিন আজ গতকাল আগামীকাল"""
_URDU_LETTERS = " اے بی سی ڈی ای ایف جی ایچ آئی جے ایل ایم این او پی کیو آر ایس ٹی یو وی ڈبلیو ایکس وائی زیڈ"
# Words a Hindi name may open with before one or two words of its trade the list lacks ("राष्ट्रीय
# कोलियरी मजदूर संघ", "हरियाणा टूरिज्म कर्मचारी संघ", "मध्य प्रदेश विद्युत उत्पादन कर्मचारी संघ"): the nation, a state;
# a postposition or "आज" (today) between ("राज्य सरकार के कर्मचारी संघ", "चंडीगढ़ आज यूटी ...") ends the name.
_HINDI_OPENERS = """
    राष्ट्रीय अखिल भारतीय प्रदेश राज्य जिला आंध्र अरुणाचल असम बिहार छत्तीसगढ़ गोवा गुजरात हरियाणा हिमाचल झारखंड
    कर्नाटक केरल महाराष्ट्र मणिपुर मेघालय मिजोरम नागालैंड ओडिशा उड़ीसा पंजाब राजस्थान सिक्किम तमिलनाडु तेलंगाना
    त्रिपुरा उत्तराखंड उत्तराखण्ड उत्तरांचल बंगाल दिल्ली चंडीगढ़ कश्मीर"""
# Nepal's name, its own spelling of "national" and its provinces, which Nepali names open with as Hindi names open
# with a state ("नेपाल निजामती अस्पताल कर्मचारी संघ", "मधेश तराई कर्मचारी युनियन"; see _ScriptNames.openers)
_NEPALI_OPENERS = "नेपाल राष्ट्रिय कोशी मधेश बागमती गण्डकी लुम्बिनी कर्णाली सुदूरपश्चिम"
# The English word "employees" as Hindi names spell it, with the nasal written "ं" or "म्", "ॉ" or "ा", "य" or "इ"
# ("एलआईसी एंपलॉयज यूनियन", "विद्युत एम्प्लॉयज फेडरेशन", "बिजली एम्प्लाईज यूनियन"): a labour word as "कर्मचारी" is
_HINDI_EMPLOYEES = """
    एंपलॉयज एम्प्लॉयज एम्पलॉयज एंप्लॉयज एम्प्लाईज एम्पलाईज एंप्लाइज एंप्लाईज एंपलाइज इंप्लाइज एम्प्लॉईज एंप्लॉईज
    एम्प्लॉयी एम्प्लाॅयज एम्पलाॅयज"""
_HINDI_STATES = (
    "आंध्र प्रदेश", "अरुणाचल प्रदेश", "असम", "बिहार", "छत्तीसगढ़", "गोवा", "गुजरात", "हरियाणा", "हिमाचल प्रदेश", "झारखंड",
    "कर्नाटक", "केरल", "मध्य प्रदेश", "मध्यप्रदेश", "महाराष्ट्र", "मणिपुर", "मेघालय", "मिजोरम", "नागालैंड", "ओडिशा", "उड़ीसा",
    "पंजाब", "राजस्थान", "सिक्किम", "तमिलनाडु", "तेलंगाना", "त्रिपुरा", "उत्तर प्रदेश", "उत्तरप्रदेश", "उत्तराखंड",
    "पश्चिम बंगाल", "दिल्ली", "चंडीगढ़", "जम्मू कश्मीर")
# Folded, for the tagger: a Hindi name written with its state after the head, see _ScriptNames.trailing_states
_TRAILING_STATES = frozenset(fold(state) for state in _HINDI_STATES)


def without_trailing_state(words: Sequence[str]) -> tuple[str, ...] | None:
    """A folded Hindi name's words without the state written after its head ("भवन निर्माण कामगार यूनियन हरियाणा" is
    "भवन निर्माण कामगार यूनियन"), or None when no state follows a head."""
    for size in (2, 1):
        if len(words) > size + 1 and " ".join(words[-size:]) in _TRAILING_STATES and words[-size - 1] in _HINDI_HEADS:
            return tuple(words[:-size])
    return None


_BANGLA_VEHICLES = """
    বাস মিনিবাস কোচ মাইক্রোবাস মাইক্রো ট্রাক ট্যাংকলরি ট্যাঙ্কলরি ট্যাংকলড়ি ট্যাঙ্কলড়ি কাভার্ডভ্যান কভার্ডভ্যান পিকআপ
    পিকআপভ্যান লরি অটোরিকশা অটোরিক্সা রিকশা রিক্সা ভ্যান ঠেলাগাড়ি লাইটেস হিউম্যান হলার লেগুনা টেম্পু টেম্পো সিএনজি
    ইজিবাইক নছিমন করিমন ভটভটি ট্যাক্সি ট্যাক্সিক্যাব অ্যাম্বুলেন্স লঞ্চ ট্রলার কার্গো বাল্কহেড লাইটার স্পিডবোট ফেরি"""
# Folded, for the tagger: a transport union's name lists the vehicles it organises, which the press may leave out
# ("মাগুরা জেলা মটর শ্রমিক ইউনিয়ন" for "মাগুরা জেলা বাস, মিনিবাস মটর শ্রমিক ইউনিয়ন").
BANGLA_VEHICLE_WORDS = _folded_words(_BANGLA_VEHICLES)
# Trades and industries of Bangladeshi and West Bengal unions, beyond the vehicles: a name lists them, with commas
# or not ("হস্তশিল্প, কারচুপি ও হ্যান্ড এমব্রয়ডারি শ্রমিক ফেডারেশন", "বেসরকারী পাট, সুতা বস্ত্রকল শ্রমিক কর্মচারী
# ফেডারেশন", "জাহাজভাঙা শ্রমিক ট্রেড ইউনিয়ন কেন্দ্র").
_BANGLA_TRADES = """
    হস্তশিল্প কারচুপি এমব্রয়ডারি হ্যান্ড সেলাই টেইলার্স নিটওয়্যার হোসিয়ারি সুতা সুতাকল বস্ত্রকল পাটকল চিনিকল চালকল চাতাল
    স্পিনিং ডাইং প্রিন্টিং জাহাজভাঙা জাহাজভাঙ্গা শিপইয়ার্ড ঘাট জেটি হ্যান্ডলিং হ্যান্ডিলিং মুটে দিনমজুর ইট ইটভাটা পাথর বালু
    সিমেন্ট রাজমিস্ত্রি করাতকল বেকারি বিস্কুট সুইটমিট খাদ্য রেস্তোরাঁ হাসপাতাল ক্লিনিক নার্সেস ফার্মাসিউটিক্যাল ওষুধ ঔষধ
    পল্লী ওয়াসা পৌরসভা পরিচ্ছন্নতা সুইপার হরিজন রাবার চিংড়ি লবণ দুগ্ধ ডেইরি পোল্ট্রি জুতা পাদুকা প্লাস্টিক কেমিক্যাল
    রাসায়নিক কাগজ সংবাদপত্র ওয়েল্ডিং গ্যারেজ ওয়ার্কশপ ঠিকা বেসরকারি বেসরকারী কয়লা খনি
    পোশাক গার্মেন্টস টেক্সটাইল বস্ত্র হোটেল রেস্টুরেন্ট নির্মাণ ইমারত কাঠ দর্জি চামড়া ট্যানারি পাট জুট তাঁত চা দোকান হকার্স
    বিড়ি তামাক মৎস্য ছাপাখানা চিনি স্টিল গ্যাস তেল কুলি লোড আনলোড
    কাভার্ড চালিত ব্যাটারি ব্যাটারিচালিত মিষ্টি চাইনিজ রেষ্টুরেন্ট জুটমিল চটকল আন্তঃ আন্তজেলা"""


_SCRIPT_NAMES = (
    _ScriptNames(
        # (and "association" as the press spells it, "অ্যা", "এ্যা" or "এ" for its "a", "শ" or "স" for its "ti":
        # "সোনালী ব্যাংক এমপ্লয়ীজ এসোসিয়েশন", "... মোটর ওয়ার্কার্স অ্যাসোসিয়েশন", as Hindi's and Urdu's heads have it)
        heads=tuple(fold(head) for head in ("ফেডারেশন", "ইউনিয়ন", "লীগ", "পরিষদ", "সংঘ", "কেন্দ্র", "জোট",
                                             "ফ্রন্ট", "সেন্টার", "কাউন্সিল", "কংগ্রেস", "দল", "সমিতি", "সংহতি",
                                             "ফোরাম", "সংসদ", "অ্যাসোসিয়েশন", "এসোসিয়েশন", "এ্যাসোসিয়েশন",
                                             "অ্যাসোসিয়েসন", "এসোসিয়েসন")),
        head_endings=tuple(fold(ending) for ending in ("ের", "এর", "র", "কে", "ও")),
        name_words=_folded_words("""
            বাংলাদেশ বাংলা জাতীয় জাতীয়তাবাদী ন্যাশনাল গার্মেন্ট সোয়েটার্স সোয়েটার শিল্প ইন্ডাস্ট্রিয়াল
            শ্রমিক কর্মচারী কর্মী শ্রম ওয়ার্কার্স ট্রেড ইউনিয়ন ফেডারেশন মুক্ত স্বাধীন গণতান্ত্রিক সম্মিলিত
            সংযুক্ত ঐক্য বিপ্লবী সংগ্রামী সমাজতান্ত্রিক কল্যাণ জনস্বাধীন সোনার গ্রীণ গ্রিন নারী যুব কেন্দ্রীয়
            রেলওয়ে পরিবহন সড়ক নৌযান নৌ বাগান
            গৃহ গৃহশ্রমিক খেতমজুর কৃষক মজদুর বিদ্যুৎ ব্যাংক স্বাস্থ্য ওয়ার্কার
            ইউনিটি সলিডারিটি অ্যালায়েন্স কর্মচারী লীগ দল জাতীয়তাবাদী মুক্তি সমন্বয় প্রগতিশীল ইউনাইটেড
            লেবার এমপ্লয়ি এমপ্লয়িজ এমপ্লয়ীজ এমপ্লয়িস এমপ্লয়েজ এমপ্লয়েস কনস্ট্রাকশন ফার্নিচার রাইস মিল মিলস অটোমেটিক মোটর
            কোর্ট কোর্টস ওয়েস্ট ওয়েস্টবেঙ্গল
            ট্রান্সপোর্ট ইলেকট্রিক্যাল সিকিউরিটি ড্রাইভার্স কৃষি ফার্ম খামার
            প্রেস জাহাজ বন্দর পোর্ট ডক লৌহ মটর
            রেল স্ট্রিট পোস্টাল ডাক
            বৃহত্তর সদর থানা
            প্রাথমিক মাধ্যমিক শিক্ষক
            অল ইন্ডিয়া ইন্ডিয়ান ব্যাঙ্ক
            ও এন্ড অ্যান্ড এ্যান্ড""" + _BANGLADESH_DISTRICTS + " " + _INDIAN_BANGLA_PLACES + " " + _BANGLA_VEHICLES
                                + " " + _BANGLA_TRADES),
        joiners=_folded_words("ও এন্ড অ্যান্ড এ্যান্ড"),
        list_words=_folded_words(_BANGLA_VEHICLES + " " + _BANGLA_TRADES),
        # (and the English words of India's union names as West Bengal's and Tripura's press writes them: "অল বেঙ্গল
        # গ্রামীণ ব্যাংক এমপ্লয়ীজ ফেডারেশন", "ইন্ডিয়ান ন্যাশনাল ট্রেড ইউনিয়ন কংগ্রেস", "ব্যাঙ্ক", as it spells "bank")
        # and a port ("চট্টগ্রাম বন্দর ইসলামী শ্রমিক সংঘ": the port's workers' own word between)
        openers=_folded_words("বাংলাদেশ জাতীয় বন্দর " + _BANGLADESH_DISTRICTS + " " + _INDIAN_BANGLA_OPENERS),
        case_endings=tuple(fold(ending) for ending in ("ের", "র", "ে", "য়", "তে", "কে", "রা", "দের")),
        # and a port, named by its town ("মোংলা বন্দর শ্রমিক-কর্মচারী সংঘ", "মোংলা পোর্ট ঘাট শ্রমিক ইউনিয়ন")
        # and a police-station area ("রূপসা থানা ইমারত গৃহ নির্মাণ শ্রমিক ইউনিয়ন") and a bank, named by its own name
        # ("সোনালী ব্যাংক এমপ্লয়ীজ ইউনিয়ন", "অগ্রণী ব্যাংক কর্মচারী সংসদ": a bank's employees' union)
        place_words=_folded_words("উপজেলা বন্দর পোর্ট থানা ব্যাংক ব্যাঙ্ক"),
        not_places=_folded_words(_BANGLA_NOT_PLACES),
        # a committee's level at a name's start with no place before it: the committee of the union named after it
        # ("উপজেলা জাতীয় সমাজতান্ত্রিক শ্রমিক জোটের সভাপতি"), which is the union's name
        level_words=_folded_words("জেলা উপজেলা"),
        national_words=_folded_words("বাংলাদেশ জাতীয় জাতীয়তাবাদী"),
        cut_starts=_folded_words("শ্রমিক কর্মচারী ট্রেড ইউনিয়ন"),
        # and the people of a trade who are its workers: hawkers ("বাংলাদেশ হকার্স ইউনিয়ন")
        # and teachers, as in Hindi and Urdu ("নিখিল বঙ্গ শিক্ষক সমিতি"; "শিক্ষক সমিতি" alone is none)
        labour_words=_folded_words("শ্রমিক কর্মচারী কর্মী ওয়ার্কার্স ওয়ার্কার ট্রেড মজদুর খেতমজুর গৃহশ্রমিক লেবার "
                                   "এমপ্লয়ি এমপ্লয়িজ এমপ্লয়ীজ এমপ্লয়িস এমপ্লয়েজ এমপ্লয়েস হকার্স হকার শিক্ষক"),
        # "কেন্দ্রীয় ট্রেড ইউনিয়ন": the central trade unions, no name; nor is a place with labour words alone ("বাংলাদেশ
        # ট্রেড ইউনিয়ন", "বরিশাল জেলা ট্রেড ইউনিয়ন", "বাগেরহাট জেলা শ্রমিক লীগ": a district's trade unions, a party
        # federation's district committee by its short name), which a trade or a name word besides makes one
        # (and "সদর", the district town's sub-district: "শেরপুর সদর উপজেলা শ্রমিক দল" is a committee's place)
        plain_words=_folded_words("কেন্দ্রীয় বাংলাদেশ সদর " + _BANGLADESH_DISTRICTS + " " + _INDIAN_BANGLA_PLACES),
        # not "ইউনিয়ন", which also names a local council ("... ইউনিয়ন পরিষদ")
        trade_heads=_folded_words("ফেডারেশন"),
        common_heads=_folded_words("ইউনিয়ন"),
        native_labour_words=_folded_words("শ্রমিক কর্মচারী কর্মী"),
        trade_words=_folded_words(_BANGLA_VEHICLES + " " + _BANGLA_TRADES + " রেলওয়ে পরিবহন সড়ক নৌযান নৌ বাগান"),
        allied_heads=_folded_words("ফোরাম"),
        # the league written against the workers' word ("বাংলাদেশ পাটকল শ্রমিকলীগ", "রেলওয়ে শ্রমিকলীগ")
        glued_heads=_folded_words("লীগ"),
        classifiers=_folded_words("টি টা"),
        inner_trade_words=_folded_words("টি"),
    ),
    _ScriptNames(
        # "کونسل" (council) with a labour word before it ("متحدہ اساتذہ کونسل"; "یونین کونسل" is a local council), and
        # "محاذ" (front) so ("پاکستان مزدور محاذ"; "مزدور محاذ" alone is the workers' front, referred to);
        # not "الائنس" (alliance), which names unions allied ("آل پاکستان ریلوے ٹریڈ الائنس"); and "association" as
        # the press also spells it, with "ا" for "ای", in one word, or "ایسی" for "ایسوسی" ("لیڈی ہیلتھ ورکرز اسوسیشن")
        heads=tuple(fold(head) for head in ("یونین", "فیڈریشن", "کانفیڈریشن", "کنفیڈریشن", "کانگریس", "ایسوسی ایشن",
                                             "ایکشن کمیٹی", "یو نین", "ایسو سی ایشن", "کونسل", "محاذ",
                                             "اسوسی ایشن", "اسوسیشن", "ایسوسیشن", "ایسی ایشن",
                                             "یونین آف جرنلسٹس", "یونین آف جرنلسٹ")),
        head_endings=(),
        # (with the words of teachers' and officers' bodies of schools, colleges and universities: "پرائمری سکول ٹیچرز
        # ایسوسی ایشن", "فیڈرل گورنمنٹ کالج ٹیچرز ایسوسی ایشن", "سندھ یونیورسٹیز آفیسرز فیڈریشن"; and of a province's
        # secretariat: "بلوچستان سول سیکرٹریٹ آفیسرز ایسوسی ایشن")
        name_words=_folded_words("""
            آل پاکستان پاکستانی نیشنل ورکرز ورکر مزدور محنت کش ملازمین ایمپلائز ایمپلائیز لیبر ٹریڈ یونین فیڈریشن
            اتحاد متحدہ یونائیٹڈ یونائٹیڈ یونائیٹیڈ پیپلز ینگ ریلوے ریلویز واپڈا ہائیڈرو ہائڈرو الیکٹرک پیغام انصاف پاسبان کلرکس کلرک
            ملی ایریگیشن
            ٹیچرز اساتذہ ڈاکٹرز نرسز لیڈی ہیلتھ پیرامیڈیکل گرینڈ ہیلتھ سندھ پنجاب بلوچستان خیبر پختونخوا کراچی
            لاہور پورٹ ڈاک ٹیکسٹائل گارمنٹس ہوم بیسڈ ویمن خواتین بھٹہ کسان ٹرانسپورٹ ڈرائیورز سٹیل
            ملز پی آئی اے بینک فیکٹری فیکٹریز جنرل ڈیموکریٹک آزاد سنگٹھن انٹرنیشنل کارپوریشن سول گورنمنٹ
            ٹیلی کمیونیکیشن پوسٹل واٹر پاور گیس اسٹیل شوگر سیمنٹ کول مائنز عوامی رکشہ ٹیکسی بس ہوٹل صحافی
            یونینز لوکل میونسپل
            نرسنگ اسٹاف سٹاف پراونشل صوبائی لومز قصور فیصل آباد ملتان گوجرانوالہ راولپنڈی اسلام آباد پشاور کوئٹہ
            حیدرآباد سکھر اینڈ
            سینٹرل ڈپلومہ آفیسرز افسران انجینئرز
            پیرا میڈیکل
            پرائمری سکول اسکول کالج کالجز یونیورسٹی یونیورسٹیز فیڈرل
            سیکرٹریٹ""" + _URDU_LETTERS),
        # English "and" as Pakistani names write it ("آل پی ٹی وی ایمپلائز اینڈ ورکرز یونین"), as Bangla's "এন্ড"
        # and Hindi's "एंड" are
        joiners=_folded_words("اینڈ"),
        # Pakistan's name, "all" and its provinces and great cities, which Urdu names open with: one or two words the
        # list lacks between one of them and the name's workers are the name's ("پنجاب ہیلتھ سپورٹ سٹاف ایسوسی ایشن",
        # "آل پاکستان سپورٹس بورڈ ایمپلائز یونین"), not over Urdu's postpositions (see _URDU_POSTPOSITIONS)
        openers=_folded_words("آل پاکستان سندھ پنجاب بلوچستان خیبر پختونخوا کراچی لاہور"),
        letter_words=_folded_words(_URDU_LETTERS),
        labour_words=_folded_words("""
            ورکرز ورکر مزدور محنت ملازمین ایمپلائز ایمپلائیز لیبر ٹریڈ کلرکس کلرک ٹیچرز اساتذہ ڈاکٹرز نرسز
            پیرامیڈیکل ڈرائیورز کسان یونین یونینز اسٹاف سٹاف
            آفیسرز افسران انجینئرز جرنلسٹس جرنلسٹ"""),
        trade_heads=_folded_words("یونین فیڈریشن"),
        glued_heads=_folded_words("یونین فیڈریشن"),
        trade_words=_folded_words("""
            ریلوے ریلویز واپڈا ہائیڈرو ہائڈرو الیکٹرک ایریگیشن پورٹ ڈاک ٹیکسٹائل گارمنٹس بھٹہ ٹرانسپورٹ سٹیل اسٹیل ملز بینک فیکٹری
            لومز نرسنگ
            فیکٹریز ٹیلی کمیونیکیشن پوسٹل واٹر پاور گیس شوگر سیمنٹ کول مائنز رکشہ ٹیکسی بس ہوٹل لوکل گورنمنٹ
            ہیلتھ"""),
    ),
    _ScriptNames(  # Hindi: heads singular only, so "केंद्रीय श्रमिक संघों" (the central unions) names none
        # "परिषद" (council): the roadways and state employees' joint councils ("रोडवेज कर्मचारी संयुक्त परिषद")
        # and Nepali's: its spellings with "ङ" ("सङ्घ"), "संगठन" (organisation: "नेपाल राष्ट्रिय शिक्षक संगठन") and
        # the case endings it joins to a head ("... महासंघले", "... संगठनको", "... युनियनद्वारा")
        # and "federation" as Nepali spells it ("नेपाल यातायात मजदुर फेडरेसन")
        # and Marathi's heads, in Marathi spellings Hindi does not write: "समिती" (a committee: "म.रा. प्राथमिक शिक्षक
        # समिती", the primary teachers' union; "समिति" is Hindi's, left out) and "महामंडळ" (a federation: "महाराष्ट्र
        # राज्य हमाल मापाडी महामंडळ"; also a state corporation, "एसटी महामंडळ", which no labour word names)
        # and "association" as the bank, railway and anganwadi unions write it ("ऑल इंडिया बैंक एम्पलाइज एसोसिएशन",
        # "आंगनबाड़ी कर्मचारी एवं सहायिका एसोसिएशन", "... लोको रनिंग स्टॉफ ऐसासिएशन")
        heads=tuple(fold(head) for head in ("संघ", "महासंघ", "सभा", "यूनियन", "युनियन", "फेडरेशन", "कांग्रेस",
                                             "काँग्रेस", "परिषद", "सङ्घ", "महासङ्घ", "संगठन", "सङ्गठन",
                                             "एसोसिएशन", "ऐसोसिएशन", "एसोसियेशन", "ऐसासिएशन", "फेडरेसन", "मोर्चा",
                                             "समिती", "महामंडळ", "मंच")),
        # (and the postpositions it joins there too: "लगायत", "सहित", "समेत", including, with, as well:
        # "... ट्रेड युनियन महासंघलगायत संघसंस्थाले", the federation among other bodies)
        # and Marathi's, joined to the head or to its oblique form in "ा" ("... युनियनच्या", of; "... महामंडळाने",
        # by; "... महामंडळाकडून", from; "... संघाचे", of)
        head_endings=tuple(fold(ending) for ending in ("ले", "को", "का", "की", "लाई", "मा", "द्वारा", "बाट", "सँग",
                                                       "लगायत", "लगायतका", "सहित", "समेत")) + tuple(
            fold(oblique + ending) for oblique in ("", "ा") for ending in ("च्या", "चे", "ची", "चा", "ने", "कडून",
                                                                           "तर्फे", "ला")),
        name_words=_folded_words("""
            अखिल भारतीय भारत राष्ट्रीय ऑल इंडिया इण्डिया हिंद हिन्द मजदूर मज़दूर मजदुर श्रमिक कर्मचारी कामगार
            ट्रेड वर्कर्स वर्कर इंजीनियरिंग इंजिनियरिंग स्टील मेटल इस्पात कोयला कोल खदान खान रेलवे रेल परिवहन
            बैंक बीमा डाक बिजली विद्युत निर्माण भवन हम्माल हमाल आंगनबाड़ी शिक्षक अध्यापक चाय बागान संयुक्त
            स्वतंत्र प्रगतिशील क्रांतिकारी जनवादी महिला खेतिहर ग्रामीण असंगठित ठेका संविदा और एवं एकता सर्व
            इम्प्लाइज इम्पलाईज इम्प्लॉइज एम्प्लाइज एम्प्लॉइज एम्पलाइज एम्प्लॉयीज इंडस्ट्रीज सर्विस सर्विसेज
            डिपार्टमेंट एंड राज्य प्रदेश जिला आंध्र अरुणाचल असम बिहार छत्तीसगढ़ गोवा गुजरात हरियाणा हिमाचल झारखंड
            कर्नाटक केरल मध्य महाराष्ट्र मणिपुर मेघालय मिजोरम नागालैंड ओडिशा उड़ीसा पंजाब राजस्थान सिक्किम
            तमिलनाडु तेलंगाना त्रिपुरा उत्तर उत्तराखंड उत्तराखण्ड उत्तरांचल पश्चिम बंगाल दिल्ली चंडीगढ़ जम्मू कश्मीर नेपाल नेपाली
            नगर निगम रोडवेज प्राथमिक माध्यमिक आशा उषा सहयोगी स्वास्थ्य कार्यकर्ता कार्यकत्री कार्यकर्त्री
            राष्ट्रिय क्रान्तिकारी यातायात चिया बगान पर्यटन होटल कारखाना औद्योगिक कृषि तथा क्षेत्र सम्बद्ध निजामती वाणिज्य
            एकीकृत पारा सहायक संघर्ष सहयोगिनी संगिनी
            निजामति स्वास्थ्यकर्मी प्रजातान्त्रिक लोकतान्त्रिक समाजवादी वैज्ञानिक एकीकृत एकिकृत मधेशी स्वतन्त्र
            युनियन
            आंगनवाड़ी आंगनवाडी आंगनबाडी सहायिका चिकित्सा जन दैनिक वेतन भोगी खेत सेवक डाकसेवक ऑफिसर्स ऑफिसर
            मेंस मेन्स मैन्स मेन सेंट्रल वेस्ट वेस्टर्न ईस्ट ईस्टर्न नॉर्थ नार्थ नॉर्दन नार्दन साउथ सदर्न दक्षिण
            उत्तरी पश्चिमी मध्यप्रदेश उत्तरप्रदेश जूनियर इंजीनियर्स लोको रनिंग स्टॉफ स्टाफ एवम प्रदेशीय
            हाईस्कूल हाई स्कूल व हेल्पर हेल्पर्स माइंस माइन्स
            लेबर मनरेगा बिल्डिंग कंस्ट्रक्शन
            सचिवालय मंत्रालय समीक्षा अधिकारी
            प्राधिकरण उड्डयन वायुसेवा आधिकारिक आधिकारीक
            संनिर्माण सन्निर्माण कर्मकार
            वित्तीय वित्तिय संस्था सफाई
            माथाडी मापाडी मापारी उद्योग पेंशनर पेंशनर्स अधिकार""" + " " + _HINDI_EMPLOYEES + _HINDI_OPENERS),
        # "व" is "and" as "एवं" is ("आशा व आशा संगिनी ..."); "हेल्पर्स" and "माइंस" are the English words for
        # "सहायिका" (an anganwadi helper) and "खदान" (mines) that names write as often ("मेटल माइंस वर्कर्स यूनियन")
        joiners=_folded_words("और एवं एवम एंड तथा व"),
        # and teachers, as in Urdu ("उत्तर प्रदेश शिक्षक संघ", "प्राथमिक शिक्षक संघ"; "शिक्षक संघ" alone is none)
        # and the officers and staff of the bank and railway associations ("बैंक ऑफिसर्स एसोसिएशन", "रनिंग स्टाफ")
        # and a state's secretariat, whose staff its name stands for ("उत्तराखंड सचिवालय संघ", "सचिवालय समीक्षा
        # अधिकारी संघ", its review officers; the ministry, "मंत्रालय", is a name word only, its staff written after it:
        # "मंत्रालय कर्मचारी संघ"), as "بلوچستان سول سیکرٹریٹ آفیسرز ایسوسی ایشن" is in Urdu; and a public authority's,
        # the airline's and civil aviation's staff unions, named after their employer ("नेपाल विद्युत् प्राधिकरण
        # कर्मचारी संघ", "नेपाल वायुसेवा निगम कर्मचारी युनियन", "नेपाल उड्डयन प्राधिकरण आधिकारिक कर्मचारी ट्रेड युनियन");
        # and the building law's words for construction and its workers ("भवन एवं संनिर्माण कर्मकार यूनियन",
        # "संनिर्माण मजदूर यूनियन एटक"); and Marathi's weighers beside the porters ("हमाल मापाडी", "हमाल मापारी": the
        # porters, "हमाल", stay a trade's word, as "हम्माल मजदूर सभा" has its labour word after them)
        labour_words=_folded_words("मजदूर मज़दूर मजदुर श्रमिक कर्मचारी कामगार ट्रेड वर्कर्स वर्कर "
                                   "इम्प्लाइज इम्पलाईज इम्प्लॉइज एम्प्लाइज एम्प्लॉइज एम्पलाइज एम्प्लॉयीज शिक्षक अध्यापक "
                                   "कार्यकर्ता कार्यकत्री कार्यकर्त्री स्वास्थ्यकर्मी ऑफिसर्स स्टॉफ स्टाफ मेंस मेन्स मैन्स "
                                   "इंजीनियर्स सेवक डाकसेवक लेबर सचिवालय कर्मकार मापाडी मापारी " + _HINDI_EMPLOYEES),
        # ("आधिकारिक ट्रेड युनियन", the authorised trade union of a Nepali enterprise, is a status, no name)
        # and, as Bangla's districts are, a district's or province's workers: "जिला मजदूर कांग्रेस" (INTUC's district
        # body by a short name), "प्रदेश ट्रेड युनियन" (a province's trade unions) name none; not "राज्य" (state), as
        # the state employees' own names are "राज्य कर्मचारी संघ", "राज्य कर्मचारी संयुक्त परिषद"
        plain_words=_folded_words("अखिल भारतीय भारत राष्ट्रीय ऑल इंडिया इण्डिया संयुक्त स्वतंत्र नेपाल राष्ट्रिय स्वतन्त्र "
                                  "सेंट्रल जिला प्रदेश आधिकारिक आधिकारीक"),
        # "पार्टी सम्बद्ध ट्रेड युनियन" (the party's affiliated trade union) names none
        cut_starts=_folded_words("सम्बद्ध"),
        # (and an authority, named by the word before it: "विकास प्राधिकरण कर्मचारी संघ", the development authority's)
        # and an industry or an enterprise, "उद्योग", named by the word before it ("मारुति उद्योग कामगार यूनियन", "चीनी
        # उद्योग कर्मचारी ट्रेड यूनियन", the sugar industry's; Nepal's "समग्र उद्योग ट्रेड युनियन", all industries')
        company_words=_folded_words("इंडस्ट्रीज लिमिटेड कंपनी मिल्स बैंक प्राधिकरण उद्योग"),
        trade_heads=_folded_words("यूनियन युनियन फेडरेशन फेडरेसन"),
        common_heads=_folded_words("यूनियन युनियन"),
        native_labour_words=_folded_words("मजदूर मज़दूर मजदुर श्रमिक कर्मचारी कामगार"),
        trade_words=_folded_words("""
            इंजीनियरिंग इंजिनियरिंग स्टील मेटल इस्पात कोयला कोल खदान खान रेलवे रेल परिवहन बैंक बीमा डाक बिजली विद्युत
            निर्माण भवन हम्माल हमाल आंगनबाड़ी शिक्षक अध्यापक चाय बागान सर्विस सर्विसेज रोडवेज आशा उषा
            यातायात चिया बगान पर्यटन होटल कारखाना माइंस माइन्स मनरेगा बिल्डिंग कंस्ट्रक्शन संनिर्माण सन्निर्माण
            वित्तीय वित्तिय संस्था सफाई"""),
        # not "जिला" (district), which Hindi writes before the district's own name ("इंटक जिला बालोद मेटल माइंस वर्कर्स
        # यूनियन": Balod district's ...), so that the word after it is a place, not the name's trade
        openers=(_folded_words(_HINDI_OPENERS) - {fold("जिला")}) | _folded_words(_NEPALI_OPENERS),
        # and Nepali's postpositions, which it joins to the word ("कार्यालयमा", in the office; "सरकारले", by the
        # government): a word so marked between an opener and a name ends the name ("प्रदेश पार्टी कार्यालयमा ...")
        case_endings=tuple(fold(word) for word in ("के", "की", "का", "में", "से", "ने", "को", "पर", "आज", "मा", "ले",
                                                   "लाई", "बाट")),
        trailing_states=_TRAILING_STATES,
        not_after_states=_folded_words("सरकार शासन सरकारों में सरकारी राज्य मुख्यमंत्री"),
        # a district's or a state's committee of the union named after the word ("जिला प्राथमिक शिक्षक संघ के
        # अध्यक्ष"; "मध्य प्रदेश ..." and "उत्तर प्रदेश ..." open with their state's first word, not this one)
        committee_levels=_folded_words("जिला ज़िला प्रदेश"),
    ),
    _ScriptNames(  # Persian: heads first, as Arabic's, with the ezafe ("سندیکای کارگران نیشکر هفت تپه"), see _persian_name
        # "syndicate", "union", "association", "centre"; "انجمن" and "کانون" name a workers' body only with the
        # workers' word ("انجمن صنفی کارگران ...", "کانون کارگری استان مرکزی")
        heads=tuple(fold(head) for head in ("سندیکای", "سندیکا", "اتحادیه", "انجمن", "کانون")),
        head_endings=(),
        name_words=frozenset(),
        # workers, employees, teachers, drivers, nurses, master builders: journalists' and doctors' syndicates
        # ("سندیکای پزشکان") are professions', no union's by LABELING.md unless the directory has them
        labour_words=_folded_words("کارگران کارگری کارکنان کارمندان معلمان فرهنگیان رانندگان پرستاران استادکاران "
                                   "زحمتکشان"),
        # what a head takes before its workers: the guild's, free, independent, national, general, world (not the
        # epithets of a union named otherwise: "سندیکای مبارز کارگران شرکت واحد", the militant Vahed syndicate)
        plain_words=_folded_words("صنفی آزاد مستقل ملی عمومی سراسری جهانی"),
        # the place's outskirts and the sectors a name joins by "and" ("تهران و حومه", "بخش نفت و گاز")
        trade_words=_folded_words("حومه گاز نفت پتروشیمی فلزکار مکانیک"),
        head_first=True,
    ),
    _ScriptNames(  # Arabic: heads singular only, so "النقابات" (unions) and "نقابتي" (two unions) name none
        heads=tuple(fold(head) for head in ("نقابة", "اتحاد", "جامعة", "كونفدرالية", "كونفيدرالية", "كنفدرالية",
                                             "كنفيدرالية", "فدرالية", "فيدرالية", "اتحادية")),
        head_endings=(),
        name_words=frozenset(),
        # words for workers, labour and unions (bare: without a joined particle or the article); all but
        # "نقابة" need one to be a union's name ("الاتحاد الأوروبي", "الاتحاد الدولي لكرة القدم" are none)
        labour_words=_folded_words("""
            عمال عامل عاملين العاملين عامليين العامليين شغل الشغل شغالين الشغالين شغيلة الشغيلة عمل العمل عمالي العمالي
            نقابات النقابات نقابي النقابي مستخدمي مستخدمين المستخدمين موظفي موظفين الموظفين اجراء الاجراء كادحين
            الكادحين العمال اعوان"""),
        # words that say nothing of which union: "النقابة العامة للعاملين", "الاتحاد العام لنقابات العمال" name none
        plain_words=_folded_words("عام العام عامة العامة وطني الوطني وطنية الوطنية مستقل المستقل مستقلة المستقلة"),
        # sectors joined to a name by "and" ("بالغزل والنسيج", "لعمال التربية والتكوين")
        trade_words=_folded_words("""
            النسيج التكوين الضمان التخليص الصحة التعليم التربية الخدمات الطاقة المناجم الغاز الكهرباء النقل
            البتروكيماويات الاتصالات البريد المياه الفلاحة الزراعة السياحة الصناعات الصناعة الموانئ البترول
            الغزل الكيماويات التعدين المعادن المحاجر البناء الاخشاب البنوك المصارف التأمين الفنادق الطباعة
            المرافق الضرائب التأمينات النفط البلديات التجارة"""),
        head_first=True,
    ),
)
_SCRIPT_GATES = ("ফেডারে", "ইউনি", "লীগ", "পরিষদ", "সংঘ", "কেন্দ্র", "জোট", "ফ্রন্ট", "সেন্টার", "কাউন্সিল", "সংহতি", "ফোরাম",
                 "কংগ্রেস", "দল", "সমিতি", "সংসদ", "সোসিয়ে", "یونین", "فیڈریشن", "کانفیڈریشن", "کانگریس", "ایسوسی", "کمیٹی", "یو نین", "ایسو سی", "اسوسی",
                 "سوسیشن", "ایسی ایشن", "محاذ",
                 "संघ", "सभा", "यूनियन", "युनियन", "फेडरेशन", "कांग्रेस", "काँग्रेस", "परिषद", "सङ्घ", "संगठन", "सङ्गठन",
                 "सोसिएशन", "सोसियेशन", "सासिएशन", "फेडरेसन", "کونسل", "मोर्चा", "समिती", "महामंडळ", "मंच",
                 "نقابة", "اتحاد", "جامعة", "سندیکا", "انجمن", "کانون",
                 "درالية", "إتحاد", "اتّحاد")
_SCRIPT_LETTER = re.compile(r"[\u0980-\u09FF\u0600-\u06FF\u0900-\u097F]")  # one character scan before the gates
# letters of the scripts, not their punctuation ("یونین۔", "ایسوسی ایشن،", "संघ।": a full stop or comma ends the word)
_SCRIPT_WORD = re.compile(r"[\u0980-\u09FF\u0600-\u060B\u060D-\u061A\u061C-\u061E\u0620-\u0669\u066E-\u06D3"
                          r"\u06D5-\u06FF\u0750-\u077F\u0900-\u0963\u0966-\u097F]+")
_APOSTROPHES = ("’", "'")
# the word right before a position, a space or hyphen between (see goes_on_before)
_WORD_BEFORE = re.compile(r"(\S+)[\s-]+$")
_SCRIPT_MAX_WORDS = 10  # "সিলেট জেলা সড়ক পরিবহন বাস-মিনিবাস, কোচ-মাইক্রোবাস শ্রমিক ইউনিয়ন"


# Hebrew union names: a head ("הסתדרות", federation; "איגוד", union; "ארגון", organisation), a clitic maybe joined to it
# ("לארגון", "באיגוד"), then the definite plural of the people it organises and maybe an adjective of theirs ("איגוד
# העובדים הסוציאליים", "ארגון הרופאים המתמחים", "הסתדרות האחיות"). "The workers" alone is no name ("ארגון העובדים
# היציג", the representative workers' organisation, is the law's term); employers, students and others are no union's
# people (LABELING.md), and a feminine plural in -ות names people only among _HEBREW_WOMEN ("הבריאות" is health).
_HEBREW_UNION = re.compile("(?<![\u05d0-\u05ea])(?:וב|ול|ומ|ו|ב|ל|מ|ש)?(הסתדרות|איגוד|ארגון) (ה[\u05d0-\u05ea]{2,}(?:ים|ות))"
                           "(?: (ה[\u05d0-\u05ea-]{2,}(?:ים|יים|ות|יות)))?(?![\u05d0-\u05ea])")
_HEBREW_WORKERS = "העובדים"
_HEBREW_WOMEN = frozenset("האחיות הגננות המורות העובדות המטפלות הסייעות הרופאות הפועלות".split())
_HEBREW_NOT_WORKERS = frozenset("""
המעסיקים התעשיינים הקבלנים הסוחרים היצרנים הבנקים הסטודנטים ההורים הנכים הפליטים הגמלאים הערים החקלאים הבעלים
המשכירים העצמאיים הצרכנים היבואנים היצואנים המגדלים הקיבוצים המושבים הנפגעים החיילים התושבים
""".split())


def _hebrew_names(original: str, taken: list[tuple[int, int]]) -> list[FoundName]:
    """Hebrew union names not inside `taken` spans (see _HEBREW_UNION)."""
    spans = TextSpans(taken)
    names: list[FoundName] = []
    for match in _HEBREW_UNION.finditer(original):
        people, adjective = match.group(2), match.group(3)
        if people in _HEBREW_NOT_WORKERS or (people.endswith("ות") and people not in _HEBREW_WOMEN) or (
                people == _HEBREW_WORKERS and adjective is None):
            continue
        start, end = match.start(1), match.end()
        if not spans.overlaps(start, end):
            names.append(FoundName(start, end, original[start:end], None))
    return names


# A Greek union named by its head word, "Συνδικάτο" (a union) or "Σωματείο" (an association; of workers when a
# name follows), in the nominative or the genitive, and two capitalised words or more, joined by articles or "και"
# ("του Συνδικάτου Τροφίμων και Ποτών", "του Σωματείου Εργαζομένων στο Έργο Ανάπτυξης στο Ελληνικό"; wide_el19 el-8462,
# wide_recko42 el-42646). One word is a sector's union referred to ("του κλαδικού Συνδικάτου Αττικής", el-8430) or the
# workers' ("Σωματείο Εργαζομένων"); a lower-case word, a punctuation mark or an acronym ends the name ("... Ποτών και
# το ΠΑΜΕ"). The name is given in the nominative, as labels are.
_GREEK_CAPITALISED = "[Α-ΩΆΈΉΊΌΎΏ](?:[α-ωάέήίόύώϊϋΐΰ]+(?:/[α-ωάέήίόύώϊϋΐΰ]+)?|\\.)(?!\\w)"
_GREEK_UNION = re.compile(f"(?<!\\w)(Συνδικάτ(?:ο|ου)|Σωματεί(?:ο|ου)) ({_GREEK_CAPITALISED}"
                          f"(?: (?:(?:και|στο|στη|στην|στα|στον|της|του|των|τον|την) )?{_GREEK_CAPITALISED})+)")
_GREEK_HEAD_GATES = ("Συνδικάτ", "Σωματεί")


def _greek_names(original: str, taken: list[tuple[int, int]]) -> list[FoundName]:
    """Greek union names not inside `taken` spans (see _GREEK_UNION), their head word in the nominative."""
    spans = TextSpans(taken)
    names: list[FoundName] = []
    for match in _GREEK_UNION.finditer(original):
        if not spans.overlaps(match.start(), match.end()):
            names.append(FoundName(match.start(), match.end(), f"{match.group(1).removesuffix('υ')} {match.group(2)}",
                                   None))
    return names


def _script_names(original: str, taken: list[tuple[int, int]],
                  is_place: Callable[[str], bool] = lambda folded: False) -> list[FoundName]:
    """Union names in Bangla, Urdu, Devanagari, Persian or Arabic script not inside `taken` spans (see _SCRIPT_NAMES)."""
    spans = TextSpans(taken)
    arabic = not URDU_PERSIAN_LETTERS.search(original)  # Urdu and Persian join no particles, and read no Arabic names
    persian = not arabic and not _URDU_ONLY_LETTERS.search(original)
    urdu = not arabic and not persian
    words = script_words(original, urdu)
    names: list[FoundName] = []
    # Most words start no name: neither a script's head word nor an Arabic one (as _script_name_at reads them); the
    # words that may are picked by a set lookup each, and the walk goes from one to the next
    opening = _ARABIC_OPENING_WORDS if arabic else _PERSIAN_OPENING_WORDS if persian else _SCRIPT_HEADED_WORDS
    index = 0
    for at in [at for at, (_, _, word) in enumerate(words) if word in opening]:
        if at < index:
            continue
        index = at
        found = _script_name_at(original, words, index, is_place, arabic, persian)
        if found is None:
            continue
        following = _script_name_at(original, words, found[1] + 1, is_place, arabic, persian)
        while following is not None and following[0] <= found[0]:
            # "গার্মেন্ট শ্রমিক ট্রেড ইউনিয়ন কেন্দ্র": the name goes on to the next head word.
            found, following = following, _script_name_at(original, words, following[1] + 1, is_place, arabic, persian)
        first, last, name, start = found
        end = words[last][1]
        if _allied_unions(words, last):
            index = last + 1
            continue
        if not spans.overlaps(start, end):
            names.append(FoundName(start, end, name, _arabic_name_without_country(
                original, words, first, last, name, is_place) if arabic else _persian_name_without_place_noun(
                original, words, first, last) if persian else None))
        index = last + 1
    return names


def _persian_name_without_place_noun(original: str, words: list[tuple[int, int, str]], first: int,
                                     last: int) -> str | None:
    """A Persian teachers' association's name without the word "province" before its province ("انجمن صنفی معلمان
    استان خراسان شمالی" is also "انجمن صنفی معلمان خراسان شمالی"), taught with the name as the Arabic name without its
    country is (_arabic_name_without_country); None for any other name."""
    noun = first + 3  # after the head, "صنفی" and the teachers' word
    if noun >= last or words[noun][2] not in _PERSIAN_PLACE_NOUNS or words[first + 2][2] not in _PERSIAN_TEACHERS:
        return None
    return original[words[first][0]:words[noun - 1][1]] + " " + original[words[noun + 1][0]:words[last][1]]


def _arabic_name_without_country(original: str, words: list[tuple[int, int, str]], first: int, last: int, name: str,
                                 is_place: Callable[[str], bool]) -> str | None:
    """The Arabic name without the country or town it ends with, "by" or "in" it ("الجامعة العامة للنقل بتونس" is
    also "الجامعة العامة للنقل"), taught with the name: a union is written with its country and without it. None when
    the name ends with no place, or is no name without it ("نقابة عمال بتونس", the workers' union in Tunisia)."""
    final = words[last][2]
    if (by := _arabic_without(final, "ب")) is not None and is_place(by):
        short_last = last - 1
    elif last - 1 > first and words[last - 1][2] == "في" and is_place(final):
        short_last = last - 2
    else:
        return None
    bare = {_arabic_without(word, "لو") or word for _, _, word in words[first + 1:short_last + 1]}
    if short_last <= first + 1 or bare <= _ARABIC.plain_words | _ARABIC.labour_words:
        return None
    return name[:len(name) - (words[last][1] - words[short_last][1])]


@lru_cache(maxsize=4096)  # asked up to three times for each union match (see Tagger._absorb_found_names)
def names_script_workers_only(folded: str) -> bool:
    """True for a folded name of a script's labour words and one head alone ("শ্রমিক লীগ", the workers' league): a
    directory name that shape stands alone for its union ("সিলেটে মানববন্ধন করেছে শ্রমিক লীগ", the Jatiya Sramik
    League), but ends another union's name after a trade ("বাংলাদেশ নৌযান শ্রমিক লীগ"), which the walk reads whole;
    "trade union" before the head too ("ট্রেড ইউনিয়ন কেন্দ্র", the Bangladesh Trade Union Centre, ends "জাহাজভাঙা
    শ্রমিক ট্রেড ইউনিয়ন কেন্দ্র"); also written as one word, the labour word glued to a head the script writes so
    ("শ্রমিকলীগ": "বাংলাদেশ পাটকল শ্রমিকলীগ", "রেলওয়ে শ্রমিকলীগ" are the jute mills' and the railway's leagues; see
    _ScriptNames.glued_heads)."""
    if folded.isascii():  # most directory names: no script of _SCRIPT_NAMES
        return False
    words = folded.split()
    if len(words) == 1:
        return any(folded.endswith(head) and folded[:-len(head)] in script.labour_words
                   for script in _GLUED_SCRIPTS for head in script.glued_heads)
    return len(words) >= 2 and any(
        " ".join(words[-len(head.split()):]) == head and words[:-len(head.split())]
        and all(word in script.labour_words or word in _SCRIPT_UNION_WORDS for word in words[:-len(head.split())])
        for script in _SCRIPT_NAMES for head in script.heads)


def goes_on_before(original: str, start: int) -> bool:
    """True when the word right before `start` (a space or hyphen between) is a word of a script's union names
    besides its plain ones: a trade or sector ("বাংলাদেশ নৌযান শ্রমিক লীগ"), so the name written from `start` on is the
    end of a longer one; not a place or its level ("জেলা শ্রমিক লীগ", a committee of the federation)."""
    before = _WORD_BEFORE.search(original, max(0, start - 60), start)
    if before is None:
        return False
    word = _bare(before.group(1))
    return any(word in script.name_words and word not in script.plain_words for script in _SCRIPT_NAMES)


def script_words(original: str, urdu: bool) -> list[tuple[int, int, str]]:
    """(start, end, folded word) of every word of `original` in the scripts of _SCRIPT_NAMES, heads written against a
    word read apart (see _unglued). A word written again is read again from what it gave the first time, moved to where
    it stands: a page repeats its words ("শ্রমিক", "ইউনিয়ন"), and folding each took a third of _script_names."""
    words: list[tuple[int, int, str]] = []
    parts_of: dict[str, list[tuple[int, int, str]]] = {}  # a written word -> its parts, from its own start
    for match in _SCRIPT_WORD.finditer(original):
        start = match.start()
        parts = parts_of.get(text := match.group())
        if parts is None:
            parts = parts_of[text] = [(part_start - start, part_end - start, word)
                                      for part_start, part_end, word in _unglued(match, urdu)]
        if len(parts) == 1:
            words.append((start, start + parts[0][1], parts[0][2]))
        else:
            words.extend((start + part_start, start + part_end, word) for part_start, part_end, word in parts)
    return words


def _unglued(match: re.Match[str], urdu: bool = False) -> list[tuple[int, int, str]]:
    """(start, end, folded word) of one written word, or of the name's word and the head written against it with no
    space ("ٹیچرزیونین" is "ٹیچرز" and "یونین"), see _ScriptNames.glued_heads; in an Urdu text also of the words
    written against a name's word after a letter that joins none after it (see _urdu_unglued)."""
    word = _bare(match.group())
    if not word.endswith(_GLUED_HEADS):
        if urdu and word not in _URDU.name_words:
            return _urdu_unglued(match.group(), match.start())
        return [(match.start(), match.end(), word)]  # most words: no head written against them
    for script in _GLUED_SCRIPTS:
        for head in script.glued_heads:
            # the head with a case ending after it too ("... শ্রমিকলীগের"), as a head written apart takes one
            for glued in (head, *(head + ending for ending in script.head_endings)):
                if word.endswith(glued) and len(word) > len(glued):
                    text = match.group()
                    for cut in range(len(text) - 1, 0, -1):
                        if fold(text[cut:]) == glued and _bare(text[:cut]) in script.name_words:
                            return [(match.start(), match.start() + cut, _bare(text[:cut])),
                                    (match.start() + cut, match.end(), glued)]
    return [(match.start(), match.end(), word)]


# Urdu letters that join no letter after them, or end a word only ("ں", "ے"): a space left out after one is not
# seen, and Urdu pages often leave it out ("ہوم بیسڈویمن ورکرز فیڈریشن", "میںپاکستان اسٹیل لیبر یونین")
_URDU_NON_JOINING = frozenset("اآأدڈذرڑزژوؤےۓں")
_URDU_GLUED_MIN_LETTERS = 4  # a glued name word this long at the least: "اے", "پی", "بس" end many words


def _urdu_unglued(text: str, start: int) -> list[tuple[int, int, str]]:
    """(start, end, folded word) of the Urdu words written together in `text` (at `start` in the story): a name's
    word of _URDU written against the word before it with no space, after a letter that joins none ("بیسڈویمن" is
    "بیسڈ" and "ویمن", "میںپاکستان" is "میں" and "پاکستان"); the whole word when no name's word ends it so."""
    for cut in range(1, len(text) - _URDU_GLUED_MIN_LETTERS + 1):
        if text[cut - 1] in _URDU_NON_JOINING and (glued := _bare(text[cut:])) in _URDU.name_words:
            return [*_urdu_unglued(text[:cut], start), (start + cut, start + len(text), glued)]
    return [(start, start + len(text), _bare(text))]


def _allied_unions(words: list[tuple[int, int, str]], last: int) -> bool:
    """True when the name ending at words[last] ends with one of a script's allied heads right after another head
    ("... ট্রেড ইউনিয়ন ফোরামের"): a platform of unions, see _ScriptNames.allied_heads."""
    final = words[last][2]
    return last > 0 and any(
        words[last - 1][2] in script.heads and (final == head or final.startswith(head)
                                                and final[len(head):] in script.head_endings)
        for script in _SCRIPT_NAMES for head in script.allied_heads)


def _joins_name_words(between: str) -> bool:
    """True for what may stand between two words of one name: spaces, a hyphen ("চা-শ্রমিক", "নৌ-যান"), an
    apostrophe inside a word ("স’মিল", saw mill) or nothing (a head written against the word before, see _unglued)."""
    return between.isspace() or between in ("-", "’", "")


# Urdu's postpositions and "and", written as words of their own (Hindi and Bangla join theirs, see case_endings): a
# name's opener is never read over them ("پنجاب کے ٹیچرز یونین": Punjab's teachers' union)
_URDU_POSTPOSITIONS = _folded_words("کی کے کا نے میں سے کو پر اور بھی تک")


def _opened_at(original: str, words: list[tuple[int, int, str]], first: int, script: _ScriptNames) -> int | None:
    """The first word of a name that opens with one of `script.openers` one or two unlisted words before
    words[first] ("জাতীয় ঘাট শ্রমিক লীগ"), or None; not before an "and", which joins two names ("জেলা সংগঠক ও
    বাংলাদেশ চা শ্রমিক ফেডারেশন"), nor over owners ("জেলা মালিক শ্রমিক ঐক্য পরিষদ": owners' and workers' council)."""
    if words[first][2] in script.joiners:
        return None
    for unlisted in (1, 2):
        opener = first - unlisted - 1
        if opener < 0 or not all(_joins_name_words(original[words[at][1]:words[at + 1][0]])
                                 for at in range(opener, first)):
            return None
        if any(word.endswith(script.case_endings) or word.isdigit() or word in script.joiners or word in _EMPLOYER_WORDS
               or word in _URDU_POSTPOSITIONS
               or original[start:end].endswith(_BANGLA_VISARGA) for start, end, word in words[opener + 1:first]):
            # (a word written with the visarga as a colon ends a dateline: "ত্রিপুরা প্রতিনিধিঃ ত্রিপুরা মোটর শ্রমিক
            # ইউনিয়ন", the reporter's place, then the name)
            return None
        if words[opener][2] in script.openers:
            return opener
    return None


@lru_cache(maxsize=65536)
def _heads_starting_with(word: str) -> tuple[_ScriptNames, ...]:
    """The scripts whose head words may start with this folded word (with a case ending or not)."""
    return tuple(script for script in _SCRIPT_NAMES if not script.head_first and word in script.headed_words)


# India's national centres as Hindi and Bangla write them after the name of a union of theirs (see common_heads)
_CENTRES_AFTER_NAMES = _folded_words("इंटक एटक सीटू एक्टू ऐक्टू बीएमएस एचएमएस সিটু ইনটাক এআইটিইউসি")
_URDU_K = fold("کے")
# Urdu heads some papers write in two pieces ("یو نین", "ایسو سی ایشن") or spell otherwise ("اسوسیشن", "ایسی ایشن"),
# by the head they are
_URDU_SPLIT_HEADS = {fold("یو نین"): "یونین", fold("ایسو سی ایشن"): "ایسوسی ایشن", fold("اسوسی ایشن"): "ایسوسی ایشن",
                     fold("اسوسیشن"): "ایسوسی ایشن", fold("ایسوسیشن"): "ایسوسی ایشن", fold("ایسی ایشن"): "ایسوسی ایشن"}
# A Latin acronym written right before a name in Urdu or Devanagari letters is its first word, the employer's or
# the railway's ("NF रेलवे इम्पलाइज यूनियन", "HSEB वर्कर यूनियन", "PTCL ... یونین"): with it labour words alone are a name;
# not a national centre's or the bargaining agent's ("CITU भवन निर्माण मजदूर यूनियन": the centre, then its union)
_LATIN_ACRONYM_BEFORE = re.compile(r"(?<![A-Za-z0-9.&-])[A-Z]{2,6} $")
_LATIN_CENTRES = frozenset("CITU AITUC INTUC HMS BMS AICCTU UTUC AIUTUC TUCC SEWA LPF NFITU IFTU TUCI CBA PWF APFTU "
                           "APFUTU NLF NTUF".split())
# Hindi's "front" names a workers' own body ("एकीकृत पारा शिक्षक संघर्ष मोर्चा", Jharkhand's para-teachers) but, after
# "joint", the joint front of several unions ("मध्य प्रदेश अधिकारी कर्मचारी संयुक्त मोर्चा", "हरियाणा रोडवेज सांझा
# मोर्चा"), which the samples label no union
# and "forum", "मंच", the same: a staff body's own name ("मध्यप्रदेश कर्मचारी मंच", "कर्मचारी शिक्षक अधिकारी पेंशनर
# अधिकार मंच", the staff, teachers, officers and pensioners' rights forum), a joint forum after "joint" ("संयुक्त मंच")
_HINDI_FRONTS = _folded_words("मोर्चा मंच")
_HINDI_JOINT = _folded_words("संयुक्त सांझा साझा")
_URDU_TRADE, _URDU_UNION = fold("ٹریڈ"), fold("یونین")
_URDU_PLAIN = _folded_words("آل پاکستان نیشنل انٹرنیشنل قومی")  # the nation's, all, the world's: see _script_name_at
_URDU_CBA = _folded_words("سی بی اے")  # CBA, the collective bargaining agent, as Pakistan's press spells it
# Urdu heads that name their people after "of" ("... یونین آف جرنلسٹس", a town's or a province's Union of
# Journalists): the head holds the labour word, so a place alone before it makes the name ("حیدرآباد یونین آف
# جرنلسٹس", "پنجاب یونین آف جرنلسٹس"); the head alone ("یونین آف جرنلسٹس") stays referred to
_URDU_PEOPLE_HEADS = frozenset(fold(head) for head in ("یونین آف جرنلسٹس", "یونین آف جرنلسٹ"))


def _script_name_at(original: str, words: list[tuple[int, int, str]], index: int,
                    is_place: Callable[[str], bool] = lambda folded: False,
                    arabic: bool = False, persian: bool = False) -> tuple[int, int, str, int] | None:
    """(first word, last word, name, start) of a name whose head starts at words[index], or None; `arabic`
    when the text may be Arabic (see _name_after_head), `persian` when it may be Persian (see _persian_name)."""
    if index >= len(words):
        return None
    if arabic and (after := _name_after_head(original, words, index, is_place)) is not None:
        return after
    if persian and (after := _persian_name(original, words, index, is_place)) is not None:
        return after
    for script in _heads_starting_with(words[index][2]):
        for head in script.heads:
            head_words = head.split()
            last = index + len(head_words) - 1
            if last >= len(words) or [word for _, _, word in words[index:last + 1]][:-1] != head_words[:-1]:
                continue
            final = words[last][2]
            if final != head_words[-1] and not any(final == head_words[-1] + ending for ending in script.head_endings):
                continue
            first = index
            while first > 0 and index - first < _SCRIPT_MAX_WORDS and (
                    (inner := _abbreviated_or_bracketed_before(original, words, first, script)) is not None
                    or _joins_name_words(between := original[words[first - 1][1]:words[first][0]])
                    or between in _APOSTROPHES or (
                    between.rstrip() == "," and words[first - 1][2] in script.list_words
                    and words[first][2] in script.list_words)):
                if inner is not None:
                    first = inner  # "সি.এন.জি চালিত অটোরিকশা", "লোড আনলোড (কুলি) শ্রমিক": the name goes on before them
                    continue
                if _after_a_head(words, first, script):
                    break  # "... টি ওয়ার্কার ইউনিয়ন ও ত্রিপুরা রাবার শ্রমিক ইউনিয়ন": two names joined by "and"
                if words[first - 1][2] in script.name_words or _inner_trade_word(words, first, script):
                    first -= 1
                elif between in _APOSTROPHES:
                    first -= 1  # one word written with an apostrophe: "স’মিল" (saw mill)
                elif (first > 1 and original[words[first - 2][1]:words[first - 1][0]] == "-"
                      and words[first - 2][2] + words[first - 1][2] in script.name_words):
                    first -= 2  # a compound written with a hyphen: "নৌ-যান" is "নৌযান"
                elif (opened := _opened_at(original, words, first, script)) is not None and not (
                        head == _BANGLA_CONGRESS and words[opened][2] in _INDIAN_BANGLA_OPENER_WORDS):
                    # (India's "কংগ্রেস" after a state and a word the list lacks is the party's, not a union: "অল
                    # ত্রিপুরা অসংগঠিত শ্রমিক কংগ্রেস", the Congress party's unorganised workers' cell)
                    first = opened
                else:
                    if (words[first][2] in script.place_words and not _case_marked(words[first - 1][2], script)
                            and words[first - 1][2] not in script.not_places):
                        first -= 1  # the place's own name: "মঠবাড়িয়া উপজেলা"
                    elif (words[first][2] in script.company_words and len(words[first - 1][2]) > 1
                          and not _case_marked(words[first - 1][2], script)
                          and (first < 2 or "," not in original[words[first - 2][1]:words[first - 1][0]])) or _spells_letters(
                            original[words[first - 1][0]:words[first - 1][1]]) or _k_opens_acronym(words, first, script):
                        # a company's or a bank's name ("अनमोल इंडस्ट्रीज", "नबिल बैंक"; not a postposition, "बीएमएस की
                        # बैंक यूनियन", the BMS's bank union, nor a list's last item, "..., एनओबीओ बैंक यूनियन", the bank
                        # unions listed), or an acronym spelt out ("यूटी", UT; "کے ڈی اے", KDA)
                        first -= 1
                    break
            if index - first >= 3 and (words[first][2] in script.committee_levels or (
                    words[first][2] in script.level_words and first > 0
                    and words[first - 1][2] in script.not_places and words[first + 1][2] in script.national_words)):
                # "উপজেলা জাতীয় সমাজতান্ত্রিক শ্রমিক জোট": the upazila committee of a national federation, named by the
                # federation's name; a level before a trade ("জেলা ট্রাক ... শ্রমিক ইউনিয়ন") is the district's own union;
                # Hindi's "जिला"/"प्रदेश" with no place before ("प्रदेश प्राथमिक शिक्षक संघ") are the committee's alone
                first += 1
            while first < index and (words[first][2] in script.joiners or (
                    words[first][2] in script.letter_words and words[first + 1][2] not in script.letter_words)):
                first += 1
            if (index - first >= 4 and words[first][2] in _SCRIPT_TRADE_WORDS and words[first + 1][2] in _SCRIPT_UNION_WORDS
                    and words[first + 2][2] in _SCRIPT_NATION_OPENERS):
                # "नेपाल बैंकको क्रियाशील ट्रेड युनियन नेपाल राष्ट्रिय कर्मचारी संगठन": "trade union" before a name that
                # opens with the nation's or "all" is what the union is, written before its name, not the name's start
                first += 2
            affiliated = [k for k in range(first + 1, index - 1) if words[k][2] in _AFFILIATED_WORDS
                          and words[k - 1][2] not in script.joiners]
            if affiliated:
                # "जसपा नेपाल सम्बद्ध समाजवादी ट्रेड युनियन महासङ्घ": the union affiliated to the party or centre named
                # before the word; its name starts after it ("निर्माण तथा सम्बद्ध", and allied, is within a name)
                first = affiliated[-1] + 1
            if first < index and words[index - 1][2] in script.joiners:
                continue  # "कई कर्मचारी और यूनियन के नेता": employees and union leaders; "and" never ends a name
            if head in _HINDI_FRONTS and first < index and words[index - 1][2] in _HINDI_JOINT:
                continue  # "अधिकारी कर्मचारी संयुक्त मोर्चा": a joint front of unions, no union
            if first > 0 and first < index and words[first][2] in script.cut_starts and _joins_name_words(
                    original[words[first - 1][1]:words[first][0]]):
                # "বিশ্ব ট্রেড ইউনিয়ন ফেডারেশন", "জাহাজভাঙা শ্রমিক ট্রেড ইউনিয়ন কেন্দ্র": the walk stopped at a word
                # it does not know, and what is left starts with "workers" or "trade": the name's start is cut.
                continue
            if _counted(original, words, first, script):
                continue  # "১৩টি জাতীয় ট্রেড ইউনিয়ন ফেডারেশন": thirteen national federations, none named
            if words[first][2] == _HINDI_INDUSTRY:
                continue  # "उद्योग मजदूर संघ", "..., उद्योग कर्मचारी ट्रेड यूनियन": an industry's workers, no industry named
            before = {word for _, _, word in words[first:index]}
            acronym = _LATIN_ACRONYM_BEFORE.search(original, max(0, words[first][0] - 8), words[first][0])
            if acronym is not None and acronym.group().strip() in _LATIN_CENTRES:
                acronym = None
            if head in _URDU_PEOPLE_HEADS and first < index:
                pass  # the people are in the head: a place before it is a name ("کراچی یونین آف جرنلسٹس")
            elif acronym is None and before <= script.labour_words | script.plain_words and (
                    before.isdisjoint(PLACE_NAME_WORDS) or script.trade_words.isdisjoint(before)) or (
                    script.labour_words.isdisjoint(before) and not (head in script.trade_heads and index - first >= 2
                                                                    and not script.trade_words.isdisjoint(before))):
                # no labour word, nor a trade's before "union", or nothing but ("مزدور یونین": referred to); a place's
                # workers who are a trade ("চট্টগ্রাম মহানগর হকার্স ইউনিয়ন", hawkers) are a name
                continue
            if (head in script.common_heads and index - first == 2 and words[first][2] in script.trade_words
                    and words[first + 1][2] in script.native_labour_words
                    and not (final == head_words[-1] and (_state_after(original, words, last, script) is not None or (
                        last + 1 < len(words) and words[last + 1][2] in _CENTRES_AFTER_NAMES
                        and original[words[last][1]:words[last + 1][0]].isspace())))):
                # "হোটেল শ্রমিক ইউনিয়নের নেতারা": the hotel workers' union's leaders; but a national centre written right
                # after it says it is one union's name ("स्टील इम्प्लाइज यूनियन इंटक", the INTUC's steel employees' union)
                continue
            if _URDU_CBA <= before and before - _URDU_CBA <= script.labour_words:
                continue  # "سی بی اے لیبر یونین": the collective bargaining agent's union, a status, no name
            if _URDU_TRADE in before and before - {_URDU_TRADE} <= _URDU_PLAIN and head == _URDU_UNION:
                # "پاکستان ٹریڈ یونین", "انٹرنیشنل ٹریڈ یونین": a trade union of the nation or of the world, no name (as
                # Hindi's plain words make "भारतीय ट्रेड यूनियन" none); "پاکستان ورکرز کنفیڈریشن" is one
                continue
            if head in _ORGANISATION_HEADS and before.isdisjoint(script.plain_words) and not (
                    index - first >= 3 and (not script.trade_words.isdisjoint(before)
                                            or _opens_with_state(words, first, index))):
                # "organisation" names a union only with the nation or "all", "independent" in it ("नेपाल राष्ट्रिय
                # शिक्षक संगठन"); "यातायात मजदुर संगठन", "कोयला श्रमिक संगठन" are a trade's workers' organisations;
                # but three words or more with a trade's or opening with a state are one body's name ("आशा सहयोगिनी
                # श्रमिक संगठन", "आशा व आशा संगिनी कर्मचारी संगठन", "महाराष्ट्र एसटी कामगार संगठन"), as "अधिकारी और
                # कर्मचारी संगठन" (officers' and employees' organisations) is none
                continue
            head_end = words[last][1] - (len(final) - len(head_words[-1]))  # without the case ending
            while head_end > words[last][0] and fold(original[words[last][0]:head_end]) != head_words[-1] and (
                    fold(original[words[last][0]:head_end - 1]).startswith(head_words[-1])):
                head_end -= 1  # an ending that folds shorter than it is written ("द्वारा": its virama)
            start = words[first][0] if acronym is None else acronym.start()
            name = original[start:head_end]
            for at in range(last, first, -1):  # a space where a head was written against the word before
                if words[at][0] == words[at - 1][1]:
                    cut = words[at][0] - start
                    name = name[:cut] + " " + name[cut:]
            if head in _URDU_SPLIT_HEADS:  # "بھٹہ مزدور یو نین": the head as it is written whole
                name = name[:words[index][0] - start] + _URDU_SPLIT_HEADS[head]
            if final == head_words[-1] and (state_last := _state_after(original, words, last, script)) is not None:
                return first, state_last, name + original[head_end:words[state_last][1]], start
            return first, last, name, start
    return None


# Indic letters (Devanagari, Bangla; not the danda) and a run of two dotted abbreviations or more right before a
# position: initials ("ओ.एफ.के.", O.F.K.; "সি.এন.জি", C.N.G.), a state's abbreviation ("हि. प्र.", Himachal Pradesh),
# each of one to three letters; the last may lack its dot when it names a letter ("জি")
_INDIC_LETTER = "\u0900-\u0963\u0966-\u097f\u0980-\u09e3\u09e6-\u09ff"
_DOTTED_RUN_BEFORE = re.compile(
    rf"(?<![{_INDIC_LETTER}.])(?:[{_INDIC_LETTER}]{{1,3}}\. ?)+[{_INDIC_LETTER}]{{1,3}}\.? $")
# a bracketed word or two inside a name, right before a position ("লোড আনলোড (কুলি) শ্রমিক", "अटोरिक्शा (सिएनजी)")
_BRACKETED_BEFORE = re.compile(rf" \(([{_INDIC_LETTER}][{_INDIC_LETTER} .]{{0,30}})\) ?$")


def _abbreviated_or_bracketed_before(original: str, words: list[tuple[int, int, str]], first: int,
                                     script: _ScriptNames) -> int | None:
    """The word a name goes on from over a run of dotted abbreviations or a bracketed word or two written right
    before words[first], which are the name's ("সিলেট জেলা সি.এন.জি চালিত অটোরিকশা শ্রমিক ইউনিয়ন", "हि. प्र.
    बिल्डिंग ... मजदूर यूनियन"; "বাংলাদেশ লোড আনলোড (কুলি) শ্রমিক কর্মচারী ফেডারেশন", "... हाई स्कूल (पूर्व मा.)
    शिक्षक संघ"): the run's first word, or the name word before the bracket (not a head: "... ফেডারেশন (বিজিএসএফ)"
    is the acronym of the name before it); None when neither is there. Indic scripts only."""
    start = words[first][0]
    gap = original[words[first - 1][1]:start]
    if "(" in gap or not _SCRIPT_LETTER.match(original, words[first][0]) or "\u0600" <= original[start] <= "\u06ff":
        return None
    if gap in (". ", " "):  # (not glued to the name: "उ.प्र.आशा ...", Uttar Pradesh's, is the state's name cut)
        dotted = _DOTTED_RUN_BEFORE.search(original, max(0, start - 24), start)
        if dotted is not None and (dotted.group().endswith(". ") or dotted.group().rsplit(".", 1)[1].strip().translate(
                _NUKTAS) in _DEVANAGARI_LETTER_NAMES.keys() | _BANGLA_LETTER_NAMES.keys()):
            # (a last abbreviation without its dot is a letter's name, "জি", not a word: "उ.प्र.आशा", Uttar Pradesh's ASHA)
            run = next((at for at in range(first - 1, max(-1, first - 8), -1) if words[at][0] == dotted.start()), None)
            if run is not None:
                return run
    if gap.rstrip(". ") == "" or not gap.lstrip(".").startswith(")"):
        return None
    bracketed = _BRACKETED_BEFORE.search(original, max(0, start - 40), start)
    if bracketed is None or first < 2:
        return None
    opened = next((at for at in range(first - 1, max(0, first - 4), -1) if words[at][0] == bracketed.start(1)), None)
    if opened is None or opened < 1 or original[words[opened - 1][1]:words[opened][0]] != " (":
        return None
    before = words[opened - 1][2]
    if before not in script.name_words or before in script.first_head_words or any(
            word in script.first_head_words for _, _, word in words[opened:first]):
        return None
    return opened - 1


def _k_opens_acronym(words: list[tuple[int, int, str]], first: int, script: _ScriptNames) -> bool:
    """True when words[first - 1] is Urdu "کے" before two letter names and a word: the letter K of a three-letter
    acronym ("کے ڈی اے ایمپلائز یونین", the KDA Employees Union), not "of" (which a longer run follows:
    "... کے پی آئی اے ...", of PIA)."""
    return (words[first - 1][2] == _URDU_K and first + 2 < len(words) and words[first][2] in script.letter_words
            and words[first + 1][2] in script.letter_words and words[first + 2][2] not in script.letter_words)


# Bangla's genitive "-র" follows a vowel ("ঢাকার", "সিলেটের"); a consonant before it, or the town suffixes "-পুর" and
# "-নগর", make it the place's own last letter ("শ্যামনগর উপজেলা", "ফরিদপুর উপজেলা"), no case ending.
_BANGLA_R = fold("র")
_BANGLA_CONSONANTS = frozenset(chr(code) for code in range(0x0995, 0x09BA)) | frozenset("\u09dc\u09dd\u09df")
_BANGLA_TOWN_ENDINGS = tuple(fold(ending) for ending in ("পুর", "নগর"))


def _case_marked(word: str, script: _ScriptNames) -> bool:
    """True when `word` ends with one of `script.case_endings`, not counting a Bangla "র" that is the word's own."""
    if not word.endswith(script.case_endings):
        return False
    if word.endswith(_BANGLA_R) and not word.endswith(tuple(e for e in script.case_endings if e != _BANGLA_R)):
        return not (word.endswith(_BANGLA_TOWN_ENDINGS) or (len(word) > 1 and word[-2] in _BANGLA_CONSONANTS))
    return True


def _after_a_head(words: list[tuple[int, int, str]], first: int, script: _ScriptNames) -> bool:
    """True when words[first - 1] is an "and" right after a head ("... ইউনিয়ন ও ত্রিপুরা রাবার শ্রমিক ইউনিয়ন"): the
    name at words[first] is a second one, the "and" joins two names and is no word of one."""
    return (first > 1 and words[first - 1][2] in script.joiners
            and without_head_ending(words[first - 2][2]) in script.first_head_words)


def _inner_trade_word(words: list[tuple[int, int, str]], first: int, script: _ScriptNames) -> bool:
    """True when words[first - 1] is one of `script.inner_trade_words` between a name word and a labour word
    ("ত্রিপুরা টি ওয়ার্কার্স ইউনিয়ন": tea), see _ScriptNames.inner_trade_words."""
    return (first > 1 and words[first - 1][2] in script.inner_trade_words and words[first][2] in script.labour_words
            and words[first - 2][2] in script.name_words and not words[first - 2][2].isdigit())


def _counted(original: str, words: list[tuple[int, int, str]], first: int, script: _ScriptNames) -> bool:
    """True when a numeral and a classifier count the words from words[first] on ("১৩টি জাতীয় ...", "১০ টি
    কেন্দ্রীয় ..."), see _ScriptNames.classifiers."""
    if not script.classifiers or first == 0 or not original[words[first - 1][1]:words[first][0]].isspace():
        return False
    before = words[first - 1][2]
    if before in script.classifiers:
        return first > 1 and words[first - 2][2].isdigit()
    return any(before.endswith(classifier) and before[:-len(classifier)].isdigit()
               for classifier in script.classifiers)


def _opens_with_state(words: list[tuple[int, int, str]], first: int, index: int) -> bool:
    """True when the words from words[first] to before the head words[index] open with an Indian state's name in
    Hindi ("महाराष्ट्र एसटी कामगार संगठन"), see _HINDI_STATES."""
    return any(first + size < index and " ".join(word for _, _, word in words[first:first + size]) in _TRAILING_STATES
               for size in (1, 2))


def _state_after(original: str, words: list[tuple[int, int, str]], last: int, script: _ScriptNames) -> int | None:
    """The last word of a state named right after the head words[last] as part of the name (see
    _ScriptNames.trailing_states), or None."""
    if not script.trailing_states or last + 1 >= len(words):
        return None
    for state_last in (last + 2, last + 1):
        if state_last >= len(words) or not all(original[words[at][1]:words[at + 1][0]] == " "
                                                for at in range(last, state_last)):
            continue
        if " ".join(word for _, _, word in words[last + 1:state_last + 1]) not in script.trailing_states:
            continue
        after = words[state_last + 1] if state_last + 1 < len(words) else None
        if after is not None and after[2] in script.not_after_states and original[
                words[state_last][1]:after[0]].isspace():
            return None
        return state_last
    return None


def without_head_ending(word: str) -> str:
    """A folded head word without the case ending Bangla and Nepali join to it ("युनियनको" is "युनियन",
    "ফেডারেশনের" is "ফেডারেশন"); any other word as it is."""
    for script in _heads_starting_with(word):
        for ending in script.head_endings:
            if word.endswith(ending) and word[:-len(ending)] in script.first_head_words:
                return word[:-len(ending)]
    return word


_ORGANISATION_HEADS = frozenset(fold(head) for head in ("संगठन", "सङ्गठन"))
_HINDI_INDUSTRY = fold("उद्योग")  # a company word that opens no name (see _ScriptNames.company_words)
_ARABIC = _SCRIPT_NAMES[-1]
_URDU = _SCRIPT_NAMES[1]
_HINDI_HEADS = frozenset(head.split()[-1] for head in _SCRIPT_NAMES[2].heads)
_GLUED_SCRIPTS = tuple(script for script in _SCRIPT_NAMES if script.glued_heads)
_GLUED_HEADS = tuple(head + ending for script in _GLUED_SCRIPTS for head in sorted(script.glued_heads)
                     for ending in ("", *script.head_endings))
_ARABIC_HEADS = frozenset(_ARABIC.heads)
# "and", "so", "by/in", "for", "as", joined to a head ("والاتحاد", "لنقابة", "للاتحاد": ل + ال is written لل)
_ARABIC_PROCLITICS = ("وب", "ول", "فل", "فب", "و", "ف", "ب", "ل", "ك", "")
_ARABIC_ARTICLE = "ال"
# The proclitics a word may start with, by its first letter, in _ARABIC_PROCLITICS' order (the empty one last):
# most words of a text start with none, and need only the empty one tried.
_PROCLITICS_BY_INITIAL = {initial: tuple(clitic for clitic in _ARABIC_PROCLITICS if not clitic or clitic.startswith(initial))
                          for initial in {clitic[:1] for clitic in _ARABIC_PROCLITICS if clitic}}
# Words that end an Arabic name (folded): prepositions (and "عقب", right after), particles, days, verbs that follow
# a union's name in the past or the present ("ثالث نقابة تعلن الانسحاب", the third union to announce its exit), and
# what a union is said to be ("التابعة للاتحاد", affiliated to); common first names ("نقابة عمال ألبا علي
# البنعلي"); and the purpose after "for" ("دعت النقابة العامة للمشاركة").
_ARABIC_STOPS = _folded_words("""
    في من على الى إلى عن مع حول بعد قبل ان أن إن التي الذي الذين اللذين هو هي وهو وهي امس أمس اليوم غدا يوم ضد
    خلال لدى منذ حتى بين عبر تحت نحو كل اي أي او أو ثم قد لم لن لا ما كما مثل عند اذا إذا بعض غير سوى
    قال قالت اكد أكد اكدت أكدت اعلن أعلن اعلنت أعلنت دعا دعت طالب طالبت نظم نظمت قرر قررت اعتبر اعتبرت
    اوضح أوضح اوضحت أوضحت اشار أشار اشارت أشارت عقد عقدت اصدر أصدر اصدرت أصدرت يوم
    تعلن يعلن تطالب يطالب تدعو يدعو تؤكد يؤكد تقرر يقرر تنظم ينظم تعقد يعقد عقب
    التابعة التابع المنضوية المنضوين المنضوي المنتسبة الممثلة المكونة
    علي محمد احمد أحمد عبد عبدالله حسن حسين خالد ناصر ام أم
    المجلس مجلس الهيئة هيئة اللجنة لجنة الجمعية جمعية التنسيقية تنسيقية
    المطالبة المشاركة التظاهر الاحتجاج الاضراب الدفاع التضامن الحوار الاعتصام تنفيذ""") | frozenset(
    # and the present tense of the verbs a headline puts after "a union" or "a workers' union", he or she ("نقابة
    # تثمن نجاح الإضراب", a union praises the strike's success; "نقابة عمال تحذر من ...", a workers' union warns):
    # "ت" or "ي" before the verb's stem
    person + fold(stem) for person in "تي" for stem in """
    حذر ستنكر ندد دين رفض تضامن ثمن تهم هدد لوح ناشد حمل نتقد رحب شجب ستعد بحث واصل جدد علق نفي كشف خوض نفذ
    شن قاطع عود تطوع ترقب رفع هنئ حتج عتصم ضرب صدر ستقبل لتقي شارك دعم ساند حتفل حيي خلد طلق بدأ عتبر شيد
    تمسك تقدم عرب حسم نضم ستمر قف""".split())
# What a name's "نقابة" is not, by LABELING.md: lawyers' bars (a profession's regulatory body) and the
# owners', distributors' or merchants' syndicates of employers ("نقابة أصحاب المخابز", "نقابة موزعي المحروقات",
# "النقابة العامة لتجار الكهرباء", the traders' syndicate).
_ARABIC_NOT_UNIONS = _folded_words("المحامين محامين المحامون اصحاب أصحاب موزعي مالكي ملاك تجار التجار")
# Nouns whose first letter "و" is their own, not the conjunction "and" joined to the next word: a ministry,
# an agency, a state or province, a unit, a workshop ("لموظفي وزارة الصيد البحري", "لعمال ولاية الجزيرة").
_ARABIC_WAW_NOUNS = _folded_words("وزارة وزارات وكالة وكالات ولاية ولايات وحدة وحدات ورشة ورش ورشات")
_ARABIC_UNIVERSITY = fold("جامعة")  # a head ("الجامعة العامة للتعليم", a federation) that is also "university"
_ARABIC_ADJECTIVE_ENDINGS = ("ي", "ية", "يين", "يون")  # nisba adjectives: "الأساسي", "العمومية", "اليمنيين"
_ARABIC_PLAIN_HEAD_ADJECTIVES = _folded_words("العام الحر المستقل")
# Words that close a complete genitive chain without being adjectives of origin: "the Arabs" ("لعمال البناء والأخشاب
# العرب") and "independent", "free", "unified" said of the union after its workers ("اتحاد عمال السويس المستقل")
_ARABIC_CHAIN_END_WORDS = _folded_words("العرب المستقل الحر الموحد")
_ARABIC_ARABS = fold("العرب")
_ARABIC_FEMININE_CHAIN_END_WORDS = _folded_words("المستقلة الحرة الموحدة")


def _arabic_head(word: str) -> tuple[int, bool] | None:
    """(length of the particle joined before it, whether it has the article) when the folded word is an
    Arabic head ("والاتحاد": (1, True), "لنقابة": (1, False), "للاتحاد": (1, True)), else None."""
    for clitic in _PROCLITICS_BY_INITIAL.get(word[:1], ("",)):
        if not word.startswith(clitic):
            continue
        rest = word[len(clitic):]
        if rest in _ARABIC_HEADS:
            return len(clitic), False
        if rest.startswith(_ARABIC_ARTICLE) and rest[2:] in _ARABIC_HEADS:
            return len(clitic), True
        if clitic.endswith("ل") and rest.startswith("ل") and rest[1:] in _ARABIC_HEADS:
            return len(clitic), True  # "للاتحاد": the article's alif is not written after ل
    return None


def _arabic_without(word: str, particles: str) -> str | None:
    """The folded word without one of `particles` joined before it ("للشغل" -> "الشغل", "لعمال" -> "عمال",
    "بالغزل" -> "الغزل"), or None when it starts with none of them."""
    for particle in particles:
        if word.startswith(particle) and len(word) > 2:
            rest = word[1:]
            if particle == "ل" and rest.startswith("ل"):
                return _ARABIC_ARTICLE + rest[1:]
            return rest
    return None


def _waw_conjunct(word: str) -> str | None:
    """The folded word without the conjunction "و" joined before it ("والنسيج" -> "النسيج"), or None when it
    starts with none: a noun whose "و" is its own ("وزارة", a ministry) starts with none."""
    if word.startswith("و") and len(word) > 1 and word not in _ARABIC_WAW_NOUNS:
        return word[1:]
    return None


def _is_nisba(word: str) -> bool:
    """True for a definite adjective of origin or kind ("الأساسي", "العمومية", "اليمنيين")."""
    return word.startswith(_ARABIC_ARTICLE) and word.endswith(_ARABIC_ADJECTIVE_ENDINGS)


def _sector_after_workers(original: str, words: list[tuple[int, int, str]], position: int) -> str | None:
    """The sector (folded, with its article) that words[position] starts as "in" or "by" it ("في الموانئ",
    "بالكهرباء"), or None when it starts none (see _ScriptNames.trade_words)."""
    current = words[position][2]
    if current == "في":
        if position + 1 >= len(words) or not original[words[position][1]:words[position + 1][0]].isspace():
            return None
        sector: str | None = words[position + 1][2]
    else:
        sector = _arabic_without(current, "ب")
    return sector if sector in _ARABIC.trade_words else None


def _described_sector_after(original: str, words: list[tuple[int, int, str]], position: int) -> str | None:
    """The definite noun after words[position] ("في") when a definite adjective of kind follows it ("في القطاع الطبي",
    "في المستشفيات الحكومية"), or None: a sector or a kind of workplace described, as a union's name ends with it
    after its workers; not a place, a stop word or a head."""
    if position + 2 >= len(words) or not (original[words[position][1]:words[position + 1][0]].isspace()
                                          and original[words[position + 1][1]:words[position + 2][0]].isspace()):
        return None
    noun, adjective = words[position + 1][2], words[position + 2][2]
    if not noun.startswith(_ARABIC_ARTICLE) or _is_nisba(noun) or noun in _ARABIC_STOPS or (
            _arabic_head(noun) is not None) or not _is_nisba(adjective) or adjective in _ARABIC_STOPS or (
            adjective in _ARABIC.plain_words) or (  # "في الشركة الوطنية": the national company, no kind
            noun in _ARABIC_TIME_WORDS or adjective in _ARABIC_TIME_WORDS):  # "في الأسبوع الماضي": last week
        return None
    return noun


# Words of time after "in" ("في الأسبوع الماضي", "في الفترة الأخيرة", "في العام الحالي"): when, not a sector
_ARABIC_TIME_WORDS = _folded_words("""
    الأسبوع الاسبوع الشهر العام السنة اليوم الأيام الايام الفترة الوقت الأشهر الاشهر الساعات الأعوام الاعوام الموسم
    الماضي الماضية الحالي الحالية الجاري الجارية المقبل المقبلة القادم القادمة الأخير الأخيرة الاخير الاخيرة
    السابق السابقة""")
_ARABIC_OPENING_QUOTES = {"«": "»", "“": "”", '"': '"'}  # the quotes around a firm's name, and each one's closing
_ARABIC_OPENING_QUOTE = re.compile(r"\s*[«“\"]\s*")  # one of them with its spaces, for a name written without it
_ARABIC_TENDENCY = "التوجه"  # (folded) "orientation": a tendency's name after the union's ("التوجه الديمقراطي")
_ARABIC_TENDENCY_BETWEEN = re.compile(r"\s*[-–—،,(“\"«]?\s*")


# "Republic", "State", "Sultanate", "Kingdom" before a country's name ("في جمهورية العراق", "في دولة الكويت")
_ARABIC_STATE_WORDS = _folded_words("جمهورية دولة سلطنة مملكة")


def _state_named_at(original: str, words: list[tuple[int, int, str]], position: int,
                    is_place: Callable[[str], bool]) -> int:
    """How many words from words[position] name a place (1: "العراق"; 2: "جمهورية العراق"), 0 when none do."""
    if position < len(words) and is_place(words[position][2]):
        return 1
    if (position + 1 < len(words) and words[position][2] in _ARABIC_STATE_WORDS and is_place(words[position + 1][2])
            and original[words[position][1]:words[position + 1][0]].isspace()):
        return 2
    return 0


def _name_after_head(original: str, words: list[tuple[int, int, str]], index: int,
                     is_place: Callable[[str], bool]) -> tuple[int, int, str, int] | None:
    """(first word, last word, name, start) of an Arabic union name whose head is words[index], or None.

    Arabic puts the head first and the name after it, with no capitals: a definite head takes adjectives
    ("الاتحاد العام التونسي") and then "for" and the workers or sector ("للشغل", "لنقابات عمال الأردن", "للتعليم
    الأساسي"); an indefinite head is followed by whose union it is ("نقابة المعلمين اليمنيين", "نقابة عمال ألبا",
    "اتحاد نقابات قطاع التأمين والضمان"). The genitive chain ends with a definite word or a place; after it come
    only adjectives of origin or kind ("العمومية", "الموريتانيين"), sectors after "and" ("بالغزل والنسيج"), or
    "in"/"by" and a country ("في العراق", "بليبيا"). A particle joined to the head ("والاتحاد", "للنقابة") is left
    out. A name needs words beyond "general", "national" and the workers ("النقابة العامة للعاملين" is referred to),
    and a word for workers or unions unless its head is "نقابة" (union); "جامعة" (Tunisian and Moroccan federations,
    also "university") only as "الجامعة العامة" or "الجامعة الوطنية" and "for" ("الجامعة العامة للصحة").
    """
    start, end, word = words[index]
    head = _arabic_head(word)
    if head is None:
        return None
    clitic, definite = head
    bare_head = word[clitic:]
    if bare_head.startswith("ل"):
        bare_head = _ARABIC_ARTICLE + bare_head[1:]
    head_word = bare_head[2:] if definite else bare_head
    name_start = start + clitic
    if definite and word[clitic:clitic + 2] != _ARABIC_ARTICLE:
        name_start = start + clitic  # "للاتحاد": the name is written from the article's lam
    state = "adjectives" if definite else "construct"
    quoted = False
    last = index
    complement: list[str] = []  # the bare words after the head
    has_for = False
    construct_words = 0
    workplace_at: int | None = None  # the word "في" before a workplace's name (see below), when there is one
    position = index + 1
    while position < len(words) and position - index <= _SCRIPT_MAX_WORDS:
        between = original[words[position - 1][1]:words[position][0]]
        current = words[position][2]
        if (state == "construct" and complement and complement[-1] in _ARABIC.labour_words
                and between.strip() in _ARABIC_OPENING_QUOTES
                and original[words[position][1]:words[position][1] + 1] == _ARABIC_OPENING_QUOTES[between.strip()]):
            # a company's name in quotes closes the workers' chain as a place does ("نقابة عمال «ألبا»",
            # "النقابة الوطنية لعمال «جارمكو»"): the union of the workers of that firm
            complement.append(current)
            quoted = True
            last = position
            break
        if not between.isspace():
            break
        workplace_noun = workplace_at is not None and position == workplace_at + 1
        if (current in _ARABIC_STOPS and not (current == "في" and state == "definite")
                or _waw_conjunct(current) in _ARABIC_STOPS  # "والذي", "وفي": "and" starts the clause after the name
                or _arabic_head(current) is not None and not (workplace_noun and current == _ARABIC_UNIVERSITY)
                or current.isdigit()):
            # a workplace's first word is a university, not a federation ("نقابة العاملين في جامعة الكويت")
            break
        definite_word = current.startswith(_ARABIC_ARTICLE)
        if state == "adjectives":
            if definite_word and (_is_nisba(current) or current.endswith("ة") or current in _ARABIC_PLAIN_HEAD_ADJECTIVES):
                complement.append(current)
            elif (after_for := _arabic_without(current, "ل")) is not None and after_for not in _ARABIC_STOPS and complement:
                complement.append(after_for)
                has_for = True
                state = "definite" if after_for.startswith(_ARABIC_ARTICLE) else "construct"
                construct_words = 0 if state == "definite" else 1
            else:
                break
        elif state == "construct":
            if definite_word:
                complement.append(current)
                state = "definite"
            elif current.endswith(("ي", "ة")) and position == index + 1 and current + "ن" not in _ARABIC.labour_words:
                # "اتحاد نقابي", "نقابة عمالية", "نقابة مستقلة": a union described, not named; not a plural of
                # workers in the construct state, which drops its "ن" ("نقابة موظفي المصارف", employees of the banks)
                return None
            elif (current.startswith("و") and complement and complement[-1] in _ARABIC.labour_words
                  and current.endswith("ي") and len(current) > 3):
                # workers' words joined by "and", both in the construct state, share the genitive after them
                # ("لعمال وفنيي الكهرباء", "عمال وموظفي الموانئ": workers and technicians of electricity)
                complement.append(current[1:])
                construct_words += 1
            elif current[0] in "لب" and not is_place(current) or (
                    (conjunct := _waw_conjunct(current)) is not None and conjunct not in _ARABIC.labour_words):
                break
            elif construct_words >= 3:
                break
            elif (current.endswith("ية") and current not in _ARABIC_WAW_NOUNS
                  or current in _ARABIC.plain_words) and not is_place(current):
                # "نقابة معلمين مهنية", "نقابة سائقين مستقلة": an adjective without the article
                # after an indefinite chain makes the phrase indefinite, a union described ("a professional
                # teachers' union"); a name's chain ends with a definite word or a place
                return None
            else:
                complement.append(_waw_conjunct(current) or current)
                construct_words += 1
                if is_place(current):
                    state = "definite"
        else:  # definite: the chain is complete
            conjunct = _waw_conjunct(current)
            by = _arabic_without(current, "ب")
            if _is_nisba(current) or conjunct is not None and (_is_nisba(conjunct) or conjunct in _ARABIC.trade_words):
                complement.append(conjunct or current)
            elif current in _ARABIC_CHAIN_END_WORDS and (has_for or current != _ARABIC_ARABS):
                complement.append(current)
            elif current in _ARABIC_FEMININE_CHAIN_END_WORDS and complement[-1] in _ARABIC.labour_words:
                # "للنقابات المستقلة", "لنقابات العمال الحرة": a plural of unions or workers takes the feminine
                # adjective ("الاتحاد العام للنقابات المستقلة في السويس"), which the name goes on after
                complement.append(current)
            elif (has_for and conjunct is not None and conjunct.endswith("ي") and len(conjunct) > 3
                  and complement[-1].endswith("ين") and position + 1 < len(words)
                  and words[position + 1][2].startswith(_ARABIC_ARTICLE)
                  and original[words[position][1]:words[position + 1][0]].isspace()):
                # a second plural of people joined by "and", in the construct state, whose genitive follows: the
                # union "for" both ("النقابة المستقلة للممرضين وتقنيي الصحة", nurses and health technicians)
                complement.append(conjunct)
                state = "construct"
                construct_words = 1
            elif by is not None and is_place(by):
                complement.append(by)  # "الاتحاد العام للشغالين بالمغرب", not "بالإجماع" (unanimously)
            elif has_for and complement[-1] in _ARABIC.labour_words and (sector := _sector_after_workers(
                    original, words, position)) is not None:
                # "النقابة العامة للعاملين في الموانئ", "... للعاملين بالكهرباء": the general unions of Egypt and
                # Jordan are named by the sector their workers are "in"; not "شاركت ... للعاملين في الاعتصام"
                complement.append(sector)
                if current == "في":
                    position += 1
            elif current == "في" and complement[-1] in _ARABIC.labour_words and (
                    sector := _described_sector_after(original, words, position)) is not None:
                # "النقابة الوطنية للعاملين في القطاع الطبي", "نقابة العاملين في المستشفيات الحكومية": the workers "in" a
                # sector or a kind of workplace said with its adjective name their union as a trade does (the adjective
                # is taken next, as a nisba); "للعاملين في الاعتصام المفتوح" (in the open sit-in) has none
                complement.append(sector)
                position += 1
            elif current == "في" and (state_at := _state_named_at(original, words, position + 1, is_place)) and (
                    original[words[position][1]:words[position + 1][0]].isspace()) and not any(
                    map(is_place, complement)):
                # a name that holds its country's adjective ("اتحاد نقابات العمال الفلسطيني") ends before "in" a town
                complement.extend(word for _, _, word in words[position + 1:position + 1 + state_at])
                position += state_at
            elif current in ("العام", "الخاص") and complement[-1] == "القطاع":
                complement.append(current)  # "القطاع العام", the public sector
            elif (not definite and current == "في" and workplace_at is None and complement == [words[index + 1][2]]
                  and complement[0] in _ARABIC.labour_words and complement[0].startswith(_ARABIC_ARTICLE)
                  and position + 1 < len(words) and not is_place(words[position + 1][2])
                  and (not words[position + 1][2].startswith(_ARABIC_ARTICLE) or words[position + 1][2] == "القطاع")):
                # "نقابة العاملين في عقود شركة نفط الكويت", "نقابة الموظفين في القطاع العام بغزة": the union of the
                # workers "in" a workplace or sector is named by it: a genitive chain of two words or more whose
                # first has no article (a firm's or a ministry's own name, "شركة ...", "وزارة ..."), or the public or
                # private sector; a definite word alone describes ("في الشركة", in the company; "في الأسبوع الماضي")
                workplace_at = position
                state = "construct"
                construct_words = 0
            else:
                break
        last = position
        position += 1
    if workplace_at is not None and last - workplace_at < 2:
        last = workplace_at - 1
        complement = complement[:1]
    # a word that ends in "for" or "in" is not the name's: the walk took only whole words
    if last == index or not complement:
        return None
    if not _ARABIC_NOT_UNIONS.isdisjoint(complement):
        return None
    bare = {_arabic_without(word, "و") if word.startswith("و") else word for word in complement}
    if bare <= _ARABIC.plain_words | _ARABIC.labour_words:
        return None  # "النقابة العامة للعاملين", "اتحاد العمال": the workers' union, referred to
    if head_word != fold("نقابة") and _ARABIC.labour_words.isdisjoint(complement) and not (
            head_word == fold("جامعة") and definite and has_for):
        return None
    if head_word == fold("جامعة") and not (definite and has_for and complement[0] in _ARABIC.plain_words):
        return None
    if not definite and len(complement) == 1 and complement[0].startswith(_ARABIC_ARTICLE):
        return None  # "نقابة الصحفيين", "نقابة الأطباء": the profession's union, its full name said elsewhere
    if state == "construct" and len(complement) == 1 and complement[0].endswith(("ين", "ون")) and not is_place(
            complement[0]):
        return None  # "نقابة صحفيين تستنكر", "نقابة معلمين": a union of journalists, of teachers, described
    if definite and head_word == fold("نقابة") and state == "adjectives":
        # "النقابة" names a union by whose workers or trade it is, after "for" ("النقابة العامة للعاملين في
        # الكهرباء"); with adjectives only it is described ("النقابة العمالية الفلسطينية", "النقابة الموؤودة") or the
        # adjective is a noun's after it ("برنامج النقابة العامة التوعوي", the union's awareness programme)
        return None
    name = original[name_start:words[last][1]]
    if quoted:
        name = _ARABIC_OPENING_QUOTE.sub(" ", name)
    if state == "definite" and last + 2 < len(words) and words[last + 1][2] == _ARABIC_TENDENCY and _is_nisba(
            words[last + 2][2]) and _ARABIC_TENDENCY_BETWEEN.fullmatch(original[words[last][1]:words[last + 1][0]]) and (
            original[words[last + 1][1]:words[last + 2][0]].isspace()):
        # "الجامعة الوطنية للتعليم – التوجه الديمقراطي", "(التوجه الديمقراطي)": a tendency that split from the
        # union of the same name is part of its name, in brackets, quotes or after a dash too
        last += 2
        name = f"{name} {words[last - 1][2]} {words[last][2]}"
    if word[clitic:].startswith("ل") and definite:
        name = "ا" + name  # "للاتحاد العام ...": the name is "الاتحاد العام ..."
    return index, last, name, name_start


# What says nothing of which union an Arabic name is, besides its head and its workers: "general", "national", "in",
# "Sultanate", "Republic" (before a country's name, with the article too: "في الجمهورية العربية السورية")
_ARABIC_SAYS_NOTHING = _ARABIC.plain_words - _folded_words("مستقل المستقل مستقلة المستقلة") | {"في"} | _ARABIC_STATE_WORDS | {
    _ARABIC_ARTICLE + word for word in _ARABIC_STATE_WORDS}
# "Arab" in a state's formal name, after "Republic" or "Kingdom" ("الجمهورية العربية السورية") or Egypt ("جمهورية مصر
# العربية"): it says nothing of which union either
_ARABIC_STATE_ARAB = fold("العربية")
_ARABIC_STATE_ARAB_AFTER = _ARABIC_STATE_WORDS | {_ARABIC_ARTICLE + word for word in _ARABIC_STATE_WORDS} | {fold("مصر")}


def _arabic_said_word(word: str) -> str | None:
    """A folded word of an Arabic name as `arabic_name_words` compares it: without "and", "for" or "by" joined before
    it and without the article ("والتأمينات", "للتعليم", "بالكهرباء", "الكهرباء", "كهرباء" are one), None when it
    says nothing of which union (_ARABIC_SAYS_NOTHING, a word for workers)."""
    if word.startswith("و") and (word[1:].startswith((_ARABIC_ARTICLE, "ل", "ب")) or word[1:] in _ARABIC.labour_words):
        word = word[1:]
    if word.startswith("لل"):
        word = _ARABIC_ARTICLE + word[2:]
    elif word[:1] in ("ل", "ب") and (word[1:].startswith(_ARABIC_ARTICLE) or word[1:] in _ARABIC.labour_words):
        word = word[1:]
    if word in _ARABIC_SAYS_NOTHING or word in _ARABIC.labour_words:
        return None
    return word[2:] if word.startswith(_ARABIC_ARTICLE) and len(word) > 4 else word


def arabic_name_says_general(name: str) -> bool:
    """True when an Arabic name has "general", "national" or "independent" among its words ("الاتحاد الوطني لعمال
    ليبيا"): a country's centres so named are set apart by those words, which arabic_name_words leaves out."""
    return any(word in _ARABIC.plain_words or word[:1] in "ول" and word[1:] in _ARABIC.plain_words
               for word in fold(name).split()[1:])


def arabic_name_words(name: str) -> tuple[str, frozenset[str]] | None:
    """(head, the words that say which union) of an Arabic union name, None when it does not open with a head. The
    press writes a union it has named in full short, by its head and what sets it apart, the workers' words and
    "general" left out ("نقابة عمال الكهرباء" for "النقابة العامة للعاملين بالكهرباء", "نقابة التعليم العالي" for
    "النقابة الوطنية للتعليم العالي"): a name whose words are among another's of the same head is that one short."""
    words = fold(name).split()
    if not words or (head := _arabic_head(words[0])) is None:
        return None
    clitic, definite = head
    head_word = words[0][clitic:]
    head_word = head_word[2:] if head_word.startswith(_ARABIC_ARTICLE) else head_word[1:] if definite else head_word
    said = frozenset(said for before, word in pairwise(words) if (said := _arabic_said_word(word)) is not None
                     and not (word == _ARABIC_STATE_ARAB and before in _ARABIC_STATE_ARAB_AFTER))
    return (head_word, said) if said else None


_PERSIAN = _SCRIPT_NAMES[-2]
# The words a name may be read from (see _script_names): a head's first word in a script that writes it after the name
# (those _heads_starting_with gives scripts for); in an Arabic text also the Arabic heads _arabic_head reads, with
# their particles and article (every word it reads is one of these: a proclitic, then a head, the article and a head,
# or "ل" and a head); in a Persian text the Persian heads.
_SCRIPT_HEADED_WORDS = frozenset().union(*(script.headed_words for script in _SCRIPT_NAMES if not script.head_first))
_ARABIC_OPENING_WORDS = _SCRIPT_HEADED_WORDS | frozenset(
    word for clitic in _ARABIC_PROCLITICS for head in _ARABIC_HEADS
    for word in (clitic + head, clitic + _ARABIC_ARTICLE + head, clitic + "ل" + head) if _arabic_head(word) is not None)
_PERSIAN_OPENING_WORDS = _SCRIPT_HEADED_WORDS | frozenset(_PERSIAN.heads)
_URDU_ONLY_LETTERS = re.compile(r"[\u0679\u0688\u0691\u06ba\u06be\u06d2]")  # Urdu's letters Persian has not
_PERSIAN_EZAFE = fold("ی")  # written apart from a head ending in "ه" ("اتحادیه‌ی ملی ...", "اتحادیه ی ...")
_PERSIAN_AND = fold("و")
_PERSIAN_WORKERS = _folded_words("کارگران کارگری")
# "association", "centre": a workers' body only with the workers' word ("انجمن صنفی کارگران ساختمانی سبزوار"); the
# teachers' are the directory's ("کانون صنفی معلمان"), or a group described ("انجمن معلمان معترض")
_PERSIAN_LOOSE_HEADS = _folded_words("انجمن کانون")
_PERSIAN_LABOUR = fold("کارگری")  # "labour" (the adjective), a name's word after "کانون" only
_PERSIAN_LIGHT_VERBS = _folded_words("شد شدند شده کرد کردند کرده گرفت گرفته گردید")
# Words that end a Persian name: prepositions and particles, days and times, verbs and the nouns of the light verbs
# that follow a union's name ("... امروز", "... خواستار آزادی", "سندیکای کارگری شکل گرفت"), and the officers and
# statements of the union after it ("اعضای سندیکا", "رئیس ...", "بیانیه ...")
_PERSIAN_STOPS = _folded_words("""
    در به از با برای که را تا بر طی ضمن پس پیش این آن همین امروز دیروز فردا روز شب صبح شنبه یکشنبه دوشنبه سه
    چهارشنبه پنجشنبه جمعه است هست هستند بود بودند شد شدند شده کرد کردند کرده کند کنند می نمی گفت گفته میگوید
    اعلام خواستار برگزار صادر منتشر شکل نیز هم بار دیگر ماه سال تحت وجود اعضای عضو رئیس رییس دبیر مدیر اطلاعیه
    بیانیه نسبت علیه درباره مورد خصوص حمایت اعتراض اعتصاب تجمع ضد یا اما ولی هر چند دستگیر بازداشت نزدیک وضعیت""")
# words a name may have after its workers' word but a place that ends it: a trade and a firm ("فلزکار مکانیک", "نیشکر
# هفت تپه", "شرکت واحد اتوبوسرانی"); more run on into the sentence ("... شرکت واحد اتوبوسرانی اقدامات فراقانونی")
_PERSIAN_UNPLACED_WORDS = 3


# Iran's provinces in Persian but Tehran (their first words: "خراسان" of "خراسان شمالی", "آذربایجان" of "آذربایجان غربی"),
# which the gazetteer has in Latin letters only, and the words for a province, a county and a town before one
_PERSIAN_PROVINCES = _folded_words("""
    البرز خوزستان کردستان خراسان آذربایجان اصفهان فارس کرمان کرمانشاه گیلان مازندران گلستان لرستان همدان مرکزی
    قزوین زنجان سمنان یزد هرمزگان بوشهر ایلام اردبیل قم سیستان کهگیلویه چهارمحال""")
_PERSIAN_PLACE_NOUNS = _folded_words("استان شهرستان شهر")
# but Tehran's is the ITTA's own body (the directory's "کانون صنفی معلمان تهران"; wide_fa19 fa-8817 labels "انجمن صنفی
# معلمان تهران" the ITTA)
_TEHRAN = fold("تهران")
_PERSIAN_GUILD = fold("صنفی")
_PERSIAN_QUARTERS = _folded_words("شمالی جنوبی شرقی غربی رضوی")  # north, south, east, west; Razavi (Khorasan's)
_PERSIAN_TEACHERS = _folded_words("معلمان فرهنگیان")


def _persian_teachers_of_a_place(complement: list[str], is_place: Callable[[str], bool]) -> bool:
    """Whether a name's words after "انجمن" or "کانون" are a province's or a town's teachers' guild ("کانون صنفی
    معلمان خوزستان", "انجمن صنفی معلمان استان خراسان شمالی"): Iran's teachers' associations, each a union of its
    own (the Coordinating Council's members), where a group of teachers described ("انجمن معلمان معترض") is none."""
    if len(complement) < 3 or complement[0] != _PERSIAN_GUILD or complement[1] not in _PERSIAN_TEACHERS:
        return False
    place = complement[3] if complement[2] in _PERSIAN_PLACE_NOUNS and len(complement) > 3 else complement[2]
    return place != _TEHRAN and (place in _PERSIAN_PROVINCES or is_place(place))


_PERSIAN_GUILD_ENDINGS = tuple(f"{_PERSIAN_GUILD} {teachers}" for teachers in sorted(_PERSIAN_TEACHERS))
_PERSIAN_WORD_AFTER = re.compile(r"[ \u200c]+(?:(استان|شهرستان|شهر)[ \u200c]+)?([^\s\u200c.,،:;؛()«»\"_]+)")


def persian_guild_name_goes_on(original: str, folded: str, end: int, is_place: Callable[[str], bool]) -> bool:
    """True for a directory name ending with the teachers' guild words ("کانون صنفی معلمان", folded `folded`) that a
    province or a town goes on after `end` ("کانون صنفی معلمان خوزستان"): the name of that place's own association,
    which _persian_name reads whole, not the directory's union."""
    if not folded.endswith(_PERSIAN_GUILD_ENDINGS) or (after := _PERSIAN_WORD_AFTER.match(original, end)) is None:
        return False
    return (place := fold(after.group(2))) != _TEHRAN and (place in _PERSIAN_PROVINCES or is_place(place))


def _persian_name(original: str, words: list[tuple[int, int, str]], index: int,
                  is_place: Callable[[str], bool]) -> tuple[int, int, str, int] | None:
    """(first word, last word, name, start) of a Persian union name whose head is words[index], or None.

    Persian puts the head first, the ezafe after it, then whose union it is: maybe adjectives ("آزاد", "ملی",
    "صنفی"), a word for workers, and their trade, firm or place ("سندیکای کارگران شرکت واحد اتوبوسرانی تهران و
    حومه", "اتحادیه آزاد کارگران ایران"). The name ends at punctuation, a word of _PERSIAN_STOPS, a numeral, another
    head or after a place (but for "و حومه", and its outskirts); "و" (and) joins only workers' or sectors' words
    ("کارگران و استادکاران", "نفت و گاز"). A plural head ("اتحادیه‌های"), a union of no workers ("سندیکای پزشکان")
    and the workers alone ("اتحادیه کارگران", the workers' union, referred to) name none.
    """
    start, _, head = words[index]
    if head not in _PERSIAN.heads:
        return None
    complement: list[str] = []
    workers = False
    placed = False
    trade_words = 0  # words after the workers' word, before a place (see _PERSIAN_UNPLACED_WORDS)
    last = index
    position = index + 1
    while position < len(words) and position - index <= _SCRIPT_MAX_WORDS:
        between = original[words[position - 1][1]:words[position][0]]
        if "\n" in between or not between.replace("\u200c", " ").isspace():
            break  # punctuation, a line's end, or a word written against the one before (a plural's "های")
        current = words[position][2]
        if position == index + 1 and current == _PERSIAN_EZAFE:
            position += 1
            continue
        if current in _PERSIAN_STOPS or current.isdigit() or current in _PERSIAN.heads or (
                position + 1 < len(words) and words[position + 1][2] in _PERSIAN_LIGHT_VERBS):
            break  # a word before a light verb is the sentence's ("... کارکنان مبدل شد", was made)
        if not workers:
            if current not in _PERSIAN.plain_words and current not in _PERSIAN.labour_words:
                return None
            workers = current in _PERSIAN.labour_words
        elif current == _PERSIAN_AND:
            after = words[position + 1][2] if position + 1 < len(words) else ""
            if after not in _PERSIAN.labour_words and after not in _PERSIAN.trade_words:
                break
            complement.append(current)
            position += 1
            current = after
        elif placed and current in _PERSIAN_QUARTERS:
            complement.append(current)  # "... آذربایجان غربی": a province named after a country and its quarter
            last = position
            position += 1
            continue
        elif placed or trade_words == _PERSIAN_UNPLACED_WORDS and not is_place(current):
            break
        elif current not in _PERSIAN.labour_words:
            trade_words += 1
        complement.append(current)
        placed = workers and is_place(current)
        last = position
        position += 1
    if not workers or _PERSIAN.labour_words.isdisjoint(complement):
        return None
    if head in _PERSIAN_LOOSE_HEADS and _PERSIAN_WORKERS.isdisjoint(complement) and not _persian_teachers_of_a_place(
            complement, is_place):
        return None  # "انجمن معلمان معترض", protesting teachers' association: a group described
    if head not in _PERSIAN_LOOSE_HEADS and _PERSIAN_LABOUR in complement:
        return None  # "سندیکای کارگری شرکت واحد", "اتحادیه کارگری": a labour union described, its name said otherwise
    if set(complement) <= _PERSIAN.plain_words | _PERSIAN.labour_words | {_PERSIAN_AND}:
        return None
    return index, last, original[start:words[last][1]], start


# Acronyms spelt out in Devanagari, Bangla or Urdu letters, letter name by letter name: Hindi news writes
# Latin acronyms this way in one word ("सीआईटीयू" is CITU), some papers with spaces ("ए आई टी यू सी"),
# Bangla and Urdu news with spaces or dots ("এ আই ইউ টি ইউ সি", "ডাব্লিউ.এফ.টি.ইউ", "سی آئی ٹی یو").
# The longest letter names first.
_DEVANAGARI_LETTER_NAMES = {
    "डब्ल्यू": "W", "डबल्यू": "W", "क्यू": "Q", "एक्स": "X", "जेड": "Z", "वाई": "Y", "एफ": "F", "एच": "H",
    "एल": "L", "एम": "M", "एन": "N", "एस": "S", "आर": "R", "आई": "I", "बी": "B", "सी": "C", "डी": "D",
    "जी": "G", "जे": "J", "के": "K", "पी": "P", "टी": "T", "यू": "U", "वी": "V", "ए": "A", "ई": "E", "ओ": "O",
    "आइ": "I", "इ": "E",  # the short-vowel spellings some papers use ("एआइयूटीयूसी", "सीआइटीयू", "बीइएफआइ")
}
_BANGLA_LETTER_NAMES = {
    "ডব্লিউ": "W", "ডাব্লিউ": "W", "ডাবলিউ": "W", "ওয়াই": "Y", "ওযাই": "Y", "এক্স": "X", "কিউ": "Q",
    "এইচ": "H", "এফ": "F", "এল": "L", "এম": "M", "এন": "N", "এস": "S", "আর": "R", "আই": "I", "বি": "B",
    "সি": "C", "ডি": "D", "জি": "G", "জে": "J", "কে": "K", "পি": "P", "টি": "T", "ইউ": "U", "ভি": "V",
    "জেড": "Z", "এ": "A", "ই": "E", "ও": "O",
}
# Tamil news spells them too, joined, spaced or dotted ("சிஐடியு", "ஏ ஐ டி யு சி", "சி.ஐ.டி.யு."); Tamil has one
# letter for T and D and one for P and B: "டி" is read T (CITU, AITUC, INTUC), "பி" B (BMS).
_TAMIL_LETTER_NAMES = {
    "டபிள்யூ": "W", "எக்ஸ்": "X", "எஃப்": "F", "ஒய்": "Y", "இசட்": "Z", "க்யூ": "Q", "எச்": "H", "எல்": "L",
    "எம்": "M", "என்": "N", "எஸ்": "S", "ஆர்": "R", "ஐ": "I", "பி": "B", "சி": "C", "டி": "T", "ஜி": "G",
    "ஜே": "J", "கே": "K", "யு": "U", "யூ": "U", "வி": "V", "ஏ": "A", "இ": "E", "ஓ": "O",
}
_URDU_LETTER_NAMES = {
    "ڈبلیو": "W", "ایکس": "X", "وائی": "Y", "زیڈ": "Z", "کیو": "Q", "ایچ": "H", "ایف": "F", "ایل": "L",
    "ایم": "M", "این": "N", "ایس": "S", "آئی": "I", "اے": "A", "بی": "B", "سی": "C", "ڈی": "D", "ای": "E",
    "جی": "G", "جے": "J", "کے": "K", "او": "O", "پی": "P", "آر": "R", "ٹی": "T", "یو": "U", "وی": "V",
}


@dataclass(frozen=True)
class _Spelling:
    """The letter names of one script: `present` finds a letter of it, `run` letter names one after another
    (in words of their own or not, a space, a dot or a hyphen between them), `letter_name` one of them."""

    names: dict[str, str]
    present: re.Pattern[str]
    run: re.Pattern[str]
    letter_name: re.Pattern[str]


def _spelling(names: dict[str, str], letters: str, present: str, endings: str = "") -> _Spelling:
    alternatives = "|".join(sorted(names, key=len, reverse=True))
    word = f"(?:(?:{alternatives})[\u093c\u09bc]?)+"  # a nukta may follow a letter name ("एफ़")
    end = f"(?:(?![{letters}])|(?=(?:{endings})(?![{letters}])))" if endings else f"(?![{letters}])"
    run = f"(?<![{letters}]){word}(?:(?:\\. ?| |-){word})*{end}"
    return _Spelling(names, re.compile(f"[{present}]"), re.compile(run), re.compile(alternatives))


_SPELLINGS = (
    _spelling(_DEVANAGARI_LETTER_NAMES, "\u0900-\u0963\u0966-\u097f", "\u0900-\u097f"),  # not the danda
    # a Bangla case ending may be glued to the last letter name ("এ আই সি সি টি ইউর", AICCTU's)
    _spelling(_BANGLA_LETTER_NAMES, "\u0980-\u09ff", "\u0980-\u09ff", "এর|র"),
    _spelling(_URDU_LETTER_NAMES, "\u0621-\u064a\u0670-\u06d3", "\u0679\u0688\u06cc\u06d2"),  # Urdu's own letters
    _spelling(_TAMIL_LETTER_NAMES, "\u0b80-\u0bff", "\u0b80-\u0bff"),
)
# "affiliated (to)" in Hindi and Nepali: the name of what a union is affiliated to goes before it
_AFFILIATED_WORDS = frozenset(fold(word) for word in ("सम्बद्ध", "संबद्ध"))
_SPELT_SCRIPTS = re.compile(r"[\u0900-\u09ff\u0b80-\u0bff\u0679\u0688\u06cc\u06d2]")
_NUKTAS = str.maketrans("", "", "\u093c\u09bc")
_LETTER_GAP = re.compile(r"\. ?| |-")
_SPELT_COMMON_WORDS = frozenset({"के", "কে", "ও", "کے"})  # of, to, and
# SEWA in its Hindi word ("service"), only after a spelt acronym in a list: "टी यू सी सी, सेवा, ..."
_SEWA = re.compile("[,،] ?(सेवा)(?![\u0900-\u0963\u0966-\u097f])")


def spelt_acronyms(original: str) -> list[tuple[int, int, str]]:
    """(start, end, acronym) for each Latin acronym of three letters or more spelt out letter name by
    letter name in Devanagari, Bangla or Urdu ("यूपीएमएसआरए" -> "UPMSRA", "এ আই ইউ টি ইউ সি" -> "AIUTUC");
    [] for a text in none of these scripts. Letter names that follow one another with a space or a dot
    between are one acronym; when the first or last of them is also a common word ("کے", of: "سی آئی
    ٹی یو کے"), the run without it comes next, longest first at each start: the tagger keeps the first
    the directory knows."""
    if not _SPELT_SCRIPTS.search(original):
        return []
    found: list[tuple[int, int, str]] = []
    for spelling in _SPELLINGS:
        if not spelling.present.search(original):
            continue
        for match in spelling.run.finditer(original):
            words: list[tuple[int, int, str, str]] = []
            start = match.start()
            for gap in [*_LETTER_GAP.finditer(original, start, match.end()), None]:
                end = gap.start() if gap is not None else match.end()
                bare = original[start:end].translate(_NUKTAS)
                words.append((start, end, "".join(spelling.names[name] for name in spelling.letter_name.findall(bare)),
                              bare))
                start = gap.end() if gap is not None else end
            found.extend(_spelt_runs(words))
            if len(words) > 1 and spelling.present.match(original, match.end()):
                # a case ending glued to the last word: that word may be a letter with it ("সি আই টি ইউ সির",
                # CITU's) as well as the acronym's last letter
                found.extend(_spelt_runs(words[:-1]))
    if "सेवा" in original:
        ends = {end for _, end, _ in found}
        found.extend((match.start(1), match.end(1), "SEWA") for match in _SEWA.finditer(original) if match.start() in ends)
    return sorted(found, key=lambda spelt: (spelt[0], -spelt[1]))


def _spells_letters(word: str) -> bool:
    """True for one word that spells two Latin letters or more by their names ("यूटी", UT)."""
    bare = word.translate(_NUKTAS)
    return any(spelling.run.fullmatch(bare) is not None and len(spelling.letter_name.findall(bare)) >= 2
               for spelling in _SPELLINGS)


def _spelt_runs(run: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str]]:
    """The acronym `run` spells, and the one without a common word at either end, when three letters or more."""
    ends = [(first, last) for first in (0, 1) for last in (len(run) - 1, len(run) - 2)
            if first <= last and (first == 0 or run[0][3] in _SPELT_COMMON_WORDS)
            and (last == len(run) - 1 or run[-1][3] in _SPELT_COMMON_WORDS)]
    return [(run[first][0], run[last][1], acronym) for first, last in ends
            if len(acronym := "".join(letters for _, _, letters, _ in run[first:last + 1])) >= 3]


# English union names written word by word in Urdu letters ("آل پاکستان فیڈریشن آف ٹریڈ یونینز" is the All
# Pakistan Federation of Trade Unions, "سنٹر آف انڈین ٹریڈ یونین" the Centre of Indian Trade Unions): the
# English words of the names the directory holds; "" for the second word of one English word ("ایسوسی ایشن").
_URDU_ENGLISH_WORDS = {
    "آل": "All", "پاکستان": "Pakistan", "انڈیا": "India", "انڈین": "Indian", "انٹرنیشنل": "International",
    "نیشنل": "National", "یونائیٹڈ": "United", "یونائٹیڈ": "United", "یونائیٹیڈ": "United", "پیپلز": "Peoples", "جنرل": "General", "سنٹرل": "Central",
    "سینٹرل": "Central", "ڈیموکریٹک": "Democratic", "آف": "of", "اینڈ": "and", "ٹریڈ": "Trade", "لیبر": "Labour",
    "ورکرز": "Workers", "ایمپلائز": "Employees", "ایمپلائیز": "Employees", "کلرکس": "Clerks", "ٹیچرز": "Teachers",
    "ہوم": "Home", "بیسڈ": "Based", "وومن": "Women", "ویمن": "Women", "لوکل": "Local", "گورنمنٹ": "Government",
    "ریلوے": "Railway", "ریلویز": "Railways", "یونین": "Union", "یونینز": "Unions", "ٹریڈیونین": "Trade Union",
    "ٹریڈیونینز": "Trade Unions", "فیڈریشن": "Federation", "کنفیڈریشن": "Confederation",
    "کانفیڈریشن": "Confederation", "کانگریس": "Congress", "سنٹر": "Centre", "سینٹر": "Centre",
    "ایسوسی": "Association", "ایشن": "",
    # Pakistan's power utility and its unions' words ("واپڈا ہائیڈرو الیکٹرک ورکرز یونین", the WAPDA Hydro Electric
    # Workers Union)
    "واپڈا": "WAPDA", "ہائیڈرو": "Hydro", "الیکٹرک": "Electric",
    # and the words of India's bank unions as the Urdu press of India writes them ("بینک ایمپلائز فیڈریشن آف انڈیا", the
    # Bank Employees Federation of India; "یونائیٹڈ فورم آف بینک یونینز", the UFBU), and their officers
    "بینک": "Bank", "فورم": "Forum", "آفیسرز": "Officers",
}
# And in Devanagari, as Hindi news writes the names of India's bank, insurance, railway and central unions ("बैंक
# एम्पलाइज फेडरेशन ऑफ इंडिया" is the Bank Employees Federation of India, "ऑल इंडिया बैंक ऑफिसर्स कन्फेडरेशन" the All
# India Bank Officers Confederation), each word in the spellings the press uses: "of" with a nukta too ("फेडरेशन ऑफ़
# इंडिया"), "unions" as "यूनियन्स" and the bank unions' forum ("यूनाइटेड फोरम आफ बैंक यूनियन्स", the UFBU); "employees" in
# every spelling of _HINDI_EMPLOYEES ("इलेक्ट्रिसिटी इंप्लाइज फेडरेशन ऑफ इंडिया"), "power" with "ा" or "ॉ" as the power
# sector's federations are written ("ऑल इंडिया पॉवर इंजीनियर्स फेडरेशन").
_DEVANAGARI_ENGLISH_WORDS = {
    **dict.fromkeys(("ऑल", "आल", "अॉल"), "All"), **dict.fromkeys(("इंडिया", "इण्डिया", "इन्डिया"), "India"),
    **dict.fromkeys(("इंडियन", "इण्डियन"), "Indian"), "नेशनल": "National", "यूनाइटेड": "United", "युनाइटेड": "United",
    **dict.fromkeys(("इंटरनेशनल", "इण्टरनेशनल", "इन्टरनेशनल"), "International"), "सेंट्रल": "Central",
    **dict.fromkeys(("ऑफ", "आफ", "ओफ", "अॉफ", "ऑफ़", "आफ़"), "of"), **dict.fromkeys(("एंड", "एण्ड"), "and"), "बैंक": "Bank",
    **dict.fromkeys(("एम्पलाइज", "एम्पलाईज", "एम्प्लाइज", "एम्प्लॉइज", "एम्प्लॉयीज", "एंप्लॉइज", "एम्पलॉइज", "इम्प्लाइज",
                     "इम्पलाईज", "इम्प्लॉइज", "एम्प्लोयी", *_HINDI_EMPLOYEES.split()), "Employees"),
    **dict.fromkeys(("पावर", "पॉवर"), "Power"), **dict.fromkeys(("इंजीनियर्स", "इंजिनियर्स", "इन्जीनियर्स"), "Engineers"),
    **dict.fromkeys(("ऑफिसर्स", "आफिसर्स", "ऑफीसर्स"), "Officers"), "वर्कर्स": "Workers", "ट्रेड": "Trade",
    # (and the officers in the singular, as the workers: "आल इंडिया पंजाब नेशनल बैंक आफिसर एसोशिएशन"; a bank's staff
    # unions are named after it, so the state of Punjab National Bank is a word of their names too)
    **dict.fromkeys(("ऑफिसर", "आफिसर", "ऑफीसर"), "Officers"), "पंजाब": "Punjab",
    # (the press writes the workers of a name in the singular as often: "कंस्ट्रक्शन वर्कर फेडरेशन ऑफ इंडिया",
    # "इंडियन नेशनल माइन्स वर्कर फेडरेशन"; no union's English name has "Worker" before its head)
    "वर्कर": "Workers", **dict.fromkeys(("माइन्स", "माइंस"), "Mines"), "कंस्ट्रक्शन": "Construction",
    "इंश्योरेंस": "Insurance", "रेलवे": "Railway", "ट्रांसपोर्ट": "Transport", "रोड": "Road", "पोस्टल": "Postal",
    "डिफेंस": "Defence", "इलेक्ट्रिसिटी": "Electricity", "स्टील": "Steel", "मेटल": "Metal",
    # (coal also as "कॉल", as the press writes it: "आल इंडिया कॉल वर्कर फेडरेशन")
    **dict.fromkeys(("कोल", "कॉल"), "Coal"),
    **dict.fromkeys(("इंजीनियरिंग", "इंजिनियरिंग"), "Engineering"), **dict.fromkeys(("यूनियन", "युनियन"), "Union"),
    **dict.fromkeys(("यूनियंस", "यूनियनों", "यूनियन्स", "युनियन्स"), "Unions"), "फोरम": "Forum", "फेडरेशन": "Federation",
    **dict.fromkeys(("कन्फेडरेशन", "कॉन्फेडरेशन", "कान्फेडरेशन", "कनफेडरेशन"), "Confederation"),
    **dict.fromkeys(("एसोसिएशन", "एसोसियेशन", "ऐसोसिएशन", "एसोशिएशन", "ऐसोसियेशन"), "Association"), "कांग्रेस": "Congress",
    **dict.fromkeys(("सेंटर", "सेन्टर"), "Centre"), **dict.fromkeys(("काउंसिल", "कौंसिल"), "Council"),
}
# And in Bengali letters, as Bangla news writes the English names of India's and Bangladesh's unions and federations
# ("ইউনাইটেড ফোরাম অব ব্যাংক ইউনিয়ন", the UFBU, which the directory holds as "... অফ ব্যাঙ্ক ইউনিয়নস"), each word in the
# spellings the press uses ("of" as "অব" or "অফ", "bank" with "ং" or "ঙ্ক"), a head also with the genitive joined to it
# ("... ফেডারেশনের"); "য়" written as one letter or as "য" with a nukta.
_BENGALI_ENGLISH_WORDS = {
    spelling: english for word, english in {
        **dict.fromkeys(("অল", "অল্"), "All"),
        # India also with the genitive or "also" joined ("... ফেডারেশন অফ ইন্ডিয়ার তরফে", "... অব ইন্ডিয়াও"), which end
        # a name; Bangladesh, whose unions' English names the press spells so too ("বাংলাদেশ হেলথ এসিস্ট্যান্ট
        # এসোসিয়েশন"), health assistants' and officers' words in the spellings the press uses
        **dict.fromkeys(("ইন্ডিয়া", "ইণ্ডিয়া", "ইন্ডিয়ার", "ইন্ডিয়াও"), "India"), "বাংলাদেশ": "Bangladesh",
        **dict.fromkeys(("হেলথ", "হেল্থ"), "Health"),
        **dict.fromkeys(("এসিস্ট্যান্ট", "এসিসট্যান্ট", "এসিষ্ট্যান্ট", "এ্যাসিস্ট্যান্ট", "এ্যাসিষ্ট্যান্ট", "অ্যাসিস্ট্যান্ট",
                         "এ্যাসিস্টান্ট"), "Assistant"),
        **dict.fromkeys(("ইন্ডিয়ান",), "Indian"), **dict.fromkeys(("ন্যাশনাল", "ন্যাশানাল"), "National"),
        "ইউনাইটেড": "United", "ইন্টারন্যাশনাল": "International", **dict.fromkeys(("সেন্ট্রাল", "সেণ্ট্রাল"), "Central"),
        **dict.fromkeys(("অব", "অফ"), "of"), **dict.fromkeys(("অ্যান্ড", "এন্ড", "এ্যান্ড"), "and"),
        **dict.fromkeys(("ব্যাংক", "ব্যাঙ্ক"), "Bank"), "ফোরাম": "Forum", "রেলওয়ে": "Railway",
        **dict.fromkeys(("এমপ্লয়িজ", "এমপ্লয়ীজ", "এমপ্লয়িস", "এমপ্লয়ীস", "এম্পলয়িজ", "এম্প্লয়িজ"), "Employees"),
        **dict.fromkeys(("অফিসার্স", "অফিসার"), "Officers"), **dict.fromkeys(("ওয়ার্কার্স", "ওয়ার্কার"), "Workers"),
        "ট্রেড": "Trade", "ফ্রি": "Free", "লেবার": "Labour",
        **dict.fromkeys(("ইউনিয়ন", "ইউনিয়নের"), "Union"), **dict.fromkeys(("ইউনিয়নস", "ইউনিয়ন্স"), "Unions"),
        **dict.fromkeys(("ফেডারেশন", "ফেডারেশনের"), "Federation"),
        **dict.fromkeys(("কনফেডারেশন", "কনফেডারেশনের"), "Confederation"),
        **dict.fromkeys(("অ্যাসোসিয়েশন", "এসোসিয়েশন", "অ্যাসোসিয়েশনের", "এসোসিয়েশনের", "এ্যাসোসিয়েশন",
                         "এ্যাসোসিয়েশনের", "এসোসিয়েশান", "এসাসিয়েশন"), "Association"),
        **dict.fromkeys(("কংগ্রেস", "কংগ্রেসের"), "Congress"),
    }.items() for spelling in (word, word.replace("য়", "য়"))
}
_URDU_ENGLISH_HEADS = frozenset({"Union", "Unions", "Trade Union", "Trade Unions", "Federation", "Confederation",
                                 "Congress", "Centre", "Association"})
_URDU_ENGLISH_PEOPLE = frozenset({"Workers", "Employees", "Officers", "Engineers", "Teachers", "Clerks"})
_URDU_WORD = re.compile("[\u0621-\u064a\u0670-\u06d3]+")
_DEVANAGARI_WORD = re.compile("[\u0900-\u0963\u0966-\u097f]+")
_BENGALI_WORD = re.compile("[\u0980-\u09e3\u09f0-\u09ff]+")
_URDU_ENGLISH_MAX_WORDS = 8  # "آل پاکستان فیڈریشن آف یونائیٹڈ ٹریڈ یونینز" is 7: a longer run is a list, not one name


def transliterated_names(original: str) -> list[tuple[int, int, str]]:
    """(start, end, English name) for each run of two words or more in Urdu, Devanagari or Bengali letters that
    spells English words and ends with a union's head word ("فیڈریشن", "یونین", "फेडरेशन", "ইউনিয়ন"), longest first
    at each start; [] for a text without Urdu's own letters, Devanagari or Bengali. The tagger keeps those the
    directory knows."""
    if not _SPELT_SCRIPTS.search(original):
        return []
    found = _transliterated_runs(original, _URDU_WORD, _URDU_ENGLISH_WORDS)
    if _DEVANAGARI_WORD.search(original):
        found += _transliterated_runs(original, _DEVANAGARI_WORD, _DEVANAGARI_ENGLISH_WORDS)
    if _BENGALI_WORD.search(original):
        found += _transliterated_runs(original, _BENGALI_WORD, _BENGALI_ENGLISH_WORDS)
    return sorted(found, key=lambda name: (name[0], -name[1]))


def _transliterated_runs(original: str, script_word: re.Pattern[str],
                         english_words: dict[str, str]) -> list[tuple[int, int, str]]:
    """transliterated_names in one script, its words found by `script_word` and read by `english_words`."""
    words = [(match.start(), match.end(), english_words.get(match.group()))
             for match in script_word.finditer(original)]
    found: list[tuple[int, int, str]] = []
    for first, (start, _, english) in enumerate(words):
        if not english:
            continue
        for last in range(first + 1, min(len(words), first + _URDU_ENGLISH_MAX_WORDS)):
            if words[last][2] is None or not original[words[last - 1][1]:words[last][0]].isspace():
                break
            if words[last][2] in _URDU_ENGLISH_HEADS or (words[last - 1][2] == "of" and any(
                    word in _URDU_ENGLISH_HEADS for _, _, word in words[first:last - 1])) or (
                    words[last][2] in _URDU_ENGLISH_PEOPLE and any(
                        words[at][2] in _URDU_ENGLISH_HEADS and words[at + 1][2] == "of" for at in range(first, last - 2))):
                # (or the place or trade after "of" that ends a name: "... Federation of India"; or the people after
                # "of", their trade before them: "All India Federation of Electricity Employees")
                found.append((start, words[last][1], " ".join(word for _, _, word in words[first:last + 1] if word)))
    return found


# Latin acronyms written against Chinese, Japanese or Korean characters, with no space between ("JAMという",
# "KCTU는", "UAWが"): the automaton matches whole words only, so these are looked up on their own.
_GLUED_ACRONYM = re.compile(r"(?<![A-Za-z0-9])[A-Z][A-Z0-9&\-]{1,11}(?![A-Za-z0-9])")
_CJK_LETTER = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")


# And after the Arabic "and" joined to them ("FNE وFDT وUGTM", a list of Moroccan unions): "و" alone before the acronym.
_ARABIC_AND_ACRONYM = re.compile(r"(?<![\u0621-\u064a])و[A-Z]")


# And in Urdu and Persian, typed without the space before a postposition or after a word ("سیکرٹری جنرل APFUTUکی
# قیادت میں", APFUTU's; "سمواCMMWA"): an Urdu text's Arabic-script letter right before or after the acronym.
_ARABIC_SCRIPT_LETTER = re.compile("[\u0621-\u064a\u0671-\u06d3]")


def glued_acronyms(original: str) -> list[tuple[int, int, str]]:
    """(start, end, acronym) for capitalised Latin acronyms right before or after a CJK or Hangul character, or
    after an Arabic "and" joined to them, or, in an Urdu or Persian text, against a letter of its script."""
    cjk = _CJK_LETTER.search(original) is not None
    urdu = URDU_PERSIAN_LETTERS.search(original) is not None
    if not cjk and not urdu and _ARABIC_AND_ACRONYM.search(original) is None:
        return []
    glued = [_CJK_LETTER] * cjk + [_ARABIC_SCRIPT_LETTER] * urdu
    return [(match.start(), match.end(), match.group()) for match in _GLUED_ACRONYM.finditer(original)
            if any(letter.match(original, match.end()) or (
                match.start() > 0 and letter.match(original, match.start() - 1)) for letter in glued)
            or match.start() > 0 and _ARABIC_AND_ACRONYM.match(original, match.start() - 1)]


@dataclass(frozen=True)
class FoundName:
    """A union name found by its shape: `original[start:end]` is the name, `acronym` the one it teaches."""

    start: int
    end: int
    name: str
    acronym: str | None


def _with_syllabic_acronyms(found: list[FoundName]) -> list[FoundName]:
    """`found`, a French syllabic acronym found alone ("Synecam", see _FRENCH_PREFIX_HEAD) that spells a name found in
    the same text ("le Syndicat des enseignants du Cameroun. [...] Le Synecam a fait parvenir ...") taken as that name's
    acronym: one union, not two."""
    result = list(found)
    dropped: set[int] = set()
    for syllabic in found:
        if " " in syllabic.name or not _FRENCH_PREFIX_HEAD.fullmatch(syllabic.name):
            continue
        for index, other in enumerate(result):
            if " " in other.name and syllables_fit(syllabic.name, other.name.split()):
                if other.acronym is None:
                    result[index] = replace(other, acronym=syllabic.name)
                dropped.add(id(syllabic))
                break
    return [name for name in result if id(name) not in dropped]


# A French or Québec union's own acronym glued by a dash to its centre's, written as its name ("SEC-CSQ", "ID-FO",
# "SNCL-FAEN"): the centre's acronyms (France's confederations and Québec's centrales) and an acronym in capitals
# before them. Not a centre's organ ("UD-CGT": its union départementale, "UL", "UR", "UIR", "USD", "CSD", "FD"), and
# not in a bracket after a union's name (its acronym with its centre, left to the name: "Syndicat des communications,
# de l'énergie et du papier (SCEP-FTQ)").
_CENTRE_GLUED_NAME = re.compile(r"(?<![\w\-‐‑/])([A-Z]{2,6})[-‐‑](CGT|FO|CFDT|CFTC|FSU|UNSA|FAEN|CSN|CSQ|FTQ|CSD)(?![\w\-‐‑/])")
# What every such name holds: searched (quickly, from its first character) before a text's language is detected for them
_CENTRE_GLUED_GATE = re.compile(_CENTRE_GLUED_NAME.pattern[_CENTRE_GLUED_NAME.pattern.index("[-‐‑]"):])
_CENTRE_ORGANS = frozenset({"UD", "UL", "UR", "UIR", "ULS", "USD", "UDS", "CSD", "FD", "CE", "CA", "CHSCT", "CSE", "CCE"})
_HEAD_BEFORE_BRACKET = re.compile(r"\b(?:Syndicat|Fédération|Union|Confédération|Centrale|Conseil|Association|Alliance)\b"
                                  r"[^.;:!?()\[\]]{0,100}$", re.IGNORECASE)
_ACRONYM_BEFORE_SPACE = re.compile(r"(?<![\w\-])[A-Z]{2,}\s$")


def glued_centre_start(original: str, start: int, end: int) -> int | None:
    """Where the centre's acronym starts when `original[start:end]` is a union's own acronym glued by a dash to its
    centre's (_CENTRE_GLUED_NAME: "ID-FO", "SNPDEN-FSU"; not a centre's organ, "UD-FO"), else None: the centre is
    named beside the union, not by it, as after a centre suffix (see centre_suffix_start)."""
    match = _CENTRE_GLUED_NAME.fullmatch(original, start, end)
    return match.start(2) if match is not None and match.group(1) not in _CENTRE_ORGANS else None


# A centre's federation of a sector named by the centre's acronym and the sector's word, capitalised ("CFTC Santé",
# "CGSP Enseignement", "SLFP Enseignement", "VSOA Onderwijs", "FO Territoriaux"): France's and
# Belgium's centres federate their unions by sector so, and the press names the federation by both words. The sector
# is one word of a closed list (a workplace or a place after a centre names its section or its branch, no union of
# its own: "CGT Renault", "CGT Nord", "FGTB Charleroi"), and no capitalised word goes on after it. Read in French text
# only; the centre is named beside its federation. Not "Poste" ("SUD Poste" is part of SUD PTT, wide_fr18 fr-5656) nor
# "Éducation"/"Éduc'action" (the directory names "SUD éducation", "UNSA Éducation"; the word cost precision on the
# held-out samples and found nothing more in the wide ones).
_SECTOR_CENTRES = ("CGT", "FO", "CFDT", "CFTC", "CFE-CGC", "UNSA", "Unsa", "SUD", "Sud", "FSU", "CGSP", "SLFP", "ACOD",
                   "Acod", "VSOA", "CSC", "FGTB", "CGSLB", "SETCa")
_SECTOR_WORDS = ("Santé", "Enseignement", "Onderwijs", "Métaux", "Métallurgie", "Cheminots", "Commerce", "Chimie",
                 "Énergie", "Energie", "Territoriaux", "Finances", "Banques", "Transports", "Culture", "Justice",
                 "Construction", "Agroalimentaire", "Ferroviaire", "Fonctionnaires", "Police", "Douanes", "Spectacle")
_CENTRE_SECTOR_NAME = re.compile(r"(?<![\w\-‐‑/])(" + "|".join(re.escape(centre) for centre in _SECTOR_CENTRES)
                                 + r")[ \-‐‑](" + "|".join(re.escape(word) for word in _SECTOR_WORDS)
                                 + r")(?![\w\-‐‑’'])(?![^\S\n]+[A-ZÀ-Þ])")
_CENTRE_SECTOR_GATE = re.compile(r"(?:" + "|".join(re.escape(centre) for centre in _SECTOR_CENTRES) + r")[ \-‐‑][A-ZÉ]")


def centre_sector_name(name: str) -> bool:
    """True when `name` is a centre's federation of a sector (_CENTRE_SECTOR_NAME): the centre is named beside it."""
    return _CENTRE_SECTOR_NAME.fullmatch(name) is not None


def _centre_sector_names(original: str, found: list[FoundName], known: list[tuple[int, int]]) -> list[FoundName]:
    """Names of the _CENTRE_SECTOR_NAME shape that no found name holds or touches, and no directory name holds
    whole ("FO Métaux", "CGT Cheminots" are the directory's)."""
    names: list[FoundName] = []
    for match in _CENTRE_SECTOR_NAME.finditer(original):
        start, end = match.span()
        if any(span_start < end and start < span_end for span_start, span_end in
               [(name.start, name.end) for name in found]) or any(
                span_start < end and start < span_end and not (span_start == start and span_end == match.end(1))
                for span_start, span_end in known):
            continue
        names.append(FoundName(start, end, match.group(), None))
    return names


def _centre_glued_names(original: str, found: list[FoundName], known: list[tuple[int, int]]) -> list[FoundName]:
    """Names of the _CENTRE_GLUED_NAME shape that no found or directory name holds or touches."""
    taken = [(name.start, name.end) for name in found] + list(known)
    names: list[FoundName] = []
    for match in _CENTRE_GLUED_NAME.finditer(original):
        start, end = match.span()
        # (the centre's acronym is the directory's, its own is no name found or known: "SNJ-CGT" is the directory's)
        if match.group(1) in _CENTRE_ORGANS or any(span_start < match.end(1) and start < span_end
                                                   for span_start, span_end in taken):
            continue
        if _ACRONYM_BEFORE_SPACE.search(original, max(0, start - 12), start):
            continue  # "FNEC FP-FO": the last words of a longer acronym
        if original[start - 1:start] == "(" and _HEAD_BEFORE_BRACKET.search(original, max(0, start - 121), start - 1):
            continue
        names.append(FoundName(start, end, match.group(), match.group()))
    return names


def _bracketed(original: str) -> Iterator[re.Match[str]]:
    """Exactly _PAREN.finditer(original), tried only at the brackets (found with str.find, much
    faster than letting the pattern try every position)."""
    starts: list[int] = []
    for bracket in "([":
        position = original.find(bracket)
        while position >= 0:
            starts.append(position)
            position = original.find(bracket, position + 1)
    taken_until = 0
    for position in sorted(starts):
        if position >= taken_until and (match := _PAREN.match(original, position)) is not None:
            taken_until = match.end()
            yield match


def _local_mentions(original: str) -> Iterator[re.Match[str]]:
    """Exactly _LOCAL.finditer(original), tried only where "Local" stands (found with str.find, much
    faster than letting the pattern try every position)."""
    position = original.find("Local")
    while position >= 0:
        match = _LOCAL.match(original, position)
        position = original.find("Local", position + 1 if match is None else match.end())
        if match is not None:
            yield match


def _tokens(original: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """Word and punctuation tokens of original[start:end] as (start, end, text); a line break is a "\\n" token."""
    return [(match.start(), match.end(), match[0]) for match in _WORD.finditer(original, start, end)]


def _next_tokens(original: str, start: int, limit: int) -> Iterator[tuple[int, int, str]]:
    """The tokens from `start` on, read lazily, at most `limit` characters."""
    for match in _WORD.finditer(original, start, min(len(original), start + limit)):
        yield match.start(), match.end(), match[0]


# A name followed by an apposition that says what it is: "l'UFR-CFDT, premier syndicat de la branche",
# "Sutep, el sindicato de maestros", "Unifor, the largest private-sector union".
_APPOSITION_ADJECTIVES = (r"(?:premier|première|primer|primera|primeiro|primeira|primo|prima|first|largest|biggest|"
                          r"main|principal|plus grand|mayor|maior|maggiore|nouveau|nuevo|novo|nuovo|new|powerful|"
                          r"influential|national|nacional|nazionale)")
_NAME_COMMA_THE = re.compile(r"(?<![\w\-])([^\W\d_][\w\-]{1,20}),\s+(?:(?:le|la|el|the|o|a|il|lo|un|une|uno|una|um|uma|an?)\s+"
                             r"(?:" + _APPOSITION_ADJECTIVES + r"\s+)?|" + _APPOSITION_ADJECTIVES + r"\s+)$")
# A news agency, or a source a report is attributed to, before the name: "de acordo com a agência de notícias
# Reuters, o sindicato da Hyundai", "Segundo a Reuters, o sindicato ...", "selon l'agence TAP": the comma ends the
# attribution, and what follows is no apposition saying the name is a union.
# (NEWS_AGENCY_WORDS, the words for a news agency, are the tagger's too: see tagger._after_news_agency_word.)
NEWS_AGENCY_WORDS = (r"(?:news\s+|press\s+)?agency|agence(?:\s+de\s+presse)?|agencia(?:\s+de\s+(?:noticias|prensa))?|"
                     r"agência(?:\s+de\s+notícias)?|agenzia(?:\s+di\s+stampa)?|nachrichtenagentur|agentur")
NEWS_AGENCY_OR_SOURCE_BEFORE = re.compile(
    rf"(?<![^\W\d_])(?:{NEWS_AGENCY_WORDS}|according\s+to|"
    r"segundo|de\s+acordo\s+com|conforme|selon|d['’]après|según|secondo)"
    r"\s+(?:(?:the|a|o|la|le|el|il|lo|die|der|l['’])\s*)?$", re.IGNORECASE)
# A head word followed by the parents it gathers: "la FCPE, un syndicat de parents d'élèves" (a parents'
# association, no workers' organisation).
_PARENTS_AFTER_HEAD = re.compile(r" (?:de|des|dei|di|de los|de las|dos|das|of) (?:parents|genitori|padres|pais)\b",
                                 re.IGNORECASE)
# A name at a sentence's start defined as what the head word says: "X es una", "X est un", "X is a".
_NAME_IS_A = re.compile(r"(?:^|[.!?\n]\s*|[(,;]\s*)([^\W\d_][\w\-]{2,20})\s+(?:es|est|é|è|is|ist|är|jest)\s+"
                        r"(?:un|una|um|uma|une|a|an|ein|eine|en|ett)\s+(?:[^\W\d_]+\s+)?$")
_ROLE_WORDS = frozenset(fold(word) for word in """
leader leaders president presidente presidenta chairman chairwoman chairperson secretary secretario secretaria
secretaire spokesperson spokesman spokeswoman member members official officials representative head chief
activist activists organiser organizer dirigeant dirigeante militant militante responsable delegue delegado
delegada dirigente lider líder sindicalista rappresentante segretario segretaria lider pemimpin ketua
coordenador coordenadora coordinador coordinadora diretor diretora director directora vocero vocera porta-voz
przewodniczący przewodnicząca wiceprzewodniczący wiceprzewodnicząca prezes szef szefowa rzecznik rzeczniczka
liderka председатель лидер голова ordförande förbundsordförande formand forbundsformand leder forbundsleder
""".split())
# Words that open a role's title before its role word ("deputy secretary", "assistant general secretary").
_RANK_WORDS = frozenset({"general", "national", "deputy", "assistant", "vice", "acting", "executive", "state", "regional",
                         "branch", "former"})
# Ranks written after the role word, as French, Spanish, Portuguese and Italian do ("secrétaire général du",
# "secretario general del", "secretário nacional do", "segretario generale della").
_RANK_AFTER_WORDS = frozenset({"general", "geral", "generale", "nacional", "national", "nazionale", "adjoint", "adjunto",
                               "adjunta", "executivo", "ejecutivo"})


def _is_role(bare: str) -> bool:
    """A folded role word, also one written with its rank and a hyphen ("Secretary-General", "secretário-geral",
    "Vice-President", which fold to two words)."""
    return bare in _ROLE_WORDS or (" " in bare and not _ROLE_WORDS.isdisjoint(bare.split()))
# Words between a role word and the union name it governs ("president of the", "presidente do").
_ROLE_LINKS = frozenset({"of", "the", "de", "do", "da", "del", "des", "du", "della", "dello", "di", "el", "la", "le",
                         "o", "a", "il", "lo", "der", "dos", "das", "for", "i"})  # "ordförande för", "leder i"
_ARTICLES = frozenset({"the", "el", "la", "los", "las", "le", "les", "il", "lo", "o", "a", "os", "as", "der", "die", "das"})
# Words after which an acronym is the employer's, inside the name ("Związek Zawodowy Pracowników MPK").
_EMPLOYER_BEFORE = frozenset({"pracownikow", "pracownic"})
# Polish heads in an oblique case: a name found so is given in the nominative ("Wolnego Związku Zawodowego
# Pracowników MPK" is "Wolny Związek Zawodowy Pracowników MPK"), as the directory and its followers write it.
# Hungarian and Romanian heads in an oblique case, and their nominative: a name found so is given as the
# directory and the union write it ("a Vasúti Dolgozók Szabad Szakszervezetét" is "Vasúti Dolgozók Szabad
# Szakszervezete", "liderul Sindicatului din Administrație Maramureș" is "Sindicatul din Administrație Maramureș").
_NOMINATIVE_HEADS = {"Szakszervezetét": "Szakszervezete", "Szakszervezetének": "Szakszervezete",
                     "Szakszervezetet": "Szakszervezet", "Szakszervezetnek": "Szakszervezet",
                     "Sindicatului": "Sindicatul", "Federației": "Federația", "Confederației": "Confederația",
                     "Federaţiei": "Federaţia", "Confederaţiei": "Confederaţia", **_HUNGARIAN_CASE_HEADS}
_POLISH_OBLIQUE_HEADS = {"Związku": "Związek", "Związkowi": "Związek", "Związkiem": "Związek",
                         "Federacji": "Federacja", "Federacją": "Federacja", "Konfederacji": "Konfederacja",
                         "Porozumienia": "Porozumienie", "Porozumieniu": "Porozumienie", "Porozumieniem": "Porozumienie"}
_POLISH_ADJECTIVE_OBLIQUE = re.compile(r"(?:(?<=[kg])(?:iego|iemu|im|iej)|ego|emu|ym|ej|ą)$")


def _polish_nominative(words: list[str]) -> list[str] | None:
    """The name's leading words in the nominative when its Polish head is in an oblique case, else None:
    the adjectives before and after the head agree with it; the words after them stay."""
    head = next((index for index, word in enumerate(words[:4]) if word in _POLISH_OBLIQUE_HEADS), None)
    if head is None:
        return None
    nominative = _POLISH_OBLIQUE_HEADS[words[head]]
    feminine, neuter = nominative.endswith("a"), nominative.endswith("e")

    def adjective(word: str) -> str | None:
        match = _POLISH_ADJECTIVE_OBLIQUE.search(word)
        if match is None or not word[:1].isupper():
            return None
        stem = word[:match.start()]
        if feminine:
            return stem + "a"
        soft = word[match.start() - 1:match.start()] in ("k", "g")
        return stem + ("ie" if neuter and soft else "e" if neuter else "i" if soft else "y")

    result = list(words)
    for index in range(head):
        declined = adjective(words[index])
        if declined is None:
            return None
        result[index] = declined
    result[head] = nominative
    for index in range(head + 1, len(words)):
        declined = adjective(words[index])
        if declined is None:
            break
        result[index] = declined
    return result


# The endings of the Polish adjectives that agree with a singular head in the case it is written in: only
# such words before the head belong to the name ("Ogólnopolski Związek", "Międzyzakładowego Związku",
# "Europejskiej Konfederacji"); another capitalised word there is the sentence's ("Kongres", "Walne Zebranie
# Delegatów", "DB Cargo Polska", "w LOT"). The heads are _POLISH_OBLIQUE_HEADS' with their nominatives; the endings
# are those _POLISH_ADJECTIVE_OBLIQUE reads, split by case (one table of Polish head cases would serve both: left for
# a later change, as the two were written by two branches).
_POLISH_AGREEING_ENDINGS = {"Związek": ("y", "i"), "Związku": ("ego", "ym", "im"), "Związkowi": ("emu",),
                            "Związkiem": ("ym", "im"), "Federacja": ("a",), "Konfederacja": ("a",),
                            "Federacji": ("ej",), "Konfederacji": ("ej",), "Porozumienie": ("e",),
                            "Porozumienia": ("ego",)}


def _polish_adjectives_before(left: list[tuple[int, int, str]], head_text: str) -> list[tuple[int, int, str]]:
    """The words before a singular Polish head that belong to its name: the adjectives right before it that
    agree with it (a plural head, "Związków Zawodowych", keeps the noun that governs it: "Forum Związków")."""
    first = head_text.split()[0]
    if first == "Związków" and left and left[-1][2] in _POLISH_AGREEING_ENDINGS:
        return [*_polish_adjectives_before(left[:-1], left[-1][2]), left[-1]]
    endings = _POLISH_AGREEING_ENDINGS.get(first)
    if endings is None:
        return left
    kept = len(left)
    while kept and left[kept - 1][2].endswith(endings) and not left[kept - 1][2].isupper():
        kept -= 1
    return left[kept:]


# Russian and Ukrainian heads in the genitive (or another case), and their nominative: a name found so is given in
# the nominative, with the adjectives before its head ("Независимого профсоюза медработников Украины" is "Независимый
# профсоюз медработников Украины", "Национального Форума Профсоюзов Украины" "Национальный Форум Профсоюзов Украины",
# "Свободному профсоюзу машинистов Украины" "Свободный профсоюз машинистов Украины"), as the directory and the union
# write it; the words after the head are its complement, in the genitive anyway.
# (bot/matching/unions.py's _CYRILLIC_HEADS and _CYRILLIC_ADJECTIVES decline the other way, nominative to every case,
# for the directory's names; one table could serve both.)
_CYRILLIC_OBLIQUE_HEADS = {"профсоюза": "профсоюз", "Профсоюза": "Профсоюз", "профспілки": "профспілка",
                           "Профспілки": "Профспілка", "Форума": "Форум", "Конгресса": "Конгресс", "Союза": "Союз",
                           "Федерации": "Федерация", "Конфедерации": "Конфедерация", "Организации": "Организация",
                           "Ассоциации": "Ассоциация", "Объединения": "Объединение", "Федерації": "Федерація",
                           "Конфедерації": "Конфедерація", "профсоюзу": "профсоюз", "Профсоюзу": "Профсоюз",
                           "профсоюзе": "профсоюз", "Профсоюзе": "Профсоюз", "профспілці": "профспілка",
                           "Профспілці": "Профспілка", "профспілку": "профспілка", "Профспілку": "Профспілка",
                           # a body of unions as the object of a verb or preposition ("объявлена Федерацией профсоюзов
                           # Ставропольского края", "В Федерацию профсоюзов Приморского края поступили ...")
                           **{f"{stem}{ending}": f"{stem}{nominative}" for stem in ("Федерац", "Конфедерац", "Ассоциац",
                                                                                   "Организац")
                              for ending, nominative in (("ией", "ия"), ("ию", "ия"))},
                           **{f"{stem}{ending}": f"{stem}ія" for stem in ("Федерац", "Конфедерац", "Асоціац", "Організац")
                              for ending in ("ією", "ію")}}
# Genitive endings of adjectives (masculine or neuter, feminine; Ukrainian "-ого", "-ої"), soft ones after "н" or
# a hushing letter ("Синего", "Всероссийского": "-ий")
_CYRILLIC_ADJECTIVE_GENITIVE = re.compile("(" + "|".join(_CYRILLIC_GENITIVE_SINGULAR_ENDINGS) + ")$")
# The endings of the adjectives before a head in another case than the genitive (dative "Свободному", locative
# "Свободном", Ukrainian dative and locative "Вільній", accusative "Вільну"), soft ones last.
_CYRILLIC_ADJECTIVE_OTHER_CASES = {
    "профсоюзу": (re.compile("(ому|ему)$"), ("ему",)), "профсоюзе": (re.compile("(ом|ем)$"), ("ем",)),
    "профспілці": (re.compile("(ій)$"), ()), "профспілку": (re.compile("(у|ю)$"), ("ю",)),
    # the feminine bodies' instrumental ("Национальной Федерацией", "Вільною Федерацією") and accusative
    **{head.lower(): (re.compile("(ой|ей)$"), ("ей",)) for head in _CYRILLIC_OBLIQUE_HEADS if head.endswith("ией")},
    **{head.lower(): (re.compile("(ую|юю)$"), ("юю",)) for head in _CYRILLIC_OBLIQUE_HEADS if head.endswith("ию")},
    **{head.lower(): (re.compile("(ьою|ою)$"), ("ьою",)) for head in _CYRILLIC_OBLIQUE_HEADS if head.endswith("ією")},
    **{head.lower(): (re.compile("(у|ю)$"), ("ю",)) for head in _CYRILLIC_OBLIQUE_HEADS if head.endswith("ію")}}


def _cyrillic_long_head_at(words: list[str]) -> int | None:
    """Where a long head in another case than the nominative stands among the name's leading words
    ("Белорусского профессионального союза ..."), else None."""
    return next((index for index in range(min(4, len(words) - 1)) if (pair := f"{words[index]} {words[index + 1]}".lower())
                 in _CYRILLIC_LONG_HEADS and _CYRILLIC_LONG_HEADS[pair] != pair), None)


def _cyrillic_nominative(words: list[str]) -> list[str] | None:
    """The name's leading words in the nominative when its Russian or Ukrainian head is in the genitive, else None
    (a word before the head that is no capitalised adjective in the genitive: "Генеральный Совет Федерации ...")."""
    long_head = _cyrillic_long_head_at(words)
    if long_head is not None:
        # the long head's two words, as one ("Белорусского профессионального союза" is "Белорусский профессиональный
        # союз"), in the case its noun says
        noun = words[long_head + 1].lower()
        long_nominative = _CYRILLIC_LONG_HEADS[f"{words[long_head]} {noun}".lower()].split()
        if words[long_head][:1].isupper():
            long_nominative[0] = long_nominative[0].capitalize()
        case_of = {"союзу": "профсоюзу", "союзе": "профсоюзе", "спілці": "профспілці", "спілку": "профспілку"}
        rest = _cyrillic_nominative([*words[:long_head], {"союз": "Профсоюза", "спілка": "Профспілки"}.get(
            long_nominative[1], "Профсоюза") if noun not in case_of else case_of[noun].capitalize()]) if long_head else []
        if rest is None:
            return None
        return [*rest[:-1], *long_nominative, *words[long_head + 2:]]
    head = next((index for index, word in enumerate(words[:4]) if word in _CYRILLIC_OBLIQUE_HEADS), None)
    if head is None:
        return None
    nominative = _CYRILLIC_OBLIQUE_HEADS[words[head]]
    ukrainian = any(letter in "іїєґ" for letter in "".join(words))
    feminine, neuter = nominative.endswith(("я", "а")), nominative.endswith("е")
    result = list(words)
    adjective_ending, soft_endings = _CYRILLIC_ADJECTIVE_OTHER_CASES.get(
        words[head].lower(), (_CYRILLIC_ADJECTIVE_GENITIVE, ("его", "ей", "ьої")))
    for index in range(head):
        match = adjective_ending.search(words[index])
        if match is None or not (words[index][:1].isupper() or fold(words[index]) in _CYRILLIC_NAME_ADJECTIVES):
            return None
        stem, soft = words[index][:match.start()], match.group(1) in soft_endings
        if ukrainian:
            result[index] = stem + ("я" if soft else "а") if feminine else stem + ("є" if soft else "е") if neuter else (
                stem + "ій" if soft else stem + "ий")
        elif feminine:
            result[index] = stem + ("яя" if soft else "ая")
        elif neuter:
            result[index] = stem + ("ее" if soft else "ое")
        else:
            # (a stressed "-ой" after "-ев": "Отраслевого" is "Отраслевой", "Краевого" "Краевой")
            result[index] = stem + ("ий" if soft or stem[-1:] in "кгхжшчщ" else "ой" if stem.endswith("ев") else "ый")
    result[head] = nominative
    return result


_OF_LANGUAGES = frozenset({"en", "es", "pt", "it", "fr", "ca", "gl"})  # a name goes on with "of", "de", "di"
_UNION_ADJECTIVES = frozenset({"sindical", "sindicales", "syndical", "syndicale", "syndicales", "sindacale", "sindacali"})
# Languages whose press writes union names in lower case ("le syndicat national des ..."); elsewhere
# ("serikat pekerja tingkat perusahaan (SPTP)", company-level unions) lower case is a kind of union.
_LOWER_CASE_NAME_LANGUAGES = frozenset({"fr", "es", "pt", "it", "ca", "gl"})
_HEAD_BEFORE_NAME_LANGUAGES = _LOWER_CASE_NAME_LANGUAGES | {"nl"}  # "de vakbond X": a lower-case head, then the name
_SPANISH_LOWER_HEADS = frozenset({"sindicato", "sindicatos"})
# First words of the names of hospitals and universities, and the words that make such a name its staff's body
# ("Hospital Universitario Central de Asturias" is a hospital, a "Central" only by its name; "Universidad ...
# Sindicato de Trabajadores" would be a union).
_INSTITUTION_FIRST_WORDS = frozenset({"hospital", "hospitales", "clinica", "policlinico", "universidad", "universidade",
                                      "universite", "universita", "university", "hopital", "ospedale"})
_STAFF_BODY_WORDS = frozenset(fold(word) for word in """sindicato sindicatos sindical sindicat syndicat sindacato union
unions trabajadores trabajadoras trabalhadores trabalhadoras empleados empleadas funcionarios funcionarias personal
federacion federacao asociacion associacao association workers employees staff travailleurs lavoratori""".split())
# Plural heads of Spanish, Portuguese and Catalan names, and the words that count them right before ("un grupo de",
# "varios", "decenas de", "los 12"): several unions referred to, not one union's name.
_IBERIAN_PLURAL_HEADS = frozenset({"sindicatos", "sindicats", "federaciones", "federacoes", "federacions"})
_PLURAL_QUANTIFIER_BEFORE = re.compile(
    r"(?<!\w)(?:(?:un|el|o|um)\s+(?:grupo|conjunto|centenar)|decenas|centenares|cientos|dezenas|centenas|"
    r"un\s+grup|desenes)\s+d[eo]\s+$|"
    r"(?<!\w)(?:varios|varias|vários|várias|diversos|diversas|algunos|algunas|alguns|algumas|numerosos|numerosas|"
    r"muchos|muchas|muitos|muitas|otros|otras|outros|outras|unos|unas|uns|umas|tres|cuatro|cinco|seis|siete|ocho|"
    r"nueve|diez|\d+)\s+$", re.IGNORECASE)
_IBERIAN_HEADS = frozenset({"sindicato", "sindicatos", "federacion", "confederacion", "federacao", "confederacao", "uniao",
                            "central", "coordinadora", "asociacion", "associacao", "corriente"})
_SPANISH_OF = frozenset({"de", "del"})
# Prepositions of place: a country named right after one says where, not which union ("W Polsce").
_PLACE_PREPOSITIONS = frozenset({"in", "w", "we", "en", "em", "na", "no", "dans", "au", "aux", "im", "nel", "nella",
                                 "di", "dari", "sa", "в", "во", "у"})


def _role_follows(original: str, end: int) -> bool:
    """True when a role word follows the head ("Sous Chantha, a trade union leader"): a person, not a union."""
    after = _WORD.search(original, end, end + 30)
    return after is not None and _bare(after.group()) in _ROLE_WORDS


def _capitalised_word_before(original: str, start: int) -> bool:
    """True when a capitalised word stands right before `start` in its sentence (a person's other name)."""
    before = re.search(r"([^\W\d_][\w'’\-]*)\s+$", original[max(0, start - 30):start])
    return before is not None and before.group(1)[:1].isupper() and not starts_sentence(original, start - len(before.group(0)))


def _role_before(original: str, start: int) -> bool:
    """True when a role word governs the name starting at `start` ("Przewodniczący Związku ...", "the
    president of the Sindicato ..."): a person's name may follow it without a comma."""
    words = [_bare(word) for word in _WORD.findall(original, max(0, start - 40), start)]
    while words and words[-1] in _ROLE_LINKS:
        words.pop()
    if len(words) > 1 and words[-1] in _RANK_AFTER_WORDS:
        words.pop()  # "le secrétaire général du syndicat Laurent Berger"
    return bool(words) and _is_role(words[-1])


def _head_follows(tokens: list[tuple[int, int, str]], index: int) -> bool:
    """True when tokens[index] (after a preposition and an article, if any) is a capitalised head word: "y el
    Sindicato", and "y del Sindicato", "et de la Fédération", where the preposition repeated after "and" governs a
    second name, as the first's governs the first ("la fusión del Sindicato ... y del Sindicato ...")."""
    if index < len(tokens) and _bare(tokens[index][2]) in _LIST_OF:
        index += 1
    if index < len(tokens) and _bare(tokens[index][2]) in _ARTICLES:
        index += 1
    if index + 1 < len(tokens) and _is_capitalised(tokens[index][2]) and _bare(tokens[index][2]) in _HEAD_ORDINALS:
        index += 1  # "y el Primer Sindicato de Funcionarios ...": an ordinal before the second name's head
    return index < len(tokens) and _is_capitalised(tokens[index][2]) and _bare(tokens[index][2]) in _HEADS


# Ordinals that open a Spanish or Portuguese union's name before its head ("Primer Sindicato de Funcionarios del
# Ministerio de Hacienda", Paraguay; "Segundo Sindicato ..."): after "y el" they start a second name (wide_latam36).
_HEAD_ORDINALS = frozenset({"primer", "primera", "primero", "segundo", "segunda", "tercer", "tercera", "primeiro",
                            "primeira"})
_LIST_OF = frozenset({"de", "del", "of", "do", "da", "dos", "das", "des", "du", "di", "della", "dei", "degli"})
# Indonesian names list their trades right after the head, with no "of" ("Federasi Serikat Pekerja Tekstil,
# Sandang, dan Kulit", "Federasi Industri, Kesehatan, Energi dan Pertambangan").
_LIST_HEAD_BEFORE = re.compile(r"\b(?:Serikat Pekerja|Serikat Buruh|Federasi|Konfederasi)$", re.IGNORECASE)
_LIST_HEAD_AFTER = re.compile(r"(?:Serikat Pekerja|Serikat Buruh)\b")

# An Indonesian company union is named by its company, legal form and acronym included: "Serikat Karyawan PT
# Jalan Raya Nusantara", "Serikat Pekerja LKBN Antara". After these heads "PT" (perseroan terbatas) and a company's
# acronym go on into the name; not "BUMN"/"BUMD" (state-owned enterprises at large), "ASEAN" (a region's unions:
# "Serikat Pekerja ASEAN di Jakarta") nor a union's own acronym after the head ("Serikat Pekerja SPN PT ...": a
# plant unit of SPN), and an acronym only before a capitalised word or the name's end, not "di" (where).
_COMPANY_UNION_HEAD = re.compile(r"\bSerikat (Pekerja|Buruh|Karyawan|Pegawai)\s+$")
_COMPANY_FORM = "PT"
_GENERIC_COMPANY_ACRONYMS = frozenset({"BUMN", "BUMD", "ASEAN"})


def _company_words_after_head(original: str, tokens: list[tuple[int, int, str]], index: int) -> int:
    """How many tokens from tokens[index] on a company union's name takes in right after its head (see
    _COMPANY_UNION_HEAD): "PT" or "PT." before a capitalised word, or a company's acronym; 0 when none."""
    head = _COMPANY_UNION_HEAD.search(original, max(0, tokens[index][0] - 24), tokens[index][0])
    if head is None:
        return 0
    word = tokens[index][2]
    if word == _COMPANY_FORM:
        after = index + (2 if index + 2 < len(tokens) and tokens[index + 1][2] == "." else 1)
        if after >= len(tokens) or not _is_capitalised(tokens[after][2]):
            return 0
        company = tokens[after][2]
        # the company's acronym after its legal form is the name's too ("Serikat Pekerja PT. PLN Group")
        acronym = company.isupper() and company.isalpha() and len(company) >= 2 and company not in _GENERIC_COMPANY_ACRONYMS
        return after - index + (1 if acronym else 0)
    if (word in _GENERIC_COMPANY_ACRONYMS or word.startswith("S" + head.group(1)[0]) or not word.isupper()
            or len(word) < 3 or not word.isalpha()):
        return 0
    return 0 if index + 1 < len(tokens) and tokens[index + 1][2][:1].islower() else 1
_LIST_MAX_TOKENS = 16
# "and general" closing a list of trades ("Kimia, Energi, Pertambangan, Minyak, Gas Bumi dan Umum"), though a stop
# word elsewhere ("Ketua Umum", chairman).
_LIST_LAST_WORDS = frozenset({"umum"})



def _name_words_to_acronym(tokens: list[tuple[int, int, str]], index: int) -> int | None:
    """The index of the "(" of an acronym in brackets ("(FESINAP)") that tokens[index:] run on to, within
    _MAX_WORDS_TO_ACRONYM words that are all a name's (capitalised words that start no second name, connectors,
    "com"/"con"), else None."""
    for position in range(index, min(len(tokens), index + _MAX_WORDS_TO_ACRONYM + 1)):
        word = tokens[position][2]
        bare = _bare(word)
        if word == "(":
            if position > index and position + 2 < len(tokens) and tokens[position + 2][2] == ")" and _is_capitalised(
                    tokens[position + 1][2]) and _bare(tokens[position - 1][2]) not in _CONNECTORS:
                return position
            return None
        if bare in _CONNECTORS or bare in _WITH_BEFORE_ACRONYM:
            continue
        if not _is_capitalised(word) or not bare or bare in _STOP_WORDS or bare in _HEADS or _is_acronym(word):
            return None
    return None

def _trades_list_end(tokens: list[tuple[int, int, str]], comma: int, taken: list[tuple[int, int, str]],
                     after_list_head: bool = False) -> int | None:
    """Where a list of trades that goes on past a comma ends (len(tokens) when the tokens run out first), or
    None: after "de"/"of" in a name or an Indonesian head (see _LIST_HEAD_BEFORE), capitalised
    words separated by commas whose last item follows "y"/"and" and ends the name ("Sindicato de Obreros y
    Empleados de Estaciones de Servicios, Garages, Playas de Estacionamiento y Lavaderos"), also where the
    last item goes on with "de" and a comma follows ("... Siderúrgicos y Similares de la República
    Mexicana, que encabeza ..."), or with the state it covers ("... y Beneficio de Minas en la República
    Mexicana", as _state_follows in the walk). Acronyms and
    head words end a list (two names in a row: "Unión Obrera Metalúrgica, UOM y ATE")."""
    if not taken or not (after_list_head or any(_bare(word) in _LIST_OF for _, _, word in taken)) \
            or _bare(taken[-1][2]) in _HEADS:
        return None
    joined = placed = False
    index = comma + 1
    item_words = 0
    while index < len(tokens) and index - comma <= _LIST_MAX_TOKENS:
        word = tokens[index][2]
        bare = _bare(word)
        if word == ",":
            if placed and item_words:
                break  # "... Siderúrgicos y Similares de la República Mexicana, que ...": the name has ended
            if item_words == 0 or joined:
                return None
            item_words = 0
        elif bare in _AND_CONNECTORS:
            if item_words == 0 and tokens[index - 1][2] != ",":  # a serial comma: "Sandang, dan Kulit"
                return None
            if joined:
                break  # "... y Lavaderos y uno de los integrantes": the sentence goes on
            joined, item_words = True, 0
        elif after_list_head and bare == "di":
            break  # Indonesian "di" is "in", not the Italian "of": "... dan Perkebunan di Bogor"
        elif bare in _LIST_OF or bare in _ARTICLES or (
                joined and bare in _SECTOR_PREPOSITIONS and _state_follows(tokens, index + 1)):
            if item_words == 0:
                return None
            placed = placed or (joined and (bare in _LIST_OF or bare in _SECTOR_PREPOSITIONS))
        elif _is_capitalised(word) and not word.isupper() and bare not in _HEADS and (
                bare not in _STOP_WORDS or (joined and item_words == 0 and bare in _LIST_LAST_WORDS)):
            item_words += 1
        else:
            break
        index += 1
    if index >= len(tokens):
        return len(tokens)
    if after_list_head and item_words and joined and _LIST_HEAD_AFTER.match(
            " ".join(word for _, _, word in tokens[index:index + 2])):
        # The confederation's name after an Indonesian list is the federation's too, up to its bracket ("...
        # dan Pertambangan Serikat Pekerja Seluruh Indonesia (PC FSP KEP SPSI)").
        bracket = next((later for later in range(index + 2, min(len(tokens), index + 6))
                        if not _is_capitalised(tokens[later][2])), None)
        if bracket is not None and tokens[bracket][2] == "(":
            return bracket
    if after_list_head and item_words and tokens[index][2] == "(" and not placed and (
            joined or (index + 1 < len(tokens) and _is_acronym(tokens[index + 1][2]))):
        # without "and" only before an acronym: "..., Nova Hakim, Senin (7/3/2016)" is a person and a date
        return index  # an Indonesian list ends at its acronym's bracket, "and" or not ("Kimia, Energi, Pertambangan (FSP KEP SPSI)")
    if not joined or item_words == 0 or (_is_capitalised(tokens[index][2]) and not tokens[index][2].isupper()):
        return None  # a capitalised word goes on; an acronym after the list is the parent's ("... dan Kulit KSPSI")
    while _bare(tokens[index - 1][2]) in _LIST_OF | _ARTICLES:
        index -= 1
    return index


# An Indonesian union's name followed at once by the (con)federation it belongs to, written out: "Federasi Serikat
# Buruh Garmen, ... dan Sentra Industri-Konfederasi Serikat Buruh Seluruh Indonesia (FSB GARTEKS KSBSI)", "Serikat
# Pekerja Perkebunan dan Kehutanan Federasi Serikat Pekerja Metal Indonesia (PP SPPK FSPMI)", "Serikat Buruh Garmen dan
# Tekstil Gabungan Serikat Buruh Indonesia (SBGTS GSBI)" (a confederation named "Gabungan"). The parent's head
# inside the name starts the parent's own name: the union's name ends before it (a confederation is never part of a
# federation's name, nor a federation of a sector union's; "Serikat Pekerja Seluruh Indonesia" after a list of trades
# is left as _trades_list_end takes it).
_INNER_PARENT = re.compile(r"(?:[\s\-–]+Konfederasi|(?<=[a-z])\s+(?:Federasi|Gabungan))\s+Serikat\b")
_UNION_FIRST = re.compile(r"(?:Federasi\s+)?Serikat\s+(?:Pekerja|Buruh)\s+[A-Z]")


def _before_inner_parent(name: FoundName) -> FoundName:
    """`name` without the written-out parent after it (see _INNER_PARENT), or `name` itself."""
    inner = _INNER_PARENT.search(name.name)
    if inner is None or name.end - name.start != len(name.name) or _UNION_FIRST.match(name.name) is None or (
            inner.group().lstrip(" -–").startswith("Federasi") and name.name.startswith("Federasi")):
        return name
    return FoundName(name.start, name.start + inner.start(), name.name[:inner.start()], None)


def _lower_case_after_iberian_head(words: list[tuple[int, int, str]], head_word: tuple[int, int]) -> bool:
    """True when a capitalised Spanish or Portuguese head is followed (after its connectors) by lower-case words that
    no capitalised word follows but after a connector: "Central obrera de Uruguay", "Confederación de maestros
    rurales", "Sindicato de trabajadores de TCC" describe a union, as the Spanish and Portuguese press write a
    union's name with its words capitalised (but "Sindicato dos trabalhadores Rodoviários de ...", "Sindicato único
    de Trabajadores de ..." are names with a word written small)."""
    at = next((index for index, (start, _, _) in enumerate(words) if start == head_word[0]), None)
    if at is None or _bare(words[at][2]) not in _IBERIAN_HEADS or not _is_capitalised(words[at][2]):
        return False
    rest = [word for _, _, word in words[at + 1:]]
    first = next((index for index, word in enumerate(rest) if _bare(word) not in _CONNECTORS), None)
    if first is None or not rest[first][:1].isalpha() or not rest[first][:1].islower():
        return False
    after = next((word for word in rest[first:] if not (word[:1].islower() and _bare(word) not in _CONNECTORS)), None)
    return (after is None or _bare(after) in _CONNECTORS or not _is_capitalised(after)) and not any(
        _is_capitalised(word) and (_bare(word) in LABOUR_WORDS or _bare(word) in _HEADS) for word in rest[first:])


def _has_alnum(word: str) -> bool:
    """True when some character of the word is a letter or digit (as most words' first one is)."""
    return word[:1].isalnum() or any(char.isalnum() for char in word)


_BRAZILIAN_STATE_PREPOSITIONS = frozenset({"no", "na"})  # not "em": "... Trabalhadores em São Paulo" is where
_BRAZILIAN_STATES = frozenset(fold(name) for name in (
    "Acre", "Alagoas", "Amapá", "Amazonas", "Bahia", "Ceará", "Distrito Federal", "Espírito Santo", "Goiás",
    "Maranhão", "Mato Grosso", "Mato Grosso do Sul", "Minas Gerais", "Pará", "Paraíba", "Paraná", "Pernambuco",
    "Piauí", "Rio de Janeiro", "Rio Grande do Norte", "Rio Grande do Sul", "Rondônia", "Roraima",
    "Santa Catarina", "São Paulo", "Sergipe", "Tocantins"))
_BRAZILIAN_STATE_MAX_WORDS = 4


def _brazilian_state_follows(tokens: list[tuple[int, int, str]], index: int) -> bool:
    """A Brazilian state's full name at tokens[index] ("Rio Grande do Norte", "Paraíba"), the longest that fits,
    not followed by more of a capitalised name ("São Paulo Futebol Clube")."""
    for length in range(_BRAZILIAN_STATE_MAX_WORDS, 0, -1):
        words = [word for _, _, word in tokens[index:index + length]]
        if len(words) == length and _is_capitalised(words[0]) and fold(" ".join(words)) in _BRAZILIAN_STATES:
            after = tokens[index + length][2] if index + length < len(tokens) else ""
            return not (_is_capitalised(after) and _bare(after) not in _STOP_WORDS)
    return False


def _sector_follows(tokens: list[tuple[int, int, str]], index: int) -> bool:
    """A sector's word (after an article or not) at tokens[index]: "Educação", "la Educación", a capitalised
    noun for a field of work ("Administração", "Telecomunicações", see _SECTOR_NOUN_ENDINGS), or a
    capitalised plural ending in -s that a word of the name follows ("nas Empresas de Crédito", "nas
    Indústrias Metalúrgicas", "in Textile Industries"), not a town ("en Madrid")."""
    words = [word for _, _, word in tokens[index:index + 3]]
    if words and _bare(words[0]) in _ARTICLES:
        words = words[1:]
    if not words:
        return False
    if _bare(words[0]) in _LOWER_NAME_WORDS:
        return True
    if _is_capitalised(words[0]) and not words[0].isupper() and _bare(words[0]).endswith(_SECTOR_NOUN_ENDINGS):
        return True  # "na Administração Pública", "em Telecomunicações" (also where the name ends there)
    return (len(words) > 1 and words[0][:1].isupper() and words[0][-1:] == "s" and not words[0].isupper()
            and (_is_capitalised(words[1]) or _bare(words[1]) in _CONNECTORS))


def _state_follows(tokens: list[tuple[int, int, str]], index: int) -> bool:
    """A state's or a republic's name (after an article or not) at tokens[index], a capitalised word
    after it: "Estado de Minas Gerais", "Distrito Federal", "la República Mexicana"."""
    words = [word for _, _, word in tokens[index:index + 3]]
    if words and _bare(words[0]) in _ARTICLES:
        words = words[1:]
    return (len(words) > 1 and _is_capitalised(words[0]) and _bare(words[0]) in _STATE_WORDS
            and (_is_capitalised(words[1]) or _bare(words[1]) in _CONNECTORS))


def _is_possessive_head(word: str) -> bool:
    """True for a head word written in the plural possessive ("Unions’", "Federations'"): in English a name ends at
    its head, and a possessive head is followed by what the union has, not by more of its name."""
    return word[-1:] in ("'", "’") and _bare(word) in _HEADS


def _owner_before_no_head(word: str, tokens: list[tuple[int, int, str]], index: int) -> bool:
    """True for the workers in the plural possessive ("Workers’", "Employees'") with no head word in the capitalised
    words after them: "... Gas Workers’ National Leadership" is what the union has; "Transport Workers’ Union" goes on."""
    if word[-2:] not in ("s'", "s’") or _bare(word) not in _LIST_ENDS:
        return False
    for _, _, later in tokens[index:index + 4]:
        if not _is_capitalised(later):
            return True
        if _bare(later) in _HEADS:
            return False
    return True


def _is_capitalised(word: str) -> bool:
    """A capital or a digit first, also after an elided article ("l'Education", "d'Ivoire")."""
    first = word[:1]
    if first in "ldLD" and word[1:2] in ("'", "’"):
        first = word[2:3]
    return first.isupper() or first.isdigit()


@lru_cache(maxsize=16384)
def _is_capitalised_core_word(word: str) -> bool:
    """True for a capitalised word (split at whitespace) that is a core labour word but not a head."""
    return _is_capitalised(word) and _bare(word.strip(_PUNCTUATION)) in _CORE_NOT_HEADS


_PLURAL_POSSESSIVE_BEFORE = re.compile(r"[^\W\d_a-z]\w*s['’] $")  # "Station Masters' " before "Union"
# "Trade Union(s)" written as a name's words: the labour word a weak or loose head needs near it (see recognise).
_CAPITALISED_TRADE_UNION = re.compile(r"\bTrades? Unions?\b")


def _before_purpose(surface_words: list[str], folded_words: list[str]) -> int:
    """How many words of a name run before an English "for" after its head that opens words of no union's
    (REJECT_WORDS: "... Trade Unions for the Government to respond"); 0 when none does."""
    for index, word in enumerate(surface_words):
        if word == "for" and any(earlier in _HEADS for earlier in folded_words[:index]) and any(
                later in REJECT_WORDS for later in folded_words[index + 1:]) and not any(
                earlier in REJECT_WORDS for earlier in folded_words[:index]):
            return index
    return 0


def _plural_possessive_before_head(words: list[str]) -> bool:
    """True when a capitalised plural possessive comes right before a head word ("Masters' Union")."""
    return any(word[-2:] in ("s'", "s’") and _is_capitalised(word) and _bare(following) in _HEADS
               for word, following in zip(words, words[1:], strict=False))


def _labour_word_within(original: str, folded: str | None, start: int, end: int) -> bool:
    """True when a word of original[start:end] folds to words of which one is a labour word but not a head.

    `folded` is the folded text when its characters are the original's one for one (else None):
    folding works character by character, so the folded words of a text are those of its words.
    """
    if folded is not None:
        return not _LABOUR_NOT_HEADS.isdisjoint(folded[start:end].split())
    return any(map(_folds_to_labour_word, original[start:end].split()))


@lru_cache(maxsize=16384)
def _folds_to_labour_word(word: str) -> bool:
    """True when a word (split at whitespace) folds to words of which one is a labour word but not a head.

    Folding works character by character, so the folded words of a text are those of its words.
    """
    return not _LABOUR_NOT_HEADS.isdisjoint(fold(word).split())


@lru_cache(maxsize=16384)
def is_acronym_shaped(word: str) -> bool:
    """Acronym-shaped: 2-14 characters with at least two capitals and more capitals than not."""
    if not 2 <= len(word) <= 14:
        return False
    letters = [char for char in word if char.isalpha()]
    upper = sum(char.isupper() for char in letters)
    return 2 <= len(word) <= 14 and upper >= 2 and upper * 2 > len(letters) and _ACRONYM.fullmatch(word) is not None


_is_acronym = is_acronym_shaped


# Nouns that head a Russian or Ukrainian body's name before a lower-case "профсоюзов"/"профспілок" (folded stems:
# "Федерации профсоюзов", "Объединение профсоюзов", "Асоціація профспілок").
_CYRILLIC_BODY_STEMS = tuple(fold(stem) for stem in (
    "федерац", "конфедерац", "объединен", "обьединен", "об'єднан", "ассоциац", "асоціац", "союз", "совет", "конгрес",
    "спілк", "альянс", "коалиц", "коаліц", "организац", "організац", "форум"))
_CYRILLIC_BODY_WORDS = frozenset(fold(word) for word in ("рада", "ради", "раді", "раду", "радою", "центр", "центра"))


def _cyrillic_name_words_before(left: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The capitalised words before a lower-case Russian or Ukrainian head that belong to a name: adjectives
    ("Российского профсоюза моряков"), acronyms, words in other scripts and the nouns of a body ("Федерации
    профсоюзов"); another Cyrillic noun ends them, with whatever comes before it ("Дню профсоюзов", "Будинку
    профспілок", "Сборы Свободного профсоюза": a day, a building, a gathering, not a union's name)."""
    kept = len(left)
    while kept:
        word = left[kept - 1][2]
        bare = _bare(word)
        # (a verbal noun in "-ння" ends like an adjective in "-ня" but is a noun: "Засідання", "Зібрання", and so does
    # the short "Дня профсоюзов", a day; a numeral
        # compound is a noun too: "100-річчя профспілок Вінниччини", "30-летия профсоюза" name an anniversary)
        if _CYRILLIC_NUMERAL_COMPOUND.fullmatch(bare):
            break
        if (_CYRILLIC_WORD.fullmatch(bare) and not _is_acronym(word) and (
                not bare.endswith(_CYRILLIC_ADJECTIVE_ENDINGS) or bare.endswith("ння") or len(bare) <= 3)
                and not bare.startswith(_CYRILLIC_BODY_STEMS) and bare not in _CYRILLIC_BODY_WORDS):
            break
        kept -= 1
    return left[kept:]


_CYRILLIC_NUMERAL_COMPOUND = re.compile(r"\d+[- ][а-яіїєґ']+")  # (folded) a number joined to a noun: "100-річчя"
_CYRILLIC_INITIALS = re.compile(r" ?[А-ЯІЇЄҐ]\. ?[А-ЯІЇЄҐ]\.")  # after a surname: "Когута В.І.", "Иванов И. И."
_CYRILLIC_WORD = re.compile(r"[а-яіїєґ']+(?: [а-яіїєґ]+)?")  # folding makes the apostrophe of "З’їзд" a space


@lru_cache(maxsize=65536)
def _bare(word: str) -> str:
    """The word folded, without a trailing possessive apostrophe."""
    return fold(word.rstrip("'’"))


def _abbreviates_words(acronym: str, words: list[str]) -> bool:
    """True when a two-letter acronym is exactly the initials of an Indonesian or Malay head and the word after
    it, the press's abbreviation of the generic phrase ("Serikat Pekerja (SP)", "Serikat Buruh (SB)"), not a
    name of its own."""
    return (len(words) == 2 and "id" in _HEADS.get(_bare(words[0]), ("", ()))[1]
            and _bare(acronym) == "".join(_initial(word) for word in words))


def initials_fit(acronym: str, words: list[str]) -> bool:
    """True when the acronym's letters appear in order among the words' initials, starting with the first.

    Connectors ("of", "de") may give a letter or not (COSATU, KCTU); a doubled letter stands for a
    plural (CCOO); at least half the capitalised words must give a letter.
    """
    letters = [char for char in _bare(acronym).replace(" ", "") if char.isalpha()]
    initials = [_initial(word) for word in words if _bare(word)]
    if len(letters) < 2 or not initials:
        return False
    collapsed = [char for index, char in enumerate(letters) if index == 0 or char != letters[index - 1]]
    capitalised = sum(1 for word in words if _is_capitalised(word))
    for candidate in (letters, collapsed):
        if candidate[0] != initials[0]:
            continue
        position = 0
        for initial in initials:
            if position < len(candidate) and initial == candidate[position]:
                position += 1
        if position == len(candidate) and len(candidate) * 2 >= capitalised:
            return True
    return False


class Recogniser:
    """Finds union names in one field of a story (see the module docstring)."""

    def __init__(self, is_place: Callable[[str], bool],
                 short_name: Callable[[str], str | None] = lambda name: None) -> None:
        """`is_place(folded)` says whether a folded word is a country name, so "(Pakistan)" is no acronym;
        `short_name(name)` gives a directory name's one-word short form ("UAW" for "United Auto Workers"),
        which a bare local after it takes ("members of Local 1264": "UAW Local 1264")."""
        self._is_place = is_place
        self._short_name = short_name

    def recognise(self, original: str, heads: Iterable[tuple[int, int, str]], language: str | None = None,
                  title_case: bool = False, known: Iterable[tuple[int, int]] = (),
                  source: NormalizedText | None = None, gates: AbstractSet[str] | None = None) -> list[FoundName]:
        """Union names in `original` around the head words found by the automaton.

        `heads` are (start, end, folded head) spans in `original`, in order. `language` (ISO 639-1)
        picks the weak heads of that language (and English, used everywhere); None uses every head.
        `title_case` is for headlines in Title Case, where every word looks like part of a name:
        there a name needs a strong head or an acronym. `known` are the spans of names the directory
        matched; a head inside one is left to the directory. `source` is `normalize(original)` and
        `gates` is `folded_gates_in(source.lower)`, when the caller has them already.
        """
        source = source if source is not None else normalize(original)
        folded = source.lower
        aligned = source.offsets is None  # folded[i] comes from original[i]
        found: list[FoundName] = []
        covered_until = -1
        all_heads = [*heads, *self._extra_heads(original, folded_gates_in(folded) if gates is None else gates,
                                                             language)]
        detected: list[tuple[str, ...]] = [(language,)] if language else []

        def story_languages() -> tuple[str, ...]:
            if not detected:
                detected.append(likely_languages(None, original))
            return detected[0]
        prefixed: list[re.Match[str]] = []
        if language in (None, "fr") and ("Syn" in original or "SYN" in original) and (
                prefixed := matches_at(_FRENCH_PREFIX_HEAD, original, _FRENCH_PREFIX_HEAD_STARTS)) and (
                story_languages()[:1] == ("fr",)):
            # "le Synter", "du Synahab": French syllabic acronyms of "Syndicat", in text read as French only
            all_heads += [(match.start(), match.end(), _SUFFIX) for match in prefixed]
        else:
            prefixed = []
        # At one start a weak head goes first, the shorter first, as it always has ("Serikat" decides before "Serikat
        # Pekerja" is tried), and strong heads the longest first: "Sendikaları Konfederasyonu" names the confederation
        # whole, where "Sendikaları" alone would end its name a word early and leave "Konfederasyonu" a second name.
        all_heads.sort(key=lambda head: (head[0], 0, head[1], head[2]) if _HEADS.get(head[2], ("strong", ()))[0] == "weak"
                       else (head[0], 1, -head[1], head[2]))
        known_spans = sorted(known)
        known_starts = [known_start for known_start, _ in known_spans]
        unlisted: list[tuple[int, int, str]] = []  # weak heads whose names had no labour word (see _listed_names)
        for start, end, head in all_heads:
            if start < covered_until:
                continue
            covered_until = end  # a shorter head inside this one ("union" in "trade union") adds nothing
            strength, languages = _HEADS.get(head, ("strong", ()))
            if strength == "weak" and (not _is_capitalised(original[start]) or (
                    language is not None and languages and language not in languages and "en" not in languages)):
                continue  # "the union said": a weak head in lower case names nothing; nor does another language's
            # The cheap checks come first: most heads are inside a directory name, and need no labour word looked for.
            if known_spans:
                # Spans from one scan never overlap, so only the last one starting before the head can hold it.
                holder = bisect_right(known_starts, start) - 1
                if holder >= 0 and end <= known_spans[holder][1] and not _NAME_GOES_ON.match(
                        original, known_spans[holder][1]) and not _dash_goes_on(original, known_spans[holder][1]) and (
                        not self._country_word_before(original, known_spans[holder][0])):
                    continue
            if strength == "weak":
                # The name around a weak head needs a labour word; most capitalised weak heads
                # ("Solidarity Center", "European Union") have none near them at all.
                if head in _LOOSE_HEADS:
                    # "Solidarity Center", "Organization": a loose head needs a capitalised core labour
                    # word right next to it ("Workers' Centre", "Centre of Indian Trade Unions").
                    if not any(map(_is_capitalised_core_word, original[max(0, start - 40):end + 40].split())) and not (
                            head == "association" and _EDUCATION_BEFORE.search(original, max(0, start - 12), start)
                    ) and not _CAPITALISED_TRADE_UNION.search(original, max(0, start - 40), end + 40) and not (
                            head == "council" and original[max(0, start - 7):start] == "Trades "
                            and not _TRADE_BEFORE_TRADES.search(original, max(0, start - 30), start)) and not (
                            head == "association" and original[max(0, start - 13):start] == "Senior Staff "):
                        # (but "Seattle Education Association": US teachers' unions are named so; and a
                        # "Swansea Trades Council", a town's council of union branches: "Trades" in the plural,
                        # as no trade-promotion council is named; not the "Building and Construction Trades
                        # Council", a trade's council, left to the directory; and a West African "Senior Staff
                        # Association", a registered union of a sector's senior staff: "Electricity Senior Staff
                        # Association of Ghana", as the directory's PENGASSAN, SSANU and CANMPSSA are named)
                        continue
                elif not _labour_word_within(original, folded if aligned else None, max(0, start - 60), end + 60) and (
                        not _PLURAL_POSSESSIVE_BEFORE.search(original, max(0, start - 30), start)) and (
                        not _CAPITALISED_TRADE_UNION.search(original, max(0, start - 60), end + 60)):
                    # (a capitalised "Trade Union" is the labour word of "Zambia Congress of Trade Union President
                    # ...", "Central Organisation of Trade Union Secretary General": "trade" alone is no labour
                    # word and "union" is a head, so the two words count only together and written as a name's)
                    continue
            name = self._name_around(original, start, end, head, strength, title_case)
            if name is None and head in _LISTED_HEADS and (
                    _LIST_JOINT_NEAR.search(original, max(0, start - _LIST_NEAR), min(len(original), end + _LIST_NEAR))):
                unlisted.append((start, end, head))  # read again below, if it stands in a list of union names
            if name is not None and name.start == start and "sv" in languages and original[start - 1:start] == "-":
                # "LO-förbundet Transport", "LO-forbundet Transport": the confederation's union named after it
                # (and not the place after that: "Transport i Göteborg").
                after = _WORD.search(original, end, name.end)
                stop = -1 if after is None else original.find(" i ", after.start(), name.end)
                stop = name.end if stop < 0 else stop
                name = FoundName(after.start(), stop, original[after.start():stop], name.acronym) if (
                    after is not None and _is_capitalised(after.group())) else None
                if name is not None and "ö" in original[start:end] and (short := _NORDIC_SHORT_NAME.fullmatch(name.name)) and (
                        short.group(1) in _NORDIC_SHORT_NAMES["sv"]):
                    name = FoundName(name.start, name.end, _NORDIC_SHORT_NAMES["sv"][short.group(1)], None)
            if name is not None and head in _CYRILLIC_SINGULAR_HEADS and known_spans and self._directory_names_trade(
                    original, start, end, name, known_spans, known_starts):
                name = None
            if name is not None and _starts_inside(known_spans, known_starts, name.start):
                # "the United Voices of the World Union Metropolitan Police": walking left from the head
                # reached into a directory name, so the words are that name's, run on.
                name = None
            if name is not None and name.start == start and _known_name_after_head(original, end, name.end,
                                                                                   known_spans, known_starts):
                # "die Gewerkschaft Verdi und die Eisenbahn-", "Dienstleistungsgewerkschaft Verdi für Dienstag":
                # the head introduces a name the directory knows; the words walked past it are not the name's.
                name = None
            if name is not None:
                found.append(name)
                covered_until = name.end
                if head in _CYRILLIC_PLURAL_HEADS and original[name.start - 1:name.start] in _QUOTES:
                    # "профсоюзов «Новопроф», «Учитель», «Действие»": each name in quotes listed after a plural
                    # Russian or Ukrainian head is a union's, as the first is.
                    headed = name.name != original[name.start:name.end]
                    while (item := _QUOTED_LIST_ITEM.match(original, covered_until)) is not None:
                        if _is_capitalised(item.group(1)) and not _starts_inside(known_spans, known_starts, item.start(1)):
                            listed = _cyrillic_quoted_name(head, item.group(1)) if headed else item.group(1)
                            found.append(FoundName(item.start(1), item.end(1), listed, None))
                        covered_until = item.end(1)
                if head in (_SUFFIX, _COMPOUND):
                    # "Birleşik Metal-İş Union", "Metal-İş Sendikası": the head word after it is part of it.
                    following = _WORD.search(original, name.end, name.end + 30)
                    if following and _bare(following.group()) in _HEADS:
                        covered_until = following.end()
        if unlisted and (found or known_spans):
            found = self._listed_names(original, found, unlisted, known_spans, title_case)
        if holds_regional_body_gate(original, folded):
            found = _with_cyrillic_regional_bodies(original, found, known_spans)
        if "(" in original or "[" in original:
            found = self._paired_names(original, found, known_spans)
        if ", " in original:
            found = [with_comma_acronym(original, name, self._is_place) for name in found]
        if prefixed:
            found = _with_syllabic_acronyms(found)
        numbered = [match for start, end in known_spans if original[end:end + 1] == " " and original[end + 1:end + 2].isdigit()
                    and (match := _NUMBERED_LOCAL.match(original, start)) is not None and match.end(1) == end]
        if numbered and story_languages() and "en" not in story_languages():
            # An acronym and a number are a local in North American usage ("CUPE 3903", Quebec's "SCFP 1500"); in
            # another language than English a number of one or two digits is a French department's ("CGT 59", "CFDT
            # 13") or a share ("FNV 7 procent"), and 971-976 an overseas department's ("CGT 974", La Réunion). A text
            # too short to tell its language ("OPSEU 561 rally") keeps its local.
            numbered = [match for match in numbered if _LOCAL_NUMBER_BEYOND_ENGLISH.fullmatch(match.group(2))
                        and not _COUNT_AFTER_NUMBER.match(original, match.end())]
        if "District" in original or "Joint Council" in original:
            numbered += _unit_mentions(original, known_spans, _DISTRICT, _DISTRICT_AFTER_NAME)
        if " local " in original:
            numbered += _unit_mentions(original, known_spans, _LOWER_CASE_LOCAL, _LOWER_CASE_LOCAL_AFTER_NAME)
        if "Local" in original or numbered:
            found = self._locals(original, found, numbered, known_spans, known_starts)
        if language in _NORDIC_SHORT_NAMES or language is None:
            found += _nordic_short_names(original, found, known_spans, story_languages)
        if ("indikat" in original or "dborov" in original) and (
                head_first := next((code for code in (language, *story_languages()[:1]) if code in _HEAD_FIRST_LANGUAGES),
                                   None)) is not None:
            found += _head_first_names(original, found, known_spans, head_first, self._is_place)
        if not folded.isascii():  # Japanese, Korean, Bangla, Urdu and Hindi letters fold to letters of their own scripts
            if ("労" in original or "ユニオン" in original or "教" in original or "支部" in original
                    or "乗員組合" in original or "職員組合" in original):  # 労働組合, 労組, 労連, 教職員組合, 教組, a
                # branch, a pilots' union, a staff union
                # a national body's short name glued after "県" is the prefecture's own federation ("愛知県医労連",
                # "県医労連" of a prefecture's story, not 日本医労連): the name written whole is taken, not the directory's
                found += _japanese_names(original, [(name.start, name.end) for name in found] + [
                    (start, end) for start, end in known_spans if original[start - 1:start] != "県"], self._is_place)
            if "連合" in original:
                found += _japanese_short_names(original, TextSpans([(name.start, name.end) for name in found] + known_spans))
            if any(gate in original for gate in CHINESE_GATES) and not _KANA.search(original):  # not Japanese 商工会
                found += _chinese_names(original, [(name.start, name.end) for name in found] + known_spans,
                                        self._is_place)
            if "노" in original or "유니" in original or "연맹" in original or "지부" in original or "지회" in original or (
                    "분회" in original):
                found += _korean_names(original, [(name.start, name.end) for name in found] + known_spans)
            if "สหภาพ" in original or "สมาพันธ์" in original or "สหพันธ์" in original or "สภาองค์การลูกจ้าง" in original:
                found += _thai_names(original, [(name.start, name.end) for name in found] + known_spans, self._is_place)
            if _SCRIPT_LETTER.search(original) and any(gate in original for gate in _SCRIPT_GATES):
                found += _script_names(original, [(name.start, name.end) for name in found] + known_spans,
                                       self._is_place)
            if "הסתדרות" in original or "איגוד" in original or "ארגון" in original:
                found += _hebrew_names(original, [(name.start, name.end) for name in found] + known_spans)
            if any(gate in original for gate in _GREEK_HEAD_GATES):
                found += _greek_names(original, [(name.start, name.end) for name in found] + known_spans)
            if " към " in original and ("КНСБ" in original or "Подкрепа" in original):
                found += _bulgarian_members_before_their_confederation(
                    original, [(name.start, name.end) for name in found] + known_spans)
            if "үйлдвэрчний" in original or "Үйлдвэрчний" in original:
                found += _mongolian_names(original, [(name.start, name.end) for name in found] + known_spans,
                                          self._is_place)
        if holds_vietnamese_gate(original):
            found += _vietnamese_names(original, [(name.start, name.end) for name in found] + known_spans)
        if holds_cobas_gate(original, folded):
            found += self._cobas_names(original, found, known_spans)
        if "-" in original and (language == "fr" or language is None and _CENTRE_GLUED_GATE.search(original)
                                and story_languages()[:1] == ("fr",)):
            found += _centre_glued_names(original, found, known_spans)
        if language in ("fr", None) and _CENTRE_SECTOR_GATE.search(original) and (
                language == "fr" or story_languages()[:1] == ("fr",)):  # (searched only where the text may be French)
            found += _centre_sector_names(original, found, known_spans)
        if "ederasi" in original or "Gabungan" in original:
            found = [_before_inner_parent(name) for name in found]
        if "- " in original:
            found = [_with_suspended_words(original, name) for name in found]
        if language in ("tr", None) and ("'" in original or "’" in original or "SENDİKA" in original):
            found = [name for name in found if not _TURKISH_NO_NAME.fullmatch(name.name)]
        return sorted(found, key=lambda name: name.start)

    def _listed_names(self, original: str, found: list[FoundName], unlisted: list[tuple[int, int, str]],
                      known_spans: list[tuple[int, int]], title_case: bool) -> list[FoundName]:
        """`found` and the names around weak heads of a union that had no labour word (`unlisted`, see _LISTED_HEADS),
        where such a name stands in a
        list of union names: right after or before another found name or directory match, joined by a comma or "and"
        ("trade unions, including Railways Workers' Union, Hamdard Union, PHA Workers' Union, LDA Union", "Centre of
        Indian Trade Unions and Anganwadi Naukarara Sangha", "(UBASSU), Union of Buses and Taxis, Botswana ..."): a
        list's items are of one kind. Not a place's name and a head ("the European Union, the ITUC and ..."), nor a
        name the recogniser rejects for other reasons (students', employers', companies' words)."""
        candidates: list[FoundName] = []
        for start, end, head in unlisted:
            name = self._name_around(original, start, end, head, "weak", title_case, listed=True)
            if name is None or len(name.name.split()) < 2 or _starts_inside(known_spans, [s for s, _ in known_spans],
                                                                              name.start):
                continue
            others = [word for word in name.name.split() if _bare(word) not in _HEADS and _bare(word) not in _CONNECTORS]
            if not others or self._is_place(fold(" ".join(others))) or all(
                    self._is_place(fold(word)) for word in others) or not _STATES_UNION_WORDS.isdisjoint(
                    map(_bare, others)):
                continue  # "the Kenyan Union", "the African Union", "the Universal Postal Union": states' bodies
            if self._is_place(_bare(others[0])):
                continue  # "the Finnish Industrial Union": a name opening with its country says which union with a
                # labour word ("Finnish Electrical Workers' Union"); without one it may describe a union as well (the
                # names this reads are a firm's, a scheme's or a slogan's: "Hamdard Union", "Anganwadi ... Sangha")
            if (firm := _ACRONYM_BEFORE.search(original, max(0, name.start - 12), name.start)) is not None and (
                    not self._is_place(fold(firm.group(1)))):
                # "SSGC Insaf Jafakash Union": a firm's acronym before its workers' union's own words (the walk left
                # stops at an acronym, which is another union's before a name with a labour word: "KCTU Korean ...")
                name = FoundName(firm.start(1), name.end, f"{firm.group(1)} {name.name}", name.acronym)
            if any(other.start < name.end and name.start < other.end for other in found) or any(
                    known_start < name.end and name.start < known_end for known_start, known_end in known_spans):
                continue
            candidates.append(name)
        if not candidates:
            return found
        spans = [(name.start, name.end) for name in found] + list(known_spans)
        kept: list[FoundName] = []
        while True:  # a list of such names grows from the union names it touches, item by item
            added = [name for name in candidates if name not in kept and any(
                _LIST_GAP.fullmatch(original, other_end, name.start) or _LIST_GAP.fullmatch(original, name.end, other_start)
                for other_start, other_end in spans if other_end <= name.start or name.end <= other_start)]
            if not added:
                break
            kept += added
            spans += [(name.start, name.end) for name in added]
        return sorted(found + kept, key=lambda name: name.start) if kept else found

    def _cobas_names(self, original: str, found: list[FoundName], known: list[tuple[int, int]]) -> list[FoundName]:
        """Italian base unions named by a short acronym of their own before "Cobas" ("Fao Cobas", "A.l. Cobas",
        "FAO COBAS"), which the directory does not know: the union the acronym names, not the Confederazione Cobas
        (bench/data/README.md convention 1 keeps SI Cobas and Adl Cobas apart from it). A name the directory knows
        ("Si Cobas", "Slai Cobas") is its own, and a word of the sentence before "Cobas" ("ai Cobas", "Dai Cobas",
        "Taranto Cobas") names nothing."""
        taken = [(name.start, name.end) for name in found]
        names: list[FoundName] = []
        for match in _COBAS_NAME.finditer(original):
            acronym, start, end = match.group(1), match.start(), match.end()
            word = acronym.rstrip(".")
            if acronym in _DETERMINERS or fold(word) in _COBAS_NOT_ACRONYMS or (
                    "." not in acronym and self._is_place(fold(word))):
                continue
            if any(span_start <= start < span_end or start <= span_start < end for span_start, span_end in taken) or any(
                    span_start <= start < span_end and span_end > match.start(2) for span_start, span_end in known):
                continue  # a name found already, or one the directory knows ("SI Cobas") whole
            if (start, match.end(1)) in known:
                continue  # "Cub Cobas": two unions the directory knows, listed without a comma
            # a dotted acronym is the union's acronym written with its dots ("A.l. Cobas" is the AL Cobas)
            written = f"{acronym.replace('.', '').upper()} {match.group(2)}" if "." in acronym else original[start:end]
            names.append(FoundName(start, end, written, None))
        return names

    # -- head words ------------------------------------------------------------------------

    @staticmethod
    def _extra_heads(original: str, folded_seen: AbstractSet[str],
                     language: str | None = None) -> list[tuple[int, int, str]]:
        """Compound and suffix heads, which the whole-word automaton cannot find.

        Compound and prefix heads are looked for where the text holds one of their gates; every gate
        folds (bot.matching.normalize) to a text holding one of FOLDED_GATES, and `folded_seen` are
        those the folded text holds. The heads' order is not kept.
        """
        heads: list[tuple[int, int, str]] = []
        if _holds_gate(original, folded_seen, _COMPOUND_GATES, _FOLDED_COMPOUND_GATES):
            for match in _COMPOUND_HEAD.finditer(original):
                heads.append((match.start(), match.end(), _COMPOUND))
        prefixed_from = len(heads)
        if _holds_gate(original, folded_seen, _PREFIX_GATES, _FOLDED_PREFIX_GATES):
            heads.extend((match.start(), _with_brazilian_region(original, match.start(), match.end())
                          if language in (None, "pt") else match.end(), _SUFFIX)
                         for match in matches_at(_PREFIX_HEAD, original, _PREFIX_HEAD_STARTS))
        if language == "pt" and "Sind" in original:
            heads.extend((match.start(), _with_brazilian_region(original, match.start(), match.end()), _SUFFIX)
                         for match in matches_at(_BRAZILIAN_PREFIX_HEAD, original, _BRAZILIAN_PREFIX_HEAD_STARTS))
        if language == "pt" and ("Sin" in original or "SIN" in original):
            # "o Sinasefe", "do SINDSEPS": Portuguese syllabic acronyms of "Sindicato" of other shapes (one head a word)
            taken = {start for start, _, _ in heads}
            heads.extend((match.start(), _with_brazilian_region(original, match.start(), match.end()), _SUFFIX)
                         for match in matches_at(_PORTUGUESE_PREFIX_HEAD, original, _PORTUGUESE_PREFIX_HEAD_STARTS)
                         if match.start() not in taken)
        if len(heads) > prefixed_from and "(" in original and (" patronal" in original or "(patronal" in original or (
                "PATRONAL" in original or "Patronal" in original)):
            # "o Sindiauto (patronal)": an employers' syndicate, so named in the bracket after it
            heads[prefixed_from:] = [head for head in heads[prefixed_from:]
                                     if not _employers_bracket_after(original, head[1])]
        # Every suffix gate is a dash or starts with one, and a suffix head starts with a dash.
        for match in _suffix_heads(original):
            word_start = match.start()
            if word_start == 0 or not original[word_start - 1].isalnum():
                continue
            while word_start > 0 and original[word_start - 1].isalnum():
                word_start -= 1
            heads.append((word_start, match.end(), _SUFFIX))
        heads.extend((start, end, _SUFFIX) for start, end in _spaced_suffix_heads(original, language))
        if language in (None, "nl") and "bond" in original:
            # "de overheidsvakbonden STSK, STRaF en NAPB", "de treinbestuurdersvakbond ASTB": a Dutch compound in
            # lower case that ends in "vakbond(en)" or "bonden" says what kind of union the name after it is, as
            # "de vakbond Metisp-Protect" does
            heads.extend((match.start(), match.end(), "vakbonden" if match.group(1).endswith("en") else "vakbond")
                         for match in _DUTCH_KIND_COMPOUND.finditer(original))
        return heads

    def _name_around(self, original: str, start: int, end: int, head: str, strength: HeadStrength,
                     title_case: bool, listed: bool = False) -> FoundName | None:
        head_text = original[start:end]
        head_capitalised = _is_capitalised(head_text)
        if not head_capitalised and (strength == "weak" or head in _CAPITALISED_ONLY_HEADS):
            return None
        if not head_capitalised and strength == "strong":
            copula = (_NAME_IS_A.search(original, max(0, start - 48), start)
                      or _NAME_COMMA_THE.search(original, max(0, start - 48), start))
            if copula and (_is_acronym(copula.group(1)) or self.is_short_name(copula.group(1))) and not (
                    _role_follows(original, end) or _capitalised_word_before(original, copula.start(1))
                    or self._elided_place_before(original, copula.start(1), copula.end(1))
                    or NEWS_AGENCY_OR_SOURCE_BEFORE.search(original, max(0, copula.start(1) - 40), copula.start(1))
                    or _PARENTS_AFTER_HEAD.match(original, end)):
                # "Fensuagro es una organización sindical", "Onep est un syndicat": a name defined as a union.
                named = _tokens(original, copula.start(1), copula.end(1))
                return self._accepted(original, named, "strong", None, title_case, head_word=None)
        lower_adjective = _LOWER_CYRILLIC_ADJECTIVE_BEFORE.search(original, max(0, start - 40), start) if (
            head in _CYRILLIC_SINGULAR_HEADS) else None
        named_before: list[tuple[int, int, str]] = []
        if lower_adjective is not None and fold(lower_adjective.group().split()[0]) in _CYRILLIC_NAME_ADJECTIVES:
            # "Казахстанский отраслевой профессиональный союз ...", "Республиканского отраслевого профсоюза ...": a
            # sector's adjective, written small, between a capitalised adjective and the head is a word of the name
            named_before = _cyrillic_name_words_before(self._walk_left(original, lower_adjective.start()))
            if named_before and _bare(named_before[-1][2]).endswith(_CYRILLIC_ADJECTIVE_ENDINGS):
                word = lower_adjective.group().split()[0]
                named_before = [*named_before, (lower_adjective.start(), lower_adjective.start() + len(word), word)]
                lower_adjective = None
            else:
                named_before = []
        trade = self._cyrillic_trade_after(original, end) if head in _CYRILLIC_SINGULAR_HEADS and not (
            lower_adjective) else None
        if not head_capitalised and not _capitalised_nearby(original, start, end) and trade is None and not (
                head in _FRENCH_QUALIFIED_HEADS and _FRENCH_QUALIFIER_AFTER.match(original, end)):
            return None  # "the trade union said": no name next to it
        if not head_capitalised and _rejected_word_next_to(original, start, end):
            return None  # "işveren sendikası MESS", "le syndicat patronal Medef": employers, not a union
        if not head_capitalised and _HEADS.get(head, ("", ("en",)))[1] == ("en",) and not _ACRONYM_OR_QUOTE_NEAR.search(
                original, max(0, start - 16), min(len(original), end + 16)):
            return None  # "the independent trade union movement": an English lower-case head names nothing
        quote_after = original[end:end + 1] == " " and original[end + 1:end + 2] in _QUOTES
        adjective_word = lower_adjective.group().split()[0] if lower_adjective is not None else None
        adjective_start = lower_adjective.start() if lower_adjective is not None else start
        if not head_capitalised and head.startswith("профсоюз") and (
                head in _CYRILLIC_SINGULAR_HEADS or head in _CYRILLIC_INSTRUMENTAL_HEADS) and (
                people := _cyrillic_people_after(original, end)) is not None and fold(people[2]) not in _CYRILLIC_WORKERS and (
                quoted_name := _QUOTED_NAME_AFTER.match(
                    original, (_cyrillic_people_complement(original, people) or [people])[-1][1])) is not None:
            # "профсоюзом угольщиков «Қорғау»", "профсоюза лоцманов «Фарватер»": its people and its own name in quotes
            # after a lower-case head name the union (wide_arru32 ru-32665), also with more of its people or their
            # trade between ("профсоюза водителей торговых сетей «Дикси»"); not "работников" ("профсоюз работников
            # "Гродно Азот"": a company's workers, its union referred to). Russian only: Ukrainian news translates a
            # foreign union's name ("профспілка медпрацівників "Дія"" is Russia's Deystvie, wide_cyr12 ru-2519).
            found = self._accepted(original, [people, *_tokens(original, quoted_name.start(1), quoted_name.end())],
                                   "strong", None, title_case, head_word=None)
            if found is not None:
                described = f"{original[people[0]:quoted_name.start()]} {quoted_name.group(1)}"
                if adjective_word is not None and head in _CYRILLIC_SINGULAR_HEADS:
                    # "независимого профсоюза транспортников и логистов «Дорога жизни»": a name so described keeps
                    # the adjective it opens with
                    return replace(found, start=adjective_start, name=_cyrillic_name_with_adjective(
                        adjective_word, head_text, described))
                return replace(found, name=f"Профсоюз {described}")
        if adjective_word is not None and not head_capitalised and head in _CYRILLIC_SINGULAR_HEADS and (
                described_trade := self._cyrillic_trade_after(original, end)) is not None and (
                described_trade[-1][2] in _QUOTES):
            # "межрегионального профсоюза работников общественного транспорта «Таксист»", "отраслевого профсоюза
            # работников предпринимательства «Коргау»": a lower-case adjective, the head, its trade and its own name in
            # quotes name the union whole, the adjective a word of it (without the quoted name, "независимого
            # профсоюза работников угольной промышленности" is one referred to)
            found = self._accepted(original, [(start, end, head_text), *described_trade], "strong", None, title_case,
                                   head_word=(start, end), trade=True)
            if found is not None:
                return replace(found, start=adjective_start, name=_cyrillic_name_with_adjective(
                    adjective_word, head_text, original[described_trade[0][0]:described_trade[-1][1]]))
        if head in _CYRILLIC_INSTRUMENTAL_HEADS and not quote_after:
            return None
        left = named_before or self._walk_left(original, start, listed_head=head == _COMPOUND)
        if head in _CYRILLIC_INSTRUMENTAL_HEADS:
            left = []  # adjectives before it are in the instrumental too: the name is given as "Профсоюз «...»"
        if left and _HEADS.get(head, ("", ()))[1] == ("pl",):
            left = _polish_adjectives_before(left, head_text)
        if _HEADS.get(head, ("", ()))[1] == ("ru", "uk"):
            # (also before a capitalised head, as union documents write their own "Профспілка": "З’їзд Профспілки",
            # "Засідання Профспілки" are its congress and a meeting of it)
            left = named_before or _cyrillic_name_words_before(left)
            if left and _other_cyrillic_acronym(left[-1][2]):
                # "Секретарь ЦК профсоюза работников", "ЦК Профспілки": the union's organ, the union named after it
                # (or, capitalised alone, only referred to)
                left = []
        right, acronym = self._walk_right(original, end)
        if acronym is not None and _DASH_BEFORE_ACRONYM.match(original, right[-1][1] if right else end) and not (
                _spells_name(acronym, [word for _, _, word in left] + head_text.split() + [word for _, _, word in right],
                             head_text)):
            acronym = None  # "Sindicato de Trabajadores de Minera Antamina – CGTP": a dash sets off its centre
        if right and right[0][2].isdigit() and _HEADS.get(head, ("", ()))[1] == ("ru", "uk"):
            # "в профсоюзе 54 человека", "профсоюза 120 членов": a count of its members after it, no name; and after a
            # capitalised plural head a count of unions ("Профспілки 15 обласних центрів протестували")
            right = []
        if right and _HEADS.get(head, ("", ()))[1] == ("ru", "uk") and (person := _cyrillic_person_at(right)) is not None:
            right = right[:person]  # its chairman named after it, not the union
        if head_capitalised and not left and quote_after and _HEADS.get(head, ("", ()))[1] == ("ru", "uk") and (
                head not in _CYRILLIC_PLURAL_HEADS):
            # "Профсоюз «Новый Труд» обратился ...": a capitalised head (a sentence's first word) names the union
            # in quotes after it as a lower-case one does, below (and "Новый Труд" in quotes is no person's name)
            head_capitalised = False
        if (not head_capitalised and left and not right and acronym is None and head in _CYRILLIC_SINGULAR_HEADS
                and (people := _cyrillic_people_after(original, end)) is not None):
            more, acronym = self._walk_right(original, people[1])
            if len(more) >= 2 and self._names_a_person(more[-2][2], more[-1][2], ()):
                more = more[:-2]  # "... медработников Украины Анатолий Сидоренко": its chairman after it
            right = [people, *more]
        if (not head_capitalised and left and not right and acronym is None and head in _CYRILLIC_SINGULAR_HEADS
                and _HEADS.get(head, ("", ()))[1] == ("ru", "uk") and original[end:end + 1] == " "
                and not any(fold(word) in _GENERIC_NAME_WORDS for _, _, word in left)
                and (complement := self._cyrillic_complement_after(original, end))):
            # "Российский профсоюз машиностроения", "Белорусский профсоюз различных форм предпринимательства
            # «Садружнасць»", "Альтернативный профсоюз локомотивных бригад ...": after a capitalised adjective and a
            # lower-case head, the trade in the genitive is the name's, with a quoted name after it; not after a
            # word of a body's kind or level ("Федеральный", "Независимый"), which alone with the head names
            # nothing and with a trade after it describes a union more often than it names one
            more, acronym = self._walk_right(original, complement[-1][1])
            right = [*complement, *more]
            if more and original[more[0][0] - 1] in "«“\"" and original[right[-1][1]:right[-1][1] + 1] in "»”\"":
                right.append((right[-1][1], right[-1][1] + 1, original[right[-1][1]]))  # its closing quote
        if (head_capitalised and not left and not right and acronym is None and not quote_after
                and head in _CYRILLIC_SINGULAR_HEADS and (people := _cyrillic_people_after(original, end)) is not None):
            rest = _tokens(original, people[1], min(len(original), people[1] + 60))
            place = self._cyrillic_place(rest) if rest and rest[0][0] == people[1] + 1 else []
            if place:
                # "Профсоюз железнодорожников Молдовы анонсировал ...": a capitalised head (a sentence's first word)
                # with its people and their place after it names the union as a lower-case one does
                right, head_capitalised = [people, *place], False
        if acronym is None and right and _HEADS.get(head, ("", ()))[1] == ("ru", "uk") and _is_capitalised(right[-1][2]) and (
                _bare(right[-1][2]).endswith(_CYRILLIC_GENITIVE_SINGULAR_ENDINGS)) and (
                noun := _WORD.match(original, right[-1][1] + 1)) is not None and original[right[-1][1]] == " " and (
                _cyrillic_genitive(noun.group()) == "noun"):
            # "сотрудников Московского метрополитена": a place's adjective in the genitive is followed by its noun,
            # in lower case, in the name
            right = [*right, (noun.start(), noun.end(), noun.group())]
        if trade is None and acronym is None and right and fold(right[-1][2]) in _CYRILLIC_WORKERS and (
                _HEADS.get(head, ("", ()))[1] == ("ru", "uk") or head in _CYRILLIC_LONG_HEAD_KEYS):
            # "Отраслевой профессиональный союз работников образовательных и ...", "Белорусского профсоюза
            # работников местной промышленности и ...", "Білоруської Незалежної профспілки працівників "Гродно
            # Азоту"": cut before its trade, or with a workplace's workers after it; no union is named so
            return None
        if trade is not None and acronym is None and (not right or right[-1][1] <= trade[-1][1]):
            # "Российского профсоюза работников культуры", "Профсоюз работников угольной промышленности Кузбасса":
            # the trade its workers work in names the union, in lower case as Russian and Ukrainian write it
            right = trade
            if (bracketed := _BRACKETED_CYRILLIC_ACRONYM.match(original, trade[-1][1])) is not None:
                acronym = bracketed.group(1)  # "... промышленности Грузии (ПРМГХГ)": its acronym after it
        else:
            trade = None
        if acronym is None and _HEADS.get(head, ("", ()))[1] == ("ru", "uk") and (self._person_right_after(right) or (
                len(right) == 1 and _CYRILLIC_INITIALS.match(original, right[0][1]))):
            # "з головою Профспілки Олександром Яцунем", "секретарю конфедерації профспілок Шаран Барроу",
            # "Голова профспілки О. Семерунь": a Russian or Ukrainian name's words after its head are lower-case
            # (or quoted); a given name and surname, an initial, or a surname and initials ("Профспілки Когута В.І.")
            # there are the person its role word names.
            right = []
        elif (acronym is None and _HEADS.get(head, ("", ()))[1] == ("ru", "uk") and len(right) >= 3
              and self._is_place(_bare(right[-3][2])) and self._names_a_person(right[-2][2], right[-1][2], ())):
            # "инспектор труда Союза профсоюзов России Сергей Храмов": a name ends with its country, and a given
            # name and surname after it are the person its role word names
            right = right[:-2]
        if head == _SUFFIX or _HEADS.get(head, ("", ()))[1] in (("tr",), ("hu",)):
            # "Birleşik Metal-İş Sendikası" is known as "Birleşik Metal-İş"; a Turkish name ends with its head
            # ("... Sendikası Genel Başkanı": the president), and so does a Hungarian one ("a Pedagógusok
            # Demokratikus Szakszervezete Budapesten": in Budapest).
            right = []
        following = _tokens(original, end, min(len(original), end + 60))[:8] if not head_capitalised or (
            strength == "strong" and not left and not right) else []
        if following and _HEADS.get(head, ("", ()))[1] == ("ru", "uk") and head in _CYRILLIC_SINGULAR_HEADS and (
                _LATIN_WORD.fullmatch(following[0][2])) and following[0][0] == end + 1 and (
                not head_capitalised or not left and _is_acronym(following[0][2]) and (
                    len(following) == 1 or not _is_capitalised(following[1][2]))):
            # "Челябинский профсоюз Wildberries", "в профсоюз OCC": a lower-case Russian or Ukrainian head before a
            # word in Latin letters (a firm's, as the press writes firms) is the firm's union referred to, no name (a
            # foreign union written so, "профсоюз Unite", is the directory's); capitalised before a Latin acronym, the
            # head is a word of the name ("Профсоюз IT")
            if not head_capitalised:
                return None
            firms_union = self._accepted(original, [(start, end, head_text), following[0]], "strong", None, title_case,
                                         head_word=(start, end))
            return replace(firms_union, name=f"{_CYRILLIC_OBLIQUE_HEADS.get(head_text, head_text)} {following[0][2]}") if (
                firms_union is not None) else None
        if following and _is_acronym(following[0][2]) and (len(following) == 1 or not _is_capitalised(following[1][2])
                                                            and following[1][2][0] not in _QUOTES) and (
                not _other_cyrillic_acronym(following[0][2])):
            # "sindicato UGT", and after a capitalised strong head that names nothing alone ("Die Gewerkschaft
            # GDL", "El Sindicato SUTEP convocó"): the acronym right after the head is the name; not one that opens a name
            # in quotes ("związek zawodowy NSZZ „Solidarność”": NSZZ is the head's own abbreviation).
            return self._accepted(original, following[:1], "strong", None, title_case, head_word=None)
        qualified: list[tuple[int, int, str]] | None = None  # a French name in lower case (_french_qualified_name)
        if not head_capitalised:
            # "the CUT trade union": an acronym next to a lower-case head is the name, and so is a name in
            # quotes after it (the trade union "Profbud").
            if (following and _HEADS.get(head, ("", ()))[1] == ("ru", "uk") and len(following) > 1
                    and _is_capitalised(following[0][2]) and not _is_capitalised(following[1][2])
                    and _bare(following[0][2]).endswith(_CYRILLIC_ADJECTIVE_ENDINGS)):
                if head in _CYRILLIC_PLURAL_HEADS and left and _bare(left[-1][2]).startswith(_CYRILLIC_BODY_STEMS) and (
                        _bare(following[1][2]) in _CYRILLIC_REGION_NOUNS):
                    # "Федерации профсоюзов Орловской области": a body of a region's unions is named after the
                    # region, as every regional federation of Russia's and Ukraine's unions is (from its noun on:
                    # "Совета Федерации ..." is the federation's council)
                    return self._accepted(original, [left[-1], (start, end, head_text), *following[:2]], "strong", None,
                                          title_case, head_word=(start, end))
                return None  # "профсоюза Московского метрополитена", "профсоюзов Красноярского края": a place's
                # adjective before a lower-case noun, the union of a workplace or region referred to
            if (head in _CYRILLIC_PLURAL_HEADS and not left and following and following[0][2] not in _QUOTES
                    and _is_capitalised(following[0][2])):
                return None  # "Руководители профсоюзов Восточного Казахстана": a plural head with no body's noun
                # before it names no organisation (a union's name is singular), the unions of a place referred to
            if following and self.is_short_name(following[0][2]) and (
                    len(following) == 1 or not _is_capitalised(following[1][2])) and _HEADS.get(head, ("", ("en",)))[1] != ("en",):
                # "le syndicat Onep", "el sindicato Sutep", "il sindacato Usb": an acronym the press
                # writes in title case, alone after a lower-case head word.
                return self._accepted(original, following[:1], "strong", None, title_case, head_word=None)
            if following and following[0][2] in _QUOTES:
                closing = next((index for index in range(1, len(following)) if following[index][2] in _QUOTES), None)
                if closing is not None and closing > 1 and _is_capitalised(following[1][2]):
                    adjectives = len(left)
                    while adjectives and _bare(left[adjectives - 1][2]).endswith(_CYRILLIC_ADJECTIVE_ENDINGS):
                        adjectives -= 1
                    if adjectives < len(left) and _HEADS.get(head, ("", ()))[1] == ("ru", "uk"):
                        # "Межрегиональный профсоюз «Рабочая ассоциация»": capitalised adjectives before the head
                        # make the whole a name
                        return self._accepted(original, [*left[adjectives:], (start, end, head_text),
                                                         *following[:closing + 1]],
                                              "strong", None, title_case, head_word=(start, end))
                    quoted = self._accepted(original, following[1:closing], "strong", None, title_case, head_word=None)
                    if quoted is not None and _HEADS.get(head, ("", ()))[1] == ("ru", "uk") and (
                            head not in _CYRILLIC_PLURAL_HEADS or not left):
                        # "новый профсоюз «Единство»", "профсоюза «Защита труда»", "профсоюзов «Защита»" (no body's
                        # noun before a plural head): a Russian or Ukrainian union named in quotes after its head is
                        # known by both ("Профсоюз «Единство»")
                        quoted = replace(quoted, name=_cyrillic_quoted_name(head, quoted.name))
                    return quoted
            if left and _is_acronym(left[-1][2]) and head not in _PLURAL_HEADS:
                return self._accepted(original, left[-1:], "strong", acronym, title_case, head_word=None)
            if _HEADS.get(head, ("", ("en",)))[1] == ("en",):
                return None  # "the South African trade union", "the United Auto Workers union": referred to
            qualified = self._french_qualified_name(original, start, end) if (
                not left and head in _FRENCH_QUALIFIED_HEADS) else None
            if qualified is not None:
                right, acronym = qualified, None
            # (a Russian or Ukrainian union of a trade is named in lower case: see _cyrillic_trade_after)
            if qualified is None and trade is None and not any(_is_capitalised(word) for _, _, word in [*left, *right]):
                return None  # "el sindicato de trabajadores": a union referred to, not named
            if head in _SPANISH_LOWER_HEADS and acronym is None and right and _bare(right[0][2]) in _SPANISH_OF:
                return None  # "el sindicato de Construcción Civil", "los sindicatos de la Autoridad de Energía": the
                # union of a trade or workplace referred to (a Spanish union's name is written capitalised)
            named_from = next((index for index, (_, _, word) in enumerate(right) if _is_capitalised(word)), 0) if not any(
                _is_capitalised(word) for _, _, word in left) else 0
            if (named_from and acronym is None and _bare(right[named_from - 1][2]) in _PLACE_PREPOSITIONS
                    and _LOWER_CASE_NAME_LANGUAGES.isdisjoint(_HEADS.get(head, ("", ()))[1])):
                # "serikat pekerja di Jepara", "unyon ng mga manggagawa sa Nexperia": the unions of a place or
                # a workplace referred to, in a language that writes union names capitalised.
                return None
            capitalised_at = [position for position, (_, _, word) in enumerate(right)
                              if _is_capitalised(word) and position > 0]
            if qualified is None and trade is None and not any(_is_capitalised(word) for _, _, word in left) and not _is_capitalised(
                    right[0][2]) and (all(_is_acronym(right[position][2]) and _bare(right[position - 1][2]) in _CONNECTORS
                        for position in capitalised_at)
                    or (acronym is None and capitalised_at == [len(right) - 1] and _bare(right[-2][2]) in _CONNECTORS
                        and not _bare(right[-1][2]).endswith("s"))
                    or (acronym is None and len(capitalised_at) in (2, 3)
                        and capitalised_at == list(range(1, len(right)))
                        and _bare(right[0][2]) in _CONNECTORS
                        and not any(_bare(right[position][2]).endswith("s") for position in capitalised_at))):
                # "la première organisation syndicale de la SNCF", "el sindicato mayoritario de YPF": the union
                # of a company (or a branch of a centre: "la section syndicale de la CGT") referred to; also when
                # the company's one word is not an acronym ("el sindicato de Antamina", "el principal sindicato de
                # Ecopetrol"), nor when the company's name is two or three capitalised words right after the connector ("o
                # sindicato da Hyundai Motor"; not "le syndicat des travailleurs contractuels du CHD Mono-Couffo"), but not a trade's plural ("o sindicato dos Bancários").
                return None
        if _HEADS.get(head, ("", ()))[1] == ("tl",) and (not head_capitalised or (
                not left and starts_sentence(original, start))) and _tagalog_workplace_only(right):
            # "unyon ng mga manggagawa sa Allgemeine Bau-Chemie (ABC)": the acronym is the workplace's; a title's
            # first word is capitalised ("Unyon sa PhilFoods, ...") and names no more than a lower-case one
            return None
        if _HEADS.get(head, ("", ()))[1] == ("tl",) and not head_capitalised and acronym is None:
            return None  # "ang unyon ng Notice of Strike ...": a Tagalog name capitalises its head ("Unyon ng ...")
        if left and set(_HEADS.get(head, ("", ("en",)))[1]) <= {"id", "ms"}:
            # Indonesian and Malay put what a union is after its head: before it come only the words of a union's
            # kind or organ ("Federasi", "Kongres", "Pimpinan Unit Kerja") and acronyms; a capitalised word of any
            # other kind starts no name ("Dugaan Pemberangusan Serikat Pekerja", a suspected busting of unions;
            # "Akta Kesatuan Sekerja", the Trade Unions Act)
            other = [index for index, (_, _, word) in enumerate(left)
                     if _bare(word) not in _MALAY_LEFT_WORDS and not _is_acronym(word)
                     and not _bare(word).startswith(("feder", "konfeder"))]  # "Federasai" (sic)
            if other:
                left = left[other[-1] + 1:]
            while left and _bare(left[0][2]) in _UNION_ORGANS:
                left = left[1:]  # "DPW Federasi ...": the federation's provincial board, the federation named
        if right and set(_HEADS.get(head, ("", ("en",)))[1]) <= {"id", "ms"} and (
                kind := [_bare(word) for _, _, word in right if _bare(word) not in _MALAY_LEFT_WORDS]) and all(
                word in _MALAY_KIND_ONLY for word in kind):
            return None  # "Kesatuan Sekerja Dalaman": an in-house union, of no name
        words = [*left, (start, end, head_text), *right]
        while words and (_bare(words[0][2]) in _CONNECTORS or _bare(words[0][2]) in _STOP_WORDS):
            words.pop(0)
        while words and (_bare(words[-1][2]) in _CONNECTORS or words[-1][2] in ",;&"):
            words.pop()
        if not words:
            return None
        if len(words) >= 4 and words[-2][0] > end and acronym is None and _role_before(original, words[0][0]) and (
                self._names_a_person(words[-2][2], words[-1][2], _HEADS.get(head, ("", ()))[1])) and (
                _bare(words[-3][2]) not in _CONNECTORS):
            # "Przewodniczący Związku Zawodowego Pracowników Poczty Jan Kowalski": the person the role
            # word names follows the union's name, in Polish without a comma (also in English and Spanish:
            # "president of the Barbados Secondary Teachers' Union Mary Redman").
            words = words[:-2]
        if (acronym is None and 2 <= len(words) <= 4 and words[0][0] == start and _role_before(original, start)
                and (all(self.may_be_personal_name(word) for _, _, word in words[1:]) or (len(words) == 3 and (
                    self._names_a_person(words[1][2], words[2][2], _HEADS.get(head, ("", ()))[1]))))):
            # "o coordenador do Sindicato Nivaldo", "el secretario general del sindicato Juan Pérez": the union,
            # then the person its role word names
            return None
        if (not head_capitalised and len(words) > 1 and words[0][0] == start and _is_capitalised(words[1][2])
                and not _HEAD_BEFORE_NAME_LANGUAGES.isdisjoint(_HEADS.get(head, ("", ()))[1])
                and (_bare(words[1][2]) in _ARTICLES or _bare(words[1][2]) not in GENERIC_NAME_WORDS
                     or _bare(words[1][2]) in _HEADS
                     # "el sindicato Trabajadores Unidos": a name all in title case, though its first word is a
                     # generic one, is the name after the head (wide_esb32 es-33128)
                     or (len(words) > 2 and all(_is_capitalised(word) for _, _, word in words[1:])))
                and not any(character.isdigit() for _, _, word in words[1:] for character in word)
                and not self._only_places_named([word for _, _, word in words])):
            # "el sindicato Solidariedade Obreira", "el sindicato La Bancaria Rosario": the name is the capitalised
            # words after a lower-case head, as "el sindicato Sutep" is Sutep (but "el sindicato Único de ...", "el
            # sindicato Número 1 de ..." keep their head; Dutch too: "de vakbond Metisp-Protect", and a name with a
            # head of its own: "de vakbonden Sindicato di Maestro").
            words, head_word = words[1:], None
        else:
            head_word = (start, end)
        if acronym is not None and not initials_fit(acronym, [word for _, _, word in words]):
            for cut in range(1, len(words)):
                if words[cut][0] > start:
                    break
                if initials_fit(acronym, [word for _, _, word in words[cut:]]):
                    # "Hong Kong Confederation of Trade Unions (CTU)": a place before the name stays.
                    if not self._is_place(fold(" ".join(word for _, _, word in words[:cut]))):
                        words = words[cut:]
                    break
        return self._accepted(original, words, strength, acronym, title_case, head_word=head_word,
                              trade=trade is not None, lower_name=qualified is not None, listed=listed)

    @staticmethod
    def _sentence_case_specific(head: str, folded_words: list[str]) -> bool:
        """True when a capitalised French, Spanish, Portuguese or Italian head is followed by a lower-case word
        that says which union it is ("Fédération nationale des fonctionnaires", not "Syndicat des travailleurs")."""
        languages = _HEADS.get(_bare(head), ("", ()))[1]
        return (_is_capitalised(head) and not _LOWER_CASE_NAME_LANGUAGES.isdisjoint(languages)
                and any(_unelided(word) in LABOUR_WORDS and _unelided(word) not in GENERIC_NAME_WORDS
                        and _unelided(word) not in _UNION_ADJECTIVES for word in folded_words[1:]))

    def _only_places_named(self, words: list[str]) -> bool:
        """True when the capitalised words after the first are a place's name, or a list of places' names
        ("Sindicatos de Perú, Bolivia y Ecuador", "Syndicats du Mali et du Niger"), and nothing else."""
        named = [word for word in words[1:] if _is_capitalised(word)]
        if named and named[0][:2].lower() in ("l'", "d'", "l’", "d’"):
            named[0] = named[0][2:]  # "d'Eswatini"
        start = 0  # each place of a list, its longest name first, the whole first of all ("Costa Rica, El Salvador")
        while start < len(named):
            end = next((end for end in range(len(named), start, -1) if self._is_place(fold(" ".join(named[start:end])))),
                       None)
            if end is None:
                return False
            start = end
        return True

    def may_be_personal_name(self, word: str, place_ok: bool = False) -> bool:
        """A capitalised word that says nothing of unions, trades or places (a given name or a surname); with
        `place_ok`, a place's name may be one too."""
        bare = _bare(word)
        return (_is_capitalised(word) and not word.isupper() and bare not in _HEADS and bare not in _LOWER_NAME_WORDS
                and bare not in GENERIC_NAME_WORDS and bare not in _STOP_WORDS and (place_ok or not self._is_place(bare)))

    def _names_a_person(self, given: str, surname: str, languages: tuple[str, ...]) -> bool:
        """True when two capitalised words may be a person's given name and surname. For a head of languages
        that join a name's words with "of"/"de" (`languages`), one of them may also look like a country
        ("Mary Redman", "Jorge Bermúdez"); elsewhere it is the name's own ("Pracowników Poczty Polskiej")."""
        words = (given, surname)
        places = sum(self._is_place(_bare(word)) for word in words)
        return (all(self.may_be_personal_name(word, place_ok=True) for word in words)
                and (places == 0 or places == 1 and bool(languages) and _OF_LANGUAGES.issuperset(languages)))

    def _person_right_after(self, right: list[tuple[int, int, str]]) -> bool:
        """True when the words after a head are only a person's: an initial ("О."), or a given name and a
        surname ("Шаран Барроу")."""
        words = [word for _, _, word in right]
        return (len(words) == 1 and len(words[0]) == 1 and words[0].isupper()) or (
            len(words) == 2 and self._names_a_person(words[0], words[1], ()))

    def _elided_place_before(self, original: str, start: int, end: int) -> bool:
        """True when the word at start:end is the end of a place written with an elided letter before it
        ("N'Djamena", "N'Zérékoré"): not a name of its own."""
        if start < 2 or original[start - 1] not in "'’" or not original[start - 2].isalpha() or (
                start >= 3 and original[start - 3].isalpha()):
            return False
        bare = _bare(original[start:end])
        return self._is_place(fold(original[start - 2]) + bare) or self._is_place(fold(original[start - 2]) + " " + bare)

    def is_short_name(self, word: str) -> bool:
        """A one-word name in title case ("Onep", "Sutep"), not a place, a generic, a stop word or a day."""
        bare = _bare(word)
        return (len(bare) >= 3 and word[:1].isupper() and word[1:].islower() and bare not in _STOP_WORDS
                and bare not in _DAY_WORDS
                and bare not in GENERIC_NAME_WORDS and bare not in _LOWER_NAME_WORDS and bare not in REJECT_WORDS
                and not self._is_place(bare))

    def _cyrillic_trade_after(self, original: str, end: int) -> list[tuple[int, int, str]] | None:
        """The words of a Russian or Ukrainian union of a trade after its singular head ending at `end`: the workers,
        the trade they work in (see _CYRILLIC_WORKERS) and the place it is of, if one follows in the genitive
        ("... работников угольной промышленности Кузбасса", "... Республики Казахстан"), or None."""
        tokens = _tokens(original, end, min(len(original), end + 200))
        if not tokens or tokens[0][0] != end + 1 or original[end] != " " or fold(tokens[0][2]) not in _CYRILLIC_WORKERS:
            return None
        complement = _cyrillic_trade_complement(tokens[1:])
        if not complement:
            return None
        rest = tokens[1 + len(complement):]
        if not rest or rest[0][0] != complement[-1][1] + 1:
            return [tokens[0], *complement]
        place = self._cyrillic_place(rest) if _is_capitalised(rest[0][2]) else []
        if _is_capitalised(rest[0][2]) and _CYRILLIC_ADJECTIVE_GENITIVE.search(rest[0][2]) and len(place) <= 1:
            # "... морского транспорта Одесского морского торгового порта", "... Московского метрополитена": a
            # capitalised adjective that is no place's name of its own (as "Свердловской области" is) starts a
            # workplace's, the union of which is referred to
            return None
        quoted = _QUOTED_NAME_AFTER.match(original, (place or complement)[-1][1])
        if quoted is not None:
            # "Профсоюза работников образования и просвещения «VIITORUL»": its own name in quotes after the trade
            return [tokens[0], *complement, *place, *_tokens(original, quoted.start(1), quoted.end())]
        return [tokens[0], *complement, *place]

    def cyrillic_trade_of_workplace(self, original: str, start: int, end: int) -> FoundName | None:
        """The union of a trade named by a workplace after the trade, around the singular Russian or Ukrainian head at
        start:end ("Профсоюза работников морского транспорта Одесского морского порта"), which _cyrillic_trade_after
        leaves as a workplace's union referred to: the trade's union, without the workplace and with its head in the
        nominative ("Профсоюз работников морского транспорта"), for the tagger to take only as a national union the
        directory knows (Tagger._national_unions_by_trade); None for any other head or words after it."""
        head = original[start:end]
        if fold(head) not in _CYRILLIC_SINGULAR_HEADS or original[end:end + 1] != " ":
            return None
        tokens = _tokens(original, end, min(len(original), end + 200))
        if not tokens or tokens[0][0] != end + 1 or fold(tokens[0][2]) not in _CYRILLIC_WORKERS:
            return None
        complement = _cyrillic_trade_complement(tokens[1:])
        rest = tokens[1 + len(complement):]
        if not complement or not rest or rest[0][0] != complement[-1][1] + 1 or not _is_capitalised(rest[0][2]) or not (
                _CYRILLIC_ADJECTIVE_GENITIVE.search(rest[0][2])) or len(self._cyrillic_place(rest)) > 1:
            return None
        nominative = _CYRILLIC_OBLIQUE_HEADS.get(head, head)
        words = [nominative[:1].upper() + nominative[1:], tokens[0][2], *(word for _, _, word in complement)]
        return FoundName(start, complement[-1][1], " ".join(words), None)

    def _directory_names_trade(self, original: str, start: int, end: int, name: FoundName,
                               known_spans: list[tuple[int, int]], known_starts: list[int]) -> bool:
        """True when the directory's own match decides a Russian or Ukrainian union of a trade found around the
        head at start:end (see _cyrillic_trade_after): a directory name holds the head and only a place follows it
        ("Профсоюз работников образования и науки России"), or one stands among the words after the head
        ("... работников образования «Учитель»")."""
        workers = _WORD.match(original, end + 1)
        if workers is None or fold(workers.group()) not in _CYRILLIC_WORKERS:
            return False
        holder = bisect_right(known_starts, start) - 1
        if holder >= 0 and known_spans[holder][0] <= start < known_spans[holder][1] < name.end:
            rest = _tokens(original, known_spans[holder][1], name.end)
            return self._cyrillic_place(rest) == rest
        inside = bisect_left(known_starts, end)
        return inside < len(known_spans) and known_spans[inside][1] <= name.end

    def is_cyrillic_place(self, text: str) -> bool:
        """True when `text` is all a Russian or Ukrainian place in the genitive (see _cyrillic_place)."""
        tokens = _tokens(text, 0, len(text))
        return bool(tokens) and self._cyrillic_place(tokens) == tokens

    def _cyrillic_place(self, tokens: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """The leading tokens that name a place in the genitive after a Russian or Ukrainian trade ("России",
        "РФ", "Свердловской области", "Республики Казахстан", "Российской Федерации", "Кузбасса"), or none."""
        words = [word for _, _, word in tokens[:3]]
        for length in (3, 2, 1):
            if length == 1 and len(words) >= 2 and _is_capitalised(words[1]) and (
                    words[0] in _CYRILLIC_REPUBLIC or words[1] in _CYRILLIC_FEDERATION and _CYRILLIC_ADJECTIVE_GENITIVE.search(
                        words[0])):
                # "Российской Федерации" whole, though its adjective alone reads as a place ("Российской")
                return tokens[:2]
            if len(words) >= length and all(tokens[index][0] == tokens[index - 1][1] + 1 for index in range(1, length)) \
                    and all(_CYRILLIC_WORD.fullmatch(_bare(word)) for word in words[:length]) \
                    and self._is_place(fold(" ".join(words[:length]))):
                return tokens[:length]
        if _CYRILLIC_GENITIVE_PLACE.fullmatch(words[0]) and (len(words) == 1 or not _is_capitalised(words[1])):
            return tokens[:1]
        return []

    def _walk_left(self, original: str, start: int, listed_head: bool = False) -> list[tuple[int, int, str]]:
        """Capitalised words right before the head ("Bangladesh Garment Workers'"), in text order; a head that
        is a whole word of the name (`listed_head`: "Hotellarbetarsyndikat") may end a list of them
        ("Restaurang och Hotellarbetarsyndikat", "Fengsels- og Friomsorgsforbund")."""
        if not listed_head and not _CAPITALISED_BEFORE.search(original, max(0, start - 24), start):
            return []  # the usual "the Union", "of the Federation": nothing to walk over
        window_start = max(0, start - _LEFT_WINDOW)
        # Most walks stop within a few words: they are read in a shorter window first, which starts after a
        # space. No token holds a space (but "N° 1"), so from there on the tokens are the long window's.
        space = original.find(" ", max(window_start + 1, start - _SHORT_LEFT_WINDOW), start)
        if space > 0 and original[space - 2:space] not in ("N°", "Nº"):
            short_walk = self._walk_left_over(_tokens(original, space + 1, start), 2, listed_head)
            if short_walk is not None:
                return short_walk
        tokens = _tokens(original, window_start, start)
        if tokens and window_start > 0:
            tokens = tokens[1:]  # the first token of the window may be cut in half
        return self._walk_left_over(tokens, 0, listed_head) or []

    def _walk_left_over(self, tokens: list[tuple[int, int, str]], lowest: int,
                        listed_head: bool = False) -> list[tuple[int, int, str]] | None:
        """_walk_left over the tokens before the head, or None when it would read a token before tokens[lowest]."""
        taken: list[tuple[int, int, str]] = []
        index = len(tokens) - 1
        listing = False  # a list of trades joined by "and": "Electricity Supply, Maintenance and Allied"
        words = 0  # the commas of a list are no words: "Depo, Liman, Tersane ve Deniz İşçileri Sendikası"
        while index >= lowest and words < _MAX_LEFT_WORDS:
            word = tokens[index][2]
            bare = _bare(word)
            before = tokens[index - 1][2] if index > 0 else ""
            if word in _ITALIAN_IS:
                break
            if word in _AND_CONNECTORS or bare in _AND_CONNECTORS or (word == "," and listing):
                if ((taken or (listed_head and not _COMPOUND_HEAD.fullmatch(before))) and _is_capitalised(before)
                        and _bare(before) not in _STOP_WORDS and not before.isupper() and _bare(before) not in _HEADS
                        and (not taken or _bare(taken[-1][2]) not in _HEADS)):
                    listing = True
                    taken.append(tokens[index])
                    words += word != ","
                    index -= 1
                    continue
                break
            if word == "." and (before in _COMPANY_ABBREVIATIONS or before in _SAINT_ABBREVIATIONS and taken) and (
                    tokens[index][0] == tokens[index - 1][1]):
                # "Victoria Manufacturing Corp. Employees Union", "Nexperia Phils. Inc. Workers Union": the point
                # of the company's abbreviation is inside the name
                taken.append(tokens[index])
                index -= 1
                continue
            if not _is_capitalised(word) or bare in _STOP_WORDS or not bare or word.replace(",", "").isdigit() or (
                    word in _DETERMINERS):
                break  # (a number before the name is a count: "100 Free Trade Union of Cambodia supporters"; a
                # determiner ends the words before a name: "Dicho Sindicato de ...", "Une intersyndicale")
            if (_POSSESSIVE.search(word) and _bare(word[:-2]) not in _POSSESSIVE_NAME_WORDS and not _after_saint(
                    tokens, index)) or (
                    _is_acronym(word) and taken and not self._is_place(bare) and not all(
                        _bare(token[2]) in _WORKFORCE_WORDS for token in taken)):
                break  # "Amazon's", or an acronym before the name ("KCTU Korean ..."), not a country's ("PNG Nurses")
                # nor an employer's before its workforce alone ("DBS Staff Union", "PHA Workers' Union")
            if _is_possessive_head(word):
                break  # "... Trade Unions’ Central Committee": the committee of a union named before it
            if CASE_SUFFIX.search(word):
                break  # "İstanbul'da Depo, Liman ... Sendikası": a Turkish case ending, where, not the name
            if _bare(before) in _PLACE_PREPOSITIONS and self._is_place(bare):
                break  # "W Polsce Niezależny Związek ...", "In Kenya Plantation ...": where, not which union
            taken.append(tokens[index])
            words += not (listing and before == ",")  # a list's words: "Communications, Electrical, Electronic, ..."
            index -= 1
        if index < lowest and words < _MAX_LEFT_WORDS and lowest:
            return None  # the walk goes on before these tokens
        while taken and (taken[-1][2] == "," or _bare(taken[-1][2]) in _AND_CONNECTORS):
            taken.pop()  # the walk stopped inside a list: it does not start with its comma
        taken.reverse()
        return taken

    def _cyrillic_complement_after(self, original: str, end: int) -> list[tuple[int, int, str]]:
        """The trade in the genitive one space after a Russian or Ukrainian head ending at `end`
        (_cyrillic_trade_complement), not its people ("профсоюза лоцманов", read as such) nor "работников"."""
        tokens = _tokens(original, end, min(len(original), end + 160))
        if not tokens or tokens[0][0] != end + 1 or fold(tokens[0][2]) in _CYRILLIC_WORKERS or (
                _cyrillic_people_after(original, end) is not None):
            return []
        return _cyrillic_trade_complement(tokens)

    def _walk_right(self, original: str, end: int) -> tuple[list[tuple[int, int, str]], str | None]:
        """Words after the head that belong to the name, and an acronym in brackets right after it.

        Most names end within a few words, so a short window is read first and a longer one only
        when the walk reaches its end.
        """
        for window in (_SHORT_RIGHT_WINDOW, _RIGHT_WINDOW):
            taken, acronym, ran_out = self._walk_right_within(original, end, min(len(original), end + window))
            if not ran_out:
                break
        return taken, acronym

    def _walk_right_within(self, original: str, end: int,
                           window_end: int) -> tuple[list[tuple[int, int, str]], str | None, bool]:
        """_walk_right over original[end:window_end]; the flag says the walk reached the window's end."""
        tokens = _tokens(original, end, window_end)
        if tokens and window_end < len(original):
            tokens = tokens[:-1]
        taken: list[tuple[int, int, str]] = []
        acronym: str | None = None
        index = 0
        bracket_cut = False  # (also a list of trades the window cuts)
        if tokens and tokens[0][0] == end and tokens[0][2] in "'’":
            return [], None, False  # "the Migrant Workers Union's partner": the name ends at the possessive
        while index < len(tokens) and len(taken) < _MAX_RIGHT_WORDS:
            word = tokens[index][2]
            bare = _bare(word)
            if word in "([（":
                closing = next((later for later in range(index + 2, min(len(tokens), index + 6))
                                if tokens[later][2] in ")]）"), None)
                if closing is not None and (closing == index + 2 or all(
                        _is_acronym(token[2]) for token in tokens[index + 1:closing])):
                    # checked against the name in _accepted; several acronyms are one ("FSP KEP", up to four
                    # with the organ's: "PC FSP KEP SPSI")
                    acronym = " ".join(token[2] for token in tokens[index + 1:closing])
                elif closing is not None:  # "(CUT – A)"; "(UPPFBPI-OLALIA -KMU)", see _member_acronym
                    inner = original[tokens[index + 1][0]:tokens[closing - 1][1]]
                    acronym = dash_joined_acronym(inner) or (inner if _dash_joined_acronyms(inner) else None)
                elif (index + 3 < len(tokens) and tokens[index + 2][2] in ",;" and _is_acronym(tokens[index + 1][2])
                      and tokens[index + 3][2][:1].islower()):
                    # "(ILA, por sus siglas en inglés)": the acronym, then a gloss; not a list ("(CGT, Solidaires")
                    acronym = tokens[index + 1][2]
                # A bracket that the window cuts is read again in the longer window.
                bracket_cut = index + 2 >= len(tokens) and window_end < len(original)
                break
            if word in _QUOTES and not taken and original[tokens[index][0] - 1:tokens[index][0]].isspace():
                closing = next((later for later in range(index + 1, min(len(tokens), index + 8))
                                if tokens[later][2] in _QUOTES), None)
                # (a quote that opens the next sentence closes none: "Vakbonden 'verbijsterd' over communicatie.
                # 'Dit is ...'", the first quote's close glued to its word)
                if closing is not None and closing > index + 1 and not any(
                        token[2] in ".!?" for token in tokens[index + 1:closing]):
                    taken.extend(tokens[index + 1:closing])
                    index = closing + 1
                    if index < len(tokens) and _bare(tokens[index][2]) in _PLACE_PREPOSITIONS:
                        break  # "Związek Zawodowy „Kadra” w JSW": the name in quotes, then its workplace
                    continue
                break
            if bare in _INDONESIAN_REGIONS and taken and index + 1 < len(tokens) and _is_capitalised(tokens[index + 1][2]):
                break  # "Serikat Pekerja Nasional Kabupaten Bogor": the union's branch in a regency, city or province
            if word == "." and taken and taken[-1][2] in _COMPANY_ABBREVIATIONS and tokens[index][0] == taken[-1][1]:
                index += 1  # "... sa PhilFoods Fresh Baked Product Inc. (UPPFBPI)": the abbreviation's point
                continue
            if word == ",":
                # A comma only inside a list of trades that ends in another head word or in the workers:
                # "Federation of Chemical, Energy, Mine and General Workers' Unions", "Kenya Union of
                # Commercial, Food and Allied Workers".
                # Not "Manufacturing Workers' Union, Electrical Trades Union": two names in a row.
                rest = [_bare(later[2]) for later in tokens[index + 1:index + 9]]
                next_head = next((position for position, later in enumerate(rest)
                                  if later in _HEADS or later in _LIST_ENDS), None)
                if (next_head is not None and any(later in _AND_CONNECTORS for later in rest[:next_head])
                        and taken and _bare(taken[-1][2]) not in _HEADS
                        and index + 1 < len(tokens) and (_is_capitalised(tokens[index + 1][2]) or (
                            # "Rail, Maritime, and Transport Workers": a comma before the list's last "and"
                            _bare(tokens[index + 1][2]) in _AND_CONNECTORS and index + 2 < len(tokens)
                            and any(earlier[2] == "," for earlier in taken)
                            and _is_capitalised(tokens[index + 2][2])))):
                    taken.append(tokens[index])
                    index += 1
                    continue
                # The list head may end in the name's first word: "Serikat" is a head of its own, so in "Serikat
                # Pekerja Kimia, Energi, dan Pertambangan" the walk starts at "Pekerja".
                list_end = _trades_list_end(tokens, index, taken, any(
                    _LIST_HEAD_BEFORE.search(original, max(0, stop - 20), stop) for stop in (end, *(token[1] for token in taken[:1]))))
                if list_end == len(tokens) and window_end < len(original):
                    bracket_cut = True  # the window cuts the list: read it again in the longer one
                elif list_end is not None:
                    taken.extend(tokens[index:list_end])
                    if list_end < len(tokens) and tokens[list_end][2] == "(":
                        index = list_end
                        continue  # the acronym's bracket after the list: "... dan Energi (SBIPE)"
                break
            if (word in _SUFFIX_DASHES and taken and index + 1 < len(tokens) and tokens[index + 1][2] in _CENTRE_SUFFIXES
                    and (tokens[index][0], tokens[index + 1][0]) in ((taken[-1][1], tokens[index][1]),
                                                                      (taken[-1][1] + 1, tokens[index][1] + 1))
                    and original[taken[-1][1]:tokens[index + 1][0]] in (word, f" {word} ")):
                # "... de Rolls-Royce Canada–CSN", "... de la Métallurgie – CGT": the centre ends the name
                taken.extend(tokens[index:index + 2])
                break
            if word in _SUFFIX_DASHES and taken and taken[-1][1] == tokens[index][0]:
                if index + 1 == len(tokens) and window_end < len(original):
                    bracket_cut = True  # the window cuts the name at a glued dash: read it again in the longer one
                    break
                if region_end := _dashed_region_before_centre(tokens, index):
                    # "... des CPE de Québec–Chaudière-Appalaches–CSN": a dash joins two regions' names into one, the
                    # centre's suffix after a second dash ends the name (wide_fr34 fr-34305)
                    taken.extend(tokens[index:region_end])
                    break
            if word in _NAME_DASHES and taken and (dashed := _acronym_after_dash(tokens, index)):
                # "... de la Salud – ANTHOC", "... de PETROECUADOR – FETRAPEC", "... Consultorios -ANTHOC-": the
                # acronym set off by a dash, as in brackets (checked against the name in _accepted)
                acronym = dashed
                break
            if word in _NAME_DASHES and taken and _dash_continues_name(original, tokens, index):
                # "... de Trabajadores – Independiente (CGT – i)": the acronym spells the words after the dash
                taken.append(tokens[index])
                index += 1
                continue
            if word in _ITALIAN_IS or (word in _AND_CONNECTORS or bare in _AND_CONNECTORS) and (
                    not taken or _bare(taken[-1][2]) in _HEADS):
                break  # "Metal-İş Sendikası ve Petrol-İş": the first name is complete
            if not taken and bare in _GERMAN_OBJECT_ARTICLES and _GERMAN_HEAD_BEFORE.search(original, max(0, end - 16), end):
                break  # "will die Gewerkschaft die Geschäftsführung an den Tisch bringen": an object, not a name
            if (word in _AND_CONNECTORS or bare in _AND_CONNECTORS) and _head_follows(tokens, index + 1):
                break  # "el Sindicato N°1 de Chuquicamata y el Sindicato N°2": a second name starts
            if bare == "and" and index + 2 < len(tokens) and _bare(tokens[index + 1][2]) == "the" and _is_capitalised(
                    tokens[index + 2][2]):
                break  # "... Allied Workers and the National Education ... Union": an English name has no "and the"
                # in it; the article starts a second name
            if bare == "sa" and taken and (any(_bare(earlier[2]) == "sa" for earlier in taken)
                                           or self._place_follows(tokens, index + 1)):
                # "Unyon ng mga Mag-aaral sa Quezon City", "... sa Agrikultura sa Negros": Tagalog puts where a
                # thing happens after its subject; "sa" names a union's workplace or trade once ("Unyon ng mga
                # Panadero sa PhilFoods"), and a place after it is where
                break
            if taken and (glued := _affiliation_glued(word)):
                # "Unyon ng mga Panadero sa Gardenia Philippines-Olalia-KMU", "... Product Inc.-OLALIA": the
                # federations a Philippine union belongs to, glued to its name's last word by hyphens, are not its name
                taken.append((tokens[index][0], tokens[index][0] + glued, word[:glued]))
                break
            if word == "&" or bare in _CONNECTORS or (bare in _ALL_ARTICLES and taken and _bare(taken[-1][2]) in _ALL_WORDS):
                # "Sindicato de Todos os Profissionais da Educação": Portuguese "todos os", "all the", inside a name
                taken.append(tokens[index])
            elif bare in _SECTOR_PREPOSITIONS and taken and (_bare(taken[-1][2]) in _LIST_ENDS and _sector_follows(
                    tokens, index + 1) or _state_follows(tokens, index + 1) or (
                    bare in _BRAZILIAN_STATE_PREPOSITIONS and _brazilian_state_follows(tokens, index + 1))):
                # (also "... Serviço Público Federal no Rio Grande do Norte": a Brazilian state named bare)
                # "Trabalhadores em Educação", "Trabajadores en la Educación"; "Sindicato dos Engenheiros no
                # Estado do Rio de Janeiro", "... no Distrito Federal": the state a union covers ends its name
                taken.append(tokens[index])
            elif company_words := _company_words_after_head(original, tokens, index):
                taken.extend(tokens[index:index + company_words])
                index += company_words
                continue
            elif _is_acronym(word) and (not taken or _bare(taken[-1][2]) not in _CONNECTORS | _EMPLOYER_BEFORE):
                break  # "the Albanian Telecommunications Union SPPTSH": an acronym after the name
            elif word.isdigit() and (len(word) == 4 or (taken and _bare(taken[-1][2]) in _CONNECTORS)):
                break  # "... Oświata Polska w 2020 roku", "... de 2019": a year or a date, not the name's number
            elif bare in _MONTHS and len(taken) >= 2 and _bare(taken[-1][2]) == "de" and taken[-2][2].isdigit():
                taken.append(tokens[index])  # "Sindicato 25 de marzo": a union named after a day, its month in lower case
            elif index + 1 < len(tokens) and _bare(tokens[index + 1][2]) in _ROLE_WORDS and bare in _RANK_WORDS:
                break  # "... Workers Union general secretary Lloyd Sarai": a role's first word, not the name's
            elif bare in _HEADLINE_VERBS and word[:1].isupper():
                break  # "Gambia Teachers' Union Calls Off Industrial Action": a headline's verb ends the name
            elif _is_capitalised(word) and bare and bare not in _STOP_WORDS and not (" " in bare and _is_role(bare)):
                # (not "Union Secretary-General Akello Misori": a role written with a hyphen ends the name too)
                taken.append(tokens[index])
                if _is_possessive_head(word) or _owner_before_no_head(word, tokens, index + 1):
                    break  # "the Federation of ... Trade Unions’ Demands": a head word in the possessive ends the name
            elif taken and word.islower() and _bare(taken[-1][2]) in LABOUR_WORDS and self._is_place(bare):
                # "Syndicat des cheminots ivoiriens", "Confédération syndicale des enseignants malgaches": the
                # workers' nationality, written in lower case after them as French, Italian, Spanish and Portuguese
                # write it, is the name's
                taken.append(tokens[index])
            elif (taken and word.islower() and _is_capitalised(taken[-1][2]) and _bare(taken[-1][2]) not in _HEADS
                  and (bare in _FRENCH_NAME_ADJECTIVES or self._is_place(bare)) and index + 1 < len(tokens)
                  and _FRENCH_NAME_GOES_ON.match(tokens[index + 1][2])):
                # "Syndicat des employés de la Société québécoise du cannabis", "... de la Régie autonome des
                # transports": an adjective in lower case after a capitalised word of the name, the name going on
                # after it, is the name's
                taken.append(tokens[index])
            elif _unelided(bare) in _LOWER_NAME_WORDS and (not taken or _unelided(_bare(taken[-1][2])) in _CONNECTORS | _LOWER_NAME_WORDS) \
                    and (not taken or _bare(taken[-1][2]) not in _ENGLISH_CONNECTORS) and not (
                        bare in _ENGLISH_NOUNS_AFTER_NAMES and _is_capitalised(
                            taken[-1][2] if taken else original[original.rfind(" ", 0, end) + 1:end])):
                # (not "the Union of Northern Workers building", "Hydro Electric Union workers": an English
                # name's words are capitalised, a lower-case noun right after one is the sentence's)
                taken.append(tokens[index])
            else:
                break
            index += 1
        if acronym is None and taken and index < len(tokens) and (len(taken) >= _MAX_RIGHT_WORDS or _bare(
                tokens[index][2]) in _WITH_BEFORE_ACRONYM) and (bracket := _name_words_to_acronym(tokens, index)) is not None:
            # "Sindicato de Trabajadores de la Dirección General del Deporte y la Recreación del Ministerio de Cultura y
            # Deportes (SINTRADEPORTES)", "... da Administração Pública e de Entidades com Fins Públicos (Fesinap)": a
            # long name, or one with "com"/"con" in it, is walked on to the acronym in brackets that ends it
            taken.extend(tokens[index:bracket])
            acronym = tokens[bracket + 1][2]
            index = bracket
        ran_out = bracket_cut or index >= len(tokens) and window_end < len(original)
        while taken and (_bare(taken[-1][2]) in _CONNECTORS or taken[-1][2] in ",'’&"):
            taken.pop()
        return taken, acronym, ran_out

    def _french_qualified_name(self, original: str, start: int, end: int) -> list[tuple[int, int, str]] | None:
        """The words after a lower-case French head that name its union in lower case (see _FRENCH_QUALIFIERS):
        the qualifier, then each preposition with its noun and the noun's adjectives; None when the words after
        the head are not of that shape."""
        if not _FRENCH_DEFINITE_BEFORE.search(original, max(0, start - 4), start):
            return None
        tokens = _tokens(original, end, min(len(original), end + _RIGHT_WINDOW))
        if not tokens or _bare(tokens[0][2]) not in _FRENCH_QUALIFIERS:
            return None  # (not "le syndicat autonome de l'enseignement supérieur": a kind of union)
        index = 2 if len(tokens) > 1 and _bare(tokens[1][2]) in _FRENCH_SECOND_QUALIFIERS else 1
        taken = tokens[:index]
        named = 0  # how many of the taken words are the name's whole (a noun or its adjective)
        after_noun = False
        while index < len(tokens) and index < _FRENCH_MAX_NAME_WORDS:
            word = tokens[index][2]
            bare = _bare(word)
            if bare in _FRENCH_NAME_PREPOSITIONS or (bare in ("la", "les") and taken and _bare(taken[-1][2]) == "de"):
                after_noun = False
            elif bare in _FRENCH_DETERMINERS:
                break  # "le syndicat national des enseignants et le gouvernement": a second noun phrase
            elif not after_noun and taken and _bare(taken[-1][2]) in _FRENCH_NAME_PREPOSITIONS | {"la", "les"} and (
                    word[:1].isalpha() and not _is_acronym(word)):
                after_noun = True  # the noun after a preposition ("des formateurs", "de la santé")
            elif bare[:2] in ("l ", "d ") and not after_noun and taken and _bare(taken[-1][2]) in ("de", "et"):
                after_noun = True  # "de l'éducation", "et d'orientation"
            elif after_noun and word.islower() and (
                    _unelided(bare) in _LOWER_NAME_WORDS or (len(bare) > 4 and bare.endswith(_FRENCH_ADJECTIVE_ENDINGS))
                    or self._is_place(bare)):
                pass  # "des affaires sociales", "des enseignants malgaches"
            else:
                break
            taken.append(tokens[index])
            if after_noun:
                named = len(taken)
            index += 1
        if not named or index >= _FRENCH_MAX_NAME_WORDS:
            return None
        bracket = _PAREN.match(original, taken[named - 1][1] + 1) if original[taken[named - 1][1]:][:1] == " " else None
        words = [original[start:end]] + [word for _, _, word in taken[:named]]
        if bracket is not None and (fold(bracket.group(1))[:1] == fold(words[0])[:1] or initials_fit(
                bracket.group(1), words) or syllables_fit(bracket.group(1), words)):
            return None  # "le syndicat national des professionnels des eaux et forêts (Synapef)": named with its
            # own acronym (see _name_before); not "... de l'enseignement (FDT)", the centre it belongs to
        return taken[:named]

    def _place_follows(self, tokens: list[tuple[int, int, str]], index: int) -> bool:
        """True when the capitalised words from tokens[index] on start with a place's name ("Quezon City"), not
        a company's named after one ("Fuji Electric Philippines": a capitalised word goes on after the place)."""
        words: list[str] = []
        place = 0
        for _, _, word in tokens[index:index + 3]:
            if not _is_capitalised(word):
                break
            words.append(_bare(word))
            if self._is_place(" ".join(words)):
                place = len(words)
        return place > 0 and not (index + place < len(tokens) and _is_capitalised(tokens[index + place][2]))

    # -- checks ----------------------------------------------------------------------------

    def _accepted(self, original: str, words: list[tuple[int, int, str]], strength: HeadStrength,
                  acronym: str | None, title_case: bool, head_word: tuple[int, int] | None,
                  trade: bool = False, lower_name: bool = False, listed: bool = False) -> FoundName | None:
        """The name made of `words` if it passes the checks, else None.

        `head_word` is the span of the head the name was found around (None for a name found by
        its acronym), `acronym` the word in brackets after it, kept only if it fits the name; `trade` says the
        words name a Russian or Ukrainian union by its trade, which needs no capitalised word
        (see Recogniser._cyrillic_trade_after); `lower_name` that they are a French name written in lower case
        (see Recogniser._french_qualified_name), which needs none either; `listed` that they stand in a list of union
        names (see Recogniser._listed_names), which makes a weak head's name one without a labour word.
        """
        surface_words = [word for _, _, word in words]
        folded_words = [word for word in (_bare(word) for word in surface_words) if word]
        content = [word for word in folded_words if word not in _CONNECTORS]
        if any(word in REJECT_WORDS for word in content) and any(
                word in REJECT_WORDS and not (index > 1 and folded_words[index - 1] in _WORKERS_SECTOR_LINKS
                                              and folded_words[index - 2] in _LIST_ENDS)
                and not (word in _EMPLOYING_BODIES and index + 1 < len(folded_words)
                         and folded_words[index + 1].split()[0] in _STAFF_WORDS)  # a head may be two words
                and not (word in _EMPLOYING_BODIES and not {"sa", "ng"}.isdisjoint(folded_words[1:index]))
                # Tagalog: see _STAFF_WORDS; "Nagkakaisang Manggagawa ng Golden Zone Garments Inc.", its workers
                and (word not in _AFTER_UNION_WORDS or index + 1 == len(folded_words)
                     or (index > 0 and folded_words[index - 1] == "union"))
                for index, word in enumerate(folded_words) if word not in _CONNECTORS):
            cut = _before_purpose(surface_words, folded_words)
            if cut:  # "... Public Sector Trade Unions for the Government to respond": the name ends before "for"
                return self._accepted(original, words[:cut], strength, acronym, title_case, head_word, trade, lower_name)
            return None  # but "Trabalhadores nas Empresas de Crédito": the workers' sector, no employer
        if _names_employers_sector(folded_words):
            return None
        if len(content) > 1 and content[-1] in _MALAY_KIND_ONLY and all(word in _MALAY_LEFT_WORDS for word in content[:-1]):
            return None  # "Serikat Buruh Anggota (SBA)": a head and a kind's word, spelt by its acronym or not
        if _NOT_UNION_PART.search("\n".join(content)):  # a line break, so that no part runs over two words
            return None
        if not _INSTITUTION_WORDS.isdisjoint(content) and not any(
                word in _HEADS for word in content if word not in _INSTITUTION_WORDS):
            return None
        if len(content) > 1 and content[-1] in _MOVEMENT_WORDS and content[-2].split()[-1] in _MOVEMENT_OF:
            return None  # "the Nepali Trade Union Movement", "the Irish Labour Movement": all of the unions, no one of them
        if content and content[0] in _NOT_UNION_FIRST_WORDS and (acronym is None or content[0] in _COALITION_WORDS):
            return None
        if len(content) > 1 and content[0] in _HEADS and content[1] in _COOPERATIVES:
            return None  # "Federación de Cooperativas Mineras": cooperatives federated, no union (see _COOPERATIVES)
        if content and content[0] == "associacao" and _UNION_ASSOCIATION_WORDS.isdisjoint(content):
            return None
        if acronym is not None and fold(acronym).split()[0] in _UNION_ORGANS and folded_words[0] in _ORGAN_WORDS:
            organ = next((index for index, word in enumerate(folded_words) if word not in _ORGAN_WORDS), 0)
            if organ and organ < len(words) - 1 and folded_words[organ] in _HEADS:
                return self._accepted(original, words[organ:], strength, None, title_case, head_word)
            return None
        if not _CENTRE_HEADS.isdisjoint(content) and ("for" in folded_words or _UNION_WORDS.isdisjoint(content)) and (
                not _centre_is_the_workplace(folded_words)):
            return None  # "Workers Assistance Center", "Center for Trade Union and Human Rights": worker centres
        if content and content[0] in _INSTITUTION_FIRST_WORDS and _STAFF_BODY_WORDS.isdisjoint(content[1:]):
            return None  # "Hospital Universitario Central de Asturias (HUCA)": a hospital or university, not its staff's union
        if len(content) > 1 and content[0] == "coordinadora" and content[1] in ("sindical", "intersindical"):
            return None  # "Coordinadora Sindical de Nicaragua", "... Salvadoreña": a table where unions coordinate
        if "forum" in content and not any(_HEADS.get(word, ("weak",))[0] == "strong" or word in _UNION_WORDS
                                          for word in content if word != "forum"):
            return None  # "Cameroon Workers Forum": a platform; "Forum Związków Zawodowych" is unions' own
        if (len(folded_words) > 1 and folded_words[0] in _BANK_FIRST_WORDS and folded_words[1] in _COMPANY_WORDS
                and CORE_LABOUR_WORDS.isdisjoint(content[1:])):
            return None  # "Union Bank of India", "Union Insurance": a company named "Union"; "Central Bank of
            # Nigeria", "Central Bank of The Gambia": a central bank (wide_en32 en-32720), not a "central" of unions
        if len(content) > 1 and (content[-1] == "alliance" and not _UNION_WORDS.isdisjoint(content[:-1]) or (
                content[-1] == "unions" and (_CONNECTORS - _AND_CONNECTORS).isdisjoint(folded_words))):
            # "Railway Trade Union Alliance", "Combined Rail Unions": unions allied for a dispute, not a union
            # (a federation of them names them after a connector: "Federation of ... Unions")
            return None
        if content[-2:] == ["school", "district"] or ("industries" in content and CORE_LABOUR_WORDS.isdisjoint(
                part for word in content for part in word.split())):
            # "Santa Maria Joint Union High School District", "Steel and Engineering Industries Federation of
            # Southern Africa": the employer, not a union of its workers
            return None
        heads = [word for word in content if word in _HEADS]
        education_association = folded_words[-2:] == ["education", "association"] or any(
            folded_words[index:index + 3] == ["senior", "staff", "association"] and folded_words[index - 1] not in _ARTICLES
            for index in range(1, len(folded_words) - 2))
        if strength == "weak" and not education_association and not listed:  # "Seattle Education Association": teachers
            # (and "... Senior Staff Association ...": West Africa's unions of a sector's senior staff)
            loose = bool(heads) and all(head in _LOOSE_HEADS for head in heads)
            needed = CORE_LABOUR_WORDS if loose or head_word is None else LABOUR_WORDS
            # Weak head words themselves do not count: "European Union" has no labour word; a strong
            # one does ("Fédération des syndicats des transports").
            # No labour word, or only an industry's ("Confederation of Indian Industry"), names no union; but
            # a trade's plural possessive before the head is one ("Station Masters' Union", "Locomotive Engine
            # Operators' Union"; students', employers' and owners' bodies are rejected above).
            if not _plural_possessive_before_head(surface_words) and not any(word not in _EMPLOYER_SIDE_WORDS
                       and (word in needed or _HEADS.get(word, ("weak",))[0] == "strong"
                            or any(part in needed for part in word.split()))
                       for word in content if word not in _HEADS or _HEADS[word][0] == "strong"
                       or (head_word is None and word in _PLURAL_HEADS)) and not _spelt_union_in_a_union_sentence(
                           original, words, acronym, head_word):
                return None
        if heads and all(head in _PLURAL_HEADS for head in heads) and len(content) < 3 and acronym is None:
            return None  # "Teacher Unions", "otros sindicatos": unions referred to
        if acronym is None and folded_words and folded_words[0] in _PLURAL_HEADS and not _is_capitalised(surface_words[0]):
            return None  # "os sindicatos dos metalúrgicos do Vale do Paraíba": several unions, referred to
        if (acronym is not None and len(folded_words) > 2 and folded_words[0] in _PLURAL_HEADS
                and not _is_capitalised(surface_words[0]) and folded_words[1] in _PLACE_OR_FIRM_PREPOSITIONS
                and not initials_fit(acronym, surface_words)):
            # "les syndicats de la Société nationale d'Electricité (Senelec)": a firm's unions, referred to in the
            # lower-case plural; the bracket abbreviates the firm, not a union's name (wide_frb35 fr-35345)
            return None
        if (acronym is None and len(folded_words) > 2 and folded_words[0] == "sindicatos"
                and folded_words[1] in _PLACE_OR_FIRM_PREPOSITIONS and starts_sentence(original, words[0][0])
                and CORE_LABOUR_WORDS.isdisjoint(folded_words[2:])):
            # "Sindicatos de Siemens Gamesa registran paros" (a headline), "Sindicatos da Petrobras convocam greve":
            # capitalised only as the sentence's first word, the plural names a firm's or a place's unions, referred
            # to (wide_es32 es-32063); a name of one union goes on with its trade ("Sindicatos de Trabajadores ...")
            return None
        if (acronym is None and folded_words and folded_words[0] in _IBERIAN_PLURAL_HEADS
                and _PLURAL_QUANTIFIER_BEFORE.search(original, max(0, words[0][0] - 30), words[0][0])):
            # "un grupo de Sindicatos de Choferes del Transporte Público", "varios Sindicatos de Maestros": several
            # unions, counted, referred to by their trade (wide_es34 es-34011)
            return None
        if acronym is not None and not self._acronym_fits(acronym, surface_words):
            acronym = _member_acronym(acronym, surface_words)
        if (heads and acronym is None and (all(head in _PLURAL_HEADS for head in heads)
                                           or not _is_capitalised(surface_words[0])
                                           or folded_words[0] in _GERMAN_HEADS)
                and not trade and not (lower_name and not any(_is_capitalised(word) for word in surface_words))
                and self._only_places_named(surface_words)):
            # "syndicats des fonctionnaires de Côte d'Ivoire", "le syndicat d'Eswatini": unions referred to by
            # their country (also "die größte Gewerkschaft der Schweiz": German writes every noun capitalised)
            return None
        if len(words) == 1:
            if _UKRAINIAN_SURNAME.fullmatch(surface_words[0]) or _UKRAINIAN_REGION.fullmatch(surface_words[0]):
                # "через Главу профспілки Головченко": a person's surname, not a union's one-word name; nor a region
                return None
            if (not _is_acronym(surface_words[0]) or folded_words[0] in _HEADS) and head_word is not None and (
                    not self._is_one_word_name(words[0])):
                return None  # (a head word in capitals is no acronym: "SINDICATO NACIONAL DE TRABAJADORES ...")
        else:
            if head_word is not None and acronym is None and _lower_case_after_iberian_head(words, head_word):
                return None
            # Some capitalised word beyond the head words and a sentence's first word says which union it is.
            sentence_start = starts_sentence(original, words[0][0])
            # (Another head word may say it: "Forum Związków Zawodowych".)
            specific = [word for position, (word_start, _, word) in enumerate(words)
                        if _is_capitalised(word) and _bare(word) not in _CONNECTORS
                        and not (head_word is not None and word_start == head_word[0] and _bare(word) in _HEADS)
                        and not (head_word is None and _bare(word) in _HEADS)
                        and not (position == 0 and sentence_start)]
            if not specific:
                sentence_case = head_word is not None and self._sentence_case_specific(
                    original[head_word[0]:head_word[1]], folded_words)
                if sentence_case and acronym is not None and not initials_fit(acronym, surface_words):
                    acronym = None  # "Fédération nationale de l'enseignement (UMT)": the bracket names its parent
                if acronym is None and not sentence_case and not trade and not lower_name:
                    return None
            parts = [part for word in content for part in word.split()]
            if all(part in GENERIC_NAME_WORDS for part in parts) and len(parts) <= 4 and (
                    acronym is None or _abbreviates_words(acronym, surface_words)):
                # "the Trade Union Council", "Labor Center", "Migrant Workers Union"; also with the generic words'
                # own abbreviation after them ("Serikat Pekerja (SP) Pertagas": the company's union, not "SP")
                return None
            if content[0] in _PLURAL_HEADS and (len(folded_words) < 2 or folded_words[1] not in _CONNECTORS):
                return None  # "Unions Build Democracy": a subheading, not a name
            if (folded_name := fold(" ".join(surface_words))) in _NOT_UNIONS or any(
                    folded_name.startswith(agency + " ") for agency in _NOT_UNIONS):
                return None  # (and its conventions: "the International Labour Organisation Convention on ...")
        letters_words = [word for word in surface_words if any(char.isalpha() for char in word)]
        if len(letters_words) >= 3 and all(word.isupper() for word in letters_words) and acronym is None:
            return None  # a shouted run of capitals
        if title_case and acronym is None:
            return None
        start, end = words[0][0], words[-1][1]
        name = " ".join(original[start:end].split()).rstrip("'’").strip()
        if not _NOMINATIVE_HEADS.keys().isdisjoint(name.split()):
            name = " ".join(_NOMINATIVE_HEADS.get(word, word) for word in name.split())
        if not _POLISH_OBLIQUE_HEADS.keys().isdisjoint(name.split()[:4]):
            nominative = _polish_nominative(name.split())
            name = " ".join(nominative) if nominative is not None else name
        if not _CYRILLIC_OBLIQUE_HEADS.keys().isdisjoint(name.split()[:4]) or _cyrillic_long_head_at(name.split()) is not None:
            nominative = _cyrillic_nominative(name.split())
            name = " ".join(nominative) if nominative is not None else name
        if trade:
            name = name[:1].upper() + name[1:]  # "профсоюза работников торговли": "Профсоюз работников торговли"
        return FoundName(start, end, name, acronym)

    @staticmethod
    def _is_one_word_name(word: tuple[int, int, str]) -> bool:
        """A one-word name is a compound or suffix head ("Transportarbetareförbundet", "Petrol-İş"), a word of
        more than 8 letters that is no head ("Sinaltraifrut"; not "Sindiswa", a Zulu given name), or a French
        syllabic acronym of "Syndicat" ("Synter", see _FRENCH_PREFIX_HEAD)."""
        folded = _bare(word[2])
        if folded.endswith(("gewerkschaft", "gewerkschaften")):
            return False  # "die Konkurrenzgewerkschaft", "Lokführergewerkschaft": German nouns for a kind of union
        return folded not in _HEADS and len(folded) > 8 or bool(_SUFFIX_HEAD.search(word[2])) or (
            _FRENCH_PREFIX_HEAD.fullmatch(word[2]) is not None) or (  # "Synter", "Synahab": a syllabic acronym
            # "Sinjap", "Sindsel": a Portuguese one, a head in Portuguese text only (not "Sindiswa", which is a
            # "Sindi-" head in every language)
            _PORTUGUESE_PREFIX_HEAD.fullmatch(word[2]) is not None and _PREFIX_HEAD.match(word[2]) is None)

    def _acronym_fits(self, acronym: str, words: list[str]) -> bool:
        """An acronym in brackets belongs to the name before it: acronym-shaped and not a place, or a
        short form of it ("Amcu" spelling its initials, "Byggnads" for "Byggnadsarbetareförbundet")."""
        folded = fold(acronym)
        parts = acronym.split()
        if len(parts) > 1:  # "FSP KEP", "FSP PPMI SPSI": a federation's acronym and its confederation's
            return len(parts) <= 3 and all(_is_acronym(part) and len(part) >= 2 for part in parts) and not any(
                self._is_place(fold(part)) for part in parts)
        if not folded or self._is_place(folded):
            return False  # (a hyphen folds to a space: "FEM-CUT" is one acronym)
        if _is_acronym(acronym):
            return True
        if not _is_capitalised(acronym) or len(folded) < 3:
            return False
        if initials_fit(acronym, words) or syllables_fit(acronym, words):
            return True
        if words and _bare(words[0]) in ("sindicato", "sindicatos") and folded.startswith(("sin", "sit")) and len(
                folded) >= 5 and " " not in folded:
            # a Spanish or Portuguese union's one-word short name built from "Sindicato ..." and often the state or
            # town it serves, which the name before it leaves out: "Sindicato dos Trabalhadores em Educação
            # (Sintego)", Goiás's; "Sindicato dos Trabalhadores em Saúde (Sintesac)", Acre's
            return True
        return any(len(commonprefix([folded, _bare(word)])) >= 5 for word in words)

    # -- pairs and locals ------------------------------------------------------------------

    def _paired_names(self, original: str, found: list[FoundName],
                      known: list[tuple[int, int]]) -> list[FoundName]:
        """Add names given with an acronym in brackets: "Name (ACR)" and "ACR (Name)".

        A bracket right after a name the directory matched ("the ITUC (International ...)") is left to it.
        """
        taken = sorted([(name.start, name.end) for name in found] + known)
        taken_starts = [start for start, _ in taken]
        result = list(found)
        positions: dict[tuple[int, int], list[int]] = defaultdict(list)  # a span -> where in `result`, in order
        for index, earlier in enumerate(result):
            positions[(earlier.start, earlier.end)].append(index)
        for match in _bracketed(original):
            inner = dash_joined_acronym(match.group(1)) or match.group(1).strip()
            before = bisect_right(taken_starts, match.start()) - 1
            if before >= 0 and match.start() <= taken[before][1] + 2 and centre_suffix_start(
                    original, 0, _before_spaces(original, match.start())) is None:
                # The bracket right after a name already found: its acronym was read with it, unless
                # it spells words before the name too ("Joint Committee of Trade Unions (JCTU)").
                if self._lengthen_to_acronym(original, match.start(), inner, result, positions, taken, before):
                    taken_starts[before] = taken[before][0]
                elif (longer := self._longer_than_known(original, match.start(), inner, positions, taken, before)):
                    # "All Ceylon Teachers Union (ACTU)" after the directory's "Ceylon Teachers Union": its own union
                    positions[(longer.start, longer.end)].append(len(result))
                    result.append(longer)
                    taken[before] = (longer.start, longer.end)
                    taken_starts[before] = longer.start
                continue
            centre_suffix = _CENTRE_SUFFIX.search(inner)
            spelt = inner[:centre_suffix.start()] if centre_suffix else inner
            if (_is_acronym(spelt) or _SYLLABIC_WORD.fullmatch(spelt)) and not self._is_place(fold(spelt)):
                name = self._name_before(original, match.start(), inner, centre_suffix is not None)
            else:
                inner_start = match.start(1) + len(match.group(1)) - len(match.group(1).lstrip())
                name = self._name_inside(original, inner_start, inner_start + len(inner), match.start())
            if name is None and centre_suffix is None and _SPELT_WORD.fullmatch(inner) and not self._is_place(fold(inner)):
                name = self._loosely_spelt_name_before(original, match.start(), inner)
            if name is not None:
                position = bisect_left(taken_starts, name.start)
                own_end = centre_suffix_start(original, name.start, name.end) or name.end  # the centre is not in it
                overlaps = (position > 0 and taken[position - 1][1] > name.start) or (
                    position < len(taken) and taken[position][0] < own_end and not (
                        # "Organización ... del Paraguay – Auténtica (OTEP-A)": a name the dash goes on from
                        taken[position][0] == name.start and _dash_goes_on(original, taken[position][1])))
                if not overlaps:
                    positions[(name.start, name.end)].append(len(result))
                    result.append(name)
                    taken.insert(position, (name.start, name.end))
                    taken_starts.insert(position, name.start)
                elif name.acronym and self._lengthens_found(name, own_end, position, result, positions, taken):
                    taken_starts[position] = name.start
                elif name.acronym and _runs_on_from_directory_name(original, name, own_end, position, taken,
                                                                  positions):
                    # "Syndicat national des travailleurs de l'éducation et de la recherche (Synter)": the
                    # directory's shorter name is a prefix of this one, which the tagger then takes in its place
                    positions[(name.start, name.end)].append(len(result))
                    result.append(name)
                    taken[position] = (name.start, name.end)
        return result

    @staticmethod
    def _lengthens_found(name: FoundName, own_end: int, position: int, result: list[FoundName],
                         positions: dict[tuple[int, int], list[int]], taken: list[tuple[int, int]]) -> bool:
        """Replace the shorter found name at `taken[position]` by `name`, the whole name its bracketed
        acronym spells, when that one starts where it does and runs on past its end over nothing else
        found ("Syndicat national des enseignants" cut before "du secondaire et du supérieur (SNESS)");
        say if so. A directory name's span is not in `positions` and is kept."""
        start, end = taken[position]
        at_span = positions.get((start, end))
        if (not at_span or start != name.start or end >= own_end
                or (position > 0 and taken[position - 1][1] > name.start)
                or (position + 1 < len(taken) and taken[position + 1][0] < own_end)):
            return False
        index = at_span.pop(0)
        result[index] = name
        insort(positions[(name.start, name.end)], index)
        taken[position] = (name.start, name.end)
        return True

    def _longer_than_known(self, original: str, paren_start: int, acronym: str,
                           positions: dict[tuple[int, int], list[int]], taken: list[tuple[int, int]],
                           before: int) -> FoundName | None:
        """The longer name a bracketed acronym spells after a name the directory matched, which it does not spell
        ("All Ceylon Teachers Union (ACTU)" after "Ceylon Teachers Union", the CTU), or None: words before the
        directory's name make another union's name."""
        start, end = taken[before]
        if positions.get((start, end)) or not _is_acronym(acronym) or len(acronym) < 3 or initials_fit(
                acronym, original[start:end].split()) or walk_back_stops_at(original, start, acronym):
            return None  # (a walk that stops at the directory's name reads no word before it: most brackets so)
        longer = self._name_before(original, paren_start, acronym)
        if (longer is None or longer.end != end or longer.start >= start
                or (before > 0 and taken[before - 1][1] > longer.start)):
            return None
        return longer

    def _lengthen_to_acronym(self, original: str, paren_start: int, acronym: str, result: list[FoundName],
                             positions: dict[tuple[int, int], list[int]], taken: list[tuple[int, int]],
                             before: int) -> bool:
        """Replace the found name at `taken[before]` by the longer one its bracketed acronym spells; say if so.
        `positions` gives where each span's names are in `result` (looked up, not searched for: a text of
        thousands of names stays linear) and is kept up to date."""
        start, end = taken[before]
        at_span = positions.get((start, end))
        if not at_span:
            return False
        position = at_span[0]
        if not (_is_acronym(acronym) or self.is_short_name(acronym)) or initials_fit(acronym, result[position].name.split()):
            return False
        longer = self._name_before(original, paren_start, acronym)
        if (longer is None or longer.end != end or longer.start >= start
                or (before > 0 and taken[before - 1][1] > longer.start)):
            return False
        result[position] = longer
        at_span.pop(0)
        insort(positions[(longer.start, longer.end)], position)
        taken[before] = (longer.start, longer.end)
        return True

    def _name_before(self, original: str, paren_start: int, acronym: str, centre: bool = False) -> FoundName | None:
        """"United Auto Workers (UAW)": the words before the bracket whose initials spell the acronym.

        A Québec centre's suffix after the acronym ("CCMM–CSN") or between the name and the bracket
        ("...–CSN (STTTU)") is no letter of it and makes the name a union body's (`centre`: the acronym's).
        """
        spelt = _CENTRE_SUFFIX.sub("", acronym)
        end = _before_spaces(original, paren_start)
        suffix = _CENTRE_SUFFIX.search(original, max(0, end - 6), end)
        suffix_start = suffix.start(1) if suffix is not None else None
        name_end = paren_start if suffix is None else suffix.start()
        centre = centre or suffix_start is not None
        tokens = _tokens(original, max(0, name_end - 120), name_end)
        words: list[tuple[int, int, str]] = []
        for token in reversed(tokens):
            word = token[2]
            if word in _NAME_DASHES and words and any(dash in acronym for dash in _NAME_DASHES):
                continue  # "Trabajadores – Independiente (CGT-i)": the acronym's dash stands in the name too
            if not _has_alnum(word) or _POSSESSIVE.search(word) or len(words) >= 16:
                break
            words.append(token)
        words.reverse()
        first_letter = _bare(acronym)[:1]
        for cut in range(len(words)):
            candidate = words[cut:]
            first = candidate[0][2]
            bare_first = _bare(first)
            if bare_first[:1] != first_letter:
                continue  # looked at first: the cheapest check, and it leaves few of the words
            if len(candidate) > 10 and not syllables_fit(spelt, [word for _, _, word in candidate]):
                continue  # only a syllabic acronym's name runs past ten words ("... du Gabon (SYNAFOPRA)")
            # A name in lower case starts with its head word ("le syndicat national de l'enseignement
            # supérieur (SNES)") and must then spell the acronym word for word.
            lower_head = (not _is_capitalised(first) and bare_first in _HEADS
                          and not _LOWER_CASE_NAME_LANGUAGES.isdisjoint(_HEADS[bare_first][1]))
            if not (_is_capitalised(first) or lower_head) or bare_first in _CONNECTORS or bare_first in _STOP_WORDS:
                continue
            surface = [word for _, _, word in candidate]
            lower_words = [word for word in surface if not _is_capitalised(word) and _bare(word) not in _CONNECTORS
                           and _bare(word) not in _LOWER_NAME_WORDS]
            fits = initials_exact(spelt, surface) if lower_words or lower_head else initials_fit(spelt, surface)
            fits = fits or syllables_fit(spelt, surface)
            if fits:
                found = self._accepted(original, candidate, "strong" if centre else "weak", spelt, title_case=False,
                                       head_word=None)
                if found is not None and centre:
                    end = end if suffix_start is not None else found.end
                    found = FoundName(found.start, end, " ".join(original[found.start:end].split()), acronym)
                return found
        return None

    def _loosely_spelt_name_before(self, original: str, paren_start: int, acronym: str) -> FoundName | None:
        """A union's name before its bracketed acronym that the acronym spells by the starts of its words
        (prefixes_fit), read when _name_before reads none: the name may have words in lower case or a list of
        trades with commas ("Sindicato Salvadoreño de Industrias textiles y Similares, (SSINT)", "Federación de
        Sindicatos Independientes de las Industrias Automotriz, Autopartes, Aeroespacial y del Neumático
        (FESIIAAAN)", "Syndicat autonome des enseignants du moyen secondaire du Sénégal (Saemss)"). It starts with a
        head word, no head word follows a comma in it, and it holds no other bracket nor a sentence's end."""
        tokens = _tokens(original, max(0, paren_start - 200), _before_spaces(original, paren_start))
        if tokens and tokens[-1][2] == ",":
            tokens.pop()  # "... y Similares, (SSINT)"
        words: list[tuple[int, int, str]] = []
        for token in reversed(tokens):
            word = token[2]
            if word == "," and words and words[-1][2] != ",":
                words.append(token)
                continue
            if not _has_alnum(word) or _POSSESSIVE.search(word) or len(words) >= 24:
                break
            words.append(token)
        words.reverse()
        while words and words[0][2] == ",":
            words.pop(0)
        for cut in range(len(words)):
            bare_first = _bare(words[cut][2])
            if bare_first not in _HEADS or bare_first in _LOOSE_HEADS or not _is_capitalised(words[cut][2]):
                continue
            candidate = [word for word in words[cut:] if word[2] != ","]
            if any(words[index - 1][2] == "," and _bare(words[index][2]) in _HEADS
                   for index in range(cut + 1, len(words))) or not prefixes_fit(acronym, [word for _, _, word in candidate]):
                continue  # (a head after a comma starts the next name of a list: "..., Sindicato de ...")
            found = self._accepted(original, candidate, "weak", acronym, title_case=False, head_word=None)
            if found is not None:
                return FoundName(found.start, found.end, found.name, acronym)  # spelt, though not by initials
        return None

    def _name_inside(self, original: str, start: int, end: int, paren_start: int) -> FoundName | None:
        """"ACR (Name)": the acronym right before the bracket, the name inside it spelling it."""
        before = original[max(0, paren_start - 16):paren_start].rstrip()
        acronym_match = re.search(r"(?<!\w)([^\W\d_][\w.\-&]{1,13})$", before)
        if acronym_match is None or not (_is_acronym(acronym_match.group(1))
                                         or _SYLLABIC_WORD.fullmatch(acronym_match.group(1))):
            return None
        acronym = acronym_match.group(1)
        words = [token for token in _tokens(original, start, end) if token[2] not in ",;"]
        surface = [word for _, _, word in words]
        if not words or not _is_capitalised(words[0][2]) or not (
                (_is_acronym(acronym) and initials_fit(acronym, surface)) or syllables_fit(acronym, surface)):
            return None
        return self._accepted(original, words, "weak", acronym, title_case=False, head_word=None)

    def _locals(self, original: str, found: list[FoundName], numbered: list[re.Match[str]],
                known_spans: list[tuple[int, int]], known_starts: list[int]) -> list[FoundName]:
        """Numbered locals: "UFCW Local 400", "SEIU Local 32BJ", "Local 2110 of the UAW", and `numbered`, a
        directory union's acronym and a number (_NUMBERED_LOCAL: "CUPE 3903", "members of UFCW 21 and 367"),
        when the number is not a count or a year ("UAW 600 workers", "IBEW 2024"). A bare local ("members of
        Local 681") is the local of the directory union named last before it, close by, by its one-word
        name ("Unifor", "UAW" for "United Auto Workers"); so is a local after a place ("Teamsters in
        Cleveland Local 507")."""
        # A local written as its union's acronym and its number ("SCFP 2614", "CUPE 3903") keeps that form as its own
        # short one: the press that writes it so calls the local by it.
        locals_found = [FoundName(match.start(), match.end(), f"{match.group(1)} {_district_or_local(match)} {match.group(2)}",
                                  f"{match.group(1)} {match.group(2)}" if match.re is _NUMBERED_LOCAL else None)
                        for match in numbered
                        if not re.fullmatch(r"(?:19|20)\d\d", match.group(2)) and not _counts_something(original, match.end())
                        and not _MONTH_AFTER.match(original, match.end())]
        for local in list(locals_found):
            # A second number joined to a local's ("SCFP 3055 et 4134", "UFCW 21 and 367") is the same union's local.
            if local.acronym is not None and (more := _SECOND_LOCAL_NUMBER.match(original, local.end)) is not None and (
                    not re.fullmatch(r"(?:19|20)\d\d", more.group(1)) and not _counts_something(original, more.end())
                    and not _MONTH_AFTER.match(original, more.end())):
                owner = local.acronym.split(" ")[0]
                locals_found.append(FoundName(more.start(1), more.end(1), f"{owner} Local {more.group(1)}",
                                              f"{owner} {more.group(1)}"))
        for match in _local_mentions(original):
            if (joined := self._owner_with_small_word_before(original, known_spans, known_starts, match.start())) is not None:
                # "United Food and Commercial Workers Local 27", "Laborers' International Union of North America Local
                # 79": the directory's name, whose "and" or "of" would end the owner at "Commercial Workers" or "North
                # America", by its short form ("UFCW Local 27", "LIUNA Local 79")
                locals_found.append(FoundName(joined[0], match.end(), f"{joined[1]} Local {match.group(1)}", None))
                continue
            window_start = max(0, match.start() - 60)
            owner_words = list(re.finditer(r"[^\s()\[\]]+", original[window_start:match.start()]))[-5:]
            # A count ends the owner ("Nearly 2,000 Unite Here! Local 5"); "&" between its words does not
            # ("United Food & Commercial Workers Local 222").
            # A place's adjective is no owner either: "Dallas-based Local 745" is the local of the union named before.
            breaks = [index for index, word in enumerate(owner_words)
                      if (not _is_capitalised(word.group()) or word.group()[-1] in ",.;:" or not any(char.isalpha() for char in word.group())
                          or fold(word.group()) in _STOP_WORDS or _BASED_IN.search(word.group()))
                      and not (word.group() == "&" and 0 < index < len(owner_words) - 1)]
            after_place_word = False
            if breaks:
                after_place_word = fold(owner_words[breaks[-1]].group()) in _PLACE_PREPOSITIONS
                owner_words = owner_words[breaks[-1] + 1:]
            acronyms = [index for index, word in enumerate(owner_words) if _is_acronym(word.group())]
            if acronyms:
                # The owner starts at its acronym ("United Food and Commercial Workers (UFCW) Local 400"), all of an
                # acronym written in two words ("UNITE HERE Local 11"), and keeps the division named after it
                # ("SEIU Healthcare Local 1").
                first = acronyms[-1]
                while first > 0 and first - 1 in acronyms:
                    first -= 1
                owner_words = owner_words[first:]
            elif owner_words and after_place_word and not _starts_inside(
                    known_spans, known_starts, window_start + owner_words[-1].end() - 1) and (
                    before := self._local_owner_before(original, known_spans, known_starts, window_start + owner_words[0].start())):
                owner_words = []  # "Teamsters in Cleveland Local 507": a place, not the union
                locals_found.append(FoundName(match.start(), match.end(), f"{before} Local {match.group(1)}", None))
                continue
            if owner_words:
                owner = " ".join(word.group() for word in owner_words)
                # "Service Employees International Union Local 12A" is "SEIU Local 12A", as it is labelled
                owner = (self._short_name(owner) or owner) if len(owner_words) > 1 else owner
                span_start = window_start + owner_words[0].start()
            else:
                after = re.match(r"\s+of\s+(?:the\s+)?((?:[A-Z][\w.&\-]*\s?){1,5})",
                                 original[match.end():match.end() + 80])
                if after is not None:
                    # "Local 4616-2 of the Canadian Union of Public Employees": the directory's name, however long,
                    # by its short form ("CUPE Local 4616-2")
                    owner = self._short_name_at(original, known_spans, known_starts, match.end() + after.start(1)) or (
                        after.group(1).strip())
                else:
                    before = self._local_owner_before(original, known_spans, known_starts, match.start())
                    if before is None and original.find(match.group(), 0, match.start()) < 0:
                        # "members of UFCW Local 152 ... [...] Local 919 Burlington Coat Factory Workers Ratify":
                        # with no union named close before it, a bare local is that of the local named last before
                        # it (not when the same local, written before, had no owner: "both Local 21 and SEIU 1021";
                        # nor after a union's number without "Local": "AFSCME 3299 ... Local 1 members" is the writer's)
                        last = max((local for local in locals_found if local.end <= match.start()),
                                   key=lambda local: local.end, default=None)
                        if last is not None and last.acronym is None and " Local " in last.name:
                            before = last.name.rsplit(" Local ", 1)[0]
                    if before is None:
                        continue
                    owner = before
                span_start = match.start()
            locals_found.append(FoundName(span_start, match.end(), f"{owner} Local {match.group(1)}", None))
        if not locals_found:
            return found
        # A local replaces the shorter names it overlaps ("UNITE HERE" in "UNITE HERE Local 11").
        local_starts = [local.start for local in locals_found]
        kept = []
        for other in found:
            position = bisect_left(local_starts, other.end) - 1
            if position >= 0 and locals_found[position].end > other.start:
                continue
            kept.append(other)
        return kept + locals_found

    def _country_word_before(self, original: str, position: int) -> bool:
        """True when a capitalised country's name ends right before `position`, one space between: the directory name
        after it is the end of a longer name ("Swaziland Transport and Allied Workers Union", not South Africa's
        Transport and Allied Workers Union)."""
        before = _COUNTRY_WORD_BEFORE.search(original, max(0, position - 30), position)
        return before is not None and self._is_place(fold(before.group(1)))

    def _owner_with_small_word_before(self, original: str, known_spans: list[tuple[int, int]], known_starts: list[int],
                                      position: int) -> tuple[int, str] | None:
        """The start and short form of the directory name ending right before `position` (one space between),
        when that name holds a lower-case word ("United Food and Commercial Workers", "Laborers' International Union
        of North America"), or None."""
        holder = bisect_left(known_starts, position) - 1
        if holder < 0:
            return None
        start, end = known_spans[holder]
        if original[end:position] != " " or not any(word[:1].islower() for word in original[start:end].split()):
            return None
        short = self._local_owner_short_form(original[start:end])
        return None if short is None else (start, short)

    def _local_owner_short_form(self, name: str) -> str | None:
        """The one-word short form of a directory name that owns a local, or, for a name two records share (the UFCW
        and UFCW Canada), its initials ("UFCW"); None when neither is."""
        short = self._short_name(name)
        if short is None:
            initials = "".join(word[0] for word in name.split() if word[:1].isupper())
            short = initials if 3 <= len(initials) <= 6 else None
        return short

    def _short_name_at(self, original: str, known_spans: list[tuple[int, int]], known_starts: list[int],
                       position: int) -> str | None:
        """The short form (see _local_owner_short_form) of the directory name starting at `position`, or None."""
        holder = bisect_left(known_starts, position)
        if holder == len(known_spans) or known_starts[holder] != position:
            return None
        return self._local_owner_short_form(original[position:known_spans[holder][1]])

    def _local_owner_before(self, original: str, known_spans: list[tuple[int, int]], known_starts: list[int],
                            position: int) -> str | None:
        """The one-word name ("Unifor", "UAW") of the directory union named last before `position`, within
        _BARE_LOCAL_WINDOW, as written or, for a longer name, its short form ("United Auto Workers": "UAW");
        None when there is none or when that union is itself numbered as a local ("AFSCME 3299": a bare
        "Local 1" after it is another union's, the writer's own)."""
        holder = bisect_left(known_starts, position) - 1
        if holder > 0 and _NUMBERED_COUNCIL.search(original, *known_spans[holder]):
            holder -= 1  # a joint or district council groups locals of the union named before it ("Teamsters ... Joint Council 7 ... Local 350")
        if holder < 0 or not position - _BARE_LOCAL_WINDOW <= known_spans[holder][1] <= position:
            return None
        start, end = known_spans[holder]
        if original[end:end + 1] == " " and original[end + 1:end + 2].isdigit():
            return None
        name = original[start:end]
        if _WORD.fullmatch(name):
            return name if _is_capitalised(name) else None
        return self._short_name(name)


# Spanish and Portuguese months, folded (see Recogniser._walk_right_within).
_MONTHS = frozenset("""enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre
janeiro fevereiro marco maio junho julho setembro outubro novembro dezembro""".split())
_LOCAL_NUMBER_BEYOND_ENGLISH = re.compile(r"(?!97[1-6]\b)\d{3,4}[A-Z]{0,2}")  # see Recogniser.recognise
# ... and is no count, a word of thousands or of people after it ("Segundo a CUT 300 mil", "Laut DGB 1200
# Teilnehmende": a union's figure, review26).
_COUNT_AFTER_NUMBER = re.compile(
    r"\s+(?:mil|mille|millones|milhões|millions?|thousand|personas|pessoas|persone|personnes|trabajadores|"
    r"trabalhadores|travailleurs|lavoratori|manifestantes|manifestants|afiliados|filiados|adhérents|iscritti|"
    r"Teilnehmende|Teilnehmer|Menschen|Beschäftigte|Mitglieder|Streikende)\b", re.IGNORECASE)
_TRADE_BEFORE_TRADES = re.compile(r"\b(?:Construction|Building|Metal|Printing|Maritime|Engineering|Allied) Trades $")
_COUNTRY_WORD_BEFORE = re.compile(r"\b([A-Z][a-z]{2,})[ ]$")  # a capitalised word right before a directory name
# A numbered council of a union, the whole of a directory name: "Teamsters Joint Council 42", "District Council 37".
_NUMBERED_COUNCIL = re.compile(r"\bCouncil \d{1,4}$")
# English verbs with which a headline written in title case goes on after a union's name, in the text as in the
# title ("Gambia Teacher' Union Calls Off Industrial Action", "Teachers Union Threatens Strike Over Pay"; wide_en32
# en-32722), and the plural's ("Teachers Unions Urge ..."): no name's word, so the walk right stops at them (see
# Recogniser._walk_right_within). So does an auxiliary, a negation or an adverb that opens a headline's predicate
# ("Barbados Public Sector Union Not Backing Down From Wage Fight", "... Union Still Pressing For ...", "... Union Won't
# Back Down"; wide_en35 en-35047).
_HEADLINE_VERBS = frozenset("""calls threatens urges declares says warns rejects demands suspends begins vows gives
wants slams condemns accepts announces embarks serves protests seeks writes asks tells insists lifts agrees sues
elects appeals welcomes criticises criticizes blasts reacts petitions withdraws resumes pulls dismisses rules
orders directs cautions disowns distances faults lambasts berates accuses commends hails applauds mourns
congratulates endorses opposes supports defends denies confirms clarifies reveals expresses decries joins
urge threaten vow reject warn condemn slam accuse welcome seek join
backs wins loses files takes goes holds plans meets signs stages launches gets moves makes keeps sets stands fights
presses pushes reaches raises receives submits responds returns turns digs ends starts threatened rejected
not still now again yet never is are was were has have had will would can could must should shall might cannot
""".split()) | {"won t", "can t", "don t", "doesn t", "isn t"} | frozenset(
    # ... and the Indonesian and Malay verbs a title-case headline puts after a union's head: "Serikat Pekerja Tolak
    # PHK Sepihak PT ..." (rejects), "Kesatuan Pekerja Tuntut Proton Tepati Janji" (demands); "Desak" (urges),
    # "Kecam" (condemns), "Minta" (asks), "Ancam" (threatens), "Gugat" (sues), "Geruduk" (storms), "Serukan" (calls for)
    "tolak tuntut desak kecam minta ancam gugat geruduk serukan".split())
_BARE_LOCAL_WINDOW = 400  # how far before a bare "Local 681" its union's name may stand
_BASED_IN = re.compile(r"[\-‐‑]based$")  # "Dallas-based": where something is, not whose


# Adjectives that French names write in lower case after a capitalised noun of theirs ("Société nationale",
# "Régie autonome"), and the words with which such a name goes on after them (see Recogniser._walk_right_within).
_FRENCH_NAME_ADJECTIVES = frozenset({"nationale", "national", "autonome", "generale", "general", "centrale",
                                     "regionale", "municipale", "publique", "internationale", "federale"})
_FRENCH_NAME_GOES_ON = re.compile(r"(?:du|des|de|d['’]\w+)$")
# A French union named in lower case after its head, as francophone Africa's and Quebec's press writes it: "le
# syndicat national des formateurs de métier appelle ...", "le syndicat libre des enseignants ...". The head's
# qualifier right after it, then "des"/"du"/"de la"/"de l'" and a noun, make it a name; the name goes on with each
# preposition and its noun and with an adjective after a noun ("des affaires sociales"), and ends at any other word
# (the sentence's verb: "appelle", "a suspendu"). A definite article before the head says which union; "créer un
# syndicat national" is none yet (see Recogniser._french_qualified_name).
_FRENCH_QUALIFIERS = frozenset({"national", "nationale", "libre"})
_FRENCH_SECOND_QUALIFIERS = frozenset({"autonome", "independant", "independante"})  # "syndicat national autonome"
_FRENCH_QUALIFIED_HEADS = frozenset({"syndicat"})
_FRENCH_QUALIFIER_AFTER = re.compile(r"[^\S\n]+(?:nationale?|libre)[^\S\n]")
_FRENCH_DEFINITE_BEFORE = re.compile(r"(?<!\w)(?:[Ll]e|du|au)\s+$")
_FRENCH_NAME_PREPOSITIONS = frozenset({"des", "du", "de", "et"})
_FRENCH_ADJECTIVE_ENDINGS = ("ique", "iques", "ale", "ales", "aux", "el", "els", "elles", "aire", "aires", "ien",
                             "iens", "ienne", "iennes", "if", "ifs", "ive", "ives", "aine", "aines", "ain", "ains")
_FRENCH_MAX_NAME_WORDS = 16
_FRENCH_DETERMINERS = frozenset({"le", "la", "les", "un", "une", "ses", "son", "sa", "leur", "leurs", "ce", "cette", "ces", "aux",
                                 "au", "a", "en", "pour", "sur", "par"})
# A second local's number joined to a first ("SCFP 3055 et 4134", "UFCW 21 and 367"; see Recogniser._locals).
_SECOND_LOCAL_NUMBER = re.compile(r" (?:et|and|e|y|und) (\d{2,4})(?!\d)(?![\w,.%\-/:]\w|[%$])(?![’'](?!s\b)\w)")
# A union's acronym and a local's number: "CUPE 3903", "SEIU 1199", "UFCW 21" (see Recogniser._locals).
_NUMBERED_LOCAL = re.compile(r"(?<![\w\-])([A-Z]{3,6}) (\d{1,4}[A-Z]{0,2})(?!\d)(?![\w,.%\-/:]\w|[%$])"
                             r"(?![’'](?!s\b)\w)")
# The number is whole: not the first digits of an amount or a date ("FOA 45,6 millioner", "OPZZ 22.09.2018"),
# nor a number with a Turkish suffix after its apostrophe, an ordinal or a case ("KTAMS 69’uncu kuruluş yıl dönümü",
# "DİSK 2025'te"; wide_tr19 tr-7704); an English possessive ("UFCW 21's members") stays a local.
# A month's name and a year after such a number make it a date, not a local ("proclamato da USB 4 aprile 2025").
_MONTH_AFTER = re.compile(r"\s+(?:jan|feb|fév|fev|mar|apr|avr|abr|may|mai|mag|maio|mayo|jun|giu|jul|juil|lug|aug|ago|"
                          r"aoû|sep|set|oct|okt|ott|out|nov|dec|déc|dic|dez)[^\W\d_]*\.?\s+(?:19|20)\d\d\b", re.IGNORECASE)
# Words ending in "s" after such a number that still leave it a local's ("CUPE 3903 says").
_AFTER_LOCAL_NUMBER = frozenset({"is", "was", "has", "says", "members", "represents", "wants", "demands", "calls",
                                 "urges", "warns", "claims", "plans", "votes", "ratifies", "reaches", "wins"})


_NAME_DASHES = _SUFFIX_DASHES + "—"
# A dash as the next token (_WORD skips blanks but not a line break): most names have none, and this
# spares tokenising what follows them.
_DASH_NEXT = re.compile(f"[^\\S\\n]*[{_NAME_DASHES}]")


_ACRONYM_DASHES = re.compile(f" ?[{_NAME_DASHES}] ?")
_SPACED_DASH_ACRONYM = re.compile(f"([^\\W\\d_][\\w.&]{{1,12}}) ?[{_NAME_DASHES}] ?(\\w{{1,4}})")


def _runs_on_from_directory_name(original: str, name: FoundName, own_end: int, position: int,
                                 taken: list[tuple[int, int]], positions: dict[tuple[int, int], list[int]]) -> bool:
    """Whether `name`, read back from its bracketed acronym, starts where a directory name (`taken[position]`,
    not a found one) starts and runs on past it in lower-case words to the bracket, over nothing else found
    ("Syndicat national des travailleurs de l'éducation" + "et de la recherche (Synter)"), and the acronym
    spells the whole name, not the directory's shorter one (that would be the same union, written long)."""
    start, end = taken[position]
    if (positions.get((start, end)) or start != name.start or end >= own_end or name.acronym is None
            or (position + 1 < len(taken) and taken[position + 1][0] < own_end)):
        return False
    rest = original[end:own_end].split()
    if not rest or any(_is_capitalised(word) for word in rest):
        return False  # only lower-case words go on past the directory's name
    shorter = original[start:end].split()
    acronym = acronym_letters(name.acronym)
    return not (initials_fit(acronym, shorter) or syllables_fit(acronym, shorter))


def _affiliation_glued(word: str) -> int:
    """The length of a capitalised word's own part when hyphens glue its union's federations after it, the last an
    acronym ("Philippines-Olalia-KMU", "Inc.-OLALIA"); 0 for any other word ("Coca-Cola", "FEM-CUT", "Mag-aaral")."""
    dash = word.find("-")
    if dash < 2 or not word[:1].isupper() or _is_acronym(word[:dash].rstrip(".")):
        return 0
    last = word[word.rfind("-") + 1:]
    return dash if len(last) >= 3 and last.isupper() and last.isalpha() else 0


def _dash_joined_acronyms(text: str) -> bool:
    """True for two or more acronyms joined by dashes ("UPPFBPI-OLALIA -KMU")."""
    parts = _ACRONYM_DASHES.split(text.strip())
    return len(parts) > 1 and all(_is_acronym(part) and len(part) >= 2 for part in parts)


def _member_acronym(acronym: str, words: list[str]) -> str | None:
    """The name's own acronym from a bracket that joins it by dashes to its federation's and centre's, when the first
    part spells the name's initials and the whole does not: "Unyon ng mga Panadero sa PhilFoods Fresh Baked Product
    Inc. (UPPFBPI-OLALIA-KMU)" is UPPFBPI, a local of OLALIA and the KMU (Philippine unions write their affiliations
    so); None for anything else."""
    if not _dash_joined_acronyms(acronym):
        return None
    parts = _ACRONYM_DASHES.split(acronym.strip())
    return parts[0] if initials_fit(parts[0], words) and not initials_fit("".join(parts), words) else None


def dash_joined_acronym(inner: str) -> str | None:
    """A bracket's acronym written with a spaced dash between its parts ("CUT – A", "CGT – i"), joined by
    a hyphen ("CUT-A"), or None when the bracket holds something else."""
    match = _SPACED_DASH_ACRONYM.fullmatch(inner.strip())
    if match is None or " " not in match.group() or not _is_acronym(match.group(1)):
        return None
    joined = f"{match.group(1)}-{match.group(2)}"
    return joined if _is_acronym(joined) else None


# What separates a name from the acronym a dash sets off after it (see _acronym_after_dash).
_DASH_BEFORE_ACRONYM = re.compile(r" ?[-‐‑–—] ?")


def _spells_name(acronym: str, words: list[str], head: str) -> bool:
    """True when an acronym a dash sets off may be the name's own: it spells the name's initials, or starts as its
    head word does, as syllable acronyms do ("Sindicato ... Licorera – SINTRALIC", "Asociación ... – ANTHOC");
    not a centre's that starts otherwise ("Sindicato de Trabajadores de Minera Antamina – CGTP")."""
    return initials_fit(acronym, words) or (len(acronym) >= 3 and _bare(acronym)[:1] == _initial(head))


def _acronym_after_dash(tokens: list[tuple[int, int, str]], dash: int) -> str | None:
    """The acronym a dash sets off right after a name, as brackets would: "... de la Salud – ANTHOC denunció",
    "... Consultorios -ANTHOC-, tarea"; None when the dash is followed by anything else, or by an acronym that
    a capitalised word continues ("– CUT Valle": another name starts)."""
    if dash + 1 >= len(tokens) or not _is_acronym(tokens[dash + 1][2]):
        return None
    after = tokens[dash + 2][2] if dash + 2 < len(tokens) else ""
    if _is_capitalised(after) and after not in _NAME_DASHES:
        return None
    return tokens[dash + 1][2]


def _dashed_region_before_centre(tokens: list[tuple[int, int, str]], dash: int) -> int | None:
    """The end (a token index) of capitalised words joined by dashes with no space, after the dash at `dash`, that end
    in a Québec centre's suffix ("Québec–Chaudière-Appalaches–CSN"); None where they do not."""
    at = dash + 1
    while at + 1 < len(tokens) and at - dash <= 8 and _is_capitalised(tokens[at][2]) and (
            tokens[at - 1][1] == tokens[at][0] == tokens[at - 1][1]) and tokens[at][1] == tokens[at + 1][0] and (
            tokens[at + 1][2] in _SUFFIX_DASHES):
        if at + 2 < len(tokens) and tokens[at + 2][2] in _CENTRE_SUFFIXES and tokens[at + 1][1] == tokens[at + 2][0]:
            return at + 3
        at += 2
    return None


def _dash_continues_name(original: str, tokens: list[tuple[int, int, str]], dash: int) -> bool:
    """True when the capitalised words after a dash end in a bracketed acronym whose part after its own
    dash starts as they do: "Trabajadores – Independiente (CGT – i)", "Paraguay – Auténtica (OTEP-A)",
    "Trabajadores – Convención Nacional de Trabajadores (PIT-CNT)". Otherwise the dash ends the name, and so does
    English "Independent" alone, a Philippine union's status: affiliated to no federation ("Pinagkaisang Lakas ng
    Manggagawa sa Clarmil – Independent (PILAC-IND)")."""
    first = dash + 1
    if first >= len(tokens) or not _is_capitalised(tokens[first][2]) or (
            tokens[first][2] == "Independent" and first + 1 < len(tokens) and tokens[first + 1][2] in "(["):
        return False
    for later in range(first, min(len(tokens), first + 8)):
        word = tokens[later][2]
        if word in "([":
            closing = next((end for end in range(later + 2, min(len(tokens), later + 5)) if tokens[end][2] in ")]"), None)
            if closing is None:
                return False
            inner = original[tokens[later + 1][0]:tokens[closing - 1][1]]
            acronym = dash_joined_acronym(inner) or inner
            parts = re.split(f"[{_NAME_DASHES}]", acronym)
            return len(parts) > 1 and _is_acronym(acronym) and _bare(parts[-1])[:1] == _bare(tokens[first][2])[:1]
        if not (_is_capitalised(word) or _bare(word) in _CONNECTORS):
            return False
    return False


_WORD_CHAR = re.compile(r"\w")
_INSIDE_WORD = "'’-‐‑.°º"  # what a token of _WORD holds besides \w ("N°1" too)


def walk_back_stops_at(original: str, start: int, acronym: str) -> bool:
    """True when the walk of Recogniser._name_before back from a bracket with `acronym` ends at `start` (the start of
    a token) or after it: the last character before it, spaces aside, is a line break or a punctuation mark, a token
    alone that ends the walk (not a dash, which the walk passes over when the acronym has one), or there is none; or
    the walk ends sooner. A word token ends in \\w or an apostrophe, and holds no space; written against `start`, a
    character of _INSIDE_WORD may be inside a token that runs over it."""
    at = start
    while at > 0 and original[at - 1].isspace() and original[at - 1] != "\n":
        at -= 1
    if at == 0:
        return True  # nothing before it
    char = original[at - 1]
    if char == "\n":
        return original[at - 2:at - 1] not in ("°", "º")  # a line break, a token of its own that ends the walk
    if _WORD_CHAR.match(char) or char in ("'’°º" if at < start else _INSIDE_WORD):  # (and "N° 1", a token)
        return False
    return not (char in _NAME_DASHES and any(dash in acronym for dash in _NAME_DASHES))


def _dash_goes_on(original: str, end: int) -> bool:
    """True when a dash right after `end` continues the name before it (see _dash_continues_name)."""
    if _DASH_NEXT.match(original, end) is None:
        return False
    return _dash_continues_name(original, _tokens(original, end, min(len(original), end + 160)), 0)


def _starts_inside(spans: list[tuple[int, int]], starts: list[int], position: int) -> bool:
    """True when `position` falls inside one of the sorted, non-overlapping `spans` (not at its start)."""
    holder = bisect_right(starts, position) - 1
    return holder >= 0 and spans[holder][0] < position < spans[holder][1]


def _known_name_after_head(original: str, head_end: int, name_end: int, spans: list[tuple[int, int]],
                           starts: list[int]) -> bool:
    """True when a one-word name the directory knows ("Verdi", "Ver.di") starts right after a head (past one
    space) and the found name, ending at `name_end`, does not end with it (a longer known name may begin a
    name of its own: "Federasi Serikat Pekerja Logam, Elektronik dan Mesin")."""
    after = head_end + 1
    holder = bisect_right(starts, after) - 1
    return (original[head_end:after] == " " and holder >= 0 and spans[holder][0] == after
            and " " not in original[after:spans[holder][1]] and spans[holder][1] != name_end)


def _counts_something(original: str, end: int) -> bool:
    """True when a plural noun after a number makes it a count ("UAW 600 workers") rather than a local's
    number ("CUPE 3903 voted", "UFCW 21 members": see _AFTER_LOCAL_NUMBER)."""
    after = re.match(r"\s+([^\W\d_]+)", original[end:end + 30])
    return (after is not None and after.group(1)[0].islower() and after.group(1).endswith("s")
            and after.group(1) not in _AFTER_LOCAL_NUMBER)


_ACRONYM_OR_QUOTE_NEAR = re.compile(r"(?<!\w)[A-Z][A-Z0-9\-]{1,13}(?!\w)|[\"“„«]")
# (The capital comes before the look back at what precedes it, so that the engine tries only capitals.)
_CAPITALISED_BEFORE = re.compile(r"[^\W\d_a-zà-ÿ](?<!\w.)[\w'’.\-]*['’]?\s+$")
_CAPITALISED_WORD = re.compile(r"(?<!\w)[^\W\d_a-zà-ÿ]|\d")


def _rejected_word_next_to(original: str, start: int, end: int) -> bool:
    """True when the word right before or right after a lower-case head says it is no union's
    (REJECT_WORDS: "işveren sendikası", "employers' association", "sindicato patronal")."""
    before = re.search(r"(\w[\w'’]*)\W{1,3}$", original[max(0, start - 30):start])
    after = _WORD.match(original, end + 1) if original[end:end + 1] == " " else None
    return any(word is not None and _bare(word) in REJECT_WORDS
               for word in (before.group(1) if before else None, after.group() if after else None))


def _capitalised_nearby(original: str, start: int, end: int) -> bool:
    """True when a capitalised word or a number stands within a few words of a lower-case head."""
    return bool(_CAPITALISED_WORD.search(original, max(0, start - 16), start)
                or _CAPITALISED_WORD.search(original, end, end + 12))


def _names_employers_sector(folded_words: list[str]) -> bool:
    """True for a Portuguese head whose first word after it, past a rank, is an employers' side of a trade
    ("Sindicato Nacional da Indústria de Componentes", "Sindicato dos Bancos do Rio Grande do Sul",
    "Federação das Indústrias"): Brazil's employers' syndicates, not the workers' ("Sindicato dos
    Trabalhadores na Indústria": the workers come first)."""
    rest = [word for word in folded_words[1:] if word not in _RANKS] if folded_words[:1] and folded_words[0] in _HEADS else []
    return len(rest) >= 2 and rest[0] in _PORTUGUESE_ARTICLES and rest[1] in _EMPLOYERS_SECTORS


def regional_prefix_name(name: str) -> str | None:
    """The one-word union name ("Sindipetro", "Sinttel") that `name` writes with its state or region after it
    ("Sindipetro-RS", "Sindipetro Bahia", "Sinttel-MG"), folded; else None."""
    words = re.split(r"[\s-]", name)
    return fold(words[0]) if len(words) == 2 and (
        _PREFIX_HEAD.fullmatch(words[0]) or _BRAZILIAN_PREFIX_HEAD.fullmatch(words[0])
        or _PORTUGUESE_PREFIX_HEAD.fullmatch(words[0])) else None  # ("Sindjor-PI", "Sinpro-DF": Portuguese text's)


def names_a_trade_only(name: str) -> bool:
    """True for a name made of head words, the workers and one trade, no word saying which union it is
    ("Sindicato dos Metalúrgicos", "Machinists Union", "Nurses Organisation", "Electrical Workers' Union"),
    or of head words and the workers alone ("Confederação dos Trabalhadores"): the union of a trade referred
    to, in any language, unless the directory knows the name. Any one word after a plural article is a trade
    ("Sindicato dos Químicos", "Syndicat des Pilotes": a plural noun for people, never a union's own word), also
    after an elided article ("Intersyndicale de l'Éducation": unions of a sector acting together, unnamed).
    Words of a body's kind or level (_GENERIC_NAME_WORDS) beside head words alone make a generic phrase ("КОНФЕДЕРАЦИЯ ПРОФСОЮЗОВ", "Union Départementale des Syndicats")."""
    # An elided article is no part of the trade ("Intersyndicale de l'Éducation", "Syndicat de l'enseignement").
    bares = [_unelided(_bare(word)) for word in name.split()]
    parts = [part for part in bares if part and part not in _CONNECTORS]
    core = [part for part in parts if part not in _GENERIC_NAME_WORDS]
    trades = [part for part in parts if part not in _HEADS and part not in _LIST_ENDS]
    if len(parts) < 2 or not any(part in _HEADS for part in core):
        return False
    if all(part in _GENERIC_NAME_WORDS for part in trades):  # head words and at most a body's kind or level
        return len(core) <= 3 and (len(core) < len(parts) or any(part in _LIST_ENDS for part in parts))
    if len(parts) > 3:
        return False
    after_plural = bares.index(trades[0]) > 0 and bares[bares.index(trades[0]) - 1] in _PLURAL_ARTICLES
    return len(trades) == 1 and (trades[0] in LABOUR_WORDS or trades[0] in CORE_LABOUR_WORDS or after_plural)


# A Spanish, Portuguese or Catalan singular head, the preposition and maybe an article before what it is the union of.
_IBERIAN_SINGULAR_HEADS = frozenset({"sindicato", "sindicat"})
_IBERIAN_OF = frozenset({"de", "del", "da", "do"})
_IBERIAN_SINGULAR_ARTICLES = frozenset({"la", "el", "a", "o"})


def names_whose_union_only(name: str) -> bool:
    """True for a Spanish or Portuguese "Sindicato de" + one capitalised word and nothing else: a firm, a place or
    an office whose union is referred to ("Sindicato de Goodyear", "Sindicato del IHSS", "Sindicato da Bahia",
    "Sindicato de la Caja"), the way headlines and quotes shorten a union's name, not a name of its own, unless the
    directory knows it ("Sindicato do ABC"). A plural after the preposition is the trade the name goes on with
    ("Sindicato de Cadetes"), kept, and so is any word ending in "s" ("Sindicato de Goiás" stays: a rare miss)."""
    words = name.split()
    folded = [_bare(word) for word in words]
    if len(folded) == 4 and folded[2] in _IBERIAN_SINGULAR_ARTICLES:
        del folded[2], words[2]
    return (len(folded) == 3 and folded[0] in _IBERIAN_SINGULAR_HEADS and folded[1] in _IBERIAN_OF
            and _is_capitalised(words[2]) and not words[2].endswith("s") and folded[2] not in _HEADS)


def _tagalog_workplace_only(right: Sequence[tuple[int, int, str]]) -> bool:
    """True when the words after a Tagalog head are only "of (the) workers" in lower case, then "sa" (at) and a
    capitalised workplace: whose union ("unyon ng mga manggagawa sa Nexperia", "Unyon sa PhilFoods"), not its name."""
    at = next((index for index, (_, _, word) in enumerate(right) if word == "sa"), None)
    return at is not None and at + 1 < len(right) and _is_capitalised(right[at + 1][2]) and all(
        word in _TAGALOG_OF_WORKERS for _, _, word in right[:at])


def starts_sentence(original: str, start: int) -> bool:
    """True when `start` is the first word of a sentence, a line or the text."""
    before = original[max(0, start - 4):start].rstrip(" \t\"“‘'«„")
    return not before or before[-1] in ".!?:\n"


def _unelided(bare: str) -> str:
    """A folded word without its elided article ("l enseignement" -> "enseignement")."""
    return bare[2:] if bare[:2] in ("l ", "d ") else bare


def _initial(word: str) -> str:
    """A word's first letter, folded, after an elided article ("l'Enseignement" gives "e")."""
    bare = _bare(word)
    return bare[2:3] if bare[:2] in ("l ", "d ") else bare[:1]


@lru_cache(maxsize=8192)
def exact_spellings(name: str) -> frozenset[str]:
    """The letters of the acronyms the words of `name` spell exactly, as initials_exact counts them (folded,
    letters only), to compare many acronyms with ("ASEAN Trade Union Council": "atuc")."""
    words = name.split()
    bares = [_bare(word) for word in words]
    spellings = {"".join(bare[2:3] if bare[:2] in ("l ", "d ") else bare[:1]  # as _initial
                         for bare in bares if bare and bare not in _CONNECTORS)}
    joined = "".join(words)
    if "-" in joined or "‐" in joined or "‑" in joined:
        parts = [_bare(part) for word in words for part in re.split(r"[-‐‑]", word)]
        spellings.add("".join(part[:1] for part in parts if part and part not in _CONNECTORS))
    return frozenset(spellings)


@lru_cache(maxsize=8192)
def acronym_letters(acronym: str) -> str:
    """An acronym's letters, folded, as initials_exact and exact_spellings compare them."""
    return "".join(char for char in _bare(acronym) if char.isalpha())


def _capitalised_run_before(original: str, end: int) -> list[str]:
    """The words right before `end` (at most ten, in the 120 characters before it), last first, up to the first that
    is neither capitalised nor a connector. Read in a shorter window first, as _walk_left does (the tokens after
    a space are the long window's), and in the long one only when the run goes on past the short one's start."""
    window_start = max(0, end - _LEFT_WINDOW)
    space = original.find(" ", max(window_start + 1, end - _SHORT_OTHER_BODY_WINDOW), end)
    short = space > 0 and original[space - 2:space] not in ("N°", "Nº")
    for start in (space + 1, window_start) if short else (window_start,):
        words: list[str] = []
        for _, _, word in reversed(_tokens(original, start, end)):
            if len(words) >= 10 or not (_is_capitalised(word) or _bare(word) in _CONNECTORS):
                return words
            words.append(word)
    return words


def names_other_body(original: str, paren_start: int, acronym: str) -> bool:
    """True when the capitalised name right before a bracketed acronym, starting with the acronym's letter,
    names an employers' body ("la Federación de Empresas del Metal de Cádiz (FEMCA)") or, spelling it, no
    labour body at all ("la Administración Nacional de Electricidad (ANDE)"): not a union of another country
    that shares the letters. A person before the bracket ("Hugo Yasky (CTA)") names no such body."""
    words = _capitalised_run_before(original, paren_start)
    while words and (_bare(words[-1]) in _CONNECTORS or not _is_capitalised(words[-1])):
        words.pop()  # the name starts with a capitalised word
    words.reverse()
    folded = [_bare(word) for word in words]
    if sum(word not in _CONNECTORS for word in folded) < 2 or folded[0][:1] != _bare(acronym)[:1]:
        return False
    if not _EMPLOYER_WORDS.isdisjoint(folded):
        return True
    # The words looked up first: most names before a union's acronym hold a labour word, and spelling is dearer.
    return not any(word in LABOUR_WORDS or word in _HEADS for word in folded) and initials_fit(acronym, words)


# A Romance-language word for a union or unions, or for what they do together, in the sentence around a name.
_UNION_CUE = re.compile(r"(?<!\w)(?:[Ii]nter)?(?:[Ss]indica|[Ss]yndica|[Ss]indaca)")
SENTENCE_ENDS = ".!?\n"
SENTENCE_END = re.compile("[" + re.escape(SENTENCE_ENDS) + "]")
_POLITICAL_HEADS = frozenset({"frente", "front", "movimiento", "mouvement", "movimento", "corriente"})
# Towns, provinces and their mayors: a federation of them is the employers' side ("Federación Española de Municipios
# y Provincias (FEMP)", "Association des maires de France (AMF)").
_LOCAL_GOVERNMENT_WORDS = frozenset(fold(word) for word in """
municipios municipalidades municipales ayuntamientos alcaldes provincias regiones departamentos comunas
municipios municipais prefeituras prefeitos camaras estados
communes villes maires regions departements collectivites
comuni municipi sindaci province regioni
""".split())


def _spelt_union_in_a_union_sentence(original: str, words: list[tuple[int, int, str]], acronym: str | None,
                                     head_word: tuple[int, int] | None) -> bool:
    """Whether a name read from its bracketed acronym, with a Romance weak head and no labour word of its own,
    is still a union's: the acronym spells its words one for one and the words just before it or its sentence
    after it call it a union ("La
    Asociación de Personal de Plataformas (APP) se convirtió en el primer sindicato", "la Confédération des
    praticiens des hôpitaux (CPH) ont rejoint l'intersyndicale"); not a party's front nor a federation of towns.
    A federation of a trade's employers is rejected before this by its words."""
    if acronym is None or head_word is not None or not words:
        return False
    first = _bare(words[0][2])
    if first in _POLITICAL_HEADS or not _LOWER_CASE_NAME_LANGUAGES.intersection(_HEADS.get(first, ("", ()))[1]):
        return False  # "Frente Amplio (FA)", "Frente Sandinista ... (FSLN)": parties near their unions
    if not initials_exact(acronym, [word for _, _, word in words]) or not _LOCAL_GOVERNMENT_WORDS.isdisjoint(
            _bare(word) for _, _, word in words):
        return False
    start, end = words[0][0], words[-1][1]
    stop = SENTENCE_END.search(original, end + len(acronym) + 3, end + 100)
    after_end = stop.start() if stop is not None else min(len(original), end + 100)
    return bool(_UNION_CUE.search(original, max(0, start - 100), start) or _UNION_CUE.search(original, end, after_end))


def initials_exact(acronym: str, words: list[str]) -> bool:
    """True when every word but the connectors gives the acronym one letter, in order; a hyphenated
    word may give one letter a part ("Coordination nationale des enseignants-chercheurs", CNEC)."""
    letters = [char for char in _bare(acronym) if char.isalpha()]
    initials = [_initial(word) for word in words if _bare(word) and _bare(word) not in _CONNECTORS]
    if letters == initials:
        return True
    parts = [part for word in words for part in re.split(r"[-‐‑]", word)]
    return len(parts) > len(words) and letters == [
        _bare(part)[:1] for part in parts if _bare(part) and _bare(part) not in _CONNECTORS]


# Heads a syllabic acronym is spelt from: "SYN" for "Syndicat national", "SI" for "Sindicato", "FE" for "Fédération".
_SYLLABIC_HEADS = frozenset({"syndicat", "syndicats", "federation", "union", "confederation", "sindicato",
                             "sindicatos", "federacion", "federacao", "confederacion", "confederacao", "uniao"})
# A syllabic acronym written as a word ("Synamed", "Synacass-ci"): tried only on a name it spells.
_SYLLABIC_WORD = re.compile(r"Sy[a-zà-ÿ]{2,10}(?:-[A-Za-z]{1,3})?")


def _spelling_parts(words: list[str]) -> Iterator[str]:
    """The letters of each word of a name, its hyphenated parts apart and an elided article dropped ("l'Education"
    gives "education"); words without letters left out."""
    for word in words:
        for part in re.split(r"[-‐‑]", word):
            bare = _bare(part)
            letters = "".join(char for char in (bare[2:] if bare[:2] in ("l ", "d ") else bare) if char.isalpha())
            if letters:
                yield letters


def syllables_fit(acronym: str, words: list[str]) -> bool:
    """True for a syllabic acronym spelt by the starts of the name's words in order, the head giving two letters
    or more: French ("SYNTER": SYndicat National des Travailleurs de l'Education et de la Recherche; "Synamed":
    SYndicat NAtional des MEDecins; "SYNATROCAM": ... TRansporteurs ROutiers du CAMeroun) and Latin American
    unions' ("Sitraibana": SIndicato de TRAbajadores de la Industria BANAnera; "Fetsalud").
    Connectors may give a letter or none; at most three other words give none (a closing "du Gabon"), and
    three words at least give letters ("SYES": SYndicat des Enseignants du Secondaire)."""
    letters = "".join(char for char in _bare(acronym) if char.isalpha())
    if not 4 <= len(letters) <= 12:
        return False
    spelling_parts = _spelling_parts(words)
    head = next(spelling_parts, None)  # the head first: most names tried have none of these heads
    if head not in _SYLLABIC_HEADS:
        return False
    parts = [head, *spelling_parts]
    if len(parts) < 3:
        return False

    @cache
    def spelt(at: int, index: int, skipped: int) -> int:
        """The most words giving letters when letters[at:] is spelt from parts[index:], -1 if it cannot be."""
        if at == len(letters):
            return 0
        if index == len(parts):
            return -1
        part, best = parts[index], -1
        connector = part in _CONNECTORS
        if index > 0 and (connector or skipped < 3):
            best = spelt(at, index + 1, skipped + (not connector))
        for size in range(1, min(len(part), len(letters) - at) + 1):
            if part[:size] != letters[at:at + size]:
                break
            if index == 0 and size < 2:
                continue
            rest = spelt(at + size, index + 1, skipped)
            if rest >= 0:
                best = max(best, rest + 1)
        return best

    return spelt(0, 0, 0) >= 3


def prefixes_fit(acronym: str, words: list[str]) -> bool:
    """True when the acronym's letters, four or more, are spelt in order by the starts of the name's words, each
    word giving one letter or more or none: the first word gives its first letter, connectors and at most three other
    words give none, as in syllables_fit, and up to three more after a connector close the name ("SSINT": Sindicato
    Salvadoreño de INdustrias Textiles y Similares; "FESIIAAAN": FEderación de Sindicatos Independientes de las
    Industrias Automotriz, Autopartes, Aeroespacial y del Neumático; "Sinpeem": SINdicato dos Profissionais Em
    Educação no Ensino Municipal de São Paulo). Looser than
    initials_exact and syllables_fit, for a name written partly in lower case or with a list of trades."""
    letters = "".join(char for char in _bare(acronym) if char.isalpha())
    parts = list(_spelling_parts(words))
    if not 4 <= len(letters) <= 12 or not parts or parts[0][:1] != letters[:1]:
        return False

    @cache
    def spelt(at: int, index: int, skipped: int) -> bool:
        """Whether letters[at:] is spelt from parts[index:]."""
        if at == len(letters):
            rest = sum(part not in _CONNECTORS for part in parts[index:])
            # after a connector, what is left closes the name ("... Municipal de São Paulo") and is not counted
            return rest <= 3 if index < len(parts) and parts[index] in _CONNECTORS else skipped + rest <= 3
        if index == len(parts):
            return False
        part = parts[index]
        connector = part in _CONNECTORS
        if index > 0 and (connector or skipped < 3) and spelt(at, index + 1, skipped + (not connector)):
            return True
        return any(part[:size] == letters[at:at + size] and spelt(at + size, index + 1, skipped)
                   for size in range(1, min(len(part), len(letters) - at) + 1))

    return spelt(0, 0, 0)


# A bracketed acronym written as a word with capitals ("Saemss", "SSINT"), read by prefixes_fit,
# or in two or three parts, the first the kind of body ("SP RTMM": Serikat Pekerja Rokok, Tembakau, ...).
_SPELT_WORD = re.compile(r"[A-Z][A-Za-z]{3,11}|[A-Z]{2,4}(?: [A-Z]{2,6}){1,2}")


# A numbered district of a directory union, after its acronym or name: "IAM District 751", "CWA District 1",
# "International Association of Machinists and Aerospace Workers District 751" (see Recogniser._locals).
# A numbered district or joint council is written with its own words ("AFSCME District Council 33", "Teamsters Joint
# Council 7", as the directory names DC37 and Joint Council 42); a district lodge is its district ("IAM District 751").
_DISTRICT = re.compile(r" (?:District(?: Lodge| Council)?|Joint Council) (\d{1,4})\b")
_DISTRICT_AFTER_NAME = re.compile(r"(.+) (?:District(?: Lodge| Council)?|Joint Council) (\d{1,4})\b", re.DOTALL)
# A local written in lower case right after its union's name: "Unite Here local 2", "UAW local 600".
_LOWER_CASE_LOCAL = re.compile(r" local (\d{1,4}[A-Z]{0,2})\b")
_LOWER_CASE_LOCAL_AFTER_NAME = re.compile(r"(.+) local (\d{1,4}[A-Z]{0,2})\b", re.DOTALL)


def _unit_mentions(original: str, known_spans: list[tuple[int, int]], unit: re.Pattern[str],
                   after_name: re.Pattern[str]) -> list[re.Match[str]]:
    """Numbered units (`unit`: _DISTRICT, _LOWER_CASE_LOCAL) right after a directory name or acronym, as matches of
    `after_name` whose group 1 is the owner and group 2 the number."""
    mentions = []
    for start, end in known_spans:
        numbered = unit.match(original, end)
        if numbered is not None and (owned := after_name.match(original, start, numbered.end())) is not None:
            mentions.append(owned)
    return mentions


def _district_or_local(match: re.Match[str]) -> str:
    """The words naming a numbered unit found by _unit_mentions or _NUMBERED_LOCAL: "District", "District Council",
    "Joint Council" or "Local"."""
    if match.re is not _DISTRICT_AFTER_NAME:
        return "Local"
    unit = match.string[match.end(1) + 1:match.start(2) - 1]
    return "District" if unit == "District Lodge" else unit
