"""The temporal tagger: find candidates sentence by sentence, select, normalise, anchor.

Rules only run on sentences that contain one of their trigger words (a class word or a
digit), found by one token scan per sentence; each rule is a regex compiled once per
language. Overlapping candidates are settled longest first, then by rule order.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache

from tui.core.model import Span, Timex
from tui.core.sentences import sentences as split_sentences
from tui.core.temporal import calendar
from tui.core.temporal.anchoring import Anchorer, Resolved, complete_year
from tui.core.temporal.grammar import Grammar, Rule, grammar
from tui.core.temporal.normalise import Reading, read
from tui.core.temporal.tense import tense_at

GENRES = ("news", "narrative")

#: A rule's group of this name marks the expression inside a match that includes context.
SPAN_GROUP = "t"


@dataclass(frozen=True, slots=True)
class _Candidate:
    start: int
    end: int
    #: Length of the whole match, context included: longer evidence wins overlaps.
    weight: int
    rule: Rule
    reading: Reading
    sentence: int


@cache
def _rules_by_trigger(lang: str) -> dict[str, tuple[Rule, ...]]:
    index: dict[str, list[Rule]] = {}
    for rule in grammar(lang).rules:
        for trigger in rule.triggers:
            index.setdefault(trigger, []).append(rule)
    return {trigger: tuple(rules) for trigger, rules in index.items()}


def _inside(start: int, end: int, spans: Sequence[Span]) -> bool:
    return any(lo <= start and end <= hi for lo, hi in spans)


def _overlaps(start: int, end: int, spans: Sequence[Span]) -> bool:
    return any(start < hi and lo < end for lo, hi in spans)


def _candidates(
    text: str, start: int, end: int, sentence: int, g: Grammar, reference_year: int | None
) -> list[_Candidate]:
    present = g.triggers_in(text, start, end)
    if not present:
        return []
    by_trigger = _rules_by_trigger(g.lang)
    rules = {rule.order: rule for t in present for rule in by_trigger.get(t, ())}
    strong: list[Span] = []
    weak: list[Span] = []
    for negative in g.negatives:
        if negative.triggers & present:
            spans = weak if negative.weak else strong
            spans.extend(m.span() for m in negative.regex.finditer(text, start, end))
    out = []
    for order in sorted(rules):
        rule = rules[order]
        has_span = SPAN_GROUP in rule.regex.groupindex
        for m in rule.regex.finditer(text, start, end):
            lo, hi = m.span(SPAN_GROUP) if has_span else m.span()
            if lo == hi or _inside(lo, hi, strong) or _inside(m.start(), m.end(), weak):
                continue
            reading = read(m, rule, g, reference_year)
            if reading is None:
                continue
            out.append(_Candidate(lo, hi, m.end() - m.start(), rule, reading, sentence))
    return out


def _select(candidates: list[_Candidate]) -> list[_Candidate]:
    """Longest first, earlier rule on ties; keep those that overlap nothing kept."""
    chosen: list[_Candidate] = []
    taken: list[Span] = []
    for cand in sorted(candidates, key=lambda c: (-c.weight, c.rule.order, c.start)):
        if not _overlaps(cand.start, cand.end, taken):
            chosen.append(cand)
            taken.append((cand.start, cand.end))
    return sorted(chosen, key=lambda c: c.start)


#: Dates of the calendar, with or without a year, that ranges join: days, months, seasons,
#: quarters, halves ("Friday to December's figures" joins nothing).
_CALENDAR_DATE = re.compile(r"^(?:XXXX|\d{4})-(?:\d{2}|SP|SU|FA|WI|Q\d|H\d)(?:-\d{2})?$")


def _joined(text: str, selected: list[_Candidate], g: Grammar) -> dict[int, int]:
    """Dates of a range or an enumeration: index of a candidate -> index of the next one
    joined to it ("between [March] and [May 2020]", "[3], [4] and [5 May]")."""
    links: dict[int, int] = {}
    if g.range_gap is None:
        return links
    for i in range(len(selected) - 1):
        first, second = selected[i], selected[i + 1]
        if first.sentence != second.sentence:
            continue
        if (
            _CALENDAR_DATE.match(first.reading.value)
            and _CALENDAR_DATE.match(second.reading.value)
            and g.range_gap.fullmatch(text, first.end, second.start)
        ):
            links[i] = i + 1
    return links


def _year_from_later(index: int, selected: list[_Candidate], links: dict[int, int]) -> str | None:
    """The value of a candidate with the year it takes from the dates joined after it."""
    chain = [index]
    while selected[chain[-1]].reading.value.startswith("XXXX"):
        if (later := links.get(chain[-1])) is None:
            return None
        chain.append(later)
    value: str | None = selected[chain.pop()].reading.value
    for earlier in reversed(chain):  # back along the chain: each takes the next one's year
        value = complete_year(selected[earlier].reading.value, value, partner_after=True)
        if value is None:
            return None
    return value


def _completed(
    index: int, selected: list[_Candidate], links: dict[int, int], resolved: dict[int, Resolved]
) -> Resolved | None:
    """A date without year joined to one with a year takes it from there (or None): from
    a later one named with its year, else from the one right before it."""
    if not selected[index].reading.value.startswith("XXXX"):
        return None
    if (value := _year_from_later(index, selected, links)) is not None:
        return Resolved(value, "explicit")
    earlier = next((i for i, j in links.items() if j == index), None)
    if earlier is None or earlier not in resolved:
        return None
    partner = resolved[earlier]
    value = complete_year(selected[index].reading.value, partner.value, partner_after=False)
    return Resolved(value, partner.anchor) if value else None


_DAY_VALUE = re.compile(r"^\d{4}-\d{2}-\d{2}")


def _impossible_date(value: str) -> bool:
    return _DAY_VALUE.match(value) is not None and calendar.parse(value) is None


def tag(
    text: str,
    *,
    lang: str,
    dct: str | None,
    genre: str = "news",
    sentences: Sequence[Span] | None = None,
    ignored: Sequence[Span] = (),
) -> list[Timex]:
    """Temporal expressions of ``text``, normalised to TIMEX3 and anchored.

    Sorted by start, non-overlapping, ``text[t.start:t.end] == t.text``; nothing inside an
    ``ignored`` span. ``dct`` is the publication date as a TIMEX3 value at its own
    precision (or None); ``genre`` "news" resolves relative expressions against the DCT,
    "narrative" against the last mentioned date.
    """
    if genre not in GENRES:
        raise ValueError(f"unknown genre {genre!r}; expected one of {', '.join(GENRES)}")
    g = grammar(lang)
    if not g.rules:
        return []
    if sentences is None:
        sentences = split_sentences(text, lang, ignored)
    dct_point = calendar.parse(dct)
    reference_year = dct_point.day.year if dct_point else None
    candidates: list[_Candidate] = []
    for index, (start, end) in enumerate(sentences):
        candidates.extend(_candidates(text, start, end, index, g, reference_year))
    if ignored:
        candidates = [c for c in candidates if not _overlaps(c.start, c.end, ignored)]
    anchorer = Anchorer(dct, genre, weekday_default=g.weekday_default)
    timexes = []
    selected = _select(candidates)
    links = _joined(text, selected, g)
    resolved_at: dict[int, Resolved] = {}
    # Clock times are resolved after the other expressions of their sentence, so that
    # "um 9 Uhr am Freitag" finds its day.
    order = sorted(
        range(len(selected)),
        key=lambda i: (
            selected[i].sentence,
            selected[i].reading.value.startswith("clock("),
            selected[i].start,
        ),
    )
    for index in order:
        cand = selected[index]
        s_start, s_end = sentences[cand.sentence]
        tense = tense_at(text, s_start, s_end, cand.start, g.tense)
        reading = cand.reading
        if (completed := _completed(index, selected, links, resolved_at)) is not None:
            reading = replace(reading, value=completed.value)
        resolved = anchorer.resolve(reading, cand.sentence, tense, cand.start)
        if completed is not None:
            resolved = Resolved(resolved.value, completed.anchor)
        resolved_at[index] = resolved
        if _impossible_date(resolved.value):  # "31. Februar 2024" is no date
            continue
        point = anchorer.point(cand.reading.point, tense) if cand.reading.point else None
        timexes.append(
            Timex(
                start=cand.start,
                end=cand.end,
                text=text[cand.start : cand.end],
                type=cand.reading.type,
                value=resolved.value,
                mod=cand.reading.mod,
                anchor=resolved.anchor,
                point=point,
            )
        )
    return sorted(timexes, key=lambda t: t.start)
