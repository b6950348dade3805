"""Fixtures shared by all test folders."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SEED_DIR = REPO / "seeds"


@pytest.fixture
def seed_path() -> Path:
    return next(iter(sorted(SEED_DIR.glob("*.txt"))))
