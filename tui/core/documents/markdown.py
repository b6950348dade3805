"""Markdown articles: title from the first heading, metadata from YAML-style front matter.

The text is kept exactly; Markdown syntax (heading marks, link targets, code, front
matter) is listed as ignored spans so that it is never analysed as prose.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from tui.core.documents.dates import parse_publication_date
from tui.core.model import Document, Span

#: Line ends are LF, CRLF or (front matter only) CR; the text itself is never rewritten.
_FRONT_MATTER = re.compile(
    r"\A---[ \t]*(?:\r\n?|\n)(.*?)(?:\r\n?|\n)---[ \t]*(?:\r\n?|\n|\Z)", re.DOTALL
)
_LINE_END = re.compile(r"\r\n?|\n")
_FIELD = re.compile(r"([A-Za-z_]+)[ \t]*:[ \t]*(.*?)[ \t]*")
_ATX_HEADING = re.compile(r"^(#{1,6}[ \t]+)(.+?)[ \t#]*\r?$", re.MULTILINE)
_SETEXT_HEADING = re.compile(r"^([^\r\n]+)\r?\n(=+|-+)[ \t]*\r?$", re.MULTILINE)
#: A line that starts with a code fence; group 2 is set when the line is a bare fence,
#: which can close one.
_FENCE_LINE = re.compile(r"^(```|~~~)(?:([ \t]*\r?$)|.*$)", re.MULTILINE)
_LINK_TARGET = re.compile(r"\]\([^)\n]*\)")
_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")


def parse_markdown(text: str, *, doc_id: str, origin: str | None) -> tuple[Document, list[str]]:
    warnings: list[str] = []
    ignored: list[Span] = []
    meta: dict[str, str] = {}
    body_start = 0
    if fm := _FRONT_MATTER.match(text):
        ignored.append(fm.span())
        body_start = fm.end()
        fields = (_FIELD.fullmatch(line) for line in _LINE_END.split(fm[1]))
        meta = {f[1].lower(): f[2].strip().strip("\"'") for f in fields if f is not None}
    dct = None
    if raw_date := meta.get("date"):
        try:
            dct = parse_publication_date(raw_date, free_form=True)
        except ValueError as exc:
            warnings.append(f"front matter date ignored: {exc}")
    title = meta.get("title") or None
    lede: Span | None = None
    ignored.extend(_code_blocks(text, body_start))
    for pattern in (_IMAGE, _LINK_TARGET):
        ignored.extend(m.span() for m in pattern.finditer(text, body_start))
    ignored.extend(_comments(text, body_start))
    for m in _ATX_HEADING.finditer(text, body_start):
        ignored.append(m.span(1))
    for m in _SETEXT_HEADING.finditer(text, body_start):
        ignored.append(m.span(2))
    heading = _first_heading(text, body_start)
    if heading is not None:
        lede = heading
        title = title or text[heading[0] : heading[1]]
    document = Document(
        id=doc_id,
        text=text,
        title=title,
        dct=dct,
        source=meta.get("source") or None,
        url=meta.get("url") or None,
        origin=origin,
        lang=meta.get("lang") or None,
        lede=lede,
        ignored=tuple(_merge(ignored)),
    )
    return document, warnings


def _code_blocks(text: str, start: int) -> list[Span]:
    """Fenced code: from a line starting with ``` or ~~~ to the next line that is the same
    fence alone (trailing blanks allowed). A fence never closed is no block, and the next
    fence line may open one. Found in one pass over the fence lines (a lazy regex from each
    opening fence to the end of the text is quadratic in unclosed fences)."""
    lines = [
        (m.start(), m.end(), m[1], m[2] is not None) for m in _FENCE_LINE.finditer(text, start)
    ]
    closers = {
        mark: [(lo, hi) for lo, hi, kind, bare in lines if kind == mark and bare]
        for mark in ("```", "~~~")
    }
    starts = {mark: [lo for lo, _ in spans] for mark, spans in closers.items()}
    blocks: list[Span] = []
    for lo, _, mark, _ in lines:
        if blocks and lo < blocks[-1][1]:
            continue
        i = bisect_right(starts[mark], lo)
        if i < len(starts[mark]):
            blocks.append((lo, closers[mark][i][1]))
    return blocks


def _comments(text: str, start: int) -> list[Span]:
    """HTML comments ``<!-- … -->``; one never closed is none (and neither is any after it)."""
    out: list[Span] = []
    while (lo := text.find("<!--", start)) >= 0 and (hi := text.find("-->", lo + 4)) >= 0:
        out.append((lo, hi + 3))
        start = hi + 3
    return out


def _first_heading(text: str, start: int) -> Span | None:
    atx = _ATX_HEADING.search(text, start)
    setext = _SETEXT_HEADING.search(text, start)
    candidates = []
    if atx:
        candidates.append(atx.span(2))
    if setext and not setext[1].lstrip().startswith("#"):
        candidates.append(setext.span(1))
    return min(candidates) if candidates else None


def _merge(spans: list[Span]) -> list[Span]:
    merged: list[Span] = []
    for lo, hi in sorted(spans):
        if merged and lo <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], hi))
        else:
            merged.append((lo, hi))
    return merged
