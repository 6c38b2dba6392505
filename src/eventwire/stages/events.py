"""Event assembly: sentence readings → events with actors, places, time, counts and claims.

Sentences that report the same happening (the headline, the lead, a quote that adds the
figures) become one event; a sentence opens a new event when it names another date or a
place far away, or says it is a separate or earlier incident. Each event then gathers its
evidence from its own sentences, and its claims from who said each of them.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from dataclasses import replace

from eventwire.lexicon import EventTerms, WordsPattern
from eventwire.records import (
    Analysis,
    Event,
    Extraction,
    Location,
    MentionKind,
    Missing,
    Place,
    PlaceRole,
    Span,
    TimeSpan,
)
from eventwire.stages import dates, quantities
from eventwire.stages.actors import ActorStage
from eventwire.stages.assemble import EventBuilder
from eventwire.stages.claims import Attribution, ClaimStage
from eventwire.stages.mentions import MentionIndex
from eventwire.stages.places import PlaceStage, far_apart, wide_place
from eventwire.stages.readings import EventGroup, SentenceReading, event_time, group_type, head_indices
from eventwire.stages.triggers import Detection, SentenceContext, detect, is_sports_article, names_action
from eventwire.stages.typing import Retyping, SubEventModel, choose

VIOLENT = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})
_CROWD_ARRESTED = re.compile(
    r"\b(?:them|they|protest\w*|demonstrat\w*|participants|marchers|crowd|activists|\d+|several|dozens|many|some|scores)\b",
    re.IGNORECASE,
)
_ANAPHORA = re.compile(
    r"\bthe (?:militants|attackers|fighters|gunmen|insurgents|rebels|assailants|attack|fighting|clashes|assault|raid)\b",
    re.IGNORECASE,
)
# "were killed in the ensuing clash", "the resulting explosion": the happening told just before goes on
_ENSUING = WordsPattern(re.compile(
    r"\b(?:ensuing|subsequent|resulting)\s+(?:clash(?:es)?|fighting|firefight|gunfight|exchange|shoot-?out|battle|"
    r"explosion|blast|fire)\b",
    re.IGNORECASE,
))
_SPOILS = frozenset({"Disrupted weapons use", "Looting/property destruction"})
_PARAGRAPH_BREAK = re.compile(r"\n\n")
# every weapon of the strike stopped: "all of them were shot down", "both were intercepted", "the drones were destroyed"
_ALL_STOPPED = re.compile(
    r"\b(?:all|both|every|each|none)\b(?:\s+[\w-]+){0,3}?\s+(?:were|was|had been|have been|has been)\s+(?:[\w-]+\s+)?"
    r"(?:intercepted|shot down|downed|destroyed|neutrali[sz]ed)"
    r"|\bthe\s+(?:[\w-]+\s+)?(?:drones?|missiles?|rockets?|projectiles?|UAVs?|boats?)\s+(?:were|was)\s+(?:all\s+)?"
    r"(?:intercepted|shot down|downed|destroyed|neutrali[sz]ed)",
    re.IGNORECASE,
)
_MODEL_SENTENCES = 3  # the typing model reads an event's first sentences: its snippets are 1-3 sentences long
_NEW_INCIDENT = WordsPattern(
    re.compile(r"\b(?:another|separate(?:ly)?|similar|elsewhere|the first|earlier)\b", re.IGNORECASE)
)
# "The security force also detained two ...", "two additional suspects were detained during the operation",
# "the joint force detained ...": the force of the operation told before goes on
_CONTINUES = re.compile(
    r"\b(?:also|additional(?:ly)?|further|(?:during|in|as a result of|in connection with) the (?:operation|raid|search|"
    r"assault|find|discovery)|the (?:security|assault|joint|combined|strike) force)\b",
    re.IGNORECASE,
)
# weapons and groups whose names hold an action word: "assault rifles", "artillery shells" found in a cache,
# "the Shirafat Attack Network"
_MATERIEL_NAME = re.compile(
    r"\bassault rifles?\b|\b(?:shotgun|artillery|mortar|tank|rocket) shells?\b|"
    r"\b[A-Z][\w-]+ (?:Attack|Suicide|Bombing|Assault) (?:Network|Cell|Group|Brigade)\b"
)
_SHELLS = re.compile(r"\w+ shells?")
_SEIZED = re.compile(
    r"\b(?:seiz\w*|found|discover\w*|recover\w*|confiscat\w*|cache|consist\w*|smuggl\w*)\b", re.IGNORECASE
)
_FOLLOW_UPS = frozenset({"Arrests", "Disrupted weapons use"})
_OPERATIONS = frozenset({"violence", "Arrests", "Disrupted weapons use"})
# "officers were sent to the area to restore calm": the response to the violence told before, not a new event
_RESPONSE = re.compile(
    r"\b(?:restore|bring back|keep|maintain)\s+(?:calm|order|peace|law and order)\b|\bto calm (?:the )?(?:situation|tensions?)\b",
    re.IGNORECASE,
)
# "The arrested leader is believed to be responsible for ...": a profile of the man held, not an event
_PROFILE_SUBJECT = re.compile(
    r"^\W*(?:(?:the|this)\s+(?:(?:arrested|detained|captured|targeted|suspected)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:(?:leader|commander|facilitator|member|supplier|individual|suspect|insurgent|financier|operative|emir)s?|m[ae]n)"
    r"|he|she)\b",
    re.IGNORECASE,
)
_PROFILE_VERB = re.compile(
    r"\b(?:believed|suspected|thought|alleged(?:ly)?|accused|known|responsible for|linked|associated|ties|"
    r"conducted|coordinat\w+|organi[sz]\w+|facilitat\w+|smuggl\w+|attempted|planned|involved)\b",
    re.IGNORECASE,
)


_PROTEST_REACH = 2
"""Sentences after a protest that may still tell what happened to its crowd ("Police fired on them")."""


class EventStage:
    """Builds the events and claims of one analysed article."""

    name = "events"

    def __init__(
        self,
        terms: EventTerms,
        actors: ActorStage,
        claims: ClaimStage,
        places: PlaceStage,
        typing: SubEventModel | None = None,
    ) -> None:
        self._terms = terms
        self._actors = actors
        self._claims = claims
        self._places = places
        self._typing = typing

    def __call__(self, analysis: Analysis) -> Extraction:
        article = analysis.article
        text = article.text
        attributions = self._claims.attribute(text, analysis.sentences, analysis.mentions)
        hints = self._places.read_article(text, analysis.mentions)
        excluded = [a.phrase for a in attributions if a] + ([article.dateline.span] if article.dateline else [])
        breaks = [m.start() for m in _PARAGRAPH_BREAK.finditer(text)]
        sentences = [self._sentence(analysis, i, attributions[i], breaks) for i in range(len(analysis.sentences))]
        sports = is_sports_article(text, self._terms)
        index = MentionIndex(analysis.mentions)
        protested = -_PROTEST_REACH - 1  # the last sentence that told a protest or a gathering
        for s in sentences:
            if names_action(text[s.span.start : s.span.end], self._terms):
                ctx = self._context(analysis, s, sports, index)
                if s.index - protested <= _PROTEST_REACH:
                    ctx = replace(ctx, after_protest=True)
                s.detection = self._detect(text, ctx, s.span)
            if s.detection is not None and s.detection.sub_type.disorder == "Demonstrations":
                protested = s.index
        groups = self._group(analysis, sentences, hints, excluded, index)
        for g in groups:
            self._arrests_at_protests(g, text)
            self._stopped_in_flight(g, text, sentences)
        retyped = self._retype(groups, sentences, text)
        _attach_statements(groups, sentences)
        builder = EventBuilder(self._terms, self._actors, self._places, analysis, index, sentences, hints, excluded)
        built = sorted(((builder.event(g), retyped.get(id(g))) for g in groups), key=lambda pair: pair[0].prominence)
        events = [e.model_copy(update={"id": f"{article.id}-e{n + 1}"}) for n, (e, _) in enumerate(built)]
        events = [_renumber_claims(e) for e in events]
        claims = tuple(c for e in events for c in e.claims)
        notes = tuple(_typing_note(e, typed) for e, (_, typed) in zip(events, built, strict=True) if typed)
        if not events:
            notes = ("no conflict event: no sentence reports violence, a protest or a strategic development",)
        return Extraction(article=article, events=tuple(events), claims=claims, mentions=analysis.mentions, notes=notes)

    def _detect(self, text: str, ctx: SentenceContext, span: Span) -> Detection | None:
        """The sentence's reading; one whose action word only names a weapon or a group ("assault rifles",
        "the Shirafat Attack Network") is read again without those names."""
        d = detect(text, ctx, self._terms)
        names = [m.span() for m in _MATERIEL_NAME.finditer(text, span.start, span.end)]
        sentence = text[span.start : span.end]
        names = [(a, b) for a, b in names if not _SHELLS.fullmatch(text, a, b) or _SEIZED.search(sentence)]
        # only a word inside a name misleads ("assault" of "assault rifles"); a seizure told around the name reads right
        if d is None or not any(a <= d.trigger.start and d.trigger.end <= b for a, b in names):
            return d
        masked = text
        for a, b in names:  # blanked, not cut: every offset stays valid
            masked = masked[:a] + " " * (b - a) + masked[b:]
        again = detect(masked, ctx, self._terms)
        return again and replace(again, trigger=Span.of(text, again.trigger.start, again.trigger.end))

    def _retype(
        self, groups: list[EventGroup], sentences: list[SentenceReading], text: str
    ) -> dict[int, tuple[Retyping, Span]]:
        """The model chooses the type within the family of the rules' type, reading the event's first
        sentences (one call for the whole article); the rules keep deciding whether there is an event."""
        if self._typing is None or not groups:
            return {}
        read = [_read_span(text, [sentences[i].span for i in g.sentences[:_MODEL_SENTENCES]]) for g in groups]
        chosen: dict[int, tuple[Retyping, Span]] = {}
        for g, span, scores in zip(groups, read, self._typing.scores([span.text for span in read]), strict=True):
            retyping = choose(group_type(g)[0].name, scores)
            if retyping is None:
                continue
            sub_type = self._terms.types[retyping.sub_type]
            g.detections = [replace(d, sub_type=sub_type, explicit=True) for d in g.detections]
            chosen[id(g)] = (retyping, span)
        return chosen

    def _arrests_at_protests(self, group: EventGroup, text: str) -> None:
        """Arrests of the crowd told in a sentence after the protest ("Police detained 7 of them") are its
        intervention; the arrest of one man they protest about ("He was arrested in May") is not."""
        if _family(group.detections[0]) != "demonstration":
            return
        intervention = self._terms.types["Protest with intervention"]
        group.detections = [
            replace(d, sub_type=intervention, explicit=True)
            if d.sub_type.name == "Arrests" and _CROWD_ARRESTED.search(_sentence_around(text, d.trigger))
            else d
            for d in group.detections
        ]

    def _stopped_in_flight(self, group: EventGroup, text: str, sentences: list[SentenceReading]) -> None:
        """Drones or missiles told fired, then all told stopped ("All three were intercepted and destroyed"): ACLED
        codes the weapons use disrupted, as none struck; a toll told anywhere in the event keeps the strike."""
        if group_type(group)[0].event_type != "Explosions/Remote violence":
            return
        stopped = [
            d
            for d in group.detections
            if d.sub_type.name == "Disrupted weapons use" and _ALL_STOPPED.search(_sentence_around(text, d.trigger))
        ]
        spans = [sentences[i].span for i in group.sentences]
        if not stopped or any(q.low > 0 for s in spans for q in quantities.find_quantities(text, s.start, s.end)):
            return
        disrupted = self._terms.types["Disrupted weapons use"]
        group.detections = [
            replace(d, sub_type=disrupted, explicit=True)
            if d.sub_type.event_type == "Explosions/Remote violence"
            else d
            for d in group.detections
        ]

    def _sentence(
        self, analysis: Analysis, i: int, attribution: Attribution | None, breaks: list[int]
    ) -> SentenceReading:
        text = analysis.article.text
        span = analysis.sentences[i].span
        paragraph = bisect_right(breaks, span.start)
        times = dates.find_time_expressions(text, analysis.article.published, start=span.start, end=span.end)
        dateline = analysis.article.dateline
        if dateline is not None:  # the filing date is not the event's date
            times = [t for t in times if t.span is None or not t.span.within(dateline.span)]
        return SentenceReading(i, span, paragraph, attribution, times)

    def _context(self, analysis: Analysis, s: SentenceReading, sports: bool, index: MentionIndex) -> SentenceContext:
        text = analysis.article.text
        inside = index.within(s.span)
        armed = self._actors.in_sentence(text, s.span, inside)
        places = tuple(m.span for m in inside if m.kind is MentionKind.PLACE)
        return SentenceContext(
            index=s.index,
            sentence=analysis.sentences[s.index],
            armed_actor_spans=tuple(a.span for a in armed),
            state_actor_spans=tuple(a.span for a in armed if a.entry.inter == 1),
            place_spans=places,
            has_casualties=any(q.low > 0 for q in quantities.find_quantities(text, s.span.start, s.span.end)),
            sports_article=sports,
        )

    def _group(
        self,
        analysis: Analysis,
        sentences: list[SentenceReading],
        hints: list[str],
        excluded: list[Span],
        index: MentionIndex,
    ) -> list[EventGroup]:
        groups: list[EventGroup] = []
        text = analysis.article.text
        heads = head_indices(analysis)
        for s in sentences:
            d = s.detection
            if d is None:
                continue
            own_date = event_time(text, s.times, near=d.trigger.start)
            if d.background and s.index not in heads and (own_date is None or own_date.time_precision > 1):
                continue
            if _family(d) == "violence" and _profiles_detainee(groups, text[s.span.start : s.span.end]):
                continue
            sites = [
                p
                for p in self._places.places_in(text, [s.span], index.within(s.span), hints, excluded)
                if p.role is PlaceRole.SITE
            ]
            target = _merge_target(groups, d, own_date, sites, text, s.span)
            if target is None:
                if d.negated:
                    continue
                title = analysis.article.title
                groups.append(
                    EventGroup([d], own_date, sites, [s.index], title is not None and s.span.start < title.end)
                )
                continue
            if _family(target.detections[0]) != _family(d) and d.sub_type.name in _FOLLOW_UPS:
                d = replace(d, explicit=False)  # the weapons seized in an arrest raid do not retype it
            target.detections.append(d)
            target.sentences.append(s.index)
            target.date = target.date or own_date
            target.sites = target.sites or sites
        return groups


def _read_span(text: str, spans: list[Span]) -> Span:
    """From the first to the last of the sentences the model reads."""
    return Span.of(text, min(s.start for s in spans), max(s.end for s in spans))


def _typing_note(event: Event, typed: tuple[Retyping, Span]) -> str:
    retyping, span = typed
    return (
        f"{event.id}: sub-event type {retyping.sub_type!r} chosen by the typing model (probability "
        f"{retyping.probability} within its family) over the rules' {retyping.rules_type!r}, reading characters "
        f"{span.start}-{span.end}"
    )


_TYPING_NOTE = re.compile(
    r"^(?P<event>\S+): sub-event type '[^']+' chosen by the typing model .* over the rules' '(?P<rules>[^']+)'"
)


def rules_types(notes: tuple[str, ...]) -> dict[str, str]:
    """Event id → the rules' sub-event type, for the events whose type the model chose (read off the notes)."""
    return {m["event"]: m["rules"] for m in map(_TYPING_NOTE.match, notes) if m}


def _sentence_around(text: str, span: Span) -> str:
    start = text.rfind(". ", 0, span.start) + 1
    end = text.find(". ", span.end)
    return text[start : end if end >= 0 else len(text)]


def _attach_statements(groups: list[EventGroup], sentences: list[SentenceReading]) -> None:
    """A denial or a rival count in a sentence of its own ("Damascus denied the reports") is a claim
    about the event told just before it (or the main event when none precedes)."""
    used = {i for g in groups for i in g.sentences}
    for s in sentences:
        a = s.attribution
        if s.index in used or a is None or not groups or a.polarity != "denies":
            continue
        before = [g for g in groups if min(g.sentences) < s.index]
        (before[-1] if before else groups[0]).sentences.append(s.index)


def _family(d: Detection) -> str:
    if d.sub_type.event_type in VIOLENT:
        return "violence"
    if d.sub_type.event_type in ("Protests", "Riots"):
        return "demonstration"
    return d.sub_type.name


def _merge_target(
    groups: list[EventGroup], d: Detection, date: TimeSpan | None, sites: list[Place], text: str, span: Span
) -> EventGroup | None:
    named_new = bool(_NEW_INCIDENT.search(text[span.start : span.end]))
    new_incident = d.separate and (named_new or date is not None or bool(sites))
    only_headline = len(groups) == 1 and groups[0].title_first and len(groups[0].sentences) == 1
    told_again = not named_new and bool(_ANAPHORA.search(text[span.start : span.end]))  # "the militants then ..."
    ensuing = not named_new and bool(_ENSUING.search(text[span.start : span.end]))
    if new_incident and not d.negated and not (only_headline and not named_new):
        return None  # "last week" in the lead dates the headline's event; "another attack" is a new one
    sentence = text[span.start : span.end]
    if d.sub_type.name in _FOLLOW_UPS and not named_new and not d.separate and _CONTINUES.search(sentence):
        for group in groups:  # "the force also detained ...": the operation told first goes on
            same_time = date is None or group.date is None or _overlap(date, group.date)
            same_place = not (sites and group.sites and far_apart(_pinned(sites), _pinned(group.sites)))
            if _family(group.detections[0]) in _OPERATIONS and same_time and same_place:
                return group
    for group in reversed(groups):
        family = _family(group.detections[0])
        absorbed = (family == "demonstration" and (d.sub_type.name == "Arrests" or not d.explicit)) or (
            family == "violence" and d.sub_type.name in _SPOILS and not d.separate
        )  # weapons taken or houses burned in a battle or raid belong to it
        absorbed = absorbed or (
            family in ("violence", "demonstration")
            and d.sub_type.name == "Change to group/activity"
            and bool(_RESPONSE.search(sentence))
        )  # troops sent "to restore calm" answer the violence told before
        absorbed = absorbed or (family == "violence" and ensuing)  # "killed in the ensuing clash": the attack told before
        if family != _family(d) and not absorbed:
            continue
        if date is not None and group.date is not None and not _overlap(date, group.date):
            continue
        headline_only = group.title_first and len(group.sentences) == 1  # a headline names places loosely
        if sites and group.sites and not headline_only and not told_again and far_apart(_pinned(sites), _pinned(group.sites)):
            continue
        return group
    return None


def _pinned(sites: list[Place]) -> Place:
    """The first site that pins a point: a river or an unresolved direction named first ("on the Euphrates ... in
    Deir Ezzor") is never far from anything, and let a report on another province join the event told before."""
    return next((p for p in sites if isinstance(p.location, Location) and not wide_place(p.location)), sites[0])


def _profiles_detainee(groups: list[EventGroup], sentence: str) -> bool:
    """After an arrest, "The arrested leader is believed to be responsible for suicide bombings" says who
    was held; the attacks it names are his record, not events of this report."""
    held = any(_family(g.detections[0]) == "Arrests" for g in groups)
    return held and bool(_PROFILE_SUBJECT.search(sentence)) and bool(_PROFILE_VERB.search(sentence))


def _overlap(a: TimeSpan, b: TimeSpan) -> bool:
    """Intervals that meet within a day: "Saturday night" and "before dawn on Sunday" are one night."""
    slack = dt.timedelta(days=1)
    return a.start <= b.end + slack and b.start <= a.end + slack


def _renumber_claims(event: Event) -> Event:
    claims = tuple(
        c.model_copy(update={"id": f"{event.id}-c{k + 1}", "event_id": event.id}) for k, c in enumerate(event.claims)
    )
    fat = event.fatalities
    if not isinstance(fat, Missing):
        mapping = {old.id: new.id for old, new in zip(event.claims, claims, strict=True)}
        fat = fat.model_copy(update={"from_claims": tuple(mapping.get(c, c) for c in fat.from_claims)})
    return event.model_copy(update={"claims": claims, "fatalities": fat})
