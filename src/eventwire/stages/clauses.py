"""Words read over one sentence's text, shared by the readings of triggers, crowds, territory and accidents.

Clause ends and breaks, passive verbs and their agents, the police or army that told the news, armed groups
named in words, and the blanking of words a reading must not see: small helpers that each reading needs the
same way, kept here so the readings import them downwards and never from each other.
"""

from __future__ import annotations

import re

from eventwire.lexicon import EventTerms, WordsPattern

# where a hedge's reach ends: punctuation, or a clause telling what already happened ("vowed to stop the
# killings after gunmen shot dead four traders": the shooting is not hedged; "tried to negotiate and then used tear gas")
_CLAUSE_BREAK = re.compile(r"[;:,—–]|\. |\b(?:after|following|when|because|but|and then)\b", re.IGNORECASE)


def _spaces(match: re.Match[str]) -> str:
    return " " * len(match.group())


_AGENT_AFTER = re.compile(r"\s+by\b", re.IGNORECASE)
_PASSIVE_TRIGGER = re.compile(r"(?:was|were|been)\b", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[,;:.]\s")
# "is" in lower case only: "an IS cell seized ..." names the Islamic State, not a passive verb
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|(?-i:is|are|Is|Are))\s+(?:\w+\s+)?$", re.IGNORECASE)


def _happened(text: str, terms: EventTerms) -> str:
    """The sentence without the crowd's grievance, closed up ("Students [protesting a decision] smashed windows"
    reads "Students smashed windows"), so the crowd's own deeds read as told."""
    return _GAP.sub(" ", _blank(text, terms.context["grievance"]))


_GAP = re.compile(r"\s{2,}")


def _blank(text: str, regex: WordsPattern) -> str:
    return regex.sub(lambda m: " " * len(m.group()), text)


def _overlaps(span: tuple[int, int], others: list[tuple[int, int]]) -> bool:
    return any(s < span[1] and span[0] < e for s, e in others)


def _inside(span: tuple[int, int], others: list[tuple[int, int]]) -> bool:
    return any(s <= span[0] and span[1] <= e for s, e in others)


_SPEAKER = re.compile(
    r"\b(?:according to (?:the )?(?:[\w-]+ ){0,2}(?:police|army|military|officers?|officials?)|"
    r"(?:the )?(?:[\w-]+ )?(?:police|army|military)(?: [\w-]+){0,2} (?:said|says|told|reported|confirmed|spokes\w+))",
    re.IGNORECASE,
)

_ARMED_GROUP = re.compile(
    r"\b(?:militants?|rebels?|insurgents?|jihadists?|terrorists?|militias?|militiamen|guerrillas?|fighters|gunmen|"
    r"armed (?:men|groups?|individuals|persons|people|civilians|factions?)|gangs?|gangsters|cartels?|(?:cattle )?raiders|"
    r"(?:cattle |livestock )?rustlers|bandits)\b",
    re.IGNORECASE,
)
