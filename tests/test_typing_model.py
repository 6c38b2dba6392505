"""The sub-event type model: its training file, deterministic training, the cache, and its place in events.

Small models are trained here on a few snippets written in this file (a second or so each); the
shipped model is trained once into the cache and reused.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from eventwire.errors import InputError, ResourceError
from eventwire.records import ArticleInput
from eventwire.stages import typing
from eventwire.stages.events import rules_types
from eventwire.stages.typing import (
    NAME,
    NONE,
    Snippet,
    SubEventModel,
    cache_key,
    choose,
    default_snippets,
    fit,
    read_snippets,
    shipped_snippets,
    train,
    words,
)

# a handful of reports per label, enough for a model that tells them apart
SMALL = [
    Snippet("Thousands marched peacefully through the capital to demand higher wages.", "Peaceful protest"),
    Snippet("Teachers held a sit-in outside the ministry over unpaid salaries.", "Peaceful protest"),
    Snippet("Residents rallied in the square to protest against power cuts.", "Peaceful protest"),
    Snippet("Students demonstrated on campus against higher fees.", "Peaceful protest"),
    Snippet("Protesters threw stones at police and set cars on fire.", "Violent demonstration"),
    Snippet("Rioters torched a police station and looted shops.", "Violent demonstration"),
    Snippet("Demonstrators burned tyres and hurled petrol bombs at officers.", "Violent demonstration"),
    Snippet("Angry protesters stormed the town hall and smashed its windows.", "Violent demonstration"),
    Snippet("Floods destroyed hundreds of homes in the delta.", NONE),
    Snippet("The striker scored twice in the cup final.", NONE),
    Snippet("An earthquake shook the mountain villages overnight.", NONE),
    Snippet("The foreign minister met his counterpart to discuss trade.", NONE),
]
PROBES = ["Crowds set fire to a bank and threw rocks at the police.", "Nurses marched to parliament to ask for pay."]


def _write(path: Path, snippets: list[Snippet]) -> Path:
    path.write_text("".join(json.dumps({"text": s.text, "label": s.label}) + "\n" for s in snippets), "utf-8")
    return path


def test_shipped_snippets_cover_every_acled_sub_event_type_and_none() -> None:
    from eventwire.lexicon import load_event_terms

    snippets = read_snippets(default_snippets())
    counts: dict[str, int] = {}
    for s in snippets:
        counts[s.label] = counts.get(s.label, 0) + 1
    assert set(counts) == set(load_event_terms().types) | {NONE}
    assert min(counts.values()) >= 30
    assert len(snippets) >= 1200
    assert len({s.text for s in snippets}) == len(snippets)  # no report twice


# the classes reports_a.jsonl gives longer, news- and monitor-style reports for
REPORTS_A = (
    "Armed clash",
    "Government regains territory",
    "Non-state actor overtakes territory",
    "Chemical weapon",
    "Air/drone strike",
    "Suicide bomb",
    "Shelling/artillery/missile attack",
    "Remote explosive/landmine/IED",
    "Grenade",
    "Sexual violence",
    "Attack",
    "Abduction/forced disappearance",
    NONE,
)


def test_every_shipped_snippet_file_is_read_and_labelled_with_acled_types() -> None:
    from eventwire.lexicon import load_event_terms

    files = shipped_snippets()
    assert default_snippets() in files
    assert "reports_a.jsonl" in {f.name for f in files}
    allowed = set(load_event_terms().types) | {NONE}
    texts: list[str] = []
    for path in files:
        snippets = read_snippets(path)
        assert {s.label for s in snippets} <= allowed, path.name  # a misspelt label would be a 27th class
        texts += [s.text for s in snippets]
    assert len(set(texts)) == len(texts)  # no report twice, within or across files
    reports = read_snippets(next(f for f in files if f.name == "reports_a.jsonl"))
    counts = {label: sum(s.label == label for s in reports) for label in REPORTS_A}
    assert min(counts.values()) >= 80, counts
    assert sum(len(s.text.split(". ")) > 1 for s in reports) > len(reports) // 4  # many run over several sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a capitalised word inside a sentence is a name, and a run of names one token
        ("Gunmen killed two farmers in Kaduna State on Tuesday.", ["gunmen", "killed", "two", "farmers", "in", NAME]),
        ("An IED hit a patrol of the SDF. Three died.", ["an", "ied", "hit", "a", "patrol", "of", "the", "sdf", "."]),
        # a headline in capitals throughout keeps its words
        ("Rebels Seize Border Town After Heavy Fighting", ["rebels", "seize", "border", "town", "after", "heavy"]),
        # digits are zeros: a toll's size says nothing of the type
        ("On 12 May, 34 people died.", ["on", "00", NAME, ",", "00", "people"]),
    ],
)
def test_the_model_reads_names_as_one_token(text: str, expected: list[str]) -> None:
    assert words(text)[: len(expected)] == expected


def test_the_cache_key_covers_every_training_file(tmp_path: Path) -> None:
    first = _write(tmp_path / "a.jsonl", SMALL[:6])
    second = _write(tmp_path / "b.jsonl", SMALL[6:])
    key = cache_key([first, second])
    assert cache_key([first, second]) == key
    _write(second, [*SMALL[6:], Snippet("A storm flattened the fishing village.", NONE)])
    assert cache_key([first, second]) != key  # a change in any file retrains
    model = SubEventModel.cached([first, second], tmp_path / "cache")
    assert set(model.labels) == {"Peaceful protest", "Violent demonstration", NONE}  # trained on both files


@pytest.mark.parametrize(
    ("line", "problem"),
    [
        ("{not json", "not a JSON object"),
        ('{"text": "Gunmen killed two."}', 'string "text" and a string "label"'),
        ('{"text": "", "label": "Attack"}', "empty text or label"),
    ],
)
def test_a_bad_training_line_is_named_with_its_file_and_line(tmp_path: Path, line: str, problem: str) -> None:
    path = tmp_path / "mine.jsonl"
    path.write_text('{"text": "Rebels took the town.", "label": "Non-state actor overtakes territory"}\n' + line + "\n")
    with pytest.raises(InputError) as caught:
        read_snippets(path)
    assert "mine.jsonl, line 2" in str(caught.value)
    assert problem in str(caught.value)


def test_a_missing_training_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="nowhere.jsonl: cannot read the training snippets"):
        SubEventModel.cached(tmp_path / "nowhere.jsonl", tmp_path / "cache")


def test_training_is_deterministic() -> None:
    first = SubEventModel(fit(SMALL)).scores(PROBES)
    second = SubEventModel(fit(SMALL)).scores(PROBES)
    assert first == second


def test_train_saves_a_model_that_loads_and_classifies(tmp_path: Path) -> None:
    out = train(_write(tmp_path / "mine.jsonl", SMALL), tmp_path / "model")
    model = SubEventModel.load(out)
    assert set(model.labels) == {"Peaceful protest", "Violent demonstration", NONE}
    riot, march = model.scores(PROBES)
    assert max(riot, key=riot.get) == "Violent demonstration"
    assert max(march, key=march.get) == "Peaceful protest"
    assert sum(riot.values()) == pytest.approx(1.0)


def test_the_cache_is_keyed_by_the_snippet_file_so_a_changed_file_retrains(tmp_path: Path) -> None:
    data = _write(tmp_path / "mine.jsonl", SMALL)
    cache = tmp_path / "cache"
    SubEventModel.cached(data, cache)
    (first,) = cache.glob(f"{typing.PREFIX}*")
    SubEventModel.cached(data, cache)  # loaded, not retrained: still one model
    assert list(cache.glob(f"{typing.PREFIX}*")) == [first]
    _write(data, [*SMALL, Snippet("Police fired tear gas at the marchers and detained ten.", "Peaceful protest")])
    SubEventModel.cached(data, cache)
    (second,) = cache.glob(f"{typing.PREFIX}*")  # the stale model is gone
    assert second != first


def test_an_unwritable_cache_still_gives_a_model_and_says_why(tmp_path: Path, caplog) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with caplog.at_level(logging.WARNING):
        model = SubEventModel.cached(_write(tmp_path / "mine.jsonl", SMALL), blocker / "cache")
    assert model.scores(PROBES[:1])[0]
    assert "EVENTWIRE_CACHE" in caplog.text


def test_choose_stays_within_the_family_of_the_rules_type() -> None:
    scores = {"Attack": 0.6, "Violent demonstration": 0.35, "Peaceful protest": 0.05}
    picked = choose("Peaceful protest", scores, threshold=0.5)
    assert picked is not None and picked.sub_type == "Violent demonstration"  # never "Attack": another family
    assert picked.probability == pytest.approx(0.875)
    assert choose("Peaceful protest", scores, threshold=0.9) is None  # not confident enough
    assert choose("Air/drone strike", scores, threshold=0.0) is None  # instrument types stay with the rules
    assert choose("Violent demonstration", scores, threshold=0.0) is None  # agreeing changes nothing
    taken = {"Non-state actor overtakes territory": 0.9, "Government regains territory": 0.05, "Armed clash": 0.05}
    assert choose("Government regains territory", taken, threshold=0.5) is None  # who took it: the rules' call
    fought = choose("Government regains territory", {**taken, "Armed clash": 0.95}, threshold=0.4)
    assert fought is not None and fought.sub_type == "Armed clash"


def test_the_model_is_off_unless_switched_on(monkeypatch) -> None:
    monkeypatch.delenv(typing.ENV, raising=False)
    assert typing.default_model() is None


@pytest.fixture(scope="module")
def shipped() -> SubEventModel:
    return SubEventModel.cached()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Demonstrators pelted the police with rocks and burned two patrol cars outside the town hall.",
            "Violent demonstration",
        ),
        (
            "Hundreds of nurses marched to the health ministry on Monday to demand their unpaid wages.",
            "Peaceful protest",
        ),
        (
            "Riot police fired tear gas to break up a sit-in by students and detained a dozen of them.",
            "Protest with intervention",
        ),
        (
            "Soldiers opened fire on the marchers, killing four unarmed demonstrators.",
            "Excessive force against protesters",
        ),
        ("A landslide buried a road and killed nine travellers after days of rain.", NONE),
        # longer reports, with dates, places, sources and tolls around the event
        (
            "On 9 March, a roadside bomb struck an army truck on the road to Karsa, killing three soldiers, "
            "the army said.",
            "Remote explosive/landmine/IED",
        ),
        (
            "A suicide bomber blew himself up at the gate of the police academy on Sunday morning. "
            "Officials said eleven recruits died.",
            "Suicide bomb",
        ),
        ("Warplanes bombed the market of Tellan late on Friday; a rescue group counted 19 dead.", "Air/drone strike"),
        (
            "Rebels fired mortar rounds into the garrison town overnight, wounding four people, residents said.",
            "Shelling/artillery/missile attack",
        ),
        ("A man threw a hand grenade into a crowded bar in the old town, injuring seven customers.", "Grenade"),
        (
            "Doctors treated 40 people for choking and burning eyes after chlorine gas was released over the suburb.",
            "Chemical weapon",
        ),
        (
            "Gunmen kidnapped nine passengers from a minibus on the highway on Saturday and have demanded a ransom.",
            "Abduction/forced disappearance",
        ),
        ("Two soldiers raped a woman at a checkpoint outside the town, a rights group said.", "Sexual violence"),
        (
            "Unidentified gunmen shot dead a village chief and his son at their home on Monday night, police said.",
            "Attack",
        ),
        (
            "Troops and insurgents exchanged fire for three hours near the border post on Wednesday; two soldiers "
            "and six insurgents were killed.",
            "Armed clash",
        ),
    ],
)
def test_the_shipped_model_types_plain_reports(shipped: SubEventModel, text: str, expected: str) -> None:
    scores = shipped.scores([text])[0]
    assert max(scores, key=scores.get) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The army retook the town from the rebels after two days of fighting.",
        "Insurgents overran the district and raised their flag over the police station.",
    ],
)
def test_the_shipped_model_reads_a_change_of_hands_and_leaves_the_side_to_the_rules(
    shipped: SubEventModel, text: str
) -> None:
    scores = shipped.scores([text])[0]
    best = max(scores, key=scores.get)
    assert best in typing.SIDES  # territory changed hands; who took it is read from the actors
    other = next(iter(typing.SIDES - {best}))
    assert choose(other, scores, threshold=0.0) is None  # never turns one side's gain into the other's


def test_a_model_choice_keeps_event_type_plover_and_note_consistent(tmp_path: Path, monkeypatch) -> None:
    """A model that reads every crowd as a riot retypes a march the rules call peaceful; the event type,
    disorder and PLOVER type follow the new sub-event type, and a note says the model chose it."""
    import eventwire.pipeline as pipeline_module
    from eventwire.lexicon import load_event_terms

    riots = [Snippet(s.text, "Violent demonstration") if s.label == "Peaceful protest" else s for s in SMALL]
    riots += [Snippet("Workers marched through the city centre on Friday.", "Violent demonstration")]
    model = SubEventModel(fit(riots))
    monkeypatch.setattr(typing, "THRESHOLD", 0.5)
    monkeypatch.setattr(pipeline_module, "default_model", lambda: model)
    pipeline = pipeline_module.Pipeline.load()
    text = "Hundreds of workers marched peacefully through the capital on Friday to demand higher wages."
    result = pipeline.extract(ArticleInput(id="m", text=text))
    event = result.events[0]
    riot = load_event_terms().types["Violent demonstration"]
    assert event.type.sub_event_type == riot.name
    assert (event.type.event_type, event.type.disorder_type, event.type.plover_type) == (
        riot.event_type,
        riot.disorder,
        riot.plover_type,
    )
    note = next(n for n in result.notes if "typing model" in n)
    assert note.startswith(f"{event.id}: sub-event type 'Violent demonstration'")
    assert rules_types(result.notes) == {event.id: "Peaceful protest"}  # what the evaluation scores "rules only"


def _acled_export(path: Path, snippets: list[Snippet]) -> Path:
    """A user's own coded export, in ACLED's column layout (only the columns training reads, plus one)."""
    import csv

    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=["event_date", "sub_event_type", "notes"])
        writer.writeheader()
        for s in snippets:
            writer.writerow({"event_date": "2024-03-14", "sub_event_type": s.label, "notes": s.text})
    return path


def test_eventwire_train_on_an_acled_export_gives_the_model_the_pipeline_loads(tmp_path: Path, monkeypatch) -> None:
    from typer.testing import CliRunner

    from eventwire.cli import app

    export = _acled_export(tmp_path / "my-acled.csv", SMALL)
    result = CliRunner().invoke(app, ["train", str(export), "-o", str(tmp_path / "mine")])
    assert result.exit_code == 0, result.output
    assert "12 snippets of 3 types" in result.stderr
    monkeypatch.setenv(typing.ENV, str(tmp_path / "mine"))
    model = typing.default_model()
    assert model is not None and set(model.labels) == {"Peaceful protest", "Violent demonstration", NONE}
    riot, _ = model.scores(PROBES)
    assert max(riot, key=riot.get) == "Violent demonstration"


def test_eventwire_train_names_an_export_without_the_needed_columns(tmp_path: Path, monkeypatch) -> None:
    from typer.testing import CliRunner

    from eventwire.cli import app

    export = tmp_path / "other.csv"
    export.write_text("date,description\n2024-03-14,a march\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["train", str(export), "-o", str(tmp_path / "mine")])
    assert result.exit_code == 2
    assert "other.csv" in result.stderr and "sub_event_type" in result.stderr.replace("\n", " ")
    monkeypatch.setenv(typing.ENV, str(tmp_path / "nowhere"))
    with pytest.raises(ResourceError, match="not a model folder"):
        typing.default_model()
