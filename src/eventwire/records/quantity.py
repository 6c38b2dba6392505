"""Quantities: victims and materiel, each with bounds and the words behind it."""

from __future__ import annotations

from enum import StrEnum

from eventwire.records.evidence import Record, Span


class QuantityKind(StrEnum):
    KILLED = "killed"
    INJURED = "injured"
    ABDUCTED = "abducted"
    ARRESTED = "arrested"
    DISPLACED = "displaced"


class Quantity(Record):
    """``low``/``high`` bounds of a count; ``high`` is None when open-ended ("more than 80")."""

    kind: QuantityKind
    low: int
    high: int | None
    qualifier: str | None = None
    side: str | None = None
    span: Span
    number_span: Span


class MaterielCategory(StrEnum):
    CAR = "car"
    TRUCK = "truck"
    FUEL_TANKER = "fuel tanker"
    TECHNICAL = "technical"
    ARMOURED_VEHICLE = "armoured vehicle"
    TANK = "tank"
    ARTILLERY = "artillery"
    AIRCRAFT = "aircraft"
    HELICOPTER = "helicopter"
    DRONE = "drone"
    BOAT = "boat"
    BUILDING = "building"
    DEPOT = "depot"
    CONVOY = "convoy"


class Materiel(Record):
    """Materiel destroyed or captured: ``count`` items of ``category``."""

    category: MaterielCategory
    count: int
    status: str
    """destroyed | captured | damaged"""
    span: Span
