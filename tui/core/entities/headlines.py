"""Headlines in title case ("Quill Lander Makes Historic Landing") capitalise every longer
word, so capitals there say nothing about names: a name the model finds in one counts only
when the rest of the document shows it too. Only where the language writes such
headlines (``title_case_headlines``: English; a German headline capitalises its nouns)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from tui.core.entities.candidates import Candidate
from tui.core.entities.language_rules import NameRules
from tui.core.model import Span

#: Words this long are capitalised in a title-case headline; shorter ones may not be ("of").
_LONG_WORD = 4
#: A headline has at least this many long words (a dateline's "LOS ANGELES" is none).
_MIN_LONG_WORDS = 3
_LETTERS = re.compile(r"[^\W\d_]+")


def title_case_lines(text: str, spans: Iterable[Span], rules: NameRules) -> list[Span]:
    """The sentences of ``spans`` that are one line in title case without a full stop."""
    if not rules.title_case_headlines:
        return []
    out = []
    for lo, hi in spans:
        sentence = text[lo:hi].strip()
        long_words = [w for w in _LETTERS.findall(sentence) if len(w) >= _LONG_WORD]
        if (
            "\n" not in sentence
            and not sentence.endswith(".")
            and len(long_words) >= _MIN_LONG_WORDS
            and all(w[0].isupper() for w in long_words)
        ):
            out.append((lo, hi))
    return out


def confirmed(candidates: Iterable[Candidate], text: str, lines: Sequence[Span]) -> list[Candidate]:
    """``candidates`` without those inside a title-case line whose text appears nowhere
    else in ``text``."""
    out = []
    for c in candidates:
        line = next(((lo, hi) for lo, hi in lines if lo <= c.start and c.end <= hi), None)
        if line is None or c.text in text[: line[0]] or c.text in text[line[1] :]:
            out.append(c)
    return out
