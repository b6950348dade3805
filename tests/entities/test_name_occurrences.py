"""Repeated names are found as the one expression per document used to find them."""

from __future__ import annotations

import random
import re

from tui.core.entities.name_occurrences import occurrences, spellings

ENDINGS = ("'s", "’s", "s")


def _expression(names: set[str]) -> re.Pattern[str]:
    """The expression ``repeats()`` compiled for each document before."""

    def one(name: str) -> str:
        first = name[:1]
        if first.islower():
            return f"[{re.escape(first)}{re.escape(first.upper())}]" + re.escape(name[1:])
        return re.escape(name)

    ordered = sorted(names, key=len, reverse=True)
    endings = "|".join(re.escape(e) for e in ENDINGS)
    return re.compile(
        r"(?<![\w-])(" + "|".join(one(n) for n in ordered) + r")(?:" + endings + r")?"
        r"(?=-\w|[^\w-]|$)"
    )


def _both(text: str, names: set[str], lo: int = 0, hi: int | None = None) -> None:
    hi = len(text) if hi is None else hi
    expected = [(m.start(), m.end(1), m.end()) for m in _expression(names).finditer(text, lo, hi)]
    found = occurrences(text, lo, hi, spellings(names), ENDINGS)
    assert [(o.start, o.name_end, o.end) for o in found] == expected


def test_names_genitives_hyphens_and_lower_case_particles() -> None:
    names = {"Meta", "Trump", "von der Leyen", "Mark Zuckerberg", "Zuckerberg", "Mar-a-Lago"}
    text = (
        "Meta-Sprecher sagten, Trumps Plan und Trump's Team; Von der Leyen traf von der "
        "Leyen nicht. Mark Zuckerbergs Firma, Zuckerberg-Fans, Mar-a-Lago, xMeta, -Meta, "
        "Metas. Trumpf, Meta_x, Meta"
    )
    _both(text, names)
    _both(text, names, 5, 60)  # a range: its end stops a name, the text before it does not


def test_random_texts_agree_with_the_expression() -> None:
    rng = random.Random(16)
    alphabet = ["Ab", "ab", "A", "b", "-", " ", "'s", "s", "_", ".", "ß", "S", "\n", "1", "é"]
    for _ in range(400):
        names = {"".join(rng.choices(alphabet[:12], k=rng.randint(1, 3))).strip() for _ in range(4)}
        names = {n for n in names if n and not n[0].isspace()}
        if not names:
            continue
        text = "".join(rng.choices(alphabet, k=rng.randint(0, 40)))
        lo = rng.randint(0, len(text))
        _both(text, names, lo, rng.randint(lo, len(text)))
