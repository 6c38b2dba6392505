"""Places: place mentions → gazetteer locations, with a role and a precision code.

The role comes from the preposition before the name ("from Raqqa" origin, "towards Palmyra"
destination, "near Homs" near, "in Homs" site). Capitals that speak ("Moscow said") and the
dateline city are not places of the event. When convoys are struck between an origin and a
destination, the site lies on the route and is only known to the region.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from typing import Protocol

from eventwire.records import Location, Mention, MentionKind, Missing, Place, PlaceRole, Span

_ROLE_BEFORE = (
    (PlaceRole.ORIGIN, re.compile(r"\b(?:from|left|leaving|out of)\s+(?:the\s+)?$", re.IGNORECASE)),
    (
        PlaceRole.DESTINATION,
        re.compile(
            r"\b(?:to|towards?|into|for|in the direction of|heading|headed|bound for|advance on)\s+(?:the\s+)?$",
            re.IGNORECASE,
        ),
    ),
    (
        PlaceRole.NEAR,
        re.compile(
            r"\b(?:near|outside|outskirts of|close to|around|(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)? of|"
            r"\d+\s*(?:km|kilometres|kilometers|miles)\s+(?:\w+\s+)?(?:of|from))\s+(?:the\s+)?$",
            re.IGNORECASE,
        ),
    ),
)
_REGION_AFTER = re.compile(
    r"^\s+(?:province|governorate|region|oblast|state|district|county|countryside|area)\b", re.IGNORECASE
)
_LOCATIVE_BEFORE = re.compile(
    r"\b(?:in|at|near|from|to|towards?|outside|into|around|of the town of|of the city of|village of|town of|city of)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_IN_BEFORE = re.compile(
    r"\b(?:in|inside|across|into|of|throughout|within)\s+(?:the\s+)?"
    r"(?:(?:far\s+)?(?:north|south|east|west|northwest|northeast|southwest|southeast|central|\w+ern|north-?\w+ern|south-?\w+ern)\s+)?$",
    re.IGNORECASE,
)
_ASIDE = re.compile(
    r"outlawed|banned|prohibited|designated|listed|known as|based|headquartered|formerly", re.IGNORECASE
)
_POSSESSIVE_AFTER = re.compile(r"^[’']s\b")
_SPEAKS_AFTER = re.compile(r"^\s+(?:said|says|claimed|claims|announced|denied|accused|warned|insisted|has said)\b")
_WINDOW = 30
_JOINT_CANDIDATES = 3  # candidates per name that vote for a country; the right one is almost always among the top 3
_UNAMBIGUOUS_POPULATION = 100_000  # a city this big is rarely a namesake (Gaza, Khan Yunis, Omdurman)
_FAR_KM = 50.0


def _is_country(place: Place) -> bool:
    return isinstance(place.location, Location) and place.location.feature == "country"


def _place_of_event(text: str, span: Span) -> bool:
    """Not a speaking capital ("Moscow said"), a possessive ("Russia's forces") or an aside in parentheses."""
    after = text[span.end : span.end + 30]
    if _SPEAKS_AFTER.match(after) or _POSSESSIVE_AFTER.match(after):
        return False
    line_start = text.rfind("\n", 0, span.start) + 1
    before = text[line_start : span.start]
    if before.count("(") <= before.count(")"):
        return True
    aside = before[before.rfind("(") :]
    return not _ASIDE.search(aside)  # "(outlawed in Russia)" is an aside; "(Ancuabe, Cabo Delgado)" locates


class Geocoder(Protocol):
    def lookup(self, name: str, *, country_hints: Sequence[str] = ()) -> list[Location]: ...

    def country(self, name: str) -> Location | None: ...

    def is_place_name(self, name: str) -> bool: ...


class PlaceStage:
    """Resolves place mentions of an article."""

    name = "places"

    def __init__(self, gazetteer: Geocoder) -> None:
        self._gazetteer = gazetteer

    def country_hints(self, text: str, mentions: Sequence[Mention]) -> list[str]:
        """ISO3 codes of the countries the article speaks of, strongest first: countries and demonyms
        it names; then countries that several of its places could lie in (Al Jawf is in Libya, Saudi
        Arabia and Yemen; with Khabb wa ash Shaaf beside it, Yemen); then the countries of places
        that are unambiguous on their own (big cities, provinces)."""
        named: Counter[str] = Counter()
        others = []
        for m in mentions:
            if m.kind in (MentionKind.PLACE, MentionKind.NORP):
                country = self._gazetteer.country(m.span.text)
                if country is not None and country.iso3:
                    named[country.iso3] += 1
                elif m.kind is MentionKind.PLACE:
                    others.append(m.span.text)
        hints = [iso3 for iso3, _ in named.most_common()]
        shared: Counter[str] = Counter()
        strong: Counter[str] = Counter()
        for name in dict.fromkeys(others):
            candidates = self._gazetteer.lookup(name, country_hints=hints, limit=_JOINT_CANDIDATES)
            shared.update({c.iso3 for c in candidates if c.iso3})
            best = next(iter(candidates), None)
            if (
                best is not None
                and best.iso3
                and (best.population >= _UNAMBIGUOUS_POPULATION or best.feature in ("admin1", "region"))
            ):
                strong[best.iso3] += 1
        joint = [iso3 for iso3, n in shared.most_common() if n >= 2 and iso3 not in hints]
        return hints + joint + [iso3 for iso3, _ in strong.most_common() if iso3 not in hints and iso3 not in joint]

    def country_place(self, iso3: str, span: Span, reason: str) -> Place | None:
        """Only the country is known: a site at country precision for an unresolved place name."""
        location = self._gazetteer.country(iso3)
        if location is None:
            return None
        return Place(
            span=span, role=PlaceRole.SITE, location=location, geo_precision=3, where_prec=6, precision_reason=reason
        )

    def places_in(
        self,
        text: str,
        within: Sequence[Span],
        mentions: Sequence[Mention],
        hints: Sequence[str],
        excluded: Sequence[Span],
    ) -> list[Place]:
        """Places named in the given sentences, resolved, in text order."""
        out = []
        for m in mentions:
            if not any(m.span.within(s) for s in within) or not self._is_place(text, m):
                continue
            if any(m.span.within(x) or x.within(m.span) for x in excluded) or not _place_of_event(text, m.span):
                continue
            place = self.resolve(text, m.span, hints)
            if _is_country(place) and not _IN_BEFORE.search(text[max(0, m.span.start - 20) : m.span.start]):
                continue  # "U.S. drone", "Syria's army": a country named as an adjective is not where it happened
            out.append(place)
        return out

    def _is_place(self, text: str, m: Mention) -> bool:
        """A place mention, or a name the model took for a person or organisation after "in", "from", "to"."""
        if m.kind is MentionKind.PLACE:
            return True
        if m.kind not in (MentionKind.PERSON, MentionKind.ORG):
            return False
        return bool(
            _LOCATIVE_BEFORE.search(text[max(0, m.span.start - 25) : m.span.start])
        ) and self._gazetteer.is_place_name(m.span.text)

    def _candidates(self, name: str, hints: Sequence[str]) -> list[Location]:
        """Candidates in the article's main country first, then in any country it names."""
        if hints:
            main = self._gazetteer.lookup(name, country_hints=hints[:1])
            if main and main[0].iso3 == hints[0]:
                return main
        return self._gazetteer.lookup(name, country_hints=hints)

    def iso3_of(self, name: str) -> str | None:
        """ISO3 of a country named by name, alias or demonym ("Syria", "Syrian")."""
        country = self._gazetteer.country(name)
        return country.iso3 if country else None

    def country_of(self, name: str) -> Location | None:
        return self._gazetteer.country(name)

    def resolve(self, text: str, span: Span, hints: Sequence[str]) -> Place:
        role = _role(text, span)
        regional = bool(_REGION_AFTER.match(text[span.end : span.end + 20]))
        country = self._gazetteer.country(span.text)
        candidates = [country] if country else self._candidates(span.text, hints)
        if not candidates:
            return _unresolved(span, role, f"{span.text!r} is not in the gazetteer")
        best = candidates[0]
        if hints and best.feature != "country" and best.iso3 not in hints:
            return _unresolved(
                span,
                role,
                f"{span.text!r} is known only outside the countries the article names ({', '.join(hints[:3])})",
            )
        return _place(span, role, best, regional)


def route_site(text: str, origin: Place, destination: Place) -> Place | None:
    """The site of an attack on the move: on the route, known only to the region."""
    a, b = origin.location, destination.location
    if isinstance(a, Missing) or isinstance(b, Missing):
        return None
    same_country = a.iso3 == b.iso3
    location = Location(
        name=f"{a.name}–{b.name} route",
        feature="route",
        country=a.country if same_country else None,
        iso=a.iso if same_country else None,
        iso3=a.iso3 if same_country else None,
        region=a.region if same_country else None,
        admin1=a.admin1 if a.admin1 == b.admin1 else None,
        latitude=round((a.latitude + b.latitude) / 2, 4),
        longitude=round((a.longitude + b.longitude) / 2, 4),
    )
    span = Span.of(text, min(origin.span.start, destination.span.start), max(origin.span.end, destination.span.end))
    return Place(
        span=span,
        role=PlaceRole.SITE,
        location=location,
        geo_precision=3,
        where_prec=5,
        precision_reason=f"on the route from {a.name} to {b.name}: the strike site is not named",
    )


def distance_km(a: Location, b: Location) -> float:
    la1, lo1, la2, lo2 = map(math.radians, (a.latitude, a.longitude, b.latitude, b.longitude))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(h))


def far_apart(a: Place, b: Place) -> bool:
    la, lb = a.location, b.location
    return isinstance(la, Location) and isinstance(lb, Location) and distance_km(la, lb) > _FAR_KM


def _unresolved(span: Span, role: PlaceRole, reason: str) -> Place:
    return Place(
        span=span,
        role=role,
        location=Missing(reason=reason),
        geo_precision=3,
        where_prec=7,
        precision_reason="unresolved",
    )


def _role(text: str, span: Span) -> PlaceRole:
    before = text[max(0, span.start - _WINDOW) : span.start]
    for role, regex in _ROLE_BEFORE:
        if regex.search(before):
            return role
    return PlaceRole.SITE


def _place(span: Span, role: PlaceRole, location: Location, regional: bool) -> Place:
    geo_precision, where_prec, reason = _precision(span.text, role, location.feature, regional)
    return Place(
        span=span,
        role=role,
        location=location,
        geo_precision=geo_precision,
        where_prec=where_prec,
        precision_reason=reason,
    )


def _precision(name: str, role: PlaceRole, feature: str, regional: bool) -> tuple[int, int, str]:
    """(ACLED geo_precision, UCDP where_prec, reason) of a resolved place."""
    if feature == "country":
        return 3, 6, "only the country is named"
    if regional or feature in ("admin1", "region"):
        return 3, 4, f"{name} is a province or region"
    if feature in ("river", "desert", "route", "border"):
        return 2, 5, f"{name} is a {feature}"
    if role is PlaceRole.ORIGIN:
        return 1, 1, f"from {name}"
    if role is PlaceRole.DESTINATION:
        return 1, 1, f"towards {name}"
    if role is PlaceRole.NEAR:
        return 2, 2, f"near {name}"
    return 1, 1, f"in {name}"
