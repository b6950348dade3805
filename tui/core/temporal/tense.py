"""Past or future? What the words around a temporal expression say, without a POS tagger.

The language resources list past and future markers, past endings ("-ed"), auxiliaries
(after which such an ending is a participle), reporting verbs and signal words; see the
``[tense]`` table of ``temporal.toml``.
"""

from __future__ import annotations

from tui.core.temporal.grammar import TOKEN, TenseClues

#: A past-tense ending only counts on a word longer than this ("need" is no past form).
_MIN_STEM = 4
#: How far (in characters) tense words are looked for around an expression.
_TENSE_REACH = 40
#: Reporting verbs ("said") only date what stands right next to them ("said Friday").
_REPORT_REACH = 20
#: How far back a signal word ("until", "seit") may stand before its expression.
_SIGNAL_REACH = 30


def tense_at(text: str, start: int, end: int, at: int, clues: TenseClues) -> int:
    """-1 past, +1 future, 0 unknown: what the words near position ``at`` say.

    A signal right before the expression decides first ("until Tuesday", "seit Montag").
    The nearest marker before the expression (within :data:`_TENSE_REACH` characters)
    governs it ("exploded on Friday", "will meet on Friday"); failing that, the nearest
    one after it ("On Friday, the government planned ..."). A regular past form shortly
    after an auxiliary ("would be formally admitted", "to be held") is a participle, not
    a past tense: the auxiliary, if it is a marker, decides.
    """
    lead = " " + " ".join(text[max(start, at - _SIGNAL_REACH) : at].lower().split()) + " "
    if lead.endswith(clues.future_signals):
        return 1
    if lead.endswith(clues.past_signals):
        return -1
    before: tuple[int, int] | None = None
    after: tuple[int, int] | None = None
    recent: list[str] = []
    # Whole words only: the scan starts at the sentence, the reach is checked per marker.
    for m in TOKEN.finditer(text, start, min(end, at + _TENSE_REACH)):
        token = m.group()
        word = token.lower()
        sign = 0
        if word in clues.past_words:
            sign = -1
        elif word in clues.future_words:
            sign = 1
        elif (
            len(word) > _MIN_STEM
            and token.islower()
            and word.endswith(clues.past_suffixes)
            and clues.auxiliaries.isdisjoint(recent)
        ):
            sign = -1
        recent = [*recent[-2:], word]
        if not sign:
            continue
        if word in clues.reporting_words and not (
            at - _REPORT_REACH <= m.start() <= at + _REPORT_REACH
        ):
            continue  # "said that the summit would be held in April": the saying is no clue
        if m.end() <= at:
            if at - m.end() <= _TENSE_REACH:
                before = (sign, at - m.end())
        elif after is None and m.start() > at:
            after = (sign, m.start() - at)
    if before is not None:
        return before[0]
    return after[0] if after is not None else 0
