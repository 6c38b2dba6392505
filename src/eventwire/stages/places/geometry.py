"""Distances between places and which places lie in which: great-circle km, country and division containment."""

from __future__ import annotations

import math

from eventwire.records import Location, Place

_FAR_KM = 50.0  # ``far_apart``
_ANYWHERE = frozenset({"country", "continent", "sea"})
"""Features no article's country rules out, and at which no unknown name is put."""
_WIDE = frozenset({"country", "continent", "sea", "lake", "region", "desert", "river", "forest"})
"""Wide features: never far from a place named with them (``far_apart``)."""
_AREAS = frozenset({"country", "continent", "sea", "admin1", "admin2", "region", "desert", "river", "route"})
"""Features with an extent, not a point: their centre says little about nearness."""


def _same_place(a: Location, b: Location) -> bool:
    return a.feature == b.feature and a.name == b.name and a.iso3 == b.iso3


def _inside(place: Location, within: Location) -> bool:
    """Whether a place lies in the country, or the division, that ``within`` stands for."""
    if place.iso3 != within.iso3:
        return False
    return within.feature == "country" or (within.admin1 is not None and place.admin1 == within.admin1)


def wide_place(location: Location) -> bool:
    """A wide feature (a river, a lake, a country): it pins no point that another place could be far from."""
    return location.feature in _WIDE


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km."""
    la1, lo1, la2, lo2 = map(math.radians, (lat1, lon1, lat2, lon2))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(h)))


def distance_km(a: Location, b: Location) -> float:
    return haversine_km(a.latitude, a.longitude, b.latitude, b.longitude)


def far_apart(a: Place, b: Place) -> bool:
    """Two places more than 50 km apart; a wide area (a lake, a desert, a country) is never far
    from a place named with it: its centre says nothing about where in it things happened."""
    la, lb = a.location, b.location
    if not isinstance(la, Location) or not isinstance(lb, Location):
        return False
    if la.feature in _WIDE or lb.feature in _WIDE:
        return False
    return distance_km(la, lb) > _FAR_KM
