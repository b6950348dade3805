"""The one table of what an article's control characters are shown as, wherever text from
an article is written out (the explorer's screen, the text export formats).

C0 controls become their Unicode "control picture" (ESC -> ␛), DEL ␡; C1 controls (a second
way to start escape sequences) and bidirectional overrides (text shown in another order
than it is stored) the replacement character. One character for one, so that offsets into
the text still hold. Each user decides what becomes of tab and line breaks.
"""

from __future__ import annotations

CONTROL_SYMBOLS: dict[int, str] = {code: chr(0x2400 + code) for code in range(0x20)}
CONTROL_SYMBOLS[0x7F] = "\u2421"  # ␡
for _code in [*range(0x80, 0xA0), *range(0x202A, 0x202F), *range(0x2066, 0x206A)]:
    CONTROL_SYMBOLS[_code] = "\ufffd"
