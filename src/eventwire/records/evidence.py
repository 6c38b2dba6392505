"""Evidence: every value points at the words of the article that support it.

A ``Span`` is a half-open character range into ``Article.text`` (the one canonical
text). ``Missing`` stands where a value could not be found, and says why, so an
empty field is never silent.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class Record(BaseModel):
    """Base of every record: frozen, strict about unknown fields."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class Span(Record):
    """Characters ``text[start:end]`` of the article's clean text."""

    start: int
    end: int
    text: str

    @classmethod
    def of(cls, source: str, start: int, end: int) -> Span:
        """Build a span whose quote is taken from ``source``, so it always matches."""
        return cls(start=start, end=end, text=source[start:end])

    def within(self, other: Span) -> bool:
        return other.start <= self.start and self.end <= other.end


class Missing(Record):
    """An empty value and the reason it is empty ("no date expression", ...)."""

    missing: bool = True
    reason: str
