"""Records → table rows. The event columns are the ACLED CSV row's values, so SQL and CSV agree."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from typing import Any

from eventwire.export.acled_csv import event_row
from eventwire.records import Event, Extraction, Location, Missing, PlaceRole, Quarantined, Span

Row = dict[str, Any]


def article_values(extraction: Extraction, *, stored_at: dt.datetime, run_id: int | None) -> Row:
    article = extraction.article
    return {
        "content_hash": article.content_hash,
        "article_id": article.id,
        "source": article.source_ref,
        "url": article.url,
        "title": article.title.text if article.title else None,
        "outlet": article.outlet or (article.dateline.outlet if article.dateline else None),
        "published": article.published,
        "published_source": article.published_source,
        "language": article.language,
        "dateline_place": article.dateline.place if article.dateline else None,
        "n_events": len(extraction.events),
        "notes": json.dumps(list(extraction.notes)) if extraction.notes else None,
        "scope": extraction.scope.kind,
        "scope_record": extraction.scope.model_dump_json(),
        "stored_at": stored_at,
        "run_id": run_id,
        "record": article.model_dump_json(),
    }


def event_values(extraction: Extraction, event: Event, position: int, article_pk: int) -> Row:
    row = event_row(extraction, event)
    date = None if isinstance(event.date, Missing) else event.date
    site = site_of(event)
    return {
        "article_id": article_pk,
        "event_key": event.id,
        "position": position,
        "event_id_cnty": row["event_id_cnty"],
        "event_date": date.start if date else None,
        "date_end": date.end if date else None,
        "year": date.start.year if date else None,
        "month": date.start.strftime("%Y-%m") if date else None,
        "time_precision": date.time_precision if date else None,
        **{k: row[k] or None for k in ("disorder_type", "event_type", "sub_event_type", "actor1", "actor2")},
        "plover_type": row["ew_plover_type"] or None,
        "plover_mode": row["ew_plover_mode"] or None,
        **{k: _int(row[k]) for k in ("inter1", "inter2", "interaction", "iso", "geo_precision")},
        "civilian_targeting": event.civilian_targeting,
        "iso3": site.iso3 if site else None,
        **{k: row[k] or None for k in ("region", "country", "admin1", "admin2", "location", "source")},
        "latitude": site.latitude if site else None,
        "longitude": site.longitude if site else None,
        "fatalities": int(row["fatalities"]),
        "fatalities_low": _int(row["ew_fatalities_low"]),
        "fatalities_high": _int(row["ew_fatalities_high"]),
        "fatalities_qualifier": row["ew_fatalities_qualifier"] or None,
        "claimant": row["ew_claimant"] or None,
        "claimant_type": row["ew_claimant_type"] or None,
        "confidence": event.confidence,
        "prominence": event.prominence,
        "record": event.model_dump_json(),
    }


def child_values(event: Event, event_pk: int) -> dict[str, list[Row]]:
    """Rows of the tables under one event, by table name."""
    return {
        "claims": [
            {
                "event_id": event_pk,
                "claim_key": c.id,
                "claimant": c.claimant.name,
                "claimant_as_written": c.claimant.span.text if c.claimant.span else None,
                "claimant_type": c.claimant.type.value,
                "is_party": c.claimant.is_party,
                "anonymous": c.claimant.anonymous,
                "affiliation": c.claimant.affiliation,
                "claimant_country": c.claimant.country,
                "cue": c.cue.text if c.cue else None,
                "polarity": c.polarity,
                "reported_by": c.reported_by,
                **_span(c.span),
                "record": c.model_dump_json(),
            }
            for c in event.claims
        ],
        "actors": [
            {
                "event_id": event_pk,
                "role": a.role.value,
                "name": a.name,
                "family": a.family,
                "inter": int(a.inter),
                "country": a.country,
                **_span(a.span),
            }
            for a in event.actors
        ],
        "places": [_place(p, event_pk) for p in event.places],
        "quantities": [
            {
                "event_id": event_pk,
                "kind": q.kind.value,
                "low": q.low,
                "high": q.high,
                "qualifier": q.qualifier,
                "side": q.side,
                **_span(q.span),
            }
            for q in event.quantities
        ],
        "materiel": [
            {"event_id": event_pk, "category": m.category.value, "count": m.count, "status": m.status, **_span(m.span)}
            for m in event.materiel
        ],
        "evidence": _evidence(event, event_pk),
    }


def quarantine_key(item: Quarantined) -> str:
    """Same input, place and stage → same row, however often a run meets it."""
    parts = (item.source, str(item.line), str(getattr(item, "position", None)), item.stage)
    return hashlib.sha256("\0".join(parts).encode("utf-8")).hexdigest()


def quarantine_input(item: Quarantined) -> str:
    """How an article read from the same place is named (``path:line``), so a fixed input clears its row."""
    return f"{item.source}:{item.line}" if item.line is not None else item.source


def _place(place: Any, event_pk: int) -> Row:
    loc = place.location if isinstance(place.location, Location) else None
    return {
        "event_id": event_pk,
        "role": place.role.value,
        "name": loc.name if loc else None,
        "geonameid": loc.geonameid if loc else None,
        "feature": loc.feature if loc else None,
        "country": loc.country if loc else None,
        "iso3": loc.iso3 if loc else None,
        "admin1": loc.admin1 if loc else None,
        "admin2": loc.admin2 if loc else None,
        "latitude": loc.latitude if loc else None,
        "longitude": loc.longitude if loc else None,
        "geo_precision": place.geo_precision,
        "where_prec": place.where_prec,
        "precision_reason": place.precision_reason,
        "missing_reason": place.location.reason if isinstance(place.location, Missing) else None,
        **_span(place.span),
    }


def _evidence(event: Event, event_pk: int) -> list[Row]:
    spans: list[tuple[str, Span]] = [("trigger", event.type.trigger)]
    spans += [("sentence", s) for s in event.evidence]
    if not isinstance(event.date, Missing) and event.date.span is not None:
        spans.append(("date", event.date.span))
    return [{"event_id": event_pk, "kind": kind, **_span(span)} for kind, span in spans]


def site_of(event: Event) -> Location | None:
    """The place ACLED's location columns describe: the first geocoded site (or near) place."""
    for place in event.places:
        if place.role in (PlaceRole.SITE, PlaceRole.NEAR) and isinstance(place.location, Location):
            return place.location
    return None


def _span(span: Span) -> Row:
    return {"span_start": span.start, "span_end": span.end, "text": span.text}


def _int(value: object) -> int | None:
    return None if value in ("", None) else int(value)  # type: ignore[call-overload]
