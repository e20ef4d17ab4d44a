"""The relabelling of branch conv21 (issue 9): one meaning for the labels of every outside sample and the tune half.

Run once, from the repository root, on the data of main 87cadd3:

    python bench/data/relabel_conv21.py --write  # names, parents, confederations

It is kept as the record of how each page listed in RELABEL-conv21.md changed: held-out batches (heldout_*) only by
the pattern rules here (canonical labels by directory id, `parent_labels`, `rail_federation_renames`), other
samples also by the hand-read pages in `BY_HAND`. Nothing here reads the tagger's output. The check half of tests/data/realnews is never opened for writing. The conventions are
in README.md beside it. Without --write it prints the changes it would make (a second run changes
nothing but may refuse, since its hand-read renames are already done).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
sys.path.insert(0, str(ROOT))

from bot.matching.normalize import fold  # noqa: E402
from bot.matching.unions import default_directory  # noqa: E402
from tests.realnews import REALNEWS_DIR, gold_union_forms, half_of  # noqa: E402

DIRECTORY = default_directory()
BENCH_DATA = ROOT / "bench" / "data"
BRACKETED = re.compile(r"(.*?)\s*\((.*)\)\s*")

CGT = "Confédération générale du travail (CGT)"
FO = "Force Ouvrière (FO)"
CFDT = "Confédération française démocratique du travail (CFDT)"
UNSA = "Union nationale des syndicats autonomes (UNSA)"
FSU = "Fédération syndicale unitaire (FSU)"
CGIL = "Confederazione Generale Italiana del Lavoro (CGIL)"
CISL = "Confederazione Italiana Sindacati Lavoratori (CISL)"
UIL = "Unione Italiana del Lavoro (UIL)"
UGL = "Unione Generale del Lavoro (UGL)"
CONFSAL = "Confederazione Generale dei Sindacati Autonomi dei Lavoratori (Confsal)"
ITUC = "International Trade Union Confederation (ITUC)"
ITUC_AP = "ITUC Asia-Pacific (ITUC-AP)"
KSPSI = "Konfederasi Serikat Pekerja Seluruh Indonesia (KSPSI)"
KASBI = "Kongres Aliansi Serikat Buruh Indonesia (KASBI)"
ACV = "Confederation of Christian Trade Unions (ACV-CSC)"
CGSP = "Centrale générale des services publics (CGSP)"
FSP_LEM, FSP_LEM_SPSI = ("Federasi Serikat Pekerja Logam, Elektronik dan Mesin (FSP LEM)",
                         "Federasi Serikat Pekerja Logam, Elektronik dan Mesin SPSI (FSP LEM SPSI)")
FSP_KEP, FSP_KEP_SPSI = ("Federasi Serikat Pekerja Kimia, Energi dan Pertambangan (FSP KEP)",
                         "Federasi Serikat Pekerja Kimia, Energi dan Pertambangan SPSI (FSP KEP SPSI)")
FSP_TSK, FSP_TSK_SPSI = ("Federasi Serikat Pekerja Tekstil, Sandang dan Kulit (FSP TSK)",
                         "Federasi Serikat Pekerja Tekstil, Sandang dan Kulit SPSI (FSP TSK SPSI)")

# Convention 4: one label per union, by directory id; labels that resolve to one of these ids but name another
# organisation are in NOT_THE_SAME.
CANONICAL: dict[str, str] = {
 'abvv': 'General Labour Federation of Belgium (ABVV-FGTB)',
 'aclvb': 'General Confederation of Liberal Trade Unions of Belgium (ACLVB-CGSLB)',
 'acv': ACV, 'acv-transcom-be': 'ACV Transcom',
 'appm-ca': 'Alliance des professeures et professeurs de Montréal',
 'apwhewu-pk': 'All Pakistan WAPDA Hydro Electric Workers Union (APWHEWU)',
 'bjsd': 'Jatiyatabadi Sramik Dal (জাতীয়তাবাদী শ্রমিক দল)',
 'btuc-bd': 'Bangladesh Trade Union Kendra (বাংলাদেশ ট্রেড ইউনিয়ন কেন্দ্র)',
 'cargo-truckers-solidarity-kr': 'Cargo Truckers Solidarity',
 'cfe-cgc-fr': "Confédération française de l'encadrement – Confédération générale des cadres (CFE-CGC)",
 'cgtl': 'General Confederation of Lebanese Workers (الاتحاد العمالي العام)',
 'cgtp': 'Confederação Geral dos Trabalhadores Portugueses – Intersindical Nacional (CGTP-IN)',
 'cla-dz': "Conseil des lycées d'Algérie (CLA)",
 'cnapeste-dz': "Conseil national autonome du personnel enseignant du secteur ternaire de l'éducation (CNAPESTE)",
 'colegio-de-profesores-de-chile-cl': 'Colegio de Profesoras y Profesores de Chile',
 'csa-dz': 'Confédération des syndicats algériens (CSA)',
 'cupe': 'Canadian Union of Public Employees (CUPE)', 'cupw-ca': 'Canadian Union of Postal Workers (CUPW)',
 'doro-chiba-jp': '国鉄千葉動力車労働組合 (動労千葉)',
 'eseur-ru': "Education and Science Employees' Union of Russia (ESEUR)",
 'federacion-de-industria-de-ccoo-es': 'Federación de Industria de Comisiones Obreras (CCOO Industria)',
 'fast-it': 'Federazione Autonoma Sindacati Trasporti (FAST)',
 'fim-it': 'Federazione Italiana Metalmeccanici (FIM-CISL)',
 'flu-hk': 'Federation of Hong Kong and Kowloon Labour Unions (勞聯)',
 'ghana-tuc': 'Trades Union Congress of Ghana (TUC)',
 'gmpr-ru': 'Mining and Metallurgical Trade Union of Russia (GMPR)',
 'hamnarbetarforbundet-avdelning-4-se': 'Hamnarbetarförbundet avdelning 4 (Hamn4an)',
 'jr-rengo-jp': 'Japan Railway Trade Unions Confederation (JR Rengo)',
 'kctu': 'Korean Confederation of Trade Unions (KCTU)',
 'kfiu-kr': 'Korea Financial Industry Union (금융노조)',
 'kmwu-kr': "Korean Metal Workers' Union (KMWU)",
 'kstl-tl': 'Konfederasaun Sindikatu Timor-Leste (KSTL)',
 'kvpu': 'Confederation of Free Trade Unions of Ukraine (KVPU)',
 'npgu-ua': "Independent Miners' Union of Ukraine (NPGU)",
 'ntuc-sg': 'National Trades Union Congress (NTUC)',
 'pgftu': 'Palestine General Federation of Trade Unions (PGFTU)',
 'pno-gr': 'Πανελλήνια Ναυτική Ομοσπονδία (ΠΝΟ)',
 'rpd-ru': "Russian Dockers' Union (RPD)",
 'seccion-22-del-sindicato-nacional-de-trabajadores-de-la-educ-mx': 'Sección 22 del Sindicato Nacional de Trabajadores de la Educación (Sección 22 del SNTE)',
 'sgb': 'Swiss Trade Union Federation (SGB-USS)',
 'setca-be': 'Syndicat des employés, techniciens et cadres (SETCa)',
 'sinesss-pe': 'Sindicato Nacional de Enfermeras del Seguro Social de Salud (SINESSS)',
 'snapap-dz': "Syndicat national autonome des personnels de l'administration publique (SNAPAP)",
 'snapest-dz': "Syndicat national autonome des professeurs de l'enseignement secondaire et technique (SNAPEST)",
 'snes-fr': 'Syndicat national des enseignements de second degré (SNES)',
 'sogo-seibu-labor-union-jp': 'そごう・西武労働組合',
 'sveriges-skolledarforbund-se': 'Sveriges Skolledarförbund',
 'tuca': 'Trade Union Confederation of the Americas (TUCA)',
 'uil-scuola-it': 'UIL Scuola', 'unicobas-it': 'Unicobas',
 'unpef-dz': "Union nationale des personnels de l'éducation et de la formation (UNPEF)",
 'verdi': 'Vereinte Dienstleistungsgewerkschaft (ver.di)',
 'vpod-ch': 'Swiss Union of Public Service Personnel (VPOD-SSP)',
 'vsoa-be': 'Vrij Syndicaat voor het Openbaar Ambt (VSOA)',
}
# Labels that resolve to one of those ids but name another organisation.
NOT_THE_SAME = {'General Union of Palestinian Workers (الاتحاد العام لعمال فلسطين)', 'California Teachers Association (CTA)'}


# Pages read by hand (never a held-out batch): (set, id) -> labels to add, and (old, new) renames.
BY_HAND_ADDS: dict[tuple[str, str], list[str]] = {
    **{("wide_fr18", story_id): [CGT] for story_id in ("fr-5601", "fr-5603", "fr-5610", "fr-5626", "fr-5659",
                                                       "fr-5661", "fr-5662", "fr-5666", "fr-5685", "fr-5649")},
    ("wide_fr18", "fr-5605"): [CGT, FO, CFDT, UNSA], ("wide_fr18", "fr-5650"): [CFDT],
    ("wide_fr18", "fr-5651"): [UNSA], ("wide_fr18", "fr-5652"): [CFDT],
    ("wide_fr20", "fr-10315"): [CGT], ("wide_fr20", "fr-10317"): [CGT], ("wide_fr20", "fr-10319"): [CGT],
    ("wide_ptfr20", "fr-9450"): [ACV], ("wide_ptfr20", "fr-9451"): [CGSP], ("wide_ptfr20", "fr-9457"): [CGT],
    ("wide_ptfr20", "fr-9466"): [FO],
    ("wide_fr17", "fr-4249"): ["Confédération syndicale du Congo (CSC)"], ("wide_fr17", "fr-4281"): [ACV],
    ("wide_smallrom18", "fr-5052"): [FSU], ("wide_smallrom18", "it-5096"): [CGIL, CISL, UIL],
    ("wide_smallrom18", "it-5098"): [CGIL, CISL, UGL, CONFSAL],
    ("wide_latin9", "it-403"): [UGL], ("wide_pt11", "it-1182"): [UIL], ("wide_english9", "en-932"): [ITUC_AP],
    ("wide_en19", "en-7544"): [ITUC], ("wide_english17", "en-4114"): [ITUC], ("wide_ko19b", "ko-7436"): [ITUC],
    ("wide_unions6", "en-601"): [ITUC],
    ("wide_unions6", "id-605"): [KSPSI, KASBI], ("wide_unions6", "id-607"): [KSPSI], ("tune", "id-009"): [KSPSI],
}
BY_HAND_RENAMES: dict[tuple[str, str], list[tuple[str, str]]] = {
    ("wide_unions6", "id-605"): [(FSP_LEM, FSP_LEM_SPSI), (FSP_KEP, FSP_KEP_SPSI), (FSP_TSK, FSP_TSK_SPSI)],
    ("wide_unions6", "id-607"): [(FSP_LEM, FSP_LEM_SPSI)],
    ("wide_fr20", "fr-10315"): [("Fédération SUD-Rail (SUD-Rail)", "SUD")],  # the page writes a bare "Sud"
}
# Stories whose same-event report is in the check half, which keeps its labels (one event, one set of labels).
KEEP_NAMES = {("tune", "en-105"), ("tune", "en-129")}

# Convention 2: a French rail federation labelled where the text names only its confederation.
RAIL_FEDERATIONS = {  # label -> (confederation's acronym, its label, how the text names the federation)
    "Fédération CGT des cheminots (CGT-Cheminots)":
        ("CGT", CGT, r"cgt[\s\-‑]+(des\s+)?cheminots?|f[ée]d[ée]ration\s+cgt\s+des\s+cheminots"),
    "Fédération FO des cheminots (FO-Cheminots)":
        ("FO", FO, r"fo[\s\-‑]+cheminots?|f[ée]d[ée]ration\s+fo\s+des\s+cheminots"),
    "CFDT Cheminots": ("CFDT", CFDT, r"cfdt[\s\-‑]+cheminots?"),
    "UNSA Ferroviaire": ("UNSA", UNSA, r"unsa[\s\-‑]+ferroviaire"),
    "UNSA-Ferroviaire": ("UNSA", UNSA, r"unsa[\s\-‑]+ferroviaire"),
}
# Convention 1: parents whose acronym members carry ("FO Métaux", "Fp Cgil"), in the countries where it is theirs.
PARENTS = {"CGT": ({"FR"}, "cgt-fr", CGT), "FO": ({"FR"}, "fo", FO), "CFDT": ({"FR"}, "cfdt", CFDT),
           "UNSA": ({"FR"}, "unsa", UNSA), "FSU": ({"FR"}, "fsu-fr", FSU), "CGIL": ({"IT"}, "cgil", CGIL),
           "CISL": ({"IT"}, "cisl", CISL), "UIL": ({"IT"}, "uil", UIL), "UGL": ({"IT"}, "ugl-it", UGL),
           "CONFSAL": ({"IT"}, "confsal-it", CONFSAL), "ACV": ({"BE"}, "acv", ACV), "CSC": ({"BE"}, "acv", ACV),
           "CGSP": ({"BE"}, "cgsp-be", CGSP), "ITUC": (None, "ituc", ITUC), "SPSI": ({"ID"}, "kspsi", KSPSI),
           "KASBI": ({"ID"}, "kasbi-id", KASBI)}


def label_ids(label: str, countries: set[str]) -> set[str]:
    """Directory ids that a label's name or acronym resolves to."""
    bracketed = BRACKETED.fullmatch(label)
    parts = [bracketed.group(1), bracketed.group(2)] if bracketed else [label]
    found = {DIRECTORY.id_for_name(part) or DIRECTORY.id_for_acronym(part, countries) for part in parts}
    return {union_id for union_id in found if union_id}


def canonical_renames(story: dict) -> list[tuple[str, str]]:
    """(label, canonical label) for each label of a union that CANONICAL names otherwise."""
    countries = set(story["countries"]) | set(story["also_mentioned"])
    renames = []
    for label in story["unions"]:
        ids = label_ids(label, countries) & set(CANONICAL) if label not in NOT_THE_SAME else set()
        if len(ids) == 1 and CANONICAL[next(iter(ids))] != label:
            renames.append((label, CANONICAL[next(iter(ids))]))
    return renames


def rail_federation_renames(story: dict) -> list[tuple[str, str]]:
    """(federation, confederation) where the text names the confederation and not the federation."""
    text = story["title"] + "\n" + story["text"]
    renames = []
    for label in story["unions"]:
        if label in RAIL_FEDERATIONS:
            acronym, confederation, named = RAIL_FEDERATIONS[label]
            if not re.search("(?i)" + named, text) and re.search(rf"(?i)(?<![\w\-]){acronym}(?![\w\-])", text):
                renames.append((label, confederation))
    return renames


def _is_labelled(labels: list[str], union_id: str) -> bool:
    record = DIRECTORY.get(union_id)
    names = {fold(name) for name in record.all_names} - {""} if record else set()
    return any(gold_union_forms(label) & names for label in labels)


def _is_own_name(form: str, union_id: str) -> bool:
    record = DIRECTORY.get(union_id)
    return record is not None and any(fold(form) == fold(name) for name in record.all_names)


def parent_labels(story: dict, labels: list[str]) -> list[str]:
    """Parents whose acronym the text joins to a member ("CGT-Cheminots") or a member's label carries ("FO Métaux")."""
    text = story["title"] + "\n" + story["text"]
    added: list[str] = []
    for acronym, (countries, union_id, parent) in PARENTS.items():
        if (countries is not None and not countries & set(story["countries"])) or parent in added \
                or _is_labelled(labels, union_id) or not re.search(rf"(?i)(?<![\w]){acronym}(?![\w])", text):
            continue
        joined = [match.group(0) for match in re.finditer(
            rf"(?i)(?<![\w\-]){acronym}[-‑]\w[\w']*|(?<![\w\-])\w[\w']*[-‑]{acronym}(?![\w\-])", text)
            if not _is_own_name(match.group(0), union_id) and not re.search(r"\d", match.group(0))]
        in_label = [label for label in labels
                    if any(word.upper() == acronym for word in re.split(r"[\s\-‑/()']+", label))
                    and not any(_is_own_name(form, union_id) for form in gold_union_forms(label) | {label})]
        if joined or in_label:
            added.append(parent)
    return added


def relabelled(set_name: str, story: dict) -> list[str]:
    """A story's labels under the conventions."""
    labels = list(story["unions"])
    renames = ([] if (set_name, story["id"]) in KEEP_NAMES else canonical_renames(story)) \
        + rail_federation_renames(story) + BY_HAND_RENAMES.get((set_name, story["id"]), [])
    for old, new in renames:
        if old not in labels:
            raise SystemExit(f"{set_name} {story['id']}: no label {old!r} to rename (pass already run?)")
        labels = [new if label == old else label for label in labels]
    labels += BY_HAND_ADDS.get((set_name, story["id"]), [])
    labels += parent_labels(story, labels)
    return list(dict.fromkeys(labels))


def sample_files() -> list[tuple[str, Path]]:
    """(set name, file) of every outside sample and of the real-news set ("tune": only its tune half is changed)."""
    samples = [(directory.name, path) for directory in sorted(BENCH_DATA.iterdir()) if directory.is_dir()
               for path in sorted(directory.glob("*.jsonl"))]
    return samples + [("tune", path) for path in sorted(REALNEWS_DIR.glob("*.jsonl"))]


def main() -> None:
    """Apply the conventions; print set, id, removed and added labels of each changed page."""
    write = "--write" in sys.argv
    for set_name, path in sample_files():
        lines = path.read_text(encoding="utf-8").splitlines()
        changed = False
        for number, line in enumerate(lines):
            if not line.strip():
                continue
            story = json.loads(line)
            if set_name == "tune" and half_of(story["id"]) != "tune":
                continue
            labels = relabelled(set_name, story)
            if labels != story["unions"]:
                removed = [label for label in story["unions"] if label not in labels]
                added = [label for label in labels if label not in story["unions"]]
                print(f"{set_name}\t{story['id']}\t{' | '.join(removed) or '-'}\t{' | '.join(added) or '-'}")
                lines[number] = json.dumps(dict(story, unions=labels), ensure_ascii=False)
                changed = True
        if changed and write:
            path.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
