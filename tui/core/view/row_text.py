"""What a timeline row says: the date at its precision and short names of the entities.

A row has little room, so every date comes with shorter variants (longest first) and the
view shows the longest that fits. Vague dates stay visibly vague *and* placed on the calendar
(``≈ H2 2024 (recently)``), and a date whose interval spans several units of its precision is
written as the range it is (``2021–2024``). Pure functions of the model: no terminal needed.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from tui.core.model import EventDate
from tui.core.temporal.intervals import MONTHS, day_label
from tui.core.temporal.values import UNIT_OF, fmt, month_end

APPROXIMATE = "≈"
#: How a vague reference relates to the publication date, in a word or two.
VAGUE_NOTES = {"PAST_REF": "recently", "PRESENT_REF": "now", "FUTURE_REF": "upcoming"}
#: A half year is named for a vague interval only if it holds this share of the interval.
HALF_SHARE = 2 / 3
#: Mods that make an otherwise exact date approximate.
APPROXIMATE_MODS = frozenset({"APPROX", "LESS_THAN", "MORE_THAN"})


@dataclass(frozen=True, slots=True)
class RowDate:
    """A date as a row writes it: ``variants`` from the fullest to the shortest."""

    variants: tuple[str, ...]
    #: Vague or approximate: shown in its own style.
    vague: bool

    def fitting(self, width: int) -> str:
        """The fullest variant of at most ``width`` characters (else the shortest, to be cut)."""
        for variant in self.variants:
            if len(variant) <= width:
                return variant
        return self.variants[-1]


def row_date(date: EventDate) -> RowDate:
    """How the timeline writes ``date``: ``6 Jan 2021``, ``≈ H2 2024 (recently)``, ``2021–2024``."""
    if date.precision == "vague":
        return _vague(date)
    if not _within_one_unit(date):
        return RowDate(_range(date.earliest, date.latest), date.mod in APPROXIMATE_MODS)
    approximate = date.mod in APPROXIMATE_MODS or date.label.startswith(APPROXIMATE)
    label = date.label
    # A time of day or part of day is dropped first: "12 Mar 2020, morning" -> "12 Mar 2020".
    head = label.split(",", 1)[0]
    return RowDate(_unique((label, head, *_week_variants(date, head))), approximate)


#: A week's TIMEX3 value: its ISO year and number ("2009-W18").
_ISO_WEEK = re.compile(r"(\d{4})-W(\d{2})")


def _week_variants(date: EventDate, head: str) -> tuple[str, ...]:
    """A week's shorter forms, for a narrow date column: ``after wk of 27 Apr 2009``, then
    its ISO number, ``after wk 18 2009`` (cut, the full form would end in ``week of 27``)."""
    week = _ISO_WEEK.match(date.value)
    if date.precision != "week" or week is None or "week of " not in head:
        return ()
    lead = head[: head.index("week of ")]
    return (head.replace("week of ", "wk of ", 1), f"{lead}wk {int(week[2])} {week[1]}")


def _unique(variants: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(v for v in variants if v))


# ------------------------------------------------------------------- vague dates


def interval_label(earliest: dt.date, latest: dt.date) -> str:
    """An interval in words at the precision its ends have: ``Jun–Nov 2024``, ``2021–2024``."""
    if earliest == latest:
        return day_label(earliest)
    return _range(earliest, latest)[0]


def _vague(date: EventDate) -> RowDate:
    """``≈ H2 2024 (recently)``: the interval placed as precisely as it honestly can be."""
    place, short = _approximate_place(date.earliest, date.latest)
    note = VAGUE_NOTES.get(date.value) or date.label.split(",", 1)[0].strip()
    full = f"{APPROXIMATE} {place} ({note})" if note else f"{APPROXIMATE} {place}"
    return RowDate(_unique((full, f"{APPROXIMATE} {place}", f"{APPROXIMATE} {short}")), True)


def _approximate_place(earliest: dt.date, latest: dt.date) -> tuple[str, str]:
    """The calendar unit that best names an interval: (name, shorter name).

    A month if it lies in one; else the half year that holds most of it (``H2 2024``; halves
    rather than ``late 2024``, which already means the year's last third for a mod END); else
    the year or the years.
    """
    if (earliest.year, earliest.month) == (latest.year, latest.month):
        return f"{MONTHS[earliest.month - 1]} {earliest.year}", str(earliest.year)
    days = (latest - earliest).days + 1
    best = max(_halves(earliest, latest), key=lambda half: half[2])
    year, half, overlap = best
    if overlap >= HALF_SHARE * days:
        return f"H{half} {year}", str(year)
    if earliest.year == latest.year:
        return str(earliest.year), str(earliest.year)
    years = f"{earliest.year}–{latest.year}"
    return years, years


def _halves(earliest: dt.date, latest: dt.date) -> list[tuple[int, int, int]]:
    """(year, half, days of the interval in it) for every half year the interval touches."""
    out = []
    for year in range(earliest.year, latest.year + 1):
        for half, (first, last) in ((1, (1, 6)), (2, (7, 12))):
            start = max(earliest, dt.date(year, first, 1))
            end = min(latest, month_end(year, last))
            if start <= end:
                out.append((year, half, (end - start).days + 1))
    return out


# ------------------------------------------------------------------------ ranges


def _unit(date: dt.date, precision: str) -> str | None:
    """The calendar unit of ``precision`` that ``date`` lies in, as a TIMEX3 value
    (None: no fixed unit)."""
    unit = UNIT_OF.get(precision)
    return None if unit is None else fmt(date, unit)


#: Longest interval of the precisions :func:`_within_one_unit` checks by length, not by
#: calendar position (a week may be a weekend; a season is checked as before the value model).
_SPAN_DAYS = {"week": 7, "season": 92}


def _within_one_unit(date: EventDate) -> bool:
    """Whether the interval fits in one unit of its precision (else it is a range)."""
    if date.precision in _SPAN_DAYS:
        return (date.latest - date.earliest).days < _SPAN_DAYS[date.precision]
    first = _unit(date.earliest, date.precision)
    if first is None:  # a precision this module does not know: write the interval out
        return date.earliest == date.latest
    return first == _unit(date.latest, date.precision)


def _range(earliest: dt.date, latest: dt.date) -> tuple[str, ...]:
    """``2021–2024``, ``Mar–Jun 2024``, ``6 Jan–3 Feb 2021`` ...: fullest first."""
    years = f"{earliest.year}–{latest.year}" if earliest.year != latest.year else None
    whole_months = earliest.day == 1 and latest == month_end(latest.year, latest.month)
    if whole_months and (earliest.month, latest.month) == (1, 12):
        return (years or str(earliest.year),)
    first_month, last_month = MONTHS[earliest.month - 1], MONTHS[latest.month - 1]
    if whole_months:
        if years is None:
            return (f"{first_month}–{last_month} {latest.year}",)
        return f"{first_month} {earliest.year}–{last_month} {latest.year}", years
    first = f"{earliest.day} {first_month}"
    last = f"{latest.day} {last_month} {latest.year}"
    if years is None:
        return (f"{first}–{last}", f"{first_month}–{last_month} {latest.year}")
    return f"{first} {earliest.year}–{last}", years


# ---------------------------------------------------------------------- entities


def short_name(name: str, label: str) -> str:
    """A name as a row marker: a person by the surname (with its particles: ``von der
    Leyen``), anything else by its full name (the view cuts what does not fit)."""
    words = name.split()
    if label != "PER" or len(words) < 2:
        return " ".join(words)
    start = len(words) - 1
    # Lower-case particles belong to the surname: "Ursula von der Leyen" -> "von der Leyen".
    while start > 1 and words[start - 1][:1].islower():
        start -= 1
    return " ".join(words[start:])
