"""The analysis store: per-document results kept in SQLite, so that a corpus opened again is
analysed only where its documents or the analyser changed.

- :class:`AnalysisStore`: the database (get, put, info, clear); never fatal.
- :func:`document_key` and :func:`analyser_version`: what a stored result is valid for.
- :func:`default_store_path`: where it lives unless told otherwise.

The names are imported on first use: the explorer asks for :func:`default_store_path` before
its first frame, and :mod:`.keys` imports the whole analysis (a fraction of a second).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tui.core.lazy_exports import lazy_exports

if TYPE_CHECKING:
    from tui.core.store.keys import analyser_version, document_key, events_key, events_version
    from tui.core.store.location import default_store_path
    from tui.core.store.sqlite_store import AnalysisStore, StoreInfo, remove_store_files

#: Each name and the module that defines it.
_MODULES = {
    "AnalysisStore": "sqlite_store",
    "StoreInfo": "sqlite_store",
    "remove_store_files": "sqlite_store",
    "analyser_version": "keys",
    "document_key": "keys",
    "events_key": "keys",
    "events_version": "keys",
    "default_store_path": "location",
}

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


__getattr__ = lazy_exports(__name__, _MODULES)
