"""The stretches of a document that may become events, and the part each plays in it.

The opening block is told apart by form, never by content: the headline (the reader's
title line), a standfirst (the rest of that block), the lead (the first body paragraph),
subheadings (a paragraph of one short line that does not end like a sentence), and the
body. Every sentence stays a unit of its own; a sentence whose parts between semicolons,
or between coordinated main clauses, each carry a date of their own is split into them.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from enum import Enum
from itertools import pairwise

from tui.core.events.dating import joins_range
from tui.core.events.statements import StatementClues
from tui.core.model import DocumentAnalysis, Span, Timex
from tui.core.sentences import CLOSING_QUOTES, paragraphs, parts_between


class Role(Enum):
    HEADLINE = "headline"
    STANDFIRST = "standfirst"
    LEAD = "lead"
    BODY = "body"
    SUBHEADING = "subheading"


@dataclass(frozen=True, slots=True)
class Unit:
    start: int
    end: int
    role: Role
    paragraph: int  # index of the paragraph it stands in
    #: The sentence it is part of (itself, unless a clause of a longer sentence).
    sentence: Span


_WORDS = re.compile(r"\w[\w'’-]*")
#: A line of at most this many capitalised words and no digit is a dateline or a byline.
_MAX_DATELINE_WORDS = 3
#: A news agency's short name in brackets after a dateline's place: "(epd)", "(AP)".
_AGENCY = re.compile(r"\([\w-]{1,10}\)")
#: A subheading is at most this long; longer lines without final punctuation are prose.
_MAX_SUBHEADING = 120
#: What a sentence may end with (closing quotes and brackets after the mark count too).
_SENTENCE_END = re.compile(r"[.!?:;…][\"'“”„»«‘’)\]]*\s*$|[\"“”»«]\s*$")


def units(analysis: DocumentAnalysis, clues: StatementClues) -> list[Unit]:
    """The document's units in text order."""
    doc = analysis.document
    text = doc.text
    blocks = analysis.paragraphs or paragraphs(text, doc.ignored)
    block_starts = [start for start, _ in blocks]
    timex_starts = [t.start for t in analysis.timexes]
    sentence_count: dict[int, int] = {}
    placed: list[tuple[Span, int]] = []
    for start, end in analysis.sentences:
        block = max(bisect.bisect_right(block_starts, start) - 1, 0)
        placed.append(((start, end), block))
        sentence_count[block] = sentence_count.get(block, 0) + 1
    lede = doc.lede
    lead_block: int | None = None
    found: list[Unit] = []
    for (start, end), block in placed:
        sentence = text[start:end]
        if lede is not None and lede[0] <= start and end <= lede[1]:
            first = not any(u.role is Role.HEADLINE for u in found)
            role = Role.HEADLINE if first and doc.title else Role.STANDFIRST
            found.append(Unit(start, end, role, block, (start, end)))
            continue
        if _is_dateline(sentence):
            continue  # "Berlin.", a byline: no event
        # A line of its own that does not end like a sentence: a subheading, or the caption
        # or attribution under a quotation ("Manfred Rommel, Oberbürgermeister").
        alone = sentence_count[block] == 1 or _is_whole_line(text, start, end)
        attribution = _follows_quotation(text, start)
        if (alone or attribution) and _is_subheading(sentence) and lead_block is not None:
            found.append(Unit(start, end, Role.SUBHEADING, block, (start, end)))
            continue
        if lead_block is None:
            lead_block = block
        role = Role.LEAD if block == lead_block else Role.BODY
        found.extend(
            Unit(a, b, role, block, (start, end))
            for a, b in _clauses(analysis, clues, timex_starts, start, end)
        )
    return found


def _follows_quotation(text: str, start: int) -> bool:
    """Whether a quotation closes right before ``start`` ("„…“ Anna Weber, Bürgermeisterin")."""
    before = text[max(0, start - 3) : start].rstrip()
    return before.endswith(tuple(CLOSING_QUOTES))


def _is_whole_line(text: str, start: int, end: int) -> bool:
    before = text.rfind("\n", 0, start)
    after = text.find("\n", end)
    return (
        not text[before + 1 : start].strip()
        and not text[end : len(text) if after < 0 else after].strip()
    )


def _is_subheading(sentence: str) -> bool:
    return len(sentence) <= _MAX_SUBHEADING and not _SENTENCE_END.search(sentence)


def _is_dateline(sentence: str) -> bool:
    """A dateline or byline ("Berlin.", "Solingen (epd).", "WASHINGTON –", "Von Anna
    Weber"): no event."""
    words = _WORDS.findall(_AGENCY.sub(" ", sentence))
    return (
        0 < len(words) <= _MAX_DATELINE_WORDS
        and all(w[0].isupper() for w in words)
        and not any(ch.isdigit() for ch in sentence)
    )


def _clauses(
    analysis: DocumentAnalysis,
    clues: StatementClues,
    timex_starts: list[int],
    start: int,
    end: int,
) -> list[Span]:
    """A sentence, or its parts when each of them tells something with a date of its own:
    "Sie heiratete 1958; die Ehe wurde sieben Jahre später geschieden" and "1990 gegründet
    und 2005 verkauft" are two events each; "zwischen 2019 und 2021" is one range."""
    text = analysis.document.text
    timexes = analysis.timexes
    first = bisect.bisect_left(timex_starts, start)
    last = bisect.bisect_left(timex_starts, end, first)
    dates = [t for t in timexes[first:last] if t.type in ("DATE", "TIME")]
    if len(dates) < 2:
        return [(start, end)]
    for separator in (clues.part_separator, clues.clause_separator):
        if separator is None:
            continue
        parts = parts_between(separator, text, start, end, outside_quotes=True)
        parts = [p for p in parts if p[0] < p[1]]
        if (
            len(parts) > 1
            and all(_tells_with_date(text, p, dates) for p in parts)
            and not any(_range_across(text, dates, a, b, analysis.lang) for a, b in pairwise(parts))
        ):
            return parts
    return [(start, end)]


#: A part tells something when it has a word of at least this length besides its dates
#: (a verb or a noun, not just "in" or "am").
_MIN_CONTENT_WORD = 4


def _tells_with_date(text: str, part: Span, dates: list[Timex]) -> bool:
    inside = [t for t in dates if part[0] <= t.start < part[1]]
    if not inside:
        return False
    rest = text[part[0] : part[1]]
    for t in reversed(inside):
        rest = rest[: t.start - part[0]] + " " + rest[t.end - part[0] :]
    return any(len(w) >= _MIN_CONTENT_WORD for w in _WORDS.findall(rest))


def _range_across(text: str, dates: list[Timex], left: Span, right: Span, lang: str) -> bool:
    """Whether the last date of ``left`` and the first of ``right`` form a range."""
    before = [t for t in dates if left[0] <= t.start < left[1]]
    after = [t for t in dates if right[0] <= t.start < right[1]]
    return bool(before and after) and joins_range(text, before[-1], after[0], lang)
