"""The Gazetteer: place names in, ranked ``Location`` records out.

Constructing a ``Gazetteer`` does no I/O; ``Gazetteer.load()`` opens (and on first
use builds) the on-disk index. The caller keeps the object: there is no module-level
cache, so two loads give two independent handles, each costing a read-only SQLite
connection (a few MB) and a 250-row country table. Each handle memoises its answers to
``scored``, ``country`` and ``is_place_name`` (bounded, least recently used out; answers are
immutable records, so a memoised answer is the same as a fresh one).
"""

from __future__ import annotations

import math
import sqlite3
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from eventwire.errors import ResourceError
from eventwire.gazetteer.cache import ensure_index
from eventwire.gazetteer.normalize import fold, loose_keys, skeleton
from eventwire.gazetteer.rank import ALTERNATE, CANONICAL, DEMONYM, LOOSE, SKELETON, Candidate, plausible, rank_scores
from eventwire.records.place import Location

DIVISION_WORDS = frozenset(
    "province governorate state region oblast department prefecture county wilaya muhafazah emirate territory".split()
)
"""A trailing word that asks for a first-level division: "Homs governorate"."""

CITY_WORDS = frozenset({"city", "town"})
SEAT_WORDS = frozenset("district township lga municipality tehsil subdistrict commune upazila raion rayon".split())
"""A trailing word that names a district after its seat town: "Toungup Township", "Guma LGA" -> the town."""
CACHE_SIZE = 16384
"""Answers kept (``scored``, ``country``, ``is_place_name`` and the names table's rows together, least recently
used out): an article asks about the same few names many times (hints, context, each event's places) and a
stream of news about the same countries, provinces and towns again and again: the bench corpus asks 9,600
different questions over 1,000 articles, and with 1,024 kept it asked the index 13,500 times rather than 9,600
(1.5 ms an article of lookups, 2026-11-25). An answer holds a few locations (up to 40 for the most ambiguous
names): ~15 MB kept over 1,000 articles."""

ADJECTIVE_CITY_POPULATION = 100_000
_ADJECTIVE_ENDINGS = (
    ("ians", ("ia", "a", "y", "")),
    ("ian", ("ia", "a", "y", "")),
    ("ans", ("a", "", "as", "o")),
    ("an", ("a", "", "as", "o")),
    ("ese", ("", "a", "o")),
    ("ish", ("istan", "land")),
    ("ern", ("",)),
    ("ois", ("",)),
    ("ers", ("",)),
    ("er", ("",)),
    ("is", ("",)),
    ("i", ("",)),
)
"""How English forms a place's adjective or the name of its people, undone: "Ossetian" <- Ossetia, "Sicilian" <- Sicily,
"Alaskan" <- Alaska, "Tibetan" <- Tibet, "Texan" <- Texas, "Mexican" <- Mexico, "Havanese" <- Havana, "Londoners" <- London,
"Kashmiri" <- Kashmir, "Kurdish" <- Kurdistan, "Middle Eastern" <- Middle East, "Quebecois" <- Quebec."""


def adjective_bases(text: str) -> list[str]:
    """Folded names a place adjective or demonym may be formed from (its last word undone, the rest kept)."""
    words = fold(text).split()
    if not words:
        return []
    head, last = words[:-1], words[-1]
    out = []
    for ending, replacements in _ADJECTIVE_ENDINGS:
        if last.endswith(ending) and len(last) > len(ending) + 2:
            stem = last[: -len(ending)]
            out += [" ".join([*head, stem + r]) for r in replacements if len(stem + r) >= 4]
            break
    return out


_COLUMNS = (
    "p.id, p.geonameid, p.name, p.feature, p.cc, p.region, p.admin1, p.lat, p.lon, p.population, p.nalt, p.capital, "
    "p.admin2"
)


@dataclass(frozen=True)
class Country:
    """One row of the index's country table."""

    cc: str
    iso3: str
    isonum: int
    name: str
    region: str


@dataclass(frozen=True)
class Query:
    """A place name, folded, with the variants worth trying."""

    texts: tuple[str, ...]
    division: str | None = None
    city: str | None = None
    seat: str | None = None

    @classmethod
    def parse(cls, name: str) -> Query:
        text = name.strip()
        for possessive in ("'s", "\u2019s"):
            if text.endswith(possessive):
                text = text[: -len(possessive)]
        words = fold(text).split()
        if not words:
            return cls(texts=())
        texts = [" ".join(words)]
        if words[0] == "the" and len(words) > 1:
            words = words[1:]
            texts.append(" ".join(words))
        head = " ".join(words[:-1]) if len(words) > 1 else None
        return cls(
            texts=tuple(texts),
            division=head if words[-1] in DIVISION_WORDS else None,
            city=head if words[-1] in CITY_WORDS else None,
            seat=head if words[-1] in SEAT_WORDS else None,
        )


def _at_best(c: Candidate, quality: int) -> Candidate:
    return c if c.quality >= quality else replace(c, quality=quality)


class Gazetteer:
    """Look up place names in GeoNames cities, countries, admin1 divisions and curated features."""

    def __init__(self, db: sqlite3.Connection, countries: dict[str, Country]) -> None:
        self._db = db
        self._countries = countries
        self._cc_of_iso3 = {c.iso3: c.cc for c in countries.values()}
        self._lock = threading.Lock()
        self._cache: OrderedDict[Hashable, object] = OrderedDict()
        self._cache_lock = threading.Lock()

    def _cached(self, key: Hashable, compute: Callable[[], object]) -> object:
        """A bounded least-recently-used memo of the public lookups (their answers are immutable)."""
        with self._cache_lock:
            if key in self._cache:
                self._cache.move_to_end(key)
                return self._cache[key]
        value = compute()
        with self._cache_lock:
            self._cache[key] = value
            if len(self._cache) > CACHE_SIZE:
                self._cache.popitem(last=False)
        return value

    @classmethod
    def load(cls, cache_dir: Path | None = None) -> Gazetteer:
        """Open the index in ``cache_dir`` (default: $EVENTWIRE_CACHE or ~/.cache/eventwire),
        building it first if this version of the data has none yet."""
        path = ensure_index(cache_dir)
        try:
            db = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True, check_same_thread=False)
            rows = db.execute("SELECT cc, iso3, isonum, name, region FROM countries").fetchall()
        except sqlite3.Error as exc:
            raise ResourceError(f"gazetteer: cannot read the index {path}: {exc}; delete it to rebuild") from exc
        return cls(db, {row[0]: Country(*row) for row in rows})

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Gazetteer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- public API ------------------------------------------------------------

    def lookup(self, name: str, *, country_hints: Sequence[str] = (), limit: int = 10) -> list[Location]:
        """Candidates for a place name, best first. ``country_hints`` are ISO3 codes of
        countries the article names; they boost candidates there."""
        return [location for location, _ in self.scored(name, country_hints=country_hints, limit=limit)]

    def scored(self, name: str, *, country_hints: Sequence[str] = (), limit: int = 10) -> list[tuple[Location, float]]:
        """``lookup`` with each candidate's score (see ``rank``), for callers that add
        their own evidence (the document's other places) before choosing."""
        key = ("scored", name, tuple(country_hints), limit)
        found = self._cached(key, lambda: tuple(self._scored(name, country_hints, limit)))
        return list(found)  # type: ignore[call-overload]

    def _scored(self, name: str, country_hints: Sequence[str], limit: int) -> list[tuple[Location, float]]:
        hints = frozenset(self._cc_of_iso3[h] for h in (x.upper() for x in country_hints) if h in self._cc_of_iso3)
        query = Query.parse(name)
        if not query.texts:
            return []
        found = self._candidates(query)
        if any(c.quality <= LOOSE for c in found):  # consonant skeletons are a fallback only
            found = [c for c in found if c.quality <= LOOSE]
        else:  # before a consonant match: "South Ossetian" is South Ossetia, not South Houston
            found = self._named_after(query) or found
        found = [c for c in found if plausible(c, query.texts[-1], hints)]
        scores = rank_scores(found, hints, self._known_as_city(query, found))
        ranked = sorted(found, key=lambda c: (-scores[c.place], c.place))
        return [(self._location(c), scores[c.place]) for c in ranked[:limit]]

    def country(self, name: str) -> Location | None:
        """A country by name, alias or demonym ("Syria", "Syrian", "DRC", "Ivory Coast")."""
        return self._cached(("country", name), lambda: self._country(name))  # type: ignore[return-value]

    def _country(self, name: str) -> Location | None:
        query = Query.parse(name)
        texts = list(query.texts)
        texts += [t[:-1] for t in query.texts if t.endswith("s")]  # "Syrians"
        found = [c for c in self._match(texts, demonyms=True, skeletons=False) if c.feature == "country"]
        if not found:
            return None
        best = min(found, key=lambda c: (c.quality == LOOSE, -c.population))
        return self._location(best)

    def country_by_iso3(self, iso3: str) -> Location | None:
        """A country by its ISO 3166 alpha-3 code ("PSE")."""
        cc = self._cc_of_iso3.get(iso3.upper())
        return self.country(self._countries[cc].name) if cc else None

    def is_place_name(self, name: str) -> bool:
        """Whether any place (city, division, country, curated feature) has this name,
        up to spelling variants (consonant-only matches do not count)."""
        return self._cached(("is_place_name", name), lambda: self._is_place_name(name))  # type: ignore[return-value]

    def _is_place_name(self, name: str) -> bool:
        return any(c.quality <= LOOSE for c in self._candidates(Query.parse(name)))

    def known_as(self, name: str, place: Location) -> bool:
        """Whether ``name`` is one of the place's own names, canonical or alternate (up to case and accents):
        "New York" is a name of New York City, though not the name it is listed under."""
        key = ("known_as", name, place)
        return self._cached(key, lambda: self._known_as(name, place))  # type: ignore[return-value]

    def _known_as(self, name: str, place: Location) -> bool:
        return any(
            c.quality <= ALTERNATE and self._location(c) == place for c in self._match(list(Query.parse(name).texts))
        )

    def nearest_town(self, latitude: float, longitude: float, iso3: str, *, within_km: float = 75.0) -> Location | None:
        """The town of a country nearest to a point, within ``within_km`` and with a known admin1
        (the province a route's midpoint lies in); None when none is that close."""
        cc = self._cc_of_iso3.get(iso3.upper())
        if cc is None:
            return None
        dlat = within_km / 111.0
        dlon = within_km / max(1.0, 111.0 * math.cos(math.radians(latitude)))
        sql = (
            f"SELECT 0, 0, {_COLUMNS} FROM places p WHERE p.feature = 'city' AND p.cc = ? AND p.admin1 IS NOT NULL "
            "AND p.lat BETWEEN ? AND ? AND p.lon BETWEEN ? AND ?"
        )
        args = (cc, latitude - dlat, latitude + dlat, longitude - dlon, longitude + dlon)
        with self._lock:
            rows = self._db.execute(sql, args).fetchall()
        towns = [Candidate(*row[2:], quality=CANONICAL) for row in rows]
        if not towns:
            return None
        best = min(towns, key=lambda c: _km(latitude, longitude, c.lat, c.lon))
        return self._location(best) if _km(latitude, longitude, best.lat, best.lon) <= within_km else None

    def capital_of(self, iso3: str) -> Location | None:
        """A country's national capital (the build flags it): "a neighbourhood of Haiti's capital" is in it."""
        return self._cached(("capital_of", iso3), lambda: self._capital_of(iso3))  # type: ignore[return-value]

    def _capital_of(self, iso3: str) -> Location | None:
        cc = self._cc_of_iso3.get(iso3.upper())
        if cc is None:
            return None
        sql = f"SELECT 0, 0, {_COLUMNS} FROM places p WHERE p.capital = 2 AND p.cc = ? ORDER BY p.population DESC"
        with self._lock:
            row = self._db.execute(sql, (cc,)).fetchone()
        return self._location(Candidate(*row[2:], quality=CANONICAL)) if row else None

    def ruler_names(self, limit: int | None = None) -> list[str]:
        """Names worth teaching a spaCy entity ruler as places, most useful first:
        countries (and aliases), admin1 divisions and curated features; then names of
        cities of 100,000+ people or largest in their admin1, with the alternate names
        of such cities in conflict-focus countries, by prominence; then other alternate
        names. All ASCII, 4+ characters, capitalised, minus ruler.toml's deny-list.

        An EntityRuler costs about 9 KB per pattern (46,000 names: +410 MB), a
        PhraseMatcher about 1.5 KB; pass ``limit`` to fit the memory budget."""
        sql = "SELECT name FROM ruler ORDER BY score DESC, name"
        with self._lock:
            rows = self._db.execute(
                sql + (" LIMIT ?" if limit is not None else ""), (limit,) if limit is not None else ()
            ).fetchall()
        return [row[0] for row in rows]

    # --- internals -------------------------------------------------------------

    def _candidates(self, query: Query) -> list[Candidate]:
        found = self._match(list(query.texts))
        # "Homs governorate" -> the division Homs; ranked as an alternate-name match, so a
        # place named in full ("Kurdistan Region") stays ahead of a division named by the head.
        if query.division:
            # "Washington County" is a county of that name where one is known, not the state of Washington
            counties = {c.cc for c in found if c.feature == "admin2" and c.quality <= ALTERNATE}
            found += [
                _at_best(c, ALTERNATE)
                for c in self._match([query.division])
                if c.feature == "admin1" and c.cc not in counties
            ]
        if query.city:
            found += [_at_best(c, ALTERNATE) for c in self._match([query.city]) if c.feature == "city"]
        if query.seat:
            found += [_at_best(c, ALTERNATE) for c in self._match([query.seat]) if c.feature in ("city", "admin2")]
        best: dict[int, Candidate] = {}
        for c in found:
            if c.place not in best or c.quality < best[c.place].quality:
                best[c.place] = c
        return list(best.values())

    def _known_as_city(self, query: Query, found: list[Candidate]) -> frozenset[int]:
        """The candidate cities that also answer to the name followed by "City" ("Quebec City")."""
        places = [c.place for c in found if c.feature == "city"]
        if not places or not any(c.feature == "admin1" for c in found):
            return frozenset()
        sql = f"SELECT place FROM names WHERE key = ? AND place IN ({','.join('?' * len(places))})"
        with self._lock:
            rows = self._db.execute(sql, (f"{query.texts[-1]} city", *places)).fetchall()
        return frozenset(row[0] for row in rows)

    def _named_after(self, query: Query) -> list[Candidate]:
        """The place an adjective or a name of its people is formed from ("South Ossetian", "Ohioans",
        "Kashmiri", "Bostonians"), as a loose match; a region, division or country, or a city of
        ``ADJECTIVE_CITY_POPULATION`` people or more (small towns' names are formed from too often)."""
        bases = [b for text in query.texts for b in adjective_bases(text)]
        if not bases:
            return []
        found = self._match(bases, skeletons=False)
        if any(c.feature == "country" for c in found):  # a country's people ("Syrian"): for ``country`` alone
            return []
        best: dict[int, Candidate] = {}
        for c in found:
            if c.quality > LOOSE or c.feature == "airport":
                continue
            if c.feature == "city" and c.population < ADJECTIVE_CITY_POPULATION:
                continue
            best.setdefault(c.place, _at_best(c, LOOSE))
        return list(best.values())

    def _match(self, texts: list[str], *, demonyms: bool = False, skeletons: bool = True) -> list[Candidate]:
        """The names table's rows for these texts, remembered: one name is looked up again and again in other ways
        (``scored`` with other country hints, ``is_place_name``, as a division's head): 15,300 asks of 4,800 texts
        on the bench corpus (2026-11-25). A fresh list each time (callers add to it)."""
        key = ("match", tuple(texts), demonyms, skeletons)
        rows = self._cached(key, lambda: tuple(self._rows_for(texts, demonyms, skeletons)))
        return list(rows)  # type: ignore[call-overload]

    def _rows_for(self, texts: list[str], demonyms: bool, skeletons: bool) -> list[Candidate]:
        tight = set(texts)
        loose = set().union(*(loose_keys(t) for t in texts))
        consonants = {k for k in map(skeleton, texts) if k} if skeletons else set()
        keys = tight | loose | consonants
        if not keys:
            return []
        sql = (
            f"SELECT n.key, n.quality, {_COLUMNS} FROM names n JOIN places p ON p.id = n.place "
            f"WHERE n.key IN ({','.join('?' * len(keys))})"
        )
        with self._lock:
            rows = self._db.execute(sql, sorted(keys)).fetchall()
        out = []
        for key, quality, *place in rows:
            if quality == DEMONYM and not demonyms:
                continue
            if key in tight:
                effective = quality
            elif key in loose:
                effective = max(quality, LOOSE)
            else:
                effective = max(quality, SKELETON)
            out.append(Candidate(*place, quality=effective))
        return out

    def _location(self, c: Candidate) -> Location:
        country = self._countries.get(c.cc) if c.cc else None
        return Location(
            geonameid=c.geonameid,
            name=c.name,
            feature=c.feature,
            country=country.name if country else None,
            iso=country.isonum if country else None,
            iso3=country.iso3 if country else None,
            region=c.region or (country.region if country else None),
            admin1=c.admin1,
            admin2=c.admin2,
            latitude=c.lat,
            longitude=c.lon,
            population=c.population,
        )


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km."""
    la1, lo1, la2, lo2 = map(math.radians, (lat1, lon1, lat2, lon2))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(h)))
