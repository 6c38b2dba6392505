"""Attribution: who says each sentence, with which cue verb, and what kind of source they are.

Wire stories carry claims in a few fixed shapes: "..., X said", "according to X, ...",
"X said that ...", and quoted passages that continue an earlier speaker ("he added").
Each sentence gets the attribution that governs it; sentences nobody is credited with are
the outlet's own reporting. A sentence that sets two speakers against each other ("X said ...,
while Y said ...") keeps both: the second is a rival governing its own clause, so the
disagreement stays visible instead of one claimant holding both counts.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from eventwire.lexicon import ActorLexicon, Cues, WordsPattern
from eventwire.records import ClaimantType, Mention, MentionKind, Sentence, Span
from eventwire.stages.mentions import MentionIndex

_ACCORDING = re.compile(r"\baccording to\s+", re.IGNORECASE)
_PHRASE_END = re.compile(r"[,.;:\"“”]|\s(?:on|in|at|late|early|who|which|that)\s|$")
_MAX_CLAIMANT_WORDS = 14
# where a contrastive clause may bring a rival speaker: ", while", ", whereas", ", but", a semicolon
_RIVAL_CLAUSE = WordsPattern(re.compile(
    r"(?:,\s*|\s+)(?:while|whereas)\s+|,\s*(?:but|although|though)\s+|;\s*(?:(?:while|whereas|but)\s+)?", re.IGNORECASE
))
# a clause that counts more victims ("residents said three civilians also died") adds to the claim before, not rivals it
_ADDITIVE = re.compile(r"\b(?:also|another|other|additional|further|too)\b", re.IGNORECASE)
# ", while" / ", but": a clause set against the one before, not a bare "while" that opens a subordinate one
_SET_AGAINST = re.compile(r"^[,;]\s*(?:while|whereas|but|although|though)\b", re.IGNORECASE)
# "X said, citing Y" / "quoting Y": Y is the source, X only relays it
_RELAY = re.compile(r"(?:,\s*|\s)(?P<cue>citing|quoting)\s+", re.IGNORECASE)
_NOT_A_SOURCE = re.compile(
    r"\b(?:concerns?|reasons?|fears?|lack|needs?|threats?|risks?|grounds|security\s+situation)\b", re.I
)
# two sources joined: "a local official and a conflict monitor", "police and residents"
_CONJOINED = re.compile(
    r"^(?P<left>(?:the |a |an )?[^,;]+?)\s+and\s+(?P<right>(?:the |a |an |local |two |several |other )[^,;]+|"
    r"(?:residents|witnesses|activists|medics|doctors|villagers|relatives|survivors|officials|police)\b[^,;]*)$",
    re.IGNORECASE,
)
# "the ethnic armed group that seized the town last month": a role told with a relative clause
_RELATIVE = re.compile(r"^(?P<head>(?:the|a|an)\s+[^,]+?)\s+(?:that|which|who)\s+\S", re.IGNORECASE)
_OPEN_ENDS = frozenset("be been being is are was were not has have had could would can will independently".split())
_PERSON_ROLE = re.compile(
    r"\b(?:spokes(?:man|woman|person)|governor|mayor|commander|official|minister|chief|head|leader|director|"
    r"general|colonel|president|administrator|secretary|officer)\b",
    re.IGNORECASE,
)
# a speaker saying it (or its men) did not do it: "said in a statement that its forces had not used firearms"
_SELF_DENIAL = re.compile(
    r"(?:\s+(?:in\s+a\s+statement|on\s+\w+))?(?:\s+that)?\s+(?:it|they|we|its\s+\w+|their\s+\w+|our\s+\w+)\s+"
    r"(?:(?:had|has|have|did|does|do|was|were)\s*)?(?:not|never|n[’']t)\s+(?:ever\s+|been\s+)?"
    r"(?:used?|using|fired?|killed?|attack(?:ed)?|target(?:ed)?|carr(?:y|ied)\s+out|shot|shoot|bomb(?:ed)?|struck|strike|"
    r"harm(?:ed)?|involved|opened?\s+fire|committed?|abduct(?:ed)?|detain(?:ed)?|arrest(?:ed)?)\b",
    re.IGNORECASE,
)
# "a military officer told us on condition of anonymity": the speaker's anonymity told after the cue
_ANONYMOUS_AFTER = re.compile(
    r"[^.;\"“”]{0,60}?\b(?:on condition of anonymity|speaking anonymously|on condition (?:that )?(?:he|she|they) "
    r"(?:not be|was not|were not) (?:named|identified)|(?:who|and) (?:asked|declined|requested) not to be (?:named|identified))",
    re.IGNORECASE,
)
# "regional governor Ivan Fedorov", "district police chief Ali Musa", "elder Hassan Ali": a lower-case title (an
# office, or a standing in the community) before a person's name
_TITLED_NAME = re.compile(
    r"^(?:[a-z][\w'’-]*\s+){0,3}(?:spokes(?:man|woman|person)|governor|mayor|commander|minister|chief|head|leader|"
    r"director|general|colonel|president|administrator|secretary|officer|commissioner|prosecutor|elder|activist|"
    r"resident|lawmaker|legislator|councill?or|senator|imam|priest|pastor|bishop|doctor|journalist)\s+"
    r"(?:[A-Z][\w'’.-]*)(?:\s+[A-Z][\w'’.-]*){0,3}$"
)
# a described speaker that is a body, not a person: its name, given later, is a body's ("... Resistance Committee")
_BODY = re.compile(r"\b(?:group|organi[sz]ation|network|committee|association|union|coalition|council|observatory)s?\b", re.I)
_FUNCTION_WORDS = frozenset("that which with from this their there said says local based".split())
# "Zabihullah Mujahid", "Col. Ismail Mohamed": a person's name, up to four capitalised words
_PERSON_NAME = re.compile(r"^(?:[A-Z][a-z]*\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}(?:,|$)")
_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i"})
_KIND_TYPES = {
    "monitor": ClaimantType.MONITOR,
    "ngo": ClaimantType.NGO,
    "un": ClaimantType.UN,
    "media": ClaimantType.MEDIA,
    "civilians": ClaimantType.WITNESS,
}
_HINT_ORDER = ("monitor", "ngo", "un", "witness", "media", "official")
_NOT_A_SPEAKER = re.compile(
    r"\b(?:could|would|should|can|cannot|not|be|been|is|are|was|were|has|have|had|no|nobody|none|neither|that|which|"
    r"if|when|while|because|as|it's|there|says|said|tells|told|claims|claimed|kills|killed|reports|reported)\b",
    re.IGNORECASE,
)
_SPEAKER_AFTER = re.compile(
    r"^\s+(?:(?:on|late on|early on)\s+\w+\s+)?(?P<who>(?:the |a |an )?[A-Za-z][^.;:\"“”]{1,120})"
)
_AFTER_CUES = re.compile(r"^(?:said|says|told|added|wrote|explained|noted)$", re.IGNORECASE)
_HINT_TYPES = {
    "witness": ClaimantType.WITNESS,
    "monitor": ClaimantType.MONITOR,
    "ngo": ClaimantType.NGO,
    "un": ClaimantType.UN,
    "media": ClaimantType.MEDIA,
    "official": ClaimantType.PARTY_OFFICIAL,
}


@dataclass(frozen=True)
class Attribution:
    """The source of one sentence, before we know which event it speaks of."""

    phrase: Span
    cue: Span | None
    polarity: str
    actor_key: str | None
    type: ClaimantType
    anonymous: bool
    country: str | None = None
    """ISO3 of the state a speaking country or its people stand for ("Russia says", "Syria's foreign ministry")."""
    rivals: tuple[Attribution, ...] = ()
    """Other speakers of the same sentence, each set against the one before ("..., while the army said ...")."""
    scope: Span | None = None
    """The clause this attribution governs when its sentence has rivals; None: the whole sentence."""


class ClaimStage:
    """Finds the attribution of every sentence."""

    name = "claims"

    def __init__(
        self, cues: Cues, actors: ActorLexicon, country_of: Callable[[str], str | None] = lambda _: None
    ) -> None:
        self._cues = cues
        self._actors = actors
        self._country_of = country_of

    def attribute(
        self, text: str, sentences: Sequence[Sentence], mentions: Sequence[Mention]
    ) -> list[Attribution | None]:
        out: list[Attribution | None] = []
        last: Attribution | None = None
        recent: list[Attribution] = []  # the speakers of the last attributed sentence, each conjunct apart
        index = MentionIndex(mentions)
        for sentence in sentences:
            found = self._own(text, sentence, index.within(sentence.span))
            if found is not None and found.phrase.text.lower().strip() in ("the group", "the militants", "the rebels"):
                speaks = last is not None and last.type in (ClaimantType.NGO, ClaimantType.MONITOR, ClaimantType.UN)
                group = last if speaks else self._group_backref(found.phrase, index.before(found.phrase.start))
                found = _inherit(group, found) if group else found
            elif found is not None and self._is_backref(found.phrase.text) and last is not None:
                found = _inherit(_referent(found.phrase.text, last, recent), found)
            elif found is not None and not found.rivals:
                found = self._coordinated(text, sentence.span, found, index.within(sentence.span))
            if found is None and last is not None and sentence.quoted:
                found = last
            out.append(found)
            if found is not None:  # "It added": the speaker named last, the whole of its next sentence
                last = replace(found.rivals[-1] if found.rivals else found, rivals=(), scope=None)
                recent = [replace(a, rivals=(), scope=None) for a in (found, *found.rivals)]
        return _named_later(out, self._kin)

    def _kin(self, told: str, named: str) -> bool:
        """Whether a role's actor can be a named one's: the same, an unidentified group, or one family
        ("the United Nations peacekeeping mission" and MONUSCO)."""
        a, b = self._actors.entries.get(told), self._actors.entries.get(named)
        if a is None or b is None or a.key == b.key or a.key.startswith("unidentified"):
            return True
        return bool(b.family) and b.family in (a.name, a.family)

    def _coordinated(self, text: str, sentence: Span, found: Attribution, mentions: Sequence[Mention]) -> Attribution:
        """ "a local official and a conflict monitor said": two sources, each its own claimant of the whole sentence."""
        m = _CONJOINED.match(found.phrase.text)
        if m is None or not _looks_like_speaker(m.group("left")) or not _looks_like_speaker(m.group("right")):
            return found
        start = found.phrase.start
        left = Span.of(text, start, start + m.end("left"))
        right = Span.of(text, start + m.start("right"), found.phrase.end)
        scope = Span.of(text, sentence.start, sentence.end)
        first = replace(self._typed(left, found.cue, found.polarity, mentions), scope=scope)
        second = replace(self._typed(right, found.cue, found.polarity, mentions), scope=scope)
        return replace(first, rivals=(second,))

    def _own(self, text: str, sentence: Sentence, mentions: Sequence[Mention]) -> Attribution | None:
        start, end = sentence.span.start, sentence.span.end
        own = self._speaker(text, start, end, mentions)
        return self._with_rivals(text, start, end, mentions, outlet_first=own is None) or own

    def _with_rivals(
        self, text: str, start: int, end: int, mentions: Sequence[Mention], outlet_first: bool
    ) -> Attribution | None:
        """The first clause's speaker with the rivals that later contrastive clauses bring, each leading its
        clause with a speaker and cue of its own ("..., while the army said ...", "; hospital officials said ...").
        None when there is no such rival: a clause without its own speaker stays with the one before.
        ``outlet_first``: a first clause nobody is credited with is the outlet's own report, set against the
        rival ("Gunmen killed 12, while the army said four died"); its scope then starts after that clause."""
        body = text[start:end]
        cuts = list(_RIVAL_CLAUSE.finditer(body))
        if not cuts:
            return None
        starts = [0, *(m.end() for m in cuts)]
        ends = [*(m.start() for m in cuts), len(body.rstrip())]
        clauses = [(start + a, start + b) for a, b in zip(starts, ends, strict=True)]
        first = self._speaker(text, *clauses[0], mentions)
        if first is None and not (outlet_first and _SET_AGAINST.match(cuts[0].group())):
            return None
        spoken: list[tuple[Attribution | None, int, int]] = [(first, *clauses[0])]
        for c_start, c_end in clauses[1:]:
            rival = self._leading_speaker(text, c_start, c_end, mentions)
            prev = spoken[-1][0]
            if rival is None or not self._new_speaker(rival, prev) or _ADDITIVE.search(text[c_start:c_end]):
                spoken[-1] = (prev, spoken[-1][1], c_end)  # the clause goes on with the speaker before it
                continue
            spoken.append((rival, c_start, c_end))
        scoped = [replace(a, scope=Span.of(text, s, e)) for a, s, e in spoken if a is not None]
        if len(spoken) < 2 or not scoped:
            return None
        return replace(scoped[0], rivals=tuple(scoped[1:]))

    def _leading_speaker(self, text: str, start: int, end: int, mentions: Sequence[Mention]) -> Attribution | None:
        """The speaker of a clause that opens with it ("the army said ...", "according to residents ..."),
        not a trailing one ("..., police said"), which speaks for the whole sentence."""
        found = self._speaker(text, start, end, mentions)
        if found is None:
            return None
        lead = min(found.phrase.start, found.cue.start if found.cue else found.phrase.start)
        return found if not text[start:lead].strip() else None

    def _new_speaker(self, rival: Attribution, before: Attribution | None) -> bool:
        """ "..., but he said": the same speaker goes on; so does one naming the same actor or words."""
        said = rival.phrase.text.lower().strip()
        if said in _PRONOUNS:
            return False
        if before is None:
            return True
        if rival.actor_key is not None and rival.actor_key == before.actor_key:
            return False
        return said != before.phrase.text.lower().strip()

    def _speaker(self, text: str, start: int, end: int, mentions: Sequence[Mention]) -> Attribution | None:
        """Who is credited with text[start:end], by the first shape that fits."""
        body = text[start:end]
        found = _relayed(body) or _according_to(body)
        if found is None:
            verbs = list(self._cues.asserts.finditer(body))  # read once for both shapes
            found = _cue_phrase(body, verbs, self._cues) or _cue_then_speaker(body, verbs)
        if found is None:
            return None
        phrase, cue = found
        p_span = Span.of(text, start + phrase[0], start + phrase[1])
        c_span = Span.of(text, start + cue[0], start + cue[1]) if cue else None
        polarity = "denies" if c_span is not None and self._cues.denies.fullmatch(c_span.text) else "asserts"
        if polarity == "asserts" and c_span is not None and _SELF_DENIAL.match(text, c_span.end, end):
            polarity = "denies"  # "police said its forces had not used firearms": the accused rejects it
        unnamed = c_span is not None and _ANONYMOUS_AFTER.match(text, c_span.end, end) is not None
        return self._typed(p_span, c_span, polarity, mentions, anonymous=unnamed)

    def _typed(
        self, phrase: Span, cue: Span | None, polarity: str, mentions: Sequence[Mention], anonymous: bool = False
    ) -> Attribution:
        """``anonymous``: the sentence says after the cue that the speaker asked not to be named."""
        key = _actor_in(phrase, mentions)
        anonymous = anonymous or bool(self._cues.hints["anonymous"].search(phrase.text))
        kind = self._actors.entries[key].kind if key in self._actors.entries else None
        ctype = _KIND_TYPES.get(kind or "") or self._hint_type(phrase.text, key)
        country = self._state_of(phrase, mentions) if key is None else None
        if country is not None and ctype is ClaimantType.OTHER:
            ctype = ClaimantType.PARTY_OFFICIAL  # "Russia says": the state speaks
        if anonymous and ctype in (ClaimantType.PARTY_OFFICIAL, ClaimantType.OTHER):
            ctype = ClaimantType.PARTY_ANONYMOUS
        return Attribution(phrase, cue, polarity, key, ctype, anonymous, country)

    def _state_of(self, phrase: Span, mentions: Sequence[Mention]) -> str | None:
        """The country a claimant phrase names first ("Syria's foreign ministry", "Russia", "Ukrainian officials")."""
        for m in mentions:
            if m.kind in (MentionKind.PLACE, MentionKind.NORP) and m.span.within(phrase):
                return self._country_of(m.span.text)
        return None

    def _hint_type(self, phrase: str, key: str | None) -> ClaimantType:
        if key is not None:
            return ClaimantType.PARTY_OFFICIAL
        for hint in _HINT_ORDER:
            if self._cues.hints[hint].search(phrase):
                return _HINT_TYPES[hint]
        return ClaimantType.OTHER

    def _is_backref(self, phrase: str) -> bool:
        return phrase.lower().strip() in self._cues.backrefs

    def _group_backref(self, phrase: Span, mentions: Sequence[Mention]) -> Attribution | None:
        """ "The group said": the armed group named last before it."""
        for m in reversed(mentions):
            entry = self._actors.entries.get(m.key or "")
            if (
                m.kind is MentionKind.ACTOR
                and m.span.end <= phrase.start
                and entry
                and entry.kind in ("armed_group", "militia")
            ):
                return Attribution(phrase, None, "asserts", entry.key, ClaimantType.PARTY_OFFICIAL, False)
        return None


def _inherit(last: Attribution, found: Attribution) -> Attribution:
    return replace(
        found,
        phrase=last.phrase,
        actor_key=last.actor_key,
        type=last.type,
        anonymous=last.anonymous,
        country=last.country,
    )


def _according_to(body: str) -> tuple[tuple[int, int], tuple[int, int]] | None:
    m = _ACCORDING.search(body)
    if m is None:
        return None
    end_m = _PHRASE_END.search(body, m.end())
    end = end_m.start() if end_m else len(body)
    return _bounded((m.end(), end), body), (m.start(), m.end() - 1)


def _relayed(body: str) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """ "the agency reported, citing a military source": the relaying outlet only carries what the source says."""
    for m in _RELAY.finditer(body):
        end_m = _PHRASE_END.search(body, m.end())
        span = _bounded((m.end(), end_m.start() if end_m else len(body)), body)
        phrase = body[span[0] : span[1]]
        if _looks_like_speaker(phrase) and not _NOT_A_SOURCE.search(phrase):
            return span, (m.start("cue"), m.end("cue"))
    return None


def _cue_phrase(body: str, verbs: list[re.Match[str]], cues: Cues) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The last reporting verb (``verbs``: the asserting ones, or a denial) with a speaker phrase right before it."""
    matches = sorted([*verbs, *cues.denies.finditer(body)], key=lambda m: m.start())
    for m in reversed(matches):
        phrase = _speaker_before(body, m.start())
        if phrase is not None:
            return phrase, m.span()
    return None


def _cue_then_speaker(body: str, verbs: list[re.Match[str]]) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """ "..., said Mohammad Asif Waziri, spokesman for the police." (``verbs``: the asserting verbs of body)"""
    for m in verbs:
        if not _AFTER_CUES.match(m.group()) or not re.search(r"[,\"”]\s*$", body[: m.start()]):
            continue
        after = _SPEAKER_AFTER.match(body[m.end() :])
        if after is None:
            continue
        who_start = m.end() + after.start("who")
        who_end = _bounded((who_start, m.end() + after.end("who")), body)[1]
        if not _looks_like_speaker(body[who_start:who_end].split(",")[0]):
            continue
        return (who_start, len(body[:who_end].rstrip(" ,"))), m.span()
    return None


_LOOKBACK = 200  # characters before a cue searched for its speaker; a speaker phrase is at most 14 words


def _speaker_before(body: str, cue_at: int) -> tuple[int, int] | None:
    offset = max(0, cue_at - _LOOKBACK)
    found = _speaker_in(body[offset:cue_at])
    return (found[0] + offset, found[1] + offset) if found else None


def _speaker_in(body: str) -> tuple[int, int] | None:
    head = body.rstrip()
    if head.endswith(","):  # "Oleksandr Prokudin, head of the regional administration, wrote"
        return _apposed_speaker(head[:-1])
    cut = max(head.rfind(","), head.rfind("”"), head.rfind('"'), head.rfind(";"), head.rfind(":"))
    start = cut + 1 if cut >= 0 else 0
    phrase = head[start:]
    stripped = phrase.lstrip(' ,"”“')
    start += len(phrase) - len(stripped)
    if not stripped or len(stripped.split()) > _MAX_CLAIMANT_WORDS or not _looks_like_speaker(stripped):
        return None
    return start, start + len(stripped.rstrip())


def _apposed_speaker(head: str) -> tuple[int, int] | None:
    """A name followed by its apposition or relative clause, both set off by commas."""
    end = len(head)
    inner = max(head.rfind(","), head.rfind("”"), head.rfind('"'), head.rfind(";"))
    if inner < 0:
        return None
    outer = max(
        head.rfind(",", 0, inner), head.rfind("”", 0, inner), head.rfind('"', 0, inner), head.rfind(";", 0, inner)
    )
    start = outer + 1
    name = head[start:inner].strip().strip('"”“').strip()
    if not name or len(name.split()) > _MAX_CLAIMANT_WORDS or not _looks_like_speaker(name) or not name[0].isupper():
        return None
    start = head.index(name, start)
    apposition = head[inner + 1 :].strip()
    if apposition.lower().startswith(("which", "who", "that", "whose")):
        end = start + len(name)
    return start, end


def _looks_like_speaker(phrase: str) -> bool:
    """A noun phrase, not a clause: "the army", "Residents", "a source in the ministry"."""
    words = phrase.split()
    if not words:
        return False
    first = words[0]
    relative = _RELATIVE.match(phrase)  # "the armed group that seized the town said": the head noun speaks
    if relative is not None and words[-1].lower() in _OPEN_ENDS:
        return False  # "a figure that could not be [confirmed]": the cue ends the relative clause, nobody speaks
    if relative is not None and relative.group("head").split()[-1][:1].islower():  # a role, not a name
        phrase = relative.group("head")
    if _NOT_A_SPEAKER.search(phrase) and not re.search(r"\b(?:who|on condition|not to be|not authori)", phrase):
        return False
    return first[:1].isupper() or first.lower() in _SPEAKER_STARTS or _TITLED_NAME.match(phrase) is not None


_SPEAKER_STARTS = frozenset(
    "a an the he she they it local state two three several some many residents witnesses officials police activists sources "
    "doctors medics villagers locals relatives survivors security military army health hospital rescuers rescue aid".split()
)


def _bounded(span: tuple[int, int], body: str) -> tuple[int, int]:
    words = body[span[0] : span[1]].split()
    if len(words) <= _MAX_CLAIMANT_WORDS:
        return span
    return span[0], span[0] + len(" ".join(words[:_MAX_CLAIMANT_WORDS]))


def _referent(said: str, last: Attribution, recent: Sequence[Attribution]) -> Attribution:
    """ "the official" after "a local official and a conflict monitor said": the conjunct it names, else the last."""
    head = said.lower().split()[-1]
    for a in recent:
        if re.search(rf"\b{re.escape(head)}\b", a.phrase.text, re.IGNORECASE):
            return a
    return last


def _described(a: Attribution) -> bool:
    """A speaker told by its role, not its name: "a rights group", "the regional governor", "the UN mission"."""
    m = _RELATIVE.match(a.phrase.text)
    phrase = (m.group("head") if m else a.phrase.text).strip()
    words = phrase.split()
    return len(words) >= 2 and words[0].lower() in ("a", "an", "the") and words[-1][:1].islower()


def _named(a: Attribution) -> bool:
    """A speaker given by name: "Justice Africa Watch, a rights organisation", "Zabihullah Mujahid"."""
    first = a.phrase.text.split()[0]
    return not _described(a) and first[:1].isupper() and first.lower() not in _PRONOUNS


def _same_source(described: Attribution, named: Attribution, kin: Callable[[str, str], bool]) -> bool:
    """Whether a role told in one sentence can be the name given in a sentence after it."""
    if described.actor_key and named.actor_key and not kin(described.actor_key, named.actor_key):
        return False
    if described.country and named.country and described.country != named.country:
        return False
    if described.polarity != named.polarity:
        return False
    if named.type is ClaimantType.OTHER:  # a bare name: a person's or a body's, as the role told is
        if _BODY.search(described.phrase.text) and not _PERSON_ROLE.search(described.phrase.text):
            return _BODY.search(named.phrase.text) is not None and not named.actor_key
        return bool(_PERSON_ROLE.search(described.phrase.text)) and not named.actor_key
    if described.type is ClaimantType.OTHER:
        return named.actor_key is not None
    if described.type is not named.type:
        return False
    if described.actor_key and named.actor_key and described.actor_key != named.actor_key:
        return True  # "the ethnic armed group" then "the MNDAA": an unnamed group's name (kin checked above)
    if described.type not in (ClaimantType.PARTY_OFFICIAL, ClaimantType.WITNESS):
        return True  # "a medics' group" then "the Central Committee of Sudanese Doctors": organisations are few
    # officials and witnesses are many: the name's own words echo the role's ("the regional governor" and
    # "X, head of the regional administration"), or the role is a person's and the name a person's
    told = _content_words(described.phrase.text)
    return bool(told & _content_words(named.phrase.text)) or (
        bool(_PERSON_ROLE.search(described.phrase.text)) and _PERSON_NAME.match(named.phrase.text) is not None
    )


def _content_words(phrase: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]{4,}", phrase.lower()) if w not in _FUNCTION_WORDS}


def _named_later(
    out: list[Attribution | None], kin: Callable[[str, str], bool], reach: int = 2
) -> list[Attribution | None]:
    """Wire stories tell a source by its role first and name it after ("..., a rights group said." then
    "Justice Africa Watch, a Nairobi-based rights organisation, said ..."): the role is that name."""
    result = list(out)
    for i, a in enumerate(out):
        if a is None:
            continue
        speakers = [a, *a.rivals]
        renamed = list(speakers)
        for k, s in enumerate(speakers):
            if not _described(s):
                continue
            later = [b for b in out[i + 1 : i + 1 + reach] if b is not None]
            match = next((b for b in later for b in (b, *b.rivals) if _named(b) and _same_source(s, b, kin)), None)
            if match is not None:
                renamed[k] = replace(
                    s,
                    phrase=match.phrase,
                    actor_key=match.actor_key or s.actor_key,
                    type=s.type if match.type is ClaimantType.OTHER else match.type,
                    anonymous=match.anonymous,
                    country=match.country or s.country,
                )
        if renamed != speakers:
            result[i] = replace(renamed[0], rivals=tuple(renamed[1:]))
    return result


def _actor_in(phrase: Span, mentions: Sequence[Mention]) -> str | None:
    inside = [m for m in mentions if m.kind is MentionKind.ACTOR and m.span.within(phrase) and m.key]
    return inside[-1].key if inside else None
