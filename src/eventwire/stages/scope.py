"""Article scope: does the article report specific events, or survey many?

An analyst watching a feed wants the reports of things that happened ("gunmen killed five
traders in X on Tuesday"), not the roundups, situation reports, op-eds and analyses that name
many such happenings in passing, nor the trials and memorials where violence is only the
background. The decision reads what the pipeline already found, in the article's head (its
title and first lead sentences; all of a short brief), where news writing puts what the
article is about. In order:

* ``none``: no event was found at all.
* ``summary``: violence in many separate situations (four days or sites, three countries, where a protest
  counts for its country) that the head already surveys (two situations, or places in three provinces): a
  roundup. A report of one attack that recalls earlier ones further down is not.
* ``summary`` or ``background``: the head tells no event: a survey when it uses survey words
  (report or analysis vocabulary, "since April", "this year", "a wave of attacks"), else background.
* ``background``: the head's events lie months before the article (over 90 days; or dated by the head only to a
  month before last, or to a year two or more back), or the head is about a trial, a memorial, a funeral,
  sanctions, a lawsuit, a sacking or an appeal and pins no new event to a day, or says the violence lies years
  back ("marked ten years since the attack") or only in a relative clause ("the burial of a man who was shot
  dead last week").
* ``summary``: the head uses survey words and pins no event to a few days (or frames a long time
  or a wide area besides naming a report, or tells violence in three provinces: "weekly update: ... in Lower
  Shabelle on Monday; ... in Mogadishu on Wednesday; ... near Galkayo on Friday"). A day pins an event when the
  head names it, or the sentence telling the event does: not a day further down, which is often a meeting's or a
  statement's, nor one just after a court's, a memorial's or a sacking's act ("was sacked on Tuesday").
  When the head tells violence dated to one day in its own sentence, a survey told in another sentence and said
  by someone ("a weekly briefing said 40 were killed over the past week") is an aggregate beside the news and
  does not count; "over the past day" is an event's own time, no survey span.
* ``event report``: otherwise: the head tells at least one event (two attacks told together are
  still an event report).

What the head tells leaves out violence that only sets the scene or has not happened: photo captions above the
lead, backdrop clauses ("..., as fighting continued to grip the capital", "amid clashes"), and violence called for,
planned or foreseen ("called for protests next week", "could break out"). A day named just after someone speaks
("told reporters on Monday") is the statement's and does not pin an event.

A brief (an ACLED note, a wire snap) is all head, so its line of context ("the area has repeatedly
been attacked in recent weeks") is read as backdrop to the day-dated event it opens with, and an
event of a brief that names no date at all is the news of its publication day.

The words are lists in ``lexicon/event_terms.toml`` (``scope_report``, ``scope_aggregate``,
``scope_background``); nothing here is trained on labelled data.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from eventwire.errors import ResourceError
from eventwire.lexicon import EventTerms, WordsPattern, load_event_terms
from eventwire.records import Analysis, Event, Extraction, Missing, Span
from eventwire.records.extraction import Scope

VIOLENT = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians", "Riots"})
HEAD_SENTENCES = 2  # like event assembly's lead: the first sentences of a lead carry its news
MIN_HEAD_CHARS = 60  # a dateline or a byline alone is not a sentence of news
BRIEF_CHARS = 600  # a news brief (an ACLED note, a wire snap) is all lead: all of it is the head
# A head event dated this long before publication is history (a trial, an anniversary), not news. News of an
# event reaches print within days, and a rights group's report on one incident within weeks when a region is
# cut off (the gate's article 14: 58 days); a quarter of a year is past that.
STALE_DAYS = 90
# An event the head dates only to a month (or part of one: "in mid-April", "in December 2019") before the month
# preceding publication is history too: news of a fresh event names its day, or says "last month"; an article that
# goes back two months or more is telling a story's background (a kidnapping "in December" in a March piece).
MONTHS_BACK = 2
MONTH_PREC = 4  # UCDP's date_prec of a month
# A bare year is too loose to call an event of last year old, but one two years or more before publication
# ("raiders attacked the village in 2003") is a story's past, not its news, when the head itself (or the event's
# own sentence) says the year: a year further down is often a backdrop misread as the event's date.
YEARS_BACK = 2
# Separate situations (distinct days or distinct sites) among the violent events that make a roundup:
# an article telling two attacks is still an event report; one telling four in as many places is not.
ROUNDUP_SITUATIONS = 4
ROUNDUP_COUNTRIES = 3  # violence in three countries is a regional roundup
# A head whose violence lies in three provinces ("attacks in Damascus, Aleppo, Homs and Hasaka") surveys them, even
# told as one event; two are still one front ("retakes a town in Homs, kills fighters in Hama"). Measured on the
# FA-KES development part (every article there reports one event, or a state agency's bulletin of several): with
# the head condition 16 of its 28 "roundups" are not (14 become event reports: 0.855 -> 0.898 of all), the
# multi-province bulletins stay roundups; CEHA dev unchanged. Re-measure when place resolution changes admin1s.
HEAD_REGIONS = 3
# Survey words that outweigh a day-dated event in the head ("air strikes battered the capital on Saturday,
# as the war entered its fourth week ... since April"): one alone is a backdrop, two make a survey when one of
# them frames a long time or a wide area (a rights group named four times still reports one incident).
SURVEY_CUES = 2
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’']?\s+(?=[\"“‘'(]?[A-Z0-9])|\n+")
# Photo captions: opened as a file picture ("FILE -", "File photo:") or credited ("(AP Photo/...)", "(Reuters file
# photo)", "Photo / AFP", "; Credit: Reuters").
_CAPTION_OPENS = re.compile(r"\s*(?:FILE(?: PHOTO)?\s*[-–—:|]|File photo\b|Photo(?:graph)?\s*:)", re.IGNORECASE)
_CAPTION_CREDIT = re.compile(
    r"\((?:[^()\n]{0,40}[\s/])?photo\b[^()\n]{0,60}\)|\bphoto\s*/\s*[A-Z]|[;.]\s*credit\s*:", re.IGNORECASE
)
MAX_CAPTIONS = 2  # a picture or two above the lead
CREDIT_TAIL = 40  # what may follow a caption's credit in its paragraph ("(AP Photo/J. Doe) The Associated Press")
# Violence that is called for, planned, threatened or foreseen ("called for nationwide protests next week",
# "threatened to attack schools", "fighting could break out", "any demonstration will be dispersed"), by the words a
# few words before its trigger: it has not happened, and a head that tells only such violence reports none.
_UNREALISED = re.compile(
    r"\b(?:call(?:ed|s|ing)? for|urg(?:ed|es|ing)|plan(?:s|ned|ning)? (?:to|for)|threat(?:en(?:ed|s|ing)?)? to|"
    r"vow(?:ed|s|ing)? to|prepar(?:ed|es|ing) (?:to|for)|will|would|could|might|may|(?:is|are|was|were) "
    r"(?:set|due|expected|scheduled|planning|preparing) to)(?:\W+\w+){0,3}?\W+$|\bany(?:\W+\w+)?\W+$"
)  # lower case: "May" opens many a date
UNREALISED_REACH = 40
# A war going on behind the news ("..., as fighting between the generals continued to grip the capital", "amid
# renewed clashes"): a backdrop clause, which tells no event of its own (fighting that "escalated" or "continued for
# a second day" may be the news itself, and is not one). A head whose only violence is there reports something else
# (an evacuation, a visit, an appeal).
_BACKDROP = re.compile(
    r"(?:\b(?:as|while) (?:the )?(?:[\w-]+ ){0,4}?(?:fighting|war|conflict|clashes|violence|battles?|unrest|crisis|"
    r"insurgency|hostilities)\b[^.;\n]{0,80}?\b(?:rag(?:ed|es|ing)|entere?d?s?|dragg?e?d?s? on|"
    r"continued to (?:rage|grip)|grip(?:ped|s)|spill(?:ed|s)? (?:over|into|across))\b|"
    r"\bamidst? (?:the |an? )?(?:[\w-]+ ){0,3}?(?:fighting|clashes|violence|war|conflict|insecurity|unrest|tensions|"
    r"hostilities)\b)[^.;!?\n]*",  # to the clause's end, or the line's: a title ends with no stop
    re.IGNORECASE,
)
# A day named just after someone speaks ("Speaking to reporters in Juba on Tuesday, the chair said ...", "the army
# said on Monday") is the statement's, not the day of the event it tells.
STATEMENT_REACH = 60
_STATEMENT = re.compile(
    r"\b(?:said|says|told|tells|speaking|spoke|statement|announced|briefing|meeting|conference|interview|added)"
    r"(?:\W+\w+){0,4}\W*$",
    re.IGNORECASE,
)
# A day named just after a court's or a memorial's act ("charged on Monday with the murder of ...", "marked the fifth
# anniversary on Tuesday of the attack"), or an official's sacking ("was sacked on Tuesday, weeks after ..."), is the
# day of that act, not of the violence it recalls.
_OCCASION = re.compile(
    r"\b(?:charged|indicted|arraigned|sentenced|convicted|acquitted|jailed|testified|marked|commemorated|remembered|"
    r"honou?red|mourned|sacked|dismissed|suspended|resigned|remanded|appeared (?:in|before) (?:a |the )?(?:\w+ )?court)"
    r"(?:\W+\w+){0,4}\W*$",
    re.IGNORECASE,
)
# A dateline ("Aweil - 22 Dec 2021 Police authorities ...", "KABUL, Oct. 3 -"): a place and the day the story was filed,
# which is no more the event's day than the publication date is. Read at a line's start near the top of the article.
_DATELINE = re.compile(
    r"\s*(?:[A-Z][\w.'’()/]*[ ,]+){0,4}?[A-Z][\w.'’()/]*\s*[-–—(:]\s*"  # "Aweil - ", "Kabul, Afghanistan (AP) -"
    r"|\s*[A-Z][A-Z.'’ -]{2,}(?:,\s*[A-Z][\w.'’ ]*)*,\s*"  # "NAIROBI, ", "KABUL, Afghanistan, "
)
DATELINE_REACH = 300  # a dateline opens the story: the title and the first lines
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# Any word that dates something ("on 2 May", "week of", "Tuesday", "24/06"): a brief that has one and still got no
# date for its event left that date unread; one without any tells the news of its publication day.
_DATE_WORDS = re.compile(
    r"\d\s*(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|"
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
    r"\bweek|\bmonth|\b\d{1,2}/\d{1,2}\b|\b(?:19|20)\d\d\b|\b(?:today|yesterday|tonight)\b|"
    r"(?-i:\b(?:January|February|March|April|June|July|August|September|October|November|December)\b)",
    re.IGNORECASE,
)
# Dates that stand in for a missing one (the publication or statement day) or span a month or more say
# nothing of when the event happened; any other date of a week or less pins the event down.
_VAGUE_BASES = (
    "publication date",
    "date of the statement",
    "month",
    "year",
    "since",
    "explicit month",
    "explicit year",
)
SPECIFIC_DAYS = 7
# "over the past day", "in the last day": the event's own time (like "overnight", "in the past 24 hours"), no survey.
_OWN_TIME = re.compile(r"\b(?:past|last|previous) day\b", re.IGNORECASE)
# A sentence that says who says so: a claim, whose words are the claimant's ("a weekly briefing said", "according to").
_ATTRIBUTED = re.compile(
    r"\b(?:said|says|say|told|reported|reports|according to|estimated|estimates|counted|recorded|documented)\b",
    re.IGNORECASE,
)
SENTENCE_REACH = 400  # how far back a sentence's start is looked for
# Survey words this close to an event's trigger, in its sentence, are its own words, a running total ("183 killed
# since July in clashes"); further off they are backdrop ("air strikes killed 20 on Monday ... in the six-year war").
# Was: anywhere in the event's evidence, often several sentences. Swept 30/60/100/200 characters and the sentence
# alone on the development parts: every choice costs one CEHA GDELT article whose survey word is in another sentence
# (0.8982 -> 0.8955 overall; 30 costs an ACLED note besides); 60 gives the most back to event reports among notes and articles
# of one dated event with a backdrop nearby (relevance recall: ACLED 2016 notes 0.929 -> 0.945, FA-KES articles
# 0.898 -> 0.925, ACLED 2020 notes 0.983 -> 0.984; sentence alone: 0.934, 0.910).
TOTAL_REACH = 60


class ScopeStage:
    """Sets ``Extraction.scope`` from the events and words the pipeline found."""

    name = "scope"

    def __init__(self, terms: EventTerms) -> None:
        self._report = _context(terms, "scope_report")
        self._aggregate = _context(terms, "scope_aggregate")
        self._background = _context(terms, "scope_background")

    @classmethod
    def after(cls, events: Callable[[Analysis], Extraction], terms: EventTerms | None = None) -> _Then:
        """``events`` followed by the scope decision: what the pipeline runs as its last stage."""
        return _Then(events, cls(terms or load_event_terms()))

    def __call__(self, extraction: Extraction) -> Extraction:
        return extraction.model_copy(update={"scope": self.assess(extraction)})

    def assess(self, extraction: Extraction) -> Scope:
        events = extraction.events
        if not events:
            return Scope(kind="none", reason="no conflict event was found")
        text = extraction.article.text
        head = _head(extraction)
        backdrop = _backdrops(head, text)
        told = [
            e
            for e in events
            if any(_overlaps(ev, head) for ev in e.evidence)
            and not _within(e.type.trigger, backdrop)
            and not _unrealised(e.type.trigger, text)
        ]
        totals = [c for c in _found(self._aggregate, head, text) if not _OWN_TIME.search(c.text)]
        cues = _found(self._report, head, text) + totals
        brief = len(text) <= BRIEF_CHARS
        dated = [e for e in told if _pinned(e, text, head, totals, brief)]
        acts = [e.type.trigger for e in dated if e.type.event_type in VIOLENT and _one_day(e, text)]
        if acts:  # "gunmen shot dead seven on Sunday ... A weekly briefing said 40 were killed over the past week"
            cues = [c for c in cues if not _claimed_apart(c, acts, text)]
            totals = [c for c in totals if not _claimed_apart(c, acts, text)]
        violent = [e for e in events if e.type.event_type in VIOLENT]
        conflict = [e for e in events if e.type.event_type in VIOLENT or e.type.event_type == "Protests"]
        roundup = _roundup(violent, [e for e in told if e.type.event_type in VIOLENT], conflict)
        if roundup is not None:
            return roundup
        if not told:
            if cues:
                return Scope(
                    kind="summary",
                    reason=f"the head surveys ({cues[0].text!r}) and tells no event",
                    evidence=(cues[0],),
                )
            return Scope(kind="background", reason="no event is told in the title or lead", evidence=tuple(head))
        published = extraction.article.published
        past = _found(self._background, head, text)
        if published is not None and all(_stale(e, published, text, head) for e in told):
            words = f" ({past[0].text!r})" if past else ""
            return Scope(
                kind="background",
                reason=f"the head's events lie months before publication{words}",
                evidence=(*past[:1], told[0].type.trigger),
            )
        gathered = any(e.type.disorder_type == "Demonstrations" for e in dated)  # a march to mark a massacre is news
        long_past = _earlier_year(head, text, published) or _long_ago(head, text)
        described = all(_described(e.type.trigger, text) for e in told)  # "the burial of a man who was shot dead"
        if past and not gathered and (not dated or cues or long_past or described):
            return Scope(
                kind="background",
                reason=f"the head is about something else ({past[0].text!r}), not a new event",
                evidence=(past[0], told[0].type.trigger),
            )
        spread = len(_regions(told)) >= HEAD_REGIONS  # "weekly update: ... in Lower Shabelle; ... in Mogadishu; ..."
        if cues and (not dated or spread or (not brief and totals and len(cues) >= SURVEY_CUES)):
            if not dated:
                why = "dates no event to a day"
            elif spread:
                why = f"tells violence in {len(_regions(told))} provinces"
            else:
                why = f"says so {len(cues)} times"
            return Scope(
                kind="summary",
                reason=f"the head surveys ({cues[0].text!r}) and {why}",
                evidence=(*cues, told[0].type.trigger),
            )
        first = (dated or told)[0]
        return Scope(kind="event report", reason="the head tells a specific event", evidence=(first.type.trigger,))


class _Then:
    """One stage after another (a plain object, so a pipeline holding it can still be pickled)."""

    def __init__(self, events: Callable[[Analysis], Extraction], scope: ScopeStage) -> None:
        self.events = events
        self.scope = scope

    def __call__(self, analysis: Analysis) -> Extraction:
        return self.scope(self.events(analysis))


def _context(terms: EventTerms, key: str) -> WordsPattern:
    try:
        return terms.context[key]
    except KeyError:
        raise ResourceError(
            f"event_terms.toml lacks the context list {key!r} the scope stage reads; reinstall eventwire"
        ) from None


def _head(extraction: Extraction) -> list[Span]:
    """The title and the first sentences of the lead (of the text after the title, when no lead was
    found; a lead that is only a dateline runs on into the next paragraph); all of a brief."""
    article = extraction.article
    text = article.text
    if len(text) <= BRIEF_CHARS:
        return [Span.of(text, _past_captions(text, 0), len(text))]
    title = article.title
    spans = [title] if title is not None and not _caption(text[title.start : title.end]) else []
    start = article.lead.start if article.lead is not None else article.title.end if article.title is not None else 0
    start = _past_captions(text, start)
    cuts = [m for m in _SENTENCE_END.finditer(text, start) if len(text[start : m.start()].strip()) >= MIN_HEAD_CHARS]
    stop = cuts[HEAD_SENTENCES - 1].start() if len(cuts) >= HEAD_SENTENCES else len(text)
    spans.append(Span.of(text, start, stop))
    return [s for s in spans if s.end > s.start]


def _past_captions(text: str, start: int) -> int:
    """Where the news begins: after the photo captions a scraped article may open with ("Smoke rises over the
    city ... (AP Photo/J. Doe)", "FILE - ..."), which show an older scene, not the article's news."""
    for _ in range(MAX_CAPTIONS):
        end = text.find("\n", start)
        if end < 0:
            return start
        if not _caption(text[start:end]):
            return start
        following = re.search(r"\S", text[end:])
        if following is None:
            return start
        start = end + following.start()
    return start


def _caption(paragraph: str) -> bool:
    """A picture's caption: opened as one, or ending with its credit (a credit inside a lead is not)."""
    if _CAPTION_OPENS.match(paragraph):
        return True
    return any(len(paragraph) - m.end() <= CREDIT_TAIL for m in _CAPTION_CREDIT.finditer(paragraph))


def _backdrops(head: list[Span], text: str) -> list[Span]:
    """The backdrop clauses of the head: from "as fighting continued" or "amid clashes" to the sentence's end."""
    return [Span.of(text, m.start(), m.end()) for s in head for m in _BACKDROP.finditer(text, s.start, s.end)]


def _unrealised(trigger: Span, text: str) -> bool:
    """The violence is called for, planned or foreseen by the words just before its trigger, in its sentence."""
    return bool(_UNREALISED.search(_words_before(trigger, text, UNREALISED_REACH)))


def _within(span: Span, spans: list[Span]) -> bool:
    return any(s.start <= span.start and span.end <= s.end for s in spans)


def _overlaps(span: Span, spans: list[Span]) -> bool:
    return any(span.start < s.end and s.start < span.end for s in spans)


def _found(pattern: WordsPattern, head: list[Span], text: str) -> list[Span]:
    """The words of the head that ``pattern`` finds, as spans of the article."""
    return [Span.of(text, m.start(), m.end()) for s in head for m in pattern.finditer(text, s.start, s.end)]


def _earlier_year(head: list[Span], text: str, published: dt.date | None) -> bool:
    """The head names a year before publication ("the 2019 bombing"): what it tells is history."""
    if published is None:
        return False
    return any(int(m.group()) < published.year for s in head for m in _YEAR.finditer(text, s.start, s.end))


# Time elapsed since what the head recalls ("marked ten years since the attack", "two decades after the massacre"): the
# violence is that long past, whatever day the remembrance is dated to.
_ELAPSED = re.compile(
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|[\w-]+ty-\w+)"
    r" (?:years|decades) (?:since|after|ago)\b|\b(?:a|one) decade (?:since|after|ago)\b",
    re.IGNORECASE,
)


# The violence told in a relative clause ("the burial of the president, who was shot dead last week"): it describes
# someone the news is about (a funeral, a trial), it is not that news.
_RELATIVE = re.compile(r"\b(?:who|whom|whose|which)\b(?:\W+\w+){0,4}?\W+$", re.IGNORECASE)


def _described(trigger: Span, text: str) -> bool:
    """The violence is told in a relative clause just before its trigger ("..., who was shot dead")."""
    return bool(_RELATIVE.search(_words_before(trigger, text, UNREALISED_REACH)))


def _long_ago(head: list[Span], text: str) -> bool:
    """The head says how long ago what it recalls happened, in years ("ten years since the attack")."""
    return any(_ELAPSED.search(text, s.start, s.end) for s in head)


def _country(event: Event) -> str | None:
    return next((p.location.country for p in event.places if not isinstance(p.location, Missing)), None)


def _specific_day(event: Event) -> bool:
    """The event is dated to a day or a few ("on Tuesday", "between August 6 and 8", "over the weekend")."""
    date = event.date
    if isinstance(date, Missing) or date.basis.startswith(_VAGUE_BASES):
        return False
    return (date.end - date.start).days < SPECIFIC_DAYS


def _pinned(event: Event, text: str, head: list[Span], totals: list[Span], brief: bool) -> bool:
    """The head tells this event of one day: a day (or a few) named in the head or in the event's own sentence,
    or, in a brief that names no date at all, its publication day; and not as a running total ("330 killed since
    the fighting began")."""
    if any(_near(c, event.type.trigger, text) for c in totals):
        return False
    if _specific_day(event):
        return _dated_with(event, text, head)
    return brief and _of_the_day(event) and not _DATE_WORDS.search(text)


def _dated_with(event: Event, text: str, head: list[Span]) -> bool:
    """The event's date words are in the head, or in the sentence that tells it: not further down, about a
    meeting or a statement, nor just after someone speaks ("said on Monday"), which is the statement's day, nor just
    after a court's or a memorial's act ("charged on Monday with"), which is that act's."""
    span = event.date.span if not isinstance(event.date, Missing) else None
    if span is None:
        return True
    if _dateline(span, text):
        return False
    before = _words_before(span, text)
    if _STATEMENT.search(before) or _OCCASION.search(before):
        return False
    return _same_sentence(span, event.type.trigger, text) or _overlaps(span, head)


def _one_day(event: Event, text: str) -> bool:
    """The event is told by an act dated to one day in its own sentence ("stormed the village on Sunday")."""
    date = event.date
    if isinstance(date, Missing) or date.span is None or date.start != date.end:
        return False
    return _same_sentence(date.span, event.type.trigger, text)


def _sentence_around(span: Span, text: str) -> tuple[int, int]:
    start = max(0, span.start - SENTENCE_REACH)
    cuts = [m.end() for m in _SENTENCE_END.finditer(text, start, span.start)]
    after = _SENTENCE_END.search(text, span.end)
    return (cuts[-1] if cuts else start), (after.start() if after else len(text))


def _claimed_apart(cue: Span, acts: list[Span], text: str) -> bool:
    """The survey words are a claim of their own, told in another sentence than the day's acts and said by someone
    ("a weekly security briefing said 40 people had been killed over the past week"): an aggregate beside the news,
    one claim however many survey words it uses, which does not make a report of a dated act a survey."""
    start, end = _sentence_around(cue, text)
    if any(start <= a.start < end for a in acts):
        return False
    return bool(_ATTRIBUTED.search(text, start, end))


def _dateline(span: Span, text: str) -> bool:
    """The date opens a line near the top, after only a place: the story's filing day, not the event's."""
    line_start = text.rfind("\n", 0, span.start) + 1
    return span.start <= DATELINE_REACH and bool(_DATELINE.fullmatch(text, line_start, span.start))


def _words_before(span: Span, text: str, reach: int = 0) -> str:
    """The words just before ``span`` in its sentence ("told reporters in Juba on"): a statement's day is named
    within a few words of the statement."""
    start = max(span.start - (reach or STATEMENT_REACH), 0)
    cuts = [m.end() for m in _SENTENCE_END.finditer(text, start, span.start)]
    return text[cuts[-1] if cuts else start : span.start]


def _near(cue: Span, trigger: Span, text: str) -> bool:
    """The survey words belong to the event's own words ("killed since July"), not to a backdrop further on:
    close to its trigger, in the same sentence."""
    if cue.start - TOTAL_REACH > trigger.end or trigger.start - TOTAL_REACH > cue.end:
        return False
    return _same_sentence(cue, trigger, text)


def _same_sentence(a: Span, b: Span, text: str) -> bool:
    lo, hi = min(a.start, b.start), max(a.end, b.end)
    return not any(m.start() >= lo and m.end() <= hi for m in _SENTENCE_END.finditer(text, lo, hi))


def _of_the_day(event: Event) -> bool:
    """The event has no date of its own and takes the publication day: in a brief, that is the day it tells."""
    return not isinstance(event.date, Missing) and event.date.basis.startswith("publication date")


def _stale(event: Event, published: dt.date | None, text: str, head: list[Span]) -> bool:
    date = event.date
    if published is None or isinstance(date, Missing):
        return False
    if date.basis.startswith(_YEAR_GUESSED) and _soon_after(date.end, published):
        return False  # "on 8 April" in a note of 5 April: a day just after publication, put a year back by the guess
    if date.date_prec >= MONTH_PREC:  # a month ("in December") or a year ("in 2003", "five years ago")
        years = published.year - date.end.year
        months = years * 12 + published.month - date.end.month
        far = months >= MONTHS_BACK if date.date_prec == MONTH_PREC else years >= YEARS_BACK
        return far and _dated_with(event, text, head)
    return (published - date.end).days > STALE_DAYS


_YEAR_GUESSED = "day and month, year from publication"


def _soon_after(day: dt.date, published: dt.date) -> bool:
    """The day and month fall within ``STALE_DAYS`` after publication in its own year: which year is meant is a guess."""
    try:
        same_year = day.replace(year=published.year)
    except ValueError:  # 29 February
        return False
    return 0 < (same_year - published).days <= STALE_DAYS


def _roundup(violent: list[Event], head: list[Event], conflict: list[Event] | None = None) -> Scope | None:
    """Violence in many separate situations, which the head already surveys: a roundup.

    The whole article is counted, but only when its head tells more than one situation itself (two days or
    sites, or places in ``HEAD_REGIONS`` provinces): a report of one attack that recalls earlier ones further
    down is still the report of that attack. Countries count protests too (``conflict``): a digest of a clash in
    Kenya, a bomb in Somalia and a protest in Ethiopia is a regional roundup.
    """
    if len(_situations(head)) < 2 and len(_regions(head)) < HEAD_REGIONS:
        return None
    spread = _situations(violent)
    countries = {c for e in (conflict or violent) if (c := _country(e)) is not None}
    if len(spread) < ROUNDUP_SITUATIONS and len(countries) < ROUNDUP_COUNTRIES:
        return None
    return Scope(
        kind="summary",
        reason=f"violence in {len(spread)} separate situations in {len(countries)} countries: a roundup",
        evidence=tuple(spread),
    )


def _regions(events: list[Event]) -> set[tuple[str | None, str]]:
    """The provinces (admin1, by country) where the events' places lie."""
    return {
        (p.location.country, p.location.admin1)
        for e in events
        for p in e.places
        if not isinstance(p.location, Missing) and p.location.admin1
    }


def _situations(events: list[Event]) -> list[Span]:
    """One trigger per separate situation: events on another day or at another named site."""
    seen: set[tuple[object, object]] = set()
    found: list[Span] = []
    for e in events:
        day = e.date.start if not isinstance(e.date, Missing) and e.date.time_precision == 1 else None
        site = next((p.location.name for p in e.places if not isinstance(p.location, Missing)), None)
        key = (day, site)
        if key in seen or (day is None and site is None):
            continue
        seen.add(key)
        found.append(e.type.trigger)
    return found
