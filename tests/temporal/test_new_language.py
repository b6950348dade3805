"""Adding a language is adding resource files: the engine needs no change."""

from __future__ import annotations

import pytest

from tui.core import resources
from tui.core.temporal import grammar as grammar_module
from tui.core.temporal import tag, tagger

LEXICON = {
    "classes": {
        "month": {"janvier": 1, "février": 2, "mars": 3},
        "deictic_day": {"hier": -1, "aujourd'hui": 0, "demain": 1},
    },
    "tense": {"past": ["était"], "future": ["sera"]},
}
RULES = {
    "fragments": {"day": "(?:0?[1-9]|[12][0-9]|3[01])", "year4": "(?:1[0-9]{3}|20[0-9]{2})"},
    "rules": [
        {
            "name": "day month year",
            "pattern": "{day} {month} {year4:year}",
            "type": "DATE",
            "value": "{year}-{month:02d}-{day:02d}",
        },
        {
            "name": "deictic day",
            "pattern": "{deictic_day}",
            "type": "DATE",
            "value": "rel(D,{deictic_day})",
        },
    ],
}


@pytest.fixture
def french(monkeypatch):
    real_load = resources.load

    def load(lang: str, name: str):
        if lang == "fr":
            return {"temporal": LEXICON, "temporal_rules": RULES}.get(name, {})
        return real_load(lang, name)

    monkeypatch.setattr(resources, "load", load)
    for cached in (grammar_module.grammar, tagger._rules_by_trigger):
        cached.cache_clear()
    yield
    for cached in (grammar_module.grammar, tagger._rules_by_trigger):
        cached.cache_clear()


def test_a_language_from_resources_alone(french):
    text = "Le 6 janvier 2021 était froid, demain sera chaud."
    found = [(t.text, t.value) for t in tag(text, lang="fr", dct="2024-12-05")]
    assert found == [("6 janvier 2021", "2021-01-06"), ("demain", "2024-12-06")]
