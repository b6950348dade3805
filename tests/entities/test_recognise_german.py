"""German names through the public entity API with the model that ships with the package.

The seed article is the project's reference; the second text was written for this test
(never used in training or tuning) with a clearly known set of names.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.core.entities import EntityInput, models, recognise
from tui.core.model import Entity, Mention
from tui.core.sentences import sentences

REPO = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(models.choose("de") is None, reason="no German NER model available")


def _analyse(text: str, ignored: tuple[tuple[int, int], ...] = ()):
    item = EntityInput("doc", text, "de", sentences(text, "de", ignored), ignored)
    mentions, entities = recognise([item])
    return mentions[0], entities


def _entity_of(surface: str, mentions: list[Mention], entities: list[Entity]) -> Entity:
    by_id = {e.id: e for e in entities}
    hits = {m.entity for m in mentions if m.text == surface}
    assert hits, f"{surface!r} is not a mention"
    assert len(hits) == 1, f"{surface!r} belongs to several entities: {hits}"
    return by_id[hits.pop()]


def _assert_names(text, mentions, entities, expected: dict[str, tuple[str, ...]], nouns):
    for label, groups in expected.items():
        for group in groups:
            found = {_entity_of(surface, mentions, entities).id for surface in group}
            assert len(found) == 1, f"{group} should be one entity, got {found}"
            entity = next(e for e in entities if e.id in found)
            assert entity.label == label, f"{group[0]} is {entity.label}, expected {label}"
            assert all(m.label == label for m in mentions if m.entity == entity.id)
    for noun in nouns:
        assert noun in text
        assert not [m for m in mentions if noun in m.text], f"{noun} tagged as a name"
    for m in mentions:
        assert text[m.start : m.end] == m.text


@pytest.fixture(scope="module")
def seed() -> tuple[str, list[Mention], list[Entity]]:
    text = next(iter(sorted((REPO / "seeds").glob("*.txt")))).read_text(encoding="utf-8")
    # The leading "date YYYY-MM" marker is format, not prose (the reader ignores it too).
    marker = (0, text.index("•")) if text.lstrip().startswith("date") else None
    mentions, entities = _analyse(text, (marker,) if marker else ())
    return text, mentions, entities


def test_seed_article_names(seed):
    text, mentions, entities = seed
    expected = {
        "PER": (
            ("Mark Zuckerberg", "Zuckerberg", "Zuckerbergs", "Mark"),
            ("Donald Trump", "Trump"),
            ("Stephen Miller",),
        ),
        "ORG": (("Meta",), ("Fox News",), ("BBC",), ("Facebook",), ("Instagram",)),
        "LOC": (("Mar-a-Lago",), ("Florida",)),
    }
    _assert_names(
        text, mentions, entities, expected, ("Abendessen", "Einladung", "Spannungen", "Regierung")
    )


def test_seed_title_is_not_part_of_the_name(seed):
    text, mentions, _ = seed
    at = text.index("Präsident Trump")
    trump = [m for m in mentions if m.start <= at + len("Präsident Trump") and m.end > at]
    assert [m.text for m in trump] == ["Trump"]
    at = text.index("Meta-CEO Mark Zuckerberg")
    assert [m.text for m in mentions if at <= m.start < at + 24] == ["Meta", "Mark Zuckerberg"]


def test_seed_compound_counts_for_the_organisation(seed):
    text, mentions, entities = seed
    meta = _entity_of("Meta", mentions, entities)
    at = text.index("Meta-Sprecher")
    assert any(m.start == at and m.entity == meta.id for m in mentions)
    assert "Metas" in meta.aliases


def test_unseen_german_article():
    text = (Path(__file__).parent / "data" / "wahlkampf.txt").read_text(encoding="utf-8")
    mentions, entities = _analyse(text)
    expected = {
        "PER": (
            ("Olaf Scholz", "Scholz"),
            ("Emmanuel Macron", "Macron", "Macrons"),
            ("Ursula von der Leyen",),
        ),
        "ORG": (("Siemens",), ("Airbus",), ("Reuters",)),
        "LOC": (("Paris",), ("Ukraine",), ("Kiew",), ("Brüssel",), ("Berlin",)),
    }
    nouns = ("Bundeskanzler", "Lage", "Konzernchefs", "Nachrichtenagentur", "Treffen", "Berater")
    _assert_names(text, mentions, entities, expected, nouns)


def test_given_name_alone_names_the_person_but_not_after_a_numeral():
    text = (
        "Der Bäcker Mark Weber aus Kassel hat seinen Betrieb verkauft. "
        '"Mark war immer fleißig", sagte seine Schwester. Ein Brot kostete damals zwei Mark.'
    )
    mentions, entities = _analyse(text)
    person = _entity_of("Mark Weber", mentions, entities)
    quoted = text.index('"Mark') + 1
    assert any(m.start == quoted and m.entity == person.id for m in mentions)
    currency = text.rindex("Mark")
    assert not [m for m in mentions if m.start <= currency < m.end]
