"""Parquet: the ACLED CSV's columns with real types, for DuckDB, pandas, R (arrow) and Spark.

Same names and values as ``acled_csv`` (one row per event), but dates are dates, counts are
integers, coordinates are floats and empty is null, so nobody has to parse strings back. Rows
are written in row groups as they come, so memory does not grow with the export.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from eventwire.export.acled_csv import COLUMNS, event_row
from eventwire.records import Extraction

ROW_GROUP = 10_000

_TYPES: dict[str, pa.DataType] = {
    "event_date": pa.date32(),
    "year": pa.int32(),
    "time_precision": pa.int8(),
    "inter1": pa.int8(),
    "inter2": pa.int8(),
    "interaction": pa.int16(),
    "iso": pa.int32(),
    "latitude": pa.float64(),
    "longitude": pa.float64(),
    "geo_precision": pa.int8(),
    "fatalities": pa.int64(),
    "timestamp": pa.int64(),
    "ew_date_start": pa.date32(),
    "ew_date_end": pa.date32(),
    "ew_fatalities_low": pa.int64(),
    "ew_fatalities_high": pa.int64(),
    "ew_injured_low": pa.int64(),
    "ew_claimant_is_party": pa.bool_(),
    "ew_confidence": pa.float64(),
}
SCHEMA = pa.schema([pa.field(name, _TYPES.get(name, pa.string())) for name in COLUMNS])


def write_parquet(extractions: Iterable[Extraction], path: Path) -> int:
    """Write one row per event to ``path``; returns the number of rows."""
    rows = 0
    batch: list[dict[str, object]] = []
    with pq.ParquetWriter(path, SCHEMA) as writer:
        for extraction in extractions:
            for event in extraction.events:
                batch.append(_typed(event_row(extraction, event)))
                if len(batch) >= ROW_GROUP:
                    writer.write_table(pa.Table.from_pylist(batch, schema=SCHEMA))
                    rows += len(batch)
                    batch = []
        if batch or rows == 0:
            writer.write_table(pa.Table.from_pylist(batch, schema=SCHEMA))
            rows += len(batch)
    return rows


def _typed(row: dict[str, object]) -> dict[str, object]:
    typed: dict[str, object] = {}
    for name in COLUMNS:
        value = row.get(name, "")
        kind = _TYPES.get(name)
        if value == "" or value is None:
            typed[name] = None
        elif kind == pa.date32():
            typed[name] = dt.date.fromisoformat(str(value))
        elif kind == pa.bool_():
            typed[name] = value in (True, "true")
        else:
            typed[name] = value if kind is not None else str(value)
    return typed
