"""Parsed resource files kept between runs: the same data as parsing the TOML, read again
only while the file's bytes are the same, and never trusted when damaged."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from tui.core import resources
from tui.core.resources import kept_files


def _kept(stem: str) -> list[Path]:
    return sorted((kept_files.cache_root() / "resources").glob(f"{stem}-*.marshal"))


@pytest.mark.parametrize(("lang", "name"), [("de", "temporal"), ("en", "entities")])
def test_the_kept_form_equals_the_toml(lang: str, name: str) -> None:
    path = Path(resources.__file__).parent / lang / f"{name}.toml"
    parsed = tomllib.loads(path.read_text(encoding="utf-8"))
    assert resources._read(path) == parsed  # parsed, then kept
    [kept] = _kept(f"{lang}-{name}")
    assert kept_files.read_kept(kept) == parsed
    assert resources._read(path) == parsed  # read back


def test_a_changed_file_is_parsed_again_and_replaces_its_kept_form(tmp_path: Path) -> None:
    path = tmp_path / "xx" / "rules.toml"
    path.parent.mkdir()
    path.write_text('words = ["a"]\n', encoding="utf-8")
    assert resources._read(path) == {"words": ["a"]}
    [old] = _kept("xx-rules")
    path.write_text('words = ["b"]\n', encoding="utf-8")
    assert resources._read(path) == {"words": ["b"]}
    [new] = _kept("xx-rules")
    assert new != old


def test_a_damaged_kept_form_is_ignored(tmp_path: Path) -> None:
    path = tmp_path / "yy" / "rules.toml"
    path.parent.mkdir()
    path.write_text('n = 1\nwhen = "then"\n', encoding="utf-8")
    resources._read(path)
    [kept] = _kept("yy-rules")
    for garbage in (b"", b"\x00" * 40, kept.read_bytes()[:-3], kept.read_bytes()[:32] + b"x"):
        kept.write_bytes(garbage)
        assert resources._read(path) == {"n": 1, "when": "then"}


def test_what_marshal_cannot_keep_is_parsed_each_time(tmp_path: Path) -> None:
    path = tmp_path / "zz" / "dates.toml"
    path.parent.mkdir()
    path.write_text("day = 2024-12-03\n", encoding="utf-8")
    assert str(resources._read(path)["day"]) == "2024-12-03"
    assert _kept("zz-dates") == []
    assert str(resources._read(path)["day"]) == "2024-12-03"


def test_a_missing_file_is_empty(tmp_path: Path) -> None:
    assert resources._read(tmp_path / "none.toml") == {}
    assert resources._read(tmp_path) == {}
