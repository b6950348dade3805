"""Plain-text articles: optional ``date`` marker line, headline and lede, closing byline."""

from __future__ import annotations

import re
from functools import cache

from tui.core import resources
from tui.core.documents.dates import parse_publication_date
from tui.core.model import Document, Span

# " date 2024-12 • Headline • bullet • bullet" (the marker of the project's seed format).
_MARKER = re.compile(r"^\s*(date\s+(\S+))(?=\s|•|$)", re.IGNORECASE)
_LEDE_SEPARATOR = "•"
#: A first line longer than this, or ending like a sentence, is body text, not a headline.
_MAX_HEADLINE = 160
_MAX_BYLINE = 80
#: Lines end in LF, CRLF or CR (old Mac text); the text itself is never rewritten.
_LINE_BREAK = re.compile(r"[\r\n]")


@cache
def _byline_pattern() -> re.Pattern[str]:
    prefixes = {
        p
        for lang in resources.available_languages()
        for p in resources.load(lang, "language").get("byline_prefixes", [])
    }
    alternatives = "|".join(re.escape(p) for p in sorted(prefixes, key=len, reverse=True))
    return re.compile(rf"^(?:{alternatives})\s+(?P<source>\S.*?)\s*$")


def parse_plain_text(text: str, *, doc_id: str, origin: str | None) -> tuple[Document, list[str]]:
    """The document for ``text`` (kept exactly) and warnings about its header."""
    warnings: list[str] = []
    ignored: list[Span] = []
    dct: str | None = None
    body_start = 0
    if m := _MARKER.match(text):
        ignored.append(m.span(1))
        try:
            dct = parse_publication_date(m[2])
        except ValueError as exc:
            warnings.append(f"date marker ignored: {exc}")
        body_start = m.end()
        while body_start < len(text) and text[body_start] in " \t•":
            body_start += 1
    title, lede = _headline(text, body_start, marked=bool(ignored))
    source = None
    if byline := _byline(text):
        span, source = byline
        ignored.append(span)
    document = Document(
        id=doc_id,
        text=text,
        title=title,
        dct=dct,
        source=source,
        origin=origin,
        lede=lede,
        ignored=tuple(ignored),
    )
    return document, warnings


def _headline(text: str, start: int, *, marked: bool) -> tuple[str | None, Span | None]:
    """Title and lede block: after a marker, the rest of its line (a marker alone on its
    line means the page had no headline: the body's first paragraph is no headline);
    without a marker, a short first line that does not end like a sentence."""
    skip = " \t" if marked else " \t\r\n\f\v"
    while start < len(text) and text[start] in skip:
        start += 1
    end = len(text) if (brk := _LINE_BREAK.search(text, start)) is None else brk.start()
    line = text[start:end].rstrip()
    if not line:
        return None, None
    if not marked and (len(line) > _MAX_HEADLINE or line.endswith((".", ","))):
        return None, None
    headline = line.split(_LEDE_SEPARATOR, 1)[0].strip()
    if len(headline) > _MAX_HEADLINE:  # a marker line that runs straight into the body
        return None, (start, start + len(line))
    return headline or None, (start, start + len(line))


def _byline(text: str) -> tuple[Span, str] | None:
    stripped = text.rstrip()
    line_start = max(stripped.rfind("\n"), stripped.rfind("\r")) + 1
    line = stripped[line_start:]
    if not line or len(line) > _MAX_BYLINE or line_start == 0 or line.endswith((".", "!", "?")):
        return None
    offset = len(line) - len(line.lstrip())
    if (m := _byline_pattern().match(line.lstrip())) is None:
        return None
    start = line_start + offset
    return (start, len(stripped)), m["source"]
