"""Sentence and paragraph segmentation that keeps exact character offsets.

Rule-based and language-driven: abbreviations and sentence-starting function words come
from the language resources, so ``am 6. Januar`` or ``z. B.`` never end a sentence.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache

from tui.core import resources
from tui.core.model import Span

_BULLETS = "•▪◦●·"
#: Quotation marks, straight and typographic, whichever way round a language uses them:
#: „…“ ‚…‘ “…” ‘…’ »…« «…» "…" '…'.
QUOTE_MARKS = "\"'„“”‚‘’»«"
#: Marks that close a quotation in one language or another ("„…“", "“…”", "«…»", "»…«").
CLOSING_QUOTES = '"“”«»'
_CLOSERS = "\"'”’“‘»«)]"
_OPENERS = "\"'„“‚‘»«(["
# A candidate sentence end: terminal punctuation, optional closing quotes, then whitespace.
#: "6." or a range of ordinals "6.-8." ("vom 6.-8. August").
_ORDINAL = re.compile(r"(?:\d{1,3}\.[-–/])?\d{1,3}\.")
# Only at the start of a run of marks, and without backtracking, so that a run of 40,000
# dots not followed by white space is one failed match, not 40,000 (quadratic).
_END = re.compile(rf"(?<![.!?…])[.!?…]++[{re.escape(_CLOSERS)}]*+(?=\s)")
#: A blank line between LF or CRLF line ends, or between CR line ends (old Mac text).
_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n\s*|\r[ \t\f\v]*\r\s*")
_LINE_BREAK = re.compile(r"\r\n?|\n")
_WORD_AFTER = re.compile(rf"\s+[{re.escape(_OPENERS)}]*(\w[\w.-]*)")
#: A line shorter than this without final punctuation is a heading, not a wrapped line.
_HEADING_LINE = 70


@dataclass(frozen=True, slots=True)
class _Rules:
    abbreviations: frozenset[str]
    starters: frozenset[str]
    ordinal_period: bool


@cache
def _rules(lang: str) -> _Rules:
    res = resources.load(lang, "language")
    abbreviations = {a.replace(" ", "") for a in res.get("abbreviations", [])}
    return _Rules(
        abbreviations=frozenset(abbreviations),
        starters=frozenset(w.lower() for w in res.get("function_words", [])),
        ordinal_period=bool(res.get("ordinal_period", False)),
    )


def stripped(text: str, start: int, end: int) -> Span:
    """``start`` and ``end`` moved inwards over white space (an empty span if all of it is)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _strip(text: str, start: int, end: int) -> Span | None:
    span = stripped(text, start, end)
    return span if span[0] < span[1] else None


def parts_between(
    separator: re.Pattern[str],
    text: str,
    start: int = 0,
    end: int | None = None,
    *,
    outside_quotes: bool = False,
) -> list[Span]:
    """The spans of ``text[start:end]`` between matches of ``separator`` (empty ones too):
    clauses between commas or semicolons, names between spaced dashes. With
    ``outside_quotes``, a separator inside a quotation separates nothing (a quoted
    ", und wenn ..." is part of what someone said)."""
    end = len(text) if end is None else end
    quotes = quotations(text, start, end) if outside_quotes else []
    # Quotations are in order and disjoint: the one that may hold a position is the last
    # one starting at or before it.
    quote_starts = [lo for lo, _ in quotes]
    bounds = [start]
    for m in separator.finditer(text, start, end):
        i = bisect_right(quote_starts, m.start()) - 1
        if i < 0 or m.start() >= quotes[i][1]:
            bounds += [m.start(), m.end()]
    bounds.append(end)
    return list(zip(bounds[::2], bounds[1::2], strict=True))


#: A quotation: an opening mark, no line break, a closing mark.
_QUOTATION = re.compile(r"[\"„“«»][^\"„“«»”\n]*[\"“”«»]|[‚‘][^‚‘’\n]*[‘’]")
#: Quoted words are someone's words only from this many characters on ("Odie", a title,
#: are a name).
MIN_QUOTATION = 25


def quotations(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """The quotations in ``text[start:end]`` long enough to be someone's words, in order."""
    end = len(text) if end is None else end
    return [
        m.span()
        for m in _QUOTATION.finditer(text, start, end)
        if m.end() - m.start() >= MIN_QUOTATION
    ]


def paragraphs(text: str, ignored: Sequence[Span] = ()) -> list[Span]:
    """Blocks separated by blank lines, whitespace and ignored spans trimmed from their edges."""
    skip = _Ignored(ignored)
    out: list[Span] = []
    pos = 0
    for m in _BLANK_LINE.finditer(text):
        out.extend(_trimmed(text, pos, m.start(), skip))
        pos = m.end()
    out.extend(_trimmed(text, pos, len(text), skip))
    return out


def sentences(text: str, lang: str, ignored: Sequence[Span] = ()) -> list[Span]:
    """Sentence spans in document order; none starts, ends or lies wholly in an ignored span."""
    rules = _rules(lang)
    skip = _Ignored(ignored)
    out: list[Span] = []
    for para in paragraphs(text, ignored):
        for line in _lines(text, *para):
            for sentence in _split_line(text, *line, rules):
                out.extend(_trimmed(text, *sentence, skip))
    return out


class _Ignored:
    """Ignored spans merged and sorted, for finding the one around a position by bisection
    (a Markdown file can have thousands, and every sentence asks)."""

    def __init__(self, spans: Sequence[Span]) -> None:
        merged: list[list[int]] = []
        for lo, hi in sorted(spans):
            if merged and lo <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], hi)
            elif lo < hi:
                merged.append([lo, hi])
        self.starts = [lo for lo, _ in merged]
        self.ends = [hi for _, hi in merged]

    def after(self, start: int) -> int | None:
        """The end of the span holding ``start`` (``lo <= start < hi``), if any."""
        i = bisect_right(self.starts, start) - 1
        return self.ends[i] if i >= 0 and start < self.ends[i] else None

    def before(self, end: int) -> int | None:
        """The start of the span that ``end`` closes into (``lo < end <= hi``), if any."""
        i = bisect_left(self.starts, end) - 1
        return self.starts[i] if i >= 0 and end <= self.ends[i] else None


def _trimmed(text: str, start: int, end: int, ignored: _Ignored) -> list[Span]:
    """``[(start, end)]`` without leading/trailing whitespace or ignored spans; [] if empty."""
    changed = True
    while changed and start < end:
        changed = False
        span = _strip(text, start, end)
        if span is None:
            return []
        start, end = span
        if (hi := ignored.after(start)) is not None:
            start, changed = hi, True
        if (lo := ignored.before(end)) is not None:
            end, changed = lo, True
    return [(start, end)] if start < end else []


def _lines(text: str, start: int, end: int) -> Iterator[Span]:
    """Split a paragraph at line breaks that end a heading or a bullet, not at wrapped lines,
    and at bullets, which separate headline and lede items just like line breaks do."""
    for line_start, line_end in _broken_lines(text, start, end):
        seg_start = line_start
        for i in range(line_start, line_end):
            if text[i] in _BULLETS:
                if (span := _strip(text, seg_start, i)) is not None:
                    yield span
                seg_start = i + 1
        if (span := _strip(text, seg_start, line_end)) is not None:
            yield span


def _broken_lines(text: str, start: int, end: int) -> Iterator[Span]:
    pos = start
    line_start = start
    # The first non-space character after a line break, found once for all the breaks
    # before it (slicing the rest of the paragraph at every break is quadratic).
    following = start
    cr = text.find("\r", start, end) >= 0
    while True:
        if (brk := _next_break(text, line_start, end, cr=cr)) is None:
            break
        nl, after = brk
        line = text[line_start:nl].rstrip()
        following = max(following, after)
        while following < end and text[following].isspace():
            following += 1
        if following < end and _line_ends_unit(line, text[following]):
            if (span := _strip(text, pos, nl)) is not None:
                yield span
            pos = after
        line_start = after
    if (span := _strip(text, pos, end)) is not None:
        yield span


def _next_break(text: str, start: int, end: int, *, cr: bool) -> Span | None:
    """The next line end (LF, CRLF or CR); ``str.find`` when there is no CR (faster)."""
    if not cr:
        nl = text.find("\n", start, end)
        return None if nl < 0 else (nl, nl + 1)
    brk = _LINE_BREAK.search(text, start, end)
    return None if brk is None else brk.span()


def _line_ends_unit(line: str, following: str) -> bool:
    if not line:
        return False
    if line[-1] in ".!?…:" or line[-1] in _CLOSERS:
        return True
    if following[0] in _BULLETS or line.lstrip()[:1] in _BULLETS + "-*":
        return True
    return len(line) < _HEADING_LINE and (following[0].isupper() or following[0].isdigit())


def _split_line(text: str, start: int, end: int, rules: _Rules) -> Iterator[Span]:
    pos = start
    for m in _END.finditer(text, start, end):
        if _is_boundary(text, m.start(), m.end(), end, rules):
            if (span := _strip(text, pos, m.end())) is not None:
                yield span
            pos = m.end()
    if (span := _strip(text, pos, end)) is not None:
        yield span


def _is_boundary(text: str, punct: int, after: int, end: int, rules: _Rules) -> bool:
    nxt = _WORD_AFTER.match(text, after, end)
    if nxt is None:
        return True
    word = nxt.group(1)
    starts_upper = word[0].isupper() or word[0].isdigit() or text[nxt.start(1) - 1] in _OPENERS
    if not starts_upper:
        return False
    if text[punct] != ".":
        return True
    token_start = punct
    while token_start > 0 and not text[token_start - 1].isspace():
        token_start -= 1
    token_text = text[token_start : punct + 1].lstrip(_OPENERS)
    starter = word.lower() in rules.starters
    if token_text + word in rules.abbreviations:  # the first half of "z. B."
        return False
    if token_text in rules.abbreviations or _is_initial(token_text):
        return starter
    if rules.ordinal_period and _ORDINAL.fullmatch(token_text):
        return starter
    return True


def _is_initial(token: str) -> bool:
    """``J.`` in ``J. R. R. Tolkien`` or ``U.S.``-like dotted capitals."""
    letters = token.replace(".", "")
    return 0 < len(letters) <= 3 and letters.isalpha() and letters.isupper() and token.endswith(".")
