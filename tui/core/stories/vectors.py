"""TF-IDF vectors of sentences as sparse dicts, unit length, so a dot product is a cosine.

Sparse dicts keep the engine free of heavy numeric dependencies and fast enough: a
sentence has a dozen terms, and only sentences of the same day are ever compared.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping

Vector = dict[str, float]


class Idf:
    """Inverse document frequencies: a word found in every article weighs nothing."""

    def __init__(self, documents: Iterable[Iterable[str]]) -> None:
        df: Counter[str] = Counter()
        count = 0
        for words in documents:
            df.update(set(words))
            count += 1
        self.documents = count
        # Smoothed, as usual, so that a word of every document still weighs a little.
        self._idf = {w: math.log((1 + count) / (1 + n)) + 1.0 for w, n in df.items()}
        self._unseen = math.log(1 + count) + 1.0

    def __getitem__(self, word: str) -> float:
        return self._idf.get(word, self._unseen)

    def vector(self, words: Iterable[str]) -> Vector:
        counts = Counter(words)
        raw = {w: (1.0 + math.log(n)) * self[w] for w, n in counts.items()}
        return normalised(raw)


def normalised(vector: Mapping[str, float]) -> Vector:
    norm = math.sqrt(sum(v * v for v in vector.values()))
    if norm == 0.0:
        return {}
    return {w: v / norm for w, v in vector.items()}


def cosine(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    # A plain loop: the hottest line of story building.
    total = 0.0
    get = b.get
    for word, value in a.items():
        other = get(word)
        if other is not None:
            total += value * other
    return total


def centroid(vectors: Iterable[Mapping[str, float]]) -> Vector:
    total: dict[str, float] = {}
    for vector in vectors:
        for w, v in vector.items():
            total[w] = total.get(w, 0.0) + v
    return normalised(total)
