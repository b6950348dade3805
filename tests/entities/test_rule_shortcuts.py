"""The entity rules' shortcuts answer as the plain forms they replace: memoised word
questions, and the search for inflected names that skips to their first word."""

from __future__ import annotations

import random
import re

import pytest

from tui.core.entities import language_rules
from tui.core.entities.inflected_names import _FirstWords, _forms_in
from tui.core.entities.language_rules import MEMOISED_QUESTIONS, NameRules, rules_for
from tui.core.entities.name_occurrences import spellings

WORDS = (
    "Präsident", "US-Präsidenten", "Dr.", "Sprecher", "Meta-Sprecher", "Stadt", "Bahnhof",
    "Glockenturm", "Zimmermann", "Hannovers", "Paris", "Basis", "Hoffnung", "US-Dollar",
    "News", "Die", "die", "wird's", "that's", "the", "Mark", "Airlines", "", "x", "CEO",
    "Raumfahrtagentur", "Film", "Zeitung",
)  # fmt: skip


@pytest.mark.parametrize("lang", ["de", "en"])
@pytest.mark.parametrize("question", MEMOISED_QUESTIONS)
def test_memoised_questions_answer_as_the_methods_do(lang: str, question: str) -> None:
    rules = rules_for(lang)
    method = getattr(NameRules, question)
    for word in WORDS * 2:  # the second round is answered from memory
        assert method(rules, word) == method.__wrapped__(rules, word), (question, word)


def test_memory_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(language_rules, "_KNOWN_WORDS", 3)
    rules = rules_for("de")
    rules._answers.pop("is_common", None)
    for word in ("Die", "Stadt", "Meta", "Bahnhof", "Die"):
        assert rules.is_common(word) == NameRules.is_common.__wrapped__(rules, word)
    assert len(rules._answers["is_common"]) <= 3


def test_inflected_forms_are_what_the_expression_finds_in_each_sentence() -> None:
    rng = random.Random(12)
    endings = ("en", "es", "e", "s", "")
    pieces = ["Blau", "en", "e", "s", "Reiter", "Reiters", " ", "  ", "\n", ".", "-", "_"]
    pieces += ["x", "1", "\u00a0", "xyz"]
    for _ in range(4000):
        names = ["Blau", "Blaue", "Reiter", "Rei", "e", "x", "s", "\u00a0x", "\u00a0xyz"]
        words = rng.sample(names, k=rng.randint(2, 3))
        body = r"\s+".join(re.escape(w) + "(?:en|es|e|s)?" for w in words)
        pattern = re.compile(rf"(?<![\w-]){body}(?![\w-])")
        text = "".join(rng.choices(pieces, k=rng.randint(0, 24)))
        cuts = sorted(rng.sample(range(len(text) + 1), k=min(len(text) + 1, 4)))
        sentences = list(zip(cuts[::2], cuts[1::2], strict=False))
        starts = [lo for lo, _ in sentences]
        index = _FirstWords(text, endings)
        expected = [m.span() for lo, hi in sentences for m in pattern.finditer(text, lo, hi)]
        found = list(_forms_in(text, sentences, starts, index, words, endings))
        assert found == expected, (text, words, sentences)


def test_the_names_tried_at_a_place_are_those_its_text_spells_longest_first() -> None:
    rng = random.Random(7)
    for _ in range(500):
        names = ["".join(rng.choices("abAB ", k=rng.randint(1, 6))) for _ in range(12)]
        by_first = spellings(names)
        # Every spelling, longest first: a name, and with a capital if it starts in lower case.
        every = [
            spelling
            for name in sorted(names, key=len, reverse=True)
            for spelling in dict.fromkeys([name, name[0].upper() + name[1:]])
        ]
        text = "".join(rng.choices("abAB -", k=30))
        for here in range(len(text)):
            for stop in (len(text), min(len(text), here + 3)):
                spelled = [s for s in every if text.startswith(s, here, stop)]
                assert by_first.at(text, here, stop) == spelled
