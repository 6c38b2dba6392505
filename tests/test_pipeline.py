"""The pipeline's error policy: in a batch, a bad article is set aside with its reason and the rest goes on."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.errors import Rejected
from eventwire.records import ArticleInput, Extraction, Quarantined

GOOD = "Gunmen killed three villagers in the village of Osgiliath on Monday, residents said."


def test_pipeline_batch_quarantines_the_bad_article_and_keeps_order(pipeline) -> None:
    items = [
        ArticleInput(id="a", text=GOOD, published=dt.date(2024, 3, 14)),
        ArticleInput(id="huge", text="word " * 210_000),
        ArticleInput(id="old", text=GOOD, published=dt.date(1, 1, 1)),
        ArticleInput(id="b", text=GOOD, published=dt.date(2024, 3, 14)),
    ]
    results = list(pipeline.extract_many(items))
    assert [type(r) for r in results] == [Extraction, Quarantined, Quarantined, Extraction]
    assert "limit" in results[1].reason and "outside" in results[2].reason


@pytest.mark.parametrize(
    "text",
    [
        "Fighting erupted,\u00a0, the governor, said twelve soldiers were killed.",
        "x" + "!" * 5000 + " Rebels attacked the town.",
        "The Aleppo-based group said its fighters shelled the town, killing two.",
    ],
)
def test_pipeline_odd_text_does_not_crash(pipeline, text: str) -> None:
    assert isinstance(pipeline.extract(ArticleInput(text=text, published=dt.date(2024, 3, 14))), Extraction)


def test_pipeline_single_article_raises_rejected(pipeline) -> None:
    with pytest.raises(Rejected):
        pipeline.extract(ArticleInput(text="  "))
