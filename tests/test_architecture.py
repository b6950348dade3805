"""The two layers stay apart, and the code stays lint-clean and type-checks."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import REPO


def run_python(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=False
    )


def test_import_linter_contracts_hold() -> None:
    result = run_python(
        "import sys; from importlinter.cli import lint_imports;"
        " sys.exit(lint_imports(no_cache=True))"
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_core_and_cli_import_neither_textual_nor_spacy() -> None:
    result = run_python(
        "import sys, tui.cli, tui.core.analysis, tui.core.export, tui.core.entities;"
        " print(sorted(m for m in ('textual', 'rich', 'spacy') if m in sys.modules))"
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_ruff_is_clean() -> None:
    check = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "--no-cache", "."],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    assert check.returncode == 0, check.stdout
    fmt = subprocess.run(
        [sys.executable, "-m", "ruff", "format", "--check", "--no-cache", "."],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    assert fmt.returncode == 0, fmt.stdout


def test_mypy_is_clean() -> None:
    # The configuration (pyproject.toml) names the files and the strictness.
    check = subprocess.run(
        [sys.executable, "-m", "mypy", "tui"],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    assert check.returncode == 0, check.stdout + check.stderr


def test_curation_imports_no_analysis() -> None:
    """``timeline curation`` opens the store's file without loading the analysis."""
    result = run_python(
        "import sys, tui.cli_curation, tui.core.curation.storage;"
        " print(sorted(m for m in sys.modules if m.startswith('tui.core.analysis')))"
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
