"""TIMEX3 values as labelled calendar intervals: the :class:`EventDate` of a value.

Built on :mod:`.values` (which parses the value): this module only adds what a reader sees,
the English label (``spring 2023``, ``weekend of 3 Feb 2024``), a mod's narrowing of the
interval (``START`` is its first third) and the placing of vague references beside the
publication date. ``XXXX-01-06`` and durations cannot be placed and give None.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from tui.core.model import PRECISIONS, EventDate
from tui.core.temporal.values import SEASONS, TimeValue, parse

#: Month abbreviations of every label (English, like all labels; independent of the locale).
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_PARTS_OF_DAY = {
    "MO": "morning",
    "MI": "midday",
    "AF": "afternoon",
    "EV": "evening",
    "NI": "night",
    "DT": "daytime",
}
#: A time of day as a label can write it: a clock time, seconds dropped, or a part of day.
_TIME = re.compile(r"^T(?:(\d{2}):(\d{2})(?::\d{2})?|([A-Z]{2}))$")
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
#: A weekend is a week for precision: the timeline has no finer unit between day and week.
_PRECISION = {"weekend": "week"}


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def day_label(d: dt.date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def _label(value: TimeValue) -> str | None:
    """How a reader is told ``value``, or None when it holds a time no label can write
    (a time on anything but a day, a clock time with a zone ...)."""
    time = _TIME.match(value.time) if value.time else None
    if value.time and (value.kind != "day" or time is None):
        return None
    first, year = value.first, value.first.year
    if value.kind == "day":
        if time is None:
            return day_label(first)
        if time[1]:
            return f"{day_label(first)}, {time[1]}:{time[2]}"
        return f"{day_label(first)}, {_PARTS_OF_DAY.get(time[3], time[3].lower())}"
    if value.kind == "week":
        return f"week of {day_label(first)}"
    if value.kind == "weekend":
        return f"weekend of {day_label(first)}"
    if value.kind == "month":
        return f"{MONTHS[first.month - 1]} {year}"
    if value.kind == "season":
        name = SEASONS[value.value[-2:]][2]
        return (
            f"{name} {year}" if value.last.year == year else f"{name} {year}/{(year + 1) % 100:02d}"
        )
    if value.kind == "quarter":
        return f"Q{(first.month - 1) // 3 + 1} {year}"
    if value.kind == "half":
        return f"H{(first.month - 1) // 6 + 1} {year}"
    if value.kind == "year":
        return str(year)
    century_or_decade = int(value.value)
    if value.kind == "decade":
        return f"{century_or_decade * 10}s"
    return f"{_ordinal(century_or_decade + 1)} century"


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
    """The same day ``months`` later, at most the last of its month."""
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


def _placed(value: str) -> tuple[TimeValue, str] | None:
    """A value and its label, if it can be placed on the calendar and labelled."""
    parsed = parse(value)
    if parsed is None:
        return None
    label = _label(parsed)
    return None if label is None else (parsed, label)


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
        reference = _placed(dct) if dct else None
        if reference is None:
            return None
        dct_value, dct_label = reference
        if value == "PAST_REF":
            earliest = _shift_months(dct_value.first, -VAGUE_REACH_MONTHS)
            latest = dct_value.first - dt.timedelta(1)
        elif value == "FUTURE_REF":
            earliest = dct_value.last + dt.timedelta(1)
            latest = _shift_months(dct_value.last, VAGUE_REACH_MONTHS)
        else:
            earliest, latest = dct_value.first, dct_value.last
        return EventDate(value, earliest, latest, "vague", f"{_VAGUE[value]} {dct_label}", mod)
    placed = _placed(value)
    if placed is None:
        return None
    parsed, label = placed
    earliest, latest = _apply_mod(parsed.first, parsed.last, mod)
    prefix = _MOD_PREFIX.get(mod or "", "")
    precision = _PRECISION.get(parsed.kind, parsed.kind)
    return EventDate(value, earliest, latest, precision, prefix + label, mod)
