"""Qualifiers: a division or country named with a place ("Pisky, Donetsk", "Abs (Abs, Hajjah)", "Gwoza in
Borno State") says where the place is looked for."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from eventwire.records import Location, Place, Span
from eventwire.stages.places.context import Geocoder, PlaceContext
from eventwire.stages.places.geometry import _AREAS, _inside, _same_place
from eventwire.stages.places.precision import _place
from eventwire.stages.places.roles import _cue, _role
from eventwire.stages.places.text import _KIND, _LEADING, _NAME, _QUALIFIER
from eventwire.stages.places.thresholds import _CONTEXT_CANDIDATES, _UNAMBIGUOUS_POPULATION

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
_IN_DIVISION = re.compile(
    rf"(?:{_KIND}|\s+(?:canton|parish|prefecture|sub-?prefecture))\s+(?:in|of)\s+(?:the\s+)?(?:[A-Z][\w.-]*[’']s\s+)?"
    rf"(?:[a-z][\w-]*\s+){{0,2}}({_NAME})\s+(?i:province|governorate|state|region|oblast)\b"
)
"""A division named after a place: "Hadar in Quneitra province", "Oktyabrsky in Russia's Belgorod region",
"Selydove in Ukraine's eastern Donetsk region", "the Santa Ana canton of Ecuador's coastal Manabi province"."""
_LIST_AFTER = re.compile(r"^\s*(?:,\s*([A-Z][\w'\u2019.-]*(?: [A-Z][\w'\u2019.-]*){0,2})|and\s+[A-Z]|or\s+[A-Z])")
"""A qualifier that goes on with another name ("Aleppo, Homs, Hama"): a list, unless that name is the
country ("Shapesh, Herat, Afghanistan")."""
_CHAIN_BEFORE = re.compile(
    rf"({_NAME})\s+(?:village|town|area|sub-?district|district|locality|neighbou?rhood|camp)\s*,\s*$"
)
"""A place with its kind word before the qualified name: "Puli Moemin area, Dashti Archi district, Kunduz":
each name wider than the one before, not a list."""


class Qualifiers:
    """The ``PlaceStage`` part that reads qualifiers."""

    _gazetteer: Geocoder

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
        named, kind = _qualified_names(text, span, lambda name: self._gazetteer.country(name) is not None)
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


def _qualified_names(
    text: str, span: Span, is_country: Callable[[str], bool] = lambda name: False
) -> tuple[list[Span], str]:
    """The names a qualifier at ``span`` qualifies, in text order (town, then district), and how:
    "paren" ("Al Jarr (Abs, Hajjah)"), "comma" ("Pisky, Donetsk"; "Puli Moemin area, Dashti Archi district,
    Kunduz"), "in" ("Gwoza in Borno State"); none when the qualifier ends or continues a list ("Homs, Hama
    and Idlib"). A country after the qualifier ends the chain, it starts no list ("Shapesh, Herat, Afghanistan")."""
    start = max(0, span.start - 120)
    window = text[start : span.start]
    m = _QUALIFIED_PAREN.search(window) if "(" in window else None  # most windows hold no bracket: no search
    kind = "paren" if m is not None and (m.group(1) or m.group(2)) else ""
    chain = None
    if not kind:
        m = _QUALIFIED_COMMA.search(window)
        kind = "comma"
        after = _LIST_AFTER.match(text[span.end :])
        listed = after is not None and not (after.group(1) and is_country(after.group(1)))
        before = window[: m.start(1)] if m is not None else ""
        chain = _CHAIN_BEFORE.search(before) if before.rstrip().endswith(",") else None
        if m is None or (before.rstrip().endswith(",") and chain is None) or listed:
            division = _DIVISION_AFTER.match(text[span.end : span.end + 30]) or _DIVISION_AFTER.match(
                " " + span.text.split()[-1]
            )
            m = _QUALIFIED_IN.search(window) if division else None
            kind, chain = "in", None
    if m is None:
        return [], ""
    out = []
    groups = [(start + chain.start(1), start + chain.end(1))] if chain is not None else []
    groups += [(start + m.start(g), start + m.end(g)) for g in range(1, m.re.groups + 1) if m.group(g) is not None]
    for a, b in groups:
        words = text[a:b].split(" ")
        while words and words[0].casefold() in _LEADING:
            a += len(words.pop(0)) + 1
        if words and a < b:
            out.append(Span.of(text, a, b))
    return out, kind
