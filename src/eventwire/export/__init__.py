"""Exports: records → ACLED-compatible CSV, JSON, a readable table."""
