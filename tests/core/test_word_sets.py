"""The word lists' fast form: the same sets as the TOML, rebuilt when corrupt or stale."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from tui.core.entities.language_rules import build_word_lists, word_lists
from tui.core.resources import word_sets as cache


def _stored(stem: str) -> list[Path]:
    return sorted(cache.cache_folder().glob(f"{stem}-*.marshal"))


@pytest.mark.parametrize("lang", ["de", "en"])
def test_the_fast_form_equals_the_toml(lang: str) -> None:
    from_toml = build_word_lists(lang)
    assert word_lists(lang) == from_toml  # built, then stored
    [path] = _stored(f"{lang}-build_word_lists")
    assert cache._read(path) == from_toml
    assert word_lists(lang) == from_toml  # read back


def test_a_corrupt_file_is_ignored_and_rebuilt() -> None:
    expected = build_word_lists("en")
    word_lists("en")
    [path] = _stored("en-build_word_lists")
    for garbage in (b"", b"\x00garbage", path.read_bytes()[:100]):
        path.write_bytes(garbage)
        assert word_lists("en") == expected
        assert cache._read(path) == expected


def test_an_unwritable_cache_falls_back_to_the_toml(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    blocker = tmp_path / "a file, not a folder"
    blocker.write_text("")
    monkeypatch.setattr(cache, "cache_folder", lambda: blocker / "word-sets")
    assert word_lists("en") == build_word_lists("en")


def _toy_builder(lang: str) -> dict[str, frozenset[str] | tuple[str, ...]]:
    """Reads the resource folder the test substitutes."""
    folder = cache.package_files.files("tui.core.resources") / lang
    data = tomllib.loads((folder / "words.toml").read_text(encoding="utf-8"))
    return {"words": frozenset(data["words"]), "ordered": tuple(data["words"])}


def test_a_changed_toml_file_invalidates_the_stored_form(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    (tmp_path / "en").mkdir()
    toml = tmp_path / "en" / "words.toml"
    monkeypatch.setattr(cache.package_files, "files", lambda _: tmp_path)

    toml.write_text('words = ["b", "a"]\n', encoding="utf-8")
    first = cache.word_sets("en", ["words"], _toy_builder)
    assert first == {"words": frozenset({"a", "b"}), "ordered": ("b", "a")}
    [old] = _stored("en-_toy_builder")

    toml.write_text('words = ["c"]\n', encoding="utf-8")
    assert cache.word_sets("en", ["words"], _toy_builder) == {
        "words": frozenset({"c"}),
        "ordered": ("c",),
    }
    [new] = _stored("en-_toy_builder")
    assert new != old  # the stale file is replaced, not kept beside the new one


def test_a_changed_shared_file_invalidates_the_stored_form(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """A list every language reads (the given names) lives in the shared folder: a change
    to it must name another stored file for each language."""
    (tmp_path / "en").mkdir()
    (tmp_path / "shared").mkdir()
    monkeypatch.setattr(cache.package_files, "files", lambda _: tmp_path)

    def from_shared(lang: str) -> dict[str, frozenset[str] | tuple[str, ...]]:
        folder = cache.package_files.files("tui.core.resources") / "shared"
        data = tomllib.loads((folder / "names.toml").read_text(encoding="utf-8"))
        return {"names": frozenset(data["names"])}

    shared = tmp_path / "shared" / "names.toml"
    shared.write_text('names = ["Ann"]\n', encoding="utf-8")
    assert cache.word_sets("en", ["names"], from_shared) == {"names": frozenset({"Ann"})}
    shared.write_text('names = ["Bo"]\n', encoding="utf-8")
    assert cache.word_sets("en", ["names"], from_shared) == {"names": frozenset({"Bo"})}


def test_each_language_reads_the_shared_given_names_less_its_exceptions() -> None:
    german, english = build_word_lists("de")["given_names"], build_word_lists("en")["given_names"]
    assert {"Mark", "May", "Can"} <= german
    assert "Mark" in english
    assert not {"May", "Can", "My", "Said", "Us"} & english  # English function words
    assert german - english == {"Can", "May", "My", "Said", "Us"}
