"""Places: place mentions → gazetteer locations, with a role and a precision code.

The role comes from the preposition before the name ("from Raqqa" origin, "towards Palmyra"
destination, "near Homs" near, "in Homs" site). Capitals that speak ("Moscow said") and the
dateline city are not places of the event. When convoys are struck between an origin and a
destination, the site lies on the route and is only known to the region.

A qualifier names where a place lies: "near Shyrokyne, Donetsk", "Mukayras district (Al Bayda)",
ACLED's "(Abs, Hajjah)", "Gwoza in Borno State". The place is looked for inside the qualifier (even
when the language stage tagged only the province); a village the gazetteer lacks is put in the
division the text names, at regional precision, with the reason.

Namesakes are chosen jointly: a town near which other names of the article have a candidate
(Oxford beside Tupelo and Batesville is Oxford, Mississippi) is preferred (``_coherent``). A name no
gazetteer holds (a street, a building, a hamlet) is placed where the text puts it, as ACLED does: at
the town in its name ("Harare City Council"), else at the place named nearest to it, else in the
article's country, each at a coarser precision with the reason (``PlaceStage._placed_by_context``).
A report whose words name a war zone (``THEATRES``: the OSCE monitors' notes on the Donbas) prefers
namesakes there. Buildings of government ("the White House") are in their capital; "New York" is the
state when the words around it say so ("upstate", "Governor", "Buffalo, New York").
Answers are memoised per article and context: events ask again for the same names.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

from eventwire.gazetteer.gazetteer import SEAT_WORDS
from eventwire.gazetteer.normalize import fold
from eventwire.records import Location, Mention, MentionKind, Missing, Place, PlaceRole, Span

_ROLE_BEFORE = (
    (
        PlaceRole.ORIGIN,
        re.compile(r"\b(?:from|left|leaving|out of)\s+(?:the\s+)?(?:(?:shores?|banks?|edges?) of\s+)?$", re.IGNORECASE),
    ),
    (
        PlaceRole.DESTINATION,
        re.compile(
            r"\b(?:to|towards?|into|for|in the direction of|heading|headed|bound for|advance on)\s+(?:the\s+)?"
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
_CURRENCY_AFTER = re.compile(
    r"\s+(?:dollars?|pounds?|lira|liras|rials?|riyals?|dinars?|dirhams?|euros?|rupees?|naira|shillings?|francs?|"
    r"pesos?|bolivars?|hryvnias?|rubles?|roubles?|kwacha|cedis?|birr|yuan|exchange rate)\b",
    re.IGNORECASE,
)
_TOWNSHIP_AFTER = re.compile(
    r"^\s+(?:township|district|sub-?district|LGA|local government|municipality|commune|tehsil|county|upazila|"
    r"raion|rayon|department)\b",
    re.IGNORECASE,
)
"""A name followed by one of these is a division ("Kani township"): the population of a town of that name
elsewhere (Kani, Japan) says nothing about the article's country."""
_REGION_AFTER = re.compile(
    r"^\s+(?:province|governorate|region|oblast|state|district|county|countryside|area)\b", re.IGNORECASE
)
_LOCATIVE_BEFORE = re.compile(
    r"(?:\(\s*|\b(?:in|at|near|from|to|towards?|outside|into|around|of the town of|of the city of|village of|town of|city of)\s+(?:the\s+)?)$",
    re.IGNORECASE,
)
_SETTLEMENT_OF = re.compile(
    r"\b(?:village|town|city|municipality|district|hamlet|settlement|locality|commune|township|outskirts|"
    r"suburb|neighbou?rhood)\s+of\s+$",
    re.IGNORECASE,
)
"""Words that make the next name a place whatever the language model took it for."""
_IN_BEFORE = re.compile(
    r"\b(?:in|inside|across|into|of|throughout|within)\s+(?:the\s+)?"
    r"(?:(?:far\s+)?(?:north|south|east|west|northwest|northeast|southwest|southeast|central|\w+ern|north-?\w+ern|south-?\w+ern)\s+)?$",
    re.IGNORECASE,
)
_ASIDE = re.compile(
    r"outlawed|banned|prohibited|designated|listed|known as|based|headquartered|formerly", re.IGNORECASE
)
_NAME = r"[A-Z][\w'\u2019.-]*(?:[ -](?:al|el|ar|as|ad|ash|at|an|az|de|del|do|da|[A-Z][\w'\u2019.-]*)){0,3}"
_KIND = (
    r"(?:\s+(?:village|town|city|district|sub-?district|area|LGA|municipality|county|commune|locality|"
    r"neighbou?rhood|camp|sector|front|frontline))?"
)
"""A kind word between a place and its qualifier: "Ahmadabad district, Paktia", "Qaniyah area (Mahliyah, Marib)"."""
_QUALIFIER = re.compile(
    rf"{_KIND},\s+({_NAME})(?=[,.;:)]|\s+(?:on|in|and)\b)|{_KIND}\s*\(({_NAME}){_KIND}(?:,\s*({_NAME}))?[,)]"
)
"""A qualifying division after a place name: ", Donetsk," or " (Al Jabal Al Gharbi)" or ACLED's
"(district, province)": "(Abs, Hajjah)"."""
_QUALIFIED_PAREN = re.compile(rf"(?:({_NAME}){_KIND}\s*)?\(\s*(?:({_NAME}){_KIND}\s*,\s*)?$")
_QUALIFIED_COMMA = re.compile(rf"({_NAME}){_KIND}\s*,\s*$")
"""The place a qualifier qualifies, before it: "near Shyrokyne, Donetsk" or "Mukayras district (Al Bayda)"."""
_QUALIFIED_IN = re.compile(
    rf"({_NAME}){_KIND}\s+(?:in|of)\s+(?:the\s+)?(?:(?:north|south|east|west|central)(?:-?(?:east|west))?(?:ern)?\s+)?$"
)
"""A town before a division it lies in: "Gwoza in Borno State", "Oicha in Beni territory"."""
_DIVISION_AFTER = re.compile(
    r"^\s+(?:province|governorate|region|oblast|state|district|county|countryside|territory|LGA|local government)\b",
    re.IGNORECASE,
)
_IN_DIVISION = re.compile(rf"{_KIND}\s+in\s+(?:the\s+)?({_NAME})\s+(?i:province|governorate|state|region|oblast)\b")
"""A division named after a place: "Hadar in Quneitra province"."""
_LIST_AFTER = re.compile(r"^\s*(?:,\s*[A-Z]|and\s+[A-Z]|or\s+[A-Z])")
_WIDER_BEFORE = re.compile(r"(?:\b(?:[A-Z][\w'\u2019]*|al|el|ar|as|ad|abu|bin|de|del|la|do|da|dos|du) ){1,2}$")
_WIDER_AFTER = re.compile(
    r"(?:[ -](?:[A-Z][\w'\u2019]*|al|el|as|ad|ar|an|ash|at|az|de|del|la|do|da|dos|du)(?![\w'\u2019])){1,3}"
)
"""Words around a mention that may belong to its name: "Ras Al Ain", "Abu Saida", "Buena Vista de la Salud"."""
_KIND_WORDS = frozenset(
    "city town village county district province governorate state region oblast department municipality".split()
)
_LEADING = frozenset("in at on near from to the of a by and or outside inside around".split())
_POSSESSIVE_AFTER = re.compile(
    r"^[’']s\b(?!\s+(?:[A-Z][\w-]+\s+(?:neighbou?rhood|district|area|quarter|camp)|(?:\w+\s+)?(?:neighbou?rhood|"
    r"district|outskirts|suburbs?|old city|city cent(?:re|er)|airport|port|countryside|market|northern|southern|"
    r"eastern|western)\b))"
)
"""A possessive ("Russia's forces") is no place of the event, but a part of a town is ("Kabul's Dasht-e-Barchi
neighbourhood", "Aleppo's eastern districts")."""
_SPEAKS_AFTER = re.compile(
    r"^\s+(?:said|says|claimed|claims|announced|announces|denied|denies|accused|accuses|warned|warns|insisted|"
    r"insists|has said|stated|rejected|rejects|blamed|blames|urged|urges|vowed|vows|condemned|condemns|"
    r"responded|threatened|wants|wanted|backs|backed|supports|(?:has|had|have)\s+(?:no|not|long|repeatedly|always))\b"
)
"""Capital metonymy: "Moscow said", "Kigali had no part": a government speaking, not a place of the event."""
_WINDOW = 30
_JOINT_CANDIDATES = 3  # candidates per name that vote for a country; the right one is almost always among the top 3
_UNAMBIGUOUS_POPULATION = 100_000  # a city this big is rarely a namesake (Gaza, Khan Yunis, Omdurman)
_FAR_KM = 50.0
_CONTEXT_CANDIDATES = 40
_SAME_PLACE_KM = 50.0  # two candidates this close are the same place for disambiguation
_CLEAR_MARGIN = 2.0  # a best candidate this far ahead of any distant rival needs no context
_MAIN_COUNTRY_BONUS = 0.5
_DIVISION_BONUS = 2.0  # "Alexandria" in an article that names Louisiana
_NEAR_BONUS = 1.5
_NEAR_KM = 150.0
_WORLD_CITY = 1_500_000  # a city this large may be named in any article (London, Beirut); smaller ones need support
_ANYWHERE = frozenset({"country", "continent", "sea"})
_QUALIFIER_REASON = " (the text's qualifier)"
_NOT_IN_GAZETTEER = " is not in the gazetteer"
_KNOWN_ABROAD = " is known only outside "
_COHERENT_NAMES = 1  # other names of the article with a candidate near a town, for it to count as their neighbour
_COHERENT_KM = 60.0
_COHERENT_BONUS = 3.0
_COHERENT_RANGE = 6.0  # a candidate this far below the name's best score is a chance namesake
"""Swept on the dev parts of GWN, LGL and GeoVirus (2026-11-24): names 1 vs 2 (LGL 0.825 vs 0.817, GWN 0.904
vs 0.898), range 4 / 6 / 8 (LGL 0.813 / 0.825 / 0.825); bonus 0 / 1.5 / 3 moved LGL by under half a point."""
_CONTEXT_REASON = re.compile(
    r": (?:placed at .+, named (?:in it|before it in the text|after it in the text)|only the country is known .+)$"
)
_WORD = re.compile(r"[^\s,;()]+")
_STREET_WORDS = frozenset(
    "road street st. avenue ave. lane boulevard square highway motorway drive roundabout junction".split()
)
_SITE_WORDS = _STREET_WORDS | frozenset(
    "checkpoint hospital university school college mosque church cathedral temple stadium prison jail barracks "
    "estate market mall hotel".split()
)
"""Last words of the name of a street or a site: looked up as such, it finds only chance namesakes; it is
placed where the text puts it (``PlaceStage._placed_by_context``), a site at the town in its name ("Kabul
University"), a street ("Mill Road") at the town named nearest to it."""
_PLACE_KIND_WORDS = frozenset(
    "village town city district sub-district subdistrict area lga municipality county commune locality township "
    "neighbourhood neighborhood camp quarter valley mountain mountains hills river island islands province region "
    "governorate state".split()
)
_KIND_AFTER = re.compile(
    r"\s+(?:village|town|city|district|sub-?district|area|LGA|municipality|county|commune|locality|township|"
    r"neighbou?rhood|camp|quarter|valley|province|region|governorate|state)\b",
    re.IGNORECASE,
)
_NO_NAME_OF_PLACE = re.compile(r"^(?:[^A-Z]|[A-Z][A-Z0-9&.+-]*$)")
"""An unknown name in lower case ("mosques", "absentia") or in capitals ("MURALS" in a headline, "UNAMID", "ICON"):
a locative before it is no evidence of a place."""
_OWNER_AFTER = re.compile(r"[’']s\b")
"""An unknown name that owns something ("Kemira's R&D centre", "Wavepiston's equity") is a company or a person."""
_WHERE_BEFORE = re.compile(
    r"(?:\(\s*|\b(?:in|at|near|outside|around|of the town of|of the city of|village of|town of|city of)\s+(?:the\s+)?)$",
    re.IGNORECASE,
)
"""``_LOCATIVE_BEFORE`` less "to", "from", "into": "to Fly", "from Movement for United Georgia", "to the Duma"
say nothing of a place whose name no gazetteer holds."""


@dataclass(frozen=True)
class Theatre:
    """A war zone that the words of a report name without naming a place: the OSCE monitors' notes ("near
    Troitske") are about the Donbas front, so a village's namesakes there come first, and one the gazetteer
    knows only elsewhere is put in the zone (the region ``area``), not in a namesake 1,000 km away."""

    cue: re.Pattern[str]
    words: tuple[str, ...]
    """Substrings one of which every match of ``cue`` holds."""
    iso3: str
    admin1: tuple[str, ...]
    area: str


THEATRES = (
    Theatre(
        re.compile(
            r"\bOSCE SMM\b|\bSMM\b|Special Monitoring Mission|\bNAF (?:rebel|forces)|Novorossiya|\bJFO\b|"
            r"Joint Forces Operation|(?:Donetsk|Luhansk|Lugansk|Donbass?) People's (?:Republic|Militia)|\b[DL]PR\b"
        ),
        ("SMM", "Special Monitoring", "NAF", "Novoross", "JFO", "Joint Forces", "People's", "PR"),
        "UKR",
        ("Donetsk", "Luhansk"),
        "Donbas",
    ),
)

_LISTED_AFTER = re.compile(rf",\s+{_NAME}(?:,\s+{_NAME})*,?\s+(?:and|or)\s+[A-Z]")
"""A name after a comma that is one of a list: "Washington, New York and Boston"."""
_CONTEXT_TRIES = 8  # nearest other place names tried for an unknown name; farther ones say little about it
_INNER_POPULATION = 15_000  # a town this big named inside a longer name ("Colchester Hospital") is no chance match
_GENERIC_HEADS = frozenset(
    "north south east west northern southern eastern western central new old saint st. san santa mount mt. "
    "lake fort port great upper lower greater little the".split()
)
"""First words of a longer name that are no place on their own: "South Kilburn Estate" is not "South"."""
_WIDE = frozenset({"country", "continent", "sea", "lake", "region", "desert", "river", "forest"})
_SEATS_OF_GOVERNMENT = {
    "white house": ("Washington", "USA"),
    "west wing": ("Washington", "USA"),
    "oval office": ("Washington", "USA"),
    "capitol hill": ("Washington", "USA"),
    "pentagon": ("Washington", "USA"),
    "kremlin": ("Moscow", "RUS"),
    "downing street": ("London", "GBR"),
    "number 10": ("London", "GBR"),
    "whitehall": ("London", "GBR"),
    "elysee": ("Paris", "FRA"),
    "elysee palace": ("Paris", "FRA"),
    "élysée": ("Paris", "FRA"),
    "élysée palace": ("Paris", "FRA"),
    "quai d'orsay": ("Paris", "FRA"),
    "blue house": ("Seoul", "KOR"),
    "zhongnanhai": ("Beijing", "CHN"),
}
"""Buildings of government that news names for the government itself (actors.toml holds them as actors):
when read as a place, they are in their capital, never a town that shares an alternate name ("White House"
is "Dar el Beida", Casablanca)."""
_STATE_BEFORE = re.compile(r"\b(?:upstate|downstate|state of)\s+$", re.IGNORECASE)
_STATE_AFTER = re.compile(
    r"\s+(?:state(?!\s+(?:university|college|building|park|fair|theatre|theater))\b|statewide\b|gov(?:ernor|\.)|"
    r"legislature\b|assembly\b|senate\b|senator\b|border\b|line\b)",
    re.IGNORECASE,
)
"""Words that make "New York" (a city named like its state) the state: "upstate New York", "New York Governor",
"the New York border"."""
_AREAS = frozenset({"country", "continent", "sea", "admin1", "admin2", "region", "desert", "river", "route"})


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


def _theatre(text: str) -> Theatre | None:
    """The war zone the text's words name; a substring test first (the regular expression costs 0.1 ms a page)."""
    return next((t for t in THEATRES if any(w in text for w in t.words) and t.cue.search(text)), None)


def _same(name: str) -> str:
    """Names that are one name for context purposes: "LONDON" (a dateline) and "London"."""
    return " ".join(name.casefold().split())


@dataclass(frozen=True)
class Anchor:
    """A place of the document resolved without doubt: other names are drawn towards it."""

    name: str
    latitude: float
    longitude: float
    iso3: str | None
    admin1: str | None
    point: bool = True
    """A town or site (not a division or region, whose centre says little about nearness)."""


@dataclass(frozen=True)
class PlaceContext:
    """The document context a place mention is resolved in: the countries it speaks of
    (strongest first), the divisions it names and the places it names unambiguously."""

    hints: tuple[str, ...] = ()
    divisions: dict[tuple[str | None, str], frozenset[str]] = field(default_factory=dict)
    """(ISO3, admin1) of the divisions the article names or its anchors lie in -> those names."""
    anchors: tuple[Anchor, ...] = ()
    support: dict[str, frozenset[str]] = field(default_factory=dict)
    """Hint -> the names in the article that point to it (a country name, places there)."""
    named: frozenset[tuple[int, int]] = frozenset()
    """(start, end) of the article's place mentions: a name already mentioned is resolved on its own."""
    others: frozenset[tuple[int, int]] = frozenset()
    """(start, end) of its actor and group mentions ("Boko Haram", "Syrian"): never read as a town."""
    coherent: dict[str, tuple[float, float, str | None, str | None, bool]] = field(default_factory=dict)
    theatre: Theatre | None = None
    """The war zone the text's words name (``THEATRES``), if any."""
    """Name -> (lat, lon, ISO3, admin1, a town?) of the candidate that lies among candidates of several other names
    of the article (``_coherent``): Alexandria beside Brandon, Kensington and Nelson is Alexandria, Minnesota."""

    def hints_for(self, name: str) -> tuple[str, ...]:
        """The hints without those only the name itself gives: "Paris" alone does not make an
        article about Paris, Texas, French; "Georgia" alone does not put Atlanta abroad."""
        return tuple(h for h in self.hints if h not in self.support or self.support[h] - {_same(name)})

    def in_division(self, location: Location, name: str) -> bool:
        """Whether the location lies in a division that something other than ``name`` points to."""
        names = self.divisions.get((location.iso3, location.admin1)) if location.admin1 else None
        return bool(names and names - {_same(name)})


class Geocoder(Protocol):
    def lookup(self, name: str, *, country_hints: Sequence[str] = ()) -> list[Location]: ...

    def scored(
        self, name: str, *, country_hints: Sequence[str] = (), limit: int = 10
    ) -> list[tuple[Location, float]]: ...

    def country(self, name: str) -> Location | None: ...

    def country_by_iso3(self, iso3: str) -> Location | None: ...

    def is_place_name(self, name: str) -> bool: ...

    def nearest_town(
        self, latitude: float, longitude: float, iso3: str, *, within_km: float = 75.0
    ) -> Location | None: ...


class PlaceStage:
    """Resolves place mentions of an article."""

    name = "places"

    def __init__(self, gazetteer: Geocoder) -> None:
        self._gazetteer = gazetteer
        self._last_context: tuple[str, PlaceContext] | None = None
        self._region_of: dict[str, str | None] = {}
        self._areas: dict[str, Location | None] = {}
        self._theatre_of: tuple[str, Theatre | None] | None = None
        """The context of the article being assembled (one article at a time per stage)."""
        self._memo: tuple[str, PlaceContext, tuple[dict, dict]] | None = None
        """Places already resolved in the current article and context: events ask again for the same names."""

    def country_hints(self, text: str, mentions: Sequence[Mention]) -> list[str]:
        """ISO3 codes of the countries the article speaks of, strongest first: countries and demonyms
        it names; then countries that several of its places could lie in (Al Jawf is in Libya, Saudi
        Arabia and Yemen; with Khabb wa ash Shaaf beside it, Yemen); then the countries of places
        that are unambiguous on their own (big cities, provinces); when none of these, the countries of
        the actors it names by a demonym ("Iraqi forces")."""
        return self._hints(text, mentions)[0]

    def _hints(self, text: str, mentions: Sequence[Mention]) -> tuple[list[str], dict[str, frozenset[str]]]:
        """``country_hints`` and, per hint, the names that support it."""
        named: Counter[str] = Counter()
        support: dict[str, set[str]] = {}
        others = []
        regional: set[str] = set()
        actors: Counter[str] = Counter()
        townships: set[str] = set()
        for m in mentions:
            if m.kind is MentionKind.ACTOR and m.span.text[:1].isupper():  # "Iraqi forces", "Malian army"
                country = self._gazetteer.country(m.span.text.split()[0])
                if country is not None and country.iso3:
                    actors[country.iso3] += 1
                continue
            if m.kind in (MentionKind.PLACE, MentionKind.NORP):
                country = self._gazetteer.country(m.span.text)
                if country is not None and _CURRENCY_AFTER.match(text, m.span.end):
                    continue  # "the high US dollar exchange rate" in a Beirut protest says nothing of the US
                if country is not None and country.iso3:
                    named[country.iso3] += 1
                    support.setdefault(country.iso3, set()).add(_same(m.span.text))
                    continue
            if not m.span.text[:1].isupper():
                continue  # "the capital", "the north": words a corpus marks as places point to no country
            if m.kind is MentionKind.PLACE or (
                m.kind is not MentionKind.NORP and self._is_place(text, m)  # "(Al Hudaydah)" taken for a person
            ):
                wide = self.widen(text, m.span)
                others.append(wide.text)
                if _REGION_AFTER.match(text[wide.end : wide.end + 20]):
                    regional.add(wide.text)  # "Ar-Raqqa countryside": a province, whatever its namesakes
                if _TOWNSHIP_AFTER.match(text[wide.end : wide.end + 20]):
                    townships.add(wide.text)
        hints = [iso3 for iso3, _ in named.most_common()]
        shared: Counter[str] = Counter()
        strong: Counter[str] = Counter()
        for name in dict.fromkeys(others):
            candidates = self._gazetteer.lookup(name, country_hints=hints, limit=_JOINT_CANDIDATES)
            iso3s = list(dict.fromkeys(c.iso3 for c in candidates if c.iso3))  # candidate order: ties break alike
            shared.update(iso3s)
            best = next(iter(candidates), None)
            if (
                best is not None
                and best.iso3
                and (
                    (best.population >= _UNAMBIGUOUS_POPULATION and name not in townships)
                    or best.feature in ("admin1", "admin2", "region")
                )
                and self._gazetteer.is_place_name(name)  # not a consonant-only match ("Rashidiyeh", Rosetta)
            ):  # a province says more than a town
                strong[best.iso3] += 2 if best.feature in ("admin1", "admin2", "region") or name in regional else 1
            for iso3 in iso3s:
                support.setdefault(iso3, set()).add(_same(name))
        joint = [iso3 for iso3, n in shared.most_common() if n >= 2 and iso3 not in hints]
        hints += joint + [iso3 for iso3, _ in strong.most_common() if iso3 not in hints and iso3 not in joint]
        theatre = self._theatre(text)
        if theatre is not None and theatre.iso3 not in hints:
            hints.append(theatre.iso3)
        if not hints:  # the weakest, only when nothing else speaks: forces act abroad ("Turkish forces" in Hasakah)
            hints = [iso3 for iso3, _ in actors.most_common()]
        return hints, {iso3: frozenset(names) for iso3, names in support.items()}

    def country_place(self, iso3: str, span: Span, reason: str) -> Place | None:
        """Only the country is known: a site at country precision for an unresolved place name."""
        location = self._gazetteer.country_by_iso3(iso3)
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
        cached = self._last_context
        if cached is None or cached[0] != text or cached[1].hints != tuple(hints):
            self._last_context = (text, self.context(text, mentions, hints))
        out = []
        for m in mentions:
            if not any(m.span.within(s) for s in within) or not self._is_place(text, m):
                continue
            if any(m.span.within(x) or x.within(m.span) for x in excluded) or not _place_of_event(text, m.span):
                continue
            place = self.resolve(text, self.widen(text, m.span), hints)
            if _is_country(place) and not _IN_BEFORE.search(text[max(0, m.span.start - 20) : m.span.start]):
                continue  # "U.S. drone", "Syria's army": a country named as an adjective is not where it happened
            out.append(place)
        return out

    def widen(self, text: str, span: Span) -> Span:
        """The whole name when a mention is part of a longer place name the gazetteer knows: "Ras
        Al Ain" for "Al Ain", "Abu Saida" for "Saida", "Sfax Medina" stays "Sfax" (not a place)."""
        before = _WIDER_BEFORE.search(text, max(0, span.start - 30), span.start)
        after = _WIDER_AFTER.match(text, span.end)
        if before is None and after is None:
            return span
        starts = [span.start]
        if before is not None:
            words = before.group(0).split()
            for n in range(1, len(words) + 1):
                starts.append(span.start - len(" ".join(words[-n:])) - 1)
        ends = [span.end]
        if after is not None:
            tail = after.group(0)
            for m in re.finditer(r"[ -][\w'\u2019]+", tail):
                if m.group(0)[1].isupper():  # "Paris as suspects" ends at Paris
                    ends.append(span.end + m.end())
        for start, end in sorted(((a, b) for a in starts for b in ends), key=lambda ab: ab[0] - ab[1]):
            if (start, end) == (span.start, span.end):
                return span
            if text[start:end].split()[0].casefold() in _LEADING:  # "In Aleppo", "The Hague" aside
                continue
            if any(w.casefold() in _KIND_WORDS for w in text[span.end : end].split()):
                continue  # "Dublin City Council", "Edgar County": the kind word is the qualifier's business
            if self._gazetteer.is_place_name(text[start:end]):
                return Span.of(text, start, end)
        return span

    def _is_place(self, text: str, m: Mention) -> bool:
        """A place mention, or a name the model took for a person or organisation after "in", "from", "to"."""
        if m.kind is MentionKind.PLACE:
            return True
        if m.kind not in (MentionKind.PERSON, MentionKind.ORG, MentionKind.NORP):
            return False
        if (
            text.endswith("of ", 0, m.span.start)
            and m.span.text[:1].isupper()
            and _SETTLEMENT_OF.search(text, max(0, m.span.start - 40), m.span.start)
        ):
            return True  # "the village of Gorgadji", "the municipality of Tame": a place, known or not
        if m.kind is MentionKind.NORP:
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

    def context(self, text: str, mentions: Sequence[Mention], hints: Sequence[str] | None = None) -> PlaceContext:
        """What the article says about where it is: country hints (``country_hints``), then the
        first-level divisions it names ("Minnesota", "Homs province") and the places it names
        that need no context (a division, a city far better known than any namesake)."""
        found, support = self._hints(text, mentions)
        hints = tuple(found if hints is None else hints)
        partial = PlaceContext(hints=hints, support=support)
        divisions: dict[tuple[str | None, str], set[str]] = {}
        anchors = []
        names = dict.fromkeys(
            self.widen(text, m.span).text for m in mentions if self._is_place(text, m) and m.span.text[:1].isupper()
        )  # "the area", "countries": words a corpus marks as places say nothing about which place
        found_for: dict[str, list[tuple[Location, float]]] = {}
        settled: dict[str, list[tuple[Location, float]]] = {}
        for name in names:
            country = self._gazetteer.country(name)
            if country is not None:
                own = partial.hints_for(name)
                if own and country.iso3 not in own:  # "Georgia" in an article about Columbus and Macon: the state
                    state = next(
                        (
                            loc
                            for loc, _ in self._gazetteer.scored(name, country_hints=own[:1], limit=5)
                            if loc.feature == "admin1" and loc.iso3 == own[0]
                        ),
                        None,
                    )
                    if state is not None:
                        divisions.setdefault((state.iso3, state.admin1), set()).add(_same(name))
                continue
            scored = self._gazetteer.scored(name, country_hints=partial.hints_for(name), limit=_CONTEXT_CANDIDATES)
            if not scored:
                continue
            best, score = scored[0]
            if best.feature == "admin1" and best.admin1:
                divisions.setdefault((best.iso3, best.admin1), set()).add(_same(name))
            rival = next((s for loc, s in scored[1:] if distance_km(loc, best) > _SAME_PLACE_KM), None)
            if rival is not None and score - rival < _CLEAR_MARGIN:
                found_for[_same(name)] = scored  # a namesake in doubt: its neighbours may tell
            if rival is None or score - rival >= _CLEAR_MARGIN:
                point = best.feature not in _AREAS
                anchors.append(Anchor(_same(name), best.latitude, best.longitude, best.iso3, best.admin1, point))
                settled[_same(name)] = scored[:1]
                if best.admin1:
                    divisions.setdefault((best.iso3, best.admin1), set()).add(_same(name))
        coherent = _coherent(found_for, settled)
        for name, (lat, lon, iso3, admin1, point) in coherent.items():
            if not any(a.name == name for a in anchors):
                anchors.append(Anchor(name, lat, lon, iso3, admin1, point))
            if admin1:
                divisions.setdefault((iso3, admin1), set()).add(name)
        theatre = self._theatre(text)
        if theatre is not None:
            for admin1 in theatre.admin1:
                divisions.setdefault((theatre.iso3, admin1), set()).add(theatre.area)
        return PlaceContext(
            hints=hints,
            theatre=theatre,
            coherent=coherent,
            divisions={key: frozenset(names) for key, names in divisions.items()},
            anchors=tuple(anchors),
            support=support,
            named=frozenset((m.span.start, m.span.end) for m in mentions if self._is_place(text, m)),
            others=frozenset(
                (m.span.start, m.span.end) for m in mentions if m.kind in (MentionKind.ACTOR, MentionKind.NORP)
            ),
        )

    def locate(self, text: str, span: Span, context: PlaceContext, *, toponym: bool = False) -> Place:
        """Resolve one place mention in its document's context (the pipeline and the evaluation
        both call this): the gazetteer's score, plus the article's main country, plus the
        divisions it names and nearness to the places it names without doubt. A name the gazetteer
        cannot place ("Harare City Council", an estate, a hamlet) is placed where the text puts it
        (``_placed_by_context``), at a coarser precision and with the reason, when the text calls it a
        place ("in", "the village of", "Road") or the caller knows it is one (``toponym``: a gold span)."""
        key = (span.start, span.end, toponym)
        placed = self._memo_for(text, context)[0]
        if key not in placed:
            place = self._found(text, span, context)
            if isinstance(place.location, Missing) and not place.location.reason.endswith(_QUALIFIER_REASON):
                place = self._placed_by_context(text, span, context, place.location.reason, toponym) or place
            placed[key] = place
        return placed[key]

    def _memo_for(self, text: str, context: PlaceContext) -> tuple[dict, dict]:
        """This article's memo (places as returned, places as the gazetteer found them), new per context."""
        if self._memo is None or self._memo[0] is not text or self._memo[1] is not context:
            self._memo = (text, context, ({}, {}))
        return self._memo[2]

    def _found(self, text: str, span: Span, context: PlaceContext) -> Place:
        """``_locate``, memoised per article: unknown names ask again for the places named around them."""
        found = self._memo_for(text, context)[1]
        key = (span.start, span.end)
        if key not in found:
            found[key] = self._locate(text, span, context)
        return found[key]

    def _placed_by_context(
        self, text: str, span: Span, context: PlaceContext, why: str, toponym: bool = False
    ) -> Place | None:
        """Where a mature geocoder puts a name its gazetteer lacks: at the place named inside it
        ("Harare City Council", "Colchester General Hospital"), else at the place named nearest to it in
        the text (before or after; the article's main country first), as ACLED codes a village it cannot
        find at the nearest known town (geo_precision 2); last, when the name is in no gazetteer at all,
        the article's main country (geo_precision 3). None when the text offers nothing."""
        role = _role(text, span)
        words = list(_WORD.finditer(span.text))
        street = bool(words) and words[-1].group(0).casefold() in _STREET_WORDS
        # a real place abroad ("Joao Pessoa") is no "Joao" building; a division of the article's country named like
        # a town abroad ("Guma LGA", "Kani Township") is still a division of that country
        known = _KNOWN_ABROAD in why and not (len(words) > 1 and words[-1].group(0).casefold() in SEAT_WORDS)
        for n in range(0 if street or known else len(words) - 1, 0, -1):  # "Mill Road" is not in Mill
            head = Span.of(text, span.start, span.start + words[n - 1].end())
            if n == 1 and (len(head.text) < 4 or head.text.casefold() in _GENERIC_HEADS):
                continue
            inner = self._found(text, head, context)
            if (
                isinstance(inner.location, Location)
                and self._supported(inner.location, context)
                and (inner.location.feature in _AREAS or fold(inner.location.name) == fold(head.text))
            ):  # the town is named as such ("Harare"), not by a part of another's name ("Joao" Monlevade)
                return _context_place(
                    span, role, inner.location, f"{why}: placed at {inner.location.name}, named in it"
                )
        if not toponym and not _said_to_be_a_place(text, span):
            return None  # "Yulia said", "Bibles": the language model's guess alone is no place to pin
        tried, abroad = 0, None
        # the nearest name first, before or after: "Pech River Valley of Kunar province" is in Kunar, not at the
        # dateline's Kabul; the article's country before any abroad (below)
        for start, end in sorted(context.named, key=lambda se: max(se[0] - span.end, span.start - se[1])):
            if (start, end) == (span.start, span.end) or start < span.end and span.start < end:
                continue
            if not text[start].isupper():
                continue  # "the camp", "home": words marked as places that name none
            other = self.widen(text, Span.of(text, start, end))
            if _same(other.text) == _same(span.text) or self._gazetteer.country(other.text) is not None:
                continue
            tried += 1
            if tried > _CONTEXT_TRIES:
                break
            near = self._found(text, other, context)
            location = near.location
            if not isinstance(location, Location) or location.feature in _ANYWHERE:
                continue
            if context.hints and location.iso3 not in context.hints:
                continue
            where = "before" if end <= span.start else "after"
            place = _context_place(
                span, role, location, f"{why}: placed at {location.name}, named {where} it in the text"
            )
            if not context.hints or location.iso3 == context.hints[0]:
                return place
            abroad = abroad or place  # the article's main country first: a city named in passing abroad says less
        if abroad is not None or not context.hints or known:
            return abroad  # a name known abroad is not put in the article's country: "Jordan" may be Jordan, Minnesota
        if context.theatre is not None and context.theatre.iso3 == context.hints[0]:
            in_area = self._theatre_place(span, role, context.theatre, f"{why}; it is named in")
            if in_area is not None:
                return in_area
        # "the village of Gorgadji in northern Burkina Faso": the article's country, as ACLED codes it
        country = self._gazetteer.country_by_iso3(context.hints[0])
        if country is None:
            return None
        reason = f"{why}: only the country is known ({country.name}, the article's main country)"
        return Place(span=span, role=role, location=country, geo_precision=3, where_prec=6, precision_reason=reason)

    def _seat_of_government(self, text: str, span: Span, capital: str, iso3: str) -> Place:
        """A building of government ("the White House", "the Kremlin") as a place: in its capital."""
        role = _role(text, span)
        city = next((loc for loc in self._gazetteer.lookup(capital, country_hints=[iso3]) if loc.iso3 == iso3), None)
        if city is None:
            return _unresolved(span, role, f"{span.text!r} is a seat of government; {capital} is not in the gazetteer")
        reason = f"{span.text} is a seat of government: placed at {city.name}"
        return Place(span=span, role=role, location=city, geo_precision=1, where_prec=1, precision_reason=reason)

    def _state_named_like_city(
        self, text: str, span: Span, best: Location, ranked: Sequence[tuple[Location, float]], hints: Sequence[str]
    ) -> Location | None:
        """The state when a city named like its own state ("New York") is the state by the words around it:
        "upstate New York", "New York Governor", "Buffalo, New York", "Missouri, New York and Ohio"."""
        cue = _STATE_BEFORE.search(text, max(0, span.start - 25), span.start) or _STATE_AFTER.match(text, span.end)
        comma = text.endswith(",", 0, span.start) or text.endswith(", ", 0, span.start)
        listed = re.match(r",?\s+(?:and\s+|or\s+)?[A-Z]", text[span.end : span.end + 8])
        if not (cue or comma or listed):
            return None
        state = next(
            (
                loc
                for loc, _ in ranked
                if loc.feature == "admin1"
                and loc.iso3 == best.iso3
                and loc.admin1 == best.admin1
                and loc.name.casefold() == span.text.casefold()
            ),
            None,
        )
        if state is None:
            return None
        if cue:
            return state
        before = _QUALIFIED_COMMA.search(text, max(0, span.start - 60), span.start) if comma else None
        if before is not None and not text[span.end : span.end + 6].lstrip(" ,").startswith(("N.Y", "NY")):
            town = next(iter(self._gazetteer.lookup(before.group(1), country_hints=hints, limit=1)), None)
            if (
                town is not None
                and town.iso3 == state.iso3
                and (town.admin1 == state.admin1 or town.feature == "admin1")
            ):
                return state  # "Buffalo, New York"; "Missouri, New York"
        after = re.match(rf",?\s+(?:and\s+|or\s+)?({_NAME})", text[span.end : span.end + 40])
        if after is not None:
            other = next(iter(self._gazetteer.lookup(after.group(1), country_hints=hints, limit=1)), None)
            if other is not None and other.feature == "admin1" and other.iso3 == state.iso3:
                return state  # "New York and New Jersey"
        return None

    def _theatre_place(self, span: Span, role: PlaceRole, theatre: Theatre, why: str) -> Place | None:
        """A village of a war zone the gazetteer does not know there: in the zone, at regional precision."""
        if theatre.area not in self._areas:
            self._areas[theatre.area] = next(
                (
                    loc
                    for loc, _ in self._gazetteer.scored(theatre.area, country_hints=[theatre.iso3], limit=5)
                    if loc.iso3 == theatre.iso3 and loc.feature in _AREAS
                ),
                None,
            )
        area = self._areas[theatre.area]
        if area is None:
            return None
        reason = f"{why} the {theatre.area} war zone the report is about: placed in {area.name}"
        return Place(span=span, role=role, location=area, geo_precision=3, where_prec=4, precision_reason=reason)

    def _theatre(self, text: str) -> Theatre | None:
        """``_theatre``, once per article (hints and context both ask)."""
        if self._theatre_of is None or self._theatre_of[0] is not text:
            self._theatre_of = (text, _theatre(text))
        return self._theatre_of[1]

    def _supported(self, location: Location, context: PlaceContext) -> bool:
        """A place named inside a longer name counts when it could not be a chance namesake: an area,
        a sizeable town, or a town in the article's main country."""
        if location.feature != "city" or location.population >= _INNER_POPULATION:
            return True
        return bool(context.hints) and location.iso3 == context.hints[0]

    def _locate(self, text: str, span: Span, context: PlaceContext) -> Place:
        last = span.text.split()[-1].casefold() if span.text.split() else ""
        seat = _SEATS_OF_GOVERNMENT.get(" ".join(span.text.casefold().split()).removeprefix("the "))
        if seat is not None:
            return self._seat_of_government(text, span, *seat)
        if last in _SITE_WORDS and len(span.text.split()) > 1:  # "Mill Road" is no Utah town of that old name
            return _unresolved(span, _role(text, span), f"{span.text!r} is a street or a site, not a town")
        qualified = self._qualified_place(text, span, context)
        if qualified is not None:
            return qualified
        role = _role(text, span)
        after = _REGION_AFTER.match(text[span.end : span.end + 20])
        regional = after.group(0).strip() if after else ""
        cue = _cue(text, span)
        hints = context.hints_for(span.text)
        scored = self._gazetteer.scored(span.text, country_hints=hints, limit=_CONTEXT_CANDIDATES)
        country = self._gazetteer.country(span.text)
        if country is not None:
            local = next(
                (
                    loc
                    for loc, _ in scored
                    if loc.feature != "country"
                    and (
                        context.in_division(loc, span.text)
                        or (loc.feature == "admin1" and bool(hints) and loc.iso3 == hints[0])
                    )
                ),
                None,
            )  # a state of the article's country named like a country elsewhere: Georgia beside Columbus and Macon
            if local is None or country.iso3 in hints:
                return _place(span, role, country, regional, cue)
            return _place(span, role, local, regional, cue)  # "Georgia" in an article about Atlanta
        if not scored:
            return _unresolved(span, role, f"{span.text!r}{_NOT_IN_GAZETTEER}")
        anchors = [a for a in context.anchors if a.name != _same(span.text) and a.point]
        chosen = context.coherent.get(_same(span.text))

        def evidence(item: tuple[Location, float]) -> float:
            loc, score = item
            if hints and loc.iso3 == hints[0]:
                score += _MAIN_COUNTRY_BONUS
            if context.in_division(loc, span.text):
                score += _DIVISION_BONUS
            if any(haversine_km(loc.latitude, loc.longitude, a.latitude, a.longitude) <= _NEAR_KM for a in anchors):
                score += _NEAR_BONUS
            if chosen is not None and haversine_km(loc.latitude, loc.longitude, chosen[0], chosen[1]) <= _SAME_PLACE_KM:
                score += _COHERENT_BONUS
            return score

        ranked = sorted(scored, key=evidence, reverse=True)
        best = ranked[0][0]
        candidates = [loc for loc, _ in ranked]
        within = self._qualifier(text, span, hints, candidates) if best.feature in ("city", "admin2") else None
        if within is not None and best.population >= _UNAMBIGUOUS_POPULATION and _LISTED_AFTER.match(text, span.end):
            within = None  # "stops in Washington, New York and Boston": a list, not Washington in New York
        if within is not None and not _inside(best, within):
            inside = next((loc for loc, _ in ranked if _inside(loc, within)), None)
            # a town qualified by a town ("Pipri, Kaushambi") is moved into its division when a namesake lies
            # there; it may also be a list ("Aleppo, Homs"), so it is never left unresolved for it
            strict = within.feature not in ("city", "country")  # a town after a comma may be the next of a list
            # "Moscow, Kiev, Minsk": a capital abroad after a comma is the next of a list, not a qualifier;
            # "Hadar in Quneitra province", "(Al Jabal Al Gharbi)" qualify whatever the country
            explicit = not _QUALIFIER.match(text, span.end) or text[span.end : span.end + 3].lstrip().startswith("(")
            if inside is None and strict and (within.iso3 == best.iso3 or explicit):
                where = within.admin1 or within.name
                if within.feature == "admin1":  # ACLED's convention: a village it cannot find goes to its province
                    reason = f"{span.text!r} is not known in {where}: placed in {where}{_QUALIFIER_REASON}"
                    return Place(
                        span=span, role=role, location=within, geo_precision=3, where_prec=4, precision_reason=reason
                    )
                return _unresolved(span, role, f"{span.text!r} is not known in {where}{_QUALIFIER_REASON}")
            if (
                inside is None
                and within.feature == "city"
                and within.iso3 == best.iso3
                and best.population < _UNAMBIGUOUS_POPULATION
                and distance_km(best, within) > _NEAR_KM
            ):  # "Pipri, Kaushambi (UP)": the village is not known near the town that locates it; the town is
                reason = f"{span.text!r} is not known near {within.name}: placed at {within.name}{_QUALIFIER_REASON}"
                return Place(
                    span=span, role=role, location=within, geo_precision=2, where_prec=2, precision_reason=reason
                )
            best = inside or best
        if regional and best.feature == "city":  # "Homs province", "Hama countryside": the division, not the town
            best = next((loc for loc, _ in ranked if loc.feature == "admin1" and loc.admin1 == best.admin1), best)
        if best.feature == "admin2":
            best = _among_anchors(best, anchors)
        if best.feature == "city" and best.admin1 and best.admin1.casefold() == span.text.casefold():
            best = self._state_named_like_city(text, span, best, ranked, hints) or best
        theatre = context.theatre
        if (
            theatre is not None
            and best.feature == "city"
            and best.population < _UNAMBIGUOUS_POPULATION
            and not (best.iso3 == theatre.iso3 and best.admin1 in theatre.admin1)
        ):  # "near Lozove" in an OSCE note: not Lozove, Crimea
            in_area = self._theatre_place(span, role, theatre, f"{span.text!r} is known only outside")
            if in_area is not None:
                return in_area
        if (
            hints
            and best.feature not in _ANYWHERE
            and best.iso3 is not None  # a region across borders ("the Middle East", "the Sahel") is no namesake
            and best.iso3 not in hints
            and not self._may_be_named_from(best, hints)
            and not (
                _LOCATIVE_BEFORE.search(text, max(0, span.start - 25), span.start)
                and _known_by_name(span, best, scored)
            )
        ):  # "Toyota", "Nigel", "Preston" without "in" before them are no towns abroad
            return _unresolved(
                span,
                role,
                f"{span.text!r}{_KNOWN_ABROAD}the countries the article names ({', '.join(hints[:3])})",
            )
        if best.feature == "city" and last in SEAT_WORDS:  # "Shah Joy district", "Toungup Township"
            reason = f"{span.text} is a district: placed at {best.name}, the town it is named after"
            return Place(span=span, role=role, location=best, geo_precision=2, where_prec=3, precision_reason=reason)
        return _place(span, role, best, regional, cue)

    def _qualifier(
        self, text: str, span: Span, hints: Sequence[str], candidates: Sequence[Location] = ()
    ) -> Location | None:
        """The division or country a name is qualified with: "Pisky, Donetsk", "Mizdah (Al Jabal
        Al Gharbi)", "Paris, Texas", "Abs (Abs, Hajjah)"; a division among the qualifier's first five
        candidates ("Donetsk" the city, then Donetsk oblast), else the town it names ("Pipri,
        Kaushambi"), whose division the place is looked for in; of two divisions of one name ("Punjab"),
        the one holding a candidate of the name. A list of towns qualifies nothing."""
        m = _QUALIFIER.match(text, span.end)
        if m is None:
            inside = _IN_DIVISION.match(text, span.end)  # "the town of Hadar in Quneitra province"
            area = self._area(inside.group(1), hints, candidates) if inside else None
            return area if area is not None and area.feature == "admin1" else None
        names = [n for n in (m.group(3), m.group(2), m.group(1)) if n]  # the widest first
        for name in names:
            area = self._area(name, hints, candidates)
            if area is not None:
                return area
        return None

    def _area(self, name: str, hints: Sequence[str], candidates: Sequence[Location] = ()) -> Location | None:
        """What a qualifier stands for: a country, else a first-level division among its first five
        candidates, else its best candidate when that lies in a known division."""
        country = self._gazetteer.country(name)
        if country is not None:
            return country
        found = [
            (loc, score)
            for loc, score in self._gazetteer.scored(name, country_hints=hints, limit=5)
            if not hints or loc.iso3 in hints  # "Kech" is no German town in a Pakistani report
        ]
        divisions = [loc for loc, _ in found if loc.feature == "admin1"]
        holding = next((d for d in divisions if any(_inside(c, d) for c in candidates)), None)
        if holding is not None or divisions:
            return holding or divisions[0]
        best = found[0][0] if found else None
        return best if best is not None and best.feature in ("city", "admin2") and best.admin1 else None

    def _qualified_place(self, text: str, span: Span, context: PlaceContext) -> Place | None:
        """When ``span`` qualifies the name before it ("near Shyrokyne, Donetsk", "Mukayras district
        (Al Bayda)", "Al Jarr (Abs, Hajjah)"), the place meant is that name, looked for inside the
        qualifier; when the gazetteer does not know it there, the qualifier itself at regional
        precision, with the reason. None when ``span`` qualifies nothing (or a list: "Aleppo, Homs")."""
        named, kind = _qualified_names(text, span)
        paren = kind == "paren"
        named = [x for x in named if self._gazetteer.country(x.text) is None]  # "in northwestern Yemen (Abs, Hajjah)"
        if not named:
            return None
        hints = context.hints_for(span.text)
        area = self._area(span.text, hints)
        if area is None:
            return None
        elsewhere = False
        for x in named:
            if any(x.start < end and start < x.end for start, end in context.others):
                continue  # "Boko Haram in Borno State": an actor, not a town
            found = self._gazetteer.scored(x.text, country_hints=hints, limit=_CONTEXT_CANDIDATES)
            inside = next((loc for loc, _ in found if loc.feature != "country" and _inside(loc, area)), None)
            if inside is not None and not _same_place(inside, area):
                if any(x.start < end and start < x.end for start, end in context.named):
                    # "Caddo, Okla.", "At Tuhayta district (Al Hudaydah)": the name is resolved on its own;
                    # the qualifier stands for its division, not for the town that shares its name
                    if area.feature != "admin1" or kind == "in":
                        return None
                    return _place(span, _role(text, span), area, "", _cue(text, span))
                if x is named[0]:
                    return _place(x, _role(text, x), inside, "", _cue(text, x))
                return Place(  # "Al Jarr (Abs, Hajjah)": Al Jarr is unknown, its district is not
                    span=named[0],
                    role=_role(text, named[0]),
                    location=inside,
                    geo_precision=2,
                    where_prec=3,
                    precision_reason=f"{named[0].text!r} is not in the gazetteer: placed at {x.text} (the text's qualifier)",
                )
            elsewhere = elsewhere or any(
                loc.population >= _UNAMBIGUOUS_POPULATION or loc.feature in _AREAS for loc, _ in found[:1]
            )
        if area.feature == "country" or elsewhere or kind == "in" or not (paren or area.feature == "admin1"):
            return None  # "Mill Road, Cambridge": an unknown name before a town is as likely a street
        town = named[0]
        where = area.admin1 if area.feature == "admin1" else area.name
        if area.feature == "admin1":  # ACLED's convention: a province's seat when only the province is known
            area = next(
                (
                    loc
                    for loc, _ in self._gazetteer.scored(span.text, country_hints=hints, limit=5)
                    if loc.feature == "city" and loc.iso3 == area.iso3 and loc.admin1 == area.admin1
                ),
                area,
            )
        return Place(
            span=town,
            role=_role(text, town),
            location=area,
            geo_precision=2,
            where_prec=4 if area.feature == "admin1" else 3,
            precision_reason=f"{town.text!r} is not in the gazetteer in {where}: placed at {span.text} (the text's qualifier)",
        )

    def _may_be_named_from(self, place: Location, hints: Sequence[str]) -> bool:
        """A place outside the article's countries is still believable when it is a world city or
        a sizeable town in the same ACLED region as the article's main country (Tel Aviv in a Gaza
        report), not when it is a namesake on another continent (Koln, "Colonia", in a Mexican report)
        or a village next door (Al Aziziyah, Iraq, for "the village of Aziziyeh" in Hasakah)."""
        if place.population >= _WORLD_CITY:
            return True
        if place.feature == "city" and place.population < _UNAMBIGUOUS_POPULATION:
            return False
        if hints[0] not in self._region_of:
            country = self._gazetteer.country_by_iso3(hints[0])
            self._region_of[hints[0]] = country.region if country else None
        return place.region is not None and place.region == self._region_of[hints[0]]

    def route_site(self, text: str, origin: Place, destination: Place) -> Place | None:
        """``route_site`` with the province of the route's midpoint from the gazetteer when the
        endpoints lie in different provinces (Raqqa to Palmyra: As Sukhnah, Homs)."""
        a, b = origin.location, destination.location
        midway = None
        if isinstance(a, Location) and isinstance(b, Location) and a.iso3 and a.iso3 == b.iso3:
            if a.admin1 != b.admin1:
                midway = self._gazetteer.nearest_town(
                    (a.latitude + b.latitude) / 2, (a.longitude + b.longitude) / 2, a.iso3
                )
        return route_site(text, origin, destination, midway)

    def resolve(self, text: str, span: Span, hints: Sequence[str]) -> Place:
        """``locate`` with the context of the article last seen by ``places_in`` (or only ``hints``)."""
        cached = self._last_context
        if cached is not None and cached[0] == text and cached[1].hints == tuple(hints):
            return self.locate(text, span, cached[1])
        return self.locate(text, span, PlaceContext(hints=tuple(hints)))


def _qualified_names(text: str, span: Span) -> tuple[list[Span], str]:
    """The names a qualifier at ``span`` qualifies, in text order (town, then district), and how:
    "paren" ("Al Jarr (Abs, Hajjah)"), "comma" ("Pisky, Donetsk"), "in" ("Gwoza in Borno State"); none
    when the qualifier ends or continues a list ("Homs, Hama and Idlib")."""
    start = max(0, span.start - 120)
    window = text[start : span.start]
    m = _QUALIFIED_PAREN.search(window)
    kind = "paren" if m is not None and (m.group(1) or m.group(2)) else ""
    if not kind:
        m = _QUALIFIED_COMMA.search(window)
        kind = "comma"
        if m is None or window[: m.start(1)].rstrip().endswith(",") or _LIST_AFTER.match(text[span.end :]):
            division = _DIVISION_AFTER.match(text[span.end : span.end + 30]) or _DIVISION_AFTER.match(
                " " + span.text.split()[-1]
            )
            m = _QUALIFIED_IN.search(window) if division else None
            kind = "in"
    if m is None:
        return [], ""
    out = []
    for group in range(1, m.re.groups + 1):
        if m.group(group) is None:
            continue
        a, b = start + m.start(group), start + m.end(group)
        words = text[a:b].split(" ")
        while words and words[0].casefold() in _LEADING:
            a += len(words.pop(0)) + 1
        if words and a < b:
            out.append(Span.of(text, a, b))
    return out, kind


def _same_place(a: Location, b: Location) -> bool:
    return a.feature == b.feature and a.name == b.name and a.iso3 == b.iso3


def _inside(place: Location, within: Location) -> bool:
    """Whether a place lies in the country, or the division, that ``within`` stands for."""
    if place.iso3 != within.iso3:
        return False
    return within.feature == "country" or (within.admin1 is not None and place.admin1 == within.admin1)


def _among_anchors(county: Location, anchors: Sequence[Anchor]) -> Location:
    """A county has no coordinates of its own in our data (only its state's centre): when the
    article names places in the same state, the county is put at their centre."""
    inside = [a for a in anchors if a.iso3 == county.iso3 and a.admin1 == county.admin1]
    if not inside:
        return county
    return county.model_copy(
        update={
            "latitude": round(sum(a.latitude for a in inside) / len(inside), 4),
            "longitude": round(sum(a.longitude for a in inside) / len(inside), 4),
        }
    )


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


def _coherent(
    found: dict[str, list[tuple[Location, float]]], settled: dict[str, list[tuple[Location, float]]]
) -> dict[str, tuple[float, float, str | None, str | None, bool]]:
    """Joint disambiguation: for each name in doubt, the candidate near which candidates of at least
    ``_COHERENT_NAMES`` other names of the article lie (towns within ``_COHERENT_KM``, counties in the
    same state); of several, the one with most such names, then the best score. Local news names its
    small towns together (Brandon, Kensington, Nelson and Alexandria, Minnesota; Huntsville in Walker
    County, Texas), so the cluster tells which namesake is meant. A world city ("London", "Berlin")
    lends no support to its namesakes and needs one more neighbour to be read as one."""
    cells: dict[tuple[int, int], list[tuple[str, float, float]]] = {}
    counties: dict[tuple[str | None, str | None], set[str]] = {}
    towns: dict[tuple[str | None, str | None], set[str]] = {}
    for name, scored in (found | settled).items():
        world = scored[0][0].population >= _WORLD_CITY
        for loc, _ in scored[:1] if world else scored:
            if loc.feature == "admin2":
                counties.setdefault((loc.iso3, loc.admin1), set()).add(name)
            elif loc.feature not in _AREAS:
                cells.setdefault((int(loc.latitude // 1), int(loc.longitude // 1)), []).append(
                    (name, loc.latitude, loc.longitude)
                )
                towns.setdefault((loc.iso3, loc.admin1), set()).add(name)
    out = {}
    for name, scored in found.items():
        needed = _COHERENT_NAMES + (scored[0][0].population >= _WORLD_CITY)
        best: tuple[int, float, Location] | None = None
        for loc, score in scored:
            if (loc.feature in _AREAS and loc.feature != "admin2") or score < scored[0][1] - _COHERENT_RANGE:
                continue
            state = (loc.iso3, loc.admin1)
            if loc.feature == "admin2":
                near = towns.get(state, set()) | counties.get(state, set())
            else:
                row, col = int(loc.latitude // 1), int(loc.longitude // 1)
                near = {
                    other
                    for i in (-1, 0, 1)
                    for j in (-1, 0, 1)
                    for other, lat, lon in cells.get((row + i, col + j), ())
                    if haversine_km(loc.latitude, loc.longitude, lat, lon) <= _COHERENT_KM
                } | (counties.get(state, set()) if loc.admin1 else set())
            near.discard(name)
            if len(near) >= needed and (best is None or (len(near), score) > best[:2]):
                best = (len(near), score, loc)
        if best is not None:
            loc = best[2]
            out[name] = (loc.latitude, loc.longitude, loc.iso3, loc.admin1, loc.feature not in _AREAS)
    return out


def _known_by_name(span: Span, best: Location, scored: Sequence[tuple[Location, float]]) -> bool:
    """A sizeable town named by its own name, with no namesake of any size, is meant wherever the article is
    about ("the Palais des Nations in Geneva" in a report on Brazil, "a break-in in Mississauga"); the caller
    asks for a locative before it."""
    if best.feature != "city" or best.population < _UNAMBIGUOUS_POPULATION or fold(best.name) != fold(span.text):
        return False
    rival = next((s for loc, s in scored if loc is not best and distance_km(loc, best) > _SAME_PLACE_KM), None)
    top = next((s for loc, s in scored if loc is best), None)
    return top is not None and (rival is None or top - rival >= _CLEAR_MARGIN)


def _said_to_be_a_place(text: str, span: Span) -> bool:
    """Whether the text itself says a name is a place: a locative before it ("in", "near", "the village
    of", "(" ...) or a kind word in or after it ("Mill Road", "Bu Shwe Maw village", "Guma LGA")."""
    words = span.text.split()
    after = _KIND_AFTER.match(text, span.end)
    if not after and _NO_NAME_OF_PLACE.search(span.text) or _OWNER_AFTER.match(text, span.end):
        return False  # "in mosques", "SURGE IN MURALS", "in ICON", "in Kemira's R&D centre": no place to pin
    return bool(
        _WHERE_BEFORE.search(text[max(0, span.start - 25) : span.start])
        or _SETTLEMENT_OF.search(text, max(0, span.start - 40), span.start)
        or after
        or (len(words) > 1 and words[-1].casefold() in _SITE_WORDS | _PLACE_KIND_WORDS)
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


def _role(text: str, span: Span) -> PlaceRole:
    before = text[max(0, span.start - _WINDOW) : span.start]
    for role, regex in _ROLE_BEFORE:
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
