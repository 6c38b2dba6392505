"""The role of a place in an event (site, origin, destination, near) from the words before it, and the
site of an attack on the move, on the route between origin and destination."""

from __future__ import annotations

import re

from eventwire.records import Location, Missing, Place, PlaceRole, Span

_ROLE_BEFORE = (
    (
        PlaceRole.ORIGIN,
        re.compile(r"\b(?:from|left|leaving|out of)\s+(?:the\s+)?(?:(?:shores?|banks?|edges?) of\s+)?$", re.IGNORECASE),
    ),
    (
        PlaceRole.DESTINATION,
        re.compile(
            # not "into": "troops into the Jenin camp", "rockets into Israel", "crossed into Kursk" say where it happened
            r"\b(?:to|towards?|for|in the direction of|heading|headed|bound for|advance on)\s+(?:the\s+)?"
            r"(?:(?:shores?|banks?|edges?) of\s+)?$",
            re.IGNORECASE,
        ),
    ),
    (
        PlaceRole.NEAR,
        re.compile(
            r"\b(?:near|outside|outskirts of|close to|around|between|between [A-Z][\w'-]*(?: [A-Z][\w'-]*)? and|"
            r"(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)? of|"
            r"\d+\s*(?:km|kilometres|kilometers|miles)\s+(?:\w+\s+)?(?:of|from))\s+(?:the\s+)?$",
            re.IGNORECASE,
        ),
    ),
)

_WINDOW = 30


def route_site(text: str, origin: Place, destination: Place, midway: Location | None = None) -> Place | None:
    """The site of an attack on the move: on the route, known only to the region. Its admin1 is the
    endpoints' when they share one, else that of ``midway`` (the town nearest the route's midpoint,
    ``PlaceStage.route_site``), else left empty with the reason."""
    a, b = origin.location, destination.location
    if isinstance(a, Missing) or isinstance(b, Missing):
        return None
    same_country = a.iso3 == b.iso3
    reason = f"on the route from {a.name} to {b.name}: the strike site is not named"
    admin1 = a.admin1 if a.admin1 == b.admin1 else None
    if admin1 is None and same_country and midway is not None and midway.iso3 == a.iso3:
        admin1 = midway.admin1
        reason += f"; its province is that of {midway.name}, the town nearest the route's midpoint"
    elif admin1 is None and a.admin1 and b.admin1:
        reason += f"; the route runs from {a.admin1} to {b.admin1}, its province is not known"
    location = Location(
        name=f"{a.name}–{b.name} route",
        feature="route",
        country=a.country if same_country else None,
        iso=a.iso if same_country else None,
        iso3=a.iso3 if same_country else None,
        region=a.region if same_country else None,
        admin1=admin1,
        latitude=round((a.latitude + b.latitude) / 2, 4),
        longitude=round((a.longitude + b.longitude) / 2, 4),
    )
    span = Span.of(text, min(origin.span.start, destination.span.start), max(origin.span.end, destination.span.end))
    return Place(
        span=span, role=PlaceRole.SITE, location=location, geo_precision=3, where_prec=5, precision_reason=reason
    )


def _role(text: str, span: Span) -> PlaceRole:
    """The role the words before a place give it; "near" first: "close to the X" and "20 km from X" say where
    it happened, not where anyone went or came from."""
    before = text[max(0, span.start - _WINDOW) : span.start]
    for role, regex in sorted(_ROLE_BEFORE, key=lambda rr: rr[0] is not PlaceRole.NEAR):
        if regex.search(before):
            return role
    return PlaceRole.SITE


def _cue(text: str, span: Span) -> str:
    """The words before a place that qualify it ("in the desert east of", "between Homs and",
    "on the road from"), for the precision reason; at most the current clause."""
    start = max(0, span.start - 60)
    before = text[start : span.start]
    cut = max(before.rfind(c) for c in ".;,\n(")
    before = before[cut + 1 :] if cut >= 0 else before
    words = before.split()
    for n in range(min(len(words), 7), 0, -1):
        phrase = " ".join(words[-n:])
        if re.match(
            r"(?i)(?:in|on|across|near|outside|between|from|to|towards?|\d+\s*(?:km|kilometres|miles))\b", phrase
        ):
            return phrase
    return ""
