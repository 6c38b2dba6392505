"""Mentions by position: the mentions inside a span without scanning them all (long articles)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from eventwire.records import Mention, Span


class MentionIndex:
    """The article's mentions sorted by start, for span look-ups in O(log n)."""

    def __init__(self, mentions: Sequence[Mention]) -> None:
        self._mentions = sorted(mentions, key=lambda m: m.span.start)
        self._starts = [m.span.start for m in self._mentions]

    def within(self, span: Span) -> list[Mention]:
        """Mentions that lie inside ``span``."""
        lo = bisect_left(self._starts, span.start)
        hi = bisect_right(self._starts, span.end)
        return [m for m in self._mentions[lo:hi] if m.span.end <= span.end]

    def before(self, position: int) -> list[Mention]:
        """Mentions that start before ``position``, in text order."""
        return self._mentions[: bisect_left(self._starts, position)]
