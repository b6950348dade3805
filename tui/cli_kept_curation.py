"""``timeline store clear`` on a store it cannot read: the reader's curation in its file is
kept through the removal.

The actions to keep are first written (atomically) to a curation file beside the store, in
the format of ``timeline curation export``; then the store is removed, the actions written
to a new one, and the side file deleted. If any step after the first fails, the side file
stays and the error names it, so nothing is lost: ``timeline curation import`` restores it.
A side file left by such a failure is taken up by the next clear of an unreadable store.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from tui.cli_errors import RunError
from tui.cli_output import OutputTarget, write_output

if TYPE_CHECKING:
    from tui.core.curation import Action

#: The side file is the reader's work: only the reader may read it.
_PRIVATE = 0o600


def kept_curation_file(store: Path) -> Path:
    return store.with_name(f"{store.name}.curation.json")


def remove_keeping_curation(path: Path, remove: Callable[[Path], bool]) -> int | None:
    """``remove(path)``, the curation saved in it (if readable) written to it again: how
    many actions were kept, or None if ``remove`` removed nothing. :class:`RunError` if
    the curation could not be written again (it is then in :func:`kept_curation_file`)."""
    from tui.core.curation import CurationStore, dump_actions, saved_actions

    side = kept_curation_file(path)
    earlier = _earlier(side)
    kept = list({a.id: a for a in [*earlier, *saved_actions(path)]}.values())
    if kept:
        write_output(OutputTarget(side, replace=True, mode=_PRIVATE), [dump_actions(kept)])
    if not remove(path):
        if kept and not earlier:
            side.unlink(missing_ok=True)  # the curation is still in the store
        return None
    if kept:
        with CurationStore(path) as again:
            if not again.add(kept):
                raise RunError(
                    f"the store was removed, but its curation could not be kept in the new one"
                    f" ({'; '.join(again.problems)}); it is in {str(side)!r}:"
                    f" 'timeline curation import' restores it"
                )
        side.unlink(missing_ok=True)
    return len(kept)


def _earlier(side: Path) -> list[Action]:
    """The actions a clear that failed left in ``side`` (none if there is no such file)."""
    from tui.core.curation import CurationFileError, load_actions

    try:
        text = side.read_text(encoding="utf-8")
    except FileNotFoundError:
        return []
    except (OSError, UnicodeDecodeError) as error:
        raise RunError(f"cannot read the kept curation {str(side)!r}: {error}") from None
    try:
        return load_actions(text)
    except CurationFileError as error:
        raise RunError(f"the kept curation {str(side)!r}: {error}") from None
