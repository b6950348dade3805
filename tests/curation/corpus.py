"""A small hand-built analysis for the curation tests: two articles, their names and their
events, so that the tests pin curation, not the analyser."""

from __future__ import annotations

from dataclasses import dataclass

from tui.core.model import Analysis, Document, DocumentAnalysis, Entity, Event, Mention
from tui.core.temporal.intervals import resolve

FIRST = "Merz traf Friedrich Merz am 3. Mai 2024 in Berlin. Apple meldete am 5. Mai 2024 Zahlen."
SECOND = "Merz sprach am 4. Mai 2024. Wahlen gab es am 6. Mai 2024 und am 7. Mai 2024."


@dataclass(frozen=True)
class EventSpec:
    document: str  # "a" or "b"
    sentence: str  # the sentence, found in the document's text
    value: str  # its TIMEX3 date
    entities: tuple[str, ...] = ()
    title: str | None = None


#: The events of a first analysis, by name.
EVENTS = {
    "met": EventSpec("a", FIRST[:50], "2024-05-03", ("merz", "friedrich", "berlin")),
    "apple": EventSpec("a", FIRST[51:], "2024-05-05", ("apple",)),
    "spoke": EventSpec("b", SECOND[:27], "2024-05-04", ("merz",)),
    "vote1": EventSpec("b", SECOND[28:], "2024-05-06"),
    "vote2": EventSpec("b", SECOND[28:], "2024-05-07"),
}

_NAMES = {  # entity id: (name, label, surfaces)
    "friedrich": ("Friedrich Merz", "PER", ("Friedrich Merz",)),
    "merz": ("Merz", "PER", ("Merz",)),
    "apple": ("Apple", "ORG", ("Apple",)),
    "berlin": ("Berlin", "LOC", ("Berlin",)),
}


def analysis(
    events: dict[str, EventSpec] | None = None, *, ids: tuple[str, str] = ("a", "b")
) -> Analysis:
    """An analysis of the two articles with ``events`` (default :data:`EVENTS`); ``ids``:
    the documents' ids (another file name, the same article)."""
    specs = EVENTS if events is None else events
    texts = {"a": FIRST, "b": SECOND}
    items = {key: _document(ids[i], texts[key]) for i, key in enumerate(("a", "b"))}
    counts = {entity: 0 for entity in _NAMES}
    for item in items.values():
        for mention in item.mentions:
            counts[mention.entity] += 1
    built = []
    for name, spec in specs.items():
        text = texts[spec.document]
        start = text.index(spec.sentence)
        date = resolve(spec.value)
        assert date is not None
        built.append(
            Event(
                id=f"ev-{name}",
                document=items[spec.document].document.id,
                title=spec.title or spec.sentence[:30],
                text=spec.sentence,
                start=start,
                end=start + len(spec.sentence),
                date=date,
                anchor="explicit",
                timex=None,
                entities=list(spec.entities),
            )
        )
    order = {item.document.id: i for i, item in enumerate(items.values())}
    built.sort(key=lambda e: (*e.date.sort_key, order[e.document], e.start))
    entities = [Entity(id, name, label, [], counts[id]) for id, (name, label, _) in _NAMES.items()]
    return Analysis(documents=list(items.values()), entities=entities, events=built)


def _document(doc_id: str, text: str) -> DocumentAnalysis:
    mentions: list[Mention] = []
    for entity, (_, label, surfaces) in _NAMES.items():
        for surface in surfaces:
            at = text.find(surface)
            while at >= 0:
                inside = any(m.start <= at < m.end for m in mentions)
                if not inside and not (surface == "Merz" and text[at - 10 : at] == "Friedrich "):
                    mentions.append(Mention(at, at + len(surface), surface, label, entity))
                at = text.find(surface, at + 1)
    mentions.sort(key=lambda m: m.start)
    document = Document(id=doc_id, text=text, dct="2024-05-08")
    return DocumentAnalysis(document, "de", mentions=mentions)


def event(analysis: Analysis, event_id: str) -> Event:
    return next(e for e in analysis.events if e.id == event_id)


def entity(analysis: Analysis, name: str) -> Entity:
    return next(e for e in analysis.entities if e.name == name)
