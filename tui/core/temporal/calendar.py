"""Calendar arithmetic on TIMEX3 values: parse a value into a point, shift it, format it back.

A :class:`Point` keeps the precision of the value it came from, so a month (``2024-12``)
never gains an invented day: arithmetic finer than the point's precision returns the point
itself at its own precision (see :func:`shift`).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

#: Units from finest to coarsest; a point's precision is one of them.
UNITS = ("D", "W", "M", "Q", "H", "Y", "E", "C")
_RANK = {unit: i for i, unit in enumerate(UNITS)}
# Seasons and quarters sit at month rank for arithmetic purposes.
_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}

_VALUE = re.compile(
    r"^(?P<year>\d{4})"
    r"(?:-(?:(?P<month>\d{2})(?:-(?P<day>\d{2}))?|W(?P<week>\d{2})(?:-(?P<wday>\d))?"
    r"|Q(?P<quarter>[1-4])|H(?P<half>[12])|(?P<season>SP|SU|FA|WI)))?"
    r"(?P<rest>(?:T.*|-WE)?)$"
)
_DECADE = re.compile(r"^(\d{3})$")
_CENTURY = re.compile(r"^(\d{2})$")


@dataclass(frozen=True, slots=True)
class Point:
    """A calendar position: the first day it covers and the precision it is known to."""

    day: dt.date
    unit: str  # one of UNITS, or "S" for a season (month rank)
    value: str  # the TIMEX3 value it came from

    def finer_than(self, unit: str) -> bool:
        """True if this point is known at least as precisely as ``unit``."""
        return _rank(self.unit) <= _rank(unit)


def _rank(unit: str) -> int:
    return _RANK["M"] if unit == "S" else _RANK[unit]


def parse(value: str | None) -> Point | None:
    """The calendar point of a TIMEX3 DATE/TIME value, or None (durations, PAST_REF ...)."""
    if not value:
        return None
    try:
        if m := _VALUE.match(value):
            year = int(m["year"])
            if m["day"]:
                return Point(dt.date(year, int(m["month"]), int(m["day"])), "D", value)
            if m["month"]:
                return Point(dt.date(year, int(m["month"]), 1), "M", value)
            if m["week"]:
                wday = int(m["wday"]) if m["wday"] else 1
                day = dt.date.fromisocalendar(year, int(m["week"]), wday)
                return Point(day, "D" if m["wday"] else "W", value)
            if m["quarter"]:
                return Point(dt.date(year, 3 * int(m["quarter"]) - 2, 1), "Q", value)
            if m["half"]:
                return Point(dt.date(year, 6 * int(m["half"]) - 5, 1), "H", value)
            if m["season"]:
                return Point(dt.date(year, _SEASON_START[m["season"]], 1), "S", value)
            return Point(dt.date(year, 1, 1), "Y", value)
        if m := _DECADE.match(value):
            return Point(dt.date(max(int(m[1]) * 10, 1), 1, 1), "E", value)
        if m := _CENTURY.match(value):
            return Point(dt.date(max(int(m[1]) * 100, 1), 1, 1), "C", value)
    except ValueError:
        return None
    return None


def _add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def fmt(day: dt.date, unit: str) -> str:
    """``day`` written as a TIMEX3 value of granularity ``unit``."""
    if unit == "D":
        return day.isoformat()
    if unit == "W":
        year, week, _ = day.isocalendar()
        return f"{year:04d}-W{week:02d}"
    if unit == "M":
        return f"{day.year:04d}-{day.month:02d}"
    if unit == "Q":
        return f"{day.year:04d}-Q{(day.month - 1) // 3 + 1}"
    if unit == "H":
        return f"{day.year:04d}-H{(day.month - 1) // 6 + 1}"
    if unit == "S":
        season = {12: "WI", 1: "WI", 2: "WI", 3: "SP", 4: "SP", 5: "SP", 6: "SU", 7: "SU"}
        year = day.year - 1 if day.month < 3 else day.year
        return f"{year:04d}-{season.get(day.month, 'SU' if day.month == 8 else 'FA')}"
    if unit == "Y":
        return f"{day.year:04d}"
    if unit == "E":
        return f"{day.year // 10:03d}"
    if unit == "C":
        return f"{day.year // 100:02d}"
    raise ValueError(f"unknown unit {unit!r}")


def shift(point: Point, unit: str, amount: int) -> str:
    """The ``unit`` that lies ``amount`` units from ``point`` (``amount`` 0: the current one).

    When the point is coarser than ``unit`` (a month asked for "yesterday"), the answer is
    the point itself: we know the month, not the day, so we never invent one.
    """
    if not point.finer_than(unit):
        return point.value if point.unit != "S" else fmt(point.day, "M")
    day = point.day
    try:
        if unit == "D":
            day = day + dt.timedelta(days=amount)
        elif unit == "W":
            day = day + dt.timedelta(weeks=amount)
        elif unit in ("M", "Q", "H"):
            day = _add_months(day, amount * {"M": 1, "Q": 3, "H": 6}[unit])
        elif unit in ("Y", "E", "C"):
            day = dt.date(day.year + amount * {"Y": 1, "E": 10, "C": 100}[unit], 1, 1)
    except (OverflowError, ValueError):
        return point.value
    return fmt(day, unit)


#: Months in a unit, for shifting a point coarser than the unit asked for.
_MONTHS = {
    "D": 12 / 365.25,
    "W": 84 / 365.25,
    "M": 1,
    "S": 3,
    "Q": 3,
    "H": 6,
    "Y": 12,
    "E": 120,
    "C": 1200,
}


def shift_coarse(point: Point, unit: str, amount: int) -> str:
    """Like :func:`shift`, but a point coarser than ``unit`` still moves when the distance
    makes at least one of its own units ("twelve months after" 2023 is 2024, "three weeks
    after" September is October); a shorter one leaves it where it is."""
    if point.finer_than(unit) and point.unit != "S":
        return shift(point, unit, amount)
    if point.unit not in _MONTHS:
        return point.value
    steps = round(amount * _MONTHS[unit] / _MONTHS[point.unit])
    if steps == 0:
        return point.value
    try:
        return fmt(_add_months(point.day, steps * round(_MONTHS[point.unit])), point.unit)
    except (OverflowError, ValueError):
        return point.value


def contains(outer: Point, inner: Point) -> bool:
    """Whether ``inner`` lies within ``outer`` ("2024-03-05" within "2024" or "2024-Q1")."""
    return inner.finer_than(outer.unit) and fmt(inner.day, outer.unit) == outer.value


def shift_period(point: Point, unit: str, amount: int) -> str:
    """The same kind of period as ``point``, ``amount`` units away (1989-Q3, Y, -1: 1988-Q3)."""
    months = {"M": 1, "Q": 3, "H": 6, "Y": 12, "E": 120, "C": 1200}.get(unit)
    if months is None:
        return shift(point, unit, amount)
    try:
        return fmt(_add_months(point.day, months * amount), point.unit)
    except (OverflowError, ValueError):
        return point.value


def weekday_near(point: Point, weekday: int, direction: int, strict: bool = False) -> str | None:
    """The date of ``weekday`` (1 = Monday) next to a day-precise ``point``.

    ``direction`` -1: the last such day up to the point, +1: the next one from it on,
    0: the one in the point's own week. The point's own day counts ("said Friday" in a
    Friday paper is that Friday) unless ``strict`` ("last Friday" in a Friday paper is a
    week before). None if the point is not known to the day.
    """
    if point.unit != "D":
        return None
    day = point.day
    delta = weekday - day.isoweekday()
    if direction < 0 and (delta > 0 or (strict and delta == 0)):
        delta -= 7
    elif direction > 0 and (delta < 0 or (strict and delta == 0)):
        delta += 7
    return (day + dt.timedelta(days=delta)).isoformat()


def year_near(point: Point, first: int, last: int, direction: int, strict: bool = False) -> int:
    """The year of a period without year (months ``first``..``last``) next to ``point``.

    ``direction`` -1 picks the latest such period that has begun by the point's month,
    +1 the earliest that has not ended before it; 0 (tense unknown) the nearest one, the
    point's own year on a tie. ``strict``: the period must lie wholly before (after) the
    point's month ("last October" in an October paper is a year before). Days are not
    compared: tense clues are too loose for that ("extended to Nov. 20" in a paper of
    1 November is the coming 20 November).
    """
    year = point.day.year
    if not point.finer_than("M"):
        return year
    current = point.day.month
    if direction == 0:

        def months_away(candidate: int) -> int:
            lo, hi = (candidate - year) * 12 + first, (candidate - year) * 12 + last
            return 0 if lo <= current <= hi else min(abs(lo - current), abs(hi - current))

        return min((year, year - 1, year + 1), key=months_away)
    if direction < 0:
        return year if (last < current if strict else first <= current) else year - 1
    return year if (first > current if strict else last >= current) else year + 1


def easter(year: int) -> dt.date:
    """Easter Sunday of ``year`` (Gregorian calendar; anonymous algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    r = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * r) // 451
    month, day = divmod(h + r - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def feast(spec: str, year: int) -> dt.date | None:
    """The date of a movable feast in ``year``.

    ``easter+N``: N days from Easter Sunday (``easter-2`` is Good Friday);
    ``nth:MM:W:N[:D][+K]``: the N-th weekday W (1 = Monday) of month MM counted from day D
    (default 1), N = -1 for the last one (``nth:11:4:4`` is Thanksgiving), moved by K days
    (``nth:11:4:4+1`` is the day after).
    """
    try:
        if spec.startswith("easter"):
            return easter(year) + dt.timedelta(days=int(spec[6:] or 0))
        if spec.startswith("nth:"):
            rule, _, offset = spec.partition("+")
            month, weekday, n, *start = (int(part) for part in rule[4:].split(":"))
            shift = dt.timedelta(days=int(offset or 0))
            if n > 0:
                first = dt.date(year, month, start[0] if start else 1)
                delta = (weekday - first.isoweekday()) % 7
                return first + dt.timedelta(days=delta + 7 * (n - 1)) + shift
            last = _add_months(dt.date(year, month, 1), 1) - dt.timedelta(days=1)
            return last - dt.timedelta(days=(last.isoweekday() - weekday) % 7) + shift
    except ValueError:
        return None
    return None
