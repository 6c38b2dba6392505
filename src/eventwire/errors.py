"""Every error eventwire raises on purpose.

    EventwireError                 base: catch this to catch ours
    ├── InputError                 an input could not be read (names the input and the line)
    │   └── Rejected               a stage set one article aside on purpose, with a reason
    ├── ResourceError              a shipped resource (lexicon, model, gazetteer) is missing or broken
    ├── StoreError                 the database could not be opened, migrated or written
    └── IngestError                a batch run stopped before its end (a worker died); a re-run resumes

Messages say what was wrong with which input and what to do about it.
"""

from __future__ import annotations


class EventwireError(Exception):
    """Base class of eventwire's errors."""


class InputError(EventwireError):
    """An input (file, line, record) could not be read."""

    def __init__(self, source: str, problem: str, *, line: int | None = None) -> None:
        self.source = source
        self.line = line
        self.problem = problem
        where = f"{source}, line {line}" if line is not None else source
        super().__init__(f"{where}: {problem}")


class Rejected(InputError):
    """A stage deliberately set an article aside (empty after cleaning, not English, ...)."""


class ResourceError(EventwireError):
    """A resource shipped with eventwire could not be loaded."""


class StoreError(EventwireError):
    """The database could not be opened, migrated or written; the message names it and the fix."""


class IngestError(EventwireError):
    """A run stopped before the end (a worker died); what was committed stays, a re-run resumes."""
