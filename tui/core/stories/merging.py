"""Events of one date block that report the same happening, merged into groups.

Two events of different documents are the same happening when their sentences are worded
alike (TF-IDF cosine) and their names do not contradict: when both name someone and they
share no one, they are kept apart whatever the wording.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from tui.core.interruption import Checkpoint, checked, go_on
from tui.core.model import Event
from tui.core.stories.vectors import Vector, cosine


@dataclass(frozen=True, slots=True)
class MergeRule:
    """The thresholds, chosen on the development topics: by reading merged pairs around
    them (below 0.4, sentences that share a place and a few words merge), while the key
    dates' figures (benchmarks/tls_eval.py) hardly move between 0.3 and 0.6."""

    #: Cosine enough on its own, when one of the two names no one.
    alone: float = 0.5
    #: Cosine enough when the two share a name.
    with_names: float = 0.4
    #: A word found in more than this share of a block's sentences finds no candidates (it
    #: still counts in the cosine): it would pair everything with everything.
    common: float = 0.2
    #: ... and so does a word in more than this many: a block of thousands of events (one
    #: big day of a big corpus) then costs time in proportion to its size, not its square.
    #: Blocks of up to ``most / common`` events (the development topics') are not affected.
    most: int = 60


def similar_pairs(
    block: Sequence[int],
    events: Sequence[Event],
    vectors: Sequence[Vector],
    rule: MergeRule,
) -> list[tuple[float, int, int]]:
    """(similarity, i, j) for the pairs of ``block`` (indexes) that may be merged."""
    postings: dict[str, list[int]] = defaultdict(list)
    for i in block:
        for word in vectors[i]:
            postings[word].append(i)
    limit = max(8, min(int(rule.common * len(block)), rule.most))
    common = {word for word, members in postings.items() if len(members) > limit}
    # The dot product over the words that find candidates, pair by pair ...
    partial: dict[tuple[int, int], float] = defaultdict(float)
    for word, members in postings.items():
        if word in common:
            continue
        entries = [(j, vectors[j][word], events[j].document) for j in members]
        for a, (i, weight, document) in enumerate(entries):
            for j, other, elsewhere in entries[a + 1 :]:
                if elsewhere != document:
                    partial[(i, j)] += weight * other
    # ... and what the common words can add at most (Cauchy-Schwarz): most pairs are
    # dismissed without a full cosine.
    rest = {i: _norm(vectors[i], common) for i in block} if common else {}
    lowest = min(rule.alone, rule.with_names)
    pairs = []
    for (i, j), dot in partial.items():
        if common and dot + rest[i] * rest[j] < lowest:
            continue
        score = _score(events[i], events[j], vectors[i], vectors[j], rule)
        if score is not None:
            pairs.append((score, i, j))
    return pairs


def _score(a: Event, b: Event, va: Vector, vb: Vector, rule: MergeRule) -> float | None:
    if a.entities and b.entities:
        if set(a.entities).isdisjoint(b.entities):  # checked first: it is cheaper
            return None
        threshold = rule.with_names
    else:
        threshold = rule.alone
    similarity = cosine(va, vb)
    return similarity if similarity >= threshold else None


def _norm(vector: Vector, words: set[str]) -> float:
    return math.sqrt(sum(v * v for w, v in vector.items() if w in words))


def merge_groups(
    count: int,
    pairs: Sequence[tuple[float, int, int]],
    events: Sequence[Event],
    checkpoint: Checkpoint = go_on,
) -> list[int]:
    """A group root for each of ``count`` events: the most similar pairs are joined first,
    and never two groups that hold events of the same document."""
    parent = list(range(count))
    documents: dict[int, set[str]] = {}

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def docs(r: int) -> set[str]:
        return documents.setdefault(r, {events[r].document})

    for _, i, j in checked(sorted(pairs, key=lambda p: (-p[0], p[1], p[2])), checkpoint):
        ri, rj = root(i), root(j)
        if ri == rj or docs(ri) & docs(rj):
            continue
        parent[rj] = ri
        docs(ri).update(documents.pop(rj, {events[rj].document}))
    return [root(i) for i in range(count)]
