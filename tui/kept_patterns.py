"""Regular expressions compiled by an earlier run, handed to the ``re`` module at start.

Compiling an expression turns its text into the program the matching engine runs. A cold
``timeline extract`` compiles about 450 (the temporal grammar's rules, spaCy's tokenizer's
three of up to 22,000 characters, those of the modules it imports): 0.15 to 0.35 s of CPU,
a tenth of the run (development figures). The program depends only on the expression, its
flags and the Python that compiled it, so a command that runs to an end keeps the programs
of what it compiled in the user's cache folder; the next one rebuilds each from its program
(``_sre.compile``, the engine's own constructor, which checks the program) and puts it
into the ``re`` module's cache, where ``re.compile`` and the module-level functions find it.
An expression comes out exactly as compiling its text gives it.

This reads CPython internals (``re._cache``, ``re._parser``, ``re._compiler._code``,
``_sre.compile``): the file is named by the exact Python version and the engine's magic
number, and anything unexpected (another Python, a missing internal, an unreadable or
corrupt file, a program the engine refuses, an expression that does not rebuild as it was)
means the expressions are compiled as usual, silently. It is only a shortcut.
"""

from __future__ import annotations

import contextlib
import hashlib
import marshal
import os
import re
import sys
import tempfile
from pathlib import Path
from typing import Any

from platformdirs import user_cache_path

#: Bump when the layout of the stored file changes.
FORMAT_VERSION = 1
#: Expressions kept at most: more than a run compiles, fewer than would be slow to read.
MOST_KEPT = 1000
#: Expressions a run must compile anew before the file is written again: a handful built
#: from each run's own text should not cost a rewrite every time.
WORTH_WRITING = 10

#: One kept expression: (text, flags given, flags compiled, program, groups, names).
Kept = tuple[str, int, int, list[int], int, dict[str, int]]


def cache_file() -> Path | None:
    """Where this Python's programs are kept (None: this Python has not the internals)."""
    engine = sys.modules.get("_sre")
    magic = getattr(engine, "MAGIC", None)
    if magic is None or not hasattr(re, "_cache"):
        return None
    key = f"{FORMAT_VERSION} {sys.version} {sys.implementation.name} {magic}"
    name = hashlib.sha256(key.encode()).hexdigest()[:24]
    return user_cache_path("timeline", appauthor=False) / "patterns" / f"{name}.marshal"


class KeptPatterns:
    """The expressions handed to ``re`` at start (:meth:`hand_over`), and keeping what the
    run compiled besides (:meth:`keep`)."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.kept: dict[tuple[str, int], Kept] = {}

    def hand_over(self) -> int:
        """Put the kept expressions into ``re``'s cache; how many."""
        if self.path is None:
            return 0
        self.kept = _read(self.path)
        cache: dict[Any, Any] = re._cache  # type: ignore[attr-defined]
        room = max(0, getattr(re, "_MAXCACHE", 0) - len(cache))
        handed = 0
        for key, kept in list(self.kept.items())[-room:] if room else ():
            pattern = _rebuilt(kept)
            if pattern is None:
                del self.kept[key]
                continue
            cache.setdefault((str, key[0], key[1]), pattern)
            handed += 1
        return handed

    def keep(self) -> None:
        """Store the expressions of ``re``'s cache not kept yet, if there are enough."""
        if self.path is None:
            return
        cache: dict[Any, Any] = re._cache  # type: ignore[attr-defined]
        new = [
            (text, flags)
            for kind, text, flags in list(cache)
            if kind is str and (text, flags) not in self.kept
        ]
        if len(new) < WORTH_WRITING:
            return
        # Least recently used first: those of this run last, in the order re used them.
        used = [(text, flags) for kind, text, flags in list(cache) if kind is str]
        kept = dict(self.kept)
        for key in used:
            program = kept.pop(key, None) or _program(*key)
            if program is not None:
                kept[key] = program
        _write(self.path, list(kept.values())[-MOST_KEPT:])


def _program(text: str, flags: int) -> Kept | None:
    """What the engine needs to build ``re.compile(text, flags)``, as ``re`` compiles it."""
    try:
        parsed = re._parser.parse(text, flags)  # type: ignore[attr-defined]
        program = re._compiler._code(parsed, flags)  # type: ignore[attr-defined]
        state = parsed.state
        kept: Kept = (
            text,
            flags,
            flags | state.flags,
            [int(op) for op in program],  # opcodes are int subclasses marshal refuses
            state.groups - 1,
            dict(state.groupdict),
        )
    except Exception:  # an internal that changed: this one is not kept
        return None
    return kept if _rebuilt(kept) is not None else None


def _rebuilt(kept: Kept) -> re.Pattern[str] | None:
    """The expression ``kept`` describes, or None if it does not come out as it was."""
    text, given, flags, program, groups, names = kept
    try:
        engine: Any = sys.modules["_sre"]  # the matching engine, imported by re
        index: list[str | None] = [None] * (groups + 1)
        for name, group in names.items():
            index[group] = name
        pattern: re.Pattern[str] = engine.compile(text, flags, program, groups, names, tuple(index))
    except Exception:  # refused by the engine, or another layout
        return None
    if pattern.pattern != text or pattern.flags != flags or pattern.groups != groups:
        return None
    if dict(pattern.groupindex) != names or given & ~flags:
        return None
    return pattern


def _read(path: Path) -> dict[tuple[str, int], Kept]:
    try:
        data = path.read_bytes()
    except OSError:
        return {}
    digest, payload = data[:32], data[32:]
    if hashlib.sha256(payload).digest() != digest:
        return {}
    try:
        entries = marshal.loads(payload)
    except (EOFError, ValueError, TypeError):
        return {}
    if not isinstance(entries, list):
        return {}
    out: dict[tuple[str, int], Kept] = {}
    for entry in entries:
        if _well_formed(entry):
            out[entry[0], entry[1]] = entry
    return out


def _well_formed(entry: object) -> bool:
    if not (isinstance(entry, tuple) and len(entry) == 6):
        return False
    text, given, flags, program, groups, names = entry
    return (
        isinstance(text, str)
        and isinstance(given, int)
        and isinstance(flags, int)
        and isinstance(program, list)
        and isinstance(groups, int)
        and isinstance(names, dict)
    )


def _write(path: Path, entries: list[Kept]) -> None:
    """Store ``entries`` atomically; any failure leaves the cache as it was."""
    with contextlib.suppress(OSError, ValueError):
        payload = marshal.dumps(entries)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".patterns-", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(hashlib.sha256(payload).digest() + payload)
            os.replace(tmp, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
