"""Dated events: one per unit (a sentence, or a part of one) that is anchored in time.

A unit is dated by the date it states itself (see :mod:`.dating`); failing that, by a cue
that refers back (``damals``, ``daraufhin``, ``at the time``) to the last date the text
stated; failing that, by the discourse it continues:

* inside a paragraph, a sentence that tells an event without a date of its own takes the
  date of the sentence before it ("from the sentence before"), until a quotation, a
  general statement, or a shift from past to present ends that run;
* in news, the opening (headline, standfirst, the first paragraph) reports the news of
  the day: a sentence there, or one that opens a later paragraph, that tells something in
  the past happened on the news day (the day the opening names, if it names one close to
  the publication date), one in the present on the publication date.

Questions, bare quotations, subheadings and datelines are no events; a general or
hypothetical statement is one only with a date of its own, never with a vague one.
"""

from __future__ import annotations

import bisect
import datetime as dt
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass

from tui.core.events.dating import (
    StatedDate,
    cue_date,
    listed_with,
    referring_cue,
    stated_date,
)
from tui.core.events.statements import (
    Kind,
    StatementClues,
    kind_of,
    quoted_spans,
    statement_clues,
)
from tui.core.events.units import Role, Unit, units
from tui.core.model import DocumentAnalysis, Event, EventDate, Mention, Span
from tui.core.temporal.intervals import resolve
from tui.core.titles import compress, subordinate_clauses

#: A day the opening names is the news day when it lies this close before the publication.
_NEWS_DAY_REACH = dt.timedelta(days=7)
#: ... and is told in one of the article's first paragraphs (headline and lead included).
_NEWS_DAY_PARAGRAPHS = 4
_OPENING = (Role.HEADLINE, Role.STANDFIRST, Role.LEAD)


def event_id(document_id: str, start: int, end: int, listed_at: int | None = None) -> str:
    """Stable across runs for the same document id and sentence span (and, for the further
    dates of a list in one sentence, the date's offset)."""
    key = f"{document_id}\0{start}\0{end}" + ("" if listed_at is None else f"\0{listed_at}")
    digest = hashlib.blake2b(key.encode(), digest_size=6)
    return "ev-" + digest.hexdigest()


@dataclass(frozen=True, slots=True)
class _Dated:
    date: EventDate
    anchor: str
    timex: int | None = None
    context: Span | None = None  # the sentence the date was taken from


@dataclass(frozen=True, slots=True)
class _Run:
    """The date a paragraph's sentences continue, and where it was stated."""

    date: EventDate
    paragraph: int
    source: Span
    #: The run goes on at the publication date (no sentence stated it).
    at_publication: bool = False


def build_events(analysis: DocumentAnalysis, *, genre: str = "news") -> list[Event]:
    """The document's events in document order (the pipeline sorts across documents)."""
    doc = analysis.document
    text = doc.text
    clues = statement_clues(analysis.lang)
    found_units = units(analysis, clues)
    stated = [_own_date(analysis, unit) for unit in found_units]
    kinds = [kind_of(text[unit.start : unit.end], clues) for unit in found_units]
    dct_date = resolve(doc.dct) if doc.dct else None
    news = genre == "news" and dct_date is not None
    news_day = _news_day(found_units, stated, kinds, dct_date) if dct_date and news else None
    mention_starts = [m.start for m in analysis.mentions]
    reference: EventDate | None = None
    run: _Run | None = None
    events: list[Event] = []
    quotes = quoted_spans(text)
    for index, (unit, own, kind) in enumerate(zip(found_units, stated, kinds, strict=True)):
        if unit.role is Role.SUBHEADING:
            run = None
            continue
        sentence = text[unit.start : unit.end]
        if kind is Kind.NONE:
            run = None
            continue
        if (
            own is not None
            and own.vague
            and (kind is Kind.GENERAL or _inside(quotes, analysis.timexes[own.timex].start))
        ):
            own = None  # "derzeit" in a quotation or a general statement dates nothing
        discourse = _discourse_date(
            run if run is not None and run.paragraph == unit.paragraph else None,
            news_day if unit.role in _OPENING or _opens_paragraph(found_units, index) else None,
            dct_date,
            kind,
            unit,
            clues,
        )
        dated: _Dated | None = None
        own_used = own is not None and not (own.aside and discourse is not None)
        if own is not None and not own.vague:
            reference = own.date  # what "damals" refers to: the time the text last named
        if own is not None and own_used:
            # A date only a side clause states ("Die Laudatio hielt X, die 2022 ...
            # ausgezeichnet wurde") dates the sentence when its discourse does not.
            dated = _from_own(own, dct_date if news else None)
            # A background date ("seit 2022") is no time the next sentences go on telling.
            if not own.background and not own.aside and dated.date.precision != "vague":
                run = _Run(dated.date, unit.paragraph, unit.sentence)
            elif own.background:
                run = None
        elif reference is not None and (cue := referring_cue(sentence, analysis.lang)):
            dated = _Dated(cue_date(reference, cue), "previous")
        elif kind is not Kind.GENERAL:
            dated = discourse
        if dated is None:
            continue
        if dated.anchor in ("context", "dct"):
            source = dated.context or unit.sentence
            run = _Run(dated.date, unit.paragraph, source, at_publication=dated.anchor == "dct")
        events.append(_event(analysis, unit, dated, mention_starts))
        if own is not None and own_used:
            span = (unit.start, unit.end)
            for listed in listed_with(analysis.timexes, own, span, doc.dct, text, analysis.lang):
                also = _Dated(listed.date, listed.anchor, listed.timex)
                start = analysis.timexes[listed.timex].start
                events.append(_event(analysis, unit, also, mention_starts, listed_at=start))
    return events


def _own_date(analysis: DocumentAnalysis, unit: Unit) -> StatedDate | None:
    text = analysis.document.text
    sentence = text[unit.start : unit.end]
    side = [
        (unit.start + lo, unit.start + hi)
        for lo, hi in subordinate_clauses(sentence, analysis.lang)
    ]
    starts = [t.start for t in analysis.timexes]
    return stated_date(
        analysis.timexes,
        starts,
        (unit.start, unit.end),
        analysis.document.dct,
        text,
        analysis.lang,
        side,
    )


def _from_own(own: StatedDate, dct_date: EventDate | None) -> _Dated:
    """A stated date; in news, "jetzt", "derzeit", "currently" are the publication date."""
    if own.date.value == "PRESENT_REF" and dct_date is not None:
        return _Dated(dct_date, "relative", own.timex)
    return _Dated(own.date, own.anchor, own.timex)


def _discourse_date(
    run: _Run | None,
    news_day: _Dated | None,
    dct_date: EventDate | None,
    kind: Kind,
    unit: Unit,
    clues: StatementClues,
) -> _Dated | None:
    """The date the discourse gives a unit: the run of its paragraph, else (in news, at
    the opening or a paragraph's start) the news day or the publication date."""
    if kind in (Kind.GENERAL, Kind.NONE):
        return None
    if run is not None:
        return _continued(run, kind, dct_date)
    if news_day is not None and dct_date is not None:
        return _news_time(news_day, dct_date, kind, unit, clues)
    return None


def _opens_paragraph(found: Sequence[Unit], index: int) -> bool:
    return index == 0 or found[index - 1].paragraph != found[index].paragraph


def _continued(run: _Run, kind: Kind, dct_date: EventDate | None) -> _Dated:
    """The date of the sentence before; a present after a past is back at the news."""
    if kind is Kind.PRESENT and dct_date is not None and run.date.latest < dct_date.earliest:
        return _Dated(dct_date, "dct")
    if run.at_publication:
        return _Dated(run.date, "dct")
    return _Dated(run.date, "context", context=run.source)


def _news_time(
    news_day: _Dated, dct_date: EventDate, kind: Kind, unit: Unit, clues: StatementClues
) -> _Dated:
    """What the news tells happened on the news day; what it reports as now, at the
    publication date. Where headlines tell the past in the present ("Quincy Jones dies
    at 91"), a headline's present is the news day too."""
    headline_past = unit.role is Role.HEADLINE and clues.headline_present_is_past
    if kind is Kind.PAST or (headline_past and kind is Kind.PRESENT):
        return news_day
    return _Dated(dct_date, "dct")


def _news_day(
    found: Sequence[Unit],
    stated: Sequence[StatedDate | None],
    kinds: Sequence[Kind],
    dct_date: EventDate,
) -> _Dated:
    """The day of the news: the first day, close before the publication date, on which
    the opening paragraphs tell something happened ("starb am Samstag", "died Sunday
    night"); else the publication date."""
    paragraphs_seen: set[int] = set()
    for unit, own, kind in zip(found, stated, kinds, strict=True):
        if unit.role is not Role.SUBHEADING:
            paragraphs_seen.add(unit.paragraph)
        if len(paragraphs_seen) > _NEWS_DAY_PARAGRAPHS:
            break
        if own is None or own.vague or own.background or own.date.precision != "day":
            continue
        if (
            kind is Kind.PAST
            and dct_date.earliest - _NEWS_DAY_REACH <= own.date.earliest <= dct_date.latest
        ):
            return _Dated(own.date, "context", context=unit.sentence)
    return _Dated(dct_date, "dct")


def _inside(spans: Sequence[Span], at: int) -> bool:
    """Whether ``at`` lies in one of ``spans`` (sorted, not overlapping)."""
    index = bisect.bisect_right(spans, (at, at)) - 1
    return index >= 0 and spans[index][0] <= at < spans[index][1]


def _event(
    analysis: DocumentAnalysis,
    unit: Unit,
    dated: _Dated,
    mention_starts: list[int],
    listed_at: int | None = None,
) -> Event:
    doc = analysis.document
    sentence = doc.text[unit.start : unit.end]
    # A title keeps the side clause its date comes from ("Carter, who died in late
    # December, ..."), so that it tells what happened then.
    dated_by = analysis.timexes[dated.timex].text if dated.timex is not None else ""
    title = doc.title if unit.role is Role.HEADLINE and doc.title else sentence
    return Event(
        id=event_id(doc.id, unit.start, unit.end, listed_at),
        document=doc.id,
        title=compress(title, analysis.lang, keep=dated_by),
        text=sentence,
        start=unit.start,
        end=unit.end,
        date=dated.date,
        anchor=dated.anchor,
        timex=dated.timex,
        entities=_entities_in(analysis.mentions, mention_starts, unit.start, unit.end),
        context=dated.context,
    )


def _entities_in(mentions: Sequence[Mention], starts: list[int], start: int, end: int) -> list[str]:
    seen: dict[str, None] = {}
    for index in range(bisect.bisect_left(starts, start), len(mentions)):
        mention = mentions[index]
        if mention.start >= end:
            break
        if mention.end <= end:
            seen.setdefault(mention.entity)
    return list(seen)
