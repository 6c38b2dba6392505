"""Quantities: victim counts and materiel losses, read from text by rule.

Why rules and not a model: this stage runs on every sentence of millions of
articles, casualty reports are formulaic ("killing more than 80 IS
terrorists", "12 people were killed", "left 5 dead and 7 wounded"), and every
count must point at the exact words behind it.  So the stage is a cheap
keyword prefilter that turns most sentences away at once, a few precompiled
patterns, and small functions that turn a match into bounds.

Speed.  Patterns are searched on a lowercased copy of the slice without
IGNORECASE (several times faster in ``re``), then re-read at the hit on the
original text, so offsets and case stay true.  Numbers are found by a token
loop with a set lookup rather than a regex tried at every character, and noun
phrases are read word by word against word sets instead of long alternations.

How a count is found.  A *number phrase* (qualifier + number + optional
victim noun phrase) is bound to a casualty word in one of these frames:

* active   -- verb, then number:        "the attack killed 12", "killing more than 80 IS terrorists"
* passive  -- number, then verb:        "12 people, including three children, were killed"
* frame    -- verb, number, predicate:  "left 5 dead and 7 wounded", "took 12 people hostage"
* noun-of  -- noun, "of", number:       "the bodies of 12 migrants", "the arrest of 30 protesters"
* nominal  -- number, then noun:        "12 civilian deaths", "three fatalities"
* toll     -- "the death toll rose to 30";  zero -- "there were no casualties", "without casualties"

A number with no victim noun counts only where what follows cannot be a noun
("killed 12 in ...", "killed 12."), so "killed 24 hours later", "killed two
weeks ago" and "seized 4 armoured personnel carriers" give no victims.  Victim
nouns come from a closed list of person nouns plus capitalised plural demonyms
("Palestinians", "Iraqis"), which keeps materiel, time and distance nouns out.
Ages ("a 25-year-old man"), times, percentages, ordinals and decimals are
refused by the number pattern; a number right after a month, a preposition or
an identifier word ("Resolution 2254", "Brigade 93") does not open a passive
phrase.

Decisions.

* Coordinated victims are separate quantities, one per side, sharing a kind:
  "two soldiers and a civilian were killed" gives soldiers 2 and civilian 1.
  Each span runs from the verb to its own noun phrase (active) or from its own
  noun phrase to the verb (passive), so it always contains verb and number.
* An "including ..." / "among them ..." clause is part of the total, not added
  to it: "12 people, including three children, were killed" gives 12 only.
* Overlaps: when two readings claim one number, the more specific frame wins
  (zero/toll > frame > active > passive > noun-of/nominal), then the longer
  phrase; a number inside another reading's phrase is dropped.
* Bounds follow ACLED's lowest credible count: "more than 80" is 80 (not 81),
  open-ended; "up to 40" is 1..40; "dozens" 24+, "scores" 40+, "hundreds" 200+,
  "thousands" 2000+ (qualifier "thousands"), "several" 3..9, "a few" 2..5,
  "a dozen" exactly 12, "two dozen" 24.  "as many as", "fewer than", "at most"
  read as "up to"; "almost" as "nearly"; "around", "some", "approximately",
  "roughly", "an estimated" as "about"; a range's qualifier is "between".
* "N casualties" is skipped (killed or wounded?); only the zero forms ("no
  casualties", "without casualties") are read, as killed 0.  "no immediate
  reports of casualties" is not zero: it says nothing is known yet.
* "N of ..." counts only when people follow ("killed 2 of the attackers", "3 of
  them"), not "captured three of the gun trucks".  A listed phrase followed by
  "said" is an attribution ("injuring 13, a police spokesman said" is 13).
  A projection ("the death toll could rise to 60") is not a count.
* "captured"/"seized" with a person noun is abducted; "missing" is abducted; but people "captured"
  by a state's forces (named before the verb in its sentence, or "captured by police") are arrested.
* An active verb after "to" is an aim, not a count: "an operation to capture a Taliban leader",
  "vowed to kill 20 hostages" give nothing.
* "a family of five" counts five.
* "N more" counts N people besides those told before ("injuring two more"); in a list "an unknown number
  of X" does not stop the rest of the list counting ("three soldiers and an unknown number of assailants
  were wounded" gives soldiers 3, and the unknown ones apart); a dash aside ("two missionaries -- aged 19 and 21 -- were
  shot to death") is read like one in commas.
* "fatally shot/stabbed/wounded" kills; "found killed" is killed; "between 2 to 4" is a range.
* A count "reported", "believed", "presumed", "feared" or "thought" killed is a count ("eight people are
  feared dead"), as ACLED codes it; "gunned down" kills.
* Materiel takes the low bound as its count ("more than 10 tanks" -> 10).
  "hit" and "partially destroyed" read as damaged.  Jeeps, pickups, cars and
  trucks that are "armed" or "mounted with" weapons are technicals.

People one by one.  A clause whose subject names people one by one counts each:
"Begzad, a militia commander, was killed", "the judge and one of his bodyguards
were killed", "his wife was killed", "both victims died"; so does a killing of
a named person ("shot and killed Ahmad Khan, a tribal elder", "killed Taliban leader Saifullah", "the
murder of Jorge Vargas", "the killing of a shepherd"), "killing himself", and "along with his driver".
The hurt are read one by one the same way ("his wife was injured", "another was injured", "a fourth
was injured"), and a subject may follow "that" ("confirmed that Sangari, an insurgent leader, was
killed").  "In addition to the assailant, 12
people were killed" reads the assailant as a count with qualifier "in
addition", which the fatality policy adds to the others.  A list of places
before the subject ("in Fortaleza, Ceara, a woman was killed") is no list of
people: a list needs "and".  ``find_fates`` reads "the hostages were killed"
as the people abducted before; ``events_covered`` says how many events a toll
"across the five attacks" covers, for the fatality policy to share.

Limits.  A plural definite ("the soldiers were killed") gives nothing: it may
repeat a count already made.  No sums across sentences, plain "fled" (without "their homes" or "the area") is not displaced,
materiel "two others" and "three of the gun trucks" are skipped, plain "guns"
counts as artillery (machine guns and the like do not), a number right after a
month is refused ("On 5 June 3 soldiers ..."), and a noun phrase is at most
five words ("an Islamic Movement of Uzbekistan facilitator" is not read).  Neither a name in
lower-case text ("the murder of jecar neghme") nor a role that is no person noun ("a school clerk") is read.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from eventwire.lexicon import WordsPattern
from eventwire.records.evidence import Span
from eventwire.records.quantity import Materiel, MaterielCategory, Quantity, QuantityKind

__all__ = ["find_fates", "find_materiel", "find_quantities"]

_I = re.IGNORECASE

# --------------------------------------------------------------------------- vocabulary: numbers

_UNITS = "one two three four five six seven eight nine".split()
_TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_WORD_VALUES = {w: i + 1 for i, w in enumerate(_UNITS)}
_WORD_VALUES |= {w: i + 10 for i, w in enumerate(_TEENS)}
_WORD_VALUES |= {w: (i + 2) * 10 for i, w in enumerate(_TENS)}
_WORD_VALUES |= {"a": 1, "an": 1}
_SCALES = {"dozen": 12, "hundred": 100, "thousand": 1_000, "million": 1_000_000}
_ZERO_WORDS = {"no", "none", "nobody", "no one", "no-one"}

# vague words: (low, high, qualifier)
_VAGUE = {
    "dozens": (24, None, "dozens"),
    "scores": (40, None, "scores"),
    "hundreds": (200, None, "hundreds"),
    "thousands": (2_000, None, "thousands"),
    "millions": (2_000_000, None, "millions"),
    "tens of thousands": (20_000, None, "thousands"),
    "hundreds of thousands": (200_000, None, "hundreds"),
    "several": (3, 9, "several"),
    "multiple": (2, None, "multiple"),
    "numerous": (4, None, "numerous"),
    "a few": (2, 5, "a few"),
    "a handful": (2, 5, "a few"),
    "tens": (20, None, "tens"),
    "a number": (2, None, "unknown"),
    "an unknown number": (1, None, "unknown"),
    "an unspecified number": (1, None, "unknown"),
    "an undetermined number": (1, None, "unknown"),
    "an unconfirmed number": (1, None, "unknown"),
    "unknown number": (1, None, "unknown"),
    "a dozen": (12, 12, None),
    "half a dozen": (6, 6, None),
}
_VAGUE_SCALED = ["several hundred", "several thousand", "a few hundred", "a few thousand"]

_QUALIFIERS = {
    "more than": "more than",
    "over": "more than",
    "well over": "more than",
    "just over": "more than",
    "in excess of": "more than",
    "upwards of": "more than",
    "at least": "at least",
    "no fewer than": "at least",
    "no less than": "at least",
    "not less than": "at least",
    "up to": "up to",
    "as many as": "up to",
    "fewer than": "up to",
    "less than": "up to",
    "at most": "up to",
    "just under": "up to",
    "about": "about",
    "around": "about",
    "approximately": "about",
    "roughly": "about",
    "some": "about",
    "an estimated": "about",
    "estimated": "about",
    "close to": "about",
    "nearly": "nearly",
    "almost": "nearly",
}

_NUMBER_WORDS = set(_UNITS + _TEENS + _TENS) | set(_SCALES) | {"dozens", "scores", "hundreds", "thousands"}
# first words of every number phrase: the token loop tries a number match only at these
_ANCHOR_WORDS = (
    _NUMBER_WORDS
    | {w.split()[0] for w in [*_VAGUE, *_QUALIFIERS]}
    | {"a", "an", "no", "none", "nobody", "between", "millions"}
)


def _alt(words) -> str:
    """Regex alternation of words, longest first, spaces matching any whitespace."""
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


_WORDNUM = rf"(?:(?:{_alt(_TENS)})(?:[- ](?:{_alt(_UNITS)}))?|{_alt(_TEENS)}|{_alt(_UNITS)})\b"
_DIGITS = r"(?<![\w.,:/$€£])(?<![A-Za-z]-)(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![\w%]|[.,:/]\d)"
_SCALED = (
    rf"(?:{_DIGITS}|{_WORDNUM}|an?)\s+(?:dozen|hundred|thousand|million)\b"
    r"(?:\s+(?:thousand|million)\b)?"
)
_NUM = rf"(?:{_SCALED}|{_DIGITS}|{_WORDNUM})(?![-‐–][A-Za-z])"
# a spaced dash before a number word is a dateline's ("NAIROBI, June 24 - Eight police officers ..."), not a range
_RANGE = (
    rf"between\s+{_NUM}\s+(?:and|to)\s+{_NUM}|{_NUM}(?:[-–]|\s+[-–]\s*(?=\d)|\s*[-–]\s+(?=\d)|\s+(?:to|or)\s+){_NUM}"
)
_VAGUE_RE = rf"(?:{_alt([*_VAGUE, *_VAGUE_SCALED])})\b"
_QUAL = rf"(?:{_alt(_QUALIFIERS)})"
_ZERO = r"no(?:\s+one|-one|body)\b|none\b"
# a number phrase; groups: qual, vnum (vague number), num
_QUANT_RE = re.compile(
    rf"(?:(?P<qual>{_QUAL})\s+)?"
    rf"(?:(?P<vnum>{_VAGUE_RE})(?:\s+of(?=\s))?|(?P<num>(?:{_RANGE})|{_NUM}|{_ZERO}|an?\b|no\b))",
    _I,
)
_QUANT_PLAIN = rf"(?:(?:{_QUAL})\s+)?(?:{_VAGUE_RE}|{_RANGE}|{_NUM}|{_ZERO})"
_BETWEEN = re.compile(r"between\s+", _I)
_TOKEN = re.compile(r"[a-z]+|\d[\d,.]*")

# --------------------------------------------------------------------------- vocabulary: nouns

_STOP = set(
    "and or but nor were was is are be been being have has had do did does will would could should may "
    "might in on at of by for from to with into onto over under near during after before since until as "
    "than the a an this that these those who which whom whose when where while including among also "
    "reportedly allegedly not no said says say according killed dead died wounded injured hurt abducted "
    "kidnapped arrested detained missing displaced fled more most all each both some many several few "
    "them their his her its they he she it there here hostage captive prisoner custody homeless".split()
)
_PERSON_NOUNS = set(
    "people persons person civilian soldier troop serviceman servicemen servicemember militant fighter "
    "terrorist insurgent rebel jihadist jihadi extremist gunman gunmen attacker assailant combatant "
    "militiaman militiamen member police policeman policemen policewoman policewomen officer cop guard "
    "personnel recruit cadet commander leader official agent worker staff employee journalist reporter photojournalist "
    "photographer cameraman cameramen camerawoman correspondent editor blogger "
    "doctor nurse medic paramedic teacher student pupil schoolchildren child children kid infant baby "
    "babies boy girl man men woman women teenager youth adult elder resident villager inhabitant citizen "
    "national farmer herder herdsman herdsmen shepherd fisherman fishermen miner trader merchant driver "
    "passenger pilgrim worshipper worshiper protester protestor demonstrator activist supporter suspect "
    "detainee inmate migrant refugee seeker family families household relative individual other victim "
    "pilot crew crewman crewmen sailor marine paratrooper mercenary mercenaries contractor peacekeeper "
    "volunteer conscript separatist loyalist bandit kidnapper smuggler pirate criminal cultist vigilante "
    "commuter shopper bystander guest tourist patient monk priest imam dissident lawyer judge politician "
    "lawmaker minister mayor chief elements cadre operative follower partisan guerrilla warrior taliban "
    "al-shabaab shabaab hostages captives prisoners kurds jews muslims druze rohingya fulani hazaras pashtuns "
    # ranks, trades and kin met in casualty reports (the closed list keeps materiel and time nouns out)
    "colonel general captain lieutenant sergeant corporal commando bodyguard assistant bomber assassin chairperson "
    "chairman councilor councillor collector vendor ranger robber thief dealer trafficker spy scholar cleric mullah "
    "engineer interpreter translator forces male female husband wife wives son daughter brother sister father mother "
    "uncle nephew cousin associate accomplice facilitator courier financier supplier planner coordinator organizer "
    "organiser recruiter trainer instructor sympathizer sympathiser emplacer gangster sniper occupant owner landlord "
    "chieftain deputy governor thieves pastor preacher bishop reverend sheikh catechist observer lecturer professor surgeon deminer laborer labourer technician "
    "pastoralist nomad peasant campesino missionary missionaries jesuit clergyman clergymen nun prosecutor magistrate senator diplomat "
    "ambassador gendarme porter trainee sentry firefighter rescuer sailor seafarer coastguard "
    "tribesman tribesmen clansman clansmen prisoner hostage captive alawite alawites christian christians yazidi yazidis shiite shiites sunni sunnis hindu hindus "
    # demonyms the suffix rule (_DEMONYM) misses: "killing three Spaniards and three Afghans"
    "spaniard briton filipino swede dane finn greek uzbek tajik kazakh czech turk arab frenchman frenchmen "
    "dutchman dutchmen englishman englishmen irishman irishmen scot welshman thai".split()
)
# a person noun followed by one of these is a modifier: "a police spokesman", "an army base"
_NOT_PERSON_NEXT = set(
    "spokesman spokesmen spokeswoman spokesperson source sources station stations post posts base bases "
    "headquarters checkpoint checkpoints patrol patrols statement official's strike strikes assembly election "
    "elections secretary staff".split()
)
_DEMONYM = re.compile(r"[A-Z][a-z]+(?:ans|is|ites|ists|ese)")
# heads that take "of the X": "members of the security forces"
_EXT_HEADS = {
    "member",
    "members",
    "elements",
    "personnel",
    "employees",
    "staff",
    "families",
    "relatives",
    "supporters",
    "followers",
    "fighters",
    "soldiers",
    "officers",
    "troops",
}

_C = MaterielCategory
_HEAD_CATEGORY: dict[str, MaterielCategory | None] = {
    **dict.fromkeys("car vehicle suv jeep pickup pick-up".split(), _C.CAR),
    **dict.fromkeys("truck lorry lorries".split(), _C.TRUCK),
    "tanker": _C.FUEL_TANKER,
    "technicals": _C.TECHNICAL,
    **dict.fromkeys("apc bmp btr ifv mrap humvee".split(), _C.ARMOURED_VEHICLE),
    "tank": _C.TANK,
    **dict.fromkeys("howitzer gun mortar launcher mlrs cannon artillery".split(), _C.ARTILLERY),
    **dict.fromkeys("jet warplane aircraft plane airplane bomber".split(), _C.AIRCRAFT),
    **dict.fromkeys("helicopter chopper gunship".split(), _C.HELICOPTER),
    **dict.fromkeys("drone uav quadcopter".split(), _C.DRONE),
    **dict.fromkeys("boat vessel ship skiff speedboat warship gunboat".split(), _C.BOAT),
    **dict.fromkeys("house home building shop structure school hospital clinic mosque church".split(), _C.BUILDING),
    **dict.fromkeys("depot warehouse dump".split(), _C.DEPOT),
    "convoy": _C.CONVOY,
    # decided by their modifiers
    **dict.fromkeys("carrier piece system".split(), None),
}
_NOT_MATERIEL_NEXT = {"bomb", "bombs", "bomber", "bombers", "driver", "drivers", "owner", "owners"}
_NOT_ARTILLERY = {"machine", "hand", "assault", "small", "air", "shot", "toy"}
_NOT_TANK = {"fuel", "water", "oil", "storage", "gas", "septic", "petrol", "diesel"}
_FUEL = {"fuel", "oil", "petrol", "diesel", "gas", "gasoline", "tanker"}
_ARMOURED = {"armoured", "armored", "fighting", "infantry", "personnel"}
_ARMED = {"armed", "weaponised", "weaponized", "gun-mounted", "gun-toting", "gun", "technical"}
_DRONE = {"unmanned", "aerial", "kamikaze", "suicide"}
_ARMED_TRAIL = re.compile(r"gun|mortar|weapon|cannon|launcher|rocket|calib|dshk|zu-23|anti-aircraft", _I)

_NOMINAL_NOUNS = {
    "fatalities": QuantityKind.KILLED,
    "fatality": QuantityKind.KILLED,
    "deaths": QuantityKind.KILLED,
    "bodies": QuantityKind.KILLED,
    "corpses": QuantityKind.KILLED,
    "injuries": QuantityKind.INJURED,
    # one only ("resulting in 1 death"), and never a modifier ("two death sentences")
    "death": QuantityKind.KILLED,
    "injury": QuantityKind.INJURED,
}
_SINGULAR_NOMINAL = frozenset({"death", "injury"})

_MONTHS = set(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
_IDENT_WORDS = (
    set(
        "resolution brigade battalion division regiment unit article route highway road flight no no. "
        "number page section sector zone block gate room platform line km".split()
    )
    | _MONTHS
)
_PREPOSITIONS = set("at on in since until by from to before after age aged".split())

# --------------------------------------------------------------------------- context patterns

_NEXT_WORD = re.compile(
    r"(?:\s+\([A-Z][A-Za-z]{1,7}\))?\s+((?:[A-Za-z]\.){2,}|\d+-year-old|[A-Z]{2,}(?:/[A-Z]{2,})+|[A-Za-z][\w'’-]*)"
)
_EXT_OF = re.compile(r"\s+of\s+(?:(?:the|a|an|their|his|her|its)\s+)?", _I)
_FAMILY_OF = re.compile(rf"\s+of\s+(?P<n>{_NUM})", _I)
_SEP = re.compile(
    # "14 police officers, including the chief, and 25 ..."
    r"(?:\s*,\s*(?:including|among\s+them)\b(?:(?!\b(?:were|was|killed|died|dead|wounded|injured|hurt)\b)[^,;.()]){1,80},)?"
    r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|as\s+well\s+as|along\s+with|together\s+with)\s+)",
    _I,
)
# "detained the facilitator along with two of his associates": the one named is counted where he is
# introduced ("captured a Taliban facilitator"); the people with him are counted here
_WITH_THE_ONE = re.compile(
    r"(?:the|him|her|them)\b(?:\s+(?!along\b|together\b)[\w'’-]+){0,4}?\s+(?:along|together)\s+with\s+", _I
)
_WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
# what may follow a number that has no noun of its own ("killed 12 in ...")
_FOLLOW = re.compile(
    r"\s*(?:[,.;:!?)\]\"'”’—–]|$)|\s+(?:and|or|but|in|on|at|near|during|while|when|after|before|as|"
    r"including|among|across|since|last|this|that|yesterday|today|tonight|overnight|earlier|later|with|"
    rf"from|inside|outside|around|by|according|amid|following|of|so|{_WEEKDAYS})\b",
    _I,
)
_OF_DET = re.compile(r"\s+(?:(?P<pronoun>them|whom|us|those)\b|(?:the|these|its|their|his|her)\s)", _I)
_SAYS = re.compile(r"\s+(?:[\w'’-]+\s+){0,2}(?:said|says|told|reported|stated|added)\b", _I)
_OBJECT_AFTER = re.compile(
    rf"\s+(?:{_QUANT_PLAIN}|the|an?|his|her|their|its|them|him|us|"
    rf"(?-i:[A-Z])(?!(?:{_WEEKDAYS}|january|february|march|april|may|june|july|august|september|october|november|"
    r"december|in|on|at)\b)[a-z]+)\b",
    _I,
)
_TRAIL = re.compile(
    r"\s+(?:mounted|fitted|equipped|armed|loaded)\s+with\b"
    rf"(?:\s+(?!(?:and|or)\s+(?:{_QUANT_PLAIN}|an?)\b)"
    r"(?!(?:in|on|at|near|during|from|by|while|after|before|as|when)\b)[\w'’-]+){1,6}",
    _I,
)

# --------------------------------------------------------------------------- victim patterns

_KINDS = tuple(QuantityKind)  # group k0..k4 of a pattern names the kind
_ACTIVE_VERBS = {
    QuantityKind.KILLED: (
        r"kill(?:ed|ing|s)?|shot\s+dead|shot\s+and\s+killed|shooting\s+dead|gun(?:ned|ning|s)\s+down|eliminat(?:ed|ing|es|e)|"
        r"neutrali[sz](?:ed|ing|es|e)|massacr(?:ed|ing|es|e)|execut(?:ed|ing|es|e)|murder(?:ed|ing|s)?|"
        r"fatally\s+(?:shot|shooting|shoots|stabb(?:ed|ing)|stabs|wound(?:ed|ing|s)?|injur(?:ed|ing|es))|"
        r"behead(?:ed|ing|s)?|slew|slaughter(?:ed|ing|s)?|assassinat(?:ed|ing|es|e)|lynch(?:ed|ing|es)?|"
        r"(?:claim(?:ed|ing|s)?|t(?:ook|aking|akes?))\s+the\s+lives\s+of"
    ),
    QuantityKind.INJURED: r"wound(?:ed|ing|s)?|injur(?:ed|ing|es|e)|hurt(?:ing|s)?",
    QuantityKind.ABDUCTED: (r"abduct(?:ed|ing|s)?|kidnap(?:ped|ping|s)?|seiz(?:ed|ing|es|e)|captur(?:ed|ing|es|e)"),
    QuantityKind.ARRESTED: (r"arrest(?:ed|ing|s)?|detain(?:ed|ing|s)?|round(?:ed|ing|s)?\s+up|apprehend(?:ed|ing|s)?"),
    QuantityKind.DISPLACED: r"displac(?:ed|ing|es|e)|uproot(?:ed|ing|s)?",
}
_PASSIVE_VERBS = {
    QuantityKind.KILLED: (
        r"killed|dead|died|perished|slain|massacred|executed|eliminated|neutrali[sz]ed|murdered|"
        r"fatally\s+(?:shot|stabbed|wounded|injured)|"
        r"beheaded|assassinated|lynched|shot\s+dead|shot\s+and\s+killed|gunned\s+down|"
        r"(?:burned|burnt|shot|stabbed|beaten|hacked|stoned|tortured|clubbed|bludgeoned)\s+to\s+death|"
        r"lost\s+(?:their|his|her)\s+(?:lives|life)|"
        # a hospital's count: "12 people had been brought in dead", "were declared dead on arrival"
        r"(?:brought|taken|carried)\s+(?:in\s+)?dead|arrived\s+dead|(?:pronounced|declared)\s+dead"
    ),
    QuantityKind.INJURED: r"injured|wounded|hurt",
    QuantityKind.ABDUCTED: (
        r"abducted|kidnapped|seized|captured|taken\s+(?:hostage|captive|prisoner)|held\s+hostage|missing"
    ),
    QuantityKind.ARRESTED: r"arrested|detained|rounded\s+up|taken\s+into\s+custody|apprehended|jailed",
    QuantityKind.DISPLACED: (
        r"displaced|uprooted|made\s+homeless|left\s+homeless|"
        r"fled(?:\s+(?:their|his|her)\s+homes?|\s+the\s+(?:area|town|city|village|region|fighting|violence))|"
        r"forced\s+(?:to\s+flee|(?:from|out\s+of)\s+(?:their|his|her)\s+homes?)"
    ),
}
# cheap checks on the lowercased slice before a reader tries every number in it
_PASSIVE_CUE = re.compile(
    r"\b(?:killed|dead|died|perished|slain|massacred|executed|eliminated|neutrali[sz]ed|murdered|beheaded|shot|gunned|"
    r"assassinated|lynched|fatally|burn|stabbed|beaten|hacked|stoned|tortured|clubbed|bludgeoned|lost|injured|wounded|hurt|abducted|kidnapped|seized|captured|taken|held|missing|arrested|detained|"
    r"rounded|apprehended|jailed|displaced|uprooted|homeless|fled|forced)"
)
_NOMINAL_CUE = re.compile(r"fatalit|death|bodies|corpses|injur")
_TRANSITIVE = re.compile(
    r"killed|executed|eliminated|neutrali[sz]ed|murdered|beheaded|massacred|assassinated|lynched|injured|wounded|hurt|shot|stabbed|"
    r"abducted|kidnapped|seized|captured|arrested|detained|apprehended|displaced|uprooted",
    _I,
)


def _kinds(verbs: dict[QuantityKind, str]) -> str:
    """One alternation with a named group per kind, k0..k4 in QuantityKind order."""
    return "|".join(rf"(?P<k{i}>{verbs[kind]})" for i, kind in enumerate(_KINDS))


_AUX = (
    r"(?:were|was|are|is|have|has|had|been|being|be|got|get|went|remain|remains|remained|still|found|"
    r"reportedly|allegedly|also|all|later|subsequently|confirmed|officially|each|both|now|then|"
    r"already|apparently|initially|eventually|reported|believed|presumed|feared|thought|either)"
)
_PAREN = (
    # "two missionaries -- aged 19 and 21 -- were shot to death"
    r"\s*,[^,;.()]{1,80},|\s*\([^()]{1,80}\)|\s+--\s*[^;.()-]{1,60}?\s*--|\s*[—–]\s*[^;.()—–]{1,60}?\s*[—–]|"
    r"\s*,\s*(?:including|among\s+them|among\s+whom)\b"
    r"(?:(?!\b(?:were|was|killed|died|dead|wounded|injured|hurt)\b)[^;.()]|\([^()]{1,40}\)){1,160}?,?|"
    r"\s+(?:including|among\s+them|among\s+whom|mostly|mainly|most\s+of\s+them|many\s+of\s+them)"
    r"\b[^,;.()]{1,60}?"
)
_PASSIVE_TAIL = re.compile(rf"(?P<paren>{_PAREN})?(?P<aux>(?:\s+{_AUX}\b){{0,4}})\s+(?:{_kinds(_PASSIVE_VERBS)})\b", _I)


@dataclass(frozen=True, slots=True)
class _Pattern:
    """A pattern searched on the lowercased slice (fast) and re-read on the original text."""

    fast: re.Pattern
    exact: re.Pattern

    @classmethod
    def of(cls, source: str) -> _Pattern:
        return cls(re.compile(source), re.compile(source, _I))


_ACTIVE = _Pattern.of(rf"\b(?:{_kinds(_ACTIVE_VERBS)})\s+")
_FRAME = _Pattern.of(
    r"\b(?P<verb>left|leav(?:ing|es|e)|result(?:ed|ing|s)?\s+in|shot|shooting|t(?:ook|aking|akes?)|forc(?:ed|ing|es|e)|"
    r"stabb(?:ed|ing)|hack(?:ed|ing)|beat(?:ing)?|ston(?:ed|ing)|burn(?:ed|t|ing)|bludgeon(?:ed|ing))\s+"
)
_FRAME_STEMS = {
    "lea": "left",
    "lef": "left",
    "res": "left",  # "resulted in 8 tribesmen killed"
    "sho": "shot",
    "too": "took",
    "tak": "took",
    "for": "forced",
    "sta": "shot",
    "hac": "shot",
    "bea": "shot",
    "sto": "shot",
    "bur": "shot",
    "blu": "shot",
}
_FRAME_KINDS = {
    "left": {QuantityKind.KILLED, QuantityKind.INJURED, QuantityKind.DISPLACED, QuantityKind.ABDUCTED},
    "shot": {QuantityKind.KILLED},
    "took": {QuantityKind.ABDUCTED, QuantityKind.ARRESTED},
    "forced": {QuantityKind.DISPLACED},
}
_FRAME_SUFFIX = re.compile(
    r"\s+(?:(?P<k0>dead|killed|to\s+death)|(?P<k1>wounded|injured|hurt)|(?P<k2>hostage|captive|prisoner|missing)|"
    r"(?P<k3>into\s+custody)|"
    r"(?P<k4>homeless|displaced|to\s+flee|(?:from|out\s+of)\s+their\s+homes?|to\s+leave\s+their\s+homes?))\b",
    _I,
)
_NOUN_OF = _Pattern.of(
    r"\b(?:(?P<k0>deaths?|killings?|murders?|massacre|executions?|assassinations?|slayings?|bod(?:y|ies)|corpses?|remains)|(?P<k1>injur(?:y|ies))|"
    r"(?P<k2>abductions?|kidnappings?)|(?P<k3>arrests?|detentions?|detainments?)|(?P<k4>displacement))\s+of\s+"
)
_TOLL = _Pattern.of(
    rf"\b(?:(?:death|casualty|fatality|civilian)\s+)?toll\b(?:(?:\s+[a-z]+){{0,4}}?"
    rf"(?:\s+from\s+{_NUM})?\s+(?:to|at|of|reached|hit|is|was)"
    # "the death toll from Thursday's shooting near an aid convoy in Gaza City rose to 112": a longer way to a verb of rising
    r"|(?:\s+[\w'’-]+){1,10}?\s+(?:has\s+|had\s+)?(?:ris(?:en|es)|rose|climb(?:ed|s)|jump(?:ed|s)|increas(?:ed|es)|"
    r"reach(?:ed|es)|stood|stands)(?:\s+(?:to|at))?)\s+"
)
_PROJECTION = re.compile(r"\b(?:could|may|might|would|expected|feared|likely|set)\b", _I)
_ZERO_PHRASE = _Pattern.of(
    r"\b(?:there\s+(?:were|was|have\s+been|has\s+been|had\s+been)\s+)?(?P<no>no)\s+"
    r"(?:(?P<k0>casualties|fatalities|deaths|loss\s+of\s+life)|(?P<k1>injuries))\b"
    r"(?:\s+(?:were|was|have\s+been|has\s+been)\s+(?:reported|recorded|caused))?"
    r"|\b(?P<without>without)\s+(?:any\s+|causing\s+(?:any\s+)?)?"
    r"(?:(?P<k2>casualties|fatalities|deaths|loss\s+of\s+life)|(?P<k3>injuries))\b"
)
_ZERO_KINDS = {
    "k0": QuantityKind.KILLED,
    "k1": QuantityKind.INJURED,
    "k2": QuantityKind.KILLED,
    "k3": QuantityKind.INJURED,
}
_VICTIM_CUE = re.compile(
    r"\b(?:kill|dead|die|death|fatally|gunned|gunning|lives|toll|bod(?:y|ies)|remains|corpse|slain|slew|slaughter|eliminat|"
    r"neutrali|massacr|execut|murder|behead|assassin|lynch|perish|fatalit|wound|injur|hurt|casualt|loss of life|"
    r"abduct|kidnap|seiz|hostage|captive|prisoner|captur|missing|arrest|detain|detention|round|custody|"
    r"apprehend|jail|displac|fled|flee|uproot|homeless)"
)

# --------------------------------------------------------------------------- materiel patterns

_STATUSES = ("destroyed", "damaged", "captured")  # groups k0, k1, k2
_MATERIEL_ACTIVE = _Pattern.of(
    r"\b(?:(?P<k1>partially\s+destroyed|partly\s+destroyed|damag(?:ed|ing|es|e)|hit(?:ting|s)?)|"
    r"(?P<k0>destroy(?:ed|ing|s)?|wreck(?:ed|ing|s)?|wip(?:ed|ing|es|e)\s+out|burn(?:ed|t|ing|s)?|torch(?:ed|ing|es)?|"
    r"set\s+(?:on\s+)?fire\s+to|(?:shot|shooting|shoots?)\s+down|down(?:ed|ing)|"
    r"bl(?:ew|own|owing|ows?)\s+up|demolish(?:ed|ing|es)?|raz(?:ed|ing|es|e)|obliterat(?:ed|ing|es|e)|"
    r"eliminat(?:ed|ing|es|e)|neutrali[sz](?:ed|ing|es|e)|knock(?:ed|ing|s)?\s+out|t(?:ook|aking)\s+out)|"
    r"(?P<k2>captur(?:ed|ing|es|e)|seiz(?:ed|ing|es|e)|(?:t(?:ook|aking|akes?)|seiz(?:ed|ing)|gain(?:ed|ing))"
    r"\s+control\s+of|t(?:ook|aking)\s+possession\s+of|confiscat(?:ed|ing|es|e)|commandeer(?:ed|ing|s)?|"
    r"hijack(?:ed|ing|s)?))\s+"
)
_MATERIEL_TAIL = re.compile(
    rf"(?P<paren>{_PAREN})?(?P<aux>(?:\s+{_AUX}\b){{0,4}})\s+"
    r"(?:(?P<k1>partially\s+destroyed|partly\s+destroyed|damaged|hit)|"
    r"(?P<k0>destroyed|wiped\s+out|burned|burnt|torched|set\s+(?:on\s+fire|ablaze|alight)|shot\s+down|downed|"
    r"blown\s+up|demolished|razed|obliterated|eliminated|neutrali[sz]ed|knocked\s+out)|"
    r"(?P<k2>captured|seized|confiscated|commandeered|hijacked))\b",
    _I,
)
_MATERIEL_TAIL_CUE = re.compile(
    r"\b(?:partially|partly|damaged|hit|destroyed|wiped|burn|torched|set|shot|downed|blown|demolished|razed|"
    r"obliterated|eliminated|neutrali[sz]ed|knocked|captured|seized|confiscated|commandeered|hijacked)"
)
_MATERIEL_CUE = re.compile(
    r"\b(?:destr|wreck|wip|burn|torch|set |shot down|shoot|down(?:ed|ing)|bl[eo]w|demolish|raz|obliterat|"
    r"eliminat|neutrali|knock|took|taking|takes|captur|seiz|gain|confiscat|commandeer|hijack|damag|hit|"
    r"partly|partially)"
)

# --------------------------------------------------------------------------- reading numbers


_NUMBER_SPLIT = re.compile(r"[\s-]+")


def _norm(words: str) -> str:
    return " ".join(words.lower().split())


def _cardinal(words: str) -> int | None:
    """Value of "twenty-five", "1,200", "1.5 million", "a hundred", "two dozen"; None if not a number."""
    total, current = 0.0, 0.0
    for token in _NUMBER_SPLIT.split(words.lower().replace(",", "")):
        if token in _SCALES:
            current = (current or 1) * _SCALES[token]
            if _SCALES[token] >= 1_000:
                total, current = total + current, 0.0
        elif token in _WORD_VALUES:
            current += _WORD_VALUES[token]
        elif token.replace(".", "", 1).isdigit():
            current += float(token)
        else:
            return None
    return round(total + current)


def _range_bounds(words: str) -> tuple[int, int] | None:
    """Bounds of "between 20 and 30", "20 to 30", "20-30", "two or three"."""
    body = re.sub(r"^between\s+", "", words.strip(), flags=_I)
    parts = re.split(r"\s+(?:and|to|or)\s+|\s*[-–]\s*(?=\d)", body, maxsplit=1, flags=_I)
    if len(parts) != 2:
        return None
    low, high = _cardinal(parts[0]), _cardinal(parts[1])
    return (low, high) if low is not None and high is not None and low <= high else None


def _vague_bounds(words: str) -> tuple[int, int | None, str | None]:
    """Bounds of "dozens", "several hundred", "a few"."""
    key = _norm(words)
    for scale_word in ("hundred", "thousand"):
        base = key.removesuffix(" " + scale_word)
        if base != key:
            low, high, label = _VAGUE[base]
            scale = _SCALES[scale_word]
            return low * scale, (high * scale if high is not None else None), label
    return _VAGUE[key]


def _number_bounds(words: str) -> tuple[int, int | None, str | None] | None:
    """(low, high, qualifier) of a number expression with no qualifier word."""
    key = _norm(words)
    if key in _ZERO_WORDS:
        return 0, 0, None
    if re.search(r"\d\s*[-–]\s*\d|\s(?:and|to|or)\s", key):
        bounds = _range_bounds(words)
        return (bounds[0], bounds[1], "between") if bounds else None
    value = _cardinal(words)
    return (value, value, None) if value is not None else None


def _apply_qualifier(low: int, high: int | None, label: str | None, qual: str | None):
    """Bounds after "more than", "up to", "about" ...; the stated number stays the low bound."""
    if qual is None:
        return low, high, label
    name = _QUALIFIERS[_norm(qual)]
    if name in ("more than", "at least"):
        return low, None, name
    if name == "up to":
        return min(1, low), (high if high is not None else low), name
    return low, high, name


# --------------------------------------------------------------------------- the text being read


class _Doc:
    """The full text, the slice [start, end) to read, and a lowercase copy of the slice for scanning."""

    __slots__ = ("text", "start", "end", "low", "_anchors")

    def __init__(self, text: str, start: int, end: int | None) -> None:
        self.text, self.start = text, start
        self.end = len(text) if end is None else end
        low = text[start : self.end].lower()
        if len(low) != self.end - start:  # a few non-ASCII letters lengthen when lowercased
            low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text[start : self.end])
        self.low = low
        self._anchors: list[re.Match] | None = None

    def scan(self, pattern: _Pattern) -> Iterator[re.Match]:
        """Matches of pattern in the slice, as matches on the original text."""
        for hit in pattern.fast.finditer(self.low):
            m = pattern.exact.match(self.text, self.start + hit.start(), self.end)
            if m is not None:
                yield m

    def anchors(self) -> list[re.Match]:
        """Every number phrase in the slice (non-overlapping), found by a token loop and a set lookup."""
        if self._anchors is None:
            self._anchors = list(self._find_anchors())
        return self._anchors

    def _find_anchors(self) -> Iterator[re.Match]:
        skip = self.start
        for token in _TOKEN.finditer(self.low):
            pos = self.start + token.start()
            if pos < skip or not (token.group()[0].isdigit() or token.group() in _ANCHOR_WORDS):
                continue
            m = _QUANT_RE.match(self.text, pos, self.end)
            if m is not None:
                skip = m.end()
                yield m


# --------------------------------------------------------------------------- number phrases


class _Item(NamedTuple):
    """One number phrase: its extent, the number words, bounds, and the noun it counts."""

    start: int
    end: int
    num_start: int
    num_end: int
    low: int
    high: int | None
    qualifier: str | None
    head: str | None = None
    side: tuple[int, int] | None = None
    word: str = ""


def _number_item(m: re.Match) -> _Item | None:
    """Bounds of a number-phrase match; the item ends with its number words."""
    group = "vnum" if m.group("vnum") else "num"
    bounds = _bounds(group == "vnum", m.group(group), m.group("qual"))
    if bounds is None:
        return None
    between = _BETWEEN.match(m.group(group))  # "between" is the qualifier, not a number word
    num_start = m.start(group) + (between.end() if between else 0)
    return _Item(m.start(), m.end(group), num_start, m.end(group), *bounds)


@lru_cache(maxsize=4096)
def _bounds(vague: bool, words: str, qual: str | None) -> tuple | None:
    """(low, high, qualifier, head, side, word) of a number phrase; cached, numbers repeat a lot."""
    bounds = _vague_bounds(words) if vague else _number_bounds(words)
    if bounds is None:
        return None
    return (*_apply_qualifier(*bounds, qual), None, None, _norm(words))


def _needs_noun(item: _Item) -> bool:
    """ "a", "an" and "no" only count when a noun follows ("a soldier", "no civilians")."""
    return item.word in ("a", "an", "no")


def _looks_like_year(item: _Item) -> bool:
    return item.low == item.high and 1900 <= item.low <= 2100 and "," not in item.word


def _is_stop(word: str) -> bool:
    """Function words, verbs of the frames and numbers end a noun phrase ("IS" does not, "is" does)."""
    lower = word.lower()
    if word in _STOP or (word[0].isupper() and not word.isupper() and lower in _STOP):
        return True
    return lower.split("-")[0] in _NUMBER_WORDS


def _words(text: str, pos: int, end: int, limit: int) -> list[re.Match]:
    """Up to limit words right after pos, stopping at punctuation, digits and function words; an "of" inside a
    group's name goes on ("30 alleged State of Sinai militants", "members of the Army of Islam")."""
    words: list[re.Match] = []
    while len(words) < limit and (m := _NEXT_WORD.match(text, pos, end)):
        if _is_stop(m.group(1)) and not _of_in_name(text, words, m, end):
            break
        words.append(m)
        pos = m.end()
    return words


def _of_in_name(text: str, words: list[re.Match], of: re.Match, end: int) -> bool:
    """ "State of Sinai", "Army of Islam": a lower-case "of" between two capitalised words of one name."""
    if of.group(1) != "of" or not words or not words[-1].group(1)[:1].isupper():
        return False
    after = _NEXT_WORD.match(text, of.end(), end)
    return after is not None and after.group(1)[:1].isupper() and not _is_stop(after.group(1))


def _is_person(word: str) -> bool:
    lower = word.lower()
    if "-" in lower[1:-1] and not lower.startswith("al-"):  # "sub-commander", "ex-soldiers"
        lower = lower.rsplit("-", 1)[1]
    return (
        lower in _PERSON_NOUNS or (lower[-1:] == "s" and lower[:-1] in _PERSON_NOUNS) or bool(_DEMONYM.fullmatch(word))
    )


def _not_person_next(word: str) -> bool:
    return word.lower() in _NOT_PERSON_NEXT or _materiel_noun(word) is not None


def _materiel_noun(word: str) -> str | None:
    """The singular key of a materiel noun ("lorries" -> "lorries", "tanks" -> "tank"), or None."""
    lower = word.lower()
    if lower in _HEAD_CATEGORY:
        return lower
    return lower[:-1] if lower[-1] == "s" and lower[:-1] in _HEAD_CATEGORY else None


def _head_index(words: list[re.Match], is_head: Callable[[str], object], blocked: Callable[[str], object]):
    """Index of the noun closing the phrase: the first head word, extended over compounds
    ("police officers", "fuel tanker trucks"); None when the next word shows it is a modifier."""
    i = next((i for i, w in enumerate(words) if is_head(w.group(1))), None)
    while i is not None and i + 1 < len(words) and is_head(words[i + 1].group(1)):
        i += 1
    if i is None or (i + 1 < len(words) and blocked(words[i + 1].group(1))):
        return None
    return i


_QUOTED_VICTIMS = re.compile(r"\s+[\"“](?P<words>(?:[A-Za-z'’-]+\s+){0,5}(?P<head>[A-Za-z'’-]+))[\"”]")


def _person_item(text: str, pos: int, end: int) -> _Item | None:
    """A victim number phrase at pos: "more than 80 IS terrorists", "a 25-year-old man", "12"; a number quoted
    alone ('killing "several"', 'leaving "dozens" dead') is read as if unquoted."""
    quoted = text[pos : pos + 1] in _QUOTES
    m = _QUANT_RE.match(text, pos + quoted, end)
    item = _number_item(m) if m else None
    if item is None:
        return None
    if quoted:
        if text[m.end() : m.end() + 1] not in _QUOTES:
            return None
        item = item._replace(end=m.end() + 1)
        of = _QUOTED_OF.match(text, item.end, end)  # '"dozens" of fighters'
        words = _words(text, of.end() - 1 if of else item.end, end, 5)
        i = _head_index(words, _is_person, _not_person_next)
        if i is None:
            return None if _needs_noun(item) or words else item
        return item._replace(
            end=words[i].end(), head=words[i].group(1).lower(), side=(words[0].start(1), words[i].end())
        )
    if (said := _QUOTED_VICTIMS.match(text, m.end(), end)) and _is_person(said["head"]):
        # a party's own words for its victims: 'more than 20 "officials and apostate soldiers" had died'
        return item._replace(end=said.end(), head=said["head"].lower(), side=(said.start("words"), said.end("head")))
    words = _words(text, m.end(), end, 5)
    i = _head_index(words, _is_person, _not_person_next)
    if i is None and not words and not m.group("vnum") and (more := _MORE.match(text, m.end(), end)):
        words = _words(text, more.end(), end, 5)  # "two more soldiers"; "injuring two more": people told before
        i = _head_index(words, _is_person, _not_person_next)
        if i is None and not words and not _needs_noun(item):
            return item._replace(end=more.end(), side=(more.start(1), more.end()))
    if i is None and not words and item.high is not None and (of := _OF_PEOPLE.match(text, m.end(), end)):
        words = _words(text, of.end() - 1, end, 5)  # "three of the governor's bodyguards", "two of his relatives"
        i = _head_index(words, _is_person, _not_person_next)
    if i is None and not words and m.group("vnum") and (det := _DET_AFTER_VAGUE_OF.match(text, m.end(), end)):
        words = _words(text, det.end() - 1, end, 5)  # "several of his associates": the "of" went with "several"
        i = _head_index(words, _is_person, _not_person_next)
    if i is None:
        return None if _needs_noun(item) else item
    # the last person noun of the phrase is its head: "one Nepalese security guard"
    later = next((j for j in range(i + 1, len(words)) if _is_person(words[j].group(1))), None)
    if later is not None and not any(_not_person_next(w.group(1)) for w in words[i + 1 : later + 1]):
        i = later
        while i + 1 < len(words) and _is_person(words[i + 1].group(1)):
            i += 1
        if i + 1 < len(words) and _not_person_next(words[i + 1].group(1)):
            return None
    head = words[i].group(1).lower()
    side_end = _extension_end(text, words[i].end(), end) if head in _EXT_HEADS else words[i].end()
    item = item._replace(end=side_end, head=head, side=(words[0].start(1), side_end))
    return _family_of(text, item, end) if head == "family" and item.low == 1 else item


_MORE = re.compile(r"\s+(more)\b(?!\s+than\b)", _I)
_QUOTES = frozenset("\"“”'‘’")
_QUOTED_OF = re.compile(r"\s+of\s", _I)
_DET_AFTER_VAGUE_OF = re.compile(r"(?<=of)\s+(?:the|these|those|its|their|his|her|our)\s", _I)
_OF_PEOPLE = re.compile(
    r"\s+of\s+(?:the|these|those|its|their|his|her|our|(?-i:[A-Z])[\w-]*(?:['’]s)?(?:\s+\w+['’]s)?)\s", _I
)


def _extension_end(text: str, pos: int, end: int) -> int:
    """End of "of the security forces" after "members" (pos when there is none)."""
    of = _EXT_OF.match(text, pos, end)
    words = _words(text, of.end() - 1, end, 6) if of else []
    # a name runs on in capitals ("of the Central Reserve Police Force"); other words stop at three
    named = len(words) > 3 and all(w.group(1)[:1].isupper() for w in words[:4])
    words = words[: next((i for i, w in enumerate(words) if not w.group(1)[:1].isupper()), len(words))] if named else words[:3]
    return words[-1].end() if words else pos


def _family_of(text: str, item: _Item, end: int) -> _Item:
    """ "a family of five" counts five people, not one family."""
    m = _FAMILY_OF.match(text, item.end, end)
    value = _cardinal(m.group("n")) if m else None
    if value is None:
        return item
    return item._replace(end=m.end(), num_start=m.start("n"), num_end=m.end("n"), low=value, high=value)


def _walk(text: str, pos: int, end: int, parse: Callable, keep_next: Callable) -> list:
    """Items of a coordinated list ("36 cars, eight trucks and 17 jeeps") starting at pos."""
    items: list = []
    item = parse(text, pos, end)
    while item is not None and (not items or keep_next(item)):
        items.append(item)
        sep = _SEP.match(text, item.end, end)
        item = parse(text, sep.end(), end) if sep else None
    return items


def _word_before(text: str, pos: int, start: int) -> str:
    """The word just before pos when only spaces lie between ("" after punctuation or at start)."""
    window = text[max(start, pos - 24) : pos]
    if not window[-1:].isspace():
        return ""
    parts = window.split()
    return parts[-1].lower() if parts and parts[-1][-1] not in ",;:)" else ""


def _opens_phrase(text: str, item: _Item, start: int) -> bool:
    """A number opening a passive phrase is no date, identifier ("Brigade 93") or prepositional object."""
    word = _word_before(text, item.start, start)
    if word in _IDENT_WORDS:
        return False
    return item.head is not None or not (_looks_like_year(item) or word in _PREPOSITIONS)


# --------------------------------------------------------------------------- victims


@dataclass(frozen=True, slots=True)
class _Found:
    """A reading before overlaps are settled: rank (lower wins), group (one list), number, span, record."""

    rank: int
    group: int
    num: tuple[int, int]
    span: tuple[int, int]
    record: Quantity | Materiel


def _kind(m: re.Match) -> QuantityKind:
    """The kind named by whichever k0..k4 group matched."""
    return next(kind for i, kind in enumerate(_KINDS) if m.group(f"k{i}"))


def _found(text: str, rank: int, group: int, kind: QuantityKind, item: _Item, span: tuple[int, int]):
    side = text[item.side[0] : item.side[1]] if item.side else None
    record = Quantity(
        kind=kind,
        low=item.low,
        high=item.high,
        qualifier=item.qualifier,
        side=side,
        span=Span.of(text, *span),
        number_span=Span.of(text, item.num_start, item.num_end),
    )
    return _Found(rank, group, (item.num_start, item.num_end), span, record)


# "killing all four." counts four: "all" and a bare number need only the sentence's end after them
_DET_NUMBER = re.compile(
    rf"(?:the|his|her|their|its|all)\s+(?=(?:{_DIGITS}|{_WORDNUM})\s)|all\s+(?=(?:{_DIGITS}|{_WORDNUM})[.;,])", _I
)


def _active_items(doc: _Doc, pos: int) -> list[_Item]:
    """Victims after an active verb; a later item with a passive verb of its own is not ours."""
    text, end = doc.text, doc.end

    def keep_next(item: _Item) -> bool:
        if item.head is None:
            return False
        return not (_PASSIVE_TAIL.match(text, item.end, end) or _SAYS.match(text, item.end, end))

    det = _DET_NUMBER.match(text, pos, end)
    items = _walk(text, det.end() if det else pos, end, _person_item, keep_next)
    return [] if items and items[0].head is None and not _bare_ok(text, items[0], end) else items


def _bare_ok(text: str, item: _Item, end: int) -> bool:
    """A number with no noun after a verb: fine when no noun can follow ("killed 12 in ...")."""
    follow = _FOLLOW.match(text, item.end, end)
    if follow is None or _looks_like_year(item):
        return False
    return not follow.group().strip().lower() == "of" or _of_people(text, follow.end(), end)


def _of_people(text: str, pos: int, end: int) -> bool:
    """ "2 of the attackers", "3 of them" count people; "three of the gun trucks" does not."""
    det = _OF_DET.match(text, pos, end)
    if det is None or det.group("pronoun"):
        return det is not None
    return _head_index(_words(text, det.end() - 1, end, 4), _is_person, _not_person_next) is not None


# "an operation to capture a Taliban leader", "vowed to kill 20 hostages": an aim, not a count
_INTENT = re.compile(r"\bto\s+$", _I)
# Who captures people decides what it is: a state's forces arrest ("the security force captured a
# Taliban leader"), anyone else abducts. Words for a state's forces, looked for before the verb in
# its sentence or after "captured by".
_STATE_CAPTOR = (
    r"(?:security|assault|joint|combined|coalition|government|police|army|afghan(?:-led)?|national|special)"
    r"\s+(?:forces?|troops|team|patrol|units?)\b|\b(?:coalition|police(?:men)?|troops|soldiers|commandos|army)\b"
)
_STATE_BEFORE = re.compile(_STATE_CAPTOR, _I)
# "the force captured ...": a force is a state's unless an armed group is named with it
_FORCE = re.compile(r"\bforces?\b", _I)
_NON_STATE = re.compile(
    r"\b(?:rebels?|insurgents?|militants?|taliban|jihadis?t?s?|islamists?|separatists?|militias?|guerrillas?|"
    r"opposition|armed\s+groups?|gunmen|fighters|paramilitar(?:y|ies)|islamic\s+state|al-)",
    _I,
)
_STATE_AFTER = re.compile(rf"\s+by\s+(?:(?:an?|the)\s+)?(?:[\w-]+\s+){{0,4}}?(?:{_STATE_CAPTOR})", _I)
_CAPTURED = re.compile(r"captur", _I)
_SUBJECT_CHARS = 80  # "An Afghan and coalition security force captured": the subject just before the verb


_AND_HURT = re.compile(r"(?:and|or)\s+(?:injur|wound)(?:ed|ing)\s+", _I)
_KILLED_AND = re.compile(r"\b(?:kill(?:ed|ing)|dead)\s+(?:and|or)\s+$", _I)
# "30 people were killed or wounded": the dead and the hurt together
_OR_HURT_AFTER = re.compile(r"\s+(?:or|and)\s+(?:wounded|injured|hurt)\b", _I)
_OR_KILLED_AFTER = re.compile(r"\s+(?:or|and)\s+(?:killed|dead)\b(?!\s+(?:\d|an?\b|one|two|three|four|five))", _I)
_OR_TAKEN_AFTER = re.compile(
    r"\s+or\s+(?:captured|detained|arrested|abducted|kidnapped)\b(?!\s+(?:\d|an?\b|one|two|three|four|five))", _I
)
_OR_KILLED_AFTER_TAKEN = re.compile(r"\s+or\s+(?:killed|dead)\b(?!\s+(?:\d|an?\b|one|two|three|four|five))", _I)
# "killed or captured 15 insurgents": the verb before the count's names another fate of the same people
_KILLED_OR_TAKEN = re.compile(r"\b(?:kill(?:ed|ing)|captur(?:ed|ing)|detain(?:ed|ing)|arrest(?:ed|ing))\s+or\s+$", _I)


def _active(doc: _Doc) -> list[_Found]:
    """ "killing more than 80 IS terrorists", "killed 5 soldiers and wounded 7"."""
    found = []
    for verb in doc.scan(_ACTIVE):
        if _INTENT.search(doc.text, max(doc.start, verb.start() - 4), verb.start()):
            continue
        kind = _captor_kind(doc, _kind(verb), verb.start(), verb.end(), active=True)
        items = _active_items(doc, verb.end())
        if not items and (with_the_one := _WITH_THE_ONE.match(doc.text, verb.end(), doc.end)):
            items = _active_items(doc, with_the_one.end())
        if not items and kind is QuantityKind.KILLED and (hurt := _AND_HURT.match(doc.text, verb.end(), doc.end)):
            # "killing and injuring several fighters": some of an untold number died; a number ("killing and
            # injuring 12") is the hurt and the dead together, so it says nothing of the dead alone
            items = [i for i in _active_items(doc, hurt.end()) if i.word in _VAGUE]
        elif kind is QuantityKind.INJURED and _KILLED_AND.search(
            doc.text, max(doc.start, verb.start() - 16), verb.start()
        ):
            items = []  # the same casualties, read (vague ones) from "killing" just before
        elif (taken := _KILLED_OR_TAKEN.search(doc.text, max(doc.start, verb.start() - 16), verb.start())) and (
            taken.group().lower().startswith("kill") != (kind is QuantityKind.KILLED)
        ):
            items = []  # "killed or captured 15 insurgents": the dead and the taken together
        if not items and kind in (QuantityKind.KILLED, QuantityKind.INJURED):
            items = _bare_one(doc.text, verb.end(), doc.end)
        for item in _counted(items):
            found.append(_found(doc.text, 2, verb.start(), kind, item, (verb.start(), item.end)))
    return found


# singular person nouns that name a group, not one person
_NOT_ONE = frozenset({"people", "police", "personnel", "forces", "staff", "crew", "family", "families", "other"})


_NAME_AFTER = re.compile(r"\s*,?\s+[A-Z]")


def _bare_one(text: str, pos: int, end: int) -> list[_Item]:
    """A headline's object without its article is one person: "Gunmen kill NISS officer", "Bomb kills policeman
    in Darkan"; a plural ("kill soldiers") or a noun that names a group says no number."""
    words = _words(text, pos - 1, end, 4)  # pos follows the verb's space
    i = _head_index(words, _is_person, _not_person_next)
    if i is None or i + 1 != len(words):
        return []
    head = words[i].group(1)
    if head.lower() not in _PERSON_NOUNS or head.lower() in _NOT_ONE or head[-1:] in "sS" or not head.islower():
        return []  # a title-case headline ("Kills Taliban Facilitator") tells again what its story counts
    if _NAME_AFTER.match(text, words[i].end(), end):
        return []  # "killed Taliban leader, Mahjur,": the name is the one counted
    if any(not w.group(1)[:1].isupper() for w in words[:i]) or not _FOLLOW.match(text, words[i].end(), end):
        return []  # modifiers of a name only ("NISS officer"); a plain adjective wants its article
    side = (words[0].start(1), words[i].end())
    return [_Item(side[0], side[1], words[i].start(1), words[i].end(), 1, 1, None, head.lower(), side, "")]


def _captor_kind(doc: _Doc, kind: QuantityKind, verb_start: int, verb_end: int, *, active: bool) -> QuantityKind:
    """People "captured" by a state's forces are arrested, not abducted: the force is the subject
    ("the security force captured two men") or the agent ("two men were captured by police")."""
    if kind is not QuantityKind.ABDUCTED or not _CAPTURED.match(doc.text, verb_start):
        return kind
    lo = max(doc.start, verb_start - _SUBJECT_CHARS)
    before = active and (
        _STATE_BEFORE.search(doc.text, lo, verb_start)
        or (_FORCE.search(doc.text, lo, verb_start) and not _NON_STATE.search(doc.text, lo, verb_start))
    )
    after = _STATE_AFTER.match(doc.text, verb_end, doc.end)
    return QuantityKind.ARRESTED if before or after else kind


def _frame(doc: _Doc) -> list[_Found]:
    """ "left 5 dead and 7 wounded", "took 12 people hostage", "forced 3,000 people to flee"."""
    found = []
    for verb in doc.scan(_FRAME):
        allowed = _FRAME_KINDS[_FRAME_STEMS[verb.group("verb")[:3].lower()]]
        found.extend(_frame_items(doc, verb, allowed))
    return found


def _frame_items(doc: _Doc, verb: re.Match, allowed: set[QuantityKind]) -> list[_Found]:
    found, pos = [], verb.end()
    while (item := _person_item(doc.text, pos, doc.end)) is not None and not _looks_like_year(item):
        suffix = _FRAME_SUFFIX.match(doc.text, item.end, doc.end)
        if suffix is None or _kind(suffix) not in allowed:
            break
        found.append(_found(doc.text, 1, verb.start(), _kind(suffix), item, (verb.start(), suffix.end())))
        sep = _SEP.match(doc.text, suffix.end(), doc.end)
        if sep is None:
            break
        pos = sep.end()
    return found


def _passive(doc: _Doc) -> list[_Found]:
    found: list[_Found] = []
    seen: set[int] = set()  # starts of items already read in a list: reading them again adds nothing
    for anchor in doc.anchors() if _PASSIVE_CUE.search(doc.low) else ():
        if anchor.start() not in seen:
            found.extend(_passive_at(doc, anchor.start(), seen))
    return found


_UNKNOWN_NUMBER = re.compile(
    r"\s*,?\s+(?:and|as\s+well\s+as)\s+an?\s+(?:unknown|undetermined|unspecified|unconfirmed)\s+number\s+of"
    r"(?:\s+[\w'’-]+){1,4}?(?=\s+(?:were|was|had|have|are)\b)",
    _I,
)


def _passive_at(doc: _Doc, pos: int, seen: set[int]) -> list[_Found]:
    """ "12 people, including three children, were killed", read from the number at pos."""
    text, end = doc.text, doc.end
    items = _walk(text, pos, end, _person_item, lambda item: item.head is not None)
    if not items or not _opens_phrase(text, items[0], doc.start):
        return []
    seen.update(item.start for item in items)
    unknown = _UNKNOWN_NUMBER.match(text, items[-1].end, end)  # "three soldiers and an unknown number of ..."
    # the unknown ones are not counted, the others are
    told = unknown is not None and (tail := _PASSIVE_TAIL.match(text, unknown.end(), end)) is not None
    one = items[0] if len(items) == 1 and items[0].low == items[0].high == 1 and items[0].head else None
    if not told and one is not None and (where := _WHERE_FROM.match(text, one.end, end)) is not None:
        # "A policeman in the town of Arish was killed": one person, told with where they were or came from
        told = (tail := _PASSIVE_TAIL.match(text, where.end(), end)) is not None
    while not told and items and (tail := _PASSIVE_TAIL.match(text, items[-1].end, end)) is None:
        items = items[:-1]
    if not items or tail is None or _reads_active(text, tail, end):
        return []
    kind = _captor_kind(doc, _kind(tail), tail.end() - len(tail.group().split()[-1]), tail.end(), active=False)
    if (kind is QuantityKind.KILLED and _OR_HURT_AFTER.match(text, tail.end(), end)) or (
        kind is QuantityKind.INJURED and _OR_KILLED_AFTER.match(text, tail.end(), end)
    ):
        # the dead and the hurt together: an untold number ("a number of soldiers were killed or wounded") says
        # some died; a number says nothing of the dead alone
        kind, items = QuantityKind.KILLED, [item for item in items if item.word in _VAGUE]
        if not items:
            return []
    elif _OR_TAKEN_AFTER.match(text, tail.end(), end) if kind is QuantityKind.KILLED else (
        kind in (QuantityKind.ARRESTED, QuantityKind.ABDUCTED) and _OR_KILLED_AFTER_TAKEN.match(text, tail.end(), end)
    ):
        return []  # "15 insurgents were killed or captured": the dead and the taken together, neither alone
    # "also 13 militants were killed": the "also" that adds them to those told before stays in the span
    also = _ALSO_BEFORE.search(text, max(doc.start, pos - 8), pos)
    first = also.start() if also else items[0].start
    return [
        _found(text, 3, pos, kind, item, (first if item is items[0] else item.start, tail.end()))
        for item in _counted(items)
    ]


_ALSO_BEFORE = re.compile(r"\b(?i:also)\s+$")


def _counted(items: list[_Item]) -> list[_Item]:
    """A list's counted people: "an unknown number of" people listed beside counted ones adds no count."""
    known = [item for item in items if item.qualifier != "unknown"]
    return known if known else items


_WHERE_FROM = re.compile(
    r"\s+(?:in|of|from|at|near|with)(?:\s+(?!(?:where|who|whom|which|that|when|while|after|before|and|but|or|"
    r"was|were|is|are|had|has)\b)[A-Za-z][\w'’.-]*){1,7}?(?=\s+was\s)",
    _I,
)


def _reads_active(text: str, tail: re.Match, end: int) -> bool:
    """ "30 militants killed 5 soldiers": no auxiliary and an object follows, so the verb is active."""
    if tail.group("aux") or tail.group("paren"):
        return False
    verb = next(tail.group(f"k{i}") for i in range(len(_KINDS)) if tail.group(f"k{i}")).split()[-1]
    return bool(_TRANSITIVE.fullmatch(verb)) and _OBJECT_AFTER.match(text, tail.end(), end) is not None


def _noun_of(doc: _Doc) -> list[_Found]:
    """ "the bodies of 12 migrants", "the arrest of 30 protesters"."""
    found = []
    for noun in doc.scan(_NOUN_OF):
        for item in _active_items(doc, noun.end()):
            found.append(_found(doc.text, 4, noun.start(), _kind(noun), item, (noun.start(), item.end)))
    return found


def _nominal(doc: _Doc) -> list[_Found]:
    """ "12 civilian deaths", "three fatalities", "20 bodies"."""
    found = []
    for anchor in doc.anchors() if _NOMINAL_CUE.search(doc.low) else ():
        item = _number_item(anchor)
        words = _words(doc.text, anchor.end(), doc.end, 3)
        i = next((i for i, w in enumerate(words) if w.group(1).lower() in _NOMINAL_NOUNS), None)
        if item is None or i is None or _needs_noun(item) or _looks_like_year(item):
            continue
        if words[i].group(1).lower() in _SINGULAR_NOMINAL and (item.low != 1 or i + 1 < len(words)):
            continue
        item = item._replace(side=(words[0].start(1), words[i - 1].end(1)) if i else None)
        kind = _NOMINAL_NOUNS[words[i].group(1).lower()]
        found.append(_found(doc.text, 4, anchor.start(), kind, item, (anchor.start(), words[i].end())))
    return found


def _toll(doc: _Doc) -> list[_Found]:
    """ "the death toll rose to 30", "a death toll of more than 100 people"."""
    found = []
    for toll in doc.scan(_TOLL):
        if _PROJECTION.search(toll.group()):
            continue
        for item in _active_items(doc, toll.end())[:1]:
            span = (toll.start(), item.end)
            found.append(_found(doc.text, 0, toll.start(), QuantityKind.KILLED, item, span))
    return found


def _zero(doc: _Doc) -> list[_Found]:
    """ "there were no casualties", "without casualties" -> 0 killed (0 injured for "injuries")."""
    found = []
    for m in doc.scan(_ZERO_PHRASE):
        kind = next(_ZERO_KINDS[g] for g in _ZERO_KINDS if m.group(g))
        word = "no" if m.group("no") else "without"
        record = Quantity(
            kind=kind,
            low=0,
            high=0,
            span=Span.of(doc.text, m.start(), m.end()),
            number_span=Span.of(doc.text, m.start(word), m.end(word)),
        )
        found.append(_Found(0, m.start(), (m.start(word), m.end(word)), (m.start(), m.end()), record))
    return found


def _settle(found: list[_Found]) -> list:
    """One reading per number: best rank first, then the longer phrase; drop numbers inside others."""
    kept: list[_Found] = []
    for f in sorted(found, key=lambda f: (f.rank, f.span[0] - f.span[1], f.span[0])):
        if not any(_overlaps(f.num, k.num) or (k.group != f.group and _inside(f.num, k.span)) for k in kept):
            kept.append(f)
    return [f.record for f in sorted(kept, key=lambda f: (f.span[0], f.num[0]))]


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _inside(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return b[0] <= a[0] and a[1] <= b[1]


_SINGLE_VICTIM = re.compile(
    r"\b(?:killed|killing|kills|assassinated|assassinating|executed|executing|beheaded|shot dead|shooting dead|"
    r"shot and killed|(?:assassination|murder|killing|slaying|execution|beheading)\s+of)\s+"
    r"(?P<one>him|her|(?:the|his|her|their)\s+(?:[\w'’-]+\s+){0,3}?(?:leader|commander|chief|head|governor|mayor|official|officer|soldier|"
    r"father|mother|son|daughter|brother|sister|husband|wife|uncle|nephew|cousin|bodyguard|driver|"
    r"militant|insurgent|fighter|man|woman|boy|girl|child|journalist|driver|facilitator|emir|spokesman|deputy|imam|priest|"
    r"activist|lawmaker|judge|policeman|guard|suspect|assailant|attacker|bomber|gunman|hostage|victim|owner|colonel|"
    r"general|scholar|cleric|elder|teacher|doctor|student|farmer|trader|civilian|passenger|employee|worker))\b",
    re.IGNORECASE,
)


def _single(doc: _Doc) -> list[_Found]:
    """ "killed the Taliban leader", "killing him": one person named by role or pronoun, counted as 1."""
    found = []
    for m in _SINGLE_VICTIM.finditer(doc.text, doc.start, doc.end):
        one = (m.start("one"), m.end("one"))
        record = Quantity(
            kind=QuantityKind.KILLED,
            low=1,
            high=1,
            side=doc.text[one[0] : one[1]] if m.group("one").lower() not in ("him", "her") else None,
            span=Span.of(doc.text, m.start(), m.end()),
            number_span=Span.of(doc.text, *one),
        )
        found.append(_Found(9, m.start(), one, (m.start(), m.end()), record))
    return found


# --------------------------------------------------------------------------- one person, named or definite

# first words that cannot open a person's name
_NOT_NAME = (
    set(
        "the a an at in on of for this that these those he she it they we his her its their our one two three four "
        "five six seven eight nine ten no some several many both all each another other after before during when while "
        "according unidentified unknown assailants gunmen militants security police army government military forces "
        "troops taliban al-shabaab islamic state local national provincial district federal".split()
    )
    | set("january february march july september october november december".split())
    | set(_WEEKDAYS.split("|"))
)
_NAME = (
    r"(?:[A-Z]\.|[A-Z][\w'’-]*)(?:\s+(?:[A-Z]\.|[A-Z][\w'’-]*|al-[\w-]+|bin|ibn|de|da|del|dos|van|von|el-[\w-]+)){0,5}"
)
_DEFINITE = (
    r"(?:(?i:the|his|her|their|its|another|both(?:\s+of\s+the)?|one\s+of\s+(?:the|his|her|their|its))\s+|"
    r"[A-Z][\w-]*['’]s\s+)"
    r"(?:[\w'’-]+\s+){0,3}?[\w'’-]+"
)
_CONJUNCT = (
    rf"(?:{_DEFINITE}|(?i:he|she|another|an?\s+(?:second|third|fourth|fifth|sixth))|(?i:several|multiple|numerous|a\s+few|dozens\s+of)\s+(?:[\w'’-]+\s+){{0,3}}?[\w'’-]+|(?i:one|a|an)\s+(?:[\w'’-]+\s+){{0,3}}?[\w'’-]+|"
    rf"(?i:{_WORDNUM}|\d+)\s+of\s+(?i:the|his|her|their|its)\s+(?:[\w'’-]+\s+){{0,2}}?[\w'’-]+|"
    rf"(?i:{_WORDNUM}|\d+)\s+(?:[\w'’-]+\s+){{0,2}}?[\w'’-]+|{_NAME})"  # "Taib and two others"
)
_CONJ_SEP = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
# "Ahmad and one of his bodyguards", optionally followed by an apposition ", a former judge,"
_SUBJECT = re.compile(
    rf"(?P<subj>{_CONJUNCT}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+){_CONJUNCT}){{0,4}})"
    r"(?P<app>\s*,(?:[^;()]|\([^()]{1,40}\)){1,140}?,|\s*\([^()]{1,80}\))?\s*$"
)
# what may stand just before a clause's subject
_CLAUSE_START = re.compile(
    r"(?:^|[;:]|,\s*(?:and|but|while|however,?)?|\b(?:and|but|while|whereas|however,?|after|when|as|before|where|"
    r"then|later|eventually|that))\s*$",
    _I,
)
_PASSIVE_ONE = _Pattern.of(
    r"\b(?:(?:was|were)\s+(?:(?:later|also|reportedly|allegedly|subsequently|then|eventually|fatally|"
    r"immediately|both|all)\s+)?(?:killed|slain|shot\s+dead|shot\s+and\s+killed|(?:shot|stabbed|beaten|burned|"
    r"burnt|hacked|stoned|tortured)\s+to\s+death|executed|beheaded|murdered|assassinated|lynched|found\s+dead)|"
    r"(?:was|were)\s+the\s+only\s+(?:reported\s+)?(?:casualty|casualties|fatality|fatalities|death|person\s+killed)|"
    r"(?:later\s+)?died|(?:was|were)\s+shot\s+and\s+died|succumbed\s+to\s+(?:his|her|their)\s+(?:injuries|wounds))\b"
)
_ONE_CUE = re.compile(
    r"killed|slain|shot|death|executed|beheaded|murdered|assassinated|lynched|dead|died|succumbed|only|"
    r"injured|wounded|hurt"
)
# "the officer was injured", "Rahim and his guard were wounded": the hurt, one by one
_PASSIVE_ONE_HURT = _Pattern.of(
    r"\b(?:was|were)\s+(?:(?:also|later|reportedly|allegedly|both|all|seriously|critically|severely|badly|"
    r"slightly|lightly|gravely)\s+)?(?:injured|wounded|hurt)\b"
)
_ACTIVE_ONE = _Pattern.of(
    r"\b(?:killed|killing|kills|shot\s+dead|shooting\s+dead|shot\s+and\s+killed|assassinat(?:ed|ing)|"
    r"execut(?:ed|ing)|behead(?:ed|ing)|murder(?:ed|ing)|lynch(?:ed|ing)|"
    r"(?:assassination|murder|killing|slaying|execution|beheading)\s+of)\s+"  # "the murder of Jorge Vargas"
)
_AFTER_NAME = re.compile(
    r"\s*(?:[,.;:)]|$)|\s+(?:in|on|at|near|and|while|as|after|during|from|outside|inside|who|when|before|with)\b"
)
_NAME_RE = re.compile(_NAME)
_ROLE_THEN_NAME = re.compile(r"(?!(?:the|his|her|their|its|a|an)\s)(?:[\w'’-]+\s+){0,4}?(?P<role>[a-z]+),\s+(?=[A-Z])")
_TITLE = re.compile(  # "tribal elder Ahmad", "Taliban leader Saifullah"
    r"(?:(?:former|local|district|provincial|deputy|senior|tribal|village|police|army|religious|[A-Z][A-Za-z-]+)\s+)*"
    r"[a-z]+\s+(?=[A-Z])"
)
_REFLEXIVE = re.compile(r"(?P<one>himself|herself)\b", _I)
_IN_ADDITION = _Pattern.of(
    rf"\b(?:in\s+addition(?:\s+to)?|besides|apart\s+from|aside\s+from|not\s+including|excluding)\s+(?:the\s+)?"
    rf"(?P<death>deaths?\s+of\s+(?:the\s+)?)?(?:(?P<n>{_DIGITS}|{_WORDNUM})\s+)?"
    r"(?P<who>(?:suicide\s+)?(?:assailants?|attackers?|bombers?|perpetrators?|gunm[ae]n))\b"
)
_PERPETRATOR_KILLED = re.compile(r"kill|dead|died|death", _I)


def _is_name(words: str) -> bool:
    """A person's name: capitalised words, none a function word, a group or a person noun ("Police", "Taliban")."""
    parts = words.split()
    if not parts or parts[0].lower() in _NOT_NAME:
        return False
    last = parts[-1].lower()  # titles may lead ("Colonel Ahmad"); a demonym alone is a group ("Palestinians")
    if last in _PERSON_NOUNS or last[:-1] in _PERSON_NOUNS or (len(parts) == 1 and _is_person(parts[0])):
        return False
    return not any(w.lower() in _STOP or w.lower() in _NOT_NAME for w in parts if w[0].isupper())


_ORDINAL_ONE = {"second", "third", "fourth", "fifth", "sixth"}


def _persons(conjunct: str) -> int | None:
    """How many people a conjunct names: "his wife", "the judge", "Ahmad Khan" 1, "both victims" 2; None
    when it names no person or an unknown number ("the soldiers")."""
    words = conjunct.split()
    first = words[0].lower()
    if first in ("he", "she", "another") and len(words) == 1:
        return 1  # "another was injured": one more person
    if first in ("a", "an") and len(words) == 2 and words[1].lower() in _ORDINAL_ONE:
        return 1  # "three scholars were killed and a fourth was injured"
    if first in ("several", "multiple", "numerous", "a", "dozens") and _is_person(words[-1]) and words[-1][-1] == "s":
        return 0  # a vague count of its own, read by the number readers: "Jan and several fighters"
    if (
        len(words) > 1
        and (n := _cardinal(first)) is not None
        and n > 1
        and words[1].lower() != "of"
        and _is_person(words[-1])
    ):
        return 0  # a count of its own, read by the number readers: "Taib and two others"
    if len(words) > 2 and words[1].lower() == "of" and (n := _cardinal(words[0])) is not None:
        return n if _is_person(words[-1]) else None  # "two of his relatives"
    if first in ("the", "his", "her", "their", "its", "another", "one", "a", "an", "both") or first.endswith(
        ("'s", "’s")
    ):
        head = words[-1].lower()
        if first == "both":
            return 2 if _is_person(head) else None
        singular = head in _PERSON_NOUNS and not head.endswith("s") and head not in ("people", "forces", "police")
        plural_of_one = first == "one" and _is_person(head)  # "one of his bodyguards"
        return 1 if singular or plural_of_one else None
    return 1 if _is_name(conjunct) else None


_PLACE_BEFORE = re.compile(r"\b(?i:in|at|near|outside|from)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s*,\s*$")


def _subject(prefix: str) -> tuple[re.Match, list[str], list[int]] | None:
    """The clause subject ending ``prefix`` that names people one by one, with how many each conjunct names.
    The longest candidate is tried first: "The guard was wounded and his wife" gives "his wife"."""
    pos = 0
    for _ in range(12):
        m = _SUBJECT.search(prefix, pos)
        if m is None:
            return None
        conjuncts = _CONJ_SEP.split(m.group("subj"))
        counts = [_persons(c) for c in conjuncts]
        listed = len(conjuncts) == 1 or re.search(r"\sand\s", m.group("subj"))  # "Ceara, a woman": a place first
        # "In Salamanca, Guanajuato, a man and a woman were shot dead": a name after a place told by a
        # preposition, before people told as new ("a man"), goes on naming the place
        placed = (
            _is_name(conjuncts[0])
            and m.group("subj")[len(conjuncts[0]) :].lstrip().startswith(",")
            and all(c.split()[0].lower() in ("a", "an") for c in conjuncts[1:])
            and _PLACE_BEFORE.search(prefix[: m.start()]) is not None
        )
        if (
            listed
            and not placed
            and _CLAUSE_START.search(prefix[: m.start()])
            and counts
            and None not in counts
            and any(counts)
        ):
            return m, conjuncts, counts  # type: ignore[return-value]
        space = prefix.find(" ", m.start() + 1)
        if space < 0:
            return None
        pos = space + 1
    return None


def _definite_passive(doc: _Doc) -> list[_Found]:
    """ "The judge was killed", "Begzad, a militia commander, was killed", "Jamshidi and one of his bodyguards
    were killed", "the woman died", "another officer was injured": one per person named or singled out by a
    definite noun.

    A plural definite ("the soldiers were killed") repeats a count made elsewhere and is not read."""
    found: list[_Found] = []
    if not _ONE_CUE.search(doc.low):
        return found
    verbs = [(v, QuantityKind.KILLED) for v in doc.scan(_PASSIVE_ONE)]
    verbs += [(v, QuantityKind.INJURED) for v in doc.scan(_PASSIVE_ONE_HURT)]
    for verb, kind in verbs:
        prefix = doc.text[doc.start : verb.start()]
        subject = _subject(prefix)
        if subject is None:
            continue
        m, conjuncts, counts = subject
        pos = doc.start + m.start("subj")
        for side, count in zip(conjuncts, counts, strict=True):
            at = doc.text.index(side, pos)
            pos = at + len(side)
            if not count:
                continue
            record = Quantity(
                kind=kind,
                low=count,
                high=count,
                side=side,  # a person of their own: "Ahmad and his wife" are two
                span=Span.of(doc.text, at, verb.end()),
                number_span=Span.of(doc.text, at, pos),
            )
            found.append(_Found(5, doc.start + m.start(), (at, pos), (at, verb.end()), record))
    return found


def _named_object(doc: _Doc) -> list[_Found]:
    """ "gunmen shot and killed Ahmad Khan, a tribal elder", "killing herself": one person each."""
    found: list[_Found] = []
    for verb in doc.scan(_ACTIVE_ONE):
        reflexive = _REFLEXIVE.match(doc.text, verb.end(), doc.end)
        if reflexive is not None:
            one = (reflexive.start("one"), reflexive.end("one"))
        else:
            title = _TITLE.match(doc.text, verb.end(), doc.end)
            if title is not None and not _is_person(title.group().split()[-1]):  # the role just before the name
                title = None
            role = _ROLE_THEN_NAME.match(doc.text, verb.end(), doc.end)
            if role is not None and role.group("role").lower() in _PERSON_NOUNS:
                title = role
            name = _NAME_RE.match(doc.text, title.end() if title else verb.end(), doc.end)
            if name is None or not _is_name(name.group()) or not _AFTER_NAME.match(doc.text, name.end(), doc.end):
                continue
            one = (name.start(), name.end())
        record = Quantity(
            kind=QuantityKind.KILLED,
            low=1,
            high=1,
            side="attacker" if reflexive is not None else doc.text[one[0] : one[1]],
            span=Span.of(doc.text, verb.start(), one[1]),
            number_span=Span.of(doc.text, *one),
        )
        found.append(_Found(9, verb.start(), one, (verb.start(), one[1]), record))
    return found


def _perpetrators(doc: _Doc) -> list[_Found]:
    """ "In addition to the assailant, 12 people were killed": the attackers died too, and they are not among the 12;
    so did they "in addition to the death of the assailant" whatever the rest of the sentence tells.

    Read as a killed count with qualifier "in addition", which the fatality policy adds to the total."""
    found: list[_Found] = []
    for m in doc.scan(_IN_ADDITION):
        if not m.group("death") and not _PERPETRATOR_KILLED.search(doc.text, m.end(), doc.end):
            continue  # "in addition to the death of the assailant" says the death itself
        who = m.group("who").lower()
        if m.group("n"):
            value = _cardinal(m.group("n"))
            number = (m.start("n"), m.end("n"))
        else:
            value = 1 if not who.endswith("s") and not who.endswith("men") else None
            number = (m.start("who"), m.end("who"))
        if value is None:
            continue
        record = Quantity(
            kind=QuantityKind.KILLED,
            low=value,
            high=value,
            qualifier="in addition",
            side=m.group("who"),
            span=Span.of(doc.text, m.start(), m.end()),
            number_span=Span.of(doc.text, *number),
        )
        found.append(_Found(0, m.start(), number, (m.start(), m.end()), record))
    return found


_ALONG = _Pattern.of(r"\b(?:killed|died|dead|slain|executed)\b[^.;]{0,80}?\s+along\s+with\s+")
_ALONG_ONE = re.compile(r"(?:his|her|their)\s+(?:[\w'’-]+\s+){0,2}?(?P<head>[\w'’-]+)\b", _I)


def _along_with(doc: _Doc) -> list[_Found]:
    """ "Uddin was killed along with his deputy and five other people": those named after "along with" died too."""
    found: list[_Found] = []
    for m in doc.scan(_ALONG):
        pos = m.end()
        one = _ALONG_ONE.match(doc.text, pos, doc.end)
        if one is not None and one.group("head").lower() in _PERSON_NOUNS:
            record = Quantity(
                kind=QuantityKind.KILLED,
                low=1,
                high=1,
                side=one.group(),
                span=Span.of(doc.text, m.start(), one.end()),
                number_span=Span.of(doc.text, one.start(), one.end()),
            )
            found.append(_Found(6, m.start(), (one.start(), one.end()), (m.start(), one.end()), record))
            sep = _SEP.match(doc.text, one.end(), doc.end)
            pos = sep.end() if sep else one.end()
        if one is None or pos != one.end():  # "his deputy" then nothing listed after it
            for item in _active_items(doc, pos):
                found.append(_found(doc.text, 6, m.start(), QuantityKind.KILLED, item, (m.start(), item.end)))
    return found


# "its leader Hassan Nasrallah was killed", "the journalist Ali Hassan was shot dead": one named person,
# introduced by a determiner and a noun of person, told in the passive ("was" keeps it singular)
_NAMED_ONE = re.compile(
    r"\b(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur)\s+(?:[a-z][\w-]*\s+){0,2}?(?P<noun>[a-z]+)"
    r"\s+(?P<name>[A-Z][\w'’.-]+(?:\s+(?:al-|bin\s+|ibn\s+|de\s+|van\s+)?[A-Z][\w'’.-]+){1,3}),?"
    r"\s+(?:was|has\s+been|had\s+been)\s+(?:(?:reportedly|allegedly|also)\s+)?"
    rf"(?:(?P<k0>{_PASSIVE_VERBS[QuantityKind.KILLED]})|(?P<k1>{_PASSIVE_VERBS[QuantityKind.INJURED]})|"
    rf"(?P<k2>{_PASSIVE_VERBS[QuantityKind.ABDUCTED]})|(?P<k3>{_PASSIVE_VERBS[QuantityKind.ARRESTED]}))\b"
)


# "arrested the senior Taliban leader Mawawi Akbar": one named person, the object of an active verb
_NAMED_OBJECT = re.compile(
    rf"\b(?:(?P<k0>{_ACTIVE_VERBS[QuantityKind.KILLED]})|(?P<k1>{_ACTIVE_VERBS[QuantityKind.INJURED]})|"
    rf"(?P<k2>{_ACTIVE_VERBS[QuantityKind.ABDUCTED]})|(?P<k3>{_ACTIVE_VERBS[QuantityKind.ARRESTED]}))"
    r"\s+the\s+(?:[\w-]+\s+){0,3}?(?P<noun>[a-z]+)"
    r"\s+(?P<name>[A-Z][\w'’.-]+(?:\s+(?:al-|bin\s+|ibn\s+|de\s+|van\s+)?[A-Z][\w'’.-]+){1,3})\b"
)


def _named_one(doc: _Doc) -> list[_Found]:
    found = []
    for m in _NAMED_OBJECT.finditer(doc.text, doc.start, doc.end):
        if m["noun"] in _PERSON_NOUNS:
            kind = next(_KINDS[i] for i in range(4) if m.group(f"k{i}"))
            item = _Item(m.start("name"), m.end("name"), m.start("name"), m.end("name"), 1, 1, None, m["noun"], m.span("name"))
            found.append(_found(doc.text, 3, m.start(), kind, item, (m.start(), m.end())))
    if "was" not in doc.low and "been" not in doc.low:
        return found
    for m in _NAMED_ONE.finditer(doc.text, doc.start, doc.end):
        if m["noun"] not in _PERSON_NOUNS or m["noun"].endswith("s") and m["noun"][:-1] in _PERSON_NOUNS:
            continue  # a person noun in the singular: "leader", "journalist"
        kind = next(_KINDS[i] for i in range(4) if m.group(f"k{i}"))
        item = _Item(m.start("name"), m.end("name"), m.start("name"), m.end("name"), 1, 1, None, m["noun"], m.span("name"))
        found.append(_found(doc.text, 3, m.start(), kind, item, (m.start(), m.end())))
    return found


_VICTIM_READERS = (
    _zero,
    _named_one,
    _toll,
    _frame,
    _active,
    _passive,
    _noun_of,
    _nominal,
    _single,
    _definite_passive,
    _named_object,
    _perpetrators,
    _along_with,
)


def find_quantities(text: str, start: int = 0, end: int | None = None) -> list[Quantity]:
    """Victim counts in text[start:end]; spans are offsets into the full text."""
    return list(_victim_counts(text, start, len(text) if end is None else end))


@lru_cache(maxsize=256)
def _victim_counts(text: str, start: int, end: int) -> tuple[Quantity, ...]:
    """Cached: the event stage asks for a sentence's counts up to three times (trigger context,
    victims, claims), and the records are frozen."""
    doc = _Doc(text, start, end)
    if not _VICTIM_CUE.search(doc.low):
        return ()
    found = _settle([f for reader in _VICTIM_READERS for f in reader(doc)])
    return tuple(q for q in found if not _cumulative(doc, q))


_LONG_RUNNING = (
    r"(?:war|conflict|offensive|insurgency|uprising|crisis|unrest|violence|fighting|campaign|protests|"
    r"civil\s+war|occupation|siege)"
)
_MONTH_WORD = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
# a period that makes a count a running total: "since 2015", "since the war began", "so far this year"
_PERIOD_TOTAL = (
    rf"since\s+(?:(?:19|20)\d\d|{_MONTH_WORD}\b|the\s+(?:start|beginning|outbreak)\b|the\s+{_LONG_RUNNING}\s+"
    r"(?:began|started|erupted|broke\s+out))|so\s+far\s+this\s+(?:year|month)|(?:so\s+far\s+|earlier\s+)?this\s+year|"
    r"in\s+this\s+decade|to\s+date|in\s+(?:the\s+)?(?:past|last)\s+(?:year|decade|(?:\w+\s+)?(?:years|months))"
)
_TOTAL_AFTER = re.compile(rf"[^,;.()]{{0,60}}?\b(?:{_PERIOD_TOTAL})\b", _I)
_TOTAL_BEFORE = re.compile(rf"(?:^|[.;:]\s*)(?:{_PERIOD_TOTAL})\s*,?\s*$", _I)
_TOTAL_TOLL = re.compile(rf"\b(?:from|in)\s+(?:the|this|its)\s+(?:\w+\s+){{0,2}}?{_LONG_RUNNING}\b|{_PERIOD_TOTAL}", _I)


def _cumulative(doc: _Doc, q: Quantity) -> bool:
    """A running total is no count of this event: "more than 300 people have been killed since the offensive
    began", "so far this year, 87 soldiers have been killed", "bringing the death toll from the offensive to
    40". A toll of the event itself stays ("bringing the death toll from Monday's attack to 41")."""
    if q.kind not in (QuantityKind.KILLED, QuantityKind.INJURED) or q.low < 2:
        return False
    if _TOTAL_AFTER.match(doc.text, q.span.end, doc.end) or _TOTAL_BEFORE.search(doc.text, doc.start, q.span.start):
        return True
    return q.span.text.lower().lstrip().startswith(("death toll", "toll", "casualty toll", "fatality toll")) and bool(
        _TOTAL_TOLL.search(q.span.text)
    )


# --------------------------------------------------------------------------- materiel


@dataclass(frozen=True, slots=True)
class _Thing:
    """A materiel number phrase and its category (None: a noun we do not count)."""

    item: _Item
    category: MaterielCategory | None

    @property
    def end(self) -> int:
        return self.item.end


_PARTITIVE = re.compile(r"\s+of\s+(?:the|their|its|his|her|our|these|those)(?=\s)", _I)


def _materiel_item(text: str, pos: int, end: int) -> _Thing | None:
    """ "eight fuel tanker trucks", "17 jeeps mounted with mortars", "a tank"."""
    m = _QUANT_RE.match(text, pos, end)
    item = _number_item(m) if m else None
    partitive = _PARTITIVE.match(text, m.end(), end) if m else None  # "two of their pickup trucks"
    words = _words(text, partitive.end() if partitive else m.end(), end, 4) if item and m else []
    i = _head_index(words, _materiel_noun, lambda w: w.lower() in _NOT_MATERIEL_NEXT)
    if item is None or i is None or item.low == 0:
        return None
    trail = _TRAIL.match(text, words[i].end(), end)
    mods = {w.group(1).lower() for w in words[:i]}
    noun = _materiel_noun(words[i].group(1))
    category = _category(mods, noun, trail.group() if trail else None)
    return _Thing(item._replace(end=trail.end() if trail else words[i].end(), head=noun), category)


def _category(mods: set[str], noun: str, trail: str | None) -> MaterielCategory | None:
    """Category of "fuel tanker trucks", "jeeps mounted with mortars", "armoured personnel carriers"."""
    base = _HEAD_CATEGORY[noun]
    if noun == "carrier":
        return _C.ARMOURED_VEHICLE if "personnel" in mods else None
    if noun == "piece":
        return _C.ARTILLERY if "artillery" in mods else None
    if noun == "system":
        return _C.ARTILLERY if mods & {"rocket", "launch", "artillery", "howitzer"} else None
    if base in (_C.CAR, _C.TRUCK, _C.AIRCRAFT):
        return _vehicle_category(mods, base, trail)
    if base is _C.TANK and mods & _NOT_TANK:
        return None
    if noun == "gun" and mods & _NOT_ARTILLERY:
        return None
    return base


def _vehicle_category(mods: set[str], base: MaterielCategory, trail: str | None) -> MaterielCategory:
    """Cars, trucks and aircraft refined by their modifiers: unmanned, fuel, armoured, armed."""
    if mods & _DRONE:
        return _C.DRONE
    if base is _C.AIRCRAFT:
        return base
    if mods & _FUEL:
        return _C.FUEL_TANKER
    if mods & _ARMOURED:
        return _C.ARMOURED_VEHICLE
    if mods & _ARMED or (trail and _ARMED_TRAIL.search(trail)):
        return _C.TECHNICAL
    return base


def _status(m: re.Match) -> str:
    return next(status for i, status in enumerate(_STATUSES) if m.group(f"k{i}"))


def _materiel(text: str, thing: _Thing, status: str, span: tuple[int, int], rank: int, group: int) -> _Found:
    record = Materiel(category=thing.category, count=thing.item.low, status=status, span=Span.of(text, *span))
    return _Found(rank, group, (thing.item.num_start, thing.item.num_end), span, record)


def _materiel_active(doc: _Doc) -> list[_Found]:
    """ "destroying 36 cars, eight fuel tanker trucks and 17 jeeps", "shot down two drones"."""
    found = []
    for verb in doc.scan(_MATERIEL_ACTIVE):
        things = _walk(doc.text, verb.end(), doc.end, _materiel_item, lambda thing: True)
        found.extend(
            _materiel(doc.text, t, _status(verb), (verb.start(), t.end), 2, verb.start()) for t in things if t.category
        )
    return found


def _materiel_passive(doc: _Doc) -> list[_Found]:
    found: list[_Found] = []
    seen: set[int] = set()
    for anchor in doc.anchors() if _MATERIEL_TAIL_CUE.search(doc.low) else ():
        if anchor.start() not in seen:
            found.extend(_materiel_passive_at(doc, anchor.start(), seen))
    return found


def _materiel_passive_at(doc: _Doc, pos: int, seen: set[int]) -> list[_Found]:
    """ "a tank was destroyed", "two drones were shot down"."""
    text, end = doc.text, doc.end
    things = _walk(text, pos, end, _materiel_item, lambda thing: True)
    if not things or not _opens_phrase(text, things[0].item, doc.start):
        return []
    seen.update(thing.item.start for thing in things)
    tail = _MATERIEL_TAIL.match(text, things[-1].end, end)
    if tail is None or _tail_reads_active(text, tail, end):
        return []
    status = _status(tail)
    return [_materiel(text, t, status, (t.item.start, tail.end()), 3, pos) for t in things if t.category]


def _tail_reads_active(text: str, tail: re.Match, end: int) -> bool:
    """ "3 tanks destroyed 5 houses": no auxiliary and an object follows, so the verb is active."""
    plain = not (tail.group("aux") or tail.group("paren"))
    return plain and _OBJECT_AFTER.match(text, tail.end(), end) is not None


def find_materiel(text: str, start: int = 0, end: int | None = None) -> list[Materiel]:
    """Materiel destroyed / captured / damaged in text[start:end]."""
    doc = _Doc(text, start, end)
    if not _MATERIEL_CUE.search(doc.low):
        return []
    return _settle(_materiel_active(doc) + _materiel_passive(doc))


# --------------------------------------------------------------------------- the fate of people counted before

_FATE = re.compile(
    r"\b(?:the|all(?:\s+of\s+the)?|both(?:\s+of\s+the)?)\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)?"
    r"(?P<noun>hostages|captives|abductees|detainees|victims|[a-z]+s)\s+(?:were|had\s+been)\s+"
    r"(?:(?:later|subsequently|all|also|then|eventually)\s+)?"
    r"(?:killed|executed|shot\s+dead|shot\s+and\s+killed|beheaded|murdered|found\s+dead|slain)\b",
    _I,
)
_AND_KILLED = re.compile(
    r"\s+and\s+(?:later\s+|then\s+|subsequently\s+)?(?:killed|executed|beheaded|murdered|shot\s+dead)\b", _I
)
_HELD_NOUNS = {"hostages", "captives", "abductees", "detainees", "victims"}


def find_fates(text: str, start: int, end: int, held: list[Quantity]) -> list[Quantity]:
    """People counted as abducted earlier and said to be killed now: "Assailants abducted four observers.
    The hostages were killed." gives 4 killed; "three guards were taken hostage and beheaded" gives 3.

    ``held`` are the abducted counts read before (or in) the sentence text[start:end]."""
    out: list[Quantity] = []
    for q in held:
        if start <= q.span.start < end and (m := _AND_KILLED.match(text, q.span.end, end)):
            out.append(q.model_copy(update={"kind": QuantityKind.KILLED, "span": Span.of(text, q.span.start, m.end())}))
    if out:
        return out
    for m in _FATE.finditer(text, start, end):
        noun = m.group("noun").lower()
        same = [
            q
            for q in held
            if q.span.start < m.start()
            and (noun in _HELD_NOUNS or (q.side is not None and noun[:-1] in q.side.lower()))
        ]
        if same:
            total = sum(q.low for q in same)
            out.append(
                Quantity(
                    kind=QuantityKind.KILLED,
                    low=total,
                    high=total if all(q.high is not None for q in same) else None,
                    side=m.group("noun"),
                    span=Span.of(text, m.start(), m.end()),
                    number_span=Span.of(text, m.start("noun"), m.end("noun")),
                )
            )
    return out


# --------------------------------------------------------------------------- tolls over several events

_N_WORDS = {w: i + 2 for i, w in enumerate("two three four five six seven eight nine ten eleven twelve".split())}
_EVENT_NOUNS = (
    r"(?:attacks|incidents|events|clashes|assaults|bombings|explosions|blasts|raids|strikes|operations|ambushes)"
)
_COUNT_WORD = r"(?P<n>both|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})"
_ACROSS = WordsPattern(re.compile(
    rf"\b(?:across|in\s+all|spread\s+(?:over|between|across)|split\s+(?:up\s+)?between|combined\s+in|in\s+total\s+in|"
    rf"over\s+the\s+course\s+of)\s+(?:the|all|these|those)?\s*(?:{_COUNT_WORD}\s+)?(?:[\w-]+\s+){{0,2}}?{_EVENT_NOUNS}\b",
    _I,
))
_ONE_OF = re.compile(
    rf"\bone\s+of\s+(?:at\s+least\s+)?{_COUNT_WORD}\s+(?:[\w-]+\s+){{0,2}}?{_EVENT_NOUNS}\b|"
    rf"\b{_COUNT_WORD.replace('?P<n>', '?P<m>')}\s+(?:related|coordinated|similar|separate|simultaneous|linked)\s+"
    rf"{_EVENT_NOUNS}\b",
    _I,
)


# "killed in the ensuing clashes" after "This was one of four related attacks": the toll of all the clashes
_ENSUING = WordsPattern(re.compile(r"\b(?:in|during)\s+the\s+ensuing\s+clashes\b", _I))


def events_covered(text: str, start: int, end: int) -> int | None:
    """How many events a toll in text[start:end] is said to cover: "killed across the five attacks" 5, "across both
    attacks" 2, "across the attacks" or "in the ensuing clashes" with "one of four related attacks" elsewhere in the
    article 4; None for one.

    ACLED splits such a combined toll evenly over the events it covers ("20 fatalities split up between 3
    events"); the fatality policy does the same with this number."""
    m = _ACROSS.search(text, start, end) or _ENSUING.search(text, start, end)
    if m is None:
        return None
    n = _count_word(m.groupdict().get("n"))
    if n is None:
        other = _ONE_OF.search(text)
        n = _count_word(other.group("n") or other.group("m")) if other else None
    return n if n is not None and n > 1 else None


def _count_word(word: str | None) -> int | None:
    if not word:
        return None
    word = word.lower()
    if word == "both":
        return 2
    return _N_WORDS.get(word) or (int(word) if word.isdigit() else None)
