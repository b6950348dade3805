"""Imported once, by the process the pool's workers are forked from (``forkserver``): the
per-document analysis, spaCy and the names model and word lists of the languages named in
:data:`LANGUAGES`, loaded before any worker exists, so that every worker shares their
memory with it (copy on write) instead of loading a copy of its own (about 150 MB each).

Nothing here may fail the import: whatever does not load is loaded, or reported, by the
worker that needs it, as without this module.
"""

from __future__ import annotations

import gc
import os
from contextlib import suppress

#: The environment variable that names the languages to load (comma-separated): the
#: server is started with it, as modules to preload cannot be given arguments.
LANGUAGES = "TIMELINE_WORKER_LANGUAGES"
#: A text that takes every step of a document's analysis: dates, sentences and names.
_SAMPLE_TEXT = "Am 3. Mai 2024 sprach Anna Berg in Berlin. On 3 May 2024 Anna Berg spoke in Paris."


def _load(languages: list[str]) -> None:
    from tui.core.analysis.options import AnalysisOptions
    from tui.core.analysis.per_document import analyse_document
    from tui.core.model import Document

    sample = Document(id="preload", text=_SAMPLE_TEXT)
    for lang in languages:
        # What fails here, the worker that needs it meets again, and says so.
        with suppress(Exception):
            # One small document analysed in the language loads what a worker loads for it.
            analyse_document(sample, AnalysisOptions(lang=lang))


def _languages() -> list[str]:
    return [lang for lang in os.environ.get(LANGUAGES, "").split(",") if lang]


if _languages():
    _load(_languages())
    # What was loaded lives as long as the workers: never scanned by their collector, whose
    # scans would write to (and so copy) the pages they share.
    gc.freeze()
