"""The place stage: every place mention of an article resolved in context, memoised per article."""

from __future__ import annotations

import re
from collections.abc import Sequence
from difflib import SequenceMatcher

from eventwire.gazetteer.normalize import fold
from eventwire.records import Location, Mention, MentionKind, Missing, Place, PlaceRole, Span
from eventwire.stages.places.context import Geocoder, PlaceContext, Theatre
from eventwire.stages.places.geometry import _same_place, distance_km
from eventwire.stages.places.hints import CountryHints
from eventwire.stages.places.precision import _QUALIFIER_REASON, _context_place
from eventwire.stages.places.qualifiers import Qualifiers
from eventwire.stages.places.resolve import Resolver
from eventwire.stages.places.roles import _role, route_site
from eventwire.stages.places.text import (
    _COMMON_NOUN_AFTER,
    _GENERIC_NAME_WORDS,
    _KIND_WORDS,
    _LEADING,
    _LOCATIVE_BEFORE,
    _SETTLEMENT_OF,
    _place_of_event,
)
from eventwire.stages.places.unknown import PlacedByContext

_IN_BEFORE = re.compile(
    r"\b(?:in|inside|across|into|of|throughout|within)\s+(?:the\s+)?"
    r"(?:(?:far\s+)?(?:north|south|east|west|northwest|northeast|southwest|southeast|central|\w+ern|north-?\w+ern|south-?\w+ern)\s+)?$",
    re.IGNORECASE,
)

_WIDER_BEFORE = re.compile(r"(?:\b(?:[A-Z][\w'\u2019]*|al|el|ar|as|ad|abu|bin|de|del|la|do|da|dos|du) ){1,2}$")
_WIDER_AFTER = re.compile(
    r"(?:[ -](?:[A-Z][\w'\u2019]*|al|el|as|ad|ar|an|ash|at|az|de|del|la|do|da|dos|du)(?![\w'\u2019])){1,3}"
)
"""Words around a mention that may belong to its name: "Ras Al Ain", "Abu Saida", "Buena Vista de la Salud"."""

_UNTAGGED = re.compile(
    r"\b(?:in|near|at|outside|around)\s+(?:the\s+(?:(?:town|village|city|district|area)\s+of\s+)?)?"
    r"((?:[A-Z][a-z][\w'\u2019-]*)(?:[ -](?:al|el|ad|as|ash|ar|an|at|az|bin|de|del|la|[A-Z][\w'\u2019-]*)){0,3})"
)
"""A name after a locative that the language model did not tag ("in Halba", "in Diwaniya city", "near Tychero"):
short notes name small towns it has never seen."""
_COUNTRY_OWNS = re.compile(r"\b([A-Z][\w.]*(?: [A-Z][\w.]*)?)[\u2019']s\s+(?:(?:far\s+)?\w+ern\s+)?$")
_UNIT_GAP = 12
"""Characters at most between a province and the unit of it named with it ("North Kivu province's Rutshuru")."""
_NAMED_NEARBY = re.compile(r"named (?:before|after) it in the text$")
_DIVISION_NEXT = r"\s+(?:province|governorate|region|department|state|oblast)\b"
_KIND_NEXT = re.compile(r"\s+(?:city|town|village|district|governorate|province|neighbou?rhood)\b")
_NOT_PLACES = frozenset(
    "january february march april may june july august september october november december monday tuesday "
    "wednesday thursday friday saturday sunday jan feb mar apr jun jul aug sep sept oct nov dec north south east "
    "west northern southern eastern western central northwestern northeastern southwestern southeastern "
    "northwest northeast southwest southeast upper lower greater the".split()
)
"""First words of a capitalised run that are no place of their own: dates, directions ("in Northern Syria")."""


_CITYS = re.compile(r"\bthe (?:city|town|capital)[\u2019']s\s+$")
_WORD_BEFORE = re.compile(r"\b(?:the|in|at)\s+([A-Z][a-z]+)\s+$")
"""A capitalised word before a name, inside a phrase ("in the Wharf Jeremie area"): part of a name the gazetteer
lacks."""
_PART_KIND_AFTER = re.compile(r"\s+(?:area|neighbou?rhood|district|quarter|slum|section|zone)\b")
"""The kind word that makes "the Wharf Jeremie area" a part of a city ("the Kurdish Kobani" names the town)."""
_DATELINE = re.compile(r"^([A-Z][A-Z'\u2019.]+(?:[ -][A-Z][A-Z'\u2019.]+){0,3}),?\s+(?:[A-Z][a-z]+\.? \d{1,2}\b|\()", re.M)
_PART_KM = 15.0
"""A place this close to the city is its part already (its own name known): nothing to move."""
_FAR_KM = 50.0
"""A namesake this far from the dateline's city is another town, the name a neighbourhood's."""
_PARTICLE_END = re.compile(r"[ -](?:al|el|ad|as|ash|ar|an|at|az|abu|bin|de|del|la)$", re.IGNORECASE)
_NEXT_BEFORE_COMMA = re.compile(r" ([A-Z][a-z][\w'\u2019]*),\s+[A-Z]")
_NEXT_WORD = re.compile(r"[ -][A-Z][\w'\u2019]*")


def _whole_name(text: str, span: Span) -> Span:
    """A mention cut after a particle ("Bab al" of "Bab al Salama") with the word that completes it: looked up
    as cut, "Bab al" finds Al Bab, 40 km away."""
    if span.text.endswith("-"):  # "Deir el-" of "Deir el-Zour"
        rest = re.match(r"[A-Z]?[\w'\u2019]+", text[span.end : span.end + 30])
        return Span.of(text, span.start, span.end + rest.end()) if rest else span
    if not _PARTICLE_END.search(span.text):
        return span
    after = _NEXT_WORD.match(text, span.end)
    return Span.of(text, span.start, after.end()) if after else span


def _named_as(place: Place) -> bool:
    """Whether the gazetteer place bears the name as written (up to transliteration: "Diwaniya" is Al Diwaniyah,
    "Tell Abyad" Tall Abyad), not one the name was only placed near ("Hometown" put at the town named after it)."""
    if not isinstance(place.location, Location):
        return False
    written, known = fold(place.span.text).replace(" ", ""), fold(place.location.name).replace(" ", "")
    # 0.75 (set by hand on FA-KES/ACLED dev misses, not swept): Diwaniya ~ Al Diwaniyah and Tell Abyad ~ Tall Abyad
    # pass; a word put at another town ("Hometown" at Al Qardahah) does not
    return written in known or SequenceMatcher(None, written, known).ratio() >= 0.75


def _is_country(place: Place) -> bool:
    return isinstance(place.location, Location) and place.location.feature == "country"


class PlaceStage(CountryHints, Resolver, Qualifiers, PlacedByContext):
    """Resolves place mentions of an article. Its parts live beside it, one job each: ``CountryHints``
    (hints.py), ``Resolver`` (resolve.py), ``Qualifiers`` (qualifiers.py) and ``PlacedByContext`` (unknown.py);
    this class holds the state they share (the gazetteer, the article's context and memo)."""

    name = "places"

    def __init__(self, gazetteer: Geocoder) -> None:
        self._gazetteer = gazetteer
        self._last_context: tuple[str, PlaceContext] | None = None
        self._region_of: dict[str, str | None] = {}
        self._county_memo = None
        """The counties the current article's towns lie in (``Resolver._county_towns``)."""
        self._areas: dict[str, Location | None] = {}
        self._theatre_of: tuple[str, Theatre | None] | None = None
        """The context of the article being assembled (one article at a time per stage)."""
        self._memo: tuple[str, PlaceContext, tuple[dict, dict]] | None = None
        """Places already resolved in the current article and context: events ask again for the same names."""

    def country_place(self, iso3: str, span: Span, reason: str) -> Place | None:
        """Only the country is known: a site at country precision for an unresolved place name."""
        location = self._gazetteer.country_by_iso3(iso3)
        if location is None:
            return None
        return Place(
            span=span, role=PlaceRole.SITE, location=location, geo_precision=3, where_prec=6, precision_reason=reason
        )

    def read_article(self, text: str, mentions: Sequence[Mention]) -> list[str]:
        """The article's country hints (``country_hints``), and the context that every later call about
        this article resolves in, built from all its mentions: built from the first sentence asked about,
        it missed the country the article names elsewhere ("Sinjar" in a headline, "Iraq" further on)."""
        read = self._hints(text, mentions)
        self._last_context = (text, self.context(text, mentions, read[0], read=read))
        return read[0]

    def places_in(
        self,
        text: str,
        within: Sequence[Span],
        mentions: Sequence[Mention],
        hints: Sequence[str],
        excluded: Sequence[Span],
    ) -> list[Place]:
        """Places named in the given sentences, resolved, in text order (in the context ``read_article`` set)."""
        cached = self._last_context
        if cached is None or cached[0] != text or cached[1].hints != tuple(hints):
            self._last_context = (text, self.context(text, mentions, hints))
        out = []
        for m in mentions:
            if not any(m.span.within(s) for s in within) or not self._is_place(text, m):
                continue
            if any(m.span.within(x) or x.within(m.span) for x in excluded) or not _place_of_event(text, m.span):
                continue
            span = self._cut_before_qualifier(text, self._without_possessive(text, _whole_name(text, m.span)))
            if all(w.casefold() in _GENERIC_NAME_WORDS for w in span.text.split()):
                continue  # "in the Southern City of Daraa": the name follows
            if _COMMON_NOUN_AFTER.match(text, span.end) and not self._gazetteer.is_place_name(span.text):
                continue  # "the Druze town of Majdal Shams": a word that qualifies the town named after it
            place = self.resolve(text, self.widen(text, span), hints)
            place = self._division_as_written_elsewhere(text, place, hints) or place
            place = self._part_of_city(text, place, hints) or place
            if _is_country(place) and not _IN_BEFORE.search(text[max(0, m.span.start - 20) : m.span.start]):
                continue  # "U.S. drone", "Syria's army": a country named as an adjective is not where it happened
            out.append(place)
        for span in self._untagged(text, within, mentions):
            if any(span.within(x) or x.within(span) for x in excluded) or not _place_of_event(text, span):
                continue
            place = self.resolve(text, span, hints)
            if isinstance(place.location, Location) and not _is_country(place) and _named_as(place):
                out.append(place)
        return sorted(out, key=lambda p: p.span.start)

    def _division_as_written_elsewhere(self, text: str, place: Place, hints: Sequence[str]) -> Place | None:
        """A town named like its province ("Colombia's Arauca" in a headline) where the article writes the name
        elsewhere with the division's kind ("Arauca province"): the province, as the article calls it."""
        location = place.location
        if not isinstance(location, Location) or location.feature != "city" or not location.admin1:
            return None
        name = place.span.text
        if fold(location.admin1) != fold(name) or _KIND_NEXT.match(text, place.span.end):
            return None
        owner = _COUNTRY_OWNS.search(text, max(0, place.span.start - 40), place.span.start)
        if owner is None or self._gazetteer.country(owner.group(1)) is None:
            return None  # only "Colombia's Arauca", as headlines shorten a province: "in Kirkuk" is the city
        written = re.search(rf"\b{re.escape(name)}(?={_DIVISION_NEXT})", text)
        if written is None:
            return None
        other = self.resolve(text, Span.of(text, written.start(), written.end()), hints)
        division = other.location
        if not isinstance(division, Location) or division.feature != "admin1" or division.iso3 != location.iso3:
            return None
        reason = f"{name} is the province the article names as {name!r} with its kind elsewhere"
        return other.model_copy(update={"span": place.span, "role": place.role, "precision_reason": reason})

    def _part_of_city(self, text: str, place: Place, hints: Sequence[str]) -> Place | None:
        """A part of the city the article is about, not a namesake elsewhere: "the city's Shevchenkivskyi district"
        is in the city last named before it (else the dateline's), not in Kyiv; "the Wharf Jeremie area" in a
        report from Port-au-Prince is a neighbourhood named like a town, not the town of Jeremie 150 km away."""
        location, span = place.location, place.span
        if not isinstance(location, Location) or location.feature not in ("city", "admin2"):
            return None
        before = text[max(0, span.start - 40) : span.start]
        if _CITYS.search(before):
            city = self._city_named_before(text, span.start, hints) or self._dateline_city(text, hints)
            kind = "the city the text names before it"
        else:
            word = _WORD_BEFORE.search(before)
            if word is None or not _PART_KIND_AFTER.match(text, span.end) or word.group(1).casefold() in _NOT_PLACES | _KIND_WORDS | _LEADING:
                return None
            if self._gazetteer.country(word.group(1)) is not None or self._gazetteer.is_place_name(word.group(1)):
                return None  # "the Syrian Aleppo", "the Gaza Rafah": an adjective or a place of its own
            city, kind = self._dateline_city(text, hints), "the dateline's city"
            if city is not None and distance_km(city, location) <= _FAR_KM:
                return None
            span = Span.of(text, span.start - len(word.group(1)) - 1, span.end)
        if city is None or city.iso3 != location.iso3 or _same_place(city, location):
            return None
        if distance_km(city, location) <= _PART_KM:
            return None
        reason = f"{span.text} is a part of {city.name}, {kind}: placed at {city.name}, named before it in the text"
        return _context_place(span, place.role, city, reason)

    def _city_named_before(self, text: str, end: int, hints: Sequence[str]) -> Location | None:
        """The city last named before a position ("the city of Zaporizhzhia ... the city's district")."""
        cached = self._last_context
        named = sorted(cached[1].named, reverse=True) if cached is not None and cached[0] == text else []
        for a, b in named:
            if b > end or not text[a].isupper():
                continue
            found = self.resolve(text, Span.of(text, a, b), hints).location
            if isinstance(found, Location) and found.feature == "city":
                return found
        return None

    def _dateline_city(self, text: str, hints: Sequence[str]) -> Location | None:
        """The city a wire report was filed from ("PORT-AU-PRINCE, Dec 11 (Outlet) -")."""
        m = _DATELINE.search(text, 0, 400)
        if m is None:
            return None
        found = self.resolve(text, Span.of(text, m.start(1), m.end(1)), hints).location
        return found if isinstance(found, Location) and found.feature == "city" else None

    def _untagged(self, text: str, within: Sequence[Span], mentions: Sequence[Mention]) -> list[Span]:
        """Names after a locative ("in Halba", "near the village of Tychero") that no mention covers and that the
        gazetteer knows (the longest such run of words), or that a kind word follows ("in Diwaniya city")."""
        out = []
        taken = [
            x.span
            for x in mentions
            if x.kind is not MentionKind.NORP or self._gazetteer.country(x.span.text) is not None
        ]  # a town the model took for a people ("in Halba") is still free
        for part in within:
            for m in _UNTAGGED.finditer(text, part.start, part.end):
                start, words = m.start(1), m.group(1).split(" ")
                if words[0].casefold() in _NOT_PLACES:
                    continue
                for n in range(len(words), 0, -1):
                    end = start + len(" ".join(words[:n]))
                    if any(x.start < end and start < x.end for x in taken):
                        continue
                    name = text[start:end]
                    if self._gazetteer.is_place_name(name) or (n == len(words) and _KIND_NEXT.match(text, end)):
                        out.append(Span.of(text, start, end))
                        break
        return out

    def _without_possessive(self, text: str, span: Span) -> Span:
        """A name that starts or ends with a country's possessive written without its apostrophe ("Syrias Hassakeh",
        "Deir el-Zour Syrias state agency", as pages that strip punctuation print them) is the name beside it."""
        words = span.text.split(" ")
        if len(words) < 2:
            return span
        if self._possessive(words[0]):
            return Span.of(text, span.start + len(words[0]) + 1, span.end)
        if self._possessive(words[-1]):
            return Span.of(text, span.start, span.end - len(words[-1]) - 1)
        return span

    def _cut_before_qualifier(self, text: str, span: Span) -> Span:
        """A mention cut one word short of a name that a qualifier follows ("Beni" of "in Beni Hesar, Kabul,
        Afghanistan"; "Malang" of "Malang Karez, Kandahar"): the whole name, which the qualifier then places."""
        after = None if not span.text[-1:].isalpha() else _NEXT_BEFORE_COMMA.match(text, span.end)
        if after is None or after.group(1).casefold() in _NOT_PLACES | _KIND_WORDS:
            return span
        if self._gazetteer.country(after.group(1)) is not None:
            return span  # "Kabul Afghanistan," is the town and its country
        return Span.of(text, span.start, after.end(1))

    def _possessive(self, word: str) -> bool:
        return len(word) > 3 and word.endswith("s") and self._gazetteer.country(word[:-1]) is not None

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

    def iso3_of(self, name: str) -> str | None:
        """ISO3 of a country named by name, alias or demonym ("Syria", "Syrian")."""
        country = self._gazetteer.country(name)
        return country.iso3 if country else None

    def country_of(self, name: str) -> Location | None:
        return self._gazetteer.country(name)

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
                by_context = self._placed_by_context(text, span, context, place.location.reason, toponym)
                place = (
                    self._placed_as_elsewhere(text, span, context)
                    or self._within_paragraph(text, span, context, self._finer_unit(text, span, context, by_context))
                    or place
                )
            placed[key] = place
        return placed[key]

    def _finer_unit(self, text: str, span: Span, context: PlaceContext, place: Place | None) -> Place | None:
        """A name placed in a province named near it, where the text names with that province a smaller unit of it
        ("the town, in North Kivu province's Rutshuru territory"): at that unit, the smallest the text gives."""
        province = place.location if place is not None else None
        if not isinstance(province, Location) or province.feature != "admin1":
            return place
        if not _NAMED_NEARBY.search(place.precision_reason):  # type: ignore[union-attr]
            return place
        named = [Span.of(text, a, b) for a, b in sorted(context.named) if (a, b) != (span.start, span.end)]
        for division in named:
            units = [u for u in named if u != division and _beside(text, division, u)]
            if not units or self._found(text, self.widen(text, division), context).location != province:
                continue  # the text check first: resolving every name named is what costs
            for unit in units:
                words = unit.text.split()
                if len(words) > 1 and words[-1].islower():  # "Rutshuru territory": the town it is named after
                    unit = Span.of(text, unit.start, unit.end - len(words[-1]) - 1)
                town = self._found(text, unit, context).location
                if (
                    isinstance(town, Location)
                    and town.feature in ("city", "admin2")
                    and (town.iso3, town.admin1) == (province.iso3, province.admin1)
                ):
                    why = f"{place.precision_reason.split(': placed at')[0]}: placed at {town.name}, the unit of "  # type: ignore[union-attr]
                    return _context_place(span, place.role, town, why + f"{province.name} the text names with it")  # type: ignore[union-attr]
        return place

    def _within_paragraph(self, text: str, span: Span, context: PlaceContext, place: Place | None) -> Place | None:
        """A name the gazetteer lacks is placed at a name of its own paragraph, not at one two paragraphs on
        ("fired across the frontier in the Kurram district" is not in Kabul, named in a note on relations): else
        only the country is known. A headline sums up the whole article and may be placed from any of it."""
        if place is None or not _NAMED_NEARBY.search(place.precision_reason) or "\n" not in text[: span.start]:
            return place
        start = text.rfind("\n\n", 0, span.start)
        end = text.find("\n\n", span.end)
        end = len(text) if end < 0 else end
        for a, b in context.named:
            if start <= a and b <= end and (a, b) != (span.start, span.end):
                near = self._found(text, self.widen(text, Span.of(text, a, b)), context).location
                if near == place.location:
                    return place
        if not context.hints:
            return None
        country = self.country_place(context.hints[0], span, place.precision_reason.split(": placed at")[0])
        return country.model_copy(update={"role": place.role}) if country is not None else None

    def _placed_as_elsewhere(self, text: str, span: Span, context: PlaceContext) -> Place | None:
        """A name the gazetteer lacks that another mention of the article places by its qualifier ("at Ber in the
        northern Timbuktu region", then "the army's arrival in Ber"), or that an earlier mention of the body places by
        the names around it (where the article introduces it): placed there too, not at the name nearest this one."""
        others = [
            Span.of(text, a, b)
            for a, b in sorted(context.named)
            if (a, b) != (span.start, span.end) and text[a:b] == span.text
        ]
        for other in others:
            found = self._found(text, other, context)
            if isinstance(found.location, Location) and found.location.feature != "country":
                return self._as_elsewhere(text, span, found)
        headline = text.find("\n")
        for other in others:
            if other.start >= span.start:  # only earlier mentions: each is placed before those after it
                break
            if other.end <= headline:
                continue  # a headline gives a name no words around it to be placed by
            placed = self.locate(text, other, context)
            if isinstance(placed.location, Location) and placed.location.feature != "country":
                return self._as_elsewhere(text, span, placed)
        return None

    @staticmethod
    def _as_elsewhere(text: str, span: Span, other: Place) -> Place:
        reason = f"{span.text} is placed as its other mention: {other.precision_reason}"
        return other.model_copy(update={"span": span, "role": _role(text, span), "precision_reason": reason})

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


def _beside(text: str, division: Span, unit: Span) -> bool:
    """Two names told together ("North Kivu province's Rutshuru territory"): close, in one sentence."""
    gap = text[min(division.end, unit.end) : max(division.start, unit.start)]
    return len(gap) <= _UNIT_GAP and not any(c in gap for c in ".;\n")
