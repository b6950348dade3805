"""What a reader needs to judge one event: how its date was found, and what to highlight.

Pure functions over the model; the UI turns their spans into styled text.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from typing import Literal

from tui.core.model import DocumentAnalysis, Event, Span
from tui.core.temporal.intervals import resolve

HighlightKind = Literal["timex", "entity"]

#: Sentences shown before and after an event's sentence as its context.
CONTEXT_SENTENCES = 2


@dataclass(frozen=True, slots=True)
class Highlight:
    """A span of the document text to mark: a temporal expression or an entity mention."""

    start: int
    end: int
    kind: HighlightKind
    #: The entity label (PER, ORG, LOC, MISC) or the timex type (DATE, DURATION ...).
    label: str
    #: The entity id for mentions, None for temporal expressions.
    entity: str | None = None


def highlights(doc: DocumentAnalysis, start: int = 0, end: int | None = None) -> list[Highlight]:
    """Temporal expressions and entity mentions inside ``[start, end)``, in text order.

    Where a mention and a temporal expression overlap, the temporal expression wins, so
    the result never overlaps.
    """
    stop = len(doc.document.text) if end is None else end
    timexes = [
        Highlight(t.start, t.end, "timex", t.type)
        for t in doc.timexes
        if t.start >= start and t.end <= stop
    ]
    mentions = [
        Highlight(m.start, m.end, "entity", m.label, m.entity)
        for m in doc.mentions
        if m.start >= start
        and m.end <= stop
        and not any(t.start < m.end and m.start < t.end for t in timexes)
    ]
    return sorted(timexes + mentions, key=lambda h: (h.start, h.end))


def paragraph_span(doc: DocumentAnalysis, start: int, end: int) -> Span:
    """The paragraph that holds ``[start, end)``; the span itself if no paragraph does."""
    starts = [p[0] for p in doc.paragraphs]
    index = bisect_right(starts, start) - 1
    if index >= 0:
        p_start, p_end = doc.paragraphs[index]
        if p_start <= start and end <= p_end:
            return p_start, p_end
    return start, end


def context_span(
    doc: DocumentAnalysis, start: int, end: int, *, around: int = CONTEXT_SENTENCES
) -> Span:
    """The paragraph around ``[start, end)``, cut to ``around`` sentences before and after it
    (a text without paragraph breaks is one long paragraph)."""
    p_start, p_end = paragraph_span(doc, start, end)
    inside = [s for s in doc.sentences if p_start <= s[0] and s[1] <= p_end]
    before = [s for s in inside if s[1] <= start]
    after = [s for s in inside if s[0] >= end]
    if len(before) > around:
        p_start = before[-around][0] if around else start
    if len(after) > around:
        p_end = after[around - 1][1] if around else end
    return p_start, p_end


def publication_label(doc: DocumentAnalysis) -> str | None:
    """The publication date at its own precision (``Dec 2024``), or None."""
    dct = doc.document.dct
    if not dct:
        return None
    placed = resolve(dct)
    return placed.label if placed else dct


def derivation(event: Event, doc: DocumentAnalysis) -> str:
    """How the event's date was found, in words: ``from "am 6. Januar 2021"`` ..."""
    timex = None
    if event.timex is not None and 0 <= event.timex < len(doc.timexes):
        timex = doc.timexes[event.timex]
    quoted = f'"{timex.text}"' if timex else None
    published = publication_label(doc)
    dct_phrase = f"the publication date ({published})" if published else "the publication date"
    if event.anchor == "dct":
        return f"from {dct_phrase}"
    if event.anchor == "context" and event.context is not None:
        return f'{_where(doc, event)}: "{_quoted_sentence(doc, event.context)}"'
    if event.anchor == "previous":
        via = f", via {quoted}" if quoted else ""
        return f"inherited from the previous sentence{via}"
    if quoted is None:
        return "stated in the sentence"
    if event.anchor == "relative" or (timex is not None and timex.anchor != "explicit"):
        reference = dct_phrase if timex and timex.anchor == "dct" else "the previous date"
        return f"from {quoted}, counted from {reference}"
    return f"from {quoted}"


#: The sentence a date was taken from is quoted up to this many characters.
_QUOTED_SENTENCE = 60


def _where(doc: DocumentAnalysis, event: Event) -> str:
    """ "from the sentence before", or "from an earlier sentence" further back."""
    assert event.context is not None
    before = [s for s in doc.sentences if s[1] <= event.start]
    if before and before[-1][0] <= event.context[0]:
        return "from the sentence before"
    return "from an earlier sentence"


def _quoted_sentence(doc: DocumentAnalysis, span: Span) -> str:
    text = " ".join(doc.document.text[span[0] : span[1]].split())
    if len(text) <= _QUOTED_SENTENCE:
        return text
    cut = text.rfind(" ", 0, _QUOTED_SENTENCE)
    return text[: cut if cut > 0 else _QUOTED_SENTENCE] + "…"
