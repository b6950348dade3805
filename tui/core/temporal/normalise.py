"""Turn one rule match into a TIMEX3 type, value, mod and point (possibly underspecified).

Templates are ``str.format`` strings over the match's groups, each group normalised by its
word class (``Januar`` -> 1), or, without a class, to a number if it is one. A template may
then be a call of one of the value functions below, evaluated here; the anchoring calls
(``rel``, ``ana``, ``prev``, ``near``, ``clock`` and any value containing ``XXXX``) are left
for :mod:`.anchoring`, which knows the document's reference times.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the grammar loads this module's function names: no import at run time
    from tui.core.temporal.grammar import Grammar, Rule

CALL = re.compile(r"^([a-z_]+)\((.*)\)$")
_INNER_CALL = re.compile(r"([a-z_][a-z_0-9]*)\(([^()]*)\)")
#: The name of every call in a template, nested ones included.
_CALL_NAME = re.compile(r"([a-z_][a-z_0-9]*)\(")
_NUMBER = re.compile(r"^\d+(?:[.,]\d+)?$")
#: Digits with an ordinal ending: "19." (German), "19th" (English).
_ORDINAL_DIGITS = re.compile(r"^(\d+)(?:\.|[^\W\d_]{2})$")
#: The group of a rule that names a weekday (the weekday class's value: 1 = Monday).
WEEKDAY_GROUP = "weekday"
#: A day without its year, which a weekday the text names may place ("XXXX-02-01").
_DAY_WITHOUT_YEAR = re.compile(r"^XXXX-\d{2}-\d{2}$")
#: Two-digit years up to this far ahead of the reference year are read as this century.
_TWO_DIGIT_YEAR_AHEAD = 10


@dataclass(frozen=True, slots=True)
class Reading:
    """What a rule says about its match, before anchoring."""

    type: str
    value: str
    mod: str | None
    point: str | None
    #: The ISO weekday the match names for a day without year ("Monday, February 1"):
    #: anchoring takes the year in which the day falls on it.
    weekday: int | None = None


def _number(text: str) -> int | float:
    number = float(text.replace(",", "."))
    return int(number) if number.is_integer() else number


def _fmt_number(value: str) -> str:
    if value in ("X", ""):
        return "X"
    number = _number(value)
    return str(number)


#: Units a duration counts in multiples of another: decades and centuries are years,
#: quarters are months.
_MULTIPLES = {
    "DE": (10, "Y"),
    "CE": (100, "Y"),
    "E": (10, "Y"),
    "C": (100, "Y"),
    "Q": (3, "M"),
}


def _duration(amount: str, unit: str) -> str:
    """``3``, ``Y`` -> ``P3Y``; a fraction stays a decimal (``2.5``, ``Y`` -> ``P2.5Y``)."""
    amount, unit = _in_base_unit(amount, unit)
    if unit.startswith("T"):
        return f"PT{amount}{unit[1:]}"
    return f"P{amount}{unit}"


#: The next smaller unit and how many of it make one.
_SMALLER = {"Y": (12, "M"), "W": (7, "D"), "D": (24, "TH"), "TH": (60, "TM"), "TM": (60, "TS")}


def _duration_split(amount: str, unit: str) -> str:
    """Like :func:`_duration`, but a fraction is written in the next smaller unit, as the
    English TimeML corpora do: ``2.5``, ``Y`` -> ``P2Y6M``; ``0.5``, ``TH`` -> ``PT30M``."""
    amount, unit = _in_base_unit(amount, unit)
    if amount == "X" or unit not in _SMALLER or float(amount).is_integer():
        return _duration(amount, unit)
    whole, fraction = divmod(float(amount), 1)
    factor, smaller = _SMALLER[unit]
    parts = [(str(int(whole)), unit)] if whole else []
    parts.append((_fmt_number(str(round(fraction * factor, 3))), smaller))
    date = "".join(f"{n}{u}" for n, u in parts if not u.startswith("T"))
    time = "".join(f"{n}{u[1:]}" for n, u in parts if u.startswith("T"))
    return f"P{date}" + (f"T{time}" if time else "")


def _in_base_unit(amount: str, unit: str) -> tuple[str, str]:
    """Decades, centuries and quarters counted in years and months (``2``, ``DE`` -> 20 Y)."""
    amount = _fmt_number(amount.strip())
    unit = unit.strip()
    if unit in _MULTIPLES:
        factor, unit = _MULTIPLES[unit]
        if amount != "X":
            amount = _fmt_number(str(_number(amount) * factor))
    return amount, unit


def _and_a_half(whole: str) -> str:
    """``two and a half``, ``2 1/2`` -> ``2.5``."""
    return str(_number(whole) + 0.5)


def _decade(year: str) -> str:
    return f"{int(year) // 10:03d}"


def _decade_of_century(two_digits: str) -> str:
    """``90`` (the nineties) -> ``199``: a bare decade is read as the 1900s."""
    return f"19{int(two_digits) // 10}"


def _century(ordinal: str) -> str:
    """The 19th century is ``18`` in TIMEX3 (the years 18xx)."""
    return f"{int(ordinal) - 1:02d}"


def _vague_ref(sign: str) -> str:
    """The vague point of a span that lies before (-1), around (0) or after (+1) now."""
    number = _number(sign) if sign else 0
    return "PAST_REF" if number < 0 else "FUTURE_REF" if number > 0 else "PRESENT_REF"


#: Years in a decade and a century.
_YEARS_IN = {"E": 10, "C": 100}


def _in_years(amount: str, unit: str) -> str:
    """``2``, ``E`` (two decades) -> ``20`` years: "two decades ago" is a year, not a decade."""
    return _fmt_number(str(_number(amount) * _YEARS_IN[unit.strip()]))


def _quarters(count: str) -> str:
    """``3`` (three quarters) -> ``0.75`` of a unit."""
    return str(_number(count) / 4)


def _clock12(hour: str, minute: str, meridiem: str) -> str:
    """``3``, ``30``, ``pm`` -> ``T15:30`` (12 a.m. is midnight, 12 p.m. noon)."""
    h = int(hour) % 12 + (12 if meridiem.lower().startswith("p") else 0)
    return f"T{h:02d}:{int(minute or 0):02d}"


def _date(year: str, month: str, day: str) -> str:
    """A calendar date whose year may be missing (``XXXX``, placed later)."""
    return f"{year or 'XXXX'}-{int(month):02d}-{int(day):02d}"


def _week(year: str, week: str) -> str:
    """An ISO week whose year may be missing (``XXXX-W05``)."""
    return f"{year or 'XXXX'}-W{int(week):02d}"


def _day_before(weekday: str) -> str:
    """The ISO weekday before ``weekday`` (Monday -> 7)."""
    return str((int(weekday) + 5) % 7 + 1)


def _season_year(year: str, following: str) -> str:
    """``2019/20`` or ``2019/2020`` (a season across two years) is its first year; two
    years that do not follow each other (``2005/2010``) are no such span."""
    first, second = int(year), int(following)
    if second < 100:
        second += first - first % 100
    if second != first + 1:
        raise ValueError("not consecutive years")
    return str(first)


def _clock_part(hour: str, minute: str, part: str) -> str:
    """A clock time read with its part of the day: 8 (EV) -> T20:00, 3 (NI) -> T03:00."""
    h = int(hour)
    if (part in ("AF", "EV") and h < 12) or (part == "NI" and 6 <= h < 12):
        h += 12
    return f"T{h:02d}:{int(minute or 0):02d}"


def _part(ordinal: str, kind: str, season: str) -> str:
    """The suffix of a part of a year: ``-Q4``, ``-H2`` or a season (``-FA``)."""
    if season:
        return f"-{season}"
    return f"-{'Q' if kind.lower().startswith('q') else 'H'}{ordinal}"


def _spelled_year(century: str, tens: str, units: str) -> str:
    """``nineteen`` ``ninety`` ``six`` (read by the word classes) -> ``1996``."""
    return f"{int(century) * 100 + int(tens) + int(units or 0):04d}"


def normalise_key(text: str) -> str:
    """How a matched word is looked up in its class: lower case, single spaces."""
    return " ".join(text.lower().split())


def calls_in(template: str) -> list[str]:
    """The names of the functions a template calls (``near(XXXX-WXX-day_before(3))``:
    ``near``, ``day_before``)."""
    return _CALL_NAME.findall(template)


_FUNCTIONS: dict[str, Callable[..., str]] = {
    "date": _date,
    "spelled_year": _spelled_year,
    "part": _part,
    "season_year": _season_year,
    "clock_part": _clock_part,
    "day_before": _day_before,
    "week": _week,
    "clock12": _clock12,
    "dur": _duration,
    "dur_split": _duration_split,
    "in_years": _in_years,
    "quarters": _quarters,
    "and_a_half": _and_a_half,
    "vague_ref": _vague_ref,
    "decade": _decade,
    "decade_of_century": _decade_of_century,
    "century": _century,
}


#: The value functions, evaluated when a rule matches (the anchoring calls come later).
VALUE_FUNCTIONS = frozenset(_FUNCTIONS)


def _apply(m: re.Match[str]) -> str:
    function = _FUNCTIONS.get(m.group(1))
    if function is None:
        return m.group()
    return function(*(a.strip() for a in m.group(2).split(",")))


def evaluate(value: str) -> str:
    """Evaluate value function calls, innermost first (``dur(3,Y)`` -> ``P3Y``).

    Anchoring calls (``rel(...)`` ...) are left as they are.
    """
    while True:
        evaluated = _INNER_CALL.sub(_apply, value)
        if evaluated == value:
            return value
        value = evaluated


def _expand_year(year: int, reference_year: int | None) -> int:
    if year >= 100:
        return year
    base = reference_year if reference_year is not None else 2000
    century = base - base % 100
    candidate = century + year
    if candidate > base + _TWO_DIGIT_YEAR_AHEAD:
        candidate -= 100
    return candidate


_MULTIPLIERS = (100, 1000)


def spelled_number(
    text: str, numbers: dict[str, Any], joiners: tuple[str, ...] = ()
) -> int | float | None:
    """A number written in words of the ``number`` class, possibly compound: "twenty-six"
    (20 + 6), "two hundred" (2 x 100), "sechsundzwanzig" (6 + 20), read word by word from
    the left, longest word first, with an optional joiner between words. None if some part
    is no number word."""
    if isinstance(single := numbers.get(text), (int, float)):
        return single
    words = sorted((w for w, v in numbers.items() if isinstance(v, (int, float))), key=len)[::-1]
    total, current, pos = 0.0, 0.0, 0
    while pos < len(text):
        word = next((w for w in words if text.startswith(w, pos)), None)
        if word is None:
            return None
        value = numbers[word]
        pos += len(word)
        pos += next((len(j) for j in joiners if text.startswith(j, pos)), 0)
        if value in _MULTIPLIERS:
            current = max(current, 1) * value
            if value == _MULTIPLIERS[-1]:
                total, current = total + current, 0.0
        else:
            current += value
    number = total + current
    return int(number) if number.is_integer() else number


def groups_of(
    match: re.Match[str], rule: Rule, grammar: Grammar, reference_year: int | None
) -> dict[str, Any]:
    """The match's groups, normalised: class words to their values, digits to numbers."""
    out: dict[str, Any] = dict(rule.defaults)
    numbers = grammar.classes.get("number", {})
    for name, cls in rule.group_classes.items():
        text = match.group(name)
        if text is None:
            out.setdefault(name, "")
            continue
        key = normalise_key(text)
        if cls is not None:
            out[name] = grammar.classes[cls].get(key, key)
        elif _NUMBER.match(key):
            out[name] = _number(key)
        elif m := _ORDINAL_DIGITS.match(key):
            out[name] = int(m.group(1))
        elif (number := spelled_number(key, numbers, grammar.number_joiners)) is not None:
            out[name] = number
        else:
            out[name] = text
    for name, value in out.items():  # "year", and "year2" of a rule's second alternative
        if name.startswith("year") and isinstance(value, int):
            out[name] = _expand_year(value, reference_year)
    return out


def read(
    match: re.Match[str], rule: Rule, grammar: Grammar, reference_year: int | None
) -> Reading | None:
    """The rule's reading of ``match``, or None if its templates do not fit the groups."""
    groups = groups_of(match, rule, grammar, reference_year)
    try:
        value = evaluate(rule.value.format_map(groups))
        mod = rule.mod.format_map(groups) if rule.mod else None
        point = evaluate(rule.point.format_map(groups)) if rule.point else None
        kind = rule.type.format_map(groups)
    except (KeyError, ValueError, TypeError, IndexError):
        return None
    weekday = groups.get(WEEKDAY_GROUP)
    return Reading(
        type=kind,
        value=value,
        mod=mod or None,
        point=point or None,
        weekday=weekday if isinstance(weekday, int) and _DAY_WITHOUT_YEAR.match(value) else None,
    )
