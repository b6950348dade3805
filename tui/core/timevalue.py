"""TIMEX3 values as intervals: what span of the calendar a value covers, and a label for it.

``2021-01-06`` is a day, ``2024-12`` a month, ``199`` the 1990s, ``2023-SP`` spring 2023,
``PAST_REF`` a vague time before the publication date. Values that cannot be placed on
the calendar (``XXXX-01-06``, durations) give None.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from tui.core.model import PRECISIONS, EventDate

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_SEASONS = {
    "SP": (3, 5, "spring"),
    "SU": (6, 8, "summer"),
    "FA": (9, 11, "autumn"),
    "WI": (12, 14, "winter"),
}  # winter runs from December into the next February
_PARTS_OF_DAY = {
    "MO": "morning",
    "MI": "midday",
    "AF": "afternoon",
    "EV": "evening",
    "NI": "night",
    "DT": "daytime",
}
_MOD_PREFIX = {
    "START": "early ",
    "MID": "mid-",
    "END": "late ",
    "APPROX": "≈ ",
    "BEFORE": "before ",
    "AFTER": "after ",
    "ON_OR_BEFORE": "by ",
    "ON_OR_AFTER": "from ",
    "EQUAL_OR_LESS": "by ",
    "EQUAL_OR_MORE": "from ",
    # On a date, "more/less than N years ago" only says roughly when.
    "LESS_THAN": "≈ ",
    "MORE_THAN": "≈ ",
}
_VAGUE = {
    "PAST_REF": "recently, before",
    "PRESENT_REF": "currently,",
    "FUTURE_REF": "in future, after",
}
#: How far a vague reference reaches from the publication date, in months.
VAGUE_REACH_MONTHS = 6

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::\d{2})?|T([A-Z]{2}))?$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})(-WE)?$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_HALF = re.compile(r"^(\d{4})-H([12])$")
_YEAR = re.compile(r"^(\d{4})$")
_DECADE = re.compile(r"^(\d{3})$")
_CENTURY = re.compile(r"^(\d{2})$")


def _month_end(year: int, month: int) -> dt.date:
    year += (month - 1) // 12
    month = (month - 1) % 12 + 1
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _month_start(year: int, month: int) -> dt.date:
    return dt.date(year + (month - 1) // 12, (month - 1) % 12 + 1, 1)


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _day_label(d: dt.date) -> str:
    return f"{d.day} {_MONTHS[d.month - 1]} {d.year}"


def _calendar_interval(value: str) -> tuple[dt.date, dt.date, str, str] | None:
    """(earliest, latest, precision, label) of a calendar value, or None."""
    try:
        if m := _DAY.match(value):
            day = dt.date(int(m[1]), int(m[2]), int(m[3]))
            label = _day_label(day)
            if m[4]:
                label += f", {m[4]}:{m[5]}"
            elif m[6]:
                label += f", {_PARTS_OF_DAY.get(m[6], m[6].lower())}"
            return day, day, "day", label
        if m := _WEEK.match(value):
            monday = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
            if m[3]:
                saturday = monday + dt.timedelta(days=5)
                return (
                    saturday,
                    saturday + dt.timedelta(days=1),
                    "week",
                    (f"weekend of {_day_label(saturday)}"),
                )
            return monday, monday + dt.timedelta(days=6), "week", f"week of {_day_label(monday)}"
        if m := _MONTH.match(value):
            year, month = int(m[1]), int(m[2])
            if not 1 <= month <= 12:
                return None
            return (
                _month_start(year, month),
                _month_end(year, month),
                "month",
                f"{_MONTHS[month - 1]} {year}",
            )
        if m := _SEASON.match(value):
            year = int(m[1])
            first, last, name = _SEASONS[m[2]]
            label = f"{name} {year}" if m[2] != "WI" else f"{name} {year}/{(year + 1) % 100:02d}"
            return _month_start(year, first), _month_end(year, last), "season", label
        if m := _QUARTER.match(value):
            year, q = int(m[1]), int(m[2])
            return (
                _month_start(year, 3 * q - 2),
                _month_end(year, 3 * q),
                "quarter",
                f"Q{q} {year}",
            )
        if m := _HALF.match(value):
            year, h = int(m[1]), int(m[2])
            return (_month_start(year, 6 * h - 5), _month_end(year, 6 * h), "half", f"H{h} {year}")
        if m := _YEAR.match(value):
            year = int(m[1])
            return dt.date(year, 1, 1), dt.date(year, 12, 31), "year", str(year)
        if m := _DECADE.match(value):
            year = int(m[1]) * 10
            return dt.date(max(year, 1), 1, 1), dt.date(year + 9, 12, 31), "decade", f"{year}s"
        if m := _CENTURY.match(value):
            year = int(m[1]) * 100
            return (
                dt.date(max(year, 1), 1, 1),
                dt.date(year + 99, 12, 31),
                "century",
                f"{_ordinal(int(m[1]) + 1)} century",
            )
    except ValueError:  # month 13, day 31 of a 30-day month, week 54 ...
        return None
    return None


def _apply_mod(earliest: dt.date, latest: dt.date, mod: str | None) -> tuple[dt.date, dt.date]:
    """Narrow an interval to its first, middle or last third for START, MID and END."""
    if mod not in ("START", "MID", "END"):
        return earliest, latest
    span = (latest - earliest).days + 1
    if span < 3:
        return earliest, latest
    third = span // 3
    if mod == "START":
        return earliest, earliest + dt.timedelta(days=third - 1)
    if mod == "MID":
        return earliest + dt.timedelta(days=third), latest - dt.timedelta(days=third)
    return latest - dt.timedelta(days=third - 1), latest


def _shift_months(d: dt.date, months: int) -> dt.date:
    index = d.year * 12 + d.month - 1 + months
    year, month = divmod(index, 12)
    return dt.date(year, month + 1, min(d.day, calendar.monthrange(year, month + 1)[1]))


def range_label(first: str, last: str) -> str:
    """``3 May 2023`` to ``5 May 2023`` is ``3–5 May 2023``; ``2021`` to ``2024``, ``2021–2024``."""
    head, tail = first.split(" "), last.split(" ")
    shared = 0
    while shared < min(len(head), len(tail)) - 1 and head[-1 - shared] == tail[-1 - shared]:
        shared += 1
    left = " ".join(head[: len(head) - shared])
    # "30 Dec 2020 – 2 Jan 2021": spaced when a side has several words of its own.
    dash = " – " if " " in left or (shared == 0 and " " in last) else "–"
    return left + dash + last


def resolve(value: str, mod: str | None = None, dct: str | None = None) -> EventDate | None:
    """The calendar interval of a TIMEX3 DATE/TIME value, or None if it cannot be placed.

    Vague references (``PAST_REF`` ...) are placed next to the publication date ``dct``:
    up to :data:`VAGUE_REACH_MONTHS` before or after it. A range of two values is written
    as an ISO 8601 interval, ``2021/2024``, and covers both.
    """
    if "/" in value:
        first_value, _, last_value = value.partition("/")
        first, last = resolve(first_value, None, dct), resolve(last_value, None, dct)
        if first is None or last is None or last.latest < first.earliest:
            return None
        precision = max(first.precision, last.precision, key=PRECISIONS.index)
        label = range_label(first.label, last.label)
        return EventDate(value, first.earliest, last.latest, precision, label, None)
    if value in _VAGUE:
        reference = _calendar_interval(dct) if dct else None
        if reference is None:
            return None
        dct_earliest, dct_latest, _, dct_label = reference
        if value == "PAST_REF":
            earliest = _shift_months(dct_earliest, -VAGUE_REACH_MONTHS)
            latest = dct_earliest - dt.timedelta(1)
        elif value == "FUTURE_REF":
            earliest = dct_latest + dt.timedelta(1)
            latest = _shift_months(dct_latest, VAGUE_REACH_MONTHS)
        else:
            earliest, latest = dct_earliest, dct_latest
        return EventDate(value, earliest, latest, "vague", f"{_VAGUE[value]} {dct_label}", mod)
    placed = _calendar_interval(value)
    if placed is None:
        return None
    earliest, latest, precision, label = placed
    earliest, latest = _apply_mod(earliest, latest, mod)
    prefix = _MOD_PREFIX.get(mod or "", "")
    return EventDate(value, earliest, latest, precision, prefix + label, mod)
