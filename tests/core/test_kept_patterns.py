"""Regular expressions kept between runs come back exactly as compiling them gives them, and
anything wrong with the kept file means compiling as usual."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import SEED_DIR
from tui.core.resources import available_languages
from tui.core.temporal.grammar import grammar
from tui.kept_patterns import WORTH_WRITING, KeptPatterns, _program, _rebuilt, cache_file

SAMPLES = [
    (r"(?P<day>\d{1,2})\.\s*(?P<month>Januar|Februar|März)\s+(?P<year>\d{4})", re.IGNORECASE),
    (r"(?<![\w-])(?:Dr|Prof)\.(?=\s)", 0),
    (r"^\s*#+\s*(.*?)\s*#*\s*$", re.MULTILINE),
    (r"a{2,5}?b*+c", 0),
    (r"""(?x) \b (?: straße | strasse ) \b  # spaced out""", re.IGNORECASE),
    (r"(?i:ſ)|(?-i:İ)|\u0130|K", re.IGNORECASE),
    (r"(['\"])(?:(?!\1).)*\1", re.DOTALL),
    (r"[^\W\d_]+|\d+(?:[.,]\d+)*", 0),
    (r"(a)|b(?(1)c|d)", 0),
    (r"\bUhr\b", re.ASCII),
    (r"x" * 40 + r"(?:y|z){3}", 0),
    (r"(?P<a>.)(?P=a)", 0),
]
TEXTS = [
    "Am 6. januar 2021 und 12. März 1999: Dr. Meier, Prof. Lang; aaab aaaabbbc",
    "# Titel ##\nline 'quoted \"x\" text' STRASSE straße ſtraße İi K k Ka 3.141,5 Uhr",
    "ab abc bd acc xx" + "x" * 40 + "yzy",
]


@pytest.fixture(autouse=True)
def _fresh_re_cache() -> Iterator[None]:
    re.purge()
    yield
    re.purge()


def fresh(text: str, flags: int) -> re.Pattern[str]:
    """Compiled now, whatever is in re's cache."""
    return re._compiler.compile(text, flags)  # type: ignore[attr-defined]


def behaviour(pattern: re.Pattern[str], texts: list[str]) -> list[object]:
    return [
        (pattern.pattern, pattern.flags, pattern.groups, dict(pattern.groupindex)),
        *[[(m.span(), m.groups()) for m in pattern.finditer(t)] for t in texts],
    ]


def test_kept_expressions_come_back_as_compiled(tmp_path: Path) -> None:
    path = tmp_path / "patterns.marshal"
    for text, flags in SAMPLES:
        re.compile(text, flags)
    KeptPatterns(path).keep()
    assert path.is_file()
    re.purge()
    handed = KeptPatterns(path).hand_over()
    assert handed >= len(SAMPLES)  # and any other the test run compiled meanwhile
    for text, flags in SAMPLES:
        kept = re._cache[str, text, int(flags)]  # type: ignore[attr-defined]
        assert re.compile(text, flags) is kept  # what re.compile now gives
        assert behaviour(kept, TEXTS) == behaviour(fresh(text, flags), TEXTS)


def test_every_temporal_rule_rebuilds_to_the_same_matches() -> None:
    seed = next(iter(sorted(SEED_DIR.glob("*.txt")))).read_text(encoding="utf-8")
    for lang in available_languages():
        g = grammar(lang)
        for pattern in [*g.rules, *g.negatives]:
            program = _program(pattern.source, re.IGNORECASE)
            assert program is not None, pattern.source
            rebuilt = _rebuilt(program)
            assert rebuilt is not None
            assert behaviour(rebuilt, [seed]) == behaviour(pattern.regex, [seed])


def test_a_few_new_expressions_do_not_rewrite_the_file(tmp_path: Path) -> None:
    path = tmp_path / "patterns.marshal"
    for text, flags in SAMPLES:
        re.compile(text, flags)
    KeptPatterns(path).keep()
    written = path.read_bytes()
    re.purge()
    patterns = KeptPatterns(path)
    patterns.hand_over()
    for n in range(WORTH_WRITING - 1):
        re.compile(f"new{n}")
    patterns.keep()
    assert path.read_bytes() == written


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[:-7],  # cut short
        lambda data: data[:40] + bytes([data[40] ^ 0xFF]) + data[41:],  # a byte changed
        lambda data: b"",
        lambda data: b"\0" * 32 + b"not marshal",
    ],
)
def test_a_damaged_file_means_compiling_as_usual(tmp_path: Path, damage: object) -> None:
    path = tmp_path / "patterns.marshal"
    for text, flags in SAMPLES:
        re.compile(text, flags)
    KeptPatterns(path).keep()
    path.write_bytes(damage(path.read_bytes()))  # type: ignore[operator]
    re.purge()
    assert KeptPatterns(path).hand_over() == 0
    assert re.compile(SAMPLES[0][0], SAMPLES[0][1]).search(TEXTS[0]) is not None


def test_a_program_the_engine_refuses_is_not_used() -> None:
    text, flags = SAMPLES[0]
    program = _program(text, flags)
    assert program is not None
    garbage = (*program[:3], [999_999, 1, 2, 3], *program[4:])
    assert _rebuilt(garbage) is None  # type: ignore[arg-type]
    other = _program(r"(\d)(\d)(\d)", 0)
    assert other is not None
    assert _rebuilt((text, flags, program[2], other[3], 1, {})) is None  # not as it was


def test_the_file_is_named_by_this_python(monkeypatch: pytest.MonkeyPatch) -> None:
    path = cache_file()
    assert path is not None and path.parent.name == "patterns"
    monkeypatch.setattr("sys.version", "3.99.0 (elsewhere)")
    assert cache_file() != path
