"""One name in its document context → a Place: the gazetteer's candidates weighed by the article's main country,
its divisions, nearness to its anchors and joint choices; seats of government; states named like their cities."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from eventwire.gazetteer.gazetteer import DIVISION_WORDS, SEAT_WORDS
from eventwire.gazetteer.normalize import fold, loose_keys
from eventwire.records import Location, Place, PlaceRole, Span
from eventwire.stages.places.context import Geocoder, PlaceContext
from eventwire.stages.places.geometry import _ANYWHERE, _inside, distance_km, haversine_km
from eventwire.stages.places.precision import _KNOWN_ABROAD, _NOT_IN_GAZETTEER, _QUALIFIER_REASON, _place, _unresolved
from eventwire.stages.places.qualifiers import _QUALIFIED_COMMA
from eventwire.stages.places.roles import _cue, _role
from eventwire.stages.places.text import (
    _LOCATIVE_BEFORE,
    _NAME,
    _NAME_IN_SENTENCE,
    _QUALIFIER,
    _REGION_AFTER,
    _SITE_WORDS,
    _bare_direction,
    _same,
)
from eventwire.stages.places.thresholds import (
    _CLEAR_MARGIN,
    _COHERENT_BONUS,
    _COHERENT_RANGE,
    _CONTEXT_CANDIDATES,
    _COUNTY_BONUS,
    _DIVISION_BONUS,
    _INNER_POPULATION,
    _MAIN_COUNTRY_BONUS,
    _NEAR_BONUS,
    _NEAR_KM,
    _SAME_PLACE_KM,
    _UNAMBIGUOUS_POPULATION,
    _WORLD_CITY,
)

_LISTED_AFTER = re.compile(rf",\s+{_NAME}(?:,\s+{_NAME})*,?\s+(?:and|or)\s+[A-Z]")
"""A name after a comma that is one of a list: "Washington, New York and Boston"."""

_COUNTY_WORDS = frozenset({"county", "parish", "borough"})
_LIST_BEFORE = re.compile(rf"{_NAME},\s+$")
"""A name after another and a comma: "Great Bend, Hutchinson, Kingman" lists towns."""
_LIST_GOES_ON = re.compile(rf"\s*(?:,\s*({_NAME})|\s(?:and|or)\b)")
"""What follows a qualifier that goes on as a list: ", Oconee", " and as far as Dallas"."""

_PART_WORDS = frozenset(
    "north south east west northern southern eastern western northeast northwest southeast southwest central "
    "downtown uptown midtown".split()
)
"""Words before a town's name that name a part of it: "West Mosul", "Downtown Houston"."""
_COUNTY_LIST_END = re.compile(
    rf"(?:,\s*(?:and\s+|or\s+)?{_NAME_IN_SENTENCE})*,?(?:\s+(?:and|or)\s+{_NAME_IN_SENTENCE})?\s+(?:counties|parishes)\b"
)
_LIST_HEAD = re.compile(
    rf"(?:{_NAME_IN_SENTENCE},\s+)*{_NAME_IN_SENTENCE},?\s+(?:and|or)\s+$|(?:{_NAME_IN_SENTENCE},\s+)+$"
)
"""A list of names that ends in "counties": "Clarke, Madison, Oconee and Oglethorpe counties"."""
_STATE_BEFORE_NOUN = re.compile(rf",\s+({_NAME_IN_SENTENCE})(?=,?\s+[a-z])")
"""A town's state or province before the noun the pair qualifies: "a Bradford, Ontario court"."""

_MEMBER_BEFORE = re.compile(rf"(?:^|(?<=[\s(]))({_NAME_IN_SENTENCE})(?:,\s+|,?\s+(?:and|or)\s+)$")
_MEMBER_AFTER = re.compile(rf"(?:,\s+(?:and\s+|or\s+)?|,?\s+(?:and|or)\s+)({_NAME_IN_SENTENCE})")
"""The items of a list around a name, one at a time: "Ohio, Oklahoma, Washington and Wisconsin"."""
_OWNER_BEFORE = re.compile(rf"(?<![\w'\u2019])({_NAME_IN_SENTENCE})['\u2019]s\s+$")
_SUBURB_OF_BEFORE = re.compile(
    rf"\bthe\s+({_NAME_IN_SENTENCE})\s+(?:suburbs?|neighbou?rhoods?|districts?|quarters?)\s+of\s+$"
)
_PART_AFTER = re.compile(r"\s+(?:district|neighbou?rhood|quarter|suburb|slum|area)\b")
"""A city's possessive before a name and a word for a part of a town after it: "Cairo's Abbasiya neighbourhood"."""
_WORLD_FEATURES = frozenset({"continent", "sea"})
_OWN_NAME_POPULATION = 10_000  # a town this big that bears a name today is meant by it where no country is named
_SUBJECT_MENTIONS = 3  # times an article names a town for it to be what the article is about
_JOINT_LIST = 10  # candidates of a list item searched for a division of its name
_LIST_ITEMS = 12  # items read each side of a name; a list of provinces or states is rarely longer
"""Not swept (2026-11-25): set by the principle each states, checked neutral or better on the dev parts of TR-News,
GeoVirus, LGL and GWN and on the pipeline's ACLED 2020, GTD, FA-KES and ISAF dev figures."""
_SENTENCE_OPENERS = frozenset("in at from and or of on to by for the with across".split())
"""Capitalised words that may open a sentence before the first item of a list ("In Ohio, Utah and ...")."""
_INCORPORATED_AFTER = re.compile(
    r"\s+(?:(?:limited\s+liability\s+|public\s+benefit\s+|non-?profit\s+|business\s+)?(?:company|corporation)|"
    r"LLC|L\.L\.C\.|limited\s+partnership|statutory\s+trust)\b"
)
"""Words that make a state the law a firm is formed under: "a Delaware limited liability company", "a Nevada
corporation" name the state, never a town of its name."""

_REGION_BEFORE = re.compile(r"\b(province|governorate|countryside|region)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
"""A division named before its name: "the province of Idlib", "the countryside of Hama"."""

_COUNTRY_AFTER = re.compile(r"\s*,\s*([A-Z][\w'-]*(?: [A-Z][\w'-]*){0,2})\s*(?:[.,;:)]|$)")

_OF_COUNTRY_AFTER = re.compile(
    rf"(?:\s+(?:region|area|zone|province|state))?(?:\s*,\s*|\s+(?:of|in)\s+(?:the\s+)?)({_NAME_IN_SENTENCE})"
)
"""The country a name is placed in right after it: "the Sahel region of Burkina Faso", "Sahel, Burkina Faso"."""

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
    "knesset": ("Jerusalem", "ISR"),
    "state duma": ("Moscow", "RUS"),
    "bundestag": ("Berlin", "DEU"),
    "scotland yard": ("London", "GBR"),
    "wall street": ("New York City", "USA"),
}
"""Buildings of government that news names for the government itself (actors.toml holds them as actors):
when read as a place, they are in their capital, never a town that shares an alternate name ("White House"
is "Dar el Beida", Casablanca)."""
_SEATS_NAMED_LIKE_TOWNS = {
    "congress": ("Washington", "USA"),
    "westminster": ("London", "GBR"),
}
"""Seats of government that share their name with towns elsewhere (Congress, Arizona; Westminster, Colorado): the
seat only in a report whose main country is the seat's."""
_STATE_BEFORE = re.compile(r"\b(?:upstate|downstate|state of)\s+$", re.IGNORECASE)
_STATE_AFTER = re.compile(
    r"\s+(?:state(?!\s+(?:university|college|building|park|fair|theatre|theater))\b|statewide\b|gov(?:ernor|\.)|"
    r"legislature\b|assembly\b|senate\b|senator\b|border\b|line\b)",
    re.IGNORECASE,
)
"""Words that make "New York" (a city named like its state) the state: "upstate New York", "New York Governor",
"the New York border"."""


class Resolver:
    """The ``PlaceStage`` part that resolves a name the gazetteer knows."""

    _gazetteer: Geocoder
    _region_of: dict[str, str | None]
    _county_memo: tuple[str, PlaceContext, frozenset[tuple[str | None, str | None, str]]] | None

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

    def _locate(self, text: str, span: Span, context: PlaceContext) -> Place:
        last = span.text.split()[-1].casefold() if span.text.split() else ""
        key = " ".join(span.text.casefold().split()).removeprefix("the ")
        seat = _SEATS_OF_GOVERNMENT.get(key)
        local = _SEATS_NAMED_LIKE_TOWNS.get(key)
        if local is not None and context.hints[:1] == (local[1],):
            seat = local  # "Congress" in a report about the United States; Congress, Arizona, elsewhere
        if seat is not None:
            return self._seat_of_government(text, span, *seat)
        if last in _SITE_WORDS and len(span.text.split()) > 1:  # "Mill Road" is no Utah town of that old name
            return _unresolved(span, _role(text, span), f"{span.text!r} is a street or a site, not a town")
        county = self._listed_county(text, span, context)
        if county is not None:
            return county
        part = self._part_of_owner(text, span, context)
        if part is not None:
            return part
        qualified = self._qualified_place(text, span, context)
        if qualified is not None and not _wider_before(qualified, span):
            return qualified
        role = _role(text, span)
        after = _REGION_AFTER.match(text[span.end : span.end + 20])
        before = _REGION_BEFORE.search(text, max(0, span.start - 30), span.start)
        regional = after.group(0).strip() if after else ""
        # "North Kivu province" in one span reads as "North Kivu" followed by "province"
        division_word = last if len(span.text.split()) > 1 and last in DIVISION_WORDS - _COUNTY_WORDS else ""
        cue = _cue(text, span)
        hints = context.hints_for(span.text)
        scored = self._gazetteer.scored(span.text, country_hints=hints, limit=_CONTEXT_CANDIDATES)
        if _bare_direction(span.text) and scored and scored[0][0].feature == "city":
            # "50km Northeast of Aleppo": a direction, not North East, Maryland (a division "North" stays)
            return _unresolved(span, role, f"{span.text!r} is a compass direction, no place")
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
                    and self._gazetteer.known_as(span.text, loc)  # its name, not a spelling: Cameroon is no Cameron
                ),
                None,
            )  # a state of the article's country named like a country elsewhere: Georgia beside Columbus and Macon
            if local is None or country.iso3 in hints:
                return _place(span, role, country, regional, cue)
            return _place(span, role, local, regional, cue)  # "Georgia" in an article about Atlanta
        if not any(fold(loc.name) == fold(span.text) for loc, _ in scored[:3]):
            part = self._part_of_town(text, span, hints, role)
            if part is not None:
                return part
        if not scored:
            return _unresolved(span, role, f"{span.text!r}{_NOT_IN_GAZETTEER}")
        anchors = [a for a in context.anchors if a.name != _same(span.text) and a.point]
        chosen = context.coherent.get(_same(span.text))
        county = last in _COUNTY_WORDS  # "Henry County", not "Montgomery" that may be a town or a county

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
            if loc.feature == "city" and loc.admin2 and _county_named(text, span, loc.admin2):
                score += _COUNTY_BONUS
            elif (
                county
                and loc.feature == "admin2"
                and (loc.iso3, loc.admin1, loc.name) in self._county_towns(text, context)
            ):
                score += _COUNTY_BONUS
            return score

        ranked = sorted(scored, key=evidence, reverse=True)
        best = ranked[0][0]
        candidates = [loc for loc, _ in ranked]
        within = self._qualifier(text, span, hints, candidates) if best.feature in ("city", "admin2") else None
        if within is None and best.feature == "city":
            best = self._state_before_noun(text, span, hints, ranked) or best
        if within is not None and best.population >= _UNAMBIGUOUS_POPULATION and _LISTED_AFTER.match(text, span.end):
            within = None  # "stops in Washington, New York and Boston": a list, not Washington in New York
        if within is not None and within.feature in ("city", "admin2") and self._town_list(text, span):
            within = None  # "Hutchinson, Kingman, Larned": a town after a town in a list qualifies nothing
        if within is not None and within.feature == "admin2":
            # "Eden, Rockingham County": the qualifier's name is a county in several states; the town is the
            # namesake that lies in a county of that name, whichever state the county's first candidate is in
            in_county = next((loc for loc, _ in ranked if loc.admin2 == within.name and loc.iso3 == within.iso3), None)
            if in_county is not None:
                best, within = in_county, None
        if within is not None and not _inside(best, within):
            inside = next((loc for loc, _ in ranked if _inside(loc, within)), None)
            # a town qualified by a town ("Pipri, Kaushambi") is moved into its division when a namesake lies
            # there; it may also be a list ("Aleppo, Homs"), so it is never left unresolved for it
            strict = within.feature not in ("city", "country")  # a town after a comma may be the next of a list
            # "Moscow, Kiev, Minsk": a capital abroad after a comma is the next of a list, not a qualifier;
            # "Hadar in Quneitra province", "(Al Jabal Al Gharbi)" qualify whatever the country
            # "Rabat, Kandahar, Afghanistan": a division followed by its own country is a qualifier, not a list
            qualifier = _QUALIFIER.match(text, span.end)
            explicit = (
                qualifier is None
                or text[span.end : span.end + 3].lstrip().startswith("(")
                or self._country_after(text, qualifier.end()) == within.iso3
            )
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
        if best.iso3 is None and best.feature not in _ANYWHERE:
            best = self._division_of_country_after(text, span, ranked) or best
        if (regional or before or division_word) and best.feature == "city":  # "Homs province", "the province of Idlib"
            divisions = [loc for loc, _ in ranked if loc.feature == "admin1"]
            own = next((loc for loc in divisions if loc.admin1 == best.admin1), None)
            if own is None and (before or division_word or regional.casefold() in DIVISION_WORDS - _COUNTY_WORDS):
                # "al-Bayda province": no division of the town's, but one of that name elsewhere, the hinted first
                said = loose_keys(span.text.rsplit(" ", 1)[0] if division_word else span.text)
                named = [loc for loc in divisions if loose_keys(loc.name) & said]  # not a consonant-only match
                own = next((loc for loc in named if loc.iso3 in hints), named[0] if named else None)
            best = own or best
        if best.feature == "city" and best.admin1 and best.admin1.casefold() == span.text.casefold():
            best = self._state_named_like_city(text, span, best, ranked, hints) or best
        if best.feature in ("city", "admin2"):
            best = self._division_in_list(text, span, ranked, hints) or self._state_of_law(text, span, ranked) or best
        if best.feature == "city" and best.population < _UNAMBIGUOUS_POPULATION and span.text[:1].isupper():
            best = self._world_feature(span, ranked) or best
        if not hints and best.feature == "city" and fold(best.name) != fold(span.text):
            best = _bearing_the_name(span, ranked) or best
        if self._spelt_like_abroad(span, best, hints) or self._shorter_spelling(span, best):
            return _unresolved(span, role, f"{span.text!r}{_NOT_IN_GAZETTEER} (only {best.name}, {best.country})")
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
            and (_short_alias(span.text, best) or not self._may_be_named_from(best, hints))
            and not self._state_named(best, span.text, context)  # "Gainesville" where the text names Georgia, the state
            and not self._article_subject(text, span, best, hints, context)  # "Gainesville" named again and again
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

    def _county_towns(self, text: str, context: PlaceContext) -> frozenset[tuple[str | None, str | None, str]]:
        """(country, state, county) of the counties in which a namesake of another town the article names lies
        (within ``_COHERENT_RANGE`` of that name's best): "Henry County" beside "Paris" is Henry County, Tennessee,
        whose seat is a Paris. Worked out once per article and context."""
        memo = self._county_memo
        if memo is not None and memo[0] is text and memo[1] is context:
            return memo[2]
        out = set()
        for name in {text[a:b] for a, b in context.named}:
            if name.split()[-1].casefold() in _COUNTY_WORDS | {"counties", "parishes"}:
                continue
            scored = self._gazetteer.scored(name, country_hints=context.hints_for(name), limit=_CONTEXT_CANDIDATES)
            for loc, score in scored:
                if loc.feature == "city" and loc.admin2 and score >= scored[0][1] - _COHERENT_RANGE:
                    out.add((loc.iso3, loc.admin1, loc.admin2))
        towns = frozenset(out)
        self._county_memo = (text, context, towns)
        return towns

    def _state_named(self, place: Location, name: str, context: PlaceContext) -> bool:
        """Whether the article names the first-level division a place lies in by that division's own name ("Gainesville
        police" and "Northeast Georgia": Georgia the state, though "Georgia" also made the country a hint); towns
        that only chose each other's namesakes abroad ("St. Marc" and "St. Nicolas" in Belgium) do not count."""
        names = context.divisions.get((place.iso3, place.admin1)) if place.admin1 else None
        for other in (names or frozenset()) - {_same(name)}:
            if any(
                loc.feature == "admin1" and loc.iso3 == place.iso3 and loc.admin1 == place.admin1
                for loc in self._gazetteer.lookup(other, country_hints=[place.iso3] if place.iso3 else [], limit=3)
            ):
                return True
        return False

    def _part_of_town(self, text: str, span: Span, hints: Sequence[str], role: PlaceRole) -> Place | None:
        """A part of a town named by a direction before the town's name ("West Mosul", "Downtown Houston", "South
        Los Angeles") that the gazetteer does not hold as such: in that town, as part of it (geo_precision 2); a town
        big enough to have parts, in the article's countries."""
        first, _, rest = span.text.partition(" ")
        if first.casefold() not in _PART_WORDS or not rest[:1].isupper() or rest.split()[0].casefold() in _PART_WORDS:
            return None
        town = next(iter(self._gazetteer.lookup(rest, country_hints=hints, limit=1)), None)
        if town is None or town.feature != "city" or fold(town.name) != fold(rest):
            return None
        if town.population < _INNER_POPULATION or (hints and town.iso3 not in hints):
            return None  # "the North Zone of Sao Paulo" is no part of Zone, a village in Lombardy
        reason = f"{span.text} is part of {town.name}: placed at {town.name}"
        return Place(span=span, role=role, location=town, geo_precision=2, where_prec=2, precision_reason=reason)

    def _listed_county(self, text: str, span: Span, context: PlaceContext) -> Place | None:
        """A name in a list that ends in "counties" ("Butler, Clark, Hamilton, Preble or Warren counties") is a
        county, in the state that holds a county of most of the list's names (Ohio: Preble and Warren, with the
        others, are counties there). None when the name is in no such list or no state holds most of them."""
        tail = _COUNTY_LIST_END.match(text, span.end)
        if tail is None:
            return None
        head = _LIST_HEAD.search(text, max(0, span.start - 200), span.start)
        names = [*re.findall(_NAME, (head.group(0) if head else "") + " " + tail.group(0)), span.text]
        hints = context.hints_for(span.text)
        states: dict[tuple[str | None, str | None], int] = {}
        own: dict[tuple[str | None, str | None], Location] = {}
        for name in dict.fromkeys(names):
            found = {
                (loc.iso3, loc.admin1): loc
                for loc, _ in self._gazetteer.scored(f"{name} County", country_hints=hints, limit=_CONTEXT_CANDIDATES)
                if loc.feature == "admin2" and fold(loc.name) == fold(f"{name} County")
            }
            for key in found:
                states[key] = states.get(key, 0) + 1
            if name == span.text:
                own = found
        ranked = sorted(((n, key) for key, n in states.items() if key in own), reverse=True)
        if not ranked or (len(ranked) > 1 and ranked[0][0] == ranked[1][0]) or ranked[0][0] < 2:
            return None
        reason = f"{span.text} is one of a list of counties: placed in {ranked[0][1][1]}, which holds most of them"
        return Place(
            span=span,
            role=_role(text, span),
            location=own[ranked[0][1]],
            geo_precision=3,
            where_prec=3,
            precision_reason=reason,
        )

    def _state_before_noun(
        self, text: str, span: Span, hints: Sequence[str], ranked: Sequence[tuple[Location, float]]
    ) -> Location | None:
        """The namesake in the state or province a town is written with when the pair qualifies a noun ("a Bradford,
        Ontario court", "the Paris, Texas man"): read only when a candidate lies in that division."""
        after = _STATE_BEFORE_NOUN.match(text, span.end)
        if after is None:
            return None
        state = self._area(after.group(1), hints)
        if state is None or state.feature != "admin1":
            return None
        return next((loc for loc, _ in ranked if loc.feature == "city" and _inside(loc, state)), None)

    def _division_in_list(
        self, text: str, span: Span, ranked: Sequence[tuple[Location, float]], hints: Sequence[str]
    ) -> Location | None:
        """A name listed with first-level divisions of one country is that country's division of its name, not a
        town named after it: "Utah, Washington and Wisconsin" (the state), "Manitoba, Ontario and New Brunswick"
        (the provinces). Every other item must read first as a division of that country; a list with one town in
        it ("Washington, New York and Boston") is a list of cities, and changes nothing."""
        divisions = {
            loc.iso3: loc for loc, _ in ranked if loc.feature == "admin1" and fold(loc.name) == fold(span.text)
        }
        if not divisions:
            return None
        items = self._list_items(text, span)
        if not items:
            return None
        tops: list[str | None] = []  # the country of each item's first reading, when that is a division
        held: list[set[str | None]] = []  # the countries with a division of each item's name
        for item in items:
            scored = self._gazetteer.scored(item, country_hints=hints, limit=_JOINT_LIST)
            if not scored and item.split()[0].casefold() in _SENTENCE_OPENERS and " " in item:
                item = item.split(" ", 1)[1]
                scored = self._gazetteer.scored(item, country_hints=hints, limit=_JOINT_LIST)
            own = {loc.iso3 for loc, _ in scored if loc.feature == "admin1" and fold(loc.name) == fold(item)}
            held.append(own)
            tops.append(scored[0][0].iso3 if scored and scored[0][0].feature == "admin1" and own else None)
        for country in dict.fromkeys(t for t in tops if t in divisions):
            # every item may be a division there, and most read so first ("New York" and "Georgia" among states)
            if all(country in own for own in held) and 2 * tops.count(country) >= len(items):
                return divisions[country]
        return None

    @staticmethod
    def _list_items(text: str, span: Span) -> list[str]:
        """The other items of the list a name stands in (empty when it stands in none)."""
        items: list[str] = []
        start = span.start
        for _ in range(_LIST_ITEMS):
            before = _MEMBER_BEFORE.search(text, max(0, start - 60), start)
            if before is None:
                break
            items.append(before.group(1))
            start = before.start()
        end = span.end
        for _ in range(_LIST_ITEMS):
            after = _MEMBER_AFTER.match(text, end)
            if after is None:
                break
            items.append(after.group(1))
            end = after.end()
        return items

    def _part_of_owner(self, text: str, span: Span, context: PlaceContext) -> Place | None:
        """A part of a city named with the city's possessive ("Cairo's Abbasiya neighbourhood", "Aleppo's Sheikh
        Maqsoud district") or as its suburb ("the Damascus suburb of Harasta", "the Cairns suburbs of Edmonton"):
        the namesake of the part that lies in that city, else the city itself, as part of it (geo_precision 2),
        never a namesake elsewhere (Al-Abbasiyya, Israel; Edmonton, Alberta)."""
        owner = _SUBURB_OF_BEFORE.search(text, max(0, span.start - 60), span.start)
        if owner is None and _PART_AFTER.match(text, span.end):
            owner = _OWNER_BEFORE.search(text, max(0, span.start - 40), span.start)
        if owner is None:
            return None
        hints = context.hints_for(span.text)
        city = next(iter(self._gazetteer.lookup(owner.group(1), country_hints=hints, limit=1)), None)
        if city is None or city.feature != "city" or city.population < _UNAMBIGUOUS_POPULATION:
            return None  # "Giza's Haram district": a town too small to be named for its parts is left to the rest
        role = _role(text, span)
        scored = self._gazetteer.scored(span.text, country_hints=[city.iso3] if city.iso3 else [], limit=10)
        near = next((loc for loc, _ in scored if distance_km(loc, city) <= _SAME_PLACE_KM), None)
        if near is not None:
            return _place(span, role, near, "", _cue(text, span))
        reason = f"{span.text} is part of {city.name}, named with it: placed at {city.name}"
        return Place(span=span, role=role, location=city, geo_precision=2, where_prec=2, precision_reason=reason)

    def _shorter_spelling(self, span: Span, best: Location) -> bool:
        """Whether the only reading of a name of several words is a town spelt like it in fewer words ("Salinas
        Valley" read as Salineville, "Greer Station" as Gray): the words it lacks are what the name says of the
        place (a valley, a station), so the name is unknown, and placed by the town inside it or by the text. Only
        the name's own capitalised words count: "Baramulla district" is the town's name and a kind word."""
        return (
            best.feature == "city"
            and len(fold(best.name).split()) < sum(1 for word in span.text.split() if word[:1].isupper())
            and not self._gazetteer.known_as(span.text, best)
        )

    def _spelt_like_abroad(self, span: Span, best: Location, hints: Sequence[str]) -> bool:
        """Whether the only reading of a name is a town spelt like it, not named so, outside the article's main
        country ("Kalam in the Swat Valley, Pakistan" is no Kallam, India): a near spelling is how a transliteration
        finds its town in the country the article is about, not a reason to leave it. Such a name is unknown, and
        placed where the text puts it."""
        return (
            bool(hints)
            and best.feature == "city"
            and best.iso3 != hints[0]
            and best.population < _UNAMBIGUOUS_POPULATION
            and not self._gazetteer.known_as(span.text, best)
        )

    def _world_feature(self, span: Span, ranked: Sequence[tuple[Location, float]]) -> Location | None:
        """A continent or an ocean named by one of its own names ("Africa", "the trans-Pacific trade deal") is that
        continent or ocean, not a town that shares the name (Pacific, Washington) or holds it as an old name (Mahdia,
        once "Africa"): hints and neighbours speak for towns of the article's country, not against the world."""
        return next(
            (
                loc
                for loc, _ in ranked
                if loc.iso3 is None and loc.feature in _WORLD_FEATURES and self._gazetteer.known_as(span.text, loc)
            ),
            None,
        )

    def _state_of_law(self, text: str, span: Span, ranked: Sequence[tuple[Location, float]]) -> Location | None:
        """The state a firm is formed under ("a Delaware limited liability company"): the division, not a town."""
        if not _INCORPORATED_AFTER.match(text, span.end):
            return None
        return next((loc for loc, _ in ranked if loc.feature == "admin1" and fold(loc.name) == fold(span.text)), None)

    def _town_list(self, text: str, span: Span) -> bool:
        """Whether a name and the town after its comma are items of a list ("Great Bend, Hutchinson, Kingman",
        "Lovejoy, Jonesboro, Mundy's Mill and North Clayton", "Sulphur Springs, Greenville and as far as Dallas"),
        not a place and the town that locates it ("Pipri, Kaushambi"): a name before it and a comma, or after the
        town another name (not the country or state that ends a chain: "Rabat, Kandahar, Afghanistan") or "and"."""
        if _LIST_BEFORE.search(text, max(0, span.start - 40), span.start):
            return True
        qualifier = _QUALIFIER.match(text, span.end)
        if qualifier is None or text[span.end : span.end + 3].lstrip().startswith("("):
            return False
        after = _LIST_GOES_ON.match(text, qualifier.end())
        if after is None:
            return False
        if after.group(1) is None:
            return True
        wider = next(iter(self._gazetteer.lookup(after.group(1))), None)
        return self._gazetteer.country(after.group(1)) is None and (wider is None or wider.feature != "admin1")

    def _division_of_country_after(
        self, text: str, span: Span, ranked: Sequence[tuple[Location, float]]
    ) -> Location | None:
        """The division of a region's name in the country the text names right after it ("the Sahel region of Burkina
        Faso", "the Far North, Cameroon"): that country's part, not the region across borders."""
        after = _OF_COUNTRY_AFTER.match(text, span.end)
        country = self._gazetteer.country(after.group(1)) if after else None
        if country is None:
            return None
        return next(
            (loc for loc, _ in ranked if loc.iso3 == country.iso3 and loc.feature in ("admin1", "admin2", "region")),
            None,
        )

    def _country_after(self, text: str, end: int) -> str | None:
        """ISO3 of the country named right after a qualifier (", Afghanistan"), if any."""
        after = _COUNTRY_AFTER.match(text, end)
        country = self._gazetteer.country(after.group(1)) if after else None
        return country.iso3 if country is not None else None

    def _article_subject(
        self, text: str, span: Span, best: Location, hints: Sequence[str], context: PlaceContext
    ) -> bool:
        """Whether a city is what the article is about: named by its own name at least ``_SUBJECT_MENTIONS`` times,
        a city (``_UNAMBIGUOUS_POPULATION``), in an article that names no country of its own. Such a city is no
        chance namesake of a word, whatever country a stray name made the article's hint ("Gainesville residents
        march", then Gainesville six times more, beside a surname the gazetteer knows as a French hamlet); a city
        abroad repeated in a report that names its country ("Toyota" pickups in Syria) stays a namesake."""
        if best.feature != "city" or best.population < _UNAMBIGUOUS_POPULATION or fold(best.name) != fold(span.text):
            return False
        if any(self._gazetteer.country(name) is not None for name in context.support.get(hints[0], ())):
            return False
        said = re.compile(rf"(?<![\w'\u2019-]){re.escape(span.text)}(?![\w\u2019-]|'\w\w)", re.IGNORECASE)
        return sum(1 for _ in itertools.islice(said.finditer(text), _SUBJECT_MENTIONS)) >= _SUBJECT_MENTIONS

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


def _wider_before(qualified: Place, span: Span) -> bool:
    """Whether the name a qualifier seemed to qualify is a state or country, wider than the town after it:
    "the University of California, San Diego" names the city, not a place in it called California."""
    location = qualified.location
    return (
        qualified.span != span
        and isinstance(location, Location)
        and location.feature in ("admin1", "country")
        and fold(location.name) == fold(qualified.span.text)
    )  # not a village the text names with its province, placed in the province ("Juye Ghazi, Herat")


def _county_named(text: str, span: Span, county: str) -> bool:
    """Whether the article names, elsewhere than ``span``, the county a candidate lies in ("Paris" and "Henry
    County": Paris, Tennessee, not Paris, France): the county a US town lies in is written out in local news and
    shared by few of its namesakes. A county named like the town itself ("Richmond city") says nothing."""
    if county not in text or len(county.split()) < 2 or county.casefold() == span.text.casefold():
        return False
    if county.casefold().endswith(" city"):
        return False
    return any(
        not (m.start() < span.end and span.start < m.end()) for m in re.finditer(rf"\b{re.escape(county)}\b", text)
    )


def _known_by_name(span: Span, best: Location, scored: Sequence[tuple[Location, float]]) -> bool:
    """A sizeable town or a province named by its own name, with no namesake of any size, is meant wherever the
    article is about ("the Palais des Nations in Geneva" in a report on Brazil, "a break-in in Mississauga", "the
    province of Idlib" where "Russian jets" made Russia the first hint); the caller asks for a locative before it."""
    if best.feature not in ("city", "admin1") or best.population < _UNAMBIGUOUS_POPULATION:
        return False
    if fold(best.name) != fold(span.text):
        return False
    rival = next((s for loc, s in scored if loc is not best and distance_km(loc, best) > _SAME_PLACE_KM), None)
    top = next((s for loc, s in scored if loc is best), None)
    return top is not None and (rival is None or top - rival >= _CLEAR_MARGIN)


def _bearing_the_name(span: Span, ranked: Sequence[tuple[Location, float]]) -> Location | None:
    """In an article that names no country, a town that bears a name today ("Berea", Kentucky; "Canton", Ohio;
    "Batavia", New York) before a famous city that bore it once (Aleppo, Guangzhou, Jakarta): news names those by
    their names of today. A town too small to be meant unhinted (Mecca, California) leaves the city its old name."""
    return next(
        (
            loc
            for loc, _ in ranked
            if loc.feature == "city" and fold(loc.name) == fold(span.text) and loc.population >= _OWN_NAME_POPULATION
        ),
        None,
    )


def _short_alias(name: str, place: Location) -> bool:
    """Whether a division is named by a short form of its name, a postal code or clipped word ("MN", "Minn"), not by
    its name: a form that common and that short is believable abroad only where its country is in view ("Min" among
    Burmese villages is no Minnesota). An abbreviation written with its full stop ("Fla.") is meant as one."""
    if place.feature != "admin1" or name.rstrip().endswith("."):
        return False
    said, full = fold(name).replace(".", "").strip(), fold(place.name)
    if not said or said == full or said in full.split():
        return False
    return len(said) <= 4 or (" " not in said and full.startswith(said))
