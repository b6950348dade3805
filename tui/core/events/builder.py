"""Dated events: one per sentence that is anchored in time.

A sentence is dated by its first temporal expression that can be placed on the calendar;
failing that, by a cue that refers back (``damals``, ``daraufhin``, ``at the time``) to the
reference time of the sentences before it; and in news, the headline and the opening
sentence fall back on the publication date.
"""

from __future__ import annotations

import bisect
import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache

from tui.core import resources
from tui.core.model import PRECISIONS, DocumentAnalysis, Event, EventDate, Mention, Timex
from tui.core.sentences import parts_between
from tui.core.timevalue import resolve
from tui.core.titles import compress, subordinate_clauses

_TIMEX_TO_EVENT_ANCHOR = {"explicit": "explicit", "dct": "relative", "previous": "previous"}
#: The headline block becomes a single event only while it stays about this short.
_MAX_LEDE_EVENT = 300


@dataclass(frozen=True, slots=True)
class _Cues:
    same_time: re.Pattern[str] | None
    after: re.Pattern[str] | None
    range_joiners: frozenset[str]
    range_pairs: dict[str, frozenset[str]]  # second word -> first words


def _compile(patterns: list[str]) -> re.Pattern[str] | None:
    if not patterns:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(patterns) + r")(?!\w)", re.IGNORECASE)


@cache
def _cues(lang: str) -> _Cues:
    res = resources.load(lang, "events")
    pairs: dict[str, set[str]] = {}
    for first, second in res.get("range_pairs", []):
        pairs.setdefault(second.lower(), set()).add(first.lower())
    return _Cues(
        _compile(res.get("same_time", [])),
        _compile(res.get("after", [])),
        frozenset(j.lower() for j in res.get("range_joiners", [])),
        {second: frozenset(firsts) for second, firsts in pairs.items()},
    )


def event_id(document_id: str, start: int, end: int) -> str:
    """Stable across runs for the same document id and sentence span."""
    digest = hashlib.blake2b(f"{document_id}\0{start}\0{end}".encode(), digest_size=6)
    return "ev-" + digest.hexdigest()


@dataclass(slots=True)
class _Unit:
    """A stretch of text that may become one event: a sentence, or the headline block."""

    start: int
    end: int
    is_lede: bool


def build_events(analysis: DocumentAnalysis, *, genre: str = "news") -> list[Event]:
    """The document's events in document order (the pipeline sorts across documents)."""
    doc = analysis.document
    text = doc.text
    cues = _cues(analysis.lang)
    dct_date = resolve(doc.dct) if doc.dct else None
    timex_starts = [t.start for t in analysis.timexes]
    mention_starts = [m.start for m in analysis.mentions]
    reference: EventDate | None = None
    events: list[Event] = []
    for unit in _units(analysis, genre):
        sentence = text[unit.start : unit.end]
        side = [
            (unit.start + lo, unit.start + hi)
            for lo, hi in subordinate_clauses(sentence, analysis.lang)
        ]
        dated = _date_from_timexes(analysis.timexes, timex_starts, unit, doc.dct, text, cues, side)
        if dated is not None:
            date, anchor, timex_index = dated
        elif reference is not None and (cue := _cue(cues, sentence)) is not None:
            date, anchor, timex_index = cue_date(reference, cue), "previous", None
        elif unit.is_lede and dct_date is not None:
            date, anchor, timex_index = dct_date, "dct", None
        else:
            continue
        # A title keeps the side clause its date comes from ("Carter, who died in late
        # December, ..."), so that it tells what happened then.
        dated_by = ""
        if timex_index is not None:
            timex = analysis.timexes[timex_index]
            if any(lo <= timex.start < hi for lo, hi in side):
                dated_by = timex.text
        if timex_index is not None and date.precision != "vague":
            reference = date  # later anaphors refer back to what the text last dated
        in_headline = doc.lede is not None and doc.lede[0] <= unit.start < doc.lede[1]
        title = doc.title if in_headline and doc.title else None
        events.append(
            Event(
                id=event_id(doc.id, unit.start, unit.end),
                document=doc.id,
                title=compress(title or sentence, analysis.lang, keep=dated_by),
                text=sentence,
                start=unit.start,
                end=unit.end,
                date=date,
                anchor=anchor,
                timex=timex_index,
                entities=_entities_in(analysis.mentions, mention_starts, unit.start, unit.end),
            )
        )
    return events


def cue_date(reference: EventDate, cue: str) -> EventDate:
    """The reference date, marked as 'after' it for cues like ``daraufhin``."""
    if cue != "after" or reference.mod:
        return reference
    return replace(reference, mod="AFTER", label=f"after {reference.label}")


def _units(analysis: DocumentAnalysis, genre: str) -> list[_Unit]:
    """Sentences, with the headline block merged into one unit and the lede marked."""
    doc = analysis.document
    units: list[_Unit] = []
    lede = doc.lede
    for start, end in analysis.sentences:
        in_lede = lede is not None and lede[0] <= start and end <= lede[1]
        if not in_lede and _is_dateline(doc.text[start:end]):
            continue  # "Berlin." before the first sentence, a byline: no event
        if in_lede:
            if units and units[-1].is_lede and end - units[-1].start <= _MAX_LEDE_EVENT:
                units[-1].end = end
                continue
            units.append(_Unit(start, end, is_lede=not units))
        else:
            units.extend(_Unit(a, b, is_lede=False) for a, b in _clauses(analysis, start, end))
    if genre == "news":
        # News opens with its news: the first body sentence is the lede.
        body = [u for u in units if not (lede and lede[0] <= u.start and u.end <= lede[1])]
        if body:
            body[0].is_lede = True
    return units


_SEMICOLON = re.compile(r";\s+")


def _clauses(analysis: DocumentAnalysis, start: int, end: int) -> list[tuple[int, int]]:
    """A sentence, or its parts between semicolons when each of them has a date of its own:
    "Sie heiratete 1958; die Ehe wurde sieben Jahre später geschieden" is two events."""
    parts = parts_between(_SEMICOLON, analysis.document.text, start, end)
    dated = [any(lo <= t.start < hi for t in analysis.timexes) for lo, hi in parts]
    return parts if all(dated) else [(start, end)]


_WORDS = re.compile(r"\w[\w'’-]*")
#: A line of at most this many capitalised words and no digit is a dateline or a byline.
_MAX_DATELINE_WORDS = 3


def _is_dateline(sentence: str) -> bool:
    """A dateline or byline ("Berlin.", "WASHINGTON –", "Von Anna Weber"): no event."""
    words = _WORDS.findall(sentence)
    return (
        0 < len(words) <= _MAX_DATELINE_WORDS
        and all(w[0].isupper() for w in words)
        and not any(ch.isdigit() for ch in sentence)
    )


def _date_from_timexes(
    timexes: Sequence[Timex],
    starts: list[int],
    unit: _Unit,
    dct: str | None,
    text: str,
    cues: _Cues,
    side_clauses: Sequence[tuple[int, int]] = (),
) -> tuple[EventDate, str, int] | None:
    """The finest date of the main clause (the first on a tie), else of the side clauses:
    "Trump, who took office on Jan. 20, will sign the bill tomorrow" happens tomorrow, and
    "Im Streit um den Haushalt 2026 hat Merz am Mittwoch ..." on Wednesday."""
    in_range = range(bisect.bisect_left(starts, unit.start), len(timexes))
    for main_clause in (True, False):
        dates = _clause_dates(timexes, in_range, unit, dct, text, cues, side_clauses, main_clause)
        if dates:
            return min(dates, key=lambda d: PRECISIONS.index(d[0].precision))
    return None


def _clause_dates(
    timexes: Sequence[Timex],
    indexes: range,
    unit: _Unit,
    dct: str | None,
    text: str,
    cues: _Cues,
    side_clauses: Sequence[tuple[int, int]],
    main_clause: bool,
) -> list[tuple[EventDate, str, int]]:
    dates = []
    for index in indexes:
        timex = timexes[index]
        if timex.start >= unit.end:
            break
        inside_side_clause = any(lo <= timex.start < hi for lo, hi in side_clauses)
        if main_clause and inside_side_clause:
            continue
        value = _point(timex)
        if value is None:
            continue
        date = resolve(value, timex.mod, dct)
        if date is None:
            continue
        following = timexes[index + 1] if index + 1 < len(timexes) else None
        if following is not None and following.end <= unit.end:
            last = _point(following)
            if last is not None and _joins_range(text, timex, following, cues):
                date = resolve(f"{value}/{last}", None, dct) or date
        dates.append((date, _TIMEX_TO_EVENT_ANCHOR.get(timex.anchor, "explicit"), index))
    return dates


def _point(timex: Timex) -> str | None:
    """The value that places a sentence in time, if the expression has one."""
    return timex.point or (timex.value if timex.type in ("DATE", "TIME") else None)


_WORD_BEFORE = re.compile(r"(\w+)\W*$")


def _joins_range(text: str, first: Timex, second: Timex, cues: _Cues) -> bool:
    """``von 2021 bis 2024``, ``2021–2024``, ``between 2019 and 2021``."""
    gap = " ".join(text[first.end : second.start].split()).lower()
    if gap in cues.range_joiners:
        return True
    openers = cues.range_pairs.get(gap)
    before = _WORD_BEFORE.search(text, max(0, first.start - 30), first.start)
    return openers is not None and before is not None and before[1].lower() in openers


def _cue(cues: _Cues, sentence: str) -> str | None:
    if cues.same_time is not None and cues.same_time.search(sentence):
        return "same_time"
    if cues.after is not None and cues.after.search(sentence):
        return "after"
    return None


def _entities_in(mentions: Sequence[Mention], starts: list[int], start: int, end: int) -> list[str]:
    seen: dict[str, None] = {}
    for index in range(bisect.bisect_left(starts, start), len(mentions)):
        mention = mentions[index]
        if mention.start >= end:
            break
        if mention.end <= end:
            seen.setdefault(mention.entity)
    return list(seen)
