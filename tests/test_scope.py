"""Article scope (stages/scope.py) on articles we wrote: does the article report specific events?"""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path

import pytest

from eventwire.records import Article, ArticleInput, Event, Extraction, Missing
from eventwire.records.extraction import Scope

PUBLISHED = dt.date(2024, 3, 14)  # a Thursday

SINGLE_ATTACK = """Gunmen kill five traders at market in Wajir

WAJIR, Kenya — Gunmen shot dead five traders at a livestock market in Wajir on Tuesday, police said.

The attackers fled towards the border after the shooting, a police commander told reporters."""

TWO_ATTACKS = """Two attacks on army posts in Lower Shabelle

MOGADISHU — Al-Shabaab militants attacked an army checkpoint near Afgooye on Monday, killing three soldiers, \
officials said. In a separate attack on Tuesday, the militants ambushed a patrol near Marka, wounding two soldiers.

The army said it had sent reinforcements to both areas."""

ROUNDUP = """Security roundup: violence across the region

In Gedo, two civilians were killed by a roadside bomb on Monday. In Bay, militiamen clashed with soldiers near \
Baidoa on Tuesday, leaving four dead. In Hiraan, gunmen shot dead a district official in Beledweyne on Wednesday. \
In Lower Juba, a mortar attack hit a camp near Kismayo on Thursday, wounding six people.

More incidents are expected as the rainy season ends."""

SITREP = """Humanitarian situation update

Since January, fighting between rival militias has displaced more than 40,000 people across the region, and \
dozens of civilians have been killed in attacks on villages, the UN humanitarian office said in its latest \
situation report.

Aid agencies said access remained difficult on the main roads."""

OP_ED = """Opinion: the forgotten war on the plains

For years of war the people of the plains have been killed, robbed and driven from their land, and the world \
has looked away. Militias have repeatedly attacked villages, and soldiers have burned homes.

It is time for the region's leaders to listen to the people who live there."""

TRIAL = """Court hears evidence in the 2019 market bombing trial

NAIROBI — A court in Nairobi on Tuesday heard evidence against two men charged with the 2019 bombing of a market \
in Garissa, in which 14 people were killed, prosecutors said.

The trial continues next week."""

MEMORIAL = """Town remembers the victims of the hotel siege

KISMAYO — Hundreds of residents gathered in Kismayo on Tuesday for a memorial to the 26 people killed when \
militants stormed a hotel in the town on 12 July 2019.

Relatives laid flowers at the gate of the rebuilt hotel."""

NO_EVENT = """Council approves new school budget

The district council approved a new budget for its schools on Tuesday, after a long debate about teachers' pay."""


def _scope(pipeline, text: str) -> Scope:
    return pipeline.extract(ArticleInput(id="t", text=text, published=PUBLISHED)).scope


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (SINGLE_ATTACK, "event report"),
        (TWO_ATTACKS, "event report"),
        (ROUNDUP, "summary"),
        (SITREP, "summary"),
        (OP_ED, "summary"),
        (TRIAL, "background"),
        (MEMORIAL, "background"),
        (NO_EVENT, "none"),
    ],
    ids=["single attack", "two attacks", "roundup", "sitrep", "op-ed", "trial", "memorial", "no event"],
)
def test_scope_of_articles_we_wrote(pipeline, text: str, kind: str) -> None:
    scope = _scope(pipeline, text)
    assert scope.kind == kind, scope.reason


def test_scope_says_why_with_the_words_of_the_article(pipeline) -> None:
    scope = _scope(pipeline, SITREP)
    assert scope.reason and scope.evidence
    for span in scope.evidence:
        assert SITREP.find(span.text) >= 0  # spans quote the article (its clean text keeps these words)


def test_scope_two_attacks_keep_both_events(pipeline) -> None:
    result = pipeline.extract(ArticleInput(id="t", text=TWO_ATTACKS, published=PUBLISHED))
    assert len([e for e in result.events if e.type.event_type in ("Battles", "Violence against civilians")]) == 2
    assert result.scope.kind == "event report"


def test_scope_old_json_without_the_field_still_parses() -> None:
    article = Article(id="a", text="Nothing happened.", content_hash="h")
    old = Extraction(article=article).model_dump(mode="json")
    del old["scope"]
    restored = Extraction.model_validate(old)
    assert restored.scope.kind == "none" and restored.scope.reason == "scope not assessed"


def test_scope_survives_a_json_round_trip(pipeline) -> None:
    result = pipeline.extract(ArticleInput(id="t", text=SINGLE_ATTACK, published=PUBLISHED))
    again = Extraction.model_validate_json(result.model_dump_json())
    assert again.scope == result.scope and again.scope.kind == "event report"


ARTICLES = Path(__file__).parent / "articles"


def test_scope_of_the_gate_articles_each_reports_events_or_none(pipeline) -> None:
    """Our 37 gate articles each tell one or two happenings (or none): an event report, or no event at all."""
    wrong = {}
    for path in sorted(ARTICLES.glob("*.txt")):
        expected = json.loads(path.with_suffix(".expected.json").read_text("utf-8"))
        published = dt.date.fromisoformat(expected["published"]) if expected.get("published") else None
        result = pipeline.extract(ArticleInput(id=path.stem, text=path.read_text("utf-8"), published=published))
        want = "event report" if result.events else "none"
        if result.scope.kind != want:
            wrong[path.stem] = f"{result.scope.kind}: {result.scope.reason}"
    assert not wrong, wrong


def test_scope_decides_ceha_relevance(tmp_path: Path, pipeline) -> None:
    """The CEHA adapter answers 'relevant' for a report of one attack and 'not relevant' for a sitrep."""
    from eventwire.evaluation import ceha, evaluate

    def row(source: str, index: str, relevant: str, reason: str, text: str) -> dict[str, str]:
        return {
            "ACLED/GDELT": source,
            "Index": index,
            "Time": "2024-03-14",
            "Is the event relevant?": relevant,
            ceha.REASON: reason,
            "Event Description": text,
            "train_dev_test_split": "test",
        }

    path = tmp_path / "ceha.csv"
    rows = [
        row("GDELT", "1", "Yes", "", SINGLE_ATTACK),
        row("GDELT", "2", "No", "3. A summary of different situations", SITREP.replace("the region", "Somalia")),
    ]
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    report = evaluate("ceha", data=path, split="test", pipeline=pipeline)
    assert report.items == 2 and report.metrics["relevance_f1"] == 1.0, report.examples
    scope_table = next(t for t in report.tables if t.title.startswith("Article scope"))
    assert {r[0]: r[2] for r in scope_table.rows} == {"relevant": 1, "3. A summary of different situations": 0}


# A brief whose toll is still unknown, and a clash in several parts of one city: each is one event told.
UNKNOWN_TOLL = """Renewed fighting broke out between two clan militias in the Hodan neighbourhood of Beledweyne \
over a disputed well. The clash is still going on. Casualties are unknown so far."""

ONE_CITY = """Fighting goes on in the capital

MOGADISHU, March 12 — Heavy clashes between the army and militia fighters continued on Tuesday in various \
areas of the capital, residents said. Shells fell on houses in two districts and no deaths were reported."""

RUNNING_TOTAL = """Toll of the war rises

More than 300 people have been killed so far in fighting across the country since the start of the \
conflict, an aid agency said, and the violence has spread to several regions."""


@pytest.mark.issue(5)
@pytest.mark.parametrize(
    ("text", "kind"),
    [(UNKNOWN_TOLL, "event report"), (ONE_CITY, "event report"), (RUNNING_TOTAL, "summary")],
    ids=["toll unknown so far", "areas of one city", "running total"],
)
def test_scope_survey_words_that_count_and_words_that_do_not(pipeline, text: str, kind: str) -> None:
    """'so far' after an unknown toll, and 'various areas' of one city, survey nothing; a running total does."""
    scope = _scope(pipeline, text)
    assert scope.kind == kind, scope.reason


def test_ceha_region_a_namesake_abroad_does_not_move_the_event(pipeline) -> None:
    """A village placed at a namesake abroad counts against the region only when the text names that country."""
    from eventwire.evaluation.ceha import in_region

    note = "On 14 March, gunmen shot dead four herders in Kismayo. The herders were from a local clan."
    event = pipeline.extract(ArticleInput(id="t", text=note, published=PUBLISHED)).events[0]
    site = next(p for p in event.places if not isinstance(p.location, Missing))

    def placed_in(country: str, name: str = "Malyn", population: int = 25_000) -> Event:
        update = {"country": country, "name": name, "population": population}
        location = site.location.model_copy(update=update)
        return event.model_copy(update={"places": (site.model_copy(update={"location": location}),)})

    assert in_region(placed_in("Somalia"), note)
    assert in_region(placed_in("Ukraine"), note)  # the note never leaves the region: the namesake is the error
    assert not in_region(placed_in("Ukraine"), note + " Ukrainian police said.")
    beni = note.replace("Kismayo", "Beni")
    assert not in_region(placed_in("Democratic Republic of Congo"), beni.replace("Beni", "Beni, DR Congo"))
    assert not in_region(placed_in("Democratic Republic of Congo", "Beni", 230_000), beni)  # a city of its size


@pytest.mark.issue(5)
@pytest.mark.parametrize(
    "text",
    [
        "Clashes between herders and farmers on 12 and 16 March killed four people near Pelka, local officials said.",
        "On 12 March 2024, militia fighters shelled houses in the 20 April neighbourhood of Pelka, residents said.",
    ],
    ids=["a day just after publication", "a date-like street name"],
)
def test_scope_a_guessed_year_does_not_make_news_history(pipeline, text: str) -> None:
    """A day and month told without a year, just after the publication day, is no sign the event is a year old."""
    scope = _scope(pipeline, text)
    assert scope.kind == "event report", scope.reason


# One attack in the head, earlier ones recalled further down: the report of that attack, not a roundup.
ONE_ATTACK_RECALLING_OTHERS = """Gunmen kill four at a bus stop in Mandera

MANDERA, Kenya — Gunmen shot dead four passengers at a bus stop in Mandera town on Tuesday, police said.

The attack was the latest of many in the county. On 2 February, militants killed two teachers in Elwak. \
On 9 February, a roadside bomb wounded three soldiers near Rhamu. On 20 February, gunmen attacked a police \
post in Lafey and killed an officer. On 28 January, six quarry workers were shot dead in Banisa.

Residents said they feared travelling on the main road, and traders in the town closed their shops early. \
The county commissioner said more police officers would be sent to guard the bus stops."""

# Short notes: the head is all of it, and a line of context after a dated event does not make it a survey.
NOTE_WITH_CONTEXT = """On 4 March 2024, unidentified gunmen shot and killed a shopkeeper at the market in \
Bardera (Gedo). The town has repeatedly been the target of militants in recent weeks."""
NOTE_WITHOUT_DATE = """Hundreds of students marched through Gulu town after a court sentenced a student leader \
to two years in prison. Police fired tear gas to disperse them."""


@pytest.mark.issue(5)
@pytest.mark.parametrize(
    "text",
    [ONE_ATTACK_RECALLING_OTHERS, NOTE_WITH_CONTEXT, NOTE_WITHOUT_DATE],
    ids=["earlier attacks in the body", "a note's line of context", "an undated note of the day"],
)
def test_scope_one_event_told_with_its_backdrop_is_an_event_report(pipeline, text: str) -> None:
    """Survey words, a court and earlier attacks are the backdrop here: the head tells one event of its own day."""
    scope = _scope(pipeline, text)
    assert scope.kind == "event report", scope.reason


@pytest.mark.issue(5)
def test_scope_a_head_spread_over_provinces_is_a_roundup(pipeline) -> None:
    """The head names violence in four provinces at once and the body tells each: a roundup, though told as one."""
    text = """Attacks in four provinces leave eleven dead

Militants attacked army posts in Garbahaarey, Baidoa, Beledweyne and Kismayo on Monday, killing eleven \
soldiers, officials said.

In Garbahaarey, a mortar hit the base on Monday morning. In Baidoa, gunmen stormed a checkpoint on Sunday \
night. In Beledweyne, a roadside bomb struck a patrol on Saturday. In Kismayo, fighters ambushed a convoy on Friday."""
    scope = _scope(pipeline, text)
    assert scope.kind == "summary", scope.reason


HEAD_WITH_A_MONITOR = """Passengers killed on border road

Militants seized two buses on a remote road near the border and killed four passengers, Human Rights Watch said.

The rights group has asked for the road to be guarded. The interior minister said on Tuesday that more police \
officers would be sent to the border towns before the holidays, and that the road would stay open.

Traders in the border towns said the road was their only way to the markets of the coast, and that fewer buses \
now made the journey. Church leaders asked travellers to move in convoys and to avoid the road at night, \
and bus companies said they would hire guards of their own until the police arrived in the towns."""


@pytest.mark.issue(5)
def test_scope_a_date_from_further_down_does_not_date_the_head(pipeline) -> None:
    """A head that names a monitor needs its event pinned to a day by the head's own words (or the event's own
    sentence): 'on Tuesday' three sentences down, about a minister's statement, does not do it."""
    from eventwire.records import Span, TimeSpan
    from eventwire.stages.scope import ScopeStage

    result = pipeline.extract(ArticleInput(id="t", text=HEAD_WITH_A_MONITOR, published=PUBLISHED))
    text = result.article.text
    event = next(e for e in result.events if e.type.event_type in ("Violence against civilians", "Battles"))
    tuesday = dt.date(2024, 3, 12)

    def dated_by(start: int, end: int) -> Scope:
        date = TimeSpan(
            start=tuesday, end=tuesday, time_precision=1, date_prec=1, span=Span.of(text, start, end), basis="weekday"
        )
        events = (event.model_copy(update={"date": date}),)
        return ScopeStage.after(lambda a: a).scope.assess(result.model_copy(update={"events": events}))

    below = text.index("on Tuesday")
    assert dated_by(below, below + len("on Tuesday")).kind == "summary"
    assert dated_by(event.type.trigger.start, event.type.trigger.end).kind == "event report"


BACKDROP_IN_THE_SENTENCE = """Air strikes kill nine traders in Kutum market

Air strikes killed nine traders in the market of Kutum on Monday, residents said, as the army and the \
paramilitary forces fought on across the plains in a war that has displaced millions of people.

The traders had come from the villages around the town to sell grain and livestock, residents said, and \
most of the stalls were destroyed. A doctor at the town's hospital said twelve other people were being \
treated for their wounds, and that the hospital was short of medicines and fuel for its generator."""


@pytest.mark.issue(5)
def test_scope_a_backdrop_far_from_the_event_is_no_running_total(pipeline) -> None:
    """'A war that has displaced millions' at the far end of the sentence is backdrop to the strikes of Monday;
    '300 killed so far since the start of the conflict' is the event's own toll (see RUNNING_TOTAL)."""
    assert _scope(pipeline, BACKDROP_IN_THE_SENTENCE).kind == "event report"
    assert _scope(pipeline, RUNNING_TOTAL).kind == "summary"
