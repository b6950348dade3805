"""Where the analysis store lives by default: the user's cache folder (it can always be
rebuilt from the articles, so it is a cache, not data)."""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_cache_path

STORE_FILE = "analysis.sqlite3"


def default_store_path() -> Path:
    return user_cache_path("timeline", appauthor=False) / STORE_FILE
