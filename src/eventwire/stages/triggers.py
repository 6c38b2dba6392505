"""Event detection and typing, one sentence at a time.

A sentence reports an event when it holds a trigger (an action word) that is not hedged
("will", "threatened to", "capable of"), not a figure of speech ("heart attack", "the fight
against corruption") and, for weak triggers ("attack", "hit"), is supported by a weapon,
a victim count or an armed actor. Instrument and victim cues then choose the ACLED
sub-event type; when a sentence carries several, ACLED's hierarchy (type priority) picks one.

The readings it calls on live beside it: who did the violence at a gathering in ``crowds``, who took the ground
in ``territory``, the accident a lead tells in ``accidents``; the words they share in ``clauses``, the records in
``context``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from eventwire.lexicon import EventTerms, SubEventType, screened
from eventwire.records import Span
from eventwire.stages.accidents import _BY_HAND, _accident_framed, _names_doer
from eventwire.stages.clauses import (
    _AGENT_AFTER,
    _ARMED_GROUP,
    _CLAUSE_BREAK,
    _CLAUSE_END,
    _PASSIVE_BEFORE,
    _PASSIVE_TRIGGER,
    _SPEAKER,
    _blank,
    _happened,
    _inside,
    _overlaps,
    _spaces,
)
from eventwire.stages.context import SentenceContext, _Cues
from eventwire.stages.crowds import (
    _FORCES,
    _ORGANISED,
    _assembled,
    _back_to_crowd,
    _crowd_subject,
    _gathered,
    _protest_type,
)
from eventwire.stages.territory import _capture_type

_HEDGE_WINDOW = 60  # characters before a trigger searched for hedges; a clause rarely spans more
_NEGATION_WINDOW = 30
_ADVANCE = re.compile(r"advance|push", re.IGNORECASE)
_BARE_STRIKE = re.compile(r"strikes?", re.IGNORECASE)
_PROTEST_CONTEXT = re.compile(
    r"protest|demonstrat|marchers|marching|strikers|sit-in|\briot(?:s|ed|ing|ers)?\b(?! police)|\brall(?:y|ies)\b",
    re.IGNORECASE,
)


_ARREST_ONLY_DROPS = frozenset({"attack", "strike_weak"})
_DISRUPT_DROPS = frozenset({"attack", "strike", "strike_weak"})
_VIOLENT_KINDS = frozenset({"strike", "clash", "kill"})
_SPOILS = frozenset({"seize", "loot"})
_CROWD_KINDS = frozenset({"protest", "intervene"})  # "police fired tear gas against crowds of protesters"
_ACT_KINDS = frozenset({"strike", "strike_weak", "attack"})
_ACTOR_KINDS = frozenset({"loot", "change"})  # weak words of these kinds need an armed side as their subject
_ACTOR_REACH = 100  # characters before such a word searched for an armed group ("rebel factions ... announced")
_GRAVE_DROPS = frozenset({"kill", "injure", "attack"})
_RELEASED = re.compile(r"\b(?:freed|released|reunited|walked free|returned home)\b", re.IGNORECASE)
"""Captives set free, also coded "Other": the taking named in the same words ("students abducted in March were
released") is the past that the release ends, not a new abduction."""
_HARM_DROPS = frozenset({"kill", "injure"})  # what nature or an accident does to people: it kills, it never attacks
# a dam or a river bank broken: by rain or a storm unless an armed hand is named ("heavy rains broke the dam")
_BREACHED = re.compile(r"\b(?:banks?|dykes?|dikes?|dams?|levees?|embankments?|floodgates|sluices?)\b", re.IGNORECASE)
# an active attack verb told as done ("opened fire on", "beat up", "shot"): not "attacks on", not "assaults"
_TOLD = re.compile(r"\b(?:\w+ed|beat(?:en)?|shot|hit|struck|fought)\b", re.IGNORECASE)
_ACCIDENT_DROPS = frozenset({"kill", "injure", "attack", "strike", "strike_weak"})
# a count over a stretch of time ("have fled so far", "since the start of the war"): a toll of many happenings
_AGGREGATE = re.compile(
    r"\b(?:so far|to date|in total|altogether|since (?:the )?(?:start|beginning|outbreak)|this year|"
    r"since the (?:fighting|war|conflict|violence|clashes) (?:ended|began|started|erupted|broke out))\b",
    re.IGNORECASE,
)
# a deal, a change or a disruption whose own words name violence: "exchanged the bodies of 40 soldiers", "burned seized
# drugs", "foiled a plot to kill the governor", "released in exchange for detained militants" tell no killing or arrest
_FRAMING_KINDS = frozenset({"agree", "change", "disrupt"})
_FRAMED_DROPS = frozenset(
    {"kill", "injure", "attack", "strike", "strike_weak", "clash", "loot", "arrest", "abduct", "capture"}
)
# a coup or a mutiny is ACLED's "Other": the palace seized and the president held are the coup, not a capture or an arrest
_COUP_DROPS = frozenset({"arrest", "capture", "transfer", "seize"})
# the crime an arrest is for ("arrested in connection with the killing of a chief", "suspected of planning a bombing"):
# the reason of the arrest, not an event of its own (read only where an arrest is told: "no arrests have been made in
# connection with the death of an activist" still tells the killing)
_ARREST_REASON = re.compile(
    r"\b(?:in connection with|on charges (?:of|related to|over|linked to)|charged with|"
    r"for (?:his|her|their) (?:alleged )?(?:role|involvement|part) in|suspected of|accused of|"
    r"wanted (?:for|in connection with)|for (?:inciting|instigating|organi[sz]ing|fomenting|participating in|taking part in))"
    r"\s+(?:(?:planning|plotting|carrying out|involvement in|taking part in|organi[sz]ing)\s+)?"
    r"(?:the\s+|a\s+|an\s+|last\s+\w+'s\s+|[\w-]+'s\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:killings?|murders?|deaths?|attacks?|bombings?|kidnappings?|abductions?|shootings?|ambush(?:es)?|massacres?|"
    r"assassinations?|lynching|rape|riots?|unrest|violence|arson|beheading)\b",
    re.IGNORECASE,
)
# an authority that lays a measure on a place: "the government closed the border", "the junta dissolved the councils"
_AUTHORITY = re.compile(
    r"\b(?:government|junta|authorities|ministry|minister|president|presidency|cabinet|governor|administration|regime|"
    r"military council|state)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Detection:
    """An event reading of one sentence."""

    index: int
    sub_type: SubEventType
    trigger: Span
    negated: bool
    separate: bool
    anchor: int
    """Where the first accepted action word starts: actors before it act, actors after it are acted upon."""
    explicit: bool
    """The type is named by the words (a clash, a capture, a weapon), not inferred from victims."""
    background: bool
    """The sentence describes habitual or long-running violence ("every day since ...")."""


def is_sports_article(text: str, terms: EventTerms) -> bool:
    """Sports, politics or disaster words outnumber weapon words: "blast", "bombarded", "clash" and
    "killed" there are figures of speech or the work of nature, unless an armed actor is named."""
    counts = [len(terms.context[frame].findall(text)) for frame in ("sports", "politics", "disaster")]
    if max(counts) < 3:
        return False  # weapon words need no counting
    weapons = sum(len(regex.findall(text)) for _, regex in terms.instruments)
    return any(count >= 3 and count > 2 * weapons for count in counts)


def names_action(sentence: str, terms: EventTerms) -> bool:
    """Whether any action word occurs: sentences without one need no context gathered for them."""
    return bool(_action_words(sentence, terms))


# the action words of the last sentence asked, as (sentence, terms, words): ``detect`` asks for them next
_last_actions: list[tuple[str, EventTerms | None, list]] = [("", None, [])]


def _action_words(sentence: str, terms: EventTerms) -> list:
    """Every action word of the sentence, as (trigger, kind, match)."""
    last = _last_actions[0]
    if last[1] is terms and last[0] == sentence:
        return last[2]
    triggers = terms.triggers
    found = [
        (t, t.kind, m) for t in map(triggers.__getitem__, terms.trigger_screen.may_match(sentence))
        for m in t.regex.finditer(sentence)
    ]
    _last_actions[0] = (sentence, terms, found)
    return found


def detect(text: str, ctx: SentenceContext, terms: EventTerms) -> Detection | None:
    """The sentence's event reading, or None when it reports no event."""
    start, end = ctx.sentence.span.start, ctx.sentence.span.end
    sentence = text[start:end]
    found = _action_words(sentence, terms)
    if not found:
        return None  # most sentences name no action: skip the cue work
    cues = _cues(sentence, start, terms, ctx)
    nonevent = [m.span() for m in terms.context["nonevent"].finditer(sentence)]
    nonevent += [m.span() for m in terms.context["retrospective"].finditer(sentence)]
    if any(t.kind == "arrest" and not _denied(sentence, m.start()) for t, _, m in found):
        nonevent += [m.span() for m in _ARREST_REASON.finditer(sentence)]
    frames = [m.span() for m in terms.context["clash_frame"].finditer(sentence)]
    best: tuple[SubEventType, Span, bool] | None = None
    killed = False  # a killing word was accepted ("shot to death"), not only named
    anchor: int | None = None
    mob: Span | None = None
    mob_type = terms.types["Mob violence"]
    matches = [(kind, m.span()) for _, kind, m in found]
    grievance = [m.span() for m in terms.context["labour_strike"].finditer(sentence)]  # "a general strike"
    grievance += [m.span() for m in terms.context["crowd_control"].finditer(sentence)]  # "fired tear gas at them"
    if any(kind == "protest" for kind, _ in matches):  # "protested against last month's riots": not what happened
        grievance += [m.span() for m in terms.context["grievance"].finditer(sentence)]

    def blocked(kind: str, span: tuple[int, int]) -> bool:
        return _overlaps(span, nonevent) or (kind not in _CROWD_KINDS and _overlaps(span, grievance))

    matches = [(kind, span) for kind, span in matches if not blocked(kind, span)]
    releases = [span for kind, span in matches if kind == "other" and _RELEASED.search(sentence, *span)]
    kinds = {kind for kind, _ in matches}
    spoils = [span for kind, span in matches if kind in _SPOILS]
    # a violent act outside the seizure's own words ("air strikes destroyed weapons"): the strike is the event
    violent_outside = any(kind in _VIOLENT_KINDS and not _overlaps(span, spoils) for kind, span in matches)
    dropped: frozenset[str] = frozenset()
    if violent_outside:
        dropped |= _SPOILS
    crowd_attack = "attack" in kinds and any(
        kind == "attack" and _crowd_subject(sentence, m, terms) for _, kind, m in found
    )  # "residents attacked a police patrol after officers arrested a man": the crowd's attack is the event
    if (
        "arrest" in kinds
        and not kinds & {"kill", "injure", "strike", "clash"}
        and not cues.instruments
        and not crowd_attack
    ):
        dropped |= _ARREST_ONLY_DROPS  # a raid in which people were arrested is an arrest
    elif ("disrupt" in kinds or ("seize" in kinds and not violent_outside)) and not ctx.has_casualties:
        dropped |= _DISRUPT_DROPS  # drones shot down, a raid that found a cache: nothing was struck
    if "coup" in kinds:
        dropped |= _COUP_DROPS
    framing = [span for kind, span in matches if kind in _FRAMING_KINDS - {"change"}]
    # a change frames only the words inside it: "burned seized drugs" holds its seizure, but beside "soldiers entered"
    # (a move) "entered the town" still takes the ground
    changing = [span for kind, span in matches if kind == "change"]
    agreeing = [span for kind, span in matches if kind == "agree"]
    seized_at = {span[0] for kind, span in matches if kind == "seize"}  # "seized explosives": weapons taken, no ground
    if any(kind == "other" and not _RELEASED.search(sentence, *span) for kind, span in matches):
        dropped |= _GRAVE_DROPS  # bodies found in a grave: ACLED's "Other", not a new killing (a release kills no one)
    # a flood, a crash, hunger or a poisoning killed them: no conflict event (unless the words name a hand: "shot");
    # so did the fire or crash the title or lead tells, when this sentence tells deaths with no hand at all
    nature = not cues.instruments and (
        bool(terms.context["disaster"].search(sentence))
        or (_accident_framed(text, terms) and not terms.context["separate"].search(sentence))
    )
    accident = bool(terms.context["accident"].search(sentence))
    armed = (nature or accident) and _names_doer(sentence)  # asked only where an accident or nature is told
    harmed_by_nature = nature and not armed
    if accident and not armed:
        dropped |= _ACCIDENT_DROPS  # "a furnace at the plant exploded": an accident, not a bombing
    if (
        terms.context["domestic"].search(sentence)
        and not cues.instruments
        and not _ARMED_GROUP.search(sentence)
        and not terms.context["mob"].search(sentence)
    ):
        dropped |= _GRAVE_DROPS  # "a man who stabbed his wife": a family's crime (a mob that lynched him is news)
    for trigger, _, match in found:  # one pass over the action words found above
        if trigger.kind in dropped:
            continue
        if harmed_by_nature and trigger.kind in _HARM_DROPS and not _BY_HAND.search(match.group()):
            continue
        if harmed_by_nature and trigger.kind == "loot" and _BREACHED.search(match.group()):
            continue
        if blocked(trigger.kind, match.span()) or _hedged(sentence, match.start(), terms):
            continue
        if trigger.kind == "abduct" and _overlaps(match.span(), releases):
            continue  # "the students abducted in March were released": the release is the event
        if trigger.kind == "strike_weak" and not cues.instruments and _overlaps(match.span(), spoils):
            continue  # "rebels destroyed the water pumps": property wrecked, no weapon struck anyone
        if trigger.kind in _FRAMED_DROPS and (_overlaps(match.span(), framing) or _inside(match.span(), changing)):
            continue  # "exchanged the bodies of 40 soldiers": the deal's own words, not a killing
        if (trigger.kind == "capture" and match.start() in seized_at) or (
            trigger.kind == "transfer"
            and match.group().lower().startswith("hand")
            and any(a <= match.start() and match.end() <= b for a, b in agreeing)
        ):
            continue  # "handed over its weapons under a deal": the deal's words take no ground
        if trigger.kind in ("change", "measure") and nature:
            continue  # "a curfew to contain the virus", "troops sent to help flood victims": no conflict measure
        if trigger.kind == "displace" and (nature or _LONG_SPAN.search(sentence) or _AGGREGATE.search(sentence)):
            continue  # "fled the floods", "two million have fled since the war began": no one happening
        if _denied(sentence, match.start()):
            continue  # "without clashes being reported", "no fighting took place": the word names what did not happen
        if trigger.kind == "clash" and _overlaps(match.span(), frames) and cues.instruments and kinds & _ACT_KINDS:
            continue  # "killed in a grenade attack during clashes": the grenade attack is the event
        if trigger.kind == "capture" and _ADVANCE.match(match.group()) and violent_outside:
            continue  # "strikes killed six as tanks advanced into the area": an advance takes no ground yet
        needs_support = not trigger.strong or (ctx.sports_article and trigger.kind != "protest")
        if needs_support and not _supported(cues, ctx, sentence, trigger.kind, terms, match):
            continue  # a strike or a march in a pandemic story is still one; "blasts" and "killed" there are not
        name = _type_for(trigger.kind, match, _with_victims(cues, match, terms, trigger.kind), ctx, terms)
        if name is None:
            continue
        anchor = match.start() if anchor is None else min(anchor, match.start())
        killed = killed or trigger.kind == "kill"
        candidate = terms.types[name]
        if name == "Mob violence":  # a mob's own deed, told by its words or by the crowd doing it
            mob, mob_type = Span.of(text, start + match.start(), start + match.end()), candidate
        elif name == "Violent demonstration" and trigger.kind in _MOB_KINDS and mob is None:
            mob, mob_type = Span.of(text, start + match.start(), start + match.end()), candidate  # a crowd's riot
        # of equal types, an undenied word names the event: "airstrikes", not "did not result in any fatalities"
        undenied = (
            best is not None
            and candidate.priority == best[0].priority
            and _negated(sentence, best[1].start - start, terms)
            and not _negated(sentence, match.start(), terms)
        )
        if best is None or candidate.priority > best[0].priority or undenied:
            explicit = (
                trigger.kind in _EXPLICIT_KINDS
                or bool(cues.instruments)
                or candidate.disorder == "Demonstrations"
                or (name == "Mob violence" and _crowd_subject(sentence, match, terms))  # "residents beat him"
            )
            best = (candidate, Span.of(text, start + match.start(), start + match.end()), explicit)
    if best is None or anchor is None:
        return None
    if mob is not None and best[0].name in ("Attack", "Armed clash") and not best[2]:
        # "villagers clashed, leaving four injured": the victims came from the brawl, not from an attack
        best = (mob_type, mob, True)
    if best[0].name == "Abduction/forced disappearance" and "kill" in kinds and (ctx.has_casualties or killed):
        # people killed as well as taken: ACLED codes the attack, or the mob's violence when a crowd did it
        best = (terms.types["Attack"], best[1], best[2]) if mob is None else (terms.types["Mob violence"], mob, True)
    sub_type, trigger_span, explicit = best
    return Detection(
        index=ctx.index,
        sub_type=sub_type,
        trigger=trigger_span,
        negated=_negated(sentence, trigger_span.start - start, terms),
        separate=bool(terms.context["separate"].search(sentence)),
        anchor=start + anchor,
        explicit=explicit,
        background=bool(terms.context["background"].search(sentence)) or _state_of_affairs(sentence),
    )


# a lasting state or a habit, not a happening: the perfect or present of a state ("has been a stronghold", "have become
# frequent", "remains a flashpoint"), a growing or repeated practice ("increasingly", "continue to", "regularly")
_STATE = re.compile(
    r"\b(?:(?:has|have) been (?:an?|the|one of|home to|part of)\b|(?:has|have) (?:\w+ )?become\b|remains? (?:an?|the)\b"
    r"|(?:has|have) (?:long|increasingly|repeatedly|regularly|often|frequently|routinely) \w+|increasingly\b"
    r"|continu(?:e|es|ing) to\b|(?:regularly|often|frequently|routinely|habitually)\b)",
    re.IGNORECASE,
)
# a span of months or years, not of days: "since the 2021 coup", "over the past year", "for years" ("since Friday" and
# "since dawn" tell one happening's own span: "fighting since Monday has killed 12")
_LONG_SPAN = re.compile(
    r"\bsince (?:the |a |its |their )?(?:[\w'’-]+ ){0,3}?(?:(?:19|20)\d\d|coup|war|conflict|uprising|revolution|invasion"
    r"|takeover|independence|insurgency|occupation|crisis|start|beginning|then|january|february|march|april|june|july"
    r"|august|september|october|november|december)\b"
    r"|\b(?:over|in|during|for|throughout) the (?:past|last|previous) (?:(?:few|several|two|three|four|five|\d+) )?"
    r"(?:years?|decades?|months|weeks)\b|\bfor (?:years|decades|months|generations)\b|\bin recent (?:years|months|weeks)\b",
    re.IGNORECASE,
)
# a kind of happening said to be common, told of no one happening: "kidnappings are rife on the road", "raids have
# become frequent"
_HABIT = re.compile(
    r"\b(?:is|are|remains?|(?:has|have) (?:\w+ )?become|became|(?:has|have) grown|grew) (?:(?:more|increasingly|very|all too"
    r"|fairly|relatively|so) ){0,2}(?:frequent|common|commonplace|routine|regular|rife|rampant|widespread)\b"
    r"(?!\s+(?!(?:in|on|along|across|around|at|near|there|here|and|as|since|for|over|throughout|during|now|again|"
    r"these|nowadays|among|between|with|after|when|where)\b)[a-z])",  # a predicate: "are common criminals" is not one
    re.IGNORECASE,
)
# "the deadliest attack since 2019", "the first raid in years": a comparison across the span, told of one happening
_COMPARED = re.compile(r"\b(?:\w+est|worst|first|most \w+|biggest|largest)\b(?:\s+[\w-]+){0,5}\s*$", re.IGNORECASE)


# a clause that describes a place or a party, not what is told: "an area where robberies are common", "the town, which
# has been a rebel stronghold since 2015, was shelled"
_RELATIVE = re.compile(r"\b(?:which|who|whose|where|that|when)\b", re.IGNORECASE)
_CLAUSE_START = re.compile(r"[,;:(—–]")


def _main_clause(sentence: str, at: int) -> bool:
    """The words at ``at`` are not inside a relative clause opened since the last comma."""
    starts = [m.end() for m in _CLAUSE_START.finditer(sentence, 0, at)]
    return _RELATIVE.search(sentence, starts[-1] if starts else 0, at) is None


def _state_of_affairs(sentence: str) -> bool:
    """A state or a habit held over months or years ("the camp has been a stronghold since the coup", "raids have
    become frequent over the past year"), or a kind of happening said to be common, is the backdrop of the news,
    not an event of its own."""
    if any(_main_clause(sentence, m.start()) for m in _HABIT.finditer(sentence)):
        return True
    if not any(_main_clause(sentence, m.start()) for m in screened(_STATE).finditer(sentence)):
        return False
    return any(not _COMPARED.search(sentence, 0, m.start()) for m in _LONG_SPAN.finditer(sentence))


_EXPLICIT_KINDS = frozenset(
    {
        "clash",
        "capture",
        "abduct",
        "sexual",
        "protest",
        "riot",
        "mob",
        "agree",
        "loot",
        "disrupt",
        "seize",
        "other",
        "intervene",
        "base",
        "transfer",
        "change",
        "arrest",
        "coup",
        "displace",
        "measure",
    }
)


# an aircraft on the receiving end ("fired on an army helicopter", "one of its helicopters ... had been fired on"): the
# target of the fire, not the weapon of an air strike
_AIRCRAFT_HIT = re.compile(
    r"\b(?:fired|firing|shot|shooting|opened fire) (?:on|at|upon) (?:an? |the |one of (?:its|their|the) )?(?:[\w-]+ ){0,2}?"
    r"(?:helicopters?|planes?|aircraft|jets?)\b|"
    r"\b(?:helicopters?|planes?|aircraft|jets?)\b(?=[^.;]{0,60}?\b(?:had been|has been|have been|was|were) "
    r"(?:fired (?:on|upon|at)|shot at|targeted|attacked|hit|struck)\b)",
    re.IGNORECASE,
)


def _cues(sentence: str, offset: int, terms: EventTerms, ctx: SentenceContext) -> _Cues:
    current = _blank(sentence, terms.context["retrospective"])  # "the scene of a 2017 gas attack" armed nothing today
    current = screened(_AIRCRAFT_HIT).sub(_spaces, current)
    instruments = tuple(
        name for name, regex in map(terms.instruments.__getitem__, terms.instrument_screen.may_match(current))
        if regex.search(current)
    )
    if not instruments and screened(_STRIKE_NOUN).search(sentence) and not _LABOUR.search(sentence):
        instruments = ("Air/drone strike",)  # "a similar strike killed two": in conflict news, an air strike
    told = bool(screened(_PROTEST_CONTEXT).search(current)) or (not instruments and _assembled(current))
    return _Cues(
        text=sentence,
        offset=offset,
        instruments=instruments,
        civilians=_civilians_named(sentence, terms),
        combatants=bool(terms.context["combatants"].search(screened(_SPEAKER).sub(_spaces, sentence)))
        or _sides_named(sentence, ctx) > 1,
        military_target=bool(terms.context["military_targets"].search(sentence)),
        # not a protest yet to come ("ahead of planned protests")
        protest=told or (not instruments and ctx.after_protest and _back_to_crowd(current, terms)),
        told_protest=told,
    )


# a community word that names a militia ("clan militiamen", "tribal fighters"): armed men, not civilians
_MILITIA_AFTER = re.compile(r"\s+(?:militias?|militiam[ae]n|fighters|gunmen)\b", re.IGNORECASE)


def _civilians_named(text: str, terms: EventTerms) -> bool:
    return any(not _MILITIA_AFTER.match(text, m.end()) for m in terms.context["civilians"].finditer(text))


def _sides_named(sentence: str, ctx: SentenceContext) -> int:
    """Armed actors named as doers or targets; the police or army that told the news ("police said") are neither."""
    told = [m.span() for m in screened(_SPEAKER).finditer(sentence)]
    offset = ctx.sentence.span.start
    return sum(not _overlaps((s.start - offset, s.end - offset), told) for s in ctx.armed_actor_spans)


_LABOUR = re.compile(
    r"\b(?:unions?|workers|teachers|employees|staff|doctors|nurses|wages|pay|salar(?:y|ies)|labou?r|strikers)\b",
    re.IGNORECASE,
)  # "the union said the strike would go on": a labour strike, not an air strike
_NAMED_ATTACKS = frozenset({"Air/drone strike", "Suicide bomb", "Chemical weapon"})
_STRIKE_NOUN = re.compile(
    r"\b(?:a|an|the|this|that|another|similar|second|first|latest|separate)\s+(?:\w+\s+)?strikes?\b", re.IGNORECASE
)


_PERSON_ACTED_ON = re.compile(
    r"\b(?:civilians?|villagers?|residents?|people|persons?|m[ae]n|wom[ae]n|boys?|girls?|child(?:ren)?|farmers?|traders?|"
    r"drivers?|journalists?|students?|teachers?|workers?|supporters|members?|prisoners?|detainees?|inmates?|staff|"
    r"employees|leaders?|chiefs?|officials?|candidates?|"
    r"activists?|shopkeepers?|vendors?|families|family|mayors?|governors?|ministers?|MPs?|councill?ors?|pastors?|priests?|"
    r"imams?|monks?|herders?|pastoralists?|musicians?|artists?|singers?|nurses?|doctors?|patients?|pupils?|worshippers?|"
    r"passengers?|motorists?|pedestrians?|refugees?|migrants?|voters?|(?:him|her|them)(?:self|selves)?)\b",
    re.IGNORECASE,
)


def _acted_on(text: str, match: re.Match[str]) -> str:
    """The words a verb acts on: its object up to the clause end, or, for a passive verb, its subject."""
    before = text[max(0, match.start() - 40) : match.start()]
    if _PASSIVE_BEFORE.search(before) or _PASSIVE_TRIGGER.match(match.group()):
        return text[: match.start()]
    after = text[match.end() :]
    stop = _CLAUSE_END.search(after)
    return after[: stop.start()] if stop else after


def _with_victims(cues: _Cues, match: re.Match[str], terms: EventTerms, kind: str) -> _Cues:
    """Who was hit: the words after an active verb ("militants attacked Muaja and killed 1 person"),
    the words before a passive one ("a drug suspect was killed"); the perpetrator does not count."""
    passive = bool(_PASSIVE_BEFORE.search(cues.text[max(0, match.start() - 40) : match.start()]))
    # "wounded by gunmen", "was shot": the victim came first
    passive = passive or bool(_AGENT_AFTER.match(cues.text, match.end()) or _PASSIVE_TRIGGER.match(match.group()))
    if passive:
        region = cues.text[: match.start()]
    else:  # the object of the verb, up to the end of its clause ("injuring 13, a police spokesman said")
        after = cues.text[match.end() :]
        stop = _CLAUSE_END.search(after)
        region = after[: stop.start()] if stop else after
    civilians = _civilians_named(region, terms)
    combatants = bool(terms.context["combatants"].search(region))
    if not civilians and not combatants:
        if kind != "attack":
            return cues
        # an attack on a place or a thing ("militants attacked Arimba village", "a truck was attacked by militants"):
        # the attackers are not its combatant victims; only combatants on the receiving side of the verb count
        received = cues.text[: match.start()] if passive else cues.text[match.end() :]
        return replace(cues, combatants=bool(terms.context["combatants"].search(received)))
    return replace(cues, civilians=civilians, combatants=combatants)


def _hedged(sentence: str, at: int, terms: EventTerms) -> bool:
    window = sentence[max(0, at - _HEDGE_WINDOW) : at]
    breaks = list(_CLAUSE_BREAK.finditer(window))
    if breaks:
        window = window[breaks[-1].end() :]
    hedge = terms.context["speculative"].search(window)
    if hedge is None:
        return False
    # a modal whose own verb comes first governs no past-tense trigger ("gunmen who will face trial killed six");
    # "will be killed", "could have killed" keep their auxiliary
    return not (
        _MODAL.fullmatch(hedge.group())
        and _PAST_TRIGGER.match(sentence, at)
        and not _AUXILIARY.search(window, hedge.end())
    )


_MODAL = re.compile(r"will|would|could|might|shall", re.IGNORECASE)
_PAST_TRIGGER = re.compile(r"\w+ed\b|shot\b|struck\b|fought\b", re.IGNORECASE)
_AUXILIARY = re.compile(r"\b(?:be|been|being|have|has|had|get|got|not)\b", re.IGNORECASE)


# a determiner of absence right before the action word ("without any clashes", "no heavy fighting", "nor looting")
_DENIED = re.compile(
    r"\b(?:without|no|nor|neither)\s+(?:(?:any|a|an|further|more|new|major|reported|serious|heavy|armed|real|significant)\s+){0,2}$",
    re.IGNORECASE,
)


def _denied(sentence: str, at: int) -> bool:
    """The action word is named as absent: no event is told by it (a denial of what others claim is kept apart,
    by ``_negated``, as a denial)."""
    return _DENIED.search(sentence, max(0, at - 40), at) is not None


def _negated(sentence: str, at: int, terms: EventTerms) -> bool:
    return bool(terms.context["negation"].search(sentence[max(0, at - _NEGATION_WINDOW) : at]))


def _supported(
    cues: _Cues, ctx: SentenceContext, sentence: str, kind: str, terms: EventTerms, match: re.Match[str]
) -> bool:
    if kind == "protest":  # "residents blocked the road": a crowd with no armed side marching or blocking protests
        crowd = not _armed_before(sentence, ctx, match.start(), terms)
        crowd = crowd and terms.context["crowd"].search(sentence[: match.start()]) is not None
        return crowd or bool(terms.context["protest_support"].search(sentence))
    if ctx.sports_article:
        return bool(ctx.armed_actor_spans) and ctx.has_casualties
    if kind == "measure":  # "the government closed the border": an authority or an armed side lays it
        named = _AUTHORITY.search(sentence, max(0, match.start() - _ACTOR_REACH), match.start())
        return named is not None or _supported(cues, ctx, sentence, "change", terms, match)
    if kind == "agree" and _ARMED_GROUP.search(sentence):
        return True  # "rebel leaders and the government reached a deal": an armed side is a party
    if kind in _ACTOR_KINDS:  # "bandits stole cattle", "the militia imposed a curfew": an armed side does it, not
        # thieves or a party ("..., police said" names who told)
        named = _ARMED_GROUP.search(sentence, max(0, match.start() - _ACTOR_REACH), match.start())
        return _armed_before(sentence, ctx, match.start(), terms, doers=True) or named is not None
    if cues.instruments or ctx.has_casualties or ctx.armed_actor_spans:
        return True
    if kind == "attack" and _TOLD.search(match.group()) and _armed_subject(cues.text, match.start()):
        return True  # "militias attacked the villages of ...": an armed group as the subject of a told attack
    # "unknown men assaulted a civilian", "a trader was attacked": a person on the receiving end of the verb
    told = kind == "attack" and _TOLD.search(match.group()) is not None  # the verb told as done, not "attacks on"
    if told:  # the person may be in the verb's own words ("beat and extorted a civilian")
        return _PERSON_ACTED_ON.search(match.group()) is not None or bool(
            _PERSON_ACTED_ON.search(_acted_on(cues.text, match))
        )
    # a headline's present tense ("Party cadres attack musicians"): the verb takes its people as object at once,
    # which the noun never does ("the attack on musicians", "attacks by cadres")
    return (
        kind == "attack"
        and _PRESENT_VERB.fullmatch(match.group()) is not None
        and bool(_PERSON_OBJECT.match(cues.text, match.end()))
    )


_PRESENT_VERB = re.compile(r"(?:attack|assault)s?", re.IGNORECASE)
_PERSON_OBJECT = re.compile(
    r"\s+(?:(?:a|an|the|two|three|four|five|six|several|some|\d+)\s+)?"
    r"(?:(?!(?:on|against|by|in|at|of|from|for|with|and|or|that|which|who)\b)[\w-]+\s+)?" + _PERSON_ACTED_ON.pattern,
    re.IGNORECASE,
)

_SUBJECT_REACH = 40


def _armed_before(sentence: str, ctx: SentenceContext, at: int, terms: EventTerms, doers: bool = False) -> bool:
    """An armed actor named before the action word; a crowd the actor lexicon also lists ("residents") is not one,
    nor are the gunmen a crowd protests about after it ("to express their anger at the killing by armed men").
    ``doers``: nor the police that told the news ("police said he stole ...": a thief's theft, not the police's)."""
    offset = ctx.sentence.span.start
    told = [m.span() for m in _SPEAKER.finditer(sentence)] if doers else []
    return any(
        s.start - offset < at
        and not terms.context["crowd"].fullmatch(sentence[s.start - offset : s.end - offset])
        and not _overlaps((s.start - offset, s.end - offset), told)
        for s in ctx.armed_actor_spans
    )


def _armed_subject(sentence: str, at: int) -> bool:
    """An armed group named just before the verb, in its clause ("Tiv militias attacked"; not "talks with rebel
    groups after one of the groups raided a town", where the rebels are what the talks are with)."""
    named = list(_ARMED_GROUP.finditer(sentence, max(0, at - _SUBJECT_REACH), at))
    return bool(named) and not _CLAUSE_BREAK.search(sentence, named[-1].end(), at)  # the last named is the subject


def _remote_type(cues: _Cues, terms: EventTerms) -> str | None:
    if not cues.instruments:
        return None
    if (
        cues.military_target
        and terms.context["small_arms"].search(cues.text)
        and not set(cues.instruments) & _NAMED_ATTACKS
    ):
        return "Armed clash"  # mortars and small arms at each other's positions: ACLED codes the battle
    return max(cues.instruments, key=lambda name: terms.types[name].priority)


def _type_for(kind: str, match: re.Match[str], cues: _Cues, ctx: SentenceContext, terms: EventTerms) -> str | None:
    if kind in _MOB_KINDS and not cues.instruments and _crowd_subject(cues.text, match, terms, protest=cues.protest):
        # "residents beat a suspected thief to death": people with no organisation did it; at a protest, its riot
        demonstrating = (cues.protest and _DEMONSTRATED.search(cues.text)) or _ROADBLOCK.search(cues.text)
        if demonstrating and _RALLY_ATTACKED.match(cues.text, match.start()):
            return "Mob violence"  # "a group of men attacked a peaceful rally": the protest is the target, not the doer
        return "Violent demonstration" if demonstrating else "Mob violence"
    if kind in ("clash", "strike", "strike_weak") and set(cues.instruments) <= _SHELLING:
        monitored = _monitor_type(cues.text, terms)
        if monitored is not None:
            return monitored
    if kind == "clash" and not _armed_group_named(cues) and not _GUNFIRE.search(match.group()):
        # a shoot-out or an exchange of fire is fought with guns: never a brawl of villagers or a riot
        if cues.protest:
            return "Violent demonstration"  # "protesters clashed with police": no armed organisation on either side
        if terms.context["crowd"].search(cues.text[max(0, match.start() - _SUBJECT_WINDOW) : match.start()]):
            return "Mob violence"  # "two groups of villagers clashed", "a mob clashed with police"
        sides = _SIDES_AFTER.match(cues.text, match.end())
        if sides and any(m.group().lower() not in _KIN for m in terms.context["crowd"].finditer(sides.group(1))):
            return "Mob violence"  # "clashes broke out between vendors and police": no organised armed side
    fixed = _FIXED.get(kind)
    if fixed is not None:
        return fixed
    if kind in ("kill", "injure"):
        return _violence_type(cues, terms, attack=False)
    if kind in ("strike", "strike_weak"):
        if _BARE_STRIKE.fullmatch(match.group()):
            if not cues.instruments and _LABOUR.search(cues.text):
                return None
            return _remote_type(cues, terms) or "Air/drone strike"  # in conflict news a bare "strike" is an air strike
        return _remote_type(cues, terms) or ("Armed clash" if cues.combatants else None)
    if kind == "attack":
        return _violence_type(cues, terms, attack=True)
    if kind == "capture" and cues.protest and not _armed_group_named(cues):
        return None  # "protesters stormed the town hall": a crowd takes no territory, its other words type it
    if kind == "capture":
        return _capture_type(match, cues, ctx, terms)
    if kind == "protest" and _IN_REASON.search(cues.text[max(0, match.start() - _REASON_REACH) : match.end()]):
        return None  # "arrested a singer over songs supporting the protests": the protest is a reason, not the event
    if kind == "protest":
        return _protest_type(cues, terms)
    if kind == "intervene" and not cues.protest and cues.civilians and not _gathered(cues.text, terms):
        # "fired rubber bullets at fishermen": no crowd to break up, force used on civilians; police who only
        # "intervened" used no force on anyone (the beating they stopped is the event)
        return "Attack" if _FORCE_USED.search(match.group()) else None
    if kind == "intervene":  # police broke up a crowd: the crowd's own violence, when told, makes it a riot
        violent = terms.context["violent_protest"].search(_blank(cues.text, terms.context["grievance"]))
        return "Violent demonstration" if violent else "Protest with intervention"
    if kind == "arrest":  # protesters arrested: the protest met an intervention
        # a protest yet to come ("to prevent a rally") is no protest met
        at_protest = cues.protest or _DEMONSTRATED.search(_blank(cues.text, terms.context["retrospective"])) is not None
        return "Protest with intervention" if at_protest and not _PROTEST_ELSEWHERE.search(cues.text) else "Arrests"
    return None


# a ceasefire monitor's count of fire along a front line ("observed a total of 16 explosions/bursts of fire")
_MONITOR_COUNT = re.compile(
    r"\b(?:observed|recorded|heard|registered)\s+(?:a total of\s+)?(?:\d+|[\w-]+)\s+(?:\w+/)*(?:shots|bursts|explosions|projectiles)\b",
    re.IGNORECASE,
)
_BOTH_WAYS = re.compile(r"\bboth directions\b|\bexchange", re.IGNORECASE)


_SHELLING = frozenset({"Shelling/artillery/missile attack"})


def _monitor_type(sentence: str, terms: EventTerms) -> str | None:
    """A ceasefire monitor's count of fire: with small arms or fire both ways the sides fought within range of
    each other (a battle); without, the fire came from a distance (ACLED codes shelling, whatever the weapon)."""
    if _MONITOR_COUNT.search(sentence) is None:
        return None
    if terms.context["small_arms"].search(sentence) or _BOTH_WAYS.search(sentence):
        return "Armed clash"
    return "Shelling/artillery/missile attack"


_FIXED = {
    "clash": "Armed clash",
    "abduct": "Abduction/forced disappearance",
    "sexual": "Sexual violence",
    "riot": "Violent demonstration",
    "mob": "Mob violence",
    "agree": "Agreement",
    "loot": "Looting/property destruction",
    "disrupt": "Disrupted weapons use",
    "seize": "Disrupted weapons use",
    "other": "Other",
    "coup": "Other",
    "measure": "Change to group/activity",
    "displace": "Other",
    "base": "Headquarters or base established",
    "transfer": "Non-violent transfer of territory",
    "change": "Change to group/activity",
}


def _armed_group_named(cues: _Cues) -> bool:
    """Rebels or militants on a side (lexicon actors here include rioters and protesters, so words decide)."""
    return bool(_ARMED_GROUP.search(cues.text))


_SUBJECT_WINDOW = 60
# sides that may be armed organisations: "members of" a named division, families, clans and communities with guns,
# herders and farmers ("between Kamalu and Ntambwe people": ACLED's identity militias fight armed clashes)
_KIN = frozenset({"members of", "families", "relatives", "people", "men", "persons", "farmers", "herders"})
# the sides named after a clash word ("clashes broke out in the city, between vendors and police officers")
_SIDES_AFTER = re.compile(r"[\s,]+(?:[\w'-]+[\s,]+){0,10}?(?:between|among)\s+([^.;:]{0,80})", re.IGNORECASE)


_GUNFIRE = re.compile(r"fire|shot|shoot|gun|battle", re.IGNORECASE)


# a demonstration told by its words or its assembly; "a riot-like situation" names no protest: the mob stays a mob
_DEMONSTRATED = re.compile(
    r"protest|demonstrat|marchers|marching|(?-i:march)|strikers|sit-in|\brall(?:y|ies)\b|gathered|gathering|procession|vigil",
    re.IGNORECASE,
)
# a protest named as the reason or the past of an arrest, not as where it happened ("arrested a rapper over songs
# supporting the protests", "a week after protests", "over the killing of protesters", "journalists who covered protests")
_PROTEST_ELSEWHERE = re.compile(
    r"\b(?:after|over|about|covered|supporting|since|following|ahead of|before|killing of|death of|"
    r"shooting of|deaths of|role in|incit\w+|organi[sz]ing|organi[sz]ed|called for|planned|upcoming|scheduled|"
    r"proposed)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:protests?|demonstrations?|rall(?:y|ies)|marches|march|gatherings?|protesters|demonstrators|unrest)\b",
    re.IGNORECASE,
)
# a protest word that only gives a reason or a role: "songs supporting the protests", "who had covered protests"
_IN_REASON = re.compile(
    r"\b(?:covered|supporting|role in|incit\w+|killing of|death of|shooting of|deaths of)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:protests?|demonstrations?|rall(?:y|ies)|marches|protesters|demonstrators)$",
    re.IGNORECASE,
)
_REASON_REACH = 60
# a crowd that blocks roads demonstrates (ACLED: "residents blocked a road with burned tires" is a violent demonstration)
_ROADBLOCK = re.compile(
    r"\b(?:block(?:ed|ing|aded)|barricad(?:ed|ing))\s+(?:[\w'’-]+\s+){0,6}?(?:roads?|streets?|highways?|routes?|bridges?|"
    r"junctions?|intersections?|access)\b|\b(?:erected|set up|built) (?:[\w-]+ )?barricades\b",
    re.IGNORECASE,
)
_MOB_KINDS = frozenset({"kill", "injure", "attack", "clash", "loot"})
_FORCE_USED = re.compile(r"fir(?:ed|ing)|us(?:ed|ing)|charg|tear|rubber|water|baton|pepper|stun|force", re.IGNORECASE)


def _violence_type(cues: _Cues, terms: EventTerms, *, attack: bool) -> str | None:
    """Lethal or attack violence: a protest or a mob first, then the instrument, then who the victims were."""
    if cues.protest:
        happened = _happened(cues.text, terms)
        if terms.context["violent_protest"].search(happened):
            return "Violent demonstration"  # demonstrators who fight or burn make a riot, whatever the police did
        rally = _RALLY_ATTACKED.search(happened)
        if rally and not _ORGANISED.search(happened, 0, rally.start()):
            return "Mob violence"  # "a group of men attacked a peaceful rally": people with no organisation did it
        if rally and _FORCES.search(happened, 0, rally.start()):
            return "Excessive force against protesters"  # "police attacked a peaceful rally with batons"
        if terms.context["excessive_force"].search(happened):
            return "Excessive force against protesters"
        if cues.told_protest:  # the violence is what they protest about ("a rally marking the attack")
            return None  # the protest words decide
    if terms.context["mob"].search(cues.text):
        return "Mob violence"
    if _RECIPROCAL.search(cues.text) and not _ORGANISED.search(_SPEAKER.sub(_spaces, cues.text)):
        return "Mob violence"  # "youths from both communities attacked each other with stones": no organised side
    if _JUSTICE.search(cues.text) and not _ORGANISED.search(_SPEAKER.sub(_spaces, cues.text)):
        return "Mob violence"  # "residents caught a suspected thief and beat him": justice taken by people unorganised
    remote = _remote_type(cues, terms)
    if remote is not None:
        return remote
    if cues.combatants and not cues.civilians:
        return "Armed clash"
    if attack and cues.military_target and not cues.civilians:
        return "Armed clash"
    return "Attack"


_RECIPROCAL = re.compile(
    r"\b(?:attacked|fought|beat|stoned|stabbed|hacked|assaulted|clashed with)\s+(?:each other|one another)\b",
    re.IGNORECASE,
)
# a victim the crowd accuses of a crime or of witchcraft: justice taken into its own hands
_JUSTICE = re.compile(
    r"\b(?:suspected|alleged|accused|presumed|would-be)\s+(?:[\w-]+\s+){0,2}?(?:thie(?:f|ves)|robbers?|burglars?|criminals?|"
    r"kidnappers?|child (?:abductors?|snatchers?|kidnappers?)|witch(?:es)?|wizards?|sorcerers?|rapists?|cattle rustlers?|"
    r"pickpockets?|motorcycle thie(?:f|ves))\b"
    r"|\b(?:accused|suspected)\s+(?:him|her|them)?\s*of\s+(?:theft|stealing|robbery|burglary|witchcraft|sorcery|"
    r"kidnapping|child abduction|blasphemy|rape|rustling)"
    r"|\b(?:mob|jungle|instant|street) justice\b|\btook the law into their own hands\b",
    re.IGNORECASE,
)
# a protest set upon by others: its crowd is the target, not the doer
_RALLY_ATTACKED = re.compile(
    r"\b(?:attacked|assaulted|set upon|stoned|pelted|ambushed|beat up)\s+(?:[\w'-]+\s+){0,3}?(?:rall(?:y|ies)|protests?|"
    r"march(?:es)?|demonstrations?|sit-ins?|vigils?|processions?|gatherings?|protesters|demonstrators|marchers)\b",
    re.IGNORECASE,
)
