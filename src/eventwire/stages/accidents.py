"""The accident frame: deaths an article's title or lead puts down to a fire, a crash or an explosion.

A sentence that tells deaths with no hand ("eight people died") belongs to the accident its lead tells
("Fire at hospital kills eight"), not to an attack; a weapon, an armed side or a killing word done by hand
("shot", "stabbed") names a doer and breaks the frame.
"""

from __future__ import annotations

import re

from eventwire.lexicon import EventTerms, screened
from eventwire.stages.clauses import _SPEAKER

# killing words that name a hand behind them: no flood or pandemic shoots or stabs anyone
_BY_HAND = re.compile(
    r"shot|stabb|gunned|hacked|beat|behead|lynch|murder|assassinat|massacr|execut|slaughter|strangl|tortur",
    re.IGNORECASE,
)

_PERPETRATORS = re.compile(
    r"\b(?:militants?|rebels?|insurgents?|jihadists?|terrorists?|militias?|militiamen|guerrillas?|fighters|gunmen|"
    r"attackers|assailants|soldiers|troops|army|police|officers|guards|security forces|shot|gunfire|bomb\w*)\b",
    re.IGNORECASE,
)
# armed men told as the victims or the load ("two soldiers died", "a truck carrying troops"): they did not do the act
_ARMED_VICTIMS = re.compile(
    r"\b(?:soldiers?|troops|police(?:m[ae]n| officers)?|officers|guards|security forces)\s+"
    r"(?:(?:were|was|have|had|are)\s+(?:been\s+)?)?(?:died|dead|killed|injured|wounded|hurt|burned|burnt|perished|"
    r"lost their lives)\b|"
    r"\b(?:killing|killed|injuring|injured|wounding|wounded|deaths? of|bodies of|carrying|transporting|ferrying|"
    r"aboard)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:soldiers?|troops|police(?:m[ae]n| officers)?|officers|guards)\b",
    re.IGNORECASE,
)
_LEAD = re.compile(r"(?<=[.!?])\s+|\n+")  # splits the title and first sentences of an article
_last_frame: list[tuple[str, EventTerms | None, bool]] = [("", None, False)]


def _names_doer(sentence: str) -> bool:
    """An armed side or a weapon named as the hand; "police said" names who told, and "two soldiers died" who died."""
    return bool(_PERPETRATORS.search(_ARMED_VICTIMS.sub(" ", screened(_SPEAKER).sub("", sentence))))


def _accident_framed(text: str, terms: EventTerms) -> bool:
    """The title or lead tells a fire, crash or explosion accident and names no hand ("Fire at hospital kills
    eight"): deaths told later with no doer are that accident's, not an attack."""
    last = _last_frame[0]
    if last[1] is terms and last[0] is text:
        return last[2]
    lead = " ".join([chunk for chunk in _LEAD.split(text[:600]) if chunk.strip()][:2])
    frame = terms.context["accident_frame"]
    rest = frame.regex.sub(" ", lead)  # "gas explosion" names the accident, not a weapon
    framed = bool(frame.search(lead)) and not (
        _names_doer(lead) or _BY_HAND.search(lead) or any(regex.search(rest) for _, regex in terms.instruments)
    )
    _last_frame[0] = (text, terms, framed)
    return framed
