"""ACLED-compatible CSV: ACLED's own column names first, then ours (``ew_*``).

Researchers load ACLED exports into pandas and R with code that expects these names; our
extra columns keep what ACLED's format has no room for (bounds, qualifiers, claimants,
route roles), so nothing is silently flattened.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterable
from typing import IO

from eventwire.records import Actor, ActorRole, Event, Extraction, Location, Missing, Place, PlaceRole

ACLED_COLUMNS = (
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
)
EW_COLUMNS = (
    "ew_article_id",
    "ew_date_start",
    "ew_date_end",
    "ew_fatalities_low",
    "ew_fatalities_high",
    "ew_fatalities_qualifier",
    "ew_injured_low",
    "ew_materiel",
    "ew_claimant",
    "ew_claimant_type",
    "ew_claimant_is_party",
    "ew_origin",
    "ew_destination",
    "ew_plover_type",
    "ew_plover_mode",
    "ew_confidence",
    "ew_scope",
)
COLUMNS = ACLED_COLUMNS + EW_COLUMNS


def write_csv(extractions: Iterable[Extraction], out: IO[str], *, header: bool = True) -> int:
    """Write one row per event; returns the number of rows."""
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    if header:
        writer.writeheader()
    rows = 0
    for extraction in extractions:
        for event in extraction.events:
            writer.writerow(event_row(extraction, event))
            rows += 1
    return rows


def event_row(extraction: Extraction, event: Event) -> dict[str, object]:
    row: dict[str, object] = {c: "" for c in COLUMNS}
    row.update(_type_and_time(event))
    place = _place(event)
    row.update(_actors(event.actors, str(place.get("country") or "")))
    row.update(place)
    row.update(_figures(event))
    row.update(_claimant(extraction, event))
    row["event_id_cnty"] = _event_id(extraction, event, str(row["iso3"] if "iso3" in row else ""))
    row.pop("iso3", None)
    row["ew_article_id"] = extraction.article.id
    row["ew_scope"] = extraction.scope.kind  # "summary": a roundup's event, to count apart from reports
    row["notes"] = event.evidence[0].text.replace("\n", " ") if event.evidence else ""
    row["timestamp"] = _timestamp(extraction.article.published)
    return row


def _type_and_time(event: Event) -> dict[str, object]:
    t = event.type
    row: dict[str, object] = {
        "disorder_type": t.disorder_type,
        "event_type": t.event_type,
        "sub_event_type": t.sub_event_type,
        "ew_plover_type": t.plover_type,
        "ew_plover_mode": t.plover_mode or "",
        "ew_confidence": event.confidence,
        "civilian_targeting": "Civilian targeting" if event.civilian_targeting else "",
    }
    if not isinstance(event.date, Missing):
        row.update(
            event_date=event.date.start.isoformat(),
            year=event.date.start.year,
            time_precision=event.date.time_precision,
            ew_date_start=event.date.start.isoformat(),
            ew_date_end=event.date.end.isoformat(),
        )
    return row


# units ACLED writes after their state's forces: "Military Forces of Uganda (1986-) Local Defense Unit"
STATE_UNITS = {
    "uganda_ldu": "Local Defense Unit",
    "popular_mobilization_forces": "Popular Mobilization Forces",
    "turkey_mit": "National Intelligence Organization",
    "yemen_amajid_brigade": "Amajid Brigade",
    "yemen_security_belt": "Security Belt Forces",
}


def acled_name(actor: Actor, country: str = "") -> str:
    """The name ACLED writes: the actor's ACLED family, except where the family is an allegiance
    ("Islamic State" for the ADF or ISWAP): ACLED writes the branch, and the movement itself by
    country ("Islamic State (Iraq)"). A unit of a state's forces follows the forces' name ("Military
    Forces of Brazil (2019-2023) Military Police")."""
    if actor.family and actor.name.startswith(f"{actor.family} "):
        return actor.name
    if actor.family and actor.key in STATE_UNITS:
        return f"{actor.family} {STATE_UNITS[actor.key]}"
    if actor.family != "Islamic State":
        return actor.family or actor.name
    if actor.key == "islamic_state":
        return f"Islamic State ({country})" if country else "Islamic State"
    return actor.name


def _actors(actors: Iterable[Actor], country: str = "") -> dict[str, object]:
    row: dict[str, object] = {}
    by_role = {a.role: a for a in actors}
    for role, name_col, inter_col in ((ActorRole.ACTOR1, "actor1", "inter1"), (ActorRole.ACTOR2, "actor2", "inter2")):
        actor = by_role.get(role)
        if actor is not None:
            row[name_col] = acled_name(actor, country)
            row[inter_col] = int(actor.inter)
    codes = sorted(int(row[c]) for c in ("inter1", "inter2") if c in row)  # type: ignore[call-overload]
    if codes:
        row["interaction"] = codes[0] * 10 + codes[1] if len(codes) == 2 else codes[0] * 10
    for role, col in ((ActorRole.ASSOCIATED1, "assoc_actor_1"), (ActorRole.ASSOCIATED2, "assoc_actor_2")):
        row[col] = "; ".join(acled_name(a, country) for a in actors if a.role is role)
    return row


def _place(event: Event) -> dict[str, object]:
    row: dict[str, object] = {}
    site = next(
        (p for p in event.places if p.role in (PlaceRole.SITE, PlaceRole.NEAR) and isinstance(p.location, Location)),
        None,
    )
    if site is not None and isinstance(site.location, Location):
        loc = site.location
        row.update(
            iso=loc.iso or "",
            iso3=loc.iso3 or "",
            region=loc.region or "",
            country=loc.country or "",
            admin1=loc.admin1 or "",
            admin2=loc.admin2 or "",
            location=loc.name,
            latitude=loc.latitude,
            longitude=loc.longitude,
            geo_precision=site.geo_precision,
        )
    row["ew_origin"] = _named(event.places, PlaceRole.ORIGIN)
    row["ew_destination"] = _named(event.places, PlaceRole.DESTINATION)
    return row


def _named(places: Iterable[Place], role: PlaceRole) -> str:
    return "; ".join(
        p.location.name if isinstance(p.location, Location) else p.span.text for p in places if p.role is role
    )


def _figures(event: Event) -> dict[str, object]:
    row: dict[str, object] = {"fatalities": 0}
    if not isinstance(event.fatalities, Missing):
        f = event.fatalities
        row.update(
            fatalities=f.value,
            ew_fatalities_low=f.low,
            ew_fatalities_high="" if f.high is None else f.high,
            ew_fatalities_qualifier=f.qualifier or "",
        )
    row["ew_injured_low"] = "" if event.injured is None else event.injured
    row["ew_materiel"] = ";".join(
        f"{m.category.value}:{m.count}" for m in event.materiel if m.category.value != "convoy"
    )
    return row


def _claimant(extraction: Extraction, event: Event) -> dict[str, object]:
    main = event.main_claim()
    if main is None:
        return {}
    outlet = extraction.article.outlet or (extraction.article.dateline.outlet if extraction.article.dateline else None)
    return {
        "ew_claimant": main.claimant.name,
        "ew_claimant_type": main.claimant.type.value,
        "ew_claimant_is_party": "true" if main.claimant.is_party else "false",
        "source": outlet or main.claimant.name,
    }


def _event_id(extraction: Extraction, event: Event, iso3: str) -> str:
    number = int(extraction.article.content_hash[:12], 16) % 10**8
    index = event.id.rsplit("-e", 1)[-1]
    return f"{iso3 or 'XXX'}{number:08d}{index}"


def _timestamp(published: dt.date | None) -> object:
    if published is None:
        return ""
    return int(dt.datetime(published.year, published.month, published.day, tzinfo=dt.UTC).timestamp())
