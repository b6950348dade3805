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
    Statement,
    StatementClues,
    ends_in_participle,
    statement_clues,
    statement_of,
)
from tui.core.events.titles import compress, subordinate_clauses
from tui.core.events.units import Role, Unit, units
from tui.core.model import DocumentAnalysis, Event, EventDate, Mention, Span, Timex
from tui.core.sentences import quotations
from tui.core.temporal.intervals import resolve

#: A day the opening names is the news day when it lies this close before the publication.
_NEWS_DAY_REACH = dt.timedelta(days=7)
#: ... and is told in one of the article's first paragraphs (headline and lead included).
_NEWS_DAY_PARAGRAPHS = 4
_OPENING = (Role.HEADLINE, Role.STANDFIRST, Role.LEAD)
#: Vague times that lie some time before or after now ("kürzlich", "recently", "künftig").
_UNPLACED = frozenset({"PAST_REF", "FUTURE_REF"})
#: Entity labels of those who act: a state told of one of them may be news.
_ACTORS = frozenset({"PER", "ORG"})
#: A title is made from at most this many characters of its sentence: no real sentence is
#: longer, and compressing a whole long one again for each of its many dates is quadratic.
_TITLE_SOURCE = 1_000


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
    return _Builder(analysis, genre).events()


class _Builder:
    """Walks a document's units in order, keeping what its discourse has told so far."""

    def __init__(self, analysis: DocumentAnalysis, genre: str) -> None:
        doc = analysis.document
        self.analysis = analysis
        self.text = doc.text
        self.clues = statement_clues(analysis.lang)
        self.units = units(analysis, self.clues)
        self.timex_starts = [t.start for t in analysis.timexes]
        self.mention_starts = [m.start for m in analysis.mentions]
        self.statements = [
            statement_of(self.text[unit.start : unit.end], self.clues) for unit in self.units
        ]
        self.sides = [self._side_clauses(unit) for unit in self.units]
        self.stated = [
            self._own_date(unit, side, statement.kind is Kind.PAST)
            for unit, side, statement in zip(self.units, self.sides, self.statements, strict=True)
        ]
        self.dct_date = resolve(doc.dct) if doc.dct else None
        self.news_day: _Dated | None = None
        if genre == "news" and self.dct_date is not None:
            self.news_day = _news_day(self.units, self.stated, self.statements, self.dct_date)
        self.quotes = quotations(self.text)
        #: The time the text last named: what "damals" refers to.
        self.reference: EventDate | None = None
        #: The date the current paragraph goes on telling.
        self.run: _Run | None = None
        #: Each unit's text, one string for all its events (a sentence with thousands of
        #: dates must not be copied for each).
        self.unit_texts: dict[Span, str] = {}

    def events(self) -> list[Event]:
        found: list[Event] = []
        for index, unit in enumerate(self.units):
            for dated, listed_at in self._dates(index, unit):
                found.append(self._event(unit, dated, listed_at))
        return found

    def _dates(self, index: int, unit: Unit) -> list[tuple[_Dated, int | None]]:
        """The dates ``unit`` is an event at (several for a list of dates), updating the
        discourse; each with the offset of its date when it is not the unit's first."""
        statement = self.statements[index]
        own = self.stated[index]
        if (
            own is not None
            and own.vague
            and (
                statement.kind is Kind.GENERAL
                or (statement.description and unit.role is not Role.HEADLINE)
                or _inside(self.quotes, self._timex(own).start)
            )
        ):
            # "derzeit" in a quotation, a general statement or a description ("X is now a
            # retired teacher") dates nothing
            own = None
        if own is not None and own.date.value in _UNPLACED and not own.aside:
            # "hat kürzlich eine Studie vorgestellt", "künftig": some time before or
            # after now that no timeline can place; the sentence is no event of its own.
            self.run = None
            return []
        previous = self.reference
        if own is not None and not own.vague:
            self.reference = own.date
        if unit.role is Role.SUBHEADING or statement.kind is Kind.NONE:
            self.run = None
            # A subheading that states its own date tells news ("Demo am 3. Juni").
            if unit.role is Role.SUBHEADING and own is not None and not own.vague:
                return [(_Dated(own.date, own.anchor, own.timex), None)]
            return []
        cue = referring_cue(self.text[unit.start : unit.end], self.analysis.lang)
        if (own is None or own.aside) and previous is not None and cue is not None:
            # "damals", "daraufhin": the time the text named before this sentence.
            return [(_Dated(cue_date(previous, cue), "previous"), None)]
        discourse = self._discourse(index, unit, statement)
        if own is not None and own.aside:
            return self._with_side_date(index, unit, statement, own, discourse)
        if own is not None:
            dated = _from_own(own, self.dct_date if self.news_day else None)
            if own.background:
                self.run = None  # "seit 2022" is no time the next sentences go on telling
            elif dated.date.precision != "vague":
                self.run = _Run(dated.date, unit.paragraph, unit.sentence)
            listed = listed_with(
                self.analysis.timexes,
                own,
                (unit.start, unit.end),
                self.analysis.document.dct,
                self.text,
                self.analysis.lang,
            )
            if listed:
                self.run = None  # "120 in 2019 und 91 in 2018": no one time to go on telling
            return [(dated, None)] + [
                (_Dated(more.date, more.anchor, more.timex), self._timex(more).start)
                for more in listed
            ]
        if discourse is None:
            return []
        self._continue_run(unit, discourse)
        return [(discourse, None)]

    def _with_side_date(
        self,
        index: int,
        unit: Unit,
        statement: Statement,
        own: StatedDate,
        discourse: _Dated | None,
    ) -> list[tuple[_Dated, int | None]]:
        """The dates of a unit whose only date stands in a side clause. Where the discourse
        dates the main clause (the sentence before, the opening), the side clause's date is
        what the main verb is about ("..., sollte er bei der Wahl 2024 ähnlich handeln") and
        the discourse wins; a relative clause that names a date of its own describes
        someone the event involves ("..., die 2022 ausgezeichnet wurde"): an event of its
        own beside the main clause's. Elsewhere, and for a state ("Die Ariane 6 ist das
        Nachfolgemodell der Ariane 5, die bis 2023 flog"), the side clause's date is the
        better guess ("warf ihm vor, sich während der Wahl 2020 verschworen zu haben")."""
        side = _Dated(own.date, own.anchor, own.timex)
        relative = (
            own.anchor == "explicit" and not own.vague and self._in_relative_clause(index, own)
        )
        continues = self.run is not None and self.run.paragraph == unit.paragraph
        dated_by_discourse = continues or unit.role in _OPENING or relative
        if discourse is None or statement.state or not dated_by_discourse:
            return [(side, None)]
        self._continue_run(unit, discourse)
        if relative:
            return [(discourse, None), (side, self._timex(own).start)]
        return [(discourse, None)]

    def _discourse(self, index: int, unit: Unit, statement: Statement) -> _Dated | None:
        """The date the discourse gives a unit without a date of its own in its main clause:
        the run of its paragraph, else (in news, where a paragraph or the article opens)
        the news day or the publication date."""
        kind = statement.kind
        if kind is Kind.GENERAL and unit.role is Role.HEADLINE:
            kind = Kind.PRESENT  # a headline is news, however hedged ("could be threatened")
        if kind is Kind.GENERAL:
            return None
        if statement.description and unit.role is not Role.HEADLINE:
            return None  # "Die Grippe ist eine häufige Krankheit": a description, no event
        dct_date, news_day = self.dct_date, self.news_day
        if statement.now and news_day is not None and dct_date is not None:
            return _Dated(dct_date, "dct")  # "Inzwischen gibt es neue Hinweise."
        acts = self._has_actor(unit)
        if statement.state and (unit.role not in _OPENING or not (statement.pronoun or acts)):
            return None  # a description: "Die Kosten sollen bei 90.000 Euro liegen."
        run = self.run if self.run is not None and self.run.paragraph == unit.paragraph else None
        # A paragraph's discourse opens with its first sentence, or with the first in which
        # someone acts when the sentences before it were no events ("Die Kosten ...").
        opens = (
            unit.role in _OPENING
            or index == 0
            or self.units[index - 1].paragraph != unit.paragraph
            or (run is None and acts)
        )
        if (
            kind is Kind.FUTURE
            and run is not None
            and run.date.precision == "day"
            and _planned(run, dct_date)
        ):
            # A plan for a day goes on with what is planned for it ("The hearing is set
            # for May 3. That is days before the fair where the winners are expected to be
            # named."); a year's plan is too broad to date the next plan by.
            return _continued(run, kind, news_day, dct_date)
        if kind is Kind.FUTURE:
            # A plan without a time of its own is news where the article announces it, in
            # its opening; elsewhere it is no event on the timeline.
            if unit.role in _OPENING and news_day is not None and dct_date is not None:
                return _Dated(dct_date, "dct")
            return None
        if run is not None and statement.retrospective and _planned(run, dct_date):
            # What has happened does not go on from a plan ("Die Demo ist für den 3. Juni
            # geplant. Der Verein begründete den Umzug damit, ...").
            return None
        if run is not None:
            return _continued(run, kind, news_day, dct_date)
        if opens and news_day is not None and dct_date is not None:
            sentence = self.text[unit.start : unit.end]
            return _news_time(
                news_day, dct_date, kind, unit, self.clues, sentence, statement.perfect
            )
        return None

    def _continue_run(self, unit: Unit, dated: _Dated) -> None:
        source = dated.context or unit.sentence
        at_publication = dated.anchor == "dct"
        self.run = _Run(dated.date, unit.paragraph, source, at_publication=at_publication)

    def _timex(self, stated: StatedDate) -> Timex:
        return self.analysis.timexes[stated.timex]

    def _side_clauses(self, unit: Unit) -> list[Span]:
        sentence = self.text[unit.start : unit.end]
        return [
            (unit.start + lo, unit.start + hi)
            for lo, hi in subordinate_clauses(sentence, self.analysis.lang)
        ]

    def _in_relative_clause(self, index: int, stated: StatedDate) -> bool:
        """Whether ``stated`` comes from a relative clause: a date that describes someone
        or something the sentence names ("Memorial, das 2022 ausgezeichnet wurde")."""
        at = self._timex(stated).start
        for start, end in self.sides[index]:
            if start <= at < end:
                first = self.text[start:end].split(maxsplit=1)
                return bool(first) and first[0].lower() in self.clues.relatives
        return False

    def _own_date(self, unit: Unit, side: list[Span], tells_past: bool) -> StatedDate | None:
        return stated_date(
            self.analysis.timexes,
            self.timex_starts,
            (unit.start, unit.end),
            self.analysis.document.dct,
            self.text,
            self.analysis.lang,
            side,
            tells_past,
        )

    def _has_actor(self, unit: Unit) -> bool:
        """Whether a person or an organisation is named in ``unit``."""
        mentions = self.analysis.mentions
        index = bisect.bisect_left(self.mention_starts, unit.start)
        while index < len(mentions) and mentions[index].start < unit.end:
            if mentions[index].label in _ACTORS:
                return True
            index += 1
        return False

    def _event(self, unit: Unit, dated: _Dated, listed_at: int | None) -> Event:
        doc = self.analysis.document
        sentence = self.unit_texts.get((unit.start, unit.end), "")
        if not sentence:
            sentence = self.unit_texts[unit.start, unit.end] = doc.text[unit.start : unit.end]
        # A title keeps the side clause its date comes from ("Carter, who died in late
        # December, ..."), so that it tells what happened then.
        dated_by = self.analysis.timexes[dated.timex].text if dated.timex is not None else ""
        title = doc.title if unit.role is Role.HEADLINE and doc.title else sentence
        mentions = _entities_in(self.analysis.mentions, self.mention_starts, unit.start, unit.end)
        return Event(
            id=event_id(doc.id, unit.start, unit.end, listed_at),
            document=doc.id,
            title=compress(_title_source(title), self.analysis.lang, keep=dated_by),
            text=sentence,
            start=unit.start,
            end=unit.end,
            date=dated.date,
            anchor=dated.anchor,
            timex=dated.timex,
            entities=mentions,
            context=dated.context,
        )


def _title_source(sentence: str) -> str:
    """``sentence``, or its start up to a word's end when it is over :data:`_TITLE_SOURCE`."""
    if len(sentence) <= _TITLE_SOURCE:
        return sentence
    cut = sentence.rfind(" ", 0, _TITLE_SOURCE)
    return sentence[: cut if cut > 0 else _TITLE_SOURCE]


def _from_own(own: StatedDate, dct_date: EventDate | None) -> _Dated:
    """A stated date; in news, "jetzt", "derzeit", "currently" are the publication date."""
    if own.date.value == "PRESENT_REF" and dct_date is not None:
        return _Dated(dct_date, "relative", own.timex)
    return _Dated(own.date, own.anchor, own.timex)


def _continued(
    run: _Run, kind: Kind, news_day: _Dated | None, dct_date: EventDate | None
) -> _Dated:
    """The date of the sentence before. A present after a past is back at the news; a
    past after the news of now tells what happened on the news day."""
    if kind is Kind.PRESENT and dct_date is not None and run.date.latest < dct_date.earliest:
        return _Dated(dct_date, "dct")
    if run.at_publication:
        if kind is Kind.PAST and news_day is not None and news_day.anchor == "context":
            return news_day
        return _Dated(run.date, "dct")
    return _Dated(run.date, "context", context=run.source)


def _planned(run: _Run, dct_date: EventDate | None) -> bool:
    """Whether ``run`` goes on at a time after the publication date: a plan."""
    return dct_date is not None and run.date.earliest > dct_date.latest


def _news_time(
    news_day: _Dated,
    dct_date: EventDate,
    kind: Kind,
    unit: Unit,
    clues: StatementClues,
    sentence: str,
    perfect: bool = False,
) -> _Dated:
    """What the news tells happened on the news day; what it reports as now, at the
    publication date, and so what it tells has come about by now in the perfect ("Der
    Angriff hat landesweit Empörung ausgelöst"). Where headlines tell the past in the
    present ("Ann Doe dies at 84"), a headline's present is the news day too."""
    # A line without a finite verb that ends in a participle is headline style wherever it
    # stands ("Gemeinderat: Bauplan beschlossen"): prose has a finite verb.
    headline_past = (unit.role is Role.HEADLINE and clues.headline_present_is_past) or (
        clues.headline_participle_is_past and ends_in_participle(sentence, clues)
    )
    if (kind is Kind.PAST and not perfect) or (headline_past and kind is Kind.PRESENT):
        return news_day
    return _Dated(dct_date, "dct")


def _news_day(
    found: Sequence[Unit],
    stated: Sequence[StatedDate | None],
    statements: Sequence[Statement],
    dct_date: EventDate,
) -> _Dated:
    """The day of the news: the first day, close before the publication date, on which
    the opening paragraphs tell something happened ("starb am Samstag", "died Sunday
    night"), not only how things stood; else the publication date."""
    paragraphs_seen: set[int] = set()
    for unit, own, statement in zip(found, stated, statements, strict=True):
        if unit.role is not Role.SUBHEADING:
            paragraphs_seen.add(unit.paragraph)
        if len(paragraphs_seen) > _NEWS_DAY_PARAGRAPHS:
            break
        if own is None or own.vague or own.background or own.date.precision != "day":
            continue
        close = dct_date.earliest - _NEWS_DAY_REACH <= own.date.earliest <= dct_date.latest
        # Something happened then: an action, not a state ("Noch am Montagabend lag der
        # Preis bei 3,90 Euro" tells what held before the news, not the news).
        if statement.kind is Kind.PAST and not statement.state and close:
            return _Dated(own.date, "context", context=unit.sentence)
    return _Dated(dct_date, "dct")


def _inside(spans: Sequence[Span], at: int) -> bool:
    """Whether ``at`` lies in one of ``spans`` (sorted, not overlapping)."""
    index = bisect.bisect_right(spans, (at, at)) - 1
    return index >= 0 and spans[index][0] <= at < spans[index][1]


def _entities_in(mentions: Sequence[Mention], starts: list[int], start: int, end: int) -> list[str]:
    seen: dict[str, None] = {}
    for index in range(bisect.bisect_left(starts, start), len(mentions)):
        mention = mentions[index]
        if mention.start >= end:
            break
        if mention.end <= end:
            seen.setdefault(mention.entity)
    return list(seen)
