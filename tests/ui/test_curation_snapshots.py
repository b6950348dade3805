"""Snapshot tests of curation in the explorer: marked rows, the date prompt, the merge
dialog. Update with ``pytest tests/ui --snapshot-update`` after checking the report."""

from __future__ import annotations

from pathlib import Path

from test_snapshots import Snap, after, app_for, bridge, typing
from textual.pilot import Pilot

from tui.ui.widgets import EntityFilterPane


async def _without_notifications(pilot: Pilot) -> None:
    """What the actions said shows for seconds: whether it is still on screen when the
    snapshot is taken depends on the machine's speed."""
    pilot.app.clear_notifications()
    pilot.app.screen._unsay()
    await pilot.pause()


def test_hidden_starred_and_edited_rows(snap_compare: Snap, tmp_path: Path) -> None:
    steps = after(
        "h", "H", "asterisk", "j", "t", typing("My own title"), "enter", "n",
        typing("[bold]note[/bold] <script>"), "enter", _without_notifications,
    )  # fmt: skip
    app = app_for(bridge(), store=tmp_path / "store.sqlite3")
    assert snap_compare(app, terminal_size=(120, 40), run_before=steps)


def test_change_date_prompt_with_a_bad_date(snap_compare: Snap, tmp_path: Path) -> None:
    steps = after("d", typing("the 35th of Nowhere"), "enter")
    app = app_for(bridge(), store=tmp_path / "store.sqlite3")
    assert snap_compare(app, terminal_size=(80, 24), run_before=steps)


async def _stadtrat_highlighted(pilot: Pilot) -> None:
    pane = pilot.app.screen.query_one(EntityFilterPane)
    pane.focus()
    pane.highlighted = next(i for i, o in enumerate(pane.options) if o.id == "org-stadtrat")


def test_merge_entities_dialog(snap_compare: Snap, tmp_path: Path) -> None:
    app = app_for(bridge(), store=tmp_path / "store.sqlite3")
    steps = after(_stadtrat_highlighted, "m")
    assert snap_compare(app, terminal_size=(120, 40), run_before=steps)
