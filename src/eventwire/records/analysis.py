"""Analysis: an article with what the language stage found in it."""

from __future__ import annotations

from eventwire.records.article import Article
from eventwire.records.evidence import Record
from eventwire.records.mention import Mention, Sentence


class Analysis(Record):
    """What flows from the language stage to the event stages."""

    article: Article
    sentences: tuple[Sentence, ...]
    mentions: tuple[Mention, ...]
