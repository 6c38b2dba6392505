"""eventwire: news reports of armed conflict in, evidence-linked events and claims out.

    >>> from eventwire import Pipeline, extract_text
    >>> pipeline = Pipeline.load()
    >>> extraction = extract_text(article_text, published=date(2017, 6, 1), pipeline=pipeline)

Imports here are lazy: ``import eventwire`` loads nothing heavy.
"""

from __future__ import annotations

import logging
from importlib import import_module
from typing import Any

logging.getLogger(__name__).addHandler(logging.NullHandler())

_EXPORTS = {
    "Pipeline": "eventwire.pipeline",
    "extract_paths": "eventwire.runner",
    "extract_text": "eventwire.runner",
}

__all__ = ["Pipeline", "extract_paths", "extract_text"]


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module 'eventwire' has no attribute {name!r}")
