"""Filling an event from its sentences: places, actors, date, claims and the fatality figure.

Every value is taken from the event's own sentences first and from the rest of the article only
as a fallback, with the reason written down (a date from the next paragraph, a site named
elsewhere, a site known only to its country).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from eventwire.gazetteer.gazetteer import DIVISION_WORDS
from eventwire.lexicon import EventTerms, SubEventType, WordsPattern
from eventwire.records import (
    Actor,
    ActorRole,
    Analysis,
    Claim,
    Claimant,
    ClaimantType,
    Event,
    EventType,
    Fatalities,
    Location,
    Materiel,
    Mention,
    MentionKind,
    Missing,
    Place,
    PlaceRole,
    Quantity,
    QuantityKind,
    Span,
    TimeSpan,
)
from eventwire.stages import dates, fatalities, quantities
from eventwire.stages.actors import ActorMention, ActorStage
from eventwire.stages.claims import Attribution
from eventwire.stages.mentions import MentionIndex
from eventwire.stages.places import PlaceStage, route_site
from eventwire.stages.readings import EventGroup, SentenceReading, event_time, group_type, head_indices, speech_time

_OUTSIDE_HEAD = 1_000_000  # prominence offset: any event of the title or lead ranks before every other
_SECONDARY = 1_000  # prominence offset within the head: background and harmless weapon finds come after
_FINER_SENTENCES = 2  # sentences after an event placed only in a country that may name its town
_RECENT_DAYS = 7  # a date found outside the event's sentences is trusted only this close to publication
_OF_STATE = re.compile(r"(?:\s+(?:forces|troops|personnel|units))?\s+of\s+(?:the\s+)?", re.IGNORECASE)
_MILITARY_AFTER = re.compile(
    r"(?:[’']s)?\s+(?:-led\s+)?(?:military|army|armed forces|forces|troops|soldiers|navy|air force|warplanes?|jets?|fighter jets?|aircraft|"
    r"(?:(?:guided|glide|cruise|ballistic|aerial|hypersonic|kamikaze|attack|suicide|precision[- ]guided|FPV|"
    r"(?:Shahed|Lancet|Geran|Iskander|Kalibr|Kinzhal)(?:-\d+)?)\s+)?"
    r"(?:drones?|drone strikes?|air ?strikes?|strikes?|bombs?|missiles?|rockets?|shells?|mortars?|"
    r"mortar (?:shells|rounds|fire)|loitering munitions?)|"
    r"artillery|shelling|bombing|bombardment|tanks?|helicopters?|warships?|gunboats?|special forces|police|gendarmes|"
    r"gendarmerie|security forces|border guards?|border police|coast ?guards?|riot police|commandos|paratroopers|"
    r"marines|naval forces|intelligence (?:officers|agents|services?))\b",
    re.IGNORECASE,
)
_ATTRIBUTIVE_AFTER = re.compile(
    r"\s+(?!(?:and|or|but|in|on|at|of|to|from|for|with|by|as|near|after|before|since|while|during|where|which|"
    r"that|who|is|are|was|were|has|have|had|said|says|left|saw|hit|last|this|next|early|late|earlier|yesterday|"
    r"today|tonight|overnight|itself|alone|again|too|also|so|than|then|when|amid|over|under|against|between)\b)"
    r"[a-z]+(?<!ed)\b"
)
"""A country named as a modifier ("of the U.S. campaign", "the U.S. air strikes"): whose campaign, not where."""
_MODIFIER_AFTER = re.compile(
    r"(?:-(?:flagged|registered|owned|operated|based|led|backed|made|built|bound)\b|\s+(?:border|frontier)\b)",
    re.IGNORECASE,
)
"""A country named only by "a Liberian-flagged vessel" or "near the Chinese border": the event lies elsewhere
(a place near X's border is outside X unless the text says so)."""
_ROAD_AFTER = re.compile(r"\s+(?:highway|road|motorway|expressway|route|roadway)\b", re.IGNORECASE)
_TWO_ENDS = re.compile(r"^([A-Z][\w'’. ]*?)\s*[-\u2013\u2014]\s*([A-Z][\w'’. ]*)$")
"""A road named by its two ends ("the Lashkar Gah-Kandahar highway")."""
_ATTACKS_AFTER = re.compile(
    r"\s+(?:has\s+|have\s+|had\s+)?(?:fired|launched|struck|shelled|bombed|attacked|pounded|targeted|hit)\b"
)
"""A country named as the subject of an attack ("Russia fired more than 120 missiles"): its forces act."""
# "a rocket fired from Lebanon hit", "a day after Russia launched": a place, or the subject of another clause
_PLACE_BEFORE = re.compile(
    r"\b(?:from|in|into|inside|across|over|at|near|toward|towards|against|on|after|before|since|while|when|as|until)"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_RELATIVE = re.compile(r"\b(?:in|during|after) which\b", re.IGNORECASE)
_CAPITALISED = re.compile(r"\b[A-Z][a-z]+(?:-[A-Z][a-z]+)?\b")
_OWN_ACTION = re.compile(
    r"[^.;]{0,40}?\b(?:said|says|claimed|claims|announced|reported|stated)\s+(?:on \w+\s+)?(?:that\s+)?(?:it|they|its|their|we|our)\b",
    re.IGNORECASE,
)
_PASSIVE = re.compile(r"\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_RESPONSIBILITY = WordsPattern(re.compile(
    r"claimed responsibility|\bblam(?:ed|ing)\b|\baccused\b|claimed (?:the|the latest) (?:attack|bombing|assault|strike)|"
    r"(?:said|says|claimed)(?: [\w-]+){0,4}? (?:that )?(?:it|they) (?:was|were) behind|"
    r"\battribut(?:ed|ing) (?:the|this|these|both) (?:\w+ )?(?:attacks?|incidents?|bombings?|killings?|assault|blast|explosion)s? to|"
    r"(?:its|their) (?:fighters|men|militants|members) (?:had )?carried out|said it (?:had )?carried out|took responsibility|"
    # "JNIM said in a claim of responsibility that its fighters had killed 70 soldiers"
    r"\bin (?:a|an|its) (?:\w+ )?(?:claim|statement claiming|message claiming) (?:of|for) responsibility|"
    r"(?:said|says|claimed) (?:\w+ ){0,3}(?:that )?(?:its|their) (?:fighters|men|militants|members) (?:had )?"
    r"(?:killed|attacked|ambushed|stormed|overran|seized)\b|"
    # "claimed the firing of three rockets", "the device was likely planted by ISGS", "suspicion falls on al Shabaab"
    r"claimed (?:the )?(?:firing|launch|launching|shelling|killing|kidnapping|abduction|downing)|"
    r"\b(?:was|were) (?:likely|probably|believed to have been|suspected to have been) (?:planted|carried out|fired|laid) by|"
    r"\bsuspicion (?:falls|fell|has fallen) on|"
    # "said the attackers belonged to the Viv Ansanm alliance": the unnamed doers identified
    r"\b(?:attackers|assailants|gunmen|militants|kidnappers|abductors|raiders) (?:belonged to|(?:were|are) (?:members|"
    r"fighters|part) of|(?:were|have been) identified as)",
    re.IGNORECASE,
))
# Crowd events, and the dead a crowd names as its grievance ("protested against the killing of three students"):
# counts told as a killing noun inside the grievance's words are another event's toll.
_CROWD_EVENTS = frozenset({"Protests", "Riots"})
_KILLING_NOUN = re.compile(
    r"(?:the\s+)?(?:killings?|deaths?|murders?|shootings?|assassinations?|lynchings?)\s+of\b", re.IGNORECASE
)
_HOWEVER = re.compile(r"\b(?:however|but)\b", re.IGNORECASE)
_DENIED = re.compile(
    r"\b(?:no|not|nobody|none|no one|yet to|never)\b(?:\s+(?:group|one|other|party|has|have|had|immediately))*\s*$",
    re.IGNORECASE,
)
# words every _RESPONSIBILITY match contains: one search of the article spares a search per sentence per event
_RESPONSIBILITY_WORDS = WordsPattern(re.compile(
    r"claimed|blam|accus|carried out|responsibility|behind|attribut|planted by|fired by|laid by|suspicion|its fighters|"
    r"their fighters|its men|their men|its militants|their militants|its members|their members|"
    r"belonged|members of|fighters of|part of|identified as",
    re.IGNORECASE,
))


# attacks that someone carried out even when the report does not say who (not air strikes, which only
# states fly, nor shelling, which the report usually attributes elsewhere)
_UNNAMED_PERPETRATOR = frozenset(
    {
        "Attack",
        "Armed clash",
        "Remote explosive/landmine/IED",
        "Suicide bomb",
        "Grenade",
        "Abduction/forced disappearance",
        "Sexual violence",
    }
)


class EventBuilder:
    """Fills one event from its group of sentences: places, actors, date, claims, fatalities."""

    def __init__(
        self,
        terms: EventTerms,
        actors: ActorStage,
        places: PlaceStage,
        analysis: Analysis,
        index: MentionIndex,
        sentences: list[SentenceReading],
        hints: list[str],
        excluded: list[Span],
    ) -> None:
        self.terms = terms
        self.actor_stage = actors
        self.place_stage = places
        self.analysis = analysis
        self.index = index
        self.text = analysis.article.text
        self.sentences = sentences
        self.hints = hints
        self.excluded = excluded
        self.heads = head_indices(analysis)
        # the same for every event of the article: computed on first use
        self._claimed_by: list[ActorMention] | None = None
        self._named_places: list[Place] | None = None

    def event(self, group: EventGroup) -> Event:
        missing: dict[str, str] = {}
        spans = [self.sentences[i].span for i in group.sentences]
        sub_type, trigger = group_type(group)
        places = self._places(spans, missing)
        country = _event_country(places)
        date = self._date(group, missing)
        day = date.start if isinstance(date, TimeSpan) else self.analysis.article.published
        actors = self._actors(group, spans, _actors_country(places) or country, missing, day)
        if country is None:
            country = next((a.country for a in actors if a.inter == 1 and a.country), None)
        claims = [_with_party(c, actors, self.actor_stage) for c in self._claims(group)]
        if sub_type.event_type in _CROWD_EVENTS:
            claims = [self._without_grievance(c) for c in claims]
        figures = [
            (c.id, self._sentence_of(q.span), q) for c in claims if c.polarity == "asserts" for q in c.quantities
        ]
        shares = {
            i: n
            for i in group.sentences
            if (n := quantities.events_covered(self.text, self.sentences[i].span.start, self.sentences[i].span.end))
        }
        fat = fatalities.assess(figures, shares=shares)
        if fat is None:
            missing["fatalities"] = "no count of the dead was reported"
        event = Event(
            id="pending",
            type=EventType(
                disorder_type=sub_type.disorder,
                event_type=sub_type.event_type,
                sub_event_type=sub_type.name,
                plover_type=sub_type.plover_type,
                plover_mode=sub_type.plover_mode,
                trigger=trigger,
            ),
            actors=tuple(actors),
            places=tuple(places),
            date=date,
            quantities=tuple(q for c in claims for q in c.quantities),
            materiel=_unique_materiel(c.materiel for c in claims),
            fatalities=fat if fat is not None else Missing(reason=missing["fatalities"]),
            claims=tuple(claims),
            civilian_targeting=any(a.role is ActorRole.ACTOR2 and a.inter == 7 for a in actors),
            evidence=tuple(spans),
            confidence=self._confidence(group, actors, date),
            prominence=self._prominence(group, sub_type, fat),
            missing=missing,
        )
        return fatalities.with_injured(event, self.text)

    def _without_grievance(self, claim: Claim) -> Claim:
        """A protest or riot "against the killing of three students" does not kill them: the dead it names
        as its grievance are another event's, so they leave the crowd event's counts."""
        grievances = [
            m.span()
            for s in {self._sentence_of(q.span) for q in claim.quantities if q.kind is QuantityKind.KILLED}
            if s >= 0
            for m in self.terms.context["grievance"].finditer(
                self.text, self.sentences[s].span.start, self.sentences[s].span.end
            )
        ]
        kept = tuple(
            q
            for q in claim.quantities
            if not (
                q.kind is QuantityKind.KILLED
                and _KILLING_NOUN.match(q.span.text)
                and any(lo <= q.span.start and q.span.end <= hi for lo, hi in grievances)
            )
        )
        return claim if len(kept) == len(claim.quantities) else claim.model_copy(update={"quantities": kept})

    def _sentence_of(self, span: Span) -> int:
        return next((s.index for s in self.sentences if s.span.start <= span.start < s.span.end), -1)

    # -- places -------------------------------------------------------------------------------
    def _places(self, spans: list[Span], missing: dict[str, str]) -> list[Place]:
        inside = [m for span in spans for m in self.index.within(span)]
        found = [
            p
            for p in self.place_stage.places_in(self.text, spans, inside, self.hints, self.excluded)
            if not self._attributive_country(p)
        ]
        found = [self._named_route(p) or p for p in found]
        references = _reference_points(self.text, found)
        outranked = _outranked_near(self.text, found)
        places = sorted(_dedupe_places(found), key=lambda p: _site_rank(p, references, p.span in outranked))
        if not any(p.role in (PlaceRole.SITE, PlaceRole.NEAR) and not isinstance(p.location, Missing) for p in places):
            site = (
                _route(self.text, places, self.place_stage)
                or self._unresolved_site(places)
                or self._fallback_site(places)
                or self._dateline_site()
            )
            if site is not None:
                places.insert(0, site)
            else:
                missing["site"] = "no place of the event is named in the article"
        elif (finer := self._finer_site(places, spans)) is not None:
            places.insert(0, finer)
        return places

    def _attributive_country(self, p: Place) -> bool:
        """ "the deadliest attack of the U.S. campaign": a country that qualifies the noun after it."""
        return (
            isinstance(p.location, Location)
            and p.location.feature == "country"
            and self.text[max(0, p.span.start - 4) : p.span.start].lower() == "the "
            and bool(_ATTRIBUTIVE_AFTER.match(self.text, p.span.end))
        )

    def _named_route(self, p: Place) -> Place | None:
        """ "on the Lashkar Gah-Kandahar highway": the site is on the road between its two ends, near it
        (ACLED precision 2), not in the town named last."""
        if not _ROAD_AFTER.match(self.text, p.span.end):
            return None
        ends = _TWO_ENDS.match(p.span.text)
        if ends is None:
            return None
        found = []
        for i in (1, 2):
            span = Span.of(self.text, p.span.start + ends.start(i), p.span.start + ends.end(i))
            found.append(self.place_stage.resolve(self.text, span, self.hints))
        origin, destination = found
        if not (isinstance(origin.location, Location) and isinstance(destination.location, Location)):
            return None
        route = self.place_stage.route_site(
            self.text, origin.model_copy(update={"role": PlaceRole.ORIGIN}), destination
        )
        if route is None:
            return None
        return route.model_copy(
            update={
                "geo_precision": 2,
                "precision_reason": f"on the road named by its two ends ({p.span.text}): near them, not in either",
            }
        )

    def _finer_site(self, places: list[Place], spans: list[Span]) -> Place | None:
        """When the event's sentences place it only in a country or a province ("air strikes on a besieged town in Syria"),
        a place of that country named in the next sentences ("Talbisseh, in Homs province"), as ACLED codes
        the most specific location the report gives."""
        site = next(
            (p for p in places if p.role in (PlaceRole.SITE, PlaceRole.NEAR) and isinstance(p.location, Location)), None
        )
        if site is None:
            return None
        # a lake, river or region across borders ("an island in Lake Chad") places the event in no country: a
        # place of one of the article's countries named next ("in Niger's Diffa region") does
        across = site.location.iso3 is None and site.location.feature != "country"  # type: ignore[union-attr]
        if site.location.feature not in ("country", "admin1") and not across:  # type: ignore[union-attr]
            return None
        homes = [site.location.iso3] if site.location.iso3 else self.hints  # type: ignore[union-attr]
        # placed nowhere, the event is better placed in the province a visit is told to ("flew to the Lac province")
        roles = (PlaceRole.SITE, PlaceRole.NEAR) if not across else tuple(PlaceRole)
        province = site.location.admin1 if site.location.feature == "admin1" else None  # type: ignore[union-attr]
        named = " ".join(w for w in site.span.text.split() if w.casefold() not in DIVISION_WORDS)  # "Magway region"
        if province is not None and _folded(named) not in (_folded(province), _folded(site.location.name)):  # type: ignore[union-attr]
            return None  # "in Khairabad, Balkh": a village placed in its province is no event placed only there
        end = max(s.end for s in spans)
        after = [s.span.end for s in self.sentences if s.span.start >= end][:_FINER_SENTENCES]
        until = max(after, default=end)
        finer = [
            p
            for p in self._places_named()
            if min(s.start for s in spans) <= p.span.start < until
            and p.role in roles
            and p.location.feature != "country"  # type: ignore[union-attr]
            and p.location.iso3 in homes  # type: ignore[union-attr]
            and (province is None or _town_of(p.location, province))  # type: ignore[arg-type]
        ]
        if not finer:
            return None
        best = min(finer, key=lambda p: (_site_rank(p)[0], p.span.start))
        return best.model_copy(
            update={
                "role": PlaceRole.SITE,
                "geo_precision": max(2, best.geo_precision),
                "precision_reason": f"{best.span.text} is named just after the event's sentences, which name only its country or province",
            }
        )

    def _unresolved_site(self, places: list[Place]) -> Place | None:
        """The site is named but not in the gazetteer: keep its words, place it in the article's country."""
        named = next((p for p in places if p.role is PlaceRole.SITE and isinstance(p.location, Missing)), None)
        if named is not None:  # "took Bunagana" unplaced, the headline's "Bunagana" placed in North Kivu: there
            same = next(
                (
                    p
                    for p in self._places_named()
                    if p.span.text == named.span.text and p.location.feature != "country"  # type: ignore[union-attr]
                ),
                None,
            )
            if same is not None:
                return same.model_copy(update={"span": named.span, "role": PlaceRole.SITE})
        country = self._unresolved_country()
        if named is None or country is None:
            return None
        reason = f"{named.span.text!r} is not in the gazetteer: only the country is known"
        return self.place_stage.country_place(country, named.span, reason)

    def _unresolved_country(self) -> str | None:
        """The article's country, unless the text names it only as a modifier ("a Liberian-flagged ship",
        "near the Chinese border"): then a country named as a place or by an actor ("Yemen's Houthis"),
        else the next country of the article, else the dateline's."""
        if not self.hints:
            return None
        names: dict[str, list[tuple[Mention, bool]]] = {}
        for m in self.analysis.mentions:
            if m.kind is MentionKind.ACTOR:
                first = m.span.text.split()[0]
                word = first[:-2] if first.endswith(("'s", "’s")) else None
                country = self.place_stage.country_of(word) if word else None
            elif m.kind in (MentionKind.PLACE, MentionKind.NORP):
                country = self.place_stage.country_of(m.span.text)
            else:
                continue
            if country is not None and country.iso3:
                modifier = bool(_MODIFIER_AFTER.match(self.text, m.span.end))
                names.setdefault(country.iso3, []).append((m, modifier))
        main = self.hints[0]
        if not names.get(main) or not all(modifier for _, modifier in names[main]):
            return main
        named = [iso3 for iso3, found in names.items() if not all(modifier for _, modifier in found)]
        return (
            next((h for h in self.hints if h in named), None)
            or next(iter(named), None)
            or next((h for h in self.hints[1:] if h not in names), None)
            or self._dateline_country()
        )

    def _dateline_country(self) -> str | None:
        """The country of the city the report was filed from ("YANGON, Aug 8 (Wire) -")."""
        dateline = self.analysis.article.dateline
        if dateline is None or not dateline.place:
            return None
        named = re.compile(re.escape(dateline.place), re.IGNORECASE).search(
            self.text, dateline.span.start, dateline.span.end
        )
        if named is None:
            return None
        place = self.place_stage.resolve(self.text, Span.of(self.text, named.start(), named.end()), self.hints)
        return place.location.iso3 if isinstance(place.location, Location) else None

    def _fallback_site(self, places: list[Place]) -> Place | None:
        """A place named elsewhere in the article, at regional precision."""
        resolved = [p for p in places if not isinstance(p.location, Missing)]
        if resolved:
            return resolved[0].model_copy(
                update={"role": PlaceRole.SITE, "geo_precision": max(2, resolved[0].geo_precision)}
            )
        others = self._places_named()
        if not others:
            return None
        main = self.hints[0] if self.hints else None  # the article's country first: not "Washington" said in passing
        best = min(
            others,
            key=lambda p: (p.location.iso3 != main, p.location.feature == "country", p.span.start),  # type: ignore[union-attr]
        )
        return best.model_copy(
            update={
                "role": PlaceRole.SITE,
                "geo_precision": max(2, best.geo_precision),
                "precision_reason": f"{best.span.text} is named elsewhere in the article, not in the event's sentences",
            }
        )

    def _dateline_site(self) -> Place | None:
        """Only the dateline names a place ("NAIROBI - Protesters stormed Kenya's parliament"): the city the
        report was filed from, at regional precision, when it lies in the article's country."""
        dateline = self.analysis.article.dateline
        if dateline is None or not dateline.place:
            return None
        named = re.compile(re.escape(dateline.place), re.IGNORECASE).search(
            self.text, dateline.span.start, dateline.span.end
        )
        if named is None:  # "NAIROBI" in the text, "Nairobi" in the record
            return None
        place = self.place_stage.resolve(self.text, Span.of(self.text, named.start(), named.end()), self.hints)
        location = place.location
        if not isinstance(location, Location) or (self.hints and location.iso3 != self.hints[0]):
            return None
        return place.model_copy(
            update={
                "role": PlaceRole.SITE,
                "geo_precision": max(2, place.geo_precision),
                "precision_reason": f"only the dateline names a place: {dateline.place}",
            }
        )

    def _places_named(self) -> list[Place]:
        """The resolved places of the whole article (looked up once per article, not once per event)."""
        if self._named_places is None:
            whole = Span.of(self.text, 0, len(self.text))
            self._named_places = [
                p
                for p in self.place_stage.places_in(
                    self.text, [whole], self.analysis.mentions, self.hints, self.excluded
                )
                if not isinstance(p.location, Missing) and not self._attributive_country(p)
            ]
        return self._named_places

    # -- actors -------------------------------------------------------------------------------
    def _actors(
        self,
        group: EventGroup,
        spans: list[Span],
        country: Location | None,
        missing: dict[str, str],
        day: dt.date | None = None,
    ) -> list[Actor]:
        agents: list[ActorMention] = []
        targets: list[ActorMention] = []
        counted_victims: list[ActorMention] = []  # counted among the dead, wounded or taken
        backers: list[tuple[ActorMention, ActorMention]] = []
        anchors = {self.sentences[d.index].span.start: d.anchor for d in group.detections}
        passive = {
            self.sentences[d.index].span.start: bool(_PASSIVE.search(self.text[max(0, d.anchor - 25) : d.anchor]))
            for d in group.detections
        }
        sub_type, trigger = group_type(group)  # the event's type, which a later sentence may have raised
        demonstration = sub_type.event_type in ("Protests", "Riots")
        for span in spans:
            found = [a for a in self.actor_stage.in_sentence(self.text, span, self.index.within(span)) if self._acts(a)]
            found = [_doer_at_anchor(self.text, a, anchors.get(span.start)) for a in found]
            found = [self._forces_of(a, span) for a in found]
            found = self.actor_stage.corefer(self.text, found, self.index.before(span.start))  # "the militants"
            found = self.actor_stage.communal_militias(
                self.text, span, found, country.country if country else None, self._is_state
            )
            found = self._state_by_adjective(span, found)
            found, backed = _split_backers(self.text, found)
            backers += backed
            anchor = anchors.get(span.start, span.end)
            header = _NOTE_HEADER.match(self.text, span.start)
            if header is not None and anchor < header.end():  # "Looting: On 8 May, militants looted ...": the
                anchor, passive[span.start] = _after_header(self.text, header.end(), span, found)  # clause acts
            if not demonstration:  # civilians and protesters suffer political violence; they do not wage it
                found = [a for a in found if a.entry.inter not in (5, 6, 7) or (a.span.start >= anchor and not a.agent)]
            counted = [a for a in found if not a.agent and self._counted(a, span)]  # "Five soldiers killed in ambush"
            counted_victims += counted
            if passive.get(span.start, False):  # "120 militants were killed in Russian air strikes"
                # "Israeli forces raided the camp in an operation in which 210 people were killed": the
                # subject of the main clause acted; the passive belongs to the relative clause
                led = [a for a in found if a.span.start < anchor and _RELATIVE.search(self.text, a.span.end, anchor)]
                agents.extend(a for a in found if (a.agent or a.span.start >= anchor or a in led) and a not in counted)
                targets.extend(
                    a for a in found if a in counted or (not a.agent and a.span.start < anchor and a not in led)
                )
            else:
                agents.extend(a for a in found if (a.agent or a.span.start < anchor) and a not in counted)
                targets.extend(a for a in found if a in counted or (not a.agent and a.span.start >= anchor))
        if not any(a.entry.family for a in agents):
            agents = [ActorMention(a.entry, a.span, True) for a in self._responsible()] + agents  # it claimed: it did
        iso3 = country.iso3 if country else None
        name = country.country if country else None
        actor1 = _most_specific(agents)
        if (
            actor1 is None
            and len({t.entry.key for t in targets}) > 1
            and not sub_type.event_type == "Violence against civilians"
        ):
            # "fighting between the army and M23 rebels": the first named side that is not counted among the dead
            actor1 = next((t for t in targets if t not in counted_victims), targets[0])
        if actor1 is None and sub_type.name == "Arrests":  # "police seized drugs in a raid. Two were arrested."
            actor1 = self._arresting_force(min(group.sentences))
        crowd = self._crowd(sub_type, trigger, actor1)
        if crowd is not None:  # ACLED: the demonstrators are actor 1 of a protest or riot; police face them
            agents, actor1 = [a for a in agents if a.entry.inter not in (5, 6)] + targets, crowd
            targets = []
        others = [a for a in targets + agents if actor1 is None or not _same_side(a, actor1, iso3)]
        if actor1 is not None and actor1.entry.inter in (2, 3, 4):  # "militants attacked ..., JNIM said its fighters":
            others = [a for a in others if not (a in agents and a not in targets and _unnamed_armed(a))]  # one side
            if any(a.entry.inter in (1, 8) for a in others):  # "cartel gunmen were killed in a shootout with
                others = [a for a in others if a.entry.key not in _UNNAMED]  # soldiers": the gunmen are actor 1's men
        victims = self._victims(spans, iso3) if crowd is None else None
        one_sided = sub_type.event_type == "Violence against civilians"
        actor2 = victims if one_sided and victims is not None else (_most_specific(others) or victims)
        out = []
        if actor1 is None and sub_type.name in _UNNAMED_PERPETRATOR:
            actor1 = self._unidentified(trigger)
        context = self._around(spans)
        actor1, actor2 = (a and self.actor_stage.unnamed_attacker(a, context) for a in (actor1, actor2))
        if actor1 is not None:
            out.append(self.actor_stage.to_actor(actor1, ActorRole.ACTOR1, iso3, name, day))
        else:
            missing["actor1"] = "no perpetrator is named"
        opponent = None
        if actor2 is not None and (actor1 is None or actor2.entry.key != actor1.entry.key):
            opponent = self.actor_stage.to_actor(actor2, ActorRole.ACTOR2, iso3, name, day)
        if opponent is not None and not (out and opponent.name == out[0].name):  # "soldiers" and "the army" of one state
            out.append(opponent)
        else:
            missing["actor2"] = "no target or opponent is named"
        return out + self._associated(backers, actor1, actor2, iso3, name, day)

    def _arresting_force(self, first: int) -> ActorMention | None:
        """An arrest told in the passive ("two people were arrested") was made by the state forces that the
        sentence just before shows acting ("military police seized cigarettes during an operation")."""
        if first <= 0:
            return None
        span = self.sentences[first - 1].span
        found = [a for a in self.actor_stage.in_sentence(self.text, span, self.index.within(span)) if self._acts(a)]
        found = self._state_by_adjective(span, [self._forces_of(a, span) for a in found])
        return next((a for a in found if a.entry.inter == 1 and a.entry.kind in _STATE_KINDS), None)

    def _counted(self, actor: ActorMention, sentence: Span) -> bool:
        """An actor counted among the dead, wounded or taken ("Five soldiers killed", a headline without its
        "were") suffers the event: it is no agent wherever it stands."""
        return any(
            q.low > 0 and actor.span.within(q.span)
            for q in quantities.find_quantities(self.text, sentence.start, sentence.end)
        )

    def _around(self, spans: list[Span]) -> str:
        """The event's sentences with one either side: the motive ("related to disputes between gangs")
        or the deed ("a drive-by shooting") is often told next to the sentence that holds the trigger."""
        if not spans:
            return ""
        first, last = min(s.start for s in spans), max(s.end for s in spans)
        before = [s.span.start for s in self.sentences if s.span.end <= first]
        after = [s.span.end for s in self.sentences if s.span.start >= last]
        return self.text[max(before, default=first) : min(after, default=last)]

    def _unidentified(self, trigger: Span) -> ActorMention | None:
        """ACLED codes an attack whose perpetrator nobody names as "Unidentified Armed Group (Country)";
        its span is the words that report the attack."""
        entry = self.actor_stage.entry("unidentified_armed_group")
        return ActorMention(entry, trigger, True) if entry is not None else None

    def _crowd(self, sub_type: SubEventType, trigger: Span, actor1: ActorMention | None) -> ActorMention | None:
        """Protesters of a protest, rioters of a riot, whatever the words call them ("interns protested",
        "residents held a sit-in"): ACLED codes the crowd as "Protesters (Country)" / "Rioters (Country)".
        A riot keeps a named armed group or militia as its actor 1 (mob violence by a militia)."""
        kind = {"Protests": "protesters", "Riots": "rioters"}.get(sub_type.event_type)
        if kind is None or sub_type.name == "Excessive force against protesters":  # the state acts there
            return None
        if kind == "rioters" and actor1 is not None and actor1.entry.inter in (2, 3, 4):
            return None
        if actor1 is not None and actor1.entry.key == kind:
            return actor1
        entry = self.actor_stage.entry(kind)
        return ActorMention(entry, trigger, True) if entry is not None else None

    def _associated(
        self,
        backers: list[tuple[ActorMention, ActorMention]],
        actor1: ActorMention | None,
        actor2: ActorMention | None,
        iso3: str | None,
        name: str | None,
        day: dt.date | None,
    ) -> list[Actor]:
        """Forces "backed by", "supported by" or "alongside" a main actor join its side."""
        out: list[Actor] = []
        seen: set[str] = set()
        for backer, main in backers:
            for side, role in ((actor1, ActorRole.ASSOCIATED1), (actor2, ActorRole.ASSOCIATED2)):
                if side is not None and _same_side(main, side) and backer.entry.key not in seen:
                    seen.add(backer.entry.key)
                    out.append(self.actor_stage.to_actor(backer, role, iso3, name, day))
        return out

    def _acts(self, actor: ActorMention) -> bool:
        """A speaker ("police said") is an actor only when it speaks of its own action ("the army said it killed")."""
        if not any(actor.span.within(x) for x in self.excluded):
            return True
        return bool(_OWN_ACTION.match(self.text, actor.span.end))

    def _state_by_adjective(self, span: Span, found: list[ActorMention]) -> list[ActorMention]:
        """ "Russian warplanes", "U.S. drone strike", "Tunisian police": the state's forces act. They
        replace the generic "troops" or "police" that follows the adjective."""
        out = list(found)
        named = [m.span for m in self.index.within(span) if m.kind in (MentionKind.NORP, MentionKind.PLACE)]
        untagged = [  # "(Wire) - Ukrainian shelling": a demonym the language model left untagged after a dateline
            Span.of(self.text, w.start(), w.end())
            for w in _CAPITALISED.finditer(self.text, span.start, span.end)
            if not any(n.start <= w.start() < n.end for n in named) and _MILITARY_AFTER.match(self.text, w.end())
        ]
        for where_named in sorted(named + untagged, key=lambda s: s.start):
            if any(a.span.start <= where_named.start < a.span.end for a in found):
                continue
            after = _MILITARY_AFTER.match(self.text, where_named.end)
            subject = after is None and _ATTACKS_AFTER.match(self.text, where_named.end)  # "Russia fired 40 missiles"
            if subject and _PLACE_BEFORE.search(self.text, max(0, where_named.start - 12), where_named.start):
                continue  # "a rocket fired from Lebanon hit", "a day after Russia launched": not this attack's author
            country = self.place_stage.country_of(where_named.text) if after or subject else None
            if (
                country is None
                or not country.iso3
                or (subject and where_named.text not in (country.name, country.country))
            ):
                continue  # a country as the subject of an attack, by its own name ("Russia"), not "Russian"
            kind = (
                "state_police"
                if after and re.search(r"police|gendarm", after.group(), re.IGNORECASE)
                else "state_military"
            )
            end = after.end() if after else where_named.end
            generic = [a for a in out if _generic_force(a) and where_named.end <= a.span.start < end]
            agent = bool(subject) or any(a.agent for a in generic)
            where = Span.of(self.text, where_named.start, max([a.span.end for a in generic], default=where_named.end))
            state = country.country or where_named.text
            out = [a for a in out if a not in generic]
            out.append(self.actor_stage.state_forces(country.iso3, state, where, kind, agent))
        return out

    def _is_state(self, name: str) -> bool:
        return self.place_stage.country_of(name) is not None

    def _forces_of(self, actor: ActorMention, span: Span) -> ActorMention:
        """ "military forces of Armenia", "the police of Kenya": generic forces that name their state."""
        entry = actor.entry
        if entry.country is not None or entry.kind not in ("state_military", "state_police"):
            return actor
        of = _OF_STATE.match(self.text, actor.span.end)
        if of is None:
            return actor
        for m in self.index.within(span):
            if m.span.start == of.end() and m.kind in (MentionKind.PLACE, MentionKind.NORP):
                country = self.place_stage.country_of(m.span.text)
                if country is not None and country.iso3 and country.feature == "country":
                    where = Span.of(self.text, actor.span.start, m.span.end)
                    name = country.country or m.span.text
                    return self.actor_stage.state_forces(country.iso3, name, where, entry.kind, actor.agent)
        return actor

    def _responsible(self) -> list[ActorMention]:
        """Whoever claims responsibility (or that "its fighters carried out" the attack) is the perpetrator."""
        if self._claimed_by is None:
            self._claimed_by = self._find_responsible() if _RESPONSIBILITY_WORDS.search(self.text) else []
        return list(self._claimed_by)

    def _find_responsible(self) -> list[ActorMention]:
        for s in self.sentences:
            # "No group claimed responsibility; however, police attributed the attack to the Taliban"
            matches = list(_RESPONSIBILITY.finditer(self.text, s.span.start, s.span.end))
            m = next(
                (m for m in matches if not _DENIED.search(self.text, max(s.span.start, m.start() - 30), m.start())),
                None,
            )
            found = self.actor_stage.in_sentence(self.text, s.span, self.index.within(s.span))
            if m is None:  # "No group claimed responsibility; however, sources suspected the involvement of ISGS"
                but = _HOWEVER.search(self.text, matches[0].end(), s.span.end) if matches else None
                if but is None:
                    continue
                found = [a for a in found if a.span.start >= but.end()]
            elif m.group().lower().startswith(("blam", "accus", "attribut", "suspicion")) or m.group().lower().endswith(
                ("to", "of", "as")
            ):  # "X blamed the CODECO militia", "the gunmen belonged to the X gang": the one named after
                found = [a for a in found if a.span.start >= m.end()]
            if found:
                return [found[0]]
        return []

    def _victims(self, spans: list[Span], iso3: str | None) -> ActorMention | None:
        """Civilians or protesters named as the victims: in a count ("killing 12 villagers"), else as words."""
        for span in spans:
            for q in quantities.find_quantities(self.text, span.start, span.end):
                if q.side:
                    victim = self.actor_stage.victim_actor(q.side, q.span, iso3)
                    if victim is not None:
                        return victim
        for span in spans[:2]:
            m = self.terms.context["civilians"].search(self.text, span.start, span.end)
            if m is not None:
                victim = self.actor_stage.victim_actor(m.group(), Span.of(self.text, m.start(), m.end()), iso3)
                if victim is not None:
                    return victim
        return None

    # -- time ---------------------------------------------------------------------------------
    def _date(self, group: EventGroup, missing: dict[str, str]) -> TimeSpan | Missing:
        if group.date is not None:
            return group.date
        found = (
            self._date_nearby(group, following=False)
            or self._statement_date(group, nearby=False)
            or self._date_nearby(group, following=True)
            or self._statement_date(group, nearby=True)
        )
        if found is not None:
            return found
        published = self.analysis.article.published
        if published is None:
            missing["date"] = "no date expression and no publication date to resolve against"
            return Missing(reason=missing["date"])
        fallback = dates.publication_day(published)
        return fallback.model_copy(
            update={
                "time_precision": 2,
                "date_prec": 2,
                "basis": "publication date: the article gives no date for the event",
            }
        )

    def _date_nearby(self, group: EventGroup, *, following: bool) -> TimeSpan | None:
        """A recent date in the event's paragraphs (a quote that sets the scene), or in the next one."""
        own = {self.sentences[i].paragraph for i in group.sentences}
        for paragraphs in ({p + 1 for p in own},) if following else (own,):
            for s in self.sentences:
                if s.paragraph in paragraphs and s.detection is None:
                    t = event_time(self.text, s.times)
                    if t is not None and self._recent(t):
                        return t
        return None

    def _recent(self, t: TimeSpan) -> bool:
        published = self.analysis.article.published
        return published is None or dt.timedelta(0) <= published - t.start <= dt.timedelta(days=_RECENT_DAYS)

    def _statement_date(self, group: EventGroup, *, nearby: bool) -> TimeSpan | None:
        """The day the claim was made, when the event itself carries no date (ACLED's practice)."""
        own = {self.sentences[i].paragraph for i in group.sentences}
        around = [
            s
            for s in self.sentences
            if s.index in group.sentences or (nearby and (s.paragraph in own or s.paragraph - 1 in own))
        ]
        for s in around:
            t = speech_time(self.text, s.times)
            if t is not None and self._recent(t):
                return t.model_copy(
                    update={"time_precision": 2, "date_prec": 2, "basis": "date of the statement reporting the event"}
                )
        return None

    # -- claims -------------------------------------------------------------------------------
    def _claims(self, group: EventGroup) -> list[Claim]:
        by_source: dict[str, list[_Clause]] = {}
        for i in group.sentences:
            for clause in _clauses(self.text, self.sentences[i]):
                by_source.setdefault(_source_key(clause.attribution), []).append(clause)
        return [self._claim(members) for members in by_source.values()]

    def _claim(self, members: list[_Clause]) -> Claim:
        """One claimant's statement: the counts and materiel of its sentences, or of its clauses where a
        sentence sets rival speakers against each other."""
        first = members[0]
        a = first.attribution
        qs: list[Quantity] = []
        ms: list[Materiel] = []
        for c in members:
            s = c.sentence
            found = quantities.find_quantities(self.text, s.span.start, s.span.end)
            if not any(q.kind is QuantityKind.KILLED for q in found):  # "The hostages were killed": those abducted
                held = [q for q in qs + found if q.kind is QuantityKind.ABDUCTED]
                found += quantities.find_fates(self.text, s.span.start, s.span.end, held)
            qs.extend(q for q in found if c.holds(q.span))
            ms.extend(m for m in quantities.find_materiel(self.text, s.span.start, s.span.end) if c.holds(m.span))
        denies = any(c.attribution is not None and c.attribution.polarity == "denies" for c in members)
        return Claim(
            id=f"c{first.sentence.index}" + (f".{first.rank}" if first.rank else ""),
            event_id="pending",
            claimant=self._claimant(a),
            cue=a.cue if a else None,
            polarity="denies" if denies else "asserts",
            span=first.span,
            reported_by=self._outlet(),
            quantities=tuple(_unique_quantities(qs)),
            materiel=tuple(ms),
        )

    def _claimant(self, a: Attribution | None) -> Claimant:
        if a is None:
            outlet = self._outlet() or "the publishing outlet"
            return Claimant(name=outlet, span=None, type=ClaimantType.MEDIA, is_party=False)
        entry = self.actor_stage.entry(a.actor_key)
        name = entry.name if entry else _clean_phrase(a.phrase.text)
        affiliation = entry.family if entry else None
        return Claimant(
            name=name,
            span=a.phrase,
            type=a.type,
            is_party=False,
            anonymous=a.anonymous,
            affiliation=affiliation,
            key=a.actor_key,
            country=entry.country if entry else a.country,
        )

    def _outlet(self) -> str | None:
        article = self.analysis.article
        return article.outlet or (article.dateline.outlet if article.dateline else None)

    # -- ranking ------------------------------------------------------------------------------
    def _prominence(self, group: EventGroup, sub_type: SubEventType, fat: Fatalities | None) -> int:
        """0 for the event the headline reports; events outside the title and lead come after all that are in them.
        Within the head, habitual violence told as background, or a weapon that did no harm, yields to the rest."""
        first = min(group.sentences)
        if not self.heads & set(group.sentences):
            return _OUTSIDE_HEAD + first
        return first + (_SECONDARY if self._secondary(group, sub_type, fat) else 0)

    def _secondary(self, group: EventGroup, sub_type: SubEventType, fat: Fatalities | None) -> bool:
        """Habitual violence told as background ("every week since January") is not what the head is about,
        nor is a weapon found or defused with no one killed when the head also tells violence, nor a move
        ("after troops withdrew") that the violence or takeover the head tells came with."""
        if all(d.background for d in group.detections):
            return True
        if sub_type.name not in _YIELDING or (fat is not None and fat.value):
            return False
        return any(
            (d := self.sentences[i].detection) is not None
            and d.sub_type.disorder == "Political violence"
            and not (d.negated or d.background)
            for i in self.heads - set(group.sentences)
        )

    def _confidence(self, group: EventGroup, actors: list[Actor], date: TimeSpan | Missing) -> float:
        score = 0.4 + min(0.2, 0.05 * len(group.detections))
        score += 0.15 if actors else 0.0
        score += 0.15 if not isinstance(date, Missing) and date.time_precision == 1 else 0.0
        score += 0.1 if any(self.sentences[i].attribution for i in group.sentences) else 0.0
        return round(min(score, 0.99), 2)


_YIELDING = frozenset({"Disrupted weapons use", "Change to group/activity"})
"""Events that give way to political violence told in the same title and lead."""


def _with_party(claim: Claim, actors: list[Actor], stage: ActorStage) -> Claim:
    """A claimant is a party when it speaks for one of the event's actors (same umbrella or same state);
    witnesses and residents never are."""
    c = claim.claimant
    entry = stage.entry(claim.claimant.key)
    families = {a.family for a in actors if a.family} | {a.name for a in actors}
    # the lexicon's own family too: an actor's name is dated by the event day, its claimants' are not
    families |= {e.family for a in actors if a.key and (e := stage.entry(a.key)) is not None and e.family}
    states = {a.country for a in actors if a.inter in (1, 8) and a.country}
    party = False
    if entry is not None:
        party = (
            entry.family in families
            or entry.name in families
            or (entry.kind.startswith("state") and entry.country is not None and entry.country in states)
        )
    if entry is not None and entry.country is None and entry.kind.startswith("state"):
        party = party or bool(states)  # "the army", "police": the state forces of the event
    elif entry is None and c.country is not None:
        party = c.country in states  # "Russia says": Russia's forces are in the event
    elif entry is None and c.type in (ClaimantType.PARTY_OFFICIAL, ClaimantType.PARTY_ANONYMOUS):
        party = bool(states)
    if c.type is ClaimantType.WITNESS:
        party = False  # "residents said": the people caught up in it, even when they are among the victims
    return claim.model_copy(update={"claimant": c.model_copy(update={"is_party": party})})


_BACKED_BY = re.compile(
    r"(?:backed|supported|aided|assisted|accompanied|joined|reinforced) by (?:the )?(?:\w+ ){0,3}$|\b(?:alongside|with the (?:support|help|backing) of) (?:the )?$",
    re.IGNORECASE,
)


def _split_backers(
    text: str, found: list[ActorMention]
) -> tuple[list[ActorMention], list[tuple[ActorMention, ActorMention]]]:
    """Actors introduced by "backed by" / "alongside" are associated with the actor named before them."""
    main: list[ActorMention] = []
    backers: list[tuple[ActorMention, ActorMention]] = []
    for actor in sorted(found, key=lambda a: a.span.start):
        before = text[max(0, actor.span.start - 45) : actor.span.start]
        if main and _BACKED_BY.search(before):
            backers.append((actor, main[-1]))
        else:
            main.append(actor)
    return main, backers


def _same_side(a: ActorMention, b: ActorMention, iso3: str | None = None) -> bool:
    """``iso3``: the event's country, whose forces generic "troops" are (as records name them): "troops" and
    "South Sudan's army" are one side there, and the opponent is the next actor named."""
    if a.entry.key == b.entry.key or (a.entry.family and a.entry.family == b.entry.family):
        return True
    home_a = a.entry.country or (iso3 if _generic_force(a) else None)
    home_b = b.entry.country or (iso3 if _generic_force(b) else None)
    return a.entry.inter == b.entry.inter == 1 and home_a is not None and home_a == home_b


_UNNAMED = frozenset({"unidentified_armed_group", "unidentified_gang"})


def _unnamed_armed(actor: ActorMention) -> bool:
    return actor.entry.key == "unidentified_armed_group"


def _generic_force(actor: ActorMention) -> bool:
    """ "troops", "police": state forces that do not say whose."""
    return (
        actor.entry.country is None
        and not actor.entry.family
        and actor.entry.kind in ("state_military", "state_police")
    )


def _most_specific(candidates: list[ActorMention]) -> ActorMention | None:
    """The actor the words make the doer ("an attack by ISWAP fighters", "by suspected clan militiamen") before
    one that merely comes first or is named as context ("Nigerian army repels ISWAP raid", "an area where the
    MILF holds camps"); among equals, the first named actor (a group, a state's forces) before generic ones.
    A movement and its own branch both named ("pro-IS militants" ... "Dawlah Islamiyah") is the branch, as ACLED
    codes the local group that acted."""
    doers = [c for c in candidates if c.agent] or candidates
    named = [c for c in doers if c.entry.family or c.entry.country] or doers
    if not named:
        return None
    first = named[0]
    branch = next(
        (
            c
            for c in named
            if c.entry.key != first.entry.key and c.entry.family == first.entry.name and c.entry.name != c.entry.family
        ),
        None,
    )
    return branch or first


# "Looting:", "Movement of forces:", "Property destruction:": the heading of an ACLED note names the event's
# kind; the clause after it says who acted
_NOTE_HEADER = re.compile(r"\s*[A-Z][a-z]+(?:[ /-][a-z]+){0,3}:\s+")
_PASSIVE_AFTER = re.compile(r"\s+(?:\w+ly\s+)?(?:was|were|had been|have been|has been|is|are|being)\b", re.IGNORECASE)
_ARMED = frozenset({1, 2, 3, 4, 8})
_STATE_KINDS = frozenset({"state_military", "state_police"})


def _after_header(text: str, start: int, sentence: Span, found: list[ActorMention]) -> tuple[int, bool]:
    """Where a note's clause acts, after its heading: just after its first armed actor, the subject of the
    clause, and whether that subject suffers the act ("militants were arrested" reads passive)."""
    armed = [a for a in found if a.span.start >= start and a.entry.inter in _ARMED]
    first = min(armed, key=lambda a: a.span.start, default=None)
    if first is None:
        return sentence.end, False
    return first.span.end, bool(_PASSIVE_AFTER.match(text, first.span.end))


def _doer_at_anchor(text: str, actor: ActorMention, anchor: int | None) -> ActorMention:
    """A trigger that names its doer ("gunmen seized two traders", "militants took away") starts at the doer:
    an armed actor standing at the anchor is the subject of the act, unless a passive follows it ("militants
    were captured")."""
    if (
        anchor is None
        or actor.agent
        or actor.entry.inter not in _ARMED
        or not actor.span.start <= anchor < actor.span.end
        or _PASSIVE_AFTER.match(text, actor.span.end)
    ):
        return actor
    return ActorMention(actor.entry, actor.span, True)


def _route(text: str, places: list[Place], stage: PlaceStage | None = None) -> Place | None:
    """The site on the route between the origin and the destination; with ``stage``, its admin1 is
    that of the route's midpoint when the endpoints lie in different provinces."""
    origin = next((p for p in places if p.role is PlaceRole.ORIGIN and not isinstance(p.location, Missing)), None)
    destination = next(
        (p for p in places if p.role is PlaceRole.DESTINATION and not isinstance(p.location, Missing)), None
    )
    if origin is None or destination is None:
        return None
    return stage.route_site(text, origin, destination) if stage is not None else route_site(text, origin, destination)


_REFERENCE_BEFORE = re.compile(
    r"[A-Z][\w'\u2019-]*(?:\s+(?:district|town|village|area|city|province|region))?,?\s+(?:some\s+)?"
    r"(?:\d+\s*(?:km|kilometres|kilometers|miles)\s+)?(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of\s+$"
)
"""A place another named place is put in relation to ("the Hawija district south-west of Kirkuk")."""


def _reference_points(text: str, places: list[Place]) -> frozenset[str]:
    """Names of the places the event's sentences use only to locate another named place: not its site."""
    return frozenset(
        p.location.name
        for p in places
        if p.role is PlaceRole.NEAR
        and isinstance(p.location, Location)
        and _REFERENCE_BEFORE.search(text, max(0, p.span.start - 60), p.span.start)
    )


def _folded(name: str) -> str:
    return re.sub(r"\W+", "", name.casefold())


def _town_of(location: Location, province: str) -> bool:
    """A town of the province that is not its namesake capital ("Shwebo" in Sagaing, not "Ghazni" in Ghazni)."""
    return (
        location.feature == "city"
        and location.admin1 == province
        and _folded(location.name) not in _folded(province)
        and _folded(province) not in _folded(location.name)
    )


def _outranked_near(text: str, places: list[Place]) -> set[Span]:
    """Near-places ("near Gwoza") of a province in which the event's sentences also name a town as the site ("a
    base in Malam Fatori", Borno): the town the event happened in comes first. Not a town that only qualifies
    the near-place ("near Ghatan, Ghazni")."""
    towns = [
        p
        for p in places
        if p.role is PlaceRole.SITE and isinstance(p.location, Location) and p.location.feature == "city"
    ]
    out = set()
    for p in places:
        if p.role is not PlaceRole.NEAR or not isinstance(p.location, Location) or not p.location.admin1:
            continue
        for town in towns:
            if (town.location.iso3, town.location.admin1) != (p.location.iso3, p.location.admin1):  # type: ignore[union-attr]
                continue
            if town.location.name == p.location.name or not text[p.span.end : town.span.start].strip(" ,("):  # type: ignore[union-attr]
                continue
            out.add(p.span)
    return out


def _site_rank(p: Place, references: frozenset[str] = frozenset(), outranked: bool = False) -> tuple[float, int, int]:
    """Resolved before unresolved; towns, then districts named after their seat ("Poonch district"), then
    provinces, then regions of no one country ("Kashmir"), then countries; a town named as a reference point
    for another place ("south-west of Kirkuk") after the place it locates; a near-place after a town of its
    province named as the site (``_outranked_near``); otherwise text order."""
    if isinstance(p.location, Missing):
        return (9, 0, p.span.start)
    feature = p.location.feature
    if feature == "country":
        return (5, 0, p.span.start)
    if feature == "route":  # "along the Kabul-Ghazni highway in Ghazni": the place named with it is finer
        return (4, 0, p.span.start)
    if feature in ("admin1", "region"):
        return (3 if p.location.iso3 else 4, 0, p.span.start)
    tier = 1 if p.geo_precision < 3 else 2
    return (tier + 1.5 if p.location.name in references else tier, int(outranked), p.span.start)


def _actors_country(places: list[Place]) -> Location | None:
    """The country generic actors are named after: that of the event's point, the first site or place near it
    (as the export reads it), not a site further down that a stray name placed abroad ("escaping into the bush")."""
    return next(
        (
            p.location
            for p in places
            if p.role in (PlaceRole.SITE, PlaceRole.NEAR) and isinstance(p.location, Location) and p.location.iso3
        ),
        None,
    )


def _event_country(places: list[Place]) -> Location | None:
    for role in (PlaceRole.SITE, PlaceRole.NEAR, PlaceRole.ORIGIN, PlaceRole.DESTINATION):
        for p in places:
            if p.role is role and isinstance(p.location, Location) and p.location.iso3:
                return p.location
    return None


def _dedupe_places(places: list[Place]) -> list[Place]:
    """One place per name; a name read inside a longer one that was placed ("Khas" of "Khas Uruzgan
    district", placed in Uruzgan) is a fragment of it, not a site of its own."""
    seen: set[tuple[str, str]] = set()
    out = []
    for p in places:
        if any(_fragment_of(p, o) for o in places):
            continue
        key = (p.role.value, p.location.name if isinstance(p.location, Location) else p.span.text)
        if key not in seen:
            seen.add(key)
            out.append(p)
    return out


def _fragment_of(part: Place, whole: Place) -> bool:
    return (
        isinstance(whole.location, Location)
        and whole.span.start <= part.span.start
        and part.span.end <= whole.span.end
        and len(whole.span.text) > len(part.span.text)
    )


_CONNECTIVE_END = re.compile(r"[\s,;]*(?:\b(?:while|whereas|but|although|though)\s*)?$", re.IGNORECASE)


@dataclass(frozen=True)
class _Clause:
    """The part of a sentence one claimant governs: the whole sentence, or one side of "X said ..., while Y said"."""

    sentence: SentenceReading
    attribution: Attribution | None
    span: Span
    rank: int = 0

    def holds(self, span: Span) -> bool:
        return self.span.start <= span.start < self.span.end


def _clauses(text: str, s: SentenceReading) -> list[_Clause]:
    a = s.attribution
    if a is None or a.scope is None:
        return [_Clause(s, a, s.span)]
    rivals = [_Clause(s, r, r.scope, k) for k, r in enumerate(a.rivals, 1) if r.scope is not None]
    own = [_Clause(s, replace(a, rivals=()), a.scope)]
    if a.scope.start > s.span.start:  # a first clause nobody is credited with: the outlet's own report
        head = _CONNECTIVE_END.sub("", text[s.span.start : a.scope.start])
        outlet = Span.of(text, s.span.start, s.span.start + len(head))
        own.insert(0, _Clause(s, None, outlet, len(a.rivals) + 1))
    return [*own, *rivals]


def _source_key(a: Attribution | None) -> str:
    if a is None:
        return "outlet"
    return a.actor_key or _clean_phrase(a.phrase.text).lower()


def _clean_phrase(phrase: str) -> str:
    words = phrase.strip().split()
    if words and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    return " ".join(words)


def _unique_quantities(qs: list[Quantity]) -> list[Quantity]:
    seen: set[tuple[str, int, int | None, str | None, int]] = set()
    out = []
    for q in qs:
        key = (q.kind.value, q.low, q.high, q.side, q.span.start)
        if key not in seen:
            seen.add(key)
            out.append(q)
    return out


def _unique_materiel(groups: Iterable[Sequence[Materiel]]) -> tuple[Materiel, ...]:
    """Materiel across claims, one entry per (category, count, status): restatements count once."""
    seen: dict[tuple[str, int, str], Materiel] = {}
    for items in groups:
        for m in items:
            seen.setdefault((m.category.value, m.count, m.status), m)
    return tuple(seen.values())
