"""The analysis store: per-document results kept in SQLite, so that a corpus opened again is
analysed only where its documents or the analyser changed.

- :class:`AnalysisStore`: the database (get, put, info, clear); never fatal.
- :func:`document_key` and :func:`analyser_version`: what a stored result is valid for.
- :func:`default_store_path`: where it lives unless told otherwise.
"""

from tui.core.store.keys import analyser_version, document_key, events_key, events_version
from tui.core.store.location import default_store_path
from tui.core.store.sqlite_store import AnalysisStore, StoreInfo, remove_store_files

__all__ = [
    "AnalysisStore",
    "StoreInfo",
    "analyser_version",
    "default_store_path",
    "document_key",
    "events_key",
    "events_version",
    "remove_store_files",
]
