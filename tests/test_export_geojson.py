"""GeoJSON export: a FeatureCollection of WGS 84 points with the ACLED row as properties."""

from __future__ import annotations

import datetime as dt
import io
import json

import pytest

from eventwire.export.acled_csv import COLUMNS, event_row
from eventwire.export.geojson import write_geojson
from eventwire.records import ArticleInput, Extraction
from test_batch import generated_article


@pytest.fixture(scope="module")
def extractions(pipeline) -> list[Extraction]:
    articles = [generated_article(i) for i in range(4)]
    articles.append({"id": "nowhere", "text": "Gunmen shot dead three villagers on Monday, police said.\n"})
    return [
        pipeline.extract(
            ArticleInput(id=a["id"], text=a["text"], published=dt.date.fromisoformat(a.get("published", "2024-03-04")))
        )
        for a in articles
    ]


def test_export_geojson_points_are_lon_lat_with_acled_properties(extractions: list[Extraction]) -> None:
    out = io.StringIO()
    written = write_geojson(extractions, out)
    collection = json.loads(out.getvalue())
    assert collection["type"] == "FeatureCollection"
    assert written.features == len(collection["features"]) == 4
    mosul = collection["features"][0]
    assert mosul["geometry"]["type"] == "Point"
    lon, lat = mosul["geometry"]["coordinates"]
    assert lon == pytest.approx(43.1, abs=0.3) and lat == pytest.approx(36.3, abs=0.3)
    assert list(mosul["properties"]) == list(COLUMNS)
    row = event_row(extractions[0], extractions[0].events[0])
    assert mosul["properties"]["event_id_cnty"] == row["event_id_cnty"] == mosul["id"]
    assert mosul["properties"]["admin3"] is None  # empty is null, not ""


def test_export_geojson_leaves_out_and_counts_events_without_coordinates(extractions: list[Extraction]) -> None:
    nowhere = extractions[-1]
    assert nowhere.events, "the test article should still hold an event"
    written = write_geojson([nowhere], io.StringIO())
    assert (written.features, written.without_coordinates) == (0, len(nowhere.events))
