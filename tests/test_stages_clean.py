"""stages.clean: the canonical text, its title and lead, and the dateline."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from eventwire.errors import Rejected
from eventwire.records.article import ArticleInput, content_hash
from eventwire.stages.clean import clean, find_dateline, normalise, resolve_year, strip_boilerplate

SEED = Path(__file__).resolve().parents[2] / "shared" / "seeds" / "000_b972df7c5ed4e2b0.txt"

LEAD = (
    "ARNOR, May 3 (Ledger Wire) - Gondor forces shelled three villages north of the river on "
    "Tuesday, killing at least four civilians, a local official said."
)
SECOND = "The official said two houses and a school were destroyed in the shelling, which lasted for more than an hour."

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Convoy ambushed near Ardenford | The Northern Ledger</title>
<meta property="og:site_name" content="The Northern Ledger">
<meta property="article:published_time" content="2024-03-14T08:00:00Z">
</head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
<li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li></ul></nav></header>
<main><article>
<h1>Convoy ambushed near Ardenford</h1>
<p>ARDENFORD, March 13 (Ledger Wire) - Gunmen from the Gondor Liberation Front ambushed a convoy of the
Arnor Home Guard near the river crossing on Wednesday, killing at least seven fighters, an official said.</p>
<p>The official, who asked not to be named, said three trucks were destroyed and two more were captured
by the attackers before reinforcements arrived from the garrison in the north.</p>
<p>The Gondor Liberation Front said in a statement that its fighters had acted in response to shelling
of villages earlier in the week, a claim the Home Guard denied.</p>
</article></main>
<aside><h3>Related</h3><ul><li><a href="/x">Weather warning issued for the capital city</a></li></ul></aside>
<footer><p>Subscribe to our newsletter</p><p>Copyright 2024 The Northern Ledger. All rights reserved.</p>
</footer></body></html>
"""


def _article(text: str, **fields: object) -> ArticleInput:
    return ArticleInput(text=text, source_ref="test", **fields)  # type: ignore[arg-type]  # test helper


# --- text normalisation -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("a\r\nb\rc", "a\nb\nc"),
        ("a  \t\nb ", "a\nb"),
        ("a\n\n\n\n\nb", "a\n\nb"),
        ("a\n  \n\t\n \nb", "a\n\nb"),
        ("Cafe\u0301", "Café"),
        ("\n\n  a\n\n", "a"),
        ("\ufeffa\u200bb", "ab"),
        ("a\u2028b", "a\nb"),
        ("Russia’s “claim” – denied", "Russia’s “claim” – denied"),
    ],
)
def test_clean_normalise(raw: str, expected: str) -> None:
    assert normalise(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("All news\n\nBody text here.", "Body text here."),
        ("Skip to content\nHOME | MENU\n\nBody.", "Body."),
        (
            "Body.\n\nShare\nRead more »\nFollow us on Twitter",
            "Body.\n\nShare\nRead more »\nFollow us on Twitter",
        ),
        ("Body.\n\nShare\n\nRead more »\nAdvertisement", "Body."),
        ("Home › News\nBody.", "Body."),
        ("Home › World\nBody.", "Home › World\nBody."),
        ("Homes destroyed\nBody.", "Homes destroyed\nBody."),
        ("Body.\nShare\nMore body.", "Body.\nShare\nMore body."),
        ("* * *\nBody.\nPrint", "Body."),
    ],
)
def test_clean_strip_boilerplate_only_at_the_edges(raw: str, expected: str) -> None:
    assert strip_boilerplate(raw) == expected


# --- title and lead -----------------------------------------------------------------------------


def test_clean_plain_text_title_lead_and_id() -> None:
    text = f"Gondor shells villages in Arnor\n\nA sub-headline without a full stop\n\n{LEAD}\n\n{SECOND}"
    article = clean(_article(text, published=dt.date(2024, 5, 4)))
    assert article.text == text
    assert article.title is not None and article.title.text == "Gondor shells villages in Arnor"
    assert article.lead is not None and article.lead.text == LEAD
    assert article.content_hash == content_hash(text) and article.id == article.content_hash[:16]


def test_clean_separate_title_is_prepended_once() -> None:
    article = clean(_article(f"{LEAD}\n\n{SECOND}", id="a1", title="Villages  shelled\nin Arnor"))
    assert article.id == "a1"
    assert article.text == f"Villages shelled in Arnor\n\n{LEAD}\n\n{SECOND}"
    assert article.title is not None and (article.title.start, article.title.text) == (
        0,
        "Villages shelled in Arnor",
    )
    again = clean(_article(article.text, title="Villages shelled in Arnor"))
    assert again.text == article.text


@pytest.mark.parametrize(
    "first",
    [
        LEAD,  # the dateline paragraph is the lead, not a headline
        "Gondor forces shelled three villages on Tuesday, officials said.",  # a sentence, not a headline
        "x" * 251,
    ],
)
def test_clean_first_paragraph_that_is_not_a_headline(first: str) -> None:
    article = clean(_article(f"{first}\n\n{SECOND}"))
    assert article.title is None


def test_clean_lead_without_dateline_is_first_long_sentence_paragraph() -> None:
    sub = "A sub-headline that runs on for well over one hundred characters and yet it never once ends in a full stop"
    assert len(sub) >= 100
    text = f"Headline about Arnor\n\n{sub}\n\nShort line.\n\n{SECOND}"
    article = clean(_article(text))
    assert article.lead is not None and article.lead.text == SECOND
    assert article.dateline is None


def test_clean_hard_wrapped_paragraph_is_one_paragraph() -> None:
    text = f"Headline about Arnor\n\n{LEAD[:60]}\n{LEAD[61:]}\n\n{SECOND}"
    article = clean(_article(text))
    assert article.lead is not None and article.lead.text == f"{LEAD[:60]}\n{LEAD[61:]}"


@pytest.mark.parametrize(
    "text",
    ["", "   \n\n ", "All news\n\nShare\nRead more", "Two words", "– … —"],
)
def test_clean_rejects_text_with_nothing_usable(text: str) -> None:
    with pytest.raises(Rejected, match="empty after cleaning: the input has no article text"):
        clean(_article(text))


# --- datelines ----------------------------------------------------------------------------------

PUBLISHED = dt.date(2024, 3, 20)


@pytest.mark.parametrize(
    ("span", "place", "date", "outlet"),
    [
        ("MOSCOW, June 1. /TASS/.", "Moscow", dt.date(2023, 6, 1), "TASS"),
        ("KYIV, Ukraine, March 3 (Reuters) -", "Kyiv", dt.date(2024, 3, 3), "Reuters"),
        ("BEIRUT (Reuters) —", "Beirut", None, "Reuters"),
        ("DAMASCUS, May 3 (Xinhua) --", "Damascus", dt.date(2023, 5, 3), "Xinhua"),
        ("Gaza City, 14 March 2024 (AFP) –", "Gaza City", dt.date(2024, 3, 14), "AFP"),
        ("KHARTOUM, April 16 (Wirewatch) -", "Khartoum", dt.date(2023, 4, 16), "Wirewatch"),
        ("MOGADISHU, Somalia —", "Mogadishu", None, None),
        ("ISLAMABAD:", "Islamabad", None, None),
        ("GAZA CITY, March 21 (AP) —", "Gaza City", dt.date(2024, 3, 21), "AP"),
        ("ARDENFORD, Sept. 5 (Ledger) -", "Ardenford", dt.date(2023, 9, 5), "Ledger"),
        ("N'DJAMENA, Jan 2, 2024 -", "N'Djamena", dt.date(2024, 1, 2), None),
    ],
)
def test_clean_dateline_variants(span: str, place: str, date: dt.date | None, outlet: str | None) -> None:
    found = find_dateline(f"{span} Gondor forces advanced.", published=PUBLISHED)
    assert found is not None
    dateline = found.dateline
    assert (dateline.span.text, dateline.place, dateline.date, dateline.outlet) == (span, place, date, outlet)
    assert (dateline.span.start, dateline.span.end) == (0, len(span))


def test_clean_dateline_dash_may_touch_the_text() -> None:
    found = find_dateline("BEIRUT—Gondor forces advanced.")
    assert found is not None and (found.dateline.span.text, found.dateline.place) == ("BEIRUT—", "Beirut")


@pytest.mark.parametrize(
    "text",
    [
        "BREAKING: Gondor forces advance",
        "Officials said — without giving details",
        "The army: a statement",
        "In Moscow, officials said on Tuesday",
        "KHARTOUM-based monitors said",
        "UPDATE 2 - Gondor forces advance",
        "Russia’s Aerospace Force has destroyed",
    ],
)
def test_clean_not_a_dateline(text: str) -> None:
    assert find_dateline(text, published=PUBLISHED) is None


@pytest.mark.parametrize(
    ("month", "day", "published", "expected"),
    [
        (6, 1, dt.date(2017, 6, 1), dt.date(2017, 6, 1)),
        (6, 2, dt.date(2017, 6, 1), dt.date(2017, 6, 2)),  # filed a day "ahead" across time zones
        (6, 3, dt.date(2017, 6, 1), dt.date(2016, 6, 3)),
        (12, 31, dt.date(2025, 1, 1), dt.date(2024, 12, 31)),
        (1, 1, dt.date(2024, 12, 31), dt.date(2025, 1, 1)),
        (2, 29, dt.date(2025, 3, 1), dt.date(2024, 2, 29)),
        (2, 30, dt.date(2025, 3, 1), None),
        (6, 1, None, None),
    ],
)
def test_clean_dateline_year_resolution(
    month: int, day: int, published: dt.date | None, expected: dt.date | None
) -> None:
    assert resolve_year(month, day, published) == expected


def test_clean_dateline_with_year_dates_an_undated_article() -> None:
    text = f"Headline about Gaza\n\nGaza City, 14 March 2024 (AFP) – {SECOND}"
    article = clean(_article(text))
    assert (article.published, article.published_source) == (dt.date(2024, 3, 14), "dateline")


@pytest.mark.parametrize(
    ("published", "expected_date", "expected_source"),
    [(dt.date(2024, 5, 4), dt.date(2024, 5, 3), "input"), (None, None, "none")],
)
def test_clean_dateline_without_year(
    published: dt.date | None, expected_date: dt.date | None, expected_source: str
) -> None:
    article = clean(_article(f"Headline about Arnor\n\n{LEAD}", published=published))
    assert article.dateline is not None and article.dateline.date == expected_date
    assert (article.published, article.published_source) == (published, expected_source)


# --- HTML ---------------------------------------------------------------------------------------


def test_clean_html_extracts_main_text_and_metadata() -> None:
    article = clean(_article(PAGE, id="page", html=True))
    assert article.title is not None and article.title.text == "Convoy ambushed near Ardenford"
    assert article.text.startswith("Convoy ambushed near Ardenford\n\nARDENFORD, March 13 (Ledger Wire) -")
    for crumb in ("Sport", "Subscribe", "Related", "Copyright", "Weather warning"):
        assert crumb not in article.text
    assert "Home" not in article.text.split("\n")
    assert article.outlet == "The Northern Ledger"
    assert (article.published, article.published_source) == (dt.date(2024, 3, 14), "input")
    assert article.dateline is not None and article.dateline.place == "Ardenford"
    assert article.dateline.date == dt.date(2024, 3, 13) and article.dateline.outlet == "Ledger Wire"
    assert article.lead is not None and article.lead.text.startswith("ARDENFORD")


def test_clean_html_given_fields_win_over_page_metadata() -> None:
    item = _article(PAGE, html=True, published=dt.date(2024, 3, 15), outlet="Wire", title="Given title")
    article = clean(item)
    assert (article.published, article.outlet) == (dt.date(2024, 3, 15), "Wire")
    assert article.text.startswith("Given title\n\n")
    assert article.title is not None and article.title.text == "Given title"


def test_clean_html_without_main_text_is_rejected() -> None:
    page = "<html><body><nav><a href='/'>Home</a></nav><footer>Subscribe</footer></body></html>"
    with pytest.raises(Rejected, match="empty after cleaning"):
        clean(_article(page, html=True))


# --- the seed -----------------------------------------------------------------------------------


@pytest.mark.skipif(not SEED.exists(), reason="needs ../shared/seeds beside the repository")
def test_clean_seed_article() -> None:
    raw = SEED.read_text(encoding="utf-8")
    article = clean(_article(raw, id=SEED.stem, published=dt.date(2017, 6, 1)))
    assert not article.text.startswith("All news")
    assert article.title is not None and article.title.start == 0
    assert article.title.text.startswith("Russian Aerospace Force eliminates")
    assert article.dateline is not None
    assert (article.dateline.place, article.dateline.date, article.dateline.outlet) == (
        "Moscow",
        dt.date(2017, 6, 1),
        "TASS",
    )
    assert article.dateline.span.text == "MOSCOW, June 1. /TASS/."
    assert article.lead is not None and article.lead.start == article.dateline.span.start
    assert (article.published, article.published_source) == (dt.date(2017, 6, 1), "input")
    assert article.text == article.text.strip() and "\n\n\n" not in article.text


def test_a_page_date_later_than_the_crawl_is_not_the_publication_date() -> None:
    text = "Clashes in the north\n\nPublished 9 June 2031\n\nFighters attacked a police post on Monday, killing two officers."
    item = ArticleInput(id="x", text=text, retrieved=dt.date(2021, 6, 10))
    article = clean(item)
    assert article.published == dt.date(2021, 6, 10)
    assert article.published_source == "retrieved"
    dated = clean(ArticleInput(id="y", text=text.replace("2031", "2021"), retrieved=dt.date(2021, 6, 10)))
    assert dated.published == dt.date(2021, 6, 9) and dated.published_source == "text"


# A dateline without its year, and no publication date given: the year comes from the text or not at all.
_YEARLESS = """Insurgents detained in Helmand

KABUL, Afghanistan (Sept. 1) - Afghan and coalition forces detained two suspected insurgents in Nad Ali district \
yesterday, officials said.
{tail}"""


def test_a_yearless_dateline_takes_its_year_from_the_release_number_and_says_so() -> None:
    article = clean(ArticleInput(id="r", text=_YEARLESS.format(tail="\nRelease number 2010-09-CA-005")))
    assert article.published == dt.date(2010, 9, 1) and article.published_source == "dateline+year"
    assert article.dateline is not None and "2010-09-CA-005" in (article.dateline.year_basis or "")


def test_a_yearless_dateline_with_nothing_to_date_it_stays_undated() -> None:
    article = clean(ArticleInput(id="r", text=_YEARLESS.format(tail="")))
    assert article.published is None and article.published_source == "none"
    assert article.dateline is not None and article.dateline.date is None and article.dateline.year_basis is None


def test_a_given_publication_date_still_dates_a_yearless_dateline() -> None:
    text = _YEARLESS.format(tail="\nRelease number 2010-09-CA-005")
    article = clean(ArticleInput(id="r", text=text, published=dt.date(2012, 9, 2)))
    assert article.dateline is not None and article.dateline.date == dt.date(2012, 9, 1)
    assert article.dateline.year_basis is None and article.published_source == "input"


# A flattened release: its title opens with the day, its dateline sits after the release heading mid-paragraph.
_RELEASE_TITLED = """Oct. 4: Afghan and Coalition Operations in Southern Afghanistan
Joint Command Afghanistan  2010-10-CA-031  For Immediate Release  In Arghandab last night, a joint force \
detained two suspected insurgents during a search of a compound, officials said."""
_RELEASE_MID = """Joint Command Afghanistan  2010-10-CA-032  For Immediate Release  KANDAHAR, Afghanistan (Oct. 5) - A joint \
force detained three suspected bomb makers in Zhari district yesterday, officials said."""


def test_a_release_titled_by_its_day_is_dated_by_it() -> None:
    """ "Oct. 4: ..." titles the release with its day; the release number gives the year."""
    article = clean(ArticleInput(id="r", text=_RELEASE_TITLED))
    assert article.dateline is not None and article.dateline.date == dt.date(2010, 10, 4)
    assert "2010-10-CA-031" in (article.dateline.year_basis or "")


def test_a_dateline_after_the_release_heading_counts() -> None:
    """ "For Immediate Release  KANDAHAR, Afghanistan (Oct. 5) -": the dateline follows the heading in one paragraph."""
    article = clean(ArticleInput(id="r", text=_RELEASE_MID))
    assert article.dateline is not None and article.dateline.date == dt.date(2010, 10, 5)
    assert article.dateline.place == "Kandahar"


def test_a_headline_opening_with_an_update_number_is_no_date() -> None:
    """Only a month and day before the colon title a release with its day; "Update 3: ..." does not."""
    article = clean(
        ArticleInput(id="r", text="Update 3: clashes go on in the north\n\nFighting went on for a third day.")
    )
    assert article.dateline is None
