"""Value templates are checked when the resources load: an unknown function is an error."""

from __future__ import annotations

import pytest

from tui.core import resources
from tui.core.temporal import grammar as grammar_module
from tui.core.temporal.anchoring import ANCHORING_CALLS, Anchorer
from tui.core.temporal.normalise import VALUE_FUNCTIONS, calls_in

LEXICON = {"classes": {"deictic_day": {"hier": -1, "demain": 1}}}


def _rules(value: str, point: str | None = None) -> dict:
    rule = {"name": "deictic day", "pattern": "{deictic_day}", "type": "DATE", "value": value}
    if point is not None:
        rule["point"] = point
    return {"rules": [rule]}


@pytest.fixture
def load_rules(monkeypatch):
    """Load a made-up language ``xx`` whose one rule has the templates given."""
    real_load = resources.load

    def use(rules: dict) -> None:
        def load(lang: str, name: str):
            if lang == "xx":
                return {"temporal": LEXICON, "temporal_rules": rules}.get(name, {})
            return real_load(lang, name)

        monkeypatch.setattr(resources, "load", load)
        grammar_module.grammar.cache_clear()

    yield use
    grammar_module.grammar.cache_clear()


@pytest.mark.parametrize(
    ("value", "point", "bad", "field"),
    [
        ("rell(D,{deictic_day})", None, "rell", "value"),  # a typo of an anchoring call
        ("near(XXXX-WXX-day_befor(3))", None, "day_befor", "value"),  # a nested value function
        ("rel(D,{deictic_day})", "futur_ref()", "futur_ref", "point"),
    ],
)
def test_an_unknown_function_is_an_error_naming_rule_and_function(
    load_rules, value, point, bad, field
) -> None:
    load_rules(_rules(value, point))
    with pytest.raises(ValueError, match=rf"rule 'deictic day' calls unknown function '{bad}' "):
        grammar_module.grammar("xx")
    with pytest.raises(ValueError, match=f"in its {field}"):
        grammar_module.grammar("xx")


def test_known_functions_load(load_rules) -> None:
    load_rules(_rules("dayfrom(near(XXXX-WXX-day_before(3)),{deictic_day})"))
    assert [r.name for r in grammar_module.grammar("xx").rules] == ["deictic day"]


def test_calls_in_a_template_are_found_nested() -> None:
    assert calls_in("{year}-{season}") == []
    assert calls_in("XXXX-WXX-{weekday}clock12({hour},{minute},{meridiem})") == ["clock12"]
    assert calls_in("weekof(feast(easter-2))") == ["weekof", "feast"]


def test_value_functions_and_anchoring_calls_do_not_share_names() -> None:
    assert not VALUE_FUNCTIONS & ANCHORING_CALLS


@pytest.mark.parametrize("name", sorted(ANCHORING_CALLS))
def test_every_anchoring_call_is_handled(name) -> None:
    """The set the grammar checks against and the calls the anchoring handles agree."""
    args = {
        "near": "XXXX-03",
        "ana_near": "XXXX-03",
        "clock": "T20:00",
        "feast": "easter",
        "weekof": "2024-05-03",
        "dayfrom": "2024-05-03,1",
        "inyear": "1988",
        "prev": "",
        "by_tense": "",
        "age": "17",
        "hours": "-19",
    }.get(name, "D,-1")
    anchorer = Anchorer("2024-05-06", "news")
    assert anchorer._resolve(f"{name}({args})", -1).value is not None


def test_every_shipped_rule_loads() -> None:
    for lang in resources.available_languages():
        grammar_module.grammar(lang)
