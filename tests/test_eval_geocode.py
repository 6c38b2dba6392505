"""The geocoding evaluation: corpus readers on small corpora written here, scoring, and the
real corpora when ../shared is beside the checkout."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.errors import InputError
from eventwire.evaluation import geocode
from eventwire.evaluation.split import part_of

SHARED = Path(__file__).resolve().parents[1].parent / "shared"

TEXT = "Shelling hit Aleppo and Homs in Syria. Residents of Springfield, Illinois, sent aid."

LGL = f"""<?xml version="1.0" encoding="utf-8"?>
<articles>
  <article docid="101">
    <text><![CDATA[{TEXT}]]></text>
    <toponyms>
      <toponym><start>13</start><end>19</end><phrase>Aleppo</phrase>
        <gaztag geonameid="170063"><lat>36.20124</lat><lon>37.16117</lon></gaztag></toponym>
      <toponym><start>24</start><end>28</end><phrase>Homs</phrase>
        <gaztag geonameid="169577"><lat>34.72682</lat><lon>36.72339</lon></gaztag></toponym>
      <toponym><start>52</start><end>63</end><phrase>Springfield</phrase>
        <gaztag geonameid="4250542"><lat>39.80172</lat><lon>-89.64371</lon></gaztag></toponym>
      <toponym><start>65</start><end>73</end><phrase>Illinois</phrase></toponym>
    </toponyms>
  </article>
</articles>
"""

GWN = f"""<?xml version="1.0" ?>
<articles>
  <article file="7">
    <text>{TEXT}</text>
    <toponyms>
      <toponym><extractedName>Aleppo</extractedName><type>Literal</type><nonLocational>No</nonLocational>
        <start>13</start><end>19</end><geonamesID>170063</geonamesID>
        <latitude>36.20124</latitude><longitude>37.16117</longitude></toponym>
      <toponym><extractedName>Residents</extractedName><type>Non_Lit_Expression</type>
        <nonLocational>Yes</nonLocational><start>39</start><end>48</end></toponym>
      <toponym><extractedName>Homs</extractedName><type>Literal</type><nonLocational>No</nonLocational>
        <start>24</start><end>28</end><geonamesID/><latitude>34.7</latitude><longitude>36.7</longitude></toponym>
    </toponyms>
  </article>
</articles>
"""

GEOVIRUS = f"""<articles>
  <article>
    <source>https://example.org/outbreak</source>
    <text>{TEXT}</text>
    <locations>
      <location><name>Homs</name><start>24</start><end>28</end><lat>34.73</lat><lon>36.72</lon></location>
      <!-- <location><name>Syria</name><start>32</start><end>37</end><lat>35</lat><lon>38</lon></location> -->
    </locations>
  </article>
</articles>
"""


def write(tmp_path: Path, relative: str, content: str) -> Path:
    path = tmp_path / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(content, "utf-8")
    return tmp_path


def test_lgl_reader_keeps_toponyms_with_coordinates(tmp_path):
    folder = write(tmp_path, "Corpora/lgl.xml", LGL)
    [doc] = geocode.read_corpus(geocode.corpus_path(folder, "lgl"), "lgl")
    assert doc.id == "101"
    assert [t.text for t in doc.toponyms] == ["Aleppo", "Homs", "Springfield"]  # Illinois has no gaztag
    assert doc.toponyms[0].geonameid == 170063


def test_gwn_reader_scores_toponyms_with_a_geonames_id(tmp_path):
    folder = write(tmp_path, "GWN.xml", GWN)
    [doc] = geocode.read_corpus(geocode.corpus_path(folder, "gwn"), "gwn")
    assert (doc.id, [t.text for t in doc.toponyms]) == ("7", ["Aleppo"])


def test_geovirus_reader_skips_commented_entries(tmp_path):
    folder = write(tmp_path, "Corpora/GeoVirus.xml", GEOVIRUS)
    [doc] = geocode.read_corpus(geocode.corpus_path(folder, "geovirus"), "geovirus")
    assert doc.id == "https://example.org/outbreak" and [t.text for t in doc.toponyms] == ["Homs"]


def test_resolution_given_gold_spans_is_scored(tmp_path):
    folder = write(tmp_path, "Corpora/lgl.xml", LGL)
    report = geocode.evaluate(data=folder, corpus="lgl", end_to_end=False)
    assert report.dataset == "geocode:lgl" and report.items == 3
    assert report.metrics["accuracy_161km"] == 1.0
    assert report.metrics["exact_match"] == 1.0  # same GeoNames ids
    assert report.metrics["missing_rate"] == 0.0


def test_split_keeps_only_that_part(tmp_path):
    folder = write(tmp_path, "Corpora/lgl.xml", LGL)
    part = part_of("geocode:lgl", "101")
    other = "test" if part == "dev" else "dev"
    assert geocode.evaluate(data=folder, corpus="lgl", split=part, end_to_end=False).items == 3
    assert geocode.evaluate(data=folder, corpus="lgl", split=other, end_to_end=False).items == 0


def test_absent_data_says_how_to_pass_it(tmp_path):
    with pytest.raises(InputError, match="--data"):
        geocode.evaluate(data=tmp_path / "nowhere", corpus="gwn")


def test_unknown_corpus_is_refused():
    with pytest.raises(InputError, match="gwn, lgl, trnews, geovirus"):
        geocode.evaluate(corpus="wiktor")


def test_broken_xml_names_the_file(tmp_path):
    folder = write(tmp_path, "Corpora/lgl.xml", "<articles><article>")
    with pytest.raises(InputError, match="lgl.xml"):
        geocode.evaluate(data=folder, corpus="lgl", end_to_end=False)


@pytest.mark.skipif(not (SHARED / "data" / "geoparsing-gritta").exists(), reason="../shared data absent")
def test_real_gwn_sample_resolves_most_toponyms():
    report = geocode.evaluate(corpus="gwn", split="dev", limit=10, end_to_end=False)
    assert report.items > 50
    assert report.metrics["accuracy_161km"] >= 0.7
