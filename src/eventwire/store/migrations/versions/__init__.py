"""Schema revisions, oldest first; each is applied once, in its own transaction."""
