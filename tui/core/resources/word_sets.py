"""Word sets built from a language's TOML files, kept between runs in a fast binary form.

Parsing the German word lists and turning them into sets takes a good part of a cold
start; reading the sets back from a ``marshal`` file takes a fraction of it. The file lives
in the user's cache folder, named by a hash of everything the sets are made from: this
format's version, the Python version, the TOML files' bytes (the language's and the shared
ones) and the source of the module that builds them. A change to any of them names another
file, so a stale one is never read.

The cache is only a shortcut: a missing, unreadable, corrupt or unwritable file means the
sets are built from the TOML files, silently.
"""

from __future__ import annotations

import hashlib
import sys
from collections.abc import Callable, Mapping, Sequence
from importlib import resources as package_files
from pathlib import Path

from tui.core.resources import SHARED, available_languages
from tui.core.resources.kept_files import cache_root, read_kept, write_kept

#: Bump when the layout of the stored file changes.
FORMAT_VERSION = 2

#: What a builder returns: named sets and tuples of words.
WordSets = Mapping[str, frozenset[str] | tuple[str, ...]]


def cache_folder() -> Path:
    return cache_root() / "word-sets"


def cache_key(lang: str, sources: Sequence[str], build: Callable[[str], WordSets]) -> str | None:
    """The hash that names the stored form of ``build``'s result (None: it cannot be told,
    so nothing is stored)."""
    digest = hashlib.sha256(f"{FORMAT_VERSION} {sys.version_info[:2]} {lang}".encode())
    # The builder's module, and the resource loader it reads the TOML through.
    modules = [sys.modules.get(build.__module__), sys.modules.get(__package__ or "")]
    codes = [getattr(module, "__file__", None) for module in modules]
    if None in codes:
        return None
    try:
        for code in codes:
            digest.update(Path(str(code)).read_bytes())
        root = package_files.files("tui.core.resources")
        # A source is the language's file or the one all languages share (SHARED).
        for name in sources:
            for folder in (root / lang, root / SHARED):
                path = folder / f"{name}.toml"
                digest.update(name.encode())
                digest.update(path.read_bytes() if path.is_file() else b"\0missing")
    except OSError:
        return None
    digest.update(build.__qualname__.encode())
    return digest.hexdigest()[:32]


def word_sets(lang: str, sources: Sequence[str], build: Callable[[str], WordSets]) -> WordSets:
    """``build(lang)``, or the same sets read from the cache when ``sources`` (resource
    names of ``lang`` or of the shared folder) and the builder are unchanged since they
    were stored."""
    key = cache_key(lang, sources, build) if lang in available_languages() else None
    if key is None:
        return build(lang)
    stem = f"{lang}-{build.__qualname__}"
    path = cache_folder() / f"{stem}-{key}.marshal"
    stored = _read(path)
    if stored is not None:
        return stored
    built = build(lang)
    _write(path, stem, built)
    return built


def _read(path: Path) -> WordSets | None:
    data = read_kept(path)
    # The file is what _write wrote when its digest matches: then every word is a string,
    # which checking each of 300,000 words one by one took three times as long to tell.
    if not isinstance(data, dict):
        return None
    out: dict[str, frozenset[str] | tuple[str, ...]] = {}
    for name, item in data.items():
        if not (
            isinstance(name, str)
            and isinstance(item, tuple)
            and len(item) == 2
            and isinstance(item[1], tuple)
        ):
            return None
        is_set, words = item
        out[name] = frozenset(words) if is_set else words
    return out


def _write(path: Path, stem: str, sets: WordSets) -> None:
    """Store ``sets`` (see :mod:`.kept_files`); any failure leaves the cache as it was."""
    # Sets are stored as sorted tuples: marshal sorts a frozenset's items itself, slowly.
    data = {
        name: (
            isinstance(words, frozenset),
            tuple(sorted(words)) if isinstance(words, frozenset) else words,
        )
        for name, words in sets.items()
    }
    write_kept(path, stem, data)
