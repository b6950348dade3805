"""Movable feasts: the days of Easter and of feasts counted by weekday (Thanksgiving)."""

from __future__ import annotations

import datetime as dt

from tui.core.temporal.values import month_end


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
            last = month_end(year, month)
            return last - dt.timedelta(days=(last.isoweekday() - weekday) % 7) + shift
    except ValueError:
        return None
    return None
