"""A word class's trie matches what the alternation of its words, longest first, matches:
the same spans and the same captured word, case-insensitively or not, also where a
``\\w*`` before the class gives back letters."""

from __future__ import annotations

import random
import re

from tui.core import resources
from tui.core.temporal.grammar import _word_regex
from tui.core.temporal.normalise import normalise_key
from tui.core.temporal.word_trie import trie_regex

LETTERS = ["a", "b", "ab", "ba", "A", "B", "é", "É", " ", "  ", "\n", "x"]


def _alternation(words: list[str]) -> str:
    return "(?:" + "|".join(_word_regex(w) for w in sorted(words, key=len, reverse=True)) + ")"


def test_the_trie_matches_what_the_alternation_matches() -> None:
    rng = random.Random(16)
    for _ in range(600):
        pieces = ["a", "b", "é", "x", " ", "ab"]
        spelled = ("".join(rng.choices(pieces, k=rng.randint(1, 4))) for _ in range(5))
        words = list({" ".join(w.split()) for w in spelled} - {""})
        trie = trie_regex(words)
        assert trie is not None
        text = "".join(rng.choices(LETTERS, k=rng.randint(0, 12)))
        for shape in (r"(?<!\w)(?P<c>{})(?!\w)", r"\w*(?P<c>{})b?", r"(?P<c>{})\s+x"):
            for flags in (re.IGNORECASE, 0):
                plain = re.compile(shape.format(_alternation(words)), flags)
                tried = re.compile(shape.format(trie), flags)
                expected = [(m.span(), m["c"]) for m in plain.finditer(text)]
                assert [(m.span(), m["c"]) for m in tried.finditer(text)] == expected


def test_words_that_make_no_faithful_trie_keep_their_alternation() -> None:
    assert trie_regex([]) is None
    assert trie_regex(["Anfang  Mai"]) is None  # two spaces: not a single gap
    assert trie_regex(["mai", "Mai"]) is None  # two branches match one letter
    assert trie_regex(["anfang mai", "anfang", "april"]) == r"a(?:nfang(?:\s+mai|)|pril)"


def test_the_languages_classes_match_as_their_alternations() -> None:
    rng = random.Random(5)
    for lang in ("de", "en"):
        raw = resources.load(lang, "temporal").get("classes", {})
        for name, table in raw.items():
            words = [normalise_key(w) for w in table]
            trie = trie_regex(words)
            if trie is None:
                continue
            sample = rng.sample(words, k=min(len(words), 12))
            text = " ".join(w.upper() if rng.random() < 0.3 else w for w in [*sample, "x"])
            shape = r"(?<!\w)\w*(?P<c>{})(?!\w)"
            plain = re.compile(shape.format(_alternation(words)), re.IGNORECASE)
            tried = re.compile(shape.format(trie), re.IGNORECASE)
            expected = [(m.span(), m["c"]) for m in plain.finditer(text)]
            assert [(m.span(), m["c"]) for m in tried.finditer(text)] == expected, (lang, name)
