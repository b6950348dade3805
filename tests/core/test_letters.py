"""Capitals and small letters of every cased alphabet, not only A-Z and the umlauts."""

from __future__ import annotations

import re

from tui.core.entities.datelines import _DATELINE
from tui.core.letters import LOWER, UPPER


def test_the_letter_classes_hold_the_cased_letters_of_latin_greek_and_cyrillic() -> None:
    for capital in "AZÄÉŁŒΩД":
        assert capital in UPPER and capital not in LOWER
    for small in "azßéłœωд":
        assert small in LOWER and small not in UPPER
    assert not re.search(f"[{UPPER}{LOWER}]", "0 9 _ - . ' ’ ( )")


def test_a_dateline_in_capitals_of_any_alphabet_is_found() -> None:
    for line, place in [
        ("ŁÓDŹ (AP) — Der Rat tagte.", "ŁÓDŹ"),
        ("SÃO PAULO — The council met.", "SÃO PAULO"),
        ("SPRINGVALE, Ohio — The council met.", "SPRINGVALE"),
    ]:
        found = _DATELINE.search(line)
        assert found is not None and found.group("place") == place
