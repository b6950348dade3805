"""Language knowledge as data: one folder per language code, one TOML file per concern.

Adding a language means adding a folder here; the engines read whatever is present. Lists
that hold for several languages (given names) live once in the folder ``shared``, and each
language names its exceptions in its own files.
"""

from __future__ import annotations

import hashlib
import sys
import tomllib
from functools import cache
from pathlib import Path
from typing import Any

#: This package's folder. Not ``importlib.resources.files``: its file reader imports
#: ``zipfile``, a few milliseconds before the explorer's first frame (the seed's reader asks
#: for the bylines); the package is always a folder of files.
_ROOT = Path(__file__).parent
#: The folder of the resources every language reads (not a language: its name is no code).
SHARED = "shared"


@cache
def available_languages() -> tuple[str, ...]:
    return tuple(sorted(p.name for p in _ROOT.iterdir() if p.is_dir() and len(p.name) == 2))


@cache
def load(lang: str, name: str) -> dict[str, Any]:
    """The resource ``name`` (e.g. ``"language"``) for ``lang``; empty if the language lacks it.

    A language is a name from the fixed set of ``available_languages()``, never a path: any
    other ``lang`` (``"../../x"``, ``"/tmp/x"``, 300 letters) has no resources.
    """
    path = resource_path(lang, name)
    return {} if path is None else _read(path)


def resource_path(lang: str, name: str) -> Path | None:
    """The file of the resource ``name`` for ``lang`` (None for no language of ours)."""
    if lang not in available_languages():
        return None
    return _ROOT / lang / f"{name}.toml"


@cache
def load_shared(name: str) -> dict[str, Any]:
    """The resource ``name`` that all languages share; empty if there is none."""
    return _read(_ROOT / SHARED / f"{name}.toml")


#: Bump when what is kept of a parsed file changes.
_KEPT_FORMAT = 1


def _read(path: Path) -> dict[str, Any]:
    """The parsed TOML file ``path`` ({} if there is none). Parsing the files a run reads
    takes about 30 ms of a cold start; the parsed form is kept between runs, named by a
    digest of the file's bytes (:mod:`.kept_files`), and read back in a few."""
    try:
        raw = path.read_bytes()
    except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
        return {}
    from tui.core.resources import kept_files

    stem = f"{path.parent.name}-{path.stem}"
    key = hashlib.sha256(f"{_KEPT_FORMAT} {sys.version_info[:2]} ".encode() + raw).hexdigest()
    kept = kept_files.cache_root() / "resources" / f"{stem}-{key[:32]}.marshal"
    parsed = kept_files.read_kept(kept)
    if isinstance(parsed, dict):
        return parsed
    parsed = tomllib.loads(raw.decode("utf-8"))
    kept_files.write_kept(kept, stem, parsed)
    return parsed
