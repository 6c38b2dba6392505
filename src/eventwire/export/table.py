"""A readable summary of extractions for the terminal."""

from __future__ import annotations

from collections.abc import Iterable

from rich.console import Console
from rich.table import Table

from eventwire.records import Event, Extraction, Location, Missing, PlaceRole


def print_table(extractions: Iterable[Extraction], console: Console) -> None:
    table = Table(show_lines=False)
    for column in ("article", "#", "type", "date", "place", "actors", "killed", "claimant"):
        table.add_column(column, overflow="fold")
    for x in extractions:
        if not x.events:
            table.add_row(x.article.id, "-", "[dim]no event[/dim]", "", "", "", "", "")
        for n, e in enumerate(x.events, 1):
            table.add_row(
                x.article.id, str(n), e.type.sub_event_type, _date(e), _site(e), _actors(e), _killed(e), _claimant(e)
            )
    console.print(table)


def _date(e: Event) -> str:
    if isinstance(e.date, Missing):
        return "?"
    return e.date.start.isoformat() if e.date.start == e.date.end else f"{e.date.start}..{e.date.end}"


def _site(e: Event) -> str:
    for p in e.places:
        if p.role in (PlaceRole.SITE, PlaceRole.NEAR) and isinstance(p.location, Location):
            return f"{p.location.name}, {p.location.country or '?'}"
    return "?"


def _actors(e: Event) -> str:
    return " vs ".join(a.name for a in e.actors) or "?"


def _killed(e: Event) -> str:
    if isinstance(e.fatalities, Missing):
        return ""
    f = e.fatalities
    return f"{f.qualifier + ' ' if f.qualifier else ''}{f.value}"


def _claimant(e: Event) -> str:
    main = e.main_claim()
    return f"{main.claimant.name} ({main.claimant.type.value})" if main else ""
