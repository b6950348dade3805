"""Past or future? What the words around a temporal expression say, without a POS tagger.

The language resources list past and future markers, past endings ("-ed"), auxiliaries
(after which such an ending is a participle), reporting verbs and signal words; see the
``[tense]`` table of ``temporal.toml``.
"""

from __future__ import annotations

import re
from itertools import islice

from tui.core.temporal.grammar import TOKEN, TenseClues

#: A past-tense ending only counts on a word longer than this ("need" is no past form).
_MIN_STEM = 4
#: How far (in characters) tense words are looked for around an expression.
_TENSE_REACH = 40
#: At most this many words before an expression that opens its sentence ("But on").
_OPENING_WORDS = 2
#: A future marker farther back still governs within its clause (no punctuation between).
_CLAUSE_REACH = 80
_BREAK = re.compile(r"[,;:()\"`]|''")
#: Reporting verbs ("said") only date what stands right next to them ("said Friday").
_REPORT_REACH = 20
#: How far back a signal word ("until", "seit") may stand before its expression.
_SIGNAL_REACH = 30
#: Words before the farthest marker that still count (the auxiliaries before a participle).
_CONTEXT_BEFORE = 60


#: What ends a clause.
_CLAUSE_END = re.compile(r"[,;:.!?()\"]")


def _in_plan_clause(text: str, end: int, at: int, plan: re.Pattern[str]) -> bool:
    """Whether the clause of position ``at`` ends in a plan ("…, im Herbst zurückzutreten")."""
    stop = _CLAUSE_END.search(text, at, end)
    clause = text[at : stop.start() if stop else end]
    return plan.search(clause) is not None


def tense_at(text: str, start: int, end: int, at: int, clues: TenseClues) -> int:
    """-1 past, +1 future, 0 unknown: what the words near position ``at`` say.

    A signal right before the expression decides first ("until Tuesday", "seit Montag").
    The nearest marker before the expression (within :data:`_TENSE_REACH` characters)
    governs it ("exploded on Friday", "will meet on Friday"). A future marker governs its
    whole clause, up to :data:`_CLAUSE_REACH` characters back with no punctuation between
    ("will be named commander of the shuttle for a mission in December"): "will", "plans"
    or "expected" mark a clause, where a distant "-ed" is often an adjective. Failing
    that, the nearest marker after the expression decides ("On Friday, the government
    planned ..."), anywhere in the sentence if the expression opens it. A regular past
    form shortly after an auxiliary ("would be formally admitted", "to be held") is a
    participle, not a past tense: the auxiliary, if it is a marker, decides.
    """
    lead = " " + " ".join(text[max(start, at - _SIGNAL_REACH) : at].lower().split()) + " "
    if lead.endswith(clues.future_signals):
        # "Until Thursday, they had not called him a suspect": the span ended in the past.
        nearby = text[max(start, at - _TENSE_REACH) : min(end, at + _TENSE_REACH)].lower()
        pluperfect = any(w in clues.past_perfect for w in TOKEN.findall(nearby))
        return -1 if pluperfect else 1
    if lead.endswith(clues.past_signals):
        return -1
    if clues.plan_clause is not None and _in_plan_clause(text, end, at, clues.plan_clause):
        return 1
    before: tuple[int, int] | None = None
    after: tuple[int, int] | None = None
    recent: list[str] = []
    # An expression that opens its sentence ("On Tuesday, the league plans ...") is
    # governed by the main verb, wherever it stands.
    # (Far from the sentence start, it does not open it: no need to count the words.)
    opening = (
        at - start <= _CLAUSE_REACH
        and len(list(islice(TOKEN.finditer(text, start, at), _OPENING_WORDS + 1))) <= _OPENING_WORDS
    )
    reach = end if opening else min(end, at + _TENSE_REACH)
    # No marker farther back than the clause reach counts: the scan starts a few words
    # before it (for the auxiliaries), at a word boundary, and never before the sentence.
    scan = max(start, at - _CLAUSE_REACH - _CONTEXT_BEFORE)
    if scan > start:
        scan = text.find(" ", scan, at) + 1 or at
    for m in TOKEN.finditer(text, scan, reach):
        token = m.group()
        word = token.lower()
        sign = 0
        participle = not clues.auxiliaries.isdisjoint(recent) and word not in clues.auxiliaries
        # "has gathered" is a past, "will be held" is not: only the perfect dates a participle.
        perfect = participle and recent[-1] in clues.perfect if recent else False
        if recent and f"{recent[-1]} {word}" in clues.future_pairs:
            sign = 1  # "is to resume Monday", "set to open in May"
        elif word in clues.past_words:
            sign = -1 if perfect or not participle else 0
        elif word in clues.future_words and not (recent and recent[-1] in clues.determiners):
            sign = 1  # "plan to" points ahead, "the plan" does not
        elif (
            len(word) > _MIN_STEM
            and token.islower()
            and word.endswith(clues.past_suffixes)
            and (perfect or not participle)
            and not (recent and recent[-1] in clues.determiners)
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
            gap = at - m.end()
            if gap <= _TENSE_REACH or (
                sign > 0 and gap <= _CLAUSE_REACH and not _BREAK.search(text, m.end(), at)
            ):
                before = (sign, gap)
        elif after is None and m.start() > at:
            after = (sign, m.start() - at)
    if before is not None:
        return before[0]
    return after[0] if after is not None else 0
