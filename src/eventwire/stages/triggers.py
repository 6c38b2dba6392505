"""Event detection and typing, one sentence at a time.

A sentence reports an event when it holds a trigger (an action word) that is not hedged
("will", "threatened to", "capable of"), not a figure of speech ("heart attack", "the fight
against corruption") and, for weak triggers ("attack", "hit"), is supported by a weapon,
a victim count or an armed actor. Instrument and victim cues then choose the ACLED
sub-event type; when a sentence carries several, ACLED's hierarchy (type priority) picks one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from eventwire.lexicon import EventTerms, SubEventType
from eventwire.records import Sentence, Span

_CLAUSE_BREAK = re.compile(r"[;:,—–]|\. ")
_HEDGE_WINDOW = 60  # characters before a trigger searched for hedges; a clause rarely spans more
_NEGATION_WINDOW = 30
_RECAPTURE = re.compile(r"recaptur|retook|retaken|regain|liberat", re.IGNORECASE)
_OBJECT_WINDOW = 45
_BARE_STRIKE = re.compile(r"strikes?", re.IGNORECASE)
_PROTEST_CONTEXT = re.compile(r"protest|demonstrat|marchers|rioters|\brall(?:y|ies)\b", re.IGNORECASE)
_ARREST_ONLY_DROPS = frozenset({"attack", "strike_weak"})
_DISRUPT_DROPS = frozenset({"attack", "strike", "strike_weak"})


@dataclass(frozen=True)
class SentenceContext:
    """What other stages already know about one sentence."""

    index: int
    sentence: Sentence
    armed_actor_spans: tuple[Span, ...] = ()
    state_actor_spans: tuple[Span, ...] = ()
    place_spans: tuple[Span, ...] = ()
    has_casualties: bool = False
    sports_article: bool = False


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


@dataclass(frozen=True)
class _Cues:
    text: str
    offset: int
    instruments: tuple[str, ...]
    civilians: bool
    combatants: bool
    military_target: bool
    protest: bool


def is_sports_article(text: str, terms: EventTerms) -> bool:
    """Sports, politics or disaster words outnumber weapon words: "blast", "bombarded", "clash" and
    "killed" there are figures of speech or the work of nature, unless an armed actor is named."""
    weapons = sum(len(regex.findall(text)) for _, regex in terms.instruments)
    for frame in ("sports", "politics", "disaster"):
        count = len(terms.context[frame].findall(text))
        if count >= 3 and count > 2 * weapons:
            return True
    return False


def detect(text: str, ctx: SentenceContext, terms: EventTerms) -> Detection | None:
    """The sentence's event reading, or None when it reports no event."""
    start, end = ctx.sentence.span.start, ctx.sentence.span.end
    sentence = text[start:end]
    cues = _cues(sentence, start, terms, ctx)
    nonevent = [m.span() for m in terms.context["nonevent"].finditer(sentence)]
    best: tuple[SubEventType, Span, bool] | None = None
    anchor: int | None = None
    kinds = {t.kind for t in terms.triggers if t.regex.search(sentence)}
    dropped: frozenset[str] = frozenset()
    if "arrest" in kinds and not kinds & {"kill", "injure", "strike", "clash"} and not cues.instruments:
        dropped = _ARREST_ONLY_DROPS  # a raid in which people were arrested is an arrest
    elif "disrupt" in kinds and not ctx.has_casualties:
        dropped = _DISRUPT_DROPS  # drones shot down or "destroyed" by air defences struck nothing
    for trigger in terms.triggers:
        if trigger.kind in dropped:
            continue
        for match in trigger.regex.finditer(sentence):
            if _overlaps(match.span(), nonevent) or _hedged(sentence, match.start(), terms):
                continue
            if (not trigger.strong or ctx.sports_article) and not _supported(cues, ctx, sentence, trigger.kind, terms):
                continue
            name = _type_for(trigger.kind, match, _with_victims(cues, match, terms), ctx, terms)
            if name is None:
                continue
            anchor = match.start() if anchor is None else min(anchor, match.start())
            candidate = terms.types[name]
            if best is None or candidate.priority > best[0].priority:
                explicit = (
                    trigger.kind in _EXPLICIT_KINDS or bool(cues.instruments) or candidate.disorder == "Demonstrations"
                )
                best = (candidate, Span.of(text, start + match.start(), start + match.end()), explicit)
    if best is None or anchor is None:
        return None
    if best[0].name == "Abduction/forced disappearance" and "kill" in kinds and ctx.has_casualties:
        best = (terms.types["Attack"], best[1], best[2])  # people killed as well as taken: ACLED codes the attack
    sub_type, trigger_span, explicit = best
    return Detection(
        index=ctx.index,
        sub_type=sub_type,
        trigger=trigger_span,
        negated=_negated(sentence, trigger_span.start - start, terms),
        separate=bool(terms.context["separate"].search(sentence)),
        anchor=start + anchor,
        explicit=explicit,
        background=bool(terms.context["background"].search(sentence)),
    )


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
        "base",
        "transfer",
        "change",
        "arrest",
    }
)


def _cues(sentence: str, offset: int, terms: EventTerms, ctx: SentenceContext) -> _Cues:
    instruments = tuple(name for name, regex in terms.instruments if regex.search(sentence))
    if not instruments and _STRIKE_NOUN.search(sentence):
        instruments = ("Air/drone strike",)  # "a similar strike killed two": in conflict news, an air strike
    return _Cues(
        text=sentence,
        offset=offset,
        instruments=instruments,
        civilians=bool(terms.context["civilians"].search(sentence)),
        combatants=bool(terms.context["combatants"].search(sentence)) or len(ctx.armed_actor_spans) > 1,
        military_target=bool(terms.context["military_targets"].search(sentence)),
        protest=bool(_PROTEST_CONTEXT.search(sentence)),
    )


_STRIKE_NOUN = re.compile(
    r"\b(?:a|an|the|this|that|another|similar|second|first|latest|separate)\s+(?:\w+\s+)?strikes?\b", re.IGNORECASE
)
_CLAUSE_END = re.compile(r"[,;:.]\s")
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are)\s+(?:\w+\s+)?$", re.IGNORECASE)


def _with_victims(cues: _Cues, match: re.Match[str], terms: EventTerms) -> _Cues:
    """Who was hit: the words after an active verb ("militants attacked Muaja and killed 1 person"),
    the words before a passive one ("a drug suspect was killed"); the perpetrator does not count."""
    passive = bool(_PASSIVE_BEFORE.search(cues.text[max(0, match.start() - 40) : match.start()]))
    if passive:
        region = cues.text[: match.start()]
    else:  # the object of the verb, up to the end of its clause ("injuring 13, a police spokesman said")
        after = cues.text[match.end() :]
        stop = _CLAUSE_END.search(after)
        region = after[: stop.start()] if stop else after
    civilians = bool(terms.context["civilians"].search(region))
    combatants = bool(terms.context["combatants"].search(region))
    if not civilians and not combatants:
        return cues
    return _Cues(cues.text, cues.offset, cues.instruments, civilians, combatants, cues.military_target, cues.protest)


def _overlaps(span: tuple[int, int], others: list[tuple[int, int]]) -> bool:
    return any(s < span[1] and span[0] < e for s, e in others)


def _hedged(sentence: str, at: int, terms: EventTerms) -> bool:
    window = sentence[max(0, at - _HEDGE_WINDOW) : at]
    breaks = list(_CLAUSE_BREAK.finditer(window))
    if breaks:
        window = window[breaks[-1].end() :]
    return bool(terms.context["speculative"].search(window))


def _negated(sentence: str, at: int, terms: EventTerms) -> bool:
    return bool(terms.context["negation"].search(sentence[max(0, at - _NEGATION_WINDOW) : at]))


def _supported(cues: _Cues, ctx: SentenceContext, sentence: str, kind: str, terms: EventTerms) -> bool:
    if kind == "protest":
        return bool(terms.context["protest_support"].search(sentence))
    if ctx.sports_article:
        return bool(ctx.armed_actor_spans) and ctx.has_casualties
    return bool(cues.instruments) or ctx.has_casualties or bool(ctx.armed_actor_spans)


def _remote_type(cues: _Cues, terms: EventTerms) -> str | None:
    if not cues.instruments:
        return None
    if (
        cues.military_target
        and terms.context["small_arms"].search(cues.text)
        and "Air/drone strike" not in cues.instruments
    ):
        return "Armed clash"  # mortars and small arms at each other's positions: ACLED codes the battle
    return max(cues.instruments, key=lambda name: terms.types[name].priority)


def _type_for(kind: str, match: re.Match[str], cues: _Cues, ctx: SentenceContext, terms: EventTerms) -> str | None:
    fixed = _FIXED.get(kind)
    if fixed is not None:
        return fixed
    if kind in ("kill", "injure"):
        return _violence_type(cues, terms, attack=False)
    if kind in ("strike", "strike_weak"):
        if _BARE_STRIKE.fullmatch(match.group()):
            return _remote_type(cues, terms) or "Air/drone strike"  # in conflict news a bare "strike" is an air strike
        return _remote_type(cues, terms) or ("Armed clash" if cues.combatants else None)
    if kind == "attack":
        return _violence_type(cues, terms, attack=True)
    if kind == "capture":
        return _capture_type(match, cues, ctx, terms)
    if kind == "protest":
        return _protest_type(cues, terms)
    if kind == "arrest":  # protesters arrested: the protest met an intervention
        return "Protest with intervention" if cues.protest else "Arrests"
    return None


_FIXED = {
    "clash": "Armed clash",
    "abduct": "Abduction/forced disappearance",
    "sexual": "Sexual violence",
    "riot": "Violent demonstration",
    "mob": "Mob violence",
    "agree": "Agreement",
    "loot": "Looting/property destruction",
    "disrupt": "Disrupted weapons use",
    "base": "Headquarters or base established",
    "transfer": "Non-violent transfer of territory",
    "change": "Change to group/activity",
}


def _violence_type(cues: _Cues, terms: EventTerms, *, attack: bool) -> str:
    """Lethal or attack violence: a protest or a mob first, then the instrument, then who the victims were."""
    if cues.protest:
        if terms.context["excessive_force"].search(cues.text):
            return "Excessive force against protesters"
        if terms.context["violent_protest"].search(cues.text):
            return "Violent demonstration"
        return "Excessive force against protesters"
    if terms.context["mob"].search(cues.text):
        return "Mob violence"
    remote = _remote_type(cues, terms)
    if remote is not None:
        return remote
    if cues.combatants and not cues.civilians:
        return "Armed clash"
    if attack and cues.military_target and not cues.civilians:
        return "Armed clash"
    return "Attack"


def _capture_type(match: re.Match[str], cues: _Cues, ctx: SentenceContext, terms: EventTerms) -> str | None:
    after = cues.text[match.end() : match.end() + _OBJECT_WINDOW]
    place_follows = any(0 <= s.start - (cues.offset + match.end()) <= _OBJECT_WINDOW for s in ctx.place_spans)
    if not (terms.context["territory"].search(after) or place_follows or "fell to" in match.group().lower()):
        return None
    if _RECAPTURE.search(match.group()) or _state_acts_first(match, cues, ctx):
        return "Government regains territory"
    return "Non-state actor overtakes territory"


def _state_acts_first(match: re.Match[str], cues: _Cues, ctx: SentenceContext) -> bool:
    at = cues.offset + match.start()
    before = [s for s in ctx.armed_actor_spans if s.end <= at]
    return bool(before) and before[-1] in ctx.state_actor_spans


def _protest_type(cues: _Cues, terms: EventTerms) -> str:
    if terms.context["excessive_force"].search(cues.text):
        return "Excessive force against protesters"
    if terms.context["violent_protest"].search(cues.text):
        return "Violent demonstration"
    if terms.context["intervention"].search(cues.text):
        return "Protest with intervention"
    return "Peaceful protest"
