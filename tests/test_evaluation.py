"""`eventwire eval`: the scores on hand-made inputs, each adapter on a tiny file in its dataset's
format (texts written for these tests), the command line's errors, and a smoke run per dataset on
../shared when it is there."""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections import Counter
from pathlib import Path

import pytest
from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.evaluation import DATASETS, base, evaluate
from eventwire.evaluation.metrics import (
    binary,
    classify,
    confusion,
    haversine_km,
    names_match,
    place_names_match,
    top_confusions,
    within_ratio,
)
from eventwire.evaluation.split import part_of

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


# --- scores ------------------------------------------------------------------------------


def test_evaluation_classify_weighted_and_macro_f1_by_hand() -> None:
    gold = ["A", "A", "A", "B", "C"]
    predicted = ["A", "A", "B", "B", "NONE"]
    scores = classify(gold, predicted, ["A", "B", "C"])
    a, b, c = scores.classes
    assert (a.precision, round(a.recall, 4)) == (1.0, 0.6667) and round(a.f1, 4) == 0.8
    assert (b.precision, b.recall, round(b.f1, 4)) == (0.5, 1.0, 0.6667)
    assert (c.f1, c.support, c.predicted) == (0.0, 1, 0)
    assert round(scores.weighted_f1, 4) == round((0.8 * 3 + 2 / 3 * 1 + 0) / 5, 4)
    assert round(scores.macro_f1, 4) == round((0.8 + 2 / 3 + 0) / 3, 4)
    assert scores.accuracy == 0.6


def test_evaluation_macro_f1_skips_classes_nobody_used() -> None:
    scores = classify(["A", "B"], ["A", "B"], ["A", "B", "C"])
    assert scores.macro_f1 == 1.0 and scores.weighted_f1 == 1.0


def test_evaluation_confusion_rows_are_gold_and_strays_go_to_other() -> None:
    table = confusion(["A", "A", "B"], ["A", "B", "X"], ["A", "B"], "t")
    assert table.columns == ["gold \\ predicted", "A", "B", "other"]
    assert table.rows == [["A", 1, 1, 0], ["B", 0, 0, 1]]
    top = top_confusions(["A", "A", "A", "B"], ["B", "B", "A", "A"], "t")
    assert top.rows == [["A", "B", 2], ["B", "A", 1]]


def test_evaluation_binary_counts() -> None:
    scores = binary([True, True, False, False], [True, False, True, False])
    assert (scores["tp"], scores["fp"], scores["fn"], scores["tn"]) == (1, 1, 1, 1)
    assert scores["precision"] == scores["recall"] == scores["f1"] == 0.5


def test_evaluation_haversine_paris_london() -> None:
    assert 340 < haversine_km(48.8566, 2.3522, 51.5074, -0.1278) < 346
    assert haversine_km(10, 10, 10, 10) == 0


def test_evaluation_within_ten_percent() -> None:
    assert within_ratio(45, 50) and within_ratio(55, 50) and not within_ratio(56, 50)
    assert within_ratio(9, 9) and not within_ratio(8, 9)  # below 10 only exact counts
    assert within_ratio(0, 0) and not within_ratio(1, 0) and not within_ratio(None, 3)


def test_evaluation_count_errors_sorts_the_misses() -> None:
    from eventwire.evaluation.metrics import Tally

    tally = Tally()
    for gold, predicted in [(3, 3), (2, 0), (0, 1), (5, 4), (5, 7), (0, 0)]:
        tally.add_count("killed", gold, predicted)
    assert tally.rate("killed") == 2 / 6
    (table,) = tally.count_tables()
    assert dict(table.rows) == {
        "right": 2,
        "said 0, gold some": 1,
        "said some, gold 0": 1,
        "too low": 1,
        "too high": 1,
    }


def test_evaluation_names_match_rule() -> None:
    assert names_match("Military Forces of Syria", "Military Forces of Syria (2000-)")
    assert names_match("Islamic State", "Khorasan Chapter of the Islamic State")
    assert names_match("the Taliban", "Taliban")
    assert not names_match("Military Forces", "Military Forces of Syria (2000-)")  # only generic words
    assert not names_match("Police Forces of Kenya", "Al Shabaab")
    assert not names_match("", "Taliban")


def test_evaluation_place_names_allow_transliteration() -> None:
    assert place_names_match("Dowlatabad", "Dawlatabad") and place_names_match("Sar-e Pol", "sar e pol")
    assert not place_names_match("Logar", "Puli Alam")


def test_evaluation_limit_spreads_over_the_rows() -> None:
    assert base.limited(range(10), 3) == [0, 3, 6]
    assert base.limited(range(3), 10) == [0, 1, 2] and base.limited(range(3), None) == [0, 1, 2]


def test_evaluation_examples_are_shared_out_and_spread() -> None:
    examples = base.Examples(limit=5, per_field=3)
    for n in range(10):
        examples.miss("killed", str(n), "words " * 200, 1, 0)
    examples.miss("province", "p", "text", "helmand", None)
    kept = examples.kept
    assert [(e["field"], e["id"]) for e in kept] == [
        ("killed", "0"),
        ("killed", "3"),
        ("killed", "6"),
        ("province", "p"),
    ]
    assert len(kept[0]["text"]) <= 600


def test_evaluation_split_names() -> None:
    assert base.in_split("dev", "train") and base.in_split("dev", "dev") and not base.in_split("dev", "test")
    assert base.in_split("all", "test") and base.in_split("test", "test")
    with pytest.raises(base.BadOption, match="--split"):
        base.check_split("train")


def test_evaluation_gold_path_takes_a_file_or_the_gold_file_in_a_folder(tmp_path: Path) -> None:
    gold = tmp_path / "sub" / "gold.csv"
    gold.parent.mkdir()
    gold.write_text("id\n1\n", "utf-8")
    assert base.gold_path("x", tmp_path, "unused", "sub/gold.csv") == gold
    assert base.gold_path("x", gold, "unused", "elsewhere.csv") == gold  # a file is the gold file itself
    with pytest.raises(base.DataMissing, match=r"x: gold data not found at .*other\.csv"):
        base.gold_path("x", tmp_path, "unused", "other.csv")
    with pytest.raises(base.DataMissing, match="nowhere"):
        base.gold_path("x", tmp_path / "nowhere", "unused", "gold.csv")


def test_evaluation_rows_of_keeps_the_split_then_limits(tmp_path: Path) -> None:
    def reader(path: Path) -> list[dict[str, str]]:
        return [{"id": str(n), "part": "train" if n % 2 else "test"} for n in range(20)]

    dev = [r["id"] for r in reader(tmp_path) if part_of("x", r["id"]) == "dev"]
    assert 2 < len(dev) < 20
    assert [r["id"] for r in base.rows_of("x", tmp_path, reader, "dev", None)] == dev
    assert [r["id"] for r in base.rows_of("x", tmp_path, reader, "dev", 2)] == base.limited(dev, 2)
    own = base.rows_of("x", tmp_path, reader, "dev", None, part=lambda r: r["part"])  # train counts as dev
    assert [r["id"] for r in own] == [str(n) for n in range(1, 20, 2)]
    assert len(base.rows_of("x", tmp_path, reader, "all", None)) == 20
    with pytest.raises(base.BadData, match="no items found"):
        base.rows_of("x", tmp_path, lambda path: [], "all", None)


def test_evaluation_articles_and_report_carry_the_rows() -> None:
    rows = [{"id": "7", "text": "Shelling hit the market.", "published": dt.date(2020, 5, 1)}, {"id": "8", "text": "x"}]
    items = base.articles(rows, "gold.csv")
    assert [(a.id, a.published, a.source_ref) for a in items] == [
        ("7", dt.date(2020, 5, 1), "gold.csv:7"),
        ("8", None, "gold.csv:8"),
    ]
    report = base.report(
        "x", Path("/data/gold.csv"), "dev", rows, base.Clock(), metrics={"f1": 0.5}, tables=[], notes=["n"], examples=[]
    )
    assert (report.dataset, report.data, report.split, report.items, report.notes) == (
        "x",
        "/data/gold.csv",
        "dev",
        2,
        ["n"],
    )
    assert report.seconds is not None and report.seconds >= 0


def test_evaluation_type_table_counts_right_and_most_predicted() -> None:
    counts: Counter = Counter()
    for predicted, right in (("Attack", True), ("Armed clash", False), ("Armed clash", False), ("Grenade", False)):
        base.count_type(counts, "Armed Assault", predicted, right)
    base.count_type(counts, "Odd", "no event", False)
    table = base.type_table(counts, {"Armed Assault": ("Attack", "Mob violence")}, "T", "gold", "(mixed)")
    assert table.columns == ["gold", "accepted", "items", "right", "most predicted"]
    assert table.rows == [
        ["Armed Assault", "Attack | Mob violence", 4, 1, "Armed clash 2, Attack 1, Grenade 1"],
        ["Odd", "(mixed)", 1, 0, "no event 1"],
    ]


# --- adapters on tiny files in each dataset's format ----------------------------------------

STRIKE = "Warplanes bombed the village of Tel Haroun on Monday, killing five civilians, a monitor said."
FLOOD = "Heavy rain flooded low streets of the port town and shops stayed closed for two days."
PROTEST = "On 3 March 2021, about two hundred teachers protested in Nairobi to demand unpaid wages."


def test_evaluation_case2021_on_a_tiny_tsv(tmp_path: Path, pipeline) -> None:
    path = tmp_path / "gold.tsv"
    path.write_text(
        f"id\tEventSnippet\tSubType\n1\t{STRIKE}\tAIR_STRIKE\n2\t{FLOOD}\tNATURAL_DISASTER\n"
        f"3\t{PROTEST}\tPEACE_PROTEST\n",
        "utf-8",
    )
    report = evaluate("case2021", data=path, split="all", pipeline=pipeline)
    assert report.items == 3 and report.metrics["subtask1_items"] == 2 and report.metrics["subtask3_items"] == 3
    assert report.metrics["subtask1_weighted_f1"] == 1.0, report.examples
    assert report.metrics["subtask3_weighted_f1"] == 1.0  # the flood is none of the 25: NONE is right
    assert any(t.title.startswith("Subtask 1 confusion") for t in report.tables)


def _csv(path: Path, rows: list[dict[str, str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return path


def test_evaluation_acled_reads_both_schemas(tmp_path: Path, pipeline) -> None:
    from eventwire.evaluation import acled

    new = _csv(
        tmp_path / "new.csv",
        [
            {
                "data_id": "1",
                "event_id_cnty": "KEN1",
                "event_date": "3-Mar-21",
                "event_type": "Protests",
                "sub_event_type": "Peaceful protest",
                "actor1": "Protesters (Kenya)",
                "country": "Kenya",
                "admin1": "Nairobi",
                "location": "Nairobi",
                "latitude": "-1.2833",
                "longitude": "36.8167",
                "notes": PROTEST,
                "fatalities": "0",
            }
        ],
    )
    old = _csv(
        tmp_path / "old.csv",
        [
            {
                "data_id": "2",
                "event_date": "2016-06-20",
                "event_type": "Battle-No change of territory",
                "actor1": "Military Forces of Somalia",
                "country": "Somalia",
                "admin1": "",
                "latitude": "",
                "longitude": "",
                "notes": "Soldiers fought militants near a well.",
                "fatalities": "3",
            }
        ],
    )
    assert acled.read_gold(old)[0]["event_types"] == ("Battles",)
    assert acled.read_gold(old)[0]["sub_event_type"] == "Armed clash"
    assert str(acled.read_gold(new)[0]["published"]) == "2021-03-03"
    report = evaluate("acled", data=new, split="all", pipeline=pipeline)
    assert report.items == 1
    assert report.metrics["event type"] == 1.0 and report.metrics["fatalities exact"] == 1.0, report.examples
    assert report.metrics["location ≤ 50 km"] == 1.0 and report.metrics["event date"] == 1.0


def test_evaluation_gtd_takes_the_date_prefix_off(tmp_path: Path, pipeline) -> None:
    from eventwire.evaluation import gtd

    path = _csv(
        tmp_path / "gtd.csv",
        [
            {
                "eventid": "201701010001",
                "country_txt": "Afghanistan",
                "city": "Ghazni",
                "summary": "01/01/2017: Gunmen shot dead two police officers at a checkpoint in Ghazni city, Ghazni "
                "province, Afghanistan. Three other officers were wounded.",
                "suicide": "0",
                "attacktype1_txt": "Armed Assault",
                "gname": "Unknown",
                "nkill": "2",
                "nwound": "3",
            },
            {"eventid": "201701010002", "summary": "", "nkill": "1"},
        ],
    )
    rows = gtd.read_gold(path)
    assert len(rows) == 1 and rows[0]["text"].startswith("Gunmen") and str(rows[0]["published"]) == "2017-01-01"
    assert gtd.accepted({"attacktype1_txt": "Bombing/Explosion", "suicide": "1"}) == ("Suicide bomb",)
    report = evaluate("gtd", data=path, split="all", pipeline=pipeline)
    assert report.metrics["killed exact"] == 1.0 and report.metrics["attack type"] == 1.0, report.examples
    assert "perpetrator group" not in report.metrics  # "Unknown" is not scored


def test_evaluation_gtd_city_and_province_follow_gtd_conventions() -> None:
    """GTD writes a district as "X district" and a village no gazetteer holds as its coders heard it; the
    site's words count for the city only when the site lies in GTD's country."""
    from eventwire.evaluation import gtd
    from eventwire.records import Location, Place, PlaceRole, Span

    def site(words: str, name: str, country: str, admin1: str) -> Place:
        location = Location(name=name, country=country, admin1=admin1, latitude=34.0, longitude=66.0)
        span = Span(start=0, end=len(words), text=words)
        return Place(
            span=span, role=PlaceRole.SITE, location=location, geo_precision=2, where_prec=3, precision_reason="test"
        )

    assert gtd.city_named(site("Sholgara", "Sholgara", "Afghanistan", "Balkh"), "Sholgara district", "Afghanistan") == (
        True,
        True,
    )
    kept = site("Kansak", "Farah", "Afghanistan", "Farah")  # an unknown village placed in its province
    assert gtd.city_named(kept, "Kansak", "Afghanistan") == (False, True)
    abroad = site("Kansak", "Kansak", "Kazakhstan", "Almaty")
    assert gtd.city_named(abroad, "Kansak", "Afghanistan") == (True, True)
    wrong_country = site("Rabat", "Kandahar", "Pakistan", "Sindh")
    assert gtd.city_named(wrong_country, "Rabat", "Afghanistan") == (False, False)
    assert gtd.city_named(None, "Rabat", "Afghanistan") == (False, False)
    assert gtd.province_key("Sari Pul") == gtd.province_key("Sar-e Pol")
    assert gtd.province_key("Extreme-North") == gtd.province_key("Extreme-Nord")
    assert gtd.province_key("Jawzjan") == gtd.province_key("Jowzjan")


def test_evaluation_isaf_reads_prompt_and_completion(tmp_path: Path, pipeline) -> None:
    from eventwire.evaluation import isaf

    text = (
        "KABUL, Afghanistan (March 4, 2012)\nAn Afghan and coalition security force detained two suspected "
        "insurgents in Nad-e Ali district, Helmand province, yesterday."
    )
    gold = {
        "name": "1",
        "start_date": "2012-03-03",
        "event_type": ["detention"],
        "province": ["helmand"],
        "min_killed": 0,
        "min_captured": 2,
    }
    path = tmp_path / "isaf.jsonl"
    path.write_text(
        json.dumps({"prompt": f"Instructions here. {isaf.MARKER} {text}", "completion": json.dumps(gold)}) + "\n",
        "utf-8",
    )
    rows = isaf.read_gold(path)
    assert rows[0]["text"].startswith("KABUL") and rows[0]["id"] == "1"
    assert isaf.province_key("Paktya") == isaf.province_key("Paktia") == "paktia"
    report = evaluate("isaf", data=path, split="all", pipeline=pipeline)
    assert report.metrics["killed exact"] == 1.0 and report.metrics["province"] == 1.0, report.examples
    assert report.metrics["start date"] == 1.0 and report.metrics["event type"] == 1.0, report.examples


def test_evaluation_fakes_scores_the_main_event_governorate(tmp_path: Path, pipeline) -> None:
    from eventwire.evaluation import fakes

    row = {
        "unit_id": "7001",
        "article_title": "Shelling kills four in Homs",
        "article_content": "Four civilians were killed on Monday when shells hit a market in the city of Homs, "
        "a monitoring group said.",
        "source": "wire",
        "date": "3/6/2017",
        "location": "homs",
        "labels": "1",
    }
    other = {
        **row,
        "unit_id": "7002",
        "article_title": "Car bomb in Douma",
        "article_content": "A car bomb exploded near a bakery in Douma on Tuesday, killing three people.",
        "location": "damascus",
    }
    path = _csv(tmp_path / "fakes.csv", [row, {**row, "location": "hama"}, other])
    rows = fakes.read_gold(path)
    assert [r["id"] for r in rows] == ["7001", "7002"]  # a unit on two rows is one article with two labels
    assert rows[0]["governorates"] == ["homs", "hama"] and str(rows[0]["published"]) == "2017-03-06"
    assert rows[0]["text"].startswith("Shelling kills four in Homs\n\nFour civilians")
    assert fakes.right_admin1("Rural Damascus", ["damascus"]) and fakes.right_admin1("Idleb", ["idlib"])
    assert not fakes.right_admin1("Hama", ["homs"]) and not fakes.right_admin1(None, ["homs"])
    report = evaluate("fakes", data=path, split="all", pipeline=pipeline)
    assert report.items == 2
    assert report.metrics["admin1"] == 1.0 and report.metrics["country"] == 1.0, report.examples


def test_evaluation_fakes_names_a_missing_column(tmp_path: Path) -> None:
    path = _csv(tmp_path / "wrong.csv", [{"unit_id": "1", "article_title": "t", "date": "1/1/2016"}])
    with pytest.raises(base.BadData, match="location|article_content"):
        evaluate("fakes", data=path, split="all")


def test_evaluation_ceha_uses_its_own_split(tmp_path: Path, pipeline) -> None:
    from eventwire.evaluation import ceha

    common = {
        "Annotator": "A1",
        "Country": "Somalia",
        "Actor 1": "",
        "Actor 2": "",
        "Article Url": "",
        ceha.REASON: "",
        "Other": "",
    }
    path = _csv(
        tmp_path / "ceha.csv",
        [
            {
                **common,
                "ACLED/GDELT": "ACLED",
                "Index": "SOM1",
                "Time": "2019-07-15",
                "Is the event relevant?": "Yes",
                "Event Description": "Militants ambushed an army convoy near Afgoye, killing three soldiers.",
                "train_dev_test_split": "test",
            },
            {
                **common,
                "ACLED/GDELT": "GDELT",
                "Index": "99",
                "Time": "20190716",
                "Is the event relevant?": "No",
                ceha.REASON: "2. Not violence / conflict related",
                "Event Description": FLOOD,
                "train_dev_test_split": "test",
            },
            {
                **common,
                "ACLED/GDELT": "GDELT",
                "Index": "100",
                "Time": "20190717",
                "Is the event relevant?": "No",
                "Event Description": FLOOD,
                "train_dev_test_split": "train",
            },
        ],
    )
    assert str(ceha.parse_time("20190716")) == "2019-07-16"
    report = evaluate("ceha", data=path, pipeline=pipeline)  # default split: test
    assert report.items == 2 and report.metrics["relevance_f1"] == 1.0, report.examples
    assert evaluate("ceha", data=path, split="dev", pipeline=pipeline).items == 1


def test_evaluation_muc4_reads_templates_and_answer_keys(tmp_path: Path, pipeline) -> None:
    from eventwire.evaluation import muc4

    processed = tmp_path / muc4.PROCESSED
    processed.mkdir(parents=True)
    doc = {
        "docid": "TST3-MUC4-0001",
        "doctext": "urban guerrillas of the red dawn front shot dead two guards "
        "at a bank in the capital on tuesday, police said.",
        "templates": [
            {
                "incident_type": "attack",
                "PerpInd": [],
                "PerpOrg": [[["red dawn front", 14]]],
                "Target": [],
                "Victim": [],
                "Weapon": [],
            }
        ],
    }
    quiet = {"docid": "TST3-MUC4-0002", "doctext": "the minister opened a new school.", "templates": []}
    (processed / "test.json").write_text(json.dumps(doc) + "\n" + json.dumps(quiet) + "\n", "utf-8")
    (processed / "dev.json").write_text("", "utf-8")
    keys = tmp_path / muc4.CORPORA / "tst3"
    keys.mkdir(parents=True)
    (keys / "key-tst3.v2").write_text(
        "0.  MESSAGE: ID                    TST3-MUC4-0001\n1.  MESSAGE: TEMPLATE              1\n"
        '4.  INCIDENT: TYPE                 ATTACK\n21. HUM TGT: NUMBER                2: "GUARDS"\n'
        '23. HUM TGT: EFFECT OF INCIDENT    DEATH: "GUARDS"\n\n'
        "0.  MESSAGE: ID                    TST3-MUC4-0002\n1.  MESSAGE: TEMPLATE              *\n",
        "utf-8",
    )
    assert muc4.read_keys(tmp_path / muc4.CORPORA) == {"TST3-MUC4-0001": 2}
    rows = muc4.read_gold(tmp_path, "test")
    assert rows[0]["types"] == ["attack"] and rows[0]["perp_orgs"] == ["red dawn front"] and rows[0]["killed"] == 2
    report = evaluate("muc4", data=tmp_path, pipeline=pipeline)
    assert report.items == 2 and report.metrics["incident_recall"] == 1.0, report.examples


# --- the command line -----------------------------------------------------------------------


def test_evaluation_cli_names_the_missing_data_and_the_option(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere"
    result = CliRunner().invoke(app, ["eval", "isaf", "--data", str(missing)])
    assert result.exit_code == 2
    assert str(missing) in result.output and "--data" in result.output
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_evaluation_cli_names_a_file_in_the_wrong_format(tmp_path: Path) -> None:
    wrong = tmp_path / "other.csv"
    wrong.write_text("a,b\n1,2\n", "utf-8")
    result = CliRunner().invoke(app, ["eval", "gtd", "--data", str(wrong)])
    assert result.exit_code == 2 and "eventid" in result.output and "other.csv" in result.output


def test_evaluation_cli_rejects_unknown_dataset_and_split(tmp_path: Path) -> None:
    assert CliRunner().invoke(app, ["eval", "nosuch"]).exit_code == 2
    result = CliRunner().invoke(app, ["eval", "isaf", "--data", str(tmp_path), "--split", "train"])
    assert result.exit_code == 2 and "--split" in result.output


def test_evaluation_cli_prints_and_writes_the_report(tmp_path: Path, pipeline) -> None:
    path = tmp_path / "gold.tsv"
    path.write_text(f"id\tEventSnippet\tSubType\n1\t{STRIKE}\tAIR_STRIKE\n", "utf-8")
    out = tmp_path / "report.json"
    result = CliRunner().invoke(app, ["eval", "case2021", "--data", str(path), "--split", "all", "--report", str(out)])
    assert result.exit_code == 0, result.output
    assert "subtask1_weighted_f1" in result.stdout
    saved = json.loads(out.read_text("utf-8"))
    assert saved["dataset"] == "case2021" and saved["items"] == 1 and saved["split"] == "all"


def test_evaluation_registry_lists_every_adapter() -> None:
    assert set(DATASETS) >= {"case2021", "acled", "gtd", "isaf", "ceha", "muc4", "fakes", "geocode"}


# --- smoke runs on the real data in ../shared ------------------------------------------------

SMOKE = {
    "case2021": "case2021-task2",
    "acled": "acled-rpanlilio-2020-05",
    "gtd": "gtd-sqlproj",
    "isaf": "isaf-press-releases",
    "ceha": "ceha",
    "muc4": "muc4-gtt",
    "fakes": "fa-kes",
}


@pytest.mark.parametrize("dataset", sorted(SMOKE))
def test_evaluation_smoke_on_shared_data(dataset: str, pipeline) -> None:
    if not (DATA / SMOKE[dataset]).exists():
        pytest.skip(f"../shared/data/{SMOKE[dataset]} is not beside the checkout")
    report = evaluate(dataset, limit=5, pipeline=pipeline)
    assert report.items == 5 and report.split == "test" and report.metrics and report.notes
    assert all(v is None or 0 <= v or isinstance(v, int) for v in report.metrics.values())


def test_evaluation_markdown_renders_what_the_report_says() -> None:
    from eventwire.evaluation.markdown import document
    from eventwire.evaluation.report import Report, Table

    report = Report(
        dataset="isaf",
        data="/x/shared/data/isaf-press-releases/data/f.jsonl",
        split="test",
        items=3,
        metrics={"killed exact": 0.6667},
        tables=[Table(title="fields", columns=["field", "score"], rows=[["killed exact", 0.6667]])],
        notes=["one note"],
        version="abc1234",
    )
    text = document([report])
    assert "| isaf-press-releases | test | 3 | killed exact | 0.667 |" in text
    assert "`eventwire eval isaf`" in text and "commit `abc1234`" in text and "- one note" in text


def test_evaluation_snippets_halves_and_non_events(tmp_path: Path, pipeline) -> None:
    """Even lines are the development half, odd lines the test half; a NONE report given no event is right."""
    lines = [
        {
            "text": "Rebels ambushed an army convoy near the river crossing, and the soldiers fought back for hours.",
            "label": "Armed clash",
        },
        {
            "text": "Riot police fired tear gas to break up a march of teachers demanding unpaid wages.",
            "label": "Protest with intervention",
        },
        {
            "text": "A magnitude 6 earthquake shook the coastal province overnight, damaging hundreds of homes.",
            "label": "NONE",
        },
        {"text": "Gunmen shot dead a village chief outside his home on Sunday, police said.", "label": "Attack"},
    ]
    (tmp_path / "mine.jsonl").write_text("".join(json.dumps(line) + "\n" for line in lines), "utf-8")
    dev = evaluate("snippets", data=tmp_path, split="dev", pipeline=pipeline)
    test = evaluate("snippets", data=tmp_path, pipeline=pipeline)
    assert (dev.items, test.items) == (2, 2)
    assert dev.metrics["typed_items"] == 1 and dev.metrics["non_events"] == 1
    assert dev.metrics["non_events_answered_none"] == 1.0
    assert test.metrics["typed_items"] == 2 and test.metrics["weighted_f1"] == 1.0
    with pytest.raises(base.DataMissing):
        evaluate("snippets", data=tmp_path / "absent")
