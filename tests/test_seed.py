"""The reference article read as MISSION.md "The seed, read correctly" says, through the CSV."""

from __future__ import annotations

import csv
import io

import pytest
from typer.testing import CliRunner

from eventwire.cli import app

VIOLENT = {"Battles", "Explosions/Remote violence", "Violence against civilians"}


@pytest.fixture(scope="module")
def rows(seed_path, pipeline) -> list[dict[str, str]]:
    result = CliRunner().invoke(app, ["extract", str(seed_path), "--published", "2017-06-01", "--format", "csv"])
    assert result.exit_code == 0, result.output
    return list(csv.DictReader(io.StringIO(result.stdout)))


def test_seed_first_row_is_the_air_strike_on_the_convoys(rows) -> None:
    first = rows[0]
    assert (first["event_type"], first["sub_event_type"]) == ("Explosions/Remote violence", "Air/drone strike")
    assert (first["ew_plover_type"], first["ew_plover_mode"]) == ("ASSAULT", "aerial")
    assert "Russia" in first["actor1"] and first["inter1"] == "8"
    assert "Islamic State" in first["actor2"] and first["inter2"] == "2"
    assert first["country"] == "Syria" and first["iso"] == "760"


def test_seed_first_row_figures_dates_and_route(rows) -> None:
    first = rows[0]
    assert (first["fatalities"], first["ew_fatalities_low"], first["ew_fatalities_qualifier"]) == (
        "80",
        "80",
        "more than",
    )
    assert (first["ew_date_start"], first["ew_date_end"]) == ("2017-05-31", "2017-06-01")
    assert "Raqq" in first["ew_origin"]
    assert any(name in first["ew_destination"] for name in ("Palmyra", "Tadmur"))
    assert first["geo_precision"] == "3"
    materiel = dict(item.split(":") for item in first["ew_materiel"].split(";"))
    assert materiel == {"car": "36", "fuel tanker": "8", "technical": "17"}


def test_seed_first_row_claimant_is_an_anonymous_party_source(rows) -> None:
    first = rows[0]
    assert first["ew_claimant_type"] == "party_anonymous"
    assert first["ew_claimant_is_party"] == "true"
    assert first["source"] == "TASS"


def test_seed_second_row_is_the_earlier_convoy_strike(rows) -> None:
    second = rows[1]
    assert second["sub_event_type"] == "Air/drone strike"
    assert second["event_date"] == "2017-05-25"
    assert second["fatalities"] == "0"


def test_seed_has_no_further_violent_rows(rows) -> None:
    assert [r for r in rows[2:] if r["event_type"] in VIOLENT] == []
