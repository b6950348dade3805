"""How a sentence's article is named beside it: title, source and publication date."""

from __future__ import annotations

from tui.core.model import DocumentAnalysis
from tui.core.view.event_detail import publication_label


def article_label(doc: DocumentAnalysis) -> str:
    """``Title · Source · 14 Mar 2024`` (the parts the article has)."""
    meta = doc.document
    parts = [meta.title or meta.origin or meta.id, meta.source, publication_label(doc)]
    return " · ".join(part for part in parts if part)
