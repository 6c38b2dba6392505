"""Who took the ground: a capture word read as territory changing hands, people taken, or goods seized.

"Seized", "captured" and "took" take ground, people and goods alike: the object after the verb (or the subject
before a passive one) says which. Ground taken is typed by the taker, the armed actor that opens the verb's clause
or follows "fell to" / "by": the state regains territory, a non-state actor overtakes it. People taken are an
arrest by the state, an abduction by anyone else.
"""

from __future__ import annotations

import re

from eventwire.lexicon import EventTerms
from eventwire.stages.clauses import _CLAUSE_BREAK, _CLAUSE_END, _PASSIVE_BEFORE, _overlaps
from eventwire.stages.context import SentenceContext, _Cues

_RECAPTURE = re.compile(
    r"re-?captur|re-?took|re-?taken|re-?enter|regain|liberat|\bback\b|reclaim|re-?occup|restor|re-?establish|re-?assert|recover|"
    r"retak|freed|(?:government|state|army|military|regime) (?:hands|control)",
    re.IGNORECASE,
)  # words of ground taken back: the state's, unless an armed group is named as the taker
_LOST_TO = re.compile(r"\blos(?:t|e|es|ing)\b", re.IGNORECASE)  # "troops lost control of the village to rebels"

_OBJECT_WINDOW = 45


def _capture_type(match: re.Match[str], cues: _Cues, ctx: SentenceContext, terms: EventTerms) -> str | None:
    after = cues.text[match.end() : match.end() + _OBJECT_WINDOW]
    stop = _CLAUSE_END.search(after)
    obj = match.group() + (after[: stop.start()] if stop else after)
    if terms.context["weapons"].search(obj) and not terms.context["territory"].search(obj):
        return None  # "captured 234 pistols": weapons seized, not ground taken
    if _GOODS.match(obj):
        return None  # "seized 8 tons of cannabis during a highway check": goods seized, the highway is only where
    before = cues.text[max(0, match.start() - _OBJECT_WINDOW) : match.start()]
    if _PASSIVE_BEFORE.search(before) and terms.context["weapons"].search(before):
        return None  # "234 pistols were captured in the capital"
    words = match.group().lower()
    passive = bool(_PASSIVE_BEFORE.search(before))
    captive = _CAPTIVE_BEFORE.search(before) if passive else _CAPTIVE.match(after)
    # "Haqqani Leader Captured in Khost": a bare verb with no object after it ("seized the town" holds its own)
    if captive is None and _TAKEN.fullmatch(words) and _NO_OBJECT.match(after):
        captive = _HEADLINE_CAPTIVE.search(before)
    if captive and not terms.context["territory"].search(captive.group()) and not _TERRITORY_VERB.match(words):
        # "captured a Taliban leader in Zharay district": people were taken, no ground; who took them decides
        taker = _taker(match, cues, ctx, terms)
        return "Abduction/forced disappearance" if taker == "nonstate" else "Arrests"
    place_follows = any(0 <= s.start - (cues.offset + match.end()) <= _OBJECT_WINDOW for s in ctx.place_spans)
    # a passive verb's ground comes before it ("Tal Rifaat had been liberated from IS")
    place_before = (
        passive
        and not _BACKGROUND_CLAUSE.search(cues.text, 0, match.start())  # "set up a post after the town was retaken"
        and any(0 <= cues.offset + match.start() - s.end <= _OBJECT_WINDOW for s in ctx.place_spans)
    )
    named = terms.context["territory"].search(match.group()) or terms.context["territory"].search(after)
    named = named or _FROM_SIDE.match(after) or " hands" in words  # "took X from the rebels", "to government hands"
    if not (named or place_follows or place_before or "fell to" in words or " of " in words or _LOST_TO.match(words)):
        return None
    if terms.context["peaceful_takeover"].search(cues.text):
        return "Non-violent transfer of territory"  # "took the town without a fight"
    side = _taker(match, cues, ctx, terms)
    if side is None and _DRIVE_OUT.match(words):
        return None  # "a scare that has driven staff out of the region": no armed side took anything
    if side is None:
        side = "state" if _RECAPTURE.search(words) else "nonstate"
    return "Government regains territory" if side == "state" else "Non-state actor overtakes territory"


_PEOPLE = (
    r"(?:leaders?|commanders?|facilitators?|associates?|suspects?|members?|m[ae]n|wom[ae]n|persons?|people|individuals?|"
    r"soldiers?|officers?|policem[ae]n|chiefs?|emirs?|deputy|deputies|financiers?|operatives?|spokesman|militants?|"
    r"insurgents?|fighters?|rebels?|civilians?|journalists?|hostages?|mullah|sub-commanders?|couriers?|bomb-?makers?|"
    r"fishermen|travell?ers|passengers|farmers|herders|villagers|residents|workers|traders|miners|students|children|"
    r"girls|boys|staff|employees|engineers|nationals|tourists|crew members|drivers|nuns|priests|pastors|teachers)"
)
_CAPTIVE = re.compile(
    r"\s+(?:(?!(?:and|or|in|at|from|after|near|with|killing|killed|by|to|of|for|on|belonging|owned)\b)[\w'-]+\s+){0,4}?"
    + _PEOPLE
    + r"\b"
    # not people naming whose ground it was ("the rebel-held town", "the rebel headquarters", "militant positions")
    r"(?!-|\s+(?:headquarters|strongholds?|bases?|camps?|towns?|villages?|positions?|territory|areas?|posts?|outposts?|"
    r"enclaves?|bastions?|hideouts?|held)\b)",
    re.IGNORECASE,
)  # the object: "a Taliban leader"
_CAPTIVE_BEFORE = re.compile(r"\b" + _PEOPLE + r"\s+(?:[\w-]+\s+){0,4}(?:was|were|been)\s+(?:\w+\s+)?$", re.IGNORECASE)
_TAKEN = re.compile(r"(?:captured|seized|taken|nabbed|caught)\b")
"""Words that take people as readily as ground: a headline that drops its "was" ("Leader Captured") says who."""
_HEADLINE_CAPTIVE = re.compile(r"\b" + _PEOPLE + r"\s+$", re.IGNORECASE)
_NO_OBJECT = re.compile(r"\s*(?:$|[,.;:]|(?:in|near|at|during|by|after|on|outside|inside)\b)", re.IGNORECASE)
"""Nothing taken after the verb: the people before it were the ones taken ("Leader Captured in Khost")."""
_TERRITORY_VERB = re.compile(
    r"(?:fell to|overr|took control|taken control|seiz\w+ control|regain|wrest|gain|los[te]|recover|free|secur|reclaim|"
    r"re-?occup|conquer|(?:took|taken|take|takes|taking) back|retak|restor|clear)",
    re.IGNORECASE,
)  # verbs whose object is ground even when people follow ("freed the area from militants", "lost it to rebels")

# goods as the object of "seized": drugs, contraband, belongings (a highway named after them is where, not what)
_GOODS = re.compile(
    r"\w+(?:\s+(?:the|their|his|her|about|some|over|more than|nearly|around|almost|[\d.,]+))*"
    r"\s+(?:[\w-]+\s+){0,2}?(?:tons?|tonnes?|kg|kilos?|kilograms?|packs?|litres?|liters?|bags?|sacks?|marijuana|cannabis|"
    r"cocaine|heroin|drugs|narcotics|cigarettes|contraband|smuggled|goods|timber|charcoal|phones|money|cash|valuables|"
    r"belongings|livestock|cattle|cars|vehicles|property|properties)\b",
    re.IGNORECASE,
)
# what was taken was taken from an armed side: ground, whatever its name ("wrested North Waziristan from a rival group")
_FROM_SIDE = re.compile(
    r"\s+(?:[\w'-]+\s+){1,5}?from\s+(?:the\s+|a\s+|an\s+)?(?:[\w'-]+\s+){0,3}?(?:militants|fighters|rebels|insurgents|"
    r"members|forces|troops|army|militias?|militiamen|gunmen|armed group|terrorists|jihadists|separatists|guerrillas)\b",
    re.IGNORECASE,
)
_BACKGROUND_CLAUSE = re.compile(r"\b(?:after|following|since|once|when|before)\b[^,;]*$", re.IGNORECASE)
_FROM = re.compile(r"\s+from\b", re.IGNORECASE)
_AGENT = re.compile(r"\bby\b", re.IGNORECASE)
_TAKER_WINDOW = 140
_HELD_PLACE = re.compile(
    r"(?:-held|-controlled|-run)?\s+(?:positions?|posts?|bases?|territory|areas?|towns?|villages?|lines|barracks|"
    r"checkpoints?|camps?|strongholds?|outposts?|held|controlled|garrisons?|trenches|stations?|headquarters|compounds?)\b",
    re.IGNORECASE,
)
_DRIVE_OUT = re.compile(r"(?:pushed|drove|driven|forced|expelled|ousted|cleared)\b")


def _taker(match: re.Match[str], cues: _Cues, ctx: SentenceContext, terms: EventTerms) -> str | None:
    """Who took the ground: the armed actor named last before the verb ("Al-Shabaab militants recaptured
    the town" is a non-state gain even though the word is "recaptured"), or after "fell to" / "by"."""
    words = match.group().lower()
    if (
        "fell to" in words
        or _LOST_TO.match(words)
        or _PASSIVE_BEFORE.search(cues.text[max(0, match.start() - 40) : match.start()])
    ):
        region_start, region_end = match.end(), min(len(cues.text), match.end() + _TAKER_WINDOW)
        pick_last = False
        if "fell to" not in words and not _LOST_TO.match(words) and _FROM.match(cues.text, match.end()):
            # "liberated from IS fighters": those named after "from" lost it; only a "by" names the taker
            agent = _AGENT.search(cues.text, match.end(), region_end)
            if agent is None:
                return None
            region_start = agent.end()
    else:
        region_start, region_end = max(0, match.start() - _TAKER_WINDOW), match.start()
        pick_last = True
    found: list[tuple[int, str]] = []
    named: list[tuple[int, int]] = []
    for s in ctx.armed_actor_spans:
        at = s.start - cues.offset
        named.append((at, s.end - cues.offset))
        if _HELD_PLACE.match(cues.text, s.end - cues.offset):
            continue  # "overran army positions": whose ground it was, not who took it
        if region_start <= at < region_end:
            found.append((at, "state" if s in ctx.state_actor_spans else "nonstate"))
    region = cues.text[region_start:region_end]
    for side, key in (("state", "state_forces"), ("nonstate", "nonstate_forces")):
        for m in terms.context[key].finditer(region):
            span = (region_start + m.start(), region_start + m.end())
            if _HELD_PLACE.match(region, m.end()):
                continue  # "overran government positions": whose ground it was, not who took it
            if not _overlaps(span, named):  # the "Army" of "Arakan Army": the named actor decides its side
                found.append((span[0], side))
    if not found:
        return None
    found.sort()
    if pick_last and _RECAPTURE.search(words) and any(side == "state" for _, side in found):
        return "state"  # "government forces and clan militias recaptured the town": the state leads the retaking
    if pick_last:  # the subject opens the verb's clause: "IS remnants overran positions of the army and took over"
        breaks = [m.end() for m in _SUBJECT_BREAK.finditer(cues.text, region_start, region_end)]
        clause = [(at, side) for at, side in found if at >= (breaks[-1] if breaks else region_start)]
        return (clause or found[-1:])[0][1]
    return found[0][1]


# where the subject's clause begins: punctuation, a linking word, or a speaker ("the army said militants took the town")
_SUBJECT_BREAK = re.compile(
    _CLAUSE_BREAK.pattern + r"|\b(?:as|while|said|says|say|claimed|reported|announced|confirmed|stated)\b(?: that\b)?",
    re.IGNORECASE,
)
