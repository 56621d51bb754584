"""SQLite storage: every function takes a `Store` and returns plain model dataclasses."""
