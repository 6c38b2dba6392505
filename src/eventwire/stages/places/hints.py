"""Which countries and divisions an article is about: country hints and the ``PlaceContext`` built once per article."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from eventwire.records import Location, Mention, MentionKind
from eventwire.stages.places.context import (
    Anchor,
    Geocoder,
    PlaceContext,
    Theatre,
    _coherent,
    _theatre,
    _voted_division,
)
from eventwire.stages.places.geometry import _AREAS, distance_km
from eventwire.stages.places.text import _COMPOUND_AFTER, _REGION_AFTER, _bare_direction, _is_dateline, _same
from eventwire.stages.places.thresholds import (
    _CLEAR_MARGIN,
    _CONTEXT_CANDIDATES,
    _JOINT_CANDIDATES,
    _SAME_PLACE_KM,
    _UNAMBIGUOUS_POPULATION,
)

_CURRENCY_AFTER = re.compile(
    r"\s+(?:dollars?|pounds?|lira|liras|rials?|riyals?|dinars?|dirhams?|euros?|rupees?|naira|shillings?|francs?|"
    r"pesos?|bolivars?|hryvnias?|rubles?|roubles?|kwacha|cedis?|birr|yuan|exchange rate)\b",
    re.IGNORECASE,
)
_FORCES_AFTER = re.compile(
    r"(?:[’']s)?\s+(?:[\w-]+\s+){0,2}?(?:military|army|armed forces|forces|troops|soldiers|navy|air force|"
    r"warplanes?|jets?|aircraft|drones?|strikes?|air ?strikes?|bombs?|missiles?|rockets?|shells?|shelling|"
    r"artillery|mortars?|munitions?|tanks?|helicopters?|warships?|bombardment)\b",
    re.IGNORECASE,
)
"""A demonym or country that names an attacker ("a Russian loitering munition hit Kherson", "Israeli strikes"):
where the forces come from, not where the event is; it weighs like an actor's country."""
_MODIFIER_AFTER = re.compile(
    r"^[-\u2010\u2011](?:flagged|registered|chartered|operated|made|built|manufactured|supplied|designed|produced|"
    r"brokered|mediated|imposed|occupied|controlled|held|annexed)\b",
    re.IGNORECASE,
)
"""A country or demonym joined by a hyphen to one of these words says where a thing is registered or made, or who
holds a place ("a Liberian-flagged tanker off Hodeidah", "a Russian-made drone", "Russian-occupied Kherson"), not
where the event is; "a Palestinian-owned greenhouse" near Bethlehem is where its owners live, and stays a hint."""
_ELSEWHERE_AFTER = re.compile(
    r"(?:[\u2019']s)?\s+(?:(?:border|borders|frontier)(?!\s+(?:towns?|city|cities|villages?|areas?|regions?|provinces?|"
    r"districts?|governorates?|crossings?|posts?)\b)|embass(?:y|ies)|consulates?|ambassadors?|envoys?|diplomats?|"
    r"nationals?|citizens?|tourists?|expatriates?|flag)\b",
    re.IGNORECASE,
)
"""A demonym or country before these names another country than the event's: "near the Chinese border" (Laukkaing,
Myanmar), "a Chinese national was kidnapped in Kaduna", "the Turkish embassy in Mogadishu". It weighs like an
actor's country: a hint only when nothing else in the article speaks. "The Syrian border town of Kobani" is in Syria."""
_BORDER_WITH_BEFORE = re.compile(r"\b(?:border|borders|frontier)\s+with\s+(?:neighbou?ring\s+)?$", re.IGNORECASE)
"""The country after "the border with" is the other side ("an island in Lake Chad near the border with Nigeria"):
it weighs like an actor's country, as "near the Chinese border" does."""
_TOWNSHIP_AFTER = re.compile(
    r"^\s+(?:township|district|sub-?district|LGA|local government|municipality|commune|tehsil|county|upazila|"
    r"raion|rayon|department)\b",
    re.IGNORECASE,
)
"""A name followed by one of these is a division ("Kani township"): the population of a town of that name
elsewhere (Kani, Japan) says nothing about the article's country."""


class CountryHints:
    """The ``PlaceStage`` part that reads an article's countries, divisions and anchors (``context``)."""

    _gazetteer: Geocoder
    _theatre_of: tuple[str, Theatre | None] | None

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
                if country is not None and _COMPOUND_AFTER.match(text[m.span.end : m.span.end + 20]):
                    continue  # "the UK-based monitor", "US-led strikes" in a report on Syria
                if country is not None and _MODIFIER_AFTER.match(text[m.span.end : m.span.end + 20]):
                    continue  # "a Liberian-flagged tanker off Hodeidah" says nothing of Liberia
                if (
                    country is not None
                    and country.iso3
                    and (
                        _FORCES_AFTER.match(text, m.span.end)
                        or _ELSEWHERE_AFTER.match(text, m.span.end)
                        or _BORDER_WITH_BEFORE.search(text, max(0, m.span.start - 30), m.span.start)
                    )
                ):
                    actors[country.iso3] += 1
                    continue
                if country is not None and country.iso3:
                    named[country.iso3] += 1
                    support.setdefault(country.iso3, set()).add(_same(m.span.text))
                    continue
            if not m.span.text[:1].isupper() or _is_dateline(text, m.span):
                continue  # "the capital", "the north": words a corpus marks as places point to no country; nor does
                # where a report was filed ("MOSCOW (Sputnik) -")
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
        first_choice: Counter[str] = Counter()  # each place's best candidate: weaker than all above
        for name in dict.fromkeys(others):
            candidates = self._gazetteer.lookup(name, country_hints=hints, limit=_JOINT_CANDIDATES)
            if candidates and candidates[0].feature == "city" and _bare_direction(name):
                continue  # "the West" read as West, Texas: no country's hint ("the North" of Lebanon is a division)
            iso3s = list(dict.fromkeys(c.iso3 for c in candidates if c.iso3))  # candidate order: ties break alike
            shared.update(iso3s)
            best = next(iter(candidates), None)
            if best is not None and best.iso3 and name not in townships and self._gazetteer.is_place_name(name):
                first_choice[best.iso3] += 1
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
        if not hints:  # the weakest, only when nothing else speaks: the places' own first choices ("a Russian
            # drone hit Kherson": Ukraine), else the countries forces come from ("Turkish forces" near a village)
            hints = [iso3 for iso3, _ in (first_choice or actors).most_common()]
        return hints, {iso3: frozenset(names) for iso3, names in support.items()}

    def context(
        self,
        text: str,
        mentions: Sequence[Mention],
        hints: Sequence[str] | None = None,
        *,
        read: tuple[list[str], dict[str, frozenset[str]]] | None = None,
    ) -> PlaceContext:
        """What the article says about where it is: country hints (``country_hints``), then the
        first-level divisions it names ("Minnesota", "Homs province") and the places it names
        that need no context (a division, a city far better known than any namesake)."""
        found, support = read or self._hints(text, mentions)  # ``read``: what ``_hints`` gave for these mentions
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
            if best.feature == "city" and _bare_direction(name):
                continue  # "the West" points to no town, and so to no division or neighbour
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
        voted = _voted_division(found_for, settled)
        coherent = _coherent(found_for, settled, voted[0] if voted else None)
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

    def _theatre(self, text: str) -> Theatre | None:
        """``_theatre``, once per article (hints and context both ask)."""
        if self._theatre_of is None or self._theatre_of[0] is not text:
            self._theatre_of = (text, _theatre(text))
        return self._theatre_of[1]
