"""Capital and small letters as regular-expression character classes, for every alphabet
with case that news is written in (Latin, Greek, Cyrillic, Armenian): Python's ``re`` has no
``\\p{Lu}``, and a rule that knows only ``A-Z`` and German's umlauts misses ``É`` or ``Ł``."""

from __future__ import annotations

#: Up to the end of the Cyrillic Supplement block.
_LAST = 0x052F


def _letters(test: str) -> str:
    return "".join(
        c for c in map(chr, range(0x41, _LAST + 1)) if getattr(c, test)() and c.isalpha()
    )


#: Capital letters, to go inside ``[...]``.
UPPER = _letters("isupper")
#: Small letters, to go inside ``[...]``.
LOWER = _letters("islower")
