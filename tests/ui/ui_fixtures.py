"""Hand-built analyses for the UI tests: the timeline is tested without the NLP pipeline.

``AnalysisBuilder`` writes an :class:`Analysis` the way the pipeline would (offsets, timexes,
mentions, resolved dates), from sentences and the words in them, so that tests read like the
articles they describe and never depend on how good the taggers currently are.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from tui.core.analysis.progress import ProgressReport
from tui.core.model import (
    Analysis,
    Document,
    DocumentAnalysis,
    Entity,
    Event,
    Mention,
    Timex,
)
from tui.core.sentences import paragraphs, sentences
from tui.core.temporal.intervals import resolve
from tui.ui.app import TimelineApp


@dataclass
class _DocumentDraft:
    analysis: DocumentAnalysis
    events: list[Event] = field(default_factory=list)


class AnalysisBuilder:
    """Builds an Analysis: add documents, entities, then events by their sentence."""

    def __init__(self) -> None:
        self._documents: dict[str, _DocumentDraft] = {}
        self._entities: dict[str, Entity] = {}
        self.warnings: list[str] = []

    def document(
        self,
        doc_id: str,
        text: str,
        *,
        title: str | None = None,
        dct: str | None = None,
        lang: str = "de",
        source: str | None = None,
        origin: str | None = None,
    ) -> str:
        document = Document(
            id=doc_id, text=text, title=title, dct=dct, source=source, origin=origin, lang=lang
        )
        self._documents[doc_id] = _DocumentDraft(
            DocumentAnalysis(
                document=document,
                lang=lang,
                sentences=sentences(text, lang),
                paragraphs=paragraphs(text),
            )
        )
        return doc_id

    def entity(self, entity_id: str, name: str, label: str, *aliases: str) -> str:
        self._entities[entity_id] = Entity(entity_id, name, label, list(aliases))
        return entity_id

    def event(
        self,
        doc_id: str,
        sentence_start: str,
        *,
        value: str,
        timex: str | None = None,
        timex_type: str = "DATE",
        timex_anchor: str = "explicit",
        point: str | None = None,
        mod: str | None = None,
        anchor: str = "explicit",
        title: str | None = None,
    ) -> Event:
        """An event told by the sentence that starts with ``sentence_start``."""
        draft = self._documents[doc_id]
        doc = draft.analysis
        text = doc.document.text
        start, end = next((s, e) for s, e in doc.sentences if text[s:e].startswith(sentence_start))
        sentence = text[start:end]
        timex_index = None
        if timex is not None:
            t_start = text.index(timex, start, end)
            doc.timexes.append(
                Timex(
                    t_start,
                    t_start + len(timex),
                    timex,
                    timex_type,
                    value,
                    mod,
                    timex_anchor,
                    point,
                )
            )
            doc.timexes.sort(key=lambda t: t.start)
            timex_index = next(i for i, t in enumerate(doc.timexes) if t.start == t_start)
        date = resolve(point or value, mod, doc.document.dct)
        assert date is not None, f"cannot place {value!r} on the calendar"
        event = Event(
            id=f"{doc_id}-e{len(draft.events) + 1}",
            document=doc_id,
            title=title or _shorten(sentence),
            text=sentence,
            start=start,
            end=end,
            date=date,
            anchor=anchor,
            timex=timex_index,
        )
        draft.events.append(event)
        return event

    def build(self) -> Analysis:
        entities = list(self._entities.values())
        events: list[Event] = []
        for draft in self._documents.values():
            doc = draft.analysis
            doc.mentions = _find_mentions(doc.document.text, entities)
            for mention in doc.mentions:
                self._entities[mention.entity].count += 1
            # Fix the timex indexes: timexes were sorted as they were added.
            for event in draft.events:
                if event.timex is not None:
                    event.timex = next(
                        i
                        for i, t in enumerate(doc.timexes)
                        if event.start <= t.start < event.end
                        and t.text in event.text
                        and (t.point or t.value) == event.date.value
                    )
                event.entities = list(
                    dict.fromkeys(
                        m.entity
                        for m in doc.mentions
                        if event.start <= m.start and m.end <= event.end
                    )
                )
            events.extend(draft.events)
        events.sort(key=lambda e: e.date.sort_key)
        return Analysis(
            documents=[d.analysis for d in self._documents.values()],
            entities=entities,
            events=events,
            warnings=list(self.warnings),
        )


def _shorten(sentence: str, limit: int = 80) -> str:
    if len(sentence) <= limit:
        return sentence
    cut = sentence.rfind(" ", 0, limit - 1)
    return sentence[: cut if cut > 0 else limit - 1] + "…"


def _find_mentions(text: str, entities: Sequence[Entity]) -> list[Mention]:
    spellings = sorted(
        ((alias, e) for e in entities for alias in dict.fromkeys([e.name, *e.aliases])),
        key=lambda pair: -len(pair[0]),
    )
    taken: list[Mention] = []
    for spelling, entity in spellings:
        for m in re.finditer(rf"(?<!\w){re.escape(spelling)}", text):
            if not any(t.start < m.end() and m.start() < t.end for t in taken):
                taken.append(Mention(m.start(), m.end(), m[0], entity.label, entity.id))
    return sorted(taken, key=lambda m: m.start)


BRIDGE_TEXT = """\
Neue Rheinbrücke: Eröffnung rückt näher • Stadt rechnet mit weniger Staus

Die Planung der neuen Rheinbrücke in Rheinstadt begann bereits 2019, als der Stadtrat erste \
Entwürfe der Brückenbau AG prüfte. Am 12. März 2020 stimmte der Stadtrat dem Bau schließlich zu.

Bürgermeisterin Anna Weber sprach damals von einem „Jahrhundertprojekt“. Im Sommer 2022 \
begannen die Bauarbeiten am Ostufer.

Kürzlich meldete die Brückenbau AG, dass der Stahlbau abgeschlossen sei. Weber zeigte sich \
zufrieden: Die Brücke solle in den kommenden Monaten für den Verkehr freigegeben werden.

Redaktion Rheinstadt-Kurier
"""

LIBRARY_TEXT = """\
Riverton opens its new library

The city of Riverton opened its new public library on 4 May 2023. Mayor John Smith had \
announced the plan in 2021, after the old building was damaged by a flood.
"""

HOSTILE_TEXT = (
    "Warnung [bold]fett[/bold] und [link=https://example.com]klick[/link] und [/] und "
    "[red]rot am 3. März 2021 \x1b[31mbunt\x1b[0m\x07 mit Glocke.\n\n"
    "Ein zweiter Satz von [i]Max [b]Muster[/b] erschien 2022 \x1b]8;;http://x\x1b\\\\link.\n"
)


def add_bridge(b: AnalysisBuilder) -> str:
    doc = b.document(
        "bridge",
        BRIDGE_TEXT,
        title="Neue Rheinbrücke: Eröffnung rückt näher",
        dct="2025-03",
        source="Rheinstadt-Kurier",
        origin="artikel/bruecke.txt",
    )
    b.entity("per-weber", "Anna Weber", "PER", "Weber")
    b.entity("org-stadtrat", "Stadtrat", "ORG")
    b.entity("org-bau", "Brückenbau AG", "ORG")
    b.entity("loc-rheinstadt", "Rheinstadt", "LOC")
    b.entity("misc-bruecke", "Rheinbrücke", "MISC")
    b.event(doc, "Neue Rheinbrücke", value="2025-03", anchor="dct")
    b.event(doc, "Die Planung", value="2019", timex="2019")
    b.event(doc, "Am 12. März", value="2020-03-12", timex="Am 12. März 2020")
    b.event(
        doc,
        "Bürgermeisterin",
        value="2020-03-12",
        timex="damals",
        anchor="previous",
        timex_anchor="previous",
    )
    b.event(doc, "Im Sommer 2022", value="2022-SU", timex="Im Sommer 2022")
    b.event(
        doc, "Kürzlich", value="PAST_REF", timex="Kürzlich", anchor="relative", timex_anchor="dct"
    )
    b.event(
        doc,
        "Weber zeigte",
        value="PXM",
        timex="in den kommenden Monaten",
        timex_type="DURATION",
        point="FUTURE_REF",
        anchor="relative",
        timex_anchor="dct",
    )
    return doc


def add_library(b: AnalysisBuilder) -> str:
    doc = b.document(
        "library",
        LIBRARY_TEXT,
        title="Riverton opens its new library",
        dct="2023-05-05",
        lang="en",
        source="Riverton Post",
    )
    b.entity("loc-riverton", "Riverton", "LOC")
    b.entity("per-smith", "John Smith", "PER", "Smith")
    b.event(doc, "The city", value="2023-05-04", timex="4 May 2023")
    b.event(doc, "Mayor John Smith", value="2021", timex="2021")
    return doc


def add_hostile(b: AnalysisBuilder) -> str:
    doc = b.document("hostile", HOSTILE_TEXT, title="[bold]Titel[/bold] \x1b[5mblink", dct="2023")
    b.entity("per-muster", "[b]Muster[/b]", "PER")
    b.event(doc, "Warnung", value="2021-03-03", timex="3. März 2021")
    b.event(doc, "Ein zweiter", value="2022", timex="2022")
    return doc


def fixed_analysis(analysis: Analysis) -> Callable[..., Analysis]:
    """An ``analyse`` function for the app that reports progress and returns ``analysis``."""

    def analyse(documents: Sequence[Document], **options: object) -> Analysis:
        progress = options.get("progress")
        for done in range(1, len(documents) + 1):
            if callable(progress):
                progress(ProgressReport("analysed", done, len(documents)))
        return analysis

    return analyse


def make_app(analysis: Analysis, **options: object) -> TimelineApp:
    """The app over a ready analysis, as the user would see it after analysing."""
    documents = [d.document for d in analysis.documents]
    return TimelineApp(documents, analyse=fixed_analysis(analysis), **options)  # type: ignore[arg-type]
