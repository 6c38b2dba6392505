"""GeoJSON: one Point feature per geocoded event, for QGIS, Leaflet or any GIS.

Properties are the ACLED CSV row (same names, same values), so a map layer and the CSV agree.
Events without coordinates cannot be drawn: they are left out and counted, never placed at 0,0.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import IO

from eventwire.export.acled_csv import event_row
from eventwire.records import Extraction


@dataclass(frozen=True)
class Written:
    features: int
    without_coordinates: int


def write_geojson(extractions: Iterable[Extraction], out: IO[str]) -> Written:
    """Write a FeatureCollection (WGS 84 longitude/latitude), streaming one feature at a time."""
    out.write('{"type": "FeatureCollection", "features": [')
    features = skipped = 0
    for extraction in extractions:
        for event in extraction.events:
            row = event_row(extraction, event)
            if row["latitude"] == "" or row["longitude"] == "":
                skipped += 1
                continue
            feature = {
                "type": "Feature",
                "id": row["event_id_cnty"],
                "geometry": {"type": "Point", "coordinates": [row["longitude"], row["latitude"]]},
                "properties": {k: (None if v == "" else v) for k, v in row.items()},
            }
            out.write(("," if features else "") + "\n" + json.dumps(feature, ensure_ascii=False))
            features += 1
    out.write("\n]}\n")
    return Written(features=features, without_coordinates=skipped)
