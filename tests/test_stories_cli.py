"""`eventwire stories`: two outlets reporting one strike with different tolls give one happening, both figures shown."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from eventwire.batch import ingest
from eventwire.cli import app

# Written for this test: the same shelling of a market told by two outlets that disagree on the toll.
FIRST = {
    "id": "courier-1",
    "outlet": "Valley Courier",
    "published": "2024-03-15",
    "text": "Shelling kills 12 at El Obeid market\n\nEL OBEID, Sudan, March 14 - Artillery shells fired by the "
    "Rapid Support Forces hit the central market of El Obeid on Thursday, killing 12 civilians, a local "
    "medical official said. Dozens of stalls were destroyed.",
}
SECOND = {
    "id": "herald-7",
    "outlet": "Kordofan Herald",
    "published": "2024-03-15",
    "text": "Market attack in El Obeid\n\nThe Sudanese army said on Friday that Rapid Support Forces shelling of "
    "the main market in El Obeid on Thursday killed 31 people, most of them traders. The paramilitary group "
    "did not comment.",
}


def test_stories_show_one_happening_with_every_claimed_toll(pipeline, tmp_path: Path) -> None:
    corpus = tmp_path / "two-outlets.jsonl"
    corpus.write_text("\n".join(json.dumps(a) for a in (FIRST, SECOND)) + "\n", encoding="utf-8")
    db = str(tmp_path / "store.db")
    summary = ingest([str(corpus)], db=db, workers=1, pipeline=pipeline)
    assert summary.ok == 2

    result = CliRunner().invoke(app, ["stories", "--db", db, "--format", "json"])
    assert result.exit_code == 0, result.output
    (story,) = json.loads(result.stdout)
    figures = sorted(f["killed"] for f in story["fatalities"]["figures"])
    assert figures[0] == 12 and figures[-1] == 31
    assert story["fatalities"]["disputed"] is True
    assert story["fatalities"]["assessed"]["value"] == 12  # the lowest credible figure, never an average
    assert {m["outlet"] for m in story["members"]} == {"Valley Courier", "Kordofan Herald"}

    table = CliRunner().invoke(app, ["stories", "--db", db])
    assert table.exit_code == 0 and "disputed" in table.stdout and "Kordofan Herald" in table.stdout
    alone = CliRunner().invoke(app, ["stories", "--db", db, "--min-articles", "3", "--format", "json"])
    assert json.loads(alone.stdout) == []

    relinked = CliRunner().invoke(app, ["relink", "--db", db])
    assert relinked.exit_code == 0, relinked.output
    assert "relinked 2 events" in relinked.stderr and "1 told by several articles" in relinked.stderr
    again = CliRunner().invoke(app, ["stories", "--db", db, "--format", "json"])
    assert [s["id"] for s in json.loads(again.stdout)] == [story["id"]]  # the same story, under the same id


def test_relink_of_a_store_that_cannot_be_opened_is_a_message(tmp_path: Path) -> None:
    not_a_store = tmp_path / "notes.db"
    not_a_store.write_text("these are not SQLite pages", encoding="utf-8")
    result = CliRunner().invoke(app, ["relink", "--db", str(not_a_store)])
    assert result.exit_code == 2
    assert "notes.db" in result.stderr.replace("\n", "") and "Traceback" not in result.output
