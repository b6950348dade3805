"""Write a generated word list as a TOML resource file."""

from __future__ import annotations

import tomllib
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path

import corpora


def write(target: Path, key: str, words: Iterable[str], header: list[str]) -> int:
    """Write ``key`` as a multi-line string, one word per line (far quicker to parse than a
    long TOML array), with ``header`` as comment lines; the number of words written."""
    words = sorted(set(words))
    if any("\n" in w or "'''" in w for w in words):
        raise ValueError("a word list entry may not contain a line break or three quotes")
    lines = [*(f"# {line}" for line in header), "", f"{key} = '''", *words, "'''", ""]
    target.write_text("\n".join(lines), encoding="utf-8")
    print(f"{len(words)} entries written to {target}")
    return len(words)


def read(path: Path, key: str) -> set[str]:
    """The entries of a list :func:`write` wrote."""
    return {w for w in tomllib.loads(path.read_text(encoding="utf-8"))[key].splitlines() if w}


def count_words(
    data: Path, is_hit: Callable[[corpora.Sentence, int], bool]
) -> tuple[Counter[str], Counter[str]]:
    """Over the training sentences (never dev or held-out): how often each word is a hit,
    and how often it is no name at all."""
    hits: Counter[str] = Counter()
    plain: Counter[str] = Counter()
    split = corpora.germeval_split(data)
    for sentence in [*split["train"], *split["test_train"], *corpora.smartdata(data)]:
        for i, word in enumerate(sentence.words):
            if is_hit(sentence, i):
                hits[word] += 1
            elif sentence.tags[i] == "O":
                plain[word] += 1
    return hits, plain
