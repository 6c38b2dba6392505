"""What every reader shares: an error that knows where in a file it is, and stable, unique ids.

Readers yield ``ArticleInput`` or an ``InputError`` for each item and never decide about batches;
``read_inputs`` turns the errors into ``Quarantined`` records. ``ItemError`` adds the position of
an item inside its file in words ("item 3", "entry 2", "record 12 at byte 34567") for inputs whose
line numbers mean nothing (a WARC archive, a feed).
"""

from __future__ import annotations

from collections import Counter

from eventwire.errors import InputError
from eventwire.records.article import ArticleInput

Read = ArticleInput | InputError
# What a caller passes to count the inputs skipped on purpose (not articles, not errors).
Skips = Counter[str]


class ItemError(InputError):
    """An item inside a file could not be read; ``position`` says where, in words."""

    def __init__(self, source: str, problem: str, *, position: str, line: int | None = None) -> None:
        super().__init__(source, problem, line=line)
        self.position = position


def position_of(error: InputError) -> str | None:
    """Where in its input an error is, in words; ``None`` for an error about the whole input."""
    if isinstance(error, ItemError):
        return error.position
    return f"line {error.line}" if error.line is not None else None


class UniqueIds:
    """Ids unique within one file, the same on every read: a repeated id gets ``#2``, ``#3``...

    Feeds repeat guids and crawls capture one URL twice; the file order is fixed, so numbering the
    repeats in order gives the same id to the same item every time the file is read.
    """

    def __init__(self) -> None:
        self._seen: Counter[str] = Counter()

    def __call__(self, candidate: str) -> str:
        self._seen[candidate] += 1
        count = self._seen[candidate]
        return candidate if count == 1 else f"{candidate}#{count}"


def skip(skipped: Skips | None, why: str) -> None:
    if skipped is not None:
        skipped[why] += 1
