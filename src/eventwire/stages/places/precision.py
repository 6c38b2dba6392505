"""ACLED geo_precision, UCDP where_prec and the reason for each, and the places an unresolved name becomes."""

from __future__ import annotations

import re

from eventwire.records import Location, Missing, Place, PlaceRole, Span

_QUALIFIER_REASON = " (the text's qualifier)"
_NOT_IN_GAZETTEER = " is not in the gazetteer"
_KNOWN_ABROAD = " is known only outside "

_CONTEXT_REASON = re.compile(
    r": (?:placed at .+, named (?:in it|before it in the text|after it in the text)|only the country is known .+)$"
)


def _context_place(span: Span, role: PlaceRole, location: Location, reason: str) -> Place:
    """A name the gazetteer lacks, placed at a place the text names: near it (precision 2) when that is a
    town, in it (precision 3) when that is a division or region."""
    if location.feature in ("city", "airport", "camp", "locality"):
        return Place(span=span, role=role, location=location, geo_precision=2, where_prec=2, precision_reason=reason)
    where_prec = 3 if location.feature == "admin2" else 4
    return Place(
        span=span, role=role, location=location, geo_precision=3, where_prec=where_prec, precision_reason=reason
    )


def placed_by_context(place: Place) -> bool:
    """Whether a place was put where the text names another place (its own name is not in the gazetteer)."""
    return isinstance(place.location, Location) and _CONTEXT_REASON.search(place.precision_reason) is not None


def _unresolved(span: Span, role: PlaceRole, reason: str) -> Place:
    return Place(
        span=span,
        role=role,
        location=Missing(reason=reason),
        geo_precision=3,
        where_prec=7,
        precision_reason="unresolved",
    )


def _place(span: Span, role: PlaceRole, location: Location, regional: str, cue: str = "") -> Place:
    geo_precision, where_prec, reason = _precision(span.text, role, location.feature, regional, cue)
    return Place(
        span=span,
        role=role,
        location=location,
        geo_precision=geo_precision,
        where_prec=where_prec,
        precision_reason=reason,
    )


def _precision(name: str, role: PlaceRole, feature: str, regional: str, cue: str = "") -> tuple[int, int, str]:
    """(ACLED geo_precision, UCDP where_prec, reason) of a resolved place. The reason quotes the
    words that qualify the name ("outskirts of Homs", "between Homs and Hama", "Hama countryside")."""
    said = f"{cue} {name} {regional}".strip()
    if feature in ("country", "continent"):
        return 3, 6 if feature == "country" else 7, f"only the {feature} is named ({said})"
    if feature == "admin2":
        return 3, 3, f"{name} is a county or district"
    if regional or feature in ("admin1", "region"):
        return (
            3,
            4,
            f"{name} is a province or region ({said})" if cue or regional else f"{name} is a province or region",
        )
    if feature in ("river", "desert", "route", "border", "sea", "lake", "forest"):
        return 2, 5, f"{name} is a {feature} ({said})"
    if role is PlaceRole.ORIGIN:
        return 1, 1, said if cue else f"from {name}"
    if role is PlaceRole.DESTINATION:
        return 1, 1, said if cue else f"towards {name}"
    if role is PlaceRole.NEAR:
        return 2, 2, said if cue else f"near {name}"
    return 1, 1, said if cue else f"in {name}"
