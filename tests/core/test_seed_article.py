"""The first acceptance test: the bundled seed article through ``timeline extract``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tui.cli import main


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    from tests.conftest import SEED_DIR

    seed = next(iter(sorted(SEED_DIR.glob("*.txt"))))
    out = tmp_path_factory.mktemp("seed") / "seed.json"
    assert main(["extract", str(seed), "--format", "json", "-o", str(out)]) == 0
    return json.loads(Path(out).read_text(encoding="utf-8"))


def names(data: dict[str, Any], event: dict[str, Any]) -> set[str]:
    by_id = {e["id"]: e for e in data["entities"]}
    found = set()
    for entity_id in event["entities"]:
        entity = by_id[entity_id]
        found.add(entity["name"])
        found.update(entity["aliases"])
    return found


def find_event(data: dict[str, Any], word: str) -> tuple[int, dict[str, Any]]:
    matches = [(i, e) for i, e in enumerate(data["events"]) if word in e["text"]]
    assert matches, f"no event mentions {word!r}"
    return matches[0]


def test_document_metadata(extracted: dict[str, Any]) -> None:
    (doc,) = extracted["documents"]
    assert (doc["dct"], doc["lang"]) == ("2024-12", "de")


def test_donation_inherits_2020_from_the_sentence_before(extracted: dict[str, Any]) -> None:
    _, donation = find_event(extracted, "Spende")
    assert donation["date"]["value"] == "2020"
    assert donation["anchor"] == "previous"


def test_ban_is_dated_6_january_2021_and_names_both(extracted: dict[str, Any]) -> None:
    _, ban = find_event(extracted, "sperrte")
    assert ban["date"]["value"] == "2021-01-06"
    assert ban["date"]["label"] == "6 Jan 2021"
    involved = " ".join(names(extracted, ban))
    assert "Zuckerberg" in involved and "Trump" in involved


def test_dinner_is_dated_at_the_publication_month(extracted: dict[str, Any]) -> None:
    _, dinner = find_event(extracted, "dinieren")
    assert dinner["date"]["value"] == "2024-12"
    assert dinner["date"]["precision"] == "month"


def test_events_are_in_chronological_order(extracted: dict[str, Any]) -> None:
    donation, _ = find_event(extracted, "Spende")
    ban, _ = find_event(extracted, "sperrte")
    dinner, _ = find_event(extracted, "dinieren")
    assert donation < ban < dinner
    keys = [e["date"]["earliest"] for e in extracted["events"]]
    assert keys == sorted(keys)


def test_vague_references(extracted: dict[str, Any]) -> None:
    (doc,) = extracted["documents"]
    by_text = {t["text"]: t for t in doc["timexes"]}
    assert by_text["kürzlich"]["value"] == "PAST_REF"
    (coming,) = [t for t in doc["timexes"] if t["text"].endswith("kommenden Monaten")]
    assert "FUTURE_REF" in (coming["value"], coming["point"])


def test_no_function_word_is_tagged_as_a_date(extracted: dict[str, Any]) -> None:
    (doc,) = extracted["documents"]
    for timex in doc["timexes"]:
        assert timex["text"].lower() not in {"die", "mit", "so", "am", "an", "im", "der"}
        assert doc["text"][timex["start"] : timex["end"]] == timex["text"]
