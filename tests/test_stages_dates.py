"""Time resolution against the publication date (stages/dates.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.stages.dates import find_time_expressions, publication_day, year_from_text

D = dt.date
THU = D(2017, 6, 1)  # a Thursday (checked below)
SUN = D(2017, 6, 4)
MON = D(2017, 6, 5)
MID = D(2017, 6, 20)
NEW_YEAR = D(2024, 1, 2)  # a Tuesday
DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def test_reference_weekdays():
    names = [d.strftime("%A") for d in (THU, SUN, MON, NEW_YEAR)]
    assert names == ["Thursday", "Sunday", "Monday", "Tuesday"]


def only(text: str, ref: dt.date | None):
    found = find_time_expressions(text, ref)
    assert len(found) == 1, found
    return found[0]


CASES = [
    # weekdays: the latest such day on or before publication
    ("told reporters on Thursday", THU, D(2017, 6, 1), D(2017, 6, 1), 1),
    ("the strike on Thursday night killed four", THU, D(2017, 6, 1), D(2017, 6, 1), 1),
    ("shelling late on Friday", THU, D(2017, 5, 26), D(2017, 5, 26), 1),
    ("clashes broke out early Monday", THU, D(2017, 5, 29), D(2017, 5, 29), 1),
    ("on Monday morning a car bomb", THU, D(2017, 5, 29), D(2017, 5, 29), 1),
    ("the ministry said Wednesday", THU, D(2017, 5, 31), D(2017, 5, 31), 1),
    ("last Thursday", THU, D(2017, 5, 25), D(2017, 5, 25), 1),
    ("Saturday's attack", SUN, D(2017, 6, 3), D(2017, 6, 3), 1),
    # nights: explicit two-day intervals
    ("airstrikes overnight", THU, D(2017, 5, 31), D(2017, 6, 1), 1),
    ("drones hit the city overnight into Sunday", THU, D(2017, 5, 27), D(2017, 5, 28), 1),
    ("overnight between Saturday and Sunday", SUN, D(2017, 6, 3), D(2017, 6, 4), 1),
    ("the night of May 31 to June 1", THU, D(2017, 5, 31), D(2017, 6, 1), 1),
    ("During the night of May 31 to June 1, shelling", THU, D(2017, 5, 31), D(2017, 6, 1), 1),
    ("the night from Saturday to Sunday", SUN, D(2017, 6, 3), D(2017, 6, 4), 1),
    ("Saturday night into Sunday", MON, D(2017, 6, 3), D(2017, 6, 4), 1),
    ("the night of December 31 to January 1", NEW_YEAR, D(2023, 12, 31), D(2024, 1, 1), 1),
    # relative to publication
    ("yesterday", THU, D(2017, 5, 31), D(2017, 5, 31), 1),
    ("Yesterday afternoon", THU, D(2017, 5, 31), D(2017, 5, 31), 1),
    ("the day before yesterday", THU, D(2017, 5, 30), D(2017, 5, 30), 1),
    ("today", THU, D(2017, 6, 1), D(2017, 6, 1), 1),
    ("this morning", THU, D(2017, 6, 1), D(2017, 6, 1), 1),
    ("tonight", THU, D(2017, 6, 1), D(2017, 6, 1), 1),
    ("last night", THU, D(2017, 5, 31), D(2017, 6, 1), 1),
    ("two days ago", THU, D(2017, 5, 30), D(2017, 5, 30), 1),
    ("48 hours ago", THU, D(2017, 5, 30), D(2017, 5, 30), 1),
    ("a week ago", THU, D(2017, 5, 25), D(2017, 5, 25), 2),
    ("three weeks ago", THU, D(2017, 5, 11), D(2017, 5, 11), 2),
    ("two months ago", THU, D(2017, 4, 1), D(2017, 4, 1), 3),
    ("in the past 24 hours", THU, D(2017, 5, 31), D(2017, 6, 1), 1),
    ("over the last three days", THU, D(2017, 5, 29), D(2017, 6, 1), 2),
    # weeks, weekends, months, years
    ("last week", THU, D(2017, 5, 22), D(2017, 5, 28), 2),
    ("this week", THU, D(2017, 5, 29), D(2017, 6, 1), 2),
    ("earlier this week", THU, D(2017, 5, 29), D(2017, 5, 31), 2),  # "earlier": before publication
    ("earlier this week", MON, D(2017, 6, 5), D(2017, 6, 5), 2),
    ("over the past week", THU, D(2017, 5, 25), D(2017, 6, 1), 2),
    ("over the weekend", MON, D(2017, 6, 3), D(2017, 6, 4), 2),
    ("last weekend", SUN, D(2017, 5, 27), D(2017, 5, 28), 2),
    ("last month", THU, D(2017, 5, 1), D(2017, 5, 31), 3),
    ("earlier this month", MID, D(2017, 6, 1), D(2017, 6, 19), 3),
    ("this month", MID, D(2017, 6, 1), D(2017, 6, 20), 3),
    ("last year", THU, D(2016, 1, 1), D(2016, 12, 31), 3),
    ("earlier this year", THU, D(2017, 1, 1), D(2017, 5, 31), 3),
    ("in March", THU, D(2017, 3, 1), D(2017, 3, 31), 3),
    ("in March", NEW_YEAR, D(2023, 3, 1), D(2023, 3, 31), 3),
    ("in early March", THU, D(2017, 3, 1), D(2017, 3, 10), 3),
    ("in mid-March", THU, D(2017, 3, 11), D(2017, 3, 20), 3),
    ("late February", NEW_YEAR, D(2023, 2, 21), D(2023, 2, 28), 3),
    ("in June", MID, D(2017, 6, 1), D(2017, 6, 20), 3),
    ("in late June", THU, D(2016, 6, 21), D(2016, 6, 30), 3),
    ("in May 2016", THU, D(2016, 5, 1), D(2016, 5, 31), 3),
    ("in 2015", THU, D(2015, 1, 1), D(2015, 12, 31), 3),
    # explicit days
    ("on May 25", THU, D(2017, 5, 25), D(2017, 5, 25), 1),
    ("25 May", THU, D(2017, 5, 25), D(2017, 5, 25), 1),
    ("May 25, 2017", THU, D(2017, 5, 25), D(2017, 5, 25), 1),
    ("25 May 2017", THU, D(2017, 5, 25), D(2017, 5, 25), 1),
    ("2017-05-25", THU, D(2017, 5, 25), D(2017, 5, 25), 1),
    ("on 3 March", THU, D(2017, 3, 3), D(2017, 3, 3), 1),
    ("the 3rd of March", THU, D(2017, 3, 3), D(2017, 3, 3), 1),
    ("on Aug. 5", THU, D(2016, 8, 5), D(2016, 8, 5), 1),
    ("on Thursday, May 25", THU, D(2017, 5, 25), D(2017, 5, 25), 1),
    ("December 30", NEW_YEAR, D(2023, 12, 30), D(2023, 12, 30), 1),
    ("on June 2", THU, D(2017, 6, 2), D(2017, 6, 2), 1),  # publication + 1 day: time zones
    # a few days past publication: a note filed early (or dated late by its feed), not a year back
    ("on June 3", THU, D(2017, 6, 3), D(2017, 6, 3), 1),
    ("on Thursday 8 June", THU, D(2017, 6, 8), D(2017, 6, 8), 1),
    ("on June 9", THU, D(2016, 6, 9), D(2016, 6, 9), 1),  # more than a week ahead: last year's
    ("on the 14th, when", THU, D(2017, 5, 14), D(2017, 5, 14), 1),
    ("between March 3 and 5", THU, D(2017, 3, 3), D(2017, 3, 5), 2),
    ("from 3 to 5 March", THU, D(2017, 3, 3), D(2017, 3, 5), 2),
    ("March 3-5", THU, D(2017, 3, 3), D(2017, 3, 5), 2),
    ("between May 31 and June 1", THU, D(2017, 5, 31), D(2017, 6, 1), 1),
    ("from May 1 to May 20", THU, D(2017, 5, 1), D(2017, 5, 20), 3),
    ("from Monday to Wednesday", THU, D(2017, 5, 29), D(2017, 5, 31), 2),
    ("from December 30 to January 2", NEW_YEAR, D(2023, 12, 30), D(2024, 1, 2), 2),
    ("from 28 to 2 June", THU, D(2017, 5, 28), D(2017, 6, 2), 2),
    # since: up to publication
    ("since Monday", THU, D(2017, 5, 29), D(2017, 6, 1), 2),
    ("since May 25", THU, D(2017, 5, 25), D(2017, 6, 1), 3),
    ("fighting since 2015", THU, D(2015, 1, 1), D(2017, 6, 1), 3),
    # no publication date: only what carries its own year
    ("May 25, 2017", None, D(2017, 5, 25), D(2017, 5, 25), 1),
    ("2017-05-25", None, D(2017, 5, 25), D(2017, 5, 25), 1),
    ("between 3 and 5 March 2017", None, D(2017, 3, 3), D(2017, 3, 5), 2),
    ("in May 2016", None, D(2016, 5, 1), D(2016, 5, 31), 3),
    ("in 2015", None, D(2015, 1, 1), D(2015, 12, 31), 3),
]


@pytest.mark.parametrize(("text", "ref", "start", "end", "precision"), CASES)
def test_resolves(text, ref, start, end, precision):
    found = only(text, ref)
    assert (found.start, found.end, found.time_precision) == (start, end, precision)


NOTHING = [
    "a 24-hour ceasefire",
    "the 9/11 attacks",
    "the Sept. 11 attacks",
    "the 2015 agreement",
    "a 25-year-old man",
    "they may attack the base",
    "May God protect them",
    "Theresa May said",
    "the march on the capital",
    "protesters march to parliament",
    "The March on the capital drew thousands",
    "at 10 p.m.",
    "killed between 20 and 30 people",
    "10-15 fighters",
    "the 5th Brigade",
    "on the 14th day of the siege",
    "a Good Friday service",
    "the Sunday Times reported",
    "talks next Monday",
    "USA Today reported",
    "the weekly market",
    # days that name a place or a movement
    "shelled the July 7 neighbourhood",
    "the 26 July Street",
    "rebels of the March 23 Movement",
    "in the October 6 district",
    "at 6th October Bridge",
]


@pytest.mark.parametrize("text", NOTHING)
def test_not_a_time(text):
    assert find_time_expressions(text, THU) == []


@pytest.mark.parametrize(
    "text", ["on Thursday", "on May 25", "yesterday", "last week", "overnight", "in March", "since 2015"]
)
def test_needs_a_reference(text):
    assert find_time_expressions(text, None) == []


@pytest.mark.parametrize("ref", [D(2017, 5, 29) + dt.timedelta(days=n) for n in range(14)])
@pytest.mark.parametrize("weekday", range(7))
def test_weekday_is_latest_on_or_before_reference(ref, weekday):
    found = only(f"on {DAY_NAMES[weekday]}", ref)
    assert found.start == found.end
    assert found.start.weekday() == weekday
    assert ref - dt.timedelta(days=7) < found.start <= ref


@pytest.mark.parametrize(
    ("text", "ref", "date_prec"),
    [
        ("on Thursday", THU, 1),
        ("the night of May 31 to June 1", THU, 2),
        ("between March 3 and 5", THU, 2),
        ("last week", THU, 3),
        ("last month", THU, 4),
        ("in 2015", THU, 5),
    ],
)
def test_ucdp_precision(text, ref, date_prec):
    assert only(text, ref).date_prec == date_prec


@pytest.mark.parametrize("text", [case[0] for case in CASES] + NOTHING)
def test_prefilter_hides_nothing(text, monkeypatch):
    expected = find_time_expressions(text, THU)
    monkeypatch.setattr("eventwire.stages.dates._features", lambda segment: -1)  # every rule runs
    assert find_time_expressions(text, THU) == expected


def test_span_quotes_the_text_and_takes_in_a_clock_time():
    text = "Witnesses said the blast came at 10 p.m. on Thursday, near the market."
    found = only(text, THU)
    assert found.span is not None
    assert found.span.text == "at 10 p.m. on Thursday"
    assert text[found.span.start : found.span.end] == found.span.text


def test_several_in_text_order():
    text = "Shelling began on May 25 and resumed overnight between Saturday and Sunday, and again yesterday."
    found = find_time_expressions(text, THU)
    assert [(f.start, f.end) for f in found] == [
        (D(2017, 5, 25), D(2017, 5, 25)),
        (D(2017, 5, 27), D(2017, 5, 28)),
        (D(2017, 5, 31), D(2017, 5, 31)),
    ]
    assert [f.span.text for f in found if f.span] == [
        "on May 25",
        "overnight between Saturday and Sunday",
        "yesterday",
    ]


def test_window_offsets_are_into_the_full_text():
    text = "On May 25 rebels attacked. On Thursday troops returned."
    second = text.index("On Thursday")
    found = find_time_expressions(text, THU, start=second)
    assert len(found) == 1
    assert found[0].span is not None
    assert (found[0].span.start, found[0].span.text) == (second, "On Thursday")
    assert found[0].start == THU


def test_basis_says_how():
    assert only("on Thursday", THU).basis == "weekday before publication"
    assert only("May 25, 2017", None).basis == "explicit date"


def test_publication_day():
    day = publication_day(THU)
    assert (day.start, day.end, day.time_precision, day.date_prec) == (THU, THU, 1, 1)
    assert day.basis == "publication date"
    assert day.span is None


@pytest.mark.issue(5)
@pytest.mark.parametrize(
    ("text", "month", "day", "expected", "basis"),
    [
        (
            "2015-03-B-117\nFor release\n\nHERAT, Afghanistan (March 4)\nPolice detained two men.",
            3,
            4,
            dt.date(2015, 3, 4),
            "release number 2015-03-B-117",
        ),
        (
            "2014-01-S-002\n\nKABUL, Afghanistan (Dec. 31)\nA patrol found a weapons cache.",
            12,
            31,
            dt.date(2013, 12, 31),
            "release number 2014-01-S-002",
        ),
        (
            "Morning update, Feb. 9, 2012\n\nKANDAHAR (Feb. 9)\nTroops cleared a road.",
            2,
            9,
            dt.date(2012, 2, 9),
            "'Feb. 9, 2012'",
        ),
    ],
)
def test_stages_dates_a_day_without_its_year_takes_it_from_the_text(
    text: str, month: int, day: int, expected: dt.date, basis: str
) -> None:
    found = year_from_text(text, month, day)
    assert found is not None and found.date == expected and basis in found.basis


@pytest.mark.issue(5)
def test_stages_dates_a_day_without_its_year_stays_undated_when_the_text_gives_none() -> None:
    assert year_from_text("KABUL, Afghanistan (Dec. 13)\nA patrol detained a suspect today.", 12, 13) is None
    # a number from another time is no year for this day: it stays undated rather than guessed
    assert year_from_text("2011-07-S-001\n\nKABUL, Afghanistan (Dec. 13)\nA patrol met elders.", 12, 13) is None
