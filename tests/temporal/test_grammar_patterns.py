"""A grammar's expressions are compiled when a sentence first needs them, not when it loads:
so every expression of every language is compiled here, where a broken one shows."""

from __future__ import annotations

import re

import pytest

from tui.core.language import supported_languages
from tui.core.temporal import grammar as grammar_module
from tui.core.temporal.grammar import grammar


@pytest.mark.parametrize("lang", supported_languages())
def test_every_expression_compiles_with_the_groups_the_rule_reads(lang: str) -> None:
    g = grammar(lang)
    assert g.rules
    for rule in g.rules:
        assert set(rule.group_classes) == set(rule.regex.groupindex), rule.name
    for negative in g.negatives:
        assert negative.regex.flags & re.IGNORECASE, negative.name


def test_loading_a_grammar_compiles_none_of_its_expressions() -> None:
    grammar_module.compiled.cache_clear()
    grammar_module.grammar.cache_clear()
    try:
        g = grammar("de")
        assert grammar_module.compiled.cache_info().currsize == 0
        g.rules[0].regex.search("")
        assert grammar_module.compiled.cache_info().currsize == 1
    finally:
        grammar_module.grammar.cache_clear()


def test_named_groups_are_found_but_not_escaped_parentheses() -> None:
    found = grammar_module._NAMED_GROUP.findall(r"\(?P<a>x)(?P<b>y)\\(?P<c>z)")
    assert found == ["b", "c"]
