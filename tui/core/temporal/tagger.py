"""The temporal tagger: find candidates sentence by sentence, select, normalise, anchor.

Rules only run on sentences that hold each anchor they cannot match without (a word of
each class they need, a digit, a literal word: see :mod:`.requirements`), found by one token
scan per sentence; each rule is a regex compiled once per language, when a sentence first
needs it. Overlapping candidates are settled longest first, then by rule order.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache

from tui.core.model import Span, Timex
from tui.core.sentences import sentences as split_sentences
from tui.core.spans import SpanSet
from tui.core.temporal import values
from tui.core.temporal.anchoring import Anchorer, Resolved, complete_year
from tui.core.temporal.anchors import SentenceAnchors
from tui.core.temporal.grammar import TOKEN, Grammar, Rule, grammar
from tui.core.temporal.live_report import entry_clocks
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
    #: The order of the rule that found it: the earlier rule wins a tie.
    order: int
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


def _candidates(
    text: str, start: int, end: int, sentence: int, g: Grammar, reference_year: int | None
) -> list[_Candidate]:
    present = g.triggers_in(text, start, end)
    if not present:
        return []
    by_trigger = _rules_by_trigger(g.lang)
    # A rule runs when a trigger of it is present (any of its words) and the sentence holds
    # every anchor it cannot match without.
    anchors = SentenceAnchors(g.lang, text, start, end, present)
    candidates = {rule.order: rule for t in present for rule in by_trigger.get(t, ())}
    rules = {order: rule for order, rule in candidates.items() if anchors.meets(rule.required)}
    matches: list[tuple[Rule, re.Match[str], int, int]] = []
    for order in sorted(rules):
        rule = rules[order]
        has_span = SPAN_GROUP in rule.regex.groupindex
        for m in rule.regex.finditer(text, start, end):
            lo, hi = m.span(SPAN_GROUP) if has_span else m.span()
            if lo != hi:
                matches.append((rule, m, lo, hi))
    if not matches:  # nothing for the negatives to veto: they need not be looked for
        return []
    strong: list[Span] = []
    weak: list[Span] = []
    for negative in g.negatives:
        if negative.triggers & present and anchors.meets(negative.required):
            spans = weak if negative.weak else strong
            spans.extend(m.span() for m in negative.regex.finditer(text, start, end))
    out = []
    for rule, m, lo, hi in matches:
        if _inside(lo, hi, strong) or _inside(m.start(), m.end(), weak):
            continue
        reading = read(m, rule, g, reference_year)
        if reading is None:
            continue
        out.append(_Candidate(lo, hi, m.end() - m.start(), rule.order, reading, sentence))
    return out


#: How far back a bound word ("bis") may stand before its expression.
_BOUND_REACH = 30


def _after_bound(text: str, start: int, at: int, g: Grammar) -> bool:
    """Whether a bound word ("bis", "until") stands right before position ``at``."""
    if not g.bounds:
        return False
    lead = " ".join(text[max(start, at - _BOUND_REACH) : at].lower().split())
    return f" {lead} ".endswith(g.bounds)


def _tells_birth(text: str, start: int, end: int, g: Grammar) -> bool:
    return bool(g.birth_words) and any(
        m.group().lower() in g.birth_words for m in TOKEN.finditer(text, start, end)
    )


def _select(candidates: list[_Candidate]) -> list[_Candidate]:
    """Longest first, earlier rule on ties; keep those that overlap nothing kept."""
    chosen: list[_Candidate] = []
    starts: list[int] = []  # of the kept spans, which never overlap: sorted by start and end
    ends: list[int] = []
    for cand in sorted(candidates, key=lambda c: (-c.weight, c.order, c.start)):
        at = bisect.bisect_left(starts, cand.end)  # kept spans starting before this one ends
        if at and ends[at - 1] > cand.start:
            continue
        chosen.append(cand)
        starts.insert(at, cand.start)
        ends.insert(at, cand.end)
    return sorted(chosen, key=lambda c: c.start)


#: Dates of the calendar, with or without a year, that ranges join: days, months, seasons,
#: quarters, halves ("Friday to December's figures" joins nothing).
_CALENDAR_DATE = re.compile(
    r"^(?:XXXX|\d{4})-(?:\d{2}|" + "|".join(values.SEASONS) + r"|Q\d|H\d)(?:-\d{2})?$"
)


def _joined(text: str, selected: list[_Candidate], g: Grammar) -> set[int]:
    """Dates of a range or an enumeration: the indexes of candidates joined to the next one
    ("between [March] and [May 2020]", "[3], [4] and [5 May]")."""
    joined: set[int] = set()
    if g.range_gap is None:
        return joined
    for i in range(len(selected) - 1):
        first, second = selected[i], selected[i + 1]
        if (
            first.sentence == second.sentence
            and _CALENDAR_DATE.match(first.reading.value)
            and _CALENDAR_DATE.match(second.reading.value)
            and g.range_gap.fullmatch(text, first.end, second.start)
        ):
            joined.add(i)
    return joined


def _years_from_later(selected: list[_Candidate], joined: set[int]) -> dict[int, str]:
    """Values without year completed by the dates joined after them, back along each chain
    ("June, July and August 2023": July from August, June from July)."""
    completed: dict[int, str] = {}
    for i in range(len(selected) - 2, -1, -1):
        value = selected[i].reading.value
        if i not in joined or not value.startswith("XXXX"):
            continue
        later = completed.get(i + 1, selected[i + 1].reading.value)
        if not later.startswith("XXXX") and (
            year := complete_year(value, later, partner_after=True)
        ):
            completed[i] = year
    return completed


def _completed(
    index: int,
    selected: list[_Candidate],
    joined: set[int],
    from_later: dict[int, str],
    resolved: dict[int, Resolved],
) -> Resolved | None:
    """A date without year joined to one with a year takes it from there (or None): from
    a later one named with its year, else from the one right before it."""
    value = selected[index].reading.value
    if not value.startswith("XXXX"):
        return None
    if index in from_later:
        return Resolved(from_later[index], "explicit")
    if index - 1 not in joined or (partner := resolved.get(index - 1)) is None:
        return None
    completed = complete_year(value, partner.value, partner_after=False)
    return Resolved(completed, partner.anchor) if completed else None


_DAY_VALUE = re.compile(r"^\d{4}-\d{2}-\d{2}")


def _live_report_clocks(
    text: str,
    sentences: Sequence[Span],
    candidates: list[_Candidate],
    g: Grammar,
    reference_year: int | None,
) -> list[_Candidate]:
    """The candidates, with the numbers that open a live report's entries read as clock
    times in place of any year read there."""
    entries = entry_clocks(text, sentences, g.entry_clock, reference_year)
    if not entries:
        return candidates
    spans = {(e.start, e.end) for e in entries}
    kept = [c for c in candidates if (c.start, c.end) not in spans]
    return kept + [
        _Candidate(
            e.start,
            e.end,
            e.end - e.start,
            _BEFORE_EVERY_RULE,
            Reading("TIME", e.value, None, None),
            e.sentence,
        )
        for e in entries
    ]


#: The order of a live report's entry clock: it wins a tie with any rule's candidate.
_BEFORE_EVERY_RULE = -1


def _impossible_date(value: str) -> bool:
    return _DAY_VALUE.match(value) is not None and values.parse(value) is None


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
    dct_point = values.parse(dct)
    reference_year = dct_point.day.year if dct_point else None
    candidates: list[_Candidate] = []
    for index, (start, end) in enumerate(sentences):
        candidates.extend(_candidates(text, start, end, index, g, reference_year))
    if ignored:
        skipped = SpanSet(ignored)
        candidates = [c for c in candidates if not skipped.overlaps(c.start, c.end)]
    candidates = _live_report_clocks(text, sentences, candidates, g, reference_year)
    anchorer = Anchorer(dct, genre, weekday_default=g.weekday_default)
    timexes = []
    selected = _select(candidates)
    joined = _joined(text, selected, g)
    from_later = _years_from_later(selected, joined)
    resolved_at: dict[int, Resolved] = {}
    no_birth: set[int] = set()  # sentences known not to tell a birth
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
        completed = _completed(index, selected, joined, from_later, resolved_at)
        if completed is not None:
            reading = replace(reading, value=completed.value)
        bound = _after_bound(text, s_start, cand.start, g)
        entry = g.listing_entry is not None and bool(g.listing_entry.match(text, s_start, s_end))
        resolved = anchorer.resolve(
            reading, cand.sentence, tense, cand.start, bound=bound, entry=entry
        )
        if completed is not None:
            resolved = Resolved(resolved.value, completed.anchor)
        resolved_at[index] = resolved
        if not resolved.value or _impossible_date(resolved.value):  # "31. Februar 2024"
            continue
        if anchorer.birth is None and cand.sentence not in no_birth:
            if _tells_birth(text, s_start, s_end, g):
                anchorer.birth = values.parse(resolved.value)
            else:
                no_birth.add(cand.sentence)
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
