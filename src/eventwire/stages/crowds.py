"""Crowd readings: whether people with no organisation did the violence, and how a protest went.

A crowd reading asks who the doers of a violent word are: residents, youths, traders or protesters as the
subject of an active verb that acts on someone ("villagers beat a suspected thief to death"), with no armed or
state hand among them. ACLED codes such violence by who did it, not by what was done: an unorganised crowd's
violence is mob violence, the same deed by demonstrators is a violent demonstration (a riot), and the same deed
by an armed or organised side is an attack or a battle. A crowd assembled or named again after a protest
("police fired on them") makes the state's force an intervention on a protest, not an attack on civilians.
"""

from __future__ import annotations

import re

from eventwire.lexicon import EventTerms, screened
from eventwire.stages.clauses import _AGENT_AFTER, _ARMED_GROUP, _PASSIVE_BEFORE, _PASSIVE_TRIGGER, _blank, _happened
from eventwire.stages.context import _Cues

# a crowd assembled without protest words: force turned on it, or its peaceful assembly told ("fired into the crowd of
# mourners", "residents gathered peacefully to demand security", "a peaceful funeral procession")
_ASSEMBLY = r"(?:crowds?|gathering|procession|mourners|sit-ins?|vigil|blockade|march(?:ers)?|rall(?:y|ies)|funeral)"
_ASSEMBLED = re.compile(
    r"\b(?:fired|firing|opened fire|shot|shooting|drove|driving|charged|ploughed|plowed)\b[^.;]{0,50}?\b(?:into|on|at|upon)\s+"
    r"(?:[\w-]+\s+){0,3}?" + _ASSEMBLY + r"\b"
    r"|\bpeaceful(?:ly)?\s+(?:[\w-]+\s+){0,2}?(?:" + _ASSEMBLY[3:-1] + r"|gathered|assembly|protest\w*|demonstrat\w*)\b"
    r"|\b(?:gathered|gathering|assembled|sitting|marching|walking)\s+peacefully\b"
    r"|\bgathered\b[^.;]{0,40}?\bto (?:demand|protest|denounce|call for|press for|mourn|commemorate|contest|oppose)\b",
    re.IGNORECASE,
)

# the crowd of an earlier sentence named again ("Police fired on them", "charged the marchers")
_BACK_TO_CROWD = re.compile(
    r"\b(?:them|they|the (?:crowds?|protesters|demonstrators|marchers|march|rally|gathering|sit-in|vigil|procession|"
    r"women|students|mourners|residents|teachers|workers|activists|group|farmers|traders|nurses|doctors|youths))\b",
    re.IGNORECASE,
)

# the state's forces acting right after a protest is told: on its crowd, unless the words turn elsewhere
_FORCES = re.compile(r"\b(?:police\w*|security forces|soldiers|troops|gendarmes|officers|guards|army)\b", re.IGNORECASE)


def _back_to_crowd(sentence: str, terms: EventTerms) -> bool:
    """A sentence after a protest goes on about its crowd: names it again ("fired on them") or tells the state's
    forces acting, with no armed group and no other event named ("separately", "in another town")."""
    if terms.context["separate"].search(sentence) or _ARMED_GROUP.search(sentence):
        return False
    return bool(_BACK_TO_CROWD.search(sentence) or _FORCES.search(sentence))


def _assembled(sentence: str) -> bool:
    """A crowd of people assembled, not "a gathering of militants" that a gunship fired on."""
    found = screened(_ASSEMBLED).search(sentence)
    return found is not None and not _ARMED_GROUP.search(sentence, found.start(), found.end() + 30)


_GATHERING = re.compile(
    r"\b(?:gather\w*|dispers\w*|assembl\w*|rall(?:y|ies)|march\w*|curfew|lockdown)\b", re.IGNORECASE
)


def _gathered(sentence: str, terms: EventTerms) -> bool:
    """A crowd or a gathering is named: force used on it is an intervention, not an attack on civilians."""
    return bool(_GATHERING.search(sentence) or terms.context["crowd"].search(sentence))


# people who act together without an organisation (ACLED's rioters): residents, villagers, youths, relatives, fans,
# believers of two faiths, workers of a trade; not "men" or "herders" (unknown gunmen, communal militias) on their own
_CROWD_SUBJECT = re.compile(
    r"\b(?:mobs?|crowds?|residents|villagers|locals|youths|inhabitants|neighbou?rs|relatives|families|supporters|fans|"
    r"passengers|migrants|students|worshippers|devotees|citizens|community members|communities|"
    r"(?:Christians?|Muslims?|Hindus?|Buddhists?|Sikhs?) and (?:Christians?|Muslims?|Hindus?|Buddhists?|Sikhs?)|"
    r"(?:motorcycle |motorbike |moto-?)?taxi (?:drivers|riders|operators)|motorbike riders|okada riders|traders|vendors|"
    r"(?:hundreds|dozens|thousands|scores|a group|groups|a crowd|a mob) of (?:[\w-]+ ){0,2}?(?:people|men|youths?|"
    r"residents|villagers|locals|persons|women))\b",
    re.IGNORECASE,
)
# at a protest, its own people too: "protesters stormed the building", "students protesting the verdict burned cars"
_PROTEST_SUBJECT = re.compile(
    _CROWD_SUBJECT.pattern + r"|\b(?:protest[eo]rs|demonstrators|marchers|rioters|participants|people|workers|farmers|"
    r"miners|prisoners|inmates|drivers|riders|shopkeepers|onlookers|activists|members|women|men)\b|\bprotesting\b",
    re.IGNORECASE,
)
# an organised or armed hand among the doers: then the violence is an attack or a battle, not a mob's
_ORGANISED = re.compile(
    _ARMED_GROUP.pattern + r"|\b(?:soldiers|troops|army|police\w*|officers|guards|security|gendarmes?|military|"
    r"herders|bandits|vigilantes|forces|armed|guns?|gunfire|rifles?|shot|shooting|"
    r"assailants|attackers|kidnappers|party|parties|cadres|(?:youth )?wing|government|regime|loyalists?|pro-\w+)\b",  # "party youths attack traders": a party's militia (ACLED: an attack)
    re.IGNORECASE,
)
_CROWD_REACH = 120
_DEED_VERB = re.compile(
    r"\b(?:beat|beaten|stoned|hacked|burned|burnt|stabbed|clubbed|lynched|kicked|tortured|shot|trampled|set upon)\b",
    re.IGNORECASE,
)
_LEAD_WORDS = 3

# what the verb acts on follows it, or follows the verb it is joined to ("attacked and chased Zimbabwean residents")
_OBJECT_FOLLOWS = re.compile(
    r"(?:\s+and\s+\w+)?\s+(?!(?:in|by|on|at|during|when|after|as|while|and|or|near|from|for|with|over)\b)\w"
)


def _crowd_subject(sentence: str, match: re.Match[str], terms: EventTerms, *, protest: bool = False) -> bool:
    """A crowd is the subject of the violent verb in its clause ("residents of the town beat ... to death",
    "youths from both communities attacked each other"), the verb is active and acts on someone or something,
    and no armed or state hand is among the doers."""
    words = match.group()
    # what the crowd protests about is not among the doers ("protesting the killing of a man by police, stoned ...")
    before = _blank(sentence[max(0, match.start() - _CROWD_REACH) : match.start()], terms.context["grievance"])
    to_death = before.endswith(" to ")
    if _NOT_DONE.fullmatch(words) and to_death:  # "beat a suspected gang member to death": the
        verb = list(_DEED_VERB.finditer(before))  # victim between the verb and "to death" is not among the doers
        before = before[: verb[-1].end()] if verb else before
    subject = _clause_subject(before)
    relative = _RELATIVE_BEFORE.search(subject)
    if relative:  # "... to remember the victims of the truck bombing that killed": the pronoun's noun is the doer
        subject = " ".join(subject[: relative.start()].split()[-3:])
    crowd = screened(_PROTEST_SUBJECT if protest else _CROWD_SUBJECT).search(subject)
    lead = subject[: crowd.start()].split() if crowd else []
    if crowd is None or len(lead) > _LEAD_WORDS or any(_PAST.search(w) for w in lead) or _ORGANISED.search(subject):
        return False  # the crowd opens the clause ("Later the students set fire"), not "Assailants hacked villagers"
    if _PASSIVE_BEFORE.search(before) or _PASSIVE_TRIGGER.match(words) or _AGENT_AFTER.match(sentence, match.end()):
        return False  # "residents were attacked": the crowd is the victim
    if _ORGANISED.search(words) or _AGENT_IN.search(words) or _MODIFIER_BEFORE.search(before):
        return False  # "tear gas fired by forces towards students"; "the recovery of looted funds": no deed of theirs
    if _PLUNDER.match(words):
        return False  # a crowd that loots takes goods: ACLED's looting, not a mob's violence
    if _NOT_DONE.fullmatch(words):  # "two villagers died", "residents killed in the attack": no deed told
        return to_death  # "beat a thief to death" is one (its object was read out above)
    # the verb acts on someone or something: after it, or in its own words ("set fire to the office", "beat them")
    acts_on = bool(_OBJECT_FOLLOWS.match(sentence, match.end())) or len(words.split()) > 1
    return acts_on or _CLASH_VERB.match(words) is not None


def _clause_subject(before: str) -> str:
    """The words of the verb's own clause before it; a clause that opens on the verb (", clashing with police",
    ", and clashed") shares the subject of the clause before it."""
    breaks = [m.end() for m in _SUBJECT_CLAUSE.finditer(before)]
    while breaks and _JOINED.fullmatch(before[breaks[-1] :]):
        breaks.pop()
    return before[breaks[-1] :] if breaks else before


_JOINED = re.compile(r"\s*(?:and|then|and then)?\s*", re.IGNORECASE)
_PAST = re.compile(r"\w{3,}ed$", re.IGNORECASE)  # "separated the passengers and killed": a verb before the crowd
_AGENT_IN = re.compile(r"\bby\b", re.IGNORECASE)
_MODIFIER_BEFORE = re.compile(r"\b(?:of|the|a|an|their|his|her|its|for|from|with)\s+$", re.IGNORECASE)
_PLUNDER = re.compile(r"loot|pillag", re.IGNORECASE)
_RELATIVE_BEFORE = re.compile(r"\b(?:that|which|who)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
"""A relative clause opening right before the verb: its subject is the noun just before the pronoun."""
_SUBJECT_CLAUSE = re.compile(
    r"[;:—–]|\. |,\s(?!(?:mostly|including|many|some|all|both)\b)|\b(?:after|when|because|but|while)\b"
)
_NOT_DONE = re.compile(
    r"(?:deaths?|dead|died|death toll|bodies|bodies of|corpses?|fatalit\w+|casualt\w+|wounded|injured|hurt)", re.I
)
_CLASH_VERB = re.compile(r"clash|fought|fighting|skirmish|battle", re.IGNORECASE)


def _protest_type(cues: _Cues, terms: EventTerms) -> str:
    """ACLED's order: violent demonstrators make a riot; force against peaceful ones is excessive when
    it could kill, an intervention when it only disperses or arrests. What they protest about
    ("against the riots of last week") says nothing of how the protest went."""
    happened = _happened(cues.text, terms)
    if terms.context["violent_protest"].search(happened):
        return "Violent demonstration"
    if terms.context["excessive_force"].search(happened):
        return "Excessive force against protesters"
    if terms.context["intervention"].search(happened):
        return "Protest with intervention"
    return "Peaceful protest"
