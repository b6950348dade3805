"""Resolve underspecified values against the publication date or the previous reference.

Underspecified values, as rules write them:

``rel(U,N[,SUFFIX])``
    N units ``U`` (D W M Q H Y E C) from the reference time: the DCT in news, the last
    mentioned date fine enough for ``U`` in narrative (``gestern`` = ``rel(D,-1)``); in a
    narrative, ``heute`` (``rel(D,0)``) is the writer's present, PRESENT_REF.
``ana(U,N[,SUFFIX])``
    N units from the previous reference, whatever the genre (``zwei Jahre später``).
``cur(U)``
    The current ``U`` of the sentence ("im Laufe des Tages", "Ende des Jahres"): in a news
    sentence that is not in the past, the DCT's; otherwise the previous reference's.
``by_tense()``
    Some time the tense points at: PAST_REF in a past sentence, else FUTURE_REF
    ("eines Tages", "will one day").
``ana_near(VALUE[,DIR])``
    A value without year placed next to the previous reference, whatever the genre
    ("that December" after "the fall of 2021" is 2021-12); ``DIR`` +1 after it, -1 before
    it ("the following Saturday", "am darauffolgenden Montag"). Without a previous
    reference, like ``near``.
``from_prev(U,N)``
    N units from the previous reference, nothing without one ("am Vorabend", "on the eve
    of the summit": the day before the day the text is about, if it named one).
``age(N)``
    The year someone born at the text's birth date was N years old ("mit 17 Jahren" after
    "1934 geboren" is 1951); nothing when the text gave no birth date.
``prev([U])``
    The previous reference itself, optionally cut to unit ``U`` (``damals``, ``im selben Jahr``).
``period(U,N[,dct|prev])``
    The period under discussion (a recent month, quarter ... just mentioned) moved by N
    units at its own granularity ("a year ago" after "the third quarter" is last year's
    third quarter); without one, like ``rel`` (or ``ana`` with ``prev``).
``focus(U,N)``
    The ``U`` under discussion ("the quarter"): the one of the last mention, else N units
    from the reference time (the last completed quarter: ``focus(Q,-1)``).
``inyear(YEAR)``
    The period under discussion in another year ("the 1988 period").
``near(VALUE[,DIR[,incl]])`` or a bare value with ``XXXX``
    A value without year (``XXXX-03``, ``XXXX-01-06``, ``XXXX-SU``, ``XXXX-WXX-3``) placed
    next to the reference: ``DIR`` -1 before it, +1 after it, absent or 0: the sentence's
    tense, else the nearest (absent) or the reference's year (0: "this spring").
    A given ``DIR`` excludes the reference's own day or month ("last Friday" in a Friday
    paper), unless ``incl`` follows. In a narrative (or without a DCT) a bare one takes the
    reference's year whatever the tense: the story moves forward.
``feast(SPEC[,YEAR])``
    A movable feast (see :func:`.feasts.feast`) in the given year, else the one the
    sentence's tense points at, else the nearest.
``weekof(VALUE)``
    The ISO week of a date ("the week of March 6"); of a feast, the current week if the
    feast falls in it, whatever the tense ("as Easter week began").
``dayfrom(VALUE,N)``
    N days from a date, itself possibly underspecified ("the day before last Tuesday").
``clock(THH:MM[,ana])`` (also ``clock(TEV)``, a part of the day)
    A time on the day the sentence is about: the last day named before it in its
    sentence, else the next one named in it, else one named in the sentences before
    (not for an entry of a listing: "Bozen: Konzert im Stadttheater, 20 Uhr." is on no
    day another entry named), else the reference day. With ``ana`` (a definite part of
    the day: "on the night", "am Abend"), the last day the text named however far back,
    before the reference day.
``hours(N)``
    N hours from the previous reference ("14 hours earlier" is ``hours(-19)``): from its
    clock time if it has one, else by whole days; the day it falls on.

In a narrative, a date after a bound word ("bis 1881", "seit 1939") and one that counts
back ("im letzten Jahr") do not become the reference time of what follows.

A reference coarser than what a value needs is never refined: with a DCT of ``2024-12``,
``gestern`` is ``2024-12`` (we know the month, not the day) and ``am Mittwoch`` likewise.
Without any reference, relative values degrade to PAST_REF / PRESENT_REF / FUTURE_REF.
"""

from __future__ import annotations

import calendar
import contextlib
import datetime as dt
import re
from dataclasses import dataclass

from tui.core.temporal import feasts, values
from tui.core.temporal.normalise import CALL, Reading
from tui.core.temporal.values import TimeValue, months_without_year

#: How many sentences back a clock time looks for the day it belongs to (a report names
#: the day once, then tells what happened: "am Samstag ... Kane traf. ... gegen 17.20 Uhr").
CLOCK_REACH = 4
#: How far after a clock time's start its day may be named in the same sentence.
_CLOCK_DAY_GAP = 20
_VAGUE_BY_SIGN = {-1: "PAST_REF", 0: "PRESENT_REF", 1: "FUTURE_REF"}
_UNKNOWN_YEAR = "XXXX"
_CLOCK_TIME = re.compile(r"T(\d{2}):(\d{2})")
#: Granularities of a "period under discussion" (a month, quarter, half or season).
_PERIOD_UNITS = ("M", "Q", "H", "S")
#: How old a period may be and still be the one under discussion.
_RECENT_DAYS = 400
#: The calls :meth:`Anchorer._resolve` knows; the grammar refuses a template with any other.
ANCHORING_CALLS = frozenset(
    {
        "rel",
        "ana",
        "from_prev",
        "age",
        "ana_near",
        "by_tense",
        "cur",
        "weekof",
        "dayfrom",
        "period",
        "focus",
        "inyear",
        "prev",
        "near",
        "clock",
        "feast",
        "hours",
    }
)


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
        self.dct = values.parse(dct)
        #: Which weekday a bare ``am Mittwoch`` means when the tense does not tell.
        self.weekday_default = weekday_default
        self.narrative = genre == "narrative" or self.dct is None
        self.mentioned: list[TimeValue] = []
        #: Day-precise mentions as (sentence, point): clock times attach to them.
        self._days: list[tuple[int, int, TimeValue]] = []  # (sentence, offset, day)
        #: When the person the text is about was born (ages count from it), if it says.
        self.birth: TimeValue | None = None
        #: Sentences that mention a date coarser than a day other than the publication's.
        self._coarse_sentences: set[int] = set()
        self._sentence = -1
        self._offset = 0
        self._entry = False

    # -- references -------------------------------------------------------------------
    def _previous(self, unit: str | None = None) -> TimeValue | None:
        """The last mentioned point (at least as fine as ``unit``, if given)."""
        for point in reversed(self.mentioned):
            if unit is None or point.finer_than(unit):
                return point
        return None

    def _antecedent(self, unit: str) -> tuple[TimeValue | None, str]:
        """What an anaphor refers back to: the last mention, or the last one fine enough
        for ``unit`` when the last mention only repeats its period ("on 3 May 2020 ... in
        2020 ... two days later"); else the publication date."""
        latest, fine = self._previous(), self._previous(unit)
        if latest is None:
            return self.dct, "dct"
        if fine is not None and (latest.finer_than(unit) or values.contains(latest, fine)):
            return fine, "previous"
        return latest, "previous"

    def _reference(self, unit: str, previous: bool = False) -> tuple[TimeValue | None, str]:
        """The point relative expressions count from, and the anchor kind it gives: the DCT
        in news, unless ``previous`` asks for the last mention as in narrative (a year
        mentioned after a finer date counts: "am 13. Dezember ... 1941 ... am 9. März" is
        in 1941)."""
        if not (self.narrative or previous):
            return self.dct, "dct"
        return self._antecedent(unit)

    # -- resolution ---------------------------------------------------------------------
    def resolve(
        self,
        reading: Reading,
        sentence: int,
        tense: int,
        offset: int = 0,
        *,
        bound: bool = False,
        entry: bool = False,
    ) -> Resolved:
        """Resolve one reading of sentence number ``sentence`` found at ``offset``;
        ``bound``: the expression is the bound of a state ("blieb bis 1881 gesperrt");
        ``entry``: the sentence is an entry of a listing ("Bozen: Konzert, 20 Uhr.")."""
        self._sentence, self._offset, self._entry = sentence, offset, entry
        if reading.type not in ("DATE", "TIME"):  # durations and sets are not anchored
            return Resolved(reading.value, "explicit")
        resolved = self._resolve(reading.value, tense)
        if reading.weekday is not None and reading.value.startswith(_UNKNOWN_YEAR):
            resolved = _on_weekday(resolved, reading.weekday)  # no year taken from a range
        point = values.parse(resolved.value)
        # A comparison ("a year ago" = last year's quarter) is no new period under discussion;
        # nor, in a narrative, the bound of a state or a look back ("im letzten Jahr").
        if (
            point is not None
            and not reading.value.startswith("period(")
            and not (self.narrative and (bound or _looks_back(reading.value)))
        ):
            self.mentioned.append(point)
            if point.unit == "D":
                self._days.append((sentence, offset, point))
            elif resolved.anchor == "explicit" and not self._contains_dct(point):
                self._coarse_sentences.add(sentence)
        return resolved

    def _contains_dct(self, point: TimeValue) -> bool:
        return self.dct is not None and values.contains(point, self.dct)

    def point(self, value: str, tense: int) -> str:
        """Resolve a ``point`` template; a calendar point it gives ("vor drei Jahren" is
        2022) is the reference time of what follows ("damals")."""
        resolved = self._resolve(value, tense).value
        point = values.parse(resolved)
        if point is not None:
            self.mentioned.append(point)
        return resolved

    def _resolve(self, value: str, tense: int) -> Resolved:
        call = CALL.match(value)
        if call is None:
            if _UNKNOWN_YEAR in value and value.startswith(_UNKNOWN_YEAR):
                return self._near(value, None, tense)
            return Resolved(value, "explicit")
        name, args = call.group(1), _arguments(call.group(2))
        if name == "rel":
            return self._relative(args, previous_only=False)
        if name == "ana":
            return self._relative(args, previous_only=True)
        if name == "from_prev":  # "am Vorabend": only after a mentioned time
            if self._previous() is None:
                return Resolved("", "explicit")
            return self._relative(args, previous_only=True)
        if name == "age":  # "mit 17 Jahren": the year of that age, if the birth is known
            if self.birth is None:
                return Resolved("", "explicit")
            return Resolved(f"{self.birth.day.year + _amount(args[0]):04d}", "previous")
        if name == "ana_near":  # "that December": the one of the year under discussion
            towards = int(args[1]) if len(args) > 1 and args[1] else 0
            if self._previous() is None:
                return self._near(args[0], towards or None, tense)
            return self._near(args[0], towards, 0, previous=True)
        if name == "by_tense":
            return Resolved("PAST_REF" if tense < 0 else "FUTURE_REF", "dct")
        if name == "cur":  # now, unless a past sentence talks about another time
            return self._relative([args[0], "0"], previous_only=self.narrative or tense < 0)
        if name == "weekof":  # the ISO week of a date
            feast = CALL.match(args[0])
            if feast is not None and feast.group(1) == "feast":  # the feast's week may be now
                spec, *year = _arguments(feast.group(2))
                inner = self._feast(spec, year[0] if year else "", tense, week=True)
            else:
                inner = self._resolve(args[0], tense)
            point = values.parse(inner.value)
            if point is None or point.unit != "D":
                return inner
            return Resolved(values.fmt(point.day, "W"), inner.anchor)
        if name == "dayfrom":  # a day counted from another date
            inner = self._resolve(args[0], tense)
            point = values.parse(inner.value)
            if point is None or point.unit != "D":
                return inner
            return Resolved(values.shift(point, "D", _amount(args[1])), inner.anchor)
        if name == "period":
            return self._period(args)
        if name == "focus":
            return self._focus(args)
        if name == "inyear":
            return self._in_year(args[0])
        if name == "prev":
            return self._prev(args[0] if args and args[0] else None)
        if name == "near":
            direction = int(args[1]) if len(args) > 1 and args[1] else None
            inclusive = len(args) > 2 and args[2] == "incl"
            return self._near(args[0], direction, tense, inclusive)
        if name == "clock":
            return self._clock(args[0], tense, anaphoric=len(args) > 1 and args[1] == "ana")
        if name == "hours":
            return self._hours(_amount(args[0]))
        if name == "feast":
            return self._feast(args[0], args[1] if len(args) > 1 else "", tense)
        # The grammar refuses unknown calls when it loads, so this is a bug, not data.
        raise ValueError(f"anchoring call {name!r} of {value!r} is not handled")

    def _relative(self, args: list[str], *, previous_only: bool) -> Resolved:
        unit, amount = args[0], _amount(args[1]) if len(args) > 1 else 0
        suffix = args[2] if len(args) > 2 else ""
        if self.narrative and not previous_only and (unit, amount, suffix) == ("D", 0, ""):
            # "heute" in a narrative is the writer's present ("bis heute", "heute Incheon"),
            # not the day the story has reached.
            return Resolved("PRESENT_REF", "dct")
        if previous_only:
            point, anchor = self._antecedent(unit)
        else:
            point, anchor = self._reference(unit)
        if point is None:
            return Resolved(_VAGUE_BY_SIGN[_sign(amount)], anchor)
        shift = values.shift_coarse if previous_only else values.shift
        value = shift(point, unit, amount)
        if suffix and point.finer_than(unit):
            value += suffix
        return Resolved(value, anchor)

    def _period(self, args: list[str]) -> Resolved:
        """The period under discussion, moved: "up from $3 million a year ago" is the same
        quarter a year before when the text is talking about a recent quarter; otherwise
        an ordinary shift from the DCT (``dct``) or the previous reference (``prev``)."""
        unit, amount = args[0], _amount(args[1]) if len(args) > 1 else 0
        focus = self._previous()
        if focus is not None and focus.unit in _PERIOD_UNITS and self._recent(focus):
            return Resolved(values.shift_period(focus, unit, amount), "previous")
        fallback_previous = len(args) > 2 and args[2] == "prev"
        return self._relative([unit, str(amount)], previous_only=fallback_previous)

    def _focus(self, args: list[str]) -> Resolved:
        """The ``U`` under discussion ("the quarter"): the one holding the last mention
        at least as fine as ``U``, else ``N`` units from the reference time."""
        unit, amount = args[0], _amount(args[1]) if len(args) > 1 else 0
        point = self._previous(unit)
        if point is not None and self._recent(point) and not self._unfinished(point, unit, amount):
            return Resolved(values.shift(point, unit, 0), "previous")
        return self._relative([unit, str(amount)], previous_only=False)

    def _unfinished(self, point: TimeValue, unit: str, amount: int) -> bool:
        """Whether a past ``unit`` is asked for (``amount`` < 0: "the latest quarter") but
        ``point`` lies in the one still running at the DCT ("Friday" names no reported
        quarter)."""
        if amount >= 0 or self.dct is None or not self.dct.finer_than(unit):
            return False
        return values.shift(point, unit, 0) == values.shift(self.dct, unit, 0)

    def _in_year(self, year: str) -> Resolved:
        """ "The 1988 period": the period under discussion, in the year given."""
        focus = self._previous()
        if focus is not None and focus.unit in _PERIOD_UNITS:
            try:
                moved = focus.day.replace(year=int(year))
            except ValueError:
                return Resolved(year, "explicit")
            return Resolved(values.fmt(moved, focus.unit), "previous")
        return Resolved(year, "explicit")

    def _recent(self, point: TimeValue) -> bool:
        """Whether ``point`` lies in the year up to the publication date (always without one)."""
        if self.dct is None:
            return True
        return 0 <= (self.dct.day - point.day).days <= _RECENT_DAYS

    def _prev(self, unit: str | None) -> Resolved:
        point = self._previous()
        if point is None:
            return Resolved("PAST_REF", "previous")
        if unit is None or not point.finer_than(unit):
            return Resolved(point.value, "previous")
        return Resolved(values.shift(point, unit, 0), "previous")

    def _clock(self, time: str, tense: int, anaphoric: bool = False) -> Resolved:
        """The day a clock time is on: the last one named before it in its sentence, else
        the next one named in its sentence, else one named shortly before (in a past
        sentence, not one after the publication date: "The match began at 2 p.m." after
        "He will play on Aug. 26"). An entry of a listing has its own day or the reference
        day: the day of the entry before is another event's."""
        same = sorted((o, d.day) for s, o, d in self._days if s == self._sentence)
        before = [d for o, d in same if o < self._offset]
        # A day named after the time belongs to it only right after it ("at 6pm on
        # Monday"); "noch am Abend, von der Leyen am Montagmorgen" is the day before's.
        after = [d for o, d in same if self._offset < o <= self._offset + _CLOCK_DAY_GAP]
        if before or after:
            day = before[-1] if before else after[0]
            return Resolved(day.isoformat() + time, "previous")
        earlier = [
            d
            for s, _, d in self._days
            if not self._entry
            and self._sentence - CLOCK_REACH <= s < self._sentence
            and not (tense < 0 and self.dct is not None and d.day > self.dct.day)
            and not (tense >= 0 and self.dct is not None and d.day < self.dct.day)
        ]
        if earlier:
            return Resolved(earlier[-1].day.isoformat() + time, "previous")
        if anaphoric and tense <= 0 and self.dct is not None:
            # "The goal brought his tally on the night to four": the night the story is
            # about, named however far back, if it lies before the publication date.
            told = [d for s, _, d in self._days if s < self._sentence and d.day < self.dct.day]
            if told:
                return Resolved(told[-1].day.isoformat() + time, "previous")
        if self._sentence in self._coarse_sentences:
            # "in March 2021, when thieves struck at 3am": on a day of another time, unknown
            return Resolved("XXXX-XX-XX" + time, "explicit")
        point, anchor = self._reference("D")
        if point is not None and point.unit == "D":
            return Resolved(point.day.isoformat() + time, anchor)
        return Resolved("XXXX-XX-XX" + time, "explicit")

    def _hours(self, amount: int) -> Resolved:
        """The day ``amount`` hours from the previous reference: counted from its clock time
        ("posted at 09:12 ... Only 14 hours earlier" is the day before), else in whole days
        (rounded); a reference coarser than a day stays as it is."""
        point, anchor = self._antecedent("D")
        if point is None:
            return Resolved(_VAGUE_BY_SIGN[_sign(amount)], "dct")
        if point.unit != "D":
            return Resolved(point.value, anchor)
        clock = _CLOCK_TIME.match(point.time)
        if clock is None:
            return Resolved(values.shift(point, "D", round(amount / 24)), anchor)
        at = dt.datetime.combine(point.day, dt.time(int(clock[1]), int(clock[2])))
        return Resolved((at + dt.timedelta(hours=amount)).date().isoformat(), anchor)

    def _feast(self, spec: str, year: str, tense: int, week: bool = False) -> Resolved:
        """A movable feast (``easter-2``, ``nth:11:4:4``) in the given or the nearest year."""
        if year:
            day = feasts.feast(spec, int(year))
            return Resolved(day.isoformat() if day else year, "explicit")
        point, anchor = self._reference("D")
        if point is None:
            return Resolved("XXXX-XX-XX", "explicit")
        if not point.finer_than("M"):
            day = feasts.feast(spec, point.day.year)
            return Resolved(day.isoformat() if day else point.value, anchor)
        ref = point.day
        days = [d for y in (ref.year - 1, ref.year, ref.year + 1) if (d := feasts.feast(spec, y))]
        nearest = min(days, key=lambda d: abs((d - ref).days))
        if week and nearest.isocalendar()[:2] == ref.isocalendar()[:2]:
            return Resolved(nearest.isoformat(), anchor)  # "as Easter week began": this one
        if tense < 0 and (past := [d for d in days if d <= ref]):
            return Resolved(past[-1].isoformat(), anchor)
        if tense > 0 and (future := [d for d in days if d >= ref]):
            return Resolved(future[0].isoformat(), anchor)
        return Resolved(nearest.isoformat(), anchor)

    def _near(
        self,
        value: str,
        direction: int | None,
        tense: int,
        inclusive: bool = False,
        previous: bool = False,
    ) -> Resolved:
        """Place a value without year (``XXXX-...``) next to the reference time (the last
        mention whatever the genre when ``previous``)."""
        rest = value[len(_UNKNOWN_YEAR) :]
        if rest.startswith("-W") and rest[2:4].isdigit():  # a numbered week: this year's
            point, anchor = self._reference("Y", previous)
            return (
                Resolved(f"{point.day.year:04d}{rest}", anchor)
                if point
                else Resolved(value, "explicit")
            )
        # A direction given by a word ("last", "next") excludes the reference's own day,
        # month or season; one read from the tense does not ("said Friday" on a Friday),
        # nor one marked ``incl`` ("Friday's ruling" is at the latest today's).
        strict = bool(direction) and not inclusive
        if rest.startswith("-WXX-"):
            return self._weekday(rest, direction, tense, strict, previous)
        if rest.startswith("-XX-"):  # a bare day of the month: the reference month's
            point, anchor = self._reference("M", previous)
            if point is None or not point.finer_than("M"):
                return Resolved(value, "explicit")
            return Resolved(f"{point.day.year:04d}-{point.day.month:02d}" + rest[3:], anchor)
        point, anchor = self._reference("M", previous)
        if point is None:
            return Resolved(value, "explicit")
        # "this spring" (direction 0) is the one the tense points at, else the reference
        # year's ("this fall" in March is the coming one); a bare one is the nearest.
        dir_ = direction or tense
        months = months_without_year(rest)
        if not months or (direction == 0 and tense == 0):
            year = point.day.year
        elif direction is None and anchor == "previous" and not previous:
            # A narrative moves forward: a bare date is in the reference's year, whatever
            # the tense ("1. März" after "21. Februar 1940" is 1940's, not 1939's).
            year = point.day.year
        else:
            year = values.year_near(point, *months, dir_, strict)
        if rest == "-02-29" and not calendar.isleap(year):
            # "am 29. Februar": the leap year the tense points at, else the nearest one
            leaps = [y for y in range(year - 4, year + 5) if calendar.isleap(y)]
            if dir_:
                leaps = [y for y in leaps if (y > year) == (dir_ > 0)]
            year = min(leaps, key=lambda y: (abs(y - point.day.year), y))
        return Resolved(f"{year:04d}{rest}", anchor)

    def _weekday(
        self, rest: str, direction: int | None, tense: int, strict: bool, previous: bool = False
    ) -> Resolved:
        """``-WXX-3`` (a Wednesday), ``-WXX-3TEV`` or ``-WXX-WE`` (a weekend) near the reference."""
        weekend = rest[5:7] == "WE"
        weekday, suffix = (6, "") if weekend else (int(rest[5]), rest[6:])
        point, anchor = self._reference("D", previous)
        if point is None:
            return Resolved(_UNKNOWN_YEAR + rest, "explicit")
        if point.unit != "D":
            return Resolved(values.shift(point, "D", 0), anchor)
        dir_ = tense if direction is None else direction
        day = values.weekday_near(point, weekday, dir_ or self.weekday_default, strict)
        if day is None:
            return Resolved(_UNKNOWN_YEAR + rest, "explicit")
        if weekend:
            return Resolved(values.fmt(dt.date.fromisoformat(day), "W") + "-WE", anchor)
        return Resolved(f"{day}{suffix}", anchor)


def _on_weekday(resolved: Resolved, weekday: int) -> Resolved:
    """A day placed without its year, moved to the year before or after when only there
    it falls on the weekday the text gives ("Monday, February 1" in a January 2010 paper is
    2010's, not 2009's, a Sunday); as placed when it agrees or no neighbour does."""
    point = values.parse(resolved.value)
    if point is None or point.unit != "D" or point.day.isoweekday() == weekday:
        return resolved
    day = point.day
    for year in (day.year - 1, day.year + 1):
        with contextlib.suppress(ValueError):  # 29 February
            if (moved := day.replace(year=year)).isoweekday() == weekday:
                return Resolved(moved.isoformat() + resolved.value[10:], resolved.anchor)
    return resolved


def complete_year(value: str, partner: str, *, partner_after: bool) -> str | None:
    """Give a value without year (``XXXX-03``) the year of the date it is joined to.

    In "between March and May 2020" or "3 to 5 May 2020" the first date takes the year of
    the second, the year before if it would otherwise come after it ("December to
    February 2021"); in "from May 2020 to March" the second takes the year of the first,
    the year after if it would otherwise come before it. None if ``value`` has a year or
    no months, or ``partner`` is no date within a year.
    """
    if not value.startswith(_UNKNOWN_YEAR + "-") or value.startswith(_UNKNOWN_YEAR + "-W"):
        return None
    rest = value[len(_UNKNOWN_YEAR) :]
    months = months_without_year(rest)
    point = values.parse(partner)
    if months is None or point is None or not point.finer_than("Y") or point.unit == "Y":
        return None
    # Compared at the coarser of the two precisions: "March" after "Sunday, March 8" is
    # the same March.
    has_day = len(rest) >= 6 and rest[3] == "-" and rest[4:6].isdigit()
    both_days = has_day and point.unit == "D"
    own = (months[0], int(rest[4:6]) if both_days else 0)
    other = (point.day.month, point.day.day if both_days else 0)
    year = point.day.year
    if partner_after and own > other:
        year -= 1
    elif not partner_after and own < other:
        year += 1
    return f"{year:04d}{rest}"


def _looks_back(value: str) -> bool:
    """Whether a template counts back from the reference time ("im letzten Jahr")."""
    call = CALL.match(value)
    if call is None or call.group(1) not in ("rel", "ana"):
        return False
    args = _arguments(call.group(2))
    return len(args) > 1 and _amount(args[1]) < 0


def _arguments(text: str) -> list[str]:
    """The comma-separated arguments of a call, nested calls kept whole."""
    args: list[str] = []
    current: list[str] = []
    depth = 0
    for char in text:
        if char == "," and depth == 0:
            args.append("".join(current).strip())
            current = []
            continue
        depth += (char == "(") - (char == ")")
        current.append(char)
    args.append("".join(current).strip())
    return args
