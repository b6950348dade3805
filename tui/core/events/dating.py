"""The date a unit states itself: its main predicate's temporal expression.

The finest date of the main clause wins (the first on a tie); a date in a side clause or
after a background signal ("seit 2014", "nach dem Börsengang 2021") counts only when the
main clause has none; one the sentence compares with ("compared with last year", "als im
laufenden Jahr") never counts. Two dates joined as a range
("von 2021 bis 2024") give an interval.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache

from tui.core import resources
from tui.core.model import PRECISIONS, EventDate, Timex
from tui.core.temporal.intervals import resolve

_TIMEX_TO_EVENT_ANCHOR = {"explicit": "explicit", "dct": "relative", "previous": "previous"}
#: How far before an expression a background signal may start.
_SIGNAL_REACH = 40
VAGUE_VALUES = frozenset({"PAST_REF", "PRESENT_REF", "FUTURE_REF"})


@dataclass(frozen=True, slots=True)
class Cues:
    same_time: re.Pattern[str] | None
    after: re.Pattern[str] | None
    range_joiners: frozenset[str]
    range_pairs: dict[str, frozenset[str]]  # second word -> first words
    #: Words right before an expression that make it background to the main predicate.
    background: re.Pattern[str] | None
    #: Words right before an expression that make it what the sentence compares with
    #: ("als im laufenden Jahr", "than a year ago"): it dates nothing.
    comparison: re.Pattern[str] | None
    #: What stands between the dates of a list ("1972, 1996 und 2016"), as a whole.
    list_gap: re.Pattern[str] | None
    #: Words after which a bare year is a time ("in", "since"); after any other word and
    #: before a lower-case one, it modifies a noun ("the presumed 2024 nominee").
    year_openers: frozenset[str] = frozenset()
    #: Words right before a bare year that make it what a noun is for ("Bauplan für 2030",
    #: "the budget for 2025"): it names the noun's year, not the time of the sentence.
    purpose: re.Pattern[str] | None = None


def _compile(patterns: list[str], suffix: str = r"(?!\w)") -> re.Pattern[str] | None:
    if not patterns:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(patterns) + ")" + suffix, re.IGNORECASE)


@cache
def cues(lang: str) -> Cues:
    res = resources.load(lang, "events")
    pairs: dict[str, set[str]] = {}
    for first, second in res.get("range_pairs", []):
        pairs.setdefault(second.lower(), set()).add(first.lower())
    return Cues(
        _compile(res.get("same_time", [])),
        _compile(res.get("after", [])),
        frozenset(j.lower() for j in res.get("range_joiners", [])),
        {second: frozenset(firsts) for second, firsts in pairs.items()},
        _compile(res.get("background", []), r"\W*$"),
        _compile(res.get("comparison", []), r"\W*$"),
        re.compile(res["list_gap"], re.IGNORECASE) if "list_gap" in res else None,
        frozenset(w.lower() for w in res.get("year_openers", [])),
        _compile(res.get("purpose", []), r"\W*$"),
    )


@dataclass(frozen=True, slots=True)
class StatedDate:
    date: EventDate
    anchor: str  # "explicit" or "relative" (an expression resolved against the DCT)
    timex: int  # index into the document's timexes
    vague: bool  # PAST_REF and the like: placed near the publication date
    #: After a background signal ("seit 2022"): the main clause has no other date.
    background: bool = False
    #: From a side clause ("..., die 2022 ausgezeichnet wurde"): the main clause has none.
    aside: bool = False


def stated_date(
    timexes: Sequence[Timex],
    starts: list[int],
    span: tuple[int, int],
    dct: str | None,
    text: str,
    lang: str,
    side_clauses: Sequence[tuple[int, int]] = (),
    tells_past: bool = False,
) -> StatedDate | None:
    """The date ``text[span]`` states: the finest of its main clause (the first on a
    tie), else of its background phrases and side clauses. "Trump, who took office on
    Jan. 20, will sign the bill tomorrow" happens tomorrow; "Im Streit um den Haushalt
    2026 hat Merz am Mittwoch ..." on Wednesday. In a statement that ``tells_past``, a
    duration measures a span rather than pointing ahead ("their third title in five
    years" is no date in five years)."""
    found: list[tuple[int, StatedDate]] = []  # (rank: 0 main, 1 background, 2 aside), date
    for index in range(bisect.bisect_left(starts, span[0]), len(timexes)):
        timex = timexes[index]
        if timex.start >= span[1]:
            break
        stated = _stated(timexes, index, span, dct, text, lang)
        if stated is None or (tells_past and _points_ahead(timex, stated, dct)):
            continue
        if _after_signal(cues(lang).comparison, text, timex):
            continue  # "Das sind 1,5 Tage weniger als im laufenden Jahr"
        if _modifies_a_noun(text, timex, lang) or _names_a_purpose(text, timex, lang):
            continue  # "Trump, the presumed 2024 nominee, is ...": a name, no time
        if any(lo <= timex.start < hi for lo, hi in side_clauses):
            found.append((2, stated))
        else:
            found.append((int(_after_background(text, timex, lang)), stated))
    if not found:
        return None
    best_rank = min(rank for rank, _ in found)
    candidates = [stated for rank, stated in found if rank == best_rank]
    best = min(candidates, key=lambda s: PRECISIONS.index(s.date.precision))
    return replace(best, background=best_rank == 1, aside=best_rank == 2)


def _points_ahead(timex: Timex, stated: StatedDate, dct: str | None) -> bool:
    """A duration whose point lies after the publication date: "in five years"."""
    if timex.type != "DURATION" or dct is None:
        return False
    published = resolve(dct)
    return published is not None and stated.date.earliest > published.latest


def listed_with(
    timexes: Sequence[Timex],
    chosen: StatedDate,
    span: tuple[int, int],
    dct: str | None,
    text: str,
    lang: str,
) -> list[StatedDate]:
    """The other dates of a list that ``chosen`` stands in: "won in 1972, 1996 and 2016"
    tells three events, "2019 und 2021 gab es Wahlen" two."""
    gap = cues(lang).list_gap
    if gap is None or chosen.vague:
        return []
    listed: list[StatedDate] = []
    for step in (-1, 1):
        index = chosen.timex
        while 0 <= index + step < len(timexes):
            left, right = sorted((index, index + step))
            between = text[timexes[left].end : timexes[right].start]
            neighbour = timexes[index + step]
            if not span[0] <= neighbour.start < span[1] or not gap.fullmatch(between):
                break
            stated = _stated(timexes, index + step, span, dct, text, lang)
            if (
                stated is None
                or stated.vague
                or joins_range(text, timexes[left], timexes[right], lang)
            ):
                break
            listed.append(stated)
            index += step
    return sorted(listed, key=lambda s: s.timex)


def _stated(
    timexes: Sequence[Timex],
    index: int,
    span: tuple[int, int],
    dct: str | None,
    text: str,
    lang: str,
) -> StatedDate | None:
    timex = timexes[index]
    value = point(timex)
    if value is None:
        return None
    date = resolve(value, timex.mod, dct)
    if date is None:
        return None
    following = timexes[index + 1] if index + 1 < len(timexes) else None
    if following is not None and following.end <= span[1]:
        last = point(following)
        if last is not None and joins_range(text, timex, following, lang):
            date = resolve(f"{value}/{last}", None, dct) or date
    anchor = _TIMEX_TO_EVENT_ANCHOR.get(timex.anchor, "explicit")
    return StatedDate(date, anchor, index, value in VAGUE_VALUES)


_BARE_YEAR = re.compile(r"\d{4}")
_LOWER_WORD_BEFORE = re.compile(r"(?<![\w.,;:!?])([^\W\d_]+)\s+$")
_LOWER_WORD_AFTER = re.compile(r"\s+[^\W\d_]")


def _names_a_purpose(text: str, timex: Timex, lang: str) -> bool:
    """A bare year a noun is for: "Bauplan für 2030 beschlossen" was decided now."""
    return _BARE_YEAR.fullmatch(text[timex.start : timex.end]) is not None and _after_signal(
        cues(lang).purpose, text, timex
    )


def _modifies_a_noun(text: str, timex: Timex, lang: str) -> bool:
    """A bare year inside a noun phrase, between two lower-case words the first of which
    is no preposition that makes it a time ("the likely 2028 mayoral candidate",
    "the harvest fair 2026 budget"): it names what the phrase is about."""
    openers = cues(lang).year_openers
    if not openers or not _BARE_YEAR.fullmatch(text[timex.start : timex.end]):
        return False
    before = _LOWER_WORD_BEFORE.search(text, max(0, timex.start - _SIGNAL_REACH), timex.start)
    after = _LOWER_WORD_AFTER.match(text, timex.end)
    return (
        before is not None
        and before[1].islower()
        and before[1] not in openers
        and after is not None
        and after[0].strip().islower()
    )


def _after_background(text: str, timex: Timex, lang: str) -> bool:
    return _after_signal(cues(lang).background, text, timex)


def _after_signal(pattern: re.Pattern[str] | None, text: str, timex: Timex) -> bool:
    return (
        pattern is not None
        and pattern.search(text, max(0, timex.start - _SIGNAL_REACH), timex.start) is not None
    )


def point(timex: Timex) -> str | None:
    """The value that places a sentence in time, if the expression has one."""
    return timex.point or (timex.value if timex.type in ("DATE", "TIME") else None)


_WORD_BEFORE = re.compile(r"(\w+)\W*$")


def joins_range(text: str, first: Timex, second: Timex, lang: str) -> bool:
    """``von 2021 bis 2024``, ``2021–2024``, ``between 2019 and 2021``."""
    range_cues = cues(lang)
    gap = " ".join(text[first.end : second.start].split()).lower()
    if gap in range_cues.range_joiners:
        return True
    openers = range_cues.range_pairs.get(gap)
    before = _WORD_BEFORE.search(text, max(0, first.start - 30), first.start)
    return openers is not None and before is not None and before[1].lower() in openers


def referring_cue(sentence: str, lang: str) -> str | None:
    """``same_time`` for "damals", "at the time"; ``after`` for "daraufhin"; else None."""
    found = cues(lang)
    if found.same_time is not None and found.same_time.search(sentence):
        return "same_time"
    if found.after is not None and found.after.search(sentence):
        return "after"
    return None


def cue_date(reference: EventDate, cue: str) -> EventDate:
    """The reference date, marked as 'after' it for cues like ``daraufhin``."""
    if cue != "after" or reference.mod:
        return reference
    return replace(reference, mod="AFTER", label=f"after {reference.label}")
