"""Hand-built document analyses for the event tests: the temporal expressions and mentions
are given, so that the tests pin the event rules, not the tagger or the NER model."""

from __future__ import annotations

from tui.core.model import Document, DocumentAnalysis, Mention, Timex
from tui.core.sentences import paragraphs, sentences


def analysed(
    text: str,
    timexes: dict[str, tuple[str, str, str]],
    *,
    lang: str = "de",
    dct: str | None = "2024-12",
    lede=None,
    title=None,
    mentions: dict[str, str] | None = None,
    label: str = "PER",
) -> DocumentAnalysis:
    """A document with timexes at the first occurrence of each key: (type, value, anchor)."""
    doc = Document(id="d", text=text, dct=dct, lede=lede, title=title)
    found = []
    for surface, (kind, value, anchor) in timexes.items():
        start = text.index(surface)
        found.append(Timex(start, start + len(surface), surface, kind, value, anchor=anchor))
    found.sort(key=lambda t: t.start)
    found_mentions = []
    for surface, entity in (mentions or {}).items():
        start = text.index(surface)
        found_mentions.append(Mention(start, start + len(surface), surface, label, entity))
    found_mentions.sort(key=lambda m: m.start)
    return DocumentAnalysis(
        doc, lang, sentences(text, lang), paragraphs(text), found, found_mentions
    )
