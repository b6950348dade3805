"""Cutting a title that is still too long: at a clause or word boundary, never inside a
word, with "…" at the cut, and keeping the main verb where it can."""

from __future__ import annotations

import re

from tui.core.events.titles.clues import TitleClues
from tui.core.events.titles.tokens import tokens
from tui.core.model import Span

#: A title shorter than this says too little: no step and no cut leaves less.
MIN_TITLE = 20
_ELLIPSIS = "…"
_GAP = f" {_ELLIPSIS} "
_CLAUSE_BREAK = re.compile(r"\s[–—-]\s|[,;:]\s")
#: What a cut leaves hanging at its end: a space, a comma, a dash.
_CUT_DEBRIS = " ,;:–—-"
#: Cut at a clause boundary only if it keeps at least this much of the line.
_MIN_CLAUSE_CUT = 40
#: The end of a verb may come back this far to keep its object ("… eine Leichenhalle
#: eingerichtet").
_TAIL_ROOM = 34


def cut(text: str, verbs: list[Span], limit: int, clues: TitleClues) -> str:
    """``text`` cut to at most ``limit`` characters (see :func:`_cut_keeping_verbs`); where
    keeping the verb cannot fit, cut at the end."""
    title = _cut_keeping_verbs(text, verbs, limit, clues)
    if len(title) <= limit:
        return title
    return _end_cut(text, limit - len(_ELLIPSIS), 0, clues) + _ELLIPSIS


def _cut_keeping_verbs(text: str, verbs: list[Span], limit: int, clues: TitleClues) -> str:
    """``text`` cut to ``limit`` at word boundaries, "…" at the cut, its subject and its main
    verb (``verbs``) kept when they can be: the middle goes ("X hat … Prognose gesenkt"),
    or the end of a long subject ("Eine von Y angeführte Koalition … hat gewonnen")."""
    room = limit - len(_ELLIPSIS)
    if not verbs or verbs[-1][1] <= room:
        return _end_cut(text, room, verbs[-1][1] if verbs else 0, clues) + _ELLIPSIS
    finite_start, finite_end = verbs[0]
    if len(verbs) > 1 and finite_end <= room - len(_GAP):
        tail = _tail(text, verbs, clues)
        head = _end_cut(text[: tail[0]], limit - len(_GAP) - (tail[1] - tail[0]), finite_end, clues)
        if len(head) >= finite_end:
            return head + _GAP + text[tail[0] : tail[1]]
    if finite_start == 0 or limit <= MIN_TITLE:
        # Nothing before the verb to drop, or no room to split: cut at the end.
        return _end_cut(text, room, 0, clues) + _ELLIPSIS
    rest = text[finite_start:]
    shifted = [(a - finite_start, b - finite_start) for a, b in verbs]
    rest_room = max(limit - len(_GAP) - MIN_TITLE, limit // 2)
    if len(rest) > rest_room:
        rest = cut(rest, shifted, rest_room, clues)
    head = _end_cut(text[:finite_start], limit - len(_GAP) - len(rest), 0, clues)
    return head + _GAP + rest if head else rest


def _tail(text: str, verbs: list[Span], clues: TitleClues) -> Span:
    """The end of the verb with the words before it that fit in ``_TAIL_ROOM``, opening
    where a phrase does ("eine provisorische Notunterkunft eingerichtet")."""
    end = verbs[-1][1]
    words = tokens(text, verbs[0][1], end)
    start = verbs[1][0]
    for index, token in enumerate(words):
        if end - token.start > _TAIL_ROOM or token.start >= start:
            continue
        before = words[index - 1] if index else None
        if before is not None and (
            before.word.lower() in clues.phrase_openers and not before.closes
        ):
            continue  # not between an article and its noun
        if token.word[:1].isupper() or token.word.lower() in clues.phrase_openers:
            return token.start, end
    return start, end


def _end_cut(text: str, room: int, keep_until: int, clues: TitleClues) -> str:
    """``text`` up to ``room`` characters, cut at a clause boundary that keeps enough, else
    at a word boundary, never before ``keep_until``; no article or preposition left
    hanging at the cut."""
    if len(text) <= room:
        return text.rstrip(_CUT_DEBRIS)
    floor = max(min(_MIN_CLAUSE_CUT, room // 2), keep_until)
    clause_ends = [m.start() for m in _CLAUSE_BREAK.finditer(text, 0, room + 1)]
    if clause_ends and clause_ends[-1] >= floor:
        return text[: clause_ends[-1]].rstrip(_CUT_DEBRIS)
    space = text.rfind(" ", 0, room + 1)
    if space <= 0:
        return text[:room]  # one enormous word: nothing better to do
    out = text[:space].rstrip(_CUT_DEBRIS)
    while " " in out:
        head, last = out.rsplit(" ", 1)
        if last.lower() not in clues.phrase_openers or len(head) < keep_until:
            break
        out = head.rstrip(_CUT_DEBRIS)
    return out
