"""A reader's curation of a timeline: hide, star, retitle, redate and annotate events;
merge, rename, relabel and remove entities; undoable, saved as the reader works.

- :class:`CurationSession`: the curation of one analysis, as a UI works with it.
- :func:`curate`: an analysis with curation actions applied (a new analysis).
- :func:`curated_analysis`: an analysis with the saved curation applied.
- :class:`CurationStore`, :func:`curation_path`: where it is saved.
- :func:`dump_actions`, :func:`load_actions`: the JSON file of ``timeline curation``.

Scope: curation is global, keyed by content, not by corpus. An event action names the
event by its article's text and the sentence's offsets, so it applies wherever that article
is opened, alone or in any corpus, under any file name; an entity action names the entity,
so a merge of "Merz" into "Friedrich Merz" applies wherever both names occur. A corpus has
no identity to key by (articles are added and removed, the same article is in several
corpora), and what a reader says about an article or a name stays true beyond one corpus.
An action is reported as no longer applying (:meth:`CurationSession.orphans`) only where it
should apply: while its article (for an entity action, the article it was made from) is
open.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tui.core.curation.actions import (
    Action,
    ChangeDate,
    EditTitle,
    MergeEntities,
    RelabelEntity,
    RemoveEntity,
    RenameEntity,
    SetHidden,
    SetNote,
    SetStarred,
)
from tui.core.curation.apply import Curated, CuratedStream, curate, curate_stream
from tui.core.curation.dates import UNKNOWN, date_value
from tui.core.curation.keys import EventKey, content_key, entity_key
from tui.core.curation.session import CurationSession, NotADate
from tui.core.curation.storage import CurationStore, curation_path, saved_actions
from tui.core.curation.transfer import CurationFileError, dump_actions, load_actions
from tui.core.model import Analysis, Document

if TYPE_CHECKING:  # the store module imports the whole analysis; curation needs none of it
    from tui.core.store import AnalysisStore

__all__ = [
    "UNKNOWN",
    "Action",
    "ChangeDate",
    "Curated",
    "CuratedStream",
    "CurationFileError",
    "CurationSession",
    "CurationStore",
    "EditTitle",
    "EventKey",
    "MergeEntities",
    "NotADate",
    "RelabelEntity",
    "RemoveEntity",
    "RenameEntity",
    "SetHidden",
    "SetNote",
    "SetStarred",
    "analyse_curated",
    "analyse_session",
    "content_key",
    "curate",
    "curate_stream",
    "curated_analysis",
    "curation_path",
    "date_value",
    "dump_actions",
    "entity_key",
    "load_actions",
    "open_session",
    "orphans_warning",
    "saved_actions",
    "unreadable_warning",
]


def curated_analysis(analysis: Analysis, store: AnalysisStore | Path | None) -> Analysis:
    """``analysis`` with the curation saved beside the analysis store ``store`` (None:
    in the user's data folder) applied; orphans (and a curation file of its own that cannot
    be read) among the warnings."""
    store_path = store if store is None or isinstance(store, Path) else store.path
    path = curation_path(store_path)
    if not path.exists():  # nothing curated yet: no file made for it
        return analysis
    with CurationStore(path) as saved:
        result = curate(analysis, saved.actions())
        if store_path is None:  # in the store's file, the store's own warning says it
            result.analysis.warnings.extend(saved.problems)
        if saved.unreadable:
            result.analysis.warnings.append(unreadable_warning(saved.unreadable))
    if result.orphans:
        result.analysis.warnings.append(orphans_warning(len(result.orphans)))
    return result.analysis


def analyse_curated(documents: Sequence[Document], **options: Any) -> Analysis:
    """:func:`tui.core.analysis.analyse` with its options, then the saved curation of its
    ``store`` applied: what the explorer shows."""
    from tui.core.analysis import analyse

    return curated_analysis(analyse(documents, **options), options.get("store"))


def orphans_warning(count: int) -> str:
    if count == 1:
        return "1 curation action no longer applies (its event or entity has gone)"
    return f"{count} curation actions no longer apply (their events or entities have gone)"


def open_session(analysis: Analysis, store: AnalysisStore | Path | None) -> CurationSession:
    """A :class:`CurationSession` on ``analysis`` (as the analyser made it), saved beside
    the analysis store ``store`` (None: in the user's data folder). What no longer applies,
    and a curation file that cannot be used, are among the analysis's warnings."""
    store_path = store if store is None or isinstance(store, Path) else store.path
    session = CurationSession(analysis, CurationStore(curation_path(store_path)))
    notes = list(session.problems)
    if session.store is not None and session.store.unreadable:
        notes.append(unreadable_warning(session.store.unreadable))
    if orphaned := session.orphans():
        notes.append(orphans_warning(len(orphaned)))
    if notes:
        # On the original's warnings: every curated analysis the session makes copies them.
        analysis.warnings.extend(notes)
        session.analysis.warnings.extend(notes)
    return session


def analyse_session(documents: Sequence[Document], **options: Any) -> CurationSession:
    """:func:`tui.core.analysis.analyse` with its options, in a :class:`CurationSession`
    with the saved curation of its ``store``: what the explorer shows and curates."""
    from tui.core.analysis import analyse

    return open_session(analyse(documents, **options), options.get("store"))


def unreadable_warning(count: int) -> str:
    """Saved actions this version cannot read: kept in the file, left out of this run."""
    if count == 1:
        return "1 saved curation action is of another version of timeline and left out"
    return f"{count} saved curation actions are of another version of timeline and left out"
