"""Fixtures for the UI tests: hand-built analyses (see ui_fixtures.py)."""

from __future__ import annotations

import pytest
from ui_fixtures import AnalysisBuilder, add_bridge, add_hostile, add_library

from tui.core.model import Analysis


@pytest.fixture
def builder() -> AnalysisBuilder:
    return AnalysisBuilder()


@pytest.fixture
def bridge_analysis(builder: AnalysisBuilder) -> Analysis:
    add_bridge(builder)
    return builder.build()


@pytest.fixture
def two_document_analysis(builder: AnalysisBuilder) -> Analysis:
    add_bridge(builder)
    add_library(builder)
    return builder.build()


@pytest.fixture
def hostile_analysis(builder: AnalysisBuilder) -> Analysis:
    add_hostile(builder)
    return builder.build()
