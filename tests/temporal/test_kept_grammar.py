"""A grammar's parts kept between runs: the same as building them, built anew when the
language's files change, never trusted when damaged."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.core import resources
from tui.core.resources import kept_files
from tui.core.temporal import grammar as grammars


def _kept(lang: str) -> list[Path]:
    return sorted((kept_files.cache_root() / "grammars").glob(f"{lang}-grammar-*.marshal"))


@pytest.mark.parametrize("lang", ["de", "en"])
def test_the_kept_parts_equal_the_built_ones(lang: str) -> None:
    lexicon, spec = resources.load(lang, "temporal"), resources.load(lang, "temporal_rules")
    built = grammars._parts(lang, lexicon, spec)
    assert grammars._kept_parts(lang, lexicon, spec) == built  # built, then kept
    [kept] = _kept(lang)
    assert kept_files.read_kept(kept) == built
    assert grammars._kept_parts(lang, lexicon, spec) == built  # read back
    rules = [grammars.Rule(*fields) for fields in built["rules"]]
    assert rules and all(rule.regex.pattern == rule.source for rule in rules)


def test_changed_resources_build_the_parts_anew() -> None:
    spec = {"rules": [{"name": "m", "pattern": "{month}", "type": "DATE", "value": "X"}]}
    first = grammars._kept_parts("de", {"classes": {"month": {"Mai": 5}}}, spec)
    [old] = _kept("de")
    second = grammars._kept_parts("de", {"classes": {"month": {"Juni": 6}}}, spec)
    assert first["classes"] == {"month": {"mai": 5}}
    assert second["classes"] == {"month": {"juni": 6}}
    [new] = _kept("de")
    assert new != old


def test_a_damaged_kept_file_is_built_anew() -> None:
    lexicon, spec = resources.load("en", "temporal"), resources.load("en", "temporal_rules")
    built = grammars._kept_parts("en", lexicon, spec)
    [kept] = _kept("en")
    for garbage in (b"", kept.read_bytes()[:200], kept.read_bytes()[:32] + b"\x00" * 9):
        kept.write_bytes(garbage)
        assert grammars._kept_parts("en", lexicon, spec) == built
