"""Clean: ``ArticleInput`` → ``Article``, the one canonical text every later span points into.

Every stage after this one quotes character offsets into ``Article.text``, so this stage fixes
that text once and for all: HTML is reduced to its main text (trafilatura), Unicode and
whitespace are normalised, and navigation crumbs left at the top and bottom ("All news",
"Share", "Read more") are dropped so they never become mentions. Typographic quotes and dashes
are kept as written: attribution and quantity stages read them.

It also finds the parts of a wire story that later stages lean on: the headline (``title``),
the first real paragraph (``lead``) and the dateline ("MOSCOW, June 1. /TASS/."), whose date is
resolved against the publication date because wire datelines omit the year.

Known limits: paragraphs are lines (hard-wrapped text is re-joined only where a line ends
mid-sentence and the next starts in lower case); datelines are recognised in English wire styles
only; the dateline's place is only the name as written, not a geocoded place.
"""

from __future__ import annotations

import datetime as dt
import html as html_lib
import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from eventwire.errors import Rejected
from eventwire.records.article import Article, ArticleInput, Dateline, content_hash
from eventwire.records.evidence import Span
from eventwire.stages.dates import year_from_text

__all__ = [
    "FoundDateline",
    "clean",
    "find_dateline",
    "normalise",
    "paragraphs",
    "resolve_year",
    "strip_boilerplate",
]

EMPTY_REASON = "empty after cleaning: the input has no article text"
MIN_WORDS = 3
MAX_CHARS = 1_000_000  # spaCy's own limit on one text; no news article comes near it
EARLIEST, LATEST = dt.date(1800, 1, 1), dt.date(2200, 12, 31)  # dates outside are typos, and break date arithmetic
# A headline is one line; the longest real ones we have seen are ~200 characters.
MAX_TITLE_CHARS = 250
# A lead paragraph is a sentence or more; shorter first paragraphs are bylines or sub-headlines.
MIN_LEAD_CHARS = 100
# Wire datelines open the story; looking further risks matching a quoted "PLACE:" mid-article.
DATELINE_WINDOW = 400
# A boilerplate line is a crumb, not a sentence.
MAX_BOILERPLATE_CHARS = 80

# Navigation crumbs found alone on the first or last lines of scraped pages. Keep it short:
# every entry is a line we may delete, so only words that are never a whole line of news.
_BOILERPLATE_PHRASES = (
    "skip to main content|skip to content|share this article|related articles|all news|latest news|"
    "read more|follow us|back to top|sign in|log in|advertisement|subscribe|related|share|print|menu|"
    "home|news|email|facebook|twitter|whatsapp|telegram"
).split("|")
_BOILERPLATE = re.compile(
    r"[\W_]*(?:(?:" + "|".join(re.escape(p) for p in _BOILERPLATE_PHRASES) + r")\b[\W_]*)*",
    re.IGNORECASE,
)
_LINE_BREAKS = re.compile(r"\r\n?|[\u2028\u2029\x0b\x0c\x85]")
_INVISIBLE = re.compile(r"[\ufeff\u200b]")
_MANY_NEWLINES = re.compile(r"\n{3,}")
_WORD = re.compile(r"\w+")
_SENTENCE_END = re.compile(r"[a-z0-9)\"”’']\.$")
_TITLE_TAG = re.compile(r"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b\.?"
)
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_CAPS_WORD = r"[A-Z][A-Z'’.\-]*[A-Z.]"
_TITLE_WORD = r"[A-Z][a-z'’]+(?:-[A-Za-z][a-z'’]+)*"
_PARTICLE = r"(?:al|el|ez|es|ad|as|ash|de|del|da|di|du|la|le|of)(?:-[A-Z][a-z'’]+)?"
_PLACE = rf"{_CAPS_WORD}(?:\s+{_CAPS_WORD}){{0,2}}|{_TITLE_WORD}(?:\s+(?:{_TITLE_WORD}|{_PARTICLE})){{0,3}}"
_OUTLET = r"[A-Z][\w&.'’\- ]{0,30}?"
_DASH = r"(?:-{1,2}|[–—])"
_DATELINE = re.compile(
    rf"""
    (?P<place>{_PLACE})
    (?:,\s+(?!{_MONTH})(?P<region>{_PLACE}))?
    (?:,\s+(?P<date>
        (?P<month>{_MONTH})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<year>\d{{4}}))?
      | (?P<day2>\d{{1,2}})\s+(?P<month2>{_MONTH})(?:,?\s+(?P<year2>\d{{4}}))?
    ))?
    (?P<sep>
        \.?\s*/(?P<slash>{_OUTLET})/\.?
      | \s*\((?P<month3>{_MONTH})\s+(?P<day3>\d{{1,2}})(?:,?\s+(?P<year3>\d{{4}}))?\)(?:\s*{_DASH}|:)?
      | \s*\((?P<paren>{_OUTLET})\)(?:\s*{_DASH}|:)?
      | \s*{_DASH}
      | [:.]
    )
    (?:(?<=[–—])|(?=\s|$))  # a dateline ends at a space, or at a dash that may touch the text
    """,
    re.VERBOSE,
)
# All-caps words that open a paragraph with a colon but are not places.
_NOT_PLACES = frozenset(
    "BREAKING UPDATE UPDATED WATCH EXCLUSIVE ANALYSIS LIVE VIDEO PHOTOS OPINION EDITORIAL FILE NOTE "
    "EDITOR'S CORRECTION".split()
)


@dataclass(frozen=True)
class _Source:
    """What we take from the raw input before building the canonical text."""

    body: str
    title: str | None
    published: dt.date | None
    url: str | None
    outlet: str | None


def clean(item: ArticleInput) -> Article:
    """Build the canonical ``Article``; raise ``Rejected`` when no article text remains."""
    source = _from_html(item) if item.html else _Source(item.text, item.title, None, item.url, item.outlet)
    body = strip_boilerplate(normalise(source.body))
    if len(_WORD.findall(body)) < MIN_WORDS:
        raise Rejected(item.source_ref, EMPTY_REASON)
    if len(body) > MAX_CHARS:
        raise Rejected(
            item.source_ref, f"article of {len(body):,} characters after cleaning; the limit is {MAX_CHARS:,}: split it"
        )
    if item.published is not None and not EARLIEST <= item.published <= LATEST:
        raise Rejected(
            item.source_ref, f"publication date {item.published} is outside {EARLIEST}..{LATEST}: check the input"
        )
    text, title_given = _with_title(body, _one_line(source.title))
    published = item.published or _not_after(source.published, item.retrieved)
    parts = _Parts.find(text, title_given, published or item.retrieved)
    near_top = _not_after(_date_near_top(text), item.retrieved)
    dateline = _not_after(parts.dateline_published, item.retrieved)
    digest = content_hash(text)
    return Article(
        id=item.id or digest[:16],
        text=text,
        content_hash=digest,
        title=parts.title,
        lead=parts.lead,
        published=published or dateline or near_top or item.retrieved,
        published_source=_published_source(
            published, dateline, near_top, item.retrieved, year_read=bool(parts.dateline and parts.dateline.year_basis)
        ),
        url=item.url or source.url,
        outlet=item.outlet or source.outlet,
        dateline=parts.dateline,
        source_ref=item.source_ref,
    )


# --- text ---------------------------------------------------------------------------------------


def normalise(text: str) -> str:
    """NFC, ``\\n`` line ends, no trailing spaces, at most one blank line in a row, no outer blanks."""
    text = _INVISIBLE.sub("", _LINE_BREAKS.sub("\n", unicodedata.normalize("NFC", text)))
    text = "\n".join(line.rstrip() for line in text.split("\n"))
    return _MANY_NEWLINES.sub("\n\n", text).strip()


def strip_boilerplate(text: str) -> str:
    """Drop navigation-crumb lines (and blank lines) from the very start and end of ``text``."""
    lines = text.split("\n")
    start, end = 0, len(lines)
    while start < end and _is_crumb(lines[start]):
        start += 1
    while end > start and _is_crumb(lines[end - 1]):
        end -= 1
    return "\n".join(lines[start:end])


def _is_crumb(line: str) -> bool:
    return len(line) <= MAX_BOILERPLATE_CHARS and _BOILERPLATE.fullmatch(line) is not None


def _one_line(title: str | None) -> str | None:
    joined = " ".join(normalise(title).split()) if title else ""
    return joined or None


def _with_title(body: str, title: str | None) -> tuple[str, bool]:
    """Prepend a separately given title unless the body already opens with it."""
    if title is None:
        return body, False
    first_line = body.split("\n", 1)[0]
    if " ".join(first_line.split()).casefold() == title.casefold():
        return body, True
    return f"{title}\n\n{body}", True


# --- HTML ---------------------------------------------------------------------------------------


def _from_html(item: ArticleInput) -> _Source:
    """Main text and metadata of a page; trafilatura puts one paragraph on each line."""
    import trafilatura  # here, not at the top: ~140 ms to import, and plain-text runs never need it

    doc = trafilatura.bare_extraction(
        item.text,
        url=item.url,
        include_comments=False,
        include_tables=False,
        favor_precision=True,
        with_metadata=True,
    )
    found: dict[str, Any] = {} if doc is None else doc if isinstance(doc, dict) else doc.as_dict()
    text = found.get("text") or ""
    if not text.strip():
        raise Rejected(item.source_ref, f"{EMPTY_REASON} (no main text found in the HTML)")
    return _Source(
        body="\n\n".join(line for line in text.split("\n") if line.strip()),
        title=item.title or found.get("title") or _title_tag(item.text),
        published=_iso_date(found.get("date")),
        url=found.get("url"),
        outlet=found.get("sitename"),
    )


def _title_tag(page: str) -> str | None:
    match = _TITLE_TAG.search(page)
    return html_lib.unescape(match.group(1)) if match else None


def _iso_date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


# --- structure: paragraphs, title, lead, dateline -----------------------------------------------


def paragraphs(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each paragraph: a non-blank line, joined with the next when wrapped."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        start, end, pos = pos, pos + len(line), pos + len(line) + 1
        if not line.strip():
            continue
        start += len(line) - len(line.lstrip())
        if spans and spans[-1][1] + 1 == start and _wrapped(text[spans[-1][0] : spans[-1][1]], line):
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    return spans


def _wrapped(previous: str, line: str) -> bool:
    """A hard-wrapped line: the previous one stops mid-sentence and this one goes on in lower case."""
    return previous[-1] not in ".!?:;\"”’')]" and line.lstrip()[0].islower()


@dataclass(frozen=True)
class _Parts:
    """Title, lead and dateline found in the canonical text."""

    title: Span | None
    lead: Span | None
    dateline: Dateline | None
    dateline_published: dt.date | None

    @classmethod
    def find(cls, text: str, title_given: bool, published: dt.date | None) -> _Parts:
        paras = paragraphs(text)
        has_title = title_given or _looks_like_headline(text, paras)
        body = paras[1:] if has_title else paras
        para, found = _first_dateline(text, body, published)
        if found is None:
            found = _released_dateline(text, body, published)
        if found is None and has_title:
            found = _title_date(text, paras[0][0], published)
        lead = para or _lead_paragraph(text, body)
        return cls(
            title=Span.of(text, *paras[0]) if has_title else None,
            lead=Span.of(text, *lead) if lead else None,
            dateline=found.dateline if found else None,
            dateline_published=found.dateline.date if found and found.year_written else None,
        )


def _looks_like_headline(text: str, paras: list[tuple[int, int]]) -> bool:
    start, end = paras[0]
    line = text[start:end]
    return (
        len(paras) > 1
        and len(line) <= MAX_TITLE_CHARS
        and "\n" not in line
        and _SENTENCE_END.search(line) is None
        and find_dateline(line) is None
    )


def _lead_paragraph(text: str, body: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The first paragraph long enough to be a lead, preferring one that ends like a sentence."""
    long_enough = [(s, e) for s, e in body if e - s >= MIN_LEAD_CHARS]
    sentences = [(s, e) for s, e in long_enough if text[e - 1] in ".!?\"”’'"]
    candidates = sentences or long_enough or body
    return candidates[0] if candidates else None


def _first_dateline(
    text: str, body: list[tuple[int, int]], published: dt.date | None
) -> tuple[tuple[int, int] | None, FoundDateline | None]:
    """The first body paragraph near the top that opens with a dateline, and that dateline."""
    window_end = body[0][0] + DATELINE_WINDOW if body else 0
    for start, end in body:
        if start >= window_end:
            break
        found = find_dateline(text, start=start, published=published)
        if found is not None:
            return (start, end), found
    return None, None


# a release's heading before its dateline: "For Immediate Release", or its number "2010-06-CA-074"
_RELEASE_HEAD = re.compile(
    r"\bFor\s+Immediate\s+Release\b[\s/|]*|(?<![\w-])(?:19|20)\d\d-(?:0[1-9]|1[0-2])-[A-Z]{1,4}\s?[-–]\s?\d{1,4}\b[\s/|]*",
    re.IGNORECASE,
)
# a release titled by its day: "June 20: Afghan-ISAF Operations in Eastern Afghanistan"
_TITLE_DATE = re.compile(rf"(?P<month>{_MONTH})\s+(?P<day>\d{{1,2}}):\s")


def _released_dateline(text: str, body: list[tuple[int, int]], published: dt.date | None) -> FoundDateline | None:
    """A dated dateline that follows a release's heading inside a paragraph ("2009-12-CA-063 For Immediate
    Release  Kabul, Afghanistan (Dec. 9) - ..."), where a flattened release puts it."""
    window_end = body[0][0] + DATELINE_WINDOW if body else 0
    for start, end in body:
        if start >= window_end:
            break
        for head in _RELEASE_HEAD.finditer(text, start, end):
            found = find_dateline(text, start=head.end(), published=published)
            if found is not None and found.dateline.date is not None:
                return found
    return None


def _title_date(text: str, start: int, published: dt.date | None) -> FoundDateline | None:
    """The day a release's title opens with ("June 20: ..."), its year from the publication date or the text."""
    match = _TITLE_DATE.match(text, start)
    if match is None:
        return None
    month, day = _MONTHS.index(match["month"][:3].lower()) + 1, int(match["day"])
    date, basis = resolve_year(month, day, published), None
    if date is None and published is None and (found := year_from_text(text, month, day)) is not None:
        date, basis = found.date, found.basis
    if date is None:
        return None
    span = Span.of(text, match.start(), match.end() - 1)
    return FoundDateline(Dateline(span=span, date=date, year_basis=basis), basis is not None)


@dataclass(frozen=True)
class FoundDateline:
    """A dateline, and whether it wrote its year (only then may it date the article)."""

    dateline: Dateline
    year_written: bool


def find_dateline(text: str, *, start: int = 0, published: dt.date | None = None) -> FoundDateline | None:
    """The dateline opening ``text`` at ``start``, or ``None`` if the text does not open with one.

    A date without a year takes the year that puts it on or before the day after ``published``.
    """
    match = _DATELINE.match(text, start)
    if match is None or not _plausible(match):
        return None
    date, year_written = _dateline_date(match, published)
    basis = None
    if date is None and published is None and (month_day := _month_day(match)) is not None:
        found = year_from_text(text, *month_day)  # "KABUL (Sept. 1)" in a release numbered "2010-09-CA-005"
        date, basis = (found.date, found.basis) if found else (None, None)
    dateline = Dateline(
        span=Span.of(text, match.start(), match.end()),
        place=_place_name(match["place"]),
        date=date,
        outlet=(match["slash"] or match["paren"] or "").strip() or None,
        year_basis=basis,
    )
    return FoundDateline(dateline, year_written or basis is not None)


def _plausible(match: re.Match[str]) -> bool:
    """Reject matches that are a sentence's first words rather than a dateline."""
    place, sep = match["place"], match["sep"].strip()
    outlet = match["slash"] or match["paren"]
    if place.split()[0].upper() in _NOT_PLACES:
        return False
    if sep == "." and not match["date"]:
        return False
    if match["month3"] and not place.isupper() and not match["region"]:
        return False
    if not place.isupper():  # "Gaza City, 14 March 2024 (AFP)": title case needs a date or an outlet
        return bool(match["date"] or outlet)
    return True


def _place_name(place: str) -> str:
    """``"GAZA CITY"`` → ``"Gaza City"``; a place already in mixed case is kept as written."""
    return place.title() if place.isupper() else place


def _month_day(match: re.Match[str]) -> tuple[int, int] | None:
    month_name = match["month"] or match["month2"] or match["month3"]
    if month_name is None:
        return None
    return _MONTHS.index(month_name[:3].lower()) + 1, int(match["day"] or match["day2"] or match["day3"])


def _dateline_date(match: re.Match[str], published: dt.date | None) -> tuple[dt.date | None, bool]:
    month_day = _month_day(match)
    if month_day is None:
        return None, False
    month, day = month_day
    year = match["year"] or match["year2"] or match["year3"]
    if year is not None:
        return _date_or_none(int(year), month, day), True
    return resolve_year(month, day, published), False


def resolve_year(month: int, day: int, published: dt.date | None) -> dt.date | None:
    """The date ``month``/``day`` on or before ``published`` + 1 day; ``None`` without ``published``."""
    if published is None:
        return None
    latest = published + dt.timedelta(days=1)
    for year in (latest.year, latest.year - 1):
        date = _date_or_none(year, month, day)
        if date is not None and date <= latest:
            return date
    return None


def _date_or_none(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _published_source(
    published: dt.date | None,
    from_dateline: dt.date | None,
    from_text: dt.date | None,
    retrieved: dt.date | None,
    *,
    year_read: bool = False,
) -> str:
    if published is not None:
        return "input"
    if from_dateline is not None:
        return "dateline+year" if year_read else "dateline"
    if from_text is not None:
        return "text"
    return "retrieved" if retrieved is not None else "none"


def _not_after(date: dt.date | None, retrieved: dt.date | None) -> dt.date | None:
    """A date found in the page, unless it is later than the day the page was fetched (then it is not
    the publication date: a page cannot be published after it was crawled)."""
    if date is None or retrieved is None or date <= retrieved:
        return date
    return None


_FULL_DATE = re.compile(
    rf"\b(?:(?P<day>\d{{1,2}})\s+(?P<month>{_MONTH})|(?P<month2>{_MONTH})\s+(?P<day2>\d{{1,2}}),?)\s+(?P<year>(?:19|20)\d\d)\b"
)
TOP_OF_ARTICLE = 400  # characters where a page prints its own date ("Date of publication 2 October 2016")


def _date_near_top(text: str) -> dt.date | None:
    """A full date (with its year) near the top of an article that came without a publication date."""
    m = _FULL_DATE.search(text, 0, TOP_OF_ARTICLE)
    if m is None:
        return None
    month = _MONTHS.index((m["month"] or m["month2"])[:3].lower()) + 1
    return _date_or_none(int(m["year"]), month, int(m["day"] or m["day2"]))
