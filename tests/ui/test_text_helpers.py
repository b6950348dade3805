"""Small pure helpers of the UI: literal text, wrapping with offsets, finding the stylesheets."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.core import bundled
from tui.ui import stylesheets
from tui.ui.safe_text import clean, clean_line, literal
from tui.ui.widgets.source_view import wrap_spans


def test_control_characters_become_visible_one_for_one() -> None:
    raw = "a\x1b[31mb\x07c\td\r\ne\x9bf\u202eg\x7f"
    shown = clean(raw)
    assert len(shown) == len(raw)  # offsets into the article stay valid
    assert shown == "a␛[31mb␇c d \ne\ufffdf\ufffdg␡"
    assert clean_line("zwei\nZeilen") == "zwei Zeilen"


def test_literal_text_is_not_markup() -> None:
    text = literal("[bold]nicht fett[/bold] [link=https://x]y[/link]")
    assert text.plain == "[bold]nicht fett[/bold] [link=https://x]y[/link]"
    assert text.spans == []


@pytest.mark.parametrize("width", [1, 5, 12, 30])
def test_wrapping_covers_the_text_with_exact_offsets(width: int) -> None:
    text = "Ein ganz langer Satz mit Wörtern.\n\nZweiter Absatz, sehr kurz. Donaudampfschifffahrt"
    spans = wrap_spans(text, width)
    rebuilt = ""
    previous_end = 0
    for start, end in spans:
        rebuilt += text[previous_end:start] + text[start:end]
        previous_end = end
        assert len(text[start:end].rstrip(" ")) <= width
    assert rebuilt == text


def test_stylesheets_are_found_in_a_source_checkout() -> None:
    found = stylesheets.stylesheets()
    assert found and all(p.suffix == ".tcss" for p in found)
    assert {p.name for p in found} >= {"app.tcss", "timeline.tcss", "dialogs.tcss"}


def test_stylesheets_are_found_inside_an_installed_package(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    package = tmp_path / "tui"
    (package / "styles").mkdir(parents=True)
    (package / "styles" / "app.tcss").write_text("Screen {}\n")
    monkeypatch.setattr(bundled, "_PACKAGE", package)
    assert stylesheets.stylesheets() == [package / "styles" / "app.tcss"]
