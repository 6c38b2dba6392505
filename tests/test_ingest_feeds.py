"""eventwire.ingest, RSS and Atom feed files: one article per entry; an entry without text is quarantined alone."""

from __future__ import annotations

import datetime as dt
import gzip
from pathlib import Path

import pytest

from eventwire.ingest import read_inputs
from eventwire.records.article import ArticleInput
from eventwire.records.quarantine import Quarantined
from eventwire.stages.clean import clean

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
  <title>Ledger Wire</title>
  <link>https://ledger.example/</link>
  <item>
    <title>Gondor shells villages &amp; roads</title>
    <link>https://ledger.example/news/1</link>
    <guid isPermaLink="false">ledger-0001</guid>
    <pubDate>Tue, 03 May 2022 01:30:00 +0300</pubDate>
    <description>Short teaser.</description>
    <content:encoded><![CDATA[<p>ARNOR, May 3 (Ledger Wire) - Gondor forces shelled the northern villages
      on Tuesday, a local official said.</p><p>Rohan denied any part in it.</p><script>track()</script>]]></content:encoded>
  </item>
  <item>
    <title>Headline only, no body</title>
    <link>https://ledger.example/news/2</link>
  </item>
  <item>
    <description>Fighting in Arnor continued near the river crossing &amp; the bridge.</description>
    <pubDate>not a date at all</pubDate>
  </item>
  <item>
    <guid isPermaLink="false">ledger-0001</guid>
    <description>A second story that reuses the first guid.</description>
  </item>
</channel>
</rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title type="html">Arnor &lt;i&gt;Courier&lt;/i&gt;</title>
  <id>urn:example:courier</id>
  <updated>2022-05-04T10:00:00Z</updated>
  <entry>
    <title type="html">Gondor &lt;b&gt;advances&lt;/b&gt; on Tharbad</title>
    <id>tag:courier.example,2022:1</id>
    <link href="https://courier.example/1"/>
    <published>2022-05-03T23:30:00-02:00</published>
    <updated>2022-05-04T08:00:00Z</updated>
    <summary>Summary only.</summary>
    <content type="html">&lt;p&gt;Gondor forces advanced on Tharbad overnight, residents said.&lt;/p&gt;</content>
  </entry>
  <entry>
    <title>Plain</title>
    <id>tag:courier.example,2022:2</id>
    <updated>2022-05-05T08:00:00Z</updated>
    <content type="text">Rohan riders were seen near Edoras on Thursday.</content>
  </entry>
</feed>
"""

RDF = """<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
  <channel rdf:about="https://ledger.example/"><title>Ledger 1.0</title></channel>
  <item rdf:about="https://ledger.example/r1">
    <title>RDF item</title><link>https://ledger.example/r1</link>
    <description>Gondor and Rohan signed a truce in Arnor.</description>
  </item>
</rdf:RDF>
"""


def _read(*paths: Path, **kwargs: object) -> list[ArticleInput | Quarantined]:
    return list(read_inputs([str(p) for p in paths], **kwargs))  # type: ignore[arg-type]  # kwargs typed loosely


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_ingest_rss_entries_become_articles_and_a_bodyless_entry_is_quarantined(tmp_path: Path) -> None:
    path = _write(tmp_path / "ledger.rss", RSS)
    first, headline_only, plain, reused = _read(path, published=dt.date(2020, 1, 1))
    assert isinstance(first, ArticleInput)
    assert (first.id, first.url, first.title, first.outlet) == (
        "ledger-0001",
        "https://ledger.example/news/1",
        "Gondor shells villages & roads",
        "Ledger Wire",
    )
    assert first.published == dt.date(2022, 5, 3)  # the date as the outlet wrote it, not moved to UTC (May 2)
    assert first.html and "Gondor forces shelled" in first.text and "track()" not in first.text
    assert first.source_ref == f"{path} entry 1"
    assert isinstance(headline_only, Quarantined)
    assert (headline_only.source, headline_only.position, headline_only.stage) == (str(path), "entry 2", "read")
    assert "entry 2 ('Headline only, no body') has no text" in headline_only.reason
    assert isinstance(plain, ArticleInput) and not plain.html
    assert plain.text == "Fighting in Arnor continued near the river crossing & the bridge."
    assert plain.published == dt.date(2020, 1, 1)  # unreadable date: the caller's default
    assert plain.id == "ledger-entry-3"  # no guid, no link: its place in the file
    assert isinstance(reused, ArticleInput) and reused.id == "ledger-0001#2"


def test_ingest_feed_ids_are_the_same_on_every_read(tmp_path: Path) -> None:
    path = _write(tmp_path / "ledger.rss", RSS)
    ids = [[getattr(i, "id", None) for i in _read(path)] for _ in range(2)]
    assert ids[0] == ids[1]
    found = [i for i in ids[0] if i is not None]
    assert len(found) == len(set(found))


def test_ingest_atom_prefers_content_and_published_date(tmp_path: Path) -> None:
    path = _write(tmp_path / "courier.atom", ATOM)
    html_entry, text_entry = _read(path)
    assert isinstance(html_entry, ArticleInput) and isinstance(text_entry, ArticleInput)
    assert html_entry.id == "tag:courier.example,2022:1" and html_entry.url == "https://courier.example/1"
    assert html_entry.title == "Gondor advances on Tharbad" and html_entry.outlet == "Arnor Courier"
    assert html_entry.published == dt.date(2022, 5, 3)  # published, as written, before updated
    assert html_entry.html and "advanced on Tharbad" in html_entry.text and "Summary only" not in html_entry.text
    assert not text_entry.html and text_entry.text == "Rohan riders were seen near Edoras on Thursday."
    assert text_entry.published == dt.date(2022, 5, 5)  # updated, when that is all there is


def test_ingest_feed_html_entry_survives_the_clean_stage(tmp_path: Path) -> None:
    """A feed body is a fragment of HTML; the clean stage must still find its text."""
    [entry, _] = _read(_write(tmp_path / "courier.atom", ATOM))
    assert isinstance(entry, ArticleInput)
    article = clean(entry)
    assert article.text == "Gondor advances on Tharbad\n\nGondor forces advanced on Tharbad overnight, residents said."


@pytest.mark.parametrize(("name", "content"), [("ledger.xml", RSS), ("courier.xml", ATOM), ("ledger10.xml", RDF)])
def test_ingest_xml_is_read_as_a_feed_when_its_root_is_one(tmp_path: Path, name: str, content: str) -> None:
    items = _read(_write(tmp_path / name, content))
    assert any(isinstance(i, ArticleInput) for i in items)


def test_ingest_xml_feed_is_recognised_despite_blank_lines_and_a_later_fault(tmp_path: Path) -> None:
    sloppy = "\n\n" + RSS.replace("Short teaser.", "Fish & chips")  # a bare "&" is not well-formed XML
    items = _read(_write(tmp_path / "sloppy.xml", sloppy))
    assert isinstance(items[0], ArticleInput) and items[0].id == "ledger-0001"


def test_ingest_rdf_feed(tmp_path: Path) -> None:
    [item] = _read(_write(tmp_path / "ledger.rdf.xml", RDF))
    assert isinstance(item, ArticleInput)
    assert (item.id, item.outlet, item.text) == (
        "https://ledger.example/r1",
        "Ledger 1.0",
        "Gondor and Rohan signed a truce in Arnor.",
    )


def test_ingest_gzipped_feed(tmp_path: Path) -> None:
    path = tmp_path / "ledger.rss.gz"
    path.write_bytes(gzip.compress(RSS.encode()))
    assert [type(i).__name__ for i in _read(path)] == ["ArticleInput", "Quarantined", "ArticleInput", "ArticleInput"]


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("sitemap.xml", '<?xml version="1.0"?><urlset><url/></urlset>', "XML whose root element is <urlset>"),
        ("broken.xml", "this is not XML", "not well-formed XML"),
        ("garbage.rss", "<<<not a feed", "not a readable RSS or Atom feed"),
        ("empty.atom", '<feed xmlns="http://www.w3.org/2005/Atom"><title>x</title></feed>', "the feed has no entries"),
    ],
)
def test_ingest_bad_feed_file_is_quarantined(tmp_path: Path, name: str, content: str, expected: str) -> None:
    [item] = _read(_write(tmp_path / name, content))
    assert isinstance(item, Quarantined) and item.source == str(tmp_path / name) and expected in item.reason
