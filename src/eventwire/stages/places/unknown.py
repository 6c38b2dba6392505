"""Names the gazetteer lacks (a street, a building, a hamlet), placed where the text puts them: at the town
in the name, at the place named nearest, in the war zone or in the article's country, at a coarser precision."""

from __future__ import annotations

import re

from eventwire.gazetteer.gazetteer import SEAT_WORDS
from eventwire.gazetteer.normalize import fold
from eventwire.records import Location, Place, PlaceRole, Span
from eventwire.stages.places.context import Geocoder, PlaceContext, Theatre
from eventwire.stages.places.geometry import _ANYWHERE, _AREAS, _inside
from eventwire.stages.places.precision import _KNOWN_ABROAD, _QUALIFIER_REASON, _context_place
from eventwire.stages.places.roles import _role
from eventwire.stages.places.text import _NAME, _QUALIFIER, _STREET_WORDS, _said_to_be_a_place, _same
from eventwire.stages.places.thresholds import _CONTEXT_TRIES, _INNER_POPULATION, _UNAMBIGUOUS_POPULATION

_WORD = re.compile(r"[^\s,;()]+")

_LOCATED_IN = re.compile(r"\s+(?:in|at)\s+(?:downtown\s+|central\s+)?")
"""The words between a name and the town that locates it: "the Palais des Nations in Geneva"."""
_OWN_ABROAD = frozenset({"city", "admin1"})
"""Kinds of place a name known only abroad may be taken as, for lack of anything in the article's country."""

_PART_WORDS = (
    r"(?:neighbou?rhood|district|suburb|quarter|slum|shantytown|area|part|section|township|commune|borough|"
    r"outskirts|sector|enclave)"
)
_PART_OF_CAPITAL = re.compile(
    rf",?\s+(?:(?:a|an|the|one)\s+)?(?:[\w-]+\s+){{0,3}}?{_PART_WORDS}\s+(?:of|in|on\s+the\s+\w+\s+of)\s+"
    rf"(?:({_NAME})[\u2019']s\s+capital\b|the\s+(?:(?:country|nation)[\u2019']s\s+|national\s+)?capital\b(?!\s+of\b))"
)
"""An unknown name told as a part of a capital: "Solino, a hillside neighbourhood of Haiti's capital", "X, a district
of the capital": in that country's capital (the article's main country for "the capital"; never "the provincial
capital")."""
_WITHIN_AREA = re.compile(
    rf",?\s+(?:in|within|near)\s+the\s+({_NAME})\s+(?:area|district|locality|sub-?district|county|countryside|"
    r"locality|municipality|township|region)\b"
)
"""A smaller unit named right after an unknown place: "the village of Wad al-Nourah in the Managil area of Gezira
state" is at Managil, the smallest unit the text gives, not at the province's seat."""

_GENERIC_HEADS = frozenset(
    "north south east west northern southern eastern western central new old saint st. san santa mount mt. "
    "lake fort port great upper lower greater little the".split()
)
"""First words of a longer name that are no place on their own: "South Kilburn Estate" is not "South"."""


class PlacedByContext:
    """The ``PlaceStage`` part that places names the gazetteer lacks."""

    _gazetteer: Geocoder
    _areas: dict[str, Location | None]

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
        # a qualifier right after the name outranks a wider place inside it: "Tennessee Colony, Texas" is in Texas
        named_after = (
            self._qualifier(text, span, context.hints_for(span.text)) if _QUALIFIER.match(text, span.end) else None
        )
        for n in range(0 if street or known else len(words) - 1, 0, -1):  # "Mill Road" is not in Mill
            head = Span.of(text, span.start, span.start + words[n - 1].end())
            if n == 1 and (len(head.text) < 4 or head.text.casefold() in _GENERIC_HEADS):
                continue
            inner = self._found(text, head, context)
            if (
                isinstance(inner.location, Location)
                and self._supported(inner.location, context, head.text)
                and (
                    inner.location.feature in _AREAS
                    or fold(inner.location.name) == fold(head.text)
                    or (
                        fold(inner.location.name).startswith(fold(head.text) + " ")
                        and self._gazetteer.known_as(head.text, inner.location)
                        and inner.location.population >= _UNAMBIGUOUS_POPULATION
                    )  # "New York" Auto Show: New York City, listed with its kind word
                )
                and not (
                    named_after is not None
                    and named_after.feature in ("admin1", "country")
                    and not _inside(inner.location, named_after)
                )
            ):  # the town is named as such ("Harare"), not by a part of another's name ("Joao" Monlevade)
                return _context_place(
                    span, role, inner.location, f"{why}: placed at {inner.location.name}, named in it"
                )
        told = self._told_within(text, span, context, role, why)
        if told is not None:
            return told
        if not toponym and not _said_to_be_a_place(text, span):
            return None  # "Yulia said", "Bibles": the language model's guess alone is no place to pin
        # only a qualifier right after the name (", Est," "(Est)"; "in Hama province" is read as the nearest name
        # below); an unknown district ("X district, Samangan") is a division itself, read with its qualifier chain
        district = bool(words) and words[-1].group(0).casefold() in SEAT_WORDS
        qualified = not district and _QUALIFIER.match(text, span.end) is not None
        within = self._qualifier(text, span, context.hints_for(span.text)) if qualified else None
        if within is not None and within.feature == "admin1" and (not context.hints or within.iso3 in context.hints):
            # "in Bougui, Est, Burkina Faso": the division the text names for it (not always a place mention of its
            # own: "Est", "Northern"), at its seat when a town bears its name, as ``_qualified_place`` does
            seat = next(
                (
                    loc
                    for loc in self._gazetteer.lookup(within.name, country_hints=[within.iso3], limit=5)
                    if loc.feature == "city" and loc.iso3 == within.iso3 and loc.admin1 == within.admin1
                ),
                within,
            )
            reason = f"{why}: placed at {seat.name}, in {within.admin1}{_QUALIFIER_REASON}"
            return Place(
                span=span,
                role=role,
                location=seat,
                geo_precision=2,
                where_prec=4 if seat.feature == "admin1" else 3,
                precision_reason=reason,
            )
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
            if end <= span.start or not _LOCATED_IN.fullmatch(text, span.end, start):
                abroad = abroad or place  # the article's main country first: a city named in passing abroad says less
                continue
            if location.feature == "city":  # "the Palais des Nations in Geneva" in a report on Brazil: the text says
                return place  # where the name is, whatever the article is about
            abroad = abroad or place
        if known:  # a name known abroad is not put in the article's country: "Jordan" may be Jordan, Minnesota
            return self._known_abroad(span, role, context, why) or abroad
        if abroad is not None or not context.hints:
            return abroad
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

    def _told_within(self, text: str, span: Span, context: PlaceContext, role: PlaceRole, why: str) -> Place | None:
        """An unknown name the text tells as part of a capital ("a neighbourhood of Haiti's capital") or within a
        smaller unit right after it ("in the Managil area of ... Gezira state"): placed there, the smallest unit
        the text gives, before any name merely nearest to it."""
        capital = _PART_OF_CAPITAL.match(text, span.end)
        if capital is not None:
            owner = self._gazetteer.country(capital.group(1)) if capital.group(1) else None
            iso3 = owner.iso3 if owner is not None else (context.hints[0] if context.hints else None)
            if capital.group(1) and owner is None:
                iso3 = None  # "a district of Kunar's capital": a province's seat, not the nation's
            city = self._gazetteer.capital_of(iso3) if iso3 else None
            if city is not None:
                return _context_place(span, role, city, f"{why}: placed at {city.name}, the capital it is part of")
        area = _WITHIN_AREA.match(text, span.end)
        if area is None or self._gazetteer.country(area.group(1)) is not None:
            return None
        unit = self._found(text, Span.of(text, area.start(1), area.end(1)), context).location
        if not isinstance(unit, Location) or unit.feature not in ("city", "admin2", "admin1"):
            return None
        if context.hints and unit.iso3 not in context.hints:
            return None
        return _context_place(span, role, unit, f"{why}: placed at {unit.name}, the unit the text places it in")

    def _known_abroad(self, span: Span, role: PlaceRole, context: PlaceContext, why: str) -> Place | None:
        """A name the gazetteer knows only abroad, that nothing in the article's main country places: the town of
        that very name when it is a town of some size ("Cannes", "Bundibugyo", "Shakopee"), rather than a place named
        near it in yet another country (Cannes is not Venice, California, named before it). A village, or a town
        known by another name ("Sears" for Soars), says less than the text around it: None."""
        own = next(iter(self._gazetteer.scored(span.text, country_hints=context.hints_for(span.text), limit=1)), None)
        if own is None:
            return None
        town = own[0]
        if fold(town.name) != fold(span.text) or town.feature not in _OWN_ABROAD or town.population < _INNER_POPULATION:
            return None
        reason = f"{why}: placed at {town.name}, the place of that name"
        return Place(span=span, role=role, location=town, geo_precision=1, where_prec=2, precision_reason=reason)

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

    def _supported(self, location: Location, context: PlaceContext, name: str) -> bool:
        """A place named inside a longer name counts when it could not be a chance namesake: an area,
        a sizeable town, or a town in the article's main country; never a town outside the article's countries
        ("Beni Hesar, Kabul" is not in Beni, Congo)."""
        hints = context.hints_for(name)  # a country only the inner name itself points to does not count
        if location.feature == "city" and hints and location.iso3 and location.iso3 not in hints:
            return False
        if location.feature != "city" or location.population >= _INNER_POPULATION:
            return True
        return bool(context.hints) and location.iso3 == context.hints[0]
