"""One source of truth for the view model too: a timeline model patched after each event
or entity action (its rows, indexes, entities, filters, search, dates and time-axis counts)
is the model built afresh on the analysis curated with every action at once (seeded random
sequences)."""

from __future__ import annotations

import random

import pytest

from tests.curation.random_actions import ENTITY_KINDS, EVENT_KINDS, entity_action, event_action
from tui.core.curation import CurationSession, curate
from tui.core.curation.entity_patch import EntityChange
from tui.core.curation.patch import EventChange
from tui.core.model import Analysis, Document, DocumentAnalysis, Entity, Event
from tui.core.temporal.intervals import resolve
from tui.core.view.histogram import PERIODS, Histogram, bucket_of
from tui.core.view.timeline import TimelineModel

ENTITIES = [Entity(f"e{i}", f"Name{i}", ("PER", "ORG", "LOC", "MISC")[i % 4]) for i in range(6)]
VALUES = ("2019", "2020-03", "2020-03-05", "2020-03-06", "2020-Q2", "2021-07-01", "PAST_REF")


def synthetic(rng: random.Random, documents: int = 4, sentences: int = 8) -> Analysis:
    """Articles whose sentences tell one or two events (two: same sentence, a tie), dated
    so that some years are dense (month headers) and some sparse."""
    items, events = [], []
    for d in range(documents):
        words = [f"Satz {s} von Artikel {d}." for s in range(sentences)]
        text = " ".join(words)
        dct = f"202{d % 3}-06-15"
        items.append(DocumentAnalysis(Document(f"d{d}", text, dct=dct), "de"))
        start = 0
        for s, sentence in enumerate(words):
            for n in range(1 + (rng.random() < 0.3)):
                date = resolve(rng.choice(VALUES), None, dct)
                assert date is not None
                entities = [e.id for e in rng.sample(ENTITIES, rng.randint(0, 2))]
                events.append(
                    Event(f"d{d}-{s}-{n}", f"d{d}", f"Titel {d}.{s}.{n}", sentence, start,
                          start + len(sentence), date, "explicit", None, entities)
                )  # fmt: skip
            start += len(sentence) + 1
    order = {item.document.id: i for i, item in enumerate(items)}
    events.sort(key=lambda e: (*e.date.sort_key, order[e.document], e.start))
    return Analysis(documents=items, entities=list(ENTITIES), events=events)


def _state(model: TimelineModel, histogram: Histogram | None = None) -> dict[str, object]:
    """Everything the timeline and the time axis (``histogram``: the model's, else a new
    one) show of a model."""
    index = model.index
    histogram = histogram or Histogram(index)
    bars = {}
    for period in PERIODS:  # the counts of 40 periods from the first event's
        first = bucket_of(period, histogram.span[0]) if histogram.span else 0
        bars[period] = histogram.counts(model.visible, period, first, 40)
    return {
        "events": list(model.events),
        "visible": list(model.visible),
        "rows": list(model.rows),
        "headers": list(model.headers),
        "selected": model.selected_event,
        "ordinals": list(index.ordinals),
        "runs": index.runs,
        "by_entity": {k: list(v) for k, v in sorted(index.by_entity.items())},
        "entities": model.entities,
        "entity_groups": model.entity_groups(),
        "documents": model.documents,
        "analysis": (model.analysis.entities, model.analysis.documents),
        "segments": index.time_segments(),
        "hidden": model.mark_filter.hidden_count,
        "dates": [model.row_date(e) for e in model.events],
        "width": model.date_width(30),
        "bars": bars,
        "span": histogram.span,
    }


def _filter(model: TimelineModel, rng: random.Random) -> None:
    """Random filters, the same on both models (set on each by :func:`_same_filters`)."""
    model.set_entities(rng.sample([e.id for e in ENTITIES], rng.randint(0, 2)))  # (or gone)
    model.set_mode(rng.choice(["any", "all"]))
    model.set_query(rng.choice(["", "titel", "wahl", "artikel 1", "name2", "neu", "x y"]))
    model.set_show_hidden(rng.random() < 0.3)
    model.set_starred_only(rng.random() < 0.2)


def _patch(model: TimelineModel, session: CurationSession) -> None:
    """Patch ``model`` as the app does after the session's last action, undo or redo."""
    change = session.last_change
    if isinstance(change, EventChange):
        model.replace_event(change.before, change.after, session.original_position)
    elif isinstance(change, EntityChange):
        pairs = [(c.before, c.after) for c in change.events]
        model.replace_entities(pairs, change.entities, change.documents, change.changed)


def _same_filters(fresh: TimelineModel, model: TimelineModel) -> None:
    fresh.set_mode(model.mode)
    fresh.set_entities(model.active_entities)
    fresh.set_query(model.query)
    fresh.set_show_hidden(model.show_hidden)
    fresh.set_starred_only(model.starred_only)
    if model.selected_event is not None:
        position = fresh.index.find(model.selected_event.id)
        assert position is not None
        fresh.select_event(position)


@pytest.mark.parametrize("seed", range(40))
def test_patched_model_equals_a_model_built_afresh(seed: int) -> None:
    rng = random.Random(seed)
    entities = seed % 2 == 0
    session = CurationSession(synthetic(rng))
    model = TimelineModel(session.analysis, dense_year_events=5)
    histogram = Histogram(model.index)  # as the time axis keeps it
    for _ in range(25):
        if rng.random() < 0.3:
            _filter(model, rng)
        if rng.random() < 0.5 and model.visible_events:
            model.select_event(rng.choice(list(model.visible)))
        kind = rng.choice(EVENT_KINDS + (ENTITY_KINDS if entities else ()))
        if kind in ENTITY_KINDS:
            acted = entity_action(session, kind, rng)
        else:
            acted = event_action(session, rng.choice(model.events).id, kind, rng)
        if acted:
            _patch(model, session)
            histogram.reindex()
        fresh = TimelineModel(
            curate(session.original, session.actions()).analysis, dense_year_events=5
        )
        _same_filters(fresh, model)
        assert _state(model, histogram) == _state(fresh)
        # The search found what a fresh search finds; the unfiltered rows are right too.
        query = model.query
        model.set_query(query + " ")
        fresh.set_query(query + " ")
        model.set_entities(())
        fresh.set_entities(())
        assert list(model.visible) == list(fresh.visible)
        assert list(model.rows) == list(fresh.rows)


def test_a_redated_event_moves_and_keeps_the_selection() -> None:
    session = CurationSession(synthetic(random.Random(1)))
    model = TimelineModel(session.analysis)
    event = model.events[0]
    model.select_event(0)
    session.change_date(event.id, "1.1.2030")
    change = session.last_change
    assert change is not None
    model.replace_event(change.before, change.after, session.original_position)
    assert model.events[-1].id == event.id
    assert model.selected_event is not None and model.selected_event.id == event.id
    assert model.row_date(model.events[-1]).variants[0] == "1 Jan 2030"
