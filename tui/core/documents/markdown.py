"""Markdown articles: title from the first heading, metadata from YAML-style front matter.

The text is kept exactly; Markdown syntax (heading marks, link targets, code, front
matter) is listed as ignored spans so that it is never analysed as prose.
"""

from __future__ import annotations

import re

from tui.core.documents.dates import parse_publication_date
from tui.core.model import Document, Span

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n---[ \t]*(?:\n|\Z)", re.DOTALL)
_FIELD = re.compile(r"^([A-Za-z_]+)[ \t]*:[ \t]*(.*?)[ \t]*$", re.MULTILINE)
_ATX_HEADING = re.compile(r"^(#{1,6}[ \t]+)(.+?)[ \t#]*$", re.MULTILINE)
_SETEXT_HEADING = re.compile(r"^([^\n]+)\n(=+|-+)[ \t]*$", re.MULTILINE)
_FENCE = re.compile(r"^(```|~~~).*?^\1[ \t]*$", re.MULTILINE | re.DOTALL)
_LINK_TARGET = re.compile(r"\]\([^)\n]*\)")
_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")
_HTML_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)


def parse_markdown(text: str, *, doc_id: str, origin: str | None) -> tuple[Document, list[str]]:
    warnings: list[str] = []
    ignored: list[Span] = []
    meta: dict[str, str] = {}
    body_start = 0
    if fm := _FRONT_MATTER.match(text):
        ignored.append(fm.span())
        body_start = fm.end()
        meta = {k.lower(): v.strip().strip("\"'") for k, v in _FIELD.findall(fm[1])}
    dct = None
    if raw_date := meta.get("date"):
        try:
            dct = parse_publication_date(raw_date, free_form=True)
        except ValueError as exc:
            warnings.append(f"front matter date ignored: {exc}")
    title = meta.get("title") or None
    lede: Span | None = None
    for pattern in (_FENCE, _IMAGE, _LINK_TARGET, _HTML_COMMENT):
        ignored.extend(m.span() for m in pattern.finditer(text, body_start))
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
