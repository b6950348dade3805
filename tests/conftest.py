"""Fixtures shared by all test folders."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SEED_DIR = REPO / "seeds"


@pytest.fixture(autouse=True)
def _private_cache(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The analysis store's default place is the user's cache folder, curation's without a
    store the data folder: each test gets its own, so tests neither touch a developer's
    store or curation nor see each other's."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("cache")))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path_factory.mktemp("data")))


@pytest.fixture
def seed_path() -> Path:
    return next(iter(sorted(SEED_DIR.glob("*.txt"))))
