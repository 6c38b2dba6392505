"""eventwire: news reports of armed conflict in, evidence-linked events and claims out."""

import logging

logging.getLogger(__name__).addHandler(logging.NullHandler())
