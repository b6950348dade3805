"""Resolve underspecified values against the publication date or the previous reference.

Underspecified values, as rules write them:

``rel(U,N[,SUFFIX])``
    N units ``U`` (D W M Q H Y E C) from the reference time: the DCT in news, the last
    mentioned date fine enough for ``U`` in narrative (``gestern`` = ``rel(D,-1)``).
``ana(U,N[,SUFFIX])``
    N units from the previous reference, whatever the genre (``zwei Jahre später``).
``prev([U])``
    The previous reference itself, optionally cut to unit ``U`` (``damals``, ``im selben Jahr``).
``near(VALUE[,DIR])`` or a bare value with ``XXXX``
    A value without year (``XXXX-03``, ``XXXX-01-06``, ``XXXX-SU``, ``XXXX-WXX-3``) placed
    next to the reference: ``DIR`` -1 before it, +1 after it, absent: the sentence's tense.
``clock(THH:MM)``
    A clock time on the day the sentence is about (the last day mentioned in the sentence,
    else the reference day).

A reference coarser than what a value needs is never refined: with a DCT of ``2024-12``,
``gestern`` is ``2024-12`` (we know the month, not the day) and ``am Mittwoch`` likewise.
Without any reference, relative values degrade to PAST_REF / PRESENT_REF / FUTURE_REF.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from tui.core.temporal import calendar
from tui.core.temporal.calendar import Point
from tui.core.temporal.normalise import CALL, Reading

_VAGUE_BY_SIGN = {-1: "PAST_REF", 0: "PRESENT_REF", 1: "FUTURE_REF"}
_UNKNOWN_YEAR = "XXXX"


@dataclass(frozen=True, slots=True)
class Resolved:
    value: str
    anchor: str  # "explicit" | "dct" | "previous"


def _sign(n: float) -> int:
    return (n > 0) - (n < 0)


def _amount(text: str) -> int:
    return round(float(text))


class Anchorer:
    """Resolves one document's readings in document order, remembering what was mentioned."""

    def __init__(self, dct: str | None, genre: str, weekday_default: int = -1) -> None:
        self.dct = calendar.parse(dct)
        #: Which weekday a bare ``am Mittwoch`` means when the tense does not tell.
        self.weekday_default = weekday_default
        self.narrative = genre == "narrative" or self.dct is None
        self.mentioned: list[Point] = []
        self._sentence = -1
        self._sentence_days: list[Point] = []

    # -- references -------------------------------------------------------------------
    def _previous(self, unit: str | None = None) -> Point | None:
        """The last mentioned point (at least as fine as ``unit``, if given)."""
        for point in reversed(self.mentioned):
            if unit is None or point.finer_than(unit):
                return point
        return None

    def _antecedent(self, unit: str) -> tuple[Point | None, str]:
        """What an anaphor refers back to: the last mention, else the publication date."""
        point = self._previous(unit) or self._previous()
        if point is not None:
            return point, "previous"
        return self.dct, "dct"

    def _reference(self, unit: str) -> tuple[Point | None, str]:
        """The point relative expressions count from, and the anchor kind it gives."""
        if not self.narrative:
            return self.dct, "dct"
        point = self._previous(unit) or self._previous()
        if point is not None:
            return point, "previous"
        return self.dct, "dct"

    # -- resolution ---------------------------------------------------------------------
    def resolve(self, reading: Reading, sentence: int, tense: int) -> Resolved:
        if sentence != self._sentence:
            self._sentence, self._sentence_days = sentence, []
        if reading.type not in ("DATE", "TIME"):  # durations and sets are not anchored
            return Resolved(reading.value, "explicit")
        resolved = self._resolve(reading.value, tense)
        point = calendar.parse(resolved.value)
        if point is not None:
            self.mentioned.append(point)
            if point.unit == "D":
                self._sentence_days.append(point)
        return resolved

    def point(self, value: str, tense: int) -> str:
        """Resolve a ``point`` template without recording it as a mention."""
        return self._resolve(value, tense).value

    def _resolve(self, value: str, tense: int) -> Resolved:
        call = CALL.match(value)
        if call is None:
            if _UNKNOWN_YEAR in value and value.startswith(_UNKNOWN_YEAR):
                return self._near(value, None, tense)
            return Resolved(value, "explicit")
        name, args = call.group(1), [a.strip() for a in call.group(2).split(",")]
        if name == "rel":
            return self._relative(args, previous_only=False)
        if name == "ana":
            return self._relative(args, previous_only=True)
        if name == "prev":
            return self._prev(args[0] if args and args[0] else None)
        if name == "near":
            direction = int(args[1]) if len(args) > 1 and args[1] else None
            return self._near(args[0], direction, tense)
        if name == "clock":
            return self._clock(args[0])
        return Resolved(value, "explicit")

    def _relative(self, args: list[str], *, previous_only: bool) -> Resolved:
        unit, amount = args[0], _amount(args[1]) if len(args) > 1 else 0
        suffix = args[2] if len(args) > 2 else ""
        if previous_only:
            point, anchor = self._antecedent(unit)
        else:
            point, anchor = self._reference(unit)
        if point is None:
            return Resolved(_VAGUE_BY_SIGN[_sign(amount)], anchor)
        value = calendar.shift(point, unit, amount)
        if suffix and point.finer_than(unit):
            value += suffix
        return Resolved(value, anchor)

    def _prev(self, unit: str | None) -> Resolved:
        point = self._previous()
        if point is None:
            return Resolved("PAST_REF", "previous")
        if unit is None or not point.finer_than(unit):
            return Resolved(point.value, "previous")
        return Resolved(calendar.shift(point, unit, 0), "previous")

    def _clock(self, time: str) -> Resolved:
        if self._sentence_days:
            return Resolved(self._sentence_days[-1].day.isoformat() + time, "previous")
        point, anchor = self._reference("D")
        if point is not None and point.unit == "D":
            return Resolved(point.day.isoformat() + time, anchor)
        return Resolved("XXXX-XX-XX" + time, "explicit")

    def _near(self, value: str, direction: int | None, tense: int) -> Resolved:
        """Place a value without year (``XXXX-...``) next to the reference time."""
        rest = value[len(_UNKNOWN_YEAR) :]
        if rest.startswith("-WXX-"):
            return self._weekday(rest, direction, tense)
        if rest.startswith("-XX-"):  # a bare day of the month: the reference month's
            point, anchor = self._reference("M")
            if point is None or not point.finer_than("M"):
                return Resolved(value, "explicit")
            return Resolved(f"{point.day.year:04d}-{point.day.month:02d}" + rest[3:], anchor)
        point, anchor = self._reference("M")
        if point is None:
            return Resolved(value, "explicit")
        dir_ = tense if direction is None else direction
        months = _months_of(rest)
        year = calendar.year_near(point, *months, dir_) if months else point.day.year
        return Resolved(f"{year:04d}{rest}", anchor)

    def _weekday(self, rest: str, direction: int | None, tense: int) -> Resolved:
        """``-WXX-3`` (a Wednesday), ``-WXX-3TEV`` or ``-WXX-WE`` (a weekend) near the reference."""
        weekend = rest[5:7] == "WE"
        weekday, suffix = (6, "") if weekend else (int(rest[5]), rest[6:])
        point, anchor = self._reference("D")
        if point is None:
            return Resolved(_UNKNOWN_YEAR + rest, "explicit")
        if point.unit != "D":
            return Resolved(calendar.shift(point, "D", 0), anchor)
        dir_ = tense if direction is None else direction
        day = calendar.weekday_near(point, weekday, dir_ or self.weekday_default)
        if day is None:
            return Resolved(_UNKNOWN_YEAR + rest, "explicit")
        if weekend:
            return Resolved(calendar.fmt(dt.date.fromisoformat(day), "W") + "-WE", anchor)
        return Resolved(f"{day}{suffix}", anchor)


_SEASON_MONTHS = {"-SP": (3, 5), "-SU": (6, 8), "-FA": (9, 11), "-WI": (12, 14)}


def _months_of(rest: str) -> tuple[int, int] | None:
    """The months a value without year covers (``-03-06`` -> 3..3, ``-SU`` -> 6..8)."""
    if len(rest) >= 3 and rest[1:3].isdigit():
        return int(rest[1:3]), int(rest[1:3])
    if rest[:3] in _SEASON_MONTHS:
        return _SEASON_MONTHS[rest[:3]]
    if rest.startswith("-Q") and rest[2:3].isdigit():
        return 3 * int(rest[2]) - 2, 3 * int(rest[2])
    if rest.startswith("-H") and rest[2:3].isdigit():
        return 6 * int(rest[2]) - 5, 6 * int(rest[2])
    return None
